/**
 * The combined dashboard: one self-contained HTML page for every leg of a run, in the per-component dashboard's
 * visual language (the same page shell: palette, header, cards and pills) and under the same rules — inline CSS only, no script, no
 * remote load, a Content-Security-Policy that forbids them, every string from a report through `esc`. One small card
 * per leg (verdict, coverage bar against the threshold tick, one dot per stage, time), drawn with plain elements
 * rather than SVG so that 500 legs stay a few hundred kilobytes.
 */
import { STAGE_ORDER, type StageKey } from '../config/types.js'
import { count, exactPct } from '../view/report-view.js'
import { fmtMs } from '../observability/format.js'
import { esc, renderPage } from '../observability/page.js'
import { shownFile, type AggregateInput } from './read.js'
import { aggregateVerdict, orderedViews, testTotals, verdictSentence, type LegStageStatus, type LegSuiteTests, type LegView } from './verdict.js'
import { clipChars } from '../reports/clip.js'

const NAME_MAX_CHARS = 80
const TITLE_MAX_CHARS = 300
const MESSAGE_MAX_CHARS = 240

function clip(text: string, max: number): string {
  return clipChars(text, max)
}

function pct(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(2).replace(/0$/, '')}%`
}

/** A number safe inside a style attribute. */
function css(value: number): string {
  return Number.isFinite(value) ? String(Math.round(Math.min(100, Math.max(0, value)) * 10) / 10) : '0'
}

function fmtTime(ms: number): string {
  return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC` : '—'
}

const STATUS_TEXT = { success: '✓ passed', failure: '✗ failed', cancelled: '⊘ cancelled' } as const
const STAGE_SHORT: Record<StageKey, string> = {
  specification: 'spec',
  testing: 'tests',
  refactoring: 'refactor',
  staging_deployment: 'staging',
  production_deployment: 'prod'
}

function stageDots(view: LegView): string {
  return STAGE_ORDER.filter((k) => view.stages[k] !== 'absent')
    .map((k) => {
      const s: LegStageStatus = view.stages[k]
      return `<span class="st st-${s}" title="${k}: ${s}">${STAGE_SHORT[k]}</span>`
    })
    .join('')
}

function coverageBar(view: LegView): string {
  if (view.coverage === null) return '<div class="cov"><span class="muted small">coverage not measured</span></div>'
  const met = view.coverage_threshold === null || view.coverage >= view.coverage_threshold
  const label = `${exactPct(view.coverage)}${view.coverage_threshold !== null ? ` ${met ? '≥' : '<'} ${exactPct(view.coverage_threshold)}` : ''}`
  return (
    `<div class="cov" title="line coverage ${esc(label)}"><div class="bar"><span class="fill f-${met ? 'success' : 'failure'}" style="width:${css(view.coverage)}%"></span>` +
    (view.coverage_threshold !== null ? `<span class="thr" style="left:${css(view.coverage_threshold)}%"></span>` : '') +
    `</div><span class="covtext${met ? '' : ' err'}">${esc(label)}</span></div>`
  )
}

/** A suite's counts in words: `testing: 48 of 50 ran passed · 2 failed · 3 skipped` (skipped never counted as passed). */
function suiteLine(s: LegSuiteTests): string {
  if (!s.counts_add_up) return `${s.suite}: counts do not add up (passed + failed + errors + skipped ≠ total)`
  if (s.total === 0) return `${s.suite}: no tests (the report holds no test case)`
  const ran = s.executed ?? 0
  const parts = [ran === 0 ? `none ran (all ${count(s.skipped)} skipped)` : `${count(s.passed)} of ${count(ran)} ran passed${s.pass_rate !== null ? ` (${pct(s.pass_rate)})` : ''}`]
  if (s.failed) parts.push(`${count(s.failed)} failed`)
  if (s.errors) parts.push(`${count(s.errors)} errored`)
  if (ran > 0 && s.skipped) parts.push(`${count(s.skipped)} skipped`)
  return `${s.suite}: ${parts.join(' · ')}`
}

function testsLines(view: LegView): string {
  const lines = view.tests.suites.length ? view.tests.suites.map(suiteLine) : [`no tests: ${view.tests.none ?? 'none recorded'}`]
  return `<div class="meta">${lines.map((l) => esc(clip(l, MESSAGE_MAX_CHARS))).join('<br>')}</div>`
}

function legCard(view: LegView): string {
  return (
    `<article class="leg s-${view.status}">` +
    `<div class="leg-head"><span class="name" title="${esc(clip(view.component, TITLE_MAX_CHARS))}">${esc(clip(view.component, NAME_MAX_CHARS))}</span>` +
    `<span class="pill s-${view.status}">${view.status === 'success' && view.caveat ? '⚠ passed' : STATUS_TEXT[view.status]}</span></div>` +
    `<div class="meta">${view.leg ? `leg ${esc(view.leg)} · ` : ''}${esc(view.target)} · ${esc(fmtMs(view.total_execution_time_ms))}${view.retries ? ` · ↻ ${view.retries} retr${view.retries === 1 ? 'y' : 'ies'}` : ''}</div>` +
    `<div class="stages">${stageDots(view)}</div>` +
    coverageBar(view) +
    testsLines(view) +
    (view.failure ? `<p class="why">${esc(clip(view.failure.message, MESSAGE_MAX_CHARS))}</p>` : '') +
    // A pass its leg's own surfaces call ⚠ says why here too.
    (!view.failure && view.caveat ? `<p class="why">${esc(clip(view.caveat, MESSAGE_MAX_CHARS))}</p>` : '') +
    `</article>`
  )
}

function missingCard(name: string): string {
  return (
    `<article class="leg s-missing"><div class="leg-head"><span class="name" title="${esc(clip(name, TITLE_MAX_CHARS))}">${esc(clip(name, NAME_MAX_CHARS))}</span>` +
    `<span class="pill s-missing">? missing</span></div><p class="why">No report: the leg crashed or uploaded nothing.</p></article>`
  )
}

function median(xs: number[]): number | null {
  if (!xs.length) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** CSS of the leg cards; the palette, header, tiles and pills come from the shared shell (`observability/page.ts`). */
const STYLE = `
.pill.s-missing{color:#fff;background:var(--bad);border-color:var(--bad)}
.legs{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:10px}
.leg{border:1px solid var(--line);border-left:4px solid var(--okf);border-radius:8px;padding:8px 10px;background:#fff;min-width:0}
.leg.s-failure{border-left-color:var(--badf)}.leg.s-cancelled{border-left-color:var(--warnf)}
.leg.s-missing{border:1px dashed var(--bad);border-left:4px dashed var(--bad);background:#fff8f7}
.leg-head{display:flex;gap:8px;align-items:baseline;justify-content:space-between}
.name{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.meta{color:var(--muted);font-size:12px}
.stages{display:flex;flex-wrap:wrap;gap:3px;margin:5px 0}
.st{font-size:11px;padding:0 6px;border-radius:4px;border:1px solid var(--line);color:var(--muted)}
.st-passed{background:#dafbe1;border-color:#aceebb;color:var(--ok)}.st-failed{background:#ffebe9;border-color:#ffcecb;color:var(--bad);font-weight:600}
.st-cancelled{background:#fff8c5;border-color:#f5e0a0;color:var(--warn)}.st-skipped{border-style:dashed;background:#f6f8fa}
.cov{display:flex;align-items:center;gap:8px}
.bar{position:relative;flex:1;height:8px;border-radius:4px;background:#eaeef2;min-width:60px}
.fill{position:absolute;left:0;top:0;bottom:0;border-radius:4px}.f-success{background:var(--okf)}.f-failure{background:var(--badf)}
.thr{position:absolute;top:-3px;width:2px;height:14px;margin-left:-1px;background:#1f2328}
.covtext{font-size:12px;white-space:nowrap}
.why{margin:5px 0 0;font-size:12px;color:var(--bad);word-break:break-word}
.legend{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-bottom:10px}
.tiles{margin-bottom:4px}
@media print{.leg{break-inside:avoid}}
`

/** The combined dashboard for every leg of the run, as one HTML string. */
export function renderCombinedDashboard(result: AggregateInput, generatedAt: Date | number): string {
  const generated = typeof generatedAt === 'number' ? generatedAt : generatedAt.getTime()
  const verdict = aggregateVerdict(result)
  const views = orderedViews(result.legs)
  const failing = views.filter((v) => v.status !== 'success')
  const passing = views.filter((v) => v.status === 'success')
  const status = verdict.success ? 'success' : 'failure'
  const coverages = views.map((v) => v.coverage).filter((c): c is number => c !== null)
  const med = median(coverages)
  const slowest = views.reduce<LegView | null>((a, v) => (!a || v.total_execution_time_ms > a.total_execution_time_ms ? v : a), null)
  const tiles: Array<[string, string, string?]> = [
    ['Legs', String(views.length)],
    ['Passed', String(passing.length), passing.length ? 'c-success' : undefined],
    ['Failed', String(failing.length), failing.length ? 'c-failure' : undefined],
    ['Missing', String(result.missing.length), result.missing.length ? 'c-failure' : undefined],
    ['Unreadable', String(result.invalid.length), result.invalid.length ? 'c-failure' : undefined],
    // Truncated as every coverage figure is: the median of 79.99 and 80 is no 80.
    ['Median coverage', med === null ? '—' : pct(Math.floor(med * 100 + 1e-9) / 100)],
    ...testTotals(views)
      .filter((t) => t.suite === 'testing')
      .map((t): [string, string, string?] => [
        'Tests passed',
        t.executed === 0 ? '—' : `${count(t.passed)} of ${count(t.executed)}`,
        t.failed + t.errors > 0 ? 'c-failure' : undefined
      ]),
    ['Slowest leg', slowest ? fmtMs(slowest.total_execution_time_ms) : '—']
  ]
  const sections: string[] = []
  const nav: string[] = ['<a href="#overview">Overview</a>']
  if (result.missing.length || result.invalid.length) {
    nav.push('<a href="#missing">Missing</a>')
    sections.push(`<section id="missing" class="card">
<h2>Missing and unreadable reports</h2>
${result.missing.length ? `<p>Absence is failure: these components were planned, but no leg uploaded a report for them.</p><div class="legs">${result.missing.map(missingCard).join('')}</div>` : ''}
${result.invalid.length ? `<h2 style="margin-top:16px">Unreadable reports (${result.invalid.length})</h2><ul class="problems">${result.invalid.map((bad) => `<li><code>${esc(clip(shownFile(bad.file), 200))}</code>: ${esc(clip(bad.reason, MESSAGE_MAX_CHARS))}</li>`).join('')}</ul>` : ''}
</section>`)
  }
  if (failing.length) {
    nav.push('<a href="#failing">Failing</a>')
    sections.push(`<section id="failing" class="card"><h2>Failing legs (${failing.length})</h2><div class="legs">${failing.map(legCard).join('')}</div></section>`)
  }
  if (passing.length) {
    nav.push('<a href="#passing">Passing</a>')
    sections.push(`<section id="passing" class="card"><h2>Passing legs (${passing.length})</h2><div class="legs">${passing.map(legCard).join('')}</div></section>`)
  }
  if (!views.length && !result.missing.length && !result.invalid.length) {
    sections.push('<section class="card"><h2>No report</h2><p class="muted">No leg report was given to the aggregate: nothing ran, or nothing was downloaded.</p></section>')
  }
  const title = `${views.length + result.missing.length} components — ${verdict.success ? 'passed' : 'failed'}`
  return renderPage({
    title,
    style: STYLE,
    width: 1400,
    heading: 'All components',
    sub: `${esc(verdictSentence(result))} · generated ${esc(fmtTime(generated))}`,
    status,
    verdict: verdict.success ? '✓ PASSED' : '✗ FAILED',
    nav: nav.join(''),
    main: `<section id="overview" class="card">
<h2>Overview</h2>
<div class="tiles">${tiles.map(([k, v, c]) => `<div class="tile"><div class="k">${k}</div><span class="big${c ? ` ${c}` : ''}">${esc(v)}</span></div>`).join('')}</div>
<div class="legend small muted">Stages: <span class="st st-passed">passed</span><span class="st st-failed">failed</span><span class="st st-cancelled">cancelled</span><span class="st st-skipped">skipped</span> · bar: line coverage, tick: the target's threshold</div>
</section>
${sections.join('\n')}`,
    footer: `spec-to-production · combined dashboard of ${views.length} leg report(s) · self-contained: no script, no network`
  })
}

