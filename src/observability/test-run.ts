/**
 * This run's tests for the per-test history: the JUnit parser's test cases folded into one result per test id,
 * each test's file, and the content hash of each test file (git's blob id), so a flip between runs can be told
 * from a change to the test.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { JUnitCase } from '../reports/junit.js'
import { MAX_TRACKED_TESTS, type TestOutcome, type TestResult } from './test-history.js'

const run = promisify(execFile)

/** Order in which repeats of one id settle (a failed element followed by a passing one is a flaky rerun). */
const RANK: Record<TestOutcome, number> = { skipped: 0, passed: 1, flaky: 2, failed: 3, error: 4 }

interface Entry extends TestResult {
  suite?: string
}

/**
 * Folds the test cases of one report into one result per id, for at most {@link MAX_TRACKED_TESTS} ids (the
 * others are counted in `untracked`). Repeats of an id: failed then passed is flaky (a rerun), flaky then failed is
 * failed again, otherwise the graver outcome wins; durations add up.
 */
export class TestCaseCollector {
  private readonly byId = new Map<string, Entry>()
  untracked = 0
  readonly onCase = (c: JUnitCase): void => {
    const outcome: TestOutcome = c.flaky ? 'flaky' : c.outcome
    const seen = this.byId.get(c.id)
    if (seen === undefined) {
      if (this.byId.size >= MAX_TRACKED_TESTS) {
        this.untracked++
        return
      }
      this.byId.set(c.id, { id: c.id, outcome, file: c.file, suite: c.suite, duration_ms: c.duration_ms ?? 0 })
      return
    }
    seen.duration_ms = (seen.duration_ms ?? 0) + (c.duration_ms ?? 0)
    if ((seen.outcome === 'failed' || seen.outcome === 'error') && outcome === 'passed') seen.outcome = 'flaky'
    else if (seen.outcome === 'flaky' && (outcome === 'failed' || outcome === 'error')) seen.outcome = outcome
    else if (RANK[outcome] > RANK[seen.outcome]) seen.outcome = outcome
  }

  /** Marks tests that failed in an earlier attempt of the command and passed in this one. */
  markFlaky(ids: Iterable<string>): void {
    for (const id of ids) {
      const seen = this.byId.get(id)
      if (seen && seen.outcome === 'passed') seen.outcome = 'flaky'
    }
  }

  /** Id → result, for numbering the results against the history's index without another map. */
  get lookup(): ReadonlyMap<string, TestResult> {
    return this.byId
  }

  get size(): number {
    return this.byId.size
  }

  results(): Entry[] {
    return [...this.byId.values()]
  }
}

/**
 * Gives each test without a file the file it most likely lives in (its suite's or class name when that is a
 * tracked path; pytest's dotted module `tests.test_x.TestY` → `tests/test_x.py`), and returns the content hash of
 * every test file: git's blob id (from the index, or of the working-tree content for a modified file), or, outside
 * a git repository, the same blob id computed from the file. Unknown files get no hash.
 */
export async function resolveTestFiles(workspace: string, tests: Entry[]): Promise<{ hashes: Map<string, string>; warning?: string }> {
  const hashes = new Map<string, string>()
  const tracked = await gitBlobs(workspace)
  const known = (path: string) => (tracked ? tracked.has(path) : false)
  const guessed = new Map<string, string | null>()
  const guess = (t: Entry): string | undefined => {
    const cls = t.id.includes('::') ? t.id.slice(0, t.id.indexOf('::')) : ''
    const memo = guessed.get(cls + '\u0000' + (t.suite ?? ''))
    if (memo !== undefined) return memo ?? undefined
    let found: string | null = null
    for (const candidate of [t.suite, cls]) {
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
    guessed.set(cls + '\u0000' + (t.suite ?? ''), found)
    return found ?? undefined
  }
  const files = new Set<string>()
  for (const t of tests) {
    if (!t.file && tracked) t.file = guess(t)
    if (t.file) files.add(t.file)
  }
  if (tracked) {
    for (const f of files) {
      const blob = tracked.get(f)
      if (blob) hashes.set(f, blob)
    }
    return { hashes }
  }
  // Not a git repository: hash the files themselves, up to a bound.
  let n = 0
  for (const f of files) {
    if (++n > 5000) return { hashes, warning: `more than 5000 test files outside git: the others have no content hash` }
    try {
      hashes.set(f, blobId(await readFile(join(workspace, f))))
    } catch {
      // A file the report names but the workspace lacks: no hash.
    }
  }
  return { hashes }
}

/** git's blob id of some content. */
export function blobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

/** Path (relative to the workspace) → blob id of every tracked file, modified ones hashed from the working tree; null outside git. */
async function gitBlobs(workspace: string): Promise<Map<string, string> | null> {
  try {
    const opts = { cwd: workspace, maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' as const, timeout: 60_000 }
    const [staged, modified] = await Promise.all([run('git', ['ls-files', '-s', '-z'], opts), run('git', ['ls-files', '-m', '-z'], opts)])
    const map = new Map<string, string>()
    for (const line of staged.stdout.toString('utf8').split('\0')) {
      // `<mode> <object> <stage>\t<path>`
      const tab = line.indexOf('\t')
      if (tab < 0) continue
      const [, object] = line.slice(0, tab).split(' ')
      map.set(line.slice(tab + 1), object)
    }
    for (const path of modified.stdout.toString('utf8').split('\0')) {
      if (!path) continue
      try {
        map.set(path, blobId(await readFile(join(workspace, path))))
      } catch {
        map.delete(path)
      }
    }
    return map
  } catch {
    return null
  }
}
