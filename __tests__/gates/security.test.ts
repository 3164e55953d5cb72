import { describe, expect, test } from '@jest/globals'
import { judgeSecurity } from '../../src/gates/tools.js'
import type { FindingsReport } from '../../src/reports/types.js'

const limits = { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }
const counts = (error = 0, warning = 0) => ({ error, warning, notice: 0 })

const secrets = (n: number): FindingsReport => ({
  format: 'secretlint-json',
  tool: 'secretlint',
  kind: 'secrets',
  counts: counts(n),
  findings: Array.from({ length: n }, (_, i) => ({ tool: 'secretlint', rule: 'github', severity: 'error' as const, file: 'a.ts', line: i + 1, message: 'GitHub token' }))
})
const audit = (v: Record<'critical' | 'high' | 'medium' | 'low', number>): FindingsReport => ({
  format: 'npm-audit-json',
  tool: 'npm-audit',
  kind: 'vulnerabilities',
  counts: counts(v.critical + v.high, v.medium + v.low),
  vulnerabilities: v,
  findings: []
})

describe('security gate', () => {
  test('secrets and vulnerabilities from two reports are judged together', () => {
    const j = judgeSecurity([secrets(0), audit({ critical: 0, high: 0, medium: 3, low: 7 })], limits)
    expect(j.passed).toBe(true)
    expect(j.details).toMatchObject({ secret_count: 0, critical: 0, high: 0, medium: 3, low: 7 })
    expect(j.warnings).toEqual([])
  })

  test('each limit fails on its own, with its numbers', () => {
    const j = judgeSecurity([secrets(2), audit({ critical: 1, high: 2, medium: 6, low: 0 })], limits)
    expect(j.passed).toBe(false)
    expect(j.errors).toEqual([
      '2 secret(s) found, more than the 0 allowed',
      '1 critical vulnerability, more than the 0 allowed',
      '2 high vulnerabilities, more than the 0 allowed',
      '6 medium vulnerabilities, more than the 5 allowed'
    ])
  })

  test('what was not measured is said, not assumed clean', () => {
    const j = judgeSecurity([secrets(0)], limits)
    expect(j.passed).toBe(true)
    expect(j.details).toMatchObject({ critical: null, high: null, medium: null, low: null })
    expect(j.warnings).toContain('no vulnerability report was read: critical/high/medium/low are not measured')
  })

  test('severities counted from findings when the tool gives no totals (bandit, SARIF)', () => {
    const bandit: FindingsReport = {
      format: 'bandit-json',
      tool: 'bandit',
      counts: counts(1, 1),
      findings: [
        { tool: 'bandit', severity: 'error', file: 'x.py', message: 'a', security_severity: 'high' },
        { tool: 'bandit', severity: 'warning', file: 'x.py', message: 'b', security_severity: 'medium' }
      ]
    }
    const j = judgeSecurity([bandit], limits)
    expect(j.details).toMatchObject({ high: 1, medium: 1, secret_count: null })
    expect(j.passed).toBe(false)
  })

  test('vulnerabilities without a severity (pip-audit) are held to max_high, not passed', () => {
    const pipAudit: FindingsReport = {
      format: 'pip-audit-json',
      tool: 'pip-audit',
      kind: 'vulnerabilities',
      counts: counts(4),
      vulnerabilities: { critical: 0, high: 0, medium: 0, low: 0 },
      findings: []
    }
    const j = judgeSecurity([secrets(0), pipAudit], limits)
    expect(j.passed).toBe(false)
    expect(j.details).toMatchObject({ unknown_severity: 4, high: 0 })
    expect(j.errors[0]).toMatch(/4 vulnerabilities with no severity/)
  })

  test('an empty report of unknown format fails, asking for the format', () => {
    const j = judgeSecurity([{ format: 'unknown', tool: 'unknown', counts: counts(), findings: [] }], limits)
    expect(j.passed).toBe(false)
    expect(j.errors[0]).toMatch(/format: secretlint-json/)
  })

  test('a report that measures neither fails', () => {
    const j = judgeSecurity([{ format: 'eslint-json', tool: 'eslint', counts: counts(), findings: [] }], limits)
    expect(j.passed).toBe(false)
  })
})
