/**
 * Testing stage: run the test command under the testing retry policy, then judge `test_pass_rate` and
 * `test_coverage` from the reports this run wrote. A failing test run is rerun while its set of failures changes:
 * failures that pass on a rerun are flaky; the same failures twice in a row are deterministic and stop the retries.
 * The same suite runner judges the deployment stages' integration and E2E tests.
 */
import { statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { RetryPolicyConfig, ReportRef } from '../../config/types.js'
import type { CommandResult } from '../../exec/types.js'
import { coverageThreshold, judgeCoverage, judgePassRate, type PassRatePolicy } from '../../gates/tests.js'
import { quarantinePolicy } from '../../gates/quarantine.js'
import { unseenRetries } from '../../gates/unseen-retries.js'
import { RepositoryProbe } from '../../config/probe.js'
import type { JUnitCase } from '../../reports/junit.js'
import { FLAKY_MESSAGES, type CoverageFormat, type CoverageReport, type FailedTest, type FlakyTest, type TestReport } from '../../reports/types.js'
import { classifyCommand } from '../../resilience/classify.js'
import type { AttemptOutcome } from '../../resilience/policies.js'
import type { RunContext } from '../context.js'
import { ReportSnapshot, readFreshReport } from '../fresh.js'
import { gateResult, type StageRecorder } from '../stage.js'
import { outputGist, runStep } from '../steps.js'
import { listWorkTree } from '../work-tree.js'
import { unmeasuredSources } from './unmeasured-sources.js'
import { commandFor, isGlobTemplate, reportPathFor } from './templates.js'
import { componentCoverageScope, type ComponentScope } from './coverage-scope.js'
import { changeLinesOf } from '../change-lines.js'

type Readers = typeof import('./test-reading.js')
type JUnitFiles = typeof import('./junit-files.js')
type JUnitFilesRead = import('./junit-files.js').JUnitFilesRead

interface TestAttempt {
  result: CommandResult
  tests?: TestReport
  coverage?: CoverageReport
  /** Why the test report could not be used, when it could not. */
  testsProblem?: string
  coverageProblem?: string
  /** Of the tests that failed in an earlier attempt, those this attempt's report shows passing (absent on a first attempt). */
  passedAgain?: Set<string>
  /** When `reports.junit` is a glob or a directory: the files read (or why none was), and what to warn of. */
  junitFiles?: { detail: import('./junit-files.js').JUnitFilesDetail; warnings: string[] }
}

/** One test suite to run and judge: the testing stage's, or a deployment stage's integration/E2E tests. */
export interface TestSuite {
  /** Log prefix and the name in messages: testing, integration_tests, e2e_tests. */
  purpose: string
  /** Gate names get this prefix: '' gives test_pass_rate, 'integration_' gives integration_test_pass_rate. */
  gatePrefix: string
  /** The configuration key the suite comes from, for messages. */
  where: string
  command: string | undefined
  reports: { junit?: ReportRef; coverage?: ReportRef } | undefined
  timeoutSeconds: number
  policy: RetryPolicyConfig
  /** Coverage the suite must reach. */
  coverageThreshold: number
  env?: Record<string, string>
  /** Template values besides the run's (deployment placeholders). */
  vars?: Record<string, string>
  /** `quality_gates.test_pass_rate`'s flaky policy and quarantine; the deployment suites judge without them. */
  passRatePolicy?: PassRatePolicy
}

export interface SuiteResult {
  /** False when the suite could not run or a gate failed. */
  passed: boolean
  cancelled: boolean
  coverage: number | null
  /** A test report of this run was read: the tests ran (a failure then is the product's, not the environment's). */
  reportRead?: boolean
}

export async function testingStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  const { config } = ctx
  const testing = config.stages.testing
  // Focused tests, the skips the change adds, coverage ignore hints: read from the files while the tests run.
  const markers = testMarkersOf(ctx)
  markers.catch(() => undefined)
  // The tests the change takes away (deleted, renamed out of the runner's reach, cut from their file).
  const removed = testsRemovedOf(ctx)
  removed.catch(() => undefined)
  const result = await runTestSuite(ctx, stage, {
    purpose: 'testing',
    gatePrefix: '',
    where: 'stages.testing',
    command: testing.command,
    reports: testing.reports,
    timeoutSeconds: testing.timeout_seconds,
    policy: config.error_recovery.testing,
    coverageThreshold: coverageThreshold(config.quality_gates.test_coverage, ctx.target),
    passRatePolicy: {
      flaky: config.quality_gates.test_pass_rate.flaky ?? 'warn',
      // Expiry is judged on the run's day in UTC.
      quarantine: quarantinePolicy(config.quality_gates.test_pass_rate.quarantine ?? [], new Date(ctx.host.now()).toISOString().slice(0, 10))
    }
  })
  if (result.coverage !== null) stage.outputs.coverage = result.coverage
  // What the preset's command leaves out of the project's tests stands beside the pass rate it qualifies (a caveat
  // on every surface), or on the stage when no pass rate was judged.
  const leftOut = ctx.testsLeftOut ?? []
  const passRate = stage.gates.test_pass_rate
  if (passRate) passRate.warnings = [...(passRate.warnings ?? []), ...leftOut]
  else stage.warnings.push(...leftOut)
  const { testMarkerNotes } = await import('./test-markers.js')
  const notes = testMarkerNotes(
    await markers.catch((error: Error) => {
      ctx.host.info(`test markers: not looked for: ${error.message}`)
      return { focused: [] }
    })
  )
  for (const [gate, note] of [[passRate, notes.passRate], [stage.gates.test_coverage, notes.coverage]] as const) {
    if (!gate) continue
    gate.warnings = [...(gate.warnings ?? []), ...note.warnings]
    Object.assign(gate.details, note.details)
  }
  const taken = await removed.catch((error: Error) => {
    ctx.host.info(`tests removed by the change: not counted: ${error.message}`)
    return null
  })
  if (taken && passRate) {
    passRate.warnings = [...(passRate.warnings ?? []), taken.warning]
    Object.assign(passRate.details, taken.details)
  }
}

/** The caveat on `test_pass_rate` when the change leaves fewer tests than its base (see tests-removed.ts); null without a base. */
async function testsRemovedOf(ctx: RunContext): Promise<{ warning: string; details: Record<string, unknown> } | null> {
  const base = ctx.changeBase
  if (!base) return null
  const [{ testsRemovedSince, testsRemovedNote, noRecursePattern }, { scope }, { pytestOption }] = await Promise.all([
    import('./tests-removed.js'),
    componentCoverageScope(ctx),
    import('../../config/python-project.js')
  ])
  // pytest's own norecursedirs replaces its default: the directories it does not look into for tests.
  const noRecurse = pytestOption(new RepositoryProbe(ctx.host.workspace), 'norecursedirs')?.words
  const found = await testsRemovedSince(ctx.host.workspace, base, scope, noRecurse?.length ? noRecursePattern(noRecurse) : undefined)
  return found ? testsRemovedNote(found, base) : null
}

/**
 * The component's focused tests, and the skips on lines the change adds when there is a base to compare with (see
 * test-markers.ts). A base whose lines cannot be told is said in the log, and only the focus is looked for.
 */
async function testMarkersOf(ctx: RunContext): Promise<import('./test-markers.js').TestMarkers> {
  const workspace = ctx.host.workspace
  const [{ findTestMarkers }, { TrackedFiles }, { scope }, changed] = await Promise.all([
    import('./test-markers.js'),
    import('./unchecked-sources.js'),
    componentCoverageScope(ctx),
    changeLinesOf(ctx)
  ])
  const found = await findTestMarkers(workspace, new TrackedFiles(workspace), scope, changed ?? undefined)
  return ctx.changeBase && changed ? { ...found, base: ctx.changeBase } : found
}

export async function runTestSuite(ctx: RunContext, stage: StageRecorder, suite: TestSuite): Promise<SuiteResult> {
  const { config, host } = ctx
  const none: SuiteResult = { passed: false, cancelled: false, coverage: null }
  const command = commandFor(ctx, suite.command, `${suite.where}.command`, suite.vars)
  if (!command) {
    stage.fail(
      `no test command is configured (${suite.where}.command): nothing was tested. Configure one, or set ${suite.where.split('.').slice(0, 2).join('.')}.enabled: false to skip the stage on purpose.`,
      'configuration'
    )
    return none
  }
  const junit = suite.reports?.junit && reportPathFor(ctx, suite.reports.junit.path, `${suite.where}.reports.junit`, suite.vars)
  // A glob names many files (Surefire's and Gradle's one per test class); so does a directory, found when it is one.
  const junitGlob = suite.reports?.junit !== undefined && isGlobTemplate(suite.reports.junit.path)
  const coverage = suite.reports?.coverage && reportPathFor(ctx, suite.reports.coverage.path, `${suite.where}.reports.coverage`, suite.vars)
  // What to do, not only what is missing: the reports read, and how a stage is skipped on purpose.
  const skip = `or set ${suite.where.split('.').slice(0, 2).join('.')}.enabled: false to skip the stage on purpose`
  if (!junit) stage.fail(`no JUnit report is configured (${suite.where}.reports.junit): the pass rate cannot be measured. Have the test command write JUnit XML and name it there, ${skip}`, 'configuration')
  if (!coverage) {
    stage.fail(
      `no coverage report is configured (${suite.where}.reports.coverage): coverage cannot be measured. Have the test command write one — lcov, Cobertura XML, ` +
        `JaCoCo XML, coverage.py JSON or Istanbul's coverage-summary.json — and name it there, ${skip}`,
      'configuration'
    )
  }
  if (!junit || !coverage) return none

  const scope = await componentCoverageScope(ctx)
  /** Per attempt of the command, the tests that failed in it, by id. */
  const failingSets: Map<string, FailedTest>[] = []
  /** Per attempt with a test report: the tests it executed, and whether it failed more tests than it kept by name. */
  const ranBefore: Array<{ executed: number; truncated: boolean }> = []
  const started = host.now()
  let snapshot: ReportSnapshot | undefined
  let reading: Promise<Readers> | undefined
  let manyFiles: Promise<JUnitFiles> | undefined
  const junitFiles = (): Promise<JUnitFiles> => (manyFiles ??= import('./junit-files.js'))
  let junitSource: import('./junit-files.js').JUnitFileSource | undefined
  const step = await runStep<TestAttempt>(ctx, stage, {
    purpose: suite.purpose,
    command,
    timeoutSeconds: suite.timeoutSeconds,
    env: suite.env,
    policy: suite.policy,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take([junit, coverage])
      // The files a glob or a directory matches before the command runs: those it leaves as they were are stale.
      if (junitGlob || snapshot.wasDirectory(junit)) {
        const files = await junitFiles()
        junitSource ??= junitGlob
          ? await files.globSource(suite.reports!.junit!.path, { ...ctx.templateVars, ...suite.vars }, host.workspace, junit, `${suite.where}.reports.junit`)
          : files.directorySource(junit, host.workspace)
        await snapshot.include(await files.listJUnitFiles(junitSource, host.workspace))
      }
      // The readers load while the command runs. (A run cancelled before they are needed never waits on them.)
      if (reading === undefined) {
        reading = import('./test-reading.js')
        reading.catch(() => undefined)
      }
    },
    judge: async (result) => {
      const readers = await (reading ?? import('./test-reading.js'))
      // The tests that failed before: a rerun must show each one passing to call it flaky.
      const failedBefore = new Set(failingSets.flatMap((set) => [...set.keys()]))
      // A directory the command created is one too (target/surefire-reports after `mvn clean`).
      if (!junitGlob && junitSource === undefined && (await isDirectory(junit))) junitSource = (await junitFiles()).directorySource(junit, host.workspace)
      const many = junitSource ? { source: junitSource, files: await junitFiles() } : undefined
      const attempt = await readAttempt(ctx, readers, result, suite, junit, coverage, snapshot!, scope, failedBefore, many)
      if (attempt.tests) ranBefore.push({ executed: attempt.tests.totals.total - attempt.tests.totals.skipped, truncated: attempt.tests.failures_truncated })
      return judgeAttempt(attempt, failingSets, suite.policy.retry_on_timeout, readers.PYTEST_COLLECTION)
    }
  })
  const { outcome } = step
  if (step.cancelled) {
    stage.cancelled = true
    stage.fail(`cancelled while the ${suite.purpose} ran`, 'cancelled')
    return { ...none, cancelled: true }
  }
  const attempt = outcome.value
  const now = host.now()

  // Flaky: failed in an earlier attempt of the command, passed in the last one.
  const { flaky, vanished } = rerunFlaky(failingSets, attempt.tests, attempt.passedAgain)
  const outputs = suite.gatePrefix ? ((stage.outputs[suite.purpose] ??= {}) as Record<string, unknown>) : stage.outputs
  outputs.attempts = step.attempts
  outputs.flaky_tests = flaky.map((t) => t.id)
  if (suite.gatePrefix === '') ctx.testCases?.collector?.markFlaky(outputs.flaky_tests as string[])
  if (flaky.length > 0 && suite.passRatePolicy?.flaky !== 'ignore') stage.warnings.push(`flaky tests (failed, then passed on a rerun of the command): ${flaky.map((t) => t.id).join(', ')}`)

  if (!outcome.ok && !attempt.tests) {
    // No test report says what went wrong: the output's gist does (a crash before any test ran, a tool's bad option).
    // A coverage report says nothing of it (auth0/node-jsonwebtoken: nyc wrote its empty report around a mocha that
    // stopped on an unknown option, and the run said only that no JUnit report was written).
    const gist = outputGist(attempt.result.tail, (text) => ctx.redactor.redact(text))
    stage.fail(`the ${suite.purpose} command failed: ${outcome.reason}${gist ? `; ${gist}` : ''}`, classifyCommand(attempt.result, suite.policy.retry_on_timeout).errorType ?? 'exit_code')
  }

  const passRateGate = `${suite.gatePrefix}test_pass_rate`
  let passed = true
  if (attempt.tests) {
    const j = judgePassRate(attempt.tests, config.quality_gates.test_pass_rate.required, flaky, suite.passRatePolicy)
    // An earlier attempt failed more tests than its report kept by name: which of them the last attempt ran is not
    // known, and a last attempt that ran fewer tests than it may have left some out.
    const lastRan = attempt.tests.totals.total - attempt.tests.totals.skipped
    if (!outcome.ok && lastRan === 0 && attempt.result.exitCode !== 0) {
      // A report with no test in it, from a command that failed (zustand: vitest's workers could not start, and its
      // junit reporter wrote an empty report): the gate's "nothing was verified" says what, the output says why.
      const gist = outputGist(attempt.result.tail, (text) => ctx.redactor.redact(text))
      const at = j.errors.findIndex((e) => e.startsWith('the report has no executed test'))
      const why = `the ${suite.purpose} command failed (${classifyCommand(attempt.result, suite.policy.retry_on_timeout).description}), and ${gist}`
      // One error, first: the summary, the check run and the comment lead with a gate's first error.
      if (gist && at >= 0) j.errors[at] = `${j.errors[at]}; ${why}`
    }
    const unknown = step.attempts > 1 ? ranBefore.slice(0, -1).find((a) => a.truncated && a.executed > lastRan) : undefined
    if (unknown) {
      j.passed = false
      j.errors.push(
        `an earlier attempt of the ${suite.purpose} command failed more tests than its report kept by name, and ran ${unknown.executed} tests; the last attempt ran ${lastRan}: ` +
          'the failures it may have left out never passed, so the rerun does not clear them'
      )
    }
    if (vanished.length > 0) {
      // Failed in an earlier attempt and not shown passing in the last one (left out, skipped): never passed.
      j.passed = false
      j.errors.push(
        `${vanished.length} test(s) failed in an earlier attempt of the ${suite.purpose} command and the last attempt's report does not show them passing (left out or skipped), so their failure stands: ` +
          vanished.slice(0, 10).map((t) => `${t.id} (${t.message.split('\n')[0].slice(0, 200)})`).join('; ') +
          (vanished.length > 10 ? `; and ${vanished.length - 10} more` : '')
      )
    }
    const broken = attempt.tests.totals.failed + attempt.tests.totals.errors
    // A runner exits non-zero for a failing test even when the quarantine excuses it: that exit is explained — by the
    // status runners give failing tests (1; mocha's is the number of failures), not by any other (pytest's 2 is an
    // interrupted run, 3 an internal error; a signal or a crash is none of them).
    const exitCode = attempt.result.exitCode
    const excused =
      broken > 0 && j.details.quarantined_failures === broken && (exitCode === 1 || exitCode === Math.min(broken, 255))
    if (excused && j.passed && exitCode !== 0) {
      j.warnings.push(
        `the ${suite.purpose} command exited with status ${exitCode}, and every failing test of its report is quarantined, so that status is taken as theirs: ` +
          'a failure its report does not show (a test file that failed to load, which jest-junit leaves out unless reportTestSuiteErrors is set) would be excused with it'
      )
    }
    if (j.passed && exitCode !== 0 && !excused) {
      j.passed = false
      const reruns = attempt.tests.flaky_count ?? 0
      const quarantinedOnly = broken > 0 && j.details.quarantined_failures === broken
      j.errors.push(
        `the ${suite.purpose} command failed (${classifyCommand(attempt.result).description}) although its report shows no failing test` +
          (quarantinedOnly ? ` but quarantined ones, which explain exit status 1 (mocha's: their number, ${Math.min(broken, 255)}), not this` : '') +
          '; see the command output' +
          (reruns > 0
            ? ` (${reruns} test(s) of the report failed and then passed under the same name, read as reruns: if they are different tests that share a name, give them distinct names)`
            : '')
      )
    }
    // Retries the runner makes inside the run, which its report cannot show: said on the gate, every surface (unless
    // flaky tests are to be ignored: a retried pass then counts as the plain pass the policy makes of any flaky test).
    if (suite.passRatePolicy?.flaky !== 'ignore') j.warnings.push(...unseenRetries(command, { ...process.env, ...suite.env }, new RepositoryProbe(host.workspace)))
    if (attempt.junitFiles) {
      j.details.junit_files = attempt.junitFiles.detail
      j.warnings.push(...attempt.junitFiles.warnings)
    }
    const brokeTests = attempt.tests.totals.failed + attempt.tests.totals.errors + vanished.length > 0 || unknown !== undefined
    stage.addGate(
      gateResult(passRateGate, started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        findings: j.findings,
        ...(j.passed ? {} : { error_type: brokeTests ? 'threshold_not_met' : attempt.result.timedOut ? 'timeout' : 'exit_code' })
      })
    )
    passed &&= j.passed
  } else {
    stage.addGate(
      gateResult(passRateGate, started, now, {
        passed: false,
        details: { required: config.quality_gates.test_pass_rate.required, ...(attempt.junitFiles ? { junit_files: attempt.junitFiles.detail } : {}) },
        errors: [attempt.testsProblem ?? 'no test report'],
        ...(attempt.junitFiles?.warnings.length ? { warnings: attempt.junitFiles.warnings } : {}),
        error_type: 'report'
      })
    )
    passed = false
  }

  const coverageGate = `${suite.gatePrefix}test_coverage`
  const threshold = suite.coverageThreshold
  let measured: number | null = null
  if (attempt.coverage) {
    const j = judgeCoverage(attempt.coverage, threshold)
    if (scope.note) j.warnings.push(scope.note)
    const unmeasured = await unmeasuredSources(host.workspace, attempt.coverage, scope.scope)
    if (unmeasured && unmeasured.length > 0) {
      // A file no test loaded is absent from the report, not at 0%: the figure leaves its lines out.
      j.details.unmeasured_files = unmeasured.length
      const shown = unmeasured.slice(0, 5).join(', ') + (unmeasured.length > 5 ? ', …' : '')
      j.warnings.push(
        `${unmeasured.length} source file(s) of the component not measured (${shown}): they are in no coverage report — no test loaded them — so the figure counts none of their lines. ` +
          measureEverySource(unmeasured)
      )
    }
    if (ctx.changed) {
      // Reported next to the total, not gated: the threshold applies to the total. (Only-changed runs load its code.)
      const { patchCoverageOf } = await import('../changed.js')
      const patch = await patchCoverageOf(coverage, attempt.coverage.format, host.workspace, ctx.changed)
      j.details.patch_coverage = patch
      if ('no_line_data' in patch && patch.no_line_data) {
        j.warnings.push(
          `patch coverage: ${patch.no_line_data.length} changed file(s) have no per-line data in the coverage report (${patch.no_line_data.slice(0, 5).join(', ')}${patch.no_line_data.length > 5 ? ', …' : ''}): compiled without line numbers, their changed lines are in neither count`
        )
      }
    }
    stage.addGate(
      gateResult(coverageGate, started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        ...(j.passed ? {} : { error_type: 'threshold_not_met' })
      })
    )
    measured = j.details.coverage as number
    passed &&= j.passed
  } else {
    stage.addGate(
      gateResult(coverageGate, started, now, {
        passed: false,
        details: { threshold },
        errors: [(attempt.coverageProblem ?? 'no coverage report') + vitestReportOnFailure(suite.command, attempt)],
        error_type: 'report'
      })
    )
    passed = false
  }
  return { passed: passed && outcome.ok, cancelled: false, coverage: measured, reportRead: attempt.tests !== undefined }
}

/** Reads the reports one attempt wrote, refusing any the attempt did not write itself. */
async function readAttempt(
  ctx: RunContext,
  { readTestReport, readCoverageReport, TestCaseCollector, workTreeEntries }: Readers,
  result: CommandResult,
  suite: TestSuite,
  junit: string,
  coverage: string,
  before: ReportSnapshot,
  scope: ComponentScope,
  failedBefore: ReadonlySet<string>,
  many?: { source: import('./junit-files.js').JUnitFileSource; files: JUnitFiles }
): Promise<TestAttempt> {
  const { workspace } = ctx.host
  const ran = `the ${suite.purpose} command (${classifyCommand(result).description})`
  // The testing stage's tests go to the per-test history: a fresh collector per attempt, the last one kept.
  const collector = suite.gatePrefix === '' && ctx.testCases ? new TestCaseCollector(many ? 0 : sizeOf(junit)) : undefined
  // The tree the tests ran on, listed by git while the reports are read (never rejects); the same git status tells
  // the pipeline whether the tests rewrote tracked files.
  const listed = collector ? listWorkTree(ctx, workTreeEntries) : undefined
  // On a rerun, which of the tests that failed before this report shows passing (one passing element is enough).
  const passedAgain = failedBefore.size > 0 ? new Set<string>() : undefined
  const onCase =
    passedAgain === undefined
      ? collector?.onCase
      : (test: JUnitCase): void => {
          collector?.onCase(test)
          if (test.outcome !== 'passed') return
          const id = test.id !== '' || test.idBytes === undefined ? test.id : test.idBytes.toString('utf8', 0, test.idLength)
          if (failedBefore.has(id)) passedAgain.add(id)
        }
  const readJUnit = (path: string, each: typeof onCase) =>
    readTestReport(path, {
      workspace,
      format: suite.reports?.junit?.format,
      onCase: each,
      // A runner run in the component's package writes paths relative to it.
      roots: [...(scope.scope.tests ?? []), ...(scope.scope.sources ?? [])].filter((p) => !/[*?[\]{}]/.test(p)),
      ...(suite.passRatePolicy?.quarantine?.active.length ? { match: suite.passRatePolicy.quarantine.match } : {})
    })
  // The two reports are independent files: read at once.
  const [tests, cov] = await Promise.all([
    (many
      ? many.files.readJUnitFiles(before, many.source, { workspace, ran, onCase }, readJUnit)
      : readFreshReport(before, junit, { workspace, what: 'JUnit report', ran }, () => readJUnit(junit, onCase))) as Promise<{ value?: TestReport; problem?: string } & Partial<JUnitFilesRead>>,
    readFreshReport(before, coverage, { workspace, what: 'coverage report', ran }, () =>
      readCoverageReport(coverage, { workspace, format: suite.reports?.coverage?.format as CoverageFormat | undefined, scope: scope.scope })
    )
  ])
  if (collector && ctx.testCases) {
    ctx.testCases.collector = tests.value ? collector : null
    ctx.testCases.messages = new Map((tests.value?.failures ?? []).map((f) => [f.id, f.message]))
    ctx.testCases.listed = listed
  }
  return {
    result,
    tests: tests.value,
    coverage: cov.value,
    testsProblem: tests.problem,
    coverageProblem: cov.problem,
    ...(passedAgain ? { passedAgain } : {}),
    ...(tests.detail ? { junitFiles: { detail: tests.detail, warnings: tests.warnings ?? [] } } : {})
  }
}

/**
 * Decides whether another attempt could change the outcome. Failing tests: rerun while the set of failures keeps
 * changing (flaky tests); the same failures twice in a row are deterministic.
 */
function judgeAttempt(attempt: TestAttempt, failingSets: Map<string, FailedTest>[], retryOnTimeout: boolean, PYTEST_COLLECTION: string): AttemptOutcome<TestAttempt> {
  const cls = classifyCommand(attempt.result, retryOnTimeout)
  const failing = new Map((attempt.tests?.failures ?? []).map((f) => [f.id, f]))
  failingSets.push(failing)
  if (cls.errorType === null) return { value: attempt, ok: true, retryable: false, reason: cls.description }
  if (cls.transient) return { value: attempt, ok: false, retryable: true, reason: cls.description }
  if (cls.errorType === 'exit_code' && attempt.tests && failing.size > 0) {
    // pytest's collection failures (a test module that cannot be imported) fail the same way every time: not rerun.
    const uncollected = [...failing.values()].filter((f) => f.kind === 'error' && f.message.startsWith(PYTEST_COLLECTION)).length
    if (uncollected === failing.size && !attempt.tests.failures_truncated) {
      return { value: attempt, ok: false, retryable: false, reason: `${uncollected} test module(s) could not be collected (pytest: collection failure): deterministic, not rerun` }
    }
    const previous = failingSets.at(-2)
    const same = previous !== undefined && previous.size === failing.size && [...failing.keys()].every((id) => previous.has(id))
    return same
      ? { value: attempt, ok: false, retryable: false, reason: `the same ${failing.size} test(s) failed again: deterministic failure` }
      : { value: attempt, ok: false, retryable: true, reason: `${failing.size} test(s) failed; rerunning to tell flaky from deterministic` }
  }
  return { value: attempt, ok: false, retryable: false, reason: `${cls.description}: deterministic failure, not retried` }
}

/**
 * Tests that failed in an earlier attempt of the command and passed in the last one (its report shows them passing,
 * `passedAgain`, and not as failing), sorted by id, with the messages of their failed attempts; and those `vanished`:
 * failed earlier, not failing in the last report, yet not shown passing there either (left out of it, or skipped).
 */
function rerunFlaky(
  failingSets: Map<string, FailedTest>[],
  last: TestReport | undefined,
  passedAgain: ReadonlySet<string> | undefined
): { flaky: FlakyTest[]; vanished: FailedTest[] } {
  if (last === undefined || failingSets.length < 2) return { flaky: [], vanished: [] }
  const lastFailing = failingSets.at(-1) as Map<string, FailedTest>
  // A test the last report lists as failing is not flaky; one it may have left out of a truncated list is unknown.
  if (last.failures_truncated) return { flaky: [], vanished: [] }
  const byId = new Map<string, FlakyTest>()
  const vanished = new Map<string, FailedTest>()
  for (const attempt of failingSets.slice(0, -1)) {
    for (const [id, test] of attempt) {
      if (lastFailing.has(id)) continue
      if (!passedAgain?.has(id)) {
        vanished.set(id, test)
        continue
      }
      const entry = byId.get(id) ?? { id, ...(test.classname ? { classname: test.classname } : {}), name: test.name, ...(test.file ? { file: test.file } : {}), attempts: 1, failures: [] }
      entry.attempts++
      if (entry.failures.length < FLAKY_MESSAGES) entry.failures.push(test.message)
      byId.set(id, entry)
    }
  }
  const byName = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return { flaky: [...byId.values()].sort(byName), vanished: [...vanished.values()].sort(byName) }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  )
}

/** The file's size in bytes, 0 when it cannot be read (the report reader says why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/**
 * Why vitest wrote no coverage report for a run in which a test failed: it writes none then unless told
 * (`coverage.reportOnFailure`, off by default; the preset's command turns it on). bombshell-dev/clack, a command of the
 * user's: "wrote no coverage report" beside a failed test read as a second, unexplained fault.
 */
function vitestReportOnFailure(command: string | undefined, attempt: TestAttempt): string {
  const failed = attempt.tests ? attempt.tests.totals.failed + attempt.tests.totals.errors : 0
  if (failed === 0 || attempt.coverage || !attempt.coverageProblem?.includes(' wrote no ')) return ''
  if (!command || !/\bvitest\b/.test(command) || /reportOnFailure/.test(command)) return ''
  return ' — vitest writes no coverage report for a run in which a test failed unless coverage.reportOnFailure is set (--coverage.reportOnFailure=true)'
}

/**
 * How to have the coverage tool measure the files no test loaded, in the words of the language they are written in:
 * a PHP project was told of jest's collectCoverageFrom and coverage.py's source (doctrine/inflector). PHPUnit 9 lists
 * the files of its `<coverage><include>` no test loaded with `processUncoveredFiles="true"` (seen with PHPUnit 9.6 and
 * pcov), PHPUnit 10 those of `<source><include>`.
 */
function measureEverySource(files: readonly string[]): string {
  if (files.every((f) => f.endsWith('.php'))) {
    return 'Have PHPUnit measure every source (processUncoveredFiles="true" on <coverage> in phpunit.xml, PHPUnit 9; <source><include> from PHPUnit 10)'
  }
  return 'Have the tool measure every source (jest collectCoverageFrom, vitest coverage.include, c8 --all, coverage.py source)'
}
