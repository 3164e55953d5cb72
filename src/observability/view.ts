/**
 * The dashboard's view model: what is drawn, from a report or from the latest run of the history.
 */
import { STAGE_ORDER } from '../config/types.js'
import type { CommandRecord, Finding, StageResult, WorkflowReport } from '../engine/model.js'
import { gateView as sharedGateView, reportView, type CriterionView, type ReportView } from '../view/report-view.js'
import { gateMeasure, type HistoryRun, type MetricStatus } from './metrics.js'

export interface GateView {
  stage: string
  name: string
  status: MetricStatus
  value: number | null
  threshold: number | null
  direction: 'min' | 'max' | null
  unit: string | null
  duration_ms: number
  /** The measurement in words, as every surface says it (from the report); null when drawn from the history. */
  text: string | null
  /** Further figures, warnings that weaken a pass, and deployment criteria with their own values. */
  facts: string[]
  caveats: string[]
  criteria: CriterionView[]
  errors: string[]
  warnings: string[]
  findings: Finding[]
}

export interface StageView {
  key: string
  status: MetricStatus
  started: number | null
  ended: number | null
  duration_ms: number
  retries: number
  error_type: string | null
  errors: string[]
  warnings: string[]
  skip_reason: string | null
  gates: GateView[]
}

export interface RunView {
  source: 'report' | 'history' | 'none'
  component: string
  target: string | null
  status: MetricStatus
  run_id: string | null
  started: number | null
  ended: number | null
  duration_ms: number | null
  retries: number
  stages: StageView[]
  commands: CommandRecord[]
  errors: string[]
  context_session_id: string | null
  version: string | null
  /** The shared view of the report (tests, coverage, deployments, spec); null when drawn from the history. */
  report: ReportView | null
}

function statusOfStage(s: string): MetricStatus {
  return s === 'passed' ? 'success' : s === 'cancelled' ? 'cancelled' : s === 'skipped' ? 'skipped' : 'failure'
}

function time(s: string | undefined | null): number | null {
  const t = Date.parse(String(s ?? ''))
  return Number.isFinite(t) ? t : null
}

export function fromReport(report: WorkflowReport): RunView {
  const keys = new Set<string>([...Object.keys(report.stage_results ?? {}), ...(report.stages_skipped ?? [])])
  const order = [...STAGE_ORDER.filter((k) => keys.has(k)), ...[...keys].filter((k) => !(STAGE_ORDER as readonly string[]).includes(k))]
  const stages: StageView[] = order.map((key) => {
    const s = (report.stage_results as Record<string, StageResult | undefined>)[key]
    if (!s) {
      return {
        key,
        status: 'skipped',
        started: null,
        ended: null,
        duration_ms: 0,
        retries: 0,
        error_type: null,
        errors: [],
        warnings: [],
        skip_reason: (report.skip_reasons as Record<string, string | undefined>)?.[key] ?? null,
        gates: []
      }
    }
    return {
      key,
      // Reports written before `status` existed say only `success`.
      status: statusOfStage(s.status ?? (s.success ? 'passed' : 'failed')),
      started: time(s.started_at),
      ended: time(s.finished_at),
      duration_ms: s.execution_time_ms,
      retries: s.retries ?? 0,
      error_type: s.error_type ?? null,
      errors: s.errors ?? [],
      warnings: s.warnings ?? [],
      skip_reason: null,
      gates: Object.values(s.quality_gates ?? {}).map((g) => {
        // Criteria have their own values and thresholds, listed one by one; a count of unmet ones is no gauge.
        const shared = sharedGateView(key, g)
        const m = shared.criteria.length ? null : gateMeasure(g)
        return {
          stage: key,
          name: g.gate_name,
          status: g.passed ? 'success' : g.error_type === 'cancelled' ? 'cancelled' : 'failure',
          value: m?.value ?? null,
          threshold: m?.threshold ?? null,
          direction: m?.direction ?? null,
          unit: m?.unit ?? null,
          duration_ms: g.execution_time_ms,
          text: shared.value,
          facts: shared.facts,
          caveats: shared.caveats,
          criteria: shared.criteria,
          errors: g.errors ?? [],
          warnings: g.warnings ?? [],
          findings: g.findings ?? []
        }
      })
    }
  })
  return {
    source: 'report',
    component: report.component_name,
    target: report.target_stage,
    status: report.cancelled ? 'cancelled' : report.success ? 'success' : 'failure',
    run_id: null,
    started: time(report.started_at),
    ended: time(report.finished_at),
    duration_ms: report.total_execution_time_ms,
    retries: stages.reduce((a, s) => a + s.retries, 0),
    stages,
    commands: Object.values(report.stage_results ?? {}).flatMap((s) => s?.commands ?? []),
    errors: report.errors ?? [],
    context_session_id: report.context_session_id,
    version: report.generator?.version ?? null,
    report: reportView(report)
  }
}

export function fromHistoryRun(run: HistoryRun): RunView {
  const rank = (k: string) => {
    const i = (STAGE_ORDER as readonly string[]).indexOf(k)
    return i === -1 ? STAGE_ORDER.length : i
  }
  const stages: StageView[] = [...run.stages]
    .sort((a, b) => rank(a.name) - rank(b.name))
    .map((s) => ({
      key: s.name,
      status: s.status,
      started: s.status === 'skipped' ? null : time(s.started_at),
      ended: s.status === 'skipped' ? null : time(s.ended_at),
      duration_ms: s.duration_ms,
      retries: s.retries,
      error_type: s.error_type,
      errors: [],
      warnings: [],
      skip_reason: null,
      gates: run.gates
        .filter((g) => g.name.startsWith(`${s.name}.`))
        .map((g) => ({
          stage: s.name,
          name: g.name.slice(s.name.length + 1),
          status: g.status,
          value: g.value,
          threshold: g.threshold,
          direction: g.direction,
          unit: g.unit,
          duration_ms: g.duration_ms,
          text: null,
          facts: [],
          caveats: [],
          criteria: [],
          errors: [],
          warnings: [],
          findings: []
        }))
    }))
  return {
    source: 'history',
    component: run.component,
    target: run.target,
    status: run.status,
    run_id: run.run_id,
    started: time(run.started_at),
    ended: time(run.ended_at),
    duration_ms: run.duration_ms,
    retries: run.retries,
    stages,
    commands: [],
    errors: [],
    context_session_id: null,
    version: null,
    report: null
  }
}

export function emptyView(): RunView {
  return {
    source: 'none',
    component: 'unknown',
    target: null,
    status: 'skipped',
    run_id: null,
    started: null,
    ended: null,
    duration_ms: null,
    retries: 0,
    stages: [],
    commands: [],
    errors: [],
    context_session_id: null,
    version: null,
    report: null
  }
}
