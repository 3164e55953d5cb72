/**
 * The same-commit flaky rule against a work tree with uncommitted changes, with the bundled CLI and real pytest runs
 * in a real git repository. Seen on jshttp/mime-types: a test broken by an uncommitted edit, then passing once the
 * edit was undone, was listed `Flaky … flip rate 100% · failed and passed on the same commit` — the commit was the
 * same, the code was not (the history's other rule, flips with the test file unchanged, did not count it either: the
 * file had changed). A test whose outcome changes while the code stays the same is still flaky.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestInsights } from '../../src/engine/model.js'
import { git, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_SPEC } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const PYTEST = existsSync('/usr/lib/python3/dist-packages/pytest') && existsSync('/usr/lib/python3/dist-packages/coverage')
if (!PYTEST) console.warn('SKIPPED: python3-pytest and python3-coverage (Debian) are not installed')

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

const CONFIG = `preset: none
paths: { source: src, tests: tests }
stages:
  specification: { required_sections: [Overview] }
  testing:
    command: "export COVERAGE_FILE={reports}/.coverage; /usr/bin/python3 -m coverage run --source=src -m pytest tests -q -p no:cacheprovider --junitxml={reports}/junit.xml; s=$?; /usr/bin/python3 -m coverage json -q -o {reports}/coverage.json; exit $s"
    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.json" }
  refactoring: { enabled: false }
quality_gates: { test_coverage: { dev_threshold: 0 } }
error_recovery: { testing: { max_retries: 0 } }
context_management: { session: { enabled: false } }
observability: { dashboard: { enabled: false } }
`

const TEST = 'import os\nfrom src.calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n\n\ndef test_env():\n    assert os.environ.get("FLIP") != "fail"\n'

async function run(dir: string, env: Record<string, string> = {}): Promise<TestInsights> {
  const done = await runCli(dir, ['--spec', 'SPEC.md', '--component', 'calc', '--target', 'dev', '--config', 'cfg.yml'], { env: { PYTHONDONTWRITEBYTECODE: '1', ...env } })
  if (!existsSync(join(dir, "workflow_report_calc.json"))) throw new Error(done.stdout + done.stderr)
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_calc.json'), 'utf8'))
  return report.test_insights as TestInsights
}

;(PYTEST ? test : test.skip)('an uncommitted edit that broke a test, then undone, makes no flaky test; a flip of the same code still does', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-worktree-'))
  dirs.push(dir)
  await writeIn(dir, 'SPEC.md', TINY_SPEC)
  await writeIn(dir, 'cfg.yml', CONFIG)
  await writeIn(dir, 'src/__init__.py', '')
  await writeIn(dir, 'src/calc.py', 'def add(a, b):\n    return a + b\n')
  await writeIn(dir, 'tests/test_calc.py', TEST)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')

  expect((await run(dir)).flaky_count).toBe(0)
  // An edit of the test, not committed, makes test_add fail: the same commit, other code.
  await writeFile(join(dir, 'tests/test_calc.py'), TEST.replace('== 3', '== 4'))
  const broken = await run(dir)
  expect(broken.new_failures.map((f) => f.id)).toEqual(['tests.test_calc::test_add'])
  expect(broken.flaky_count).toBe(0)
  // Undone: the code is the commit's again, and test_add passes. Not flaky: it failed on other code.
  await writeFile(join(dir, 'tests/test_calc.py'), TEST)
  const restored = await run(dir)
  expect(restored.flaky).toEqual([])
  // The same code (the commit, with nothing changed) failing and passing is flaky, as before.
  await run(dir, { FLIP: 'fail' })
  const flipped = await run(dir)
  expect(flipped.flaky).toEqual([expect.objectContaining({ id: 'tests.test_calc::test_env', same_sha: true })])
})
