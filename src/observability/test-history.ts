/**
 * Per-test history (issue 15): each test's outcome and duration per run, with the run's branch, SHA and the content
 * hash of each test file, kept under the metrics directory so it rides in the metrics cache entry.
 *
 * Layout, per component: `metrics/tests/<component>/index.txt` names the tests and files once, one record a line,
 * appended to as new tests come (see {@link readIndex}), and one file per run,
 * `runs/<YYYYMMDDTHHMMSSmmmZ>-<run key>.run`: a JSON header line, then binary records — per test file
 * `varint(file index delta) · byte(length) · hash bytes`, then per test `varint(test index delta) ·
 * varint(duration ms × 8 + outcome)`. A test of a steady suite costs about 3 bytes per run.
 *
 * Runs are the unit: a run file is written once (temporary file, then rename) and never changed; merging copies the
 * runs the destination lacks (renumbered to its index), so merging twice adds nothing. Bounds: at most
 * {@link MAX_TRACKED_TESTS} tests per run and in the index, at most {@link MAX_RUNS_PER_BRANCH} runs per branch and
 * {@link MAX_RUNS} in all; past them, the oldest runs go and the tests beyond the bound are not tracked (said).
 */
import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { METRICS_SUBDIR } from './record.js'
import { TestIds } from './test-ids.js'
import { readRegularFileSync, replaceFileSync } from '../context/fs.js'

const metricsDir = (workspaceDir: string) => join(workspaceDir, METRICS_SUBDIR)

/**
 * The history's files are read and written with synchronous calls: open, fstat, read, write, close, readdir, mkdir
 * and rename are each one small local system call, where `fs/promises` makes each a trip through libuv's thread
 * pool (a run reads its index and up to {@link MAX_RUNS_PER_BRANCH} run files, one after another, then writes its
 * own). Errors are thrown as the promise API rejects with them. A history file is read only when it is a regular
 * file (readRegularFileSync): a FIFO planted under the name (e.g. restored from a cache) is refused, not waited on.
 */

/** Subdirectory of the metrics directory. */
export const TESTS_SUBDIR = 'tests'
/** Most tests recorded per run, and named in a component's index. */
export const MAX_TRACKED_TESTS = 100_000
/** Most runs kept per branch, and in all, per component (the oldest go first). */
export const MAX_RUNS_PER_BRANCH = 30
export const MAX_RUNS = 120
const FORMAT_VERSION = 1
const DAY_MS = 86_400_000

export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped' | 'flaky'
export const OUTCOMES: readonly TestOutcome[] = ['passed', 'failed', 'error', 'skipped', 'flaky']
const OUTCOME_CODE: Record<TestOutcome, number> = { passed: 0, failed: 1, error: 2, skipped: 3, flaky: 4 }

/** What is known of a run besides its tests. */
export interface TestRunMeta {
  /** Unique per run (the report's run directory name, or GITHUB_RUN_ID-attempt plus a nonce). */
  key: string
  /** GITHUB_RUN_ID when in Actions, else the key. */
  run_id: string
  attempt: number
  branch: string
  sha?: string
  /**
   * A fingerprint of the work tree's uncommitted changes when the run judged more than its commit (see
   * workTreeChanges); absent for a clean tree. Runs of one sha are of the same code only when this is equal too.
   */
  changes?: string
  /** ISO time of the run. */
  at: string
  component: string
  /** Tests of the report past {@link MAX_TRACKED_TESTS}, not recorded. */
  untracked?: number
}

/** One test's result in one run, as callers build it. */
export interface TestResult {
  id: string
  file?: string
  outcome: TestOutcome
  duration_ms?: number
  /** Its position in the history's index, once {@link numberTests} gave it one. */
  index?: number
}

/** A run read back: tests as indexes into the history's `tests`. */
export interface StoredRun {
  meta: TestRunMeta
  /** Index of each test (ascending). */
  tests: Uint32Array
  outcomes: Uint8Array
  durations: Uint32Array
  /** File index → content hash (hex) of the files its tests live in. */
  fileHashes: Map<number, string>
}

export interface TestHistory {
  /** Test ids (numbered as the run files number them) and their file index (-1 none). */
  tests: TestIds
  testFiles: Int32Array | number[]
  files: string[]
  /** Oldest first. */
  runs: StoredRun[]
  /** Unreadable run files skipped (1 when the index itself cannot be read: then no run is). */
  malformed: number
  /** The first of them (or the index), and why: for the warning that names it. */
  unreadable?: { file: string; reason: string; index?: boolean }
  /** The index as read, handed to {@link appendTestRun} so it is read once per run. */
  index?: HistoryIndex
  /**
   * The branch of each run file read (by file name), as {@link pruneTestHistory} reads it from the file's first
   * line: handed to it so that it need not open each file again.
   */
  branches?: Map<string, string>
}

/** The index of a component's history as read (opaque outside this module). */
export type HistoryIndex = Index

export function testHistoryDir(workspaceDir: string, component: string): string {
  return join(metricsDir(workspaceDir), TESTS_SUBDIR, component)
}

export function outcomeName(code: number): TestOutcome {
  return OUTCOMES[code] ?? 'skipped'
}

// ---------------------------------------------------------------------------------------------------------------
// A run's tests, by column

/**
 * One run's tests as columns (no object per test): what the JUnit collector builds while the report is read, and
 * what {@link appendTestRun} and the classification take. {@link runTestsOf} turns a list of results into one.
 */
export interface RunTests {
  readonly size: number
  /** The tests' ids, in position order (no id twice). */
  readonly ids: TestIds
  /** Outcome code per test (see {@link OUTCOMES}). */
  readonly outcomes: Uint8Array
  /** Milliseconds per test. */
  readonly durations: Float64Array
  /** Per test, its file's position in `fileNames`; -1 when unknown. */
  readonly files: Int32Array
  readonly fileNames: string[]
  /** Position → number in the history's index ({@link numberTests}); -1: past the bound, not tracked. */
  index?: Int32Array
  /** The index `index` numbers against. */
  numberedBy?: HistoryIndex
}

export function isRunTests(x: unknown): x is RunTests {
  return typeof x === 'object' && x !== null && (x as RunTests).outcomes instanceof Uint8Array && (x as RunTests).ids instanceof TestIds
}

/** Columns of a list of results (a repeated id keeps its first result). */
export function runTestsOf(results: Iterable<TestResult> | RunTests): RunTests {
  if (isRunTests(results)) return results
  const list = Array.isArray(results) ? (results as TestResult[]) : [...results]
  const ids = new TestIds()
  const outcomes = new Uint8Array(list.length)
  const durations = new Float64Array(list.length)
  const files = new Int32Array(list.length)
  const fileNames: string[] = []
  const byFile = new Map<string, number>()
  for (const r of list) {
    const k = ids.size
    if (ids.addString(r.id) !== k) continue
    outcomes[k] = OUTCOME_CODE[r.outcome]
    durations[k] = r.duration_ms ?? 0
    let f = -1
    if (r.file) {
      f = byFile.get(r.file) ?? -1
      if (f < 0) {
        f = fileNames.length
        fileNames.push(r.file)
        byFile.set(r.file, f)
      }
    }
    files[k] = f
  }
  return { size: ids.size, ids, outcomes, durations, files, fileNames }
}

// ---------------------------------------------------------------------------------------------------------------
// Index

/** The index file: a first line naming the format, then one record a line, appended to as tests come. */
const INDEX_FILE = 'index.txt'
const INDEX_MAGIC = 'spec-to-production test index v2'

interface Index {
  /** Changed since read (or last written). */
  dirty?: boolean
  tests: TestIds
  testFiles: number[]
  files: string[]
  byFile: Map<string, number>
  /** Tests and files already in the file on disk; the rest are appended by {@link writeIndex}. */
  savedTests: number
  savedFiles: number
  /** Tests of the file on disk whose file became known since: `[test, file]`, appended as `s` records. */
  setFiles: number[]
  /** The file must be written whole (absent, torn or compacted). */
  rewrite: boolean
}

function setTestFile(index: Index, test: number, file: number): void {
  index.testFiles[test] = file
  if (test < index.savedTests) index.setFiles.push(test, file)
  index.dirty = true
}

/**
 * Numbers this run's tests in the index as read: each test the index names is looked up in the run's ids (by its
 * bytes and the hash kept with them), and the rest are appended. A test past the bound is numbered -1.
 */
export function numberTests(history: TestHistory, run: RunTests): void {
  const index = history.index
  if (!index) return
  // Read once: `size` is a getter on the collector, and the run's table gains no entry here.
  const size = run.size
  const numbers = new Int32Array(size).fill(-1)
  // The run's file numbers → the index's, each file looked up once, when a test first needs it (files are numbered
  // in the index in that order).
  const fileMap = new Int32Array(run.fileNames.length).fill(-2)
  const runFiles = run.files
  const tests = index.tests
  if (tests.size === 0) {
    // A first run: the index is this run's ids, in its order — the run's own table when it holds no more than the
    // index may (neither gains an entry after this: every test of the run is numbered), else a copy of its start.
    // The tests past the bound stay -1: the index is full.
    const n = Math.min(size, MAX_TRACKED_TESTS)
    index.tests = n === size ? run.ids : run.ids.clone(n)
    const testFiles = new Array<number>(n)
    for (let k = 0; k < n; k++) {
      numbers[k] = k
      const rf = runFiles[k]
      let f = -1
      if (rf >= 0) {
        f = fileMap[rf]
        if (f === -2) f = fileMap[rf] = fileIndex(index, run.fileNames[rf])
      }
      testFiles[k] = f
    }
    index.testFiles = testFiles
    if (n > 0) index.dirty = true
  } else {
    let numbered = 0
    if (size > 0) {
      for (let i = 0; i < tests.size; i++) {
        const k = run.ids.findIn(tests, i)
        if (k >= 0 && numbers[k] < 0) {
          numbers[k] = i
          numbered++
          const rf = runFiles[k]
          if (rf >= 0 && index.testFiles[i] < 0) {
            let f = fileMap[rf]
            if (f === -2) f = fileMap[rf] = fileIndex(index, run.fileNames[rf])
            setTestFile(index, i, f)
          }
        }
      }
    }
    // The run's new tests, appended (none when every test was found: the pass is skipped).
    for (let k = 0; numbered < size && k < size; k++) {
      if (numbers[k] >= 0 || index.tests.size >= MAX_TRACKED_TESTS) continue
      numbers[k] = index.tests.appendFrom(run.ids, k)
      const rf = runFiles[k]
      let f = -1
      if (rf >= 0) {
        f = fileMap[rf]
        if (f === -2) f = fileMap[rf] = fileIndex(index, run.fileNames[rf])
      }
      index.testFiles.push(f)
      index.dirty = true
    }
  }
  run.index = numbers
  run.numberedBy = index
}

function emptyIndex(): Index {
  return { tests: new TestIds(), testFiles: [], files: [], byFile: new Map(), savedTests: 0, savedFiles: 0, setFiles: [], rewrite: true }
}

const QUOTED = /^"|[\n\r]/

/** A record's text field: as is, or JSON when it holds a line break or starts with a quote. */
function field(s: string): string {
  return QUOTED.test(s) ? JSON.stringify(s) : s
}

/**
 * Reads `index.txt`: after its first line, `f<TAB>path` declares the next file, `t<TAB>id` the next test, and
 * `s<TAB>first<TAB>files` gives tests first, first + 1, … their files: a comma-separated list of file numbers, each
 * optionally `×count` (`3x40`: 40 tests in file 3), empty for unknown. A field that holds a line break or begins
 * with a quote is written as a JSON string. A torn last line (no line break) is left out, and the next write
 * rewrites the file whole.
 */
async function readIndex(dir: string): Promise<Index> {
  const path = join(dir, INDEX_FILE)
  let buf: Buffer
  try {
    buf = readRegularFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyIndex()
    throw error
  }
  const magic = Buffer.from(`${INDEX_MAGIC}\n`)
  if (buf.length < magic.length || buf.compare(magic, 0, magic.length, 0, magic.length) !== 0) throw new Error(`${path}: not a test history index`)
  const index = emptyIndex()
  index.rewrite = false
  // Test ids stay bytes: copied into the table, one string each is never made.
  index.tests = new TestIds(buf.length)
  const bad = (n: number, why: string) => new Error(`${path}:${n + 1}: ${why}`)
  const text = (from: number, to: number, n: number) => (buf[from] === 0x22 ? unquote(buf.toString('utf8', from, to), () => bad(n, 'a quoted field is not a JSON string')) : buf.toString('utf8', from, to))
  for (let pos = magic.length, n = 1, end: number; pos < buf.length; pos = end + 1, n++) {
    // Most records name a test, plainly: its line found, copied and hashed in one pass over its bytes.
    if (buf[pos] === 0x74 && buf[pos + 1] === 0x09 && buf[pos + 2] !== 0x22 && index.tests.size < MAX_TRACKED_TESTS * 2) {
      end = index.tests.appendLine(buf, pos + 2)
      if (end < 0) {
        index.rewrite = true
        break
      }
      index.testFiles.push(-1)
      continue
    }
    end = buf.indexOf(0x0a, pos)
    // A torn last record (no line break): left out, and the next write rewrites the file whole.
    if (end < 0) {
      index.rewrite = true
      break
    }
    const kind = buf[pos]
    if (end - pos < 2 || buf[pos + 1] !== 0x09) throw bad(n, 'not a record')
    if (kind === 0x74) {
      if (index.tests.size >= MAX_TRACKED_TESTS * 2) throw new Error(`${path}: more than ${MAX_TRACKED_TESTS * 2} tests`)
      if (buf[pos + 2] === 0x22) index.tests.appendString(text(pos + 2, end, n))
      else index.tests.append(buf, pos + 2, end)
      index.testFiles.push(-1)
    } else if (kind === 0x66) {
      const file = text(pos + 2, end, n)
      index.byFile.set(file, index.files.length)
      index.files.push(file)
    } else if (kind === 0x73) {
      const line = buf.toString('utf8', pos, end)
      const tab = line.indexOf('\t', 2)
      let t = tab < 0 ? NaN : Number(line.slice(2, tab))
      if (!Number.isInteger(t) || t < 0) throw bad(n, 'not a record')
      for (const item of line.slice(tab + 1).split(',')) {
        const x = item.indexOf('x')
        const file = item === '' || x === 0 ? -1 : Number(x < 0 ? item : item.slice(0, x))
        const count = x < 0 ? 1 : Number(item.slice(x + 1))
        if (!Number.isInteger(file) || file >= index.files.length || !Number.isInteger(count) || count < 1 || t + count > index.tests.size) throw bad(n, 'no such test or file')
        if (file >= 0) for (const end = t + count; t < end; t++) index.testFiles[t] = file
        else t += count
      }
    } else throw bad(n, 'unknown record')
  }
  index.savedTests = index.tests.size
  index.savedFiles = index.files.length
  return index
}

function unquote(s: string, error: () => Error): string {
  try {
    const v = JSON.parse(s) as unknown
    if (typeof v === 'string') return v
  } catch {
    // Said below.
  }
  throw error()
}

/** The `s` record of tests `from`… (to the end): their files, runs of one file as `file×count`. */
function fileRecord(index: Index, from: number, parts: string[]): void {
  const files = index.testFiles
  if (from >= files.length) return
  const items: string[] = []
  for (let t = from; t < files.length; ) {
    const f = files[t]
    let end = t + 1
    while (end < files.length && files[end] === f) end++
    const file = f < 0 ? '' : String(f)
    items.push(end - t === 1 ? file : `${file}x${end - t}`)
    t = end
  }
  parts.push(`s\t${from}\t${items.join(',')}\n`)
}

/** Writes what the file on disk lacks: appended records, or the whole file (temporary file, then rename). */
async function writeIndex(dir: string, index: Index): Promise<void> {
  const path = join(dir, INDEX_FILE)
  const whole = index.rewrite
  const from = whole ? 0 : index.savedTests
  const head: string[] = whole ? [`${INDEX_MAGIC}\n`] : []
  for (let f = whole ? 0 : index.savedFiles; f < index.files.length; f++) head.push(`f\t${field(index.files[f])}\n`)
  // The ids straight from their bytes, each quoted only when it must be.
  const ids = index.tests.lines(from, 't\t')
  const tail: string[] = []
  if (!whole) for (let k = 0; k < index.setFiles.length; k += 2) tail.push(`s\t${index.setFiles[k]}\t${index.setFiles[k + 1]}\n`)
  fileRecord(index, from, tail)
  const parts = [Buffer.from(head.join('')), ids, Buffer.from(tail.join(''))]
  // Written as its parts: the ids' buffer (megabytes for a large suite) is not copied once more.
  if (whole) await writeAtomic(path, parts)
  // O_NOFOLLOW: never appended through a symbolic link to a file outside the workspace.
  else appendNoFollow(path, Buffer.concat(parts))
  index.savedTests = index.tests.size
  index.savedFiles = index.files.length
  index.setFiles = []
  index.rewrite = false
  index.dirty = false
}

function fileIndex(index: Index, path: string): number {
  let i = index.byFile.get(path)
  if (i === undefined) {
    i = index.files.length
    index.files.push(path)
    index.byFile.set(path, i)
    index.dirty = true
  }
  return i
}

/** The index of entry `k` of `ids` in an index as read, added when new (null when the index is full). */
export function indexTest(index: HistoryIndex, ids: TestIds, k: number, file: string | undefined): number | null {
  return testIndex(index, ids, k, file)
}

/** The index of entry `k` of `ids`, added when new (null when the index is full). */
function testIndex(index: Index, ids: TestIds, k: number, file: string | undefined): number | null {
  let i = index.tests.findIn(ids, k)
  if (i < 0) {
    if (index.tests.size >= MAX_TRACKED_TESTS) return null
    i = index.tests.appendFrom(ids, k)
    index.testFiles.push(file ? fileIndex(index, file) : -1)
    index.dirty = true
  } else if (file && index.testFiles[i] < 0) {
    setTestFile(index, i, fileIndex(index, file))
  }
  return i
}

// ---------------------------------------------------------------------------------------------------------------
// Run files

class Writer {
  private buf = Buffer.allocUnsafe(1 << 16)
  private len = 0
  private room(n: number) {
    if (this.len + n <= this.buf.length) return
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n))
    this.buf.copy(next, 0, 0, this.len)
    this.buf = next
  }
  varint(v: number) {
    this.room(10)
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    this.buf[this.len++] = v
  }
  bytes(b: Buffer) {
    this.room(b.length)
    b.copy(this.buf, this.len)
    this.len += b.length
  }
  done(): Buffer {
    return this.buf.subarray(0, this.len)
  }
}

class Reader {
  pos: number
  constructor(
    private buf: Buffer,
    start: number
  ) {
    this.pos = start
  }
  varint(): number {
    let v = 0
    let mul = 1
    for (;;) {
      if (this.pos >= this.buf.length) throw new RangeError('truncated')
      const b = this.buf[this.pos++]
      v += (b & 0x7f) * mul
      if (b < 0x80) return v
      mul *= 0x80
      if (mul > 2 ** 49) throw new RangeError('varint too long')
    }
  }
  bytes(n: number): Buffer {
    if (this.pos + n > this.buf.length) throw new RangeError('truncated')
    const b = this.buf.subarray(this.pos, this.pos + n)
    this.pos += n
    return b
  }
}

interface EncodableRun {
  meta: TestRunMeta
  /** Test indexes (any order, no repeats), with each one's outcome code and duration in ms. */
  tests: ArrayLike<number>
  outcomes: ArrayLike<number>
  durations: ArrayLike<number>
  fileHashes: Map<number, string>
}

/** Positions of `tests` in ascending order of test index (the identity when already sorted). */
function ascending(tests: ArrayLike<number>): ArrayLike<number> | null {
  for (let k = 1; k < tests.length; k++) {
    if (tests[k] <= tests[k - 1]) {
      const order = Uint32Array.from({ length: tests.length }, (_, i) => i)
      return order.sort((a, b) => tests[a] - tests[b])
    }
  }
  return null
}

/**
 * A run file's bytes. Tests in ascending order without repeats (what the callers hand almost always) are encoded in
 * one pass over them into a buffer sized for the worst case (no growth checks, no call per test); otherwise
 * {@link encodeRunSorting} sorts them first and keeps each test's first result.
 */
export function encodeRun(run: EncodableRun): Buffer {
  const tests = run.tests
  const outcomes = run.outcomes
  const durations = run.durations
  const n = tests.length
  const files = [...run.fileHashes].sort((a, b) => a[0] - b[0])
  // Ascending without repeats: as many unique tests as tests, said in the header before the tests are seen.
  const head = runHead(run.meta, files, n)
  // Per test at most 5 bytes of index delta (< 2^32) and 5 of ms × 8 + outcome (< 2^35).
  const out = Buffer.allocUnsafe(head.length + n * 10)
  head.copy(out, 0)
  let p = head.length
  let prev = -1
  const clamped = durations instanceof Uint32Array
  for (let k = 0; k < n; k++) {
    const test = tests[k]
    if (test <= prev) return encodeRunSorting(run, files)
    let v = test - prev - 1
    prev = test
    while (v >= 0x80) {
      out[p++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    out[p++] = v
    const d = durations[k]
    v = (clamped ? d : Math.min(Math.max(0, Math.round(d)), 2 ** 32 - 1)) * 8 + outcomes[k]
    while (v >= 0x80) {
      out[p++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    out[p++] = v
  }
  return out.subarray(0, p)
}

/** The header line and the file hashes of a run file. */
function runHead(meta: TestRunMeta, files: Array<[number, string]>, tests: number): Buffer {
  const header = JSON.stringify({ v: FORMAT_VERSION, ...meta, files: files.length, tests })
  const w = new Writer()
  w.bytes(Buffer.from(`${header}\n`))
  let prev = -1
  for (const [file, hash] of files) {
    w.varint(file - prev - 1)
    prev = file
    const raw = /^[0-9a-f]*$/.test(hash) && hash.length % 2 === 0 ? Buffer.from(hash, 'hex').subarray(0, 32) : Buffer.alloc(0)
    w.varint(raw.length)
    w.bytes(raw)
  }
  return w.done()
}

/** {@link encodeRun} of tests in any order, possibly repeated: sorted by test index, each test's first result kept. */
function encodeRunSorting(run: EncodableRun, files: Array<[number, string]>): Buffer {
  const order = ascending(run.tests)
  const n = run.tests.length
  const at = (j: number) => (order === null ? j : order[j])
  // A test given twice is recorded once (its first result).
  let unique = 0
  for (let j = 0, prev = -1; j < n; j++) {
    const test = run.tests[at(j)]
    if (test !== prev) unique++
    prev = test
  }
  const w = new Writer()
  w.bytes(runHead(run.meta, files, unique))
  let prev = -1
  for (let j = 0; j < n; j++) {
    const k = at(j)
    const test = run.tests[k]
    if (test === prev) continue
    w.varint(test - prev - 1)
    prev = test
    const ms = Math.min(Math.max(0, Math.round(run.durations[k])), 2 ** 32 - 1)
    w.varint(ms * 8 + run.outcomes[k])
  }
  return w.done()
}

function decodeRun(buf: Buffer, testCount: number): StoredRun {
  const nl = buf.indexOf(0x0a)
  if (nl < 0) throw new RangeError('no header')
  const h = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Record<string, unknown>
  const meta = toMeta(h)
  if (!meta || h.v !== FORMAT_VERSION) throw new RangeError('bad header')
  const nFiles = Number(h.files)
  const nTests = Number(h.tests)
  if (!Number.isInteger(nFiles) || !Number.isInteger(nTests) || nTests < 0 || nFiles < 0 || nTests > MAX_TRACKED_TESTS) throw new RangeError('bad counts')
  const r = new Reader(buf, nl + 1)
  const fileHashes = new Map<number, string>()
  let prev = -1
  for (let i = 0; i < nFiles; i++) {
    const file = prev + 1 + r.varint()
    prev = file
    const len = r.varint()
    if (len > 32) throw new RangeError('bad hash')
    fileHashes.set(file, r.bytes(len).toString('hex'))
  }
  const tests = new Uint32Array(nTests)
  const outcomes = new Uint8Array(nTests)
  const durations = new Uint32Array(nTests)
  prev = -1
  // Reader#varint inline (the same checks): two varints per test, no call for either.
  let pos = r.pos
  const len = buf.length
  for (let i = 0; i < nTests; i++) {
    let d = 0
    for (let mul = 1; ; ) {
      if (pos >= len) throw new RangeError('truncated')
      const b = buf[pos++]
      d += (b & 0x7f) * mul
      if (b < 0x80) break
      mul *= 0x80
      if (mul > 2 ** 49) throw new RangeError('varint too long')
    }
    const test = prev + 1 + d
    if (test >= testCount) throw new RangeError('test index out of range')
    prev = test
    let v = 0
    for (let mul = 1; ; ) {
      if (pos >= len) throw new RangeError('truncated')
      const b = buf[pos++]
      v += (b & 0x7f) * mul
      if (b < 0x80) break
      mul *= 0x80
      if (mul > 2 ** 49) throw new RangeError('varint too long')
    }
    tests[i] = test
    outcomes[i] = v % 8
    durations[i] = Math.floor(v / 8)
    if (outcomes[i] > 4) throw new RangeError('bad outcome')
  }
  return { meta, tests, outcomes, durations, fileHashes }
}

function toMeta(h: Record<string, unknown>): TestRunMeta | null {
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 500 ? v : undefined)
  const key = str(h.key)
  const at = str(h.at)
  if (!key || !at || !Number.isFinite(Date.parse(at))) return null
  return {
    key,
    run_id: str(h.run_id) ?? key,
    attempt: Number.isInteger(h.attempt) ? (h.attempt as number) : 1,
    branch: str(h.branch) ?? '',
    ...(str(h.sha) ? { sha: str(h.sha) } : {}),
    ...(str(h.changes) ? { changes: str(h.changes) } : {}),
    at,
    component: str(h.component) ?? '',
    ...(Number.isInteger(h.untracked) && (h.untracked as number) > 0 ? { untracked: h.untracked as number } : {})
  }
}

/** `20261206T050433123Z-<key>.run`, the key reduced to safe characters (and hashed when long). */
function runFileName(meta: TestRunMeta): string {
  const stamp = new Date(Date.parse(meta.at)).toISOString().replace(/[-:.]/g, '')
  let key = meta.key.replace(/[^A-Za-z0-9_.-]/g, '_')
  if (key.length > 80) key = createHash('sha256').update(meta.key).digest('hex').slice(0, 32)
  return `${stamp}-${key}.run`
}

const RUN_FILE_RE = /^(\d{8}T\d{9}Z)-[A-Za-z0-9_.-]+\.run$/

function stampTime(name: string): number {
  const m = RUN_FILE_RE.exec(name)
  if (!m) return NaN
  const s = m[1]
  return Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`)
}

async function runFiles(dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = readdirSync(join(dir, 'runs'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  // The stamp sorts as time does.
  return names.filter((n) => RUN_FILE_RE.test(n)).sort()
}

/** Appends to the file, never through a symbolic link at its path (ELOOP): that would write outside the workspace. */
function appendNoFollow(path: string, data: Buffer): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o644)
  try {
    writeFileSync(fd, data)
  } finally {
    closeSync(fd)
  }
}

async function writeAtomic(path: string, data: string | Buffer | Buffer[]): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    const fd = openSync(tmp, 'w')
    try {
      // Each part in turn, whole (the ids' buffer of a large suite is not copied into one).
      for (const part of Array.isArray(data) ? data : [data]) writeFileSync(fd, part)
    } finally {
      closeSync(fd)
    }
    replaceFileSync(tmp, path)
  } catch (error) {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // The error that matters is the write's.
    }
    throw error
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Public operations

export interface AppendResult {
  file: string
  bytes: number
  tests: number
  /** Tests not recorded: beyond the bound of this run or of the index. */
  untracked: number
}

/**
 * Records one run. `fileHashes` maps a test file (workspace-relative) to its content hash (hex). Tests past
 * {@link MAX_TRACKED_TESTS} (in the run or in the index, once the index is compacted to the retained runs) are
 * counted in `untracked`, not recorded. Appending the same run (same key and time) twice writes it once.
 */
export async function appendTestRun(
  workspaceDir: string,
  meta: TestRunMeta,
  results: Iterable<TestResult> | RunTests,
  fileHashes: ReadonlyMap<string, string>,
  opts: { history?: TestHistory } = {}
): Promise<AppendResult> {
  const dir = testHistoryDir(workspaceDir, meta.component)
  mkdirSync(join(dir, 'runs'), { recursive: true })
  const run = runTestsOf(results)
  // The index read with the history this run was classified against, unless another run changed it since.
  let index = opts.history?.index ?? (await readIndex(dir))
  // Numbered by numberTests against this very index: no lookup per test.
  const numbers = run.numberedBy === index ? run.index : undefined
  if (numbers === undefined) {
    let newIds = 0
    for (let k = 0, size = run.size; k < size; k++) if (index.tests.findIn(run.ids, k) < 0) newIds++
    if (index.tests.size + Math.min(newIds, MAX_TRACKED_TESTS) > MAX_TRACKED_TESTS) {
      // Room for this run's tests: keep only the tests the retained runs name.
      index = await compact(dir, index)
    }
  }
  const n = Math.min(run.size, MAX_TRACKED_TESTS)
  const tests = new Uint32Array(n)
  const outcomes = new Uint8Array(n)
  const durations = new Uint32Array(n)
  const hashes = new Map<number, string>()
  let count = 0
  let untracked = meta.untracked ?? 0
  // Per file of the index, whether its hash was looked up; new files (of tests added here) get a larger array.
  let hashed = new Uint8Array(index.files.length + run.fileNames.length)
  // Read once (a getter on the collector); looking up or adding entry k of the run's table never grows that table.
  for (let k = 0, size = run.size; k < size; k++) {
    let i: number | null
    if (count >= MAX_TRACKED_TESTS) i = null
    else if (numbers !== undefined) i = numbers[k] < 0 ? null : numbers[k]
    else i = testIndex(index, run.ids, k, run.files[k] >= 0 ? run.fileNames[run.files[k]] : undefined)
    if (i === null) {
      untracked++
      continue
    }
    if (index.files.length > hashed.length) {
      const more = new Uint8Array(index.files.length * 2)
      more.set(hashed)
      hashed = more
    }
    tests[count] = i
    outcomes[count] = run.outcomes[k]
    durations[count] = Math.min(Math.max(0, Math.round(run.durations[k])), 2 ** 32 - 1)
    count++
    const f = index.testFiles[i]
    if (f >= 0 && hashed[f] === 0) {
      hashed[f] = 1
      const hash = fileHashes.get(index.files[f])
      if (hash) hashes.set(f, hash)
    }
  }
  const stored: TestRunMeta = { ...meta, ...(untracked > 0 ? { untracked } : {}) }
  if (untracked === 0) delete stored.untracked
  const data = encodeRun({ meta: stored, tests: tests.subarray(0, count), outcomes, durations, fileHashes: hashes })
  if (index.dirty || index.rewrite) await writeIndex(dir, index)
  const file = join(dir, 'runs', runFileName(meta))
  await writeAtomic(file, data)
  return { file, bytes: data.length, tests: count, untracked }
}

/** Rewrites the index with only the tests the run files name, and the run files with the new numbers. */
async function compact(dir: string, index: Index): Promise<Index> {
  const names = await runFiles(dir)
  const next = emptyIndex()
  const runs: Array<{ name: string; run: StoredRun }> = []
  for (const name of names) {
    try {
      runs.push({ name, run: decodeRun(readRegularFileSync(join(dir, 'runs', name)), index.tests.size) })
    } catch {
      rmSync(join(dir, 'runs', name), { force: true })
    }
  }
  const rewritten = runs.map(({ name, run }) => ({ name, data: reencode(run, index, next) }))
  next.rewrite = true
  await writeIndex(dir, next)
  for (const { name, data } of rewritten) await writeAtomic(join(dir, 'runs', name), data)
  return next
}

/** A run read against `from`'s numbering, encoded against `to`'s (tests added to `to` as needed). */
function reencode(run: StoredRun, from: { tests: TestIds; testFiles: ArrayLike<number>; files: string[] }, to: Index): Buffer {
  const tests: number[] = []
  const outcomes: number[] = []
  const durations: number[] = []
  const hashes = new Map<number, string>()
  for (let k = 0; k < run.tests.length; k++) {
    const t = run.tests[k]
    const f = from.testFiles[t]
    const file = f >= 0 ? from.files[f] : undefined
    const i = testIndex(to, from.tests, t, file)
    if (i === null) continue
    tests.push(i)
    outcomes.push(run.outcomes[k])
    durations.push(run.durations[k])
    const h = f >= 0 ? run.fileHashes.get(f) : undefined
    if (h !== undefined && file !== undefined) hashes.set(fileIndex(to, file), h)
  }
  return encodeRun({ meta: run.meta, tests, outcomes, durations, fileHashes: hashes })
}

export interface ReadTestHistoryOptions {
  /** Only runs within this many days before `now`. */
  sinceDays?: number
  now?: Date | number
}

/** Reads a component's history, oldest run first; unreadable run files are skipped and counted. */
export async function readTestHistory(workspaceDir: string, component: string, opts: ReadTestHistoryOptions = {}): Promise<TestHistory> {
  const dir = testHistoryDir(workspaceDir, component)
  let index: Index
  try {
    index = await readIndex(dir)
  } catch (error) {
    const unreadable = { file: join(dir, INDEX_FILE), reason: (error as Error).message, index: true }
    return { tests: new TestIds(), testFiles: [], files: [], runs: [], malformed: 1, unreadable }
  }
  const now = opts.now === undefined ? Date.now() : typeof opts.now === 'number' ? opts.now : opts.now.getTime()
  const since = opts.sinceDays !== undefined ? now - opts.sinceDays * DAY_MS : -Infinity
  const runs: StoredRun[] = []
  const branches = new Map<string, string>()
  let malformed = 0
  let unreadable: TestHistory['unreadable']
  for (const name of await runFiles(dir)) {
    if (stampTime(name) < since) continue
    try {
      const buf = readRegularFileSync(join(dir, 'runs', name))
      branches.set(name, branchOf(buf))
      runs.push(decodeRun(buf, index.tests.size))
    } catch (error) {
      malformed++
      unreadable ??= { file: join(dir, 'runs', name), reason: (error as Error).message }
    }
  }
  return { tests: index.tests, testFiles: index.testFiles, files: index.files, runs, malformed, ...(unreadable ? { unreadable } : {}), index, branches }
}

/** What reading the history skipped, in words naming the file (relative to `from`) and why; none when nothing was. */
export function historyReadWarnings(history: Pick<TestHistory, 'malformed' | 'unreadable'>, from: string): string[] {
  if (!history.malformed) return []
  const bad = history.unreadable
  if (bad?.index) return [`test history: its index ${relative(from, bad.file)} cannot be read (${bad.reason}), so none of its runs was read`]
  return [`test history: ${history.malformed} unreadable run file(s) skipped${bad ? ` (the first: ${relative(from, bad.file)}: ${bad.reason})` : ''}`]
}

export interface TestPruneResult {
  removedRuns: number
}

/**
 * Drops the runs older than `retentionDays` before `now`, then the oldest past {@link MAX_RUNS_PER_BRANCH} of a
 * branch and past {@link MAX_RUNS} in all, for every component of the workspace.
 */
export async function pruneTestHistory(
  workspaceDir: string,
  retentionDays: number,
  now: Date | number,
  /**
   * The history of one component read by this run ({@link readTestHistory}): the branches of its run files are
   * taken from there. A run file is written once under a name of its own and never changed (compacting renumbers
   * its tests, its first line keeps the branch), so its name stands for its branch.
   */
  read?: { component: string; history: Pick<TestHistory, 'branches'> }
): Promise<TestPruneResult> {
  const cutoff = (typeof now === 'number' ? now : now.getTime()) - retentionDays * DAY_MS
  const root = join(metricsDir(workspaceDir), TESTS_SUBDIR)
  let components: string[]
  try {
    components = readdirSync(root)
  } catch {
    return { removedRuns: 0 }
  }
  let removedRuns = 0
  for (const component of components) {
    const dir = join(root, component)
    const names = await runFiles(dir)
    const keep: string[] = []
    for (const name of names) {
      if (stampTime(name) < cutoff) {
        rmSync(join(dir, 'runs', name), { force: true })
        removedRuns++
      } else keep.push(name)
    }
    if (keep.length <= MAX_RUNS_PER_BRANCH) continue
    // Per-branch bound: the branch is in the header line, read alone.
    const perBranch = new Map<string, number>()
    const drop = new Set<string>()
    const known = read?.component === component ? read.history.branches : undefined
    for (const name of [...keep].reverse()) {
      const branch = known?.get(name) ?? (await headerBranch(join(dir, 'runs', name)))
      const n = (perBranch.get(branch) ?? 0) + 1
      perBranch.set(branch, n)
      if (n > MAX_RUNS_PER_BRANCH) drop.add(name)
    }
    const left = keep.filter((n) => !drop.has(n))
    for (const name of left.slice(0, Math.max(0, left.length - MAX_RUNS))) drop.add(name)
    for (const name of drop) rmSync(join(dir, 'runs', name), { force: true })
    removedRuns += drop.size
  }
  return { removedRuns }
}

async function headerBranch(path: string): Promise<string> {
  // Synchronous calls, as readRegularFileSync (prune reads the header of each of a component's runs); an error opening
  // the file fails the prune, one reading it counts as no branch.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const buf = Buffer.alloc(HEADER_BYTES)
    const bytesRead = fstatSync(fd).isFile() ? readSync(fd, buf, 0, buf.length, 0) : 0
    return branchOf(buf.subarray(0, bytesRead))
  } catch {
    return ''
  } finally {
    closeSync(fd)
  }
}

/** Bytes of a run file's start where its branch is looked for (a longer first line counts as no branch). */
const HEADER_BYTES = 4096

/** The branch named by the first line of a run file's bytes (its first HEADER_BYTES); '' when none can be read. */
function branchOf(data: Buffer): string {
  const buf = data.subarray(0, HEADER_BYTES)
  const nl = buf.indexOf(0x0a)
  try {
    const h = JSON.parse(buf.subarray(0, nl < 0 ? buf.length : nl).toString('utf8')) as { branch?: unknown }
    return typeof h?.branch === 'string' ? h.branch : ''
  } catch {
    return ''
  }
}

export interface TestMergeResult {
  added: number
  duplicates: number
  malformed: number
}

/**
 * Merges the test history of another workspace directory into this one: runs the destination lacks (by file name:
 * time and run key) are renumbered to its index and written; merging twice adds nothing.
 */
export async function mergeTestHistory(fromWorkspaceDir: string, toWorkspaceDir: string): Promise<TestMergeResult> {
  const result: TestMergeResult = { added: 0, duplicates: 0, malformed: 0 }
  const fromRoot = join(metricsDir(fromWorkspaceDir), TESTS_SUBDIR)
  let components: string[]
  try {
    components = readdirSync(fromRoot)
  } catch {
    return result
  }
  for (const component of components) {
    const from = join(fromRoot, component)
    const names = await runFiles(from)
    if (names.length === 0) continue
    let fromIndex: Index
    try {
      fromIndex = await readIndex(from)
    } catch {
      result.malformed += names.length
      continue
    }
    const to = testHistoryDir(toWorkspaceDir, component)
    mkdirSync(join(to, 'runs'), { recursive: true })
    const have = new Set(await runFiles(to))
    const toIndex = await readIndex(to)
    const pending: Array<{ name: string; data: Buffer }> = []
    for (const name of names) {
      if (have.has(name)) {
        result.duplicates++
        continue
      }
      try {
        pending.push({ name, data: reencode(decodeRun(readRegularFileSync(join(from, 'runs', name)), fromIndex.tests.size), fromIndex, toIndex) })
      } catch {
        result.malformed++
      }
    }
    if (pending.length === 0) continue
    // The index first: a run file never names a test the index lacks.
    if (toIndex.dirty) await writeIndex(to, toIndex)
    for (const { name, data } of pending) await writeAtomic(join(to, 'runs', name), data)
    result.added += pending.length
  }
  return result
}
