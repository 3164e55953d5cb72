import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { renderJobSummary, SUMMARY_MAX_BYTES } from '../../src/action/summary.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import type { Finding } from '../../src/reports/types.js'

function report(findings: Finding[]): WorkflowReport {
  const now = new Date().toISOString()
  return {
    schema_version: 1,
    success: false,
    component_name: 'greeter',
    target_stage: 'dev',
    stages_completed: [],
    stages_failed: ['testing'],
    stages_skipped: ['refactoring'],
    skip_reasons: { refactoring: 'stage testing failed' },
    cancelled: false,
    stage_results: {
      testing: {
        stage_name: 'testing',
        success: false,
        status: 'failed',
        outputs: {},
        errors: [],
        warnings: [],
        execution_time_ms: 10,
        retries: 1,
        commands: [],
        started_at: now,
        finished_at: now,
        quality_gates: {
          test_pass_rate: {
            gate_name: 'test_pass_rate',
            passed: false,
            details: { pass_rate: 50, required: 100 },
            errors: ['pass rate 50% is below the required 100%'],
            warnings: [],
            execution_time_ms: 1,
            findings
          }
        }
      }
    },
    total_execution_time_ms: 10,
    context_session_id: null,
    metrics_dashboard: null,
    started_at: now,
    finished_at: now,
    spec_file: 'SPEC.md',
    config_file: null,
    preset: 'none',
    reports_dir: '',
    errors: [],
    generator: { name: 'spec-to-production', version: '0' }
  }
}

const hostile: Finding = { tool: 'tests', rule: 'failure', severity: 'error', file: 'tests/a.test.ts', line: 7, message: 'a <img src=x onerror=alert(1)> | `tick` failed' }

describe('job summary', () => {
  const saved = { ...process.env }
  beforeEach(() => {
    Object.assign(process.env, { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "o/r" })
  })
  afterEach(() => {
    process.env = { ...saved }
  })

  test('a deployment URL that is not a web address is shown as text, never a link', () => {
    const r = report([])
    const now = new Date().toISOString()
    r.stage_results.staging_deployment = {
      stage_name: 'staging_deployment', success: true, status: 'passed', outputs: { environment: 'staging', deployed: true, environment_url: 'javascript:alert(1)' },
      errors: [], warnings: [], execution_time_ms: 1, retries: 0, commands: [], started_at: now, finished_at: now, quality_gates: {}
    }
    const html = renderJobSummary(r, {})
    expect(html).toContain('javascript:alert(1)')
    expect(html).not.toMatch(/href="javascript:/i)
  })

  test("a link's address is the URL as reported: the text shown breaks mentions and references, the address does not", () => {
    const r = report([])
    const now = new Date().toISOString()
    const url = 'https://staging.example.com/@acme/app#42'
    r.stage_results.staging_deployment = {
      stage_name: 'staging_deployment', success: true, status: 'passed', outputs: { environment: 'staging', deployed: true, environment_url: url },
      errors: [], warnings: [], execution_time_ms: 1, retries: 0, commands: [], started_at: now, finished_at: now, quality_gates: {}
    }
    const html = renderJobSummary(r, { checkRunUrl: 'https://github.com/o/r/runs/7#1', commentUrl: 'https://github.com/o/r/pull/4#issuecomment-5' })
    expect(html).toContain(`<a href="${url}">`)
    expect(html).toContain('<a href="https://github.com/o/r/runs/7#1">check run</a>')
    expect(html).toContain('<a href="https://github.com/o/r/pull/4#issuecomment-5">pull-request comment</a>')
  })

  test('report text renders as text, and findings link to the file and line at the commit', () => {
    const html = renderJobSummary(report([hostile]), { commitSha: 'abc123' })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &#124; &#96;tick&#96; failed')
    expect(html).toContain('href="https://github.com/o/r/blob/abc123/tests/a.test.ts#L7"')
    expect(html).toContain('50% &lt; 100%')
    expect(html).toContain('skipped: stage testing failed')
  })

  test('at most 50 findings, the rest counted; the whole stays under the byte budget', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...hostile, line: i + 1, message: `${'ü'.repeat(900)} ${i}` }))
    const html = renderJobSummary(report(many), {})
    expect(html).toContain('4,950 more finding(s) not shown here')
    expect(Buffer.byteLength(html)).toBeLessThan(SUMMARY_MAX_BYTES)
    const small = renderJobSummary(report(many), {}, 20_000)
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(20_000)
    expect(small).toMatch(/more finding\(s\) not shown here/)
  })
})
