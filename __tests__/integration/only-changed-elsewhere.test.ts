/**
 * Red team of only-changed: a change that breaks code on lines it does not touch. Renaming an export breaks its
 * callers in files the change never opens; tsc reports the error on the caller's line, which the diff-aware gate does
 * not judge. The gate said a clean "0 errors ≤ 0" over a project that no longer type-checks.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { commit, git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, toolsRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))
const OFF = '    security: { enabled: false }\n    instructions_validation: { enabled: false }\n'
const TYPES = '    type_checking: { command: "npx tsc --noEmit --pretty false > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }\n'
const LINT = '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n'

test('only-changed: errors outside the changed lines are counted and named on the gate, a caveat, not a clean pass', async () => {
  const dir = await toolsRepo(`${OFF}${TYPES}${LINT}`, {
    files: {
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "noEmit": true, "module": "nodenext", "moduleResolution": "nodenext" }, "include": ["src"] }\n',
      'src/tiny/b.ts': 'export function helper(): number {\n  return 1\n}\n',
      'src/tiny/c.ts': "import { helper } from './b.js'\n\nexport const c: number = helper()\n",
      // An old lint problem: the kind of debt only-changed is for.
      'src/tiny/old.js': 'const unused = 1\n'
    }
  })
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  // The change renames the export; c.ts, which calls it, is not part of the change.
  await writeIn(dir, 'src/tiny/b.ts', 'export function helperRenamed(): number {\n  return 1\n}\n')
  commit(dir, 'rename helper')

  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--only-changed', '--base', 'main'])
  const gates = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates
  const types = gates.type_checking
  // The verdict stays only-changed's (errors on the changed lines), but nothing is hidden.
  expect(types).toMatchObject({ passed: true, details: { error_count: 0, only_changed: true, outside_changed_lines: 1 } })
  expect(types.warnings).toEqual([
    expect.stringMatching(/^only-changed: 1 type error outside the lines this change touches, not judged: src\/tiny\/c\.ts:1 TS2305 .*helper.*; the change can cause such type errors on lines it does not touch/)
  ])
  expect(run.stdout).toMatch(/⚠ gate type_checking \(\d+ ms\): 0 errors ≤ 0 — only-changed: 1 type error outside/)
  const lint = gates.linting
  expect(lint).toMatchObject({ passed: true, details: { issue_count: 0, outside_changed_lines: 1 } })
  expect(lint.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^only-changed: 1 lint issue outside the lines this change touches, not judged: src\/tiny\/old\.js:1 no-unused-vars/)]))
  expect(run.code).toBe(0)
})

test('only-changed: a secret committed before the change is counted and named on the security gate, a caveat', async () => {
  const token = ['ghp_', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('')
  const security =
    '    linting: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n' +
    `    security: { command: "npx secretlint 'src/tiny/**/*' --format json --output {reports}/secretlint.json", report: { path: "{reports}/secretlint.json", format: secretlint-json } }\n`
  const dir = await toolsRepo(security, { files: { 'src/tiny/old.js': `export const token = '${token}'\n` }, extra: 'quality_gates:\n  security: { vulnerabilities: false }\n' })
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, 'src/tiny/b.js', 'export const b = 2\n')
  commit(dir, 'an unrelated change')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--only-changed', '--base', 'main'])
  const gate = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.security
  expect(gate).toMatchObject({ passed: true, details: { secret_count: 0, outside_changed_lines: { secrets: 1, vulnerabilities: 0 } } })
  expect(gate.warnings).toEqual(
    expect.arrayContaining([expect.stringMatching(/^only-changed: 1 secret outside the lines this change touches, not judged: src\/tiny\/old\.js:1 .* — still in the repository/)])
  )
  expect(run.stdout + run.stderr).not.toContain(token)
})
