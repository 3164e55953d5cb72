/**
 * The coverage gate through the bundled CLI on a small real repository: a hostile lcov report (a summary that
 * contradicts its lines, files outside the workspace and the component) and coverage.py 6.5's own LCOV with branches.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledCli, git, readReport, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(120_000)

const dirs: string[] = []
beforeAll(async () => {
  await bundledCli()
})
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

const SPEC = '---\ncomponent: app\npaths:\n  source: src/app\n---\n# App\n\n## Requirements\n\n- REQ-1: it greets.\n'
const JUNIT = "printf '<testsuite name=\"s\" tests=\"1\"><testcase classname=\"c\" name=\"t\"/></testsuite>' > {reports}/junit.xml"

async function repo(command: string, threshold: number, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-cov-'))
  dirs.push(dir)
  await writeIn(dir, 'specs/app.md', SPEC)
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    [
      'preset: none',
      `quality_gates: { test_coverage: { dev_threshold: ${threshold} } }`,
      'stages:',
      '  testing:',
      `    command: ${JSON.stringify(`${command} && ${JUNIT}`)}`,
      '    reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }',
      '  refactoring: { enabled: false }',
      'error_recovery:',
      '  testing: { max_retries: 0 }',
      ''
    ].join('\n')
  )
  for (const [path, text] of Object.entries(files)) await writeIn(dir, path, text)
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'app')
  return dir
}

const ARGS = ['--spec', 'specs/app.md', '--component', 'app', '--target', 'dev']

test('a hostile lcov: its contradicting LH, /etc/passwd and another component do not lift the figure', async () => {
  const lcov = [
    'TN:\nSF:src/app/a.py\nDA:1,0\nDA:2,0\nLF:2\nLH:2\nend_of_record',
    `SF:/etc/passwd\n${Array.from({ length: 100 }, (_, i) => `DA:${i + 1},1`).join('\n')}\nLF:100\nLH:100\nend_of_record`,
    'SF:src/other/b.py\nDA:1,1\nDA:2,1\nLF:2\nLH:2\nend_of_record',
    ''
  ].join('\n')
  const dir = await repo('cp fixture/lcov.info {reports}/lcov.info', 50, {
    'fixture/lcov.info': lcov,
    'src/app/a.py': 'x = 1\ny = 2\n',
    'src/other/b.py': 'z = 3\nw = 4\n'
  })
  const run = await runCli(dir, ARGS)
  expect(run.stderr).not.toContain('internal error')
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'workflow_report_app.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.passed).toBe(false)
  expect(gate.details).toMatchObject({ coverage: 0, lines_covered: 0, lines_total: 2, files: 1, coverage_kind: 'lines' })
  expect(gate.details.left_out).toEqual({ outside_workspace: 1, outside_component: 1, test_files: 0, run_outputs: 0, lines_total: 102, examples: ['/etc/passwd', 'src/other/b.py'] })
  expect(gate.warnings.some((w: string) => w.endsWith('lcov.info line 2: the record of src/app/a.py says LH:2 but 0 of its 2 DA lines were hit; counted from its line data'))).toBe(true)
  expect(gate.warnings.some((w: string) => w.startsWith("2 file(s) of the coverage report (102 lines) do not count toward the component: 1 outside the workspace, 1 outside the component's paths (/etc/passwd, src/other/b.py)"))).toBe(true)
  // The console says it beside the gate's figure, not only the report (the tool's own TOTAL counted those files).
  expect(run.stderr).toContain("warning: testing.test_coverage: 2 file(s) of the coverage report (102 lines) do not count toward the component: 1 outside the workspace, 1 outside the component's paths")
})

test("coverage.py 6.5's LCOV with branches: gated on its TOTAL (statements and branches), not on LH", async () => {
  const mod = [
    '"""Module doc."""',
    'import sys',
    '',
    '',
    'def f(x):',
    '    """Doc."""',
    '    if x > 0:',
    '        return 1',
    '    return 2',
    '',
    '',
    'def g(x):',
    '    if x:  # pragma: no cover',
    '        return 3',
    '    return 4',
    '',
    '',
    'class K:',
    '    """K doc."""',
    '',
    '    def m(self):',
    '        return 5',
    '',
    '',
    'if sys.version_info < (3,):',
    '    print("old")',
    ''
  ].join('\n')
  const command =
    '/usr/bin/python3-coverage run --branch --source=src/app run.py && /usr/bin/python3-coverage lcov -o {reports}/lcov.info && /usr/bin/python3-coverage report'
  const dir = await repo(command, 70, {
    'src/app/__init__.py': '"""Package doc."""\n',
    'src/app/mod.py': mod,
    'run.py': 'from src.app.mod import f, g\nf(1)\ng(0)\n',
    'src/__init__.py': ''
  })
  const run = await runCli(dir, ARGS)
  expect(run.stderr).not.toContain('internal error')
  const total = /TOTAL\s.*?(\d+)%/.exec(run.stdout)
  expect(total?.[1]).toBe('69')
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'workflow_report_app.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({
    coverage: 68.75,
    coverage_kind: 'statements+branches',
    tool: 'coverage.py',
    tool_reported: total?.[1],
    lines_covered: 9,
    lines_total: 12,
    line_coverage: 75,
    branches_covered: 2,
    branches_total: 4
  })
  expect(gate.errors).toEqual([
    "coverage 68.75% is below the threshold 70% (statements and branches together, as coverage.py's TOTAL 69%: 11 of 16; lines alone 75%)"
  ])
})

// A Maven project (junit5-samples' starter, first contact): `mvn test` writes Surefire's JUnit XML and no coverage
// report; its configuration named the JUnit files only, and the run said "no coverage report is configured …:
// coverage cannot be measured", no word of what to name there or of which formats are read.
test('a testing stage with no coverage report named says which reports it reads and how to skip the stage', async () => {
  const dir = await repo('true', 50, {})
  await writeIn(dir, '.github/spec-to-production.yml', `preset: none\nstages:\n  testing:\n    command: ${JSON.stringify(JUNIT)}\n    reports: { junit: "{reports}/junit.xml" }\n  refactoring: { enabled: false }\n`)
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'no coverage')
  const run = await runCli(dir, ['--spec', 'specs/app.md', '--component', 'app'])
  expect(run.code).toBe(1)
  const said =
    'no coverage report is configured (stages.testing.reports.coverage): coverage cannot be measured. Have the test command write one — lcov, Cobertura XML, ' +
    "JaCoCo XML, coverage.py JSON or Istanbul's coverage-summary.json — and name it there, or set stages.testing.enabled: false to skip the stage on purpose"
  expect((await readReport(dir, 'workflow_report_app.json')).stage_results.testing.errors).toEqual([said])
  expect(run.stdout).toContain(`✗ testing: ${said}\n`)
})
