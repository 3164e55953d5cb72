/** Formatting shared by the dashboards: durations, numbers, times, status words and pills, SVG-safe numbers. */
import type { MetricStatus } from './metrics.js'
import { esc } from './page.js'
import { fmtDuration, grouped } from '../view/report-view.js'
import { clipChars } from '../reports/clip.js'

export function clip(s: string, max: number): string {
  return clipChars(s, max)
}

/** A number safe to place in an SVG attribute. */
export function n(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '0'
}

/** A duration as every other surface of the run writes it (see `fmtDuration`); — when there is none. */
export function fmtMs(ms: number | null | undefined): string {
  const text = fmtDuration(ms ?? null)
  return text === 'not timed' ? '—' : text
}

/** Short duration for an axis label. */
export function axisMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`
  if (ms < 7_200_000) return `${Math.round(ms / 6_000) / 10} min`
  return `${Math.round(ms / 360_000) / 10} h`
}

export function fmtNum(v: number | null | undefined, unit?: string | null): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—'
  const s = grouped(Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0$/, ''))
  return unit === '%' ? `${s}%` : s
}

/**
 * A limit as configured, never rounded (see `limitFigure` of the report view): a threshold of 49.125 rounded to 49.13
 * would have a coverage that meets it read "49.12% vs at least 49.13%".
 */
export function fmtLimit(v: number | null | undefined, unit?: string | null): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—'
  return unit === '%' ? `${grouped(String(v))}%` : grouped(String(v))
}

export function fmtTime(t: string | number | null | undefined): string {
  const ms = typeof t === 'number' ? t : Date.parse(String(t ?? ''))
  if (!Number.isFinite(ms)) return '—'
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

export const STATUS_LABEL: Record<MetricStatus, string> = { success: 'passed', failure: 'failed', cancelled: 'cancelled', skipped: 'skipped' }
export const STATUS_MARK: Record<MetricStatus, string> = { success: '✓', failure: '✗', cancelled: '⊘', skipped: '–' }

export function pill(status: MetricStatus, text?: string): string {
  return `<span class="pill s-${status}">${STATUS_MARK[status]} ${esc(text ?? STATUS_LABEL[status])}</span>`
}
