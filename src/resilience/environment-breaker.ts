/**
 * The circuit breaker of one deployment environment, kept across runs. cockatiel's CircuitBreakerPolicy holds the
 * state machine (ConsecutiveBreaker, halfOpenAfter = recovery_timeout) and serializes it (`toJSON()` /
 * `initialState`); this module decides what counts, refuses calls while the circuit is open, and keeps the state in
 * `.spec-to-production/state/circuit-breakers.json` (carried between CI runs by the Actions cache).
 *
 * What counts against the environment (one call each):
 * - a deploy attempt: a failure that may pass on a second try, a timeout or a crash counts; a usage error (exit 2),
 *   a missing command, an exit status the configuration says not to retry, or a stop the user asked for does not
 *   (the script is at fault, not the environment); a success resets the count;
 * - the health check after a deploy: unhealthy counts, healthy resets;
 * - integration / E2E tests: a command that produced no test report (could not reach the environment, crashed, timed
 *   out) counts; tests that ran and failed are a product failure and count neither way; a passing suite resets;
 * - the rollback and its health check: a failure counts; a success is no evidence that deploys work, so it does not
 *   reset. A rollback is never refused by an open circuit: it is the way back to a working release.
 *
 * Open: the deploy is refused without running until `recovery_timeout` seconds after the circuit opened; then one
 * trial deploy goes through (half-open): success closes the circuit, failure opens it again for another
 * `recovery_timeout`.
 */
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhenResult, type CircuitBreakerPolicy } from 'cockatiel'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { CircuitBreakerConfig } from '../config/types.js'

/** The breaker as the stage result reports it (`outputs.circuit_breaker`). */
export interface BreakerReport {
  environment: string
  /** half_open: the circuit was open for `recovery_timeout`; the next call is the one trial. */
  state: 'closed' | 'open' | 'half_open'
  /** Consecutive failed calls counted since the last success (across runs). */
  failures: number
  failure_threshold: number
  /** When the circuit last opened (ISO 8601), while it is open or half-open. */
  opened_at: string | null
  /** When an open circuit lets a trial call through. */
  half_open_at: string | null
  /** The last failure counted, for the message that refuses a deploy. */
  last_failure: string | null
}

/** What is kept per environment in the state file. */
interface StoredBreaker {
  /** cockatiel's `toJSON()`. */
  cockatiel: { ownState: { value: CircuitState; openedAt?: number; attemptNo?: number }; breakerState: number }
  last_failure: string | null
  updated_at: string
}

interface StateFile {
  version: 1
  environments: Record<string, StoredBreaker>
}

/** How far after this run's clock a breaker's opening may be dated (another runner's clock) and still be taken as is. */
const FUTURE_SKEW_MS = 5 * 60 * 1000

/** The state file under a workspace. */
export function breakerStatePath(workspace: string): string {
  return join(workspace, '.spec-to-production', 'state', 'circuit-breakers.json')
}

function isStored(value: unknown): value is StoredBreaker {
  const v = value as StoredBreaker | null
  const own = v?.cockatiel?.ownState
  return (
    typeof v === 'object' &&
    v !== null &&
    // A count of consecutive failures: a negative one (-1000, written by hand) would take that many more failures to
    // open the circuit, and be reported as the failures counted.
    Number.isSafeInteger(v.cockatiel?.breakerState) &&
    v.cockatiel.breakerState >= 0 &&
    (v.last_failure === undefined || v.last_failure === null || typeof v.last_failure === 'string') &&
    !!own &&
    (own.value === CircuitState.Closed ||
      // Opened at a time this product writes: milliseconds since 1970 (before it, -1e300, its trial time has no date).
      (own.value === CircuitState.Open && Number.isFinite(own.openedAt) && own.openedAt! >= 0 && Number.isSafeInteger(own.attemptNo) && own.attemptNo! >= 0))
  )
}

export class EnvironmentBreaker {
  private readonly policy: CircuitBreakerPolicy
  private lastFailure: string | null

  constructor(
    readonly environment: string,
    private readonly cfg: CircuitBreakerConfig,
    stored?: StoredBreaker,
    /** Wall clock; cockatiel compares `openedAt` with Date.now(), so this must be the same clock. */
    private readonly now: () => number = Date.now
  ) {
    this.lastFailure = stored?.last_failure ?? null
    this.policy = circuitBreaker(
      handleWhenResult((r) => r === 'failure'),
      { halfOpenAfter: cfg.recovery_timeout * 1000, breaker: new ConsecutiveBreaker(cfg.failure_threshold), initialState: stored?.cockatiel }
    )
  }

  private get json(): StoredBreaker['cockatiel'] {
    return this.policy.toJSON() as StoredBreaker['cockatiel']
  }

  /** Whether a call may go through now: the circuit is closed, or has been open for `recovery_timeout` (a trial). */
  admits(): boolean {
    const own = this.json.ownState
    return own.value === CircuitState.Closed || (own.value === CircuitState.Open && this.now() - (own.openedAt ?? 0) >= this.cfg.recovery_timeout * 1000)
  }

  /** Counts one call's outcome. A success while the circuit is open and not yet due for a trial is not counted. */
  async record(outcome: 'success' | 'failure', reason?: string): Promise<void> {
    try {
      await this.policy.execute(() => outcome)
    } catch (error) {
      // Open and not due for a trial: the call was not let through, so there is nothing to count — nor to name as
      // the failure the open circuit refuses deploys for (that is the one that opened it).
      if (!(error instanceof BrokenCircuitError)) throw error
      return
    }
    if (outcome === 'failure') this.lastFailure = reason ?? 'failed'
  }

  report(): BreakerReport {
    const { ownState, breakerState } = this.json
    const open = ownState.value === CircuitState.Open
    const openedAt = open ? (ownState.openedAt ?? 0) : null
    const halfOpenAt = openedAt === null ? null : openedAt + this.cfg.recovery_timeout * 1000
    return {
      environment: this.environment,
      state: !open ? 'closed' : this.now() >= halfOpenAt! ? 'half_open' : 'open',
      failures: breakerState,
      failure_threshold: this.cfg.failure_threshold,
      opened_at: openedAt === null ? null : new Date(openedAt).toISOString(),
      half_open_at: halfOpenAt === null ? null : new Date(halfOpenAt).toISOString(),
      last_failure: this.lastFailure
    }
  }

  /** Why calls are refused now, and from when one trial goes through. */
  refusal(): string {
    const r = this.report()
    return (
      `the circuit breaker of environment ${this.environment} is open since ${r.opened_at} after ${r.failures} consecutive failure(s)` +
      `${r.last_failure ? ` (last: ${r.last_failure})` : ''}; it lets one trial through from ${r.half_open_at} ` +
      `(error_recovery.circuit_breaker.recovery_timeout: ${this.cfg.recovery_timeout} s)`
    )
  }

  stored(): StoredBreaker {
    return { cockatiel: this.json, last_failure: this.lastFailure, updated_at: new Date(this.now()).toISOString() }
  }
}

async function readState(path: string, warn: (m: string) => void): Promise<StateFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return { version: 1, environments: Object.create(null) as Record<string, StoredBreaker> }
  }
  try {
    const parsed = JSON.parse(text) as StateFile
    if (parsed?.version === 1 && typeof parsed.environments === 'object' && parsed.environments !== null) {
      // Keyed by environment names from the configuration: no prototype to trip over.
      return { version: 1, environments: Object.assign(Object.create(null) as Record<string, StoredBreaker>, parsed.environments) }
    }
  } catch {
    // fall through
  }
  warn(`${path} is not a circuit-breaker state file this version reads: the breakers start closed`)
  return { version: 1, environments: Object.create(null) as Record<string, StoredBreaker> }
}

/**
 * The name an environment's record is kept under: GitHub's environment names are case-insensitive, so `Staging` is
 * the environment `staging` was (a renamed key would otherwise start a closed breaker for an environment whose
 * circuit is open). The exact name first.
 */
function storedName(state: StateFile, environment: string): string {
  if (Object.hasOwn(state.environments, environment)) return environment
  const folded = environment.trim().toLowerCase()
  return Object.keys(state.environments).find((name) => name.trim().toLowerCase() === folded) ?? environment
}

/**
 * The breakers of every environment as this run found them, read once: after the cache restore, before any deploy
 * command of the run. The state file lies in the workspace, where the run's own commands can write — a staging deploy
 * script, the integration tests or a benchmark that deletes it, or rewrites production's record as closed, would
 * otherwise let production deploy into an open circuit (and have the rewritten record saved for later runs). Every
 * load reads this copy, every save writes it whole.
 */
export class BreakerStore {
  private constructor(
    private readonly path: string,
    private readonly state: StateFile
  ) {}

  /** The state file as it is now (the breakers start closed without one). */
  static async read(workspace: string, warn: (m: string) => void): Promise<BreakerStore> {
    const path = breakerStatePath(workspace)
    return new BreakerStore(path, await readState(path, warn))
  }

  /** The environment's breaker as the last run left it (closed when there is no usable record). */
  load(environment: string, cfg: CircuitBreakerConfig, warn: (m: string) => void): EnvironmentBreaker {
    const { path, state } = this
    const stored = state.environments[storedName(state, environment)]
    if (stored !== undefined && !isStored(stored)) {
      warn(`${path}: the record of environment ${environment} is malformed: its breaker starts closed`)
      return new EnvironmentBreaker(environment, cfg)
    }
    const own = stored?.cockatiel.ownState
    const now = Date.now()
    if (own?.value === CircuitState.Open && own.openedAt! > now + FUTURE_SKEW_MS) {
      // Opened in the future (a hand-written cache entry, a runner whose clock ran ahead): never `recovery_timeout` in
      // the past, it would refuse every deploy to the environment for good. Counted as opened now.
      warn(`${path}: the breaker of environment ${environment} says it opened at ${new Date(own.openedAt!).toISOString()}, after this run's clock: counted as opened now`)
      return new EnvironmentBreaker(environment, cfg, { ...stored!, cockatiel: { ...stored!.cockatiel, ownState: { ...own, openedAt: now } } })
    }
    return new EnvironmentBreaker(environment, cfg, stored)
  }

  /** Keeps the breaker's state beside the other environments' as read, and writes them all (atomically: a rename). */
  async save(breaker: EnvironmentBreaker): Promise<void> {
    const { path, state } = this
    // One record per environment, under the name the configuration gives it now.
    delete state.environments[storedName(state, breaker.environment)]
    state.environments[breaker.environment] = breaker.stored()
    await mkdir(dirname(path), { recursive: true })
    const temp = `${path}.${process.pid}.tmp`
    await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`)
    await rename(temp, path)
  }
}

/** The environment's breaker as the state file has it now (one run's view: see {@link BreakerStore}). */
export async function loadEnvironmentBreaker(workspace: string, environment: string, cfg: CircuitBreakerConfig, warn: (m: string) => void): Promise<EnvironmentBreaker> {
  return (await BreakerStore.read(workspace, warn)).load(environment, cfg, warn)
}

/** Writes the breaker's state next to the other environments' as the state file has them now. */
export async function saveEnvironmentBreaker(workspace: string, breaker: EnvironmentBreaker, warn: (m: string) => void): Promise<void> {
  await (await BreakerStore.read(workspace, warn)).save(breaker)
}
