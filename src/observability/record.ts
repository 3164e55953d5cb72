/**
 * Execution metrics, the record (DESIGN.md §5): what one JSON line holds, and the records of one report — every
 * stage, every gate and the run. `store.ts` writes and reads the lines; `history.ts` folds them into runs and days.
 */
import { basename, dirname } from 'node:path'
import type { ErrorType, GateResult, StageResult, WorkflowReport } from '../engine/model.js'

/** The subdirectory of the workspace directory (`.spec-to-production`) that holds the metrics files. */
export const METRICS_SUBDIR = 'metrics'
/** Version of one metrics line; readers accept lines without it (treated as 1). */
export const METRICS_LINE_VERSION = 1
export type MetricStatus = 'success' | 'failure' | 'cancelled' | 'skipped'
const STATUSES: ReadonlySet<string> = new Set(['success', 'failure', 'cancelled', 'skipped'])

/** A scalar metadata value; `findings_by_tool` is the one nested object (tool → count). */
export type MetricValue = string | number | boolean | null | Record<string, number>

export interface MetricRecord {
  v: number
  /** `run`, `stage:<stage key>` or `gate:<stage key>.<gate name>`. */
  name: string
  component: string
  run_id: string
  started_at: string
  ended_at: string
  duration_ms: number
  status: MetricStatus
  retries: number
  /** Why it failed (timeout, exit_code, crash, transient_network, threshold_not_met, cancelled, configuration, report); null when it did not. */
  error_type: ErrorType | string | null
  /** Value vs threshold of a gate (`value`, `threshold`, `direction` min|max, `unit`), the gate's scalar details, and more. */
  metadata: Record<string, MetricValue>
}

export interface MetricsOptions {
  /** Identity of the run; default: the run directory's name (`<component>-<stamp>-<hex>`), else component + start time. */
  runId?: string
  /** The branch the run judged (a pull request's head branch), kept so a pull request can compare with its base. */
  branch?: string | null
}


const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_STRING = 300

// ---------------------------------------------------------------------------------------------------------------
// Report → records

/** One record per stage (run, cancelled or skipped), per gate, and one for the whole run (last). */
export function metricsFromReport(report: WorkflowReport, opts: MetricsOptions = {}): MetricRecord[] {
  const runId = opts.runId ?? runIdOf(report)
  const base = { v: METRICS_LINE_VERSION, component: report.component_name, run_id: runId }
  const records: MetricRecord[] = []
  const runEnd = report.finished_at || report.started_at
  let gatesTotal = 0
  let gatesFailed = 0
  let findingsTotal = 0
  let coverage: number | null = null
  let coverageThreshold: number | null = null
  let passRate: number | null = null

  for (const [key, stage] of stageEntries(report)) {
    records.push({
      ...base,
      name: `stage:${key}`,
      started_at: stage.started_at,
      ended_at: stage.finished_at,
      duration_ms: nonNegative(stage.execution_time_ms),
      status: stageStatus(stage),
      retries: nonNegative(stage.retries),
      error_type: stage.status === 'passed' ? null : (stage.error_type ?? (stage.status === 'cancelled' ? 'cancelled' : 'exit_code')),
      metadata: compact({
        stage: key,
        target: report.target_stage,
        commands: stage.commands?.length ?? 0,
        gates: Object.keys(stage.quality_gates ?? {}).length,
        error: stage.errors?.[0] ?? null,
        warnings: stage.warnings?.length ?? 0
      })
    })
    for (const gate of Object.values(stage.quality_gates ?? {})) {
      const status = gateStatus(gate)
      gatesTotal++
      if (status === 'failure') gatesFailed++
      findingsTotal += gate.findings?.length ?? 0
      const meta = gateMetadata(gate)
      if (gate.gate_name === 'test_coverage' && typeof meta.value === 'number') {
        coverage = meta.value
        coverageThreshold = typeof meta.threshold === 'number' ? meta.threshold : null
      }
      if (gate.gate_name === 'test_pass_rate' && typeof meta.value === 'number') passRate = meta.value
      const duration = nonNegative(gate.execution_time_ms)
      // A gate's own start is not in the report; gates start with their stage (the refactoring checks run
      // concurrently), so the stage's start is the closest truth there is.
      const started = Date.parse(stage.started_at)
      records.push({
        ...base,
        name: `gate:${key}.${gate.gate_name}`,
        started_at: stage.started_at,
        ended_at: Number.isFinite(started) ? new Date(started + duration).toISOString() : stage.finished_at,
        duration_ms: duration,
        status,
        retries: nonNegative(stage.retries),
        error_type: status === 'success' ? null : (gate.error_type ?? 'threshold_not_met'),
        metadata: { stage: key, gate: gate.gate_name, ...meta, error: clip(gate.errors?.[0] ?? null) }
      })
    }
  }
  for (const key of report.stages_skipped ?? []) {
    records.push({
      ...base,
      name: `stage:${key}`,
      // Never started: stamped with the moment the run ended, when the skip was final.
      started_at: runEnd,
      ended_at: runEnd,
      duration_ms: 0,
      status: 'skipped',
      retries: 0,
      error_type: null,
      metadata: { stage: key, target: report.target_stage, skip_reason: clip(report.skip_reasons?.[key] ?? null) }
    })
  }

  const runStatus: MetricStatus = report.cancelled ? 'cancelled' : report.success ? 'success' : 'failure'
  const firstFailed = report.stages_failed?.[0]
  const failedStage = firstFailed ? report.stage_results[firstFailed] : undefined
  records.push({
    ...base,
    name: 'run',
    started_at: report.started_at,
    ended_at: runEnd,
    duration_ms: nonNegative(report.total_execution_time_ms),
    status: runStatus,
    retries: stageEntries(report).reduce((n, [, s]) => n + nonNegative(s.retries), 0),
    error_type:
      runStatus === 'success'
        ? null
        : runStatus === 'cancelled'
          ? 'cancelled'
          : (failedStage?.error_type ?? (report.errors?.length ? 'configuration' : 'exit_code')),
    metadata: {
      target: report.target_stage,
      stages_completed: report.stages_completed?.length ?? 0,
      stages_failed: (report.stages_failed ?? []).join(',') || null,
      stages_skipped: report.stages_skipped?.length ?? 0,
      gates_total: gatesTotal,
      gates_failed: gatesFailed,
      findings_total: findingsTotal,
      coverage,
      coverage_threshold: coverageThreshold,
      pass_rate: passRate,
      error: clip(report.errors?.[0] ?? failedStage?.errors?.[0] ?? null),
      version: report.generator?.version ?? null,
      branch: clip(opts.branch ?? null)
    }
  })
  return records
}

function stageEntries(report: WorkflowReport): Array<[string, StageResult]> {
  return Object.entries(report.stage_results ?? {}).filter((e): e is [string, StageResult] => e[1] !== undefined)
}

/** The run's identity in the metrics: its run directory's name, else component and start time. */
export function runIdOf(report: WorkflowReport): string {
  // reports_dir is `<workspace>/.spec-to-production/runs/<component>-<stamp>-<hex>/reports`: unique per run.
  if (report.reports_dir) {
    const runDir = basename(dirname(report.reports_dir))
    if (runDir && runDir !== '.' && runDir !== '/') return runDir
  }
  return `${report.component_name}-${report.started_at}`
}

function stageStatus(stage: StageResult): MetricStatus {
  switch (stage.status) {
    case 'passed':
      return 'success'
    case 'cancelled':
      return 'cancelled'
    case 'skipped':
      return 'skipped'
    default:
      return 'failure'
  }
}

/** A failed gate is a failure, whatever else it says; a gate stopped by cancellation is cancelled. */
function gateStatus(gate: GateResult): MetricStatus {
  if (gate.passed) return 'success'
  return gate.error_type === 'cancelled' ? 'cancelled' : 'failure'
}

export interface GateMeasure {
  value: number | null
  threshold: number | null
  /** min: value must be ≥ threshold; max: value must be ≤ threshold. */
  direction: 'min' | 'max'
  unit: '%' | 'count'
}

/** Which detail of each known gate is its value and which its threshold (DESIGN.md §3). */
export function gateMeasure(gate: GateResult): GateMeasure | null {
  const d = gate.details ?? {}
  const num = (k: string): number | null => finite(d[k])
  // Suites of the deployment stages (`integration_test_pass_rate`, `e2e_test_coverage`) are measured like the main one.
  const kind = /(^|_)test_pass_rate$/.test(gate.gate_name) ? 'test_pass_rate' : /(^|_)test_coverage$/.test(gate.gate_name) ? 'test_coverage' : gate.gate_name
  switch (kind) {
    case 'test_pass_rate':
      return { value: num('pass_rate'), threshold: num('required'), direction: 'min', unit: '%' }
    case 'test_coverage':
      return { value: num('coverage'), threshold: num('threshold'), direction: 'min', unit: '%' }
    case 'spec_validation':
      return { value: num('error_count'), threshold: 0, direction: 'max', unit: 'count' }
    case 'linting':
      return { value: num('issue_count'), threshold: num('max_issues'), direction: 'max', unit: 'count' }
    case 'type_checking':
      return { value: num('error_count'), threshold: num('max_errors'), direction: 'max', unit: 'count' }
    case 'instructions_validation':
      return { value: num('error_count'), threshold: 0, direction: 'max', unit: 'count' }
    case 'security': {
      // Blocking findings: secrets, critical and high (each limited separately; the sum against the sum of limits).
      const parts = [num('secret_count'), num('critical'), num('high')]
      const limits = [num('max_secrets'), num('max_critical'), num('max_high')]
      const measured = parts.some((p) => p !== null)
      return {
        value: measured ? parts.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
        threshold: limits.every((l) => l !== null) ? limits.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
        direction: 'max',
        unit: 'count'
      }
    }
    default:
      if (Array.isArray(d.criteria)) {
        const criteria = d.criteria as Array<{ met?: unknown }>
        return { value: criteria.filter((c) => c && c.met !== true).length, threshold: 0, direction: 'max', unit: 'count' }
      }
      if (finite(d.value) !== null) return { value: num('value'), threshold: num('threshold'), direction: 'min', unit: 'count' }
      return null
  }
}

const MAX_DETAIL_KEYS = 24

function gateMetadata(gate: GateResult): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {}
  let kept = 0
  for (const [k, v] of Object.entries(gate.details ?? {})) {
    if (UNSAFE_KEYS.has(k) || kept >= MAX_DETAIL_KEYS) continue
    if (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'boolean' || v === null) {
      out[k] = v as MetricValue
      kept++
    } else if (typeof v === 'string') {
      out[k] = clip(v)
      kept++
    }
  }
  const m = gateMeasure(gate)
  if (m) Object.assign(out, { value: m.value, threshold: m.threshold, direction: m.direction, unit: m.unit })
  const byTool = new Map<string, number>()
  for (const f of gate.findings ?? []) {
    const tool = clip(String(f.tool ?? 'unknown')) ?? 'unknown'
    byTool.set(tool, (byTool.get(tool) ?? 0) + 1)
  }
  out.findings = gate.findings?.length ?? 0
  // Object.fromEntries defines own properties: a tool named "__proto__" stays data, never a prototype.
  if (byTool.size) out.findings_by_tool = Object.fromEntries(byTool)
  return out
}

function compact(o: Record<string, MetricValue>): Record<string, MetricValue> {
  for (const k of Object.keys(o)) if (typeof o[k] === 'string') o[k] = clip(o[k] as string)
  return o
}

/** @internal A string cut to the longest kept in a record. */
export function clip(s: string | null): string | null {
  if (s === null) return null
  return s.length > MAX_STRING ? `${s.slice(0, MAX_STRING - 1)}…` : s
}

/** @internal */
export function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** @internal */
export function nonNegative(v: unknown): number {
  const n = finite(v)
  return n !== null && n > 0 ? Math.round(n) : 0
}


/** Validates and normalizes one parsed line; null when it is not a metrics record. */
export function toMetricRecord(v: Record<string, unknown> | null): MetricRecord | null {
  if (!v) return null
  const str = (x: unknown, max = MAX_STRING): string | null => (typeof x === 'string' && x.length > 0 && x.length <= max ? x : null)
  const name = str(v.name)
  const component = str(v.component)
  const runId = str(v.run_id)
  const startedAt = str(v.started_at, 40)
  const status = typeof v.status === 'string' && STATUSES.has(v.status) ? (v.status as MetricStatus) : null
  const duration = finite(v.duration_ms)
  if (!name || !component || !runId || !startedAt || !status || duration === null || duration < 0) return null
  const startMs = Date.parse(startedAt)
  if (!Number.isFinite(startMs)) return null
  const endMs = Date.parse(str(v.ended_at, 40) ?? '')
  const metadata: Record<string, MetricValue> = {}
  if (v.metadata && typeof v.metadata === 'object' && !Array.isArray(v.metadata)) {
    for (const [k, x] of Object.entries(v.metadata as Record<string, unknown>)) {
      if (UNSAFE_KEYS.has(k)) continue
      if (typeof x === 'number' ? Number.isFinite(x) : typeof x === 'boolean' || x === null) metadata[k] = x as MetricValue
      else if (typeof x === 'string') metadata[k] = clip(x)
    }
  }
  return {
    v: finite(v.v) ?? 1,
    name,
    component,
    run_id: runId,
    // Normalized to ISO form: day keys and sorting rely on it.
    started_at: new Date(startMs).toISOString(),
    ended_at: new Date(Number.isFinite(endMs) ? endMs : startMs).toISOString(),
    duration_ms: duration,
    status,
    retries: nonNegative(v.retries),
    error_type: str(v.error_type, 40),
    metadata
  }
}
