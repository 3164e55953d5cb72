/**
 * Uptime from a configured source: a command that prints JSON on stdout, or an http(s) endpoint answering JSON
 * (an uptime monitor's API, or the demo's monitor file served). The JSON must match UPTIME_SCHEMA; anything else is
 * an Error that says what was expected and what came.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import type { CommandRunner } from '../exec/types.js'
import { describeFetchError, MAX_BODY_BYTES, parseHttpUrl, readBodyCapped, redactUrl } from './http.js'
import { withoutCredentials } from './health.js'

export interface UptimeOptions {
  /** Shell command printing the uptime JSON on stdout (exactly one of command and url). */
  command?: string
  /** http(s) URL answering the uptime JSON to a GET (exactly one of command and url). */
  url?: string
  /** Working directory of the command. */
  cwd: string
  /** Time limit of the command or request, in milliseconds. */
  timeoutMs: number
  /** Runs the command (the engine's runner; tests may pass their own). */
  runCommand: CommandRunner
  /** The run's: a cancelled run kills the command and drops the request at once, not at their time limit. */
  signal?: AbortSignal
}

export interface UptimeResult {
  /** Percent of the window the service was up, 0..100. */
  uptime_percent: number
  /** The window the percent covers, in days, as the source states it; null when the source does not say. */
  window_days: number | null
  /** Checks made in the window, when the source says. */
  checks?: number
  /** Failed checks in the window, when the source says. */
  failures?: number
  /** Where the figure came from: `command: …` or `url: …` (credentials and query values redacted). */
  source: string
}

/** The JSON a source must produce. Other fields are allowed and ignored. */
export const UPTIME_SCHEMA = {
  type: 'object',
  required: ['uptime_percent'],
  properties: {
    uptime_percent: { type: 'number', minimum: 0, maximum: 100 },
    window_days: { type: 'number', exclusiveMinimum: 0 },
    checks: { type: 'integer', minimum: 0 },
    failures: { type: 'integer', minimum: 0 }
  }
} as const

const EXPECTED =
  'a JSON object { "uptime_percent": number 0..100, "window_days"?: number > 0, "checks"?: integer >= 0, "failures"?: integer >= 0 }'
/** Stdout kept from an uptime command; its JSON is a few hundred bytes. */
const MAX_STDOUT_BYTES = MAX_BODY_BYTES

let validator: ValidateFunction | undefined
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: true, logger: false }).compile(UPTIME_SCHEMA)
  return validator(data) ? [] : [...(validator.errors ?? [])]
}

/** Reads and validates the uptime figure from the command or URL. */
export async function readUptime(opts: UptimeOptions): Promise<UptimeResult> {
  const hasCommand = typeof opts.command === 'string' && opts.command.trim() !== ''
  const hasUrl = typeof opts.url === 'string' && opts.url.trim() !== ''
  if (hasCommand === hasUrl) {
    throw new Error(`uptime source: configure exactly one of command and url (${hasCommand ? 'both are' : 'neither is'} set)`)
  }
  if (hasCommand) {
    const command = opts.command as string
    const source = `command: ${command}`
    return toResult(await fromCommand(command, opts), source)
  }
  const url = parseHttpUrl(opts.url as string)
  if (typeof url === 'string') throw new Error(`uptime source url: ${url}`)
  const source = `url: ${redactUrl(url)}`
  return toResult(await fromUrl(url, opts.timeoutMs, opts.signal), source)
}

async function fromCommand(command: string, opts: UptimeOptions): Promise<{ data: unknown; where: string }> {
  const where = `uptime command ${JSON.stringify(command)}`
  const stdout: string[] = []
  let stdoutBytes = 0
  let truncated = false
  const result = await opts.runCommand(command, {
    cwd: opts.cwd,
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    onLine: (line, stream) => {
      if (stream !== 'stdout') return
      stdoutBytes += Buffer.byteLength(line) + 1
      if (stdoutBytes > MAX_STDOUT_BYTES) truncated = true
      else stdout.push(line)
    }
  })
  const tail = lastLines(result.tail)
  if (result.spawnError) throw new Error(`${where} could not start: ${result.spawnError}`)
  if (result.timedOut) throw new Error(`${where} did not finish within ${opts.timeoutMs} ms${tail}`)
  if (result.cancelled) throw new Error(`${where} was cancelled`)
  if (result.exitCode !== 0) {
    throw new Error(`${where} failed (${result.signal ? `signal ${result.signal}` : `exit code ${result.exitCode}`})${tail}`)
  }
  if (truncated) throw new Error(`${where} printed more than ${MAX_STDOUT_BYTES} bytes on stdout; expected ${EXPECTED}`)
  const text = stdout.join('\n').trim()
  if (text === '') throw new Error(`${where} printed nothing on stdout; expected ${EXPECTED}${tail}`)
  try {
    return { data: JSON.parse(text), where }
  } catch {
    throw new Error(`${where} did not print JSON on stdout (it printed ${JSON.stringify(text.slice(0, 120))}); expected ${EXPECTED}`)
  }
}

async function fromUrl(url: URL, timeoutMs: number, cancel?: AbortSignal): Promise<{ data: unknown; where: string }> {
  const where = `uptime endpoint ${redactUrl(url)}`
  let response: Response
  const deadline = AbortSignal.timeout(Math.max(1, timeoutMs))
  const signal = cancel ? AbortSignal.any([deadline, cancel]) : deadline
  try {
    // A monitor behind Basic authentication: user and password go into the header (fetch refuses them in a URL).
    const { target, headers } = withoutCredentials(url)
    response = await fetch(target, { headers: { ...headers, accept: 'application/json' }, redirect: 'follow', signal })
  } catch (err) {
    if (cancel?.aborted) throw new Error(`${where}: the request was cancelled`, { cause: err })
    const timedOut = (err as { name?: unknown } | null)?.name === 'TimeoutError'
    throw new Error(`${where}: ${timedOut ? `no answer within ${timeoutMs} ms` : describeFetchError(err)}`, { cause: err })
  }
  let text: string
  try {
    text = await readBodyCapped(response, MAX_BODY_BYTES)
  } catch (err) {
    throw new Error(`${where}: reading the body: ${describeFetchError(err)}`, { cause: err })
  }
  if (response.status < 200 || response.status > 299) {
    throw new Error(`${where} answered ${response.status}${text ? ` (${JSON.stringify(text.slice(0, 120))})` : ''}; expected 200 with ${EXPECTED}`)
  }
  try {
    return { data: JSON.parse(text), where }
  } catch {
    throw new Error(`${where} did not answer JSON (body starts ${JSON.stringify(text.slice(0, 120))}); expected ${EXPECTED}`)
  }
}

function toResult({ data, where }: { data: unknown; where: string }, source: string): UptimeResult {
  const errors = validate(data)
  if (errors.length > 0) {
    const problems = errors.map((e) => describeError(e, data)).join('; ')
    const alias =
      typeof data === 'object' && data !== null && !Array.isArray(data) && !('uptime_percent' in data) && 'uptime' in data
        ? ' (it has a field "uptime"; the field must be named "uptime_percent")'
        : ''
    throw new Error(`${where} gave JSON that does not match the expected shape: ${problems}${alias}. Expected ${EXPECTED}`)
  }
  const record = data as { uptime_percent: number; window_days?: number; checks?: number; failures?: number }
  const result: UptimeResult = { uptime_percent: record.uptime_percent, window_days: record.window_days ?? null, source }
  if (record.checks !== undefined) result.checks = record.checks
  if (record.failures !== undefined) result.failures = record.failures
  // A monitor with no check in its window (new, paused) often reports its default, 100%: a figure of nothing.
  if (result.checks === 0) {
    throw new Error(`${where} gave uptime_percent ${result.uptime_percent} over 0 checks: the monitor measured nothing in its window, so no uptime is known`)
  }
  if (result.checks !== undefined && result.failures !== undefined && result.failures > result.checks) {
    throw new Error(`${where} gave ${result.failures} failures out of ${result.checks} checks: failures cannot exceed checks`)
  }
  return result
}

function describeError(error: ErrorObject, data: unknown): string {
  const field = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : ''
  if (error.keyword === 'required') return `"${String(error.params.missingProperty)}" is missing`
  if (error.keyword === 'type' && field === '') return `expected an object, got ${describeValue(data)}`
  const value = field ? (data as Record<string, unknown>)[field.split('.')[0]] : data
  return `"${field}" ${error.message ?? 'is invalid'} (got ${describeValue(value)})`
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const json = JSON.stringify(value)
  return json === undefined ? typeof value : json.length > 60 ? `${json.slice(0, 57)}...` : json
}

/** The last few lines of a command's output, for an error message. */
function lastLines(tail: string): string {
  const lines = tail.trimEnd().split('\n').slice(-5).join('\n').slice(-600)
  return lines ? `; last output:\n${lines}` : ''
}
