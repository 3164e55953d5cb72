/**
 * A change that silences the errors it brings one line at a time: `// @ts-ignore` above a type error (real tsc prints
 * nothing of it), `# pylint: disable=…` on the line pylint would flag (real pylint's report holds no trace). The gates
 * said a clean "0 errors ≤ 0". Against a base, each such comment the change adds is named on the gate, file and line,
 * a caveat on every surface; the base's own are a team's decisions and are not.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { commit, git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, toolsRepo } from '../helpers/tiny.js'
import { lineSuppressionsIn } from '../../src/gates/opt-outs.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))
const OFF = '    linting: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n'

test('// @ts-ignore the change adds above a type error: named on type_checking against the base, the base\'s own are not', async () => {
  const types = `${OFF}    type_checking: { command: "npx tsc --noEmit --pretty false > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }\n`
  const dir = await toolsRepo(types, {
    files: {
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "noEmit": true }, "include": ["src"] }\n',
      // The base's own: a team's decision.
      'src/tiny/old.ts': '// @ts-expect-error legacy\nexport const old: number = "x"\n'
    }
  })
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'src/tiny/b.ts', 'export function f(n: number): string {\n  // @ts-ignore\n  return n\n}\n')
  commit(dir, 'the change')

  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
  expect(gate).toMatchObject({ passed: true, details: { error_count: 0, suppressions_added_count: 1, suppressions_added: ['src/tiny/b.ts:2 // @ts-ignore'] } })
  expect(run.stdout).toMatch(/⚠ gate type_checking \(\d+ ms\): 0 errors ≤ 0 — this change adds 1 comment\(s\) that tell tsc not to report a problem on a line \(against main\); .*: src\/tiny\/b\.ts:2 \/\/ @ts-ignore/)
  expect(run.code).toBe(0)

  // Without a base nothing is compared, and nothing said.
  await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect((await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking.warnings).toEqual([])
})

const PYLINT = existsSync('/usr/lib/python3/dist-packages/pylint')
if (!PYLINT) console.warn('SKIPPED the pylint run: apt-get install pylint')

;(PYLINT ? test : test.skip)('# pylint: disable= the change adds on the line pylint flags: named on linting', async () => {
  const lint =
    '    linting: { command: "/usr/bin/python3 -m pylint src/tiny --disable=C,R --output-format=json > {reports}/pylint.json", report: { path: "{reports}/pylint.json", format: pylint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(lint, { files: { 'src/tiny/__init__.py': '', 'src/tiny/calc.py': 'def add(a, b):\n    return a + b\n' } })
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'src/tiny/calc.py', 'def add(a, b):\n    unused = 1  # pylint: disable=unused-variable\n    return a + b\n')
  commit(dir, 'the change')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(gate).toMatchObject({ passed: true, details: { issue_count: 0, suppressions_added: ['src/tiny/calc.py:2 # pylint: disable=unused-variable'] } })
  expect(run.code).toBe(0)
})

test('which comments silence which checker', () => {
  const ts = ['// @ts-ignore', 'x() /* @ts-expect-error */', "const s = '@ts-ignore'", '// @ts-nocheck'].join('\n')
  expect(lineSuppressionsIn('typescript', ts, new Set([1, 2, 3, 4])).map((o) => o.line)).toEqual([1, 2])
  const py = ['x = f()  # type: ignore[arg-type]', 'y = g()  # pyright: ignore', 'z = 1  # noqa: F841', 'w = 2  # NOQA', 'v = 3  # pylint: disable-next=unused-variable'].join('\n')
  const all = new Set([1, 2, 3, 4, 5])
  expect(lineSuppressionsIn('python-types', py, all).map((o) => o.line)).toEqual([1, 2])
  expect(lineSuppressionsIn('ruff', py, all).map((o) => o.directive)).toEqual(['# noqa: F841', '# NOQA'])
  expect(lineSuppressionsIn('pylint', py, all).map((o) => o.line)).toEqual([5])
})

// eslint's inline configuration comment `/* eslint no-unused-vars: "off" */` turns the rule off for the rest of its file
// — not a suppression: eslint 10 lists nothing of it in `suppressedMessages`, so the report of a change that brought an
// unused variable and the comment read 0 problems and the gate a clean "0 issues ≤ 0". Named against the base, as
// the other linters' silencing comments are; `/* eslint-disable */` stays eslint's own suppressed count.
test('an eslint configuration comment the change adds that turns a rule off: named on linting against the base', async () => {
  const lint =
    '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  // The base's own, a team's decision: not named.
  const dir = await toolsRepo(lint, { files: { 'src/tiny/old.js': '/* eslint no-unused-vars: 0 */\nconst legacy = 1\nexport const old = 2\n' } })
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'src/tiny/b.js', '/* eslint no-unused-vars: "off", eqeqeq: ["off"] */\nconst unused = 1\nexport const b = 1\n')
  await writeIn(dir, 'src/tiny/c.js', '/* eslint no-unused-vars: "error" */\nexport const c = 1\n')
  commit(dir, 'the change')

  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  // Real eslint reported nothing of the unused variable, not even as suppressed.
  expect(gate).toMatchObject({ passed: true, details: { issue_count: 0, suppressions_added_count: 1, suppressions_added: ['src/tiny/b.js:1 /* eslint no-unused-vars: "off", eqeqeq: ["off"] */'] } })
  expect(gate.details.suppressed_count).toBeUndefined()
  expect(run.stdout).toMatch(/⚠ gate linting \(\d+ ms\): 0 issues ≤ 0 — this change adds 1 comment\(s\) that turn eslint rules off for the rest of their file \(against main\); .*: src\/tiny\/b\.js:1 /)
  expect(run.code).toBe(0)
})

test('the eslint comments that turn a rule off', () => {
  const on = (line: string) => lineSuppressionsIn('eslint', line, new Set([1])).map((o) => o.directive)
  expect(on('/* eslint no-var: "off" */')).toEqual(['/* eslint no-var: "off" */'])
  expect(on("/* eslint no-var: 'off', eqeqeq: 2 */")).toHaveLength(1)
  expect(on('/* eslint @typescript-eslint/no-explicit-any: 0 */')).toHaveLength(1)
  expect(on('/*eslint no-var: ["off", "always"]*/')).toHaveLength(1)
  expect(on('/* eslint no-var: "error", eqeqeq: ["warn"] */')).toEqual([])
  expect(on('/* eslint-disable no-var */')).toEqual([])
  expect(on('/* eslint-env node */')).toEqual([])
  expect(on('const s = "/* eslint rules: off */"')).toEqual([])
})

const MYPY = existsSync('/usr/lib/python3/dist-packages/mypy')
if (!MYPY) console.warn('SKIPPED the mypy run: apt-get install mypy')

// mypy's inline configuration `# mypy: disable-error-code="assignment"` (and pyright's `# pyright: basic`,
// `# pyright: reportX=false`) loosens the checker for the whole file: real mypy 1.0 printed "Success: no issues found"
// over a type error, and the gate said a clean "0 errors ≤ 0".
;(MYPY ? test : test.skip)('a mypy inline configuration comment the change adds that turns a check off: named on type_checking', async () => {
  const types =
    `${OFF}    type_checking: { command: "/usr/bin/python3 -m mypy src/tiny --no-incremental > {reports}/mypy.txt", report: { path: "{reports}/mypy.txt", format: mypy-text } }\n`
  const dir = await toolsRepo(types, { files: { 'src/tiny/__init__.py': '', 'src/tiny/calc.py': 'def add(a: int, b: int) -> int:\n    return a + b\n' } })
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'src/tiny/calc.py', '# mypy: disable-error-code="assignment"\ndef add(a: int, b: int) -> int:\n    x: int = "no"\n    return a + b\n')
  commit(dir, 'the change')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.type_checking
  expect(gate).toMatchObject({ passed: true, details: { error_count: 0, suppressions_added_count: 1, suppressions_added: ['src/tiny/calc.py:1 # mypy: disable-error-code="assignment"'] } })
  expect(run.stdout).toMatch(/⚠ gate type_checking \(\d+ ms\): 0 errors ≤ 0 — this change adds 1 comment\(s\) that turn mypy checks off for the rest of their file \(against main\); .*: src\/tiny\/calc\.py:1 # mypy: disable-error-code="assignment"/)
  expect(run.code).toBe(0)
})

test("mypy's and pyright's file-level comments that loosen the check", () => {
  const on = (line: string) => lineSuppressionsIn('python-types', line, new Set([1])).map((o) => o.directive)
  expect(on('# mypy: disable-error-code="attr-defined"')).toHaveLength(1)
  expect(on('# mypy: warn-unreachable, allow-untyped-defs')).toHaveLength(1)
  expect(on('# pyright: basic')).toEqual(['# pyright: basic'])
  expect(on('# pyright: reportPrivateUsage=false, reportUnusedImport=none')).toHaveLength(1)
  expect(on('# pyright: reportOptionalMemberAccess=warning')).toHaveLength(1)
  // Stricter, or not a configuration comment.
  expect(on('# pyright: strict')).toEqual([])
  expect(on('# pyright: reportPrivateUsage=error')).toEqual([])
  expect(on('# mypy: warn-unreachable, strict-optional')).toEqual([])
  expect(on('x = 1  # a note on mypy: allow-untyped-defs')).toEqual([])
})
