import { describe, expect, it } from '@jest/globals'
import { parseFindings } from '../../src/reports/findings/index.js'
import { fixture } from './fixture.js'

const WORKSPACE = '/tmp/samples/svelte'

describe('svelte-check machine output (real svelte-check 4.7.9 runs)', () => {
  it('reads --output machine-verbose: the .svelte component and the .ts module, 1-based, TypeScript codes as tsc names them', () => {
    const report = parseFindings(fixture('svelte-check/machine-verbose.txt'), { file: 'svelte-check.txt', workspace: WORKSPACE })
    expect(report.format).toBe('svelte-check-machine')
    expect(report.tool).toBe('svelte-check')
    expect(report.counts).toEqual({ error: 2, warning: 1, notice: 0 })
    expect(report.findings).toEqual([
      { tool: 'svelte-check', rule: 'TS2322', severity: 'error', file: 'src/lib/main.ts', line: 1, end_line: 1, column: 14, message: "Type 'string' is not assignable to type 'number'." },
      {
        tool: 'svelte-check',
        rule: 'a11y_missing_attribute',
        severity: 'warning',
        file: 'src/lib/Counter.svelte',
        line: 7,
        end_line: 7,
        column: 1,
        message: '`<img>` element should have an alt attribute\nhttps://svelte.dev/e/a11y_missing_attribute'
      },
      { tool: 'svelte-check', rule: 'TS2322', severity: 'error', file: 'src/lib/Counter.svelte', line: 2, end_line: 2, column: 7, message: "Type 'number' is not assignable to type 'string'." },
    ])
  })

  it('reads --output machine the same, but for the codes it does not print', () => {
    const verbose = parseFindings(fixture('svelte-check/machine-verbose.txt'), { file: 'v.txt', workspace: WORKSPACE })
    const plain = parseFindings(fixture('svelte-check/machine.txt'), { file: 'p.txt', workspace: WORKSPACE, format: 'svelte-check' })
    expect(plain.counts).toEqual(verbose.counts)
    expect(plain.findings).toEqual(verbose.findings.map((f) => ({ tool: f.tool, severity: f.severity, file: f.file, line: f.line, column: f.column, message: f.message })))
  })

  it('a clean run is 0 errors; a run that did not finish, or whose diagnostics do not add up, is refused', () => {
    expect(parseFindings(fixture('svelte-check/machine-verbose-clean.txt'), { file: 'c.txt', workspace: WORKSPACE }).counts).toEqual({ error: 0, warning: 0, notice: 0 })
    const text = fixture('svelte-check/machine-verbose.txt')
    const cut = text.split('\n').slice(0, 3).join('\n')
    expect(() => parseFindings(cut, { file: 'r.txt', workspace: WORKSPACE })).toThrow('r.txt: not a valid svelte-check-machine report (end): no "COMPLETED … FILES … ERRORS … WARNINGS" line')
    const lost = text.split('\n').filter((l) => !l.includes('"main.ts') && !l.includes('src/lib/main.ts')).join('\n')
    expect(() => parseFindings(lost, { file: 'r.txt', workspace: WORKSPACE })).toThrow('(line 4): svelte-check says 2 errors and 1 warnings but 1 and 1 were found')
    expect(() => parseFindings('1796676868958 START "/w"\n1796676868959 FAILURE "Cannot find tsconfig"\n', { file: 'r.txt', workspace: '/w' })).toThrow(
      'r.txt: not a valid svelte-check-machine report (line 2): svelte-check stopped: Cannot find tsconfig'
    )
    expect(() => parseFindings('1796676868958 START "/w"\nhello\n1 COMPLETED 1 FILES 0 ERRORS 0 WARNINGS\n', { file: 'r.txt', workspace: '/w', format: 'svelte-check' })).toThrow(
      '(line 2): a line svelte-check --output machine or machine-verbose does not write'
    )
  })
})
