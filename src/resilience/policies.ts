/**
 * cockatiel policies built once from `error_recovery`: retry with exponential backoff (our own delay generator,
 * because cockatiel's built-in ones fix the base at 2 and we honour `exponential_base`). The circuit breaker is the
 * deployment environment's, kept across runs: environment-breaker.ts.
 */
import { ExponentialBackoff, handleWhenResult, retry, type GeneratorFn, type RetryPolicy } from 'cockatiel'
import type { RetryPolicyConfig } from '../config/types.js'

/** The value one attempt resolves to; `retryable` says whether another try could succeed. */
export interface AttemptOutcome<T> {
  value: T
  ok: boolean
  retryable: boolean
  /** Why it is (or is not) retried, for the log. */
  reason: string
  /**
   * For steps guarded by a circuit breaker: false when the failure says nothing about the environment (a usage
   * error, a stop the user asked for) and must not count against it. Failures count unless this is false.
   */
  environmentFailure?: boolean
}

/**
 * Delay before retry number `attempt` (0-based): base × exponent^attempt, capped at max. With jitter, "equal
 * jitter": half the delay fixed and half random, so delays still grow while retries of parallel jobs spread out.
 */
export function backoffDelayMs(attempt: number, cfg: RetryPolicyConfig, random: () => number = Math.random): number {
  const raw = Math.min(cfg.max_delay, cfg.base_delay * cfg.exponential_base ** attempt) * 1000
  return Math.round(cfg.jitter ? raw / 2 + random() * (raw / 2) : raw)
}

export function retryPolicyFrom(cfg: RetryPolicyConfig): RetryPolicy {
  const generator: GeneratorFn<number> = (attempt = 0) => [backoffDelayMs(attempt, cfg), attempt + 1]
  return retry(
    handleWhenResult((r) => {
      const outcome = r as AttemptOutcome<unknown>
      return !outcome.ok && outcome.retryable
    }),
    {
      maxAttempts: cfg.max_retries,
      backoff: new ExponentialBackoff({
        generator,
        initialDelay: cfg.base_delay * 1000,
        maxDelay: cfg.max_delay * 1000,
        exponent: cfg.exponential_base
      })
    }
  )
}
