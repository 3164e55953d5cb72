/**
 * Tests a change takes away. A runner's report holds the tests that ran, not those that were there: a change that
 * deletes the failing test file, renames `test_calc.py` to `calc_checks.py` (pytest collects `test_*.py` and
 * `*_test.py` only) or `a.test.js` to `a.test.js.off`, or deletes the failing `it(…)` from its file, has every test
 * left pass, and the gate read a clean "100% ≥ 100% (1 of 1 executed test)" where the base ran two. The test
 * declarations of the component's test files the change touches are counted at the base and at the head; when the
 * head has fewer in all, the files that lost tests are named, a caveat on `test_pass_rate` (tests moved from one file
 * to another cancel out; a team may delete tests for a reason, so nothing here fails the gate).
 *
 * Counted by declaration in the source, not by what a runner would collect: a parametrized test is one, a test
 * generated in a loop is none. Only files of the component count (its tests path, test files by name under its source
 * paths), and a file counts as a test file as its runner finds one by default: Python `test_*.py`/`*_test.py` outside
 * the directories pytest does not look into (`build/`, `dist/`, a hidden one, …), Go `*_test.go`; JavaScript and
 * TypeScript under the tests path or named `*.test.*`/`*.spec.*`/`__tests__/`, outside hidden directories and
 * node_modules (a rename that drops that name, or moves the file where the runner does not look, counts as taking its
 * tests away).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { CoverageScope } from '../../reports/coverage-scope.js'
import { MAX_NAMED } from './unchecked-sources.js'
import { blobsAt } from '../../exec/git-blobs.js'
import { fnmatchPattern } from '../../config/python-project.js'
import { JS, JS_NAMED, PY_NAMED } from './test-markers.js'

const run = promisify(execFile)

/** Pinned so that the user's git configuration cannot change what is parsed. */
const CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.renames=true']

/** Most files of the change read (each side), and most bytes of each. */
const MAX_FILES = 2_000
const MAX_BYTES = 2 * 1024 * 1024

/** pytest's default `norecursedirs`: directories it does not look into for tests (`build`, `dist`, `.old`, `venv`, …). */
const PYTEST_NORECURSE = /^(?:.*\.egg|\..*|_darcs|build|CVS|dist|node_modules|venv|\{arch\})$/

/** A test declaration, by language: each match is one test. */
const DECLARATIONS: ReadonlyArray<readonly [file: RegExp, declaration: RegExp, comment: RegExp]> = [
  // pytest's default python_functions (`test*`), methods of test classes included.
  [/\.py$/, /^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*[ \t]*\(/g, /^[ \t]*#/],
  // it(, test(, specify(, with their modifiers (it.each(…)(, test.concurrent(, it.skip(), and jasmine's xit(/fit(.
  [JS, /(?<![\w$.])(?:[xf]?it|test|specify)(?:\.(?:only|skip|todo|failing|fixme|concurrent|each|skipIf|runIf))*[ \t]*[(`]/g, /^[ \t]*(?:\/\/|\/\*|\*)/],
  [/_test\.go$/, /^func[ \t]+Test\w*[ \t]*\(/g, /^[ \t]*\/\//],
  [/\.(?:java|kt|groovy|scala)$/, /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/g, /^[ \t]*(?:\/\/|\/\*|\*)/],
  [/\.rs$/, /#\[[ \t]*(?:\w+::)*test\b/g, /^[ \t]*\/\//],
  [/\.cs$/, /\[[ \t]*(?:Fact|Theory|Test|TestCase|TestMethod|DataTestMethod)\b/g, /^[ \t]*\/\//]
]

/** The number of test declarations in a file's text (whole-line comments aside). */
export function countTests(file: string, text: string): number {
  const found = DECLARATIONS.find(([name]) => name.test(file))
  if (!found) return 0
  const [, declaration, comment] = found
  let count = 0
  for (const line of text.split(/\r\n?|\n/)) {
    if (comment.test(line)) continue
    count += line.match(declaration)?.length ?? 0
  }
  return count
}

/** pytest's `norecursedirs` globs as a regular expression over a directory's name (pytest's default if one is invalid). */
export function noRecursePattern(globs: readonly string[]): RegExp {
  return fnmatchPattern(globs) ?? PYTEST_NORECURSE
}

/**
 * Whether a path is one of the component's test files, as its runner finds test files by default; `noRecurse` is
 * pytest's `norecursedirs` when the project sets its own (it replaces pytest's default).
 */
export function isComponentTestFile(file: string, scope: CoverageScope, noRecurse: RegExp = PYTEST_NORECURSE): boolean {
  const under = (dirs: readonly string[]) => dirs.some((d) => d === '.' || file === d || file.startsWith(`${d}/`))
  const tests = (scope.tests ?? []).filter((t) => t !== '.')
  const sources = scope.sources ?? ['.']
  const dirs = file.split('/').slice(0, -1)
  if (/\.py$/.test(file)) return PY_NAMED.test(file) && !dirs.some((d) => noRecurse.test(d)) && (under(tests) || under(sources))
  // jest's and vitest's default globs match no hidden directory, and both leave node_modules out.
  if (JS.test(file)) return !dirs.some((d) => d.startsWith('.') || d === 'node_modules') && (under(tests) || (JS_NAMED.test(file) && under(sources)))
  if (/\.go$/.test(file)) return /_test\.go$/.test(file) && (under(tests) || under(sources))
  if (DECLARATIONS.some(([name]) => name.test(file))) return under(tests) || under(sources)
  return false
}

/** A test file whose tests the change took away, in part or whole: its path at the base, and at the head (null: deleted). */
export interface TestsTaken {
  file: string
  before: number
  after: number
  /** The head's path when the change renamed it; null when it deleted it. */
  now?: string | null
}

export interface TestsRemoved {
  /** Test declarations in the touched files at the base, and at the head. */
  before: number
  after: number
  /** The files that lost tests, most first. */
  files: TestsTaken[]
  /** Files not read, past the limit. */
  unread: number
}

/**
 * The test declarations of the component's test files that the change touches (against the merge base of `base` and
 * HEAD), at each side; null when git cannot tell (the caller says the comparison could not be made elsewhere).
 */
export async function testsRemovedSince(workspace: string, base: string, scope: CoverageScope, noRecurse?: RegExp): Promise<TestsRemoved | null> {
  const isTest = (file: string) => isComponentTestFile(file, scope, noRecurse)
  if (base === '' || base.startsWith('-') || /[\0\n]/.test(base)) return null
  const git = async (args: string[]) => (await run('git', [...CONFIG, ...args], { cwd: workspace, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout
  let from: string
  let listing: string
  try {
    from = (await git(['merge-base', base, 'HEAD']).catch(() => base)).trim() || base
    // Paths relative to the workspace, changes outside it left out.
    listing = await git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--relative', from, 'HEAD'])
  } catch {
    return null
  }
  const fields = listing.split('\0')
  const pairs: Array<{ old: string; now: string | null }> = []
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i]
    if (status.startsWith('R')) {
      pairs.push({ old: fields[i + 1], now: fields[i + 2] })
      i += 3
    } else if (status.startsWith('C')) {
      // A copy leaves its source in place: the copy is an added file.
      pairs.push({ old: '', now: fields[i + 2] })
      i += 3
    } else {
      const path = fields[i + 1]
      pairs.push(status === 'D' ? { old: path, now: null } : status === 'A' ? { old: '', now: path } : { old: path, now: path })
      i += 2
    }
  }
  const relevant = pairs.filter((p) => (p.old !== '' && isTest(p.old)) || (p.now !== null && isTest(p.now)))
  const read = relevant.slice(0, MAX_FILES)
  // Both sides' texts from one git process (a change touching hundreds of test files costs no process per file).
  const wanted = read.flatMap(({ old, now }) => [...(old !== '' && isTest(old) ? [`${from}:./${old}`] : []), ...(now !== null ? [`HEAD:./${now}`] : [])])
  const texts = await blobsAt(workspace, wanted, MAX_BYTES)
  const show = (rev: string, file: string) => texts.get(`${rev}:./${file}`) ?? ''
  let before = 0
  let after = 0
  const files: TestsTaken[] = []
  for (const { old, now } of read) {
    const was = old !== '' && isTest(old) ? countTests(old, show(from, old)) : 0
    // A rename that drops a JavaScript test file's test name leaves it where jest and vitest no longer collect it.
    const dropsName = old !== '' && now !== null && old !== now && JS_NAMED.test(old) && !JS_NAMED.test(now)
    const is = now !== null && !dropsName && isTest(now) ? countTests(now, show('HEAD', now)) : 0
    before += was
    after += is
    if (old !== '' && is < was) files.push({ file: old, before: was, after: is, ...(now !== old ? { now } : {}) })
  }
  files.sort((a, b) => b.before - b.after - (a.before - a.after))
  return { before, after, files, unread: relevant.length - read.length }
}

/** `tests/test_calc.py 2 → 1`, `tests/old.test.js 3 → deleted`, `tests/test_x.py 2 → renamed to tests/x_check.py`. */
export function describeTaken(taken: TestsTaken): string {
  const to = taken.now === null ? 'deleted' : taken.now !== undefined ? `${taken.after} (renamed to ${taken.now})` : `${taken.after}`
  return `${taken.file} ${taken.before} → ${to}`
}

/** The caveat and details for `test_pass_rate` when the change leaves fewer tests than its base had; null otherwise. */
export function testsRemovedNote(found: TestsRemoved, base: string): { warning: string; details: Record<string, unknown> } | null {
  if (found.after >= found.before || found.files.length === 0) return null
  const fewer = found.before - found.after
  const shown = found.files.slice(0, 10).map(describeTaken).join('; ') + (found.files.length > 10 ? `; and ${found.files.length - 10} more` : '')
  const unread = found.unread > 0 ? ` (${found.unread} more test file(s) of the change not counted)` : ''
  return {
    warning:
      `this change leaves ${fewer} fewer test(s) in the component's test files than its base (against ${base.slice(0, 12)}: ${found.before} declared in the files it touches, ${found.after} now) — ` +
      `the report holds only the tests that ran, so what the removed tests checked is not checked, and the pass rate cannot show it: ${shown}${unread}`,
    details: { tests_removed: found.files.slice(0, MAX_NAMED).map(describeTaken), tests_removed_count: fewer }
  }
}
