/**
 * Tests that do not test, marked so in the test code: a focused `it.only` beside a failing test made real jest run
 * "1 skipped, 1 passed", and the gate said a clean "100% ≥ 100% (1 of 1 executed test)"; a change that puts `it.skip`
 * on its failing test, or `@pytest.mark.xfail`, the same. Real jest and real pytest in real git repositories with a
 * base commit and a change; every surface is drawn from the report's gate, whose warnings are checked here with the
 * console's ⚠ line.
 */
import { jest, afterAll, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commit, git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { componentTestFiles, coverageIgnoresIn, markersIn } from '../../src/engine/stages/test-markers.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const SPEC = '---\npaths: { source: src/calc, tests: test }\n---\n# Calc\n\n## Overview\n\nCalc.\n\n## Requirements\n\n- REQ-1: adds.\n'
const TESTS = "const { add, div } = require('../src/calc')\n\nit('adds', () => { expect(add(1, 2)).toBe(3) })\nit('divides', () => { expect(div(1, 0)).toBe(0) })\n"

/** A jest project whose test of div fails, committed on main; the change is made on the branch `change`. */
async function jestRepo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-markers-'))
  dirs.push(dir)
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeIn(dir, 'src/calc/index.js', 'function add(a, b) { return a + b }\nfunction div(a, b) { return a / b }\nmodule.exports = { add, div }\n')
  await writeIn(dir, 'test/calc.test.js', TESTS)
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

const ARGS = ['--spec', 'SPEC.md', '--component', 'calc', '--config', 'cfg.yml', '--output', 'r.json']

test('a focused it.only beside a failing test: the pass is ⚠, naming file and line, with or without a base', async () => {
  const dir = await jestRepo()
  await writeIn(dir, 'test/calc.test.js', TESTS.replace("it('adds'", "it.only('adds'"))
  commit(dir, 'focus')
  const run = await runCli(dir, ARGS)
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  // jest ran 1 test and skipped the failing one: the counts are jest's.
  expect(gate).toMatchObject({ passed: true, details: { total: 2, passed: 1, skipped: 1, focused_tests_count: 1, focused_tests: ["test/calc.test.js:3 it.only('adds', () => { expect(add(1, 2)).toBe(3) })"] } })
  expect(gate.warnings).toContainEqual(expect.stringMatching(/^1 focused test\(s\) \(\.only, fit, fdescribe\) in the component's test files: .* the other tests are not checked .*: test\/calc\.test\.js:3 it\.only\('adds'/))
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — 1 focused test\(s\)/)
  expect(run.code).toBe(0)
})

test("a change that skips its failing test: named with its line against the base; the base's own skips are not", async () => {
  const dir = await jestRepo()
  // On the base already: a skipped test a team keeps for a reason.
  git(dir, 'checkout', '-q', 'main')
  await writeIn(dir, 'test/calc.test.js', `${TESTS}it.skip('rounds', () => {})\n`)
  commit(dir, 'a skip of the base')
  git(dir, 'checkout', '-qB', 'change')
  await writeIn(dir, 'test/calc.test.js', `${TESTS.replace("it('divides'", "it.skip('divides'")}it.skip('rounds', () => {})\n`)
  commit(dir, 'skip the failure')

  const run = await runCli(dir, [...ARGS, '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { passed: 1, skipped: 2, skips_added_count: 1, skips_added: ["test/calc.test.js:4 it.skip('divides', () => { expect(div(1, 0)).toBe(0) })"] } })
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — this change marks 1 test\(s\) not to run or not to count \(against main\)/)
  expect(run.code).toBe(0)

  // Without a base, a skip is a team's own: nothing is said of it.
  await runCli(dir, ARGS)
  const plain = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(plain.details.skips_added_count).toBeUndefined()
  expect(plain.warnings).toEqual([])
})

const PYTEST = ['pytest', 'pytest_cov'].every((m) => existsSync(`/usr/lib/python3/dist-packages/${m}`))
if (!PYTEST) console.warn('SKIPPED the pytest run: apt-get install python3-pytest python3-pytest-cov')

/** The pytest configuration of the calc examples (tests/calc against src/calc, JUnit and Cobertura), committed as the base. */
async function commitPytestCalc(dir: string): Promise<void> {
  await writeIn(
    dir,
    'cfg.yml',
    'preset: none\nstages:\n  specification: { required_sections: [Overview] }\n  testing:\n' +
      '    command: /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/calc --rootdir=. --cov=src/calc --cov-report=xml:{reports}/coverage.xml --junitxml={reports}/junit.xml\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.xml" }\n  refactoring: { enabled: false }\nerror_recovery:\n  testing: { max_retries: 0 }\n'
  )
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n__pycache__\n.coverage\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  commit(dir, 'calc')
}

;(PYTEST ? test : test.skip)('a change that marks its failing pytest test xfail: named with its line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-markers-py-'))
  dirs.push(dir)
  await writeIn(dir, 'src/calc/__init__.py', 'def div(a, b):\n    return a / b\n')
  const tests = 'import pytest\nfrom calc import div\n\n\ndef test_div():\n    assert div(1, 0) == 0\n'
  await writeIn(dir, 'tests/calc/test_calc.py', tests)
  await writeIn(dir, 'SPEC.md', SPEC.replace('tests: test', 'tests: tests/calc'))
  await writeIn(dir, 'pytest.ini', '[pytest]\npythonpath = src\n')
  await commitPytestCalc(dir)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'tests/calc/test_calc.py', tests.replace('def test_div', '@pytest.mark.xfail(reason="later")\ndef test_div'))
  // One test of its own that passes, so that something ran.
  await writeIn(dir, 'tests/calc/test_more.py', 'from calc import div\n\n\ndef test_half():\n    assert div(1, 2) == 0.5\n')
  commit(dir, 'xfail')
  const run = await runCli(dir, [...ARGS, '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { passed: 1, skipped: 1, skips_added: ['tests/calc/test_calc.py:5 @pytest.mark.xfail(reason="later")'] } })
  expect(run.code).toBe(0)
})

test('coverage ignore comments: one to the end of a file always, the others when the change adds them', async () => {
  const dir = await jestRepo()
  // jest's v8 provider: every line after a c8 ignore start with no stop is reported as hit, and div is never called.
  await writeIn(dir, 'cfg.yml', (await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'cfg.yml'), 'utf8'))).replace('npx jest --ci', 'npx jest --ci --coverageProvider=v8'))
  commit(dir, 'v8 coverage')
  git(dir, 'branch', '-f', 'main')
  await writeIn(dir, 'src/calc/index.js', "function add(a, b) { return a + b }\n/* c8 ignore start */\nfunction div(a, b) {\n  if (b === 0) throw new Error('zero')\n  return a / b\n}\nmodule.exports = { add, div }\n")
  await writeIn(dir, 'test/calc.test.js', "const { add } = require('../src/calc')\n\nit('adds', () => { expect(add(1, 2)).toBe(3) })\n")
  commit(dir, 'ignore div')
  const run = await runCli(dir, ARGS)
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate).toMatchObject({
    passed: true,
    details: { coverage: 100, coverage_ignored_count: 1, coverage_ignored: ['src/calc/index.js:2 /* c8 ignore start */ (to the end of the file: no stop after it)'] }
  })
  expect(run.stdout).toMatch(/⚠ gate test_coverage \(\d+ ms\): 100% ≥ 50% — 1 coverage ignore comment\(s\) in the component's sources, reaching the end of their file: .* not measured: src\/calc\/index\.js:2/)

  // Closed, it is a region a team may have its reason for: named only as this change's, against a base.
  await writeIn(dir, 'src/calc/index.js', "function add(a, b) { return a + b }\n/* c8 ignore start */\nfunction div(a, b) {\n  return a / b\n}\n/* c8 ignore stop */\nmodule.exports = { add, div }\n")
  commit(dir, 'closed')
  await runCli(dir, ARGS)
  expect((await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage.warnings).toEqual([])
  await runCli(dir, [...ARGS, '--base', 'main'])
  expect((await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage.details.coverage_ignored).toEqual([
    'src/calc/index.js:2 /* c8 ignore start */'
  ])
})

// A plugin module the base's conftest.py loads (pytest_plugins), not a configuration file by name: the change makes its
// hook rewrite every failed report as passed, pytest exits 0 with 2 passes, and the gate said a clean 100%.
;(PYTEST ? test : test.skip)('a change to a plugin module whose pytest hook rewrites failures as passes: named with the hook', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-markers-hook-'))
  dirs.push(dir)
  await writeIn(dir, 'src/calc/__init__.py', 'def div(a, b):\n    return a / b\n')
  await writeIn(dir, 'tests/calc/test_calc.py', 'from calc import div\n\n\ndef test_half():\n    assert div(1, 2) == 0.5\n\n\ndef test_div():\n    assert div(1, 0) == 0\n')
  await writeIn(dir, 'tests/calc/conftest.py', 'pytest_plugins = ["report_extras"]\n')
  const plugin = 'import pytest\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_makereport(item, call):\n    outcome = yield\n    report = outcome.get_result()\n'
  await writeIn(dir, 'tests/calc/report_extras.py', plugin)
  await writeIn(dir, 'SPEC.md', SPEC.replace('tests: test', 'tests: tests/calc'))
  await writeIn(dir, 'pytest.ini', '[pytest]\npythonpath = src tests/calc\n')
  await commitPytestCalc(dir)
  expect((await runCli(dir, [...ARGS, '--base', 'main'])).code).toBe(1)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'tests/calc/report_extras.py', `${plugin}    if report.failed:\n        report.outcome = "passed"\n`)
  commit(dir, 'rewrite')
  const run = await runCli(dir, [...ARGS, '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { passed: 2, failed: 0, pytest_hooks_changed: ['tests/calc/report_extras.py:5 def pytest_runtest_makereport(item, call):'] } })
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(2 of 2 executed tests\) — this change modifies Python files that implement pytest hooks \(against main\)/)
  expect(run.code).toBe(0)
})

test('a change that disables its failing JUnit 5 test (@Disabled): named with its line against the base', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-markers-java-'))
  dirs.push(dir)
  await writeIn(dir, 'src/main/java/com/acme/Calc.java', 'package com.acme;\n\npublic class Calc {\n  public static int div(int a, int b) { return a / b; }\n}\n')
  const tests =
    'package com.acme;\n\nimport org.junit.jupiter.api.Test;\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nclass CalcTest {\n' +
    '  @Test\n  void halves() { assertEquals(2, Calc.div(4, 2)); }\n\n  @Test\n  void divides() { assertEquals(0, Calc.div(1, 0)); }\n}\n'
  await writeIn(dir, 'src/test/java/com/acme/CalcTest.java', tests)
  await writeIn(dir, 'SPEC.md', SPEC.replace('source: src/calc, tests: test', 'source: src/main/java, tests: src/test/java'))
  // What Surefire writes for the class once `divides` is disabled: it is skipped, and the other test passes.
  await writeIn(
    dir,
    'surefire.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="com.acme.CalcTest" tests="2" errors="0" skipped="1" failures="0" time="0.02">\n' +
      '  <testcase name="halves" classname="com.acme.CalcTest" time="0.01"/>\n  <testcase name="divides" classname="com.acme.CalcTest" time="0">\n    <skipped message="flaky on CI"/>\n  </testcase>\n</testsuite>\n'
  )
  await writeIn(
    dir,
    'cfg.yml',
    'preset: none\nstages:\n  specification: { required_sections: [Overview] }\n  testing:\n' +
      '    command: "cp surefire.xml {reports}/junit.xml && cp lcov.info {reports}/lcov.info"\n    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }\n  refactoring: { enabled: false }\n' +
      'error_recovery:\n  testing: { max_retries: 0 }\n'
  )
  await writeIn(dir, 'lcov.info', 'SF:src/main/java/com/acme/Calc.java\nDA:4,1\nLF:1\nLH:1\nend_of_record\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  commit(dir, 'calc')
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'src/test/java/com/acme/CalcTest.java', tests.replace('  @Test\n  void divides', '  @Test\n  @Disabled("flaky on CI")\n  void divides'))
  commit(dir, 'disable the failure')
  const run = await runCli(dir, [...ARGS, '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { passed: 1, skipped: 1, skips_added_count: 1, skips_added: ['src/test/java/com/acme/CalcTest.java:11 @Disabled("flaky on CI")'] } })
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — this change marks 1 test\(s\) not to run or not to count \(against main\)/)
  expect(run.code).toBe(0)
})

describe('markers in a test file', () => {
  test('coverage ignore hints', () => {
    const js = ['/* istanbul ignore next */', 'f()', '// c8 ignore next 3', '/* v8 ignore start */', 'g()', '/* v8 ignore stop */', '/* node:coverage disable */', 'h()'].join('\n')
    expect(coverageIgnoresIn('src/a.ts', js).map((m) => m.text)).toEqual(['/* node:coverage disable */ (to the end of the file: no stop after it)'])
    expect(coverageIgnoresIn('src/a.ts', js, new Set([1, 3, 6])).map((m) => m.line)).toEqual([1, 3, 7])
    expect(coverageIgnoresIn('src/a.js', '/* istanbul ignore file */\nf()\n').map((m) => m.text)).toEqual(['/* istanbul ignore file */ (the whole file)'])
    expect(coverageIgnoresIn('src/a.py', 'def f():  # pragma: no cover\n    pass\n# pragma: no branch\n', new Set([1, 3])).map((m) => m.line)).toEqual([1])
    expect(coverageIgnoresIn('src/a.js', "const s = 'c8 ignore start'\n")).toEqual([])
  })

  test('focus: calls, not words, nor comments; python has none', () => {
    const text = [
      "it.only('a', () => {})",
      "describe.only.each([1])('b', () => {})",
      "test.describe.only('c', () => {})",
      "fit('d', () => {})",
      "// it.only('commented', () => {})",
      "const s = 'use it.only to focus'",
      "profit('e')",
      'it.onlyIf()',
      'const fixed = await fit({ test: "jest" })'
    ].join('\n')
    expect(markersIn('a.test.ts', text, 'focus').map((m) => m.line)).toEqual([1, 2, 3, 4])
    expect(markersIn('test_a.py', 'it.only(', 'focus')).toEqual([])
  })
  test('skips: jest, vitest, mocha, jasmine, pytest and unittest, on the given lines only', () => {
    const js = ["it.skip('a')", "xit('b')", "test.todo('c')", "test.failing('d')", "it.skipIf(true)('e')", "xdescribe('f')", "test.concurrent.skip('g')", "it('h')", 'skipped()'].join('\n')
    expect(markersIn('a.spec.js', js, 'skip').map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(markersIn('a.spec.js', js, 'skip', new Set([2, 8])).map((m) => m.line)).toEqual([2])
    const py = [
      '@pytest.mark.skip',
      '@pytest.mark.skipif(True, reason="x")',
      'pytestmark = pytest.mark.xfail',
      '    pytest.skip("later")',
      '@unittest.skip("x")',
      '@expectedFailure',
      '        self.skipTest("x")',
      '    raise unittest.SkipTest("x")',
      '# @pytest.mark.skip',
      'def test_skip_this_name(): pass'
    ].join('\n')
    expect(markersIn('tests/test_a.py', py, 'skip').map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })
  test('skips in JVM, Go, Rust and .NET test code; conditional disables and look-alikes are not', () => {
    const java = [
      '    @Disabled("flaky on CI")',
      '    @Ignore',
      '    @org.junit.jupiter.api.Disabled',
      '    @Test(enabled = false)',
      '        assumeTrue(false);',
      '        Assumptions.abort("later");',
      '    @DisabledOnOs(OS.WINDOWS)',
      '    @IgnoreForBinding',
      '    // @Disabled',
      '    @Test',
      '        assumeTrue(isLinux());'
    ].join('\n')
    expect(markersIn('src/test/java/com/acme/CalcTest.java', java, 'skip').map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6])
    expect(markersIn('src/test/kotlin/CalcTest.kt', 'xtest("divides") {\n    test("adds") {', 'skip').map((m) => m.line)).toEqual([1])
    expect(markersIn('src/test/java/CalcTest.java', '@Disabled', 'focus')).toEqual([])
    const go = ['\tt.Skip("later")', '\tt.Skipf("not on %s", os)', '\tb.SkipNow()', '\ts.T().Skip("x")', '\treader.Skip(4)', '\t// t.Skip()'].join('\n')
    expect(markersIn('calc/calc_test.go', go, 'skip').map((m) => m.line)).toEqual([1, 2, 3, 4])
    expect(markersIn('calc/calc.go', go, 'skip')).toEqual([])
    expect(markersIn('src/lib.rs', '    #[test]\n    #[ignore]\n    #[ignore = "slow"]\n    #[should_panic]', 'skip').map((m) => m.line)).toEqual([2, 3])
    const cs = ['    [Fact(Skip = "later")]', '    [Theory(DisplayName = "x", Skip = "y")]', '    [Ignore("flaky")]', '        Assert.Inconclusive("x");', '    [JsonIgnore]', '    [Fact]'].join('\n')
    expect(markersIn('tests/CalcTests.cs', cs, 'skip').map((m) => m.line)).toEqual([1, 2, 3, 4])
  })
  test("the component's test files: under its test paths, and named as tests under its sources", () => {
    const tracked = ['test/a.test.js', 'test/helpers.js', 'src/calc/b.spec.ts', 'src/calc/b.ts', 'src/other/c.test.ts', 'tests/test_x.py', 'README.md']
    expect(componentTestFiles(tracked, { sources: ['src/calc'], tests: ['test'] })).toEqual(['test/a.test.js', 'test/helpers.js', 'src/calc/b.spec.ts'])
    expect(componentTestFiles(tracked, { sources: ['.'] })).toEqual(['test/a.test.js', 'src/calc/b.spec.ts', 'src/other/c.test.ts', 'tests/test_x.py'])
  })
})

// `pytest.importorskip("no_such_module")` at the top of the failing test's module has pytest skip the whole module:
// real pytest 7.2 reported "1 skipped", and the gate said a clean pass.
;(PYTEST ? test : test.skip)('a change that adds pytest.importorskip to the failing test module: named with its line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-markers-importorskip-'))
  dirs.push(dir)
  await writeIn(dir, 'src/calc/__init__.py', 'def div(a, b):\n    return a / b\n')
  const tests = 'import pytest\nfrom calc import div\n\n\ndef test_div():\n    assert div(1, 0) == 0\n'
  await writeIn(dir, 'tests/calc/test_calc.py', tests)
  await writeIn(dir, 'tests/calc/test_more.py', 'from calc import div\n\n\ndef test_half():\n    assert div(1, 2) == 0.5\n')
  await writeIn(dir, 'SPEC.md', SPEC.replace('tests: test', 'tests: tests/calc'))
  await writeIn(dir, 'pytest.ini', '[pytest]\npythonpath = src\n')
  await commitPytestCalc(dir)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'tests/calc/test_calc.py', tests.replace('from calc import div\n', 'from calc import div\n\npytest.importorskip("no_such_module_of_calc")\n'))
  commit(dir, 'importorskip')
  const run = await runCli(dir, [...ARGS, '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { passed: 1, skipped: 1, skips_added: ['tests/calc/test_calc.py:4 pytest.importorskip("no_such_module_of_calc")'] } })
  expect(run.code).toBe(0)
})

// node --test (and vitest) take a test's options object: `test('divides', { skip: true }, …)` — real node 20 wrote the
// failing test as `<skipped>`, and the gate said a clean pass; so do `{ todo: … }`, vitest's `test.fails(` (a pass
// when its test fails) and `{ fails: true }`, and a skip called inside the test (`t.skip()`, mocha's `this.skip()`).
test("a change that skips its failing node --test test through the test's options: named with its line", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-markers-node-'))
  dirs.push(dir)
  await writeIn(dir, 'src/calc/index.js', 'function add(a, b) { return a + b }\nfunction div(a, b) { return a / b }\nmodule.exports = { add, div }\n')
  const tests = "const { test } = require('node:test')\nconst assert = require('node:assert')\nconst { add, div } = require('../src/calc')\n\ntest('adds', () => assert.equal(add(1, 2), 3))\ntest('divides', () => assert.equal(div(1, 0), 0))\n"
  await writeIn(dir, 'test/calc.test.js', tests)
  await writeIn(dir, 'SPEC.md', SPEC)
  await writeIn(
    dir,
    'cfg.yml',
    'preset: none\nstages:\n  specification: { required_sections: [Overview] }\n  testing:\n' +
      '    command: "node --test --experimental-test-coverage --test-reporter=junit --test-reporter-destination={reports}/junit.xml --test-reporter=lcov --test-reporter-destination={reports}/lcov.info test/"\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }\n  refactoring: { enabled: false }\nerror_recovery:\n  testing: { max_retries: 0 }\n'
  )
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  commit(dir, 'calc')
  expect((await runCli(dir, [...ARGS, '--base', 'main'])).code).toBe(1)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'test/calc.test.js', tests.replace("test('divides', () =>", "test('divides', { skip: 'later' }, () =>"))
  commit(dir, 'skip')
  const run = await runCli(dir, [...ARGS, '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate).toMatchObject({ passed: true, details: { passed: 1, skipped: 1, skips_added: ["test/calc.test.js:6 test('divides', { skip: 'later' }, () => assert.equal(div(1, 0), 0))"] } })
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — this change marks 1 test\(s\) not to run or not to count/)
  expect(run.code).toBe(0)
})

test('skips through options and inside the test, vitest\'s fails, pytest.importorskip', () => {
  const skip = (line: string, file = 'a.test.js') => markersIn(file, line, 'skip').length
  expect(skip("test('x', { skip: true }, () => {})")).toBe(1)
  expect(skip("it('x', { todo: 'later' }, async () => {})")).toBe(1)
  expect(skip("test('x', { timeout: 10, fails: true }, () => {})")).toBe(1)
  expect(skip("test.fails('x', () => {})")).toBe(1)
  expect(skip("test('x', async (t) => { t.skip('later') })")).toBe(1)
  expect(skip('  this.skip()')).toBe(1)
  expect(skip('  ctx.skip()')).toBe(1)
  expect(skip("test('x', { skip: false }, () => {})")).toBe(0)
  expect(skip("test('x', { timeout: 10 }, () => {})")).toBe(0)
  expect(skip('pytest.importorskip("numpy")', 'tests/test_a.py')).toBe(1)
  expect(skip('np = pytest.importorskip("numpy", minversion="1.20")', 'tests/test_a.py')).toBe(1)
  expect(markersIn('a.test.js', "test('x', { only: true }, () => {})", 'focus')).toHaveLength(1)
  expect(markersIn('a.test.js', "test('x', { only: false }, () => {})", 'focus')).toHaveLength(0)
})
