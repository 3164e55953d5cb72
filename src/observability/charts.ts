/** The dashboard's charts: inline SVG drawn here (no script, no library), every label through `esc`. */
import { axisMs, clip, fmtLimit, fmtMs, fmtNum, n, STATUS_LABEL } from './format.js'
import type { MetricStatus } from './metrics.js'
import { esc } from './page.js'
import type { GateView, RunView } from './view.js'

export const W = 960

/** Stage timeline: one bar per stage on the run's time axis; skipped stages shown as such. */
export function timeline(view: RunView): string {
  const rows = view.stages
  if (rows.length === 0) return '<p class="muted">No stage ran.</p>'
  const starts = rows.map((r) => r.started).filter((x): x is number => x !== null)
  const ends = rows.map((r) => r.ended).filter((x): x is number => x !== null)
  const t0 = view.started ?? (starts.length ? Math.min(...starts) : 0)
  const t1 = Math.max(view.ended ?? 0, ...ends, t0 + 1)
  const span = t1 - t0
  const left = 190
  const right = 110
  const plot = W - left - right
  const rowH = 30
  const top = 8
  const h = top + rows.length * rowH + 26
  const x = (t: number) => left + ((t - t0) / span) * plot
  const parts: string[] = []
  for (let i = 0; i <= 4; i++) {
    const gx = left + (plot * i) / 4
    parts.push(`<line class="grid" x1="${n(gx)}" y1="${top}" x2="${n(gx)}" y2="${n(h - 22)}"/>`)
    parts.push(`<text class="axis" x="${n(gx)}" y="${n(h - 8)}" text-anchor="middle">${esc(fmtMs((span * i) / 4))}</text>`)
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH
    parts.push(`<text class="label" x="${left - 10}" y="${n(y + 19)}" text-anchor="end">${esc(r.key)}</text>`)
    if (r.started === null || r.status === 'skipped') {
      parts.push(`<rect class="skip" x="${left}" y="${n(y + 6)}" width="${n(plot)}" height="18" rx="3"/>`)
      parts.push(`<text class="note" x="${left + 10}" y="${n(y + 19)}">skipped${r.skip_reason ? ` — ${esc(clip(r.skip_reason, 110))}` : ''}</text>`)
      return
    }
    const bx = x(r.started)
    const bw = Math.max(3, x(r.ended ?? r.started + r.duration_ms) - bx)
    parts.push(
      `<rect class="f-${r.status}" x="${n(bx)}" y="${n(y + 6)}" width="${n(bw)}" height="18" rx="3"><title>${esc(r.key)}: ${esc(STATUS_LABEL[r.status])}, ${esc(fmtMs(r.duration_ms))}${r.retries ? `, ${r.retries} ${r.retries === 1 ? 'retry' : 'retries'}` : ''}</title></rect>`
    )
    parts.push(`<text class="value" x="${W - right + 10}" y="${n(y + 19)}">${esc(fmtMs(r.duration_ms))}${r.retries ? ` ↻${r.retries}` : ''}</text>`)
  })
  return `<div class="scroll"><svg class="chart wide" viewBox="0 0 ${W} ${h}" role="img" aria-label="Stages timeline">${parts.join('')}</svg></div>`
}

/** Value against threshold on one small bar; the tick is the threshold. */
export function gauge(g: GateView): string {
  if (g.value === null) return '<span class="muted">not measured</span>'
  const w = 160
  const max = g.unit === '%' ? 100 : Math.max(g.value, g.threshold ?? 0, 1) * 1.25
  const vx = Math.min(w, (Math.max(0, g.value) / max) * w)
  const tick = g.threshold !== null ? Math.min(w, (Math.max(0, g.threshold) / max) * w) : null
  // The measurement as every surface says it, when the report has it; the bar's own figures otherwise (the history).
  const title = g.text ?? `${fmtNum(g.value, g.unit)}${g.threshold !== null ? ` vs ${g.direction === 'max' ? 'at most' : 'at least'} ${fmtLimit(g.threshold, g.unit)}` : ''}`
  return (
    `<svg class="gauge" viewBox="0 0 ${w} 14" width="${w}" height="14" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>` +
    `<rect class="track" x="0" y="3" width="${w}" height="8" rx="4"/>` +
    `<rect class="f-${g.status}" x="0" y="3" width="${n(Math.max(vx, 2))}" height="8" rx="4"/>` +
    (tick !== null ? `<rect class="tick" x="${n(Math.max(0, tick - 1))}" y="0" width="2" height="14"/>` : '') +
    `</svg>`
  )
}

export function valueVsThreshold(g: GateView): string {
  if (g.value === null) return '—'
  const op = g.direction === 'max' ? '≤' : '≥'
  return `<b>${esc(fmtNum(g.value, g.unit))}</b>${g.threshold !== null ? ` <span class="muted">${op} ${esc(fmtLimit(g.threshold, g.unit))}</span>` : ''}`
}

/** Horizontal bars, one per row, on a shared linear scale. */
export function hbars(rows: Array<{ label: string; value: number; status: MetricStatus; indent: boolean; note: string }>): string {
  if (rows.length === 0) return '<p class="muted">Nothing ran.</p>'
  const left = 250
  const right = 130
  const plot = W - left - right
  const rowH = 24
  const max = Math.max(1, ...rows.map((r) => r.value))
  const h = rows.length * rowH + 6
  const parts = rows.map((r, i) => {
    const y = i * rowH + 3
    const bw = Math.max(2, (r.value / max) * plot)
    return (
      `<text class="${r.indent ? 'sublabel' : 'label'}" x="${r.indent ? 24 : 4}" y="${n(y + 15)}">${esc(clip(r.label, 34))}</text>` +
      `<rect class="f-${r.status}${r.indent ? ' soft' : ''}" x="${left}" y="${n(y + (r.indent ? 6 : 3))}" width="${n(bw)}" height="${r.indent ? 10 : 16}" rx="2"><title>${esc(r.label)}: ${esc(fmtMs(r.value))}</title></rect>` +
      `<text class="value" x="${n(left + bw + 8)}" y="${n(y + 15)}">${esc(fmtMs(r.value))}${r.note ? ` ${esc(r.note)}` : ''}</text>`
    )
  })
  return `<div class="scroll"><svg class="chart wide" viewBox="0 0 ${W} ${h}" role="img" aria-label="Durations">${parts.join('')}</svg></div>`
}

export interface Point {
  label: string
  value: number | null
  tip: string
  status?: MetricStatus
}

/** The trend charts' viewBox (vw × vh), its margins (left, right, top, bottom) and the plot area they leave. */
const FRAME = (() => {
  const vw = 460
  const vh = 190
  const L = 56
  const R = 14
  const T = 14
  const B = 30
  return { vw, vh, L, R, T, B, pw: vw - L - R, ph: vh - T - B }
})()

/** A small line chart with optional threshold line; gaps where a value is missing. */
export function lineChart(opts: { title: string; points: Point[]; unit: '%' | 'ms' | 'count'; threshold?: number | null; fixedMax?: number; fixedMin?: number }): string {
  const { points, unit } = opts
  const { vw, vh, L, R, T, pw, ph } = FRAME
  const vals = points.map((p) => p.value).filter((v): v is number => v !== null)
  if (vals.length === 0) return `<div class="chart-empty">No ${esc(opts.title.toLowerCase())} measured in this window.</div>`
  let lo = opts.fixedMin ?? Math.min(...vals, opts.threshold ?? Infinity)
  let hi = opts.fixedMax ?? Math.max(...vals, opts.threshold ?? -Infinity)
  if (unit === '%' && opts.fixedMin === undefined) lo = Math.max(0, Math.floor((lo - 5) / 10) * 10)
  if (unit !== '%') lo = 0
  if (hi <= lo) hi = lo + 1
  if (unit !== '%') hi = hi * 1.1
  const fmt = (v: number) => (unit === 'ms' ? axisMs(v) : unit === '%' ? `${Math.round(v)}%` : String(Math.round(v)))
  const xs = (i: number) => L + (points.length === 1 ? pw / 2 : (i / (points.length - 1)) * pw)
  const ys = (v: number) => T + ph - ((v - lo) / (hi - lo)) * ph
  const parts: string[] = []
  for (let i = 0; i <= 3; i++) {
    const v = lo + ((hi - lo) * i) / 3
    parts.push(`<line class="grid" x1="${L}" y1="${n(ys(v))}" x2="${vw - R}" y2="${n(ys(v))}"/>`)
    parts.push(`<text class="axis" x="${L - 6}" y="${n(ys(v) + 4)}" text-anchor="end">${esc(fmt(v))}</text>`)
  }
  if (opts.threshold !== null && opts.threshold !== undefined && Number.isFinite(opts.threshold)) {
    const ty = ys(opts.threshold)
    // The limit as configured (an axis label rounds: a threshold of 49.125 is not "49%").
    const limit = unit === 'ms' ? axisMs(opts.threshold) : fmtLimit(opts.threshold, unit === '%' ? '%' : null)
    parts.push(`<line class="threshold" x1="${L}" y1="${n(ty)}" x2="${vw - R}" y2="${n(ty)}"><title>threshold ${esc(limit)}</title></line>`)
    parts.push(`<text class="axis thr" x="${vw - R}" y="${n(ty - 4)}" text-anchor="end">threshold ${esc(limit)}</text>`)
  }
  let seg: string[] = []
  const segs: string[] = []
  points.forEach((p, i) => {
    if (p.value === null) {
      if (seg.length > 1) segs.push(seg.join(' '))
      seg = []
      return
    }
    seg.push(`${n(xs(i))},${n(ys(p.value))}`)
  })
  if (seg.length > 1) segs.push(seg.join(' '))
  for (const s of segs) parts.push(`<polyline class="line" points="${s}"/>`)
  const dots = points.length <= 60
  points.forEach((p, i) => {
    if (p.value === null) return
    if (dots || i === points.length - 1) {
      parts.push(`<circle class="dot d-${p.status ?? 'success'}" cx="${n(xs(i))}" cy="${n(ys(p.value))}" r="3"><title>${esc(p.tip)}</title></circle>`)
    }
  })
  parts.push(`<text class="axis" x="${L}" y="${vh - 8}">${esc(points[0].label)}</text>`)
  if (points.length > 1) parts.push(`<text class="axis" x="${vw - R}" y="${vh - 8}" text-anchor="end">${esc(points[points.length - 1].label)}</text>`)
  return `<svg class="chart" viewBox="0 0 ${vw} ${vh}" role="img" aria-label="${esc(opts.title)}">${parts.join('')}</svg>`
}

/** Failures per point: grey bar for the total, red for the failed part. */
export function failureBars(points: Array<{ label: string; total: number; failed: number; tip: string }>, what: string): string {
  const { vw, vh, L, R, T, pw, ph } = FRAME
  const max = Math.max(1, ...points.map((p) => p.total))
  const bw = Math.max(1, Math.min(24, pw / points.length - 2))
  const parts: string[] = []
  for (let i = 0; i <= 2; i++) {
    const v = (max * i) / 2
    const y = T + ph - (v / max) * ph
    parts.push(`<line class="grid" x1="${L}" y1="${n(y)}" x2="${vw - R}" y2="${n(y)}"/>`)
    parts.push(`<text class="axis" x="${L - 6}" y="${n(y + 4)}" text-anchor="end">${esc(Number.isInteger(v) ? v : v.toFixed(1))}</text>`)
  }
  points.forEach((p, i) => {
    const cx = L + (points.length === 1 ? pw / 2 : (i / (points.length - 1)) * (pw - bw) + bw / 2)
    const th = (p.total / max) * ph
    const fh = (p.failed / max) * ph
    parts.push(
      `<g><title>${esc(p.tip)}</title><rect class="bar-total" x="${n(cx - bw / 2)}" y="${n(T + ph - th)}" width="${n(bw)}" height="${n(th)}"/>` +
        (p.failed > 0 ? `<rect class="f-failure" x="${n(cx - bw / 2)}" y="${n(T + ph - fh)}" width="${n(bw)}" height="${n(fh)}"/>` : '') +
        `</g>`
    )
  })
  parts.push(`<text class="axis" x="${L}" y="${vh - 8}">${esc(points[0].label)}</text>`)
  if (points.length > 1) parts.push(`<text class="axis" x="${vw - R}" y="${vh - 8}" text-anchor="end">${esc(points[points.length - 1].label)}</text>`)
  return `<svg class="chart" viewBox="0 0 ${vw} ${vh}" role="img" aria-label="${esc(what)}">${parts.join('')}</svg>`
}

export function sparkline(values: Array<{ v: number | null; s: MetricStatus }>): string {
  const w = 140
  const h = 24
  const vals = values.map((x) => x.v).filter((v): v is number => v !== null)
  if (vals.length === 0) {
    // No value measured: a strip of status marks.
    const step = w / Math.max(1, values.length)
    return `<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${values
      .map((x, i) => `<rect class="f-${x.s}" x="${n(i * step + 1)}" y="8" width="${n(Math.max(1, step - 2))}" height="8" rx="1"/>`)
      .join('')}</svg>`
  }
  const lo = Math.min(...vals)
  const hi = Math.max(...vals)
  const span = hi - lo || 1
  const xs = (i: number) => 2 + (values.length === 1 ? (w - 4) / 2 : (i / (values.length - 1)) * (w - 4))
  const ys = (v: number) => h - 3 - ((v - lo) / span) * (h - 6)
  const pts = values
    .map((x, i) => (x.v === null ? null : `${n(xs(i))},${n(ys(x.v))}`))
    .filter((p): p is string => p !== null)
    .join(' ')
  const fails = values
    .map((x, i) => (x.s === 'failure' && x.v !== null ? `<circle class="d-failure" cx="${n(xs(i))}" cy="${n(ys(x.v))}" r="2"/>` : ''))
    .join('')
  return `<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><polyline class="line thin" points="${pts}"/>${fails}</svg>`
}

