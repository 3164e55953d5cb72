/**
 * The engine's only window on the outside world. The CLI and the action each implement it once, so they share
 * every line of pipeline logic; tests implement it to drive the engine without a runner.
 */
import type { SessionStore } from '../context/types.js'
import type { CommandRunner } from '../exec/types.js'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
}

/** A reading of one production criterion from GitHub: whether it is met, the value seen, and why. */
export interface CriterionReading {
  met: boolean
  value: string
  reason: string
}

/** A GitHub deployment being recorded; statuses follow what the stage does. */
export interface DeploymentRecord {
  readonly url: string | null
  status(state: 'in_progress' | 'success' | 'failure' | 'error' | 'inactive', extra?: { environmentUrl?: string; description?: string }): Promise<void>
}

/** What the engine asks of GitHub, when it runs there with a token; absent locally. */
export interface GitHubPort {
  /** Creates a deployment for the environment at the commit; null (with a warning logged) when the token may not. */
  startDeployment(o: { environment: string; sha: string; description: string; production: boolean; component?: string }): Promise<DeploymentRecord | null>
  /**
   * Staging soak: the commit deployed successfully to `environment` at least `days` ago, with no failure since. With
   * `component`, a deployment this product recorded for another component (its payload, or its description) is not
   * this component's time on the environment.
   */
  soak(o: { environment: string; sha: string; days: number; now: number; component?: string }): Promise<CriterionReading>
  /** Security review: the pull request that brought the commit has an approval from these users/teams, or a label. */
  securityReview(o: { sha: string; users: string[]; teams: string[]; labels: string[] }): Promise<CriterionReading>
  /**
   * Offers the lint fix on the pull request as review suggestions, from its `git diff --unified=0`; says what it did
   * (posted, or why not). Absent, or a no-op outside pull requests.
   */
  suggestFixes?(o: { diff: string; fixable: number | null }): Promise<FixSuggestions>
}

/** What became of the lint fix's review suggestions. */
export interface FixSuggestions {
  posted: number
  /** Hunks left out: outside the pull request's diff, or over the cap. */
  skipped: number
  /** The review's URL when one was posted. */
  url: string | null
  /** Why nothing was posted, when nothing was. */
  reason: string | null
}

export interface Host {
  /** Absolute path of the repository the component lives in; commands run here. */
  readonly workspace: string
  /** Commit being judged, when known (GITHUB_SHA or `git rev-parse HEAD`). */
  readonly sha: string | null
  /** The branch the judged commit is on (a pull request's head branch), where `auto_fix: commit` pushes; else HEAD's. */
  readonly branch?: string | null
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  debug(message: string): void
  /** Masks a secret value in the job log from now on (`core.setSecret` in the action); absent for the CLI. */
  mask?(secret: string): void
  /** Runs `fn` inside a collapsible log group (the action) or under a heading (the CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Runs shell commands; the same implementation serves both hosts. */
  readonly runCommand: CommandRunner
  /** Milliseconds since the epoch, never going back (see `steadyNow`); a seam for tests. */
  now(): number
  /** GitHub, when running there with a token: deployments, soak, reviews. */
  readonly github?: GitHubPort
  /** Where context sessions are kept between runs (the Actions cache in CI); absent locally. */
  readonly sessionStore?: SessionStore
  /**
   * Brings the state kept between runs (`.spec-to-production/state/`: the environments' circuit breakers) into the
   * workspace before it is first read: the action restores it from the Actions cache; absent locally, where the
   * directory itself persists.
   */
  restoreState?(): Promise<void>
}

/**
 * The hosts' clock: the wall clock when the process started plus the monotonic time since. Durations are differences
 * of it, and a wall clock set back during the run (an NTP step on a runner, a VM resumed) would make them negative
 * (a stage "-3600250 ms" in the report); this one only goes forward, and its timestamps stay the wall clock's.
 */
export function steadyNow(): number {
  return performance.timeOrigin + performance.now()
}
