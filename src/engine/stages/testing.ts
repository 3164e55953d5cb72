/**
 * Testing stage: run the test command under the testing retry policy, then judge `test_pass_rate` and
 * `test_coverage` from the reports this run wrote. A failing test run gets one confirmation rerun: failures that
 * pass on the rerun are flaky; the same failures again are deterministic and are not retried further.
 */
import type { CommandResult } from '../../exec/types.js'
import { coverageThreshold, judgeCoverage, judgePassRate } from '../../gates/tests.js'
import { readCoverageReport, readTestReport } from '../../reports/tests-and-coverage.js'
import type { CoverageFormat, CoverageReport, TestReport } from '../../reports/types.js'
import { classifyCommand } from '../../resilience/classify.js'
import type { AttemptOutcome } from '../../resilience/policies.js'
import type { RunContext } from '../context.js'
import { ReportSnapshot, readFreshReport } from '../fresh.js'
import { gateResult, type StageRecorder } from '../stage.js'
import { runStep } from '../steps.js'
import { commandFor, reportPathFor } from './templates.js'

interface TestAttempt {
  result: CommandResult
  tests?: TestReport
  coverage?: CoverageReport
  /** Why the test report could not be used, when it could not. */
  testsProblem?: string
  coverageProblem?: string
}

export async function testingStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  const { config, host } = ctx
  const testing = config.stages.testing
  const command = commandFor(ctx, testing.command, 'stages.testing.command')
  if (!command) {
    stage.fail(
      'no test command is configured (stages.testing.command): nothing was tested. Configure one, or set stages.testing.enabled: false to skip the stage on purpose.',
      'configuration'
    )
    return
  }
  const junit = testing.reports.junit && reportPathFor(ctx, testing.reports.junit.path, 'stages.testing.reports.junit')
  const coverage =
    testing.reports.coverage && reportPathFor(ctx, testing.reports.coverage.path, 'stages.testing.reports.coverage')
  if (!junit) stage.fail('no JUnit report is configured (stages.testing.reports.junit): the pass rate cannot be measured', 'configuration')
  if (!coverage) stage.fail('no coverage report is configured (stages.testing.reports.coverage): coverage cannot be measured', 'configuration')
  if (!junit || !coverage) return

  const failingSets: Set<string>[] = []
  const policy = config.error_recovery.testing
  const started = host.now()
  let snapshot: ReportSnapshot | undefined
  const step = await runStep<TestAttempt>(ctx, stage, {
    purpose: 'testing',
    command,
    timeoutSeconds: testing.timeout_seconds,
    policy,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take([junit, coverage])
    },
    judge: async (result) => {
      const attempt = await readAttempt(ctx, result, junit, coverage, snapshot!)
      return judgeAttempt(attempt, failingSets, policy.retry_on_timeout)
    }
  })
  const { outcome } = step
  if (step.cancelled) {
    stage.cancelled = true
    stage.fail('cancelled while the tests ran', 'cancelled')
    return
  }
  const attempt = outcome.value
  const now = host.now()

  // Flaky: failed in an earlier attempt, passed in the last one.
  const lastFailing = new Set((attempt.tests?.failures ?? []).map((f) => f.id))
  const flaky = [...new Set(failingSets.slice(0, -1).flatMap((s) => [...s]))].filter((id) => !lastFailing.has(id)).sort()
  stage.outputs.attempts = step.attempts
  stage.outputs.flaky_tests = flaky
  if (flaky.length > 0) stage.warnings.push(`flaky tests (failed, then passed on a rerun): ${flaky.join(', ')}`)

  if (!outcome.ok && !attempt.tests && !attempt.coverage) {
    stage.fail(`the test command failed: ${outcome.reason}`, classifyCommand(attempt.result, policy.retry_on_timeout).errorType ?? 'exit_code')
  }

  // test_pass_rate
  if (attempt.tests) {
    const j = judgePassRate(attempt.tests, config.quality_gates.test_pass_rate.required, flaky)
    const exit = attempt.result.exitCode
    if (j.passed && exit !== 0) {
      j.passed = false
      j.errors.push(
        `the test command failed (${classifyCommand(attempt.result).description}) although its report shows no failing test; see the command output`
      )
    }
    stage.addGate(
      gateResult('test_pass_rate', started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        findings: j.findings,
        ...(j.passed ? {} : { error_type: attempt.tests.totals.failed + attempt.tests.totals.errors > 0 ? 'threshold_not_met' : 'exit_code' })
      })
    )
  } else {
    stage.addGate(
      gateResult('test_pass_rate', started, now, {
        passed: false,
        details: { required: config.quality_gates.test_pass_rate.required },
        errors: [attempt.testsProblem ?? 'no test report'],
        error_type: 'report'
      })
    )
  }

  // test_coverage
  const threshold = coverageThreshold(config.quality_gates.test_coverage, ctx.target)
  if (attempt.coverage) {
    const j = judgeCoverage(attempt.coverage, threshold)
    stage.addGate(
      gateResult('test_coverage', started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        ...(j.passed ? {} : { error_type: 'threshold_not_met' })
      })
    )
    stage.outputs.coverage = j.details.coverage
  } else {
    stage.addGate(
      gateResult('test_coverage', started, now, {
        passed: false,
        details: { threshold },
        errors: [attempt.coverageProblem ?? 'no coverage report'],
        error_type: 'report'
      })
    )
  }
}

/** Reads the reports one attempt wrote, refusing any the attempt did not write itself. */
async function readAttempt(
  ctx: RunContext,
  result: CommandResult,
  junit: string,
  coverage: string,
  before: ReportSnapshot
): Promise<TestAttempt> {
  const { workspace } = ctx.host
  const fmt = ctx.config.stages.testing.reports
  const ran = `the test command (${classifyCommand(result).description})`
  const tests = await readFreshReport(before, junit, { workspace, what: 'JUnit report', ran }, () =>
    readTestReport(junit, { workspace, format: fmt.junit?.format })
  )
  const cov = await readFreshReport(before, coverage, { workspace, what: 'coverage report', ran }, () =>
    readCoverageReport(coverage, { workspace, format: fmt.coverage?.format as CoverageFormat | undefined })
  )
  const attempt: TestAttempt = { result, tests: tests.value, coverage: cov.value, testsProblem: tests.problem, coverageProblem: cov.problem }
  return attempt
}

/**
 * Decides whether another attempt could change the outcome. Failing tests: rerun while the set of failures keeps
 * changing (flaky tests); the same failures twice in a row are deterministic.
 */
function judgeAttempt(attempt: TestAttempt, failingSets: Set<string>[], retryOnTimeout: boolean): AttemptOutcome<TestAttempt> {
  const cls = classifyCommand(attempt.result, retryOnTimeout)
  const failing = new Set((attempt.tests?.failures ?? []).map((f) => f.id))
  failingSets.push(failing)
  if (cls.errorType === null) return { value: attempt, ok: true, retryable: false, reason: cls.description }
  if (cls.transient) return { value: attempt, ok: false, retryable: true, reason: cls.description }
  if (cls.errorType === 'exit_code' && attempt.tests && failing.size > 0) {
    const previous = failingSets.at(-2)
    const same = previous !== undefined && previous.size === failing.size && [...failing].every((id) => previous.has(id))
    return same
      ? { value: attempt, ok: false, retryable: false, reason: `the same ${failing.size} test(s) failed again: deterministic failure` }
      : { value: attempt, ok: false, retryable: true, reason: `${failing.size} test(s) failed; rerunning to tell flaky from deterministic` }
  }
  return { value: attempt, ok: false, retryable: false, reason: `${cls.description}: deterministic failure, not retried` }
}
