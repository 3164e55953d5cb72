/**
 * The aggregate's job summary: the overall verdict, the components without a report (absence is failure), the
 * unreadable reports, then one table row per leg — components × stages with coverage against threshold, time,
 * retries and the first failure — failing legs first; then the Tests table: per suite the counts summed over the
 * legs, and per leg the tests that ran, passed, failed, errored and were skipped, with the pass rate of those that
 * ran (a leg without tests says so). The summary is Markdown (it is the overall check run's summary too): every string
 * from a report goes through `escapeMarkdown`.
 * GitHub refuses a step summary over 1 MiB, so rows are cut from the end (passing legs go first, the Tests table
 * last) to fit `maxBytes`, and a line says how many.
 */
import { STAGE_ORDER, type StageKey } from '../config/types.js'
import { count, escapeMarkdown, exactPct } from '../view/report-view.js'
import { fmtMs } from '../observability/format.js'
import { shownFile, type AggregateInput } from './read.js'
import { aggregateVerdict, orderedViews, testTotals, verdictSentence, type LegStageStatus, type LegSuiteTests, type LegView, type SuiteTotals } from './verdict.js'
import { clipChars } from '../reports/clip.js'

export { aggregateVerdict } from './verdict.js'

/** GitHub's step summary limit (1 MiB) less room for what the action adds around it (links, a heading). */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 32 * 1024
/** Longest component name shown in full; longer ones are cut (the JSON keeps them whole). */
const NAME_MAX_CHARS = 100
const MESSAGE_MAX_CHARS = 300

export interface AggregateSummaryOptions {
  /** UTF-8 bytes the summary may take; default SUMMARY_MAX_BYTES. */
  maxBytes?: number
}

const STAGE_MARK: Record<LegStageStatus, string> = { passed: '✅', failed: '❌', cancelled: '⊘', skipped: '–', absent: '–' }
const LEG_MARK = { success: '✅', failure: '❌', cancelled: '⊘' } as const
const STAGE_LABEL: Record<StageKey, string> = {
  specification: 'Spec',
  testing: 'Tests',
  refactoring: 'Refactoring',
  staging_deployment: 'Staging',
  production_deployment: 'Production'
}

function clip(text: string, max: number): string {
  return clipChars(text, max)
}

/** Report text as a table cell: cut, then escaped (escaping never splits an entity). */
function cell(text: string, max = MESSAGE_MAX_CHARS): string {
  return escapeMarkdown(clip(text, max))
}

function pct(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(2).replace(/0$/, '')}%`
}

function coverageCell(view: LegView): string {
  if (view.coverage === null) return '—'
  if (view.coverage_threshold === null) return exactPct(view.coverage)
  const met = view.coverage >= view.coverage_threshold
  return `${met ? '' : '❌ '}${exactPct(view.coverage)} ${met ? '≥' : '&lt;'} ${exactPct(view.coverage_threshold)}`
}

/** The counts and pass rate cells of a suite's row: `Ran | Passed | Failed | Errors | Skipped | Pass rate`. */
function countCells(s: LegSuiteTests | SuiteTotals, addsUp: boolean, noTests: string): string {
  const ran = addsUp && s.executed !== null ? count(s.executed) : '—'
  let rate: string
  if (!addsUp) rate = '⚠️ counts do not add up (passed + failed + errors + skipped ≠ total)'
  else if (s.total === 0) rate = noTests
  else if (s.pass_rate === null) rate = `— none ran (all ${count(s.skipped)} skipped)`
  else rate = pct(s.pass_rate)
  return `${ran} | ${count(s.passed)} | ${count(s.failed)} | ${count(s.errors)} | ${count(s.skipped)} | ${rate}`
}

/** The component's cell, with its matrix leg when it ran in several (`api (20)`): two rows never read as one leg. */
function legName(v: LegView): string {
  return `${cell(v.component, NAME_MAX_CHARS)}${v.leg ? ` (${cell(v.leg, NAME_MAX_CHARS)})` : ''}`
}

function testRows(v: LegView): string[] {
  const who = `${legName(v)} | ${v.target}`
  if (!v.tests.suites.length) return [`| ${who} | — | — | — | — | — | — | no tests: ${cell(v.tests.none ?? 'none recorded')} |`]
  return v.tests.suites.map((s) => `| ${who} | ${cell(s.suite, NAME_MAX_CHARS)} | ${countCells(s, s.counts_add_up, 'no tests: the test report holds no test case')} |`)
}

function totalRow(t: SuiteTotals): string {
  const legs = `**total** · ${t.legs} leg${t.legs === 1 ? '' : 's'}${t.left_out ? ` (${t.left_out} left out: counts do not add up)` : ''}`
  return `| ${legs} | | ${cell(t.suite, NAME_MAX_CHARS)} | ${countCells(t, true, 'no tests')} |`
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

export function aggregateSummary(result: AggregateInput, opts: AggregateSummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES
  const verdict = aggregateVerdict(result)
  const views = orderedViews(result.legs)
  // Only the stages some leg ran or skipped get a column.
  const stages = STAGE_ORDER.filter((k) => views.some((v) => v.stages[k] !== 'absent'))
  const passed = views.filter((v) => v.status === 'success').length
  const targets = [...new Set(views.map((v) => v.target))]

  const head = [
    `## ${verdict.success ? '✅' : '❌'} spec-to-production aggregate: ${verdict.success ? 'passed' : 'failed'} — ${escapeMarkdown(verdictSentence(result))}`,
    '',
    `${views.length} leg${views.length === 1 ? '' : 's'} reported · ${passed} passed · ${views.length - passed} failed · ` +
      `${result.missing.length} missing · ${result.invalid.length} unreadable or refused${targets.length ? ` · target${targets.length === 1 ? '' : 's'} ${targets.join(', ')}` : ''}`,
    ''
  ]

  // Lines that may be cut, most important first; a cut stops at the first line that does not fit.
  type Item = { kind: 'missing' | 'invalid' | 'row' | 'tests'; line: string; before?: string[] }
  const items: Item[] = []
  result.missing.forEach((name, i) =>
    items.push({
      kind: 'missing',
      line: `- ❌ **no report from ${cell(name, NAME_MAX_CHARS)}** — the leg crashed or uploaded nothing`,
      before: i === 0 ? ['### Missing legs', ''] : undefined
    })
  )
  result.invalid.forEach((bad, i) =>
    items.push({
      kind: 'invalid',
      line: `- ❌ ${cell(shownFile(bad.file), 200)}: ${cell(bad.reason)}`,
      before: i === 0 ? [...(result.missing.length ? [''] : []), '### Unreadable or refused reports', ''] : undefined
    })
  )
  const tableHead = [
    ...(result.missing.length || result.invalid.length ? [''] : []),
    '### Components',
    '',
    `| | Component | Target | ${stages.map((k) => STAGE_LABEL[k]).join(' | ')}${stages.length ? ' | ' : ''}Coverage | Time | Retries | First failure |`,
    `|---|---|---|${stages.map(() => ':-:|').join('')}--:|--:|--:|---|`
  ]
  const missingRows = result.missing.map(
    (name) => `| ❓ | ${cell(name, NAME_MAX_CHARS)} | — | ${stages.map(() => '–').join(' | ')}${stages.length ? ' | ' : ''}— | — | — | missing: no report |`
  )
  const legRows = views.map(
    (v) =>
      // A pass its leg's own surfaces call ⚠️ (something unmeasured, a gate weakened by configuration) is not ✅ here.
      `| ${v.status === 'success' && v.caveat ? '⚠️' : LEG_MARK[v.status]} | ${legName(v)} | ${v.target} | ${stages.map((k) => STAGE_MARK[v.stages[k]]).join(' | ')}${stages.length ? ' | ' : ''}` +
      `${coverageCell(v)} | ${fmtMs(v.total_execution_time_ms)} | ${v.retries} | ${v.failure ? cell(v.failure.message) : v.caveat ? `⚠️ passed, ${cell(v.caveat)}` : ''} |`
  )
  ;[...missingRows, ...legRows].forEach((line, i) => items.push({ kind: 'row', line, before: i === 0 ? tableHead : undefined }))
  const testsHead = [
    '',
    '### Tests',
    '',
    "Each leg's counts as its report holds them; the pass rate is of the tests that ran (skipped tests are not counted as passed).",
    '',
    '| Component | Target | Suite | Ran | Passed | Failed | Errors | Skipped | Pass rate |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|'
  ]
  ;[...testTotals(views).map(totalRow), ...views.flatMap(testRows)].forEach((line, i) => items.push({ kind: 'tests', line, before: i === 0 ? testsHead : undefined }))

  const legend = ['', '✅ passed · ⚠️ passed, not a clean pass (its reason in the last column) · ❌ failed · ⊘ cancelled · – skipped or not run for the target.']
  const reserve = 400 // the line that says what was cut
  let used = bytes(head.join('\n')) + bytes(legend.join('\n')) + 2 + reserve
  const body: string[] = []
  const cut = { missing: 0, invalid: 0, row: 0, tests: 0 }
  let full = false
  let legendAt = -1
  for (const item of items) {
    const lines = [...(item.before ?? []), item.line]
    const size = lines.reduce((sum, l) => sum + bytes(l) + 1, 0)
    if (full || used + size > maxBytes) {
      full = true
      cut[item.kind]++
      continue
    }
    used += size
    body.push(...lines)
    // The legend explains the Components table's marks: it follows that table's last row shown.
    if (item.kind === 'row') legendAt = body.length
  }
  if (legendAt >= 0) body.splice(legendAt, 0, ...legend)
  const out = [...head, ...body]
  if (full) {
    const what = [
      cut.missing ? `${cut.missing} missing component(s)` : '',
      cut.invalid ? `${cut.invalid} unreadable report(s)` : '',
      cut.row ? `${cut.row} table row(s)` : '',
      cut.tests ? `${cut.tests} row(s) of the Tests table` : ''
    ].filter(Boolean)
    out.push('', `_… ${what.join(', ')} not shown: the summary is limited to ${count(maxBytes)} bytes. The combined dashboard and JSON list every leg._`)
  }
  return `${out.join('\n')}\n`
}
