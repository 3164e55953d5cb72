import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateSlas, parseBenchmark, readBenchmark } from '../../src/deploy/benchmark.js'
import { runCommand } from '../../src/exec/run.js'
import { json, startServer } from './server.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(HERE, '..', '..')
const K6 = join(HERE, 'fixtures', 'k6-summary.hand-made.json')
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 's2p-bench-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

/** A real autocannon run (examples/greeter/deploy/loadtest.mjs) against a local server; returns the JSON path. */
async function loadTest(url: string, name: string): Promise<string> {
  const out = join(dir, name)
  const result = await runCommand(`node examples/greeter/deploy/loadtest.mjs ${url} ${out}`, {
    cwd: ROOT,
    env: { LOADTEST_DURATION: '1', LOADTEST_CONNECTIONS: '4' },
    timeoutMs: 30_000
  })
  expect(result.tail).toMatch(/loadtest: /)
  expect(result.exitCode).toBe(0)
  return out
}

describe('readBenchmark: autocannon (real runs)', () => {
  it('reads latency percentiles, throughput and a zero error rate', async () => {
    const server = await startServer((_req, res) => json(res, 200, { greeting: 'Hallo, Ada!' }))
    try {
      const path = await loadTest(server.url, 'ok.json')
      const raw = JSON.parse(readFileSync(path, 'utf8'))
      const report = await readBenchmark(path)
      expect(report.format).toBe('autocannon')
      const m = report.metrics
      expect(m.avg_latency_ms).toBe(raw.latency.average)
      expect(m.p50_latency_ms).toBe(raw.latency.p50)
      expect(m.p90_latency_ms).toBe(raw.latency.p90)
      expect(m.p97_5_latency_ms).toBe(raw.latency.p97_5)
      expect(m.p99_latency_ms).toBe(raw.latency.p99)
      expect(m.requests_per_second).toBe(raw.requests.average)
      expect(m.total_requests).toBe(raw.requests.total)
      expect(m.total_requests).toBeGreaterThan(0)
      expect(m.error_rate).toBe(0)
      // autocannon measures no p95: it is not made up.
      expect(m.p95_latency_ms).toBeUndefined()
      expect(m['latency.p99_9']).toBe(raw.latency.p99_9)
      expect(Object.getPrototypeOf(m)).toBeNull()
      expect((await readBenchmark(path, 'autocannon')).metrics).toEqual(m)
    } finally {
      await server.close()
    }
  })

  it('counts non-2xx answers in the error rate', async () => {
    const server = await startServer((_req, res, i) => json(res, i % 4 === 0 ? 503 : 200, {}))
    try {
      const path = await loadTest(server.url, 'errors.json')
      const raw = JSON.parse(readFileSync(path, 'utf8'))
      const { metrics } = await readBenchmark(path)
      expect(raw.non2xx).toBeGreaterThan(0)
      expect(metrics.error_rate).toBeCloseTo((raw.non2xx + raw.errors) / (raw.requests.total + raw.errors), 10)
      expect(metrics.error_rate).toBeGreaterThan(0.15)
      expect(metrics.error_rate).toBeLessThan(0.35)
    } finally {
      await server.close()
    }
  })

  it('a run in which no request got a response measured no latency: an SLA on one is unmet, saying so', async () => {
    // A port nothing listens on: every request is a connection error, and autocannon (exit 0) writes latencies of 0 ms.
    const gone = await startServer(() => undefined)
    const url = gone.url
    await gone.close()
    const out = join(dir, 'nothing.json')
    const result = await runCommand(`npx autocannon -d 1 -c 2 --json ${url} > ${out}`, { cwd: ROOT, timeoutMs: 30_000 })
    expect(result.exitCode).toBe(0)
    const raw = JSON.parse(readFileSync(out, 'utf8'))
    expect([raw.requests.total, raw.latency.p99, raw.errors > 0]).toEqual([0, 0, true])
    const report = await readBenchmark(out)
    expect(report.metrics.p99_latency_ms).toBeUndefined()
    expect(report.metrics['latency.p99']).toBeUndefined()
    expect(report.metrics.error_rate).toBe(1)
    const [latency, errors] = evaluateSlas(report.metrics, { p99_latency_ms: { max: 300 }, error_rate: { max: 0.01 } }, report.unmeasured)
    expect(latency).toMatchObject({ met: false, value: null, reason: expect.stringMatching(/^no request got a response \(requests\.total is 0, errors \d+\): autocannon's latencies of 0 ms measured nothing$/) })
    expect(errors).toMatchObject({ met: false, value: 1 })
  })

  it('counts connection errors (no response) in the error rate', () => {
    const { metrics } = parseBenchmark(
      { latency: { average: 5, p50: 4, p99: 20 }, requests: { average: 90, total: 90 }, errors: 10, non2xx: 0 },
      'synthetic.json'
    )
    expect(metrics.error_rate).toBeCloseTo(0.1, 10)
  })
})

describe('readBenchmark: k6 summary export (hand-made sample, see fixtures/README.md)', () => {
  it('maps http_req_duration, http_req_failed and http_reqs', async () => {
    const report = await readBenchmark(K6)
    expect(report.format).toBe('k6')
    expect(report.metrics).toMatchObject({
      avg_latency_ms: 14.82,
      p50_latency_ms: 11.9,
      p90_latency_ms: 24.7,
      p95_latency_ms: 33.1,
      p99_latency_ms: 97.4,
      max_latency_ms: 212.5,
      error_rate: 0.0033840947546531302,
      requests_per_second: 39.38,
      total_requests: 1182,
      'http_req_blocked.p(95)': 0.008,
      'checks.value': 0.9966159052453468
    })
  })

  it('reads the handleSummary shape (figures under values) and leaves out what it does not give', () => {
    const data = {
      metrics: {
        http_req_duration: { type: 'trend', contains: 'time', values: { avg: 10, med: 8, 'p(95)': 30 } },
        http_req_failed: { type: 'rate', contains: 'default', values: { rate: 0.02, passes: 2, fails: 98 } },
        http_reqs: { type: 'counter', contains: 'default', values: { count: 100, rate: 20 } }
      }
    }
    const { format, metrics } = parseBenchmark(data, 'summary.json')
    expect(format).toBe('k6')
    expect({ ...metrics }).toMatchObject({ avg_latency_ms: 10, p50_latency_ms: 8, p95_latency_ms: 30, error_rate: 0.02, requests_per_second: 20 })
    expect(metrics.p99_latency_ms).toBeUndefined()
  })
})

describe('readBenchmark: generic', () => {
  it('reads a flat {metric: number} object', async () => {
    const path = file('generic.json', { p95_latency_ms: 120.5, error_rate: 0.001, custom_score: 7 })
    const report = await readBenchmark(path)
    expect(report).toEqual({ format: 'generic', metrics: expect.objectContaining({ p95_latency_ms: 120.5, error_rate: 0.001, custom_score: 7 }) })
  })
})

describe('readBenchmark: malformed reports name the file and the problem', () => {
  it.each([
    ['missing', null, undefined, /benchmark report .*missing\.json: file not found/],
    ['notjson', '{"a":', undefined, /notjson\.json: not valid JSON: unexpected end of input at line 1, column 6$/],
    // By line and column, the text not quoted (V8's message quoted a terminal escape the deploy command wrote).
    ['escape', '{"a":\n \u001b]8;;http://example.com\u0007x', undefined, /escape\.json: not valid JSON: unexpected character at line 2, column 2$/],
    ['array', [1, 2], undefined, /array\.json: expected a JSON object, got an array/],
    ['mixed', { p95_latency_ms: 1, tool: 'x' }, undefined, /mixed\.json: unrecognized content: expected a k6 summary export.*"tool" is the string "x"/],
    ['empty', {}, undefined, /empty\.json: unrecognized content/],
    ['generic-bad', { a: 'x' }, 'generic', /generic-bad\.json \(generic\): expected a flat \{"metric": number\} object: "a" is the string "x"/],
    ['k6-no-duration', { metrics: { http_reqs: { count: 1, rate: 1 } } }, undefined, /k6-no-duration\.json: no metrics\.http_req_duration/],
    ['k6-bad-failed', { metrics: { http_req_duration: { avg: 1 }, http_req_failed: { value: 3 } } }, 'k6', /http_req_failed has no rate "value" between 0 and 1/],
    ['k6-as-autocannon', { metrics: { http_req_duration: { avg: 1 } } }, 'autocannon', /k6-as-autocannon\.json \(autocannon\): no "latency" object/],
    ['ac-no-total', { latency: { average: 1 }, requests: { average: 2 } }, undefined, /ac-no-total\.json: requests\.total is missing, expected a non-negative number/],
    ['ac-nothing', { latency: { average: 0 }, requests: { average: 0, total: 0 }, errors: 0 }, undefined, /the run completed no requests/],
    ['ac-nan', { latency: { average: 'fast' }, requests: { total: 1, average: 1 } }, undefined, /latency\.average is the string "fast"/]
  ])('%s', async (name, content, format, message) => {
    const path = join(dir, `${name}.json`)
    if (content !== null) file(`${name}.json`, content)
    await expect(readBenchmark(path, format as 'k6' | 'autocannon' | 'generic' | undefined)).rejects.toThrow(message)
  })

  it('refuses an unknown format name', async () => {
    await expect(readBenchmark(K6, 'jmeter' as never)).rejects.toThrow(/unknown format "jmeter"/)
  })
})

describe('evaluateSlas', () => {
  const metrics = Object.assign(Object.create(null) as Record<string, number>, {
    p95_latency_ms: 120,
    error_rate: 0.02,
    requests_per_second: 500
  })

  it('judges max and min bounds, inclusive, in the order given', () => {
    const results = evaluateSlas(metrics, {
      p95_latency_ms: { max: 200 },
      error_rate: { max: 0.01 },
      requests_per_second: { min: 100, max: 500 },
      p99_latency_ms: { max: 500 }
    })
    expect(results).toEqual([
      { metric: 'p95_latency_ms', value: 120, max: 200, met: true, reason: 'p95_latency_ms is 120, within ≤ 200' },
      { metric: 'error_rate', value: 0.02, max: 0.01, met: false, reason: 'error_rate is 0.02, above the maximum 0.01' },
      { metric: 'requests_per_second', value: 500, min: 100, max: 500, met: true, reason: 'requests_per_second is 500, within ≥ 100 and ≤ 500' },
      { metric: 'p99_latency_ms', value: null, max: 500, met: false, reason: 'not in the benchmark report' }
    ])
  })

  it('reports a value under its minimum, an SLA without bounds, and inherited names as missing', () => {
    const [low, none, proto] = evaluateSlas(metrics, { requests_per_second: { min: 1000 }, error_rate: {}, toString: { max: 1 } })
    expect(low).toMatchObject({ met: false, reason: 'requests_per_second is 500, below the minimum 1000' })
    expect(none).toMatchObject({ met: false, reason: 'the SLA gives neither max nor min' })
    expect(proto).toMatchObject({ value: null, met: false, reason: 'not in the benchmark report' })
  })
})
