/**
 * A lock file between processes: created with O_EXCL, holding the owner's pid, host and time. A lock whose owner
 * process is gone (same host) or whose time is more than `staleMs` from now (older, or in the future) is taken over;
 * waiting is bounded.
 */
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { link, readFile, rename, rm, writeFile } from './fs.js'

export interface LockOptions {
  /** Longest wait for the lock before giving up (ms). */
  timeoutMs?: number
  /** A lock older than this is stale whoever holds it (ms): no save takes that long. */
  staleMs?: number
}

interface Owner {
  pid: number
  host: string
  time: number
  token: string
}

/** The error's code (`ENOENT`, …), or '' when it has none. */
export function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? ''
}

/** Whether a process of this host with this pid exists (EPERM: it exists, owned by another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return errno(e) === 'EPERM'
  }
}

async function readOwner(path: string): Promise<Owner | null> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as Partial<Owner>
    return typeof v.pid === 'number' && typeof v.time === 'number' && typeof v.token === 'string' ? { pid: v.pid, host: String(v.host ?? ''), time: v.time, token: v.token } : null
  } catch {
    return null
  }
}

function stale(owner: Owner | null, staleMs: number, now: number): boolean {
  // Unreadable content: a writer killed between creating and filling the file, or one filling it right now; only
  // age decides (the caller sees the file's content again on its next try).
  if (!owner) return false
  // Taken more than staleMs in the future: no process wrote that (a lock restored from a hand-written cache entry).
  // Never older than staleMs, it would hold every later run for the whole wait, and every save after it would fail.
  if (Math.abs(now - owner.time) > staleMs) return true
  return owner.host === hostname() && !alive(owner.pid)
}

/** Runs `fn` holding the lock file `path`; the lock is removed afterwards, whatever `fn` did. */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 30_000
  const staleMs = opts.staleMs ?? 60_000
  const me: Owner = { pid: process.pid, host: hostname(), time: Date.now(), token: randomUUID() }
  const deadline = Date.now() + timeoutMs
  let unreadableSince: number | null = null
  for (let attempt = 0; ; attempt++) {
    try {
      me.time = Date.now()
      await writeFile(path, JSON.stringify(me), { flag: 'wx' })
      break
    } catch (e) {
      if (errno(e) !== 'EEXIST') throw e
    }
    const owner = await readOwner(path)
    const now = Date.now()
    if (owner) unreadableSince = null
    else unreadableSince ??= now
    if (stale(owner, staleMs, now) || (unreadableSince !== null && now - unreadableSince > 2_000)) {
      await takeOver(path, owner)
      continue
    }
    if (now > deadline) {
      throw new Error(`${path} is held${owner ? ` by process ${owner.pid} on ${owner.host} since ${new Date(owner.time).toISOString()}` : ''}; gave up after ${timeoutMs} ms`)
    }
    await new Promise((r) => setTimeout(r, Math.min(200, 5 + attempt * 5) + Math.random() * 10))
  }
  try {
    return await fn()
  } finally {
    // Only our own lock is removed (a stale-lock takeover by another process may have replaced it).
    const owner = await readOwner(path)
    if (owner?.token === me.token) await rm(path, { force: true })
  }
}

/**
 * Removes a stale lock: moved aside atomically, then deleted, unless what was moved turns out to be a fresh lock taken
 * meanwhile (it is then put back).
 */
async function takeOver(path: string, judged: Owner | null): Promise<void> {
  const aside = `${path}.${randomUUID()}.stale`
  try {
    await rename(path, aside)
  } catch (e) {
    if (errno(e) === 'ENOENT') return
    throw e
  }
  const moved = await readOwner(aside)
  if (moved && judged && moved.token !== judged.token) {
    await link(aside, path).catch(() => undefined)
  }
  await rm(aside, { force: true })
}
