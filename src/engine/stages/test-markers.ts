/**
 * Tests that do not test, marked so in the test code itself. Their runner's report cannot tell them from tests that
 * were never written, so the pass rate reads as clean:
 * - a focused test (`it.only`, `describe.only`, `test.only`, jasmine's `fit`/`fdescribe`): jest and vitest then run
 *   only the focused tests of that file and report the others as skipped; mocha runs only the focused tests of the
 *   whole run and leaves every other test out of its report (measured with jest 29.7: `it.only` beside a failing `it`
 *   gives "1 passed, 1 skipped", exit status 0). Nobody commits a focus on purpose: every one in the component's test
 *   files is named, whatever the change.
 * - a test the change marks not to run or not to count (`it.skip`, `xit`, `test.todo`, jest's `test.failing`, which
 *   passes when its test fails; `@pytest.mark.skip`/`skipif`/`xfail`, `pytest.skip()`, `@unittest.skip`,
 *   `expectedFailure`): a team may skip a test for a reason, so only those on lines the change adds or modifies are
 *   named, when there is a base to compare with (a pull request's, `--base`).
 * - pytest hook implementations in a Python file the change modifies (`def pytest_runtest_makereport`, `def
 *   pytest_collection_modifyitems`, in a conftest.py or in a plugin module an existing conftest loads through
 *   `pytest_plugins`): a hook can rewrite a failed report as passed or deselect tests, and pytest then exits 0 with a
 *   report of passes (measured with pytest 7.2: a `pytest_runtest_makereport` wrapper setting `report.outcome =
 *   "passed"`). Named with each hook's line, whatever the change did in the file.
 * - code the coverage tool is told not to count (`/* istanbul ignore next *\/`, `/* c8 ignore start *\/`, `/* v8 ignore
 *   next *\/`, `/* node:coverage disable *\/`, `# pragma: no cover`): the lines are left out of the figure, or counted as
 *   covered (jest's v8 provider reports every line after a `c8 ignore start` hit, measured with jest 29.7), so an
 *   untested function reads 100%. One that covers the rest of a file (`istanbul ignore file`, a `start` or
 *   `disable` with no `stop` or `enable` after it) is named wherever it is; the others when the change adds them.
 * Each is a caveat on the gate it concerns (`test_pass_rate`, `test_coverage`) naming file and line (⚠, never a clean
 * pass); nothing here fails it.
 */
import { join } from 'node:path'
import { readHead, MAX_NAMED, type TrackedFiles } from './unchecked-sources.js'
import type { CoverageScope } from '../../reports/coverage-scope.js'

/** A marker as found: the file, its line and the line's text (trimmed, cut to 120 characters). */
export interface TestMarker {
  file: string
  line: number
  text: string
}

/** Most test files read, and most bytes of each. */
const MAX_FILES = 20_000
const MAX_BYTES = 2 * 1024 * 1024

export const JS = /\.(?:[cm]?[jt]s|[jt]sx)$/
const PY = /\.py$/
/** JavaScript and TypeScript test files by name, wherever they are: `*.test.ts`, `*.spec.js`, `__tests__/…`. */
export const JS_NAMED = /(?:\.(?:test|spec)\.(?:[cm]?[jt]s|[jt]sx)$|(?:^|\/)__tests__\/.+\.(?:[cm]?[jt]s|[jt]sx)$)/
/** pytest's default `python_files`: `test_x.py`, `x_test.py`. */
export const PY_NAMED = /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/
/** Test files by name, of either. */
const TEST_NAMED = new RegExp(`${JS_NAMED.source}|${PY_NAMED.source}`)

/**
 * `it.only(`, `describe.only.each(`, `test.describe.only(`, and jasmine's `fit('…'`, `fdescribe('…'` with a name first
 * (a helper of one's own called `fit(options)` is no test) — a call, not a word in a string.
 */
const FOCUS =
  /(?<![\w$])(?:(?:describe|context|suite|it|test|specify)\.only(?:\.each)?\s*[(`]|f(?:it|describe)\s*\(\s*['"`]|(?:describe|suite|it|test)\s*\(\s*(['"`]).*?\1\s*,\s*\{[^}]*\bonly\s*:(?!\s*false\b))/
/**
 * `it.skip(`, `test.todo(`, `test.failing(` (jest) and `test.fails(` (vitest: both pass when their test fails),
 * `it.skipIf(…)(`, `test.fixme(` (Playwright), `xit('…'`, `xdescribe('…'`; a test's options object that skips it (node
 * --test and vitest: `test('x', { skip: true }, …)`, `{ todo: … }`, vitest's `{ fails: true }`); and a skip called
 * inside the test (`t.skip()` of node --test, `this.skip()` of mocha, `ctx.skip()`/`context.skip()` of vitest).
 */
const JS_SKIP =
  /(?<![\w$])(?:(?:describe|context|suite|it|test|specify)(?:\.concurrent)?\.(?:skip|todo|failing|fails|fixme|skipIf|runIf)(?:\.each)?\s*[(`]|x(?:it|describe|test|context|specify)\s*\(\s*['"`]|(?:describe|suite|it|test)\s*\(\s*(['"`]).*?\1\s*,\s*\{[^}]*\b(?:skip|todo|fails)\s*:(?!\s*false\b)|(?:t|this|ctx|context)\.(?:skip|todo)\s*\()/
/**
 * pytest's skip and xfail markers and calls (`pytest.importorskip(…)` skips its whole module when the import fails),
 * unittest's skip decorators, `self.skipTest()`, `raise SkipTest`.
 */
const PY_SKIP = /(?:\bpytest\.mark\.(?:skip|skipif|xfail)\b|\bpytest\.(?:skip|xfail|importorskip)\s*\(|@(?:unittest\.)?(?:skip|skipIf|skipUnless|expectedFailure)\b|\.skipTest\s*\(|\braise\s+(?:unittest\.)?SkipTest\b)/

/**
 * Test code in the languages whose runners write the JUnit XML the gate reads (Surefire, Gradle, go-junit-report,
 * cargo-nextest, the .NET loggers) and whose tests are marked skipped in the source. They have no focus that passes
 * (ginkgo's exits non-zero), so only the lines a change adds are looked at, in the files it touches:
 * - JVM (Java, Kotlin, Groovy, Scala): JUnit 5's `@Disabled`, JUnit 4's `@Ignore`, TestNG's `@Test(enabled = false)`,
 *   an assumption that cannot hold (`assumeTrue(false)`, `Assumptions.abort(`), Kotest's `xtest(`/`xit(`/… ;
 * - Go: `t.Skip(`, `t.Skipf(`, `t.SkipNow()` (and a benchmark's `b.`, a testify suite's `s.T().`);
 * - Rust: `#[ignore]`, `#[ignore = "…"]`;
 * - .NET: xUnit's `[Fact(Skip = "…")]`/`[Theory(Skip = …)]`, NUnit's and MSTest's `[Ignore]`, `Assert.Ignore(`,
 *   `Assert.Inconclusive(`.
 * A conditional disable (`@DisabledOnOs`, `@EnabledIf…`) is the environment's business and not named.
 */
const OTHER_SKIPS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /\.(?:java|kt|groovy|scala)$/,
    /(?:@(?:org\.junit\.(?:jupiter\.api\.)?)?(?:Disabled|Ignore)\b(?!\w)|@Test\s*\([^)]*\benabled\s*=\s*false\b|\bassume(?:True\s*\(\s*false|False\s*\(\s*true)\s*[,)]|\bAssumptions\.abort\s*\(|(?<![\w$])x(?:it|test|describe|context|should|feature|scenario|given|expect)\s*\(\s*["'`])/
  ],
  [/_test\.go$/, /(?:(?<![\w.])[tb]|\.T\(\))\.Skip(?:f|Now)?\s*\(/],
  [/\.rs$/, /#\[\s*ignore\b/],
  [/\.cs$/, /\[\s*(?:Fact|Theory|SkippableFact|SkippableTheory)\s*\([^\]]*\bSkip\s*=|\[\s*(?:NUnit\.Framework\.)?Ignore\b|\bAssert\.(?:Ignore|Inconclusive)\s*\(/]
]

/** The skip pattern of a test file of one of {@link OTHER_SKIPS}' languages, or undefined. */
function otherSkip(file: string): RegExp | undefined {
  return OTHER_SKIPS.find(([ext]) => ext.test(file))?.[1]
}

/** A coverage tool's ignore hint: Istanbul's, c8's and v8's (vitest, jest's v8 provider), node's, coverage.py's default. */
const COVERAGE_IGNORE = /(?:\/\*|\/\/)\s*(?:istanbul|c8|v8)\s+ignore\b|(?:\/\*|\/\/)\s*node:coverage\s+(?:ignore|disable)\b|#\s*pragma:\s*no\s*cover\b/i
/** A hint that takes the rest of the file out: `istanbul ignore file`, `c8 ignore file`. */
const IGNORE_FILE = /\b(?:istanbul|c8|v8)\s+ignore\s+file\b/i
/** A region's opening and closing hints: `c8 ignore start` … `c8 ignore stop`, `node:coverage disable` … `enable`. */
const IGNORE_START = /\b(?:c8|v8)\s+ignore\s+start\b|\bnode:coverage\s+disable\b/i
const IGNORE_STOP = /\b(?:c8|v8)\s+ignore\s+stop\b|\bnode:coverage\s+enable\b/i

/**
 * The coverage ignore hints of a source file: those on `only` lines when given, and, whatever the lines, those that
 * take the rest of the file out (a `file` hint; a region opened and not closed before the file ends).
 */
export function coverageIgnoresIn(file: string, text: string, only?: ReadonlySet<number>): TestMarker[] {
  if (!JS.test(file) && !PY.test(file)) return []
  const out: TestMarker[] = []
  const lines = text.split(/\r\n?|\n/)
  let open: TestMarker | null = null
  const shown = (line: string) => (line.length > 120 ? `${line.slice(0, 119)}…` : line)
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim()
    if (!COVERAGE_IGNORE.test(line) && !IGNORE_STOP.test(line)) continue
    const marker = { file, line: i + 1, text: shown(line) }
    if (IGNORE_STOP.test(line)) open = null
    else if (IGNORE_START.test(line)) open ??= marker
    if (IGNORE_FILE.test(line)) out.push({ ...marker, text: `${marker.text} (the whole file)` })
    else if (only?.has(i + 1) && !IGNORE_STOP.test(line)) out.push(marker)
  }
  if (open && !out.some((m) => m.line === open!.line)) out.push({ ...open, text: `${open.text} (to the end of the file: no stop after it)` })
  else if (open) out.splice(out.findIndex((m) => m.line === open!.line), 1, { ...open, text: `${open.text} (to the end of the file: no stop after it)` })
  return out.sort((a, b) => a.line - b.line)
}

/** A pytest hook implementation: `def pytest_runtest_makereport(`, `async def pytest_…(`. */
const PYTEST_HOOK = /^(?:async\s+)?def\s+pytest_\w+\s*\(/

/** The pytest hook implementations a Python file defines. */
export function pytestHooksIn(file: string, text: string): TestMarker[] {
  if (!PY.test(file)) return []
  return text.split(/\r\n?|\n/).flatMap((raw, i) => {
    const line = raw.trim()
    return PYTEST_HOOK.test(line) ? [{ file, line: i + 1, text: line.length > 120 ? `${line.slice(0, 119)}…` : line }] : []
  })
}

/** Whether a line is a comment as a whole (`//`, `/*`, ` * …`, `#`): a marker there does nothing. */
function commented(line: string, python: boolean): boolean {
  return python ? line.startsWith('#') : line.startsWith('//') || line.startsWith('/*') || line.startsWith('*')
}

/** The markers `pattern` finds in `text`, on `only` lines when given (1-based), outside whole-line comments. */
export function markersIn(file: string, text: string, pattern: 'focus' | 'skip', only?: ReadonlySet<number>): TestMarker[] {
  const python = PY.test(file)
  const other = python || JS.test(file) ? undefined : otherSkip(file)
  if (!python && !JS.test(file) && other === undefined) return []
  if (pattern === 'focus' && (python || other)) return []
  const re = pattern === 'focus' ? FOCUS : python ? PY_SKIP : (other ?? JS_SKIP)
  const out: TestMarker[] = []
  const lines = text.split(/\r\n?|\n/)
  for (const [i, raw] of lines.entries()) {
    if (only && !only.has(i + 1)) continue
    const line = raw.trim()
    if (commented(line, python) || !re.test(line)) continue
    out.push({ file, line: i + 1, text: line.length > 120 ? `${line.slice(0, 119)}…` : line })
  }
  return out
}

/**
 * The component's test files among the tracked ones: those under its test paths, and those named as tests under its
 * source paths (anywhere, when the sources are the whole workspace or unknown).
 */
export function componentTestFiles(tracked: readonly string[], scope: CoverageScope): string[] {
  const under = (file: string, dirs: readonly string[]) => dirs.some((d) => d === '.' || file === d || file.startsWith(`${d}/`))
  const tests = (scope.tests ?? []).filter((t) => t !== '.')
  const sources = scope.sources ?? ['.']
  return tracked.filter((f) => (JS.test(f) || PY.test(f)) && (under(f, tests) || (TEST_NAMED.test(f) && under(f, sources))))
}

export interface TestMarkers {
  focused: TestMarker[]
  /** Skips on lines the change adds; undefined when there is no base to compare with. */
  skipsAdded?: TestMarker[]
  /** pytest hooks defined in the Python files the change modifies; undefined without a base. */
  hooksChanged?: TestMarker[]
  /** Coverage ignore hints in the component's sources: those to the end of a file, and those on lines the change adds. */
  coverageIgnored?: TestMarker[]
  /** The base compared with, for the message. */
  base?: string
}

/**
 * The focused tests in the component's tracked test files, and, with `changed` (the lines a change adds, per file),
 * the skips on those lines.
 */
export async function findTestMarkers(workspace: string, files: TrackedFiles, scope: CoverageScope, changed?: ReadonlyMap<string, ReadonlySet<number>>): Promise<TestMarkers> {
  const tracked = await files.under(undefined, { whole: true })
  if (!tracked) return { focused: [] }
  const focused: TestMarker[] = []
  const skipsAdded: TestMarker[] = []
  const coverageIgnored: TestMarker[] = []
  const testFiles = componentTestFiles(tracked, scope)
  const isTest = new Set(testFiles)
  const sources = scope.sources ?? ['.']
  for (const file of tracked.filter((f) => (JS.test(f) || PY.test(f)) && !isTest.has(f) && sources.some((d) => d === '.' || f === d || f.startsWith(`${d}/`))).slice(0, MAX_FILES)) {
    const text = await readHead(join(workspace, file), MAX_BYTES)
    if (text !== null) coverageIgnored.push(...coverageIgnoresIn(file, text, changed?.get(file)))
  }
  for (const file of testFiles.slice(0, MAX_FILES)) {
    const lines = changed?.get(file)
    // Python has no focus: a file the change does not touch is not read.
    if (PY.test(file) && !lines?.size) continue
    const text = await readHead(join(workspace, file), MAX_BYTES)
    if (text === null) continue
    focused.push(...markersIn(file, text, 'focus'))
    if (lines?.size) skipsAdded.push(...markersIn(file, text, 'skip', lines))
  }
  const inTracked = new Set(tracked)
  // JVM, Go, Rust and .NET test code: the files of the component the change touches, for skips on the lines it adds.
  const tests = scope.tests ?? []
  const inComponent = (file: string) => [...sources, ...tests].some((d) => d === '.' || file === d || file.startsWith(`${d}/`))
  for (const [file, lines] of changed ?? []) {
    if (!lines.size || !inTracked.has(file) || otherSkip(file) === undefined || !inComponent(file)) continue
    const text = await readHead(join(workspace, file), MAX_BYTES)
    if (text !== null) skipsAdded.push(...markersIn(file, text, 'skip', lines))
  }
  // pytest hooks: any modified Python file of the workspace, wherever it is (a plugin module may live anywhere).
  const hooksChanged: TestMarker[] = []
  for (const file of changed?.keys() ?? []) {
    // A change that only deletes lines in it (a check taken out of a hook) modifies it too.
    if (!PY.test(file) || !inTracked.has(file)) continue
    const text = await readHead(join(workspace, file), MAX_BYTES)
    if (text !== null) hooksChanged.push(...pytestHooksIn(file, text))
  }
  return { focused, ...(changed ? { skipsAdded, hooksChanged } : {}), coverageIgnored }
}

const listed = (found: readonly TestMarker[]) =>
  found.slice(0, 10).map((m) => `${m.file}:${m.line} ${m.text}`).join('; ') + (found.length > 10 ? `; and ${found.length - 10} more` : '')

/** A gate's warnings and details for what was found. */
export interface MarkerNotes {
  warnings: string[]
  details: Record<string, unknown>
}

/** The warnings and details of `test_pass_rate` and of `test_coverage` for what was found (empty when nothing was). */
export function testMarkerNotes(found: TestMarkers): { passRate: MarkerNotes; coverage: MarkerNotes } {
  const passRate: MarkerNotes = { warnings: [], details: {} }
  const coverage: MarkerNotes = { warnings: [], details: {} }
  if (found.focused.length > 0) {
    passRate.details.focused_tests = found.focused.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`)
    passRate.details.focused_tests_count = found.focused.length
    passRate.warnings.push(
      `${found.focused.length} focused test(s) (.only, fit, fdescribe) in the component's test files: jest and vitest run only the focused tests of that file (the others reported as skipped), mocha only those of the whole run (the others left out of its report, measured with mocha 11), node --test so with --test-only, so the other tests are not checked and the pass rate is not the whole suite's — remove the focus: ${listed(found.focused)}`
    )
  }
  if (found.skipsAdded && found.skipsAdded.length > 0) {
    passRate.details.skips_added = found.skipsAdded.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`)
    passRate.details.skips_added_count = found.skipsAdded.length
    passRate.warnings.push(
      `this change marks ${found.skipsAdded.length} test(s) not to run or not to count${found.base ? ` (against ${found.base.slice(0, 12)})` : ''} — skipped, todo, xfail or expected to fail, which the report counts as skipped or passed, never as failed, so what they test is not checked: ${listed(found.skipsAdded)}`
    )
  }
  if (found.hooksChanged && found.hooksChanged.length > 0) {
    passRate.details.pytest_hooks_changed = found.hooksChanged.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`)
    passRate.details.pytest_hooks_changed_count = found.hooksChanged.length
    passRate.warnings.push(
      `this change modifies Python files that implement pytest hooks${found.base ? ` (against ${found.base.slice(0, 12)})` : ''}, which can deselect tests or rewrite their outcomes before the report is written, so what the report says is not checked against what ran: ${listed(found.hooksChanged)}`
    )
  }
  const ignored = found.coverageIgnored ?? []
  if (ignored.length > 0) {
    coverage.details.coverage_ignored = ignored.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`)
    coverage.details.coverage_ignored_count = ignored.length
    const whose = found.base !== undefined ? `added by this change (against ${found.base.slice(0, 12)}) or reaching the end of their file` : 'reaching the end of their file'
    coverage.warnings.push(
      `${ignored.length} coverage ignore comment(s) in the component's sources, ${whose}: the lines they cover are left out of the figure or counted as covered, so they are not measured: ${listed(ignored)}`
    )
  }
  return { passRate, coverage }
}
