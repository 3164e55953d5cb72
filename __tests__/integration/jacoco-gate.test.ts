/**
 * A JVM project's coverage gate through the bundled CLI: the test command writes a real JaCoCo report (ReportGenerator's
 * JaCoCo 0.8.3 fixture, see __tests__/fixtures/corpora/jacoco/README.md) where jacoco-maven-plugin writes it, and the
 * gate reads `reports.coverage: target/site/jacoco/jacoco.xml` with no format named. JaCoCo names files under a source
 * root it does not name (`test/Program.java`): they are found in `src/main/java`, and the figure is JaCoCo's own.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundledCli, git, readReport, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(120_000)

const FIXTURE = fileURLToPath(new URL('../fixtures/corpora/jacoco/reportgenerator/JaCoCo0.8.3.xml', import.meta.url))
const SOURCES = ['Program', 'TestClass', 'AbstractClass_SampleImpl1', 'GenericClass', 'AbstractClass', 'AbstractClass_SampleImpl2', 'sub/Sub']
const JUNIT = "mkdir -p target/surefire-reports && printf '<testsuite name=\"s\" tests=\"1\"><testcase classname=\"c\" name=\"t\"/></testsuite>' > target/surefire-reports/TEST-s.xml"

const dirs: string[] = []
beforeAll(async () => {
  await bundledCli()
})
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

async function repo(threshold: number, source = 'src/main/java', extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-jacoco-'))
  dirs.push(dir)
  await writeIn(dir, 'specs/app.md', `---\ncomponent: app\npaths:\n  source: ${source}\n---\n# App\n\n## Requirements\n\n- REQ-1: it runs.\n`)
  for (const name of SOURCES) await writeIn(dir, `src/main/java/test/${name}.java`, `package test;\nclass X {}\n`)
  for (const [path, text] of Object.entries(extra)) await writeIn(dir, path, text)
  await copyFile(FIXTURE, join(dir, 'jacoco-fixture.xml'))
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    [
      'preset: none',
      `quality_gates: { test_coverage: { dev_threshold: ${threshold} } }`,
      'stages:',
      '  testing:',
      `    command: ${JSON.stringify(`mkdir -p target/site/jacoco && cp jacoco-fixture.xml target/site/jacoco/jacoco.xml && ${JUNIT}`)}`,
      '    reports: { junit: target/surefire-reports/TEST-s.xml, coverage: target/site/jacoco/jacoco.xml }',
      '  refactoring: { enabled: false }',
      'error_recovery:',
      '  testing: { max_retries: 0 }',
      ''
    ].join('\n')
  )
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\ntarget/\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'app')
  return dir
}

const ARGS = ['--spec', 'specs/app.md', '--component', 'app', '--target', 'dev']

test("target/site/jacoco/jacoco.xml: detected, its files found under src/main/java, the gate's figure JaCoCo's 26 of 38 lines", async () => {
  const dir = await repo(60)
  const run = await runCli(dir, ARGS)
  expect(run.stderr).not.toContain('internal error')
  const gate = (await readReport(dir, 'workflow_report_app.json')).stage_results.testing.quality_gates.test_coverage
  expect(run.code).toBe(0)
  expect(gate.passed).toBe(true)
  // JaCoCo's report: <counter type="LINE" missed="12" covered="26"/>, <counter type="BRANCH" missed="3" covered="1"/>.
  expect(gate.details).toMatchObject({
    format: 'jacoco',
    coverage: 68.42,
    coverage_kind: 'lines',
    lines_covered: 26,
    lines_total: 38,
    branches_covered: 1,
    branches_total: 4,
    files: 7,
    threshold: 60
  })
  // Every file matched a source under src/main/java: nothing left out, nothing unmeasured, nothing to warn of.
  expect(gate.details.left_out).toBeUndefined()
  expect(gate.details.unmeasured_files).toBeUndefined()
  expect(gate.warnings).toEqual([])
})

test('the same report under a 70% threshold fails the gate and the run', async () => {
  const dir = await repo(70)
  const run = await runCli(dir, ARGS)
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'workflow_report_app.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.passed).toBe(false)
  expect(gate.errors).toEqual(['line coverage 68.42% is below the threshold 70% (26 of 38 lines)'])
})

test('--only-changed: patch coverage from the JaCoCo <line> elements of the changed file', async () => {
  const dir = await repo(60)
  git(dir, 'checkout', '-qb', 'feature')
  // TestClass.java rewritten: each of its 34 lines changed. JaCoCo lists 13 of them with instructions, 9 with ci > 0.
  await writeIn(dir, 'src/main/java/test/TestClass.java', Array.from({ length: 34 }, (_, i) => `// line ${i + 1}`).join('\n') + '\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'feature')
  const run = await runCli(dir, [...ARGS, '--only-changed', '--base', 'main'])
  expect(run.stderr).not.toContain('internal error')
  const gate = (await readReport(dir, 'workflow_report_app.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details.patch_coverage).toEqual({ covered: 9, total: 13, percent: 69.23, files: [{ file: 'src/main/java/test/TestClass.java', covered: 9, total: 13 }] })
})

test("with paths.source src, Maven's src/test/java is test code, not a source file no test loaded", async () => {
  const dir = await repo(60, 'src', { 'src/test/java/test/ProgramTest.java': 'package test;\nclass ProgramTest {}\n' })
  const run = await runCli(dir, ARGS)
  expect(run.code).toBe(0)
  const gate = (await readReport(dir, 'workflow_report_app.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({ format: 'jacoco', lines_covered: 26, lines_total: 38 })
  expect(gate.details.unmeasured_files).toBeUndefined()
  expect(gate.warnings).toEqual([])
})

test('--only-changed on classes compiled with -g:none (JaCoCo 0.8.6 wrote the report): the changed file is named as having no per-line data', async () => {
  const dir = await repo(60, 'src/main/java', {
    'src/main/java/com/acme/Order.java': readFileSync(fileURLToPath(new URL('../fixtures/corpora/jacoco/generated/src/com/acme/Order.java', import.meta.url)), 'utf8')
  })
  await copyFile(fileURLToPath(new URL('../fixtures/corpora/jacoco/generated/jacoco-g-none.xml', import.meta.url)), join(dir, 'jacoco-fixture.xml'))
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'no debug info')
  git(dir, 'checkout', '-qb', 'feature')
  await writeIn(dir, 'src/main/java/com/acme/Order.java', readFileSync(join(dir, 'src/main/java/com/acme/Order.java'), 'utf8').replace('* 9 / 10', '* 8 / 10'))
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'discount')
  const run = await runCli(dir, [...ARGS, '--only-changed', '--base', 'main'])
  expect(run.stderr).not.toContain('internal error')
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'workflow_report_app.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.errors).toEqual(['the coverage report measured no line of the component: nothing was covered'])
  expect(gate.details.patch_coverage).toMatchObject({ covered: 0, total: 0, percent: null, no_line_data: ['src/main/java/com/acme/Order.java'] })
  expect(gate.warnings).toContainEqual(expect.stringContaining('no line numbers (compiled without debug information'))
  expect(gate.warnings).toContainEqual(
    'patch coverage: 1 changed file(s) have no per-line data in the coverage report (src/main/java/com/acme/Order.java): compiled without line numbers, their changed lines are in neither count'
  )
})
