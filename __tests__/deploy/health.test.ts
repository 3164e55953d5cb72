import { afterEach, describe, expect, it } from '@jest/globals'
import { checkHealth } from '../../src/deploy/health.js'
import { json, startServer, type TestServer } from './server.js'

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('checkHealth', () => {
  it('polls a 503 until it turns 200, with growing intervals', async () => {
    server = await startServer((_req, res, i) => (i < 3 ? json(res, 503, { status: 'starting' }) : json(res, 200, { status: 'ok' })))
    // The waits between the end of one request and the start of the next (request time on a busy machine aside).
    const calls: Array<{ start: number; end: number }> = []
    const timed = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      const call = { start: performance.now(), end: 0 }
      calls.push(call)
      const res = await fetch(input, init)
      call.end = performance.now()
      return res
    }) as typeof fetch
    const result = await checkHealth({
      url: `${server.url}/health`,
      expectedStatus: 200,
      timeoutMs: 5000,
      intervalMs: 100,
      maxIntervalMs: 1000,
      fetchImpl: timed
    })
    expect(result).toMatchObject({ healthy: true, attempts: 4, lastStatus: 200 })
    expect(result.lastError).toBeUndefined()
    const waits = calls.slice(1).map((call, i) => call.start - calls[i].end)
    // 100, 200, 400 ms: each wait twice the one before (timers never fire early; a busy machine only adds).
    expect(waits[0]).toBeGreaterThanOrEqual(99)
    expect(waits[1]).toBeGreaterThanOrEqual(199)
    expect(waits[2]).toBeGreaterThanOrEqual(399)
    expect(waits[0]).toBeLessThan(waits[2])
  })

  it('caps the interval at maxIntervalMs', async () => {
    server = await startServer((_req, res, i) => json(res, i < 5 ? 503 : 200, {}))
    const result = await checkHealth({ url: server.url, expectedStatus: 200, timeoutMs: 5000, intervalMs: 40, maxIntervalMs: 80 })
    expect(result).toMatchObject({ healthy: true, attempts: 6 })
    const gaps = server.times.slice(1).map((t, i) => t - server!.times[i])
    for (const gap of gaps.slice(2)) expect(gap).toBeLessThan(500)
  })

  it('checks a JSON field: a mismatch is unhealthy and says what it saw', async () => {
    server = await startServer((_req, res) => json(res, 200, { status: 'degraded', checks: { db: { ok: true } } }))
    const result = await checkHealth({
      url: server.url,
      expectedStatus: 200,
      jsonField: 'status',
      expectedValue: 'ok',
      timeoutMs: 1500,
      intervalMs: 50
    })
    expect(result.healthy).toBe(false)
    expect(result.lastStatus).toBe(200)
    expect(result.observed).toBe('degraded')
    expect(result.lastError).toMatch(/status is "degraded" \(string\), expected "ok" \(string\)/)
    expect(result.attempts).toBeGreaterThan(1)

    const nested = await checkHealth({ url: server.url, expectedStatus: 200, jsonField: 'checks.db.ok', expectedValue: true, timeoutMs: 1000, intervalMs: 50 })
    expect(nested).toMatchObject({ healthy: true, observed: true, attempts: 1 })
  })

  it('is strict about types and finds only own fields', async () => {
    server = await startServer((_req, res) => json(res, 200, { version: 2, list: [{ up: 'yes' }], off: false }))
    const base = { url: server.url, expectedStatus: 200, timeoutMs: 1000, intervalMs: 100 }
    expect((await checkHealth({ ...base, jsonField: 'version', expectedValue: '2' })).healthy).toBe(false)
    expect((await checkHealth({ ...base, jsonField: 'version', expectedValue: 2 })).healthy).toBe(true)
    expect((await checkHealth({ ...base, jsonField: 'list.0.up' })).observed).toBe('yes')
    expect((await checkHealth({ ...base, jsonField: 'off' })).lastError).toMatch(/off is false/)
    expect((await checkHealth({ ...base, jsonField: 'list.0.up' })).healthy).toBe(true)
    const proto = await checkHealth({ ...base, jsonField: 'constructor' })
    expect(proto.healthy).toBe(false)
    expect(proto.lastError).toMatch(/no field constructor/)
    expect((await checkHealth({ ...base, jsonField: 'a..b' })).lastError).toMatch(/dotted path/)
  })

  it('without an expected value, a status word that says down is not healthy', async () => {
    // Spring's actuator, the IETF draft and home-made endpoints answer 200 with the bad news in the body.
    const bodies: Record<string, unknown> = { '/spring': { status: 'DOWN' }, '/ietf': { status: 'fail' }, '/degraded': { status: 'degraded' }, '/up': { status: 'UP' }, '/pass': { status: 'pass' } }
    server = await startServer((req, res) => json(res, 200, bodies[req.url ?? ''] ?? {}))
    const check = (path: string) => checkHealth({ url: `${server!.url}${path}`, expectedStatus: 200, jsonField: 'status', timeoutMs: 300, intervalMs: 100 })
    for (const path of ['/spring', '/ietf', '/degraded']) {
      const result = await check(path)
      expect([path, result.healthy]).toEqual([path, false])
      expect(result.lastError).toMatch(/does not say healthy .*give it as expected_value/)
    }
    expect((await check('/up')).healthy).toBe(true)
    expect((await check('/pass')).healthy).toBe(true)
    // Given as the expected value, a word of one's own counts.
    expect((await checkHealth({ url: `${server.url}/degraded`, expectedStatus: 200, jsonField: 'status', expectedValue: 'degraded', timeoutMs: 300, intervalMs: 100 })).healthy).toBe(true)
  })

  it('without an expected value, a field holding an object, a list or 0 is not healthy: it is no verdict', async () => {
    // The field names a mapping whose own status says DOWN (a nested health document), an empty list, or 0.
    const bodies: Record<string, unknown> = { '/nested': { status: { status: 'DOWN', db: 'down' } }, '/list': { status: [] }, '/zero': { status: 0 }, '/one': { status: 1 } }
    server = await startServer((req, res) => json(res, 200, bodies[req.url ?? ''] ?? {}))
    const check = (path: string) => checkHealth({ url: `${server!.url}${path}`, expectedStatus: 200, jsonField: 'status', timeoutMs: 300, intervalMs: 100 })
    const nested = await check('/nested')
    expect(nested.healthy).toBe(false)
    expect(nested.lastError).toMatch(/^status is \{"status":"DOWN","db":"down"\} \(object\), which is no verdict: name the field inside it/)
    expect(nested.observed).toEqual({ status: 'DOWN', db: 'down' })
    expect((await check('/list')).healthy).toBe(false)
    expect((await check('/zero')).lastError).toMatch(/^status is 0 \(number\)/)
    expect((await check('/one')).healthy).toBe(true)
    // Named inside, the field says what it says.
    expect((await checkHealth({ url: `${server.url}/nested`, expectedStatus: 200, jsonField: 'status.status', timeoutMs: 300, intervalMs: 100 })).healthy).toBe(false)
  })

  it('a field the body gives twice on the way to json_field is ambiguous, so not healthy', async () => {
    // JSON.parse keeps the last "status" ("ok"); a reader that keeps the first sees "down".
    const bodies: Record<string, string> = {
      '/twice': '{"status":"down","checks":{"db":"down"},"status":"ok"}',
      '/nested-twice': '{"checks":{"db":{"status":"down","status":"ok"}}}',
      '/elsewhere': '{"status":"ok","checks":{"db":"down","db":"up"}}'
    }
    server = await startServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(bodies[req.url ?? ''] ?? '{}'))
    const check = (path: string, jsonField: string) => checkHealth({ url: `${server!.url}${path}`, expectedStatus: 200, jsonField, expectedValue: 'ok', timeoutMs: 300, intervalMs: 100 })
    const twice = await check('/twice', 'status')
    expect(twice.healthy).toBe(false)
    expect(twice.lastError).toMatch(/^the JSON body gives the field status more than once: which of its values says the service's health is ambiguous/)
    expect((await check('/nested-twice', 'checks.db.status')).lastError).toMatch(/^the JSON body gives the field checks\.db\.status more than once/)
    // A name repeated off the path is not what the check reads.
    expect((await check('/elsewhere', 'status')).healthy).toBe(true)
  })

  it('reports a body that is not JSON', async () => {
    server = await startServer((_req, res) => res.end('<html>ok</html>'))
    const result = await checkHealth({ url: server.url, expectedStatus: 200, jsonField: 'status', timeoutMs: 1000, intervalMs: 100 })
    expect(result.healthy).toBe(false)
    expect(result.lastError).toMatch(/did not answer JSON/)
  })

  it('stops reading a body over 1 MB', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`{"pad":"${'x'.repeat(1024 * 1024 + 10)}"}`)
    })
    const result = await checkHealth({ url: server.url, expectedStatus: 200, jsonField: 'pad', timeoutMs: 1500, intervalMs: 200 })
    expect(result.healthy).toBe(false)
    expect(result.lastError).toMatch(/larger than 1048576 bytes/)
  })

  it('gives up in bounded time when the endpoint never answers', async () => {
    const pending: Array<() => void> = []
    server = await startServer((_req, res) => pending.push(() => res.end()))
    const started = performance.now()
    const result = await checkHealth({ url: server.url, expectedStatus: 200, timeoutMs: 400, intervalMs: 50, requestTimeoutMs: 150 })
    const elapsed = performance.now() - started
    expect(result.healthy).toBe(false)
    expect(result.lastStatus).toBeNull()
    expect(result.lastError).toMatch(/timed out/)
    expect(result.attempts).toBeGreaterThanOrEqual(2)
    expect(elapsed).toBeGreaterThanOrEqual(390)
    expect(elapsed).toBeLessThan(1000)
    for (const finish of pending) finish()
  })

  it('cuts one hanging request to the time left', async () => {
    server = await startServer(() => undefined)
    const started = performance.now()
    const result = await checkHealth({ url: server.url, expectedStatus: 200, timeoutMs: 300, intervalMs: 50 })
    expect(performance.now() - started).toBeLessThan(800)
    expect(result).toMatchObject({ healthy: false, attempts: 1, lastStatus: null })
  })

  it('reports a refused connection', async () => {
    server = await startServer(() => undefined)
    const url = server.url
    await server.close()
    server = undefined
    const result = await checkHealth({ url, expectedStatus: 200, timeoutMs: 1000, intervalMs: 50 })
    expect(result.healthy).toBe(false)
    expect(result.lastError).toMatch(/ECONNREFUSED/)
  })

  it('refuses URLs that are not http(s) without a request', async () => {
    let called = 0
    const fetchImpl = (async () => {
      called++
      return new Response('')
    }) as typeof fetch
    for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'javascript:alert(1)', 'not a url']) {
      const result = await checkHealth({ url, expectedStatus: 200, timeoutMs: 100, intervalMs: 10, fetchImpl })
      expect(result).toMatchObject({ healthy: false, attempts: 0, lastStatus: null })
      expect(result.lastError).toMatch(/only http and https|not a valid URL/)
    }
    expect(called).toBe(0)
  })

  it('does not follow redirects, sends URL credentials as basic auth, and redacts them in messages', async () => {
    const auth: Array<string | undefined> = []
    server = await startServer((req, res) => {
      auth.push(req.headers.authorization)
      res.writeHead(302, { location: 'http://example.invalid/' })
      res.end()
    })
    const url = server.url.replace('http://', 'http://user:secret@') + '/health?token=abc'
    const result = await checkHealth({ url, expectedStatus: 200, timeoutMs: 1000, intervalMs: 100 })
    expect(result.lastStatus).toBe(302)
    expect(result.lastError).toMatch(/answered 302, expected 200/)
    expect(result.lastError).not.toMatch(/secret|abc/)
    expect(result.lastError).toMatch(/token=\*\*\*/)
    expect(auth[0]).toBe(`Basic ${Buffer.from('user:secret').toString('base64')}`)
  })

  it('sends a password with a % that starts no escape as written (50%off), not a URIError', async () => {
    const auth: Array<string | undefined> = []
    server = await startServer((req, res) => {
      auth.push(req.headers.authorization)
      json(res, req.headers.authorization === `Basic ${Buffer.from('user:50%off').toString('base64')}` ? 200 : 401, {})
    })
    const result = await checkHealth({ url: server.url.replace('http://', 'http://user:50%off@'), expectedStatus: 200, timeoutMs: 2000, intervalMs: 100 })
    expect(result).toMatchObject({ healthy: true, attempts: 1 })
  })

  it('stops when aborted and never throws', async () => {
    server = await startServer((_req, res) => json(res, 503, {}))
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const started = performance.now()
    const result = await checkHealth({ url: server.url, expectedStatus: 200, timeoutMs: 10_000, intervalMs: 1000, signal: controller.signal })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(result).toMatchObject({ healthy: false, lastError: 'health check aborted' })

    const throwing = (() => {
      throw new Error('boom')
    }) as unknown as typeof fetch
    const failed = await checkHealth({ url: 'http://127.0.0.1:9/', expectedStatus: 200, timeoutMs: 100, intervalMs: 200, fetchImpl: throwing })
    expect(failed.healthy).toBe(false)
    expect(failed.lastError).toMatch(/boom/)
  })

  it('refuses impossible options', async () => {
    expect((await checkHealth({ url: 'http://127.0.0.1/', expectedStatus: 999, timeoutMs: 100, intervalMs: 10 })).lastError).toMatch(/expectedStatus/)
    expect((await checkHealth({ url: 'http://127.0.0.1/', expectedStatus: 200, timeoutMs: 0, intervalMs: 10 })).lastError).toMatch(/timeoutMs/)
  })
})
