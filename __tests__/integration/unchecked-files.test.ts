/**
 * A linter or secret scanner that checked none of the component's files found no problem in it because it looked at
 * nothing of it. eslint and secretlint list every file they checked: the real tools, run by the CLI on a small git
 * repository, with commands a careless configuration could hold. Each of these passed with "0 issues ≤ 0".
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eslintOnlyRepo, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, toolsRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

/** The tiny repository with another directory beside the component, the real tools linked, and `refactoring` as given. */
async function repo(refactoring: string, extra = ''): Promise<string> {
  const dir = await toolsRepo(refactoring, { extra, files: { 'src/other/o.js': 'export const o = 1\n' } })
  dirs.push(dir)
  return dir
}

const OFF = '    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
const lint = (args: string): string =>
  `    linting: { command: "npx eslint ${args} -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n    security: { enabled: false }\n${OFF}`

test('eslint on a glob that matched nothing (--no-error-on-unmatched-pattern writes []) does not pass the linting gate', async () => {
  const dir = await repo(lint("--no-error-on-unmatched-pattern 'src/tiny/**/*.ts'"))
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(gate.passed).toBe(false)
  expect(gate.errors).toContain('eslint checked no file (its report lists none): nothing was linted')
  expect(gate.details).toMatchObject({ files_checked: 0, component_checked: false })
  // The console does not say "0 issues ≤ 0" of a gate that linted nothing.
  expect(run.stdout).toMatch(/✗ gate linting \(\d+ ms\): not measured: eslint checked no file/)
  expect(run.stdout).not.toMatch(/gate linting[^\n]*0 issues ≤ 0/)
})

test('eslint that linted only files outside the component does not pass its linting gate; on the component it does', async () => {
  const dir = await repo(lint('src/other'))
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(gate.passed).toBe(false)
  expect(gate.errors).toContain("none of the 1 file(s) eslint checked (src/other/o.js) is in the component's source path src/tiny: the component's code was not linted")

  const whole = await repo(lint('src'))
  const ok = await runCli(whole, [...TINY_ARGS, '--output', 'r.json'])
  const passed = (await readReport(whole, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(passed).toMatchObject({ passed: true, details: { issue_count: 0, files_checked: 2, component_checked: true } })
  expect(ok.code).toBe(0)
})

test("secretlint that scanned only files outside the component leaves the secrets half unmeasured, and the gate measured nothing", async () => {
  const security =
    '    linting: { enabled: false }\n' +
    `    security: { command: "npx secretlint 'src/other/**/*' --format json --output {reports}/secretlint.json", report: { path: "{reports}/secretlint.json", format: secretlint-json } }\n` +
    OFF
  const dir = await repo(security, 'quality_gates: { security: { vulnerabilities: false } }')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.security
  expect(gate.passed).toBe(false)
  expect(gate.details.halves.secrets).toMatchObject({ status: 'unmeasured' })
  expect(gate.details.halves.secrets.reason).toBe(
    "none of the 1 file(s) secretlint checked (src/other/o.js) is in the component's source path src/tiny: the component's code was not scanned for secrets"
  )
  expect(gate.errors).toContain('the security gate measured nothing: no half of it was measured')
})

test('a type checker that crashed behind a pipe (tsc | tee) fails its gate: the pipeline fails with it', async () => {
  // The crash goes to stderr; tee writes an empty report and exits 0. tsc's clean output is empty too, so only the
  // pipeline's status tells the two apart: it passed as "0 errors ≤ 0".
  const types =
    '    linting: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n' +
    '    type_checking: { command: "node -e \\"throw new Error(\'crash\')\\" | tee {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }\n'
  const dir = await repo(types)
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
  expect(gate.passed).toBe(false)
  expect(gate.errors).toContain('the type_checking command failed (exit status 1) but its report lists no problem: the report cannot be trusted')
  expect(run.stdout).not.toMatch(/gate type_checking[^\n]*0 errors ≤ 0/)
})

test('bandit that scanned no file (metrics hold only _totals) leaves the vulnerabilities half unmeasured', async () => {
  // What bandit -r writes for a directory without Python files: no result, and no file in its metrics.
  const empty = { errors: [], generated_at: '2026-01-01T00:00:00Z', metrics: { _totals: { loc: 0, nosec: 0, 'SEVERITY.HIGH': 0.0 } }, results: [] }
  const security =
    '    linting: { enabled: false }\n' +
    `    security: { command: "cp bandit.json {reports}/bandit.json", report: { path: "{reports}/bandit.json", format: bandit-json } }\n` +
    OFF
  const dir = await repo(security, 'quality_gates: { security: { secrets: false } }')
  await writeIn(dir, 'bandit.json', JSON.stringify(empty))
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.security
  expect(gate.details.halves.vulnerabilities).toMatchObject({ status: 'unmeasured', reason: 'bandit checked no file (its report lists none): nothing was scanned for vulnerabilities' })
  expect(gate.passed).toBe(false)
})

test('pyright that analyzed no file (a path without Python files: it writes "0 errors" and exits 0) does not pass the type_checking gate', async () => {
  // What pyright --outputjson writes for a directory with no Python source (pyright >= 1.1.297; exit status 0).
  const noFiles = { version: '1.1.380', time: '1', generalDiagnostics: [], summary: { filesAnalyzed: 0, errorCount: 0, warningCount: 0, informationCount: 0, timeInSec: 0.1 } }
  const typeCheck =
    `    type_checking: { command: "cp pyright.json {reports}/pyright.json", report: { path: "{reports}/pyright.json", format: pyright-json } }\n    linting: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n`
  const dir = await repo(typeCheck)
  await writeIn(dir, 'pyright.json', JSON.stringify(noFiles))
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
  expect(gate.passed).toBe(false)
  expect(gate.errors).toContain('pyright checked no file (its report says it checked 0): nothing was type-checked')
  expect(gate.details).toMatchObject({ files_checked: 0, component_checked: false })
  expect(run.stdout).toMatch(/✗ gate type_checking \(\d+ ms\): not measured: pyright checked no file/)
  expect(run.stdout).not.toMatch(/gate type_checking[^\n]*0 errors ≤ 0/)

  // One file analyzed: the gate judges its errors as before.
  const one = await repo(typeCheck)
  await writeIn(one, 'pyright.json', JSON.stringify({ ...noFiles, summary: { ...noFiles.summary, filesAnalyzed: 1 } }))
  const ok = await runCli(one, [...TINY_ARGS, '--output', 'r.json'])
  expect((await readReport(one, 'r.json')).stage_results.refactoring.quality_gates.type_checking).toMatchObject({ passed: true, details: { error_count: 0 } })
  expect(ok.code).toBe(0)
})

test('a linter that wrote nothing to its report (stylelint 16+ prints it on stderr, exit 0 on warnings) does not pass as 0 issues', async () => {
  // stylelint 17.16.0's own console report (__fixtures__/reports/findings/stylelint/stylelint.console.txt) on stderr,
  // as stylelint 16 and later print it, and `> file` left empty: it passed the linting gate as "0 issues ≤ 0".
  const printed = readFileSync(new URL('../../__fixtures__/reports/findings/stylelint/stylelint.console.txt', import.meta.url), 'utf8')
  const linting =
    '    linting: { command: "(cat stylelint.txt >&2) > {reports}/stylelint.sarif", report: "{reports}/stylelint.sarif" }\n' +
    '    security: { enabled: false }\n' +
    OFF
  const dir = await repo(linting)
  await writeIn(dir, 'stylelint.txt', printed)
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(gate.passed).toBe(false)
  expect(gate.errors[0]).toMatch(
    /^the report \.spec-to-production\/runs\/[^ ]+\/reports\/stylelint\.sarif \(stages\.refactoring\.linting\.report\) is empty: no linter read here writes nothing when it finds nothing/
  )
  expect(gate.errors[0]).toContain('stylelint 16 and later print theirs on standard error: write it with --output-file')
  expect(run.stdout).not.toMatch(/gate linting[^\n]*0 issues ≤ 0/)
})

// tsc lists no file it checked: a TypeScript module of the component outside the project's files/include, imported by
// none of its files, is never type-checked — real tsc printed nothing and exited 0 beside a type error in it, and the
// gate said a clean "0 errors ≤ 0". The project's files are asked of tsc (--listFilesOnly): the file left out is named.
test('a TypeScript file of the component outside the project tsc checked is named on type_checking', async () => {
  const types =
    '    type_checking: { command: "npx tsc --noEmit --pretty false -p tsconfig.json > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }\n' +
    '    linting: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(types, {
    files: {
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "noEmit": true }, "files": ["src/tiny/in.ts"] }\n',
      'src/tiny/in.ts': "import { used } from './used'\nexport const n: number = used\n",
      'src/tiny/used.ts': 'export const used = 1\n',
      'src/tiny/out.ts': 'export const s: number = "not a number"\n',
      'src/tiny/types.d.ts': 'declare const x: number\n'
    }
  })
  dirs.push(dir)
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
  // in.ts is in the project, used.ts imported by it, types.d.ts a declaration: out.ts alone was not checked.
  expect(gate).toMatchObject({ passed: true, details: { error_count: 0, files_not_checked: ['src/tiny/out.ts'], files_not_checked_count: 1 } })
  expect(run.stdout).toMatch(/⚠ gate type_checking \(\d+ ms\): 0 errors ≤ 0 — 1 tracked TypeScript file\(s\) of the component not checked by tsc \(src\/tiny\/out\.ts\): the project it checked \(tsconfig\.json\) does not hold them/)
  expect(run.code).toBe(0)

  // In the project, its error is counted.
  await writeIn(dir, 'tsconfig.json', '{ "compilerOptions": { "strict": true, "noEmit": true }, "include": ["src"] }\n')
  const all = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const judged = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
  expect(judged).toMatchObject({ passed: false, details: { error_count: 1 } })
  expect(judged.details.files_not_checked).toBeUndefined()
  expect(all.code).toBe(1)
})

// The preset runs tsc with --listFiles: the project's files are read from the listing it printed after its diagnostics,
// and the caveat still names the file left out — with no second tsc (--listFilesOnly) process, which a `tsc` on PATH
// that logs its calls would see (the workspace has no node_modules/.bin/tsc: the second process would be that one).
test('tsc run with --listFiles: the file outside the project is named from its own listing, with no second tsc', async () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
  const types = (listFiles: string) =>
    `    type_checking: { command: "node ${tsc} --noEmit --pretty false${listFiles} -p tsconfig.json > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }\n` +
    '    linting: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const files = {
    'tsconfig.json': '{ "compilerOptions": { "strict": true, "noEmit": true }, "files": ["src/tiny/in.ts"] }\n',
    'src/tiny/in.ts': "import { used } from './used'\nexport const n: number = used\n",
    'src/tiny/used.ts': 'export const used = 1\n',
    'src/tiny/out.ts': 'export const s: number = "not a number"\n'
  }
  const bin = await mkdtemp(join(tmpdir(), 's2p-tsc-bin-'))
  dirs.push(bin)
  const log = join(bin, 'calls')
  await writeFile(join(bin, 'tsc'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(tsc)} "$@"\n`, { mode: 0o755 })
  const env = { PATH: `${bin}:${process.env.PATH}` }
  const calls = async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean)
  for (const [listFiles, second] of [[' --listFiles', []], ['', ['--listFilesOnly -p tsconfig.json']]] as const) {
    const dir = await toolsRepo(types(listFiles), { files })
    dirs.push(dir)
    await rm(join(dir, 'node_modules'))
    await rm(log, { force: true })
    const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'], { env })
    const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
    expect(gate).toMatchObject({ passed: true, details: { error_count: 0, files_not_checked: ['src/tiny/out.ts'], files_not_checked_count: 1 } })
    expect(run.stdout).toMatch(/1 tracked TypeScript file\(s\) of the component not checked by tsc \(src\/tiny\/out\.ts\)/)
    expect(run.code).toBe(0)
    expect([listFiles, await calls()]).toEqual([listFiles, second])
  }
})

/** tsgo (TypeScript's native compiler, npm's @typescript/native-preview) without typescript beside it, as a project has it. */
const TSGO_DIR = join(tmpdir(), 's2p-preset-cache', 'tsgo-tools')
function tsgoInstalled(): boolean {
  if (existsSync(join(TSGO_DIR, 'node_modules/.bin/tsgo'))) return true
  try {
    execFileSync('npm', ['install', '--prefix', TSGO_DIR, '--no-audit', '--no-fund', '--no-save', '@typescript/native-preview@7.0.0-dev.20260707.2'], { stdio: 'ignore', timeout: 240_000 })
    return true
  } catch (error) {
    console.warn(`SKIPPED the tsgo run: npm could not install @typescript/native-preview: ${(error as Error).message}`)
    return false
  }
}

// The preset runs tsgo without --listFiles: the project's files are then asked of the checker the command ran. They
// were asked of `tsc`, which a project type-checked by tsgo alone does not have: the question failed, the run said
// only "could not be listed" (an info line), and a module outside the tsconfig with a type error passed as "0 errors".
;(tsgoInstalled() ? test : test.skip)('tsgo without typescript: the file outside the project is named, its files listed by tsgo', async () => {
  const types =
    '    type_checking: { command: "npx tsgo --noEmit --pretty false -p tsconfig.json > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }\n' +
    '    linting: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(types, {
    files: {
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "noEmit": true }, "files": ["src/tiny/in.ts"] }\n',
      'src/tiny/in.ts': "import { used } from './used'\nexport const n: number = used\n",
      'src/tiny/used.ts': 'export const used = 1\n',
      'src/tiny/out.ts': 'export const s: number = "not a number"\n'
    }
  })
  dirs.push(dir)
  // The project's own node_modules: tsgo, and no tsc; nor any tsc on PATH (the tests' own node_modules/.bin left out).
  await rm(join(dir, 'node_modules'))
  await symlink(join(TSGO_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const path = (process.env.PATH ?? '').split(':').filter((p) => !p.endsWith('node_modules/.bin') && !existsSync(join(p, 'tsc'))).join(':')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'], { env: { PATH: path } })
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
  expect(gate).toMatchObject({ passed: true, details: { error_count: 0, files_not_checked: ['src/tiny/out.ts'], files_not_checked_count: 1 } })
  expect(run.stdout).toMatch(/1 tracked TypeScript file\(s\) of the component not checked by tsc \(src\/tiny\/out\.ts\)/)
  expect(run.stdout).not.toMatch(/could not be listed/)
  expect(run.code).toBe(0)
})

const PYLINT = existsSync('/usr/lib/python3/dist-packages/pylint')
if (!PYLINT) console.warn('SKIPPED the pylint run: apt-get install pylint')

// `[MESSAGES CONTROL] disable=all` with no enable= in .pylintrc: real pylint 2.16 wrote [] and exited 0 over a module
// using an undefined name, and the linting gate said a clean "0 issues ≤ 0" — pylint had checked nothing.
;(PYLINT ? test : test.skip)('pylint told by its configuration to check no message fails the linting gate, naming the file', async () => {
  const lint =
    '    linting: { command: "/usr/bin/python3 -m pylint src/tiny --output-format=json > {reports}/pylint.json", report: { path: "{reports}/pylint.json", format: pylint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(lint, {
    files: { 'src/tiny/__init__.py': '', 'src/tiny/calc.py': 'def f():\n    return undefined_name\n', '.pylintrc': '[MESSAGES CONTROL]\ndisable=all\n' }
  })
  dirs.push(dir)
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(gate).toMatchObject({ passed: false, details: { issue_count: 0, linting_off: '.pylintrc [messages control] disable=all' } })
  expect(gate.errors).toContain('.pylintrc [messages control] disable=all: pylint checks no message, so its report of 0 issues is not a measurement; enable the messages to check (enable=…), or turn the linting gate off on purpose')
  expect(run.code).toBe(1)

  // disable=all beside an enable= list checks those messages: the undefined name is found.
  await writeIn(dir, '.pylintrc', '[MESSAGES CONTROL]\ndisable=all\nenable=E\n')
  const enabled = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const judged = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(judged.details.linting_off).toBeUndefined()
  expect(judged.details.issue_count).toBe(1)
  expect(enabled.code).toBe(1)
})

test("where pylint is told to check nothing: its command line, or the configuration file it reads", async () => {
  const { pylintChecksNothing } = await import('../../src/gates/pylint-config.js')
  const { mkdtemp } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const dir = await mkdtemp(join(tmpdir(), 's2p-pylintrc-'))
  dirs.push(dir)
  expect(await pylintChecksNothing(dir, 'pylint src --disable=all --output-format=json')).toBe("the command's --disable=all")
  expect(await pylintChecksNothing(dir, 'pylint src -d C,all')).toBe("the command's --disable=all")
  expect(await pylintChecksNothing(dir, 'pylint src --disable=all --enable=E')).toBeNull()
  await writeIn(dir, 'pyproject.toml', '[project]\nname = "x"\n\n[tool.pylint."messages control"]\ndisable = [\n  "all",\n]\n')
  expect(await pylintChecksNothing(dir, 'pylint src')).toBe('pyproject.toml [tool.pylint.messages control] disable=all')
  await writeIn(dir, 'pyproject.toml', '[tool.pylint."messages control"]\ndisable = ["all"]\nenable = ["unused-variable"]\n')
  expect(await pylintChecksNothing(dir, 'pylint src')).toBeNull()
  // pylintrc comes first; --rcfile names the file read.
  await writeIn(dir, 'pylintrc', '[MESSAGES CONTROL]\ndisable=C0114\n')
  await writeIn(dir, 'ci/lint.rc', '[messages control]\ndisable=\n  C0114,\n  all\n')
  expect(await pylintChecksNothing(dir, 'pylint src')).toBeNull()
  expect(await pylintChecksNothing(dir, 'pylint --rcfile=ci/lint.rc src')).toBe('ci/lint.rc [messages control] disable=all')
})

// tinylibs/tinyexec: `npm ci` runs its `prepare` (tsup and tsc), which writes dist/ and lib/ — both in .gitignore. The
// node preset linted `.` with eslint 9, which reads no .gitignore: 115 errors in the built files failed the gate, where
// the project's own `eslint src` finds none. Real eslint, with the command the preset chooses.
test("the node preset's eslint leaves out what .gitignore leaves out of the repository", async () => {
  const dir = await eslintOnlyRepo('s2p-gitignored-', 'tinyexec', {
    'package.json': JSON.stringify({ name: 'tinyexec', type: 'module', scripts: { lint: 'eslint src', test: 'node --test' } }),
    'eslint.config.js': "export default [{ files: ['src/**/*.js'] }, { rules: { 'no-unused-vars': 'error' } }]\n",
    'src/main.js': 'export const exec = (command) => command\n',
    '.gitignore': '/.tshy\n/node_modules\n/lib\n/dist\n/coverage\n*.swp\n.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n'
  })
  dirs.push(dir)
  // The build output the install writes, which git ignores.
  await writeIn(dir, 'dist/main.cjs', 'var unusedA = 1;\nvar unusedB = 2;\nmodule.exports = {};\n')
  await writeIn(dir, 'lib/main.js', 'const unusedC = 3\nexport {}\n')
  const run = await runCli(dir, ['--spec', 'specs/tinyexec.md', '--component', 'tinyexec', '--output', 'r.json'])
  expect(run.stdout).toContain("what .gitignore leaves out of the repository is left out (.tshy/**, lib/**, dist/**, coverage/**): eslint reads no .gitignore, and would lint the build output there")
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(gate).toMatchObject({ passed: true, details: { issue_count: 0, files_checked: 2 } })
  expect(gate.findings).toEqual([])
})
