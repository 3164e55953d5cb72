/** The run's result model: what the JSON report (DESIGN.md §3) serializes. */
import type { Finding } from '../reports/types.js'
import type { StageKey, Target } from '../config/types.js'

export type { Finding }

/** Why an execution failed, in the words metrics and dashboards group by. */
export type ErrorType = 'timeout' | 'exit_code' | 'crash' | 'transient_network' | 'threshold_not_met' | 'cancelled' | 'configuration' | 'report' | 'circuit_open'

export type StageStatus = 'passed' | 'failed' | 'cancelled' | 'skipped'

export interface GateResult {
  gate_name: string
  passed: boolean
  /** Values other tools read (DESIGN.md §3), e.g. coverage and threshold. */
  details: Record<string, unknown>
  errors: string[]
  warnings: string[]
  execution_time_ms: number
  findings: Finding[]
  /** Why it failed, when it did. */
  error_type?: ErrorType
}

/** One command execution inside a stage, retries included. */
export interface CommandRecord {
  /** What the command was for (testing, linting, linting-fix, …). */
  purpose: string
  command: string
  exit_code: number | null
  signal: string | null
  timed_out: boolean
  duration_ms: number
  /** Attempt number, 1 for the first run. */
  attempt: number
  /** Last lines of the output, for the summary and for debugging a failure. */
  tail: string
}

export interface StageResult {
  stage_name: StageKey
  success: boolean
  status: StageStatus
  outputs: Record<string, unknown>
  errors: string[]
  warnings: string[]
  execution_time_ms: number
  retries: number
  quality_gates: Record<string, GateResult>
  /** Every command the stage ran, in order. */
  commands: CommandRecord[]
  error_type?: ErrorType
  started_at: string
  finished_at: string
}

export interface WorkflowReport {
  schema_version: 1
  success: boolean
  component_name: string
  target_stage: Target
  stages_completed: StageKey[]
  stages_failed: StageKey[]
  stages_skipped: StageKey[]
  /** Why each skipped stage did not run (extension of the contract). */
  skip_reasons: Partial<Record<StageKey, string>>
  /** True when SIGINT/SIGTERM stopped the run. */
  cancelled: boolean
  stage_results: Partial<Record<StageKey, StageResult>>
  total_execution_time_ms: number
  context_session_id: string | null
  metrics_dashboard: string | null
  started_at: string
  finished_at: string
  spec_file: string
  config_file: string | null
  preset: string
  /** The per-run directory that `{reports}` pointed at. */
  reports_dir: string
  /** Errors outside any stage (configuration, spec file unreadable). */
  errors: string[]
  /** Tool version for readers of old reports. */
  generator: { name: 'spec-to-production'; version: string }
  /**
   * The testing stage's tests against the per-test history (issue 15): new failures, failures already on the base
   * branch, flaky and slowest tests. Absent when metrics are off or no test report was read. Never affects `success`.
   */
  test_insights?: TestInsights
  /**
   * Where the run's workspace sits in the repository (`packages/api`; empty at the root): the findings' files are
   * relative to the workspace. Written by the action; absent when unknown (the CLI).
   */
  repository_path?: string
  /**
   * The matrix leg this run was (`20`, `staging`, `ubuntu-latest, 22`) when the component runs in several legs of one
   * workflow run: its check run, comment and cache keys carry it. Written by the action; absent without a leg.
   */
  leg?: string
}

/** A test named in {@link TestInsights}. */
export interface TestRef {
  id: string
  file?: string
  message?: string
}

/** A run of the history, as {@link TestInsights} names it. */
export interface TestRunRef {
  run_id: string
  sha?: string
  at: string
}

export interface TestInsights {
  /** Runs of this component read from the history (this run not included). */
  history_runs: number
  /** The run compared with: the base branch's latest (or this branch's previous) run; null when there is none. */
  base: ({ branch: string } & TestRunRef) | null
  /** Tests of this run recorded in the history. */
  tracked_tests: number
  /** Failing now, and passed (or did not exist) in the base run; at most 50, the count exact. */
  new_failures: TestRef[]
  new_failures_count: number
  /** Failing now and in the base run ("already failing on <base>"), with the start of that failing streak. */
  known_failures: (TestRef & { failing_since?: TestRunRef })[]
  known_failures_count: number
  /** Passed and failed on one SHA, or flipped on the base branch with its file unchanged; by flip rate. */
  flaky: {
    id: string
    file?: string
    /** Flips per pair of consecutive runs, 0..1. */
    flip_rate: number
    runs: number
    flips: number
    same_sha: boolean
    /** The latest runs of the test, newest first. */
    last_seen: (TestRunRef & { outcome: string })[]
  }[]
  flaky_count: number
  /** The slowest tests of this run (at most 10), with the median of their earlier runs. */
  slowest: { id: string; file?: string; duration_ms: number; median_ms?: number; trend: 'slower' | 'faster' | 'steady' | 'new' }[]
  /** What was not tracked and why. */
  truncated?: string
  warnings?: string[]
}
