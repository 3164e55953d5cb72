/** Runs one configured command under its retry policy, recording every attempt in the stage. */
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { commandNotFoundMessage } from '../config/tools.js'
import { readsAsWorkflowCommand } from '../hosts/workflow-commands.js'
import { cleanLine } from '../reports/findings/collect.js'
import type { RetryPolicyConfig } from '../config/types.js'
import type { CommandResult } from '../exec/types.js'
import { classifyCommand } from '../resilience/classify.js'
import { retryPolicyFrom, type AttemptOutcome } from '../resilience/policies.js'
import type { RunContext } from './context.js'
import type { StageRecorder } from './stage.js'

/** Lines of output kept in the report for each command. */
const TAIL_LINES = 40
/** A command's full log file stops growing here (the tail in the report still shows the end). */
const LOG_FILE_MAX_BYTES = 20 * 1024 * 1024

export interface StepOptions<T> {
  /** What the command is for, used as the log prefix: testing, linting, linting-fix, … */
  purpose: string
  /** The command line, templates already rendered. */
  command: string
  timeoutSeconds: number
  /** Working directory; default the workspace (the lint fixer's trial runs in a copy of it). */
  cwd?: string
  /** Extra environment variables for the command. */
  env?: Record<string, string>
  /** Retry policy; omitted, the command runs once. */
  policy?: RetryPolicyConfig
  /** Circuit breaker each attempt goes through; while it is open, attempts are refused without running. */
  breaker?: StepBreaker
  /**
   * Hold the output back from the log until the attempt is judged, then show its last lines with the secrets the
   * judgment found redacted (a secret scan prints what it finds; streamed live, the job log would have it first).
   */
  deferOutput?: boolean
  /** Runs before each attempt, e.g. to note which report files exist already. */
  beforeAttempt?: () => Promise<void>
  /** Judges a finished attempt: reads its reports, says whether it passed and whether a retry could help. */
  judge: (result: CommandResult, attempt: number) => Promise<AttemptOutcome<T>>
}

/** A circuit breaker as a step sees it (the environment's, for deploys: src/resilience/environment-breaker.ts). */
export interface StepBreaker {
  /** Whether a call may go through now. */
  admits(): boolean
  record(outcome: 'success' | 'failure', reason?: string): Promise<void>
  /** Why calls are refused now. */
  refusal(): string
}

export interface StepResult<T> {
  outcome: AttemptOutcome<T>
  attempts: number
  /** True when the run was cancelled before or during this step. */
  cancelled: boolean
  /** True when the breaker refused the first attempt: the command never ran. */
  refused?: boolean
}

/** Commands started through {@link runStep} in this process, by any run: a state of the work tree read since is still its state. */
let started = 0

/** How many commands {@link runStep} has started in this process. */
export function commandsStarted(): number {
  return started
}

export async function runStep<T>(ctx: RunContext, stage: StageRecorder, opts: StepOptions<T>): Promise<StepResult<T>> {
  const { host } = ctx
  const once: RetryPolicyConfig = {
    max_retries: 0,
    base_delay: 0,
    exponential_base: 1,
    max_delay: 0,
    jitter: false,
    retry_on_timeout: false
  }
  // cockatiel waits between attempts on a timer no signal ends: a run cancelled during a backoff (up to max_delay)
  // sat it out, and the runner kills a cancelled job about 10 s after its SIGINT, before the report was written. Its
  // timer is unref'd; `backoff` holds the process while it runs and ends the step at once when the run is cancelled.
  const retry = retryPolicyFrom(opts.policy ?? once).dangerouslyUnref()
  const backoff = new BackoffWait(ctx.signal)
  const { breaker } = opts
  let attempts = 0
  let last: AttemptOutcome<T> | undefined
  const onRetry = retry.onRetry(({ delay }) => {
    host.info(`↻ ${opts.purpose}: retrying in ${(delay / 1000).toFixed(1)} s (${last?.reason ?? 'failed'})`)
    backoff.start(delay)
  })
  try {
    const attempt = retry.execute(async () => {
      backoff.end()
      // The wait a cancel ended: the step has returned; the retry is not started.
      if (attempts > 0 && ctx.signal.aborted) return { value: last?.value as T, ok: false, retryable: false, reason: 'cancelled' }
      if (breaker && !breaker.admits()) {
        last = { value: last?.value as T, ok: false, retryable: false, reason: breaker.refusal() }
        return last
      }
      attempts++
      if (attempts > 1) stage.retries++
      await opts.beforeAttempt?.()
      const log = await openLog(join(ctx.reportsDir, '..', 'logs', `${opts.purpose}-${attempts}.log`), opts.command)
      started++
      const result = await host.runCommand(opts.command, {
        cwd: opts.cwd ?? host.workspace,
        env: opts.env,
        timeoutMs: opts.timeoutSeconds * 1000,
        signal: ctx.signal,
        onLine: (line) => {
          // A bare carriage return is a line break for the runner and the log viewer: each piece is a line of its
          // own with the prefix, so nothing a tool prints can start a line (and be read as a workflow command).
          if (!opts.deferOutput) for (const piece of line.split('\r')) if (piece !== '') host.info(`[${opts.purpose}] ${piece}`)
          log.write(line)
        }
      })
      await log.close(result)
      if (result.exitCode === 127) {
        // The shell did not find a program: say which, and how to install it, as the up-front check does.
        const missing = commandNotFoundMessage(result.tail, opts.purpose)
        if (missing && !stage.errors.includes(missing)) {
          stage.errors.push(missing)
          host.error(missing)
        }
      }
      stage.commands.push({
        purpose: opts.purpose,
        command: opts.command,
        exit_code: result.exitCode,
        signal: result.signal,
        timed_out: result.timedOut,
        duration_ms: Math.round(result.durationMs),
        attempt: attempts,
        tail: lastLines(result.tail, TAIL_LINES)
      })
      if (result.cancelled) {
        last = { value: undefined as T, ok: false, retryable: false, reason: 'cancelled' }
        return last
      }
      last = await opts.judge(result, attempts)
      if (opts.deferOutput) {
        const shown = lastLines(result.tail, TAIL_LINES)
        if (shown) host.info(`[${opts.purpose}] output held back until the scan was read; its last lines, secrets redacted:`)
        for (const line of shown.split(/\r\n|\r|\n/)) if (line !== '') host.info(`[${opts.purpose}] ${ctx.redactor.redact(line)}`)
      }
      if (breaker) {
        if (last.ok) await breaker.record('success')
        else if (last.environmentFailure !== false) await breaker.record('failure', `${opts.purpose}: ${last.reason}`)
        // Never wait out a backoff only to meet an open circuit: the failure that opened it ends the step.
        if (last.retryable && !breaker.admits()) last = { ...last, retryable: false, reason: `${last.reason}; not retried: ${breaker.refusal()}` }
      }
      // This line is about the command; a gate's verdict is logged with the gate. A tool that exits 1 because it
      // found problems ran fine: its report is read and judged, so it is neither "passed" nor "failed" here.
      const exited = classifyCommand(result).description
      const mark = !last.ok ? '✗' : result.exitCode === 0 ? '✓' : '•'
      // A reason that already begins with the exit status (`exit status 1; vulnerabilities not measured: …`) is not
      // prefixed with it again.
      const why = last.reason === exited || last.reason.startsWith(`${exited}; `) || last.reason.startsWith(`${exited}: `) ? last.reason : `${exited}; ${last.reason}`
      const line = last.ok
        ? result.exitCode === 0
          ? `command succeeded — ${why}`
          : `${why} (not a failure by itself: what the command left is judged next)`
        : `${last.retryable ? 'failed, may pass on a retry' : 'failed'} — ${why}`
      host.info(`${mark} ${opts.purpose} (attempt ${attempts}, ${Math.round(result.durationMs)} ms): ${line}`)
      return last
    }, ctx.signal)
    const outcome = await Promise.race([attempt, backoff.cancelled])
    if (outcome === CANCELLED) {
      attempt.catch(() => undefined)
      return { outcome: last ?? { value: undefined as T, ok: false, retryable: false, reason: 'cancelled' }, attempts, cancelled: true }
    }
    return { outcome, attempts, cancelled: ctx.signal.aborted, ...(attempts === 0 && breaker ? { refused: true } : {}) }
  } catch (error) {
    if (ctx.signal.aborted) {
      return {
        outcome: last ?? { value: undefined as T, ok: false, retryable: false, reason: 'cancelled' },
        attempts,
        cancelled: true
      }
    }
    throw error
  } finally {
    onRetry.dispose()
    backoff.dispose()
  }
}

const CANCELLED = Symbol('cancelled')

/**
 * The wait before a retry, as a cancelled run sees it: `cancelled` resolves when the run is cancelled during a wait
 * (never while a command runs: its runner kills it and the attempt is recorded). While a wait lasts, a timer holds the
 * process (the retry policy's own is unref'd), until the next attempt starts.
 */
class BackoffWait {
  readonly cancelled: Promise<typeof CANCELLED>
  private hold: NodeJS.Timeout | undefined
  private readonly onAbort: () => void

  constructor(private readonly signal: AbortSignal) {
    let cancel: (value: typeof CANCELLED) => void = () => undefined
    this.cancelled = new Promise((resolve) => (cancel = resolve))
    this.onAbort = () => {
      if (this.hold === undefined) return
      this.end()
      cancel(CANCELLED)
    }
    signal.addEventListener('abort', this.onAbort)
  }

  start(delayMs: number): void {
    this.end()
    // A second more than the policy's timer: the attempt it starts ends the hold.
    this.hold = setTimeout(() => (this.hold = undefined), delayMs + 1000)
  }

  end(): void {
    clearTimeout(this.hold)
    this.hold = undefined
  }

  dispose(): void {
    this.end()
    this.signal.removeEventListener('abort', this.onAbort)
  }
}

/** The full output of one command attempt, in a file next to the reports, capped at LOG_FILE_MAX_BYTES. */
async function openLog(path: string, command: string) {
  await mkdir(dirname(path), { recursive: true })
  const stream = createWriteStream(path)
  let bytes = 0
  let capped = false
  stream.write(`$ ${command}\n`)
  return {
    write(line: string) {
      if (capped) return
      bytes += Buffer.byteLength(line) + 1
      if (bytes > LOG_FILE_MAX_BYTES) {
        capped = true
        stream.write(`[log truncated at ${LOG_FILE_MAX_BYTES} bytes]\n`)
      } else stream.write(`${line}\n`)
    },
    close(result: CommandResult): Promise<void> {
      stream.write(`[exit ${result.exitCode ?? result.signal ?? 'none'}${result.timedOut ? ', timed out' : ''}${result.cancelled ? ', cancelled' : ''} after ${Math.round(result.durationMs)} ms]\n`)
      return new Promise((resolve) => stream.end(resolve))
    }
  }
}

export function lastLines(text: string, count: number): string {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines.slice(-count).join('\n')
}

/** A line that reads as an error: a Python exception (`coverage.exceptions.CoverageWarning: …`), `Error: …`, npm's. */
const ERROR_LINE = /\w*(?:Error|Exception|Warning)\b:|^(?:error|fatal)\b|\bERR!|^npm error\b/i

/**
 * A runner's own word that it ran no test, which says why its report is empty better than any warning printed on the
 * way: pytest's summary (`=== no tests ran in 0.05s ===`, exit status 5: it collected nothing — a Django or zope
 * `tests.py`, which its python_files does not match), jest's `No tests found, exiting with code 1`, vitest's `No test
 * files found, exiting with code 1` — quoted before any other line, so a coverage table printed after it does not hide
 * it (zopefoundation/zope.event: the error quoted coverage's "CoverageWarning: No data was collected" instead;
 * TanStack/store: vitest's coverage table's last rule).
 */
const NO_TESTS_LINE = /^(?:=+ )?no tests ran in [\d.]+m?s\b|^No tests found\b|^No test files found\b/

/**
 * The line a JVM build tool gives as the cause of a failed build, which its closing boilerplate follows: Maven's first
 * `[ERROR]` line after `BUILD FAILURE` (`Plugin org.jacoco:jacoco-maven-plugin:0.8.12 or one of its dependencies
 * could not be resolved: …`, `Failed to execute goal … Compilation failure`), Gradle's line after `* What went wrong:`.
 * None of them reads as an error to {@link ERROR_LINE}, and what does (Maven's `[Help 1] http://cwiki.apache.org/…
 * PluginResolutionException`, its "re-run Maven using the -X switch") names no cause: joda-convert's `mvn verify`
 * that could not resolve its jacoco plugin was quoted as ending on the help link.
 */
function buildToolCause(lines: readonly string[]): string | undefined {
  const maven = lines.findLastIndex((l) => /^\[INFO\] BUILD FAILURE$/.test(l))
  if (maven >= 0) {
    const cause = lines.slice(maven + 1).find((l) => /^\[ERROR\]\s*\S/.test(l))
    if (cause !== undefined) return cause
  }
  const gradle = lines.findLastIndex((l) => l === '* What went wrong:')
  const cause = gradle >= 0 ? lines[gradle + 1] : undefined
  return cause !== undefined && !cause.startsWith('* ') ? cause : undefined
}

/**
 * The last line that reads as an error, with its message when the tool prints that on the next line: RSpec (and Ruby's
 * own `full_message`) writes the exception's class alone, `LoadError:`, above an indented message — tty-color's
 * spec_helper, which could not load rspec/expectations, was quoted as saying "LoadError:" and no more.
 */
function errorWithMessage(lines: readonly string[]): string | undefined {
  const at = lines.findLastIndex((l) => ERROR_LINE.test(l))
  if (at < 0) return undefined
  const line = lines[at]
  const next = lines[at + 1]
  return /^[\w:]*(?:Error|Exception):$/.test(line) && next !== undefined ? `${line} ${next}` : line
}

/**
 * What a failed command's output says, in one line, for an error with no report to point at (the summary and the
 * check run show that error, not the log): the last line that reads as an error (a runner's "no tests", a JVM build's
 * cause before either), and the last line when it is another; each redacted and cut at 300 characters. Empty when the
 * command printed nothing.
 */
export function outputGist(tail: string, redact: (text: string) => string): string {
  const all = tail
    .split(/\r\n|\r|\n/)
    // Colours (vitest and jest colour their output whatever the terminal) would hide `TypeError:` from the error test.
    // eslint-disable-next-line no-control-regex -- the escape character is what is matched
    .map((l) => l.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').trim())
    .filter((l) => l !== '')
  // The error lands in `::error::` lines of the job log: a line of the tool's that reads as a workflow command
  // (`::warning::…`, `##[stop-commands]…`) is never quoted there, whatever the runner would make of it.
  const lines = all.filter((l) => !readsAsWorkflowCommand(l))
  const last = lines.at(-1)
  if (last === undefined) return all.length > 0 ? 'its output holds only lines that read as workflow commands (not quoted here; see the log)' : ''
  // What is quoted is the run's own text: the escapes a terminal acts on (a clipboard write, a link, a bell) and the
  // direction overrides that make it read as another line are replaced, as in a finding.
  const quote = (line: string) => `"${redact(cleanLine(line.length > 300 ? `${line.slice(0, 300)}…` : line))}"`
  const telltale =
    lines.findLast((l) => NO_TESTS_LINE.test(l))?.replace(/^=+ | =+$/g, '') ?? buildToolCause(lines) ?? errorWithMessage(lines)
  const ends = last === all.at(-1) ? `ends: ${quote(last)}` : `ends, but for lines that read as workflow commands: ${quote(last)}`
  return telltale === undefined || telltale === last ? `its output ${ends}` : `its output says ${quote(telltale)} and ${ends}`
}
