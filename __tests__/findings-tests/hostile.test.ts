import { describe, expect, it } from '@jest/globals'
import { workspacePath } from '../../src/reports/findings/collect.js'
import { jsonErrorOffset, JSON_LIMITS, parseJsonText } from '../../src/reports/findings/json-text.js'
import { parseFindings } from '../../src/reports/findings/index.js'
import { parseEslintJson } from '../../src/reports/findings/eslint.js'
import { parseTscText } from '../../src/reports/findings/tsc.js'
import { ReportError } from '../../src/reports/types.js'
import { fixture, PY_WORKSPACE, TS_WORKSPACE } from './fixture.js'

const at = (file: string, format?: string) => ({ file, workspace: '/w', ...(format ? { format } : {}) })

describe('malformed JSON', () => {
  it.each([
    ['eslint/eslint.json', 'eslint-json'],
    ['ruff/ruff.json', 'ruff-json'],
    ['pyright/pyright.json', 'pyright-json'],
    ['secretlint/secretlint.json', 'secretlint-json'],
    ['detect-secrets/baseline.hand-made.json', 'detect-secrets-json']
  ])('a truncated %s is a ReportError at the end of the text, detected or named', (name, format) => {
    const full = fixture(name)
    const text = full.slice(0, Math.floor(full.length / 2))
    const lines = text.split('\n')
    const where = `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`
    expect(() => parseFindings(text, at('r.json', format))).toThrow(new ReportError('r.json', format, where, 'unexpected end of input: the JSON is empty or truncated'))
    expect(() => parseFindings(text, at('r.json'))).toThrow(`(${where}): unexpected end of input`)
  })

  it('locates a syntax error by line and column', () => {
    expect(() => parseFindings('[\n  {"filePath": "a",\n   "messages": [}]\n', at('r.json', 'eslint'))).toThrow(
      "r.json: not a valid eslint-json report (line 3, column 17): unexpected '}' in JSON"
    )
    expect(() => parseFindings('{"results": {}} trailing', at('r.json'))).toThrow('(line 1, column 17): unexpected character in JSON')
    expect(() => parseFindings('', at('r.json', 'pyright'))).toThrow('(line 1, column 1): unexpected end of input')
  })

  it('never quotes the report in a parse error (a secret scanner report may hold secrets)', () => {
    const text = '[{"filePath": "a", "messages": [{"message": "found AKIAQWERTYUIOPASDFGH" oops}]}]'
    let message = ''
    try {
      parseFindings(text, at('r.json', 'secretlint'))
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe("r.json: not a valid secretlint-json report (line 1, column 74): unexpected character in JSON")
    expect(message).not.toContain('AKIA')
  })

  it('the JSON scanner agrees with JSON.parse on what is valid', () => {
    for (const valid of ['[]', '{"a":[1,-2.5e+3,true,false,null,"x\\u00e9\\n"]}', ' 0 ', '"s"']) expect(jsonErrorOffset(valid)).toBe(-1)
    for (const [invalid, offset] of [['[1,]', 3], ['{"a" 1}', 5], ['01', 1], ['"\\x"', 1], ['[tru]', 1], ['{"a":1,}', 7]] as const) {
      expect(() => JSON.parse(invalid)).toThrow()
      expect(jsonErrorOffset(invalid)).toBe(offset)
    }
  })

  it('hostile nesting depth is a located error, not a stack overflow', () => {
    const deep = '['.repeat(1_000_000)
    expect(() => parseFindings(deep, at('r.json', 'eslint'))).toThrow('(line 1, column 1000001): unexpected end of input')
  })
})

describe('JSON past what a parse may take', () => {
  // V8's JSON.parse stops the process, nothing to catch, no report written: a 256 MB findings report `[1,1,…]` ended
  // the run with 'Fatal JavaScript invalid size error 134217727' (2.7 GB), 256 MB of `[{},{},…]` took the heap past
  // 4.3 GB and ran on for over 20 minutes, an object of 23 million members took more than 15. Now a text longer than
  // `scanAbove` is counted first and refused where it passes a limit (the defaults: at 1.3 s for those 256 MB).
  const small = { scanAbove: 0, maxMembers: 100, maxBytes: 72 * 500 }

  it('refuses values past the memory limit where they pass it, and an object past the member limit at its start', () => {
    const objects = `[${'{},'.repeat(999)}{}]`
    expect(() => parseJsonText(objects, 'r.json', 'eslint-json', small)).toThrow(
      /^r\.json: not a valid eslint-json report \(line 1, column 1499\): its values would take more than the 0 GB of memory a JSON report may take \(501 objects and arrays and 0 other values by here\): not read$/
    )
    const members = `{"results": {\n  ${Array.from({ length: 101 }, (_, i) => `"k${i}": []`).join(', ')}}}`
    expect(() => parseJsonText(members, 's.json', 'detect-secrets-json', small)).toThrow('(line 1, column 13): an object of more than 100 members: not read')
    // Defaults: the memory limit is met long before V8's largest array (2^27 - 2 elements of one value each).
    expect(JSON_LIMITS.maxBytes / 24).toBeLessThan(2 ** 27 - 2)
  })

  it('counts strings past escaped quotes, and reads a text within the limits as JSON.parse does', () => {
    const text = '{"a\\"b": 1, "c\\\\": ["x\\\\", "y\\"z", -1.5e3, true, null], "d": {"e": "f"}}'
    expect(parseJsonText(text, 'r.json', 'x', { ...small, maxMembers: 3 })).toEqual(JSON.parse(text))
    expect(() => parseJsonText(text, 'r.json', 'x', { ...small, maxMembers: 2 })).toThrow('(line 1, column 1): an object of more than 2 members')
    // 3 objects and arrays and 7 other values (keys are members, not values) fit 3 × 72 + 7 × 24 bytes, not a byte less.
    expect(parseJsonText(text, 'r.json', 'x', { ...small, maxBytes: 3 * 72 + 7 * 24 })).toEqual(JSON.parse(text))
    expect(() => parseJsonText(text, 'r.json', 'x', { ...small, maxBytes: 3 * 72 + 7 * 24 - 1 })).toThrow('memory')
  })
})

describe('hostile content', () => {
  it('__proto__ and constructor keys pollute nothing and are read as plain data', () => {
    const text =
      '{"results": {"__proto__": [{"type": "Secret Keyword", "line_number": 1, "polluted": true}],' +
      ' "constructor": [{"type": "Private Key", "line_number": 2}]}, "plugins_used": [], "__proto__": {"polluted": true}}'
    const report = parseFindings(text, at('s.json'))
    expect(report.tool).toBe('detect-secrets')
    expect(report.findings.map((f) => f.file)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(report)).toBe(Object.prototype)
    // A field only "inherited" through a __proto__ member is not there.
    const eslint = '[{"filePath": "a", "messages": [{"severity": 2, "__proto__": {"message": "inherited"}}]}]'
    expect(() => parseFindings(eslint, at('e.json'))).toThrow('($[0].messages[0].message): expected a string, found nothing')
    expect(() => parseFindings('{"results": {"a": []}, "plugins_used": [], "constructor": 1}', at('s.json'))).not.toThrow()
  })

  it('a raw NUL byte in JSON is a located error; escaped control characters never reach a finding', () => {
    expect(() => parseFindings('[{"filePath": "a\u0000", "messages": []}]', at('r.json', 'eslint'))).toThrow(
      '(line 1, column 17): unexpected control character U+0000 in JSON'
    )
    expect(() => parseFindings('\u0000[]', at('r.json'))).toThrow('not a valid findings report (line 1): not JSON')
    const text = JSON.stringify([
      { filePath: '/w/src/a\u0000.ts', messages: [{ severity: 2, ruleId: 'r\u0000x', message: 'bad\u0000\u001b[31m\r\nnext', line: 1 }] }
    ])
    const [finding] = parseFindings(text, at('r.json')).findings
    expect(finding).toEqual({ tool: 'eslint', rule: 'r\uFFFDx', severity: 'error', file: 'src/a\uFFFD.ts', line: 1, message: 'bad\uFFFD\uFFFD[31m\nnext' })
    const tsc = parseTscText('src/a.ts(1,2): error TS1: nul\u0000here\n', at('tsc.txt'))
    expect(JSON.stringify(tsc)).not.toContain('\\u0000')
  })

  it('bounds a huge message', () => {
    const text = JSON.stringify([{ filePath: '/w/a', messages: [{ severity: 1, message: 'x'.repeat(1_000_000) }] }])
    const [finding] = parseFindings(text, at('r.json')).findings
    expect(finding.message).toHaveLength(4000)
    expect(finding.message.endsWith('…')).toBe(true)
  })

  it('refuses wrong types with the JSON path of the value', () => {
    expect(() => parseFindings('[{"filePath": "a", "messages": [{"severity": 2, "message": "m", "line": "3"}]}]', at('r.json'))).toThrow(
      '($[0].messages[0].line): expected a whole number, found a string'
    )
    expect(() => parseFindings('[{"filePath": "a", "messages": {}}]', at('r.json', 'eslint'))).toThrow('($[0].messages): expected an array, found an object')
    expect(() => parseFindings('{"generalDiagnostics": [null]}', at('r.json'))).toThrow('($.generalDiagnostics[0]): expected an object, found null')
  })
})

describe('paths', () => {
  it('makes paths inside the workspace relative with forward slashes', () => {
    expect(workspacePath('/w/src/a.ts', '/w')).toBe('src/a.ts')
    expect(workspacePath('/w/src/a.ts', '/w/')).toBe('src/a.ts')
    expect(workspacePath('/w/./src/../lib/a.ts', '/w')).toBe('lib/a.ts')
    expect(workspacePath('./src/a.ts', '/w')).toBe('src/a.ts')
    expect(workspacePath('src\\win\\a.ts', '/w')).toBe('src/win/a.ts')
    expect(workspacePath('D:\\a\\repo\\src\\x.ts', 'd:\\a\\repo')).toBe('src/x.ts')
    expect(workspacePath('/any/where.ts', '/')).toBe('any/where.ts')
  })

  it('keeps a path outside the workspace exactly as given, resolving nothing', () => {
    for (const outside of ['/etc/passwd', '/w/../etc/passwd', '/w/src/../../etc/shadow', '/wx/a.ts', '../up.ts', 'src/../../up.ts', 'D:\\other\\a.ts']) {
      expect(workspacePath(outside, '/w')).toBe(outside)
    }
    expect(workspacePath('/w/a.ts', 'relative/workspace')).toBe('/w/a.ts')
  })

  it('findings from the real reports keep outside paths as given', () => {
    const report = parseFindings(fixture('ruff/ruff.json'), { file: 'ruff.json', workspace: '/somewhere/else' })
    expect(report.findings[0].file).toBe(`${PY_WORKSPACE}/app/broken.py`)
  })
})

describe('many findings', () => {
  const many = (n: number): string =>
    JSON.stringify(
      Array.from({ length: n }, (_, i) => ({
        code: 'F401',
        filename: `/w/src/m${i % 100}.py`,
        location: { row: i + 1, column: 1 },
        end_location: { row: i + 1, column: 5 },
        fix: i % 2 === 0 ? { applicability: 'safe', edits: [], message: 'fix' } : null,
        message: `finding ${i}`,
        severity: i % 10 === 0 ? 'warning' : 'error'
      }))
    )
  const text = many(100_000)

  it('100k findings: 5000 kept, the most severe first (the first 5000 errors, in order), the counts exact', () => {
    const report = parseFindings(text, at('ruff.json'))
    expect(report.findings).toHaveLength(5000)
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true)
    // Every tenth finding is a warning: the 5000th error is finding 5555.
    expect([report.findings[0].message, report.findings[4999].message]).toEqual(['finding 1', 'finding 5555'])
    expect(report.counts).toEqual({ error: 90_000, warning: 10_000, notice: 0 })
    expect(report.fixable).toBe(50_000)
  })

  it('maxFindings sets the bound, 0 included; a bad bound is a programming error', () => {
    expect(parseFindings(text, { ...at('ruff.json'), maxFindings: 10 }).findings).toHaveLength(10)
    const none = parseFindings(text, { ...at('ruff.json'), maxFindings: 0 })
    expect(none.findings).toEqual([])
    expect(none.counts.error).toBe(90_000)
    expect(() => parseFindings('[]', { ...at('r.json', 'ruff'), maxFindings: -1 })).toThrow(RangeError)
  })

  it('100k tsc lines: exact counts, bounded list', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `src/a.ts(${i + 1},1): error TS2322: e${i}\n  more`).join('\n')
    const report = parseTscText(`${lines}\nFound 100000 errors in 1 file.\n`, { file: 'tsc.txt', workspace: TS_WORKSPACE })
    expect(report.counts.error).toBe(100_000)
    expect(report.findings).toHaveLength(5000)
  })

  it('100k eslint messages from a real-shaped report', () => {
    const messages = Array.from({ length: 100_000 }, (_, i) => ({ ruleId: 'no-var', severity: (i % 2) + 1, message: 'm', line: 1, column: 1 }))
    const text = JSON.stringify([{ filePath: `${TS_WORKSPACE}/a.ts`, messages, errorCount: 50_000, warningCount: 50_000, fixableErrorCount: 7, fixableWarningCount: 0 }])
    const report = parseEslintJson(text, { file: 'eslint.json', workspace: TS_WORKSPACE })
    expect(report.counts).toEqual({ error: 50_000, warning: 50_000, notice: 0 })
    expect(report.findings).toHaveLength(5000)
    expect(report.fixable).toBe(7)
  })
})
