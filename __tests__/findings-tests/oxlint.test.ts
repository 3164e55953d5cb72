import { describe, expect, it } from '@jest/globals'
import { parseFindings } from '../../src/reports/findings/index.js'
import { fixture } from './fixture.js'

const WORKSPACE = '/tmp/samples/oxlint'

describe('oxlint JSON (real oxlint 1.58.0 runs)', () => {
  it('reads --format json: the rule as oxlint names it, 1-based places, how many files it linted', () => {
    const report = parseFindings(fixture('oxlint/oxlint.json'), { file: 'oxlint.json', workspace: WORKSPACE })
    expect(report.format).toBe('oxlint-json')
    expect(report.tool).toBe('oxlint')
    expect(report.counts).toEqual({ error: 0, warning: 3, notice: 0 })
    expect(report.checked_count).toBe(3)
    expect(report.findings).toEqual([
      { tool: 'oxlint', rule: 'eslint(no-debugger)', severity: 'warning', file: 'src/a.ts', line: 2, column: 1, message: '`debugger` statement is not allowed' },
      {
        tool: 'oxlint',
        rule: 'eslint(no-unused-vars)',
        severity: 'warning',
        file: 'src/a.ts',
        line: 1,
        column: 7,
        message: "Variable 'x' is declared but never used. Unused variables should start with a '_'."
      },
      { tool: 'oxlint', rule: 'eslint(use-isnan)', severity: 'warning', file: 'src/b.js', line: 2, column: 12, message: 'Checking equality with NaN will always return false' }
    ])
    // Named, the same.
    expect(parseFindings(fixture('oxlint/oxlint.json'), { file: 'oxlint.json', workspace: WORKSPACE, format: 'oxlint' })).toEqual(report)
  })

  it('a clean run is 0 issues over the files it linted; a bad severity is refused, naming where', () => {
    const clean = parseFindings(fixture('oxlint/oxlint-clean.json'), { file: 'c.json', workspace: WORKSPACE })
    expect(clean).toMatchObject({ format: 'oxlint-json', counts: { error: 0, warning: 0, notice: 0 }, checked_count: 1 })
    const bad = fixture('oxlint/oxlint.json').replace('"severity": "warning"', '"severity": "loud"')
    expect(() => parseFindings(bad, { file: 'r.json', workspace: WORKSPACE })).toThrow('r.json: not a valid oxlint-json report ($.diagnostics[0].severity): unknown severity (expected one of error, warning, advice)')
  })
})
