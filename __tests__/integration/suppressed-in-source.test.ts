/**
 * A change that silences its own lint problems with comments (`/* eslint-disable *\/` at the top of a file) made the
 * linting gate say "0 issues ≤ 0" as if there were none. eslint lists what it suppressed (`suppressedMessages`): the
 * gate still does not count them, as eslint does not, but every surface says how many there are and where.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { readReport, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, toolsRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const LINT =
  '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
  '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'

async function repo(source: string, other = 'export const b = 1\n'): Promise<string> {
  const dir = await toolsRepo(LINT, { rules: "'no-var': 'error'", files: { 'src/tiny/a.js': source, 'src/tiny/b.js': other } })
  dirs.push(dir)
  return dir
}

test('problems an eslint-disable comment silenced are counted apart and named on every surface, not failed', async () => {
  const dir = await repo('/* eslint-disable */\nvar unused = 1\nexport const a = 1\n', '// eslint-disable-next-line no-unused-vars -- kept for the plugin API\nconst hook = 2\nexport const b = 1\n')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const report = await readReport(dir, 'r.json')
  const gate = report.stage_results.refactoring.quality_gates.linting
  expect(gate).toMatchObject({ passed: true, details: { issue_count: 0, suppressed_count: 3 } })
  expect(gate.details.suppressed).toEqual([
    'src/tiny/a.js:2 no-var',
    'src/tiny/a.js:2 no-unused-vars',
    'src/tiny/b.js:2 no-unused-vars (kept for the plugin API)'
  ])
  expect(gate.warnings).toContain(
    '3 problem(s) eslint found are suppressed by comments in the source (eslint-disable, SARIF suppressions) and not counted: src/tiny/a.js:2 no-var, src/tiny/a.js:2 no-unused-vars, src/tiny/b.js:2 no-unused-vars (kept for the plugin API)'
  )
  // The console's gate line (as the summary, the check run and the dashboard, drawn from one view) says it.
  expect(run.stdout).toMatch(/gate linting \(\d+ ms\): 0 issues ≤ 0, 3 more suppressed in the source/)
  const dashboard = await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'workflow_dashboard_tiny.html'), 'utf8'))
  expect(dashboard).toContain('0 issues ≤ 0, 3 more suppressed in the source')
  expect(run.code).toBe(0)

  // Without suppressions the value is the count alone.
  const clean = await repo('export const a = 1\n')
  const ok = await runCli(clean, [...TINY_ARGS, '--output', 'r.json'])
  const plain = (await readReport(clean, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(plain.details.suppressed_count).toBeUndefined()
  expect(ok.stdout).toMatch(/✓ gate linting \(\d+ ms\): 0 issues ≤ 0\n/)
})
