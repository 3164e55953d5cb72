/**
 * One view of a report, which every surface renders: the job summary, the dashboard, the check run, the pull-request
 * comment, the console and the outputs. Each surface picks and lays out; none reads the report's details itself,
 * so they cannot disagree. A measured value is shown with its limit; a value not measured says why; a number is
 * never shown as `undefined`, `null` or `NaN`.
 */
import { STAGE_ORDER, type StageKey } from '../config/types.js'
import type { GateResult, StageResult, WorkflowReport } from '../engine/model.js'
import { clipChars, pairSafeEnd } from '../reports/clip.js'

export type Verdict = 'passed' | 'failed' | 'cancelled'

export interface GateView {
  stage: string
  name: string
  /** `<stage>.<gate>`. */
  key: string
  status: Verdict
  /** The measurement against its limit in a few words (`82.35% ≥ 70%`), or why there is none (`not measured: …`). */
  value: string
  /** False when the gate recorded no value: `value` then says why. */
  measured: boolean
  /** Further figures of the gate, one per item (`40 passed`, `2 flaky: a, b`, `auto-fixed 3`). */
  facts: string[]
  /** Warnings that weaken a pass: something the gate did not measure. A passed gate with caveats is not a clean pass. */
  caveats: string[]
  /** Deployment criteria, each with its own value and threshold. */
  criteria: CriterionView[]
  /** The first error, the one line that says why it failed. */
  why: string | null
  errors: string[]
  warnings: string[]
  duration_ms: number
  findings: number
}

export interface CriterionView {
  name: string
  met: boolean
  value: string
  threshold: string
  source: string
  reason: string | null
}

export interface StageView {
  key: string
  status: Verdict | 'skipped'
  duration_ms: number | null
  retries: number
  /** Skip reason, or the first error of a failed stage. */
  note: string | null
  errors: string[]
  warnings: string[]
  /**
   * Warnings of the stage itself that weaken its pass: a gate of it disabled by configuration (`type_checking is
   * disabled …: not checked`), a deployment nothing verified. As a gate's caveats do, they make the pass a ⚠️ one.
   */
  caveats: string[]
}

export interface TestCounts {
  /** Which suite: `testing`, `integration_tests`, `e2e_tests`. */
  suite: string
  total: number
  passed: number
  failed: number
  errors: number
  skipped: number
  /** Tests that failed first and passed on a rerun; null when the report does not say. */
  flaky: number | null
}

/**
 * A suite's counts in words, as the summary, the check run and the comment say them: `Tests: 40 passed, 1 failed,
 * 1 error, 2 skipped of 44 (1 flaky)`, the suite's name passed through `name` (each surface's escaping).
 */
export function testCountsLine(t: TestCounts, name: (text: string) => string): [string, string] {
  const suite = name(t.suite === 'testing' ? 'Tests' : t.suite.replace(/_/g, ' '))
  return [suite, `${count(t.passed)} passed, ${count(t.failed)} failed${t.errors ? `, ${count(t.errors)} ${t.errors === 1 ? 'error' : 'errors'}` : ''}, ${count(t.skipped)} skipped of ${count(t.total)}${t.flaky ? ` (${count(t.flaky)} flaky)` : ''}`]
}

export interface CoverageView {
  suite: string
  /** The figure shown against the threshold (see `gatedPercent`): the report's `coverage` unless the threshold has more decimals. */
  percent: number
  /** The report's own `coverage` (two decimals), as the metrics history records it. */
  reported: number
  threshold: number | null
  lines_covered: number | null
  lines_total: number | null
}

export interface DeploymentView {
  stage: string
  environment: string | null
  url: string | null
  github_deployment: string | null
  deployed: boolean | null
  /** Where the deployment stands, in words, for surfaces to show where there is no URL (see deploymentState). */
  state: string
  /** What the rollback did, in words, when one ran. */
  rollback: string | null
  /** Further facts the stage recorded: deploy attempts, the circuit breaker's state. */
  notes: string[]
}

export interface SpecItemView {
  id: string | null
  text: string
  /** IDs of other items this one cites (an acceptance criterion naming `REQ-2`), or that cite it. */
  links: string[]
  /** Gates whose failing findings name this item's ID (a failing test called `REQ-2 …`). */
  failing_in: string[]
  checked: boolean | null
}

export interface SpecView {
  title: string | null
  file: string | null
  requirements: SpecItemView[]
  acceptance_criteria: SpecItemView[]
  /** Gates that judge the spec's behaviour in this run (the test suites that ran). */
  verified_by: string[]
}

export interface ReportView {
  component: string
  target: string
  verdict: Verdict
  /** `✓ 4 stages passed for staging`, `✗ testing failed: coverage 62.1% < 70%`. */
  headline: string
  /**
   * A pass that is not a clean one: a gate passed without measuring everything (its caveats), or the stage the target
   * ends with did not run. Marked ⚠️, not ✅, where the verdict is shown with an icon.
   */
  qualified: boolean
  duration_ms: number
  stages: StageView[]
  gates: GateView[]
  /** The main test suite's counts (testing), then the deployment suites'. */
  tests: TestCounts[]
  coverage: CoverageView | null
  deployments: DeploymentView[]
  spec: SpecView | null
  errors: string[]
  findings: { total: number; error: number; warning: number; notice: number }
  /** What the history says of this run's tests and what the quarantine excused; null when the report holds neither. */
  insights: TestInsightsView | null
}

/** One test in an insight list, in words every surface escapes and lays out its own way. */
export interface InsightItem {
  id: string
  /** What to say after the id: the failure message, the flip rate, the reason, the duration and trend. */
  note: string
}

/** A list of the report's, with its exact count (the list may be shorter). */
export interface InsightList {
  title: string
  items: InsightItem[]
  count: number
  /** A few words after the count (`3 failures excused`). */
  detail?: string
}

/**
 * `test_insights` of the report and the quarantine of the `test_pass_rate` gate, in the order people read them: new
 * failures, failures already on the base branch, flaky tests, quarantined tests, the slowest tests. Lists the report
 * does not hold are absent (never shown empty as if measured).
 */
export interface TestInsightsView {
  /** `compared with main's run 123 (sha abc1234, 2026-…)`, or why there was nothing to compare with. */
  basis: string | null
  lists: InsightList[]
  /** Expired quarantine entries: each fails the gate. */
  expired: string[]
  notes: string[]
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers and words

/** A finite number, or null: nothing else becomes a figure. */
export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/**
 * A figure's digits grouped by thousands, `20001` → `20,001`, `1234.5` → `1,234.5`: the one form of a figure on every
 * surface people read (job summary, check run, comment, dashboard, console). The places programs read — the outputs,
 * the JSON report, the metrics history — keep plain digits. Only the integer part at the start of `text` is grouped.
 */
export function grouped(text: string): string {
  return text.replace(/^(-?)(\d{4,})/, (_, sign: string, digits: string) => `${sign}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`)
}

/** A count as people read it: `20,001`. */
export function count(n: number): string {
  return grouped(String(n))
}

/** `82.35`, `100`, `3`, `20,001`: at most two decimals, thousands grouped. */
export function figure(v: number): string {
  return grouped(plainFigure(v))
}

/** A figure at most two decimals, digits not grouped: a value of another tool's (an id, a year, a field's value). */
function plainFigure(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100)
}

export function pct(v: number): string {
  return `${figure(v)}%`
}

/**
 * `text` cut to at most `max` characters, at a word boundary when there is one in its second half, ending with `…`
 * when cut: a cut never leaves a figure looking whole (`20001 of 20002` cut to `20001 of 200`).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, pairSafeEnd(text, max - 1))
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** A limit as configured, never rounded: a threshold of 99.995 shown as 100 would have a pass read "99.99% ≥ 100%". */
export function limitFigure(v: number): string {
  return grouped(String(v))
}

/** Decimals a limit is written with: 70 → 0, 72.5 → 1, 99.995 → 3. */
function decimalsOf(v: number): number {
  const fraction = /\.(\d+)$/.exec(String(v))
  return fraction ? Math.min(fraction[1].length, 12) : 0
}

/**
 * `part` of `whole` as a percent truncated to two decimals, or to as many as `limit` is written with: on the same side
 * of the limit as the exact ratio (19,999 of 20,000 is 99.995%, which the report's two decimals show as 99.99, below a
 * limit of 99.995 the counts meet). Null without whole counts.
 */
export function percentAgainst(part: number | null, whole: number | null, limit: number | null): number | null {
  if (part === null || whole === null || !Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0 || part < 0) return null
  const decimals = Math.max(2, limit === null ? 2 : decimalsOf(limit))
  const scaled = (BigInt(part) * 100n * 10n ** BigInt(decimals)) / BigInt(whole)
  return Number(`${scaled / 10n ** BigInt(decimals)}.${(scaled % 10n ** BigInt(decimals)).toString().padStart(decimals, '0')}`)
}

/** A percent of `percentAgainst`, or a limit, written with all its decimals (`pct` rounds to two). */
export function exactPct(v: number): string {
  return `${grouped(String(v))}%`
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${figure(n)} ${n === 1 ? one : many}`
}

/** A detail shown as text; null for values that are not data (null, undefined, objects, non-finite numbers). */
function scalar(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? plainFigure(v) : null
  if (typeof v === 'string') return v.length ? v : null
  if (typeof v === 'boolean') return v ? 'yes' : 'no'
  return null
}

/** Any recorded value in a few words: scalars as they are, objects as `key value` pairs of their scalars. */
function describeValue(v: unknown): string {
  const own = scalar(v)
  if (own !== null) return own
  if (Array.isArray(v)) return v.map(scalar).filter((x): x is string => x !== null).slice(0, 5).join(', ') || 'recorded'
  if (v && typeof v === 'object') {
    const parts = Object.entries(v as Details)
      .map(([k, x]) => [k.replace(/_/g, ' '), scalar(x)] as const)
      .filter(([, x]) => x !== null)
      .slice(0, 6)
      .map(([k, x]) => `${k} ${x}`)
    return parts.join(', ') || 'recorded'
  }
  return 'recorded'
}

/**
 * A duration as every surface writes it: `93 ms`, `1.2 s`, `1 min 05 s`, `25 h 00 min 00 s`. Each unit is rounded
 * once, from the whole figure, so it carries into the next (119.6 s is `2 min 00 s`, never `1 min 60 s`). A negative
 * difference (the wall clock set back during the run) or no figure is no duration: `not timed`.
 */
export function fmtDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return 'not timed'
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`
  const tenths = Math.round(ms / 100)
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
  const two = (v: number) => String(v).padStart(2, '0')
  return h > 0 ? `${h} h ${two(m)} min ${two(s)} s` : `${m} min ${two(s)} s`
}

const VERDICT_MARK: Record<Verdict | 'skipped', string> = { passed: '✓', failed: '✗', cancelled: '⊘', skipped: '–' }
export function mark(status: Verdict | 'skipped'): string {
  return VERDICT_MARK[status]
}

// ---------------------------------------------------------------------------------------------------------------
// Gates

type Details = Record<string, unknown>

/** Keys a gate's value line already says; every other scalar detail becomes a fact. */
const SHOWN: Record<string, string[]> = {
  test_pass_rate: ['total', 'passed', 'failed', 'errors', 'skipped', 'pass_rate', 'required', 'flaky', 'flaky_policy', 'quarantined', 'quarantined_count', 'quarantined_failures', 'expired_quarantine', 'judged', 'junit_files'],
  test_coverage: ['coverage', 'threshold', 'lines_covered', 'lines_total', 'format', 'files', 'line_coverage', 'branch_coverage', 'branches_covered', 'branches_total', 'coverage_kind', 'tool_reported'],
  linting: ['issue_count', 'errors', 'warnings', 'fixed_count', 'max_issues', 'tool', 'fixable', 'fixable_count', 'component_checked', 'suppressed_count', 'suppressed'],
  type_checking: ['error_count', 'warning_count', 'max_errors', 'max_warnings', 'tool', 'component_checked', 'suppressed_count', 'suppressed'],
  security: ['secret_count', 'critical', 'high', 'medium', 'low', 'unknown_severity', 'max_secrets', 'max_critical', 'max_high', 'max_medium', 'tools', 'halves', 'suppressed_count', 'suppressed'],
  instructions_validation: ['files', 'error_count', 'warning_count', 'globs'],
  spec_validation: ['file', 'requirements', 'acceptance_criteria', 'sections', 'required_sections', 'error_count', 'warning_count'],
  health_check: ['url', 'attempts', 'last_status', 'expected_status', 'elapsed_ms', 'json_field', 'expected_value', 'observed'],
  exit: ['source', 'exit_code']
}

/** The gate's kind: `integration_test_pass_rate` is judged like `test_pass_rate`, `rollback_health_check` like `health_check`. */
function kindOf(name: string, d: Details): string {
  if (d.source === 'exit status') return 'exit'
  if (/(^|_)test_pass_rate$/.test(name)) return 'test_pass_rate'
  if (/(^|_)test_coverage$/.test(name)) return 'test_coverage'
  if (/(^|_)health_check$/.test(name)) return 'health_check'
  if (Array.isArray(d.criteria)) return 'criteria'
  return name
}

/**
 * The coverage gate's figure against its threshold from the gated counts (lines, or coverage.py's statements plus
 * branches): `details.coverage` itself unless the threshold has more than two decimals (see `percentAgainst`).
 */
export function gatedPercent(d: Details): number | null {
  const thr = num(d.threshold)
  if (num(d.coverage) === null || thr === null || decimalsOf(thr) <= 2) return null
  const counts = gatedCounts(d)
  return counts && percentAgainst(counts.covered, counts.total, thr)
}

/** The counts a coverage gate judged, from its details (lines, or coverage.py's statements plus branches); null without them. */
export function gatedCounts(d: Details): { covered: number; total: number } | null {
  const [lc, lt, bc, bt] = [num(d.lines_covered), num(d.lines_total), num(d.branches_covered) ?? 0, num(d.branches_total) ?? 0]
  if (![lc, lt, bc, bt].every((n) => n !== null && Number.isSafeInteger(n))) return null
  return d.coverage_kind === 'statements+branches' ? { covered: lc! + bc, total: lt! + bt } : { covered: lc!, total: lt! }
}

function testCounts(d: Details): { total: number; passed: number; failed: number; errors: number; skipped: number } | null {
  const [total, passed] = [num(d.total), num(d.passed)]
  if (total === null || passed === null) return null
  return { total, passed, failed: num(d.failed) ?? 0, errors: num(d.errors) ?? 0, skipped: num(d.skipped) ?? 0 }
}

/** Flaky tests as a count and a few names, whatever shape the detail has (list of ids, a count, an object with a list). */
function flakyOf(v: unknown): { count: number; names: string[] } | null {
  if (Array.isArray(v)) {
    const names = v.map((x) => (typeof x === 'string' ? x : scalar((x as Details)?.id ?? (x as Details)?.name))).filter((x): x is string => !!x)
    return { count: v.length, names: names.map(shownTestId) }
  }
  if (num(v) !== null) return { count: num(v)!, names: [] }
  if (v && typeof v === 'object') {
    const o = v as Details
    const list = Array.isArray(o.tests) ? o.tests : Array.isArray(o.names) ? o.names : null
    const count = num(o.count) ?? list?.length ?? null
    return count === null ? null : { count, names: (list ?? []).filter((x): x is string => typeof x === 'string').map(shownTestId) }
  }
  return null
}

/**
 * What a JUnit report of many files read, `3 JUnit files (glob target/surefire-reports/TEST-*.xml)`, from the pass-rate
 * gate's `junit_files`; null without it (a single report file).
 */
function junitFilesText(v: unknown): string | null {
  if (!v || typeof v !== 'object') return null
  const o = v as Details
  const count = num(o.count)
  const source = typeof o.glob === 'string' ? `glob ${o.glob}` : typeof o.directory === 'string' ? `directory ${o.directory}` : null
  if (count === null || source === null) return null
  const stale = num(o.stale_count)
  const other = Array.isArray(o.not_junit) ? o.not_junit.length : 0
  return `${plural(count, 'JUnit file')} (${source}${stale ? `; ${figure(stale)} stale left out` : ''}${other ? `; ${figure(other)} not JUnit left out` : ''})`
}

/** `, 3 more suppressed in the source` when comments in the source silenced problems the count leaves out. */
function suppressedText(d: Details): string {
  const n = num(d.suppressed_count)
  return n ? `, ${figure(n)} more suppressed in the source` : ''
}

function limitText(value: string, limit: number | null, cmp: '≤' | '≥', met: boolean, unit = ''): string {
  if (limit === null) return `${value} (no limit recorded)`
  const op = cmp === '≥' ? (met ? '≥' : '<') : met ? '≤' : '>'
  return `${value} ${op} ${limitFigure(limit)}${unit}`
}

function criterionOf(c: Details): CriterionView {
  const text = (v: unknown, shown: (n: number) => string = figure): string => {
    if (v === null || v === undefined) return 'not measured'
    if (typeof v === 'number') return Number.isFinite(v) ? shown(v) : 'not measured'
    if (typeof v === 'string') return v || 'not measured'
    if (typeof v === 'boolean') return v ? 'yes' : 'no'
    return JSON.stringify(v) ?? 'not measured'
  }
  return {
    name: String(c?.name ?? 'criterion'),
    met: c?.met === true,
    // A limit as configured, never rounded (79.995 shown as 80 is another limit); a value at two decimals unless that
    // puts it on the other side of its limit (79.995 of a 79.995 limit, or 123.456 ms of a 123.457 ms SLA, as 80 or
    // 123.46), where it is shown as recorded.
    value: text(c?.value, (v) => {
      const limit = num(c?.threshold)
      const rounded = Math.round(v * 100) / 100
      return limit !== null && Math.sign(rounded - limit) !== Math.sign(v - limit) ? grouped(String(v)) : figure(v)
    }),
    threshold: text(c?.threshold, limitFigure).replace(/^not measured$/, 'none recorded'),
    source: typeof c?.source === 'string' ? c.source : 'unknown source',
    reason: typeof c?.reason === 'string' && c.reason ? c.reason : null
  }
}

interface Measured {
  value: string
  measured: boolean
  facts: string[]
  criteria: CriterionView[]
}

function measure(gate: GateResult, kind: string): Measured {
  const d: Details = gate.details ?? {}
  const facts: string[] = []
  const criteria: CriterionView[] = []
  const notMeasured = (why: string): Measured => ({ value: `not measured: ${why}`, measured: false, facts, criteria })
  const firstError = gate.errors?.[0]
  switch (kind) {
    case 'test_pass_rate': {
      const counts = testCounts(d)
      const rate = num(d.pass_rate)
      if (counts) {
        facts.push(`${figure(counts.passed)} passed`, `${figure(counts.failed)} failed`)
        if (counts.errors) facts.push(plural(counts.errors, 'error'))
        facts.push(`${figure(counts.skipped)} skipped`, `${figure(counts.total)} total`)
      }
      const flaky = flakyOf(d.flaky)
      if (flaky && flaky.count > 0) facts.push(`${plural(flaky.count, 'flaky test')}${flaky.names.length ? `: ${flaky.names.slice(0, 5).join(', ')}${flaky.names.length > 5 ? ', …' : ''}` : ''}`)
      if (d.flaky_policy === 'fail' || d.flaky_policy === 'ignore') facts.push(d.flaky_policy === 'fail' ? 'flaky tests count as failed (flaky: fail)' : 'flaky tests count as passed, unreported (flaky: ignore)')
      const [qCount, qFailures] = [num(d.quarantined_count), num(d.quarantined_failures)]
      if (qCount !== null && qCount > 0) facts.push(`${plural(qCount, 'quarantined test')}${qFailures ? `, ${plural(qFailures, 'failure')} excused` : ''}`)
      const expired = Array.isArray(d.expired_quarantine) ? d.expired_quarantine.map((e) => scalar((e as Details)?.pattern)).filter((x): x is string => x !== null) : []
      if (expired.length) facts.push(`expired quarantine: ${expired.slice(0, 5).join(', ')}${expired.length > 5 ? ', …' : ''}`)
      // Said in the value; when nothing was measured, beside the error.
      const read = junitFilesText(d.junit_files)
      if (read && rate === null) facts.push(read)
      if (rate === null) return notMeasured(firstError ?? 'no test report was read')
      const of = counts ? ` (${figure(counts.passed)} of ${plural(counts.total - counts.skipped, 'executed test')}${read ? `, from ${read}` : ''})` : ''
      // Quarantined failures left out, or flaky tests counted as failed: the verdict's figures, beside the tool's.
      const judged = d.judged && typeof d.judged === 'object' ? (d.judged as Details) : null
      const [jRate, jPassed, jExecuted] = [num(judged?.pass_rate), num(judged?.passed), num(judged?.executed)]
      if (jRate !== null && jPassed !== null && jExecuted !== null) {
        // A limit with more than two decimals is compared at its own decimals, from the counts.
        const shown = percentAgainst(jPassed, jExecuted, num(d.required)) ?? jRate
        return {
          value: `${limitText(exactPct(shown), num(d.required), '≥', shown >= (num(d.required) ?? 0), '%')} (${figure(jPassed)} of ${plural(jExecuted, 'judged test')}; the report: ${pct(rate)}${of})`,
          measured: true,
          facts,
          criteria
        }
      }
      const required = num(d.required)
      if (!gate.passed && required !== null && rate >= required) {
        // The rate met the requirement but the gate failed on something the rate does not show (the command failed
        // although its report lists no failing test, a suite that says tests failed without listing them, an expired
        // quarantine): "100% ≥ 100%" would read as a pass.
        return { value: `${pct(rate)} in the report${of}, not a pass`, measured: true, facts, criteria }
      }
      const shown = (counts && percentAgainst(counts.passed, counts.total - counts.skipped, required)) ?? rate
      return { value: `${limitText(exactPct(shown), required, '≥', shown >= (required ?? 0), '%')}${of}`, measured: true, facts, criteria }
    }
    case 'test_coverage': {
      const cov = num(d.coverage)
      const [covered, total] = [num(d.lines_covered), num(d.lines_total)]
      if (covered !== null && total !== null) facts.push(`${figure(covered)} of ${plural(total, 'line')}`)
      if (typeof d.format === 'string') facts.push(d.format)
      for (const k of ['line_coverage', 'branch_coverage'] as const) if (num(d[k]) !== null) facts.push(`${k.replace('_', ' ')} ${pct(num(d[k])!)}`)
      if (num(d.branches_covered) !== null && num(d.branches_total) !== null) facts.push(`${figure(num(d.branches_covered)!)} of ${plural(num(d.branches_total)!, 'branch', 'branches')}`)
      if (typeof d.coverage_kind === 'string') facts.push(`kind: ${d.coverage_kind}`)
      // Diff-aware runs (only-changed): of the lines the change adds or modifies, those the tests executed.
      const patch = d.patch_coverage && typeof d.patch_coverage === 'object' ? (d.patch_coverage as Record<string, unknown>) : null
      const [patchCovered, patchTotal] = [num(patch?.covered), num(patch?.total)]
      if (patchCovered !== null && patchTotal !== null) {
        facts.push(
          patchTotal === 0
            ? 'patch coverage: no changed executable line'
            : `patch coverage ${exactPct(percentAgainst(patchCovered, patchTotal, null) ?? num(patch?.percent) ?? 0)} (${figure(patchCovered)} of ${plural(patchTotal, 'changed line')})`
        )
      }
      if (cov === null) return notMeasured(firstError ?? 'no coverage report was read')
      const thr = num(d.threshold)
      const shown = gatedPercent(d) ?? cov
      return { value: limitText(exactPct(shown), thr, '≥', thr === null || shown >= thr, '%'), measured: true, facts, criteria }
    }
    case 'linting': {
      const n = num(d.issue_count)
      if (num(d.errors) !== null) facts.push(plural(num(d.errors)!, 'error'))
      if (num(d.warnings) !== null) facts.push(plural(num(d.warnings)!, 'warning'))
      if (num(d.fixed_count) !== null) facts.push(`auto-fixed ${figure(num(d.fixed_count)!)}`)
      const fixable = num(d.fixable_count) ?? num(d.fixable)
      if (fixable !== null) facts.push(`${figure(fixable)} fixable`)
      if (typeof d.tool === 'string') facts.push(d.tool)
      if (n === null) return notMeasured(firstError ?? 'no lint report was read')
      // The linter checked none of the component's files: its count says nothing of the component.
      if (d.component_checked === false) return notMeasured(firstError ?? "the linter checked none of the component's files")
      const max = num(d.max_issues)
      // Failed on something the count does not show (the command failed while its report lists no problem): "0 ≤ 0" would read as a pass.
      if (!gate.passed && max !== null && n <= max) return { value: `${plural(n, 'issue')} in the report, not a pass`, measured: true, facts, criteria }
      // Problems silenced by comments in the source are not counted, and the value says so beside the count.
      return { value: limitText(plural(n, 'issue'), max, '≤', max === null || n <= max) + suppressedText(d), measured: true, facts, criteria }
    }
    case 'type_checking': {
      const n = num(d.error_count)
      if (num(d.warning_count) !== null) facts.push(plural(num(d.warning_count)!, 'warning'))
      if (typeof d.tool === 'string') facts.push(d.tool)
      if (n === null) return notMeasured(firstError ?? 'no type-checker report was read')
      // The type checker checked no file at all (pyright's filesAnalyzed: 0): its "0 errors" says nothing.
      if (d.component_checked === false) return notMeasured(firstError ?? 'the type checker checked no file')
      const max = num(d.max_errors)
      const maxWarnings = num(d.max_warnings)
      const warnings = num(d.warning_count)
      const overWarnings = maxWarnings !== null && warnings !== null && warnings > maxWarnings
      // Failed on something the error count does not show (the command failed while its report lists no error).
      if (!gate.passed && max !== null && n <= max && !overWarnings) return { value: `${plural(n, 'error')} in the report, not a pass`, measured: true, facts, criteria }
      return { value: limitText(plural(n, 'error'), max, '≤', max === null || n <= max) + suppressedText(d), measured: true, facts, criteria }
    }
    case 'security': {
      const part = (k: string, max: string, label: string): string | null => {
        const v = num(d[k])
        if (v === null) return null
        const limit = max ? num(d[max]) : null
        return `${label} ${figure(v)}${limit !== null ? `/${figure(limit)}` : ''}`
      }
      if (num(d.unknown_severity)) facts.push(`${figure(num(d.unknown_severity)!)} without a severity`)
      // Comments in the source (SARIF suppressions) or the scanner's own analysis (osv-scanner's uncalled ones).
      if (num(d.suppressed_count)) facts.push(`${figure(num(d.suppressed_count)!)} suppressed, not counted`)
      if (Array.isArray(d.tools) && d.tools.length) facts.push(d.tools.filter((t) => typeof t === 'string').join(', '))
      const halves = d.halves && typeof d.halves === 'object' ? (d.halves as Details) : null
      if (halves) {
        // Each half says what it is: its counts when measured, `off by configuration`, or `not measured`.
        const said: string[] = []
        let anyMeasured = false
        for (const [half, keys] of [
          ['secrets', [['secret_count', 'max_secrets', 'secrets']]],
          ['vulnerabilities', [['critical', 'max_critical', 'critical'], ['high', 'max_high', 'high'], ['medium', 'max_medium', 'medium'], ['low', '', 'low']]]
        ] as const) {
          const state = halves[half] && typeof halves[half] === 'object' ? (halves[half] as Details) : {}
          const counts = keys.map(([k, max, label]) => part(k, max, label)).filter((x): x is string => x !== null)
          if (state.status === 'off') said.push(`${half} off by configuration`)
          else if (state.status === 'measured') {
            anyMeasured = true
            said.push(half === 'secrets' ? counts.join(' · ') : `vulnerabilities: ${counts.join(' · ')}`)
          } else said.push(`${half} not measured${counts.length ? ` (partly read: ${counts.join(' · ')})` : ''}`)
          // Why a half was not measured, unless a caveat or the first error already says it.
          const reason = typeof state.reason === 'string' ? state.reason : ''
          const told = [...(gate.warnings ?? []), firstError ?? ''].some((m) => reason && m.includes(reason))
          if (state.status === 'unmeasured' && reason && !told) facts.push(`${half}: ${reason}`)
        }
        return { value: said.join(' · '), measured: anyMeasured, facts, criteria }
      }
      // A report written before the halves were recorded: what it holds, and what it does not.
      const parts: string[] = []
      const unmeasured: string[] = []
      for (const [k, max, label] of [
        ['secret_count', 'max_secrets', 'secrets'],
        ['critical', 'max_critical', 'critical'],
        ['high', 'max_high', 'high'],
        ['medium', 'max_medium', 'medium'],
        ['low', '', 'low']
      ] as const) {
        const text = part(k, max, label)
        if (text === null) unmeasured.push(label)
        else parts.push(text)
      }
      if (parts.length === 0) return notMeasured(firstError ?? 'no security report was read')
      return { value: `${parts.join(' · ')}${unmeasured.length ? ` · not measured: ${unmeasured.join(', ')}` : ''}`, measured: true, facts, criteria }
    }
    case 'instructions_validation': {
      const [files, errs] = [num(d.files), num(d.error_count)]
      if (num(d.warning_count) !== null) facts.push(plural(num(d.warning_count)!, 'warning'))
      if (files === null || errs === null) return notMeasured(firstError ?? 'the instruction files were not read')
      return { value: `${plural(errs, 'error')} in ${plural(files, 'instruction file')}`, measured: true, facts, criteria }
    }
    case 'spec_validation': {
      const [reqs, acs, errs] = [num(d.requirements), num(d.acceptance_criteria), num(d.error_count)]
      if (num(d.warning_count) !== null) facts.push(plural(num(d.warning_count)!, 'warning'))
      if (num(d.sections) !== null) facts.push(plural(num(d.sections)!, 'section'))
      if (typeof d.file === 'string') facts.push(d.file)
      if (reqs === null || errs === null) return notMeasured(firstError ?? 'the spec was not read')
      return { value: `${plural(reqs, 'requirement')}, ${plural(acs ?? 0, 'acceptance criterion', 'acceptance criteria')}, ${plural(errs, 'error')}`, measured: true, facts, criteria }
    }
    case 'health_check': {
      const [attempts, status, expected] = [num(d.attempts), num(d.last_status), num(d.expected_status)]
      if (typeof d.url === 'string') facts.push(d.url)
      if (num(d.elapsed_ms) !== null) facts.push(`in ${fmtDuration(num(d.elapsed_ms))}`)
      if (typeof d.json_field === 'string') facts.push(`${d.json_field} = ${scalar(d.observed) ?? 'absent'} (expected ${scalar(d.expected_value) ?? 'any'})`)
      if (attempts === null) return notMeasured(firstError ?? 'the health check did not run')
      const got = status === null ? 'no answer' : `status ${figure(status)}`
      // A check a cancel stopped found nothing out: it is not "not healthy".
      const health = gate.passed ? 'healthy' : gate.error_type === 'cancelled' ? 'health not known (stopped by the cancel)' : 'not healthy'
      // The status was right and the JSON field was not: said, not "status 200 (expected 200)".
      const field =
        !gate.passed && gate.error_type !== 'cancelled' && typeof d.json_field === 'string' && status !== null && (expected === null || status === expected)
          ? `, but its JSON field ${d.json_field} is ${scalar(d.observed) ?? 'absent'} (expected ${scalar(d.expected_value) ?? 'a value saying healthy'})`
          : ''
      return { value: `${health}: ${got}${expected !== null && field === '' ? ` (expected ${figure(expected)})` : ''}${field} after ${plural(attempts, 'attempt')}`, measured: true, facts, criteria }
    }
    case 'criteria': {
      for (const c of d.criteria as Details[]) criteria.push(criterionOf(c))
      const met = criteria.filter((c) => c.met).length
      return { value: `${met} of ${plural(criteria.length, 'criterion', 'criteria')} met`, measured: true, facts, criteria }
    }
    case 'exit': {
      const code = num(d.exit_code)
      return { value: code === null ? 'not measured: the command did not exit' : `exit status ${figure(code)} (no report: judged by exit status only)`, measured: code !== null, facts, criteria }
    }
    default:
      return { value: gate.passed ? 'passed' : `failed${firstError ? '' : ' (no measurement recorded)'}`, measured: false, facts, criteria }
  }
}

/** Detail keys whose number names something rather than counts it: never grouped (`pull request 1234`, `port 8080`). */
const NAMING_KEY = /(^|_)(id|ids|number|pid|port|status|code|year|sha|version)$/i

/** The scalar details no value line says, as `key value` facts: fields other tools add are shown, never lost. */
function otherFacts(gate: GateResult, kind: string): string[] {
  const shown = new Set(SHOWN[kind] ?? [])
  const out: string[] = []
  for (const [k, v] of Object.entries(gate.details ?? {})) {
    if (shown.has(k) || k === 'criteria') continue
    // A count reads as every other count (`executed: 20,001`); a number that names something (an id, a status, a
    // port, a code) is written as it is named elsewhere.
    const text = (typeof v === 'number' && Number.isFinite(v) && !NAMING_KEY.test(k) ? figure(v) : scalar(v)) ?? (Array.isArray(v) && v.length && v.every((x) => scalar(x) !== null) ? `${v.slice(0, 5).map(scalar).join(', ')}${v.length > 5 ? ', …' : ''}` : null)
    if (text !== null) out.push(`${k.replace(/_/g, ' ')}: ${text}`)
    if (out.length >= 8) break
  }
  return out
}

/**
 * Why a gate failed, in one line: its first error — and, for criteria, the names of the others not met, which every
 * one-line surface (the console, the summary's list of failures) would otherwise leave out (a local run that lacks
 * a token for three criteria named only the first).
 */
function whyOf(gate: GateResult, criteria: readonly CriterionView[]): string | null {
  const first = gate.errors?.[0] ?? null
  const unmet = criteria.filter((c) => !c.met).map((c) => c.name)
  return first !== null && unmet.length > 1 ? `${first}; also not met: ${unmet.slice(1).join(', ')}` : first
}

/** A warning that says something was not measured, not checked or not to be trusted: it weakens a pass. */
const CAVEAT = /not measured|not checked|not judged|judged by exit status only|cannot be trusted|weakened by configuration|configuration changed by this change/i
/** A stage's own warning of that kind: those of a gate, a gate or a half turned off, a deployment nothing verified. */
const STAGE_CAVEAT = new RegExp(`${CAVEAT.source}|nothing was checked|^nothing verified the deployment`, 'i')

/** What a stage caveat leaves unmeasured, in a word for the headline: the gate it names, else the stage. */
function caveatSubject(stage: string, caveat: string): string {
  return /^(linting|type_checking|security|instructions_validation)\b/.exec(caveat)?.[1] ?? stage
}

export function gateView(stage: string, gate: GateResult): GateView {
  const kind = kindOf(gate.gate_name, gate.details ?? {})
  const m = measure(gate, kind)
  const warnings = gate.warnings ?? []
  return {
    stage,
    name: gate.gate_name,
    key: `${stage}.${gate.gate_name}`,
    status: gate.passed ? 'passed' : gate.error_type === 'cancelled' ? 'cancelled' : 'failed',
    value: m.value,
    measured: m.measured,
    facts: [...m.facts, ...otherFacts(gate, kind)],
    caveats: warnings.filter((w) => CAVEAT.test(w)),
    criteria: m.criteria,
    why: whyOf(gate, m.criteria),
    errors: gate.errors ?? [],
    warnings,
    duration_ms: num(gate.execution_time_ms) ?? 0,
    findings: gate.findings?.length ?? 0
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The report

function stageEntries(report: WorkflowReport): Array<[string, StageResult]> {
  const results = (report.stage_results ?? {}) as Record<string, StageResult | undefined>
  const keys = [...STAGE_ORDER.filter((k) => results[k]), ...Object.keys(results).filter((k) => !(STAGE_ORDER as readonly string[]).includes(k))]
  return keys.map((k) => [k, results[k]!] as [string, StageResult])
}

function statusOf(s: StageResult): Verdict {
  const st = s.status ?? (s.success ? 'passed' : 'failed')
  return st === 'passed' ? 'passed' : st === 'cancelled' ? 'cancelled' : 'failed'
}

const ID_RE = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+\b/g

function specView(report: WorkflowReport, gates: GateView[], findings: Array<{ gate: string; message: string }>): SpecView | null {
  const spec = report.stage_results?.specification
  const o = spec?.outputs ?? {}
  const items = (v: unknown): Array<Record<string, unknown>> => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : [])
  const reqs = items(o.requirements)
  const acs = items(o.acceptance_criteria)
  if (!spec || (typeof o.title !== 'string' && reqs.length === 0 && acs.length === 0)) return null
  const failingIn = (id: string | null): string[] =>
    id ? [...new Set(findings.filter((f) => new RegExp(`\\b${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(f.message)).map((f) => f.gate))] : []
  const toView = (x: Record<string, unknown>): SpecItemView => {
    const id = typeof x.id === 'string' && x.id ? x.id : null
    const text = typeof x.text === 'string' ? x.text : ''
    return { id, text, links: [...new Set(text.match(ID_RE) ?? [])].filter((l) => l !== id), failing_in: failingIn(id), checked: typeof x.checked === 'boolean' ? x.checked : null }
  }
  const acceptance = acs.map(toView)
  const requirements = reqs.map(toView).map((r) => ({
    ...r,
    // A requirement is traced by the acceptance criteria that cite it.
    links: r.id ? acceptance.filter((a) => a.links.includes(r.id!)).map((a) => a.id ?? a.text.slice(0, 40)) : []
  }))
  const verifiedBy = gates.filter((g) => /test_pass_rate$/.test(g.name) && g.measured).map((g) => g.key)
  return {
    title: typeof o.title === 'string' ? o.title : null,
    file: typeof spec.quality_gates?.spec_validation?.details?.file === 'string' ? (spec.quality_gates.spec_validation.details.file as string) : report.spec_file || null,
    requirements,
    acceptance_criteria: acceptance,
    verified_by: verifiedBy
  }
}

/** A failing gate in a few words: `coverage 62.1% < 70%`, `2 of 40 tests failed`, `5 lint issues > 0 allowed`. */
export function failureInWords(gate: GateResult): string {
  const d: Details = gate.details ?? {}
  const prefix = gate.gate_name.replace(/_?test_(pass_rate|coverage)$/, '').replace(/_/g, ' ')
  const named = (what: string) => (prefix && prefix !== gate.gate_name.replace(/_/g, ' ') ? `${prefix} ${what}` : what)
  switch (kindOf(gate.gate_name, d)) {
    case 'test_pass_rate': {
      const c = testCounts(d)
      const judged = d.judged && typeof d.judged === 'object' ? (d.judged as Details) : null
      const [jPassed, jExecuted] = [num(judged?.passed), num(judged?.executed)]
      if (jPassed !== null && jExecuted !== null) {
        // Quarantined failures left out, flaky tests counted as failed: the figures the verdict used.
        if (jExecuted > jPassed) return `${jExecuted - jPassed} of ${jExecuted} judged ${named('tests')} failed`
        break
      }
      if (c && c.total - c.skipped > 0 && c.failed + c.errors > 0) return `${count(c.failed + c.errors)} of ${count(c.total - c.skipped)} ${named('tests')} failed`
      break
    }
    case 'test_coverage': {
      // As the gate's value line says it: the limit as configured, the figure at its decimals (a threshold of 49.995
      // rounded to 50 would name another limit than the one that failed the run).
      const [cov, thr] = [gatedPercent(d) ?? num(d.coverage), num(d.threshold)]
      if (cov !== null && thr !== null && cov < thr) return `${named('coverage')} ${exactPct(cov)} < ${exactPct(thr)}`
      break
    }
    case 'linting': {
      const [n, max] = [num(d.issue_count), num(d.max_issues)]
      if (n !== null && max !== null && n > max) return `${plural(n, 'lint issue')} > ${max} allowed`
      break
    }
    case 'type_checking': {
      const [n, max] = [num(d.error_count), num(d.max_errors)]
      if (n !== null && max !== null && n > max) return `${plural(n, 'type error')} > ${max} allowed`
      break
    }
    case 'criteria': {
      const unmet = (d.criteria as Details[]).filter((c) => c?.met !== true).map((c) => String(c?.name ?? 'criterion'))
      if (unmet.length) return `${unmet.length} criteri${unmet.length === 1 ? 'on' : 'a'} not met: ${unmet.join(', ')}`
      break
    }
  }
  return `${gate.gate_name}: ${gate.errors?.[0] ?? 'failed'}`
}

/** What became of the rollback: a rollback that failed is never "rolled back". */
function rollbackText(rb: Details | undefined): string | null {
  if (!rb || typeof rb !== 'object') return null
  if (rb.ran !== true) return `not rolled back: ${scalar(rb.reason) ?? 'no rollback ran'}`
  if (rb.succeeded !== true) return `not rolled back: the rollback command failed${scalar(rb.reason) ? ` (${scalar(rb.reason)})` : ''}`
  if (rb.healthy_after === false) return 'rolled back, but still unhealthy'
  if (rb.health_check_stopped === true) return 'rolled back (unverified: the health check after it was stopped by the cancel)'
  if (scalar(rb.unverified)) return `rolled back (unverified: ${scalar(rb.unverified)}; only the rollback command exited 0)`
  // No health check ran after it (none is configured): all that is known is that the rollback command exited 0, as a
  // deploy nothing checked is "unverified".
  return rb.healthy_after === true ? 'rolled back' : 'rolled back (unverified: no health check ran after it, only its command exited 0)'
}

/**
 * A deployment in words, where no URL says it: deployed without a URL, not deployed, or — stopped while its deploy
 * command ran (a cancel, or its timeout) — unknown (the command may have changed the environment; no rollback runs
 * after a cancel, and the rollback after a timeout is said beside it).
 */
function deploymentState(o: Details): string {
  // Its outputs file could not be read: whether it named a URL is not known.
  if (o.deployed === true && o.outputs_unreadable === true) return 'deployed; what the deploy command reported could not be read'
  if (o.deployed === true) return 'deployed; the deploy command reported no URL'
  if (o.interrupted === true) return 'state unknown: the run was cancelled while the deploy command ran (no rollback ran after it)'
  if (o.killed_at_timeout === true) return 'state unknown: the deploy command was killed at its timeout, midway (what it changed is not known)'
  return 'not deployed'
}

/** The deploy's attempts: "deployed on attempt N" only when the last of them deployed. */
function attemptNotes(o: Details): string[] {
  const attempts = num(o.attempts)
  if (attempts === null || attempts < 1) return []
  if (o.deployed === true) return attempts > 1 ? [`deployed on attempt ${figure(attempts)}`] : []
  return [`${figure(attempts)} deploy attempt${attempts === 1 ? '' : 's'}, none succeeded`]
}

/** The stage a target ends with: what "passed for <target>" is about. */
const TARGET_STAGE: Record<string, StageKey> = { dev: 'refactoring', staging: 'staging_deployment', production: 'production_deployment' }

function headline(report: WorkflowReport, gates: readonly GateView[], stages: readonly StageView[]): string {
  if (report.cancelled) {
    const where = report.stages_failed?.[0] ?? report.stages_completed?.at(-1)
    return `⊘ cancelled${where ? ` during ${where}` : ''}`
  }
  if (report.success) {
    const n = report.stages_completed?.length ?? 0
    // A stage of the target that did not run is said: "passed for production" of a run whose production stage was
    // disabled would claim a deployment, and criteria, that nothing checked.
    const skipped = report.stages_skipped ?? []
    const target = TARGET_STAGE[report.target_stage]
    // Every stage that did not run is named: the comment has no table of stages, so a stage left out here is said nowhere on it.
    const others = skipped.filter((k) => k !== target)
    const notRun = skipped.includes(target)
      ? `; ${target} did not run (${report.skip_reasons?.[target] ?? 'skipped'})${others.length ? `; also not run: ${others.join(', ')}` : ''}`
      : skipped.length
        ? `; not run: ${skipped.join(', ')}`
        : ''
    // A gate that passed without measuring everything is said too: the pass is not a clean one (⚠️ where an icon is).
    // So is a gate turned off inside a stage that ran, or a deployment nothing verified (the stage's own caveats).
    const caveated = [
      ...new Set([...gates.filter((g) => g.status === 'passed' && g.caveats.length > 0).map((g) => g.name), ...stages.flatMap((st) => st.caveats.map((c) => caveatSubject(st.key, c)))])
    ]
    const partly = caveated.length ? `; ⚠ not everything measured: ${caveated.join(', ')}` : ''
    return `✓ ${plural(n, 'stage')} passed for ${report.target_stage}${notRun}${partly}`
  }
  const key = report.stages_failed?.[0]
  if (!key) return `✗ failed: ${report.errors?.[0] ?? 'no stage ran'}`
  const result = report.stage_results?.[key]
  const gate = causeGate(result)
  if (gate) return `✗ ${key} failed: ${failureInWords(gate)}`
  return `✗ ${key} failed: ${result?.errors?.[0] ?? 'see the log'}`
}

/**
 * The failed gate that says why a stage failed, or undefined when the stage's own error says it better: when every
 * failed gate only reports that the command left no report to read (a test command that crashed before any test
 * ran), those are consequences, and the stage's error (the command's failure, with what its output says) is the cause.
 */
export function causeGate(result: StageResult | undefined): GateResult | undefined {
  const failed = Object.values(result?.quality_gates ?? {}).filter((g) => !g.passed)
  if (failed.length === 0) return undefined
  if (result?.errors?.[0] && failed.every((g) => g.error_type === 'report')) return undefined
  return failed[0]
}

/**
 * The test counts of each suite that recorded them, as its pass-rate gate's details hold them: the main suite
 * (`testing`), then the deployment stages' (`integration_tests`, `e2e_tests`). Empty when no suite recorded counts.
 */
export function testSuites(report: WorkflowReport): TestCounts[] {
  const tests: TestCounts[] = []
  for (const [key, s] of stageEntries(report)) {
    for (const g of Object.values(s.quality_gates ?? {})) {
      if (kindOf(g.gate_name, g.details ?? {}) !== 'test_pass_rate') continue
      const c = testCounts(g.details ?? {})
      if (c) tests.push({ suite: g.gate_name === 'test_pass_rate' ? key : g.gate_name.replace(/_test_pass_rate$/, '_tests'), ...c, flaky: flakyOf(g.details?.flaky)?.count ?? null })
    }
  }
  return tests
}

export function reportView(report: WorkflowReport): ReportView {
  const entries = stageEntries(report)
  const gates = entries.flatMap(([key, s]) => Object.values(s.quality_gates ?? {}).map((g) => gateView(key, g)))
  const stages: StageView[] = entries.map(([key, s]) => ({
    key,
    status: statusOf(s),
    duration_ms: num(s.execution_time_ms),
    retries: num(s.retries) ?? 0,
    note: s.errors?.[0] ?? null,
    errors: s.errors ?? [],
    warnings: s.warnings ?? [],
    caveats: statusOf(s) === 'passed' ? (s.warnings ?? []).filter((w) => STAGE_CAVEAT.test(w)) : []
  }))
  for (const key of report.stages_skipped ?? []) {
    stages.push({ key, status: 'skipped', duration_ms: null, retries: 0, note: (report.skip_reasons as Record<string, string | undefined>)?.[key] ?? 'not run', errors: [], warnings: [], caveats: [] })
  }
  const tests = testSuites(report)
  let coverage: CoverageView | null = null
  for (const [key, s] of entries) {
    for (const g of Object.values(s.quality_gates ?? {})) {
      const kind = kindOf(g.gate_name, g.details ?? {})
      if (kind === 'test_coverage' && g.gate_name === 'test_coverage' && num(g.details?.coverage) !== null) {
        coverage = { suite: key, percent: gatedPercent(g.details) ?? num(g.details.coverage)!, reported: num(g.details.coverage)!, threshold: num(g.details.threshold), lines_covered: num(g.details.lines_covered), lines_total: num(g.details.lines_total) }
      }
    }
  }
  const deployments: DeploymentView[] = entries
    .filter(([key]) => key.endsWith('_deployment'))
    .map(([key, s]) => {
      const o = s.outputs ?? {}
      const rb = o.rollback as Details | undefined
      return {
        stage: key,
        environment: typeof o.environment === 'string' ? o.environment : null,
        url: typeof o.environment_url === 'string' && o.environment_url ? o.environment_url : null,
        github_deployment: typeof o.github_deployment === 'string' && o.github_deployment ? o.github_deployment : null,
        deployed: typeof o.deployed === 'boolean' ? o.deployed : null,
        state: deploymentState(o),
        rollback: rollbackText(rb),
        notes: [
          ...attemptNotes(o),
          ...(o.deployed === true && !Object.keys(s.quality_gates ?? {}).some((g) => g === 'health_check' || g.endsWith('_test_pass_rate'))
            ? ['unverified: no health check or tests ran against it']
            : []),
          ...(o.circuit_breaker !== undefined && o.circuit_breaker !== null ? [`circuit breaker: ${describeValue(o.circuit_breaker)}`] : [])
        ]
      }
    })
  const allFindings = entries.flatMap(([key, s]) => Object.values(s.quality_gates ?? {}).flatMap((g) => (g.findings ?? []).map((f) => ({ f, gate: `${key}.${g.gate_name}` }))))
  const findings = { total: allFindings.length, error: 0, warning: 0, notice: 0 }
  for (const { f } of allFindings) if (f.severity === 'error' || f.severity === 'warning' || f.severity === 'notice') findings[f.severity]++
  return {
    component: report.component_name,
    target: report.target_stage,
    verdict: report.cancelled ? 'cancelled' : report.success ? 'passed' : 'failed',
    headline: headline(report, gates, stages),
    qualified:
      !!report.success &&
      !report.cancelled &&
      (gates.some((g) => g.status === 'passed' && g.caveats.length > 0) || stages.some((st) => st.caveats.length > 0) || (report.stages_skipped ?? []).includes(TARGET_STAGE[report.target_stage])),
    duration_ms: num(report.total_execution_time_ms) ?? 0,
    stages,
    gates,
    tests,
    coverage,
    deployments,
    spec: specView(report, gates, allFindings.map(({ f, gate }) => ({ gate, message: `${f.message ?? ''} ${f.rule ?? ''}` }))),
    errors: report.errors ?? [],
    findings,
    insights: insightsView(report)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Test insights (history) and quarantine (policy)

/** Most items of one insight list the view carries (the report holds at most 50, `slowest` 10). */
export const INSIGHT_ITEMS = 50

const text = (v: unknown, max = 300): string | null => {
  if (typeof v !== 'string') return null
  // Control characters (terminal escapes, NUL) and bidirectional overrides (a name that displays as another) never
  // reach a surface; line breaks become spaces.
  // eslint-disable-next-line no-control-regex
  const t = v.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD').trim()
  if (t === '') return null
  return clipChars(t, max)
}
const objects = (v: unknown): Details[] => (Array.isArray(v) ? v.filter((x): x is Details => !!x && typeof x === 'object' && !Array.isArray(x)) : [])
const shortSha = (v: unknown): string | null => {
  const t = text(v, 64)
  return t ? t.slice(0, 7) : null
}

/** `run 123 (abc1234, 2026-06-01T10:00:00Z)` from a `{ run_id, sha?, at }`; null without a run id. */
function runWords(r: unknown): string | null {
  if (!r || typeof r !== 'object') return null
  const o = r as Details
  const id = text(o.run_id, 80)
  if (!id) return null
  const more = [shortSha(o.sha), text(o.at, 40)].filter((x): x is string => x !== null)
  return `run ${id}${more.length ? ` (${more.join(', ')})` : ''}`
}

/**
 * A test id as people read it. jest-junit's default templates write a test's full title as both its classname and its
 * name, so its id is the title twice (`greet says bye::greet says bye`): shown once. Any other id as it is.
 */
export function shownTestId(id: string): string {
  const half = (id.length - 2) / 2
  return half > 0 && Number.isInteger(half) && id.startsWith('::', half) && id.slice(0, half) === id.slice(half + 2) ? id.slice(0, half) : id
}

function list(title: string, entries: Details[], count: unknown, item: (e: Details) => InsightItem | null): InsightList | null {
  const items = entries
    .map(item)
    .filter((x): x is InsightItem => x !== null)
    .slice(0, INSIGHT_ITEMS)
    .map((x) => ({ ...x, id: shownTestId(x.id) }))
  const n = num(count)
  const total = n !== null && n >= items.length ? n : items.length
  return total > 0 ? { title, items, count: total } : null
}

function insightsView(report: WorkflowReport): TestInsightsView | null {
  const raw = (report as unknown as { test_insights?: unknown }).test_insights
  const ti = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Details) : null
  const gate = report.stage_results?.testing?.quality_gates?.test_pass_rate
  const d: Details = gate?.details ?? {}
  const lists: InsightList[] = []
  const notes: string[] = []
  let basis: string | null = null
  const base = ti?.base && typeof ti.base === 'object' ? (ti.base as Details) : null
  const branch = text(base?.branch, 100)
  if (ti) {
    const runs = num(ti.history_runs)
    const tracked = num(ti.tracked_tests)
    const from = [runs !== null ? plural(runs, 'run') : null, tracked !== null ? plural(tracked, 'tracked test') : null].filter(Boolean).join(', ')
    basis = branch ? `compared with ${branch}'s ${runWords(base) ?? 'latest run'}${from ? `; history: ${from}` : ''}` : `no run of the base branch in the history to compare with${from ? `; history: ${from}` : ''}`
    const failure = (e: Details): InsightItem | null => {
      const id = text(e.id)
      return id ? { id, note: text(e.message) ?? text(e.file, 200) ?? '' } : null
    }
    const fresh = list(branch ? `New failures (passing on ${branch} or new)` : 'New failures', objects(ti.new_failures), ti.new_failures_count, failure)
    if (fresh) lists.push(fresh)
    const known = list(branch ? `Already failing on ${branch}` : 'Already failing on the base branch', objects(ti.known_failures), ti.known_failures_count, (e) => {
      const f = failure(e)
      if (!f) return null
      const since = runWords(e.failing_since)
      return { id: f.id, note: [since ? `failing since ${since}` : null, f.note || null].filter(Boolean).join(' · ') }
    })
    if (known) lists.push(known)
    const flaky = list('Flaky', objects(ti.flaky), ti.flaky_count, (e) => {
      const id = text(e.id)
      if (!id) return null
      const rate = num(e.flip_rate)
      const [runsOf, flips] = [num(e.runs), num(e.flips)]
      const last = objects(e.last_seen)
        .slice(0, 3)
        .map((r) => {
          const w = runWords(r)
          const outcome = text(r.outcome, 20)
          return w ? `${outcome ? `${outcome} in ` : ''}${w}` : null
        })
        .filter((x): x is string => x !== null)
      const parts = [
        rate !== null && rate >= 0 && rate <= 1 ? `flip rate ${pct(Math.round(rate * 1000) / 10)}${runsOf !== null ? ` over ${plural(runsOf, 'run')}` : ''}${flips !== null ? ` (${plural(flips, 'flip')})` : ''}` : null,
        e.same_sha === true ? 'failed and passed on the same commit' : null,
        last.length ? `last seen: ${last.join('; ')}` : null
      ]
      return { id, note: parts.filter(Boolean).join(' · ') }
    })
    if (flaky) lists.push(flaky)
    const trunc = text(ti.truncated, 500)
    if (trunc) notes.push(trunc)
    for (const w of Array.isArray(ti.warnings) ? ti.warnings : []) {
      const t = text(w, 500)
      if (t && notes.length < 10) notes.push(t)
    }
  }
  const quarantined = list('Quarantined', objects(d.quarantined), d.quarantined_count, (e) => {
    const id = text(e.id)
    if (!id) return null
    const outcome = text(e.outcome, 20)
    const reason = text(e.reason)
    const expires = text(e.expires, 20)
    return { id, note: [outcome ? `${outcome}${e.flaky === true ? ' (flaky)' : ''}` : null, reason ? `reason: ${reason}` : null, expires ? `expires ${expires}` : null].filter(Boolean).join(' · ') }
  })
  const excused = num(d.quarantined_failures)
  if (quarantined) {
    if (excused !== null) quarantined.detail = `${plural(excused, 'failure')} excused`
    lists.push(quarantined)
  }
  const expired = objects(d.expired_quarantine)
    .map((e) => {
      const pattern = text(e.pattern)
      if (!pattern) return null
      const [reason, expires] = [text(e.reason), text(e.expires, 20)]
      return `${pattern}${expires ? ` expired on ${expires}` : ' expired'}${reason ? ` (reason: ${reason})` : ''}`
    })
    .filter((x): x is string => x !== null)
  if (ti) {
    const slow = list('Slowest tests', objects(ti.slowest), undefined, (e) => {
      const id = text(e.id)
      const ms = num(e.duration_ms)
      if (!id || ms === null) return null
      const median = num(e.median_ms)
      const trend = text(e.trend, 20)
      const words =
        trend === 'new'
          ? 'new'
          : trend === 'steady'
            ? `steady${median !== null ? ` (median ${fmtDuration(median)})` : ''}`
            : trend
              ? `${trend}${median !== null ? ` than its median ${fmtDuration(median)}` : ''}`
              : median !== null
                ? `median ${fmtDuration(median)}`
                : null
      return { id, note: `${fmtDuration(ms)}${words ? ` · ${words}` : ''}` }
    })
    if (slow) lists.push(slow)
  }
  if (!ti && lists.length === 0 && expired.length === 0) return null
  return { basis, lists, expired, notes }
}

/** The insight lists as plain text lines (console, agent brief): `New failures (2): a — message; b`. */
export function insightLines(insights: TestInsightsView, perList = 5): string[] {
  const out: string[] = []
  if (insights.basis) out.push(`Test history: ${insights.basis}`)
  for (const l of insights.lists) {
    const shown = l.items.slice(0, perList).map((i) => `${i.id}${i.note ? ` — ${i.note}` : ''}`)
    out.push(`${l.title} (${count(l.count)}${l.detail ? `; ${l.detail}` : ''}): ${shown.join('; ')}${l.count > shown.length ? `; … ${count(l.count - shown.length)} more` : ''}`)
  }
  for (const e of insights.expired) out.push(`Expired quarantine entry: ${e}`)
  return out
}

/** `✓`, `✗`, or `⚠` for a pass that did not measure everything it should have. */
export function gateMark(g: GateView): string {
  if (g.status === 'passed' && g.caveats.length) return '⚠'
  return mark(g.status)
}

/** One console line for a gate: its verdict and what it measured, e.g. `✓ gate test_coverage (12 ms): 82.35% ≥ 70%`. */
export function gateLogLine(g: GateView): string {
  const why = g.status === 'passed' ? '' : g.why && g.why !== g.value.replace(/^not measured: /, '') ? ` — ${g.why}` : ''
  const caveat = g.caveats.length ? ` — ${g.caveats.join('; ')}` : ''
  return `${gateMark(g)} gate ${g.name} (${Math.round(g.duration_ms)} ms): ${g.value}${why}${caveat}`
}

/**
 * Report text made inert in the HTML and Markdown of GitHub's surfaces (job summary, check run, comment): tags, table
 * pipes and backticks render as text, `@someone` and `@org/team` mention (and notify) nobody, `#123`, `owner/repo#123`
 * and `GH-123` reference no issue (a reference puts a "mentioned this" entry on that issue's timeline, in any public
 * repository), and no line break ends the block the text is in (CommonMark ends a line at \n, \r\n and a bare \r: two
 * bare \r are a blank line, which ends the HTML block of a table or list and lets the rest render as Markdown, a
 * heading or a link). GitHub finds mentions and references in the rendered text, after character references are
 * decoded, so `&#64;` is still a mention (openjdk/skara#1548): a zero-width space after `@`, `#` and `GH-` breaks them,
 * as Renovate and Dependabot write them. Control characters, direction overrides and lone surrogates become U+FFFD.
 */
export function inertMarkup(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      // Before the entities below are written: `&#124;` holds a `#` followed by a digit.
      .replace(/#(?=\d)/g, '#&#8203;')
      .replace(/\bGH-(?=\d)/gi, (m) => `${m}&#8203;`)
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '&#124;')
      .replace(/`/g, '&#96;')
      .replace(/@/g, '@&#8203;')
      .replace(/\r\n?|\n/g, ' ')
      .replace(UNSHOWABLE_IN_MARKUP, '\uFFFD')
  )
}

/**
 * Control characters (a terminal's escapes: a clipboard write, a link; a bell), bidirectional overrides and isolates
 * (text that displays as another) and lone surrogates (no text: a request carrying one may be refused). Report text
 * from a fork's run has them as it likes, and the aggregate prints its summary to a terminal too.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const UNSHOWABLE_IN_MARKUP = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Report text inside Markdown (check run, pull-request comment, the aggregate's summary): {@link inertMarkup}, with
 * `\`, `*`, `_`, `[`, `]` and `~` backslash-escaped, so that no emphasis, link or image renders from it.
 */
export function escapeMarkdown(text: string): string {
  return inertMarkup(text.replace(/([\\*_[\]~])/g, '\\$1'))
}
