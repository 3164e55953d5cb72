/** Normalized data every report parser produces; gates read only these shapes. */

/** Severity of a finding as the report contract names it. */
export type Severity = 'error' | 'warning' | 'notice'

/** One problem a tool reported, with `file` relative to the workspace. */
export interface Finding {
  /** Tool that reported it (eslint, tsc, ruff, pytest, …). */
  tool: string
  /** The tool's rule or code, when it has one. */
  rule?: string
  severity: Severity
  /** Workspace-relative path with forward slashes; a path outside the workspace is kept as given. */
  file: string
  line?: number
  end_line?: number
  column?: number
  message: string
  /** For vulnerabilities and SARIF results with `security-severity`: the advisory's severity level. */
  security_severity?: VulnerabilitySeverity
}

/** Severity levels of vulnerability advisories (npm audit, pip-audit, osv-scanner, SARIF security-severity). */
export type VulnerabilitySeverity = 'critical' | 'high' | 'medium' | 'low'

/** Totals of a test run, counted as the test tool counts them. */
export interface TestTotals {
  /** Every test case in the report, skipped ones included. */
  total: number
  passed: number
  /** Assertion failures (`<failure>`). */
  failed: number
  /** Tests that broke before asserting (`<error>`). */
  errors: number
  skipped: number
  /** Sum of the test cases' times, in seconds, when the report has them. */
  time_seconds?: number
}

/** A test that did not pass, kept for findings, flaky detection and the summary. */
export interface FailedTest {
  /** Stable identity: `classname::name` (or `name` when there is no class name). */
  id: string
  name: string
  classname?: string
  file?: string
  line?: number
  kind: 'failure' | 'error'
  /** First line of the failure message, bounded in length. */
  message: string
}

/**
 * A test that failed and then passed when its runner ran it again within the same report (gotestsum
 * `--rerun-fails`, Surefire `<flakyFailure>`, …) or on a rerun of the test command. It counts once, as passed.
 */
export interface FlakyTest {
  /** The same identity as {@link FailedTest.id}: `classname::name` (or `name`). */
  id: string
  /** The enclosing `<testsuite>`'s name, when it has one. */
  suite?: string
  classname?: string
  name: string
  file?: string
  /** Runs of the test, the passing one included. */
  attempts: number
  /** First line of each failed attempt's message, oldest first (at most {@link FLAKY_MESSAGES} of them). */
  failures: string[]
}

/** Most failure messages kept per flaky test. */
export const FLAKY_MESSAGES = 5

export interface TestReport {
  format: 'junit'
  totals: TestTotals
  /** Failed and errored tests, at most `maxFailures` of them (the totals stay exact). */
  failures: FailedTest[]
  /** True when more failures existed than were kept. */
  failures_truncated: boolean
  /** Tests that passed only on a rerun inside this report, at most `maxFailures` of them; absent means none. */
  flaky?: FlakyTest[]
  /** How many flaky tests the report holds (exact even when `flaky` is cut). */
  flaky_count?: number
  /** What the report got wrong without it changing the counts (control characters, unknown statuses…). */
  warnings?: string[]
  /**
   * Failures the report states outside its test cases, one sentence each: suites that say tests failed or errored
   * (their `failures`/`errors` attributes) while listing no failing test case, and `<failure>`/`<error>` elements of
   * a suite itself. The pass-rate gate fails with these.
   */
  unlisted_failures?: string[]
  /** The tests the parser's `match` option picked (quarantine), when it was given one. */
  matched?: MatchedTests
}

/** Final outcome of one test case as the pass-rate gate counts it. */
export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped'

/** Tests picked while parsing, with exact counts by final outcome (reruns resolved) per key the matcher returned. */
export interface MatchedTests {
  /** Per key: how many matched tests ended in each outcome; `flaky` are among `passed`. */
  counts: Record<number, { passed: number; failed: number; errors: number; skipped: number; flaky: number }>
  /** The first matched tests that failed or errored, then the first others (at most `maxFailures` of each). */
  tests: Array<{ id: string; file?: string; key: number; outcome: TestOutcome; flaky?: true }>
}

/** Coverage of one source file. */
export interface FileCoverage {
  file: string
  lines_covered: number
  lines_total: number
  branches_covered?: number
  branches_total?: number
}

export type CoverageFormat = 'coverage.py-json' | 'cobertura' | 'lcov' | 'istanbul-summary' | 'istanbul-final' | 'jacoco'

export interface CoverageReport {
  format: CoverageFormat
  lines_covered: number
  lines_total: number
  /** Line coverage percent as the producing tool computes it, not yet rounded. */
  percent: number
  /** The percentage exactly as the tool itself would print it, when the format tells (coverage.py's TOTAL). */
  display_percent?: string
  branches_covered?: number
  branches_total?: number
  files: FileCoverage[]
  /** The tool that wrote the report, when its content says so: it decides which figure is gated. */
  producer?: 'coverage.py' | 'istanbul'
  /** coverage.py's display precision (decimals of its TOTAL), from its JSON; 0 (its default) otherwise. */
  precision?: number
  /** Where the report contradicts itself (a summary against its line data), with file and line or JSON path. */
  warnings?: string[]
  /** Files the report measured that do not count toward the component (see `coverage-scope.ts`). */
  left_out?: LeftOutCoverage
}

/** What was left out of a coverage report's totals, and why. */
export interface LeftOutCoverage {
  /** Files outside the workspace (absolute paths elsewhere, `../` paths). */
  outside_workspace: number
  /** Files inside the workspace but outside the component's source paths. */
  outside_component: number
  /**
   * Test code inside the source paths: files under a tests path that lies inside them, or, where the tests share
   * the sources' directory, files pytest collects by name (`test_*.py`, `*_test.py`, `conftest.py`).
   */
  test_files: number
  /**
   * Files under `.spec-to-production/`, this product's own run directory (the pytest plugin the python preset
   * writes to `{reports}`, which `--cov=.` measures once pytest loads it): never the component's code.
   */
  run_outputs: number
  /** Executable lines of the files left out. */
  lines_total: number
  /** A few of the names left out, as the report gives them. */
  examples: string[]
}

/** Findings a linter, type checker or scanner reported, with its own totals. */
export interface FindingsReport {
  format: string
  tool: string
  findings: Finding[]
  /** Counts by severity over all findings (exact even when `findings` is truncated). */
  counts: { error: number; warning: number; notice: number }
  /** Number of problems the tool says it can fix automatically, when it says. */
  fixable?: number
  /** True when more findings existed than were kept (the counts stay exact). */
  findings_truncated?: boolean
  /** What kind of problems the report lists: secrets, vulnerabilities or code problems (default). */
  kind?: 'secrets' | 'vulnerabilities' | 'problems'
  /** For vulnerability reports: exact counts by advisory severity. */
  vulnerabilities?: Record<VulnerabilitySeverity, number>
  /**
   * Vulnerabilities the advisory rates below low (npm's `info`), among the notices: graded, so not of unknown
   * severity, and under every limit (npm audit's default audit level, low, does not fail on them). Absent means none.
   */
  informational?: number
  /**
   * For dependency audits that say it: how many packages the audit looked at. 0 means it audited nothing (no lock
   * file found, an empty environment), which the security gate never takes for a measurement.
   */
  audited?: number
  /**
   * For tools whose report lists every file they checked (eslint, secretlint): those files, relative to the workspace.
   * Empty when the tool checked none, which is never "no problem found".
   */
  checked_files?: string[]
  /** For tools that say how many files they checked without naming them (pylint json2's `modulesLinted`). */
  checked_count?: number
  /**
   * tsc run with `--listFiles`: every file of the programs it checked (libraries and declarations too), as it printed
   * them (absolute paths). Absent when the output holds no such listing.
   */
  program_files?: string[]
  /**
   * Why the tool stopped before checking what it was given (mypy's blocking errors: "errors prevented further
   * checking"): its findings are the ones that stopped it, never a measurement of the code. Absent when it did not.
   */
  incomplete?: string
  /**
   * Problems the tool found and a comment in the source suppressed (eslint's `suppressedMessages`, SARIF results with an
   * `inSource` suppression): not counted in `counts`, never shown as if there were none. Absent when the report has none.
   */
  suppressed?: { count: number; kept: SuppressedFinding[] }
}

/** Where a problem was suppressed in the source, and by what: no message (a secret scanner's would quote the secret). */
export interface SuppressedFinding {
  file: string
  line?: number
  rule?: string
  /** The reason the comment gives (eslint's `-- reason`, SARIF's `justification`), when it gives one. */
  justification?: string
}

/** A report file that could not be read: names the file, the format tried and where it broke. */
export class ReportError extends Error {
  constructor(
    readonly file: string,
    readonly format: string,
    readonly where: string,
    readonly detail: string
  ) {
    super(`${file}: not a valid ${format} report (${where}): ${detail}`)
    this.name = 'ReportError'
  }
}
