/**
 * Benchmark reports → named metrics, and performance SLAs judged against them.
 *
 * Normalized metric names (what SLAs usually name), each present only when the report gives it:
 *   p50_latency_ms, p90_latency_ms, p95_latency_ms, p97_5_latency_ms, p99_latency_ms, avg_latency_ms, max_latency_ms,
 *   error_rate (0..1), requests_per_second, total_requests
 * A load tool's own figures are kept too, under dotted names (`http_req_duration.p(90)` for k6, `latency.p99_9` for
 * autocannon), so an SLA can name any of them. Nothing is estimated: autocannon measures no p95, so its report has no
 * p95_latency_ms and an SLA on it is unmet ("not in the benchmark report").
 */
import { jsonErrorOffset, lineColumn } from '../reports/findings/json-text.js'
import { FileTooLargeError, NotARegularFileError, readRegularFile } from '../reports/read.js'

export type BenchmarkFormat = 'k6' | 'autocannon' | 'generic'

export interface BenchmarkReport {
  /** The format read (given or detected). */
  format: BenchmarkFormat
  /** Metric name → value; a null-prototype record. */
  metrics: Record<string, number>
  /** Metrics the report gives as figures that measured nothing, left out of `metrics`, each with why. */
  unmeasured?: Record<string, string>
}

export interface Sla {
  /** Highest acceptable value (inclusive). */
  max?: number
  /** Lowest acceptable value (inclusive). */
  min?: number
}

export interface SlaResult {
  /** The metric the SLA is about. */
  metric: string
  /** Its value in the report, null when the report does not have it. */
  value: number | null
  /** The SLA's maximum, when it has one. */
  max?: number
  /** The SLA's minimum, when it has one. */
  min?: number
  /** True when the value is present and within the bounds. */
  met: boolean
  /** One sentence saying why it is met or not. */
  reason: string
}

/** Benchmark JSON of a long load test stays well under this. */
const MAX_FILE_BYTES = 64 * 1024 * 1024
const FORMATS: readonly BenchmarkFormat[] = ['k6', 'autocannon', 'generic']

/** Reads a benchmark report; the format is detected from the content when not given. Errors name the file. */
export async function readBenchmark(path: string, format?: BenchmarkFormat): Promise<BenchmarkReport> {
  if (format !== undefined && !FORMATS.includes(format)) {
    throw new Error(`benchmark report ${path}: unknown format ${JSON.stringify(format)}; expected one of ${FORMATS.join(', ')}`)
  }
  let text: string
  try {
    text = (await readRegularFile(path, MAX_FILE_BYTES)).toString('utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    let why = code === 'ENOENT' ? 'file not found' : `cannot read it (${(err as Error).message})`
    if (err instanceof FileTooLargeError) why = `${err.size} bytes, more than the ${MAX_FILE_BYTES} accepted`
    if (err instanceof NotARegularFileError) why = `${err.kind}, not a regular file: not read`
    throw new Error(`benchmark report ${path}: ${why}`, { cause: err })
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // Located here, and V8's error not kept as the cause: its message quotes the text around the error, terminal
    // escapes and workflow commands with it.
    const at = jsonErrorOffset(text)
    const where = at < 0 ? '' : at >= text.length ? `: unexpected end of input at ${lineColumn(text, text.length)}` : `: unexpected character at ${lineColumn(text, at)}`
    throw new Error(`benchmark report ${path}: not valid JSON${where}`)
  }
  return parseBenchmark(data, path, format)
}

/** Metrics from already-parsed benchmark JSON (`file` names it in errors). */
export function parseBenchmark(data: unknown, file: string, format?: BenchmarkFormat): BenchmarkReport {
  const fail = (detail: string): never => {
    throw new Error(`benchmark report ${file}${format ? ` (${format})` : ''}: ${detail}`)
  }
  if (!isObject(data)) return fail(`expected a JSON object, got ${describeType(data)}`)
  const chosen = format ?? detectFormat(data)
  if (chosen === undefined) {
    return fail(
      'unrecognized content: expected a k6 summary export (an object with metrics.http_req_duration), ' +
        'autocannon --json output (latency and requests objects) or a generic {"metric": number} object ' +
        `(${genericProblem(data) ?? 'no metrics'})`
    )
  }
  const metrics = Object.create(null) as Record<string, number>
  const unmeasured = Object.create(null) as Record<string, string>
  if (chosen === 'k6') readK6(data, metrics, fail)
  else if (chosen === 'autocannon') readAutocannon(data, metrics, fail, unmeasured)
  else readGeneric(data, metrics, fail)
  return { format: chosen, metrics, ...(Object.keys(unmeasured).length ? { unmeasured } : {}) }
}

function detectFormat(data: Record<string, unknown>): BenchmarkFormat | undefined {
  if (isObject(data.metrics) && Object.keys(data.metrics).some((name) => name.startsWith('http_req'))) return 'k6'
  if (isObject(data.latency) && isObject(data.requests)) return 'autocannon'
  if (Object.keys(data).length > 0 && genericProblem(data) === undefined) return 'generic'
  return undefined
}

type Fail = (detail: string) => never

/**
 * k6 `--summary-export` (flat: `{"avg":…,"p(95)":…}`, rates as `{"value":…}`, counters as `{"count":…,"rate":…}`) and
 * the `handleSummary` data (the same figures under `values`).
 */
function readK6(data: Record<string, unknown>, metrics: Record<string, number>, fail: Fail): void {
  if (!isObject(data.metrics)) fail('no "metrics" object (is this the file --summary-export writes?)')
  const all = data.metrics as Record<string, unknown>
  const stats = (name: string): Record<string, number> | undefined => {
    const metric = all[name]
    if (metric === undefined) return undefined
    if (!isObject(metric)) return fail(`metrics.${name} is ${describeType(metric)}, expected an object`)
    const source = isObject(metric.values) ? metric.values : metric
    const out = Object.create(null) as Record<string, number>
    for (const [key, value] of Object.entries(source)) {
      if (typeof value === 'number' && Number.isFinite(value)) out[key] = value
    }
    return out
  }
  for (const name of Object.keys(all)) {
    const values = stats(name)
    if (values) for (const [stat, value] of Object.entries(values)) metrics[`${name}.${stat}`] = value
  }

  const duration = stats('http_req_duration')
  if (!duration) fail('no metrics.http_req_duration (did the test make HTTP requests?)')
  const d = duration as Record<string, number>
  const named: Array<[string, string]> = [
    ['avg', 'avg_latency_ms'],
    ['med', 'p50_latency_ms'],
    ['p(50)', 'p50_latency_ms'],
    ['p(90)', 'p90_latency_ms'],
    ['p(95)', 'p95_latency_ms'],
    ['p(99)', 'p99_latency_ms'],
    ['max', 'max_latency_ms']
  ]
  for (const [stat, metric] of named) if (d[stat] !== undefined) metrics[metric] = d[stat]
  if (!['avg', 'med', 'p(95)', 'p(99)'].some((stat) => d[stat] !== undefined)) {
    fail('metrics.http_req_duration has none of avg, med, p(95), p(99)')
  }

  const failed = stats('http_req_failed')
  if (failed) {
    const rate = failed.value ?? failed.rate
    if (rate === undefined || rate < 0 || rate > 1) fail('metrics.http_req_failed has no rate "value" between 0 and 1')
    metrics.error_rate = rate as number
  }
  const reqs = stats('http_reqs')
  if (reqs) {
    if (reqs.rate !== undefined) metrics.requests_per_second = reqs.rate
    if (reqs.count !== undefined) metrics.total_requests = reqs.count
  }
}

/** autocannon `--json` (or the result object of its programmatic API, serialized). */
function readAutocannon(data: Record<string, unknown>, metrics: Record<string, number>, fail: Fail, unmeasured: Record<string, string>): void {
  const latency = data.latency
  const requests = data.requests
  if (!isObject(latency)) return fail('no "latency" object (is this autocannon --json output?)')
  if (!isObject(requests)) return fail('no "requests" object (is this autocannon --json output?)')
  for (const [group, values] of [['latency', latency], ['requests', requests], ['throughput', data.throughput]] as const) {
    if (!isObject(values)) continue
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === 'number' && Number.isFinite(value)) metrics[`${group}.${key}`] = value
    }
  }
  const num = (obj: Record<string, unknown>, key: string, where: string, required: boolean): number | undefined => {
    const value = obj[key]
    if (value === undefined && !required) return undefined
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return fail(`${where}${key} is ${describeType(value)}, expected a non-negative number`)
    }
    return value
  }
  const average = num(latency, 'average', 'latency.', false) ?? num(latency, 'mean', 'latency.', true)
  metrics.avg_latency_ms = average as number
  const named: Array<[string, string]> = [
    ['p50', 'p50_latency_ms'],
    ['p90', 'p90_latency_ms'],
    ['p97_5', 'p97_5_latency_ms'],
    ['p99', 'p99_latency_ms'],
    ['max', 'max_latency_ms']
  ]
  for (const [key, metric] of named) {
    const value = num(latency, key, 'latency.', false)
    if (value !== undefined) metrics[metric] = value
  }

  const total = num(requests, 'total', 'requests.', true) as number
  const errors = num(data, 'errors', '', false) ?? 0
  const non2xx = num(data, 'non2xx', '', false) ?? 0
  // Completed responses plus requests that got no response (connection errors and timeouts, both in `errors`).
  const attempted = total + errors
  if (attempted === 0) fail('the run completed no requests (requests.total and errors are 0)')
  metrics.error_rate = Math.min(1, (non2xx + errors) / attempted)
  metrics.requests_per_second = (num(requests, 'average', 'requests.', false) ?? num(requests, 'mean', 'requests.', true)) as number
  metrics.total_requests = total
  // No request got a response (every one a connection error or a timeout): autocannon writes its latencies as 0 ms,
  // which are no latency of anything — an SLA on them would be met by a load test of an address nothing answers.
  if (total === 0) {
    const why = `no request got a response (requests.total is 0, errors ${errors}): autocannon's latencies of 0 ms measured nothing`
    for (const name of Object.keys(metrics)) {
      if (name.startsWith('latency.') || name.endsWith('_latency_ms')) {
        delete metrics[name]
        unmeasured[name] = why
      }
    }
  }
}

function readGeneric(data: Record<string, unknown>, metrics: Record<string, number>, fail: Fail): void {
  const problem = genericProblem(data)
  if (problem) fail(`expected a flat {"metric": number} object: ${problem}`)
  if (Object.keys(data).length === 0) fail('the object has no metrics')
  for (const [key, value] of Object.entries(data)) metrics[key] = value as number
}

/** Why the object is not a flat name → finite number map, or undefined when it is. */
function genericProblem(data: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `"${key.slice(0, 60)}" is ${describeType(value)}, not a number`
  }
  return undefined
}

/** Judges each SLA against the metrics, in the order the SLAs are given. */
export function evaluateSlas(metrics: Record<string, number>, slas: Record<string, Sla>, unmeasured: Record<string, string> = {}): SlaResult[] {
  return Object.entries(slas).map(([metric, sla]) => {
    const has = Object.hasOwn(metrics, metric) && typeof metrics[metric] === 'number' && Number.isFinite(metrics[metric])
    const value = has ? metrics[metric] : null
    const result: SlaResult = { metric, value, met: false, reason: '' }
    if (sla.max !== undefined) result.max = sla.max
    if (sla.min !== undefined) result.min = sla.min
    if (sla.max === undefined && sla.min === undefined) {
      result.reason = 'the SLA gives neither max nor min'
    } else if (value === null) {
      result.reason = Object.hasOwn(unmeasured, metric) ? unmeasured[metric] : 'not in the benchmark report'
    } else if (sla.max !== undefined && value > sla.max) {
      result.reason = `${metric} is ${format(value)}, above the maximum ${format(sla.max)}`
    } else if (sla.min !== undefined && value < sla.min) {
      result.reason = `${metric} is ${format(value)}, below the minimum ${format(sla.min)}`
    } else {
      result.met = true
      const bounds = [sla.min !== undefined ? `≥ ${format(sla.min)}` : '', sla.max !== undefined ? `≤ ${format(sla.max)}` : '']
      result.reason = `${metric} is ${format(value)}, within ${bounds.filter(Boolean).join(' and ')}`
    }
    return result
  })
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeType(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value)
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`
}
