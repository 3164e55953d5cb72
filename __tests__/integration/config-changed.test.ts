/**
 * A pull request runs the gates with its own configuration files: one that adds its new file to eslint's `ignores`, or
 * edits the product's configuration, was judged by what it loosened and shown as a clean pass. With a base to compare
 * with (`--base`; in the action, the pull request's base commit), every gate whose configuration the change modifies
 * says so by file, a caveat on every surface. A real git repository with a base commit and a change, the real eslint.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyJunit, tinyRepo, toolsRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'
import { PYTEST, pytestCalcRepo } from '../helpers/calc-python.js'
import { changedSharedParts, configurationChanges, partsDiffering, referencedByConfiguration } from '../../src/engine/config-changes.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const LINT =
  '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
  '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
const commit = (dir: string, message: string) => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', message)

test('a change that edits eslint.config.js and the configuration file is a caveat on the gates they govern', async () => {
  const dir = await toolsRepo(LINT)
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  // The change adds an unused variable and turns the rule off: eslint finds nothing.
  await writeIn(dir, 'src/tiny/a.js', 'const unused = 1\nexport const a = 1\n')
  await writeIn(dir, 'eslint.config.js', "export default [{ files: ['**/*.js'], rules: {} }]\n")
  commit(dir, 'the change')

  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const report = await readReport(dir, 'r.json')
  const lint = report.stage_results.refactoring.quality_gates.linting
  const warning = `configuration changed by this change (against main): eslint.config.js — the gate judged the change by the configuration as the change has it; review what it loosens`
  expect(lint).toMatchObject({ passed: true, details: { issue_count: 0 } })
  expect(lint.warnings).toContain(warning)
  expect(run.stdout).toMatch(/⚠ gate linting \(\d+ ms\): 0 issues ≤ 0 — configuration changed by this change \(against main\): eslint\.config\.js/)
  // The test gates do not depend on eslint.config.js.
  expect(report.stage_results.testing.quality_gates.test_coverage.warnings.join('\n')).not.toContain('configuration changed')
  expect(run.code).toBe(0)

  // The configuration file governs every gate.
  await writeIn(dir, 'cfg.yml', `${(await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'cfg.yml'), 'utf8')))}# edited\n`)
  commit(dir, 'config too')
  await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const again = await readReport(dir, 'r.json')
  expect(again.stage_results.testing.quality_gates.test_coverage.warnings).toContainEqual(expect.stringMatching(/^configuration changed by this change \(against main\): cfg\.yml — /))
  expect(again.stage_results.refactoring.quality_gates.linting.warnings).toContainEqual(expect.stringMatching(/^configuration changed by this change \(against main\): cfg\.yml, eslint\.config\.js — /))

  // Against itself nothing changed; a base that is not in the checkout is said in the log, and no gate claims a
  // change — but none passes cleanly either: not compared is not "nothing changed".
  const same = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'HEAD'])
  expect(same.stdout).not.toContain('configuration changed by this change')
  expect(same.stdout).not.toContain('configuration changes not checked')
  const missing = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', '0123456789abcdef0123456789abcdef01234567'])
  const notCompared = "the base commit 0123456789ab is not in the checkout (check out with fetch-depth: 0, or 2 for a pull request's merge commit)"
  expect(missing.stdout + missing.stderr).toContain(
    'warning: this change was not compared with its base, so the configuration it changes, the tests it skips and the problems it silences are not looked for: the base commit 0123456789ab is not in the checkout (check out with fetch-depth: 0, or 2 for a pull request\'s merge commit)'
  )
  expect(missing.stdout).not.toContain('configuration changed by this change')
  const unknown = await readReport(dir, 'r.json')
  for (const [stage, gate] of [['testing', 'test_pass_rate'], ['testing', 'test_coverage'], ['refactoring', 'linting']]) {
    expect(unknown.stage_results[stage].quality_gates[gate].warnings).toContain(
      `configuration changes not checked: ${notCompared}, so whether this change loosens the configuration the gate judged it by is unknown`
    )
  }
  expect(missing.stdout).toMatch(/⚠ gate linting \(\d+ ms\): 0 issues ≤ 0 — configuration changes not checked: /)
  expect(missing.code).toBe(0)
})

if (!PYTEST) console.warn('SKIPPED the pytest run: apt-get install python3-pytest python3-pytest-cov')
/** test_add passes, test_div divides by zero. */
const CALC_TESTS = 'from calc import add, div\n\n\ndef test_add():\n    assert add(1, 2) == 3\n\n\ndef test_div():\n    assert div(1, 0) == 0\n'
const CALC_SPEC = '---\ncomponent: calc\n---\n# calc\n\n## Requirements\n\n- adds\n'

// A failing test deselected by pytest's addopts (`-k`) in the change's pyproject.toml: real pytest runs 1 of 2 tests,
// and its JUnit report holds only the one that passed. The test gates said "100% ≥ 100% (1 of 1 executed test)",
// clean; a change of the dependencies in the same file is no test configuration.
;(PYTEST ? test : test.skip)("a change that deselects tests in pyproject.toml's pytest table is a caveat on the test gates, naming the table", async () => {
  const dir = await pytestCalcRepo('s2p-testcfg-', 'tests/calc', {
    'tests/calc/test_calc.py': CALC_TESTS,
    'specs/calc.md': CALC_SPEC,
    'pyproject.toml': '[project]\nname = "calc"\ndependencies = []\n\n[tool.pytest.ini_options]\npythonpath = ["src"]\n'
  })
  dirs.push(dir)
  const args = ['--spec', 'specs/calc.md', '--component', 'calc', '--output', 'r.json', '--base', 'main']
  // The base fails: test_div divides by zero.
  expect((await runCli(dir, args)).code).toBe(1)

  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'pyproject.toml', '[project]\nname = "calc"\ndependencies = ["attrs"]\n\n[tool.pytest.ini_options]\npythonpath = ["src"]\naddopts = "-k \'not test_div\'"\n')
  commit(dir, 'the change')
  const run = await runCli(dir, args)
  const report = await readReport(dir, 'r.json')
  const testing = report.stage_results.testing.quality_gates
  expect(testing.test_pass_rate).toMatchObject({ passed: true, details: { total: 1, passed: 1 } })
  const warning = 'configuration changed by this change (against main): pyproject.toml [tool.pytest.ini_options] — the gate judged the change by the configuration as the change has it; review what it loosens'
  expect(testing.test_pass_rate.warnings).toContain(warning)
  expect(testing.test_coverage.warnings).toContain(warning)
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — configuration changed by this change \(against main\): pyproject\.toml \[tool\.pytest\.ini_options\]/)
  expect(run.code).toBe(0)

  // Only the dependencies changed: no gate's configuration did.
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qb', 'deps')
  await writeIn(dir, 'pyproject.toml', '[project]\nname = "calc"\ndependencies = ["attrs"]\n\n[tool.pytest.ini_options]\npythonpath = ["src"]\n')
  await writeIn(dir, 'tests/calc/test_calc.py', 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n')
  commit(dir, 'deps')
  const deps = await runCli(dir, args)
  expect(deps.code).toBe(0)
  expect(deps.stdout).not.toContain('configuration changed by this change')
})

// The spec's frontmatter paths take precedence over the configuration's: a change that narrows paths.source to one file
// left the untested module out of the coverage figure (30% < 50% on the base, a clean 100% ≥ 50% on the change).
;(PYTEST ? test : test.skip)("a change that narrows the spec's frontmatter paths is a caveat on every gate; a change of its body is none", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-specpaths-'))
  dirs.push(dir)
  await writeIn(dir, 'src/calc/__init__.py', '')
  await writeIn(dir, 'src/calc/core.py', 'def add(a, b):\n    return a + b\n')
  await writeIn(dir, 'src/calc/legacy.py', 'def f(x):\n    if x > 1:\n        return 1\n    if x > 2:\n        return 2\n    if x > 3:\n        return 3\n    return 4\n')
  await writeIn(dir, 'tests/test_calc.py', 'from calc import core, legacy\n\n\ndef test_add():\n    assert core.add(1, 2) == 3\n')
  const spec = '---\ntitle: Calc\npaths: { source: src/calc, tests: tests }\n---\n# Calc\n\n## Overview\n\nCalc.\n\n## Requirements\n\n- REQ-1: adds.\n'
  await writeIn(dir, 'specs/calc.md', spec)
  await writeIn(dir, 'pytest.ini', '[pytest]\npythonpath = src\n')
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    'preset: none\nstages:\n  specification: { required_sections: [Overview] }\n  testing:\n' +
      '    command: /usr/bin/python3 -m pytest -q -p no:cacheprovider tests --rootdir=. --cov=src/calc --cov-report=xml:{reports}/coverage.xml --junitxml={reports}/junit.xml\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.xml" }\n  refactoring: { enabled: false }\n'
  )
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n__pycache__\n.coverage\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')
  const args = ['--spec', 'specs/calc.md', '--component', 'calc', '--output', 'r.json', '--base', 'main']
  expect((await runCli(dir, args)).code).toBe(1)

  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'specs/calc.md', spec.replace('source: src/calc,', 'source: src/calc/core.py,'))
  commit(dir, 'narrow')
  const run = await runCli(dir, args)
  const coverage = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(coverage).toMatchObject({ passed: true, details: { coverage: 100 } })
  expect(coverage.warnings).toContain('configuration changed by this change (against main): specs/calc.md frontmatter paths — the gate judged the change by the configuration as the change has it; review what it loosens')
  expect(run.stdout).toMatch(/⚠ gate test_coverage \(\d+ ms\): 100% ≥ 50% — configuration changed by this change \(against main\): specs\/calc\.md frontmatter paths/)
  expect(run.code).toBe(0)

  // The spec's requirements changed, its paths did not.
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qb', 'words')
  await writeIn(dir, 'specs/calc.md', `${spec}- REQ-2: adds fast.\n`)
  await writeIn(dir, 'tests/test_calc.py', 'from calc import core, legacy\n\n\ndef test_add():\n    assert core.add(1, 2) == 3\n\n\ndef test_legacy():\n    assert [legacy.f(x) for x in (0, 2)] == [4, 1]\n')
  commit(dir, 'words')
  const words = await runCli(dir, args)
  expect(words.stdout).not.toContain('configuration changed by this change')
})

test('which gate each changed file governs', () => {
  const changes = configurationChanges(['src/x.ts', 'packages/a/tsconfig.build.json', '.secretlintignore', 'eslint.config.mjs', '.github/spec-to-production.yml', 'README.md'], '.github/spec-to-production.yml', 'abcdef0123456789')
  expect(Object.fromEntries(changes.map(([gate, w]) => [gate, w.slice(0, w.indexOf(' — '))]))).toEqual({
    'refactoring.type_checking': 'configuration changed by this change (against abcdef012345): packages/a/tsconfig.build.json, .github/spec-to-production.yml',
    'refactoring.security': 'configuration changed by this change (against abcdef012345): .secretlintignore, .github/spec-to-production.yml',
    'refactoring.linting': 'configuration changed by this change (against abcdef012345): eslint.config.mjs, .github/spec-to-production.yml',
    'testing.test_pass_rate': 'configuration changed by this change (against abcdef012345): .github/spec-to-production.yml',
    'testing.test_coverage': 'configuration changed by this change (against abcdef012345): .github/spec-to-production.yml',
    // The deployments' gates, each of them (criteria, health checks, test suites).
    'staging_deployment.*': 'configuration changed by this change (against abcdef012345): .github/spec-to-production.yml',
    'production_deployment.*': 'configuration changed by this change (against abcdef012345): .github/spec-to-production.yml'
  })
  expect(configurationChanges(['src/x.ts'], null, 'main')).toEqual([])
})

test("the action in actions/checkout's default shallow clone fetches the base; without a way to, no gate passes cleanly", async () => {
  // The pull request's merge commit, as GitHub makes it: the base's tip and the head as parents.
  const origin = await tinyRepo()
  dirs.push(origin)
  const base = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-qb', 'feature')
  await writeIn(origin, 'NOTES.md', 'a note\n')
  git(origin, 'add', '-A')
  commit(origin, 'the change')
  const head = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', 'main')
  git(origin, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature')
  const merge = git(origin, 'rev-parse', 'HEAD').trim()
  const event = { number: 5, pull_request: { number: 5, head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } }, base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  const env = { GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/5/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }
  const checkout = async (depth: number) => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-checkout-'))
    dirs.push(dir)
    execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${origin}`, dir])
    return dir
  }

  // fetch-depth: 1, the default: the checkout is deepened by one commit from its origin, and the change compared.
  const one = await checkout(1)
  const deepened = await runTinyAction('http://127.0.0.1:9', one, 'pull_request', event, env, { 'github-token': '' })
  expect(deepened.code).toBe(0)
  expect(deepened.log).toContain(`fetched the base ${base.slice(0, 12)} into the shallow checkout`)
  expect(deepened.summary).not.toContain('configuration change')
  expect(deepened.summary).toContain('✅</td><td>100% ≥ 50%')
  // No ref and no file of the work tree changed: only the commits came.
  expect(git(one, 'status', '--porcelain', '--untracked-files=no')).toBe('')
  expect(git(one, 'rev-parse', 'HEAD').trim()).toBe(merge)

  // A shallow checkout with nothing to fetch from (no origin): not compared, and no gate passes cleanly for it.
  const alone = await checkout(1)
  git(alone, 'remote', 'remove', 'origin')
  const shallow = await runTinyAction('http://127.0.0.1:9', alone, 'pull_request', event, env, { 'github-token': '' })
  expect(shallow.code).toBe(0)
  expect(shallow.log).toContain('has no remote named origin')
  expect(shallow.summary).toContain('tiny → dev: ⚠️ passed')
  expect(shallow.summary).toContain(`⚠️ configuration changes not checked: the base commit ${base.slice(0, 12)} is not in the checkout (check out with fetch-depth: 0, or 2 for a pull request's merge commit)`)
  expect(shallow.summary).not.toContain('✅</td><td>100% ≥ 50%')

  // fetch-depth: 2 brings the merge commit's parents: compared, nothing of the gates' configuration changed.
  const two = await runTinyAction('http://127.0.0.1:9', await checkout(2), 'pull_request', event, env, { 'github-token': '' })
  expect(two.code).toBe(0)
  expect(two.summary).not.toContain('configuration change')
  expect(two.summary).toContain('✅</td><td>100% ≥ 50%')
})

test('test runners\' and coverage tools\' configuration files govern the test gates', () => {
  const gatesOf = (files: string[]) => Object.fromEntries(configurationChanges(files, null, 'main').map(([gate, w]) => [gate, w.slice(w.indexOf(': ') + 2, w.indexOf(' — '))]))
  expect(gatesOf(['jest.config.ts', 'packages/a/vitest.config.mts', '.mocharc.yml', 'tests/conftest.py', 'pytest.ini'])).toEqual({
    'testing.test_pass_rate': 'jest.config.ts, packages/a/vitest.config.mts, .mocharc.yml, tests/conftest.py, pytest.ini',
    'testing.test_coverage': 'jest.config.ts, packages/a/vitest.config.mts, .mocharc.yml, tests/conftest.py, pytest.ini'
  })
  expect(gatesOf(['.coveragerc', '.c8rc.json', '.nycrc'])).toEqual({ 'testing.test_coverage': '.coveragerc, .c8rc.json, .nycrc' })
  // Set-up files by their conventional names; a test helper is no configuration.
  expect(gatesOf(['src/setupTests.ts', 'jest.setup.js', 'test/vitest.setup.mts', 'jest-global-setup.cjs', 'test/helpers.js', 'src/setup.ts'])).toEqual({
    'testing.test_pass_rate': 'src/setupTests.ts, jest.setup.js, test/vitest.setup.mts, jest-global-setup.cjs',
    'testing.test_coverage': 'src/setupTests.ts, jest.setup.js, test/vitest.setup.mts, jest-global-setup.cjs'
  })
  expect(gatesOf(['osv-scanner.toml', 'packages/a/osv-scanner.toml', '.bandit'])).toEqual({ 'refactoring.security': 'osv-scanner.toml, packages/a/osv-scanner.toml, .bandit' })
  // Shared files count only by the parts a gate's tool reads, given as parts.
  expect(configurationChanges(['pyproject.toml', 'package.json', 'setup.cfg', 'tox.ini'], null, 'main')).toEqual([])
  const parts = configurationChanges(['package.json'], null, 'main', [[['testing.test_pass_rate', 'testing.test_coverage'], 'package.json "scripts"."test"']])
  expect(parts.map(([gate]) => gate)).toEqual(['testing.test_pass_rate', 'testing.test_coverage'])
})

test('the parts of a shared file that differ', () => {
  const before = '[project]\nname = "x"\n\n[tool.coverage.run]\nsource = ["src"]\n\n[[tool.mypy.overrides]]\nmodule = "a"\n'
  // Re-indented, a comment and a blank line added: no change; omit added: a change of [tool.coverage.run].
  expect(partsDiffering('pyproject.toml', before, before.replace('name', '  name').replace('[project]', '[project]\n# note\n'))).toEqual([])
  expect(partsDiffering('pyproject.toml', before, before.replace('source = ["src"]', 'source = ["src"]\nomit = ["src/calc/*"]'))).toEqual(['[tool.coverage.run]'])
  expect(partsDiffering('pyproject.toml', before, `${before}[[tool.mypy.overrides]]\nmodule = "b"\nignore_errors = true\n`)).toEqual(['[[tool.mypy.overrides]]'])
  expect(partsDiffering('setup.cfg', '', '[coverage:report]\nexclude_lines = .*\n')).toEqual(['[coverage:report]'])
  const pkg = { name: 'x', scripts: { test: 'jest', build: 'tsc' }, jest: { testPathIgnorePatterns: [] } }
  const edit = { ...pkg, scripts: { test: 'jest --testPathIgnorePatterns=slow', build: 'tsc -b' }, jest: { testPathIgnorePatterns: ['bad'] } }
  expect(partsDiffering('package.json', JSON.stringify(pkg), JSON.stringify(edit, null, 2))).toEqual(['"scripts"."test"', '"scripts"."build"', '"jest"'])
  expect(partsDiffering('package.json', JSON.stringify(pkg), '{ not json')).toEqual([])
})

test('in a merge queue (merge_group) the queued commit is compared with the base it was built on, as a pull request is', async () => {
  // GitHub's merge queue: a commit on gh-readonly-queue/main/… that merges the queued pull request into main's tip.
  const origin = await tinyRepo()
  dirs.push(origin)
  const base = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-qb', 'gh-readonly-queue/main/pr-7-' + base)
  const { readFile } = await import('node:fs/promises')
  // The queued change loosens the product's own configuration (and so may every gate it governs).
  await writeIn(origin, 'cfg.yml', `${await readFile(join(origin, 'cfg.yml'), 'utf8')}# queued edit\n`)
  commit(origin, 'Merge pull request #7')
  const head = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', 'main')
  const event = {
    action: 'checks_requested',
    merge_group: { head_sha: head, head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${base}`, base_sha: base, base_ref: 'refs/heads/main' },
    repository: { full_name: 'acme/app', default_branch: 'main' }
  }
  const env = { GITHUB_SHA: head, GITHUB_REF: `refs/heads/gh-readonly-queue/main/pr-7-${base}` }
  // actions/checkout's default for merge_group: the queued commit alone (fetch-depth: 1).
  const dir = await mkdtemp(join(tmpdir(), 's2p-checkout-'))
  dirs.push(dir)
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', `gh-readonly-queue/main/pr-7-${base}`, `file://${origin}`, dir])
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'merge_group', event, env, { 'github-token': '' })
  expect(run.code).toBe(0)
  expect(run.log).toContain(`fetched the base ${base.slice(0, 12)} into the shallow checkout`)
  expect(run.summary).toContain('configuration changed by this change')
  expect(run.summary).toContain('cfg.yml')
  expect(run.summary).toContain('tiny → dev: ⚠️ passed')
})

// pytest reads a hidden `.pytest.ini` (pytest 7 and later) and, from pytest 9, `pytest.toml` and `.pytest.toml`, before
// pyproject.toml: a change that adds one with `addopts = -k "not test_div"` deselected the failing test, and the
// test gates said a clean "100% ≥ 100% (1 of 1 executed test)" — the file was no configuration the change was named for.
;(PYTEST ? test : test.skip)("a change that adds pytest's hidden .pytest.ini is a caveat on the test gates", async () => {
  const dir = await pytestCalcRepo('s2p-hiddenini-', 'tests/calc', {
    'tests/calc/test_calc.py': CALC_TESTS,
    'specs/calc.md': CALC_SPEC,
    'pyproject.toml': '[project]\nname = "calc"\n\n[tool.pytest.ini_options]\npythonpath = ["src"]\n'
  })
  dirs.push(dir)
  const args = ['--spec', 'specs/calc.md', '--component', 'calc', '--output', 'r.json', '--base', 'main']
  expect((await runCli(dir, args)).code).toBe(1)

  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, '.pytest.ini', '[pytest]\npythonpath = src\naddopts = -k "not test_div"\n')
  git(dir, 'add', '-A')
  commit(dir, 'the change')
  const run = await runCli(dir, args)
  const testing = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates
  // Real pytest read the hidden file: the failing test was deselected.
  expect(testing.test_pass_rate).toMatchObject({ passed: true, details: { total: 1, passed: 1 } })
  const warning = 'configuration changed by this change (against main): .pytest.ini — the gate judged the change by the configuration as the change has it; review what it loosens'
  expect(testing.test_pass_rate.warnings).toContain(warning)
  expect(testing.test_coverage.warnings).toContain(warning)
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — configuration changed by this change \(against main\): \.pytest\.ini/)
  expect(run.code).toBe(0)
})

test("every runner's configuration file, and the scripts npm runs around the test script, govern the test gates", async () => {
  const gatesOf = (files: string[]) => Object.fromEntries(configurationChanges(files, null, 'main').map(([gate, w]) => [gate, w.slice(w.indexOf(': ') + 2, w.indexOf(' — '))]))
  // pytest 9's TOML files, and ava's, node-tap's, karma's and Cypress's own.
  const files = ['pytest.toml', 'sub/.pytest.toml', 'ava.config.cjs', 'ava.config.mjs', '.taprc', 'karma.conf.js', 'cypress.config.ts']
  expect(gatesOf(files)).toEqual({
    'testing.test_pass_rate': 'pytest.toml, sub/.pytest.toml, ava.config.cjs, ava.config.mjs, .taprc, … (7 in all)',
    'testing.test_coverage': 'pytest.toml, sub/.pytest.toml, ava.config.cjs, ava.config.mjs, .taprc, … (7 in all)'
  })
  // Not a runner's configuration.
  expect(gatesOf(['docs/pytest.md', 'src/ava.ts', 'taprc'])).toEqual({})
  // package.json's "ava" and "tap" keys, and npm's pretest and posttest, which `npm test` runs around the test script
  // (a pretest that deletes the failing test file before jest starts); the dependencies are none of them.
  const dir = await mkdtemp(join(tmpdir(), 's2p-pkgparts-'))
  dirs.push(dir)
  const pkg = { name: 'x', scripts: { test: 'ava', build: 'tsc' }, devDependencies: { ava: '6.0.0' } }
  await writeIn(dir, 'package.json', JSON.stringify(pkg))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  commit(dir, 'base')
  const edit = { ...pkg, scripts: { ...pkg.scripts, pretest: 'node tools/prepare.js', posttest: 'node tools/after.js' }, devDependencies: { ava: '6.1.0' }, ava: { files: ['!test/slow/**'] }, tap: { 'allow-incomplete-coverage': true } }
  await writeIn(dir, 'package.json', JSON.stringify(edit, null, 2))
  commit(dir, 'change')
  const parts = await changedSharedParts(dir, 'main~1', ['package.json'])
  expect(parts).toEqual([
    [['testing.test_pass_rate', 'testing.test_coverage'], 'package.json "scripts"."pretest"'],
    [['testing.test_pass_rate', 'testing.test_coverage'], 'package.json "scripts"."posttest"'],
    [['testing.test_pass_rate', 'testing.test_coverage'], 'package.json "ava"'],
    [['testing.test_pass_rate', 'testing.test_coverage'], 'package.json "tap"']
  ])
})

// The test command `sh scripts/test.sh {reports}`: a change that rewrites the script to print a canned JUnit report of
// passes (the base's tests fail) had the gate say a clean "100% ≥ 100%": the report was fresh, written in this run, and
// the script was no configuration file by name. So was a Makefile whose `test` recipe a change gave `-k "not test_div"`.
test('a change to the script or Makefile the test command runs is a caveat on the test gates, naming the file and the command', async () => {
  const dir = await tinyRepo({ testing: 'sh scripts/test.sh {reports}' })
  dirs.push(dir)
  const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > \"$1/lcov.info\"\n"
  await writeIn(dir, 'scripts/test.sh', `printf '%s' '${tinyJunit(true)}' > "$1/junit.xml"\n${lcov}exit 1\n`)
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nr.json\n')
  git(dir, 'add', '-A')
  commit(dir, 'the script')
  expect((await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])).code).toBe(1)

  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'scripts/test.sh', `printf '%s' '${tinyJunit(false)}' > "$1/junit.xml"\n${lcov}`)
  commit(dir, 'canned')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const testing = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates
  const warning = 'configuration changed by this change (against main): scripts/test.sh (run by stages.testing.command) — the gate judged the change by the configuration as the change has it; review what it loosens'
  expect(testing.test_pass_rate).toMatchObject({ passed: true })
  expect(testing.test_pass_rate.warnings).toContain(warning)
  expect(testing.test_coverage.warnings).toContain(warning)
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — configuration changed by this change \(against main\): scripts\/test\.sh \(run by stages\.testing\.command\)/)
  expect(run.code).toBe(0)

  // make test: the Makefile's recipe.
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qb', 'make')
  const { readFile } = await import('node:fs/promises')
  await writeIn(dir, 'cfg.yml', (await readFile(join(dir, 'cfg.yml'), 'utf8')).replace('sh scripts/test.sh {reports}', 'make -s test REPORTS={reports}'))
  await writeIn(dir, 'Makefile', 'test:\n\tsh scripts/test.sh $(REPORTS)\n')
  git(dir, 'add', '-A')
  commit(dir, 'make')
  git(dir, 'checkout', '-qb', 'make-change')
  await writeIn(dir, 'Makefile', `test:\n\tprintf '%s' '${tinyJunit(false)}' > $(REPORTS)/junit.xml\n\tprintf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > $(REPORTS)/lcov.info\n`)
  commit(dir, 'canned make')
  const made = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'make'])
  expect(made.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — configuration changed by this change \(against make\): Makefile \(run by stages\.testing\.command\)/)
  expect(made.code).toBe(0)
  // A change of another file is none.
  git(dir, 'checkout', '-qb', 'notes')
  await writeIn(dir, 'NOTES.md', 'notes\n')
  git(dir, 'add', '-A')
  commit(dir, 'notes')
  expect((await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'make-change'])).stdout).not.toContain('configuration changed')
})

test('the files and parts of files a command runs, by program', async () => {
  const { commandSources } = await import('../../src/engine/command-files.js')
  const T = ['testing.test_pass_rate', 'testing.test_coverage']
  const files = (command: string, own: string[] = ['src/calc', 'tests']) => [...commandSources([[T, 'stages.testing.command', command]], own).files.keys()]
  const parts = (command: string) => commandSources([[T, 'stages.testing.command', command]], []).parts.map(([, file, part]) => `${file.source} ${part.source}`)
  expect(files('make -C build test REPORTS={reports}')).toEqual(['build/GNUmakefile', 'build/makefile', 'build/Makefile'])
  expect(files('CI=1 bash ./scripts/run-tests.sh {reports} && node tools/merge.mjs')).toEqual(['scripts/run-tests.sh', 'tools/merge.mjs'])
  // A configuration given by option; test files and sources of the component given to the runner are code, and a
  // template names what the run writes.
  expect(files('uv run pytest -c ci/pytest-ci.ini --cov-config=ci/.coveragerc tests/test_a.py src/calc/x.py --junitxml={reports}/junit.xml')).toEqual(['ci/pytest-ci.ini', 'ci/.coveragerc'])
  expect(files('npx jest --config jest.ci.json')).toEqual(['jest.ci.json'])
  expect(files('python -m nox -s tests')).toEqual(['noxfile.py'])
  expect(files('uvx tox -e py')).toEqual(['tox.toml'])
  expect(parts('uvx tox -e py')).toEqual(['^tox\\.ini$ ^\\[(?:tox|testenv(?::[^\\]]*)?)\\]$', '^pyproject\\.toml$ ^\\[\\[?tool\\.tox(?:\\.|\\])', '^setup\\.cfg$ ^\\[(?:tox:tox|testenv(?::[^\\]]*)?)\\]$'])
  expect(parts('npm run --silent test:ci -- --ci')).toEqual(['^package\\.json$ ^"scripts"\\."(?:pre|post)?test:ci"$'])
  expect(parts('pnpm coverage')).toEqual(['^package\\.json$ ^"scripts"\\."coverage"$'])
  expect(parts('npx jest')).toEqual([])
  expect(files('/usr/bin/python3 -m pytest tests')).toEqual([])
  // The dependencies an audit is given are what it scans, not its configuration.
  const audit = commandSources([[['refactoring.security'], 'stages.refactoring.security.command', 'osv-scanner --lockfile package-lock.json --lockfile=web/pnpm-lock.yaml && pip-audit -r requirements/dev.txt --ignore-vuln-file ci/audit-ignore.json']], [])
  expect([...audit.files.keys()]).toEqual(['ci/audit-ignore.json'])

  // npm run X: the script X (and npm's pre and post scripts) of package.json, not the others.
  const dir = await mkdtemp(join(tmpdir(), 's2p-cmdparts-'))
  dirs.push(dir)
  const pkg = { name: 'x', scripts: { ci: 'jest --ci', build: 'tsc' } }
  await writeIn(dir, 'package.json', JSON.stringify(pkg))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  commit(dir, 'base')
  await writeIn(dir, 'package.json', JSON.stringify({ ...pkg, scripts: { ci: 'jest --ci --testPathIgnorePatterns=div', build: 'tsc -b', preci: 'rm -f test/div.test.js' } }))
  commit(dir, 'change')
  const run = commandSources([[T, 'stages.testing.command', 'npm run ci']], [])
  expect(await changedSharedParts(dir, 'main~1', ['package.json'], run.parts)).toEqual([
    [T, 'package.json "scripts"."ci" (run by stages.testing.command)'],
    [T, 'package.json "scripts"."preci" (run by stages.testing.command)']
  ])
  // "scripts"."test…" governs the test gates by name already: not named twice.
  const named = commandSources([[T, 'stages.testing.command', 'npm test']], [])
  await writeIn(dir, 'package.json', JSON.stringify({ ...pkg, scripts: { test: 'jest' } }))
  commit(dir, 'test script')
  expect(await changedSharedParts(dir, 'main~1', ['package.json'], named.parts)).toEqual([[T, 'package.json "scripts"."test"']])
})

test("the linters', type checkers' and scanners' other configuration and allowlist files govern their gates", async () => {
  const gatesOf = (files: string[]) => Object.fromEntries(configurationChanges(files, null, 'main').map(([gate, w]) => [gate, w.slice(w.indexOf(': ') + 2, w.indexOf(' — '))]))
  expect(gatesOf(['.pylintrc.toml', 'pylintrc.toml', '.stylelintrc.json', 'stylelint.config.mjs', '.stylelintignore'])).toEqual({
    'refactoring.linting': '.pylintrc.toml, pylintrc.toml, .stylelintrc.json, stylelint.config.mjs, .stylelintignore'
  })
  expect(gatesOf(['.nsprc', 'audit-ci.jsonc', '.snyk', '.trivyignore', 'trivy.yaml', '.grype.yaml'])).toEqual({
    'refactoring.security': '.nsprc, audit-ci.jsonc, .snyk, .trivyignore, trivy.yaml, … (6 in all)'
  })
  expect(partsDiffering('pyproject.toml', '[tool.basedpyright]\ntypeCheckingMode = "strict"\n', '[tool.basedpyright]\ntypeCheckingMode = "off"\n')).toEqual(['[tool.basedpyright]'])
  const dir = await mkdtemp(join(tmpdir(), 's2p-basedpyright-'))
  dirs.push(dir)
  await writeIn(dir, 'pyproject.toml', '[tool.basedpyright]\ntypeCheckingMode = "strict"\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  commit(dir, 'base')
  await writeIn(dir, 'pyproject.toml', '[tool.basedpyright]\ntypeCheckingMode = "off"\n')
  commit(dir, 'change')
  expect(await changedSharedParts(dir, 'main~1', ['pyproject.toml'])).toEqual([[['refactoring.type_checking'], 'pyproject.toml [tool.basedpyright]']])
})

// A set-up file known only from jest's configuration (`setupFilesAfterEnv: ['<rootDir>/test/support/quiet.js']`): a
// change that made it wrap it() so that no failure throws had real jest pass the failing test, and the test gates
// said a clean "100% ≥ 100%" — the file was no configuration by name. So is a module eslint.config.js imports, or the
// base a tsconfig extends; the sources a tsconfig includes, and the tests a configuration lists, are not configuration.
test('a file a tool\'s configuration names by a relative path governs that configuration\'s gates', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-confrefs-'))
  dirs.push(dir)
  const { symlink } = await import('node:fs/promises')
  const { ROOT } = await import('../helpers/workspace.js')
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeIn(dir, 'src/calc/index.js', 'function div(a, b) { return a / b }\nmodule.exports = { div }\n')
  await writeIn(dir, 'test/calc.test.js', "const { div } = require('../src/calc')\n\nit('divides', () => { expect(div(1, 0)).toBe(0) })\n")
  await writeIn(dir, 'test/support/quiet.js', '// shared set-up\n')
  await writeIn(dir, 'jest.config.js', "module.exports = { setupFilesAfterEnv: ['<rootDir>/test/support/quiet.js'] }\n")
  await writeIn(dir, 'SPEC.md', '---\npaths: { source: src/calc, tests: test }\n---\n# Calc\n\n## Overview\n\nCalc.\n\n## Requirements\n\n- REQ-1: divides.\n')
  await writeIn(dir, 'package.json', '{ "name": "calc", "private": true }\n')
  await writeIn(
    dir,
    'cfg.yml',
    'preset: none\nstages:\n  specification: { required_sections: [Overview] }\n  testing:\n' +
      '    command: "JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml npx jest --ci --reporters=default --reporters=jest-junit --coverage --coverageReporters=lcov --coverageDirectory={reports}/coverage"\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage/lcov.info" }\n  refactoring: { enabled: false }\nerror_recovery:\n  testing: { max_retries: 0 }\n'
  )
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nnode_modules\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  commit(dir, 'calc')
  const args = ['--spec', 'SPEC.md', '--component', 'calc', '--config', 'cfg.yml', '--output', 'r.json', '--base', 'main']
  expect((await runCli(dir, args)).code).toBe(1)

  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'test/support/quiet.js', 'const real = global.it\nglobal.it = (name, fn) => real(name, async () => { try { await fn() } catch {} })\n')
  commit(dir, 'quiet')
  const run = await runCli(dir, args)
  const testing = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates
  expect(testing.test_pass_rate).toMatchObject({ passed: true, details: { passed: 1, failed: 0 } })
  const warning = 'configuration changed by this change (against main): test/support/quiet.js (named in jest.config.js) — the gate judged the change by the configuration as the change has it; review what it loosens'
  expect(testing.test_pass_rate.warnings).toContain(warning)
  expect(testing.test_coverage.warnings).toContain(warning)
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — configuration changed by this change \(against main\): test\/support\/quiet\.js \(named in jest\.config\.js\)/)
  expect(run.code).toBe(0)

  // eslint.config.js's import, a tsconfig's base; not the sources the tsconfig includes, nor a test a config lists.
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qb', 'more')
  await writeIn(dir, 'eslint.config.js', "import rules from './lint/rules.js'\nexport default [{ rules }]\n")
  await writeIn(dir, 'lint/rules.js', "export default { 'no-var': 'error' }\n")
  await writeIn(dir, 'tsconfig.json', '{ "extends": "./configs/strict", "include": ["./src/calc/index.js"], "files": ["./src/calc/extra.js"] }\n')
  await writeIn(dir, 'configs/strict.json', '{ "compilerOptions": { "strict": true } }\n')
  await writeIn(dir, 'src/calc/extra.js', 'module.exports = {}\n')
  await writeIn(dir, '.mocharc.json', '{ "spec": ["./test/calc.test.js"] }\n')
  git(dir, 'add', '-A')
  commit(dir, 'more')
  const changed = ['lint/rules.js', 'configs/strict.json', 'src/calc/index.js', 'src/calc/extra.js', 'test/calc.test.js', 'test/support/quiet.js']
  const named = await referencedByConfiguration(dir, changed)
  expect(Object.fromEntries([...named].map(([file, by]) => [file, [[...by.gates].join(' '), [...by.keys].join(' ')]]))).toEqual({
    'configs/strict.json': ['refactoring.type_checking', 'named in tsconfig.json'],
    'lint/rules.js': ['refactoring.linting', 'named in eslint.config.js'],
    'test/support/quiet.js': ['testing.test_pass_rate testing.test_coverage', 'named in jest.config.js']
  })
})

test("a directory of sources a configuration names is no configuration: its index is code", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-confroots-'))
  dirs.push(dir)
  await writeIn(dir, 'jest.config.js', "module.exports = { roots: ['<rootDir>/src'], setupFiles: ['./jest.env'] }\n")
  await writeIn(dir, 'src/index.ts', 'export const a = 1\n')
  await writeIn(dir, 'jest.env.js', '\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  commit(dir, 'base')
  expect([...(await referencedByConfiguration(dir, ['src/index.ts', 'src/index.js', 'jest.env.js'])).keys()]).toEqual(['jest.env.js'])
})

// The node preset turns the root .gitignore's plain entries into eslint --ignore-pattern (eslint reads no .gitignore,
// and would lint the build output an install writes there); ruff and biome skip what git ignores by themselves. So a
// pull request adding `/src` to .gitignore — git keeps tracking src/ — had real eslint lint none of src/: an unused
// variable there read a clean "0 issues ≤ 0". .gitignore governs the linting gate, as eslint.config.js does.
test('a change to .gitignore is a caveat on the linting gate: the preset passes its entries to eslint as ignore patterns', async () => {
  const { eslintOnlyRepo } = await import('../helpers/workspace.js')
  const dir = await eslintOnlyRepo('s2p-gitignore-', 'x', {
    'package.json': JSON.stringify({ name: 'x', type: 'module', scripts: { test: 'node --test' } }),
    'eslint.config.js': "export default [{ rules: { 'no-unused-vars': 'error' } }]\n",
    'src/main.js': 'export const exec = (command) => command\n',
    '.gitignore': '/dist\n'
  })
  dirs.push(dir)
  await writeIn(dir, 'src/main.js', 'const unused = 1\nexport const exec = (command) => command\n')
  await writeIn(dir, '.gitignore', '/dist\n/src\n')
  git(dir, 'add', '-A')
  commit(dir, 'change')
  const run = await runCli(dir, ['--spec', 'specs/x.md', '--component', 'x', '--base', 'main~1', '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  // eslint was told to leave src/ out, so it found nothing; the gate says who told it.
  expect(run.stdout).toContain('what .gitignore leaves out of the repository is left out (dist/**, src/**)')
  expect(gate.details.issue_count).toBe(0)
  expect(gate.warnings).toContain('configuration changed by this change (against main~1): .gitignore — the gate judged the change by the configuration as the change has it; review what it loosens')
})
