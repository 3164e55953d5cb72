/** The dashboard's historical trends: per run, per day or per group of days, within MAX_TREND_POINTS. */
import { failureBars, lineChart, sparkline } from './charts.js'
import { fmtLimit, fmtMs, fmtNum, fmtTime, pill, STATUS_LABEL } from './format.js'
import type { History, HistoryDay, HistoryRun, MetricStatus } from './metrics.js'
import { esc } from './page.js'
import { count, exactPct, percentAgainst } from '../view/report-view.js'

/** Trend points drawn at most; more runs are aggregated per day, more days per group of days. */
export const MAX_TREND_POINTS = 90
const MAX_GATE_ROWS = 40
const SPARK_POINTS = 30

interface TrendPoint {
  label: string
  tip: string
  status: MetricStatus
  coverage: number | null
  threshold: number | null
  pass_rate: number | null
  duration: number | null
  total: number
  failed: number
}

/** Per run when few enough; otherwise per day, and per group of days beyond MAX_TREND_POINTS. */
function trendPoints(history: History, component: string | null): { points: TrendPoint[]; per: 'run' | 'day' | 'days' } {
  const runs = history.runs.filter((r) => component === null || r.component === component)
  if (!history.truncated && runs.length <= MAX_TREND_POINTS) {
    return {
      per: 'run',
      points: runs.map((r) => ({
        label: r.started_at.slice(5, 16).replace('T', ' '),
        tip: `${fmtTime(r.started_at)} — ${STATUS_LABEL[r.status]}; coverage ${fmtNum(r.coverage, '%')}; pass rate ${fmtNum(r.pass_rate, '%')}; ${fmtMs(r.duration_ms)}; ${count(r.gates_failed)}/${count(r.gates_total)} gates failed`,
        status: r.status,
        coverage: r.coverage,
        threshold: r.coverage_threshold,
        pass_rate: r.pass_rate,
        duration: r.duration_ms,
        total: r.gates_total,
        failed: r.gates_failed
      }))
    }
  }
  // Per day: the days of the history are over every component read; with a component filter, rebuild them from runs.
  let days: HistoryDay[] = history.days
  if (component !== null && history.runs.some((r) => r.component !== component)) days = daysOf(runs)
  const group = Math.ceil(days.length / MAX_TREND_POINTS)
  const points: TrendPoint[] = []
  for (let i = 0; i < days.length; i += group) {
    const ds = days.slice(i, i + group)
    const runsN = ds.reduce((a, d) => a + d.runs, 0)
    const failed = ds.reduce((a, d) => a + d.failed_runs + d.cancelled_runs, 0)
    const avg = (f: (d: HistoryDay) => number | null): number | null => {
      let s = 0
      let c = 0
      for (const d of ds) {
        const v = f(d)
        if (v !== null) {
          s += v * d.runs
          c += d.runs
        }
      }
      // Truncated, never rounded (as every rate the run shows): a day whose runs include one of 99.99% is no 100% day.
      return c ? Math.floor((s / c) * 100 + 1e-9) / 100 : null
    }
    const label = ds.length === 1 ? ds[0].day : `${ds[0].day}…${ds[ds.length - 1].day.slice(5)}`
    const coverage = avg((d) => d.coverage_avg)
    const passRate = avg((d) => d.pass_rate_avg)
    const duration = avg((d) => d.duration_ms_avg)
    points.push({
      label,
      tip: `${label} — ${count(runsN)} run(s), ${count(failed)} failed; coverage ${fmtNum(coverage, '%')}; pass rate ${fmtNum(passRate, '%')}; mean ${fmtMs(duration)}`,
      status: failed > 0 ? 'failure' : 'success',
      coverage,
      threshold: null,
      pass_rate: passRate,
      duration,
      total: runsN,
      failed
    })
  }
  return { per: group > 1 ? 'days' : 'day', points }
}

function daysOf(runs: HistoryRun[]): HistoryDay[] {
  const m = new Map<string, HistoryRun[]>()
  for (const r of runs) {
    const k = r.started_at.slice(0, 10)
    const list = m.get(k) ?? []
    list.push(r)
    m.set(k, list)
  }
  const mean = (xs: Array<number | null>): number | null => {
    const v = xs.filter((x): x is number => x !== null)
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null
  }
  return [...m.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, rs]) => ({
      day,
      runs: rs.length,
      failed_runs: rs.filter((r) => r.status === 'failure').length,
      cancelled_runs: rs.filter((r) => r.status === 'cancelled').length,
      duration_ms_avg: mean(rs.map((r) => r.duration_ms)),
      coverage_avg: mean(rs.map((r) => r.coverage)),
      pass_rate_avg: mean(rs.map((r) => r.pass_rate)),
      gates_failed: rs.reduce((a, r) => a + r.gates_failed, 0),
      retries: rs.reduce((a, r) => a + r.retries, 0)
    }))
}

function median(xs: number[]): number | null {
  if (!xs.length) return null
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * The sign between a recorded figure and its limit, as the figures stand: the history records coverage at two
 * decimals, so a pass against a limit written with more (49.125) can be recorded below it (49.12), and "≥" would be
 * untrue of the figures shown; "vs" then.
 */
function relation(value: number | null, threshold: number, direction: 'min' | 'max' | null): string {
  const op = direction === 'max' ? '≤' : '≥'
  if (value === null) return op
  return (direction === 'max' ? value <= threshold : value >= threshold) ? op : 'vs'
}

export function trendsView(history: History, component: string | null): string {
  const runs = history.runs.filter((r) => component === null || r.component === component)
  const totalRuns = history.truncated ? history.days.reduce((a, d) => a + d.runs, 0) : runs.length
  const malformed = history.stats.malformed
    ? `<p class="note-box">${count(history.stats.malformed)} malformed line(s) in the metrics history were skipped.</p>`
    : ''
  if (totalRuns < 2) {
    return `<section id="trends" class="card">
<h2>Historical trends</h2>
${malformed}
<div class="empty"><div class="empty-title">No history yet</div>
<p>${totalRuns === 1 ? 'This is the only recorded run' : 'No run is recorded'}${component ? ` of <b>${esc(component)}</b>` : ''} in the metrics history. Coverage, pass rate, duration and failures over runs appear here from the second run on.</p>
<p class="muted small">Runs are recorded under <code>.spec-to-production/metrics/</code>; in GitHub Actions the history travels between runs through the Actions cache.</p></div>
</section>`
  }
  const { points, per } = trendPoints(history, component)
  const perText = per === 'run' ? 'per run' : per === 'day' ? 'per day (mean of the day’s runs)' : 'per group of days (mean)'
  const thresholds = runs.map((r) => r.coverage_threshold).filter((t): t is number => t !== null)
  const threshold = thresholds.length ? thresholds[thresholds.length - 1] : null
  const pt = (f: (p: TrendPoint) => number | null) => points.map((p) => ({ label: p.label, value: f(p), tip: p.tip, status: p.status }))
  const durations = runs.map((r) => r.duration_ms)
  const succeeded = runs.filter((r) => r.status === 'success').length
  const latestCov = [...runs].reverse().find((r) => r.coverage !== null)?.coverage ?? null
  const tiles = [
    ['Runs', count(totalRuns)],
    // A share of counts, truncated: 201 of 202 is 99.5%, never 100% beside a failed run.
    ['Successful runs', runs.length ? exactPct(percentAgainst(succeeded, runs.length, null) ?? 0) : '—'],
    ['Median duration', fmtMs(median(durations))],
    ['Latest coverage', fmtNum(latestCov, '%')]
  ]
  // Per-gate table over the kept runs (the latest SPARK_POINTS values each).
  const gateNames: string[] = []
  const seen = new Set<string>()
  for (const r of runs) {
    for (const g of r.gates) {
      if (seen.has(g.name) || seen.size >= MAX_GATE_ROWS) continue
      seen.add(g.name)
      gateNames.push(g.name)
    }
  }
  const gateRows = gateNames.map((name) => {
    const samples = runs.flatMap((r) => r.gates.filter((g) => g.name === name))
    const last = samples[samples.length - 1]
    const failures = samples.filter((g) => g.status === 'failure').length
    const spark = sparkline(samples.slice(-SPARK_POINTS).map((g) => ({ v: g.value, s: g.status })))
    const rate = percentAgainst(samples.length - failures, samples.length, null) ?? 0
    return `<tr><td class="gname">${esc(name)}</td><td>${pill(last.status)}</td><td class="num">${last.value === null ? '—' : `<b>${esc(fmtNum(last.value, last.unit))}</b>`}${last.threshold !== null ? ` <span class="muted">${esc(relation(last.value, last.threshold, last.direction))} ${esc(fmtLimit(last.threshold, last.unit))}</span>` : ''}</td><td class="num">${count(samples.length)}</td><td class="num">${count(failures)}</td><td class="num">${exactPct(rate)}</td><td>${spark}</td></tr>`
  })
  return `<section id="trends" class="card">
<h2>Historical trends</h2>
${malformed}
<div class="tiles small-tiles">${tiles.map(([k, v]) => `<div class="tile"><div class="k">${k}</div><span class="big">${esc(v)}</span></div>`).join('')}</div>
<p class="muted small">${count(points.length)} points, ${esc(perText)}${history.truncated ? '; older runs are counted per day only' : ''}.</p>
<div class="grid2">
<figure><figcaption>Line coverage</figcaption>${lineChart({ title: 'Coverage', points: pt((p) => p.coverage), unit: '%', threshold, fixedMax: 100 })}</figure>
<figure><figcaption>Test pass rate</figcaption>${lineChart({ title: 'Pass rate', points: pt((p) => p.pass_rate), unit: '%', fixedMax: 100 })}</figure>
<figure><figcaption>Run duration</figcaption>${lineChart({ title: 'Duration', points: pt((p) => p.duration), unit: 'ms' })}</figure>
<figure><figcaption>${per === 'run' ? 'Failed gates per run (grey: gates measured)' : 'Failed runs (grey: runs)'}</figcaption>${failureBars(points.map((p) => ({ label: p.label, total: p.total, failed: p.failed, tip: p.tip })), 'Failures')}</figure>
</div>
${gateRows.length ? `<h3>Gates over the last ${count(runs.length)} run(s)</h3><table class="gates-hist"><thead><tr><th>Gate</th><th>Last</th><th class="num">Last value</th><th class="num">Runs</th><th class="num">Failed</th><th class="num">Pass</th><th>Last ${SPARK_POINTS} values</th></tr></thead><tbody>${gateRows.join('')}</tbody></table>` : ''}
</section>`
}

