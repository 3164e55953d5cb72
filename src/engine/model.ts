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
}
