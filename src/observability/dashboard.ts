/**
 * The dashboard (`workflow_dashboard_<component>.html`): one self-contained HTML file — inline CSS, inline SVG
 * drawn here, no script, no font, no remote load (a Content-Security-Policy meta tag forbids them) — so it works
 * from a downloaded artifact. Four views: workflow overview, quality gates, performance, historical trends.
 * Every string that comes from a report or the metrics history goes through `esc`. The view model is in `view.ts`,
 * the charts in `charts.ts`, the trends in `trends.ts`, the page shell shared with the combined dashboard in `page.ts`.
 */
import type { WorkflowReport } from '../engine/model.js'
import { gauge, hbars, timeline, valueVsThreshold } from './charts.js'
import { clip, fmtMs, fmtTime, n, pill, STATUS_LABEL, STATUS_MARK } from './format.js'
import type { History, MetricStatus } from './metrics.js'
import { esc, renderPage } from './page.js'
import { trendsView } from './trends.js'
import { count, exactPct, type SpecItemView } from '../view/report-view.js'
import { emptyView, fromHistoryRun, fromReport, type GateView, type RunView } from './view.js'

export { CSP, esc } from './page.js'
export { fmtMs } from './format.js'
export { MAX_TREND_POINTS } from './trends.js'

export interface DashboardInput {
  /** This run's report; null to draw from the history alone (the latest run there is the one shown). */
  report: WorkflowReport | null
  history: History
  generatedAt: Date | number
}

/** Findings listed one by one (the counts by tool stay exact). */
export const MAX_FINDINGS_LISTED = 100

function overviewView(view: RunView, history: History): string {
  const gates = view.stages.flatMap((s) => s.gates)
  const passed = gates.filter((g) => g.status === 'success').length
  const done = view.stages.filter((s) => s.status === 'success').length
  const failedStages = view.stages.filter((s) => s.status === 'failure' || s.status === 'cancelled')
  const findings = gates.reduce((a, g) => a + g.findings.length, 0)
  const tiles = [
    [
      'Verdict',
      view.status === 'success' && view.report?.qualified === true
        ? `<span class="big c-${view.status}">⚠ ${esc(STATUS_LABEL[view.status])}</span><div class="small muted">not everything measured</div>`
        : `<span class="big c-${view.status}">${STATUS_MARK[view.status]} ${esc(view.source === 'none' ? 'no run' : STATUS_LABEL[view.status])}</span>`
    ],
    ['Total time', `<span class="big">${esc(fmtMs(view.duration_ms))}</span>`],
    ['Stages passed', `<span class="big">${count(done)}/${count(view.stages.length)}</span>`],
    ['Gates passed', `<span class="big">${gates.length ? `${count(passed)}/${count(gates.length)}` : '—'}</span>`],
    ['Retries', `<span class="big">${count(view.retries)}</span>`],
    ['Findings', `<span class="big">${view.source === 'report' ? count(findings) : '—'}</span>`]
  ]
  const rv = view.report
  const main = rv?.tests.find((t) => t.suite === 'testing') ?? rv?.tests[0]
  // No test executed: no fraction of nothing (the aggregate's tile says — too).
  if (main) tiles.splice(4, 0, ['Tests passed', `<span class="big">${main.total - main.skipped > 0 ? `${count(main.passed)}/${count(main.total - main.skipped)}` : '—'}</span><div class="small muted">${count(main.failed)} failed · ${main.errors ? `${count(main.errors)} ${main.errors === 1 ? 'error' : 'errors'} · ` : ''}${count(main.skipped)} skipped${main.flaky ? ` · ${count(main.flaky)} flaky` : ''}</div>`])
  if (rv?.coverage) tiles.splice(5, 0, ['Coverage', `<span class="big">${esc(exactPct(rv.coverage.percent))}</span>${rv.coverage.threshold !== null ? `<div class="small muted">threshold ${esc(exactPct(rv.coverage.threshold))}</div>` : ''}`])
  const deployments = (rv?.deployments ?? []).map(
    (d) =>
      `<div><dt>${esc(d.environment ?? d.stage)}</dt><dd>${d.url ? (/^https?:\/\//i.test(d.url) ? `<a href="${esc(d.url)}">${esc(clip(d.url, 200))}</a>` : esc(clip(d.url, 200))) : esc(d.state)}${[d.rollback, ...d.notes].filter((x): x is string => !!x).map((x) => ` · ${esc(x)}`).join('')}</dd></div>`
  )
  const problems: string[] = []
  for (const e of view.errors) problems.push(`<li>${esc(clip(e, 600))}</li>`)
  for (const s of failedStages) {
    for (const g of s.gates.filter((x) => x.status !== 'success')) {
      problems.push(`<li><b>${esc(s.key)}.${esc(g.name)}</b>: ${esc(clip(g.errors[0] ?? STATUS_LABEL[g.status], 600))}</li>`)
    }
    for (const e of s.errors) problems.push(`<li><b>${esc(s.key)}</b>: ${esc(clip(e, 600))}</li>`)
    if (s.errors.length === 0 && s.gates.every((g) => g.status === 'success')) {
      problems.push(`<li><b>${esc(s.key)}</b>: ${esc(STATUS_LABEL[s.status])}${s.error_type ? ` (${esc(s.error_type)})` : ''}</li>`)
    }
  }
  const source =
    view.source === 'history'
      ? `<p class="note-box">Drawn from the metrics history (latest run <code>${esc(view.run_id)}</code>): gate details and findings live in the JSON report.</p>`
      : view.source === 'none'
        ? `<p class="note-box">No report and no recorded run${history.stats.files ? '' : ' (the metrics directory is empty)'}.</p>`
        : ''
  return `<section id="overview" class="card">
<h2>Workflow overview</h2>
${source}
<div class="tiles">${tiles.map(([k, v]) => `<div class="tile"><div class="k">${k}</div>${v}</div>`).join('')}</div>
<dl class="facts">
<div><dt>Started</dt><dd>${esc(fmtTime(view.started))}</dd></div>
<div><dt>Finished</dt><dd>${esc(fmtTime(view.ended))}</dd></div>
<div><dt>Target</dt><dd>${esc(view.target ?? '—')}</dd></div>
<div><dt>Context session</dt><dd>${esc(view.context_session_id ?? '—')}</dd></div>
${view.run_id ? `<div><dt>Run</dt><dd>${esc(view.run_id)}</dd></div>` : ''}
${deployments.join('')}
</dl>
<h3>Stages timeline</h3>
${timeline(view)}
${problems.length ? `<h3>What failed</h3><ul class="problems">${problems.slice(0, 30).join('')}</ul>` : ''}
</section>`
}

/** Deployment criteria, each with the value measured and the threshold it needs. */
function criteriaTable(g: GateView): string {
  if (!g.criteria.length) return ''
  const rows = g.criteria.map(
    (c) =>
      `<tr><td>${c.met ? '<span class="c-success">✓</span>' : '<span class="c-failure">✗</span>'} ${esc(clip(c.name, 120))}</td><td class="num"><b>${esc(clip(c.value, 120))}</b></td><td class="num">${esc(clip(c.threshold, 80))}</td><td class="muted">${esc(clip(c.source, 160))}${c.reason ? `<div>${esc(clip(c.reason, 300))}</div>` : ''}</td></tr>`
  )
  return `<table class="criteria"><thead><tr><th>Criterion</th><th class="num">Value</th><th class="num">Needs</th><th>From</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/** The spec this run took to production: its requirements and acceptance criteria, and what checked them. */
function specView(view: RunView): string {
  const spec = view.report?.spec
  if (!spec) return ''
  const item = (i: SpecItemView, links: string) =>
    `<tr><td class="gname">${esc(i.id ?? '—')}</td><td class="msg">${i.checked === null ? '' : i.checked ? '☑ ' : '☐ '}${esc(clip(i.text, 500))}</td><td class="small trace">${links}${i.failing_in.length ? `<div class="err">failing in ${esc(i.failing_in.join(', '))}</div>` : ''}</td></tr>`
  // A cell that traces nothing says so, as a requirement no criterion cites does: never an empty cell.
  const reqs = spec.requirements.map((r) =>
    item(r, r.links.length ? `acceptance criteria ${esc(r.links.join(', '))}` : `<span class="muted">${r.id ? 'no acceptance criterion cites it' : 'no ID to cite it by'}</span>`)
  )
  const acs = spec.acceptance_criteria.map((a) => item(a, a.links.length ? `covers ${esc(a.links.join(', '))}` : '<span class="muted">cites no requirement ID</span>'))
  const verified = spec.verified_by.length
    ? `Checked in this run by the test gates ${spec.verified_by.map((k) => `<code>${esc(k)}</code>`).join(', ')}; a requirement or criterion is linked to a failing test when the test's name carries its ID.`
    : 'No test gate measured anything in this run: nothing here was checked by tests.'
  return `<section id="spec" class="card">
<h2>Specification${spec.title ? `: ${esc(clip(spec.title, 200))}` : ''}</h2>
<p class="muted small">${spec.file ? `<code>${esc(clip(spec.file, 200))}</code> · ` : ''}${count(spec.requirements.length)} requirement${spec.requirements.length === 1 ? '' : 's'}, ${count(spec.acceptance_criteria.length)} acceptance ${spec.acceptance_criteria.length === 1 ? 'criterion' : 'criteria'}. ${verified}</p>
${reqs.length ? `<h3>Requirements</h3><table><thead><tr><th>ID</th><th>Requirement</th><th>Traced to</th></tr></thead><tbody>${reqs.join('')}</tbody></table>` : ''}
${acs.length ? `<h3>Acceptance criteria</h3><table><thead><tr><th>ID</th><th>Criterion</th><th>Covers</th></tr></thead><tbody>${acs.join('')}</tbody></table>` : ''}
</section>`
}

/**
 * The tests this run's history and quarantine single out: new failures, failures already on the base branch, flaky
 * tests, quarantined tests, the slowest; absent when the report holds none of them.
 */
function testsView(view: RunView): string {
  const insights = view.report?.insights
  if (!insights) return ''
  const lists = insights.lists.map((l) => {
    const rows = l.items.map((i) => `<tr><td class="gname"><code>${esc(clip(i.id, 300))}</code></td><td class="msg">${esc(clip(i.note, 600))}</td></tr>`)
    const more = l.count - l.items.length
    return `<h3>${esc(l.title)} (${count(l.count)}${l.detail ? `; ${esc(l.detail)}` : ''})</h3><table><tbody>${rows.join('')}</tbody></table>${more > 0 ? `<p class="muted small">${count(more)} more in the JSON report.</p>` : ''}`
  })
  return `<section id="tests" class="card">
<h2>Tests</h2>
${insights.basis ? `<p class="muted small">${esc(insights.basis)}</p>` : ''}
${insights.expired.map((e) => `<p class="err">✗ expired quarantine entry: ${esc(clip(e, 600))}</p>`).join('')}
${lists.join('\n')}
${insights.notes.map((n) => `<p class="note-box">${esc(clip(n, 600))}</p>`).join('')}
</section>`
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, notice: 2 }

/** A gate that passed without measuring everything (its caveats): ⚠, as the summary, comment, check run and console mark it. */
const CAVEAT_PILL = '<span class="pill s-caveat">⚠ passed</span>'

function gatesView(view: RunView): string {
  const gates = view.stages.flatMap((s) => s.gates)
  const rows = gates.map(
    (g) => `<tr class="r-${g.status}">
<td>${g.status === 'success' && g.caveats.length > 0 ? CAVEAT_PILL : pill(g.status)}</td>
<td><div class="gname">${esc(g.name)}</div><div class="muted small">${esc(g.stage)}</div></td>
<td class="val">${g.text !== null ? `<b>${esc(clip(g.text, 200))}</b>` : valueVsThreshold(g)}</td>
<td>${g.criteria.length || (g.value === null && g.text !== null) ? '' : gauge(g)}</td>
<td class="small details">${g.caveats.length + g.facts.length + g.errors.length + g.warnings.length === 0 ? '<span class="muted">—</span>' : ''}${g.caveats.map((c) => `<div class="warn">⚠ ${esc(clip(c, 300))}</div>`).join('')}${g.facts.length ? `<div>${esc(clip(g.facts.join(' · '), 400))}</div>` : ''}${g.errors
      .slice(0, 3)
      .map((e) => `<div class="err">${esc(clip(e, 400))}</div>`)
      .join('')}${g.warnings
      .filter((w) => !g.caveats.includes(w))
      .slice(0, 2)
      .map((w) => `<div class="warn">${esc(clip(w, 400))}</div>`)
      .join('')}</td>
</tr>${g.criteria.length ? `<tr class="sub"><td></td><td colspan="4">${criteriaTable(g)}</td></tr>` : ''}`
  )
  // What a stage that passed left unchecked beside its gates: a gate turned off, a deployment nothing verified.
  const stageCaveats = (view.report?.stages ?? []).flatMap((st) => st.caveats.map((c) => `<div class="warn">⚠ ${esc(st.key)}: ${esc(clip(c, 400))}</div>`))
  const table =
    (gates.length
      ? `<table class="gates"><thead><tr><th>Status</th><th>Gate</th><th class="val">Value vs threshold</th><th></th><th>Details</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : `<p class="muted">No quality gate was measured${view.source === 'none' ? '' : ' in this run'}.</p>`) + stageCaveats.join('')

  // Findings by tool, exact counts; the list below is capped.
  const all = gates.flatMap((g) => g.findings.map((f) => ({ f, gate: g })))
  const byTool = new Map<string, { error: number; warning: number; notice: number }>()
  for (const { f } of all) {
    const key = String(f.tool ?? 'unknown')
    const c = byTool.get(key) ?? { error: 0, warning: 0, notice: 0 }
    const sev = f.severity === 'error' || f.severity === 'warning' || f.severity === 'notice' ? f.severity : 'notice'
    c[sev]++
    byTool.set(key, c)
  }
  let findings = ''
  if (view.source !== 'report') {
    // The history keeps no findings: they are in the JSON report.
  } else if (all.length === 0) findings = '<h3>Findings by tool</h3><p class="muted">No finding was reported.</p>'
  else {
    const maxTool = Math.max(...[...byTool.values()].map((c) => c.error + c.warning + c.notice))
    const toolRows = [...byTool.entries()]
      .sort((a, b) => b[1].error + b[1].warning + b[1].notice - (a[1].error + a[1].warning + a[1].notice))
      .map(([tool, c]) => {
        const total = c.error + c.warning + c.notice
        const scale = 220 / maxTool
        return `<tr><td class="gname">${esc(tool)}</td><td class="num">${count(c.error)}</td><td class="num">${count(c.warning)}</td><td class="num">${count(c.notice)}</td><td class="num"><b>${count(total)}</b></td><td><svg class="gauge" viewBox="0 0 222 12" width="222" height="12"><rect class="sev-error" x="0" y="1" width="${n(c.error * scale)}" height="10"/><rect class="sev-warning" x="${n(c.error * scale)}" y="1" width="${n(c.warning * scale)}" height="10"/><rect class="sev-notice" x="${n((c.error + c.warning) * scale)}" y="1" width="${n(c.notice * scale)}" height="10"/></svg></td></tr>`
      })
    const listed = [...all].sort((a, b) => (SEVERITY_ORDER[a.f.severity] ?? 3) - (SEVERITY_ORDER[b.f.severity] ?? 3)).slice(0, MAX_FINDINGS_LISTED)
    const items = listed.map(({ f, gate }) => {
      const where = `${f.file ?? ''}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}`
      return `<tr><td><span class="sev sev-${esc(f.severity)}">${esc(f.severity)}</span></td><td class="small">${esc(f.tool)}${f.rule ? `<div class="muted">${esc(clip(String(f.rule), 80))}</div>` : ''}</td><td class="small mono">${esc(clip(where, 160))}</td><td class="msg">${esc(clip(String(f.message ?? ''), 500))}</td><td class="small muted">${esc(gate.name)}</td></tr>`
    })
    findings = `<h3>Findings by tool</h3>
<table class="tools"><thead><tr><th>Tool</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Notices</th><th class="num">Total</th><th></th></tr></thead><tbody>${toolRows.join('')}</tbody></table>
<h3>Findings${all.length > listed.length ? ` (first ${count(listed.length)} of ${count(all.length)}; all are in the JSON report)` : ''}</h3>
<table class="findings"><thead><tr><th>Severity</th><th>Tool</th><th>Where</th><th>Message</th><th>Gate</th></tr></thead><tbody>${items.join('')}</tbody></table>`
  }
  return `<section id="quality-gates" class="card">
<h2>Quality gates</h2>
${table}
${findings}
</section>`
}

function performanceView(view: RunView): string {
  const rows: Array<{ label: string; value: number; status: MetricStatus; indent: boolean; note: string }> = []
  for (const s of view.stages) {
    if (s.status === 'skipped') continue
    rows.push({ label: s.key, value: s.duration_ms, status: s.status, indent: false, note: s.retries ? `↻ ${s.retries}` : '' })
    for (const g of s.gates) rows.push({ label: g.name, value: g.duration_ms, status: g.status, indent: true, note: '' })
  }
  const retryRows = view.stages
    .filter((s) => s.status !== 'skipped')
    .map(
      (s) =>
        `<tr><td class="gname">${esc(s.key)}</td><td>${pill(s.status)}</td><td class="num">${esc(fmtMs(s.duration_ms))}</td><td class="num">${count(s.retries)}</td><td>${esc(s.error_type ?? '—')}</td></tr>`
    )
  const cmds = view.commands.slice(0, 60).map((c) => {
    const status: MetricStatus = c.exit_code === 0 && !c.timed_out ? 'success' : 'failure'
    const outcome = c.timed_out ? 'timed out' : c.signal ? `signal ${c.signal}` : `exit ${c.exit_code ?? '—'}`
    return `<tr><td class="gname nowrap">${esc(c.purpose)}</td><td class="num">${esc(c.attempt)}</td><td>${pill(status, outcome)}</td><td class="num">${esc(fmtMs(c.duration_ms))}</td><td class="mono small cmd">${esc(clip(String(c.command ?? ''), 200))}</td></tr>`
  })
  return `<section id="performance" class="card">
<h2>Performance</h2>
<h3>Durations per stage and gate</h3>
${hbars(rows)}
<h3>Retries per stage</h3>
${retryRows.length ? `<table><thead><tr><th>Stage</th><th>Status</th><th class="num">Duration</th><th class="num">Retries</th><th>Error type</th></tr></thead><tbody>${retryRows.join('')}</tbody></table>` : '<p class="muted">No stage ran.</p>'}
${cmds.length ? `<h3>Commands${view.commands.length > cmds.length ? ` (first ${count(cmds.length)} of ${count(view.commands.length)})` : ''}</h3><table><thead><tr><th>Purpose</th><th class="num">Attempt</th><th>Outcome</th><th class="num">Duration</th><th>Command</th></tr></thead><tbody>${cmds.join('')}</tbody></table>` : ''}
</section>`
}

/** CSS of this dashboard's own pieces: facts, tables, findings, charts; the shell's is in `page.ts`. */
const STYLE = `
dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(210px,1fr));gap:8px 20px;margin:0 0 6px}
dl.facts dt{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}dl.facts dd{margin:0;word-break:break-word}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;background:#fbfcfd}
td.num,th.num{text-align:right;white-space:nowrap}
.gname{font-weight:600;white-space:nowrap}
table.criteria{margin:0 0 4px;font-size:12px}table.criteria td,table.criteria th{padding:3px 8px}tr.sub>td{border-bottom:1px solid var(--line);padding-top:0}
td.val,th.val{text-align:right;min-width:150px;max-width:330px}td.details{min-width:220px;max-width:380px;word-break:break-word}td.trace{min-width:190px}
.msg{word-break:break-word;white-space:pre-wrap;min-width:220px}.cmd{word-break:break-all;min-width:220px}.nowrap{white-space:nowrap}
.sev{font-size:11px;font-weight:600;text-transform:uppercase;padding:1px 6px;border-radius:4px;color:#fff}
span.sev-error{background:var(--bad)}span.sev-warning{background:var(--warnf);color:#3b2300}span.sev-notice{background:var(--skip)}
rect.sev-error{fill:var(--badf)}rect.sev-warning{fill:var(--warnf)}rect.sev-notice{fill:var(--skip)}
.note-box{background:#ddf4ff;border:1px solid #b6e3ff;border-radius:6px;padding:8px 12px}
.empty{border:1px dashed var(--line);border-radius:8px;padding:22px;text-align:center;background:#fbfcfd}
.empty-title{font-size:16px;font-weight:600;margin-bottom:6px}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr));gap:14px}
figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:8px 10px;min-width:0}
figcaption{font-weight:600;font-size:13px;margin-bottom:4px}
.chart-empty{color:var(--muted);padding:30px 0;text-align:center}
svg.chart{width:100%;height:auto;display:block}svg.chart.wide{min-width:680px}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.grid{stroke:#e6eaef;stroke-width:1}
.axis{fill:var(--muted);font-size:11px}.axis.thr{fill:#8c959f}
.label{fill:var(--fg);font-size:13px;font-weight:600}.sublabel{fill:var(--muted);font-size:12px}
.value{fill:var(--fg);font-size:12px}.note{fill:var(--muted);font-size:12px;font-style:italic}
.f-success{fill:var(--okf)}.f-failure{fill:var(--badf)}.f-cancelled{fill:var(--warnf)}.f-skipped{fill:#afb8c1}.soft{opacity:.65}
.skip{fill:#f6f8fa;stroke:#d1d9e0;stroke-dasharray:4 3}
.track{fill:#eaeef2}.tick{fill:#1f2328}.bar-total{fill:#d8dee4}
.line{fill:none;stroke:var(--accent);stroke-width:2}.line.thin{stroke-width:1.5}
.threshold{stroke:#8c959f;stroke-width:1.5;stroke-dasharray:5 4}
.dot{stroke:#fff;stroke-width:1}.d-success{fill:var(--accent)}.d-failure{fill:var(--badf)}.d-cancelled{fill:var(--warnf)}.d-skipped{fill:#afb8c1}
`

/** Tables scroll sideways inside their card on a narrow screen instead of widening the page. */
function scrollTables(html: string): string {
  return html.replace(/<table\b/g, '<div class="scroll"><table').replace(/<\/table>/g, '</table></div>')
}

/** The whole dashboard as one HTML string. */
export function renderDashboard(input: DashboardInput): string {
  const { report, history } = input
  const generated = typeof input.generatedAt === 'number' ? input.generatedAt : input.generatedAt.getTime()
  const latest = history.runs.length ? history.runs[history.runs.length - 1] : null
  const view = report ? fromReport(report) : latest ? fromHistoryRun(latest) : emptyView()
  const component = report?.component_name ?? latest?.component ?? null
  const verdict = view.source === 'none' ? 'NO RUN' : STATUS_LABEL[view.status].toUpperCase()
  // A pass that left something unmeasured is no clean pass (as on the summary and the comment): said in the box.
  const qualified = view.status === 'success' && view.report?.qualified === true
  return renderPage({
    title: `${component ?? 'spec-to-production'} — ${verdict.toLowerCase()}`,
    style: STYLE,
    heading: esc(component ?? 'spec-to-production'),
    sub: `target ${esc(view.target ?? '—')} · run ${esc(fmtTime(view.started))} · generated ${esc(fmtTime(generated))}`,
    status: view.status,
    verdict: qualified ? `⚠ ${verdict}, NOT EVERYTHING MEASURED` : `${STATUS_MARK[view.status]} ${verdict}`,
    nav: `<a href="#overview">Overview</a><a href="#quality-gates">Quality gates</a>${view.report?.insights ? '<a href="#tests">Tests</a>' : ''}${view.report?.spec ? '<a href="#spec">Spec</a>' : ''}<a href="#performance">Performance</a><a href="#trends">Trends</a>`,
    main: scrollTables(`${overviewView(view, history)}
${gatesView(view)}
${testsView(view)}
${specView(view)}
${performanceView(view)}
${trendsView(history, component)}`),
    footer: `spec-to-production${view.version ? ` ${esc(view.version)}` : ''} · self-contained dashboard: no script, no network · ${count(history.stats.files)} metrics file(s), ${count(history.stats.lines)} line(s) read`
  })
}
