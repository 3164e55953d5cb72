import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readUptime } from '../../src/deploy/uptime.js'
import { runCommand } from '../../src/exec/run.js'
import type { CommandRunner } from '../../src/exec/types.js'
import { json, startServer, type TestServer } from './server.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
let dir: string
let server: TestServer
/** path → [status, body] the HTTP source answers. */
const answers = new Map<string, [number, unknown]>()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 's2p-uptime-'))
  server = await startServer((req, res) => {
    // /private answers only with the monitor's Basic credentials.
    const allowed = !req.url?.startsWith('/private') || req.headers.authorization === `Basic ${Buffer.from('monitor:p@ss word').toString('base64')}`
    const [status, body] = allowed ? (answers.get(req.url ?? '') ?? [404, { error: 'no such monitor' }]) : [401, { error: 'unauthorized' }]
    json(res, status, body)
  })
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

const base = { cwd: '', timeoutMs: 10_000, runCommand }
/** A command printing `stdout` (stderr noise too, which must be ignored). */
function printing(stdout: string, exit = 0): string {
  const path = join(dir, `out-${Math.random().toString(36).slice(2)}.txt`)
  writeFileSync(path, stdout)
  return `echo 'probing the monitor…' >&2; cat ${path}; exit ${exit}`
}

describe('readUptime from a command', () => {
  it('reads the JSON the command prints on stdout, ignoring stderr', async () => {
    const result = await readUptime({ ...base, cwd: dir, command: printing('{"uptime_percent": 99.93, "window_days": 7, "checks": 10080, "failures": 7, "monitor": "x"}\n') })
    expect(result).toEqual({ uptime_percent: 99.93, window_days: 7, checks: 10080, failures: 7, source: expect.stringMatching(/^command: echo/) })
  })

  it('refuses a figure over no check: a monitor that measured nothing in its window says 100% of nothing', async () => {
    // A monitor created a minute ago (or paused all week) reports its default 100% beside the checks it made: none.
    await expect(readUptime({ ...base, cwd: dir, command: printing('{"uptime_percent": 100, "window_days": 7, "checks": 0, "failures": 0}') })).rejects.toThrow(
      /gave uptime_percent 100 over 0 checks: the monitor measured nothing in its window, so no uptime is known/
    )
  })

  it('says null when the source does not state its window', async () => {
    const result = await readUptime({ ...base, cwd: dir, command: printing('{"uptime_percent": 100}') })
    expect(result).toMatchObject({ uptime_percent: 100, window_days: null })
  })

  it('runs the demo monitor for real (examples/greeter/deploy/monitor.mjs) against a local /health', async () => {
    answers.set('/health', [200, { status: 'ok', version: 'abc' }])
    const result = await readUptime({
      ...base,
      cwd: ROOT,
      command: `node examples/greeter/deploy/monitor.mjs ${server.url} - 1`
    })
    expect(result.uptime_percent).toBe(100)
    expect(result.window_days).toBeCloseTo(1 / 86400, 12)
    expect(result.checks).toBeGreaterThanOrEqual(3)
    expect(result.failures).toBe(0)
  })

  it.each([
    ['{"uptime_percent": 101}', /"uptime_percent" must be <= 100 \(got 101\)/],
    ['{"uptime_percent": -1}', /"uptime_percent" must be >= 0/],
    ['{"uptime_percent": "99.9"}', /"uptime_percent" must be number \(got "99.9"\)/],
    ['{"uptime": 99.9}', /"uptime_percent" is missing.*\(it has a field "uptime"; the field must be named "uptime_percent"\)/],
    ['{"uptime_percent": 99, "window_days": 0}', /"window_days" must be > 0/],
    ['{"uptime_percent": 99, "checks": 1.5}', /"checks" must be integer/],
    ['{"uptime_percent": 99, "checks": 10, "failures": 11}', /11 failures out of 10 checks/],
    ['[99.9]', /expected an object, got an array/],
    ['99.9', /expected an object, got 99.9/],
    ['uptime is fine', /did not print JSON on stdout \(it printed "uptime is fine"\)/],
    ['', /printed nothing on stdout/]
  ])('refuses %s with a clear error', async (stdout, message) => {
    const error = readUptime({ ...base, cwd: dir, command: printing(stdout) })
    await expect(error).rejects.toThrow(message)
    await expect(error).rejects.toThrow(/uptime command/)
  })

  it('says what shape it expected', async () => {
    await expect(readUptime({ ...base, cwd: dir, command: printing('{}') })).rejects.toThrow(
      /Expected a JSON object \{ "uptime_percent": number 0\.\.100, "window_days"\?: number > 0/
    )
  })

  it('reports a failing, hanging or unstartable command', async () => {
    await expect(readUptime({ ...base, cwd: dir, command: printing('{"uptime_percent": 100}', 3) })).rejects.toThrow(/failed \(exit code 3\).*probing the monitor/s)
    await expect(readUptime({ ...base, cwd: dir, timeoutMs: 300, command: 'sleep 30' })).rejects.toThrow(/did not finish within 300 ms/)
    await expect(readUptime({ ...base, cwd: join(dir, 'nope'), command: 'true' })).rejects.toThrow(/could not start: working directory does not exist/)
  })

  it('passes the cwd and timeout to the runner', async () => {
    const calls: Array<[string, unknown]> = []
    const fake: CommandRunner = async (command, options) => {
      calls.push([command, { cwd: options.cwd, timeoutMs: options.timeoutMs }])
      options.onLine?.('{"uptime_percent": 99.5, "window_days": 7}', 'stdout')
      options.onLine?.('{"noise": true}', 'stderr')
      return { command, exitCode: 0, signal: null, timedOut: false, cancelled: false, durationMs: 1, tail: '', outputBytes: 0 }
    }
    const result = await readUptime({ command: 'monitor-cli uptime', cwd: '/repo', timeoutMs: 1234, runCommand: fake })
    expect(result).toMatchObject({ uptime_percent: 99.5, window_days: 7, source: 'command: monitor-cli uptime' })
    expect(calls).toEqual([['monitor-cli uptime', { cwd: '/repo', timeoutMs: 1234 }]])
  })
})

describe('readUptime from a URL', () => {
  it('reads the JSON a GET answers, and redacts the source', async () => {
    answers.set('/monitors/1?token=secret', [200, { uptime_percent: 99.7, window_days: 7, checks: 2016, failures: 6 }])
    const result = await readUptime({ ...base, cwd: dir, url: `${server.url}/monitors/1?token=secret` })
    expect(result).toEqual({ uptime_percent: 99.7, window_days: 7, checks: 2016, failures: 6, source: `url: ${server.url}/monitors/1?token=***` })
  })

  it('reads a monitor behind Basic authentication, with the credentials of its URL, and shows it without them', async () => {
    answers.set('/private/1', [200, { uptime_percent: 99.9, window_days: 7 }])
    const url = new URL(`${server.url}/private/1`)
    url.username = 'monitor'
    url.password = 'p@ss word'
    const result = await readUptime({ ...base, cwd: dir, url: url.href })
    expect(result).toMatchObject({ uptime_percent: 99.9, window_days: 7, source: `url: ${server.url.replace('//', '//***@')}/private/1` })
  })

  it.each([
    ['/schema', 200, { uptime_percent: 200 }, /uptime endpoint .*\/schema gave JSON that does not match the expected shape: "uptime_percent" must be <= 100/],
    ['/alias', 200, { uptime: 99 }, /the field must be named "uptime_percent"/],
    ['/down', 503, { error: 'maintenance' }, /answered 503 \("\{\\"error\\":\\"maintenance\\"\}"\); expected 200/],
    ['/html', 200, '<html>', /did not answer JSON \(body starts "<html>"\)/]
  ])('refuses %s', async (path, status, body, message) => {
    answers.set(path, [status, body])
    await expect(readUptime({ ...base, cwd: dir, url: `${server.url}${path}` })).rejects.toThrow(message)
  })

  it('reports a refused connection and a timeout', async () => {
    const closed = await startServer(() => undefined)
    const url = closed.url
    await closed.close()
    await expect(readUptime({ ...base, cwd: dir, url })).rejects.toThrow(/ECONNREFUSED/)
    const hanging = await startServer(() => undefined)
    try {
      await expect(readUptime({ ...base, cwd: dir, timeoutMs: 200, url: hanging.url })).rejects.toThrow(/no answer within 200 ms/)
    } finally {
      await hanging.close()
    }
  })

  it('refuses a non-http URL, and needs exactly one source', async () => {
    await expect(readUptime({ ...base, cwd: dir, url: 'file:///etc/passwd' })).rejects.toThrow(/only http and https URLs/)
    await expect(readUptime({ ...base, cwd: dir })).rejects.toThrow(/exactly one of command and url \(neither is set\)/)
    await expect(readUptime({ ...base, cwd: dir, command: 'x', url: 'http://x/' })).rejects.toThrow(/\(both are set\)/)
  })
})
