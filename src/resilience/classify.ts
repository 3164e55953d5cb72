/** Tells a failure that may pass on a second try from one that will fail the same way again. */
import type { CommandResult } from '../exec/types.js'
import type { ErrorType } from '../engine/model.js'

/** Messages of network failures that a second try can get past (not refusals: a refused port stays refused). */
const TRANSIENT_NETWORK =
  /\b(ECONNRESET|ETIMEDOUT|EAI_AGAIN|EPIPE|ENETUNREACH|EHOSTUNREACH|socket hang up|Temporary failure in name resolution|Connection reset by peer|network is unreachable|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out|TLS handshake timeout)\b/i

/** Signals that mean the process crashed or was killed from outside (OOM killer), not that it judged something. */
const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGBUS', 'SIGABRT', 'SIGILL', 'SIGFPE', 'SIGKILL', 'SIGTERM', 'SIGHUP'])
/** The same signals as a shell reports them: 128 + signal number. */
const CRASH_EXIT_CODES = new Set([129, 132, 134, 135, 136, 137, 139, 143])

export interface Classification {
  /** Null when the command succeeded. */
  errorType: ErrorType | null
  /** Whether running the same command again could give another outcome. */
  transient: boolean
  /** Human-readable cause for the log and the report. */
  description: string
}

export function classifyCommand(result: CommandResult, retryOnTimeout = false): Classification {
  if (result.cancelled) return { errorType: 'cancelled', transient: false, description: 'cancelled' }
  if (result.spawnError)
    return { errorType: 'crash', transient: false, description: `could not start: ${result.spawnError}` }
  if (result.timedOut) {
    const limit = result.timeoutMs ? ` after ${Number((result.timeoutMs / 1000).toFixed(3))} s (timeout_seconds)` : ''
    return { errorType: 'timeout', transient: retryOnTimeout, description: `timed out${limit}; process tree killed` }
  }
  if (result.signal)
    return {
      errorType: 'crash',
      transient: CRASH_SIGNALS.has(result.signal),
      description: `killed by ${result.signal}`
    }
  if (result.exitCode === 0) return { errorType: null, transient: false, description: 'exit status 0' }
  const network = TRANSIENT_NETWORK.exec(result.tail)
  if (network)
    return {
      errorType: 'transient_network',
      transient: true,
      description: `exit status ${result.exitCode} after a network error (${network[1]})`
    }
  if (result.exitCode !== null && CRASH_EXIT_CODES.has(result.exitCode))
    return {
      errorType: 'crash',
      transient: true,
      description: `exit status ${result.exitCode} (killed by signal ${result.exitCode - 128})`
    }
  if (result.exitCode === 126 || result.exitCode === 127)
    return {
      errorType: 'exit_code',
      transient: false,
      description: `exit status ${result.exitCode} (${result.exitCode === 127 ? 'command not found' : 'not executable'})`
    }
  return { errorType: 'exit_code', transient: false, description: `exit status ${result.exitCode}` }
}

/**
 * Exit statuses a deploy is not retried on by default: 2 (a shell's usage or syntax error, and most tools' "bad
 * arguments"), 126 (not executable), 127 (command not found). The same script fails the same way on a second try.
 */
export const NO_RETRY_EXIT_CODES: readonly number[] = [2, 126, 127]

/** The configuration's say on exit statuses (`stages.<deploy>.retry_on_exit_codes` / `no_retry_on_exit_codes`). */
export interface ExitCodeRules {
  /** When set, only these exit statuses are retried (2, 126 and 127 too, if listed). */
  retry_on_exit_codes?: number[]
  /** Never retried, whatever else says so. */
  no_retry_on_exit_codes?: number[]
}

export interface RetryDecision {
  retryable: boolean
  /** Why not, when not retryable (for the log and the report). */
  why?: string
  /**
   * Whether the failure says something about the environment the command talks to (it counts against the
   * environment's circuit breaker): a failure that may pass on a second try, a timeout or a crash. A usage error, a
   * missing command or a stop someone asked for says nothing about it.
   */
  environmentFailure: boolean
}

/**
 * Whether a failed deploy attempt may pass on a second try. Not retried: a stop the user asked for (the run was
 * cancelled, or the command died of SIGINT / exit 130), a command that could not start, exit statuses listed in
 * `no_retry_on_exit_codes`, exit statuses outside `retry_on_exit_codes` when that list is set, and by default 2, 126
 * and 127. A timeout is retried only with `retry_on_timeout`.
 */
export function deployRetryDecision(result: CommandResult, cls: Classification, rules: ExitCodeRules, runCancelled: boolean): RetryDecision {
  const no = (why: string, environmentFailure = false): RetryDecision => ({ retryable: false, why, environmentFailure })
  if (cls.errorType === null) return no('it passed')
  if (runCancelled || result.cancelled) return no('the run was cancelled')
  if (result.signal === 'SIGINT' || result.exitCode === 130) return no('it was interrupted (SIGINT): someone stopped it')
  if (result.spawnError) return no('the command could not start')
  if (result.timedOut) return cls.transient ? { retryable: true, environmentFailure: true } : no('a command that hit its timeout usually hangs again (set retry_on_timeout to retry it)', true)
  if (result.exitCode === null) return cls.transient ? { retryable: true, environmentFailure: true } : no(cls.description, true)
  const code = result.exitCode
  if (rules.no_retry_on_exit_codes?.includes(code)) return no(`exit status ${code} is listed in no_retry_on_exit_codes`)
  if (rules.retry_on_exit_codes) {
    return rules.retry_on_exit_codes.includes(code) ? { retryable: true, environmentFailure: true } : no(`exit status ${code} is not listed in retry_on_exit_codes`)
  }
  if (cls.errorType === 'transient_network') return { retryable: true, environmentFailure: true }
  if (NO_RETRY_EXIT_CODES.includes(code)) {
    const meaning = code === 2 ? 'a usage or syntax error' : code === 126 ? 'not executable' : 'command not found'
    return no(`exit status ${code} (${meaning}) fails the same way again (list it in retry_on_exit_codes to retry it)`)
  }
  return { retryable: true, environmentFailure: true }
}
