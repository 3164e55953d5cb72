import { describe, expect, it } from '@jest/globals'
import { parseEslintJson } from '../../src/reports/findings/eslint.js'
import { ReportError } from '../../src/reports/types.js'
import { fixture, TS_WORKSPACE } from './fixture.js'

const options = { file: 'eslint.json', workspace: TS_WORKSPACE }

describe('eslint JSON (real eslint 10.15.0 output)', () => {
  const report = parseEslintJson(fixture('eslint/eslint.json'), options)

  it('counts as eslint printed: ✖ 12 problems (9 errors, 3 warnings), 1 error and 1 warning fixable', () => {
    expect(report.counts).toEqual({ error: 9, warning: 3, notice: 0 })
    expect(report.findings).toHaveLength(12)
    expect(report.fixable).toBe(2)
    expect(report).toMatchObject({ format: 'eslint-json', tool: 'eslint' })
  })

  it('keeps the fatal parse error as an error without a rule', () => {
    expect(report.findings[0]).toEqual({
      tool: 'eslint',
      severity: 'error',
      file: 'lint-only/broken.js',
      line: 1,
      column: 23,
      message: 'Parsing error: Expression expected.'
    })
  })

  it('maps severity 1 to warning and 2 to error, with workspace-relative paths and end lines', () => {
    expect(report.findings).toContainEqual({
      tool: 'eslint',
      rule: 'prefer-const',
      severity: 'warning',
      file: 'src/greeter.ts',
      line: 7,
      end_line: 7,
      column: 7,
      message: "'prefix' is never reassigned. Use 'const' instead."
    })
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'no-var', severity: 'error', file: 'src/greeter.ts', line: 8, column: 3 })
    )
    expect(report.findings.every((f) => !f.file.startsWith('/'))).toBe(true)
  })

  it('keeps absolute paths when the workspace is elsewhere', () => {
    const elsewhere = parseEslintJson(fixture('eslint/eslint.json'), { file: 'eslint.json', workspace: '/home/runner/work/app' })
    expect(elsewhere.findings[0].file).toBe('/tmp/samples/ts/lint-only/broken.js')
  })

  it('refuses a file whose errorCount disagrees with its messages', () => {
    const data = JSON.parse(fixture('eslint/eslint.json')) as { errorCount: number }[]
    data[2].errorCount = 4
    expect(() => parseEslintJson(JSON.stringify(data), options)).toThrow(
      new ReportError('eslint.json', 'eslint-json', '$[2].errorCount', "says 4 but the file's messages hold 5")
    )
  })

  it('refuses an unknown severity, naming its JSON path', () => {
    const text = JSON.stringify([{ filePath: '/tmp/samples/ts/a.ts', messages: [{ severity: 3, message: 'x' }] }])
    expect(() => parseEslintJson(text, options)).toThrow('$[0].messages[0].severity')
  })

  it('refuses a message without text', () => {
    const text = JSON.stringify([{ filePath: 'a.ts', messages: [{ severity: 2, ruleId: 'x' }] }])
    expect(() => parseEslintJson(text, options)).toThrow(/\$\[0\]\.messages\[0\]\.message\): expected a string, found nothing/)
  })
})
