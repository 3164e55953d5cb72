/**
 * The console says what a command did and, separately, what its gate decided: a tool that exits 1 because it found
 * problems is not "✓ … passed" followed by "✗ gate …". Real processes through the console host.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunContext } from '../../src/engine/context.js'
import { StageRecorder } from '../../src/engine/stage.js'
import { runStep } from '../../src/engine/steps.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { gateLogLine, gateView } from '../../src/view/report-view.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2p-console-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function step(command: string, ok: boolean, reason = (exitCode: number | null) => `exit status ${exitCode}`): Promise<string[]> {
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const ctx = { host, reportsDir: join(dir, 'reports'), signal: new AbortController().signal } as unknown as RunContext
  const stage = new StageRecorder('refactoring', () => Date.now())
  // The judge read the tool's report: the attempt is usable whatever the exit status.
  await runStep(ctx, stage, { purpose: 'linting', command, timeoutSeconds: 30, judge: async (r) => ({ value: r, ok, retryable: false, reason: reason(r.exitCode) }) })
  return lines.filter((l) => /\blinting \(attempt/.test(l))
}

test('a linter that exits 1 with a report: the command line neither passes nor fails, the gate line says the verdict', async () => {
  const [line] = await step('echo "1 problem"; exit 1', true)
  expect(line).not.toMatch(/✓|passed/)
  expect(line).toMatch(/• linting \(attempt 1, \d+ ms\): exit status 1 \(not a failure by itself: what the command left is judged next\)/)
  const gate = gateLogLine(
    gateView('refactoring', { gate_name: 'linting', passed: false, details: { issue_count: 1, errors: 1, warnings: 0, max_issues: 0, fixed_count: null, tool: 'eslint' }, errors: ['1 lint issue(s) (1 errors, 0 warnings), more than the 0 allowed'], warnings: [], execution_time_ms: 812, findings: [] })
  )
  expect(gate).toBe('✗ gate linting (812 ms): 1 issue > 0 — 1 lint issue(s) (1 errors, 0 warnings), more than the 0 allowed')
})

test('a command that exits 0 succeeded; one that could not be judged failed', async () => {
  expect((await step('true', true))[0]).toMatch(/✓ linting \(attempt 1, \d+ ms\): command succeeded — exit status 0/)
  expect((await step('exit 2', false))[0]).toMatch(/✗ linting \(attempt 1, \d+ ms\): failed — exit status 2/)
})

test('a reason that begins with the exit status does not repeat it (pillarjs/path-to-regexp: the security step)', async () => {
  const [line] = await step('exit 1', true, (code) => `exit status ${code}; vulnerabilities not measured: the audit failed`)
  expect(line).toMatch(/• linting \(attempt 1, \d+ ms\): exit status 1; vulnerabilities not measured: the audit failed \(not a failure by itself/)
  const [other] = await step('exit 1', true, () => 'the report was read')
  expect(other).toMatch(/: exit status 1; the report was read \(not a failure by itself/)
})

test('a linting gate failed on what its count does not show never reads "0 issues ≤ 0"', () => {
  // The linter exited 2 while its report lists no problem: the gate failed, and "0 issues ≤ 0" would read as a pass.
  const failed = gateLogLine(
    gateView('refactoring', {
      gate_name: 'linting',
      passed: false,
      details: { issue_count: 0, errors: 0, warnings: 0, max_issues: 0, fixed_count: null, tool: 'eslint', files_checked: 1, component_checked: true },
      errors: ['the linting command failed (exit status 2) but its report lists no problem: the report cannot be trusted'],
      warnings: [],
      execution_time_ms: 40,
      findings: []
    })
  )
  expect(failed).toBe('✗ gate linting (40 ms): 0 issues in the report, not a pass — the linting command failed (exit status 2) but its report lists no problem: the report cannot be trusted')
  const types = gateLogLine(
    gateView('refactoring', {
      gate_name: 'type_checking',
      passed: false,
      details: { error_count: 0, warning_count: 0, max_errors: 0, max_warnings: null, tool: 'tsc' },
      errors: ['the type_checking command failed (exit status 2) but its report lists no problem: the report cannot be trusted'],
      warnings: [],
      execution_time_ms: 40,
      findings: []
    })
  )
  expect(types).toBe('✗ gate type_checking (40 ms): 0 errors in the report, not a pass — the type_checking command failed (exit status 2) but its report lists no problem: the report cannot be trusted')
})

test('a health check failed on its JSON field says so, not "status 200 (expected 200)"', () => {
  const health = (details: Record<string, unknown>, passed = false) =>
    gateView('staging_deployment', { gate_name: 'health_check', passed, details: { url: 'http://127.0.0.1:1/health', attempts: 3, last_status: 200, expected_status: 200, ...details }, errors: passed ? [] : ['not healthy'], warnings: [], execution_time_ms: 5, findings: [] }).value
  expect(health({ json_field: 'status', observed: 'ok', expected_value: 200 })).toBe('not healthy: status 200, but its JSON field status is ok (expected 200) after 3 attempts')
  expect(health({ json_field: 'status', observed: 'down' })).toBe('not healthy: status 200, but its JSON field status is down (expected a value saying healthy) after 3 attempts')
  // A wrong status is said as before; a passing check too.
  expect(health({ last_status: 503, json_field: 'status', observed: 'ok', expected_value: 'ok' })).toBe('not healthy: status 503 (expected 200) after 3 attempts')
  expect(health({ json_field: 'status', observed: 'ok', expected_value: 'ok' }, true)).toBe('healthy: status 200 (expected 200) after 3 attempts')
})
