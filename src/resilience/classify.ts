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
  if (result.timedOut)
    return { errorType: 'timeout', transient: retryOnTimeout, description: 'timed out; process tree killed' }
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
