/**
 * schema/report.schema.json can fail: what `readReport` holds every written report to (helpers/report-schema.ts)
 * refuses a field it does not list, a value of another type, a stage that does not exist.
 */
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { reportSchemaErrors } from './helpers/report-schema.js'
import { ROOT } from './helpers/workspace.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a report is rewritten as plain JSON
function report(): Record<string, any> {
  const gate = { gate_name: 'test_pass_rate', passed: true, details: { total: 3, passed: 3, failed: 0, errors: 0, skipped: 0, pass_rate: 100, required: 50 }, errors: [], warnings: [], execution_time_ms: 3, findings: [] }
  const stage = { stage_name: 'testing', success: true, status: 'passed', outputs: {}, errors: [], warnings: [], execution_time_ms: 10, retries: 0, quality_gates: { test_pass_rate: gate }, commands: [{ purpose: 'testing', command: 'npm test', exit_code: 0, signal: null, timed_out: false, duration_ms: 9, attempt: 1, tail: '' }], started_at: '2026-12-07T00:00:00.000Z', finished_at: '2026-12-07T00:00:00.010Z' }
  return {
    schema_version: 1, success: true, component_name: 'api', target_stage: 'dev', stages_completed: ['testing'], stages_failed: [], stages_skipped: [], skip_reasons: {}, cancelled: false,
    stage_results: { testing: stage }, total_execution_time_ms: 12, context_session_id: null, metrics_dashboard: null, started_at: '2026-12-07T00:00:00.000Z', finished_at: '2026-12-07T00:00:00.012Z',
    spec_file: 'SPEC.md', config_file: null, preset: 'node', reports_dir: '.spec-to-production/runs/1', errors: [], generator: { name: 'spec-to-production', version: '1.0.0' }
  }
}

test('a report as the run writes it conforms', () => {
  expect(reportSchemaErrors(report())).toEqual([])
})

test('a field the schema does not list, a value of another type, a stage that does not exist: each refused by name', () => {
  expect(reportSchemaErrors({ ...report(), deployed: true })).toEqual(['(report): must NOT have additional properties (deployed)'])
  const r = report()
  r.stage_results.testing.quality_gates.test_pass_rate.details.pass_rate = '100%'
  expect(reportSchemaErrors(r)).toContain('/stage_results/testing/quality_gates/test_pass_rate/details/pass_rate: must be number,null')
  const s = report()
  s.stage_results.deploy = s.stage_results.testing
  expect(reportSchemaErrors(s).join('\n')).toMatch(/stage_results: (property name must be valid|must be equal to one of the allowed values)/)
  const f = report()
  f.stage_results.testing.quality_gates.test_pass_rate.findings = [{ tool: 'pytest', severity: 'fatal', file: 'a.py', message: 'x' }]
  expect(reportSchemaErrors(f)).toContain('/stage_results/testing/quality_gates/test_pass_rate/findings/0/severity: must be equal to one of the allowed values')
  const n = report()
  delete n.generator
  expect(reportSchemaErrors(n)).toContain("(report): must have required property 'generator'")
})

test('the schema types every gate detail the design names for other tools, and lives beside the configuration schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'))
  const typed = Object.keys(schema.definitions.gateDetails.properties)
  for (const key of ['total', 'passed', 'failed', 'errors', 'skipped', 'pass_rate', 'coverage', 'lines_covered', 'lines_total', 'issue_count', 'fixed_count', 'error_count', 'warning_count', 'secret_count', 'critical', 'high', 'medium', 'low', 'files']) {
    expect(typed).toContain(key)
  }
  const config = JSON.parse(readFileSync(join(ROOT, 'schema/spec-to-production.schema.json'), 'utf8'))
  expect(schema.$id).toBe(config.$id.replace('spec-to-production.schema.json', 'report.schema.json'))
})
