/**
 * What is added to the report after the stages (the per-test history's `test_insights`) reaches the context session
 * and the agent brief: the pipeline's `beforeClose` runs before the session closes. A real pytest run in a real git
 * repository, in process.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPipeline } from '../../src/engine/pipeline.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { git, writeIn } from '../helpers/workspace.js'

jest.setTimeout(120_000)
const READY = ['pytest', 'pytest_cov'].every((m) => existsSync(`/usr/lib/python3/dist-packages/${m}`))
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

;(READY ? test : test.skip)('the agent brief and the session message say which failures are new and which were already failing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-brief-'))
  dirs.push(dir)
  await writeIn(dir, 'src/calc/__init__.py', 'def add(a, b):\n    return a + b\n')
  await writeIn(dir, 'tests/calc/test_calc.py', 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n\n\ndef test_new():\n    assert add(1, 1) == 3, "new bug"\n\n\ndef test_old():\n    assert add(0, 0) == 1, "old bug"\n')
  await writeIn(dir, 'specs/calc.md', '---\ncomponent: calc\n---\n# calc\n\n## Requirements\n\n- adds\n')
  await writeIn(dir, 'pytest.ini', '[pytest]\npythonpath = src\n')
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    'preset: none\nstages:\n  testing:\n    command: /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/calc --rootdir=. --cov=src/calc --cov-report=xml:{reports}/coverage.xml --junitxml={reports}/junit.xml\n    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.xml" }\n  refactoring: { enabled: false }\nerror_recovery:\n  testing: { max_retries: 0 }\n'
  )
  await writeIn(dir, '.gitignore', '.spec-to-production\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const outcome = await runPipeline({
    host,
    specFile: 'specs/calc.md',
    component: 'calc',
    target: 'dev',
    beforeClose: async (report) => {
      const failures = report.stage_results.testing!.quality_gates.test_pass_rate.findings
      expect(failures).toHaveLength(2)
      // As the history would classify them (its own tests prove that): one new, one already failing on main.
      ;(report as unknown as Record<string, unknown>).test_insights = {
        history_runs: 3,
        base: { branch: 'main', run_id: '41-1', at: '2026-12-05T10:00:00Z' },
        tracked_tests: 3,
        new_failures: [{ id: 'tests.calc.test_calc::test_new', message: 'AssertionError: new bug' }],
        new_failures_count: 1,
        known_failures: [{ id: 'tests.calc.test_calc::test_old', failing_since: { run_id: '39-1', at: '2026-12-01T10:00:00Z' } }],
        known_failures_count: 1,
        flaky: [],
        flaky_count: 0,
        slowest: []
      }
    }
  })
  expect(outcome.exitCode).toBe(1)
  const briefPath = lines.map((l) => /agent brief: (\S+)/.exec(l)?.[1]).find(Boolean)
  expect(briefPath).toBeDefined()
  const brief = await readFile(briefPath!, 'utf8')
  const failures = brief.slice(brief.indexOf('## Open failures'), brief.indexOf('## Latest gate results'))
  expect(failures).toContain('- New failures (passing on main or new) (1): tests.calc.test_calc::test_new — AssertionError: new bug')
  expect(failures).toContain('- Already failing on main (1): tests.calc.test_calc::test_old — failing since run 39-1 (2026-12-01T10:00:00Z)')
  // The session holds the message too, with the ids for a reader that parses it.
  expect(brief).toMatch(/test_results[^\n]*\]\n +```text\n +Tests of this run against the history:/)
})
