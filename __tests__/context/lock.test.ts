/** The session lock file: exclusive between real processes, taken over when its owner is gone or it is too old. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { withFileLock } from '../../src/context/lock.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2p-lock-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!
}

test('a lock left by a process that is gone is taken over, and removed after use', async () => {
  const path = join(dir, 'dead.lock')
  await writeFile(path, JSON.stringify({ pid: deadPid(), host: hostname(), time: Date.now(), token: 'old' }))
  expect(await withFileLock(path, async () => 'ran', { timeoutMs: 2000 })).toBe('ran')
  expect(existsSync(path)).toBe(false)
})

test('a lock older than staleMs is taken over even when its owner lives', async () => {
  const path = join(dir, 'old.lock')
  await writeFile(path, JSON.stringify({ pid: process.ppid, host: hostname(), time: Date.now() - 120_000, token: 'old' }))
  expect(await withFileLock(path, async () => 'ran', { timeoutMs: 2000, staleMs: 60_000 })).toBe('ran')
})

test('a lock dated in the future (a hand-written cache entry) is taken over, not waited on until the deadline', async () => {
  // Restored with the context directory, it held every run's save for the whole wait and then failed it: the session
  // was never archived, and the lock went back into the cache for the next run.
  const path = join(dir, 'future.lock')
  await writeFile(path, JSON.stringify({ pid: 1, host: 'another-runner', time: Date.parse('2099-01-01T00:00:00Z'), token: 'planted' }))
  const started = Date.now()
  expect(await withFileLock(path, async () => 'ran', { timeoutMs: 2000, staleMs: 60_000 })).toBe('ran')
  expect(Date.now() - started).toBeLessThan(1000)
  expect(existsSync(path)).toBe(false)
})

test('a live lock is waited for, and the wait ends with an error naming the holder', async () => {
  const path = join(dir, 'live.lock')
  await writeFile(path, JSON.stringify({ pid: process.ppid, host: hostname(), time: Date.now(), token: 'other' }))
  await expect(withFileLock(path, async () => 'ran', { timeoutMs: 300 })).rejects.toThrow(new RegExp(`live\\.lock is held by process ${process.ppid} on .* gave up after 300 ms`))
  // Not ours: left in place.
  expect(existsSync(path)).toBe(true)
})

test('holders never overlap', async () => {
  const path = join(dir, 'busy.lock')
  let inside = 0
  let most = 0
  await Promise.all(
    Array.from({ length: 8 }, () =>
      withFileLock(path, async () => {
        most = Math.max(most, ++inside)
        await new Promise((r) => setTimeout(r, 5))
        inside--
      })
    )
  )
  expect(most).toBe(1)
})
