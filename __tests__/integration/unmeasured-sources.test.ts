/**
 * A coverage tool measures only the files the tests loaded unless told otherwise (jest without collectCoverageFrom):
 * a source file no test imported is absent from the report, not at 0%, and the component's figure leaves it out.
 * The component here has two files; the report measures one at 100%. The gate said "100% ≥ 50%" and nothing else.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test('source files of the component in no coverage report are a caveat naming them, on the console and in the report', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'src/tiny/b.js', 'export const b = 2\n')
  // Neither test code, a declaration, an empty file, nor a file of a language the report does not measure is missed.
  await writeIn(dir, 'src/tiny/b.test.js', 'test("b", () => {})\n')
  await writeIn(dir, 'src/tiny/types.d.ts', 'export type T = 1\n')
  await writeIn(dir, 'src/tiny/empty.js', '')
  await writeIn(dir, 'src/tiny/tool.py', 'x = 1\n')
  // Nor a tool's configuration, which no test loads (sigil-security: packages/core/tsup.config.ts, vitest.config.ts).
  await writeIn(dir, 'src/tiny/vitest.config.js', 'export default { test: {} }\n')
  await writeIn(dir, 'src/tiny/build.config.js', 'export default { entries: ["index"] }\n')
  await writeIn(dir, 'src/tiny/.eslintrc.js', 'module.exports = {}\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'b')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({ coverage: 100, unmeasured_files: 1 })
  expect(gate.warnings).toContain(
    '1 source file(s) of the component not measured (src/tiny/b.js): they are in no coverage report — no test loaded them — so the figure counts none of their lines. ' +
      'Have the tool measure every source (jest collectCoverageFrom, vitest coverage.include, c8 --all, coverage.py source)'
  )
  // Not a clean pass: the console marks the gate as one that did not measure everything.
  expect(run.stdout).toMatch(/⚠ gate test_coverage \(\d+ ms\): 100% ≥ 50% — 1 source file\(s\) of the component not measured \(src\/tiny\/b\.js\)/)
})

test('a report that measures every source file of the component has no such caveat', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(0)
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details.unmeasured_files).toBeUndefined()
  expect(gate.warnings).toEqual([])
})

// frostming/marko omits marko/cli.py and marko/__main__.py in setup.cfg's [coverage:run]: the caveat named them as
// files no test loaded, and told the user to have coverage.py measure every source.
;(existsSync('/usr/lib/python3/dist-packages/pytest_cov') ? test : test.skip)(
  "files coverage.py's configuration omits are not named as unmeasured (real pytest-cov)",
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-omit-'))
    dirs.push(dir)
    await writeIn(dir, 'setup.cfg', '[metadata]\nname = calc\n\n[coverage:run]\nbranch = True\nomit =\n    calc/cli.py\n    */__main__.py\n')
    await writeIn(dir, 'calc/__init__.py', 'def add(a, b):\n    return a + b\n')
    await writeIn(dir, 'calc/cli.py', 'import sys\nprint(sys.argv)\n')
    await writeIn(dir, 'calc/__main__.py', 'from calc.cli import *\n')
    await writeIn(dir, 'calc/extra.py', 'def unused():\n    return 1\n')
    await writeIn(dir, 'tests/test_calc.py', 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n')
    await writeIn(dir, 'specs/calc.md', '---\ncomponent: calc\n---\n# calc\n\n## Requirements\n\n- adds\n\n## Acceptance Criteria\n\n- 1 + 2 is 3\n')
    await writeIn(
      dir,
      '.github/spec-to-production.yml',
      'preset: python\nquality_gates:\n  security: { secrets: false, vulnerabilities: false }\nstages:\n  refactoring:\n    linting: { enabled: false }\n    type_checking: { enabled: false }\n'
    )
    await writeIn(dir, '.gitignore', '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n__pycache__/\n')
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')
    await runCli(dir, ['--spec', 'specs/calc.md', '--component', 'calc', '--output', 'r.json'], { env: { PATH: `/usr/bin:/bin:${dirname(process.execPath)}` } })
    const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
    // --cov=calc measures every file under calc that is not omitted: extra.py, which no test loaded, at 0%.
    expect(gate.details).toMatchObject({ files: 2, lines_covered: 2, lines_total: 4 })
    expect(gate.details.unmeasured_files).toBeUndefined()
    expect(gate.warnings.join('\n')).not.toMatch(/not measured/)
  }
)

// A Vite app (the whole repository is the component): vitest 4 dropped coverage.all, and its report held src/App.tsx
// alone, 100%, with three sources of src/ that no test loaded; nothing was said, as the whole repository was not looked in.
test('a whole-repository component: the top-level directories the report measured are looked in, and the root only when it measured a file there', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  // The component is the whole repository; the report measures src/tiny/a.js (so src/ is looked in, scripts/ is not).
  await writeIn(dir, 'cfg.yml', (await import('node:fs')).readFileSync(join(dir, 'cfg.yml'), 'utf8').replace('paths: { source: src/tiny, tests: src/tiny }', 'paths: { source: ., tests: . }'))
  await writeIn(dir, 'src/other/b.js', 'export const b = 2\n')
  await writeIn(dir, 'src/other/b.test.js', 'test("b", () => {})\n')
  await writeIn(dir, 'scripts/release.js', 'console.log("release")\n')
  await writeIn(dir, 'tailwind.config.js', 'module.exports = {}\n')
  await writeIn(dir, 'index.js', 'export * from "./src/tiny/a.js"\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'whole')
  await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({ coverage: 100, unmeasured_files: 1 })
  expect(gate.warnings.join('\n')).toContain('1 source file(s) of the component not measured (src/other/b.js)')
})

// google/uuid with gotestsum and gocover-cobertura, as init's advice for a Go module has it: the gate named nine
// "source file(s) of the component not measured" — its seven *_test.go files, doc.go (a package comment) and
// node_js.go (built only for GOOS=js) — none of which go's cover profile can ever hold, and told a Go user to set
// jest's collectCoverageFrom. The reports are those gotestsum and gocover-cobertura wrote for this very module
// (__tests__/fixtures/gocover/README.md); the command puts them where the configuration names them.
test("a Go module: test files, files without a function and build-constrained files are not named as unmeasured", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-go-'))
  dirs.push(dir)
  const fixtures = fileURLToPath(new URL('../fixtures/gocover/', import.meta.url))
  const go: Record<string, string> = {
    'go.mod': 'module example.com/calc\n\ngo 1.19\n',
    'calc.go': 'package calc\n\n// Add adds.\nfunc Add(a, b int) int {\n\treturn a + b\n}\n\n// Div divides.\nfunc Div(a, b int) int {\n\tif b == 0 {\n\t\treturn 0\n\t}\n\treturn a / b\n}\n',
    'calc_test.go': 'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("1 + 2 is not 3")\n\t}\n}\n',
    'doc.go': '// Package calc adds and divides.\npackage calc\n',
    'types.go': 'package calc\n\n// Pair is two numbers.\ntype Pair struct{ A, B int }\n\n// Zero is nothing.\nconst Zero = 0\n',
    'platform_js.go': 'package calc\n\n// Platform names the platform.\nfunc Platform() string {\n\treturn "js"\n}\n',
    'platform_other.go': '//go:build !js\n\npackage calc\n\n// Platform names the platform.\nfunc Platform() string {\n\treturn "native"\n}\n',
    'platform_wasm.go': '//go:build wasm\n\npackage calc\n\n// Wasm says so.\nfunc Wasm() bool {\n\treturn true\n}\n',
    'internal/extra/extra.go': '// Package extra is tested by nothing.\npackage extra\n\n// Twice doubles.\nfunc Twice(a int) int {\n\treturn 2 * a\n}\n',
    'testdata/gen.go': 'package main\n\nfunc main() {}\n'
  }
  for (const [path, text] of Object.entries(go)) await writeIn(dir, path, text)
  await writeIn(dir, 'specs/calc.md', '---\ncomponent: calc\npaths: { source: ".", tests: "." }\n---\n# calc\n\n## Requirements\n\n- adds\n\n## Acceptance Criteria\n\n- 1 + 2 is 3\n')
  const command = `mkdir -p {reports} && sed "s#@WORKSPACE@#$PWD#" ${join(fixtures, 'calc-coverage.xml')} > {reports}/coverage.xml && cp ${join(fixtures, 'calc-junit.xml')} {reports}/junit.xml`
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    `preset: none\nstages:\n  testing:\n    command: ${JSON.stringify(command)}\n    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.xml" }\n  refactoring: { enabled: false }\nerror_recovery:\n  testing: { max_retries: 0 }\n`
  )
  await writeIn(dir, '.gitignore', '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')
  const run = await runCli(dir, ['--spec', 'specs/calc.md', '--component', 'calc', '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  // gocover-cobertura's own figure: 3 of 11 lines, calc.go and platform_other.go.
  expect(gate.details).toMatchObject({ format: 'cobertura', lines_covered: 3, lines_total: 11 })
  expect(gate.details.unmeasured_files).toBeUndefined()
  expect(gate.warnings.join('\n')).not.toMatch(/not measured/)
  // The figure's only word is the threshold: no caveat beside it.
  expect(run.stdout).toMatch(/✗ gate test_coverage \(\d+ ms\): 27\.27% < 50% — line coverage 27\.27% is below the threshold 50% \(3 of 11 lines\)\n/)
})

const PHPUNIT_WITH_COVERAGE =
  spawnSync('phpunit', ['--version'], { encoding: 'utf8' }).status === 0 && /^(?:pcov|xdebug)$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout ?? '')

// doctrine/inflector under PHPUnit 9.6 with pcov (--coverage-cobertura): its interfaces LanguageInflectorFactory.php
// and WordInflector.php were named as "source file(s) of the component not measured … no test loaded them", with
// advice for jest and coverage.py — an interface has no executable line, and php-code-coverage never lists it. Real
// phpunit and pcov, on a library shaped like it: lib/ with an interface, the class a test loads, and a class the
// coverage configuration leaves out (as a file no test loaded is left out without processUncoveredFiles).
;(PHPUNIT_WITH_COVERAGE ? test : test.skip)('a PHP library: an interface is not named as unmeasured, a class no test loaded still is (real phpunit)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-php-'))
  dirs.push(dir)
  const php: Record<string, string> = {
    'composer.json': '{ "name": "ex/inflector", "autoload": { "psr-4": { "Ex\\\\Inflector\\\\": "lib/Ex/Inflector" } } }\n',
    'lib/Ex/Inflector/WordInflector.php':
      '<?php\n\ndeclare(strict_types=1);\n\nnamespace Ex\\Inflector;\n\n/** Inflects one word. */\ninterface WordInflector\n{\n    public function inflect(string $word): string; // one word\n}\n',
    'lib/Ex/Inflector/Upper.php':
      '<?php\n\ndeclare(strict_types=1);\n\nnamespace Ex\\Inflector;\n\nfinal class Upper implements WordInflector\n{\n    public function inflect(string $word): string\n    {\n        return strtoupper($word);\n    }\n}\n',
    'lib/Ex/Inflector/Lower.php':
      '<?php\n\ndeclare(strict_types=1);\n\nnamespace Ex\\Inflector;\n\nfinal class Lower implements WordInflector\n{\n    public function inflect(string $word): string\n    {\n        return strtolower($word);\n    }\n}\n',
    'tests/UpperTest.php':
      '<?php\n\nuse Ex\\Inflector\\Upper;\nuse PHPUnit\\Framework\\TestCase;\n\nfinal class UpperTest extends TestCase\n{\n    public function testInflect(): void\n    {\n        $this->assertSame("AB", (new Upper())->inflect("ab"));\n    }\n}\n',
    'tests/bootstrap.php': '<?php\n\nrequire __DIR__ . "/../lib/Ex/Inflector/WordInflector.php";\nrequire __DIR__ . "/../lib/Ex/Inflector/Upper.php";\n',
    'phpunit.xml.dist': '<?xml version="1.0"?>\n<phpunit bootstrap="tests/bootstrap.php">\n  <testsuites><testsuite name="unit"><directory>tests</directory></testsuite></testsuites>\n' +
      '  <coverage><include><file>lib/Ex/Inflector/WordInflector.php</file><file>lib/Ex/Inflector/Upper.php</file></include></coverage>\n</phpunit>\n',
    'specs/inflector.md': '---\ncomponent: inflector\npaths: { source: "lib", tests: "tests" }\n---\n# inflector\n\n## Requirements\n\n- inflects\n\n## Acceptance Criteria\n\n- ab is AB\n',
    '.gitignore': '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n',
    '.github/spec-to-production.yml':
      'preset: none\nstages:\n  testing:\n    command: "phpunit --log-junit {reports}/junit.xml --coverage-cobertura {reports}/coverage.xml"\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.xml" }\n  refactoring: { enabled: false }\nerror_recovery:\n  testing: { max_retries: 0 }\n'
  }
  for (const [path, text] of Object.entries(php)) await writeIn(dir, path, text)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'inflector')
  const run = await runCli(dir, ['--spec', 'specs/inflector.md', '--component', 'inflector', '--output', 'r.json'])
  expect(run.code).toBe(0)
  const report = await readReport(dir, 'r.json')
  expect(report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 1, passed: 1 })
  const gate = report.stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({ format: 'cobertura', lines_covered: 1, lines_total: 1, unmeasured_files: 1 })
  expect(gate.warnings.join('\n')).toContain(
    '1 source file(s) of the component not measured (lib/Ex/Inflector/Lower.php): they are in no coverage report — no test loaded them — so the figure counts none of their lines. ' +
      'Have PHPUnit measure every source (processUncoveredFiles="true" on <coverage> in phpunit.xml, PHPUnit 9; <source><include> from PHPUnit 10)'
  )
})

// A Maven project's package-info.java (its package's javadoc) and module-info.java hold no class with code: JaCoCo's
// XML never lists them, and they were named as sources no test loaded. The report is the one JaCoCo 0.8.6 (Debian's
// jacoco agent and ant task) wrote for these very sources, run by Main: Shape (an interface) and Marker (an annotation
// type) are listed with no line, Named (a default method) with one, package-info.java not at all.
test('a Maven project: package-info.java and module-info.java are not named as unmeasured; a class in no report still is', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-jacoco-'))
  dirs.push(dir)
  const sourcefile = (name: string, lines: string, missed: number, covered: number) =>
    `<sourcefile name="${name}">${lines}${missed + covered > 0 ? `<counter type="LINE" missed="${missed}" covered="${covered}"/>` : ''}</sourcefile>`
  const jacoco =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="ex">' +
    '<sessioninfo id="s" start="1" dump="2"/><package name="ex">' +
    sourcefile('Main.java', '<line nr="2" mi="3" ci="0" mb="0" cb="0"/><line nr="4" mi="0" ci="7" mb="0" cb="0"/><line nr="5" mi="0" ci="1" mb="0" cb="0"/>', 1, 2) +
    sourcefile('Shape.java', '', 0, 0) +
    sourcefile('Named.java', '<line nr="7" mi="4" ci="0" mb="0" cb="0"/>', 1, 0) +
    sourcefile('Square.java', '<line nr="6" mi="0" ci="2" mb="0" cb="0"/><line nr="7" mi="0" ci="3" mb="0" cb="0"/><line nr="8" mi="0" ci="1" mb="0" cb="0"/><line nr="12" mi="0" ci="5" mb="0" cb="0"/>', 0, 4) +
    sourcefile('Marker.java', '', 0, 0) +
    '<counter type="LINE" missed="2" covered="6"/></package><counter type="LINE" missed="2" covered="6"/></report>\n'
  const java: Record<string, string> = {
    'pom.xml': '<project><modelVersion>4.0.0</modelVersion><groupId>ex</groupId><artifactId>ex</artifactId><version>1</version></project>\n',
    'src/main/java/ex/Main.java': 'package ex;\npublic class Main {\n  public static void main(String[] a) {\n    System.out.println(new Square(2).area());\n  }\n}\n',
    'src/main/java/ex/Shape.java': 'package ex;\n\n/** A shape. */\npublic interface Shape {\n  double area();\n}\n',
    'src/main/java/ex/Named.java': 'package ex;\n\npublic interface Named {\n  String name();\n\n  default String greeting() {\n    return "hello " + name();\n  }\n}\n',
    'src/main/java/ex/Square.java':
      'package ex;\n\npublic final class Square implements Shape {\n  private final double side;\n\n  public Square(double side) {\n    this.side = side;\n  }\n\n  @Override\n  public double area() {\n    return side * side;\n  }\n}\n',
    'src/main/java/ex/Marker.java': 'package ex;\n\npublic @interface Marker {}\n',
    'src/main/java/ex/package-info.java': '/** Shapes. */\npackage ex;\n',
    'src/main/java/module-info.java': 'module ex {\n  exports ex;\n}\n',
    'src/main/java/ex/Circle.java': 'package ex;\n\npublic final class Circle {\n  public double r() {\n    return 1;\n  }\n}\n',
    'report/jacoco.xml': jacoco,
    'report/junit.xml': '<testsuite name="ex.SquareTest" tests="1"><testcase classname="ex.SquareTest" name="area"/></testsuite>\n',
    'specs/ex.md': '---\ncomponent: ex\npaths: { source: "src/main/java", tests: "src/test/java" }\n---\n# ex\n\n## Requirements\n\n- areas\n\n## Acceptance Criteria\n\n- a square of 2 has area 4\n',
    '.gitignore': '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n',
    '.github/spec-to-production.yml':
      'preset: none\nstages:\n  testing:\n    command: "cp report/jacoco.xml report/junit.xml {reports}/"\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/jacoco.xml", format: jacoco } }\n  refactoring: { enabled: false }\n'
  }
  for (const [path, text] of Object.entries(java)) await writeIn(dir, path, text)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'ex')
  await runCli(dir, ['--spec', 'specs/ex.md', '--component', 'ex', '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({ format: 'jacoco', lines_covered: 6, lines_total: 8, unmeasured_files: 1 })
  expect(gate.warnings.join('\n')).toContain('1 source file(s) of the component not measured (src/main/java/ex/Circle.java)')
})

// pacocoursey/next-themes under vitest 1.6.1's v8 coverage: src/types.ts — interfaces and type aliases, which the
// compiler erases — is in no report, and was named as a source no test loaded. The summary is shaped as vitest wrote it
// for next-themes (index.tsx and script.ts by absolute path); a TypeScript file with a const in it is still named.
test('a TypeScript file of types only is not named as unmeasured; one with runtime code still is', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-types-'))
  dirs.push(dir)
  const figures = (total: number, covered: number) => {
    const f = { total, covered, skipped: 0, pct: Math.round((covered / total) * 10000) / 100 }
    return { lines: f, functions: f, statements: f, branches: f }
  }
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'next-themes', scripts: { test: 'vitest run __tests__' } }),
    'src/index.tsx': "import * as React from 'react'\nexport const ThemeProvider = (p: { children?: React.ReactNode }) => p.children\n",
    'src/script.ts': 'export const script = () => {\n  document.documentElement.dataset.theme = "dark"\n}\n',
    'src/types.ts': [
      "import * as React from 'react'",
      '',
      'interface ValueObject {',
      '  [themeName: string]: string',
      '}',
      '',
      'type DataAttribute = `data-${string}`',
      '',
      'interface ScriptProps',
      '  extends React.DetailedHTMLProps<',
      '    React.ScriptHTMLAttributes<HTMLScriptElement>,',
      '    HTMLScriptElement',
      '  > {',
      '  [dataAttribute: DataAttribute]: any',
      '}',
      '',
      '/** A theme name, or one of the attribute names. */',
      'export type Attribute = DataAttribute | \'class\'',
      '',
      'export type Themes =',
      "  | 'light'",
      "  | 'dark'",
      '',
      'export interface ThemeProviderProps extends React.PropsWithChildren<unknown> {',
      '  /** List of all available theme names */',
      '  themes?: string[] | undefined',
      '  value?: ValueObject | undefined',
      '  nonce?: string',
      '  scriptProps?: ScriptProps',
      '}',
      ''
    ].join('\n'),
    'src/constants.ts': "export type Mode = 'light' | 'dark'\n\nexport const MEDIA = '(prefers-color-scheme: dark)'\n",
    'report/junit.xml': '<testsuite name="__tests__/index.test.tsx" tests="1"><testcase classname="__tests__/index.test.tsx" name="renders"/></testsuite>\n',
    'specs/next-themes.md': '---\ncomponent: next-themes\npaths: { source: "src", tests: "__tests__" }\n---\n# next-themes\n\n## Requirements\n\n- themes\n\n## Acceptance Criteria\n\n- dark is dark\n',
    '.gitignore': '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n',
    '.github/spec-to-production.yml':
      'preset: none\nstages:\n  testing:\n    command: "cp report/junit.xml {reports}/ && sed \\"s#@WORKSPACE@#$PWD#g\\" report/summary.json > {reports}/coverage-summary.json"\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage-summary.json", format: istanbul-summary } }\n  refactoring: { enabled: false }\n'
  }
  files['report/summary.json'] = JSON.stringify({ total: figures(263, 229), '@WORKSPACE@/src/index.tsx': figures(260, 226), '@WORKSPACE@/src/script.ts': figures(3, 3) })
  for (const [path, text] of Object.entries(files)) await writeIn(dir, path, text)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'themes')
  await runCli(dir, ['--spec', 'specs/next-themes.md', '--component', 'next-themes', '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({ lines_covered: 229, lines_total: 263, unmeasured_files: 1 })
  expect(gate.warnings.join('\n')).toContain('1 source file(s) of the component not measured (src/constants.ts)')
})

// Comments and strings were taken out one after the other, comments first: the `//` of a URL in a PHP string
// ('https://api.example.com') cut the rest of its line as a comment, its quote then opened a string that ran to the
// next quote, lines below — a class's opening brace with it — and the file read as an interface and nothing more.
// A TypeScript file whose `//` comment held one backtick read the same way, to the next comment's. The class and
// the function below, which no test loaded, were not named.
test('a URL in a PHP string, a backtick in a TypeScript comment or a glob in a Go string does not hide the code after them', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-tokens-'))
  dirs.push(dir)
  const line = (n: number) => `<line number="${n}" hits="1"/>`
  const cobertura = (file: string) => `<class name="${file}" filename="${file}" line-rate="1"><lines>${line(1)}</lines></class>`
  const files: Record<string, string> = {
    'lib/Upper.php': '<?php\n\nfinal class Upper\n{\n    public function f(): string\n    {\n        return "A";\n    }\n}\n',
    'lib/Client.php': [
      '<?php',
      '',
      'namespace App;',
      '',
      'interface Endpoint',
      '{',
      "    const BASE = 'https://api.example.com';",
      '}',
      '',
      'final class Client implements Endpoint',
      '{',
      "    private $name = 'client';",
      '',
      '    public function get()',
      '    {',
      '        return file_get_contents(self::BASE);',
      '    }',
      '}',
      ''
    ].join('\n'),
    'lib/Shape.php': "<?php\n\n// An interface, https://example.com/#shapes\ninterface Shape\n{\n    const UNIT = 'https://example.com/units';\n    public function area(): float;\n}\n",
    'web/a.ts': 'export const a = 1\n',
    'web/options.ts': 'export interface Options {\n  theme: string\n} // see `pick\n\nexport function pick(o: Options): string {\n  return o.theme\n}\n\n// `pick` returns the theme\n',
    'web/types.ts': "// a `Theme` is a name\nexport type Theme = 'light' | 'dark' // `dark` by default\n",
    'svc/main.go': 'package svc\n\nfunc Main() {}\n',
    // A glob in a string opened a "block comment" that ran to the real one below: the file read as one without a function.
    'svc/glob.go': 'package svc\n\n// Assets are served from here.\nvar pattern = "static/*"\n\n// Serve serves them.\nfunc Serve() string {\n\treturn pattern\n}\n\n/* Deprecated: use Serve. */\nvar Old = Serve\n',
    'svc/types.go': 'package svc\n\n// Mode is "a/*b" or `*/`.\ntype Mode string\n\nconst Raw = `func /*`\n',
    'report/php.xml': `<?xml version="1.0"?><coverage line-rate="1" lines-covered="1" lines-valid="1"><packages><package name="lib"><classes>${cobertura('lib/Upper.php')}</classes></package></packages></coverage>\n`,
    'report/svc.xml': `<?xml version="1.0"?><coverage line-rate="1" lines-covered="1" lines-valid="1"><packages><package name="svc"><classes>${cobertura('svc/main.go')}</classes></package></packages></coverage>\n`,
    'report/web.xml': `<?xml version="1.0"?><coverage line-rate="1" lines-covered="1" lines-valid="1"><packages><package name="web"><classes>${cobertura('web/a.ts')}</classes></package></packages></coverage>\n`,
    'report/junit.xml': '<testsuite name="t" tests="1"><testcase classname="t" name="t"/></testsuite>\n',
    'specs/lib.md': '---\ncomponent: lib\npaths: { source: "lib", tests: "tests" }\n---\n# lib\n\n## Requirements\n\n- works\n\n## Acceptance Criteria\n\n- it works\n',
    'specs/svc.md': '---\ncomponent: svc\npaths: { source: "svc", tests: "tests" }\n---\n# svc\n\n## Requirements\n\n- works\n\n## Acceptance Criteria\n\n- it works\n',
    'specs/web.md': '---\ncomponent: web\npaths: { source: "web", tests: "tests" }\n---\n# web\n\n## Requirements\n\n- works\n\n## Acceptance Criteria\n\n- it works\n',
    '.gitignore': '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n',
    '.github/spec-to-production.yml':
      'preset: none\nstages:\n  testing:\n    command: "cp report/*.xml {reports}/"\n' +
      '    reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/php.xml", format: cobertura } }\n  refactoring: { enabled: false }\n'
  }
  for (const [path, text] of Object.entries(files)) await writeIn(dir, path, text)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'tokens')
  await runCli(dir, ['--spec', 'specs/lib.md', '--component', 'lib', '--output', 'lib.json'])
  const lib = (await readReport(dir, 'lib.json')).stage_results.testing.quality_gates.test_coverage
  expect(lib.details).toMatchObject({ format: 'cobertura', lines_total: 1 })
  // Shape.php is an interface and nothing more (its URLs and its `#` in a comment notwithstanding): not named.
  expect(lib.warnings.join('\n')).toContain('1 source file(s) of the component not measured (lib/Client.php)')
  await writeIn(dir, '.github/spec-to-production.yml', files['.github/spec-to-production.yml'].replace('php.xml', 'web.xml'))
  await runCli(dir, ['--spec', 'specs/web.md', '--component', 'web', '--output', 'web.json'])
  const web = (await readReport(dir, 'web.json')).stage_results.testing.quality_gates.test_coverage
  expect(web.details).toMatchObject({ format: 'cobertura', lines_total: 1 })
  // types.ts is types and nothing more (its backticks are in comments that close them): not named.
  expect(web.warnings.join('\n')).toContain('1 source file(s) of the component not measured (web/options.ts)')
  await writeIn(dir, '.github/spec-to-production.yml', files['.github/spec-to-production.yml'].replace('php.xml', 'svc.xml'))
  await runCli(dir, ['--spec', 'specs/svc.md', '--component', 'svc', '--output', 'svc.json'])
  const svc = (await readReport(dir, 'svc.json')).stage_results.testing.quality_gates.test_coverage
  expect(svc.details).toMatchObject({ format: 'cobertura', lines_total: 1 })
  // types.go has no function, whatever its comment and raw string say: not named.
  expect(svc.warnings.join('\n')).toContain('1 source file(s) of the component not measured (svc/glob.go)')
})
