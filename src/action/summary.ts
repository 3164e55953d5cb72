/** The job summary page: verdict, stages and gates. Every string from a report is escaped before it is shown. */
import * as core from '@actions/core'
import type { WorkflowReport } from '../engine/model.js'
import { repositoryPath } from '../github/annotations.js'
import { clipText, count, testCountsLine, exactPct, fmtDuration, inertMarkup, mark, reportView, type GateView, type TestInsightsView } from '../view/report-view.js'
import { whereWhole, type WholePlace } from '../view/whole.js'

/** Escapes text for the summary's HTML/Markdown: tags, table pipes, backticks and newlines render as text. */
export function escapeCell(text: string): string {
  return inertMarkup(text).replace(/"/g, '&quot;')
}

/**
 * A link's address in an attribute: the URL as it is, with only what ends the attribute or a tag escaped (the
 * zero-width spaces that keep shown text from mentioning anyone would change the address).
 */
function href(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** GitHub drops a step summary over 1 MiB; we stay under it with room for the runner's own additions. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024
/** Findings listed in the summary at most (the check run and the SARIF file hold all of them). */
const SUMMARY_FINDINGS = 50

/** The other surfaces of this run: each is named in the summary only when it exists. */
export interface SummaryLinks {
  checkRunUrl?: string | null
  /** Annotations the check run holds (0 or absent: none were posted). */
  annotations?: number | null
  /** Name of the uploaded artifact, or absent when none was uploaded. */
  artifact?: string | null
  /** What the artifact holds, of: report, SARIF, dashboard, fix patch, logs. */
  artifactHolds?: string[]
  /** The pull-request comment, when one was written. */
  commentUrl?: string | null
  /** Commit the findings link to (the pull request's head commit on pull requests). */
  commitSha?: string | null
  /** The workspace's path in the repository (`working-directory`): finding paths are relative to the workspace. */
  pathPrefix?: string
  /** Where the whole report is in this run (see whole.ts), for what the summary leaves out. */
  whole?: WholePlace | null
}

/** Where the whole report (or every finding) is, in the summary's HTML. */
function wholeIn(links: SummaryLinks, what: 'findings' | 'report'): string {
  if (links.whole) return whereWhole(links.whole, what, escapeCell)
  return links.artifact ? `the JSON report in the artifact <code>${escapeCell(links.artifact)}</code>` : 'the JSON report this run wrote'
}

/** Link to a file and line at the commit on GitHub, or null outside GitHub. */
function blobLink(file: string, line: number | undefined, sha: string | null | undefined, pathPrefix?: string): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env
  const inRepository = sha ? repositoryPath(file, { pathPrefix }) : null
  if (!server || !repo || !sha || !inRepository) return null
  const path = inRepository.split('/').map(encodeURIComponent).join('/')
  return `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ''}`
}

const CELL_MAX = 500

function cell(text: string, max = CELL_MAX): string {
  return escapeCell(clipText(text, max))
}

/** `✅`, `❌`, `⊘`, or `⚠️` for a pass that did not measure everything (secrets not scanned…). */
function resultMark(g: GateView): string {
  if (g.status === 'passed') return g.caveats.length ? '⚠️' : '✅'
  return g.status === 'cancelled' ? '⊘' : '❌'
}

/** How many entries of the longer lists the summary shows: fewer when the page would pass its budget. */
interface SummaryLimits {
  /** Entries of each insight list (the report holds at most 50). */
  insightItems: number
  /** Errors listed (the rest counted). */
  errors: number
}
const SUMMARY_LIMITS: readonly SummaryLimits[] = [
  { insightItems: 25, errors: 50 },
  { insightItems: 10, errors: 10 },
  { insightItems: 3, errors: 3 },
  { insightItems: 0, errors: 0 }
]
/** Bytes kept for the findings table's head and its closing note. */
const FINDINGS_ROOM = 768

/**
 * The summary as HTML; `budget` bytes at most. Findings are cut first, each row only if it fits; when the page is over
 * the budget without them, the lists show fewer entries (their counts exact), and only then are whole sections left
 * out from the end, saying so and where all of it is: the verdict is never what is cut, nor half a tag or a table.
 */
export function renderJobSummary(report: WorkflowReport, links: SummaryLinks = {}, budget = SUMMARY_MAX_BYTES): string {
  let parts: string[] = []
  for (const limits of SUMMARY_LIMITS) {
    parts = summaryParts(report, links, limits)
    if (Buffer.byteLength(parts.join('\n')) + FINDINGS_ROOM <= budget) return withFindings(report, links, budget, parts)
  }
  const findings = Object.values(report.stage_results).reduce((n, st) => n + Object.values(st.quality_gates).reduce((m, g) => m + g.findings.length, 0), 0)
  return fitParts(parts, links, budget, findings)
}

/**
 * `parts` from the first while they fit `budget` with a note saying how many sections were left out and where the
 * whole is; the verdict's heading and line (the first two) are always kept, cut at a character if they alone are over.
 */
function fitParts(parts: readonly string[], links: SummaryLinks, budget: number, findings: number): string {
  const report = wholeIn(links, 'report')
  const note = (n: number) => `<p>⚠️ This summary was cut to fit GitHub's limit of 1 MiB for a job summary: ${count(n)} more section(s)${findings ? ` and the ${count(findings)} finding(s)` : ''} not shown; ${report} has all of it.</p>`
  const room = budget - Buffer.byteLength(note(parts.length))
  const kept: string[] = []
  let used = 0
  for (const [i, part] of parts.entries()) {
    const size = Buffer.byteLength(part) + 1
    if (used + size > room && i >= 2) break
    kept.push(part)
    used += size
  }
  const html = `${kept.join('\n')}\n${note(parts.length - kept.length)}`
  if (Buffer.byteLength(html) <= budget) return html
  return `${Buffer.from(html).subarray(0, budget - 200).toString('utf8').replace(/\uFFFD*$/, '')}\n<p>(summary cut at ${budget} bytes)</p>`
}

/** Everything but the findings, in the order shown. */
function summaryParts(report: WorkflowReport, links: SummaryLinks, limits: SummaryLimits): string[] {
  const view = reportView(report)
  const verdict = view.verdict === 'passed' ? (view.qualified ? '⚠️ passed' : '✅ passed') : view.verdict === 'cancelled' ? '⊘ cancelled' : '❌ failed'
  const parts: string[] = [`<h2>spec-to-production: ${escapeCell(view.component)} → ${escapeCell(view.target)}: ${verdict}</h2>`, `<p>${cell(view.headline)} · ${fmtDuration(view.duration_ms)}</p>`]
  const table = (head: string[], rows: string[][]) =>
    `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`

  const facts: string[] = []
  for (const t of view.tests) {
    const [suite, counts] = testCountsLine(t, escapeCell)
    facts.push(`<b>${suite}</b>: ${counts}`)
  }
  if (view.coverage) facts.push(`<b>Coverage</b>: ${cell(exactPct(view.coverage.percent))}${view.coverage.threshold !== null ? ` (threshold ${cell(exactPct(view.coverage.threshold))})` : ''}`)
  for (const d of view.deployments) {
    // Only a web address is a link (as on the dashboard): a deploy may report `javascript:` or `file:` as its URL.
    const where = d.url
      ? /^https?:\/\//i.test(d.url) ? `<a href="${href(d.url)}">${cell(d.url, 300)}</a>` : cell(d.url, 300)
      : escapeCell(d.state)
    facts.push(`<b>${escapeCell(d.environment ?? d.stage)}</b>: ${where}${[d.rollback, ...d.notes].filter((x): x is string => !!x).map((x) => ` · ${cell(x)}`).join('')}`)
  }
  if (facts.length) parts.push(`<ul>${facts.map((f) => `<li>${f}</li>`).join('')}</ul>`)
  if (view.insights) parts.push(insightsHtml(view.insights, limits.insightItems, wholeIn(links, 'report')))

  parts.push(
    table(
      ['Stage', 'Status', 'Time', 'Retries'],
      view.stages.map((st) => [escapeCell(st.key), `${mark(st.status)} ${st.status}${st.status === 'skipped' && st.note ? `: ${cell(st.note)}` : ''}${st.caveats.map((c) => `<br>⚠️ ${cell(c)}`).join('')}`, st.duration_ms === null ? '—' : fmtDuration(st.duration_ms), st.status === 'skipped' ? '—' : String(st.retries)])
    )
  )
  if (view.gates.length) {
    parts.push(
      '<h3>Quality gates</h3>\n' +
        table(
          ['Gate', 'Result', 'Value', 'Details'],
          view.gates.map((g) => [
            escapeCell(g.key),
            resultMark(g),
            cell(g.value),
            [...g.caveats.map((c) => `⚠️ ${cell(c)}`), ...(g.status !== 'passed' && g.why && !g.value.endsWith(g.why) ? [cell(g.why)] : []), ...(g.facts.length ? [cell(g.facts.join(' · '))] : [])].join('<br>')
          ])
        )
    )
    for (const g of view.gates.filter((x) => x.criteria.length)) {
      parts.push(
        `<h4>${escapeCell(g.key)}</h4>\n` +
          table(
            ['Criterion', 'Met', 'Value', 'Needs', 'From'],
            g.criteria.map((c) => [cell(c.name), c.met ? '✅' : '❌', cell(c.value), cell(c.threshold), `${cell(c.source, 200)}${c.reason ? `<br>${cell(c.reason)}` : ''}`])
          )
      )
    }
  }
  const where: string[] = []
  if (links.checkRunUrl) where.push(`<a href="${href(links.checkRunUrl)}">check run</a>${links.annotations ? ` with ${count(links.annotations)} annotation(s)` : ''}`)
  if (links.commentUrl) where.push(`<a href="${href(links.commentUrl)}">pull-request comment</a>`)
  if (links.artifact) where.push(`artifact <code>${escapeCell(links.artifact)}</code>${links.artifactHolds?.length ? ` (${links.artifactHolds.join(', ')})` : ''}`)
  if (where.length) parts.push(`<p>Details: ${where.join(' · ')}</p>`)
  const errors = [...report.errors, ...Object.values(report.stage_results).flatMap((st) => st.errors.map((e) => `${st.stage_name}: ${e}`))]
  if (errors.length) {
    const shown = errors.slice(0, limits.errors)
    const more = errors.length - shown.length
    parts.push(`<h3>Errors</h3>\n<ul>${shown.map((e) => `<li>${escapeCell(clipText(e, 2000))}</li>`).join('')}${more > 0 ? `<li>… ${count(more)} more in ${wholeIn(links, 'report')}</li>` : ''}</ul>`)
  }
  return parts
}

/** The parts with the findings that fit `budget`, most severe first, and how many were left out. */
function withFindings(report: WorkflowReport, links: SummaryLinks, budget: number, parts: string[]): string {
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
    // Named as GitHub names it: from the repository's root, as the annotations and the link do.
    const place = `${repositoryPath(f.file, { pathPrefix: links.pathPrefix }) ?? f.file}${f.line ? `:${f.line}` : ''}`
    const link = blobLink(f.file, f.line, links.commitSha, links.pathPrefix)
    const row = `<tr><td>${f.severity}</td><td>${escapeCell(f.tool)}${f.rule ? ` <code>${escapeCell(f.rule.slice(0, 200))}</code>` : ''}</td><td>${link ? `<a href="${href(link)}">${escapeCell(place)}</a>` : escapeCell(place)}</td><td>${escapeCell(clipText(f.message, 1000))}</td></tr>`
    // Room kept for the table's head and the closing note.
    if (used + Buffer.byteLength(row) + FINDINGS_ROOM > budget) {
      cut = findings.length - rows.length
      break
    }
    rows.push(row)
    used += Buffer.byteLength(row)
  }
  if (rows.length) {
    parts.push(`<h3>Findings (${count(findings.length)})</h3>`, `<table><tr><th>Severity</th><th>Tool</th><th>Where</th><th>Message</th></tr>${rows.join('')}</table>`)
    if (cut) parts.push(`<p>${count(cut)} more finding(s) not shown here${elsewhere(links, findings.length)}.</p>`)
  }
  return parts.join('\n')
}

/** The tests section: new failures, known ones, flaky, quarantined, the slowest; every string escaped. */
function insightsHtml(insights: TestInsightsView, perList: number, whole: string): string {
  const out = ['<h3>Tests</h3>']
  if (insights.basis) out.push(`<p>${cell(insights.basis)}</p>`)
  for (const e of insights.expired) out.push(`<p>❌ expired quarantine entry: ${cell(e)}</p>`)
  for (const l of insights.lists) {
    const shown = l.items.slice(0, perList)
    const more = l.count - shown.length
    out.push(
      `<p><b>${escapeCell(l.title)}</b> (${count(l.count)}${l.detail ? `; ${escapeCell(l.detail)}` : ''})</p>`,
      `<ul>${shown.map((i) => `<li><code>${cell(i.id, 300)}</code>${i.note ? ` — ${cell(i.note)}` : ''}</li>`).join('')}${more > 0 ? `<li>… ${count(more)} more in ${whole}</li>` : ''}</ul>`
    )
  }
  for (const n of insights.notes) out.push(`<p>⚠️ ${cell(n)}</p>`)
  return out.join('\n')
}

/** Where the findings this summary leaves out can be read: only surfaces this run produced, and only what they hold. */
function elsewhere(links: SummaryLinks, total: number): string {
  const places: string[] = []
  if (links.whole) places.push(`all ${count(total)} are in ${wholeIn(links, 'findings')}`)
  else if (links.artifact) {
    const files = links.artifactHolds?.includes('SARIF') ? 'the SARIF file and the JSON report' : 'the JSON report'
    places.push(`all ${count(total)} are in ${files} of the artifact <code>${escapeCell(links.artifact)}</code>`)
  }
  if (links.checkRunUrl && links.annotations) {
    places.push(`${links.annotations >= total ? 'all of them' : `${count(links.annotations)} of them`} are annotations of the <a href="${href(links.checkRunUrl)}">check run</a>`)
  }
  return places.length ? `: ${places.join('; ')}` : ': all of them are in the JSON report this run wrote'
}

/**
 * What the repository's commands wrote to the step's job summary, under a heading that says it is theirs: it follows
 * the verdict, and is not the action's word. Cut to `room` bytes (the step's summary holds 1 MiB in all; the verdict
 * comes first); with no room left, one line saying so.
 */
export function commandsSummary(text: string, room: number): string {
  const head =
    "\n<h3>Written to this step's job summary by the repository's commands</h3>\n<p>What follows was written by the commands the run ran (tests, checks, deploy scripts), not by spec-to-production: its verdict is above.</p>\n"
  const cutNote = `\n\n(cut: the step's job summary holds ${Math.round(SUMMARY_MAX_BYTES / 1024)} KiB with the verdict)\n`
  const body = text.endsWith('\n') ? text : `${text}\n`
  if (Buffer.byteLength(head) + Buffer.byteLength(body) <= room) return head + body
  const left = room - Buffer.byteLength(head) - Buffer.byteLength(cutNote)
  // No room for a useful part of theirs: one line says that they wrote something and why it is not here (it fits in
  // what SUMMARY_MAX_BYTES keeps below GitHub's 1 MiB).
  if (left < 256) {
    return `\n<p>The repository's commands also wrote ${count(Buffer.byteLength(text))} bytes to this step's job summary: not shown, since the step's job summary holds ${Math.round(SUMMARY_MAX_BYTES / 1024)} KiB and the verdict above takes it.</p>\n`
  }
  return head + Buffer.from(body).subarray(0, left).toString('utf8').replace(/\uFFFD$/, '') + cutNote
}

/**
 * Writes the step's summary; `overwrite` replaces what an earlier call of this step wrote (links filled in later), and
 * `commands` is what the repository's commands wrote to their summary file, shown after the verdict.
 */
export async function writeJobSummary(report: WorkflowReport, links: SummaryLinks = {}, overwrite = false, commands = ''): Promise<void> {
  const ours = renderJobSummary(report, links)
  const theirs = commands.trim() === '' ? '' : commandsSummary(commands, SUMMARY_MAX_BYTES - Buffer.byteLength(ours))
  await core.summary.addRaw(ours + theirs, true).write({ overwrite })
}
