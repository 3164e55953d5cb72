/** Words for stage and gate results: what stages add to the session and what the brief shows. */
import type { GateResult, StageResult } from '../engine/model.js'
import type { MessageInput } from './session.js'
import type { WorkflowReport } from '../engine/model.js'
import { gatedPercent, gateView, insightLines, percentAgainst, reportView } from '../view/report-view.js'

/** Value and threshold detail keys of the gates DESIGN.md §3 names, with the comparison the threshold implies. */
const GATE_KEYS: Record<string, { value: string; threshold: string; cmp: '>=' | '<='; unit?: string }> = {
  test_coverage: { value: 'coverage', threshold: 'threshold', cmp: '>=', unit: '%' },
  test_pass_rate: { value: 'pass_rate', threshold: 'required', cmp: '>=', unit: '%' },
  linting: { value: 'issue_count', threshold: 'max_issues', cmp: '<=' },
  type_checking: { value: 'error_count', threshold: 'max_errors', cmp: '<=' }
}

const SECURITY_PAIRS: [string, string][] = [
  ['secret_count', 'max_secrets'],
  ['critical', 'max_critical'],
  ['high', 'max_high'],
  ['medium', 'max_medium']
]

function num(v: unknown): string | null {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : null
}

/** One line per measurement: `coverage 82.5% (threshold ≥ 70%)`. Empty when the gate recorded no value. */
export function gateMeasurements(gateKey: string, gate: GateResult): string[] {
  const d = gate.details ?? {}
  const own = (k: string): unknown => (Object.prototype.hasOwnProperty.call(d, k) ? d[k] : undefined)
  const spec = GATE_KEYS[gateKey] ?? GATE_KEYS[gate.gate_name]
  if (spec) {
    let value = num(own(spec.value))
    if (value === null) return []
    const threshold = num(own(spec.threshold))
    const u = spec.unit ?? ''
    let judged = ''
    // The figure the gate compared, on the side of the threshold its counts are, as every surface shows it: at a
    // threshold's own decimals when it has more than two, and the judged pass rate when a quarantine or flaky: fail
    // changed the figures judged (the report's beside it).
    if (spec.value === 'coverage') value = num(gatedPercent(d)) ?? value
    if (spec.value === 'pass_rate') {
      const n = (k: string, from: Record<string, unknown> = d): number | null => (typeof from[k] === 'number' && Number.isFinite(from[k]) ? (from[k] as number) : null)
      const required = n('required')
      const j = own('judged')
      if (j && typeof j === 'object') {
        const jd = j as Record<string, unknown>
        const shown = num(percentAgainst(n('passed', jd), n('executed', jd), required)) ?? num(n('pass_rate', jd))
        if (shown !== null) {
          judged = ` of the judged tests (the report's: ${value}%)`
          value = shown
        }
      } else {
        const total = n('total')
        const executed = n('executed') ?? (total === null ? null : total - (n('skipped') ?? 0))
        value = num(percentAgainst(n('passed'), executed, required)) ?? value
      }
    }
    return [`${spec.value} ${value}${u}${judged}${threshold === null ? '' : ` (threshold ${spec.cmp === '>=' ? '≥' : '≤'} ${threshold}${u})`}`]
  }
  if (gateKey === 'security' || gate.gate_name === 'security') {
    const out: string[] = []
    for (const [v, t] of SECURITY_PAIRS) {
      const value = num(own(v))
      if (value === null) continue
      const threshold = num(own(t))
      out.push(`${v} ${value}${threshold === null ? '' : ` (threshold ≤ ${threshold})`}`)
    }
    // A half that was not measured, or is off, is said so: never read as a clean pass of it.
    const halves = own('halves')
    if (halves && typeof halves === 'object') {
      for (const half of ['secrets', 'vulnerabilities']) {
        const status = (halves as Record<string, { status?: unknown } | undefined>)[half]?.status
        if (status === 'off') out.push(`${half} off by configuration`)
        else if (status === 'unmeasured') out.push(`${half} not measured`)
      }
    }
    return out
  }
  // Unknown gate: its numeric details, a few.
  return Object.entries(d)
    .filter(([, v]) => num(v) !== null)
    .slice(0, 4)
    .map(([k, v]) => `${k} ${num(v)}`)
}

/**
 * `✓ test_coverage: coverage 82.5% (threshold ≥ 70%)`; a pass with caveats (something not measured, a limit weakened
 * by configuration, retries unseen) is `⚠`, the caveats after it, as on every other surface: never a clean ✓.
 */
export function gateLine(gateKey: string, gate: GateResult): string {
  const m = gateMeasurements(gateKey, gate)
  const caveats = gate.passed ? gateView('', gate).caveats : []
  const said = caveats.length ? ` — ${caveats.join('; ')}` : ''
  return `${gate.passed ? (caveats.length ? '⚠' : '✓') : '✗'} ${gateKey}${m.length ? `: ${m.join(', ')}` : ''}${said.length > 600 ? `${said.slice(0, 599)}…` : said}`
}

/** Kind of the message a stage's result becomes. */
export function stageKind(stage: StageResult['stage_name']): string {
  switch (stage) {
    case 'testing':
      return 'test_results'
    case 'refactoring':
      return 'implementation_completion'
    case 'staging_deployment':
      return 'deployment_status'
    case 'production_deployment':
      return 'production_status'
    default:
      return 'progress_update'
  }
}

/** The message a finished stage adds to the session: status, gate values vs thresholds, first errors. */
export function stageMessage(stage: StageResult): MessageInput {
  const lines = [`Stage ${stage.stage_name} ${stage.status} in ${stage.execution_time_ms}ms${stage.retries ? ` after ${stage.retries} ${stage.retries === 1 ? 'retry' : 'retries'}` : ''}.`]
  for (const [key, gate] of Object.entries(stage.quality_gates)) {
    lines.push(`- ${gateLine(key, gate)}${gate.passed ? '' : gate.errors[0] ? ` — ${gate.errors[0]}` : ''}`)
  }
  for (const e of stage.errors.slice(0, 5)) lines.push(`- error: ${e}`)
  if (stage.errors.length > 5) lines.push(`- … ${stage.errors.length - 5} more errors`)
  const failed = Object.entries(stage.quality_gates)
    .filter(([, g]) => !g.passed)
    .map(([k]) => k)
  return {
    kind: stageKind(stage.stage_name),
    role: 'tool',
    stage: stage.stage_name,
    content: lines.join('\n'),
    metadata: { status: stage.status, failed_gates: failed, ...(stage.error_type ? { error_type: stage.error_type } : {}) }
  }
}

/**
 * The run's test insights as a session message, saying which failures are new (this change) and which were already
 * failing on the base branch; null when the report holds no insight.
 */
export function insightsMessage(report: WorkflowReport): MessageInput | null {
  const insights = reportView(report).insights
  if (!insights) return null
  const ids = (prefix: string) => insights.lists.find((l) => l.title.startsWith(prefix))?.items.slice(0, 20).map((i) => i.id) ?? []
  return {
    kind: 'test_results',
    role: 'tool',
    stage: 'testing',
    content: ['Tests of this run against the history:', ...insightLines(insights, 10).map((l) => `- ${l}`)].join('\n'),
    metadata: { new_failures: ids('New failures'), known_failures: ids('Already failing') }
  }
}
