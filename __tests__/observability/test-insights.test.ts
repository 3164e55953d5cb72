import { describe, expect, it } from '@jest/globals'
import { OUTCOMES, type StoredRun, type TestHistory, type TestOutcome, type TestRunMeta } from '../../src/observability/test-history.js'
import { TestIds } from '../../src/observability/test-ids.js'
import { classifyTests, LIST_LIMIT, type CurrentRun } from '../../src/observability/test-insights.js'

const T0 = Date.parse('2026-11-01T10:00:00Z')
type Row = [id: string, outcome: TestOutcome, ms?: number]
interface RunSpec {
  branch: string
  sha: string
  tests: Row[]
  /** file → hash; every test lives in `<first part of its id>.py`. */
  hashes?: Record<string, string>
}

const fileOfId = (id: string) => `${id.split('::')[0]}.py`
let seq = 0
const metaOf = (s: RunSpec): TestRunMeta => {
  seq++
  return { key: `k${seq}`, run_id: `run${seq}`, attempt: 1, branch: s.branch, sha: s.sha, at: new Date(T0 + seq * 60_000).toISOString(), component: 'api' }
}

/** A history built in memory, in the store's numbering. */
function history(specs: RunSpec[]): TestHistory {
  const tests: string[] = []
  const testFiles: number[] = []
  const files: string[] = []
  const idx = (id: string) => {
    let i = tests.indexOf(id)
    if (i < 0) {
      i = tests.length
      tests.push(id)
      const f = fileOfId(id)
      if (!files.includes(f)) files.push(f)
      testFiles.push(files.indexOf(f))
    }
    return i
  }
  const runs: StoredRun[] = specs.map((s) => {
    const rows = s.tests.map(([id, o, ms]) => [idx(id), OUTCOMES.indexOf(o), ms ?? 1] as const).sort((a, b) => a[0] - b[0])
    const fileHashes = new Map<number, string>()
    for (const [f, h] of Object.entries(s.hashes ?? {})) {
      if (!files.includes(f)) files.push(f)
      fileHashes.set(files.indexOf(f), h)
    }
    return {
      meta: metaOf(s),
      tests: Uint32Array.from(rows, (r) => r[0]),
      outcomes: Uint8Array.from(rows, (r) => r[1]),
      durations: Uint32Array.from(rows, (r) => r[2]),
      fileHashes
    }
  })
  return { tests: TestIds.of(tests), testFiles, files, runs, malformed: 0 }
}

const current = (s: RunSpec): CurrentRun => ({
  meta: metaOf(s),
  results: s.tests.map(([id, outcome, ms]) => ({ id, file: fileOfId(id), outcome, duration_ms: ms ?? 1 })),
  fileHashes: new Map(Object.entries(s.hashes ?? {}))
})

const same = { 't/a.py': 'aaaa', 't/b.py': 'bbbb' }

describe('classifyTests: new and known failures', () => {
  it('tells failures already failing on the base branch from new ones, with the start of the failing streak', () => {
    const h = history([
      { branch: 'main', sha: 'm1', tests: [['t/a::one', 'passed'], ['t/a::two', 'passed']], hashes: same },
      { branch: 'main', sha: 'm2', tests: [['t/a::one', 'failed'], ['t/a::two', 'passed']], hashes: same },
      { branch: 'main', sha: 'm3', tests: [['t/a::one', 'error'], ['t/a::two', 'passed']], hashes: same },
      // A run of another branch after the base's latest: not the comparison.
      { branch: 'other', sha: 'o1', tests: [['t/a::one', 'passed'], ['t/a::two', 'failed']], hashes: same }
    ])
    const i = classifyTests(h, current({ branch: 'feature', sha: 'f1', tests: [['t/a::one', 'failed'], ['t/a::two', 'failed'], ['t/b::brand_new', 'failed']], hashes: same }), { baseBranch: 'main' })
    expect(i.base).toMatchObject({ branch: 'main', sha: 'm3', run_id: 'run3' })
    expect(i.history_runs).toBe(4)
    expect(i.known_failures).toEqual([{ id: 't/a::one', file: 't/a.py', failing_since: { run_id: 'run2', sha: 'm2', at: h.runs[1].meta.at } }])
    expect(i.new_failures.map((t) => t.id)).toEqual(['t/a::two', 't/b::brand_new'])
    expect([i.new_failures_count, i.known_failures_count]).toEqual([2, 1])
    expect(i.warnings).toBeUndefined()
  })

  it('on the base branch itself compares with its previous run; without any base run every failure is new, said', () => {
    const h = history([{ branch: 'main', sha: 'm1', tests: [['t/a::one', 'failed']] }])
    const onMain = classifyTests(h, current({ branch: 'main', sha: 'm2', tests: [['t/a::one', 'failed']] }), { baseBranch: 'main' })
    expect(onMain.known_failures_count).toBe(1)
    expect(onMain.base?.sha).toBe('m1')
    const none = classifyTests(h, current({ branch: 'feature', sha: 'f', tests: [['t/a::one', 'failed']] }), { baseBranch: 'release' })
    expect(none.base).toBeNull()
    expect(none.new_failures_count).toBe(1)
    expect(none.warnings).toEqual(['no run of release in the test history: every failure is counted as new'])
  })

  it('keeps the lists at 50 and the counts exact', () => {
    const rows: Row[] = Array.from({ length: 120 }, (_, k) => [`t/a::f${k}`, 'failed'])
    const i = classifyTests(history([]), current({ branch: 'main', sha: 's', tests: rows }), { baseBranch: null })
    expect(i.new_failures).toHaveLength(LIST_LIMIT)
    expect(i.new_failures_count).toBe(120)
  })
})

describe('classifyTests: flaky', () => {
  it('flags a test that passed and failed on the same SHA (a re-run of the workflow), and one flaky within a run', () => {
    const h = history([
      { branch: 'feature', sha: 'f1', tests: [['t/a::one', 'failed'], ['t/a::steady', 'failed']] },
      { branch: 'main', sha: 'm1', tests: [['t/b::rerun', 'flaky']] }
    ])
    const i = classifyTests(h, current({ branch: 'feature', sha: 'f1', tests: [['t/a::one', 'passed'], ['t/a::steady', 'failed']] }), { baseBranch: 'main' })
    expect(i.flaky.map((f) => [f.id, f.same_sha, f.flips, f.runs, f.flip_rate])).toEqual([
      ['t/a::one', true, 1, 2, 1],
      ['t/b::rerun', true, 1, 1, 1]
    ])
    expect(i.flaky[0].last_seen.map((r) => [r.sha, r.outcome])).toEqual([
      ['f1', 'passed'],
      ['f1', 'failed']
    ])
    expect(i.flaky_count).toBe(2)
  })

  it('flags flips on the base branch only while the test file is unchanged', () => {
    const specs: RunSpec[] = []
    // t/a::flip flips pass/fail five times with t/a.py unchanged; t/b::fixed fails, then its file changes and it passes.
    const outcomes: TestOutcome[] = ['passed', 'failed', 'passed', 'failed', 'passed', 'passed']
    outcomes.forEach((o, k) =>
      specs.push({ branch: 'main', sha: `m${k}`, tests: [['t/a::flip', o], ['t/b::fixed', k < 3 ? 'failed' : 'passed'], ['t/b::changed_flip', o]], hashes: { 't/a.py': 'aaaa', 't/b.py': k < 3 ? 'b1' : 'b2' } })
    )
    // Alternating contents of t/c.py: every flip comes with a change to its file.
    const c = history(specs)
    const i = classifyTests(c, current({ branch: 'feature', sha: 'x', tests: [['t/a::flip', 'passed']], hashes: same }), { baseBranch: 'main' })
    const flip = i.flaky.find((f) => f.id === 't/a::flip')
    expect(flip).toMatchObject({ same_sha: false, runs: 6, flips: 4, flip_rate: 0.8 })
    expect(i.flaky.find((f) => f.id === 't/b::fixed')).toBeUndefined()
    // t/b::changed_flip flips as often, but one of its flips (run 3) came with a change to t/b.py: 3 counted.
    expect(i.flaky.find((f) => f.id === 't/b::changed_flip')).toMatchObject({ flips: 3 })
  })

  it('does not call a test flaky from flips whose file content is unknown, nor from one break and fix', () => {
    const h = history([
      { branch: 'main', sha: 'm1', tests: [['t/a::x', 'passed'], ['t/a::y', 'passed']] },
      { branch: 'main', sha: 'm2', tests: [['t/a::x', 'failed'], ['t/a::y', 'failed']], hashes: { 't/a.py': 'a' } },
      { branch: 'main', sha: 'm3', tests: [['t/a::x', 'passed'], ['t/a::y', 'passed']], hashes: { 't/a.py': 'a' } }
    ])
    const i = classifyTests(h, current({ branch: 'main', sha: 'm4', tests: [['t/a::x', 'passed']] }), { baseBranch: 'main' })
    expect(i.flaky).toEqual([])
  })
})

describe('classifyTests: slowest', () => {
  it('lists the slowest tests of this run with the median of their earlier runs and a trend', () => {
    const runs: RunSpec[] = [100, 110, 90].map((ms, k) => ({
      branch: 'main',
      sha: `m${k}`,
      tests: [['t/a::slow', 'passed', ms * 10], ['t/a::steady', 'passed', 500 + k], ['t/a::faster', 'passed', 2000], ['t/a::skip', 'skipped', 0]]
    }))
    const i = classifyTests(history(runs), current({ branch: 'f', sha: 'f', tests: [['t/a::slow', 'passed', 3000], ['t/a::steady', 'passed', 505], ['t/a::faster', 'passed', 900], ['t/a::new', 'failed', 50]] }), { baseBranch: 'main' })
    expect(i.slowest).toEqual([
      { id: 't/a::slow', file: 't/a.py', duration_ms: 3000, median_ms: 1000, trend: 'slower' },
      { id: 't/a::faster', file: 't/a.py', duration_ms: 900, median_ms: 2000, trend: 'faster' },
      { id: 't/a::steady', file: 't/a.py', duration_ms: 505, median_ms: 501, trend: 'steady' },
      { id: 't/a::new', file: 't/a.py', duration_ms: 50, trend: 'new' }
    ])
    expect(i.tracked_tests).toBe(4)
  })
})
