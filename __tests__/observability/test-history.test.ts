import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { mergeMetrics } from '../../src/observability/metrics.js'
import {
  MAX_RUNS_PER_BRANCH,
  MAX_TRACKED_TESTS,
  appendTestRun,
  historyReadWarnings,
  mergeTestHistory,
  outcomeName,
  pruneTestHistory,
  readTestHistory,
  testHistoryDir,
  type TestResult,
  type TestRunMeta
} from '../../src/observability/test-history.js'
import { TestCaseCollector } from '../../src/observability/test-run.js'
import { parseJUnit } from '../../src/reports/junit.js'

const DAY = 86_400_000
const T0 = Date.parse('2026-11-01T10:00:00Z')
let ws: string
beforeEach(async () => {
  ws = await mkdtemp(join(tmpdir(), 's2p-testhist-'))
})
afterEach(async () => {
  await rm(ws, { recursive: true, force: true })
})

const meta = (key: string, at: number, branch = 'main', sha = `sha-${key}`): TestRunMeta => ({
  key,
  run_id: `r${key}`,
  attempt: 1,
  branch,
  sha,
  at: new Date(at).toISOString(),
  component: 'api'
})

/** What a run holds, read back as (id, outcome, duration) rows. */
function rows(h: Awaited<ReturnType<typeof readTestHistory>>, at: number) {
  const run = h.runs[at]
  return Array.from(run.tests, (t, k) => [h.tests.id(t), outcomeName(run.outcomes[k]), run.durations[k]])
}

describe('per-test history store', () => {
  it('appends runs and reads them back with outcomes, durations, files and file hashes', async () => {
    const a: TestResult[] = [
      { id: 'tests.test_a::test_one', file: 'tests/test_a.py', outcome: 'passed', duration_ms: 12.4 },
      { id: 'tests.test_a::test_two', file: 'tests/test_a.py', outcome: 'failed', duration_ms: 3 },
      { id: 'b::skipped', outcome: 'skipped' }
    ]
    await appendTestRun(ws, meta('1', T0), a, new Map([['tests/test_a.py', 'ab12cd34ef']]))
    await appendTestRun(ws, meta('2', T0 + 1000, 'feature'), [{ id: 'tests.test_a::test_two', outcome: 'flaky', duration_ms: 70_000 }, { id: 'new::t', outcome: 'error' }], new Map())
    const h = await readTestHistory(ws, 'api', { now: T0 + DAY })
    expect(h.malformed).toBe(0)
    expect(h.runs.map((r) => [r.meta.key, r.meta.branch, r.meta.sha, r.meta.run_id])).toEqual([
      ['1', 'main', 'sha-1', 'r1'],
      ['2', 'feature', 'sha-2', 'r2']
    ])
    expect(rows(h, 0)).toEqual([
      ['tests.test_a::test_one', 'passed', 12],
      ['tests.test_a::test_two', 'failed', 3],
      ['b::skipped', 'skipped', 0]
    ])
    expect(rows(h, 1)).toEqual([
      ['tests.test_a::test_two', 'flaky', 70_000],
      ['new::t', 'error', 0]
    ])
    expect(h.files[h.testFiles[0]]).toBe('tests/test_a.py')
    expect([...h.runs[0].fileHashes.values()]).toEqual(['ab12cd34ef'])
    expect(h.runs[1].fileHashes.size).toBe(0)
  })

  it('costs a few bytes per test per run for a steady suite', async () => {
    const tests = Array.from({ length: 5000 }, (_, i) => ({ id: `pkg.module_${i % 50}.TestCase::test_${i}`, file: `tests/m${i % 50}.py`, outcome: 'passed' as const, duration_ms: i % 300 }))
    const first = await appendTestRun(ws, meta('1', T0), tests, new Map())
    const second = await appendTestRun(ws, meta('2', T0 + 1), tests, new Map())
    expect(first.tests).toBe(5000)
    // 1 byte of index delta + 1–2 bytes of duration and outcome, plus the header line.
    expect(second.bytes / 5000).toBeLessThan(3.5)
    const index = (await stat(join(testHistoryDir(ws, 'api'), 'index.txt'))).size
    expect(index).toBeLessThan(5000 * 60)
  })

  it('keeps the index as text appended to: odd ids survive, a later file is recorded, a torn line is rewritten', async () => {
    const odd = ['line\nbreak', '"quoted', 'tab\tin id', 'ünïcode::✓']
    await appendTestRun(ws, meta('1', T0), [{ id: 'a', outcome: 'passed' }, ...odd.map((id) => ({ id, file: 'x/odd.py', outcome: 'failed' as const }))], new Map())
    const path = join(testHistoryDir(ws, 'api'), 'index.txt')
    const first = await readFile(path, 'utf8')
    // Run 2: a new test, and 'a' now known to live in a file: both appended, nothing rewritten.
    await appendTestRun(ws, meta('2', T0 + 1), [{ id: 'a', file: 'x/a.py', outcome: 'passed' }, { id: 'new', file: 'x/a.py', outcome: 'passed' }], new Map())
    const second = await readFile(path, 'utf8')
    expect(second.startsWith(first)).toBe(true)
    expect(second.split('\n')[0]).toBe('spec-to-production test index v2')
    let h = await readTestHistory(ws, 'api')
    expect(h.malformed).toBe(0)
    expect(h.tests.toArray()).toEqual(['a', ...odd, 'new'])
    expect(h.tests.toArray().map((_, t) => (h.testFiles[t] >= 0 ? h.files[h.testFiles[t]] : null))).toEqual(['x/a.py', 'x/odd.py', 'x/odd.py', 'x/odd.py', 'x/odd.py', 'x/a.py'])
    // A write cut short: the torn record is left out, and the next write rewrites the index whole.
    await writeFile(path, `${second}t\tpartial`)
    h = await readTestHistory(ws, 'api')
    expect(h.tests.toArray()).toEqual(['a', ...odd, 'new'])
    await appendTestRun(ws, meta('3', T0 + 2), [{ id: 'later', outcome: 'passed' }], new Map(), { history: h })
    const third = await readFile(path, 'utf8')
    expect(third).not.toContain('partial')
    expect(third.endsWith('\n')).toBe(true)
    h = await readTestHistory(ws, 'api')
    expect(h.tests.toArray()).toEqual(['a', ...odd, 'new', 'later'])
    expect(rows(h, 2)).toEqual([['later', 'passed', 0]])
    // A damaged record is refused, not misread: the history says it could not read the index.
    await writeFile(path, `${third}s\t0\t0x99\n`)
    const damaged = await readTestHistory(ws, 'api')
    expect(damaged.malformed).toBe(1)
    // Named, with where: the index's line, and that no run was read.
    expect(historyReadWarnings(damaged, ws)).toEqual([
      expect.stringMatching(/^test history: its index metrics\/tests\/api\/index\.txt cannot be read \(.*index\.txt:\d+: .+\), so none of its runs was read$/)
    ])
  })

  it('names the first unreadable run file and why', async () => {
    await appendTestRun(ws, meta('1', T0), [{ id: 'a', outcome: 'passed' }], new Map())
    await appendTestRun(ws, meta('2', T0 + 1000), [{ id: 'a', outcome: 'failed' }], new Map())
    const runs = join(ws, 'metrics', 'tests', 'api', 'runs')
    const [name] = (await readdir(runs)).sort()
    await writeFile(join(runs, name), 'garbage')
    const h = await readTestHistory(ws, 'api')
    expect(h.malformed).toBe(1)
    expect(historyReadWarnings(h, ws)).toEqual([`test history: 1 unreadable run file(s) skipped (the first: metrics/tests/api/runs/${name}: no header)`])
  })

  it('prunes runs past retention and bounds runs per branch', async () => {
    await appendTestRun(ws, meta('old', T0 - 40 * DAY), [{ id: 'x', outcome: 'passed' }], new Map())
    for (let i = 0; i < MAX_RUNS_PER_BRANCH + 3; i++) await appendTestRun(ws, meta(`m${i}`, T0 + i * 1000), [{ id: 'x', outcome: 'passed' }], new Map())
    await appendTestRun(ws, meta('f', T0, 'feature'), [{ id: 'x', outcome: 'failed' }], new Map())
    const pruned = await pruneTestHistory(ws, 30, T0 + DAY)
    expect(pruned.removedRuns).toBe(1 + 3)
    const h = await readTestHistory(ws, 'api', { now: T0 + DAY })
    expect(h.runs.filter((r) => r.meta.branch === 'main')).toHaveLength(MAX_RUNS_PER_BRANCH)
    expect(h.runs.filter((r) => r.meta.branch === 'main')[0].meta.key).toBe('m3')
    expect(h.runs.some((r) => r.meta.key === 'f')).toBe(true)
  })

  it('prunes with the branches of the history this run read, without opening each run file again', async () => {
    for (let i = 0; i < MAX_RUNS_PER_BRANCH + 3; i++) await appendTestRun(ws, meta(`m${i}`, T0 + i * 1000), [{ id: 'x', outcome: 'passed' }], new Map())
    await appendTestRun(ws, meta('f', T0, 'feature'), [{ id: 'x', outcome: 'failed' }], new Map())
    const history = await readTestHistory(ws, 'api', { now: T0 + DAY })
    expect(history.branches?.size).toBe(MAX_RUNS_PER_BRANCH + 4)
    const runsDir = join(testHistoryDir(ws, 'api'), 'runs')
    // A run file is written once under its own name: the branch read stands for it. Were the oldest three opened
    // again, the first lines written over them here (another branch) would keep them.
    for (const name of (await readdir(runsDir)).filter((n) => /-m[012]\.run$/.test(n))) {
      const text = await readFile(join(runsDir, name), 'latin1')
      await writeFile(join(runsDir, name), text.replace('"branch":"main"', '"branch":"else"'), 'latin1')
    }
    const pruned = await pruneTestHistory(ws, 30, T0 + DAY, { component: 'api', history })
    expect(pruned.removedRuns).toBe(3)
    const left = await readTestHistory(ws, 'api', { now: T0 + DAY })
    expect(left.runs.map((r) => r.meta.key).filter((k) => k.startsWith('m'))).toEqual(Array.from({ length: MAX_RUNS_PER_BRANCH }, (_, i) => `m${i + 3}`))
    expect(left.runs.filter((r) => r.meta.branch === 'feature')).toHaveLength(1)
    // Without the history read, the files are read: the same prune as before on an untouched history.
    const again = await pruneTestHistory(ws, 30, T0 + DAY)
    expect(again.removedRuns).toBe(0)
  })

  it('merges runs the destination lacks, renumbered to its index; merging twice adds nothing', async () => {
    const from = join(ws, 'from')
    const to = join(ws, 'to')
    // Different numbering on each side: the destination knows other tests first.
    await appendTestRun(to, meta('local', T0 + 5000, 'feature'), [{ id: 'only-local', outcome: 'passed' }, { id: 'shared', outcome: 'failed', duration_ms: 5 }], new Map())
    await appendTestRun(from, meta('base1', T0), [{ id: 'shared', file: 't/s.py', outcome: 'passed', duration_ms: 7 }, { id: 'only-base', outcome: 'error' }], new Map([['t/s.py', 'aa']]))
    await appendTestRun(from, meta('base2', T0 + 1000), [{ id: 'shared', file: 't/s.py', outcome: 'failed', duration_ms: 9 }], new Map([['t/s.py', 'bb']]))
    // The run both sides have (the base's restored history already held it).
    await appendTestRun(to, meta('base1', T0), [{ id: 'shared', file: 't/s.py', outcome: 'passed', duration_ms: 7 }, { id: 'only-base', outcome: 'error' }], new Map([['t/s.py', 'aa']]))

    expect(await mergeTestHistory(from, to)).toEqual({ added: 1, duplicates: 1, malformed: 0 })
    expect(await mergeTestHistory(from, to)).toEqual({ added: 0, duplicates: 2, malformed: 0 })
    const h = await readTestHistory(to, 'api', { now: T0 + DAY })
    expect(h.runs.map((r) => r.meta.key)).toEqual(['base1', 'base2', 'local'])
    expect(rows(h, 1)).toEqual([['shared', 'failed', 9]])
    expect(rows(h, 2)).toEqual([
      ['only-local', 'passed', 0],
      ['shared', 'failed', 5]
    ])
    const f = h.testFiles[h.tests.findString('shared')]
    expect(h.files[f]).toBe('t/s.py')
    expect(h.runs[1].fileHashes.get(f)).toBe('bb')
  })

  it('rides in mergeMetrics, the merge the cache restore of a base branch runs', async () => {
    const from = join(ws, 'from')
    const to = join(ws, 'to')
    await appendTestRun(from, meta('b', T0), [{ id: 't', outcome: 'passed' }], new Map())
    expect((await mergeMetrics(from, to)).tests).toEqual({ added: 1, duplicates: 0, malformed: 0 })
    expect((await mergeMetrics(from, to)).tests).toEqual({ added: 0, duplicates: 1, malformed: 0 })
  })

  it('skips a damaged run file and counts it, and refuses hostile lengths', async () => {
    await appendTestRun(ws, meta('1', T0), [{ id: 'a', outcome: 'passed' }], new Map())
    const { file } = await appendTestRun(ws, meta('2', T0 + 1), [{ id: 'a', outcome: 'failed' }, { id: 'b', outcome: 'passed' }], new Map())
    const data = await readFile(file)
    await writeFile(file, data.subarray(0, data.length - 1))
    const bad = join(testHistoryDir(ws, 'api'), 'runs', '20261101T100000999Z-x.run')
    await writeFile(bad, `${JSON.stringify({ v: 1, key: 'x', at: new Date(T0).toISOString(), files: 0, tests: 1e9 })}\n`)
    const h = await readTestHistory(ws, 'api', { now: T0 + DAY })
    expect(h.runs.map((r) => r.meta.key)).toEqual(['1'])
    expect(h.malformed).toBe(2)
  })

  it('refuses a FIFO planted as a run file or as the index (e.g. restored from a cache) rather than waiting on it', async () => {
    await appendTestRun(ws, meta('1', T0), [{ id: 'a', outcome: 'passed' }], new Map())
    const dir = testHistoryDir(ws, 'api')
    await new Promise<void>((done, fail) => execFile('mkfifo', [join(dir, 'runs', '20261101T100000999Z-fifo.run')], (e) => (e ? fail(e) : done())))
    const h = await readTestHistory(ws, 'api', { now: T0 + DAY })
    expect(h.runs.map((r) => r.meta.key)).toEqual(['1'])
    expect(h.malformed).toBe(1)
    await rm(join(dir, 'index.txt'))
    await new Promise<void>((done, fail) => execFile('mkfifo', [join(dir, 'index.txt')], (e) => (e ? fail(e) : done())))
    expect(await readTestHistory(ws, 'api', { now: T0 + DAY })).toMatchObject({ runs: [], malformed: 1 })
  }, 10_000)

  it(`records at most ${MAX_TRACKED_TESTS} tests per run and says how many it left out`, async () => {
    const many = Array.from({ length: MAX_TRACKED_TESTS + 7 }, (_, i) => ({ id: `t${i}`, outcome: 'passed' as const }))
    const r = await appendTestRun(ws, meta('1', T0), many, new Map())
    expect(r).toMatchObject({ tests: MAX_TRACKED_TESTS, untracked: 7 })
    // A later run with new tests: the index is compacted to the retained runs, still bounded.
    await rm(r.file)
    const r2 = await appendTestRun(ws, meta('2', T0 + 1), [{ id: 'fresh', outcome: 'failed' }], new Map())
    expect(r2).toMatchObject({ tests: 1, untracked: 0 })
    const h = await readTestHistory(ws, 'api', { now: T0 + DAY })
    expect(h.tests.toArray()).toEqual(['fresh'])
    expect((await readdir(join(testHistoryDir(ws, 'api'), 'runs'))).length).toBe(1)
  })
})

describe('TestCaseCollector (the JUnit parser per-case callback)', () => {
  it('folds a report into one result per id: reruns flaky, pytest teardown error graver, files relative', async () => {
    const xml = `<testsuites>
      <testsuite name="go" file="/w/pkg/a_test.go">
        <testcase classname="pkg" name="TestA" time="0.5"><failure message="x"/></testcase>
        <testcase classname="pkg" name="TestA" time="0.25"/>
        <testcase classname="pkg" name="TestB" time="1"/>
        <testcase classname="pkg" name="TestC"><skipped/></testcase>
      </testsuite>
      <testsuite name="pytest">
        <testcase classname="tests.test_x" name="test_t" time="0.1"/>
        <testcase classname="tests.test_x" name="test_t" time="0.0"><error message="teardown"/></testcase>
      </testsuite>
      <testsuite name="surefire"><testcase classname="S" name="f"><flakyFailure message="m"/></testcase></testsuite>
    </testsuites>`
    const c = new TestCaseCollector()
    const report = await parseJUnit(xml, { file: 'junit.xml', workspace: '/w', onCase: c.onCase })
    expect(report.totals).toMatchObject({ total: 6 })
    expect(c.results().map((r) => [r.id, r.outcome, r.file, r.duration_ms])).toEqual([
      ['pkg::TestA', 'flaky', 'pkg/a_test.go', 750],
      ['pkg::TestB', 'passed', 'pkg/a_test.go', 1000],
      ['pkg::TestC', 'skipped', 'pkg/a_test.go', 0],
      ['tests.test_x::test_t', 'error', undefined, 100],
      ['S::f', 'flaky', undefined, 0]
    ])
    c.markFlaky(['pkg::TestB', 'tests.test_x::test_t'])
    expect(c.results().map((r) => r.outcome)).toEqual(['flaky', 'flaky', 'skipped', 'error', 'flaky'])
  })

  it("tells node --test's same-named tests of two describe blocks apart: node writes classname=\"test\" on every case", async () => {
    // The report node's own junit reporter writes: describe('sub') fails its 'works', describe('add') passes its own.
    const dir = await mkdtemp(join(tmpdir(), 'node-junit-'))
    try {
      await writeFile(
        join(dir, 'a.test.js'),
        "const { describe, it } = require('node:test')\nconst assert = require('node:assert')\n" +
          "describe('sub', () => { it('works', () => assert.strictEqual(3 - 2, 2)) })\ndescribe('add', () => { it('works', () => assert.strictEqual(1 + 2, 3)) })\n"
      )
      const out = join(dir, 'junit.xml')
      await new Promise<void>((done) => {
        execFile(process.execPath, ['--test-reporter=junit', `--test-reporter-destination=${out}`, '--test', join(dir, 'a.test.js')], { cwd: dir }, () => done())
      })
      const xml = await readFile(out, 'utf8')
      expect(xml).toMatch(/classname="test"/)
      const c = new TestCaseCollector()
      const report = await parseJUnit(xml, { file: 'junit.xml', workspace: dir, onCase: c.onCase })
      expect(report.totals).toMatchObject({ total: 2, passed: 1, failed: 1 })
      expect(report.failures.map((f) => [f.id, f.classname])).toEqual([['sub::works', 'test']])
      // Two tests, one failed and one passed: never one test's two attempts, "flaky".
      expect(c.results().map((r) => [r.id, r.outcome])).toEqual([
        ['sub::works', 'failed'],
        ['add::works', 'passed']
      ])
      expect(report.flaky_count).toBe(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    // pytest's class `test` (a root module test.py) stays its id's class.
    const pytest = new TestCaseCollector()
    await parseJUnit('<testsuites><testsuite name="pytest"><testcase classname="test" name="test_a"/></testsuite></testsuites>', { file: 'junit.xml', workspace: '/w', onCase: pytest.onCase })
    expect(pytest.results().map((r) => r.id)).toEqual(['test::test_a'])
  })

  it('makes ids and files from plain and escaped attributes alike, each parse against its own workspace', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><testsuites><testsuite name="s">
      <testcase classname="pkg.A" name="t1" file="/w/pkg/a.py"/>
      <testcase classname="pkg.A" name="t &amp; u" file="/w/pkg/a.py"/>
      <testcase classname="pkg	B" name="t2" file="/w/pkg/b.py"/>
      <testcase classname="" name="bare" file="/w/pkg/b.py"/>
      <testcase name="ünï" file="/w/pkg/a.py"/>
      <testcase classname="pkg.C" file="/w/pkg/a.py"/>
    </testsuite></testsuites>`
    const c = new TestCaseCollector()
    await parseJUnit(xml, { file: 'junit.xml', workspace: '/w', onCase: c.onCase })
    expect(c.results().map((r) => [r.id, r.file])).toEqual([
      ['pkg.A::t1', 'pkg/a.py'],
      ['pkg.A::t & u', 'pkg/a.py'],
      ['pkg B::t2', 'pkg/b.py'],
      ['bare', 'pkg/b.py'],
      ['ünï', 'pkg/a.py'],
      ['pkg.C::', 'pkg/a.py']
    ])
    // The same file attribute in another workspace is another path.
    const d = new TestCaseCollector()
    await parseJUnit(xml, { file: 'junit.xml', workspace: '/w/pkg', onCase: d.onCase })
    expect(d.results()[0].file).toBe('a.py')
    const latin = new TestCaseCollector()
    await parseJUnit(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><testsuite><testcase classname="caf\xe9" name="x" file="/w/f.py"/></testsuite>', 'latin1'), { file: 'junit.xml', workspace: '/w', onCase: latin.onCase })
    expect(latin.results().map((r) => [r.id, r.file])).toEqual([['café::x', 'f.py']])
  })
})
