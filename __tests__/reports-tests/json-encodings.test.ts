/**
 * JSON reports as Windows writes them and as a broken tool leaves them: UTF-16 with a byte order mark (PowerShell 5's
 * `>` and `Out-File` re-encode a tool's UTF-8 output that way, as some .NET tools write it), and a syntax error in the
 * middle of the file whose surroundings hold line breaks, terminal escapes and `::` lines. The reports are the real
 * tools' own (coverage.py, eslint, secretlint), re-encoded as PowerShell does.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCoverage } from '../../src/reports/coverage.js'
import { readLineHits } from '../../src/reports/line-coverage.js'
import { readFindingsFile } from '../../src/reports/findings/index.js'
import { secretValuesIn } from '../../src/reports/findings/secret-values.js'
import { ReportError } from '../../src/reports/types.js'
import { coverageFixture, PY_WORKSPACE } from './fixtures.js'
import { fixturePath, SECRETS_WORKSPACE, TS_WORKSPACE } from '../findings-tests/fixture.js'

const dir = mkdtempSync(join(tmpdir(), 's2p-json-enc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The file's text written again as UTF-16 with a byte order mark, little- or big-endian. */
function utf16(source: string, name: string, order: 'le' | 'be'): string {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(source, 'utf8'), 'utf16le')])
  const path = join(dir, `${order}-${name}`)
  writeFileSync(path, order === 'le' ? le : Buffer.from(le).swap16())
  return path
}

describe('UTF-16 JSON reports', () => {
  it("coverage.py's JSON reads to the same figures as its UTF-8 original (it was refused as invalid JSON)", async () => {
    const original = await parseCoverage(coverageFixture('coverage-py.json'), { workspace: PY_WORKSPACE })
    for (const order of ['le', 'be'] as const) {
      const path = utf16(coverageFixture('coverage-py.json'), 'coverage.json', order)
      const report = await parseCoverage(path, { workspace: PY_WORKSPACE })
      expect({ ...report, file: undefined }).toEqual({ ...original, file: undefined })
      const hits = await readLineHits(path, { workspace: PY_WORKSPACE, format: 'coverage.py-json', files: new Set(['src/shop/cart.py']) })
      expect(hits.get('src/shop/cart.py')?.size).toBeGreaterThan(0)
    }
  })

  it("Istanbul's coverage-final.json too", async () => {
    const original = await parseCoverage(coverageFixture('jest-coverage-final.json'), { workspace: '/tmp/jssample' })
    const report = await parseCoverage(utf16(coverageFixture('jest-coverage-final.json'), 'final.json', 'le'), { workspace: '/tmp/jssample' })
    expect([report.lines_covered, report.lines_total]).toEqual([original.lines_covered, original.lines_total])
  })

  it("eslint's JSON gives the same findings (it was 'not JSON, and no line of tsc or mypy output')", async () => {
    const original = await readFindingsFile(fixturePath('eslint/eslint.json'), { workspace: TS_WORKSPACE })
    expect(original.findings.length).toBeGreaterThan(0)
    const report = await readFindingsFile(utf16(fixturePath('eslint/eslint.json'), 'eslint.json', 'le'), { workspace: TS_WORKSPACE })
    expect(report.findings).toEqual(original.findings)
  })

  it("secretlint's values are still found to redact them", async () => {
    const original = await secretValuesIn(fixturePath('secretlint/secretlint-unmasked.json'))
    expect(original.length).toBeGreaterThan(0)
    const path = utf16(fixturePath('secretlint/secretlint-unmasked.json'), 'secretlint.json', 'le')
    expect(await secretValuesIn(path)).toEqual(original)
    expect((await readFindingsFile(path, { workspace: SECRETS_WORKSPACE, format: 'secretlint-json' })).findings.length).toBeGreaterThan(0)
  })
})

describe('a JSON coverage report broken in the middle', () => {
  it('names the line and column of the error and quotes none of the text (it said "end of file" and quoted V8\'s excerpt)', async () => {
    const path = join(dir, 'broken-coverage.json')
    writeFileSync(path, '{"meta": {"branch_coverage": false, "show_contexts": false},\n "files": {"a.py": x\n::error file=a.py::forged\u001b[2J\n}}\n')
    const error = await parseCoverage(path, { workspace: PY_WORKSPACE }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReportError)
    const message = (error as ReportError).message
    expect(message).toBe(`${path}: not a valid coverage.py-json report (line 2, column 20): unexpected character in JSON`)
    expect(message).not.toContain('\n')
    expect(message).not.toContain('\u001b')
    expect(message).not.toContain('::')
  })
})
