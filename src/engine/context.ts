/** Everything a stage needs to know about the run it belongs to. */
import type { Config, StageKey, Target } from '../config/types.js'
import type { ChangedLines } from '../diff/changed-lines.js'
import type { ParsedSpec } from '../spec/parse.js'
import type { Host } from './host.js'
import type { Redactor } from './redact.js'
import type { StageResult } from './model.js'
import type { TestCaseCollector } from '../observability/test-run.js'
import type { BreakerStore } from '../resilience/environment-breaker.js'
import type { ReportSnapshot } from './fresh.js'

export interface RunContext {
  readonly host: Host
  readonly config: Config
  readonly component: string
  readonly target: Target
  /** Absolute path of the spec file. */
  readonly specFile: string
  /** Fresh per-run directory that `{reports}` points at. */
  readonly reportsDir: string
  /** Aborted on SIGINT/SIGTERM: running commands are killed, the stage is marked cancelled. */
  readonly signal: AbortSignal
  /** Values for command templates: component, reports, path, tests, sha (moved on by an `auto_fix: commit` commit). */
  readonly templateVars: Record<string, string>
  /** Results of the stages that already ran in this run. */
  readonly results: Partial<Record<StageKey, StageResult>>
  /** The parsed spec, once the specification stage has read it. */
  spec?: ParsedSpec
  /** Secret values the scans found: taken out of tails, logs and the report before they are written. */
  readonly redactor: Redactor
  /** Diff-aware mode: the lines the pull request changes, per workspace-relative file. */
  readonly changed?: ChangedLines
  /** The commit the change is compared with (a pull request's base, `--base`), when there is one. */
  readonly changeBase?: string
  /** What the preset's standing test command leaves out of the project's tests (its choice's warning, if any). */
  readonly testsLeftOut?: readonly string[]
  /** Present when the per-test history is kept: the testing stage leaves its last attempt's tests here. */
  readonly testCases?: TestCaseSink
  /**
   * The URL each deployment of this run reported, as written (the report shows it without credentials or query):
   * production's `{staging_url}` is staging's, usable.
   */
  deployedUrls?: Partial<Record<StageKey, string>>
  /**
   * The production criteria's reports read without a command of their own (`integration_coverage.report`,
   * `performance.report`), as they were before the run's first command: one this run's commands wrote is not what an
   * earlier step of the job measured.
   */
  criteriaReportsAtStart?: ReportSnapshot
  /** The environments' circuit breakers as this run first read them (before any deploy command could write there). */
  breakers?: Promise<BreakerStore>
}

/** Where the testing stage leaves the tests of its last attempt for the per-test history. */
export interface TestCaseSink {
  /** The last attempt's tests, one result per id. */
  collector: TestCaseCollector | null
  /** Failure messages of the last attempt (the report's bounded list), by test id. */
  messages?: Map<string, string>
  /**
   * The work tree's changes as git lists them (`workTreeEntries`, or one `git status` that also tells the pipeline
   * whether the tests rewrote tracked files: engine/work-tree.ts), taken when the last attempt's command had ended:
   * the test files' hashes and the fingerprint of uncommitted changes are those of the tree the tests ran on, and the
   * git process runs while the reports are read.
   */
  listed?: Promise<string[] | null>
}
