/** Writes the JSON report and formats the WORKFLOW SUMMARY block (DESIGN.md §1, §3). */
import { rmSync, writeFileSync } from 'node:fs'
import { replaceFileSync } from '../context/fs.js'
import { dirname } from 'node:path'
import type { WorkflowReport } from './model.js'
import { insightLines, reportView } from '../view/report-view.js'
import { makeDirectory, writeFailure } from './write-errors.js'

/**
 * Writes atomically (temp file, then rename) so a reader never sees half a report, even on cancellation. On a full
 * or read-only disk nothing is left behind (no temp file) and the error says which path and why.
 */
export async function writeReport(path: string, report: WorkflowReport): Promise<void> {
  await writeTextAtomically(path, `${JSON.stringify(report, null, 2)}\n`, 'the report')
}

/**
 * `text` written to a temporary file beside `path`, then put in its place (replaceFileSync): a reader never sees half of it, and a
 * symbolic link under either name is replaced, never written through (a stale temporary file is removed first, and
 * the new one is created exclusively). On failure no temporary file is left, and the error names `what` and the path.
 */
export async function writeTextAtomically(path: string, text: string, what: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    await makeDirectory(dirname(path))
    // Synchronous calls: each is one local system call where fs/promises makes each a trip through the thread pool.
    rmSync(tmp, { force: true })
    writeFileSync(tmp, text, { flag: 'wx' })
    replaceFileSync(tmp, path)
  } catch (error) {
    try {
      rmSync(tmp, { force: true })
    } catch {
      // The error that matters is the write's.
    }
    throw new Error(writeFailure(what, path, error), { cause: error })
  }
}

export function defaultReportName(component: string): string {
  return `workflow_report_${component}.json`
}

export function defaultDashboardName(component: string): string {
  return `workflow_dashboard_${component}.html`
}

/** The SARIF file of every finding the action writes next to the report (for the artifact and code scanning). */
export function sarifFileName(component: string): string {
  return `spec-to-production-${component}.sarif`
}

/**
 * What a run writes into the repository that git should not track, as `init` tells the user to ignore it (README.md,
 * *What to ignore in git*): the run directory and the files named above.
 */
export const GITIGNORE_LINES: readonly string[] = ['.spec-to-production/', 'workflow_report_*.json', 'workflow_dashboard_*.html', 'spec-to-production-*.sarif']

const RULE = '='.repeat(60)

export function formatSummary(report: WorkflowReport, reportPath: string | null): string {
  const view = reportView(report)
  // A pass that left something unmeasured says what, as the other surfaces do (the headline's own words).
  const said = view.headline.indexOf('; ')
  const caveat = view.qualified && said !== -1 ? view.headline.slice(said + 2) : null
  const lines = [
    RULE,
    'WORKFLOW SUMMARY',
    RULE,
    `Component: ${report.component_name}`,
    `Target Stage: ${report.target_stage}`,
    `Success: ${report.success ? '✓ YES' : '✗ NO'}${report.cancelled ? ' (cancelled)' : ''}${caveat ? ` (${caveat})` : ''}`,
    `Stages Completed: ${report.stages_completed.join(', ') || 'none'}`
  ]
  // A stage a cancel stopped is among the failed ones (the exit status and `stages_failed`), named as every other surface
  // names it: cancelled, not failed on its own.
  if (report.stages_failed.length) {
    lines.push(`Stages Failed: ${report.stages_failed.map((k) => (report.stage_results[k]?.status === 'cancelled' ? `${k} (cancelled)` : k)).join(', ')}`)
  }
  if (report.stages_skipped.length) {
    lines.push(`Stages Skipped: ${report.stages_skipped.map((s) => `${s} (${report.skip_reasons[s] ?? 'skipped'})`).join('; ')}`)
  }
  for (const key of report.stages_failed) {
    const stage = report.stage_results[key]
    if (!stage) continue
    for (const gate of Object.values(stage.quality_gates).filter((g) => !g.passed)) {
      // Each criterion not met is its own reason (a local run without a token misses three): all are said.
      const said = Array.isArray(gate.details?.criteria) && gate.errors.length > 1 ? gate.errors : [gate.errors[0] ?? 'failed']
      for (const error of said) lines.push(`  ✗ ${key}.${gate.gate_name}: ${error}`)
    }
    for (const e of stage.errors) lines.push(`  ✗ ${key}: ${e}`)
  }
  for (const e of report.errors) lines.push(`Error: ${e}`)
  const insights = view.insights
  if (insights) lines.push('Tests:', ...insightLines(insights).map((l) => `  ${l}`))
  lines.push(
    `Total Time: ${report.total_execution_time_ms}ms`,
    `Context Session: ${report.context_session_id ?? 'none'}`,
    `Metrics Dashboard: ${report.metrics_dashboard ?? 'none'}`,
    `Report Saved: ${reportPath ?? 'not written'}`,
    RULE
  )
  return lines.join('\n')
}
