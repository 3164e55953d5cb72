/**
 * Gate test_pass_rate: exact counts, never a rounded figure. Large reports are generated and parsed for real, so the
 * counts the gate sees are the parser's.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { judgePassRate, meetsPassRate, passRatePercent } from '../../src/gates/tests.js'
import { parseJUnit } from '../../src/reports/junit.js'
import type { TestReport } from '../../src/reports/types.js'

/** A JUnit report of `passed` passing and `failed` failing test cases, yielded in pieces. */
async function* junit(passed: number, failed: number): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="generated">\n'
  const block = 10_000
  for (let i = 0; i < passed; i += block) {
    let chunk = ''
    for (let k = i; k < Math.min(passed, i + block); k++) chunk += `<testcase classname="gen.c${k % 97}" name="t${k}"/>\n`
    yield chunk
  }
  for (let k = 0; k < failed; k++) yield `<testcase classname="gen.bad" name="f${k}"><failure message="boom ${k}"/></testcase>\n`
  yield '</testsuite>\n</testsuites>\n'
}

function report(totals: Partial<TestReport['totals']>): TestReport {
  return {
    format: 'junit',
    totals: { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, ...totals },
    failures: [],
    failures_truncated: false
  }
}

describe('judgePassRate compares exact counts', () => {
  it('fails 20,000 passed + 1 failed at required 100, and shows 99.99, never 100', async () => {
    const parsed = await parseJUnit(junit(20_000, 1), { file: 'big.xml', workspace: '/w' })
    expect(parsed.totals).toMatchObject({ total: 20_001, passed: 20_000, failed: 1 })
    const j = judgePassRate(parsed, 100)
    expect(j.passed).toBe(false)
    expect(j.details.pass_rate).toBe(99.99)
    expect(j.errors[0]).toBe('pass rate 99.99% is below the required 100% (20000 of 20001 executed tests passed: 1 failed, 0 errors)')
    expect(j.errors[0]).not.toMatch(/\b100(\.0+)?% is/)
  })

  it('fails 11,000,000 passed + 1 failed (a rate that rounds to 100 at any two-decimal display)', () => {
    const j = judgePassRate(report({ total: 11_000_001, passed: 11_000_000, failed: 1 }), 100)
    expect(j.passed).toBe(false)
    expect(j.details.pass_rate).toBe(99.99)
    expect(j.details.executed).toBe(11_000_001)
  })

  it('fails one error among millions the same way, and passes when everything passed', () => {
    expect(judgePassRate(report({ total: 5_000_001, passed: 5_000_000, errors: 1 }), 100).passed).toBe(false)
    const all = judgePassRate(report({ total: 11_000_001, passed: 11_000_001 }), 100)
    expect(all.passed).toBe(true)
    expect(all.details.pass_rate).toBe(100)
  })

  it('compares other thresholds exactly: 99.9 of 1000 needs 999 passed', () => {
    expect(meetsPassRate(999, 1000, 99.9)).toBe(true)
    expect(meetsPassRate(998, 1000, 99.9)).toBe(false)
    // 99.95 passes 99.9 but not 99.951; a rounded figure (99.95) would pass both.
    expect(meetsPassRate(19_990, 20_000, 99.95)).toBe(true)
    expect(meetsPassRate(19_990, 20_000, 99.951)).toBe(false)
    expect(meetsPassRate(0, 10, 0)).toBe(true)
  })

  it('agrees with rational arithmetic on random counts and thresholds, and the shown rate never overstates', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20_000_000 }), fc.nat({ max: 20_000_000 }), fc.integer({ min: 0, max: 10_000 }), (a, b, hundredths) => {
        const executed = Math.max(a, b, 1)
        const passed = Math.min(a, b)
        const required = hundredths / 100
        // passed / executed >= hundredths / 10000, on integers.
        expect(meetsPassRate(passed, executed, required)).toBe(BigInt(passed) * 10_000n >= BigInt(hundredths) * BigInt(executed))
        const shown = passRatePercent(passed, executed)
        expect(shown * executed).toBeLessThanOrEqual(passed * 100 + 1e-6 * executed)
        if (passed < executed) expect(shown).toBeLessThan(100)
      }),
      { numRuns: 2000 }
    )
  })

  it('fails a report whose every test was skipped or not run, saying so', () => {
    const j = judgePassRate(report({ total: 2, skipped: 2 }), 100)
    expect(j.passed).toBe(false)
    expect(j.errors[0]).toMatch(/no executed test \(all 2 test\(s\) in the report were skipped or not run\)/)
  })
})
