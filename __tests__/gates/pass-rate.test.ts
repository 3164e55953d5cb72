/**
 * Gate test_pass_rate: exact counts, never a rounded figure. Large reports are generated and parsed for real, so the
 * counts the gate sees are the parser's.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { judgePassRate, meetsPassRate, passRatePercent } from '../../src/gates/tests.js'
import { parseJUnit } from '../../src/reports/junit.js'
import type { TestReport } from '../../src/reports/types.js'
import { quarantinePolicy } from '../../src/gates/quarantine.js'

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

  it('a mocha-junit-reporter root whose skipped count is near 2^53 cannot make a failing test vanish from the executed tests', async () => {
    // 2 passes and 1 failure beside skipped="2^53 + 2": added as unlisted pending tests, total − skipped lost a unit
    // in floating point and read 2 of 2 executed tests passing, a pass at 100%.
    const xml =
      '<testsuites name="Mocha Tests" tests="3" failures="1" skipped="9007199254740994"><testsuite name="Root Suite" tests="3" failures="1">' +
      '<testcase name="a" classname="a" time="0.001"/><testcase name="b" classname="b" time="0.001"/>' +
      '<testcase name="c" classname="c" time="0.001"><failure message="expected 1 to equal 2"/></testcase></testsuite></testsuites>'
    const parsed = await parseJUnit(xml, { file: 'mocha.xml', workspace: '/w' })
    expect(parsed.totals).toMatchObject({ total: 3, passed: 2, failed: 1, skipped: 0 })
    expect(parsed.warnings).toContain('mocha.xml: the report says skipped="9007199254740994", more than 10000000 tests: not counted')
    expect(judgePassRate(parsed, 100)).toMatchObject({ passed: false, details: { executed: 3, pass_rate: 66.66 } })
    // Counts that do not add up never leave the failing tests out of the executed ones.
    const odd = judgePassRate(report({ total: 2 ** 53 + 4, passed: 2, failed: 1, skipped: 2 ** 53 + 2 }), 100)
    expect(odd).toMatchObject({ passed: false, details: { executed: 3 } })
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

describe('quarantine and flaky policy', () => {
  const today = '2026-06-01'
  async function parsed(xml: string, entries: Parameters<typeof quarantinePolicy>[0]) {
    const policy = quarantinePolicy(entries, today)
    const rep = await parseJUnit(xml, { file: 'j.xml', workspace: '/w', match: policy.match })
    return { rep, policy }
  }

  it('counts quarantined failures exactly past the 200 failures the report keeps, and passes only when all are excused', async () => {
    async function* big(): AsyncGenerator<string> {
      for await (const chunk of junit(10, 0)) if (!chunk.includes('</testsuite>')) yield chunk
      for (let k = 0; k < 1000; k++) yield `<testcase classname="net.slow" name="t${k}"><failure message="slow"/></testcase>\n`
      yield '<testcase classname="net.fast" name="x"><error message="real"/></testcase>\n</testsuite>\n</testsuites>\n'
    }
    const policy = quarantinePolicy([{ test: 'net.slow::*', reason: '#1' }], today)
    const rep = await parseJUnit(big(), { file: 'big.xml', workspace: '/w', match: policy.match })
    expect(rep.failures).toHaveLength(200)
    expect(rep.matched?.counts[0]).toEqual({ passed: 0, failed: 1000, errors: 0, skipped: 0, flaky: 0 })
    const j = judgePassRate(rep, 100, [], { flaky: 'warn', quarantine: policy })
    expect(j.passed).toBe(false)
    expect(j.details).toMatchObject({ quarantined_count: 1000, quarantined_failures: 1000, judged: { passed: 10, executed: 11 } })
    // The quarantined failures the report lists are warnings that say why; the other failure stays an error.
    // Quarantined failures never crowd a real one out of the 200 the report lists: it comes first, an error; the
    // quarantined ones after it are warnings that say why they did not count.
    expect(rep.failures[0].id).toBe('net.fast::x')
    expect(j.findings[0]).toMatchObject({ severity: 'error', message: 'net.fast › x: real' })
    expect(j.findings[1]).toMatchObject({ severity: 'warning', message: 'net.slow › t0: slow (quarantined: #1)' })
    expect(j.findings.filter((f) => f.severity === 'error')).toHaveLength(1)
    const all = quarantinePolicy([{ test: 'net.*', reason: '#1' }], today)
    const rep2 = await parseJUnit(big(), { file: 'big.xml', workspace: '/w', match: all.match })
    const j2 = judgePassRate(rep2, 100, [], { flaky: 'warn', quarantine: all })
    expect(j2.passed).toBe(true)
    expect(j2.details).toMatchObject({ quarantined_failures: 1001, judged: { passed: 10, executed: 10, pass_rate: 100 } })
    expect(j2.details.quarantined).toHaveLength(50)
  })

  it('follows reruns inside the report: a quarantined test that failed then passed is flaky, not an excused failure', async () => {
    const xml =
      '<testsuites><testsuite name="go">' +
      '<testcase classname="pkg" name="TestA"><failure message="1st"/></testcase><testcase classname="pkg" name="TestA"/>' +
      '<testcase classname="pkg" name="TestB"><failure message="1st"/></testcase><testcase classname="pkg" name="TestB"><error message="2nd"/></testcase>' +
      '<testcase classname="pkg" name="TestC"/>' +
      '</testsuite></testsuites>'
    const { rep, policy } = await parsed(xml, [{ test: 'pkg::TestA', reason: 'a' }, { test: 'pkg::TestB', reason: 'b' }])
    expect(rep.totals).toMatchObject({ total: 3, passed: 2, errors: 1, failed: 0 })
    expect(rep.matched?.counts).toEqual({ 0: { passed: 1, failed: 0, errors: 0, skipped: 0, flaky: 1 }, 1: { passed: 0, failed: 0, errors: 1, skipped: 0, flaky: 0 } })
    expect(rep.matched?.tests).toEqual([
      { id: 'pkg::TestA', key: 0, outcome: 'passed', flaky: true },
      { id: 'pkg::TestB', key: 1, outcome: 'error' }
    ])
    // flaky: fail charges TestA unless quarantined: here it is, so only the excused error remains and the gate passes.
    const j = judgePassRate(rep, 100, [], { flaky: 'fail', quarantine: policy })
    expect(j.passed).toBe(true)
    expect(j.details).toMatchObject({ quarantined_count: 2, quarantined_failures: 1, flaky_count: 1, flaky_policy: 'fail' })
  })

  it('counts a Surefire flaky pass and a skipped test matched by the quarantine, and an unmatched test not at all', async () => {
    const xml =
      '<testsuite name="s"><testcase classname="S" name="t"><flakyFailure message="x"/></testcase>' +
      '<testcase classname="S" name="u"><skipped/></testcase><testcase classname="T" name="v"/></testsuite>'
    const { rep } = await parsed(xml, [{ test: 'S::*', reason: 'r' }])
    expect(rep.matched).toEqual({
      counts: { 0: { passed: 1, failed: 0, errors: 0, skipped: 1, flaky: 1 } },
      tests: [
        { id: 'S::t', key: 0, outcome: 'passed', flaky: true },
        { id: 'S::u', key: 0, outcome: 'skipped' }
      ]
    })
  })

  it('flaky: fail counts unquarantined flaky tests as failed; warn and ignore pass them, only warn says so', async () => {
    const xml = '<testsuites><testsuite name="go"><testcase classname="p" name="A"><failure message="x"/></testcase><testcase classname="p" name="A"/><testcase classname="p" name="B"/></testsuite></testsuites>'
    const rep = await parseJUnit(xml, { file: 'j.xml', workspace: '/w' })
    const fail = judgePassRate(rep, 100, [], { flaky: 'fail' })
    expect(fail.passed).toBe(false)
    expect(fail.errors[0]).toBe('pass rate 50% is below the required 100% (1 of 2 judged tests passed: 0 failed, 0 errors; 1 flaky test(s) counted as failed (flaky: fail))')
    const warn = judgePassRate(rep, 100, [], { flaky: 'warn' })
    expect(warn.passed).toBe(true)
    expect(warn.warnings.join()).toMatch(/1 flaky test\(s\) failed first/)
    const ignore = judgePassRate(rep, 100, [], { flaky: 'ignore' })
    expect(ignore.passed).toBe(true)
    expect(ignore.warnings.join()).not.toMatch(/flaky/)
    // The default (no policy given) is today's behaviour: warn.
    expect(judgePassRate(rep, 100).warnings.join()).toMatch(/1 flaky test/)
  })

  it('expired entries fail the gate whatever their test did; stale entries warn; an excused-only run verifies nothing', async () => {
    const xml = '<testsuites><testsuite name="s"><testcase classname="a" name="ok"/><testcase classname="a" name="bad"><failure message="x"/></testcase></testsuite></testsuites>'
    const { rep, policy } = await parsed(xml, [
      { test: 'a::ok', reason: 'old', expires: '2026-05-31' },
      { test: 'a::bad', reason: 'tracked in #9', expires: '2026-06-01' },
      { test: 'gone::*', reason: 'removed' }
    ])
    expect(policy.expired.map((e) => e.test)).toEqual(['a::ok'])
    const j = judgePassRate(rep, 100, [], { flaky: 'warn', quarantine: policy })
    expect(j.passed).toBe(false)
    expect(j.errors).toEqual(['quarantine entry "a::ok" expired on 2026-05-31 (reason: old): fix the test and remove the entry, or give it a later date (expires, or its alias until)'])
    expect(j.warnings).toContain('quarantine entry "gone::*" matches no test of the report (reason: removed): remove it if the test was fixed or renamed')
    const only = await parsed('<testsuite name="s"><testcase classname="a" name="bad"><failure message="x"/></testcase></testsuite>', [{ test: 'a::*', reason: 'r' }])
    const none = judgePassRate(only.rep, 100, [], { flaky: 'warn', quarantine: only.policy })
    expect(none.passed).toBe(false)
    expect(none.errors[0]).toMatch(/every executed test that failed is quarantined and no other test ran/)
  })

  it('matches pytest node ids, file::name, and globs with * and ? only', () => {
    const p = quarantinePolicy(
      [
        { test: 'tests/net/test_x.py::TestRetry::test_a[1-2]', reason: 'r' },
        { test: 'src/b.test.ts::adds ?', reason: 'r' },
        { test: 'c.*::t', reason: 'r' }
      ],
      today
    )
    expect(p.match({ id: 'tests.net.test_x.TestRetry::test_a[1-2]', name: 'test_a[1-2]' })).toBe(0)
    expect(p.match({ id: 'tests.net.test_x.TestRetry::test_a[1-3]', name: 'test_a[1-3]' })).toBe(-1)
    expect(p.match({ id: 'adds 1', name: 'adds 1', file: 'src/b.test.ts' })).toBe(1)
    expect(p.match({ id: 'adds 12', name: 'adds 12', file: 'src/b.test.ts' })).toBe(-1)
    expect(p.match({ id: 'c.d.e::t', name: 't' })).toBe(2)
    expect(p.match({ id: 'cXd::t', name: 't' })).toBe(-1)
  })
})

describe("jest-junit's default titles (the full title as both classname and name)", () => {
  it('are said once in the failure finding and in every list of tests; other ids are shown as they are', async () => {
    const { shownTestId } = await import('../../src/view/report-view.js')
    const xml =
      '<testsuites><testsuite name="greet" tests="2" failures="2">' +
      '<testcase classname="greet says bye" name="greet says bye"><failure message="expected bye"/></testcase>' +
      '<testcase classname="greet" name="says hi"><failure message="expected hi"/></testcase></testsuite></testsuites>'
    const rep = await parseJUnit(xml, { file: 'j.xml', workspace: '/w' })
    expect(rep.failures.map((f) => f.id)).toEqual(['greet says bye::greet says bye', 'greet::says hi'])
    const j = judgePassRate(rep, 100, [])
    expect(j.findings.map((f) => f.message)).toEqual(['greet says bye: expected bye', 'greet › says hi: expected hi'])
    expect(rep.failures.map((f) => shownTestId(f.id))).toEqual(['greet says bye', 'greet::says hi'])
    for (const id of ['a::b', 'a::a::a', '::', 'x::x::y', 'tests/t.py::T::tests/t.py::T']) expect(shownTestId(id)).toBe(id === 'tests/t.py::T::tests/t.py::T' ? 'tests/t.py::T' : id)
  })
})
