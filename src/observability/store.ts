/**
 * Execution metrics, the files (DESIGN.md §5): one JSON line per record, appended to
 * `<workspace>/metrics/<YYYY-MM-DD>.jsonl` (UTC day of the append), merged from a restored cache, pruned by
 * retention, and streamed back with bounded memory. The directory is what the cache carries between CI runs.
 */
import { closeSync, constants, createReadStream, createWriteStream, fstatSync, mkdirSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { appendWholeLines } from './jsonl.js'
import { join } from 'node:path'
import { once } from 'node:events'
import { METRICS_SUBDIR, toMetricRecord, type MetricRecord } from './record.js'
import { mergeTestHistory, type TestMergeResult } from './test-history.js'

const DAY_MS = 86_400_000
const FILE_RE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/

export function metricsDir(workspaceDir: string): string {
  return join(workspaceDir, METRICS_SUBDIR)
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** @internal */
export function toMs(now: Date | number): number {
  const ms = typeof now === 'number' ? now : now.getTime()
  if (!Number.isFinite(ms)) throw new RangeError('now is not a valid time')
  return ms
}

/**
 * Appends the records as JSON lines to `<workspaceDir>/metrics/<UTC day of now>.jsonl`, in one write. A file left
 * without its final newline (a writer killed mid-line) is closed first, so the torn line stays the only bad one.
 */
export async function appendMetrics(workspaceDir: string, records: readonly MetricRecord[], now: Date | number): Promise<{ file: string; lines: number }> {
  const dir = metricsDir(workspaceDir)
  // Synchronous, as appendWholeLines (see there): one system call in place of a thread-pool trip.
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${utcDay(toMs(now))}.jsonl`)
  if (records.length === 0) return { file, lines: 0 }
  await appendWholeLines(file, records.map((r) => JSON.stringify(r)))
  return { file, lines: records.length }
}

export interface MergeResult {
  files: number
  /** Records added to the destination. */
  added: number
  /** Records the destination already had (same component, run and name). */
  duplicates: number
  malformed: number
  /** The per-test history (`metrics/tests/`), merged the same way: runs the destination lacks. */
  tests: TestMergeResult
}

/**
 * Merges the metrics of another workspace directory (e.g. a history restored from the cache into a staging
 * directory) into this one. A run is written in one append, so runs are the unit: records of a run the destination
 * already holds are duplicates; the others are appended to the same day file, re-serialized from their validated
 * form; malformed lines are left out. Restoring, then merging, never loses a local line, and merging twice adds
 * nothing. Memory: one key per run of the destination. The per-test history under `metrics/tests/` is merged too
 * (see `mergeTestHistory`).
 */
export async function mergeMetrics(fromWorkspaceDir: string, toWorkspaceDir: string): Promise<MergeResult> {
  const result: MergeResult = { files: 0, added: 0, duplicates: 0, malformed: 0, tests: { added: 0, duplicates: 0, malformed: 0 } }
  const from = metricsDir(fromWorkspaceDir)
  const to = metricsDir(toWorkspaceDir)
  const runKey = (r: MetricRecord) => `${r.component}\u0000${r.run_id}`
  const local = new Set<string>()
  for (const { name } of await dayFiles(to)) {
    const path = join(to, name)
    if (!(await isFile(path))) continue
    for await (const line of lineIterator(path)) {
      const rec = line === null ? null : toMetricRecord(parseRecordObject(line))
      if (rec) local.add(runKey(rec))
    }
  }
  for (const { name } of await dayFiles(from)) {
    const src = join(from, name)
    if (!(await isFile(src))) continue
    result.files++
    const dest = join(to, name)
    await mkdir(to, { recursive: true })
    let batch: string[] = []
    for await (const line of lineIterator(src)) {
      if (line !== null && !line.trim()) continue
      const rec = line === null ? null : toMetricRecord(parseRecordObject(line))
      if (!rec) {
        result.malformed++
        continue
      }
      if (local.has(runKey(rec))) {
        result.duplicates++
        continue
      }
      batch.push(JSON.stringify(rec))
      result.added++
      if (batch.length >= 1000) {
        await appendWholeLines(dest, batch)
        batch = []
      }
    }
    await appendWholeLines(dest, batch)
  }
  result.tests = await mergeTestHistory(fromWorkspaceDir, toWorkspaceDir)
  return result
}

async function isFile(path: string): Promise<boolean> {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

export interface PruneResult {
  removedFiles: number
  removedEntries: number
}

/**
 * Drops what is older than `retentionDays` before `now`: whole day files past the cutoff, and the entries of the
 * file that straddles it (rewritten atomically; lines without a readable time go too). Other files are left alone.
 */
export async function pruneMetrics(workspaceDir: string, retentionDays: number, now: Date | number): Promise<PruneResult> {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) throw new RangeError(`retention days must be a positive number, got ${retentionDays}`)
  const cutoff = toMs(now) - retentionDays * DAY_MS
  const dir = metricsDir(workspaceDir)
  const result: PruneResult = { removedFiles: 0, removedEntries: 0 }
  for (const { name, day } of await dayFiles(dir)) {
    const path = join(dir, name)
    if (day + DAY_MS <= cutoff) {
      // Everything in it was appended before the cutoff.
      result.removedEntries += await countLines(path)
      await rm(path, { force: true })
      result.removedFiles++
    } else if (day < cutoff) {
      result.removedEntries += await rewriteKeeping(path, (rec) => {
        const t = rec ? Date.parse(String(rec.ended_at ?? rec.started_at)) : NaN
        return Number.isFinite(t) && t >= cutoff
      })
    }
  }
  return result
}

async function dayFiles(dir: string): Promise<Array<{ name: string; day: number }>> {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const out: Array<{ name: string; day: number }> = []
  for (const name of names) {
    const m = FILE_RE.exec(name)
    const day = m ? Date.parse(`${m[1]}T00:00:00Z`) : NaN
    if (Number.isFinite(day)) out.push({ name, day })
  }
  return out.sort((a, b) => a.day - b.day)
}

async function countLines(path: string): Promise<number> {
  let n = 0
  for await (const line of lineIterator(path)) if (line === null || line.trim()) n++
  return n
}

async function rewriteKeeping(path: string, keep: (rec: Record<string, unknown> | null) => boolean): Promise<number> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  const out = createWriteStream(tmp)
  let removed = 0
  try {
    for await (const line of lineIterator(path)) {
      if (line !== null && !line.trim()) continue
      if (line === null || !keep(parseRecordObject(line))) {
        removed++
        continue
      }
      if (!out.write(`${line}\n`)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'finish')
  } catch (error) {
    out.destroy()
    await rm(tmp, { force: true })
    throw error
  }
  if (removed === 0) {
    await rm(tmp, { force: true })
    return 0
  }
  await rename(tmp, path)
  return removed
}

/** Longest line read; a longer one is skipped (counted malformed) without being held in memory. */
export const MAX_LINE_BYTES = 64 * 1024

/**
 * A line as a plain object, or null. JSON.parse defines a `"__proto__"` key as an own property (never the
 * prototype); readers then take only named fields, and `toMetricRecord` skips `__proto__`, `constructor` and
 * `prototype` wherever it copies keys — cheaper than a reviver on every value.
 */
function parseRecordObject(line: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(line)
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export interface ReadOptions {
  /** Only this component's records. */
  component?: string
  /** Only records that started within this many days before `now`. */
  sinceDays?: number
  now?: Date | number
}

export interface ReadStats {
  files: number
  lines: number
  /** Lines that were not a valid metrics record (bad JSON, wrong shape, over-long), skipped. */
  malformed: number
  /** The first of them: its day file and 1-based line, for the warning that names where to look. */
  first_malformed?: { file: string; line: number }
}

/**
 * Streams the valid records of every day file, oldest file first; `stats` counts what was read and skipped.
 * Memory stays bounded whatever the files hold.
 */
export async function* iterateMetrics(workspaceDir: string, opts: ReadOptions = {}, stats: ReadStats = { files: 0, lines: 0, malformed: 0 }): AsyncGenerator<MetricRecord> {
  const now = opts.now === undefined ? Date.now() : toMs(opts.now)
  const since = opts.sinceDays !== undefined && Number.isFinite(opts.sinceDays) ? now - opts.sinceDays * DAY_MS : -Infinity
  const dir = metricsDir(workspaceDir)
  for (const { name, day } of await dayFiles(dir)) {
    if (day + DAY_MS <= since) continue
    const path = join(dir, name)
    if (!(await isFile(path))) continue
    stats.files++
    // A small file (the usual case) whole, its lines read before not parsed again; a large one streamed.
    const whole = await readIfSmall(path)
    let lineNo = 0
    for await (const line of whole ? readLines(path, whole) : lineIterator(path)) {
      lineNo++
      if (typeof line === 'string' && !line.trim()) continue
      stats.lines++
      const rec = typeof line === 'string' ? toMetricRecord(parseRecordObject(line)) : line
      if (!rec) {
        stats.malformed++
        stats.first_malformed ??= { file: path, line: lineNo }
        continue
      }
      if (opts.component !== undefined && rec.component !== opts.component) continue
      if (Date.parse(rec.started_at) < since) continue
      yield rec
    }
  }
}

/**
 * What this process has read of each day file: its bytes up to a line feed, and each of those lines as read (a
 * record; null for a line that is not one; '' for a blank line). A day file grows by appends, run after run, so a
 * process that draws the dashboard again (the JS API, a long-lived host) finds most of a file read before: while the
 * file still begins with exactly these bytes, those lines read the same, and only what follows is parsed. Byte for
 * byte: a file edited or rewritten (pruned) is read afresh. The records are shared between reads: read-only.
 * Bounded: at most PARSED_CACHE_BYTES of files (then it starts afresh).
 */
const parsedFiles = new Map<string, { bytes: Buffer; lines: ReadonlyArray<MetricRecord | null | ''> }>()
let parsedBytes = 0
const PARSED_CACHE_BYTES = 4 * 1024 * 1024

/**
 * The lines of a day file read whole (`whole`), as `lineIterator` gives them, except that those read before come
 * read already: a record, null (malformed) or '' (blank). See `parsedFiles`.
 */
function* readLines(path: string, whole: Buffer): Generator<string | null | MetricRecord> {
  const known = parsedFiles.get(path)
  let from = 0
  const lines: Array<MetricRecord | null | ''> = []
  if (known && known.bytes.length <= whole.length && whole.compare(known.bytes, 0, known.bytes.length, 0, known.bytes.length) === 0) {
    from = known.bytes.length
    for (const line of known.lines) {
      lines.push(line)
      yield line
    }
  }
  let end = from
  for (let start = from; start < whole.length; ) {
    const nl = whole.indexOf(0x0a, start)
    const stop = nl === -1 ? whole.length : nl
    const cut = stop > start && whole[stop - 1] === 0x0d ? stop - 1 : stop
    const text = stop - start > MAX_LINE_BYTES ? null : whole.toString('utf8', start, cut)
    if (nl === -1) {
      // No line feed yet: the line may still grow; read now, not remembered.
      yield text
      break
    }
    const read = text === null ? null : !text.trim() ? '' : toMetricRecord(parseRecordObject(text))
    lines.push(read)
    yield read === '' ? text! : read
    start = end = nl + 1
  }
  if (known) parsedBytes -= known.bytes.length
  parsedFiles.delete(path)
  if (end > PARSED_CACHE_BYTES) return
  if (parsedBytes + end > PARSED_CACHE_BYTES) {
    parsedFiles.clear()
    parsedBytes = 0
  }
  parsedFiles.set(path, { bytes: whole.subarray(0, end), lines })
  parsedBytes += end
}

/** A day file up to this size is read in one call rather than streamed (the usual case: a run adds a few KiB). */
const WHOLE_FILE_BYTES = 1024 * 1024

/**
 * The lines of a file, streamed: memory stays within one chunk plus one line. An over-long line comes as null,
 * without being held in memory. A small file is read whole, with the same lines as streaming it gives.
 */
async function* lineIterator(path: string): AsyncGenerator<string | null> {
  const whole = await readIfSmall(path)
  if (whole) {
    let start = 0
    while (start < whole.length) {
      const nl = whole.indexOf(0x0a, start)
      const end = nl === -1 ? whole.length : nl
      const cut = end > start && whole[end - 1] === 0x0d ? end - 1 : end
      yield end - start > MAX_LINE_BYTES ? null : whole.toString('utf8', start, cut)
      start = end + 1
    }
    return
  }
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 })
  let parts: Buffer[] = []
  let size = 0
  let overflow = false
  const take = (): string | null => {
    let line: string | null = null
    if (!overflow) {
      line = Buffer.concat(parts, size).toString('utf8')
      if (line.endsWith('\r')) line = line.slice(0, -1)
    }
    parts = []
    size = 0
    overflow = false
    return line
  }
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0
    for (;;) {
      const nl = chunk.indexOf(0x0a, start)
      const end = nl === -1 ? chunk.length : nl
      if (!overflow && end > start) {
        if (size + (end - start) > MAX_LINE_BYTES) {
          overflow = true
          parts = []
          size = 0
        } else {
          parts.push(chunk.subarray(start, end))
          size += end - start
        }
      }
      if (nl === -1) break
      yield take()
      start = nl + 1
    }
  }
  if (overflow || size > 0) yield take()
}

/**
 * The file's bytes when it is a regular file of at most WHOLE_FILE_BYTES, else null (streamed instead). Synchronous
 * calls (open, fstat, read, close): each is one small local system call, where `fs/promises` makes each a trip
 * through the thread pool, and the dashboard reads every day file of the retention on every run.
 */
async function readIfSmall(path: string): Promise<Buffer | null> {
  // O_NONBLOCK: a FIFO under the name is not waited on here (it is not a regular file: streamed, as before).
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = fstatSync(fd)
    return info.isFile() && info.size <= WHOLE_FILE_BYTES ? readFileSync(fd) : null
  } finally {
    closeSync(fd)
  }
}
