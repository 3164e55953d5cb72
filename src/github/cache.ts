/**
 * The Actions cache, best effort: restore and save through `@actions/cache` (loaded only when called, so the CLI and a
 * run without the cache never load it), bounded in time, and never throwing — a cache that is missing, refuses,
 * fails or hangs yields a warning and a reason, and the run goes on without it.
 *
 * The SDK swallows its own failures (restoreCache resolves undefined, saveCache -1) and only writes them to the log as
 * workflow commands. To return a useful reason, the SDK's log lines are watched during the call (`captureSdkLog`); its
 * failure lines are taken over (reported once, as a warning, by the caller's log) and everything else passes through.
 *
 * A timed-out call cannot be cancelled: the SDK keeps going in the background and a late restore can still extract
 * files. Callers that continue with fresh state after a timeout should restore into a directory of their own and
 * only read it when `hit` is true.
 */
import { steadyNow } from '../engine/host.js'

export interface CacheLog {
  info(message: string): void
  warning(message: string): void
}

export interface RestoreOptions {
  /** Files or directories (globs allowed); the same list, in the same order, as when the entry was saved. */
  paths: string[]
  primaryKey: string
  /** Tried in order when the primary key has no entry (prefix match, newest first); at most 9. */
  restoreKeys: string[]
  timeoutMs: number
  log: CacheLog
}

export interface RestoreResult {
  /** An entry was restored (by the primary key or a restore key). */
  hit: boolean
  matchedKey?: string
  /** The restored entry's key is the primary key itself. */
  exactMatch?: boolean
  /** Why nothing was restored: a plain miss, the service unavailable, a failure or the timeout. */
  reason?: string
  /** The restore failed or timed out (not a plain miss): an entry may exist that this run did not get. */
  failed?: boolean
}

export interface SaveOptions {
  paths: string[]
  key: string
  timeoutMs: number
  log: CacheLog
}

export interface SaveResult {
  saved: boolean
  /** The entry's id when saved. */
  id?: number
  reason?: string
}

// ---------------------------------------------------------------------------------------------------------------------
// Watching the SDK's log
// ---------------------------------------------------------------------------------------------------------------------

export interface SdkLogLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error'
  message: string
}

export interface SdkLogCapture {
  lines: SdkLogLine[]
  stop(): void
}

type Write = typeof process.stdout.write

interface Collector {
  lines: SdkLogLine[]
  swallow: RegExp
}

const collectors = new Set<Collector>()
let originalWrite: Write | undefined
let patchedWrite: Write | undefined

const decodeCommandData = (text: string) => text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')

function parseLine(text: string): SdkLogLine | undefined {
  const line = text.replace(/\r?\n$/, '')
  if (line.includes('\n')) return undefined
  const command = /^::(debug|notice|warning|error)(?: [^:]*)?::(.*)$/s.exec(line)
  if (command) return { level: command[1] as SdkLogLine['level'], message: decodeCommandData(command[2]!) }
  if (line.startsWith('::')) return undefined // other workflow commands (add-mask, group...) are not messages
  return { level: 'info', message: line }
}

/**
 * Records what @actions/* libraries write to stdout until `stop()`; lines whose message matches `swallow` (warnings,
 * errors and plain info lines, never debug lines) are recorded but not written. Captures may overlap: every active
 * capture sees every line.
 */
export function captureSdkLog(swallow: RegExp): SdkLogCapture {
  const collector: Collector = { lines: [], swallow }
  if (collectors.size === 0 && process.stdout.write !== patchedWrite) {
    const original = process.stdout.write
    originalWrite = original
    const patched = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined
      const parsed = text === undefined || collectors.size === 0 ? undefined : parseLine(text)
      let swallowed = false
      if (parsed) {
        for (const c of collectors) {
          c.lines.push(parsed)
          if (parsed.level !== 'debug' && c.swallow.test(parsed.message)) swallowed = true
        }
      }
      if (swallowed) {
        const callback = rest.find((r): r is () => void => typeof r === 'function')
        if (callback) process.nextTick(callback)
        return true
      }
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    } as Write
    patchedWrite = patched
    process.stdout.write = patched
  }
  collectors.add(collector)
  let stopped = false
  return {
    lines: collector.lines,
    stop: () => {
      if (stopped) return
      stopped = true
      collectors.delete(collector)
      // Put the stream back only if nobody wrapped it after us; otherwise the wrapper stays, passing everything on.
      if (collectors.size === 0 && process.stdout.write === patchedWrite && originalWrite) {
        process.stdout.write = originalWrite
        originalWrite = undefined
        patchedWrite = undefined
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Restore and save
// ---------------------------------------------------------------------------------------------------------------------

/** The SDK's failure and skip messages: taken over and reported by our own warning. */
const CACHE_FAILURE_LINES = /^(Failed to (restore|save):|Cache reservation failed:|uploadCacheArchiveSDK:|Cache (restore|save) skipped:|Unable to finalize cache)/

/**
 * The SDK's lines naming the key it restored (`Cache hit for restore-key: <key>`), written as plain lines: a key holds
 * the matrix leg, whose values may read as a workflow command (`x##[stop-commands]t`). Ours says the same ("Cache
 * restored from …") through the log given, which frames it in the action.
 */
const SDK_KEY_LINES = /^Cache hit for( restore-key)?: /
/** Lines of the SDK not written as it writes them: its failures (reported as ours) and its lines naming a key. */
const SDK_LINES_TAKEN_OVER = new RegExp(`${CACHE_FAILURE_LINES.source}|${SDK_KEY_LINES.source}`)

/** A call that did not finish before its deadline (it may still finish in the background). */
export class Timeout extends Error {}

/**
 * Rejects with Timeout when `deadline` (ms of {@link steadyNow}, the hosts' clock that a wall clock stepped forward or
 * back does not move) passes first; the message names the caller's whole budget.
 */
export function beforeDeadline<T>(promise: Promise<T>, deadline: number, budgetMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`timed out after ${budgetMs} ms`)), Math.max(0, deadline - steadyNow()))
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Runs an SDK call under a log capture that lasts as long as the call itself: after a timeout the SDK goes on in the
 * background, and its late failure lines are still taken over (already reported as the timeout).
 */
function underCapture<T>(call: () => Promise<T>): { capture: SdkLogCapture; result: Promise<T> } {
  const capture = captureSdkLog(SDK_LINES_TAKEN_OVER)
  let result: Promise<T>
  try {
    result = call()
  } catch (error) {
    result = Promise.reject(error)
  }
  result.then(capture.stop, capture.stop)
  return { capture, result }
}

const firstLine = (text: string) => text.split(/\r?\n/, 1)[0]!.trim()
const messageOf = (error: unknown) => firstLine(error instanceof Error ? error.message : String(error))

/** The reason the SDK gave for a failure: its failure line, with the service's answer when it was only a debug line. */
function sdkReason(lines: SdkLogLine[]): string | undefined {
  const failure = lines.find((l) => l.level !== 'debug' && CACHE_FAILURE_LINES.test(l.message))
  if (!failure) return undefined
  const detail = lines.find((l) => l.level === 'debug' && l.message.startsWith('Failed to reserve cache: '))
  const main = firstLine(failure.message)
  return detail ? `${main} (${firstLine(detail.message.slice('Failed to reserve cache: '.length)).replace(/^Error: /, '')})` : main
}

const unavailable = 'the GitHub Actions cache service is not available to this job (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL)'

export async function restoreFromCache(options: RestoreOptions): Promise<RestoreResult> {
  const { paths, primaryKey, restoreKeys, timeoutMs, log } = options
  try {
    // The deadline is the service's: it starts once the SDK is loaded (local work, slow only on a busy machine).
    const cache = await import('@actions/cache')
    const started = steadyNow()
    const deadline = started + timeoutMs
    if (!cache.isFeatureAvailable()) {
      log.warning(`Cache not restored: ${unavailable}.`)
      return { hit: false, reason: unavailable }
    }
    const remaining = Math.max(1, deadline - steadyNow())
    const { capture, result } = underCapture(() =>
      cache.restoreCache(paths, primaryKey, restoreKeys, {
        // Bounds for the SDK's own download (per request and, on Azure hosts, per segment; SEGMENT_DOWNLOAD_TIMEOUT_MINS,
        // when set, still takes precedence inside the SDK).
        timeoutInMs: Math.min(30_000, remaining),
        segmentTimeoutInMs: remaining
      })
    )
    const matchedKey = await beforeDeadline(result, deadline, timeoutMs)
    if (matchedKey === undefined) {
      const failed = sdkReason(capture.lines)
      if (failed) {
        log.warning(`Cache not restored: ${failed}`)
        return { hit: false, reason: failed, failed: true }
      }
      const reason = `no cache entry for ${primaryKey}${restoreKeys.length ? ` or the restore keys ${restoreKeys.join(', ')}` : ''}`
      log.info(`Cache miss: ${reason}.`)
      return { hit: false, reason }
    }
    const exactMatch = matchedKey === primaryKey
    log.info(`Cache restored from ${exactMatch ? 'key' : 'restore key match'} ${matchedKey} in ${steadyNow() - started} ms.`)
    return { hit: true, matchedKey, exactMatch }
  } catch (error) {
    const reason = error instanceof Timeout ? `cache restore ${error.message}` : `cache restore failed: ${messageOf(error)}`
    log.warning(`Cache not restored: ${reason}; continuing without it.`)
    return { hit: false, reason, failed: true }
  }
}

export async function saveToCache(options: SaveOptions): Promise<SaveResult> {
  const { paths, key, timeoutMs, log } = options
  try {
    const cache = await import('@actions/cache')
    const started = steadyNow()
    const deadline = started + timeoutMs
    if (!cache.isFeatureAvailable()) {
      log.warning(`Cache not saved: ${unavailable}.`)
      return { saved: false, reason: unavailable }
    }
    const { capture, result } = underCapture(() => cache.saveCache(paths, key))
    const id = await beforeDeadline(result, deadline, timeoutMs)
    if (id === -1 || !Number.isFinite(id)) {
      const reason = sdkReason(capture.lines) ?? `the cache service did not accept the entry ${key}`
      log.warning(`Cache not saved: ${reason}`)
      return { saved: false, reason }
    }
    log.info(`Cache saved as ${key} (entry ${id}) in ${steadyNow() - started} ms.`)
    return { saved: true, id }
  } catch (error) {
    const reason = error instanceof Timeout ? `cache save ${error.message}` : `cache save failed: ${messageOf(error)}`
    log.warning(`Cache not saved: ${reason}.`)
    return { saved: false, reason }
  }
}
