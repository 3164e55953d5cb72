/**
 * Tests a change takes away: a runner's report holds the tests that ran, not those that were there. A change that
 * deleted the failing test file, renamed it out of the runner's reach (`div.test.js` to `div.js`, `test_div.py` to
 * `div_checks.py`) or cut the failing `it(…)` out of its file had real jest and pytest run only the passing tests, and
 * the gate said a clean "100% ≥ 100% (1 of 1 executed test)" where the base ran two. Real jest and pytest in real git
 * repositories with a base commit and a change.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commit, git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { PYTEST, pytestCalcRepo } from '../helpers/calc-python.js'
import { countTests, isComponentTestFile, noRecursePattern } from '../../src/engine/stages/tests-removed.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const SPEC = '---\npaths: { source: src/calc, tests: test }\n---\n# Calc\n\n## Overview\n\nCalc.\n\n## Requirements\n\n- REQ-1: adds.\n'
const ADD = "const { add } = require('../src/calc')\n\nit('adds', () => { expect(add(1, 2)).toBe(3) })\n"
const DIV = "const { div } = require('../src/calc')\n\nit('divides', () => { expect(div(1, 0)).toBe(0) })\n"
const ARGS = ['--spec', 'SPEC.md', '--component', 'calc', '--config', 'cfg.yml', '--output', 'r.json', '--base', 'main']

/** A jest project with a passing and a failing test file, committed on main; the change is made on `change`. */
async function jestRepo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-removed-'))
  dirs.push(dir)
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeIn(dir, 'src/calc/index.js', 'function add(a, b) { return a + b }\nfunction div(a, b) { return a / b }\nmodule.exports = { add, div }\n')
  await writeIn(dir, 'test/add.test.js', ADD)
  await writeIn(dir, 'test/div.test.js', DIV)
  await writeIn(dir, 'SPEC.md', SPEC)
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
  commit(dir, 'calc')
  git(dir, 'checkout', '-qb', 'change')
  return dir
}

test('a change that renames the failing test file out of jest\'s reach, or cuts the failing test out of it: the pass is ⚠, naming the file', async () => {
  const dir = await jestRepo()
  // The base fails.
  git(dir, 'checkout', '-q', 'main')
  expect((await runCli(dir, ARGS)).code).toBe(1)
  git(dir, 'checkout', '-q', 'change')

  // div.test.js → div.js: jest no longer collects it.
  git(dir, 'mv', 'test/div.test.js', 'test/div.js')
  commit(dir, 'rename')
  const run = await runCli(dir, ARGS)
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { total: 1, passed: 1, tests_removed_count: 1, tests_removed: ['test/div.test.js 1 → 0 (renamed to test/div.js)'] } })
  expect(gate.warnings).toContainEqual(
    expect.stringMatching(/^this change leaves 1 fewer test\(s\) in the component's test files than its base \(against main: 1 declared in the files it touches, 0 now\) — .*: test\/div\.test\.js 1 → 0 \(renamed to test\/div\.js\)$/)
  )
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — this change leaves 1 fewer test\(s\)/)
  expect(run.code).toBe(0)

  // The failing test cut out of its file (the file kept).
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qB', 'cut')
  await writeIn(dir, 'test/div.test.js', "const { div } = require('../src/calc')\n\nit('divides by one', () => { expect(div(1, 1)).toBe(1) })\n")
  await writeIn(dir, 'test/add.test.js', ADD.replace("it('adds'", "// it('adds twice', …)\nit('adds'"))
  commit(dir, 'cut')
  await runCli(dir, ARGS)
  const cut = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  // One failing test replaced by one passing test: as many tests as the base, nothing to name.
  expect(cut).toMatchObject({ passed: true })
  expect(cut.details.tests_removed).toBeUndefined()
  await writeIn(dir, 'test/div.test.js', "const { div } = require('../src/calc')\n")
  commit(dir, 'cut the test')
  await runCli(dir, ARGS)
  const none = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(none.details).toMatchObject({ tests_removed_count: 1, tests_removed: ['test/div.test.js 1 → 0'] })

  // Tests moved from one file to another: none fewer, none named; without a base nothing is compared.
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qB', 'moved')
  await writeIn(dir, 'test/add.test.js', ADD + DIV.split('\n')[2].replace('div(1, 0)).toBe(0)', 'div(4, 2)).toBe(2)').replace("it('divides'", "it('halves'") + "\nconst { div } = require('../src/calc')\n")
  git(dir, 'rm', '-q', 'test/div.test.js')
  commit(dir, 'moved')
  const moved = await runCli(dir, ARGS)
  expect(moved.code).toBe(0)
  expect(moved.stdout).not.toContain('fewer test')
  const bare = await runCli(dir, ARGS.slice(0, -2))
  expect(bare.stdout).not.toContain('fewer test')
})

if (!PYTEST) console.warn('SKIPPED the pytest run: apt-get install python3-pytest python3-pytest-cov')

;(PYTEST ? test : test.skip)('a change that deletes the failing pytest file, or renames it out of pytest\'s test_*.py: the pass is ⚠, naming it', async () => {
  const dir = await pytestCalcRepo('s2p-removed-py-', 'tests', {
    'tests/test_add.py': 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n',
    'tests/test_div.py': 'from calc import div\n\n\nclass TestDiv:\n    def test_div(self):\n        assert div(1, 0) == 0\n\n    def test_half(self):\n        assert div(1, 2) == 0.5\n',
    'specs/calc.md': '---\ncomponent: calc\npaths: { source: src/calc, tests: tests }\n---\n# calc\n\n## Requirements\n\n- adds\n',
    // The project's own norecursedirs (it replaces pytest's default).
    'pytest.ini': '[pytest]\npythonpath = src\nnorecursedirs = build legacy*\n'
  })
  dirs.push(dir)
  const args = ['--spec', 'specs/calc.md', '--component', 'calc', '--output', 'r.json', '--base', 'main']
  expect((await runCli(dir, args)).code).toBe(1)

  // Renamed where pytest does not collect it (python_files: test_*.py, *_test.py).
  git(dir, 'checkout', '-qb', 'rename')
  git(dir, 'mv', 'tests/test_div.py', 'tests/div_checks.py')
  commit(dir, 'rename')
  const run = await runCli(dir, args)
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { total: 1, passed: 1, tests_removed_count: 2, tests_removed: ['tests/test_div.py 2 → 0 (renamed to tests/div_checks.py)'] } })
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — this change leaves 2 fewer test\(s\) in the component's test files than its base \(against main: 2 declared in the files it touches, 0 now\)/)
  expect(run.code).toBe(0)

  // Moved where pytest does not look (its default norecursedirs: build, dist, hidden directories, …).
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qb', 'moved')
  await writeIn(dir, 'tests/build/.keep', '')
  git(dir, 'mv', 'tests/test_div.py', 'tests/build/test_div.py')
  commit(dir, 'moved')
  const movedRun = await runCli(dir, args)
  expect(movedRun.code).toBe(0)
  const moved = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(moved).toMatchObject({ passed: true, details: { total: 1, tests_removed_count: 2, tests_removed: ['tests/test_div.py 2 → 0 (renamed to tests/build/test_div.py)'] } })

  // Moved into a directory the project's norecursedirs names.
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qb', 'legacy')
  await writeIn(dir, 'tests/legacy_v1/.keep', '')
  git(dir, 'mv', 'tests/test_div.py', 'tests/legacy_v1/test_div.py')
  commit(dir, 'legacy')
  await runCli(dir, args)
  const legacy = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(legacy).toMatchObject({ passed: true, details: { total: 1, tests_removed: ['tests/test_div.py 2 → 0 (renamed to tests/legacy_v1/test_div.py)'] } })

  // Deleted.
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'checkout', '-qb', 'delete')
  git(dir, 'rm', '-q', 'tests/test_div.py')
  commit(dir, 'delete')
  await runCli(dir, args)
  const deleted = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(deleted.details).toMatchObject({ tests_removed_count: 2, tests_removed: ['tests/test_div.py 2 → deleted'] })
})

test('test declarations are counted as each runner declares a test; test files as each finds them by default', () => {
  expect(countTests('t/test_a.py', 'def test_a():\n    pass\n\n# def test_b():\nclass TestX:\n    async def test_c(self):\n        pass\n    def helper(self):\n        pass\n')).toBe(2)
  expect(countTests('a.test.ts', "it('a', () => {})\ntest.each([1, 2])('b %d', () => {})\n// it('c', () => {})\nxit('d', () => {})\nif (/x/.test(s)) {}\ndescribe('e', () => { it.skip('f', () => {}) })\n")).toBe(4)
  expect(countTests('x_test.go', 'func TestA(t *testing.T) {}\nfunc helper() {}\nfunc TestB(t *testing.T) {}\n')).toBe(2)
  expect(countTests('src/test/java/ATest.java', '@Test\nvoid a() {}\n@ParameterizedTest\nvoid b(int x) {}\n// @Test\n')).toBe(2)
  expect(countTests('src/lib.rs', '#[test]\nfn a() {}\n#[tokio::test]\nasync fn b() {}\n')).toBe(2)
  expect(countTests('T.cs', '[Fact]\npublic void A() {}\n[Theory]\n[InlineData(1)]\npublic void B(int x) {}\n')).toBe(2)
  expect(countTests('README.md', 'def test_a():\n')).toBe(0)

  const scope = { sources: ['src/calc'], tests: ['tests'] }
  expect(isComponentTestFile('tests/test_a.py', scope)).toBe(true)
  expect(isComponentTestFile('tests/a_checks.py', scope)).toBe(false)
  expect(isComponentTestFile('tests/conftest.py', scope)).toBe(false)
  expect(isComponentTestFile('tests/helpers.js', scope)).toBe(true)
  expect(isComponentTestFile('src/calc/a.test.ts', scope)).toBe(true)
  expect(isComponentTestFile('src/calc/a.ts', scope)).toBe(false)
  expect(isComponentTestFile('src/other/test_a.py', scope)).toBe(false)
  expect(isComponentTestFile('src/calc/x_test.go', scope)).toBe(true)
  expect(isComponentTestFile('src/calc/x.go', scope)).toBe(false)
  // Where the runner does not look by default.
  expect(isComponentTestFile('tests/build/test_a.py', scope)).toBe(false)
  expect(isComponentTestFile('tests/.old/test_a.py', scope)).toBe(false)
  expect(isComponentTestFile('tests/unit/test_a.py', scope)).toBe(true)
  expect(isComponentTestFile('tests/.skip/a.test.js', scope)).toBe(false)
  expect(isComponentTestFile('src/calc/node_modules/a.test.js', scope)).toBe(false)
})

test("the action on a pull request that deletes the failing test file: ⚠️ passed in the job summary, naming the file", async () => {
  const { runTinyAction } = await import('../helpers/run-action.js')
  const dir = await jestRepo()
  const base = git(dir, 'rev-parse', 'main').trim()
  git(dir, 'rm', '-q', 'test/div.test.js')
  commit(dir, 'delete the failing test')
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = { number: 9, pull_request: { number: 9, head: { sha: head, ref: 'change', repo: { full_name: 'acme/app' } }, base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  const env = { GITHUB_SHA: head, GITHUB_REF: 'refs/pull/9/merge', GITHUB_HEAD_REF: 'change', GITHUB_BASE_REF: 'main' }
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'pull_request', event, env, { component: 'calc', 'github-token': '' })
  expect(run.code).toBe(0)
  expect(run.summary).toContain('calc → dev: ⚠️ passed')
  expect(run.summary).toContain(`this change leaves 1 fewer test(s) in the component's test files than its base (against ${base.slice(0, 12)}: 1 declared in the files it touches, 0 now)`)
  expect(run.summary).toContain('test/div.test.js 1 → deleted')
  expect(run.outputs.success).toBe('true')
})

test("pytest's own norecursedirs replaces its default: the directories it names are where it does not look", () => {
  const scope = { sources: ['src/calc'], tests: ['tests'] }
  const own = noRecursePattern(['legacy*', 'tmp?'])
  expect(isComponentTestFile('tests/legacy_old/test_a.py', scope, own)).toBe(false)
  expect(isComponentTestFile('tests/tmp1/test_a.py', scope, own)).toBe(false)
  // Not in the project's list: pytest looks there (its default no longer applies).
  expect(isComponentTestFile('tests/build/test_a.py', scope, own)).toBe(true)
  expect(isComponentTestFile('tests/unit/test_a.py', scope, own)).toBe(true)
})
