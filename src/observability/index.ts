/**
 * Observability of one run: record its metrics, keep the history within retention, and write the dashboard.
 * The engine/CLI calls `writeObservability` once the report is final; the cache module carries
 * `<workspaceDir>/metrics/` between CI runs (restore before, save after).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { replaceFileSync } from '../context/fs.js'
import { dirname } from 'node:path'
import type { WorkflowReport } from '../engine/model.js'
import { writeFailure } from '../engine/write-errors.js'
import { renderDashboard } from './dashboard.js'
import { appendMetrics, metricsFromReport, pruneMetrics, readHistory, type History, type MetricRecord, type PruneResult } from './metrics.js'

export { renderDashboard, esc, fmtMs, CSP, MAX_TREND_POINTS, type DashboardInput } from './dashboard.js'
export * from './metrics.js'

export interface ObservabilityOptions {
  /** The tool's workspace directory, normally `<workspace>/.spec-to-production`; metrics go to its `metrics/`. */
  workspaceDir: string
  report: WorkflowReport
  /** observability.metrics.retention_days */
  retentionDays: number
  /** Where the dashboard goes (e.g. `workflow_dashboard_<component>.html`); null: no dashboard. */
  dashboardPath: string | null
  now: Date | number
  /** observability.metrics.enabled; default true. Off: nothing is recorded, the dashboard (if any) shows the history there is. */
  recordMetrics?: boolean
  /** Run identity (default: derived from the report's run directory). */
  runId?: string
  /** The branch the run judged, recorded with the run. */
  branch?: string | null
}

export interface ObservabilityResult {
  dashboardPath: string | null
  records: MetricRecord[]
  /** Runs of this component in the history the dashboard drew (this run included). */
  historyRuns: number
  /** Malformed history lines skipped. */
  malformed: number
  /** The first of them, by day file and line. */
  firstMalformed?: { file: string; line: number }
  /** What could not be done (e.g. the metrics not appended on a full disk) while the rest was. */
  warnings: string[]
  pruned: PruneResult
  history: History
}

/** Append this run's metrics, prune past retention, read the component's history, render and write the dashboard. */
export async function writeObservability(opts: ObservabilityOptions): Promise<ObservabilityResult> {
  const { workspaceDir, report, retentionDays, now } = opts
  const records = opts.recordMetrics === false ? [] : metricsFromReport(report, { runId: opts.runId, branch: opts.branch })
  const warnings: string[] = []
  let pruned: PruneResult = { removedFiles: 0, removedEntries: 0 }
  try {
    if (records.length) await appendMetrics(workspaceDir, records, now)
    if (opts.recordMetrics !== false) pruned = await pruneMetrics(workspaceDir, retentionDays, now)
  } catch (error) {
    // A full or read-only disk under the history: this run's metrics are lost, the dashboard is still drawn.
    warnings.push(`this run's metrics were not recorded: ${(error as Error).message}`)
  }
  const history = await readHistory(workspaceDir, { component: report.component_name, sinceDays: retentionDays, now })
  let dashboardPath: string | null = null
  if (opts.dashboardPath) {
    const html = renderDashboard({ report, history, generatedAt: now })
    await writeAtomically(opts.dashboardPath, html)
    dashboardPath = opts.dashboardPath
  }
  return { dashboardPath, records, historyRuns: history.runs_seen, malformed: history.stats.malformed, firstMalformed: history.stats.first_malformed, pruned, history, warnings }
}

/** Regenerates the dashboard from the metrics directory alone (`spec-to-production dashboard`). */
export async function regenerateDashboard(opts: {
  workspaceDir: string
  component?: string
  sinceDays?: number
  dashboardPath: string
  now: Date | number
  report?: WorkflowReport | null
}): Promise<{ dashboardPath: string; historyRuns: number }> {
  const history = await readHistory(opts.workspaceDir, { component: opts.component ?? opts.report?.component_name, sinceDays: opts.sinceDays, now: opts.now })
  await writeAtomically(opts.dashboardPath, renderDashboard({ report: opts.report ?? null, history, generatedAt: opts.now }))
  return { dashboardPath: opts.dashboardPath, historyRuns: history.runs_seen }
}

/**
 * Temporary file, then rename. Synchronous calls: each is one local system call where `fs/promises` makes each (and
 * the open, write and close of a writeFile) a trip through the thread pool.
 */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(tmp, text)
    replaceFileSync(tmp, path)
  } catch (error) {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // The error that matters is the write's.
    }
    throw new Error(writeFailure('the dashboard', path, error), { cause: error })
  }
}
