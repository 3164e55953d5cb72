/**
 * A JVM project's first run: Maven Surefire writes one JUnit file per test class into target/surefire-reports, and a
 * run without `mvn clean` leaves the files of deleted test classes there. The CLI, as a real process in a real git
 * repository, with a test command that writes several such files (the corpus's Surefire files): `reports.junit` as a
 * glob or as the directory reads them all, leaves the stale one out and names it, and says on every surface how many
 * files were read.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { copyFile, mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderJobSummary } from '../../src/action/summary.js'
import { checkRunSummary } from '../../src/github/checks.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { renderDashboard } from '../../src/observability/dashboard.js'
import { git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const SUREFIRE = join(ROOT, '__tests__/fixtures/corpora/mikepenz/tests/utils/target/surefire-reports')
const LCOV = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"

/**
 * The tiny repository whose test command copies the committed per-class files of `classes` (Surefire's corpus files:
 * AllOkTest passes, CalcUtilsTest and StringUtilsTest fail) into target/surefire-reports, as `mvn test` writes them;
 * target/ is ignored, and holds a failing TEST-com.example.DeletedTest.xml from "an earlier run".
 */
async function mavenRepo(junit: string, classes: string[]): Promise<string> {
  const command = `mkdir -p target/surefire-reports && cp surefire/*.xml target/surefire-reports/ && ${LCOV}`
  const dir = await tinyRepo({ testing: command })
  dirs.push(dir)
  await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing: command }).replace('junit: "{reports}/junit.xml"', `junit: ${JSON.stringify(junit)}`)}\n`)
  await mkdir(join(dir, 'surefire'))
  for (const name of (await readdir(SUREFIRE)).filter((n) => classes.some((c) => n.includes(`.${c}.`)))) await copyFile(join(SUREFIRE, name), join(dir, 'surefire', name))
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\ntarget\nr.json\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'maven')
  const stale = join(dir, 'target/surefire-reports/TEST-com.example.DeletedTest.xml')
  await mkdir(join(dir, 'target/surefire-reports'), { recursive: true })
  await writeFile(stale, '<testsuite name="com.example.DeletedTest"><testcase classname="com.example.DeletedTest" name="gone"><failure message="deleted long ago"/></testcase></testsuite>')
  const past = new Date(Date.now() - 86_400_000)
  await utimes(stale, past, past)
  return dir
}

test('reports.junit as a glob over Surefire per-class files: every file this run wrote is read, the stale one named and left out', async () => {
  const dir = await mavenRepo('target/surefire-reports/TEST-*.xml', ['AllOkTest', 'StringUtilsTest'])
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const report = await readReport(dir, 'r.json')
  const gate = report.stage_results.testing.quality_gates.test_pass_rate
  // AllOkTest 1 passed; StringUtilsTest 5 tests, 2 failing, 1 skipped. The deleted class's failure is not counted.
  expect(gate.details).toMatchObject({ total: 6, passed: 3, failed: 2, errors: 0, skipped: 1 })
  expect(gate.details.junit_files).toEqual({
    count: 2,
    glob: 'target/surefire-reports/TEST-*.xml',
    files: ['target/surefire-reports/TEST-action.surefire.report.calc.AllOkTest.xml', 'target/surefire-reports/TEST-action.surefire.report.calc.StringUtilsTest.xml'],
    stale_count: 1,
    stale: ['target/surefire-reports/TEST-com.example.DeletedTest.xml'],
    duplicate_ids: 0
  })
  expect(gate.findings.map((f: { message: string }) => f.message).join('\n')).not.toContain('deleted long ago')
  expect(gate.warnings).toContainEqual(expect.stringContaining('(target/surefire-reports/TEST-com.example.DeletedTest.xml) that this attempt did not write'))
  const named = 'from 2 JUnit files (glob target/surefire-reports/TEST-*.xml; 1 stale left out)'
  expect(run.stdout).toMatch(/✗ gate test_pass_rate \(\d+ ms\): 60% < 100% \(3 of 5 executed tests, from 2 JUnit files \(glob target\/surefire-reports\/TEST-\*\.xml; 1 stale left out\)\)/)
  expect(renderJobSummary(report, {})).toContain(named)
  // Markdown: the glob's star escaped.
  expect(checkRunSummary(report, planAnnotations(reportFindings(report)))).toContain(named.replace('*', '\\*'))
  const noHistory = { runs: [], days: [], runs_seen: 0, truncated: false, stats: { files: 0, lines: 0, malformed: 0 } }
  expect(renderDashboard({ report, history: noHistory, generatedAt: Date.parse(report.finished_at) })).toContain(named)
  expect(run.code).toBe(1)
})

test('reports.junit as the directory (created by the command, as after `mvn clean`): its *.xml files are read, and a passing run passes', async () => {
  const dir = await mavenRepo('target/surefire-reports', ['AllOkTest'])
  await rm(join(dir, 'target'), { recursive: true })
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate.passed).toBe(true)
  expect(gate.details).toMatchObject({ total: 1, passed: 1, junit_files: { count: 1, directory: 'target/surefire-reports', stale_count: 0 } })
  expect(run.stdout).toMatch(/✓ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test, from 1 JUnit file \(directory target\/surefire-reports\)\)/)
  expect(run.code).toBe(0)
})

test('reports.junit as a directory where the tool also writes its own summary (Failsafe): the summary is left out and said, the run passes', async () => {
  const dir = await mavenRepo('target/surefire-reports', ['AllOkTest'])
  await rm(join(dir, 'target'), { recursive: true })
  // maven-failsafe-plugin writes failsafe-summary.xml beside its TEST-*.xml files, every run.
  await writeIn(dir, 'surefire/failsafe-summary.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<failsafe-summary result="null" timeout="false">\n    <completed>1</completed>\n    <errors>0</errors>\n    <failures>0</failures>\n    <skipped>0</skipped>\n</failsafe-summary>\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'failsafe summary')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const report = await readReport(dir, 'r.json')
  const gate = report.stage_results.testing.quality_gates.test_pass_rate
  expect(gate.passed).toBe(true)
  expect(gate.details).toMatchObject({ total: 1, passed: 1, junit_files: { count: 1, not_junit: ["target/surefire-reports/failsafe-summary.xml: Maven Failsafe's run summary (<failsafe-summary>)"] } })
  expect(gate.warnings).toEqual([])
  const named = 'from 1 JUnit file (directory target/surefire-reports; 1 not JUnit left out)'
  expect(run.stdout).toContain(`100% ≥ 100% (1 of 1 executed test, ${named})`)
  expect(renderJobSummary(report, {})).toContain(named)
  expect(run.code).toBe(0)
})

test('a glob that matches only the stale file fails the gate as a report not written, exit 1', async () => {
  const dir = await mavenRepo('target/surefire-reports/TEST-com.example.*.xml', ['AllOkTest'])
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate.passed).toBe(false)
  expect(gate.errors[0]).toMatch(
    /^the testing command \(.*\) wrote no JUnit report matching target\/surefire-reports\/TEST-com\.example\.\*\.xml \(glob\): it matches only 1 file\(s\) \(target\/surefire-reports\/TEST-com\.example\.DeletedTest\.xml\) that this attempt did not write/
  )
  expect(gate.details.junit_files).toMatchObject({ count: 0, stale_count: 1 })
  expect(run.stdout).toMatch(/✗ gate test_pass_rate/)
  expect(run.code).toBe(1)
})
