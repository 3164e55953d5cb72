/**
 * Health check of a deployed environment: polls a URL with exponential backoff until it answers the expected status
 * (and, when asked, a JSON field with the expected value) or the time runs out. Never throws: every failure is a
 * result with `healthy: false` and the last error.
 */
import { performance } from 'node:perf_hooks'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { describeFetchError, discardBody, MAX_BODY_BYTES, parseHttpUrl, readBodyCapped, redactUrl } from './http.js'

export interface HealthCheckOptions {
  /** The http(s) URL to poll (any other scheme is refused without a request). */
  url: string
  /** The status code that counts as healthy (default 200). */
  expectedStatus?: number
  /** Dotted path of a field in the JSON body that must match (`status`, `checks.db.status`, `items.0.ok`). */
  jsonField?: string
  /**
   * The value `jsonField` must hold (strict equality); without it the field must be present, not null, false or 0,
   * nor an object or a list (which hold verdicts, not one), and a string must be a word that says healthy (ok, up,
   * healthy, pass, serving, …, see HEALTHY_WORDS).
   */
  expectedValue?: string | number | boolean
  /** Total time budget in milliseconds, requests and waits included. */
  timeoutMs: number
  /** Wait after the first failed attempt, in milliseconds; it doubles after each further failure. */
  intervalMs: number
  /** Longest wait between two attempts, in milliseconds (default 5000). */
  maxIntervalMs?: number
  /** Timeout of one request in milliseconds (default 10 000), always cut to the time left. */
  requestTimeoutMs?: number
  /** Aborting stops polling at once (the result is unhealthy, `lastError` says it was aborted). */
  signal?: AbortSignal
  /** fetch to use (tests); default the global fetch. */
  fetchImpl?: typeof fetch
}

export interface HealthCheckResult {
  /** True when an attempt got the expected status (and JSON field value) within the time budget. */
  healthy: boolean
  /** Requests made. */
  attempts: number
  /** Status code of the last response, null when no response came (refused, timed out, bad URL). */
  lastStatus: number | null
  /** Why the last attempt was not healthy; absent when healthy. */
  lastError?: string
  /** Wall time spent, in milliseconds. */
  elapsedMs: number
  /** The value of `jsonField` in the last JSON body read (absent without `jsonField` or without such a body). */
  observed?: unknown
  /**
   * The media type of the healthy answer (`text/html`), when it was taken on its status alone (no `jsonField`): an
   * HTML page is what a single-page app's fallback or a captive portal answers to any path.
   */
  contentType?: string
}

const DEFAULT_MAX_INTERVAL_MS = 5000
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000
/**
 * Without an expected value, the strings a health field may hold and be healthy (case-insensitive): what Spring's
 * actuator (UP), the IETF health-check draft (pass), gRPC (SERVING), Kubernetes-style endpoints (ok) and the like
 * answer when all is well. Any other string (DOWN, fail, degraded, error, OUT_OF_SERVICE) is unhealthy.
 */
const HEALTHY_WORDS: ReadonlySet<string> = new Set(['ok', 'up', 'healthy', 'pass', 'passed', 'passing', 'green', 'good', 'available', 'ready', 'running', 'serving', 'alive', 'online', 'operational', 'success', 'true', 'yes'])
/** Shortest interval used, so that a zero or negative interval cannot spin. */
const MIN_INTERVAL_MS = 10

interface Attempt {
  ok: boolean
  status: number | null
  contentType?: string
  error?: string
  observed?: unknown
  hasObserved: boolean
  /** The request was cut short by the overall deadline (not by its own timeout). */
  cut?: boolean
}

/** Polls `opts.url` until healthy or out of time; see HealthCheckOptions. */
export async function checkHealth(opts: HealthCheckOptions): Promise<HealthCheckResult> {
  const started = performance.now()
  const elapsed = (): number => Math.round(performance.now() - started)
  try {
    const url = parseHttpUrl(opts.url)
    if (typeof url === 'string') return { healthy: false, attempts: 0, lastStatus: null, lastError: url, elapsedMs: elapsed() }
    const problem = optionProblem(opts)
    if (problem) return { healthy: false, attempts: 0, lastStatus: null, lastError: problem, elapsedMs: elapsed() }

    const fetchImpl = opts.fetchImpl ?? fetch
    const deadline = started + opts.timeoutMs
    const maxInterval = Math.max(MIN_INTERVAL_MS, opts.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS)
    let interval = Math.min(Math.max(MIN_INTERVAL_MS, opts.intervalMs), maxInterval)
    const requestTimeout = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    let attempts = 0
    let last: Attempt = { ok: false, status: null, error: 'no attempt was made', hasObserved: false }

    for (;;) {
      if (opts.signal?.aborted) {
        last = { ...last, ok: false, error: 'health check aborted' }
        break
      }
      const remaining = deadline - performance.now()
      if (remaining <= 0) break
      attempts++
      const budget = Math.max(1, Math.min(requestTimeout, remaining))
      const next = await attempt(fetchImpl, url, opts, budget, budget < requestTimeout)
      // A last request cut short by the deadline says less than the response before it: keep that one's story.
      // (a refused connection included, which has no status): only a first attempt has nothing before it.
      last = next.cut && attempts > 1 ? { ...last, error: `${last.error}; the next attempt ran out of time` } : next
      if (last.ok) break
      const left = deadline - performance.now()
      if (left <= 0) break
      await sleep(Math.min(interval, left), opts.signal)
      interval = Math.min(interval * 2, maxInterval)
    }

    const result: HealthCheckResult = { healthy: last.ok, attempts, lastStatus: last.status, elapsedMs: elapsed() }
    if (!last.ok) {
      result.lastError = attempts > 0 && !opts.signal?.aborted
        ? `${last.error ?? 'unhealthy'} (after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${result.elapsedMs} ms)`
        : (last.error ?? 'unhealthy')
    }
    if (last.hasObserved) result.observed = last.observed
    if (last.ok && last.contentType) result.contentType = last.contentType
    return result
  } catch (err) {
    // Defensive: nothing above should throw, but a health check must always produce a result.
    return { healthy: false, attempts: 0, lastStatus: null, lastError: `health check failed: ${describeFetchError(err)}`, elapsedMs: elapsed() }
  }
}

function optionProblem(opts: HealthCheckOptions): string | undefined {
  const status = opts.expectedStatus ?? 200
  if (!Number.isInteger(status) || status < 100 || status > 599) return `expectedStatus must be an HTTP status code 100-599, got ${status}`
  if (!(Number.isFinite(opts.timeoutMs) && opts.timeoutMs > 0)) return `timeoutMs must be a positive number, got ${opts.timeoutMs}`
  if (!Number.isFinite(opts.intervalMs)) return `intervalMs must be a number, got ${opts.intervalMs}`
  if (opts.jsonField !== undefined && parsePath(opts.jsonField) === undefined) {
    return `jsonField must be a dotted path of names or indexes (e.g. "status" or "checks.db.status"), got ${JSON.stringify(opts.jsonField)}`
  }
  return undefined
}

/** One request: status, then (with jsonField) the field in the JSON body. */
async function attempt(fetchImpl: typeof fetch, url: URL, opts: HealthCheckOptions, timeoutMs: number, byDeadline: boolean): Promise<Attempt> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort(new Error(`request timed out after ${Math.round(timeoutMs)} ms`))
  }, timeoutMs)
  const { target, headers } = withoutCredentials(url)
  const onAbort = (): void => controller.abort(new Error('health check aborted'))
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  const expectedStatus = opts.expectedStatus ?? 200
  try {
    const response = await fetchImpl(target, { method: 'GET', redirect: 'manual', headers, signal: controller.signal })
    const status = response.status
    if (status !== expectedStatus) {
      await discardBody(response)
      return { ok: false, status, error: `${redactUrl(url)} answered ${status}, expected ${expectedStatus}`, hasObserved: false }
    }
    if (opts.jsonField === undefined) {
      await discardBody(response)
      const contentType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
      return { ok: true, status, hasObserved: false, ...(contentType ? { contentType } : {}) }
    }
    let text: string
    try {
      text = await readBodyCapped(response, MAX_BODY_BYTES)
    } catch (err) {
      return {
        ok: false,
        status,
        error: `reading the body of ${redactUrl(url)}: ${abortReason(controller) ?? describeFetchError(err)}`,
        hasObserved: false,
        cut: timedOut && byDeadline
      }
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return { ok: false, status, error: `${redactUrl(url)} did not answer JSON (body starts ${JSON.stringify(text.slice(0, 80))})`, hasObserved: false }
    }
    const path = parsePath(opts.jsonField) ?? []
    const repeated = repeatedOnPath(text, path)
    if (repeated !== undefined) {
      return {
        ok: false,
        status,
        hasObserved: false,
        error: `the JSON body gives the field ${repeated} more than once: which of its values says the service's health is ambiguous (JSON.parse takes the last, other readers the first)`
      }
    }
    const found = lookup(body, path)
    if (!found.present) {
      return { ok: false, status, error: `the JSON body has no field ${opts.jsonField}`, hasObserved: false }
    }
    const observed = found.value
    if (opts.expectedValue !== undefined) {
      if (observed !== opts.expectedValue) {
        return {
          ok: false,
          status,
          observed,
          hasObserved: true,
          error: `${opts.jsonField} is ${describeValue(observed)}, expected ${describeValue(opts.expectedValue)}`
        }
      }
    } else if (observed === null || observed === false || observed === 0) {
      return { ok: false, status, observed, hasObserved: true, error: `${opts.jsonField} is ${describeValue(observed)}` }
    } else if (typeof observed === 'object') {
      // `{"status": {"status": "DOWN", …}}`: a mapping or a list holds verdicts, it is none. Present and not null, it
      // passed as healthy whatever it said inside.
      return {
        ok: false,
        status,
        observed,
        hasObserved: true,
        error: `${opts.jsonField} is ${describeValue(observed)}, which is no verdict: name the field inside it that says healthy (json_field: ${opts.jsonField}.status, say) or give expected_value`
      }
    } else if (typeof observed === 'string' && !HEALTHY_WORDS.has(observed.trim().toLowerCase())) {
      // `{"status": "DOWN"}` is present and not false, yet says the service is down: without an expected value, only
      // a word that says healthy counts.
      return {
        ok: false,
        status,
        observed,
        hasObserved: true,
        error: `${opts.jsonField} is ${describeValue(observed)}, which does not say healthy (${[...HEALTHY_WORDS].join(', ')}): if it means healthy, give it as expected_value`
      }
    }
    return { ok: true, status, observed, hasObserved: true }
  } catch (err) {
    return {
      ok: false,
      status: null,
      error: abortReason(controller) ?? `${redactUrl(url)}: ${describeFetchError(err)}`,
      hasObserved: false,
      cut: timedOut && byDeadline
    }
  } finally {
    clearTimeout(timer)
    opts.signal?.removeEventListener('abort', onAbort)
  }
}

/**
 * A URL's user or password as sent: percent-escapes decoded, and a `%` that starts no escape kept as written (a
 * password `50%off` threw URIError: the health check could never pass, and left its request timer running).
 */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part.replace(/%[0-9A-Fa-f]{2}/g, (escape) => {
      try {
        return decodeURIComponent(escape)
      } catch {
        return escape
      }
    })
  }
}

/** The URL without its user and password, which go into a Basic authorization header (fetch refuses them in a URL). */
export function withoutCredentials(url: URL): { target: URL; headers: Record<string, string> } {
  const headers: Record<string, string> = { accept: 'application/json, */*;q=0.5' }
  if (!url.username && !url.password) return { target: url, headers }
  const target = new URL(url.href)
  const user = decoded(target.username)
  const password = decoded(target.password)
  target.username = ''
  target.password = ''
  headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  return { target, headers }
}

function abortReason(controller: AbortController): string | undefined {
  if (!controller.signal.aborted) return undefined
  const reason: unknown = controller.signal.reason
  return typeof (reason as Error | undefined)?.message === 'string' ? (reason as Error).message : String(reason)
}

/** `a.b.0.c` → ['a', 'b', '0', 'c']; undefined for an empty path or an empty segment. */
function parsePath(path: string): string[] | undefined {
  if (path.length === 0 || path.length > 500) return undefined
  const segments = path.split('.')
  return segments.every((s) => s.length > 0) ? segments : undefined
}

/**
 * The first name along `path` that the body gives twice in one object (`{"status": "down", …, "status": "ok"}`), as a
 * dotted path; undefined when none is repeated. JSON.parse keeps the last of them, silently: the body is read again,
 * with `yaml` (a superset of JSON that keeps every pair), only to count them. A body yaml cannot read is not judged here.
 */
function repeatedOnPath(text: string, path: readonly string[]): string | undefined {
  // Read again only when some name of the path is written more than once (or may be written escaped): a large body
  // costs yaml most of a second.
  const written = (name: string) => text.split(`"${name}"`).length - 1
  if (!text.includes('\\u') && path.every((name) => written(name) <= 1)) return undefined
  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(text, { uniqueKeys: false, strict: false })
  } catch {
    return undefined
  }
  if (doc.errors.length > 0) return undefined
  let node: unknown = doc.contents
  for (let i = 0; i < path.length; i++) {
    if (isMap(node)) {
      const pairs = node.items.filter((pair) => isScalar(pair.key) && String(pair.key.value) === path[i])
      if (pairs.length > 1) return path.slice(0, i + 1).join('.')
      node = pairs[0]?.value
    } else if (isSeq(node) && /^\d+$/.test(path[i])) {
      node = node.items[Number(path[i])]
    } else {
      return undefined
    }
  }
  return undefined
}

/** Own properties only: `__proto__` or `constructor` in a path find nothing unless the body has them. */
function lookup(body: unknown, path: readonly string[]): { present: boolean; value?: unknown } {
  let current: unknown = body
  for (const segment of path) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment) || Number(segment) >= current.length) return { present: false }
      current = current[Number(segment)]
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment]
    } else {
      return { present: false }
    }
  }
  return { present: true, value: current }
}

function describeValue(value: unknown): string {
  const json = JSON.stringify(value)
  const text = json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  return `${text} (${type})`
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}
