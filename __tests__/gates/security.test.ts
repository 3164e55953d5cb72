import { describe, expect, test } from '@jest/globals'
import { judgeSecurity, type HalfStatus, type SecurityHalf } from '../../src/gates/tools.js'
import type { Target } from '../../src/config/types.js'
import type { FindingsReport } from '../../src/reports/types.js'

const limits = { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5, secrets: true, vulnerabilities: true }
const dev = { target: 'dev' as const }
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
    const j = judgeSecurity([secrets(0), audit({ critical: 0, high: 0, medium: 3, low: 7 })], limits, dev)
    expect(j.passed).toBe(true)
    expect(j.details).toMatchObject({ secret_count: 0, critical: 0, high: 0, medium: 3, low: 7 })
    expect(j.warnings).toEqual([])
  })

  test('each limit fails on its own, with its numbers', () => {
    const j = judgeSecurity([secrets(2), audit({ critical: 1, high: 2, medium: 6, low: 0 })], limits, dev)
    expect(j.passed).toBe(false)
    expect(j.errors).toEqual([
      '2 secret(s) found, more than the 0 allowed',
      '1 critical vulnerability, more than the 0 allowed',
      '2 high vulnerabilities, more than the 0 allowed',
      '6 medium vulnerabilities, more than the 5 allowed'
    ])
  })

  test('what was not measured is said, not assumed clean: a warning at dev, a failure at staging and production', () => {
    const j = judgeSecurity([secrets(0)], limits, dev)
    expect(j.passed).toBe(true)
    expect(j.details).toMatchObject({ critical: null, high: null, medium: null, low: null })
    expect(j.details.halves).toEqual({ secrets: { status: 'measured', tools: ['secretlint'] }, vulnerabilities: { status: 'unmeasured', reason: 'no vulnerability report was read', tools: [] } })
    expect(j.warnings).toEqual([
      'vulnerabilities not measured: no vulnerability report was read. A warning at target dev only: at staging and production this fails the gate (set quality_gates.security.vulnerabilities: false to turn the half off explicitly)'
    ])
    for (const target of ['staging', 'production'] as const) {
      const strict = judgeSecurity([secrets(0)], limits, { target })
      expect(strict.passed).toBe(false)
      expect(strict.errors).toEqual([
        `vulnerabilities not measured: no vulnerability report was read. At target ${target} every enabled half of the security gate must be measured: make it run here, or set quality_gates.security.vulnerabilities: false to turn the half off explicitly`
      ])
    }
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
    const j = judgeSecurity([bandit], limits, dev)
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
    const j = judgeSecurity([secrets(0), pipAudit], limits, dev)
    expect(j.passed).toBe(false)
    expect(j.details).toMatchObject({ unknown_severity: 4, high: 0 })
    expect(j.errors[0]).toMatch(/4 vulnerabilities with no severity/)
  })

  test('an empty report of unknown format fails, asking for the format', () => {
    const j = judgeSecurity([{ format: 'unknown', tool: 'unknown', counts: counts(), findings: [] }], limits, dev)
    expect(j.passed).toBe(false)
    expect(j.errors[0]).toMatch(/format: secretlint-json/)
  })

  test('a report that measures neither fails', () => {
    const j = judgeSecurity([{ format: 'eslint-json', tool: 'eslint', counts: counts(), findings: [] }], limits, dev)
    expect(j.passed).toBe(false)
  })

  test('a report read for a half that is off is not judged: its findings neither count nor show', () => {
    const j = judgeSecurity([secrets(3), audit({ critical: 0, high: 0, medium: 0, low: 0 })], { ...limits, secrets: false }, { target: 'production' })
    expect(j.passed).toBe(true)
    expect(j.details.secret_count).toBeNull()
    expect(j.details.halves).toMatchObject({ secrets: { status: 'off', reason: 'the secretlint report not judged' }, vulnerabilities: { status: 'measured' } })
    expect(j.findings).toEqual([])
    expect(j.warnings).toEqual(['secrets off by configuration (quality_gates.security.secrets: false): not checked; the secretlint report not judged'])
  })

  test('an unreadable report of one half leaves that half unmeasured, with the reason, and the counts read still count', () => {
    const unread = [{ half: 'vulnerabilities' as const, where: 'stages.refactoring.security.reports[1]', problem: 'npm audit itself failed, so nothing was audited: This command requires an existing lockfile.' }]
    const both = [secrets(0), audit({ critical: 1, high: 0, medium: 0, low: 0 })]
    const j = judgeSecurity(both, limits, { target: 'staging', unread })
    expect(j.passed).toBe(false)
    expect(j.details).toMatchObject({ critical: 1, halves: { vulnerabilities: { status: 'unmeasured', tools: ['npm-audit'] } } })
    expect(j.errors).toEqual([
      '1 critical vulnerability, more than the 0 allowed',
      'vulnerabilities not measured: stages.refactoring.security.reports[1] could not be read (npm audit itself failed, so nothing was audited: This command requires an existing lockfile.). At target staging every enabled half of the security gate must be measured: make it run here, or set quality_gates.security.vulnerabilities: false to turn the half off explicitly'
    ])
  })

  test('no report of either half read: nothing measured fails even at dev', () => {
    const j = judgeSecurity([], limits, dev)
    expect(j.passed).toBe(false)
    expect(j.errors).toEqual(['the security gate measured nothing: no half of it was measured'])
    expect(j.warnings).toHaveLength(2)
  })
})

/**
 * Every half in every state at every target. Measured: its report was read. Unmeasured: its report could not be read
 * (the reason is given). Off: `quality_gates.security.<half>: false`.
 */
describe('security gate halves × targets', () => {
  const STATES: HalfStatus[] = ['measured', 'unmeasured', 'off']
  const TARGETS: Target[] = ['dev', 'staging', 'production']
  const WHY: Record<SecurityHalf, string> = {
    secrets: 'the security command (exit status 127 (command not found)) wrote no report at /w/.spec-to-production/runs/1/reports/secretlint.json',
    vulnerabilities: 'npm audit itself failed, so nothing was audited: request to http://127.0.0.1:1/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:1'
  }
  const WHERE: Record<SecurityHalf, string> = { secrets: 'stages.refactoring.security.report', vulnerabilities: 'stages.refactoring.security.reports[0]' }
  const cases = STATES.flatMap((s) => STATES.flatMap((v) => TARGETS.map((target) => [s, v, target] as const)))

  test.each(cases)('secrets %s, vulnerabilities %s, target %s', (s, v, target) => {
    const state: Record<SecurityHalf, HalfStatus> = { secrets: s, vulnerabilities: v }
    const reports = [...(s === 'measured' ? [secrets(0)] : []), ...(v === 'measured' ? [audit({ critical: 0, high: 0, medium: 1, low: 2 })] : [])]
    const halves = ['secrets', 'vulnerabilities'] as const
    const unread = halves.filter((h) => state[h] === 'unmeasured').map((half) => ({ half, where: WHERE[half], problem: WHY[half] }))
    const skipped = halves.filter((h) => state[h] === 'off').map((half) => ({ half, where: WHERE[half] }))
    const j = judgeSecurity(reports, { ...limits, secrets: s !== 'off', vulnerabilities: v !== 'off' }, { target, unread, skipped })

    for (const half of halves) {
      const h = (j.details.halves as Record<SecurityHalf, { status: HalfStatus; reason?: string }>)[half]
      expect(h.status).toBe(state[half])
      if (state[half] === 'unmeasured') expect(h.reason).toBe(`${WHERE[half]} could not be read (${WHY[half]})`)
      if (state[half] === 'off') expect(h.reason).toBe(`${WHERE[half]} not read`)
      // An off or unmeasured half never shows counts, as if it were clean.
      if (state[half] !== 'measured') {
        if (half === 'secrets') expect(j.details.secret_count).toBeNull()
        else expect(j.details).toMatchObject({ critical: null, high: null, medium: null, low: null })
      }
      const said = [...j.errors, ...j.warnings].filter((m) => m.startsWith(`${half} `))
      if (state[half] === 'measured') expect(said).toEqual([])
      if (state[half] === 'off') {
        expect(j.warnings).toContain(`${half} off by configuration (quality_gates.security.${half}: false): not checked; ${WHERE[half]} not read`)
      }
      if (state[half] === 'unmeasured') {
        // Named, with why, and with the key that turns it off.
        const message = target === 'dev' ? j.warnings.find((w) => w.startsWith(`${half} not measured`)) : j.errors.find((e) => e.startsWith(`${half} not measured`))
        expect(message).toBeDefined()
        expect(message).toContain(WHY[half])
        expect(message).toContain(`set quality_gates.security.${half}: false to turn the half off explicitly`)
        if (target === 'dev') expect(message).toContain('at staging and production this fails the gate')
        else expect(message).toContain(`At target ${target} every enabled half of the security gate must be measured`)
      }
    }

    const measured = s === 'measured' || v === 'measured'
    const unmeasuredEnabled = s === 'unmeasured' || v === 'unmeasured'
    const expected = measured && (target === 'dev' || !unmeasuredEnabled)
    expect(j.passed).toBe(expected)
    if (!measured) {
      // Nothing measured is never a pass: at dev the gate says so in one error.
      if (target === 'dev' || !unmeasuredEnabled) {
        expect(j.errors).toEqual([
          s === 'off' && v === 'off'
            ? 'both halves of the security gate are off by configuration: nothing was checked (set stages.refactoring.security.enabled: false to skip the step on purpose)'
            : 'the security gate measured nothing: no half of it was measured'
        ])
      }
    }
  })
})

describe('an audit that audited no package', () => {
  const empty = (tool: string, format: string): FindingsReport => ({ ...audit({ critical: 0, high: 0, medium: 0, low: 0 }), tool, format, audited: 0 })

  test('is no measurement of vulnerabilities: a warning at dev, a failure at staging, naming the tool', () => {
    const reason = 'osv-scanner audited no package (no lock file or manifest found, or an empty environment): nothing was checked'
    const j = judgeSecurity([secrets(0), empty('osv-scanner', 'osv-scanner-json')], limits, dev)
    expect(j.passed).toBe(true)
    expect(j.details.halves).toEqual({ secrets: { status: 'measured', tools: ['secretlint'] }, vulnerabilities: { status: 'unmeasured', reason, tools: ['osv-scanner'] } })
    expect(j.warnings).toEqual([expect.stringMatching(/^vulnerabilities not measured: osv-scanner audited no package/)])
    const strict = judgeSecurity([secrets(0), empty('osv-scanner', 'osv-scanner-json')], limits, { target: 'staging' })
    expect(strict.passed).toBe(false)
    expect(strict.errors).toEqual([`vulnerabilities not measured: ${reason}. At target staging every enabled half of the security gate must be measured: make it run here, or set quality_gates.security.vulnerabilities: false to turn the half off explicitly`])
  })

  test('another audit that looked at packages still measures the half; one that does not say how many is taken as measured', () => {
    const some = { ...audit({ critical: 0, high: 0, medium: 0, low: 0 }), audited: 12 }
    expect(judgeSecurity([secrets(0), empty('pip-audit', 'pip-audit-json'), some], limits, { target: 'production' }).passed).toBe(true)
    expect(judgeSecurity([secrets(0), audit({ critical: 0, high: 0, medium: 0, low: 0 })], limits, { target: 'production' }).passed).toBe(true)
  })
})
