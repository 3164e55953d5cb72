/**
 * A linter that prints 6,000 warnings before its one error (eslint orders its results by file: a.js's `no-console`
 * warnings, then z.js's `debugger`). The report keeps 5,000 findings; it kept the first 5,000 whatever their
 * severity, so the error was in none of them: the gate failed on "1 error" that no annotation, summary row or SARIF
 * result could place. Real eslint, run by the CLI in a temporary git repository.
 */
import { afterAll, expect, test } from '@jest/globals'
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderJobSummary } from '../../src/action/summary.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_SPEC } from '../helpers/tiny.js'

let dir = ''
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('the one error after 6,000 warnings is kept, annotated first and listed in the summary', async () => {
  dir = await mkdtemp(join(tmpdir(), 's2p-lint-order-'))
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeIn(dir, 'SPEC.md', TINY_SPEC)
  await writeIn(dir, 'package.json', '{ "type": "module" }\n')
  await writeIn(dir, 'eslint.config.js', "export default [{ files: ['**/*.js'], languageOptions: { globals: { console: 'readonly' } }, rules: { 'no-console': 'warn', 'no-debugger': 'error' } }]\n")
  await writeIn(dir, 'src/tiny/a.js', Array.from({ length: 6000 }, (_, i) => `console.log(${i})\n`).join(''))
  await writeIn(dir, 'src/tiny/z.js', 'export function f () {\n  debugger\n}\n')
  await writeIn(
    dir,
    'cfg.yml',
    [
      'preset: none',
      'paths: { source: src/tiny, tests: src/tiny }',
      'quality_gates: { linting: { auto_fix: false } }',
      'stages:',
      '  specification: { required_sections: [Overview] }',
      '  testing:',
      `    command: ${JSON.stringify("printf '<testsuite name=\"s\" tests=\"1\"><testcase classname=\"c\" name=\"t\"/></testsuite>' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nend_of_record\\nSF:src/tiny/z.js\\nDA:2,1\\nend_of_record\\n' > {reports}/lcov.info")}`,
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }',
      '  refactoring:',
      '    linting: { command: "npx eslint {path} -f json -o {reports}/eslint.json", report: "{reports}/eslint.json" }',
      '    type_checking: { enabled: false }',
      '    security: { enabled: false }',
      ''
    ].join('\n')
  )
  await writeFile(join(dir, '.gitignore'), 'node_modules\n.spec-to-production\nworkflow_*\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'lint order')

  const run = await runCli(dir, ['--spec', 'SPEC.md', '--component', 'tiny', '--config', 'cfg.yml', '--target', 'dev', '--output', 'r.json'])
  const report = (await readReport(dir, 'r.json')) as WorkflowReport
  const linting = report.stage_results.refactoring!.quality_gates.linting
  expect(run.code).toBe(1)
  expect([linting.passed, linting.details.errors, linting.details.warnings]).toEqual([false, 1, 6000])
  expect(linting.findings).toHaveLength(5000)
  const error = { severity: 'error', rule: 'no-debugger', file: 'src/tiny/z.js', line: 2 }
  expect(linting.findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining(error)])
  // The kept warnings are the first ones, in eslint's order, and the error sits after them, where eslint put it.
  expect(linting.findings[0]).toMatchObject({ rule: 'no-console', line: 1 })
  expect(linting.findings.at(-1)).toMatchObject(error)
  // The list is bounded, the counts are not: the gate says how many the list leaves out.
  expect(linting.warnings).toContain(
    "eslint reported 6001 findings; 5000 are listed, the most severe first: the annotations, the summary, the SARIF file and the JSON report's findings show only those, the counts all 6001"
  )
  expect(planAnnotations(reportFindings(report)).annotations[0]).toMatchObject({ path: 'src/tiny/z.js', start_line: 2, annotation_level: 'failure' })
  expect(renderJobSummary(report)).toMatch(/<tr><td>error<\/td><td>eslint <code>no-debugger<\/code><\/td><td>src\/tiny\/z\.js:2<\/td>/)
}, 120_000)
