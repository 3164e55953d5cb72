/**
 * What the aggregate says about each leg and about the run as a whole; the summary, the combined dashboard and the
 * combined JSON all draw from these views, so they never disagree.
 */
import { STAGE_ORDER, type StageKey, type Target } from '../config/types.js'
import type { GateResult, WorkflowReport } from '../engine/model.js'
import { passRatePercent } from '../gates/tests.js'
import { verdictTitle } from '../github/checks.js'
import { causeGate, gatedPercent, reportView, testSuites, type TestCounts } from '../view/report-view.js'
import type { AggregateInput, InvalidReport, Leg } from './read.js'

export type LegStatus = 'success' | 'failure' | 'cancelled'
/** A stage in one leg: `absent` when the leg's target does not run it. */
export type LegStageStatus = 'passed' | 'failed' | 'cancelled' | 'skipped' | 'absent'

export interface LegFailure {
  stage: string | null
  gate: string | null
  /** In a few words, e.g. `coverage 42.5% < 50%`. */
  message: string
}

/** One test suite of a leg, with the counts its report holds. */
export interface LegSuiteTests extends Omit<TestCounts, 'flaky'> {
  /** Tests that ran: total less skipped; null when the counts do not add up. */
  executed: number | null
  /** Percent of the executed tests that passed (truncated to 2 decimals, as the gate computes it); null when none ran or the counts do not add up. */
  pass_rate: number | null
  /** passed + failed + errors + skipped = total, each a whole number: only then are the counts summed into the totals. */
  counts_add_up: boolean
}

/** A leg's tests: its suites, or (none) why it has none. */
export interface LegTests {
  suites: LegSuiteTests[]
  /** Set when no suite recorded counts: why, in a few words (`testing skipped`). */
  none: string | null
}

/** One suite's counts summed over the legs whose counts add up. */
export interface SuiteTotals {
  suite: string
  /** Legs summed. */
  legs: number
  total: number
  passed: number
  failed: number
  errors: number
  skipped: number
  executed: number
  pass_rate: number | null
  /** Legs with this suite whose counts do not add up: left out of the sums. */
  left_out: number
}

export interface LegView {
  component: string
  /** The matrix leg (`20`, `ubuntu-latest`) when the component ran in several legs of the run; null otherwise. */
  leg: string | null
  target: Target
  status: LegStatus
  stages: Record<StageKey, LegStageStatus>
  /** Line coverage percent measured by the testing stage, null when not measured. */
  coverage: number | null
  coverage_threshold: number | null
  total_execution_time_ms: number
  retries: number
  failure: LegFailure | null
  /**
   * A pass that is not a clean one, in the leg's own headline words (`⚠ not everything measured: security`, a target
   * stage that did not run); null for a clean pass or a failure.
   */
  caveat: string | null
  tests: LegTests
  file: string
}

export interface AggregateVerdict {
  success: boolean
  /** Components with at least one failed or cancelled leg, sorted. */
  failed: string[]
  /** Components the plan promised without any report, sorted. */
  missing: string[]
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

function stageStatus(report: WorkflowReport, key: StageKey): LegStageStatus {
  const stage = report.stage_results[key]
  if (stage) return stage.status
  return report.stages_skipped.includes(key) ? 'skipped' : 'absent'
}

function firstFailure(report: WorkflowReport): LegFailure | null {
  if (report.success && !report.cancelled) return null
  const key = report.stages_failed[0] ?? null
  const stage = key ? report.stage_results[key] : undefined
  const gate: GateResult | undefined = causeGate(stage)
  // The same words as the leg's own check run title, without its mark.
  const message = verdictTitle(report).replace(/^[✗⊘✓]\s*/, '')
  return { stage: key, gate: gate?.gate_name ?? null, message }
}

/** What qualifies a leg's pass, as its own surfaces say it (the headline after its first `; `); null for a clean one. */
function legCaveat(report: WorkflowReport): string | null {
  const view = reportView(report)
  if (!view.qualified) return null
  const said = view.headline.indexOf('; ')
  return said === -1 ? 'not a clean pass' : view.headline.slice(said + 2)
}

const whole = (n: number) => Number.isSafeInteger(n) && n >= 0

/** The leg's test counts exactly as its report holds them; a pass rate only from tests that ran, never 0 of 0. */
export function legTests(report: WorkflowReport): LegTests {
  const suites = testSuites(report).map((c): LegSuiteTests => {
    const addsUp = [c.total, c.passed, c.failed, c.errors, c.skipped].every(whole) && c.passed + c.failed + c.errors + c.skipped === c.total
    const executed = addsUp ? c.total - c.skipped : null
    return {
      suite: c.suite,
      total: c.total,
      passed: c.passed,
      failed: c.failed,
      errors: c.errors,
      skipped: c.skipped,
      executed,
      pass_rate: executed ? passRatePercent(c.passed, executed) : null,
      counts_add_up: addsUp
    }
  })
  if (suites.length) return { suites, none: null }
  const testing = report.stage_results.testing
  const none =
    !testing || testing.status === 'skipped'
      ? 'testing not run'
      : testing.status === 'cancelled'
        ? 'testing cancelled before any test count'
        : 'the report records no test counts'
  return { suites, none }
}

/** Per suite (in order of first appearance), the sums over every leg whose counts add up. */
export function testTotals(views: LegView[]): SuiteTotals[] {
  const bySuite = new Map<string, SuiteTotals>()
  for (const v of views) {
    for (const s of v.tests.suites) {
      let t = bySuite.get(s.suite)
      if (!t) bySuite.set(s.suite, (t = { suite: s.suite, legs: 0, total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, executed: 0, pass_rate: null, left_out: 0 }))
      if (!s.counts_add_up) {
        t.left_out++
        continue
      }
      t.legs++
      t.total += s.total
      t.passed += s.passed
      t.failed += s.failed
      t.errors += s.errors
      t.skipped += s.skipped
      t.executed += s.executed ?? 0
    }
  }
  const out = [...bySuite.values()]
  for (const t of out) t.pass_rate = t.executed > 0 ? passRatePercent(t.passed, t.executed) : null
  return out
}

export function legView(leg: Leg): LegView {
  const r = leg.report
  const coverageGate = r.stage_results.testing?.quality_gates.test_coverage
  const stages = {} as Record<StageKey, LegStageStatus>
  for (const key of STAGE_ORDER) stages[key] = stageStatus(r, key)
  return {
    component: leg.component,
    leg: r.leg ?? null,
    target: leg.target,
    status: r.cancelled ? 'cancelled' : r.success ? 'success' : 'failure',
    stages,
    // Compared with a threshold of more than two decimals at its own decimals (gatedPercent), as the leg's gate was.
    coverage: (coverageGate && finite(coverageGate.details.coverage) !== null ? gatedPercent(coverageGate.details) : null) ?? finite(coverageGate?.details.coverage),
    coverage_threshold: finite(coverageGate?.details.threshold),
    total_execution_time_ms: r.total_execution_time_ms,
    retries: Object.values(r.stage_results).reduce((sum, s) => sum + (s?.retries ?? 0), 0),
    failure: firstFailure(r),
    caveat: legCaveat(r),
    tests: legTests(r),
    file: leg.file
  }
}

/** Failing legs first, then by component and target. */
export function orderedViews(legs: Leg[]): LegView[] {
  return legs
    .map(legView)
    .sort((a, b) => Number(a.status === 'success') - Number(b.status === 'success') || cmp(a.component, b.component) || cmp(a.target, b.target) || cmp(a.leg ?? '', b.leg ?? '') || cmp(a.file, b.file))
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Success only when there is at least one leg, no leg failed, none is missing and every report could be read. */
export function aggregateVerdict(result: AggregateInput): AggregateVerdict {
  const refused = result.invalid.flatMap((bad) => (bad.component === undefined ? [] : [bad.component]))
  const failed = [...new Set([...result.legs.filter((l) => !l.report.success || l.report.cancelled).map((l) => l.component), ...refused])].sort(cmp)
  const missing = [...(result.missingComponents ?? result.missing)]
  const success = result.legs.length > 0 && failed.length === 0 && missing.length === 0 && result.invalid.length === 0
  return { success, failed, missing }
}

/** One sentence: why the aggregate failed, or that it passed. */
export function verdictSentence(result: AggregateInput): string {
  const v = aggregateVerdict(result)
  const n = result.legs.length
  if (v.success) {
    // Legs whose own surfaces say ⚠️ passed are said here too: "all passed" of them is not all clean.
    const caveated = result.legs.filter((l) => legCaveat(l.report) !== null).map((l) => l.component)
    const names = [...new Set(caveated)].sort(cmp)
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '')
    // With no legs expected, "all" is of those that sent a report: a leg that crashed before uploading is not there.
    const all = result.expectedUnknown
      ? `all ${n} leg${n === 1 ? ' that' : 's that'} sent a report passed — no legs were expected (the plan's matrix: the input expected, --expect-file), so a leg that crashed or uploaded nothing is not known to be missing`
      : `all ${n} leg${n === 1 ? '' : 's'} passed`
    return `${all}${caveated.length ? `, ${caveated.length} of them not cleanly (⚠️ not everything measured or checked: ${shown})` : ''}`
  }
  const parts: string[] = []
  const failedLegs = result.legs.filter((l) => !l.report.success || l.report.cancelled).length
  if (failedLegs) parts.push(`${failedLegs} of ${n} leg${n === 1 ? '' : 's'} failed`)
  if (result.missing.length) {
    const legs = result.missing.length
    // Each a bare component name: whole components sent nothing; otherwise name the legs.
    const byName = result.missing.every((m) => v.missing.includes(m))
    parts.push(byName ? `${legs} component${legs === 1 ? '' : 's'} without a report` : `${legs === 1 ? 'a promised leg' : `${legs} promised legs`} without a report: ${result.missing.join(', ')}`)
  }
  const refused = result.invalid.filter((bad) => bad.component !== undefined).length
  const unreadable = result.invalid.length - refused
  if (refused) parts.push(`${refused} report${refused === 1 ? '' : 's'} refused (fields contradict each other)`)
  if (unreadable) parts.push(`${unreadable} unreadable report${unreadable === 1 ? '' : 's'}`)
  if (n === 0 && !result.missing.length && !result.invalid.length) parts.push('no report at all')
  return parts.join(', ')
}

/** The combined JSON (`--json`): the verdict, then one line of figures per leg. */
export interface AggregateJson {
  schema_version: 1
  success: boolean
  failed_components: string[]
  missing_components: string[]
  invalid_reports: InvalidReport[]
  legs: Array<{
    component: string
    leg: string | null
    target: Target
    success: boolean
    status: LegStatus
    coverage: number | null
    coverage_threshold: number | null
    total_execution_time_ms: number
    retries: number
    stages: Record<StageKey, LegStageStatus>
    first_failure: LegFailure | null
    /** The leg's test suites with their counts; empty when it has none (then `no_tests` says why). */
    tests: LegSuiteTests[]
    no_tests: string | null
    file: string
  }>
  /** Per suite, the counts summed over the legs (those whose counts add up). */
  tests_totals: SuiteTotals[]
  generated_at: string
}

export function aggregateJson(result: AggregateInput, generatedAt: Date | number = Date.now()): AggregateJson {
  const v = aggregateVerdict(result)
  const views = orderedViews(result.legs)
  return {
    schema_version: 1,
    success: v.success,
    failed_components: v.failed,
    missing_components: v.missing,
    invalid_reports: result.invalid,
    legs: views.map((l) => ({
      component: l.component,
      leg: l.leg,
      target: l.target,
      success: l.status === 'success',
      status: l.status,
      coverage: l.coverage,
      coverage_threshold: l.coverage_threshold,
      total_execution_time_ms: l.total_execution_time_ms,
      retries: l.retries,
      stages: l.stages,
      first_failure: l.failure,
      tests: l.tests.suites,
      no_tests: l.tests.none,
      file: l.file
    })),
    tests_totals: testTotals(views),
    generated_at: new Date(generatedAt).toISOString()
  }
}
