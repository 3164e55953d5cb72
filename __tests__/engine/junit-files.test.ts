/**
 * A JUnit report of many files (Surefire's and Gradle's one file per test class), read from real files on disk the
 * way the testing stage reads them: the identities noted before the command, the files written after, each file
 * judged fresh or stale, the fresh ones parsed by the JUnit reader and summed.
 */
import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ReportSnapshot } from '../../src/engine/fresh.js'
import { directorySource, globSource, listJUnitFiles, MAX_JUNIT_FILES, readJUnitFiles, type JUnitFileSource } from '../../src/engine/stages/junit-files.js'
import { isGlobTemplate } from '../../src/engine/stages/templates.js'
import { readTestReport } from '../../src/reports/tests-and-coverage.js'
import type { JUnitCase } from '../../src/reports/junit.js'
import { ROOT } from '../helpers/workspace.js'

const SUREFIRE = join(ROOT, '__tests__/fixtures/corpora/mikepenz/tests/utils/target/surefire-reports')
const EMAIL = join(ROOT, '__tests__/fixtures/corpora/mikepenz/tests/email/target/surefire-reports/TEST-action.surefire.report.email.EmailAddressTest.xml')
const RAN = 'the testing command (exit status 0)'

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-junit-files-'))
  dirs.push(dir)
  return dir
}

/** Surefire's per-class files of the corpus, copied as `mvn test` writes them: one TEST-<class>.xml per test class. */
async function surefire(into: string): Promise<string[]> {
  await mkdir(into, { recursive: true })
  const names = [...(await readdir(SUREFIRE)).sort(), 'email']
  const written: string[] = []
  for (const name of names) {
    const from = name === 'email' ? EMAIL : join(SUREFIRE, name)
    const to = join(into, name === 'email' ? 'TEST-action.surefire.report.email.EmailAddressTest.xml' : name)
    await copyFile(from, to)
    written.push(to)
  }
  return written
}

const read = (ws: string) => (path: string, onCase: (test: JUnitCase) => void) => readTestReport(path, { workspace: ws, onCase })

/** What the testing stage does around one attempt: note the files, run the "command", read what it wrote. */
async function attempt(ws: string, source: JUnitFileSource, command: () => Promise<void>, onCase?: (test: JUnitCase) => void) {
  const snapshot = await ReportSnapshot.take([])
  await snapshot.include(await listJUnitFiles(source, ws))
  await command()
  return readJUnitFiles(snapshot, source, { workspace: ws, ran: RAN, onCase }, read(ws))
}

async function glob(ws: string, pattern: string): Promise<JUnitFileSource> {
  return globSource(pattern, { reports: join(ws, '.spec-to-production/runs/1') }, ws, join(ws, pattern), 'stages.testing.reports.junit')
}

test('a directory of Surefire per-class files is read as one report: totals summed, each failure kept, the files named', async () => {
  const ws = await workspace()
  const dir = join(ws, 'target/surefire-reports')
  let files: string[] = []
  const seen: string[] = []
  const got = await attempt(ws, directorySource(dir, ws), async () => void (files = await surefire(dir)), (c) => seen.push(c.id))
  expect(got.problem).toBeUndefined()
  // Each file read alone, summed: the merged report says the same.
  const alone = await Promise.all(files.map((f) => readTestReport(f, { workspace: ws })))
  const sum = (k: 'total' | 'passed' | 'failed' | 'errors' | 'skipped') => alone.reduce((n, r) => n + r.totals[k], 0)
  expect(got.value!.totals).toMatchObject({ total: sum('total'), passed: sum('passed'), failed: sum('failed'), errors: sum('errors'), skipped: sum('skipped') })
  expect(got.value!.totals.total).toBe(17)
  expect(got.value!.failures.map((f) => f.id)).toEqual(alone.flatMap((r) => r.failures.map((f) => f.id)))
  // The per-test collector saw every test of every file.
  expect(seen).toHaveLength(17)
  expect(got.detail).toMatchObject({ count: 4, directory: 'target/surefire-reports', stale_count: 0, duplicate_ids: 0 })
  expect(got.detail.files).toEqual(files.map((f) => f.slice(ws.length + 1)).sort())
  expect(got.warnings).toEqual([])
})

test('a file an earlier `mvn test` left (TEST-Deleted.xml) is left out with a warning naming it; the fresh ones are read', async () => {
  const ws = await workspace()
  const dir = join(ws, 'target/surefire-reports')
  await mkdir(dir, { recursive: true })
  // The earlier run: a test class since deleted, failing; and an older copy of a class this run rewrites.
  const deleted = join(dir, 'TEST-com.example.DeletedTest.xml')
  await writeFile(deleted, '<testsuite name="com.example.DeletedTest"><testcase classname="com.example.DeletedTest" name="gone"><failure message="old"/></testcase></testsuite>')
  await writeFile(join(dir, 'TEST-action.surefire.report.calc.AllOkTest.xml'), '<testsuite><testcase classname="old" name="old"><failure message="old"/></testcase></testsuite>')
  const past = new Date(Date.now() - 3_600_000)
  await utimes(deleted, past, past)
  const got = await attempt(ws, await glob(ws, 'target/surefire-reports/TEST-*.xml'), async () => void (await surefire(dir)))
  expect(got.problem).toBeUndefined()
  expect(got.value!.totals.total).toBe(17)
  expect(got.value!.failures.map((f) => f.id)).not.toContain('com.example.DeletedTest::gone')
  expect(got.detail).toMatchObject({ count: 4, glob: 'target/surefire-reports/TEST-*.xml', stale_count: 1, stale: ['target/surefire-reports/TEST-com.example.DeletedTest.xml'] })
  expect(got.warnings).toEqual([
    'of the JUnit files (glob target/surefire-reports/TEST-*.xml), 1 file(s) (target/surefire-reports/TEST-com.example.DeletedTest.xml) that this attempt did not write (left over from an earlier run) are not read: the gate counts the 4 file(s) this attempt wrote'
  ])
})

test('a command that rewrites none of the matching files wrote no report: nothing is read, the stale files are named', async () => {
  const ws = await workspace()
  const dir = join(ws, 'build/test-results/test')
  await surefire(dir)
  const got = await attempt(ws, await glob(ws, '**/build/test-results/test/*.xml'), async () => undefined)
  expect(got.value).toBeUndefined()
  expect(got.problem).toMatch(/^the testing command \(exit status 0\) wrote no JUnit report matching \*\*\/build\/test-results\/test\/\*\.xml \(glob\): it matches only 4 file\(s\) \(build\/test-results\/test\/TEST-action/)
  expect(got.detail).toMatchObject({ count: 0, stale_count: 4 })
})

test('a glob that matches nothing is a report not written, never an empty pass', async () => {
  const ws = await workspace()
  const got = await attempt(ws, await glob(ws, 'target/surefire-reports/TEST-*.xml'), async () => {
    // The tool wrote its files elsewhere.
    await surefire(join(ws, 'target/failsafe-reports'))
  })
  expect(got.value).toBeUndefined()
  expect(got.problem).toBe('the testing command (exit status 0) wrote no JUnit report matching target/surefire-reports/TEST-*.xml (glob): no file matches')
})

test('a placeholder in the glob is filled and its value taken literally: {reports} holding glob characters matches itself only', async () => {
  const ws = await workspace()
  const reports = join(ws, 'runs/[1]')
  const source = await globSource('{reports}/TEST-*.xml', { reports }, ws, join(reports, 'TEST-*.xml'), 'stages.testing.reports.junit')
  expect(source.shown).toBe('runs/[1]/TEST-*.xml')
  const got = await attempt(ws, source, async () => {
    await surefire(reports)
    // `[1]` read as a class would match runs/1.
    await surefire(join(ws, 'runs/1'))
  })
  expect(got.detail.count).toBe(4)
  expect(got.detail.files.every((f) => f.startsWith('runs/[1]/'))).toBe(true)
})

test('a matching file that is a symbolic link to a file outside the workspace fails the read, naming it', async () => {
  const ws = await workspace()
  const outside = await workspace()
  await writeFile(join(outside, 'TEST-Evil.xml'), '<testsuite><testcase classname="e" name="fine"/></testsuite>')
  const dir = join(ws, 'target/surefire-reports')
  const got = await attempt(ws, directorySource(dir, ws), async () => {
    await surefire(dir)
    await symlink(join(outside, 'TEST-Evil.xml'), join(dir, 'TEST-Evil.xml'))
  })
  expect(got.value).toBeUndefined()
  expect(got.problem).toMatch(/^the JUnit file target\/surefire-reports\/TEST-Evil\.xml \(JUnit files \(directory target\/surefire-reports\)\) resolves outside the workspace \(.*TEST-Evil\.xml\): not read$/)
  // The glob sees it too (links are followed to be judged, not skipped), and a linked directory's files as well.
  const ws2 = await workspace()
  const again = await attempt(ws2, await glob(ws2, 'target/**/*.xml'), async () => {
    await surefire(join(ws2, 'target/surefire-reports'))
    await writeFile(join(outside, 'TEST-Evil.xml'), '<testsuite><testcase classname="e" name="fine"/></testsuite>')
    await symlink(outside, join(ws2, 'target/linked'))
  })
  expect(again.value).toBeUndefined()
  expect(again.problem).toMatch(/^the JUnit file target\/linked\/TEST-Evil\.xml \(JUnit files \(glob target\/\*\*\/\*\.xml\)\) resolves outside the workspace/)
})

test('a matching FIFO fails the read as not a regular file (it would block the reader)', async () => {
  const ws = await workspace()
  const dir = join(ws, 'out')
  const got = await attempt(ws, directorySource(dir, ws), async () => {
    await surefire(dir)
    execFileSync('mkfifo', [join(dir, 'TEST-pipe.xml')])
  })
  expect(got.problem).toBe('the JUnit file out/TEST-pipe.xml (JUnit files (directory out)) is a FIFO (named pipe), not a regular file: not read')
})

test('a merged file beside the per-class files it merges: the shared tests are named as a caveat with both files', async () => {
  const ws = await workspace()
  const dir = join(ws, 'target/surefire-reports')
  const got = await attempt(ws, directorySource(dir, ws), async () => {
    await surefire(dir)
    // A merge tool's output (junit-merge, `TEST-all.xml`) written into the same directory.
    const suites = await Promise.all([join(SUREFIRE, 'TEST-action.surefire.report.calc.AllOkTest.xml'), join(SUREFIRE, 'TEST-action.surefire.report.calc.CalcUtilsTest.xml')].map((f) => readFile(f, 'utf8')))
    await writeFile(join(dir, 'TEST-all.xml'), `<testsuites>${suites.map((s) => s.replace(/<\?xml[^>]*\?>/, '')).join('')}</testsuites>`)
  })
  expect(got.problem).toBeUndefined()
  // Each file counts as the tool wrote it: 17 + the 3 tests merged again.
  expect(got.value!.totals.total).toBe(20)
  expect(got.detail.duplicate_ids).toBe(3)
  expect(got.warnings).toHaveLength(1)
  expect(got.warnings[0]).toMatch(
    /^3 test id\(s\) appear in more than one of the JUnit files \(directory target\/surefire-reports\): target\/surefire-reports\/TEST-action\.surefire\.report\.calc\.(AllOkTest|CalcUtilsTest)\.xml and target\/surefire-reports\/TEST-all\.xml share \d/
  )
  expect(got.warnings[0]).toContain('cannot be trusted as counts of distinct tests')
  expect(got.warnings[0]).toContain('TEST-action.surefire.report.calc.AllOkTest.xml and target/surefire-reports/TEST-all.xml share 1 (e.g. action.surefire.report.calc.AllOkTest::everythingIsFine)')
})

test('a file that fails to parse fails the read, naming that file and its place', async () => {
  const ws = await workspace()
  const dir = join(ws, 'target/surefire-reports')
  const got = await attempt(ws, directorySource(dir, ws), async () => {
    await surefire(dir)
    // Sorted by name: AllOk, CalcUtils, then this one, third.
    await writeFile(join(dir, 'TEST-action.surefire.report.calc.Cut.xml'), '<testsuite><testcase classname="c" name="t">')
  })
  expect(got.value).toBeUndefined()
  expect(got.problem).toContain(join(dir, 'TEST-action.surefire.report.calc.Cut.xml'))
  expect(got.problem).toMatch(/not a valid junit report .*\(the 3rd of the 5 JUnit files \(directory target\/surefire-reports\)\)$/)
})

test(`more than ${MAX_JUNIT_FILES} matching files: none is read, and the gate is told so`, async () => {
  const ws = await workspace()
  const dir = join(ws, 'many')
  const got = await attempt(ws, await glob(ws, 'many/*.xml'), async () => {
    await mkdir(dir)
    const body = '<testsuite><testcase classname="c" name="t"/></testsuite>'
    for (let i = 0; i <= MAX_JUNIT_FILES; i++) await writeFile(join(dir, `TEST-${i}.xml`), body)
  })
  expect(got.value).toBeUndefined()
  expect(got.problem).toBe(
    `${MAX_JUNIT_FILES + 1} files match the JUnit files (glob many/*.xml), more than the 10,000 read at most: none is read (a part of them would be no measure of the run). Narrow the glob, or have the tool write fewer files`
  )
})

test('the sum keeps flaky tests, the quarantine picks and the failure bound of one report', async () => {
  const ws = await workspace()
  const dir = join(ws, 'results')
  const match = (t: { id: string }) => (t.id.includes('StringUtilsTest') || t.id.includes('MicrosoftTeams') ? 0 : -1)
  const got = await attempt(ws, directorySource(dir, ws), async () => {
    await surefire(dir)
    // Surefire's <flakyFailure>: a test that failed, then passed on the runner's own rerun.
    await copyFile(join(ROOT, '__tests__/fixtures/corpora/mikepenz/maven_surefire_flaky/surefire-report.xml'), join(dir, 'TEST-flaky.xml'))
    // Two shards of 150 failures each: 300 failed, the first 200 named.
    for (const shard of [1, 2]) {
      const cases = Array.from({ length: 150 }, (_, i) => `<testcase classname="shard${shard}" name="t${i}"><failure message="no"/></testcase>`).join('')
      await writeFile(join(dir, `TEST-shard${shard}.xml`), `<testsuite>${cases}</testsuite>`)
    }
  })
  const files = (await readdir(dir)).sort().map((f) => join(dir, f))
  const alone = await Promise.all(files.map((f) => readTestReport(f, { workspace: ws, match })))
  // The same reading with the quarantine's matcher, as the stage gives it.
  const withMatch = await (async () => {
    const snapshot = await ReportSnapshot.take([])
    return readJUnitFiles(snapshot, directorySource(dir, ws), { workspace: ws, ran: RAN }, (path, onCase) => readTestReport(path, { workspace: ws, onCase, match }))
  })()
  expect(got.value!.totals.failed).toBe(alone.reduce((n, r) => n + r.totals.failed, 0))
  expect(got.value!.totals.failed).toBeGreaterThan(300)
  expect(got.value!.failures).toHaveLength(200)
  expect(got.value!.failures_truncated).toBe(true)
  const flakyCount = alone.reduce((n, r) => n + (r.flaky_count ?? 0), 0)
  expect(flakyCount).toBeGreaterThan(0)
  expect(got.value!.flaky_count).toBe(flakyCount)
  expect(got.value!.flaky!.map((f) => f.id)).toEqual(alone.flatMap((r) => (r.flaky ?? []).map((f) => f.id)))
  const counts = alone.map((r) => r.matched!.counts[0]).filter(Boolean)
  const sum = (k: 'passed' | 'failed' | 'errors' | 'skipped' | 'flaky') => counts.reduce((n, c) => n + c[k], 0)
  expect(withMatch.value!.matched!.counts[0]).toEqual({ passed: sum('passed'), failed: sum('failed'), errors: sum('errors'), skipped: sum('skipped'), flaky: sum('flaky') })
  expect(withMatch.value!.matched!.counts[0].flaky).toBeGreaterThan(0)
  expect(withMatch.value!.matched!.tests.length).toBe(alone.reduce((n, r) => n + r.matched!.tests.length, 0))
})

test('warnings and suite-level failures over many files are bounded, the cut said, the failure kept', async () => {
  const ws = await workspace()
  const dir = join(ws, 'results')
  const got = await attempt(ws, directorySource(dir, ws), async () => {
    await mkdir(dir)
    // jest-junit's suite that failed to run: errors="1" and no test case. One per file, 150 files.
    for (let i = 0; i < 150; i++) await writeFile(join(dir, `TEST-${String(i).padStart(3, '0')}.xml`), `<testsuites><testsuite name="s${i}" tests="1" errors="1"><testcase classname="c${i}" name="t" status="bogus"/></testsuite></testsuites>`)
  })
  const value = got.value!
  expect(value.unlisted_failures).toHaveLength(100)
  expect(value.unlisted_failures![0]).toContain('results/TEST-000.xml')
  expect(value.unlisted_failures![99]).toBe('and 51 more failures stated outside test cases in the other JUnit files')
  expect(value.warnings).toHaveLength(100)
  expect(value.warnings![99]).toBe('and 51 more warnings in the other JUnit files')
})

test('a path is a glob by a * or ? of its own text; a [ alone, or a placeholder, leaves it the plain path it was', () => {
  expect(isGlobTemplate('target/surefire-reports/TEST-*.xml')).toBe(true)
  expect(isGlobTemplate('**/build/test-results/test/*.xml')).toBe(true)
  expect(isGlobTemplate('{reports}/shard-?.xml')).toBe(true)
  expect(isGlobTemplate('{reports}/junit.xml')).toBe(false)
  expect(isGlobTemplate('out[1]/junit.xml')).toBe(false)
  expect(isGlobTemplate('target/surefire-reports')).toBe(false)
})

/** failsafe-summary.xml as maven-failsafe-plugin 3 writes it beside its per-class files. */
const FAILSAFE_SUMMARY = `<?xml version="1.0" encoding="UTF-8"?>
<failsafe-summary xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-failsafe-plugin/xsd/failsafe-summary.xsd" result="255" timeout="false">
    <completed>17</completed>
    <errors>1</errors>
    <failures>2</failures>
    <skipped>1</skipped>
    <failureMessage xsi:nil="true" />
</failsafe-summary>
`
/** testng-failed.xml as TestNG writes it into surefire-reports: the suite of the failed tests, to run them again. */
const TESTNG_FAILED = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE suite SYSTEM "https://testng.org/testng-1.0.dtd">
<suite name="Failed suite [Surefire suite]" guice-stage="DEVELOPMENT">
  <test thread-count="5" name="Surefire test(failed)">
    <classes><class name="action.surefire.report.calc.CalcUtilsTest"><methods><include name="testError"/></methods></class></classes>
  </test>
</suite>
`

test('a Failsafe or TestNG directory: the tool\'s own summary and suite files are named and left out, the JUnit files read', async () => {
  const ws = await workspace()
  const dir = join(ws, 'target/failsafe-reports')
  let files: string[] = []
  const got = await attempt(ws, directorySource(dir, ws), async () => {
    files = await surefire(dir)
    await writeFile(join(dir, 'failsafe-summary.xml'), FAILSAFE_SUMMARY)
    await writeFile(join(dir, 'testng-failed.xml'), TESTNG_FAILED)
  })
  expect(got.problem).toBeUndefined()
  expect(got.value!.totals.total).toBe(17)
  expect(got.detail.count).toBe(4)
  expect(got.detail.files).toEqual(files.map((f) => f.slice(ws.length + 1)).sort())
  expect(got.detail.not_junit).toEqual([
    "target/failsafe-reports/failsafe-summary.xml: Maven Failsafe's run summary (<failsafe-summary>)",
    "target/failsafe-reports/testng-failed.xml: TestNG's suite file (<suite>)"
  ])
  expect(got.warnings).toEqual([])
})

test('a directory holding only a Failsafe summary wrote no JUnit report; a glob naming the summary is refused as before', async () => {
  const ws = await workspace()
  const dir = join(ws, 'target/failsafe-reports')
  await mkdir(dir, { recursive: true })
  const only = await attempt(ws, directorySource(dir, ws), () => writeFile(join(dir, 'failsafe-summary.xml'), FAILSAFE_SUMMARY))
  expect(only.value).toBeUndefined()
  expect(only.problem).toBe(`${RAN} wrote no JUnit report in target/failsafe-reports (directory): it holds only target/failsafe-reports/failsafe-summary.xml: Maven Failsafe's run summary (<failsafe-summary>), not JUnit XML`)
  // A glob is what the user asked for: every file it matches must be JUnit XML.
  const globbed = await attempt(ws, await glob(ws, 'target/failsafe-reports/*.xml'), async () => {
    await surefire(dir)
    await writeFile(join(dir, 'failsafe-summary.xml'), FAILSAFE_SUMMARY)
  })
  expect(globbed.value).toBeUndefined()
  expect(globbed.problem).toMatch(/failsafe-summary\.xml: not a valid auto-detect report .*XML whose root element is <failsafe-summary> \(the 5th of the 5 JUnit files \(glob target\/failsafe-reports\/\*\.xml\)\)$/)
})
