/**
 * Test intelligence across runs (issue 15), end to end: the bundled action runs six times in fresh clones of a real
 * git repository (each run a fresh runner: the history comes back only through the Actions cache, here the local
 * Results API stand-in with azurite), on `main` (pushes) and on `feature` (a pull request into main, then a re-run of
 * the same workflow). The tests are real pytest tests whose outcome an environment variable decides. Each
 * classification is checked in the report's `test_insights`, then the CLI reads the carried history.
 */
import { jest, afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestInsights, WorkflowReport } from '../../src/engine/model.js'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, startResultsApi, type CacheScope, type ResultsApi } from '../servers/results-api.js'
import { ACTION_NODE, bundledAction, bundledCli, git, writeIn } from '../helpers/workspace.js'
import { TINY_SPEC } from '../helpers/tiny.js'

jest.setTimeout(300_000)

let azurite: Azurite
let results: ResultsApi
const dirs: string[] = []
let origin: string
const commits: Record<string, string> = {}

const CONFIG = `preset: none
paths: { source: src, tests: tests }
stages:
  specification: { required_sections: [Overview] }
  testing:
    command: "export COVERAGE_FILE={reports}/.coverage; python3-coverage run --source=src -m pytest tests -q -p no:cacheprovider --junitxml={reports}/junit.xml; s=$?; python3-coverage json -q -o {reports}/coverage.json; exit $s"
    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.json" }
  refactoring: { enabled: false }
quality_gates: { test_coverage: { dev_threshold: 0 } }
error_recovery: { testing: { max_retries: 0 } }
context_management: { session: { enabled: false } }
observability: { dashboard: { enabled: false } }
`

/** The outcome of each test is the environment's: the same code passes or fails as a run asks. */
const TESTS = `import os
import time
from src.calc import add


def test_stable():
    assert add(1, 2) == 3


def test_known():
    assert os.environ.get("KNOWN_BROKEN") != "1", "broken on main for a while"


def test_flip():
    assert os.environ.get("FLIP") != "fail", "flips without a change"


def test_new():
    assert os.environ.get("NEW_BUG") != "1", "the feature broke this"


def test_rerun():
    assert os.environ.get("RERUN_FAIL") != "1", "failed on the first attempt of the workflow"


def test_slow():
    time.sleep(int(os.environ.get("SLOW_MS", "10")) / 1000)
`

const commit = (dir: string, message: string) => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', message)

beforeAll(async () => {
  azurite = await startAzurite()
  results = await startResultsApi({ azurite })
  origin = await mkdtemp(join(tmpdir(), 's2p-hist-origin-'))
  dirs.push(origin)
  await writeIn(origin, 'SPEC.md', TINY_SPEC)
  await writeIn(origin, 'cfg.yml', CONFIG)
  await writeIn(origin, 'src/calc.py', 'def add(a, b):\n    return a + b\n')
  await writeIn(origin, 'tests/test_calc.py', TESTS)
  await writeIn(origin, '.gitignore', '.spec-to-production\nworkflow_*\n__pycache__\n')
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '-A')
  git(origin, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')
  commits.m1 = git(origin, 'rev-parse', 'HEAD').trim()
  // Two more commits on main that change the code, never the test file.
  for (const n of [2, 3]) {
    await writeIn(origin, 'src/calc.py', `def add(a, b):\n    return a + b  # v${n}\n`)
    commit(origin, `v${n}`)
    commits[`m${n}`] = git(origin, 'rev-parse', 'HEAD').trim()
  }
  git(origin, 'checkout', '-q', '-b', 'feature')
  await writeIn(origin, 'src/calc.py', 'def add(a, b):\n    return b + a\n')
  commit(origin, 'feature')
  commits.f1 = git(origin, 'rev-parse', 'HEAD').trim()
}, 120_000)

afterAll(async () => {
  await results?.close()
  await azurite?.close()
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

interface Run {
  code: number | null
  log: string
  dir: string
  report: WorkflowReport
  insights: TestInsights
}

/**
 * One workflow run on a fresh runner: a clone at `sha`, the bundled action with a push or pull_request event, the
 * test outcomes set by `testEnv`, and a runtime token whose cache scopes are the run's (a pull request reads main's).
 */
async function runAction(o: { sha: string; branch: 'main' | 'feature'; runId: string; attempt?: number; testEnv: Record<string, string> }): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-hist-run-'))
  dirs.push(dir)
  git(dir, 'clone', '-q', origin, '.')
  git(dir, 'checkout', '-q', o.sha)
  const temp = await mkdtemp(join(tmpdir(), 's2p-hist-runner-'))
  dirs.push(temp)
  const pr = o.branch === 'feature'
  const repository = { full_name: 'octo-org/calc', default_branch: 'main' }
  const event = pr
    ? { number: 7, pull_request: { number: 7, head: { sha: o.sha, ref: 'feature', repo: repository }, base: { sha: commits.m3, ref: 'main', repo: repository } }, repository }
    : { ref: 'refs/heads/main', after: o.sha, repository }
  await writeFile(join(temp, 'event.json'), JSON.stringify(event))
  await writeFile(join(temp, 'output'), '')
  await writeFile(join(temp, 'summary'), '')
  const ref = pr ? 'refs/pull/7/merge' : 'refs/heads/main'
  const scopes: CacheScope[] = pr ? [{ scope: ref, permission: 3 }, { scope: 'refs/heads/main', permission: 1 }] : [{ scope: ref, permission: 3 }]
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_EVENT_NAME: pr ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_SHA: o.sha,
    GITHUB_REF_NAME: pr ? '7/merge' : 'main',
    ...(pr ? { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' } : {}),
    INPUT_SPEC: 'SPEC.md',
    INPUT_COMPONENT: 'calc',
    INPUT_TARGET: 'dev',
    INPUT_CONFIG: 'cfg.yml',
    'INPUT_GITHUB-TOKEN': '',
    'INPUT_UPLOAD-ARTIFACTS': 'false',
    ...o.testEnv
  }
  const token = results.issueToken({ cacheScopes: scopes })
  for (const [k, v] of Object.entries(actionsEnv(results, { workspace: dir, tempDir: temp, repository: repository.full_name, ref, runId: o.runId, token }))) {
    if (v !== undefined) env[k] = v
  }
  env.GITHUB_RUN_ATTEMPT = String(o.attempt ?? 1)
  const child = spawn(ACTION_NODE, [await bundledAction()], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_calc.json'), 'utf8')) as WorkflowReport
  if (!report.test_insights) throw new Error(`no test_insights in the report; log:\n${log}`)
  return { code, log, dir, report, insights: report.test_insights }
}

const ID = (name: string) => `tests.test_calc::${name}`
const ids = (list: { id: string }[]) => list.map((t) => t.id).sort()
const runs: Run[] = []

describe('six runs across main and a pull request, the history carried in the cache', () => {
  test('run 1 (main): no earlier run, so every failure is new, and it says so', async () => {
    const r = await runAction({ sha: commits.m1, branch: 'main', runId: '101', testEnv: { KNOWN_BROKEN: '1', FLIP: 'pass', SLOW_MS: '20' } })
    runs.push(r)
    expect(r.code).toBe(1)
    expect(r.insights).toMatchObject({ history_runs: 0, base: null, tracked_tests: 6, new_failures_count: 1, known_failures_count: 0, flaky_count: 0 })
    expect(r.insights.new_failures).toEqual([{ id: ID('test_known'), file: 'tests/test_calc.py', message: expect.stringContaining('broken on main for a while') }])
    expect(r.insights.warnings).toEqual(['no earlier run of main in the test history: every failure is counted as new'])
    expect(results.cacheEntries.map((e) => e.key)).toContain('spec-to-production:metrics:v1:calc:main:101-1')
  })

  test('runs 2 and 3 (main, code changes only): the failure is known; the test that flipped twice is flaky', async () => {
    const r2 = await runAction({ sha: commits.m2, branch: 'main', runId: '102', testEnv: { KNOWN_BROKEN: '1', FLIP: 'fail', SLOW_MS: '20' } })
    runs.push(r2)
    expect(r2.log).toMatch(/metrics of calc restored from the cache \(spec-to-production:metrics:v1:calc:main:101-1\)/)
    expect(r2.insights).toMatchObject({ history_runs: 1, base: { branch: 'main', run_id: '101', sha: commits.m1 } })
    expect(ids(r2.insights.known_failures)).toEqual([ID('test_known')])
    // Failing now, passing in main's previous run: new (one flip is not yet flaky).
    expect(ids(r2.insights.new_failures)).toEqual([ID('test_flip')])
    expect(r2.insights.flaky_count).toBe(0)

    const r3 = await runAction({ sha: commits.m3, branch: 'main', runId: '103', testEnv: { KNOWN_BROKEN: '1', FLIP: 'pass', SLOW_MS: '20' } })
    runs.push(r3)
    expect(r3.insights.history_runs).toBe(2)
    expect(r3.insights.known_failures).toEqual([
      expect.objectContaining({ id: ID('test_known'), failing_since: { run_id: '101', sha: commits.m1, at: runs[0].report.started_at } })
    ])
    expect(r3.insights.new_failures_count).toBe(0)
    expect(r3.insights.flaky).toEqual([
      {
        id: ID('test_flip'),
        file: 'tests/test_calc.py',
        flip_rate: 1,
        runs: 3,
        flips: 2,
        same_sha: false,
        last_seen: [
          { run_id: '103', sha: commits.m3, at: r3.report.started_at, outcome: 'passed' },
          { run_id: '102', sha: commits.m2, at: r2.report.started_at, outcome: 'failed' },
          { run_id: '101', sha: commits.m1, at: runs[0].report.started_at, outcome: 'passed' }
        ]
      }
    ])
  })

  test('run 4 (pull request into main): new failures apart from those already failing on main; main flaky test known; slower test', async () => {
    const r = await runAction({ sha: commits.f1, branch: 'feature', runId: '201', testEnv: { KNOWN_BROKEN: '1', NEW_BUG: '1', RERUN_FAIL: '1', FLIP: 'pass', SLOW_MS: '400' } })
    runs.push(r)
    // Nothing of this branch in the cache yet: main's newest entry is restored (as the base, and as the fallback).
    expect(r.log).toMatch(/metrics of calc restored from the cache \(spec-to-production:metrics:v1:calc:main:103-1\)/)
    expect(r.insights).toMatchObject({ history_runs: 3, base: { branch: 'main', run_id: '103', sha: commits.m3 }, new_failures_count: 2, known_failures_count: 1 })
    expect(ids(r.insights.new_failures)).toEqual([ID('test_new'), ID('test_rerun')])
    expect(r.insights.known_failures).toEqual([expect.objectContaining({ id: ID('test_known'), failing_since: expect.objectContaining({ run_id: '101' }) })])
    expect(ids(r.insights.flaky)).toEqual([ID('test_flip')])
    const slow = r.insights.slowest[0]
    expect(slow).toMatchObject({ id: ID('test_slow'), trend: 'slower' })
    expect(slow.duration_ms).toBeGreaterThanOrEqual(400)
    expect(slow.median_ms).toBeLessThan(200)
  })

  test('run 5 (the same commit, the workflow re-run, after another main run): the newer main run merged in; the test that failed then passed on one SHA is flaky', async () => {
    // Meanwhile main runs again (the base moves on): the pull request's own cache entry lacks that run.
    runs.push(await runAction({ sha: commits.m3, branch: 'main', runId: '104', testEnv: { KNOWN_BROKEN: '1', FLIP: 'pass', SLOW_MS: '20' } }))
    const r = await runAction({ sha: commits.f1, branch: 'feature', runId: '201', attempt: 2, testEnv: { KNOWN_BROKEN: '1', NEW_BUG: '1', FLIP: 'pass', SLOW_MS: '20' } })
    runs.push(r)
    // This branch's first attempt came from its own cache entry; main's newer run from the base's, merged once.
    expect(r.log).toMatch(/metrics of calc restored from the cache \(spec-to-production:metrics:v1:calc:feature:201-1\)/)
    expect(r.log).toMatch(/metrics of calc on main: \d+ record\(s\) and 1 test run\(s\) merged into this branch's history/)
    expect(r.insights).toMatchObject({ history_runs: 5, base: { branch: 'main', run_id: '104', sha: commits.m3 } })
    expect(ids(r.insights.new_failures)).toEqual([ID('test_new')])
    expect(r.insights.known_failures_count).toBe(1)
    const rerun = r.insights.flaky.find((f) => f.id === ID('test_rerun'))
    expect(rerun).toMatchObject({ same_sha: true, flips: 1, runs: 2, flip_rate: 1 })
    expect(rerun!.last_seen[0]).toEqual({ run_id: '201', sha: commits.f1, at: r.report.started_at, outcome: 'passed' })
    expect(rerun!.last_seen.map((s) => [s.run_id, s.outcome])).toContainEqual(['201', 'failed'])
    expect(ids(r.insights.flaky)).toEqual([ID('test_flip'), ID('test_rerun')])
    expect(r.insights.flaky.find((f) => f.id === ID('test_flip'))).toMatchObject({ same_sha: false, flips: 2, runs: 4 })
    expect(r.insights.slowest.find((t) => t.id === ID('test_slow'))).toMatchObject({ trend: 'steady' })
    // The history on this runner: six runs, each once.
    const runFiles = await readdir(join(r.dir, '.spec-to-production/metrics/tests/calc/runs'))
    expect(runFiles).toHaveLength(6)
  })

  test('the CLI reads the carried history: --flaky, --slow, --history (table and JSON)', async () => {
    const dir = runs[5].dir
    const cli = await bundledCli()
    const run = (...args: string[]) => execFileSync(process.execPath, [cli, 'tests', ...args, '--workspace', dir], { encoding: 'utf8' })
    const flaky = JSON.parse(run('--flaky', '--json', '--base', 'main')) as { flaky: TestInsights['flaky']; flaky_count: number }
    expect(flaky.flaky.map((f) => f.id).sort()).toEqual([ID('test_flip'), ID('test_rerun')])
    expect(run('--flaky', '--base', 'main')).toMatch(/^2 flaky test\(s\) in 6 run\(s\) of calc \(flips counted on main\)\nflip rate +flips\/runs +same SHA +test +last seen\n100% +1\/2 +yes +tests\.test_calc::test_rerun .*\n67% +2\/4 +no +tests\.test_calc::test_flip /)
    // Without --base, flips are counted on the latest run's branch: only the same-SHA one is left.
    expect(run('--flaky')).toMatch(/^1 flaky test\(s\) in 6 run\(s\) of calc \(flips counted on feature\)/)
    const history = JSON.parse(run('--history', ID('test_known'), '--json')) as { file: string; runs: { run_id: string; attempt: number; branch: string; outcome: string; file_hash?: string }[] }
    expect(history.file).toBe('tests/test_calc.py')
    expect(history.runs.map((x) => [x.run_id, x.attempt, x.branch, x.outcome])).toEqual([
      ['201', 2, 'feature', 'failed'],
      ['104', 1, 'main', 'failed'],
      ['201', 1, 'feature', 'failed'],
      ['103', 1, 'main', 'failed'],
      ['102', 1, 'main', 'failed'],
      ['101', 1, 'main', 'failed']
    ])
    // The test file never changed: one blob id throughout, git's own.
    const blob = git(origin, 'rev-parse', `${commits.m1}:tests/test_calc.py`).trim()
    expect(new Set(history.runs.map((x) => x.file_hash))).toEqual(new Set([blob]))
    expect(run('--slow')).toMatch(/tests\.test_calc::test_slow/)
    expect(() => run('--history', 'nope')).toThrow(/no test 'nope' in the history/)
  })
})
