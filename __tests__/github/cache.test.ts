/**
 * The Actions cache with the real @actions/cache SDK (service v2) against the local Results service and azurite:
 * save, restore by exact key and by restore-key prefix, immutability, branch scopes, and every failure path ending in a
 * reason (never an exception) within a bounded time.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, applyEnv, startResultsApi, type ResultsApi } from '../servers/results-api.js'
import { restoreFromCache, saveToCache } from '../../src/github/cache.js'
import { cacheKey, cacheKeyPrefix } from '../../src/github/names.js'

let azurite: Azurite
let api: ResultsApi
let scratch: string
let workspace: string
let restoreEnv: () => void
let paths: string[]

const newLog = () => ({ info: jest.fn<(m: string) => void>(), warning: jest.fn<(m: string) => void>() })
const key = (run: number | string, branch = 'refs/heads/main') => cacheKey(['spec-to-production', 'context', 'player_experience', branch, run])
const branchPrefix = (branch = 'refs/heads/main') => cacheKeyPrefix(['spec-to-production', 'context', 'player_experience', branch])

/** The state a run keeps: a session (text) and metrics (binary). */
async function writeState(label: string): Promise<Record<string, Buffer>> {
  const state = {
    '.spec-to-production/context/sessions/session.json': Buffer.from(JSON.stringify({ label, messages: [] })),
    '.spec-to-production/metrics/history.bin': Buffer.concat([Buffer.from(label), randomBytes(32 * 1024)])
  }
  for (const [file, bytes] of Object.entries(state)) {
    await mkdir(join(workspace, file, '..'), { recursive: true })
    await writeFile(join(workspace, file), bytes)
  }
  return state
}

async function expectState(state: Record<string, Buffer>) {
  for (const [file, bytes] of Object.entries(state)) expect(Buffer.compare(await readFile(join(workspace, file)), bytes)).toBe(0)
}

const wipeState = () => rm(join(workspace, '.spec-to-production'), { recursive: true, force: true })

async function closedPortUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return `http://127.0.0.1:${port}/`
}

/** Records what reaches stdout (after any capture by the code under test). */
function spyStdout(): { text: () => string; stop: () => void } {
  const original = process.stdout.write
  let text = ''
  process.stdout.write = function (chunk: unknown, ...rest: unknown[]) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8')
    return (original as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest)
  } as typeof process.stdout.write
  return { text: () => text, stop: () => void (process.stdout.write = original) }
}

/**
 * The SDK's own retry of a failed service call (5 attempts, 3 s then ×1.5) would take ~30 s; while this is active,
 * pauses between 2.5 s and 60 s last 5 ms instead (the wrapper's own timeouts in these tests are shorter).
 */
function compressSdkBackoff(): () => void {
  const real = globalThis.setTimeout
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    real(fn, ms !== undefined && ms >= 2500 && ms <= 60_000 ? 5 : ms, ...args)) as typeof setTimeout
  return () => {
    globalThis.setTimeout = real
  }
}

beforeAll(async () => {
  azurite = await startAzurite()
  api = await startResultsApi({ azurite })
  scratch = await mkdtemp(join(tmpdir(), 's2p-cache-'))
  workspace = join(scratch, 'workspace')
  await mkdir(join(scratch, 'runner-temp'), { recursive: true })
  await mkdir(workspace, { recursive: true })
  paths = [join(workspace, '.spec-to-production/context'), join(workspace, '.spec-to-production/metrics')]
})

afterAll(async () => {
  await api?.close()
  await azurite?.close()
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

beforeEach(() => {
  restoreEnv = applyEnv(actionsEnv(api, { workspace, tempDir: join(scratch, 'runner-temp') }))
  api.clearFailures()
})

afterEach(() => restoreEnv())

describe('cache against the Results service and azurite', () => {
  test('save, restore by exact key, restore by restore-key prefix (newest first, keys in order), immutable entries', async () => {
    const log = newLog()
    const first = await writeState('run 100')
    expect(await saveToCache({ paths, key: key(100), timeoutMs: 20_000, log })).toMatchObject({ saved: true, id: expect.any(Number) })
    expect(api.callsTo('CreateCacheEntry').at(-1)!.body).toMatchObject({ key: key(100), version: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(api.callsTo('FinalizeCacheEntryUpload').at(-1)!.body).toMatchObject({ key: key(100), size_bytes: expect.stringMatching(/^\d+$/) })

    await wipeState()
    const exact = await restoreFromCache({ paths, primaryKey: key(100), restoreKeys: [branchPrefix()], timeoutMs: 20_000, log })
    expect(exact).toEqual({ hit: true, matchedKey: key(100), exactMatch: true })
    await expectState(first)
    expect(api.callsTo('GetCacheEntryDownloadURL').at(-1)!.body).toMatchObject({ key: key(100), restore_keys: [branchPrefix()] })

    const second = await writeState('run 101')
    expect((await saveToCache({ paths, key: key(101), timeoutMs: 20_000, log })).saved).toBe(true)
    await wipeState()
    // A new run: its own key has no entry; the branch prefix finds the newest entry of the branch.
    const byPrefix = await restoreFromCache({ paths, primaryKey: key(102), restoreKeys: [branchPrefix('refs/heads/feature'), branchPrefix()], timeoutMs: 20_000, log })
    expect(byPrefix).toEqual({ hit: true, matchedKey: key(101), exactMatch: false })
    await expectState(second)

    // Entries are immutable: saving an existing key is refused (409), reported, never thrown.
    const again = await saveToCache({ paths, key: key(101), timeoutMs: 20_000, log })
    expect(again.saved).toBe(false)
    expect(again.reason).toMatch(/Unable to reserve cache with key/)
    expect(again.reason).toMatch(/409.*already exists/)
    expect(api.callsTo('CreateCacheEntry').at(-1)!.status).toBe(409)
    expect(log.warning).toHaveBeenCalledTimes(1)

    // Other paths are another version: no match.
    const otherPaths = await restoreFromCache({ paths: [join(workspace, 'elsewhere')], primaryKey: key(101), restoreKeys: [], timeoutMs: 20_000, log })
    expect(otherPaths).toEqual({ hit: false, reason: expect.stringMatching(/no cache entry/) })
    expect(log.warning).toHaveBeenCalledTimes(1)
  })

  test('branch scopes: a feature branch reads the default branch after its own, and saves into its own scope', async () => {
    const log = newLog()
    const mainState = await writeState('main 200')
    expect((await saveToCache({ paths, key: key(200), timeoutMs: 20_000, log })).saved).toBe(true)
    await wipeState()
    const feature = api.issueToken({ cacheScopes: [{ scope: 'refs/heads/feature', permission: 3 }, { scope: 'refs/heads/main', permission: 1 }] })
    const restore = applyEnv({ ACTIONS_RUNTIME_TOKEN: feature })
    try {
      const fromMain = await restoreFromCache({ paths, primaryKey: key(201, 'refs/heads/feature'), restoreKeys: [branchPrefix('refs/heads/feature'), branchPrefix()], timeoutMs: 20_000, log })
      expect(fromMain).toMatchObject({ hit: true, matchedKey: key(200) })
      await expectState(mainState)
      // The same key again, from the feature branch: its own scope, so not a conflict.
      expect((await saveToCache({ paths, key: key(200), timeoutMs: 20_000, log })).saved).toBe(true)
      expect(api.cacheEntries.filter((e) => e.key === key(200)).map((e) => e.scope).sort()).toEqual(['refs/heads/feature', 'refs/heads/main'])
      expect(log.warning).not.toHaveBeenCalled()
    } finally {
      restore()
    }
  })

  test('a token without a writable scope: saved false with the service reason', async () => {
    const restore = applyEnv({ ACTIONS_RUNTIME_TOKEN: api.issueToken({ cacheScopes: [{ scope: 'refs/heads/main', permission: 1 }] }) })
    try {
      await writeState('read only')
      const result = await saveToCache({ paths, key: key('read-only'), timeoutMs: 20_000, log: newLog() })
      expect(result.saved).toBe(false)
      expect(result.reason).toMatch(/cache write denied/)
    } finally {
      restore()
    }
  })
})

describe('cache failures end in a reason, never an exception, in bounded time', () => {
  test('service not configured: not available', async () => {
    const restore = applyEnv({ ACTIONS_RESULTS_URL: undefined })
    try {
      const log = newLog()
      expect(await restoreFromCache({ paths, primaryKey: key(1), restoreKeys: [], timeoutMs: 5000, log })).toMatchObject({ hit: false, reason: expect.stringMatching(/not available/) })
      expect(await saveToCache({ paths, key: key(1), timeoutMs: 5000, log })).toMatchObject({ saved: false, reason: expect.stringMatching(/not available/) })
      expect(log.warning).toHaveBeenCalledTimes(2)
    } finally {
      restore()
    }
  })

  test('service down (connection refused): reasons, the SDK error lines taken over', async () => {
    const restore = applyEnv({ ACTIONS_RESULTS_URL: await closedPortUrl() })
    const stdout = spyStdout()
    try {
      const log = newLog()
      const started = Date.now()
      const restored = await restoreFromCache({ paths, primaryKey: key(1), restoreKeys: [branchPrefix()], timeoutMs: 10_000, log })
      expect(restored.hit).toBe(false)
      expect(restored.reason).toMatch(/Failed to restore: .*ECONNREFUSED/)
      await writeState('down')
      const saved = await saveToCache({ paths, key: key('down'), timeoutMs: 10_000, log })
      expect(saved.saved).toBe(false)
      expect(saved.reason).toMatch(/ECONNREFUSED/)
      expect(Date.now() - started).toBeLessThan(8000)
      expect(log.warning).toHaveBeenCalledTimes(2)
      expect(stdout.text()).not.toMatch(/::(warning|error)::Failed to (restore|save)/)
    } finally {
      stdout.stop()
      restore()
    }
  })

  test('service hanging: restore and save give up at the timeout', async () => {
    api.fail({ service: 'CacheService', mode: 'hang' })
    const log = newLog()
    let started = Date.now()
    const restored = await restoreFromCache({ paths, primaryKey: key(1), restoreKeys: [], timeoutMs: 1500, log })
    expect(restored).toEqual({ hit: false, reason: 'cache restore timed out after 1500 ms', failed: true })
    expect(Date.now() - started).toBeLessThan(3000)
    await writeState('hang')
    started = Date.now()
    const saved = await saveToCache({ paths, key: key('hang'), timeoutMs: 1500, log })
    expect(saved).toEqual({ saved: false, reason: 'cache save timed out after 1500 ms' })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(log.warning).toHaveBeenCalledTimes(2)
  })

  test('service answering 500: the SDK retries, then gives up; its reason is returned', async () => {
    api.fail({ service: 'CacheService', method: 'GetCacheEntryDownloadURL', status: 500 })
    const before = api.callsTo('GetCacheEntryDownloadURL').length
    const log = newLog()
    const stdout = spyStdout()
    const restoreTimers = compressSdkBackoff()
    let restored
    try {
      restored = await restoreFromCache({ paths, primaryKey: key(1), restoreKeys: [], timeoutMs: 90_000, log }) // beyond the compressed range
    } finally {
      restoreTimers()
      stdout.stop()
    }
    expect(restored.hit).toBe(false)
    expect(restored.reason).toMatch(/Failed to restore: .*after 5 attempts.*\(500\)/)
    expect(api.callsTo('GetCacheEntryDownloadURL').length - before).toBe(5)
    expect(log.warning).toHaveBeenCalledTimes(1)
    // The SDK reports a 5xx as an error annotation; it is taken over and reported once, as a warning.
    expect(stdout.text()).not.toMatch(/::error::Failed to restore/)
  })

  test('keys the service would refuse (comma, more than 10): reasons, no exception', async () => {
    const log = newLog()
    const comma = await restoreFromCache({ paths, primaryKey: 'a,b', restoreKeys: [], timeoutMs: 5000, log })
    expect(comma.reason).toMatch(/cannot contain commas/)
    const many = await restoreFromCache({ paths, primaryKey: 'k', restoreKeys: Array.from({ length: 10 }, (_, i) => `r${i}`), timeoutMs: 5000, log })
    expect(many.reason).toMatch(/maximum of 10/)
    const save = await saveToCache({ paths, key: 'x'.repeat(513), timeoutMs: 5000, log })
    expect(save.reason).toMatch(/cannot be larger than 512/)
  })
})
