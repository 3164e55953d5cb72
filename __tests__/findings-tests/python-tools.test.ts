import { describe, expect, it } from '@jest/globals'
import { parseFindings } from '../../src/reports/findings/index.js'
import { parseMypyText } from '../../src/reports/findings/mypy.js'
import { parseMypyJson } from '../../src/reports/findings/mypy-json.js'
import { parsePyrightJson } from '../../src/reports/findings/pyright.js'
import { parseRuffJson } from '../../src/reports/findings/ruff.js'
import { fixture, PY_WORKSPACE } from './fixture.js'

describe('ruff JSON (real ruff 0.16.9 output)', () => {
  const options = { file: 'ruff.json', workspace: PY_WORKSPACE }
  const report = parseRuffJson(fixture('ruff/ruff.json'), options)

  it('counts as ruff printed: "Found 11 errors." and "[*] 4 fixable with the `--fix` option"', () => {
    expect(report.counts).toEqual({ error: 11, warning: 0, notice: 0 })
    expect(report.fixable).toBe(4)
    expect(report).toMatchObject({ format: 'ruff-json', tool: 'ruff' })
  })

  it('makes absolute filenames workspace-relative and keeps rule, location and end line', () => {
    expect(report.findings).toContainEqual({
      tool: 'ruff',
      rule: 'F401',
      severity: 'error',
      file: 'app/inventory.py',
      line: 1,
      end_line: 1,
      column: 8,
      message: '`os` imported but unused'
    })
    expect(report.findings[0]).toMatchObject({ rule: 'invalid-syntax', file: 'app/broken.py', line: 5, column: 11 })
  })

  it('reads older ruff: code null for syntax errors, no severity, fix without applicability', () => {
    const text = JSON.stringify([
      { code: null, filename: '/w/a.py', location: { row: 1, column: 2 }, end_location: { row: 1, column: 3 }, fix: null, message: 'SyntaxError: x' },
      { code: 'F401', filename: '/w/a.py', location: { row: 2, column: 1 }, end_location: null, fix: { edits: [] }, message: 'unused' }
    ])
    const old = parseRuffJson(text, { file: 'ruff.json', workspace: '/w' })
    expect(old.findings[0]).toEqual({ tool: 'ruff', severity: 'error', file: 'a.py', line: 1, end_line: 1, column: 2, message: 'SyntaxError: x' })
    expect(old.fixable).toBe(1)
  })

  it('refuses a diagnostic without a filename', () => {
    expect(() => parseRuffJson('[{"code":"E1","message":"m","location":{"row":1,"column":1}}]', options)).toThrow(
      'ruff.json: not a valid ruff-json report ($[0].filename): expected a string, found nothing'
    )
  })
})

describe('pyright JSON (real pyright 1.1.414 output)', () => {
  const options = { file: 'pyright.json', workspace: PY_WORKSPACE }
  const report = parsePyrightJson(fixture('pyright/pyright.json'), options)

  it('counts as pyright printed: "11 errors, 3 warnings, 1 information"', () => {
    expect(report.counts).toEqual({ error: 11, warning: 3, notice: 1 })
    expect(report.findings).toHaveLength(15)
    expect(report).toMatchObject({ format: 'pyright-json', tool: 'pyright' })
  })

  it('turns 0-based ranges into 1-based lines and columns (pyright printed inventory.py:17:12)', () => {
    expect(report.findings).toContainEqual({
      tool: 'pyright',
      rule: 'reportReturnType',
      severity: 'error',
      file: 'app/inventory.py',
      line: 17,
      end_line: 17,
      column: 12,
      // pyright indents the explanation with no-break spaces.
      message: 'Type "float" is not assignable to return type "int"\n\u00a0\u00a0"float" is not assignable to "int"'
    })
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: 'notice', line: 36, column: 13, message: 'Type of "index" is "int"' }))
  })

  it('refuses a report whose summary disagrees with its diagnostics', () => {
    const data = JSON.parse(fixture('pyright/pyright.json')) as { summary: { warningCount: number } }
    data.summary.warningCount = 2
    expect(() => parsePyrightJson(JSON.stringify(data), options)).toThrow('($.summary.warningCount): says 2 but generalDiagnostics hold 3')
  })

  it('reads a file:// uri when there is no file, and a diagnostic without a range', () => {
    const text = JSON.stringify({
      generalDiagnostics: [{ uri: 'file:///w/src/a%20b.py', severity: 'warning', message: 'm' }],
      summary: { errorCount: 0, warningCount: 1, informationCount: 0 }
    })
    expect(parsePyrightJson(text, { file: 'p.json', workspace: '/w' }).findings).toEqual([
      { tool: 'pyright', severity: 'warning', file: 'src/a b.py', message: 'm' }
    ])
  })

  it('refuses an unknown severity and a missing generalDiagnostics', () => {
    expect(() => parsePyrightJson('{"generalDiagnostics":[{"file":"a","severity":"hint","message":"m"}]}', options)).toThrow(
      '($.generalDiagnostics[0].severity): unknown severity'
    )
    expect(() => parsePyrightJson('{"summary":{}}', options)).toThrow('($.generalDiagnostics): expected an array, found nothing')
  })
})

describe('mypy -O json (real mypy 2.4.0 output)', () => {
  const options = { file: 'mypy.json', workspace: PY_WORKSPACE }
  const text = (name: string) => parseMypyText(fixture(`mypy/${name}`), options)
  const read = (name: string, format?: string) => parseFindings(fixture(`mypy-json/${name}`), { ...options, ...(format ? { format } : {}) })

  it('is told from its content and counts as mypy printed for the same files: 6 errors, the reveal_type note a notice', () => {
    // Before it was read, a file of more than one line was refused as JSON with an unexpected '{' on line 2.
    const report = read('mypy.json')
    expect(report).toMatchObject({ format: 'mypy-json', tool: 'mypy', counts: { error: 6, warning: 0, notice: 1 } })
    // The same findings as mypy's own text with --show-column-numbers --show-error-end: columns from 1, not 0.
    const fromText = text('mypy-columns.txt').findings
    expect(report.findings).toEqual(fromText.map((f) => (f.severity === 'notice' ? { ...f, rule: 'misc' } : f)))
  })

  it('joins the notes of a diagnostic (its hint) to its message, as the text reader joins them', () => {
    const report = read('mypy-notes.json')
    expect(report.counts).toEqual({ error: 1, warning: 0, notice: 0 })
    expect(report.findings[0].message).toBe(text('mypy-notes.txt').findings[0].message)
    expect(read('mypy-syntax.json').counts).toEqual({ error: 2, warning: 0, notice: 0 })
  })

  it('is read when the format names mypy, and a clean run (an empty line) is 0 problems only as mypy-json', () => {
    expect(read('mypy.json', 'mypy').format).toBe('mypy-json')
    expect(read('mypy.json', 'mypy-text').counts.error).toBe(6)
    expect(read('mypy-clean.json', 'mypy-json')).toMatchObject({ format: 'mypy-json', counts: { error: 0, warning: 0, notice: 0 } })
    // As mypy text an empty report is a run that did not happen; the error says how to name the JSON output.
    expect(() => read('mypy-clean.json', 'mypy')).toThrow('name its report format mypy-json')
  })

  it('refuses a line that is not one of its objects, naming the line and the field', () => {
    const first = fixture('mypy-json/mypy.json').split('\n')[0]
    const parse = (second: string) => () => parseMypyJson(`${first}\n${second}\n`, options)
    expect(parse('Traceback (most recent call last):')).toThrow('mypy.json: not a valid mypy-json report (line 2): not a JSON object')
    expect(parse(first.replace('"severity": "error"', '"severity": "fatal"'))).toThrow('(line 2): "severity": "fatal" is none of error, warning, note')
    expect(parse(first.replace('"line": 17', '"line": "17"'))).toThrow('(line 2): "line": expected a whole number')
    expect(parse(first.slice(0, -1))).toThrow(`(line 2, column ${first.length}): unexpected end of input`)
    expect(parse('{"file": "a.py"}')).toThrow('(line 2): expected an object with file, line, column, message, hint, code, severity')
  })
})

describe('mypy text (real mypy 2.4.0 output)', () => {
  const options = { file: 'mypy.txt', workspace: PY_WORKSPACE }
  const parse = (name: string) => parseMypyText(fixture(`mypy/${name}`), options)

  it('counts as mypy printed: "Found 6 errors in 2 files", the reveal_type note as a notice', () => {
    const report = parse('mypy.txt')
    expect(report.counts).toEqual({ error: 6, warning: 0, notice: 1 })
    expect(report).toMatchObject({ format: 'mypy-text', tool: 'mypy' })
    expect(report.findings[0]).toEqual({
      tool: 'mypy',
      rule: 'return-value',
      severity: 'error',
      file: 'app/inventory.py',
      line: 17,
      message: 'Incompatible return value type (got "float", expected "int")'
    })
    expect(report.findings[4]).toEqual({ tool: 'mypy', severity: 'notice', file: 'app/inventory.py', line: 36, message: 'Revealed type is "int"' })
  })

  it('--show-column-numbers --show-error-end: the same findings with columns and end lines', () => {
    const plain = parse('mypy.txt').findings
    const columns = parse('mypy-columns.txt').findings
    expect(columns.map(({ column: _c, end_line: _e, ...rest }) => rest)).toEqual(plain)
    expect(columns[2]).toMatchObject({ line: 32, column: 32, end_line: 32, rule: 'attr-defined' })
  })

  it('--pretty: wrapped messages joined back, code frames skipped: the same findings', () => {
    expect(parse('mypy-pretty.txt').findings).toEqual(parse('mypy.txt').findings)
  })

  it('"Found 2 errors in 1 file (errors prevented further checking)" for syntax errors', () => {
    const report = parse('mypy-syntax.txt')
    expect(report.counts.error).toBe(2)
    expect(report.findings[0]).toMatchObject({ rule: 'syntax', file: 'app/broken.py', line: 5 })
    // Blocking errors: mypy type-checked no file, and the report says so (a run that finished does not).
    expect(report.incomplete).toMatch(/^mypy stopped at a blocking error \("errors prevented further checking"; app\/broken\.py:5\): it type-checked no file/)
    expect(parse('mypy.txt').incomplete).toBeUndefined()
  })

  it('notes on the line of an error join it ("Found 1 error in 1 file")', () => {
    const report = parse('mypy-notes.txt')
    expect(report.counts).toEqual({ error: 1, warning: 0, notice: 0 })
    expect(report.findings[0]).toEqual({
      tool: 'mypy',
      rule: 'call-overload',
      severity: 'error',
      file: 'extra/overload.py',
      line: 12,
      message:
        'No overload variant of "pick" matches argument type "float"\nPossible overload variants:\n' +
        '    def pick(x: int) -> int\n    def pick(x: str) -> str'
    })
  })

  it('"Success: no issues found" is a clean report', () => {
    expect(parse('mypy-clean.txt').counts).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  it('refuses a summary that disagrees and text that is not mypy output', () => {
    const text = fixture('mypy/mypy.txt').split('\n').slice(1).join('\n')
    expect(() => parseMypyText(text, options)).toThrow('(line 7): mypy says 6 errors but 5 error lines were found')
    expect(() => parseMypyText('Traceback (most recent call last):\n  File "x.py", line 1\n', options)).toThrow('(line 1): no mypy diagnostic')
  })

  it('refuses an empty report: mypy ends every run with its summary, so a clean type check never reads as one that did not run', () => {
    // `mypy src > mypy.txt || true` with mypy crashing on stderr, or a step that only created the file, passed with 0 errors.
    for (const text of ['', '\n\n', '\r\n']) {
      expect(() => parseMypyText(text, options)).toThrow('(file): no diagnostic and no "Success: no issues found" or "Found N errors" line: mypy ends every run with one')
    }
  })

  it("mypy's own errors (bad arguments) count, on no file", () => {
    const report = parseMypyText('usage: mypy [-h] [-v]\nmypy: error: unrecognized arguments: --bad\n', options)
    expect(report.findings).toEqual([{ tool: 'mypy', severity: 'error', file: '', message: 'unrecognized arguments: --bad' }])
  })

  it('reads a file-level error without a line, and a Windows path', () => {
    const report = parseMypyText('C:\\w\\app\\x.py: error: Duplicate module named "x"\nFound 1 error in 1 file (checked 2 source files)\n', {
      file: 'mypy.txt',
      workspace: 'c:/w'
    })
    expect(report.findings).toEqual([{ tool: 'mypy', severity: 'error', file: 'app/x.py', message: 'Duplicate module named "x"' }])
  })

  it('takes the [code] off a message in time proportional to the message, white space however long', () => {
    // The code was matched by a pattern that, at each place of a run of white space, tried the run to its end: a
    // 100 kB report of one diagnostic whose message held 100,000 spaces took 24 s, a 1 MB one about 40 minutes.
    const spaces = ' \t'.repeat(30_000)
    const text = [`a.py:1: error: x${spaces}y`, `a.py:2: error: x${spaces}y  [misc]`, `a.py:3: error: ${spaces}[misc]`, 'a.py:4: error: Bad[misc]', 'Found 4 errors in 1 file (checked 1 source file)', ''].join('\n')
    const started = performance.now()
    const report = parseMypyText(text, options)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(report.findings.map((f) => [f.rule, f.message.length])).toEqual([
      [undefined, 4000],
      ['misc', 4000],
      // Only white space before the code: an empty message.
      ['misc', 0],
      // No white space before it: the brackets are part of the message.
      [undefined, 'Bad[misc]'.length]
    ])
    expect(report.findings[1].message.startsWith('x \t')).toBe(true)
  })
})
