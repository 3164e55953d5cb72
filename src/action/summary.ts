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

/** GitHub drops a step summary over 1 MiB; we stay under it with room for the runner's own additions. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024
/** Findings listed in the summary at most (the check run and the SARIF file hold all of them). */
const SUMMARY_FINDINGS = 50

export interface SummaryLinks {
  checkRunUrl?: string | null
  artifact?: string | null
  /** Commit the findings link to (the pull request's head commit on pull requests). */
  commitSha?: string | null
}

/** Link to a file and line at the commit on GitHub, or null outside GitHub. */
function blobLink(file: string, line: number | undefined, sha: string | null | undefined): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env
  if (!server || !repo || !sha || !file || file.startsWith('/') || file.startsWith('..')) return null
  const path = file.split('/').map(encodeURIComponent).join('/')
  return `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ''}`
}

/** The summary as HTML; `budget` bytes at most, cutting findings first and saying what was cut. */
export function renderJobSummary(report: WorkflowReport, links: SummaryLinks = {}, budget = SUMMARY_MAX_BYTES): string {
  const verdict = report.success ? '✅ passed' : report.cancelled ? '⊘ cancelled' : '❌ failed'
  const parts: string[] = [`<h2>spec-to-production: ${escapeCell(report.component_name)} → ${report.target_stage}: ${verdict}</h2>`]
  const table = (head: string[], rows: string[][]) =>
    `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`
  parts.push(
    table(['Stage', 'Status', 'Time', 'Retries'], [
      ...Object.values(report.stage_results).map((st) => [st.stage_name, st.status, `${st.execution_time_ms} ms`, String(st.retries)]),
      ...report.stages_skipped.map((k) => [k, `skipped: ${escapeCell(report.skip_reasons[k] ?? '')}`, '', ''])
    ])
  )
  const gateRows = Object.values(report.stage_results).flatMap((st) =>
    Object.values(st.quality_gates).map((g) => [`${st.stage_name}.${g.gate_name}`, g.passed ? '✅' : '❌', escapeCell(gateValue(g.details)), escapeCell((g.errors[0] ?? '').slice(0, 500))])
  )
  if (gateRows.length) parts.push('<h3>Quality gates</h3>', table(['Gate', 'Result', 'Value', 'Why'], gateRows))
  const where: string[] = []
  if (links.checkRunUrl) where.push(`<a href="${escapeCell(links.checkRunUrl)}">check run with annotations</a>`)
  if (links.artifact) where.push(`artifact <code>${escapeCell(links.artifact)}</code> (report, SARIF, dashboard, logs)`)
  if (where.length) parts.push(`<p>Details: ${where.join(' · ')}</p>`)
  const errors = [...report.errors, ...Object.values(report.stage_results).flatMap((st) => st.errors.map((e) => `${st.stage_name}: ${e}`))]
  if (errors.length) parts.push('<h3>Errors</h3>', `<ul>${errors.slice(0, 50).map((e) => `<li>${escapeCell(e.slice(0, 2000))}</li>`).join('')}</ul>`)

  // Findings, most severe first, each row only if it still fits the budget.
  const rank = { error: 0, warning: 1, notice: 2 } as const
  const findings = Object.values(report.stage_results)
    .flatMap((st) => Object.values(st.quality_gates).flatMap((g) => g.findings))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f)
  let used = Buffer.byteLength(parts.join('\n'))
  const rows: string[] = []
  let cut = 0
  for (const f of findings) {
    if (rows.length >= SUMMARY_FINDINGS) {
      cut = findings.length - rows.length
      break
    }
    const place = `${f.file}${f.line ? `:${f.line}` : ''}`
    const link = blobLink(f.file, f.line, links.commitSha)
    const row = `<tr><td>${f.severity}</td><td>${escapeCell(f.tool)}${f.rule ? ` <code>${escapeCell(f.rule.slice(0, 200))}</code>` : ''}</td><td>${link ? `<a href="${escapeCell(link)}">${escapeCell(place)}</a>` : escapeCell(place)}</td><td>${escapeCell(f.message.slice(0, 1000))}</td></tr>`
    // Room kept for the table's head and the closing note.
    if (used + Buffer.byteLength(row) + 512 > budget) {
      cut = findings.length - rows.length
      break
    }
    rows.push(row)
    used += Buffer.byteLength(row)
  }
  if (rows.length) {
    parts.push(`<h3>Findings (${findings.length})</h3>`, `<table><tr><th>Severity</th><th>Tool</th><th>Where</th><th>Message</th></tr>${rows.join('')}</table>`)
    if (cut) parts.push(`<p>${cut} more finding(s) not shown here: all of them are in the check run's annotations and the SARIF file in the artifact.</p>`)
  }
  let html = parts.join('\n')
  if (Buffer.byteLength(html) > budget) {
    // Only pathological gate or error text gets here: cut at a character boundary and say so.
    html = `${Buffer.from(html).subarray(0, budget - 200).toString('utf8').replace(/\uFFFD*$/, '')}\n<p>(summary cut at ${budget} bytes)</p>`
  }
  return html
}

/** Writes the step's summary; `overwrite` replaces what an earlier call of this step wrote (links filled in later). */
export async function writeJobSummary(report: WorkflowReport, links: SummaryLinks = {}, overwrite = false): Promise<void> {
  await core.summary.addRaw(renderJobSummary(report, links), true).write({ overwrite })
}
