/**
 * Deployment stages. Staging: criteria from the gate results this run measured (never re-run), then deploy under
 * the staging retry policy and the circuit breaker, health check, integration tests, and rollback on any failure.
 * Production: criteria each read from a real source (integration coverage, SLAs, soak, uptime, security review) —
 * a criterion without a source is unmet and says which source to configure — then the same deploy, E2E tests,
 * health check and rollback. Nothing reports a deployment that did not happen.
 */
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { DeploymentStage, StageKey } from '../../config/types.js'
import { evaluateSlas, readBenchmark } from '../../deploy/benchmark.js'
import { checkHealth, type HealthCheckResult } from '../../deploy/health.js'
import { readDeployOutputs } from '../../deploy/outputs.js'
import { redactUrl } from '../../deploy/http.js'
import { readUptime } from '../../deploy/uptime.js'
import { coverageThreshold } from '../../gates/tests.js'
import { gatedCoverage, meetsThreshold } from '../../reports/coverage-figures.js'
import { componentCoverageScope } from './coverage-scope.js'
import { readCoverageReport } from '../../reports/tests-and-coverage.js'
import { classifyCommand, deployRetryDecision } from '../../resilience/classify.js'
import { BreakerStore, type EnvironmentBreaker } from '../../resilience/environment-breaker.js'
import type { AttemptOutcome } from '../../resilience/policies.js'
import type { RunContext } from '../context.js'
import { gateResult, type StageRecorder } from '../stage.js'
import { committedReportProblem, ReportSnapshot, readFreshReport } from '../fresh.js'
import { runStep } from '../steps.js'
import { commandFor, reportPathFor, textFor } from './templates.js'
import { gatedCounts, gateView, percentAgainst } from '../../view/report-view.js'
import { runTestSuite } from './testing.js'
import { writtenByThisRun } from './criteria-reports.js'

type DeployKey = Extract<StageKey, 'staging_deployment' | 'production_deployment'>

export interface Criterion {
  name: string
  met: boolean
  value: unknown
  threshold: unknown
  /** Where the value came from. */
  source: string
  /** Why it is unmet (or a note when met). */
  reason?: string
}

/** dev→staging criteria, read from this run's results. */
export function stagingCriteria(ctx: RunContext): Criterion[] {
  const testing = ctx.results.testing
  const refactoring = ctx.results.refactoring
  const passRate = testing?.quality_gates.test_pass_rate
  const coverage = testing?.quality_gates.test_coverage
  const threshold = coverageThreshold(ctx.config.quality_gates.test_coverage, 'staging')
  // Exact counts decide, as in the gate: `coverage` is truncated to two decimals, so against a threshold written with
  // more (69.995) a coverage that meets it exactly read 69.99 and held staging back while its gate had passed.
  const counts = typeof coverage?.details.coverage === 'number' ? gatedCounts(coverage.details) : null
  const criteria: Criterion[] = [
    {
      name: 'all tests passing',
      met: passRate?.passed === true && passRate.details.failed === 0 && passRate.details.errors === 0,
      value: passRate && typeof passRate.details.passed === 'number' ? `${passRate.details.passed} of ${Number(passRate.details.total) - Number(passRate.details.skipped)} passed` : 'not measured in this run',
      threshold: 'all executed tests pass',
      source: 'testing.test_pass_rate'
    },
    {
      name: 'coverage',
      met: typeof coverage?.details.coverage === 'number' && (counts ? meetsThreshold(counts.covered, counts.total, threshold) : coverage.details.coverage >= threshold),
      value: typeof coverage?.details.coverage === 'number' ? `${(counts && percentAgainst(counts.covered, counts.total, threshold)) ?? coverage.details.coverage}%` : 'not measured in this run',
      threshold: `≥ ${threshold}%`,
      source: 'testing.test_coverage'
    }
  ]
  // The value each gate measured and the limit it was held to, not only its verdict.
  for (const gate of ['linting', 'type_checking', 'security'] as const) {
    const result = refactoring?.quality_gates[gate]
    const shown = result ? gateView('refactoring', result) : null
    const [value, limit] = shown?.measured ? splitLimit(shown.value) : [null, null]
    criteria.push({
      name: `${gate} clean`,
      met: result?.passed === true,
      value: result ? (value ?? (result.passed ? 'passed' : 'failed')) : 'not measured in this run',
      threshold: limit ?? (gate === 'security' ? 'every configured limit' : 'passed'),
      source: `refactoring.${gate}`
    })
  }
  return criteria
}

/** Days to 3 significant digits, but a window short of `required` never shown as reaching it (6.996 → 6.99, not 7). */
function shownDays(days: number, required: number): number {
  const rounded = Number(days.toPrecision(3))
  return days < required && rounded >= required ? Math.floor(days * 1000) / 1000 : rounded
}

/** `3 issues > 0` → [`3 issues`, `≤ 0`]: a measurement and the limit it is held to. */
function splitLimit(text: string): [string, string | null] {
  const m = /^(.*?) (≤|>|≥|<) (\S+)$/.exec(text)
  if (!m) return [text, null]
  return [m[1], `${m[2] === '>' || m[2] === '≤' ? '≤' : '≥'} ${m[3]}`]
}

/** staging→production criteria, each from its configured source. */
export async function productionCriteria(ctx: RunContext, stage: StageRecorder): Promise<Criterion[]> {
  const cfg = ctx.config.stages.production_deployment.criteria
  const where = 'stages.production_deployment.criteria'
  const criteria: Criterion[] = []
  const unmet = (name: string, threshold: unknown, source: string, reason: string): Criterion => ({ name, met: false, value: null, threshold, source, reason })

  // Staging precedes production in the same run: its deploy, health check and tests are what production follows,
  // and its criteria are the dev→staging gates (tests, coverage, lint, types, security). A staging stage turned off
  // leaves production with nothing verified before it; no other criterion stands in for it.
  const staging = ctx.results.staging_deployment
  // What checked it: a deploy nothing checked (no health check, no integration tests) is only a command that exited 0.
  // Nor did a check the run itself says left the deployment unchecked: a health check answered by a web page on its
  // status alone (any path of a single-page app's host), or integration tests given no URL of the deployment.
  const health = staging?.quality_gates.health_check
  const tests = staging?.quality_gates.integration_test_pass_rate
  const onPage = health?.passed === true && health.details.json_field === undefined && isWebPage(health.details.content_type)
  const testedAt = typeof staging?.outputs.environment_url === 'string' && staging.outputs.environment_url !== ''
  const checkedBy = [...(health?.passed === true && !onPage ? ['health check passed'] : []), ...(tests?.passed === true && testedAt ? ['integration tests passed'] : [])]
  const unchecking = [
    ...(onPage
      ? [
          `the health check of ${String(health.details.url)} was answered with a web page (${String(health.details.content_type)}) and judged on its status alone: whether the service is healthy was not checked (set stages.staging_deployment.health_check.json_field)`
        ]
      : []),
    ...(tests?.passed === true && !testedAt
      ? [
          `the integration tests ran with ENVIRONMENT_URL empty: the deploy to ${String(staging?.outputs.environment)} reported no environment_url (a line environment_url=… in its {outputs} file), so what they tested is not known to be the deployment`
        ]
      : [])
  ]
  if (staging?.success === true && staging.outputs.deployed === true && checkedBy.length > 0) {
    criteria.push({ name: 'staging deployment in this run', met: true, value: `deployed to ${String(staging.outputs.environment)}; ${checkedBy.join(', ')}`, threshold: 'deployed, healthy and tested in this run', source: 'staging_deployment (this run)' })
  } else if (staging?.success === true && staging.outputs.deployed === true) {
    criteria.push({
      ...unmet(
        'staging deployment in this run',
        'deployed, healthy and tested in this run',
        'staging_deployment (this run)',
        unchecking.length > 0
          ? `nothing verified the staging deployment: ${unchecking.join('; and ')}`
          : 'nothing verified the staging deployment: neither stages.staging_deployment.health_check nor stages.staging_deployment.integration_tests is configured, so all that is known is that its deploy command exited 0. Configure one.'
      ),
      value: `deployed to ${String(staging.outputs.environment)}, unverified`
    })
  } else {
    const why = !ctx.config.stages.staging_deployment.enabled
      ? 'stages.staging_deployment.enabled is false: nothing was deployed to staging in this run, so neither its criteria (the dev→staging gates) nor its deploy, health check and tests were checked before production. Enable it.'
      : 'staging_deployment did not deploy in this run'
    criteria.push(unmet('staging deployment in this run', 'deployed, healthy and tested in this run', 'staging_deployment (this run)', why))
  }

  // Integration coverage: this run's staging integration tests, or a configured report.
  const icThreshold = cfg?.integration_coverage.threshold ?? 80
  if (cfg?.integration_coverage.report) {
    try {
      const path = reportPathFor(ctx, cfg.integration_coverage.report.path, `${where}.integration_coverage.report`)
      const committed = (await committedReportProblem(path, 'integration coverage report')) ?? (await writtenByThisRun(ctx, path, 'integration coverage report'))
      if (committed) throw new Error(committed)
      const { scope } = await componentCoverageScope(ctx)
      const report = await readCoverageReport(path, { workspace: ctx.host.workspace, format: cfg.integration_coverage.report.format as never, scope })
      // Exact counts decide (a rounded 79.996 is not 80); the value shown is truncated, on the same side.
      const gated = gatedCoverage(report)
      const measured = gated.total > 0 && report.lines_total > 0
      const met = measured && meetsThreshold(gated.covered, gated.total, icThreshold)
      criteria.push(
        measured
          ? { name: 'integration coverage', met, value: percentAgainst(gated.covered, gated.total, icThreshold) ?? gated.percent, threshold: icThreshold, source: path }
          : unmet('integration coverage', icThreshold, path, 'the integration coverage report measured no line of the component')
      )
    } catch (error) {
      criteria.push(unmet('integration coverage', icThreshold, `${where}.integration_coverage.report`, (error as Error).message))
    }
  } else {
    const gate = ctx.results.staging_deployment?.quality_gates.integration_test_coverage
    const value = gate?.details.coverage
    // Exact counts decide here too: the gate's `coverage` is truncated to two decimals, so against a limit written with
    // more (79.995) a suite that meets it exactly read 79.99 and was unmet. The value is shown at the limit's decimals.
    const counts = typeof value === 'number' && gate ? gatedCounts(gate.details) : null
    criteria.push(
      typeof value === 'number'
        ? {
            name: 'integration coverage',
            met: counts ? meetsThreshold(counts.covered, counts.total, icThreshold) : value >= icThreshold,
            value: (counts && percentAgainst(counts.covered, counts.total, icThreshold)) ?? value,
            threshold: icThreshold,
            source: 'staging_deployment.integration_test_coverage (this run)'
          }
        : unmet('integration coverage', icThreshold, 'staging_deployment.integration_tests', `no integration coverage was measured in this run: configure stages.staging_deployment.integration_tests with a coverage report, or ${where}.integration_coverage.report`)
    )
  }

  // Performance SLAs from a benchmark report (optionally produced by a load-test command first).
  const perf = cfg?.performance
  if (!perf) {
    criteria.push(unmet('performance SLAs', 'configured SLAs', `${where}.performance`, `no benchmark is configured: set ${where}.performance.report and .slas (k6 --summary-export, autocannon --json or {metric: value})`))
  } else {
    const vars = deployVars(ctx, 'production_deployment')
    try {
      if (perf.command) refuseEmptyStagingUrl(perf.command, vars, `${where}.performance.command`)
      const path = reportPathFor(ctx, perf.report, `${where}.performance.report`, vars)
      // A benchmark this run runs must write its report: one left over from an earlier run is no measurement.
      const snapshot = perf.command ? await ReportSnapshot.take([path]) : null
      if (perf.command) {
        const command = commandFor(ctx, perf.command, `${where}.performance.command`, vars)!
        const run = await runStep(ctx, stage, {
          purpose: 'benchmark',
          command,
          timeoutSeconds: ctx.config.stages.production_deployment.timeout_seconds,
          judge: async (res) => {
            const cls = classifyCommand(res)
            return { value: undefined, ok: cls.errorType === null, retryable: false, reason: cls.description }
          }
        })
        if (!run.outcome.ok) throw new Error(`the benchmark command failed: ${run.outcome.reason}`)
      }
      let bench: Awaited<ReturnType<typeof readBenchmark>>
      if (snapshot) {
        const read = await readFreshReport(snapshot, path, { workspace: ctx.host.workspace, what: 'benchmark report', ran: 'the benchmark command' }, () => readBenchmark(path, perf.format))
        if (!read.value) throw new Error(read.problem ?? `no benchmark report at ${path}`)
        bench = read.value
      } else {
        const committed = (await committedReportProblem(path, 'benchmark report')) ?? (await writtenByThisRun(ctx, path, 'benchmark report'))
        if (committed) throw new Error(committed)
        bench = await readBenchmark(path, perf.format)
      }
      for (const sla of evaluateSlas(bench.metrics, perf.slas, bench.unmeasured)) {
        criteria.push({
          name: `SLA ${sla.metric}`,
          met: sla.met,
          value: sla.value,
          threshold: sla.max !== undefined ? `≤ ${sla.max}` : `≥ ${sla.min}`,
          source: `${bench.format} benchmark ${path}`,
          reason: sla.reason
        })
      }
    } catch (error) {
      criteria.push(unmet('performance SLAs', 'configured SLAs', `${where}.performance`, (error as Error).message))
    }
  }

  // Staging soak, from the GitHub Deployments API.
  const soak = cfg?.soak ?? { days: 7, environment: 'staging' }
  // Without the commit, GitHub would be asked about `sha=` (the environment's deployments of any commit) and commit ''.
  const noCommit = ctx.templateVars.sha ? null : 'the commit this run judged is not known (the workspace is not a git checkout): its deployments and reviews cannot be looked up'
  if (ctx.host.github && noCommit) {
    criteria.push(unmet(`staging soak ≥ ${soak.days} days`, `${soak.days} days`, 'GitHub Deployments API', noCommit))
  } else if (!ctx.host.github) {
    criteria.push(unmet(`staging soak ≥ ${soak.days} days`, `${soak.days} days`, 'GitHub Deployments API', 'not running in GitHub with a token: the deployment history cannot be read, so the soak cannot be verified'))
  } else {
    const reading = await ctx.host.github.soak({ environment: soak.environment, sha: ctx.templateVars.sha, days: soak.days, now: ctx.host.now(), component: ctx.component })
    criteria.push({ name: `staging soak ≥ ${soak.days} days`, met: reading.met, value: reading.value, threshold: `${soak.days} days`, source: 'GitHub Deployments API', reason: reading.reason })
  }

  // Uptime from a monitor (command or URL returning JSON).
  const uptime = cfg?.uptime ?? { threshold: 99.5, days: 7 }
  if (!uptime.command && !uptime.url) {
    criteria.push(unmet(`uptime ≥ ${uptime.threshold}%`, uptime.threshold, `${where}.uptime`, `no uptime source: set ${where}.uptime.command (prints JSON {uptime_percent, window_days}) or .url`))
  } else {
    try {
      const vars = deployVars(ctx, 'production_deployment')
      if (uptime.command) refuseEmptyStagingUrl(uptime.command, vars, `${where}.uptime.command`)
      if (uptime.url) refuseEmptyStagingUrl(uptime.url, vars, `${where}.uptime.url`)
      const reading = await readUptime({
        command: uptime.command ? commandFor(ctx, uptime.command, `${where}.uptime.command`, vars) : undefined,
        url: uptime.url ? textFor(ctx, uptime.url, `${where}.uptime.url`, vars) : undefined,
        cwd: ctx.host.workspace,
        timeoutMs: 60_000,
        runCommand: ctx.host.runCommand,
        signal: ctx.signal
      })
      // The window as stated decides (6.996 days is not 7); the figure shown is rounded, never up past the limit.
      const window = reading.window_days === null ? null : shownDays(reading.window_days, uptime.days)
      const longEnough = reading.window_days !== null && reading.window_days >= uptime.days
      criteria.push({
        name: `uptime ≥ ${uptime.threshold}% over ${uptime.days} days`,
        met: reading.uptime_percent >= uptime.threshold && longEnough,
        value: `${reading.uptime_percent}% over ${window ?? 'an unstated number of'} days`,
        threshold: `${uptime.threshold}% over ${uptime.days} days`,
        source: reading.source,
        reason: longEnough ? undefined : `the source covers ${window ?? 'an unstated'} day(s), less than the ${uptime.days} required`
      })
    } catch (error) {
      criteria.push(unmet(`uptime ≥ ${uptime.threshold}%`, uptime.threshold, `${where}.uptime`, (error as Error).message))
    }
  }

  // Security review of the pull request that brought the commit.
  const review = cfg?.security_review
  if (!review || !(review.users?.length || review.teams?.length || review.labels?.length)) {
    criteria.push(unmet('security review', 'approval or label', `${where}.security_review`, `no reviewers are configured: set ${where}.security_review.users, .teams or .labels`))
  } else if (!ctx.host.github) {
    criteria.push(unmet('security review', 'approval or label', 'GitHub pull request reviews', 'not running in GitHub with a token: reviews cannot be read'))
  } else if (noCommit) {
    criteria.push(unmet('security review', 'approval or label', 'GitHub pull request reviews', noCommit))
  } else {
    const reading = await ctx.host.github.securityReview({ sha: ctx.templateVars.sha, users: review.users ?? [], teams: review.teams ?? [], labels: review.labels ?? [] })
    criteria.push({ name: 'security review', met: reading.met, value: reading.value, threshold: 'approval or label', source: 'GitHub pull request reviews', reason: reading.reason })
  }
  return criteria
}

export async function stagingDeploymentStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  await deploy(ctx, stage, 'staging_deployment', stagingCriteria(ctx))
}

export async function productionDeploymentStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  await deploy(ctx, stage, 'production_deployment', await productionCriteria(ctx, stage))
}

/**
 * A criterion's command or URL that measures `{staging_url}` when this run's staging deploy reported none: it would
 * measure whatever an empty URL leads to (a load test's default of localhost), not staging. Throws, so the criterion
 * is unmet with the reason.
 */
function refuseEmptyStagingUrl(template: string, vars: Record<string, string>, key: string): void {
  const used = template.replace(/\{\{|\}\}/g, '')
  if (/\{staging_url\}/.test(used) && !vars.staging_url) {
    throw new Error(`${key} uses {staging_url}, but this run's staging deployment reported no environment_url (a line environment_url=… in its {outputs} file): it would not measure staging`)
  }
  // The criteria are read before production deploys: its {environment_url} is empty then, always.
  if (/\{environment_url\}/.test(used)) {
    throw new Error(`${key} uses {environment_url}, which is empty while the production criteria are checked (before production deploys): it would measure nothing deployed. Use {staging_url}`)
  }
}

/** Template values of a deployment stage: environment, the outputs file, and this run's staging URL. */
function deployVars(ctx: RunContext, key: DeployKey, outputs = ''): Record<string, string> {
  return {
    environment: ctx.config.stages[key].environment,
    outputs,
    environment_url: '',
    staging_url: ctx.results.staging_deployment?.success === true ? (ctx.deployedUrls?.staging_deployment ?? '') : ''
  }
}

async function deploy(ctx: RunContext, stage: StageRecorder, key: DeployKey, criteria: Criterion[]): Promise<void> {
  const { host } = ctx
  const cfg: DeploymentStage = ctx.config.stages[key]
  const started = host.now()
  const unmet = criteria.filter((c) => !c.met)
  stage.addGate(
    gateResult(`${key}_criteria`, started, host.now(), {
      passed: unmet.length === 0,
      details: { criteria },
      errors: unmet.map((c) => `criterion not met: ${c.name} (${c.value === null || c.value === undefined ? 'no value' : `value ${String(c.value)}`}, needs ${String(c.threshold)}; from ${c.source})${c.reason ? `: ${c.reason}` : ''}`),
      ...(unmet.length ? { error_type: 'threshold_not_met' as const } : {})
    })
  )
  if (unmet.length > 0) return

  const outputsFile = join(ctx.reportsDir, `${key}-outputs-${randomBytes(3).toString('hex')}.env`)
  const vars = deployVars(ctx, key, outputsFile)
  const command = commandFor(ctx, cfg.command, `stages.${key}.command`, vars)
  if (!command) {
    stage.fail(`no deploy command is configured (stages.${key}.command): nothing was deployed. Configure one, or set stages.${key}.enabled: false.`, 'configuration')
    return
  }
  // The environment's circuit breaker, as earlier runs left it: open, the deploy is refused before anything starts.
  const warn = (m: string) => stage.warnings.push(m)
  await host.restoreState?.()
  // Read once in the run, before its first deploy command: what staging's commands write there is not production's.
  ctx.breakers ??= BreakerStore.read(host.workspace, warn)
  const store = await ctx.breakers
  const breaker = store.load(cfg.environment, ctx.config.error_recovery.circuit_breaker, warn)
  try {
    await deployGuarded(ctx, stage, key, { cfg, command, vars, outputsFile, breaker })
  } finally {
    stage.outputs.circuit_breaker = breaker.report()
    try {
      await store.save(breaker)
    } catch (error) {
      warn(`the circuit breaker of ${cfg.environment} was not saved: ${(error as Error).message}`)
    }
  }
}

async function deployGuarded(
  ctx: RunContext,
  stage: StageRecorder,
  key: DeployKey,
  o: { cfg: DeploymentStage; command: string; vars: Record<string, string>; outputsFile: string; breaker: EnvironmentBreaker }
): Promise<void> {
  const { host } = ctx
  const { cfg, command, vars, outputsFile, breaker } = o
  stage.outputs.environment = cfg.environment
  if (!breaker.admits()) {
    stage.outputs.deployed = false
    stage.outputs.attempts = 0
    stage.fail(`deploy to ${cfg.environment} not attempted: ${breaker.refusal()}`, 'circuit_open')
    return
  }
  const record = cfg.github_deployment && host.github
    ? await host.github.startDeployment({ environment: cfg.environment, sha: ctx.templateVars.sha, description: `spec-to-production ${ctx.component}`, production: key === 'production_deployment', component: ctx.component })
    : null
  if (record) await record.status('in_progress')
  stage.outputs.github_deployment = record?.url ?? null

  const failed = async (message: string, errorType: 'exit_code' | 'threshold_not_met' | 'timeout' | 'report'): Promise<void> => {
    stage.fail(message, errorType)
    const rolledBack = await rollback(ctx, stage, key, vars, breaker)
    stage.outputs.rollback = rolledBack
    // The environment is where the rollback put it: every surface shows that URL, not the failed release's (which
    // stays in deploy_outputs).
    if (typeof rolledBack.environment_url === 'string') stage.outputs.environment_url = rolledBack.environment_url
    // The report is redacted after the stage; what GitHub is told now is redacted here.
    await record?.status('failure', { description: ctx.redactor.redact(message).slice(0, 140) })
  }

  // Deploy.
  const policy = ctx.config.error_recovery[key]
  const halfOpen = ctx.config.error_recovery.circuit_breaker.half_open_max_calls
  if (halfOpen > 1) {
    stage.warnings.push(`circuit_breaker.half_open_max_calls is ${halfOpen}, but the breaker (cockatiel) admits one trial call at a time while half-open: treated as 1`)
  }
  const step = await runStep(ctx, stage, {
    purpose: key,
    command,
    timeoutSeconds: cfg.timeout_seconds,
    policy,
    // The environment's breaker: each attempt counts (see environment-breaker.ts); once open, no more attempts.
    breaker,
    // What an attempt reports is that attempt's: a retry starts with an empty outputs file, as a step starts with an
    // empty GITHUB_OUTPUT. A failed attempt's environment_url would otherwise be the URL the successful one is checked
    // at and shown as deployed at, when the successful one wrote none.
    beforeAttempt: () => rm(outputsFile, { force: true }),
    judge: async (res): Promise<AttemptOutcome<undefined>> => {
      const cls = classifyCommand(res, policy.retry_on_timeout)
      const decision = deployRetryDecision(res, cls, cfg, ctx.signal.aborted)
      return {
        value: undefined,
        ok: cls.errorType === null,
        retryable: decision.retryable,
        environmentFailure: decision.environmentFailure,
        reason: decision.retryable || !decision.why || cls.errorType === null ? cls.description : `${cls.description}; not retried: ${decision.why}`
      }
    }
  })
  if (step.cancelled) {
    stage.cancelled = true
    // The deploy command was stopped midway (or between attempts): what it changed in the environment is not known,
    // and no rollback runs after a cancel. Neither "deployed" nor "not deployed" would be true.
    stage.outputs.interrupted = true
    stage.fail('cancelled while deploying', 'cancelled')
    await record?.status('error', { description: 'cancelled' })
    return
  }
  stage.outputs.attempts = step.attempts
  if (!step.outcome.ok) {
    stage.outputs.deployed = false
    const timedOut = step.outcome.reason.includes('timed out')
    // Killed midway, the deploy said nothing of what it had changed: not "not deployed", but unknown (as a cancel).
    if (timedOut) stage.outputs.killed_at_timeout = true
    await failed(`deploy to ${cfg.environment} failed: ${step.outcome.reason}`, timedOut ? 'timeout' : 'exit_code')
    return
  }
  let outputs: Record<string, string>
  try {
    outputs = await readDeployOutputs(outputsFile)
  } catch (error) {
    // The deploy ran and exited 0, so something may be in place; what it reported cannot be read, so nothing can be
    // checked against it: a failed deployment, rolled back.
    stage.outputs.deployed = true
    stage.outputs.outputs_unreadable = true
    await failed(`the deploy to ${cfg.environment} exited 0, but what it reported cannot be read: ${(error as Error).message}`, 'report')
    return
  }
  stage.outputs.deployed = true
  stage.outputs.deploy_outputs = shownOutputs(ctx, outputs)
  const environmentUrl = outputs.environment_url ?? ''
  stage.outputs.environment_url = environmentUrl ? shownUrl(ctx, environmentUrl) : null
  vars.environment_url = environmentUrl
  ctx.deployedUrls = { ...ctx.deployedUrls, [key]: environmentUrl }
  host.info(`deployed to ${cfg.environment}${environmentUrl ? ` at ${shownUrl(ctx, environmentUrl)}` : ''}`)

  // Verify: health, then tests against the deployed environment.
  if (cfg.health_check) {
    const health = await healthGate(ctx, stage, key, vars, 'health_check')
    if (!ctx.signal.aborted) await breaker.record(health ? 'success' : 'failure', `health check after the deploy: not healthy`)
    if (!health && ctx.signal.aborted) {
      // Stopped, not found unhealthy: the deployment stands unverified, and no rollback runs after a cancel.
      stage.cancelled = true
      stage.fail(`cancelled during the health check after the deploy to ${cfg.environment}: the deployment was not verified`, 'cancelled')
      await record?.status('error', { description: 'cancelled' })
      return
    }
    if (!health) {
      await failed(`${cfg.environment} is not healthy after the deploy`, 'threshold_not_met')
      return
    }
  }
  const tests = key === 'staging_deployment' ? cfg.integration_tests : cfg.e2e_tests
  if (tests) {
    const suite = key === 'staging_deployment' ? 'integration_tests' : 'e2e_tests'
    const result = await runTestSuite(ctx, stage, {
      purpose: suite,
      gatePrefix: key === 'staging_deployment' ? 'integration_' : 'e2e_',
      where: `stages.${key}.${suite}`,
      command: tests.command,
      reports: tests.reports,
      timeoutSeconds: tests.timeout_seconds ?? 600,
      policy: ctx.config.error_recovery.testing,
      coverageThreshold: key === 'staging_deployment' ? coverageThreshold(ctx.config.quality_gates.test_coverage, 'staging') : 0,
      env: { ENVIRONMENT_URL: environmentUrl },
      vars,
      // The pass rate's flaky policy holds these tests as it holds the testing stage's (as its `required` does): under
      // `flaky: fail`, a test that passed only on a rerun of the suite fails it. The quarantine names the testing
      // stage's tests, and is not applied here.
      passRatePolicy: { flaky: ctx.config.quality_gates.test_pass_rate.flaky ?? 'warn' }
    })
    if (result.cancelled) {
      await record?.status('error', { description: 'cancelled' })
      return
    }
    // Without a URL from the deploy the tests were given an empty ENVIRONMENT_URL: what they reached (a default of
    // their own, a server on the runner) is not known to be the deployment, and their pass says so on every surface.
    const passRate = stage.gates[`${key === 'staging_deployment' ? 'integration_' : 'e2e_'}test_pass_rate`]
    if (!environmentUrl && passRate?.passed) {
      passRate.warnings = [
        ...(passRate.warnings ?? []),
        `the deploy to ${cfg.environment} reported no environment_url (a line environment_url=… in its {outputs} file), so the ${suite.replace('_', ' ')} ran with ENVIRONMENT_URL empty: that they tested the deployment is not checked`
      ]
    }
    // Tests that ran and failed are the product's failure; a suite that produced no report could not reach it.
    if (result.passed) await breaker.record('success')
    else if (!result.reportRead) await breaker.record('failure', `${suite.replace('_', ' ')}: no test report (the suite could not run against ${cfg.environment})`)
    if (!result.passed) {
      await failed(`${suite.replace('_', ' ')} against ${cfg.environment} failed`, 'threshold_not_met')
      return
    }
  }
  if (!cfg.health_check && !tests) {
    const suite = key === 'staging_deployment' ? 'integration_tests' : 'e2e_tests'
    stage.warnings.push(
      `nothing verified the deployment to ${cfg.environment}: neither stages.${key}.health_check nor stages.${key}.${suite} is configured, so "deployed" means only that the deploy command exited 0`
    )
  }
  await record?.status('success', { environmentUrl: environmentUrl ? shownUrl(ctx, environmentUrl) : undefined })
}

/**
 * A URL as every surface shows it: without its credentials, query values and fragment, which may carry tokens. The
 * URL as written and its password are registered as secrets, so that the command lines and logs that carry them, and
 * the job log, mask them too. A value that is not a URL has each URL written in it shown so (`see https://u:p@host`);
 * anything else is shown as it is.
 */
function shownUrl(ctx: RunContext, value: string): string {
  return shownWholeUrl(ctx, value) ?? value.replace(URL_IN_TEXT, (found) => shownWholeUrl(ctx, found) ?? found)
}

/** A URL inside text: a scheme, `://`, then up to the next space, quote or angle bracket. */
const URL_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s"'<>`]+/g

/** {@link shownUrl} of a value that is a URL as a whole; undefined when it is not one. */
function shownWholeUrl(ctx: RunContext, value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  if (!url.username && !url.password && !url.search && !url.hash) return value
  // The whole URL as written (command lines carry it), and its password wherever else it turns up.
  const pieces = [value]
  if (url.password) {
    pieces.push(url.password)
    try {
      pieces.push(decodeURIComponent(url.password))
    } catch {
      // a malformed escape: the raw form is the one printed
    }
  }
  for (const piece of ctx.redactor.add(pieces)) ctx.host.mask?.(piece)
  return redactUrl(url)
}

/**
 * An output whose name says it holds a secret (`db_password`, `apiToken`, `client_secret`, `API_KEY`, `auth`): its
 * value is shown on no surface.
 */
const SECRET_NAME = /password|passwd|secret|token|api_?key|private_?key|credential|(?:^|[_-])(?:pass|pwd|auth)(?:[_-]|$)/i

/**
 * Credentials written without a scheme before a host (`default:pw@cache:6379`, a Redis or SSH-style address): the
 * user, then the password, then `@` and the host's first character. URLs were dealt with before (`//***@`).
 */
const CREDENTIALS_IN_TEXT = /(^|[\s,;=(<'"])([^\s:@/'"<>]{1,128}):([^\s@/'"<>]{1,512})@(?=[A-Za-z0-9[])/g

/**
 * The deploy outputs as the report shows them: URLs through shownUrl, passwords written as `user:password@host`
 * replaced by `***`, and the whole value of an output named as a secret replaced by `***`. What is hidden is
 * registered as a secret, so the command logs and the job log mask it too.
 */
function shownOutputs(ctx: RunContext, outputs: Record<string, string>): Record<string, string> {
  const shown = Object.create(null) as Record<string, string>
  const secret = (pieces: string[]) => {
    for (const piece of ctx.redactor.add(pieces.filter((p) => p !== ''))) ctx.host.mask?.(piece)
  }
  for (const [key, value] of Object.entries(outputs)) {
    // A URL is shown by shownUrl whatever its name (`auth_url`, `token_endpoint`): its credentials and query go.
    if (SECRET_NAME.test(key) && value !== '' && !/^https?:\/\/[^\s]*$/i.test(value)) {
      secret([value])
      shown[key] = '***'
      continue
    }
    shown[key] = shownUrl(ctx, value).replace(CREDENTIALS_IN_TEXT, (_, before: string, user: string, password: string) => {
      secret([password])
      return `${before}${user}:***@`
    })
  }
  return shown
}

/** Whether a health check's answer was a web page (a media type without its parameters, as `checkHealth` gives it). */
function isWebPage(contentType: unknown): boolean {
  return typeof contentType === 'string' && /^(?:text\/html|application\/xhtml\+xml)$/.test(contentType)
}

/** Whether a URL template uses `{environment_url}` (`{{` and `}}` are literal braces). */
function usesEnvironmentUrl(template: string): boolean {
  return /\{environment_url\}/.test(template.replace(/\{\{|\}\}/g, ''))
}

/** Polls the health check; records it as a gate named `gate`. */
async function healthGate(ctx: RunContext, stage: StageRecorder, key: DeployKey, vars: Record<string, string>, gate: string): Promise<boolean> {
  const hc = ctx.config.stages[key].health_check!
  const started = ctx.host.now()
  const url = textFor(ctx, hc.url, `stages.${key}.health_check.url`, vars)
  const shown = shownUrl(ctx, url)
  // Without the URL the deploy was to report, the check would poll "/health" and say only that it is no URL.
  const noUrl = usesEnvironmentUrl(hc.url) && !vars.environment_url
    ? `stages.${key}.health_check.url uses {environment_url}, but the deploy wrote no environment_url=… line to its {outputs} file`
    : null
  const result: HealthCheckResult = noUrl
    ? { healthy: false, attempts: 0, lastStatus: null, elapsedMs: 0, lastError: noUrl }
    : await checkHealth({
        url,
        expectedStatus: hc.expected_status ?? 200,
        jsonField: hc.json_field,
        expectedValue: hc.expected_value,
        timeoutMs: (hc.timeout_seconds ?? 60) * 1000,
        intervalMs: (hc.interval_seconds ?? 1) * 1000,
        signal: ctx.signal
      })
  // A cancel ends the polling: that says nothing of the service's health.
  const stopped = !result.healthy && !noUrl && ctx.signal.aborted
  // Healthy on its status alone, answering a web page: a single-page app's fallback (index.html for any path) or a
  // captive portal answers 200 so, whether the service behind it was deployed or not.
  const page = result.healthy && !hc.json_field && isWebPage(result.contentType)
    ? [`${shown} answered ${result.lastStatus} with a web page (${result.contentType}): its status was judged, whether the service is healthy was not checked — a single-page app's fallback or a captive portal answers so to any path, whether the service is up or not. Set stages.${key}.health_check.json_field to a field the service's health endpoint answers`]
    : []
  stage.addGate(
    gateResult(gate, started, ctx.host.now(), {
      passed: result.healthy,
      details: { url: shown, attempts: result.attempts, last_status: result.lastStatus, expected_status: hc.expected_status ?? 200, elapsed_ms: Math.round(result.elapsedMs), ...(result.contentType ? { content_type: result.contentType } : {}), ...(hc.json_field ? { json_field: hc.json_field, expected_value: hc.expected_value, observed: result.observed } : {}) },
      ...(page.length ? { warnings: page } : {}),
      errors: result.healthy ? [] : noUrl ? [noUrl] : stopped ? [`the health check of ${shown} was stopped after ${result.attempts} attempt(s): the run was cancelled`] : [`${shown} not healthy after ${result.attempts} attempt(s): ${result.lastError ?? `status ${result.lastStatus}`}`],
      ...(result.healthy ? {} : { error_type: stopped ? ('cancelled' as const) : ('threshold_not_met' as const) })
    })
  )
  return result.healthy
}

/** Runs the rollback command and checks health again; what happened goes into the stage outputs. */
async function rollback(ctx: RunContext, stage: StageRecorder, key: DeployKey, vars: Record<string, string>, breaker: EnvironmentBreaker): Promise<Record<string, unknown>> {
  const cfg = ctx.config.stages[key]
  const command = commandFor(ctx, cfg.rollback_command, `stages.${key}.rollback_command`, vars)
  // No rollback runs after a cancel (the rollback command would be refused at once: not "ran" nor "failed").
  if (ctx.signal.aborted) return { ran: false, reason: 'the run was cancelled' }
  if (!command) {
    stage.warnings.push(`no rollback_command is configured (stages.${key}.rollback_command): the failed release stays in place`)
    return { ran: false, reason: 'no rollback_command configured' }
  }
  ctx.host.warning(`${key}: rolling back`)
  // What the rollback reports is its own, as each deploy attempt's is: the file starts empty. A deploy that wrote the
  // new release's URL (a green slot) and then failed left it there, and a rollback that wrote nothing was checked at
  // the failed release and shown as having put the environment there.
  await rm(vars.outputs, { force: true })
  const run = await runStep(ctx, stage, {
    purpose: `${key}-rollback`,
    command,
    timeoutSeconds: cfg.timeout_seconds,
    judge: async (res) => {
      const cls = classifyCommand(res)
      return { value: undefined, ok: cls.errorType === null, retryable: false, reason: cls.description }
    }
  })
  const outcome: Record<string, unknown> = { ran: true, succeeded: run.outcome.ok, reason: run.outcome.reason }
  // Never refused by an open circuit (it is the way back); a failure counts, a success proves nothing about deploys.
  if (!run.outcome.ok) {
    stage.errors.push(`rollback failed: ${run.outcome.reason}`)
    if (!run.cancelled) await breaker.record('failure', `rollback: ${run.outcome.reason}`)
    return outcome
  }
  let outputs: Record<string, string> = {}
  try {
    outputs = await readDeployOutputs(vars.outputs)
  } catch (error) {
    stage.warnings.push(`after the rollback, ${(error as Error).message}: its health is checked at the URL the deploy reported, if any`)
  }
  if (outputs.environment_url) {
    // A rollback that reports another URL (the previous release's slot, blue/green) moved the environment there.
    if (outputs.environment_url !== vars.environment_url) outcome.environment_url = shownUrl(ctx, outputs.environment_url)
    vars.environment_url = outputs.environment_url
    shownUrl(ctx, outputs.environment_url)
  }
  // Where the environment is after the rollback: the URL it reported, else the one the deploy reported once it
  // succeeded. Neither (the deploy failed before reporting one): a health check of {environment_url} has nothing to
  // poll, and says nothing of the rollback — unverified, not "still unhealthy".
  const noUrl = cfg.health_check && usesEnvironmentUrl(cfg.health_check.url) && !vars.environment_url
  if (noUrl) {
    outcome.unverified = 'neither the deploy nor the rollback reported an environment_url, so the health check at {environment_url} had no URL to poll'
  } else if (cfg.health_check) {
    const healthy = await healthGate(ctx, stage, key, vars, 'rollback_health_check')
    // A check the cancel stopped found nothing out: the rollback is unverified, not "still unhealthy".
    if (!healthy && ctx.signal.aborted) outcome.health_check_stopped = true
    else outcome.healthy_after = healthy
    if (outcome.healthy_after === false) await breaker.record('failure', 'health check after the rollback: not healthy')
    // The same check at the same URL already passed on the failed release (its tests failed after it): healthy now
    // does not tell the releases apart, so a rollback that did nothing (`true`, no previous release) looks the same.
    if (healthy && stage.gates.health_check?.passed === true && outcome.environment_url === undefined) {
      outcome.unverified = 'the health check passed on the failed release too, so its passing after the rollback does not show that anything was rolled back'
    }
  }
  ctx.host.info(`rollback ${outcome.healthy_after === false ? 'ran, but the environment is still unhealthy' : outcome.unverified ? `ran, unverified: ${String(outcome.unverified)}` : 'done'}`)
  return outcome
}
