/** The job summary page: verdict, stages and gates. Every string from a report is escaped before it is shown. */
import * as core from '@actions/core'
import type { WorkflowReport } from '../engine/model.js'

/** Escapes text for the summary's HTML/Markdown: tags, table pipes, backticks and newlines render as text. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\r?\n/g, ' ')
}

export function gateValue(details: Record<string, unknown>): string {
  for (const [value, threshold] of [
    ['pass_rate', 'required'],
    ['coverage', 'threshold'],
    ['issue_count', 'max_issues'],
    ['error_count', 'max_errors'],
    ['secret_count', 'max_secrets']
  ] as const) {
    if (value in details) return `${String(details[value])}${value.endsWith('rate') || value === 'coverage' ? '%' : ''} (limit ${String(details[threshold])})`
  }
  if ('source' in details) return `exit status ${String(details.exit_code)}`
  return ''
}

export async function writeJobSummary(report: WorkflowReport, links: { checkRunUrl?: string | null; artifact?: string | null } = {}): Promise<void> {
  const verdict = report.success ? '✅ passed' : report.cancelled ? '⊘ cancelled' : '❌ failed'
  const summary = core.summary
    .addHeading(`spec-to-production: ${escapeCell(report.component_name)} → ${report.target_stage}: ${verdict}`, 2)
  const stageRows = [
    [{ data: 'Stage', header: true }, { data: 'Status', header: true }, { data: 'Time', header: true }, { data: 'Retries', header: true }],
    ...Object.values(report.stage_results).map((s) => [s.stage_name, s.status, `${s.execution_time_ms} ms`, String(s.retries)]),
    ...report.stages_skipped.map((k) => [k, `skipped: ${escapeCell(report.skip_reasons[k] ?? '')}`, '', ''])
  ]
  summary.addTable(stageRows)
  const gateRows = Object.values(report.stage_results).flatMap((s) =>
    Object.values(s.quality_gates).map((g) => [
      `${s.stage_name}.${g.gate_name}`,
      g.passed ? '✅' : '❌',
      escapeCell(gateValue(g.details)),
      escapeCell(g.errors[0] ?? '')
    ])
  )
  if (gateRows.length) {
    summary.addHeading('Quality gates', 3).addTable([
      [{ data: 'Gate', header: true }, { data: 'Result', header: true }, { data: 'Value', header: true }, { data: 'Why', header: true }],
      ...gateRows
    ])
  }
  const where: string[] = []
  if (links.checkRunUrl) where.push(`<a href="${escapeCell(links.checkRunUrl)}">check run with annotations</a>`)
  if (links.artifact) where.push(`artifact <code>${escapeCell(links.artifact)}</code> (report, SARIF, dashboard, logs)`)
  if (where.length) summary.addRaw(`<p>Details: ${where.join(' · ')}</p>`, true)
  const errors = [...report.errors, ...Object.values(report.stage_results).flatMap((s) => s.errors.map((e) => `${s.stage_name}: ${e}`))]
  if (errors.length) summary.addHeading('Errors', 3).addList(errors.slice(0, 50).map(escapeCell))
  await summary.write()
}
