/**
 * JUnit XML → normalized test totals, streamed with the byte-level reader of `xml.ts`: memory is bounded by
 * `maxFailures` and the number of failing tests, never by file size.
 *
 * Counting rules (the suites' own `tests`/`failures` attributes are ignored: pytest counts a teardown error twice,
 * jest-junit leaves out todo tests, gotestsum counts every rerun):
 * - every `<testcase>` counts once, wherever it sits (bare `<testsuite>`, `<testsuites>`, nested suites), except
 *   the reruns of a test (below);
 * - its outcome comes from its direct children: `<error>` beats `<failure>` beats `<skipped>`; none means passed.
 *   A test case with both a failure and an error counts once, as an error: it broke, whatever it asserted. pytest
 *   itself never writes both into one element (a call failure plus a teardown error become two `<testcase>`
 *   elements, which is why its console line reads `1 failed, 1 error` for one test);
 * - a test the runner did not run is skipped, never passed, even with no child element: `status="notrun"` or
 *   `result="suppressed"` (GoogleTest's `DISABLED_` tests), `status="disabled"` (ctest), `executed="false"`, and
 *   the other words of {@link NOT_RUN}. A `status`/`result` that says failed or error counts so even without a
 *   child; a word this reader does not know leaves the children to decide, with a warning;
 * - reruns: within one `<testsuite>`, a test case with the same class name, name, `file`, `line` and `id` as one that
 *   failed or errored earlier in that suite is another attempt of that test (gotestsum `--rerun-fails` and Gradle's
 *   test-retry write one element per attempt, failed attempts first). The test counts once: as passed, and flaky,
 *   when an attempt after its failures passed (the last attempt decides: a failure after the pass makes it failed
 *   again); as one failure (an error if any attempt errored) when no later attempt passed. A rerun follows a
 *   failure, so a passing element before a failing one of the same name is another test and both count. pytest's
 *   suites are exempt (pytest writes one element per test, reruns included, and a call failure plus a teardown
 *   error as two elements that both count), and so are the reports of runners that write a retried test as one
 *   element (mocha's xunit reporter and mocha-junit-reporter, vitest, jest-junit, node --test). Surefire's `<flakyFailure>`/`<flakyError>` children are the failed
 *   attempts of a test that passed (flaky); `<rerunFailure>`/`<rerunError>` those of a test that failed (an error
 *   when one of them is a `<rerunError>`, as Surefire counts it). A test
 *   case without a `name` is never a rerun (nothing tells it apart from another nameless one). jest-junit writes
 *   nothing about `jest.retryTimes` by itself, nor vitest's junit reporter about `retry`, nor pytest about
 *   pytest-rerunfailures' reruns; in a jest-junit report, a passed test case with the property `invocations` > 1, in a
 *   vitest report one with `retryCount` > 0, in a pytest suite one with `reruns` > 0 (all written by the presets'
 *   modules) passed on a retry: flaky, with the failed runs' `retryReason1`… properties as its messages;
 * - pytest's outcomes map as far as the XML tells: `xfailed` is written as `<skipped type="pytest.xfail">` and so is
 *   counted as skipped; a non-strict `xpassed` is written as a plain passing test case and is counted as passed; a
 *   strict XPASS is a `<failure>`. So `passed` = pytest's passed + xpassed − tests that passed but errored in
 *   teardown (those appear once, as errors), `skipped` = skipped + xfailed, `errors` and `failed` match;
 * - PHPUnit 13's `#[Retry]` writes only a retried test's deciding attempt, named "… (attempt N of M)": a pass on attempt
 *   N > 1 is flaky, with N runs;
 * - ctest writes a test it did not run as `status="notrun"` with `<skipped message="reason">`: skipped when the reason
 *   is a skip (`SKIP_RETURN_CODE=…`, `SKIP_REGULAR_EXPRESSION_MATCHED`) or `Disabled`, an error otherwise ("Unable to
 *   find executable", "Fixture dependency failed", …), as ctest lists it among the FAILED;
 * - nose2's junitxml plugin writes an unexpected success (`@expectedFailure` that passed) as `<skipped message="test
 *   passes unexpectedly"/>`: failed, as unittest counts it (unittest-xml-reporting writes it as an `<error>`);
 * - Catch2's JUnit reporter writes a test tagged `[!mayfail]`/`[!shouldfail]` whose assertions failed with
 *   `<skipped message="TEST_CASE tagged with !mayfail"/>` beside its `<failure>`/`<error>` elements: skipped, as Catch2
 *   counts it ("failed as expected", exit status 0), like pytest's xfail;
 * - jest-junit writes `test.todo` as a plain test case (no child, time 0) left out of its suite's `tests`: the
 *   surplus of such cases counts as skipped (see `notRun`), and the per-case callback never sees them as passed;
 * - `<system-out>`, `<system-err>` and `<properties>` are skipped without being kept (but for the retry properties
 *   above).
 */
import { readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { openRegularFile } from './read.js'
import { FLAKY_MESSAGES, ReportError, type FailedTest, type FlakyTest, type MatchedTests, type TestOutcome, type TestReport, type TestTotals } from './types.js'
import { CHECK_XML, CHECK_XMLNS, DETECT_BYTES, otherTestFormat, otherTestOutput } from './detect.js'
import { toWorkspacePath } from './paths.js'
import { AsciiNames, streamXml, type XmlInput, type XmlTag } from './xml.js'
import { clipChars } from './clip.js'

/** Options of {@link parseJUnit}. */
export interface JUnitOptions {
  /** The report's path, for error messages. */
  file: string
  /** Workspace root: test file paths become relative to it. */
  workspace: string
  /** How many failed tests to keep in `failures` (the totals stay exact); 200 when absent. */
  maxFailures?: number
  /**
   * Picks tests to follow whatever their outcome (the quarantine): called once per test case (not per rerun) with its
   * id, name and workspace-relative file; a key ≥ 0 puts it in `matched`, counted exactly by its final outcome.
   */
  match?: (test: { id: string; name: string; file?: string }) => number
  /**
   * Called once per `<testcase>` element, reruns included (the test history folds them by id), with one object
   * reused from call to call: copy what you keep. Absent, the parser builds nothing per passing test.
   */
  onCase?: (test: JUnitCase) => void
  /**
   * Directories of the workspace a runner may have run in (the component's workspace package: `pnpm --dir
   * packages/core exec vitest` writes `test/a.test.ts` for packages/core/test/a.test.ts): a classname naming no file
   * of the workspace's root is looked for under each.
   */
  roots?: readonly string[]
}

/** One `<testcase>` element as the optional per-case callback of {@link parseJUnit} sees it. */
export interface JUnitCase {
  /**
   * The same identity as {@link FailedTest.id}: `classname::name` (or `name`); empty when `idBytes` holds it (the
   * reader does not make a string of it then).
   */
  id: string
  /** The id as UTF-8 bytes, `idBytes[0, idLength)`: valid during the callback only. */
  idBytes?: Buffer
  idLength?: number
  /** The test's file relative to the workspace, when the report names one (its `file` or its suite's). */
  file?: string
  /** Its `<testsuite>`'s name, which some runners set to the test file. */
  suite?: string
  outcome: 'passed' | 'failed' | 'error' | 'skipped'
  /** Surefire's `<flakyFailure>`/`<flakyError>`: it failed, then passed within the element. */
  flaky: boolean
  /**
   * Another attempt of a test case listed earlier in its suite (see the reruns above): a failed attempt followed by a
   * passing one is a flaky test. False for a case that only shares its id with another (tap-junit's assertions that
   * share a message, each with its own `id`; pytest's cases): that is another test, not a rerun.
   */
  rerun: boolean
  /** Its `time`, in milliseconds, when written. */
  duration_ms?: number
}

/** A bare passing case of a jest-junit suite, held back from the per-case callback until its suite closes. */
interface HeldCase {
  id: string
  file: string | undefined
  rerun: boolean
  duration_ms: number | undefined
}

/** Most bare passing cases held back at once (see `notRun`); they are a jest-junit report's 0 ms tests and todos. */
const HOLD_LIMIT = 100_000

/** Most pending tests a mocha-junit-reporter root's `skipped` may add (see `unlistedPending`). */
const MAX_UNLISTED_PENDING = 10_000_000

/** Longest kept failure message, in characters. */
const MESSAGE_LIMIT = 500
/** How much of a failure's text is read: its message and the stack frames that say where it failed. */
const FAILURE_TEXT_LIMIT = 16 * 1024
/** Most failing tests whose identity is kept to recognize their reruns; past it, repeats count as other tests. */
const RERUN_TRACKING = 100_000
/** Most warnings about unknown status words. */
const STATUS_WARNINGS = 5

type Outcome = 'passed' | 'skipped' | 'failure' | 'error'
type Failing = 'failure' | 'error'
const RANK: Record<Outcome, number> = { passed: 0, skipped: 1, failure: 2, error: 3 }

/**
 * Words of a test case's `status`, `result` or `executed` attribute (lower case, blanks and `_`/`-` removed) and
 * what they say. GoogleTest writes `status="run|notrun"` and `result="completed|skipped|suppressed"`, ctest
 * `status="run|fail|notrun|disabled"`; NUnit and xUnit converters write `executed="False"`, `Ignored`,
 * `NotExecuted`, `Inconclusive` (it ran, but proved nothing: not a pass).
 */
const STATUS_WORDS: Record<string, Outcome | 'unknown'> = {}
const NOT_RUN = ['notrun', 'disabled', 'skipped', 'skip', 'ignored', 'ignore', 'pending', 'notexecuted', 'excluded', 'suppressed', 'inconclusive', 'todo', 'false', 'no']
for (const word of NOT_RUN) STATUS_WORDS[word] = 'skipped'
for (const word of ['fail', 'failed', 'failure', 'xpass']) STATUS_WORDS[word] = 'failure'
for (const word of ['error', 'errored', 'broken', 'timeout', 'timedout', 'crashed', 'aborted']) STATUS_WORDS[word] = 'error'
// Qt Test's result="xfail" is a QEXPECT_FAIL that failed as expected: Qt counts it passed (and "xpass" failed).
for (const word of ['run', 'ran', 'completed', 'complete', 'passed', 'pass', 'success', 'succeeded', 'ok', 'executed', 'true', 'yes', 'xfail']) {
  STATUS_WORDS[word] = 'passed'
}

/** A failing test's attempts within one suite, kept to recognize its reruns. */
interface Attempts {
  test: FailedTest
  /** Its suite's name. */
  suite?: string
  /** What it counts as now: failed (as `kind`) or passed after a failure (flaky). */
  state: 'failing' | 'flaky'
  kind: Failing
  attempts: number
  messages: string[]
  /** Its entry in `matched`, when the matcher picked it. */
  pick?: Pick
}

/** A picked test: its key and, when listed, its entry in `matched.tests`. */
interface Pick {
  key: number
  listed?: MatchedTests['tests'][number]
}

const TALLY: Record<Outcome, 'passed' | 'failed' | 'errors' | 'skipped'> = { passed: 'passed', failure: 'failed', error: 'errors', skipped: 'skipped' }
const OUTCOME: Record<Outcome, TestOutcome> = { passed: 'passed', failure: 'failed', error: 'error', skipped: 'skipped' }

interface Suite {
  pytest: boolean
  file?: string
  name?: string
  /** Failing tests of this suite by identity; created at the first failure. */
  reruns?: Map<string, Attempts>
  /** Its `tests` attribute, when a whole number. */
  declared?: number
  /** Its `skipped` attribute, when a whole number, and the skipped test cases counted in it. */
  declaredSkipped?: number
  skippedListed: number
  /** Test cases counted in it (reruns folded), its bare passing ones (no child element, no time), nested suites. */
  listed: number
  bare: number
  /** Of the listed test cases, those that failed or errored when listed. */
  failingListed: number
  /**
   * In a jest-junit report, its bare passing cases kept back from the per-case callback until the suite closes and
   * tells whether some of them are `it.todo` tests (see `notRun`).
   */
  heldBack?: HeldCase[]
  /** Its bare passing cases the quarantine's matcher picked, in a jest-junit report (they may be todo tests). */
  heldPicks?: Pick[]
  nested: boolean
  /** Its `failures` plus `errors` attributes (whole numbers), when either is written. */
  declaredFailing?: number
  /** Failing elements read in it and the suites inside it: failed or errored cases and attempts, flaky attempts. */
  failing: number
  /** A suite inside it was already found to hide its failures (said once, not again for each enclosing suite). */
  hiding?: boolean
  /** Its element's depth. */
  depth: number
  /** Its place among the report's suite elements (1 for the first), to tell apart suites without a name of their own. */
  ordinal: number
  /** node-tap: the suites closed inside it (its subtests), by name, with the failing elements read in each. */
  subtests?: Map<string, number>
}

/**
 * Parses a JUnit XML report.
 *
 * @param input the report's text or bytes, or its chunks (strings or Buffers, any split) as a stream yields them
 * @throws ReportError naming the file, `junit` and the line and column where the XML broke or stopped being JUnit
 */
export async function parseJUnit(input: XmlInput, opts: JUnitOptions): Promise<TestReport> {
  const maxFailures = opts.maxFailures ?? 200
  /** pytest classnames still to look up as module files in this report (see `pytestModuleFile`). */
  const moduleLookups = fileLookups(opts.roots)
  // The places failures' texts name have lookups of their own: eight a failure, they would use up those that place the
  // failures of the rest of the report by their class names.
  const textLookups = fileLookups(opts.roots)
  const totals: TestTotals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 }
  const failures: FailedTest[] = []
  const flaky: FlakyTest[] = []
  let flakyCount = 0
  const warnings: string[] = []
  let unknownStatuses = 0
  let tracked = 0
  let timeSum = 0
  let sawTime = false
  /** Test cases whose `time` is negative (a clock that went back): left out of the total, each warned of up to a bound. */
  let negativeTimes = 0
  const matched: MatchedTests | undefined = opts.match ? { counts: {}, tests: [] } : undefined
  let listedFailing = 0
  let listedOther = 0
  const tally = (pick: Pick, outcome: Outcome, by: number): void => {
    const counts = (matched as MatchedTests).counts
    const of = (counts[pick.key] ??= { passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 })
    of[TALLY[outcome]] += by
    if (by > 0 && pick.listed) pick.listed.outcome = OUTCOME[outcome]
  }
  /** A picked test's count moves from one outcome to another (a rerun changed it). */
  const move = (group: Attempts, from: Outcome, to: Outcome): void => {
    count(from, -1)
    count(to, 1)
    if (group.pick) {
      tally(group.pick, from, -1)
      tally(group.pick, to, 1)
      if (to === 'passed' && group.pick.listed) group.pick.listed.flaky = true
      if (to !== 'passed' && group.pick.listed) delete group.pick.listed.flaky
    }
  }
  // Test files repeat from case to case: the last one's workspace path is reused.
  let lastRawFile: string | undefined
  let lastFile: string | undefined
  const pickTest = (tag: XmlTag, outcome: Outcome, suite: Suite): Pick | undefined => {
    const name = tag.attr('name') ?? ''
    const classname = tag.attr('classname') || undefined
    const rawFile = tag.attr('file') ?? suite.file
    if (rawFile !== lastRawFile) {
      lastRawFile = rawFile
      lastFile = rawFile ? toWorkspacePath(rawFile, opts.workspace) : undefined
    }
    const file = lastFile
    const id = testId(classname, name, suite)
    const key = (opts.match as NonNullable<JUnitOptions['match']>)({ id, name, ...(file ? { file } : {}) })
    if (!(key >= 0)) return undefined
    const pick: Pick = { key }
    const failing = outcome === 'failure' || outcome === 'error'
    if (failing ? listedFailing++ < maxFailures : listedOther++ < maxFailures) {
      pick.listed = { id, ...(file ? { file } : {}), key, outcome: OUTCOME[outcome] }
      ;(matched as MatchedTests).tests.push(pick.listed)
    }
    tally(pick, outcome, 1)
    return pick
  }
  const onCase = opts.onCase
  /** Bare passes held back from `onCase` (jest-junit), all suites together; past {@link HOLD_LIMIT}, handed on as read. */
  let heldCases = 0
  /** Raw `file` attribute → workspace path, so a suite's thousands of cases convert their shared file once. */
  const caseFiles = onCase ? new Map<string, string>() : undefined

  const count = (outcome: Outcome, by: number): void => {
    if (outcome === 'passed') totals.passed += by
    else if (outcome === 'skipped') totals.skipped += by
    else if (outcome === 'failure') totals.failed += by
    else totals.errors += by
  }
  /** Failing tests the matcher picked (quarantined): listed after the others, so they never crowd a real failure out. */
  const pickedFailures: FailedTest[] = []
  const picked = new WeakSet<FailedTest>()
  const keep = (test: FailedTest): void => {
    const list = picked.has(test) ? pickedFailures : failures
    if (list.length < maxFailures) list.push(test)
  }
  const unkeep = (test: FailedTest): void => {
    const list = picked.has(test) ? pickedFailures : failures
    const at = list.indexOf(test)
    if (at !== -1) list.splice(at, 1)
  }
  const addFlaky = (test: FlakyTest): void => {
    flakyCount++
    if (flaky.length < maxFailures) flaky.push(test)
  }
  /**
   * A suite that lists more test cases than its `tests` attribute says it ran: jest-junit writes each `it.todo` as a
   * test case with nothing in it and time 0, beside a `tests` count without them (jest-junit issue #242), and adds a
   * failing case of its own (" Test execution failure: could be caused by test hooks like 'afterAll'.") that neither
   * its `tests` nor its `failures` count. In a jest-junit report (root `<testsuites name="jest tests">`, its default)
   * the surplus less those uncounted failing cases, up to the suite's bare passes, were not run: counted as skipped,
   * not passed, and said. Elsewhere the surplus is only said: pytest with the flaky plugin lists a rerun test that
   * passed beside a `tests` count without it, and it did run.
   *
   * The per-case callback sees the suite's bare passes once it closes: as skipped when they are all todo tests, as
   * passed when the suite has none; when there are more bare passes than todo tests (jest writes a test that took
   * under a millisecond as time 0 too), which are which the XML does not tell, and none of them is handed on: the
   * test history leaves them out of this run rather than record a todo as passed or a passing test as not run.
   */
  let surplusSuites = 0
  let jestJunit = false
  /** A vitest junit report (root `<testsuites name="vitest tests">`, its default). */
  let vitestJunit = false
  /** node-tap's junit reporter (`tap --reporter=junit`): each subtest is also summed up by a test case; see close. */
  let nodeTapJunit = false
  /** mocha-junit-reporter (root `<testsuites name="Mocha Tests">`, its default). */
  let mochaJunit = false
  /** mocha's built-in xunit reporter: a bare `<testsuite name="Mocha Tests">` root, one case per test run (retries folded). */
  let mochaXunit = false
  /** A `<testsuites>` root without a name, as node --test's junit reporter writes it. */
  let bareRoot = false
  /** How many of the suite's test cases were not run (jest-junit's todo tests); 0 for most suites. */
  const notRun = (suite: Suite): number => {
    if (suite.nested || suite.declared === undefined || suite.listed <= suite.declared) return 0
    const surplus = suite.listed - suite.declared
    const uncountedFailing = Math.max(0, suite.failingListed - (suite.declaredFailing ?? 0))
    const todo = jestJunit ? Math.min(suite.bare, Math.max(0, surplus - uncountedFailing)) : 0
    if (todo > 0) {
      totals.passed -= todo
      totals.skipped += todo
    }
    if (++surplusSuites > STATUS_WARNINGS) return todo
    const where = `${opts.file}: ${suiteLabel(suite)} says tests="${suite.declared}" but lists ${suite.listed} test cases`
    const held = suite.heldBack?.length ?? 0
    warnings.push(
      todo > 0
        ? `${where}: ${todo} of its cases with no result in them (no child element, time 0) are counted as not run, not as passed — jest-junit writes it.todo tests so` +
            (held > todo ? `; which ${todo} of its ${held} such cases they are the XML does not tell, so the test history leaves all ${held} out of this run` : '')
        : `${where}: counted as listed`
    )
    return todo
  }
  /** Hands a closing suite's held-back cases to the per-case callback: skipped when the suite had todo tests. */
  const releaseHeld = (suite: Suite, todo: number): void => {
    const held = suite.heldBack
    if (held === undefined || onCase === undefined) return
    suite.heldBack = undefined
    heldCases -= held.length
    // More bare passes than todo tests: which are the todo tests the XML does not tell, and any outcome recorded for
    // one of them could be untrue (a todo as passed, a test that passed as not run): none is recorded.
    if (todo > 0 && held.length > todo) return
    for (const c of held) {
      CASE.id = c.id
      CASE.idBytes = undefined
      CASE.idLength = undefined
      CASE.file = c.file
      CASE.suite = suite.name
      CASE.outcome = todo > 0 ? 'skipped' : 'passed'
      CASE.flaky = false
      CASE.rerun = c.rerun
      CASE.duration_ms = c.duration_ms
      onCase(CASE)
    }
  }
  /** Another attempt of a test that failed earlier in the same suite. */
  const rerun = (group: Attempts, outcome: Outcome, message: string): void => {
    group.attempts++
    if (outcome === 'failure' || outcome === 'error') {
      if (group.messages.length < FLAKY_MESSAGES) group.messages.push(message)
      if (group.state === 'flaky') {
        move(group, 'passed', outcome)
        group.state = 'failing'
        group.kind = outcome
        group.test.kind = outcome
        group.test.message = message
        keep(group.test)
      } else if (RANK[outcome] > RANK[group.kind]) {
        move(group, group.kind, outcome)
        group.kind = outcome
        group.test.kind = outcome
        group.test.message = message
      }
    } else if (outcome === 'passed' && group.state === 'failing') {
      move(group, group.kind, 'passed')
      group.state = 'flaky'
      unkeep(group.test)
    }
  }
  /**
   * A suite whose `failures`/`errors` attributes say tests failed while neither it nor a suite inside it lists any
   * failing element: the report says something failed and does not show what (jest-junit's suite that failed to run,
   * `errors="1"` with no test case; a truncated or hand-edited report). Counting only the listed cases would call it
   * a pass, so the gate is failed with it. Only "none listed" is judged: Catch2 counts failed assertions there, more
   * than its failing cases.
   */
  const unlisted: string[] = []
  let unlistedSuites = 0
  const unlistedFailures = (suite: Suite): void => {
    if (suite.declaredFailing === undefined || suite.failing > 0 || suite.hiding) return
    suite.hiding = true
    if (++unlistedSuites > STATUS_WARNINGS) return
    unlisted.push(
      `${opts.file}: ${suiteLabel(suite)} says ${suite.declaredFailing} test(s) failed or errored (its failures and errors attributes) but lists no failing test case: what failed is not in the report`
    )
  }
  let suiteFailures = 0
  const suiteFailure = (suite: Suite, element: string, said: string): void => {
    if (++suiteFailures > STATUS_WARNINGS) return
    unlisted.push(
      `${opts.file}: ${suiteLabel(suite)} has a <${element}> of its own, outside any test case${said ? ` (${said})` : ''}: the suite failed`
    )
  }
  /** Suites inside another suite in which a test case failed (see `hiddenParents`). */
  let failingInnerSuites = 0
  /** The run's counts a runner wrote as comments in the root (node --test: tests, pass, fail, cancelled, …). */
  const runnerCounts: Record<string, number> = {}
  const closeSuite = (suite: Suite | undefined, parent: Suite | undefined): void => {
    if (suite !== undefined && parent !== undefined && suite.failing > 0) failingInnerSuites++
    if (suite !== undefined) {
      const todo = notRun(suite)
      releaseHeld(suite, todo)
      // Picked bare passes of a suite with todo tests: not run, never passed (as in the totals).
      if (todo > 0) {
        for (const pick of suite.heldPicks ?? []) {
          tally(pick, 'passed', -1)
          tally(pick, 'skipped', 1)
        }
      }
      unlistedFailures(suite)
      unlistedSkipped(suite)
      if (parent !== undefined) {
        parent.failing += suite.failing
        if (suite.hiding) parent.hiding = true
        if (nodeTapJunit && suite.name !== undefined) (parent.subtests ??= new Map()).set(suite.name, suite.failing)
      }
    }
    for (const group of suite?.reruns?.values() ?? []) {
      if (group.state !== 'flaky') continue
      if (group.pick) (matched as MatchedTests).counts[group.pick.key].flaky++
      const { id, classname, name, file } = group.test
      addFlaky({ id, ...(group.suite ? { suite: group.suite } : {}), ...(classname ? { classname } : {}), name, ...(file ? { file } : {}), attempts: group.attempts, failures: group.messages })
    }
  }

  /**
   * node --test's junit reporter writes a test with subtests as a `<testsuite>` and drops that test's own failure (a
   * `before` hook or its body that threw after its subtests passed): only the run's counts in the root's comments
   * (`<!-- fail 1 -->`) keep it, and the suite says failures="0". node counts every failed or cancelled test there,
   * a parent test whose subtest failed included (describe blocks are suites, not counted). So at least
   * fail + cancelled − the failing test cases listed − the inner suites that hold a failing test case failed
   * without a test case saying so: counted as failed tests (the pass rate never claims them) and the gate is failed,
   * saying it. Exact when no listed test case failed; a lower bound otherwise.
   */
  /**
   * A suite with no suite inside it whose `tests` and `skipped` attributes both say it has n more tests than it lists,
   * all skipped: cargo's libtest (`--format junit`) leaves its ignored tests out, beside `tests` and `skipped` counts
   * with them; PHPUnit writes a class skipped in `setUpBeforeClass` as `<testsuite tests="2" skipped="2"/>` with no
   * test case. Those n are counted as skipped, as the runner counts them ("1 ignored", "Skipped: 2"), with a warning;
   * they have no name, so the test history cannot record them. mocha-junit-reporter's are counted at its root (below).
   */
  let unlistedSkippedSuites = 0
  const unlistedSkipped = (suite: Suite): void => {
    if (suite.nested || mochaJunit || suite.declared === undefined || suite.declaredSkipped === undefined) return
    const missing = suite.declared - suite.listed
    if (missing <= 0 || missing > MAX_UNLISTED_PENDING || missing !== suite.declaredSkipped - suite.skippedListed) return
    totals.total += missing
    totals.skipped += missing
    if (++unlistedSkippedSuites > STATUS_WARNINGS) return
    warnings.push(
      `${opts.file}: ${suiteLabel(suite)} says tests="${suite.declared}" and skipped="${suite.declaredSkipped}" but lists ${suite.listed} test case(s), ${suite.skippedListed} of them skipped: ` +
        `the ${missing} it does not list are counted as skipped (cargo's libtest leaves ignored tests out; PHPUnit writes a class skipped before its tests as a suite with none)`
    )
  }
  /**
   * mocha-junit-reporter leaves pending tests (`it.skip`, `it('title')` without a body, `this.skip()`) out of the
   * report unless its `includePending` option is set, and counts them only in its root's `skipped` (its root is
   * `<testsuites name="Mocha Tests">`): those not listed are counted as skipped, so the counts say what mocha printed
   * ("4 pending"), with a warning. They have no name: the test history cannot record them.
   */
  let mochaPending: number | undefined
  const unlistedPending = (): void => {
    if (mochaPending === undefined || !Number.isInteger(mochaPending) || mochaPending <= totals.skipped) return
    // Counts past any real run's are not added: near 2^53 a sum drops units, and total − skipped would lose the
    // failing tests (skipped="9007199254740994" beside 2 passes and 1 failure read as 2 of 2 executed tests passing).
    if (mochaPending > MAX_UNLISTED_PENDING) {
      warnings.push(`${opts.file}: the report says skipped="${mochaPending}", more than ${MAX_UNLISTED_PENDING} tests: not counted`)
      return
    }
    const missing = mochaPending - totals.skipped
    totals.total += missing
    totals.skipped += missing
    warnings.push(
      `${opts.file}: the report says skipped="${mochaPending}" but lists ${mochaPending - missing} skipped test case(s): mocha-junit-reporter leaves pending tests out unless its includePending option is set; ${missing} counted as skipped (set includePending to see which)`
    )
  }
  /** Failed tests counted without a test case to name (`hiddenParents`): not a failure left out of `failures`. */
  let unnamedFailures = 0
  const hiddenParents = (): void => {
    const { tests, pass, fail, cancelled, skipped, todo } = runnerCounts
    if ([tests, pass, fail, cancelled, skipped, todo].some((n) => n === undefined)) return
    const hidden = fail + cancelled - (totals.failed + totals.errors) - failingInnerSuites
    if (hidden <= 0) return
    unnamedFailures = hidden
    const listed = totals.failed + totals.errors
    totals.total += hidden
    totals.failed += hidden
    unlisted.push(
      `${opts.file}: node's test runner counted ${fail + cancelled} failed or cancelled test(s) (the report's <!-- fail ${fail} --> and <!-- cancelled ${cancelled} --> comments) but the report lists ${listed} failing test case(s): ` +
        `${failingInnerSuites > 0 ? 'at least ' : ''}${hidden} test(s) with subtests failed on their own (a before hook or the test's own body threw after its subtests passed), which node's junit reporter writes as a <testsuite> with no failure; counted as failed tests`
    )
  }

  const { warnings: xmlWarnings } = await streamXml(input, opts.file, 'junit', (xml) => {
    /** Per open `<testsuite>`: is it pytest's (whose `line` attributes are 0-based), its `file` and name. */
    const suites: Suite[] = []
    let suitesOpened = 0
    let caseDepth = 0
    let caseTag: XmlTag | undefined
    /** The open test case has no child element so far. */
    let caseBare = true
    let outcome: Outcome = 'passed'
    let message: string | undefined
    /** Surefire's `<flakyFailure>`/`<flakyError>` messages of the open test case. */
    let flakyAttempts: string[] | undefined
    /**
     * The runs of the open test case its runner retried, when the presets' modules wrote them (see
     * `JEST_INVOCATIONS_MODULE` and `VITEST_RETRIES_MODULE` in preset-node.ts, `PYTEST_RERUNS_PLUGIN` in
     * preset-python.ts): jest's `invocations` property (`jest.retryTimes`), vitest's `retryCount` plus one (`retry`),
     * pytest's `reruns` plus one (pytest-rerunfailures); 0 when not written. With them, the first lines of the failed
     * runs' errors (`retryReason1`…; jest keeps them only under `logErrorsBeforeRetry`).
     */
    let invocations = 0
    let retryReasons: string[] | undefined
    /**
     * Test cases opened so far, and the one `invocations` and `retryReasons` are of: they are reset only when a case
     * has such properties, so a case without them costs nothing here.
     */
    let cases = 0
    let retryCase = 0
    /** The open test case has a `<skipped type="todo">` (node --test's todo tests, whose failures node does not count). */
    let todoCase = false
    /** node-tap: the test case has a `skip` or `todo` property (a test point it did not run). */
    let tapNotRun = false
    /** The open test case has Catch2's `<skipped message="TEST_CASE tagged with !mayfail"/>`: it failed as expected. */
    let mayFailCase = false
    /** Surefire's `<rerunError>` in the open test case: a rerun of it errored. */
    let rerunErrored = false
    /** The `type` of the open test case's failing element: its message when it has neither message nor text. */
    let failureType: string | undefined
    /** Qt Test 5's skip comment in the open test case. */
    let qtSkipped = false
    /** ctest's reason for a test it did not run and counts as failed ("Unable to find executable"), if the case has one. */
    let ctestNotRun: string | undefined
    /** Depth of the `<failure>`/`<error>` whose text is being read for a message, 0 when none. */
    let textDepth = 0
    let text = ''
    /** The open failure's text is read for its message (else only for where it failed). */
    let textForMessage = false
    /** The open `<system-out>` is read for a failure that gave no message (see {@link rustFailure}). */
    let outputForMessage = false
    /** The open test case's failure text, for the line it failed at when the case names none. */
    let failureText: string | undefined
    /** Warns of a status word this reader does not know, on the open test case (one function, not one per case). */
    const unknownStatus = (word: string): void => {
      if (++unknownStatuses <= STATUS_WARNINGS) {
        warnings.push(`${opts.file}: test case ${JSON.stringify(caseTag?.attr('name') ?? '')} has the status ${JSON.stringify(word)}, which this reader does not know: judged by its child elements`)
      }
    }

    /**
     * A `<properties>` or `<property>` of the open test case in a report whose presets' module records retries
     * (`runsProperty`): reads the runs and the retry reasons; true when the element was one of those (nothing else to
     * do with it). Apart from `open`, which every element goes through, so that it stays small.
     */
    const retryProperty = (tag: XmlTag, name: string, depth: number): boolean => {
      // jest-junit writes an empty <properties> in every case once a properties module is set (the node preset's is):
      // it says nothing about the test, and a todo test stays the bare case it is (see `notRun`).
      // The property that counts a test case's runs in this report, if any: jest's runs, vitest's retries,
      // pytest-rerunfailures' reruns (the presets' modules write them).
      const runsProperty = jestJunit ? 'invocations' : vitestJunit ? 'retryCount' : (suites.at(-1) as Suite).pytest ? 'reruns' : undefined
      if (runsProperty === undefined) return false
      if (name === 'properties') return depth === caseDepth + 1
      if (depth !== caseDepth + 2) return false
      if (retryCase !== cases) {
        retryCase = cases
        invocations = 0
        retryReasons = undefined
      }
      const property = tag.attr('name') ?? ''
      if (property === runsProperty) {
        const value = tag.number('value')
        const runs = value !== undefined && Number.isInteger(value) ? (jestJunit ? value : value + 1) : 0
        if (runs > 1) {
          invocations = runs
          // It ran: not a todo test, whatever its time.
          caseBare = false
        }
      } else if (/^retryReason\d+$/.test(property) && (retryReasons?.length ?? 0) < FLAKY_MESSAGES) {
        ;(retryReasons ??= []).push(firstLine(tag.attr('value') ?? ''))
      }
      return true
    }

    return {
      comment(text, depth) {
        // Qt Test 5's junitxml writes a QSKIP'd test as a test case holding only `<!-- message="why" type="skip" -->`.
        if (caseDepth !== 0 && depth === caseDepth && QT_SKIP.test(text)) qtSkipped = true
        if (depth !== 1) return
        // node --test's junit reporter ends its root with the run's counts: `<!-- tests 3 -->`, `<!-- fail 1 -->`, …
        const said = /^\s*(tests|suites|pass|fail|cancelled|skipped|todo)\s+(\d{1,15})\s*$/.exec(text)
        if (said && suites.length === 1 && suites[0].depth === 1) runnerCounts[said[1]] = Number(said[2])
      },
      open(tag, depth) {
        const name = tag.name
        if (depth === 1 && name !== 'testsuites' && name !== 'testsuite') {
          const other = otherTestFormat(name, tag.attr('xmlns'))
          throw xml.error(`the root element is <${name}>, expected <testsuites> or <testsuite>${other ? `: ${other}` : ''}`)
        }
        // Check's XML has a <testsuites> root too, in its namespace, holding <suite> and <test>: read as JUnit it was a
        // report of no test, whatever failed.
        if (depth === 1 && tag.attr('xmlns') === CHECK_XMLNS) throw xml.error(`the root element is <${name} xmlns="${CHECK_XMLNS}">: ${CHECK_XML}`)
        if (caseDepth === 0) {
          if (name === 'testsuite' || name === 'testsuites') {
            if (depth === 1 && name === 'testsuites' && tag.attr('name') === 'jest tests') jestJunit = true
            // node --test's junit reporter writes a bare <testsuites> root and classname="test" on every case.
            if (depth === 1 && name === 'testsuites' && tag.attr('name') === undefined) bareRoot = true
            if (depth === 1 && name === 'testsuites' && tag.attr('name') === 'TAP Tests') nodeTapJunit = true
            if (depth === 1 && name === 'testsuites' && tag.attr('name') === 'vitest tests') vitestJunit = true
            if (depth === 1 && name === 'testsuite' && tag.attr('name') === 'Mocha Tests') mochaXunit = true
            if (depth === 1 && name === 'testsuites' && tag.attr('name') === 'Mocha Tests') {
              mochaJunit = true
              mochaPending = tag.number('skipped')
            }
            const parent = suites.at(-1)
            const suiteName = tag.attr('name')
            if (parent) parent.nested = true
            const declared = tag.number('tests')
            const declaredSkipped = tag.number('skipped')
            const declaredFailing = wholeCount(tag, 'failures') + wholeCount(tag, 'errors')
            suites.push({
              pytest: (parent?.pytest ?? false) || (name === 'testsuite' && suiteName === 'pytest'),
              file: tag.attr('file') ?? parent?.file,
              name: suiteName,
              ...(declared !== undefined && Number.isInteger(declared) && declared >= 0 ? { declared } : {}),
              ...(declaredSkipped !== undefined && Number.isInteger(declaredSkipped) && declaredSkipped >= 0 ? { declaredSkipped } : {}),
              skippedListed: 0,
              listed: 0,
              bare: 0,
              failingListed: 0,
              nested: false,
              ...(declaredFailing > 0 ? { declaredFailing } : {}),
              failing: 0,
              depth,
              ordinal: name === 'testsuite' ? ++suitesOpened : 0
            })
          } else if ((name === 'failure' || name === 'error') && depth === (suites.at(-1)?.depth ?? 0) + 1) {
            // A failure of the suite itself, outside any test case (a setup that crashed): no test case says it
            // failed, so the listed cases alone would be a pass.
            const suite = suites.at(-1) as Suite
            suite.failing++
            suiteFailure(suite, name, firstLine(tag.attr('message') ?? tag.attr('type') ?? ''))
          } else if (name === 'testcase') {
            caseDepth = depth
            caseTag = tag
            caseBare = true
            outcome = 'passed'
            message = undefined
            flakyAttempts = undefined
            cases++
            todoCase = false
            tapNotRun = false
            mayFailCase = false
            rerunErrored = false
            failureType = undefined
            qtSkipped = false
            ctestNotRun = undefined
            failureText = undefined
            outputForMessage = false
          }
          return
        }
        if (name === 'testcase' || name === 'testsuite' || name === 'testsuites') {
          // No JUnit writer nests these in a test case, and what a failure in one means for the outer case is
          // anyone's guess: counted as the outer case's child it was ignored, and a failing test read as passed.
          throw xml.error(`a <${name}> inside the <testcase> ${JSON.stringify(caseTag?.attr('name') ?? '')}: test cases and suites are not nested in a test case in JUnit XML`)
        }
        if (nodeTapJunit && name === 'property' && depth === caseDepth + 2) {
          // node-tap writes a skipped or todo test point as a case with a `skip` or `todo` property and no <skipped>.
          const property = tag.attr('name')
          if ((property === 'skip' || property === 'todo') && tag.attr('value') !== 'false') tapNotRun = true
        }
        if ((name === 'properties' || name === 'property') && retryProperty(tag, name, depth)) return
        caseBare = false
        if (depth !== caseDepth + 1) return
        if (name === 'flakyFailure' || name === 'flakyError') {
          ;(flakyAttempts ??= []).push(firstLine(tag.attr('message') ?? tag.attr('type') ?? ''))
          return
        }
        if (name === 'rerunError') rerunErrored = true
        if (name === 'system-out' && message === '' && outcome !== 'passed' && outcome !== 'skipped' && textDepth === 0) {
          // cargo's libtest writes `<failure type="assert"/>` and the panic in the case's output; cucumber-js an undefined or
          // pending step as `<failure/>` and the step's status there.
          if (failures.length < maxFailures || pickedFailures.length < maxFailures) {
            outputForMessage = true
            textDepth = depth
            text = ''
            xml.captureText(true)
          }
          return
        }
        if (name === 'skipped' && tag.attr('type') === 'todo') todoCase = true
        if (name === 'skipped' && tag.attr('message') === CATCH2_MAYFAIL) mayFailCase = true
        if (name === 'skipped' && caseTag !== undefined) ctestNotRun = ctestFailedNotRun(caseTag, tag)
        // nose2 writes an unexpected success (unittest: a failure, exit status 1) as a <skipped>.
        const unexpectedSuccess = name === 'skipped' && tag.attr('message') === NOSE2_UNEXPECTED_SUCCESS
        const kind: Outcome | undefined =
          name === 'failure' || unexpectedSuccess ? 'failure' : name === 'error' ? 'error' : name === 'skipped' ? 'skipped' : undefined
        if (kind === undefined || RANK[kind] <= RANK[outcome]) return
        outcome = kind
        if (kind === 'skipped') return
        message = unexpectedSuccess ? `unexpected success: ${NOSE2_UNEXPECTED_SUCCESS}` : firstLine(tag.attr('message') ?? '')
        failureType = tag.attr('type')
        const room = failures.length < maxFailures || pickedFailures.length < maxFailures
        textForMessage =
          (message === '' || message === PYTEST_COLLECTION || GO_MESSAGES.has(message) || WRITER_WORDS.has(message) || BOOST_MESSAGES.has(message) || CT_MESSAGE.test(message) || bareMatcher(message)) &&
          room
        // jest-junit puts the message in the element's text, not in an attribute; pytest's collection errors say
        // why (the ImportError) only there. A case without a line attribute (vitest, jest-junit, node, pytest's
        // xunit2) has where it failed only there: its stack names the test file with the line.
        if (textForMessage || (room && caseTag?.attr('line') === undefined)) {
          textDepth = depth
          text = ''
          xml.captureText(true)
        }
      },
      text(chunk) {
        if (text.length < FAILURE_TEXT_LIMIT) text += chunk.slice(0, FAILURE_TEXT_LIMIT)
        else xml.captureText(false)
      },
      close(name, depth) {
        if (depth === textDepth) {
          textDepth = 0
          xml.captureText(false)
          if (outputForMessage) {
            outputForMessage = false
            message = rustFailure(text) || cucumberStep(text)
            text = ''
            return
          }
          if (textForMessage && message === PYTEST_COLLECTION) message = collectionFailure(text.slice(0, 4 * MESSAGE_LIMIT))
          else if (textForMessage && bareMatcher(message as string)) message = matcherValues(message as string, text)
          else if (textForMessage && GO_MESSAGES.has(message as string)) message = goFailure(text) || message
          else if (textForMessage && WRITER_WORDS.has(message as string)) message = textMessage(text, caseTag) || message
          else if (textForMessage && BOOST_MESSAGES.has(message as string)) message = boostFailure(text) || message
          else if (textForMessage && CT_MESSAGE.test(message as string)) message = erlangReason(text) || message
          else if (textForMessage) message = (nodeTapJunit && nodeTapFailure(text)) || textMessage(text, caseTag)
          failureText = text
          text = ''
        }
        if (caseDepth === 0) {
          if (name === 'testsuite' || name === 'testsuites') closeSuite(suites.pop(), suites.at(-1))
          return
        }
        if (depth !== caseDepth) return
        caseDepth = 0
        const tag = caseTag as XmlTag
        // The runs its properties counted (0: none, or those of an earlier case), or PHPUnit's attempt (see phpunitAttempt).
        const runs = retryCase === cases ? invocations : phpunitAttempt(tag)
        const time = tag.number('time')
        // A blank time="" reads as 0 but says nothing: it does not make the report timed.
        if (time !== undefined && Number.isFinite(time) && (time !== 0 || tag.attr('time')?.trim() !== '')) {
          // A negative duration is no duration (Jenkins' JUnit plugin reads it as 0): summed, it would make the
          // report's total time less than the time its other tests took, or negative.
          if (time < 0) {
            if (++negativeTimes <= STATUS_WARNINGS) {
              warnings.push(`${opts.file}: test case ${JSON.stringify(tag.attr('name') ?? '')} has time="${tag.attr('time')?.slice(0, 40)}", a negative duration: left out of the total time`)
            }
          } else {
            timeSum += time
            sawTime = true
          }
        }
        // node --test runs a todo test and writes its failure beside <skipped type="todo">, but counts it as todo, not
        // as failed (its `<!-- todo -->` comment, its exit status): not run as a verdict on the code, like a skip.
        if (todoCase && outcome === 'failure') {
          outcome = 'skipped'
          message = undefined
        }
        // Catch2 writes the failed assertions of a test tagged [!mayfail] or [!shouldfail] beside its <skipped> marker,
        // and counts the test as "failed as expected", not failed (its exit status stays 0): like pytest's xfail.
        if (mayFailCase && (outcome === 'failure' || outcome === 'error')) {
          outcome = 'skipped'
          message = undefined
        }
        if (qtSkipped && outcome === 'passed') outcome = 'skipped'
        // Surefire counts a test that failed and then errored on a rerun (`<failure>` and a `<rerunError>`) as an error,
        // as reruns written one element each count: an error if any attempt errored.
        if (rerunErrored && outcome === 'failure') outcome = 'error'
        // ctest lists a test it could not run (no executable, a failed fixture, missing files) among the FAILED, "(Not
        // Run)", and exits non-zero; its JUnit writes it as status="notrun" with a <skipped> that gives the reason.
        if (ctestNotRun !== undefined && outcome === 'skipped') {
          outcome = 'error'
          message = `not run: ${ctestNotRun} (ctest counts it as failed)`
        }
        // node-tap counts a skipped or todo point as skip or todo, whatever it did: not run as a verdict on the code.
        if (tapNotRun && outcome !== 'skipped') {
          outcome = 'skipped'
          message = undefined
        }
        const said = statusOutcome(tag, unknownStatus)
        if (said !== undefined && RANK[said.outcome] > RANK[outcome]) {
          outcome = said.outcome
          if (outcome !== 'skipped') message = `${said.said}, with no failure element`
        }
        const suite = suites.at(-1) as Suite
        if (nodeTapJunit && suite.subtests !== undefined) {
          // node-tap writes a subtest as a <testsuite> of its assertions, then, in the parent suite, a <testcase> of the
          // same name that sums it up (failed when an assertion failed). tap counts the assertions (total 4, fail 1),
          // so this case is not a test of its own: left out, unless it holds a failure no assertion inside showed
          // (a subtest that threw, or ended short of its plan).
          const failedInside = suite.subtests.get(tag.attr('name') ?? '')
          if (failedInside !== undefined && (failedInside > 0 || outcome === 'passed' || outcome === 'skipped')) return
        }
        // Erlang common_test's cth_surefire hook writes the configuration functions (init_per_suite, end_per_group, …)
        // as test cases beside the tests; ct counts them in no total (nor do the hook's suite attributes): one that
        // failed stays a failure (ct prints it as FAILED, and the tests it guarded are skipped), the others are left out.
        if ((outcome === 'passed' || outcome === 'skipped') && tag.attr('log') !== undefined && CT_CONFIG_FUNCTIONS.has(tag.attr('name') ?? '')) return
        if (outcome === 'failure' || outcome === 'error' || flakyAttempts !== undefined) suite.failing++
        const key = suite.reruns !== undefined && suite.reruns.size > 0 && named(tag) ? identity(tag) : undefined
        const group = key === undefined ? undefined : suite.reruns?.get(key)
        if (onCase !== undefined) {
          // jest-junit's todo tests are bare passes too: held back until the suite tells how many it did not run.
          if (jestJunit && caseBare && outcome === 'passed' && !(time !== undefined && time > 0) && suite.declared !== undefined && heldCases < HOLD_LIMIT) {
            heldCases++
            const file = tag.attr('file') ?? suite.file
            ;(suite.heldBack ??= []).push({
              id: testId(tag.attr('classname') || undefined, tag.attr('name') ?? '', suite),
              file: caseFile(file, caseFiles as Map<string, string>, opts.workspace),
              rerun: group !== undefined,
              duration_ms: time !== undefined && time >= 0 ? time * 1000 : undefined
            })
          } else reportCase(onCase, tag, outcome, flakyAttempts !== undefined || runs > 1, group !== undefined, time, suite, caseFiles as Map<string, string>, opts.workspace)
        }
        // An empty `<failure type="unittest.case._UnexpectedSuccess"/>` (subunit2junitxml) says what failed by its type,
        // an exception class's qualified name; a bare word (cargo's `type="assert"`) says nothing.
        if (!message && failureType && /\w[.:]+\w/.test(failureType) && (outcome === 'failure' || outcome === 'error')) message = firstLine(failureType)
        if (group !== undefined) {
          rerun(group, outcome, message ?? '')
          return
        }
        totals.total++
        count(outcome, 1)
        suite.listed++
        if (outcome === 'failure' || outcome === 'error') suite.failingListed++
        else if (outcome === 'skipped') suite.skippedListed++
        if (caseBare && outcome === 'passed' && !(time !== undefined && time > 0)) suite.bare++
        const pick = matched ? pickTest(tag, outcome, suite) : undefined
        // A picked bare pass of a jest-junit suite may be a todo test: judged when the suite closes (`notRun`).
        if (pick && jestJunit && caseBare && outcome === 'passed' && !(time !== undefined && time > 0) && suite.declared !== undefined) (suite.heldPicks ??= []).push(pick)
        if (outcome === 'failure' || outcome === 'error') {
          const test = failedTest(tag, outcome, message ?? '', suite, opts.workspace, moduleLookups, failureText === undefined ? undefined : { text: failureText, lookups: textLookups })
          if (pick) picked.add(test)
          keep(test)
          // mocha-junit-reporter, mocha's xunit reporter, vitest, jest-junit and node --test write each test the runner
          // ran as one test case, a retried one too (measured, see README): a repeated name there is another test that
          // shares it — but for the two cases jest-junit writes for a test file that failed to run, under its fixed class name.
          if (suite.pytest || !named(tag) || mochaJunit || mochaXunit || vitestJunit || (jestJunit && tag.attr('classname') !== JEST_SUITE_ERROR_CLASS)) return
          if (bareRoot && tag.attr('classname') === NODE_CLASSNAME) return
          if (tracked < RERUN_TRACKING) {
            tracked++
            ;(suite.reruns ??= new Map()).set(key ?? identity(tag), {
              test,
              ...(suite.name ? { suite: suite.name } : {}),
              state: 'failing',
              kind: outcome,
              attempts: 1,
              messages: [message ?? ''],
              ...(pick ? { pick } : {})
            })
          } else if (tracked++ === RERUN_TRACKING) {
            warnings.push(`${opts.file}: more than ${RERUN_TRACKING} failing test cases: reruns of the ones past that count as other tests`)
          }
        } else if (outcome === 'passed' && (flakyAttempts !== undefined || runs > 1)) {
          // Surefire: failed attempts inside the test case that finally passed; jest, vitest and pytest: a test that
          // passed on its last run of `invocations` (`jest.retryTimes`, vitest's `retry`, `--reruns`), the others failed.
          if (pick) {
            ;(matched as MatchedTests).counts[pick.key].flaky++
            if (pick.listed) pick.listed.flaky = true
          }
          const test = failedTest(tag, 'failure', '', suite, opts.workspace, moduleLookups)
          addFlaky({
            id: test.id,
            ...(suite.name ? { suite: suite.name } : {}),
            ...(test.classname ? { classname: test.classname } : {}),
            name: test.name,
            ...(test.file ? { file: test.file } : {}),
            attempts: flakyAttempts !== undefined ? flakyAttempts.length + 1 : runs,
            failures: (flakyAttempts ?? retryReasons ?? []).slice(0, FLAKY_MESSAGES)
          })
        }
      }
    }
  })

  hiddenParents()
  unlistedPending()
  if (suiteFailures > STATUS_WARNINGS) unlisted.push(`${opts.file}: ${suiteFailures - STATUS_WARNINGS} more failures of suites outside any test case`)
  if (unlistedSuites > STATUS_WARNINGS) unlisted.push(`${opts.file}: ${unlistedSuites - STATUS_WARNINGS} more suites say tests failed but list no failing test case`)
  if (negativeTimes > STATUS_WARNINGS) warnings.push(`${opts.file}: ${negativeTimes - STATUS_WARNINGS} more test cases have a negative time, left out of the total time`)
  if (surplusSuites > STATUS_WARNINGS) warnings.push(`${opts.file}: ${surplusSuites - STATUS_WARNINGS} more suites list more test cases than their tests attribute says (judged as above)`)
  if (sawTime) totals.time_seconds = Math.round(timeSum * 1e6) / 1e6
  for (const test of pickedFailures) if (failures.length < maxFailures) failures.push(test)
  return {
    format: 'junit',
    totals,
    failures,
    failures_truncated: failures.length < totals.failed + totals.errors - unnamedFailures,
    flaky,
    flaky_count: flakyCount,
    warnings: [...xmlWarnings, ...warnings],
    ...(unlisted.length > 0 ? { unlisted_failures: unlisted } : {}),
    ...(matched ? { matched } : {})
  }
}

/** The class name jest-junit gives the cases of a test file that failed to run (`reportTestSuiteErrors`). */
const JEST_SUITE_ERROR_CLASS = 'Test suite failed to run'
/** bats' first line of a failure's text: where it failed (`(in test file test/a.bats, line 3)`, or in a function there). */
const BATS_LOCATION = /^\((?:from function `[^`']{0,200}' )?in test file (.{1,1000}), line (\d{1,9})\)$/
/** The first line of jest's text for such a file (jest-junit's `<error>` text). */
const JEST_SUITE_ERROR_HEADER = `● ${JEST_SUITE_ERROR_CLASS}`

const CASE_OUTCOME: Record<Outcome, JUnitCase['outcome']> = { passed: 'passed', skipped: 'skipped', failure: 'failed', error: 'error' }

function reportCase(
  onCase: (test: JUnitCase) => void,
  tag: XmlTag,
  outcome: Outcome,
  flaky: boolean,
  rerun: boolean,
  time: number | undefined,
  suite: Suite,
  files: Map<string, string>,
  workspace: string
): void {
  let file: string | undefined
  // The file attribute is most often the previous case's: compared as bytes, no string made for it.
  const fileEnd = tag.copyAttr('file', SCRATCH, 0)
  if (fileEnd >= 0 && LAST_FILE.string !== undefined && LAST_FILE.of === files && fileEnd === LAST_FILE.length && sameBytes(SCRATCH, LAST_FILE.bytes, fileEnd)) {
    file = LAST_FILE.string
  } else {
    file = caseFile(fileEnd === -1 ? suite.file : tag.attr('file'), files, workspace)
    LAST_FILE.string = undefined
    if (fileEnd >= 0 && file !== undefined && fileEnd <= LAST_FILE.bytes.length) {
      for (let i = 0; i < fileEnd; i++) LAST_FILE.bytes[i] = SCRATCH[i]
      LAST_FILE.length = fileEnd
      LAST_FILE.string = file
      LAST_FILE.of = files
    }
  }
  // The id handed as the attributes' bytes when they are plain (no string made); else made from their values.
  let idLength = -1
  const cls = tag.copyAttr('classname', SCRATCH, 0)
  // node's classname="test" is replaced by the suite's name (see classOf): made as a string.
  const nodeClass = cls === 4 && SCRATCH.toString('latin1', 0, 4) === NODE_CLASSNAME && !!suite.name && !suite.pytest
  if (cls !== -2 && !nodeClass) {
    const at = cls > 0 ? cls + 2 : 0
    if (cls > 0) SCRATCH[cls] = SCRATCH[cls + 1] = 0x3a
    const end = tag.copyAttr('name', SCRATCH, at)
    if (end !== -2) idLength = end === -1 ? at : end
  }
  if (idLength >= 0) {
    CASE.id = ''
    CASE.idBytes = SCRATCH
    CASE.idLength = idLength
  } else {
    const name = tag.attr('name') ?? ''
    CASE.id = testId(tag.attr('classname') || undefined, name, suite)
    CASE.idBytes = undefined
    CASE.idLength = undefined
  }
  // One object, reused for every case (the callback copies what it keeps): nothing allocated per case.
  CASE.file = file
  CASE.suite = suite.name
  CASE.outcome = CASE_OUTCOME[outcome]
  CASE.flaky = flaky && outcome === 'passed'
  CASE.rerun = rerun
  CASE.duration_ms = time !== undefined && time >= 0 && time < Infinity ? time * 1000 : undefined
  onCase(CASE)
}

/** Whether the first `n` bytes of `a` and `b` are the same: a byte loop (a file path is short; Buffer#compare is a call into C++ per case). */
function sameBytes(a: Buffer, b: Buffer, n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false
  return true
}

/** A case's `file` attribute as a workspace path, converted once per distinct attribute of the parse (`files`). */
function caseFile(raw: string | undefined, files: Map<string, string>, workspace: string): string | undefined {
  if (!raw) return undefined
  let file = files.get(raw)
  if (file === undefined) {
    file = toWorkspacePath(raw, workspace)
    if (files.size < 10_000) files.set(raw, file)
  }
  return file
}

/** Where a case's attributes are copied to be compared or made into its id. */
const SCRATCH = Buffer.allocUnsafe(1 << 16)
/** The last case's `file` attribute as bytes, and its workspace path, in the parse whose path map is `of`. */
const LAST_FILE: { bytes: Buffer; length: number; string: string | undefined; of: Map<string, string> | undefined } = {
  bytes: Buffer.allocUnsafe(4096),
  length: 0,
  string: undefined,
  of: undefined
}

const CASE: JUnitCase = { id: '', file: undefined, suite: undefined, outcome: 'passed', flaky: false, rerun: false, duration_ms: undefined }

const STATUS_ATTRIBUTES = new AsciiNames(['status', 'result', 'executed'])

/**
 * What a test case's `status`, `result` and `executed` attributes say (the gravest of them) and the attribute that
 * says it (`status="fail"`), if anything.
 */
function statusOutcome(tag: XmlTag, unknown: (word: string) => void): { outcome: Outcome; said: string } | undefined {
  const present = tag.attrsOf(STATUS_ATTRIBUTES)
  if (present === undefined) return undefined
  let gravest: { outcome: Outcome; said: string } | undefined
  for (const [name, value] of present) {
    const word = value.toLowerCase().replace(/[\s_-]/g, '')
    if (word === '') continue
    const meaning = Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : 'unknown'
    if (meaning === 'unknown') unknown(value)
    else if (gravest === undefined || RANK[meaning] > RANK[gravest.outcome]) gravest = { outcome: meaning, said: `${name}="${value}"` }
  }
  return gravest
}

/** A count attribute's value when it is a whole number of zero or more; 0 when it is not written or is not one. */
function wholeCount(tag: XmlTag, name: string): number {
  const value = tag.number(name)
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : 0
}

/** Has the test case a name? One without cannot be told apart from another: it is never taken for a rerun. */
function named(tag: XmlTag): boolean {
  return (tag.attr('name') ?? '') !== ''
}

/**
 * What makes two test cases of one suite the same test: class name, name, and `file`, `line` and `id` when written.
 * tap-junit names each of tape's or ava's assertions by its message (`should be deeply equivalent` over and over) and
 * numbers them with `id`: a failing one followed by a passing one of the same message is two tests, not a rerun.
 */
function identity(tag: XmlTag): string {
  return `${tag.attr('classname') ?? ''}\u0000${tag.attr('name') ?? ''}\u0000${tag.attr('file') ?? ''}\u0000${tag.attr('line') ?? ''}\u0000${tag.attr('id') ?? ''}`
}

/**
 * The class part of a test's id (`class::name`): its `classname`, except where node's junit reporter wrote it. That
 * reporter writes `classname="test"` on every test case and makes each describe block a `<testsuite>`: there the
 * suite's name takes its place, so `works` under `describe('add')` and `works` under `describe('sub')` are two tests
 * in the history (not one test that failed and passed: "flaky"), in the failures and in the quarantine's ids.
 * pytest's suites keep theirs (a root module `test.py` is its class `test`).
 */
function classOf(classname: string | undefined, suite: Suite | undefined): string | undefined {
  return classname === NODE_CLASSNAME && suite?.name && !suite.pytest ? suite.name : classname
}

const NODE_CLASSNAME = 'test'

/** A test's id: `class::name` (the class as {@link classOf} gives it), or the name alone without a class. */
function testId(classname: string | undefined, name: string, suite: Suite | undefined): string {
  const cls = classOf(classname, suite)
  return cls ? `${cls}::${name}` : name
}

/**
 * A suite as a warning names it: by its name, or, without one of its own — none, empty, or the literal "undefined"
 * jest-junit writes for a test file with no describe block (jest-runner-eslint's lint results) — by its place among
 * the report's suites, never as `the suite "undefined"`.
 */
function suiteLabel(suite: Suite): string {
  const name = suite.name?.trim()
  if (name === undefined || name === '' || name === 'undefined' || name === 'null') {
    if (suite.ordinal === 0) return `the report's <testsuites> root (${suite.name === undefined ? 'no name' : `named ${JSON.stringify(suite.name)}`})`
    return `the ${ordinal(suite.ordinal)} suite of the report (${suite.name === undefined ? 'no name' : `named ${JSON.stringify(suite.name)}: no name of its own`})`
  }
  return `the suite ${JSON.stringify(suite.name)}`
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'
  return `${n}${suffix}`
}

/** {@link parseJUnit} on a file, read in 256 KiB chunks. */
export async function parseJUnitFile(path: string, opts: Omit<JUnitOptions, 'file'> & { file?: string }): Promise<TestReport> {
  const file = opts.file ?? path
  try {
    return await parseJUnit({ path }, { ...opts, file })
  } catch (err) {
    // A runner's own JSON (go test -json, mocha's, dart's, RSpec's) is not XML: say whose it is and how to have JUnit.
    if (!(err instanceof ReportError) || !err.detail.startsWith('not XML:')) throw err
    const output = otherTestOutput(await fileStart(path))
    throw output === undefined ? err : new ReportError(err.file, err.format, err.where, `${err.detail}: ${output}`)
  }
}

/** The first 64 KiB of a file as UTF-8 text ('' when it cannot be read). */
async function fileStart(path: string): Promise<string> {
  try {
    const handle = await openRegularFile(path)
    try {
      const buffer = Buffer.alloc(DETECT_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0)
      return buffer.toString('utf8', 0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch {
    return ''
  }
}

function failedTest(
  tag: XmlTag,
  kind: Failing,
  message: string,
  suite: Suite | undefined,
  workspace: string,
  lookups: FileLookups = fileLookups(),
  failure?: { text: string; lookups: FileLookups }
): FailedTest {
  const failureText = failure?.text
  const name = tag.attr('name') ?? ''
  const classname = tag.attr('classname') || undefined
  const test: FailedTest = { id: testId(classname, name, suite), name, kind, message }
  if (classname) test.classname = classname
  const file = tag.attr('file') ?? suite?.file
  if (file) test.file = toWorkspacePath(file, workspace)
  else if (classname && !suite?.pytest) {
    // Some writers put the test file in the classname (vitest: `test/a.test.ts`); others a describe block or a fixed
    // word (node --test: `test`), which is no file: only a classname naming a file in the workspace places the test.
    const named = classnameFile(classname, workspace, lookups)
    if (named) test.file = named
    else {
      // busted's class name is where the test is: `spec/a_spec.lua:12`.
      const at = /^(.{1,1024}):(\d{1,9})$/.exec(classname)
      const there = at && Number(at[2]) >= 1 ? classnameFile(at[1], workspace, lookups) : undefined
      if (there) {
        test.file = there
        test.line = Number((at as RegExpExecArray)[2])
      }
    }
  } else if (suite?.pytest && classname) {
    const module = pytestModuleFile(classname, workspace, lookups)
    // The file must define the test: in a package run from its own rootdir, `tests.test_calc` names the package's
    // tests/test_calc.py, and the workspace's root may hold another file of that name. Its `def` is where the failure
    // is placed, as the legacy family's `line` says (xunit2 writes no line either).
    const def = module ? pytestDefLine(workspace, module, classname, name) : undefined
    if (module && def !== undefined) {
      test.file = module
      if (tag.attr('line') === undefined) test.line = def
    }
  }
  const line = tag.attr('line')
  if (line !== undefined && /^\d+$/.test(line)) {
    // pytest writes the 0-based line number of the test function (its `location` tuple).
    test.line = Number(line) + (suite?.pytest ? 1 : 0)
  }
  const bats = failureText === undefined ? null : BATS_LOCATION.exec(firstLine(failureText))
  if (bats) {
    // bats names the test file by its base name only (its class name); its text has the path it ran and the line.
    const file = classnameFile(bats[1], workspace, lookups)
    if (file !== undefined && (test.file === undefined || test.file === file)) {
      test.file = file
      test.line ??= Number(bats[2])
    }
  }
  if (test.line === undefined && test.file && failureText) {
    const at = frameLine(failureText, test.file, workspace)
    if (at !== undefined) test.line = at
  }
  // pytest's failures are placed by their module above, or not at all (a file of that name that does not define the test).
  if (test.file === undefined && failureText && !suite?.pytest) {
    const at = textLocation(failureText, workspace, failure!.lookups)
    if (at !== undefined) {
      test.file = at.file
      test.line = at.line
    }
  }
  return test
}

/** How many places in one failure's text {@link textLocation} looks up at most. */
const TEXT_LOCATIONS = 8

/**
 * Where a failure's text says it is, when nothing else placed it: the first place in it that names a file in the
 * workspace. minitest-reporters names every class `Minitest::Result` and writes `test_x(Minitest::Result)
 * [test/a_test.rb:6]:`; behave's class name is the feature (`outcomes.Outcomes`), its text `Location:
 * features/a.feature:8`; nose2's class name is the module and its text a Python traceback, whose first frame in the
 * workspace (`File "/abs/tests/test_a.py", line 4, in test_x`) is the test's (the runner's own frames are outside it).
 */
function textLocation(text: string, workspace: string, lookups: FileLookups): { file: string; line: number } | undefined {
  const place = /File "([^"\n]{1,1024})", line (\d{1,9})|(?:^|[\s([<'"`])(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()[\]<>'"`:]{1,1024}):(\d{1,9})\b/gm
  const head = text.slice(0, FAILURE_TEXT_LIMIT)
  let tried = 0
  for (let m = place.exec(head); m && tried < TEXT_LOCATIONS; m = place.exec(head)) {
    const path = m[1] ?? m[3]
    const line = Number(m[2] ?? m[4])
    if (line < 1 || !/\.\w+$/.test(path)) continue
    tried++
    const file = classnameFile(path, workspace, lookups)
    if (file !== undefined) return { file, line }
  }
  return undefined
}

/**
 * The line of the first stack frame in a failure's text that is in the test's own file: vitest's `❯ test/a.test.ts:12:5`,
 * jest's and node's `at … (/abs/test/a.test.js:12:5)`, pytest's `tests/test_a.py:12: AssertionError`. Undefined when no
 * frame names that file.
 */
function frameLine(text: string, file: string, workspace: string): number | undefined {
  // A path starts only where a run of the characters it may hold starts (after white space, a bracket, a quote or a
  // colon): tried from every place inside a run, to its end each time, a 16 KiB run (a base64 blob) took 400 ms.
  // A Windows file URL (`file:///C:/…`, Node's frames of ES modules) starts its path at the drive letter.
  const frame = /(?<![^\s()'"`:])(?:file:\/\/(?:\/(?=[A-Za-z]:))?)?((?:[A-Za-z]:)?[^\s()'"`:]+):(\d{1,9})(?::\d+)?/g
  for (let m = frame.exec(text); m; m = frame.exec(text)) {
    const line = Number(m[2])
    if (line >= 1 && toWorkspacePath(m[1], workspace) === file) return line
  }
  return undefined
}

/**
 * The file lookups of one report: at most {@link MODULE_LOOKUPS} classnames are looked up on the file system (a report
 * of a million failures with distinct classnames does not stat it a million times), each once. Made per read, so a
 * file that appears between two reads is found by the second.
 */
interface FileLookups {
  left: number
  found: Map<string, string | undefined>
  /** See {@link JUnitOptions.roots}. */
  roots: readonly string[]
}

function fileLookups(roots: readonly string[] = []): FileLookups {
  return { left: MODULE_LOOKUPS, found: new Map(), roots: roots.filter((r) => r !== '' && r !== '.' && !r.startsWith('/') && !r.startsWith('..')) }
}

/** `find(key)` once per key, while the report's lookups last; undefined past them. */
function lookedUp(lookups: FileLookups, key: string, find: () => string | undefined): string | undefined {
  if (lookups.found.has(key)) return lookups.found.get(key)
  if (lookups.left <= 0) return undefined
  lookups.left--
  const found = find()
  lookups.found.set(key, found)
  return found
}

/** The classname as a workspace-relative file when it names one in the workspace, else undefined. */
function classnameFile(classname: string, workspace: string, lookups: FileLookups): string | undefined {
  if (classname.length > 1024 || classname.includes('\u0000') || !/[./\\]/.test(classname)) return undefined
  return lookedUp(lookups, `c\u0000${classname}`, () => {
    const path = toWorkspacePath(classname, workspace)
    if (path === '' || path.startsWith('/') || path.startsWith('../') || /^[A-Za-z]:/.test(path)) return undefined
    const isFile = (p: string) => statSync(join(workspace, p), { throwIfNoEntry: false })?.isFile() === true
    if (isFile(path)) return path
    // Relative to the directory the runner ran in, inside the workspace.
    return lookups.roots.map((root) => posix.normalize(`${root}/${path}`)).find((p) => !p.startsWith('../') && isFile(p))
  })
}

/**
 * The 1-based line of a pytest test function's `def` in its module file (what the legacy JUnit family writes as
 * `line`), for xunit2 reports, which write none: without it a failure's annotation sits on line 1 of the file. The
 * function is the test name without its parameters (`test_x[a-b]` → `test_x`); when the classname names a class after
 * the module (`tests.test_calc.TestAdd`), the first `def` after that class's header. Undefined when the file does not
 * have it (a generated test, a name pytest made up, or another file of that name): the failure is then given no file.
 */
function pytestDefLine(workspace: string, module: string, classname: string, name: string): number | undefined {
  const fn = /^[A-Za-z_]\w*/.exec(name)?.[0]
  if (!fn) return undefined
  const lines = moduleLines(workspace, module)
  if (!lines) return undefined
  // The classname's parts after the module's own (after `--junit-prefix`'s too, when one went before it).
  const parts = classname.split('.')
  const moduleParts = module.slice(0, -3).split('/')
  const start = parts.findIndex((_, i) => i <= MODULE_PREFIX_PARTS && moduleParts.every((m, j) => parts[i + j] === m))
  if (start < 0) return undefined
  const classes = parts.slice(start + moduleParts.length)
  let from = 0
  for (const cls of classes) {
    const header = new RegExp(`^\\s*class\\s+${cls}\\b`)
    const at = lines.findIndex((l, i) => i >= from && header.test(l))
    if (at < 0) return undefined
    from = at + 1
  }
  const def = new RegExp(`^\\s*(?:async\\s+)?def\\s+${fn}\\s*\\(`)
  const at = lines.findIndex((l, i) => i >= from && def.test(l))
  return at < 0 ? undefined : at + 1
}

/** A module file's lines, read once per version of the file (a module's failing tests share it); undefined when unreadable. */
function moduleLines(workspace: string, module: string): string[] | undefined {
  const path = join(workspace, module)
  const info = statSync(path, { throwIfNoEntry: false })
  // A test module is small; one that is not (generated) is not read whole for a line number.
  if (!info?.isFile() || info.size > 4 * 1024 * 1024) return undefined
  const key = `${path}\u0000${info.size}\u0000${info.mtimeMs}`
  if (MODULE_LINES.has(key)) return MODULE_LINES.get(key)
  let lines: string[] | undefined
  try {
    lines = readFileSync(path, 'utf8').split('\n')
  } catch {
    lines = undefined
  }
  if (MODULE_LINES.size >= 1_000) MODULE_LINES.clear()
  MODULE_LINES.set(key, lines)
  return lines
}
const MODULE_LINES = new Map<string, string[] | undefined>()

/**
 * The test file of a pytest test case without a `file` attribute (pytest's default xunit2 writes none): its classname
 * is the module's dotted path, then the class (`tests.test_calc.TestAdd`), so the longest prefix that names a `.py`
 * file in the workspace is it (`tests/test_calc.py`), and a failure's annotation lands on that file instead of a
 * dotted name GitHub cannot place. Undefined when none does (pytest's rootdir is not the workspace). Looked up once
 * per classname: a class's failing tests share it.
 *
 * pytest's `--junit-prefix` puts its text before the module's path, as more parts (`py3.11.tests.test_calc`: the
 * prefix may hold dots and any other character): when no prefix of the whole classname names a file, the classname
 * less its first part, then less its first two, … (up to {@link MODULE_PREFIX_PARTS}) are tried the same way. The
 * failure is placed only where the file defines the test (`pytestDefLine`), so a part taken for a prefix that was
 * none places nothing.
 *
 * Bounded, as the report is input: only the {@link MODULE_TRIES} longest prefixes are tried (the module, then its
 * classes nested that deep), and at most {@link MODULE_LOOKUPS} classnames per report are looked up (`lookups`);
 * past it, a failure has no file. A report of thousands of failing cases with distinct 500-part classnames would
 * otherwise stat the file system hundreds of times per case.
 */
function pytestModuleFile(classname: string, workspace: string, lookups: FileLookups): string | undefined {
  if (classname.length > 1024) return undefined
  const parts = classname.split('.')
  const identifier = /^[A-Za-z_]\w*$/
  return lookedUp(lookups, `p\u0000${classname}`, () => {
    for (let start = 0; start <= Math.min(MODULE_PREFIX_PARTS, parts.length - 1); start++) {
      if (!parts.slice(start).every((p) => identifier.test(p))) continue
      for (let k = Math.min(parts.length, start + MODULE_DEPTH); k > Math.max(start, parts.length - MODULE_TRIES); k--) {
        const path = `${parts.slice(start, k).join('/')}.py`
        if (statSync(join(workspace, path), { throwIfNoEntry: false })?.isFile()) return path
      }
    }
    return undefined
  })
}
/** Most directories and module of a test module's path (`tests/unit/test_x.py` is 3): a longer one is not looked for. */
const MODULE_DEPTH = 32
/** How many leading parts of a pytest classname may be `--junit-prefix`'s text rather than its module's path. */
const MODULE_PREFIX_PARTS = 3
/** Prefixes of a classname tried as its module: the module itself, or a class up to 5 deep in it. */
const MODULE_TRIES = 6
/** Most classnames of one report looked up as files (its annotated failures are far fewer). */
const MODULE_LOOKUPS = 1000

/**
 * The message of the `<skipped>` element Catch2's JUnit reporter (v3) writes in a test case of a test tagged
 * `[!mayfail]` or `[!shouldfail]` whose assertions failed: Catch2 counts it "failed as expected", not failed.
 */
const CATCH2_MAYFAIL = 'TEST_CASE tagged with !mayfail'

/**
 * What an EUnit failure was, from its surefire text: the `**error:…` (or `**exit:`, `**throw:`) term after the call
 * stack, its continuation lines joined. '' when there is none.
 */
function eunitReason(text: string): string {
  const lines = text.slice(0, 8 * MESSAGE_LIMIT).split('\n')
  const at = lines.findIndex((line) => /^\*\*(error|exit|throw):/.test(line))
  if (at < 0) return ''
  const term = [lines[at].trim()]
  for (const line of lines.slice(at + 1)) {
    if (!/^\s+\S/.test(line)) break
    term.push(line.trim())
  }
  return clipChars(term.join(' '), MESSAGE_LIMIT)
}

/** The message cth_surefire gives every failure: `Test fails in outcomes_SUITE failed!` (Erlang's reason is in the text). */
const CT_MESSAGE = /^Test \S{1,400} in \S{1,400} failed!$/

/**
 * The reason of an Erlang failure term as common_test writes it (`{{badmatch,2},[{mod,fun,1,[…]}, …]}`): the tuple's
 * first element when a stack list follows it (`{badmatch,2}`, `boom`), else the term (`{test_case_failed,"why"}`).
 * '' when the text is no Erlang tuple.
 */
function erlangReason(text: string): string {
  const term = text.slice(0, 8 * MESSAGE_LIMIT).trim()
  if (!term.startsWith('{')) return ''
  let depth = 0
  let quoted = false
  for (let i = 1; i < term.length; i++) {
    const c = term[i]
    if (quoted) {
      if (c === '\\') i++
      else if (c === '"') quoted = false
    } else if (c === '"') quoted = true
    else if (c === '{' || c === '[' || c === '(') depth++
    else if (c === '}' || c === ']' || c === ')') {
      if (depth === 0) break
      depth--
    } else if (c === ',' && depth === 0) {
      return /^\s*\[\s*\{/.test(term.slice(i + 1)) ? firstLine(term.slice(1, i).replace(/\s+/g, ' ')) : firstLine(term.replace(/\s+/g, ' '))
    }
  }
  return firstLine(term.replace(/\s+/g, ' '))
}

/** The comment Qt Test 5's junitxml writes in a test case that QSKIP skipped: `<!-- message="why" type="skip" -->`. */
const QT_SKIP = /^\s*message="[^]*" type="skip"\s*$/

/** common_test's configuration functions, which its cth_surefire hook writes as test cases (with a `log` attribute). */
const CT_CONFIG_FUNCTIONS = new Set(['init_per_suite', 'end_per_suite', 'init_per_group', 'end_per_group'])

/**
 * The message of the `<skipped>` element nose2's junitxml plugin writes for an unexpected success (a test marked
 * `@expectedFailure` that passed): unittest counts it a failure ("FAILED (… unexpected successes=1)", exit status 1).
 */
const NOSE2_UNEXPECTED_SUCCESS = 'test passes unexpectedly'

/**
 * PHPUnit's `#[Retry]` (PHPUnit 13) writes only the attempt that decided, its name suffixed " (attempt N of M)" when N >
 * 1 (PHPUnit's `TestMethod::name()`); a case PHPUnit writes has a `class` attribute beside `classname`. A pass on
 * attempt N came after N − 1 failed attempts: that many runs, flaky (PHPUnit: "There was 1 retried test … 1 failed
 * attempt"). 0 for any other case.
 */
function phpunitAttempt(testcase: XmlTag): number {
  // Whether it has a `class` attribute, with no string made: most reports' cases have none.
  if (testcase.copyAttr('class', NO_BYTES, 0) === -1) return 0
  const name = testcase.attr('name')
  const attempt = name === undefined ? null : PHPUNIT_ATTEMPT.exec(name)
  return attempt ? Number(attempt[1]) : 0
}

const PHPUNIT_ATTEMPT = / \(attempt (\d{1,6}) of \d{1,6}\)$/
/** A buffer nothing fits in: `copyAttr` into it only tells whether the attribute is there (-1 when absent). */
const NO_BYTES = Buffer.alloc(0)

/**
 * The reason ctest gives in `<skipped message>` for a test it did not run but counts as failed, or undefined. ctest
 * (`--output-junit`) writes every test it did not run as `status="notrun"` with that `<skipped>`, `classname` equal to
 * `name`; of those, it counts as skipped only the ones whose reason starts with `SKIP_` (`SKIP_RETURN_CODE=77`,
 * `SKIP_REGULAR_EXPRESSION_MATCHED`) and "Disabled"; the others ("Unable to find executable", "Fixture dependency
 * failed", "Required Files Missing", …) it lists as FAILED, "(Not Run)" (CMake's cmCTestTestHandler).
 */
function ctestFailedNotRun(testcase: XmlTag, skipped: XmlTag): string | undefined {
  if (testcase.attr('status') !== 'notrun') return undefined
  const name = testcase.attr('name')
  if (name === undefined || testcase.attr('classname') !== name) return undefined
  const reason = skipped.attr('message')?.trim()
  if (!reason || reason.startsWith('SKIP_') || reason === 'Disabled') return undefined
  return reason
}

/** pytest's message for a test module it could not import or collect; the reason is in the element's text. */
export const PYTEST_COLLECTION = 'collection failure'

/** `collection failure: <the exception pytest printed>` (its last `E   …` line), or pytest's words alone. */
function collectionFailure(text: string): string {
  const raised = [...text.slice(0, 4 * MESSAGE_LIMIT).matchAll(/^E {1,}(\S.*)$/gm)].at(-1)?.[1]
  return raised ? firstLine(`${PYTEST_COLLECTION}: ${raised}`) : PYTEST_COLLECTION
}

/**
 * The message a failure element's text gives: its first line that is not blank, except jest's header `● Test suite
 * failed to run` (jest-junit's cases of a test file that failed to run, `reportTestSuiteErrors`), which only repeats
 * the case's class name: then the header and the line after it, which says why (`Cannot find module …`, jest's
 * `Jest encountered an unexpected token`, a TypeScript error, the error the file threw).
 */
function textMessage(text: string, testcase?: XmlTag): string {
  const first = firstLine(withoutPhpunitName(text, testcase)) || firstLine(text)
  // bats: `(in test file test/a.bats, line 3)`, then the command that failed.
  if (BATS_LOCATION.test(first)) return firstLine(text.slice(text.indexOf(first) + first.length)) || first
  // EUnit's surefire report: `::in function m:f/0 (m.erl, line 4)`, the call stack, then `**error:{assertEqual,[…]}`.
  if (first.startsWith('::in function ')) return eunitReason(text) || first
  if (first !== JEST_SUITE_ERROR_HEADER) return first
  const cause = firstLine(text.slice(text.indexOf(JEST_SUITE_ERROR_HEADER) + JEST_SUITE_ERROR_HEADER.length))
  return cause === '' ? JEST_SUITE_ERROR_CLASS : firstLine(`${JEST_SUITE_ERROR_CLASS}: ${cause}`)
}

/**
 * PHPUnit's failure text without the test's name it starts with: PHPUnit writes the test (`SampleTest::testFails`,
 * with a data set's values after it), a new line, then the message and where; a phpt test's text is its name and
 * the message with nothing between (`x.phptFailed asserting …`). The case has the name already: the message is what
 * follows it. A PHPUnit case is told by its `class` attribute, a phpt test by its name.
 */
function withoutPhpunitName(text: string, testcase: XmlTag | undefined): string {
  const name = testcase?.attr('name')
  if (!testcase || !name) return text
  const cls = testcase.attr('class')
  const start = text.length - text.trimStart().length
  if (cls !== undefined && text.startsWith(`${cls}::${name}`, start)) {
    const end = text.indexOf('\n', start)
    return end < 0 ? '' : text.slice(end + 1)
  }
  return name.endsWith('.phpt') && text.startsWith(name, start) ? text.slice(start + name.length) : text
}

/**
 * node-tap's failure text is its YAML diagnostics (`compare: ===`, `stack: |`, `at:`, `source: |`, `diff: |`), whose
 * first line says nothing. What failed: the line of code its `source` marks with a `^` line under it, and, for a
 * comparison whose `diff` has one line each side, what was expected and what was found (`t.equal(3, 4, 'same'):
 * expected 4, actual 3`). '' when the text has no marked line.
 */
function nodeTapFailure(text: string): string {
  const lines = text.slice(0, FAILURE_TEXT_LIMIT).split('\n')
  const caret = lines.findIndex((line, i) => i > 0 && /^\s*-*\^\s*$/.test(line))
  if (caret < 0 || lines[caret - 1].trim() === '') return ''
  let message = lines[caret - 1].trim()
  const diff = lines.findIndex((line) => line === 'diff: |')
  if (diff >= 0) {
    const block: string[] = []
    for (const line of lines.slice(diff + 1)) {
      if (!line.startsWith('  ')) break
      block.push(line.slice(2))
    }
    const expected = block.filter((l) => l.startsWith('-') && !l.startsWith('---'))
    const actual = block.filter((l) => l.startsWith('+') && !l.startsWith('+++'))
    if (expected.length === 1 && actual.length === 1) message += `: expected ${expected[0].slice(1)}, actual ${actual[0].slice(1)}`
  }
  return firstLine(message)
}

/**
 * The messages go-junit-report and gotestsum give every failure, build failure and panic: what failed is in the
 * element's text, the test's output (`    x_test.go:12: got 1, want 2`, `panic: …`, `x_test.go:15: undefined: x`).
 */
const GO_MESSAGES = new Set(['Failed', 'Build error', 'Runtime error'])

/**
 * Messages a writer gives every failure alike, whatever failed: nose2's junitxml plugin writes `test failure` on each
 * `<failure>` and `<error>`, with the traceback in the element's text: its exception line is the message. behave
 * writes Python's `None` for a step that failed without an exception (an undefined step), and in the text `Failing
 * step: Then … undefined`.
 */
const WRITER_WORDS = new Set(['test failure', 'None'])

/**
 * The messages Boost.Test's JUnit log (`--log_format=JUNIT`) gives every failed check (`failure`), uncaught exception
 * (`unexpected exception`) and time-out; what failed is in the element's text (see {@link boostFailure}).
 */
const BOOST_MESSAGES = new Set(['failure', 'unexpected exception', 'test-suite time out'])

/**
 * What Boost.Test wrote of a failure in its JUnit text: the `- message: ` line of its `ASSERTION FAILURE:` block
 * (`check 1 == 2 has failed [1 != 2]`), or for an `UNCAUGHT EXCEPTION:` the line under `EXCEPTION STACK TRACE:`
 * (`std::runtime_error: boom`). '' when the text is not Boost's.
 */
function boostFailure(text: string): string {
  const head = text.trimStart()
  if (head.startsWith('ASSERTION FAILURE:')) return firstLine(/^- message: ?(.*)$/m.exec(head)?.[1] ?? '')
  if (head.startsWith('UNCAUGHT EXCEPTION:')) {
    const at = head.indexOf('EXCEPTION STACK TRACE:')
    const start = at < 0 ? -1 : head.indexOf('\n', at)
    if (start >= 0) return firstLine(head.slice(start + 1).replace(/^-{5,}$[\s\S]*/m, ''))
  }
  return ''
}

/**
 * What `go test` printed for a failure (see {@link GO_MESSAGES}): its first `x_test.go:12: …` line (what `t.Error`,
 * `t.Fatal` and `t.Log` print; a `t.Log` before the failing call is taken for it, Go's output does not tell them
 * apart), else the first line that is not go test's own `=== RUN`/`=== CONT`/`=== PAUSE`/`=== NAME`/`--- FAIL:`
 * (gotestsum keeps them) nor a rule of `=` (the race detector's): a panic, a build error, what the test printed.
 * '' when there is none.
 */
function goFailure(text: string): string {
  const output = text
    .slice(0, 8 * MESSAGE_LIMIT)
    .split('\n')
    .filter((line) => !/^\s*(?:=== (?:RUN|CONT|PAUSE|NAME)\b|--- (?:FAIL|PASS|SKIP): |=+\s*$)/.test(line))
  const at = output.findIndex((line) => /^\s*[\w./-]{1,500}\.go:\d{1,9}: /.test(line))
  return firstLine(output.slice(Math.max(at, 0)).join('\n'))
}

/**
 * The message of a failure that gave none, from the test case's output, where Rust's libtest (cargo test's `--format
 * junit`) leaves it: its panic (`thread 'tests::x' panicked at src/lib.rs:4:26:` and the line after it) or the error
 * a test returned (`Error: "bad"`). Any other output is the test's own logging, not why it failed: ''.
 */
function rustFailure(output: string): string {
  const lines = output.slice(0, FAILURE_TEXT_LIMIT).split('\n')
  const at = lines.findIndex((line) => /^thread '.*' (?:\(\d+\) )?panicked at /.test(line) || line.startsWith('Error: '))
  return at < 0 ? '' : firstLine(lines.slice(at).join('\n'))
}

/**
 * The step that did not pass, from the case's output cucumber-js's junit formatter writes (`Then x......undefined`):
 * it writes an undefined or pending step as an empty `<failure/>`. '' when the output has no such line.
 */
function cucumberStep(output: string): string {
  // Line by line, the status word first and the dots before it counted back: a pattern for the step, the dots and
  // the word tried each place of a line's start before a run of dots, to the run's end (16 KiB of dots: 4 ms a case).
  for (const line of output.slice(0, FAILURE_TEXT_LIMIT).split('\n')) {
    const status = /(failed|undefined|pending|ambiguous)\s*$/.exec(line)
    if (!status) continue
    let start = status.index
    while (start > 0 && line[start - 1] === '.') start--
    const step = line.slice(0, start)
    if (status.index - start >= 3 && step.length >= 1 && step.length <= 401 && /^\S/.test(step)) return firstLine(`${step}: ${status[1]}`)
  }
  return ''
}

/** A message that is jest's matcher hint without the values (Playwright's attribute): they are in the text. */
function bareMatcher(message: string): boolean {
  return EXPECT_MATCHER.test(message) && !message.includes(' (Expected')
}

/** The matcher hint `message` with the `Expected: …` and `Received: …` lines under it in `text`, when it has them. */
function matcherValues(message: string, text: string): string {
  const lines = text.slice(0, 8 * MESSAGE_LIMIT).split('\n')
  const at = lines.findIndex((line) => EXPECT_MATCHER.test(line))
  if (at < 0) return message
  const withValues = firstLine(lines.slice(at).join('\n'))
  return withValues.includes(' (Expected') ? firstLine(`${message}${withValues.slice(withValues.indexOf(' (Expected'))}`) : message
}

/** jest's matcher hint, `expect(received).toBe(expected)` (and bun's, and Playwright's). */
const EXPECT_MATCHER = /\bexpect\(.{0,100}?\)\.(?:not\.|resolves\.|rejects\.)?\w+\(/
/** A line that only says where: `path:line`, `path:line:column`, GoogleTest's `unknown file`. */
const LOCATION_ONLY = /^(?:unknown file|[^\s:]{1,1000}:\d{1,9}(?::\d{1,9})?:?)$/

/**
 * A message's headline: its first line that is not blank (or the next, when that one only says where), cut at
 * {@link MESSAGE_LIMIT} characters. A first line that
 * ends in a colon only announces what follows, and the line after it says what failed: Rust's `thread 'x' panicked at
 * src/lib.rs:4:5:` (Rust 1.73+), node's assert `Expected values to be strictly equal:`, Catch2's `FAILED:`, Robot
 * Framework's `Parent suite setup failed:`; that next line is added. Python's `Traceback (most recent call last):` is
 * followed by indented frames: the headline is the exception, its first line that is not indented. jest's matcher
 * hint (`expect(received).toBe(expected)`) is followed by the `Expected: …` and `Received: …` lines under it.
 */
function firstLine(text: string): string {
  const lines = text.slice(0, 8 * MESSAGE_LIMIT).split('\n')
  let at = lines.findIndex((line) => line.trim() !== '')
  if (at < 0) return ''
  // A first line that is only where (GoogleTest starts every message with `t.cc:6`, or `unknown file` for an
  // exception) is followed by what failed.
  if (LOCATION_ONLY.test(lines[at].trim())) {
    const next = lines.findIndex((line, i) => i > at && line.trim() !== '')
    if (next > at) at = next
  }
  let headline = lines[at].trim()
  if (headline.endsWith(':')) {
    // testtools (subunit2junitxml) writes `testtools.testresult.real._StringException: Traceback (most recent call last):`.
    const traceback = headline.endsWith('Traceback (most recent call last):')
    const next = lines.slice(at + 1).find((line) => line.trim() !== '' && !(traceback && /^\s/.test(line)))
    // A stack frame (`at Spec (…)`) after it says where, not what.
    if (next !== undefined && !/^\s+at .{0,400}\(.{0,400}:\d+:\d+\)\s*$/.test(next)) headline = traceback ? next.trim() : `${headline} ${next.trim()}`
  }
  if (EXPECT_MATCHER.test(headline)) {
    // jest's (and bun's) matcher hint: the values are on the `Expected: …` and `Received: …` lines under it.
    const rest = lines.slice(at + 1, at + 12)
    const expected = rest.find((line) => /^\s*Expected\b[^:]{0,40}: /.test(line))
    const received = rest.find((line) => /^\s*Received\b[^:]{0,40}: /.test(line))
    if (expected !== undefined && received !== undefined) headline += ` (${expected.trim()}, ${received.trim()})`
  }
  return clipChars(headline, MESSAGE_LIMIT)
}
