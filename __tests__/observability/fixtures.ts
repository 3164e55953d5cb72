/** Reports for the observability tests: realistic shapes, hostile strings where report data can carry them. */
import type { GateResult, StageResult, WorkflowReport } from '../../src/engine/model.js'

/** A test name that tries every way out of HTML text, attributes, style and script. */
export const HOSTILE_NAME = `test_<script>window.__pwned=1</script> "dq" 'sq' & </style><img src=x onerror="window.__pwned=2">`

const T0 = Date.parse('2025-10-20T12:00:00.000Z')
const iso = (ms: number) => new Date(T0 + ms).toISOString()

function gate(name: string, passed: boolean, details: Record<string, unknown>, extra: Partial<GateResult> = {}): GateResult {
  return { gate_name: name, passed, details, errors: [], warnings: [], execution_time_ms: 1200, findings: [], ...extra }
}

function stage(key: StageResult['stage_name'], from: number, to: number, gates: GateResult[], extra: Partial<StageResult> = {}): StageResult {
  const failed = gates.some((g) => !g.passed)
  return {
    stage_name: key,
    success: !failed,
    status: failed ? 'failed' : 'passed',
    outputs: {},
    errors: [],
    warnings: [],
    execution_time_ms: to - from,
    retries: 0,
    quality_gates: Object.fromEntries(gates.map((g) => [g.gate_name, g])),
    commands: [],
    started_at: iso(from),
    finished_at: iso(to),
    ...(failed ? { error_type: gates.find((g) => !g.passed)?.error_type ?? 'threshold_not_met' } : {}),
    ...extra
  }
}

export interface ReportShape {
  /** Fail test_pass_rate with the hostile test name (default true). */
  failTests?: boolean
  coverage?: number
  cancelled?: boolean
  startedAt?: number
}

/** Target staging: specification and testing ran; testing fails on a hostile test by default; the rest skipped. */
export function makeReport(shape: ReportShape = {}): WorkflowReport {
  const failTests = shape.failTests ?? true
  const coverage = shape.coverage ?? 82.35
  const passRate = failTests ? 97.5 : 100
  const spec = stage('specification', 5, 45, [])
  const testing = stage('testing', 50, 8_050, [
    gate(
      'test_pass_rate',
      !failTests,
      { total: 41, passed: failTests ? 39 : 40, failed: failTests ? 1 : 0, errors: 0, skipped: 1, pass_rate: passRate, required: 100, flaky: [] },
      failTests
        ? {
            error_type: 'threshold_not_met',
            errors: [`pass rate ${passRate}% is below the required 100% (1 failed, 0 errors of 40 executed)`],
            findings: [
              { tool: 'tests', rule: 'failure', severity: 'error', file: 'tests/test_player.py', line: 12, message: `TestPlayer › ${HOSTILE_NAME}: AssertionError: 1 != 2` }
            ]
          }
        : {}
    ),
    gate('test_coverage', coverage >= 70, { coverage, threshold: 70, lines_covered: 1400, lines_total: 1700, format: 'coverage.py-json', files: 12 }, coverage >= 70 ? {} : { error_type: 'threshold_not_met' })
  ])
  testing.retries = failTests ? 1 : 0
  testing.commands = [
    { purpose: 'testing', command: `uvx pytest -k "${HOSTILE_NAME}"`, exit_code: failTests ? 1 : 0, signal: null, timed_out: false, duration_ms: 3900, attempt: 1, tail: '' },
    ...(failTests ? [{ purpose: 'testing', command: 'uvx pytest', exit_code: 1, signal: null, timed_out: false, duration_ms: 3950, attempt: 2, tail: '' }] : [])
  ]
  const stages: WorkflowReport['stage_results'] = { specification: spec, testing }
  const refactoring = stage('refactoring', 8_100, 12_600, [
    gate('linting', true, { issue_count: 0, errors: 0, warnings: 0, fixed_count: 2, max_issues: 0, tool: 'ruff' }, {
      findings: [{ tool: '<b>ruff</b>', rule: 'E501', severity: 'warning', file: 'src/a.py', line: 3, message: 'line too long' }]
    }),
    gate('type_checking', true, { error_count: 0, warning_count: 1, max_errors: 0, max_warnings: null, tool: 'pyright' }),
    gate('security', true, { secret_count: 0, critical: 0, high: 0, medium: 1, low: 3, max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5, tools: ['detect-secrets'] })
  ])
  if (!failTests) stages.refactoring = refactoring
  const report: WorkflowReport = {
    schema_version: 1,
    success: !failTests,
    component_name: 'player_experience',
    target_stage: 'staging',
    stages_completed: failTests ? ['specification'] : ['specification', 'testing', 'refactoring'],
    stages_failed: failTests ? ['testing'] : [],
    stages_skipped: failTests ? ['refactoring', 'staging_deployment'] : ['staging_deployment'],
    skip_reasons: failTests
      ? { refactoring: 'stage testing failed', staging_deployment: 'stage testing failed' }
      : { staging_deployment: 'disabled in the configuration (stages.staging_deployment.enabled: false): not run' },
    cancelled: false,
    stage_results: stages,
    total_execution_time_ms: failTests ? 8_060 : 12_610,
    context_session_id: 'player_experience-workflow-2025-10-20',
    metrics_dashboard: null,
    started_at: iso(0),
    finished_at: iso(failTests ? 8_060 : 12_610),
    spec_file: 'specs/player_experience.md',
    config_file: '.github/spec-to-production.yml',
    preset: 'python',
    reports_dir: '/ws/.spec-to-production/runs/player_experience-20251020T120000Z-a1b2c3/reports',
    errors: [],
    generator: { name: 'spec-to-production', version: '0.1.0' }
  }
  if (shape.cancelled) {
    const t = report.stage_results.testing!
    t.status = 'cancelled'
    t.success = false
    t.error_type = 'cancelled'
    t.errors = ['cancelled while the tests ran']
    t.quality_gates = {}
    report.cancelled = true
    report.success = false
    report.skip_reasons = { refactoring: 'the run was cancelled', staging_deployment: 'the run was cancelled' }
  }
  if (shape.startedAt !== undefined) shiftTimes(report, shape.startedAt - T0)
  return report
}

function shiftTimes(report: WorkflowReport, delta: number): void {
  const move = (s: string) => new Date(Date.parse(s) + delta).toISOString()
  report.started_at = move(report.started_at)
  report.finished_at = move(report.finished_at)
  for (const s of Object.values(report.stage_results)) {
    if (!s) continue
    s.started_at = move(s.started_at)
    s.finished_at = move(s.finished_at)
  }
  report.reports_dir = `/ws/.spec-to-production/runs/player_experience-${report.started_at}-x/reports`
}
