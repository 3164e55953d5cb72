import { describe, expect, it } from '@jest/globals'
import { parseBanditJson } from '../../src/reports/findings/bandit.js'
import { parseFindings } from '../../src/reports/findings/index.js'
import { parsePylintJson } from '../../src/reports/findings/pylint.js'
import { fixture, PY_WORKSPACE } from './fixture.js'

const BANDIT_WORKSPACE = '/tmp/samples/bandit'

describe('pylint JSON (real pylint 4.1.1 output)', () => {
  const options = { file: 'pylint.json', workspace: PY_WORKSPACE }
  const json = parsePylintJson(fixture('pylint/pylint.json'), options)
  const json2 = parsePylintJson(fixture('pylint/pylint-json2.json'), options)

  it('counts every message pylint printed, by its message type', () => {
    const printed = fixture('pylint/pylint.console.txt')
      .split('\n')
      .filter((line) => /^app\/\S+:\d+:\d+: [CRWEFI]\d{4}: /.test(line))
    expect(printed).toHaveLength(21)
    expect(json.counts).toEqual({ error: 3, warning: 18, notice: 0 })
    const letters = printed.map((line) => /: ([CRWEFI])\d{4}: /.exec(line)![1])
    expect(letters.filter((l) => l === 'E' || l === 'F')).toHaveLength(json.counts.error)
    expect(json).toMatchObject({ format: 'pylint-json', tool: 'pylint' })
  })

  it('json and json2 give the same findings; json2 agrees with statistics.messageTypeCount', () => {
    // json2 also says how many modules it linted (a clean run of 0 modules checked nothing).
    expect(json2).toEqual({ ...json, checked_count: 7 })
    const stats = (JSON.parse(fixture('pylint/pylint-json2.json')) as { statistics: { messageTypeCount: Record<string, number> } }).statistics
    expect(stats.messageTypeCount).toEqual({ fatal: 0, error: 3, warning: 3, refactor: 1, convention: 14, info: 0 })
  })

  it('keeps symbol, 1-based column, end line and workspace-relative path', () => {
    expect(json.findings[0]).toEqual({
      tool: 'pylint',
      rule: 'syntax-error',
      severity: 'error',
      file: 'app/broken.py',
      line: 5,
      column: 9,
      message: "Parsing failed: ''(' was never closed (app.broken, line 5)'"
    })
    expect(json2.findings).toContainEqual({
      tool: 'pylint',
      rule: 'undefined-variable',
      severity: 'error',
      file: 'app/inventory.py',
      line: 24,
      end_line: 24,
      column: 30,
      message: "Undefined variable 'labels'"
    })
  })

  it('maps info to notice and refuses an unknown type or a tally that disagrees', () => {
    const info = JSON.stringify([{ type: 'info', 'message-id': 'I0011', symbol: 'locally-disabled', message: 'm', path: 'a.py', line: 1, column: 0 }])
    expect(parseFindings(info, { ...options, file: 'p.json' }).counts).toEqual({ error: 0, warning: 0, notice: 1 })
    const bad = JSON.stringify([{ type: 'style', 'message-id': 'X', message: 'm', path: 'a.py' }])
    expect(() => parsePylintJson(bad, options)).toThrow('($[0].type): unknown message type (expected one of fatal, error, warning, refactor, convention, info)')
    const lying = JSON.stringify({ messages: [], statistics: { messageTypeCount: { error: 2 } } })
    expect(() => parsePylintJson(lying, options)).toThrow('($.statistics.messageTypeCount.error): says 2 but the messages hold 0')
  })
})

describe('bandit JSON (real bandit 1.6.2 output)', () => {
  const text = fixture('bandit/bandit.json')
  const report = parseBanditJson(text, { file: 'bandit.json', workspace: BANDIT_WORKSPACE })

  it('grades as bandit totals them: "Low: 5.0, Medium: 4.0, High: 2.0"', () => {
    const console = fixture('bandit/bandit.console.txt')
    const total = (level: string) => Number(new RegExp(`\\t\\t${level}: ([\\d.]+)`).exec(console)![1])
    expect(report.vulnerabilities).toEqual({ critical: 0, high: total('High'), medium: total('Medium'), low: total('Low') })
    expect(report.vulnerabilities).toEqual({ critical: 0, high: 2, medium: 4, low: 5 })
    expect(report).toMatchObject({ format: 'bandit-json', tool: 'bandit', kind: 'problems' })
    // 11 graded issues (HIGH → error, MEDIUM → warning, LOW → notice) and the file bandit skipped, as a warning.
    expect(report.counts).toEqual({ error: 2, warning: 5, notice: 5 })
  })

  it('a file bandit could not parse is a warning: its code was not checked', () => {
    expect(report.findings).toContainEqual({
      tool: 'bandit',
      rule: 'bandit-skipped-file',
      severity: 'warning',
      file: 'app/broken.py',
      message: 'bandit could not scan this file: syntax error while parsing AST from file'
    })
  })

  it('keeps test id, place, confidence; never the code nor a quoted password', () => {
    expect(report.findings[0]).toEqual({
      tool: 'bandit',
      rule: 'B501',
      severity: 'error',
      file: 'app/server.py',
      line: 6,
      end_line: 6,
      message: 'Requests call with verify=False disabling SSL certificate checks, security issue. (confidence: high)',
      security_severity: 'high'
    })
    expect(text).toContain('Tr0ub4dor-not-real')
    const serialized = JSON.stringify(report)
    expect(serialized).not.toContain('Tr0ub4dor-not-real')
    expect(serialized).not.toContain('verify=False).text') // from `code`
    expect(report.findings.find((f) => f.rule === 'B106')?.message).toBe('Possible hardcoded password (value not shown) (confidence: medium)')
  })

  it('reads newer bandit fields (col_offset, end_line_number, issue_cwe) and UNDEFINED severity', () => {
    const newer = JSON.stringify({
      errors: [],
      metrics: { _totals: { 'SEVERITY.HIGH': 1, 'SEVERITY.UNDEFINED': 1 } },
      results: [
        {
          filename: '/w/a.py',
          line_number: 3,
          end_line_number: 4,
          col_offset: 4,
          issue_severity: 'HIGH',
          issue_confidence: 'MEDIUM',
          issue_cwe: { id: 78, link: 'https://cwe.mitre.org/data/definitions/78.html' },
          issue_text: 'shell',
          test_id: 'B602',
          code: 'SECRET CODE'
        },
        { filename: '/w/a.py', line_number: 9, issue_severity: 'UNDEFINED', issue_text: 'odd', test_id: 'B999' }
      ]
    })
    const r = parseFindings(newer, { file: 'b.json', workspace: '/w' })
    expect(r.findings).toEqual([
      { tool: 'bandit', rule: 'B602', severity: 'error', file: 'a.py', line: 3, end_line: 4, column: 5, message: 'shell (confidence: medium, CWE-78)', security_severity: 'high' },
      { tool: 'bandit', rule: 'B999', severity: 'notice', file: 'a.py', line: 9, message: 'odd' }
    ])
    expect(r.vulnerabilities).toEqual({ critical: 0, high: 1, medium: 0, low: 0 })
  })

  it('fewer results than the tallies is -l/-i filtering; more is a broken report', () => {
    const filtered = JSON.stringify({ results: [], errors: [], metrics: { _totals: { 'SEVERITY.LOW': 3.0 } } })
    expect(parseBanditJson(filtered, { file: 'b.json', workspace: '/w' }).counts).toEqual({ error: 0, warning: 0, notice: 0 })
    const broken = JSON.stringify({
      results: [{ filename: 'a.py', issue_severity: 'LOW', issue_text: 't', test_id: 'B101' }],
      metrics: { _totals: { 'SEVERITY.LOW': 0.0 } }
    })
    expect(() => parseBanditJson(broken, { file: 'b.json', workspace: '/w' })).toThrow('($.metrics._totals["SEVERITY.LOW"]): says 0 but the results hold 1')
    expect(() => parseBanditJson('{"results": [{"filename": "a", "issue_severity": "SEVERE"}]}', { file: 'b.json', workspace: '/w' })).toThrow(
      '($.results[0].issue_severity): unknown severity'
    )
  })
})
