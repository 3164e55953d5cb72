/**
 * This run's tests for the per-test history: the JUnit parser's test cases folded into one result per test id,
 * each test's file, and the content hash of each test file (git's blob id), so a flip between runs can be told
 * from a change to the test.
 */
import { execFile } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { JUnitCase } from '../reports/junit.js'
import { MAX_TRACKED_TESTS, outcomeName, type HistoryIndex, type RunTests, type TestResult } from './test-history.js'
import { TestIds } from './test-ids.js'
import { inheritedEnvironment } from '../exec/environment.js'
import { mayBeGit } from '../exec/git-location.js'
import { workingTreeContent } from '../reports/read.js'
import { indexListing } from '../exec/git-index.js'

const run = promisify(execFile)

/** Rank of each outcome code (passed, failed, error, skipped, flaky) when repeats of one id settle. */
const RANK = [1, 3, 4, 0, 2]
const PASSED = 0
const FAILED = 1
const ERROR = 2
const FLAKY = 4
const CODE: Record<JUnitCase['outcome'], number> = { passed: 0, failed: 1, error: 2, skipped: 3 }

/**
 * Numbers names (test files, suites) in order of first appearance. The parser hands the same string for the cases
 * of one file or suite, so the last name is compared first, with no hashing.
 */
class Names {
  readonly names: string[] = []
  private readonly at = new Map<string, number>()
  private last: string | undefined
  private lastAt = -1

  of(name: string | undefined): number {
    if (name === undefined) return -1
    if (name === this.last) return this.lastAt
    let at = this.at.get(name)
    if (at === undefined) {
      at = this.names.length
      this.names.push(name)
      this.at.set(name, at)
    }
    this.last = name
    this.lastAt = at
    return at
  }
}

/**
 * Folds the test cases of one report into one result per id, for at most {@link MAX_TRACKED_TESTS} ids (the
 * others are counted in `untracked`). Repeats of an id: failed then passed is flaky when the parser read it as a rerun, flaky then failed is
 * failed again, otherwise the graver outcome wins; durations add up. Kept as columns (the {@link RunTests} it is):
 * the id's bytes as the parser hands them, copied into one table; nothing allocated per case but a file or suite
 * name once.
 */
export class TestCaseCollector implements RunTests {
  readonly ids: TestIds
  outcomes: Uint8Array
  durations: Float64Array
  files: Int32Array
  private readonly fileNumbers = new Names()
  readonly fileNames: string[] = this.fileNumbers.names
  /** Per test, its suite's position in `suiteNames` (-1 none): where a test without a file may live. */
  suites: Int32Array
  private readonly suiteNumbers = new Names()
  readonly suiteNames: string[] = this.suiteNumbers.names
  index?: Int32Array
  numberedBy?: HistoryIndex
  untracked = 0

  /**
   * @param reportBytes the size of the JUnit report, when known: the tables are sized for the test cases it can hold
   *   (a JUnit test case takes 64 bytes or more), up to the tracked maximum, so they do not grow case by case.
   */
  constructor(reportBytes = 0) {
    const n = Math.max(1024, Math.min(MAX_TRACKED_TESTS, Math.ceil(reportBytes / 64)))
    this.ids = new TestIds(n * 32, n)
    this.outcomes = new Uint8Array(n)
    this.durations = new Float64Array(n)
    this.files = new Int32Array(n)
    this.suites = new Int32Array(n)
  }

  readonly onCase = (c: JUnitCase): void => {
    const outcome = c.flaky ? FLAKY : CODE[c.outcome]
    const ms = c.duration_ms ?? 0
    const at = this.ids.size
    const k = c.idBytes !== undefined ? this.ids.add(c.idBytes, 0, c.idLength ?? 0, MAX_TRACKED_TESTS) : this.ids.addString(c.id, MAX_TRACKED_TESTS)
    if (k < 0) {
      this.untracked++
      return
    }
    if (k === at) {
      if (at === this.outcomes.length) this.grow()
      this.outcomes[at] = outcome
      this.durations[at] = ms
      this.files[at] = this.fileNumbers.of(c.file)
      this.suites[at] = this.suiteNumbers.of(c.suite)
      return
    }
    this.durations[k] += ms
    const seen = this.outcomes[k]
    // Only a rerun the parser folded makes a failure then a pass flaky; another test sharing the id (tap-junit's
    // assertions that share a message, pytest's cases) leaves the graver outcome.
    if ((seen === FAILED || seen === ERROR) && outcome === PASSED) this.outcomes[k] = c.rerun ? FLAKY : seen
    else if (seen === FLAKY && (outcome === FAILED || outcome === ERROR)) this.outcomes[k] = outcome
    else if (RANK[outcome] > RANK[seen]) this.outcomes[k] = outcome
  }

  private grow(): void {
    const n = this.outcomes.length * 2
    const grown = <T extends Uint8Array | Float64Array | Int32Array>(a: T, b: T): T => (b.set(a), b)
    this.outcomes = grown(this.outcomes, new Uint8Array(n))
    this.durations = grown(this.durations, new Float64Array(n))
    this.files = grown(this.files, new Int32Array(n))
    this.suites = grown(this.suites, new Int32Array(n))
  }

  /** Marks tests that failed in an earlier attempt of the command and passed in this one. */
  markFlaky(ids: Iterable<string>): void {
    for (const id of ids) {
      const k = this.ids.findString(id)
      if (k >= 0 && this.outcomes[k] === PASSED) this.outcomes[k] = FLAKY
    }
  }

  get size(): number {
    return this.ids.size
  }

  /** The results as objects (for reading them in tests and tools; the history takes the columns). */
  results(): TestResult[] {
    return this.ids.toArray().map((id, k) => ({ id, outcome: outcomeName(this.outcomes[k]), file: this.files[k] >= 0 ? this.fileNames[this.files[k]] : undefined, duration_ms: this.durations[k] }))
  }

  /** Gives test `k` a file (a name guessed for it). */
  setFile(k: number, file: string): void {
    this.files[k] = this.fileNumbers.of(file)
  }
}

/**
 * Gives each test without a file the file it most likely lives in (its suite's or class name when that is a
 * tracked path; pytest's dotted module `tests.test_x.TestY` → `tests/test_x.py`), and returns the content hash of
 * every test file: git's blob id (from the index, or of the working-tree content for a modified file), or, outside
 * a git repository, the same blob id computed from the file. Unknown files get no hash.
 */
export async function resolveTestFiles(
  workspace: string,
  tests: TestCaseCollector,
  listed: Promise<string[] | null> = workTreeEntries(workspace)
): Promise<{ hashes: Map<string, string>; warning?: string }> {
  const hashes = new Map<string, string>()
  const tracked = await gitBlobs(workspace, listed)
  const known = (path: string) => (tracked ? tracked.has(path) : false)
  const guessed = new Map<string, string | null>()
  const guess = (id: string, suite: string | undefined): string | undefined => {
    const cls = id.includes('::') ? id.slice(0, id.indexOf('::')) : ''
    const memo = guessed.get(cls + '\u0000' + (suite ?? ''))
    if (memo !== undefined) return memo ?? undefined
    let found: string | null = null
    for (const candidate of [suite, cls]) {
      if (candidate && known(candidate.replace(/^\.\//, ''))) {
        found = candidate.replace(/^\.\//, '')
        break
      }
    }
    if (!found && cls && /^[A-Za-z_][\w.]*$/.test(cls)) {
      const parts = cls.split('.')
      for (let k = parts.length; k > 0 && !found; k--) {
        const path = `${parts.slice(0, k).join('/')}.py`
        if (known(path)) found = path
      }
    }
    guessed.set(cls + '\u0000' + (suite ?? ''), found)
    return found ?? undefined
  }
  if (tracked) {
    for (let k = 0; k < tests.size; k++) {
      if (tests.files[k] >= 0) continue
      const s = tests.suites[k]
      const file = guess(tests.ids.id(k), s >= 0 ? tests.suiteNames[s] : undefined)
      if (file) tests.setFile(k, file)
    }
  }
  // Files some test lives in (a name the report gave may have no test left after folding: harmless).
  const files = tests.fileNames
  if (tracked) {
    for (const f of files) {
      const blob = tracked.get(f)
      if (blob) hashes.set(f, blob)
    }
    return { hashes }
  }
  // Not a git repository: hash the files themselves, up to a bound; files the workspace lacks are passed over.
  let n = 0
  for (const f of files) {
    if (++n > 5000) return { hashes, warning: `more than 5000 test files outside git: the others have no content hash` }
    const path = join(workspace, f)
    // Unreadable, or not a regular file (a FIFO, a device): no hash.
    const content = workingTreeContent(path)
    if (content) hashes.set(f, blobId(content))
  }
  return { hashes }
}

/** What runs write into the work tree: never part of the state of the code a run judged. */
const RUN_OUTPUT = /^\.spec-to-production\/|(?:^|\/)(?:workflow_report_[^/]*\.json|workflow_dashboard_[^/]*\.html|spec-to-production-[^/]*\.sarif)$/
/** Beyond this many changed paths the state is not fingerprinted: it then equals no other run's. */
const MAX_CHANGED_PATHS = 5000

/**
 * A fingerprint of what the work tree holds beyond its commit: the content of each modified or deleted tracked file,
 * and the names of untracked files git does not ignore (the run's own outputs aside); undefined when the tree is
 * clean or this is no git repository. Two runs of one commit judged the same code only when these are equal too:
 * locally, a test broken by an edit and passing once the edit is undone is no flaky test of that commit.
 */
export async function workTreeChanges(workspace: string, listed: Promise<string[] | null> = workTreeEntries(workspace)): Promise<string | undefined> {
  const all = await listed
  if (all === null) return undefined
  const entries = all.filter((e) => !RUN_OUTPUT.test(e.slice(2)))
  if (entries.length === 0) return undefined
  if (entries.length > MAX_CHANGED_PATHS) return `unbounded:${randomUUID()}`
  const hash = createHash('sha1')
  for (const entry of entries) {
    hash.update(`${entry}\0`)
    if (!entry.startsWith('C ')) continue
    // As git hashes it (a link by its target path): a tracked file made a link to /dev/zero is never read.
    const content = workingTreeContent(join(workspace, entry.slice(2)))
    hash.update(content ? blobId(content) : 'unreadable')
    hash.update('\0')
  }
  return hash.digest('hex')
}

/**
 * The work tree's files that differ from the index, tagged as git tags them (`C ` modified, `R ` removed, `? `
 * untracked and not ignored), paths relative to the workspace, sorted; null outside git or when git fails. One git
 * process serves both the test files' content hashes and the fingerprint of the uncommitted changes. Never rejects.
 */
export async function workTreeEntries(workspace: string): Promise<string[] | null> {
  try {
    if (!mayBeGit(workspace)) return null
    // As the repository's commands get it (git runs a clean filter the repository configures to compare a file):
    // never the action's inputs or runtime token.
    const opts = { cwd: workspace, env: inheritedEnvironment(process.env), maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' as const, timeout: 60_000 }
    const { stdout } = await run('git', ['ls-files', '-t', '-m', '-d', '-o', '--exclude-standard', '-z'], opts)
    return [...new Set(stdout.toString('utf8').split('\0'))].filter((e) => e.length > 2).sort()
  } catch {
    return null
  }
}

/** git's blob id of some content. */
export function blobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

/** Path (relative to the workspace) → blob id of every tracked file, modified ones hashed from the working tree; null outside git. */
async function gitBlobs(workspace: string, listed: Promise<string[] | null>): Promise<Map<string, string> | null> {
  // No `.git` above the workspace (and no GIT_DIR): not a repository, and no git process to learn it.
  if (!mayBeGit(workspace)) return null
  try {
    const [listing, entries] = await Promise.all([indexListing(workspace), listed])
    if (listing === null || listing === 'too-many' || entries === null) return null
    const map = new Map<string, string>()
    for (const entry of listing.entries) map.set(entry.path, entry.object)
    // Modified (`C`; a deleted file is listed so too, and then has no content to hash).
    for (const entry of entries) {
      if (!entry.startsWith('C ')) continue
      const path = entry.slice(2)
      // As git hashes it: a link's target path, never what it points to (a link to /dev/zero never ends).
      const content = workingTreeContent(join(workspace, path))
      if (content) map.set(path, blobId(content))
      else map.delete(path)
    }
    return map
  } catch {
    return null
  }
}
