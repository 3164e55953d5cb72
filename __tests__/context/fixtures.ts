/** Shared fixtures for the context-session tests. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSpec } from '../../src/spec/parse.js'
import type { ParsedSpec } from '../../src/spec/types.js'
import type { Message } from '../../src/context/types.js'

export const SPEC_TEXT = [
  '---',
  'component: greeter',
  'status: approved',
  '---',
  '# Greeter service',
  '',
  '## Requirements',
  '',
  '- REQ-001: The greeter says hello to the named person.',
  '- REQ-002: An empty name is rejected with a clear error.',
  '',
  '## Acceptance Criteria',
  '',
  '- [ ] AC-1: `greet("Ada")` returns "Hello, Ada!"',
  '- [x] AC-2: `greet("")` throws',
  ''
].join('\n')

export function greeterSpec(): ParsedSpec {
  return parseSpec(SPEC_TEXT, 'specs/greeter.md')
}

/** A spec with `n` requirements of a few words each. */
export function hugeSpec(n: number): ParsedSpec {
  const lines = ['# Huge', '', '## Requirements', '']
  for (let i = 1; i <= n; i++) lines.push(`- REQ-${i}: The system shall handle case number ${i} with care and precision.`)
  lines.push('', '## Acceptance Criteria', '', '- AC-1: everything works', '')
  return parseSpec(lines.join('\n'), 'specs/huge.md')
}

export async function tempDir(prefix = 's2p-context-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/** A synthetic message for pure pruning tests (tokens given, not counted). */
export function msg(tokens: number, importance: number, kind = 'progress_update', role: Message['role'] = 'assistant', label = ''): Message {
  return { role, content: label || `${kind}-${tokens}`, timestamp: '2025-10-20T00:00:00.000Z', metadata: { kind }, tokens, importance }
}

export const DAY1 = Date.UTC(2025, 9, 20, 9, 30)
export const DAY1_LATE = Date.UTC(2025, 9, 20, 23, 59, 59)
export const DAY2 = Date.UTC(2025, 9, 21, 0, 0, 1)

import type { GateResult, StageResult, WorkflowReport } from '../../src/engine/model.js'

function gate(name: string, passed: boolean, details: Record<string, unknown>, errors: string[] = []): GateResult {
  return { gate_name: name, passed, details, errors, warnings: [], execution_time_ms: 5, findings: [] }
}

function stage(name: StageResult['stage_name'], gates: Record<string, GateResult>, errors: string[] = []): StageResult {
  const success = Object.values(gates).every((g) => g.passed) && errors.length === 0
  return {
    stage_name: name,
    success,
    status: success ? 'passed' : 'failed',
    outputs: {},
    errors,
    warnings: [],
    execution_time_ms: 1200,
    retries: 0,
    quality_gates: gates,
    commands: [],
    started_at: '2025-10-20T09:30:01.000Z',
    finished_at: '2025-10-20T09:30:02.000Z'
  }
}

/** A failed run: coverage below threshold, lint issues; pass rate and type checking fine. */
export function failedReport(): WorkflowReport {
  const coverage = gate('test_coverage', false, { coverage: 61.5, threshold: 70, lines_covered: 615, lines_total: 1000 }, ['line coverage 61.5% is below the 70% threshold'])
  coverage.findings = [{ tool: 'coverage', severity: 'warning', file: 'src/greeter.ts', line: 12, message: 'uncovered <script>alert(1)</script>' }]
  return {
    schema_version: 1,
    success: false,
    component_name: 'greeter',
    target_stage: 'staging',
    stages_completed: ['specification'],
    stages_failed: ['testing', 'refactoring'],
    stages_skipped: [],
    skip_reasons: {},
    cancelled: false,
    stage_results: {
      testing: stage('testing', {
        test_pass_rate: gate('test_pass_rate', true, { total: 12, passed: 12, failed: 0, errors: 0, skipped: 0, pass_rate: 100, required: 100 }),
        test_coverage: coverage
      }),
      refactoring: stage('refactoring', {
        linting: gate('linting', false, { issue_count: 3, fixed_count: 1, max_issues: 0 }, ['3 lint issue(s), more than the 0 allowed']),
        type_checking: gate('type_checking', true, { error_count: 0, warning_count: 0, max_errors: 0 }),
        security: gate('security', true, { secret_count: 0, critical: null, high: null, medium: null, low: null, max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 })
      })
    },
    total_execution_time_ms: 2400,
    context_session_id: 'greeter-workflow-2025-10-20',
    metrics_dashboard: null,
    started_at: '2025-10-20T09:30:00.000Z',
    finished_at: '2025-10-20T09:30:03.000Z',
    spec_file: 'specs/greeter.md',
    config_file: null,
    preset: 'node',
    reports_dir: '/tmp/r',
    errors: [],
    generator: { name: 'spec-to-production', version: '0.1.0' }
  }
}
