/**
 * The metrics history lies in the workspace, and a pull request's test command runs there: one that added a line
 * for a run of the base branch, with the pull request's own lower coverage, made the comment and the
 * `coverage-delta` output say the coverage had not dropped (100% on main, 50% on the change: "+0.00"). What a
 * command of the run writes there is removed before the history is read, with a warning naming it. Real git
 * repository, two real runs through the API, the comparison the action makes.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runWorkflow } from '../../src/api.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { coverageDelta, renderComment } from '../../src/github/comment.js'
import { findBaseline } from '../../src/action/comment.js'
import { git, writeIn } from '../helpers/workspace.js'
import { TINY_SPEC } from '../helpers/tiny.js'
import { historySnapshot, restoreHistory } from '../../src/observability/history-guard.js'
import { symlink, utimes, writeFile } from 'node:fs/promises'

jest.setTimeout(60_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const JUNIT = '<testsuite name="s" tests="1" failures="0"><testcase classname="c" name="t"/></testsuite>\n'
const lcov = (hit: number[]) => `SF:src/tiny/a.js\n${hit.map((h, i) => `DA:${i + 1},${h}`).join('\n')}\nLF:${hit.length}\nLH:${hit.filter(Boolean).length}\nend_of_record\n`

async function run(dir: string, branch: string) {
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: 'dev', configFile: 'cfg.yml', workspace: dir, host, branch, output: 'r.json' })
  return { ...result, log: lines.join('\n') }
}

test("a line a test command adds to the metrics history is not the base branch's run the change is compared with", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-history-written-'))
  dirs.push(dir)
  await writeIn(dir, 'SPEC.md', TINY_SPEC)
  await writeIn(dir, 'src/tiny/a.js', 'export const a = 1\nexport const b = 2\n')
  await writeIn(dir, 'fixture/junit.xml', JUNIT)
  await writeIn(dir, 'fixture/lcov.info', lcov([1, 1]))
  await writeIn(
    dir,
    'cfg.yml',
    [
      'preset: none',
      'paths: { source: src/tiny, tests: src/tiny }',
      'stages:',
      '  specification: { required_sections: [Overview] }',
      '  testing:',
      '    command: "cp fixture/junit.xml {reports}/junit.xml && cp fixture/lcov.info {reports}/lcov.info && sh fixture/after.sh"',
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }',
      '  refactoring: { enabled: false }',
      ''
    ].join('\n')
  )
  await writeIn(dir, 'fixture/after.sh', 'true\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')

  // main's run: 100%.
  const base = await run(dir, 'main')
  expect(base.success).toBe(true)

  // The change: half the lines covered, and a test command that writes a run of main at 50% into the history.
  git(dir, 'checkout', '-qb', 'change')
  const fake = {
    v: 1,
    component: 'tiny',
    run_id: 'tiny-fake',
    name: 'run',
    started_at: new Date(Date.now() + 1000).toISOString(),
    ended_at: new Date(Date.now() + 2000).toISOString(),
    duration_ms: 1000,
    status: 'success',
    retries: 0,
    error_type: null,
    metadata: { target: 'dev', stages_completed: 3, stages_failed: '', stages_skipped: 0, gates_total: 3, gates_failed: 0, findings_total: 0, coverage: 50, coverage_threshold: 50, pass_rate: 100, error: null, version: '1.0.0', branch: 'main' }
  }
  const day = new Date().toISOString().slice(0, 10)
  await writeIn(dir, 'fixture/lcov.info', lcov([1, 0]))
  await writeIn(dir, 'fixture/after.sh', `printf '%s\\n' '${JSON.stringify(fake)}' >> .spec-to-production/metrics/${day}.jsonl\nprintf '%s\\n' '${JSON.stringify(fake)}' > .spec-to-production/metrics/zz-${day}.jsonl\n`)
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'change')
  const change = await run(dir, 'change')
  expect(change.success).toBe(true)

  // The action's comparison, as on the pull request: main's last run is the real one, at 100%.
  const baseline = await findBaseline(dir, change.report, { GITHUB_BASE_REF: 'main' })
  expect(baseline).toMatchObject({ branch: 'main', coverage: 100 })
  expect(baseline?.run_id).not.toBe('tiny-fake')
  expect(coverageDelta(change.report, baseline)).toBe(-50)
  expect(renderComment(change.report, baseline)).toContain('Coverage**: 50%, threshold 50% (−50 points against `main`: 100%)')
  // The files the command wrote are named, and gone.
  expect(change.log).toContain(`.spec-to-production/metrics/zz-${day}.jsonl`)
  expect(change.log).toContain(`written in the metrics history while this run's commands ran`)
  expect(existsSync(join(dir, `.spec-to-production/metrics/zz-${day}.jsonl`))).toBe(false)
  // The day's file the command appended to is as main's run left it.
  const today = await readFile(join(dir, `.spec-to-production/metrics/${day}.jsonl`), 'utf8')
  expect(today).not.toContain('tiny-fake')
  expect(today).toContain('"name":"run"')
  expect(today).toContain('"branch":"main"')
})

test("the component's history is put back as it was; another component's lines and files written meanwhile stay", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-history-guard-'))
  dirs.push(dir)
  const metrics = join(dir, 'metrics')
  const day = join(metrics, '2026-01-01.jsonl')
  await writeIn(dir, 'metrics/2026-01-01.jsonl', '{"component":"x","coverage":100}\n')
  await writeIn(dir, 'metrics/2026-01-02.jsonl', '{"component":"x","coverage":90}\n')
  await writeIn(dir, 'metrics/tests/x/index.txt', 'a\n')
  const old = new Date('2026-01-01T00:00:00Z')
  await utimes(day, old, old)
  const before = await historySnapshot(metrics, 'x')
  // Nothing changed: nothing touched.
  expect(await restoreHistory(metrics, before)).toEqual([])

  await new Promise((r) => setTimeout(r, 20))
  // Rewritten in place with its old size and modification time: still seen, and put back.
  await writeFile(day, '{"component":"x","coverage":050}\n')
  await utimes(day, old, old)
  // Appended to: x's line goes, y's (another run in the workspace) stays.
  await writeFile(join(metrics, '2026-01-02.jsonl'), '{"component":"x","coverage":90}\n{"component":"x","coverage":1}\n{"component":"y","coverage":7}\n')
  // A new day file with a line of each; x's per-test history: a file added, one deleted; y's: a file added.
  await writeIn(dir, 'metrics/2026-01-03.jsonl', '{"component":"y","coverage":7}\n{"component":"x","coverage":1}\n')
  await writeIn(dir, 'metrics/tests/x/runs/new.json', '{}\n')
  await rm(join(metrics, 'tests/x/index.txt'))
  await writeIn(dir, 'metrics/tests/y/index.txt', 'y\n')
  expect((await restoreHistory(metrics, before)).sort()).toEqual(['2026-01-01.jsonl', '2026-01-02.jsonl', '2026-01-03.jsonl', 'tests/x/index.txt', 'tests/x/runs'])
  expect(await readFile(day, 'utf8')).toBe('{"component":"x","coverage":100}\n')
  expect(await readFile(join(metrics, '2026-01-02.jsonl'), 'utf8')).toBe('{"component":"x","coverage":90}\n{"component":"y","coverage":7}\n')
  expect(await readFile(join(metrics, '2026-01-03.jsonl'), 'utf8')).toBe('{"component":"y","coverage":7}\n')
  expect(await readFile(join(metrics, 'tests/x/index.txt'), 'utf8')).toBe('a\n')
  expect(existsSync(join(metrics, 'tests/x/runs'))).toBe(false)
  expect(await readFile(join(metrics, 'tests/y/index.txt'), 'utf8')).toBe('y\n')

  // x's per-test directory replaced by a link: the link goes, nothing is written where it pointed.
  const elsewhere = join(dir, 'elsewhere')
  await writeIn(dir, 'elsewhere/keep.txt', 'k\n')
  await rm(join(metrics, 'tests/x'), { recursive: true })
  await symlink(elsewhere, join(metrics, 'tests/x'))
  expect(await restoreHistory(metrics, before)).toContain('tests/x')
  expect(await readFile(join(metrics, 'tests/x/index.txt'), 'utf8')).toBe('a\n')
  expect(existsSync(join(elsewhere, 'index.txt'))).toBe(false)
  // A day file replaced by a link: the link goes, its target is left alone.
  await rm(day)
  await symlink(join(elsewhere, 'keep.txt'), day)
  expect(await restoreHistory(metrics, before)).toEqual(['2026-01-01.jsonl'])
  expect(await readFile(day, 'utf8')).toBe('{"component":"x","coverage":100}\n')
  expect(await readFile(join(elsewhere, 'keep.txt'), 'utf8')).toBe('k\n')
})
