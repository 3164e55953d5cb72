import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { detectTextFormat, findingsFormat, parseFindings, readFindingsFile } from '../../src/reports/findings/index.js'
import { ReportError } from '../../src/reports/types.js'
import { fixture, fixturePath, PY_WORKSPACE, SECRETS_WORKSPACE, TS_WORKSPACE } from './fixture.js'

describe('format detection from content (real tool outputs)', () => {
  it.each([
    ['eslint/eslint.json', 'eslint-json', TS_WORKSPACE, { error: 9, warning: 3, notice: 0 }],
    ['tsc/tsc.txt', 'tsc-text', TS_WORKSPACE, { error: 6, warning: 0, notice: 0 }],
    ['tsc/tsc-pretty.txt', 'tsc-text', TS_WORKSPACE, { error: 6, warning: 0, notice: 0 }],
    ['tsc/tsc-no-file.txt', 'tsc-text', TS_WORKSPACE, { error: 1, warning: 0, notice: 0 }],
    ['ruff/ruff.json', 'ruff-json', PY_WORKSPACE, { error: 11, warning: 0, notice: 0 }],
    ['pyright/pyright.json', 'pyright-json', PY_WORKSPACE, { error: 11, warning: 3, notice: 1 }],
    ['mypy/mypy.txt', 'mypy-text', PY_WORKSPACE, { error: 6, warning: 0, notice: 1 }],
    ['mypy/mypy-pretty.txt', 'mypy-text', PY_WORKSPACE, { error: 6, warning: 0, notice: 1 }],
    ['mypy/mypy-clean.txt', 'mypy-text', PY_WORKSPACE, { error: 0, warning: 0, notice: 0 }],
    ['secretlint/secretlint.json', 'secretlint-json', SECRETS_WORKSPACE, { error: 2, warning: 1, notice: 0 }],
    ['detect-secrets/baseline.hand-made.json', 'detect-secrets-json', '/w', { error: 3, warning: 0, notice: 0 }]
  ])('%s is %s', (name, format, workspace, counts) => {
    const report = parseFindings(fixture(name), { file: name, workspace })
    expect(report.format).toBe(format)
    expect(report.counts).toEqual(counts)
    // Detected or named, the result is the same.
    expect(parseFindings(fixture(name), { file: name, workspace, format })).toEqual(report)
  })

  it('tells secretlint from eslint: same {filePath, messages} shape, string severities and @secretlint rules', () => {
    const secretlint = JSON.stringify([{ filePath: '/w/a', messages: [{ ruleId: '@secretlint/secretlint-rule-aws', severity: 'error' }] }])
    expect(parseFindings(secretlint, { file: 'r.json', workspace: '/w' }).tool).toBe('secretlint')
    const noSeverity = JSON.stringify([{ filePath: '/w/a', messages: [{ ruleId: '@secretlint/secretlint-rule-aws' }] }])
    expect(() => parseFindings(noSeverity, { file: 'r.json', workspace: '/w' })).toThrow('not a valid secretlint-json report')
    const eslintClean = JSON.stringify([{ filePath: '/w/a.ts', messages: [], errorCount: 0, warningCount: 0 }])
    expect(parseFindings(eslintClean, { file: 'r.json', workspace: '/w' }).tool).toBe('eslint')
    const secretlintClean = JSON.stringify([{ filePath: '/w/a.ts', messages: [] }])
    expect(parseFindings(secretlintClean, { file: 'r.json', workspace: '/w' }).tool).toBe('secretlint')
  })

  it('an empty report with nothing to tell the tool by is a clean "unknown" report ("blank" when it has no text)', () => {
    for (const text of ['', '  \n', '[]', '\uFEFF[]\n']) {
      expect(parseFindings(text, { file: 'r', workspace: '/w' })).toEqual({
        format: text.includes('[]') ? 'unknown' : 'blank',
        tool: 'unknown',
        findings: [],
        counts: { error: 0, warning: 0, notice: 0 }
      })
    }
    expect(parseFindings('[]', { file: 'r', workspace: '/w', format: 'ruff' }).tool).toBe('ruff')
  })

  it('refuses content of no known format, saying where', () => {
    expect(() => parseFindings('{"issues": []}', { file: 'r.json', workspace: '/w' })).toThrow(
      /^r\.json: not a valid findings JSON report \(\$\): no known report shape/
    )
    expect(() => parseFindings('[1, 2]', { file: 'r.json', workspace: '/w' })).toThrow('no known report shape')
    expect(() => parseFindings('hello\nworld\n', { file: 'r.txt', workspace: '/w' })).toThrow(
      'r.txt: not a valid findings report (line 1): not JSON, and no line of tsc, mypy or svelte-check output'
    )
    expect(detectTextFormat('> app@1.0.0 typecheck\n\n')).toBe('empty')
  })

  it('takes format names and bare tool names, and refuses unknown ones', () => {
    expect(findingsFormat('eslint')).toBe('eslint-json')
    expect(findingsFormat(' Detect-Secrets ')).toBe('detect-secrets-json')
    expect(findingsFormat('tsc-text')).toBe('tsc-text')
    expect(findingsFormat('sarif')).toBe('sarif')
    expect(findingsFormat('checkstyle')).toBeUndefined()
    expect(() => parseFindings('[]', { file: 'r', workspace: '/w', format: 'checkstyle' })).toThrow(
      'r: not a valid checkstyle report (format): unknown findings format; expected one of eslint-json, ruff-json'
    )
  })
})

describe('readFindingsFile', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'findings-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads and detects a report file', async () => {
    const report = await readFindingsFile(fixturePath('ruff/ruff.json'), { workspace: PY_WORKSPACE })
    expect(report.counts.error).toBe(11)
  })

  it('a missing file is a ReportError naming it', async () => {
    const missing = join(dir, 'nope.json')
    const error = await readFindingsFile(missing, { workspace: dir, format: 'eslint-json' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReportError)
    expect((error as ReportError).message).toBe(`${missing}: not a valid eslint-json report (file): no such file: the tool wrote no report`)
  })

  it('refuses a file over 256 MB without reading it', async () => {
    const big = join(dir, 'big.json')
    const fd = openSync(big, 'w')
    ftruncateSync(fd, 256 * 1024 * 1024 + 1) // sparse: takes no disk space
    closeSync(fd)
    await expect(readFindingsFile(big, { workspace: dir })).rejects.toThrow(
      `${big}: not a valid findings report (file): 268435457 bytes is more than the 256 MB a findings report may have`
    )
  })

  it('refuses a directory, and reports a parse error with the file name', async () => {
    const sub = join(dir, 'sub')
    mkdirSync(sub)
    await expect(readFindingsFile(sub, { workspace: dir })).rejects.toThrow('(file): a directory, not a regular file: not read')
    const truncated = join(dir, 'truncated.json')
    writeFileSync(truncated, '[{"filePath": "/w/a.ts", "messages": [')
    await expect(readFindingsFile(truncated, { workspace: dir, format: 'eslint-json' })).rejects.toThrow(
      `${truncated}: not a valid eslint-json report (line 1, column 39): unexpected end of input`
    )
  })
})
