/**
 * Deployment stages. Staging: criteria from the gate results this run measured (never re-run), then the deploy
 * command under the staging retry policy and the circuit breaker. Production needs criteria from real sources
 * (integration coverage, SLAs, soak, uptime, security review) that this version cannot read yet, so it fails and
 * says so: it never assumes they pass.
 */
import type { StageKey } from '../../config/types.js'
import { coverageThreshold } from '../../gates/tests.js'
import { classifyCommand } from '../../resilience/classify.js'
import { circuitBreakerFrom, type AttemptOutcome } from '../../resilience/policies.js'
import type { RunContext } from '../context.js'
import { gateResult, type StageRecorder } from '../stage.js'
import { runStep } from '../steps.js'
import { commandFor } from './templates.js'

interface Criterion {
  name: string
  met: boolean
  value: unknown
  threshold: unknown
  source: string
}

/** dev→staging criteria, read from this run's results. */
export function stagingCriteria(ctx: RunContext): Criterion[] {
  const testing = ctx.results.testing
  const refactoring = ctx.results.refactoring
  const passRate = testing?.quality_gates.test_pass_rate
  const coverage = testing?.quality_gates.test_coverage
  const threshold = coverageThreshold(ctx.config.quality_gates.test_coverage, 'staging')
  const criteria: Criterion[] = [
    {
      name: 'all tests passing',
      met: passRate?.passed === true && passRate.details.failed === 0 && passRate.details.errors === 0,
      value: passRate ? `${passRate.details.passed}/${Number(passRate.details.total) - Number(passRate.details.skipped)}` : 'not measured in this run',
      threshold: 'all',
      source: 'testing.test_pass_rate'
    },
    {
      name: 'coverage',
      met: typeof coverage?.details.coverage === 'number' && coverage.details.coverage >= threshold,
      value: coverage?.details.coverage ?? 'not measured in this run',
      threshold,
      source: 'testing.test_coverage'
    }
  ]
  for (const gate of ['linting', 'type_checking', 'security'] as const) {
    const result = refactoring?.quality_gates[gate]
    criteria.push({
      name: `${gate} clean`,
      met: result?.passed === true,
      value: result ? (result.passed ? 'passed' : 'failed') : 'not measured in this run',
      threshold: 'passed',
      source: `refactoring.${gate}`
    })
  }
  return criteria
}

export async function stagingDeploymentStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  await deploy(ctx, stage, 'staging_deployment', stagingCriteria(ctx))
}

export async function productionDeploymentStage(_ctx: RunContext, stage: StageRecorder): Promise<void> {
  stage.fail(
    'production criteria (integration coverage ≥ 80%, performance SLAs, staging soak, uptime ≥ 99.5% over 7 days, security review) need sources this version cannot read yet: production deployment refused',
    'configuration'
  )
}

async function deploy(ctx: RunContext, stage: StageRecorder, key: StageKey & `${string}_deployment`, criteria: Criterion[]): Promise<void> {
  const { host } = ctx
  const cfg = ctx.config.stages[key]
  const started = host.now()
  const unmet = criteria.filter((c) => !c.met)
  stage.addGate(
    gateResult(`${key}_criteria`, started, host.now(), {
      passed: unmet.length === 0,
      details: { criteria },
      errors: unmet.map((c) => `criterion not met: ${c.name} (value ${String(c.value)}, needs ${String(c.threshold)}; from ${c.source})`),
      ...(unmet.length ? { error_type: 'threshold_not_met' as const } : {})
    })
  )
  if (unmet.length > 0) return

  const command = commandFor(ctx, cfg.command, `stages.${key}.command`, { environment: cfg.environment, sha: ctx.templateVars.sha })
  if (!command) {
    stage.fail(`no deploy command is configured (stages.${key}.command): nothing was deployed. Configure one, or set stages.${key}.enabled: false.`, 'configuration')
    return
  }
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
    // Consecutive failed deploy calls open the circuit; later attempts are then refused without running.
    breaker: circuitBreakerFrom(ctx.config.error_recovery.circuit_breaker),
    judge: async (res): Promise<AttemptOutcome<undefined>> => {
      const cls = classifyCommand(res, policy.retry_on_timeout)
      // A deploy that exits non-zero often failed on infrastructure, so it is retried; a missing command is not.
      const retryable = cls.transient || (cls.errorType === 'exit_code' && res.exitCode !== 126 && res.exitCode !== 127)
      return { value: undefined, ok: cls.errorType === null, retryable, reason: cls.description }
    }
  })
  if (step.cancelled) {
    stage.cancelled = true
    stage.fail('cancelled while deploying', 'cancelled')
    return
  }
  stage.outputs.environment = cfg.environment
  stage.outputs.attempts = step.attempts
  stage.outputs.deployed = step.outcome.ok
  if (!step.outcome.ok) stage.fail(`deploy to ${cfg.environment} failed: ${step.outcome.reason}`, 'exit_code')
}
