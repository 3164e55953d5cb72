import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCobertura, parseCoverage, parseLcov } from '../../src/reports/coverage.js'
import { gatedCoverage, meetsThreshold } from '../../src/reports/coverage-figures.js'
import { istanbulPercent } from '../../src/reports/coverage-lines.js'
import { readLineHits } from '../../src/reports/line-coverage.js'
import { ReportError, type CoverageReport } from '../../src/reports/types.js'
import { JS_WORKSPACE, PY_WORKSPACE, benchGenerator, bytesOf, coverageFixture, readFixture } from './fixtures.js'

const py = { workspace: PY_WORKSPACE }
const js = { workspace: JS_WORKSPACE }
const byFile = (report: CoverageReport): Record<string, [number, number]> =>
  Object.fromEntries(report.files.map((f) => [f.file, [f.lines_covered, f.lines_total]]))

/** The `% Lines` column of jest's text table, per row, as jest printed it (jest.console.txt). */
function jestLinesColumn(): Record<string, string> {
  const rows: Record<string, string> = {}
  for (const line of readFixture(coverageFixture('jest.console.txt')).split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    if (cells.length >= 6 && /^[\d.]+$/.test(cells[4])) rows[cells[0]] = cells[4]
  }
  return rows
}

/** coverage.py's TOTAL row: statements, missed, and the printed percent. */
function coveragePyTotal(console: string): { stmts: number; miss: number; printed: string } {
  const cells = /^TOTAL\s+(.*)$/m.exec(readFixture(coverageFixture(console)))?.[1].trim().split(/\s+/) ?? []
  return { stmts: Number(cells[0]), miss: Number(cells[1]), printed: (cells.at(-1) ?? '').replace('%', '') }
}

describe('coverage.py reports (coverage.py 6.5.0, pytest-cov 4.0.0)', () => {
  // coverage report printed "TOTAL 44 10 77%" (line coverage) and, with --branch, "TOTAL 44 10 24 2 76%".
  const files = { 'src/shop/__init__.py': [0, 0], 'src/shop/cart.py': [17, 18], 'src/shop/pricing.py': [14, 18], 'src/shop/util.py': [3, 8] }

  it('reads `coverage json`: line percent, and TOTAL exactly as printed', async () => {
    expect(coveragePyTotal('coverage-py.console.txt')).toEqual({ stmts: 44, miss: 10, printed: '77' })
    const report = await parseCoverage(coverageFixture('coverage-py.json'), py)
    expect(report).toMatchObject({ format: 'coverage.py-json', lines_covered: 34, lines_total: 44, display_percent: '77' })
    expect(report.percent).toBe((100 * 34) / 44)
    expect(report.branches_total).toBeUndefined()
    expect(byFile(report)).toEqual(files)
  })

  it('reads `coverage json` with --branch: percent stays line coverage, display_percent is the TOTAL with branches', async () => {
    expect(coveragePyTotal('coverage-py-branch.console.txt')).toEqual({ stmts: 44, miss: 10, printed: '76' })
    const report = await parseCoverage(coverageFixture('coverage-py-branch.json'), py)
    expect(report).toMatchObject({ lines_covered: 34, lines_total: 44, display_percent: '76', branches_covered: 18, branches_total: 24 })
    expect(report.percent.toFixed(2)).toBe('77.27')
  })

  it('reads `coverage xml` with and without --branch to the same lines as the JSON and the root attributes', async () => {
    for (const name of ['coverage-py.xml', 'coverage-py-branch.xml']) {
      const report = await parseCoverage(coverageFixture(name), py)
      expect(report).toMatchObject({ format: 'cobertura', lines_covered: 34, lines_total: 44 })
      expect(readFixture(coverageFixture(name))).toContain('lines-valid="44" lines-covered="34"')
      expect(byFile(report)).toEqual(files)
      expect(report.display_percent).toBeUndefined()
    }
    const branch = await parseCoverage(coverageFixture('coverage-py-branch.xml'), py)
    expect(branch).toMatchObject({ branches_covered: 18, branches_total: 24 })
    expect(readFixture(coverageFixture('coverage-py-branch.xml'))).toContain('branches-valid="24" branches-covered="18"')
  })

  it("reads pytest-cov's lcov (coverage.py's lcov writer), capping its LH:1/LF:0 for __init__.py", async () => {
    expect(coveragePyTotal('pytest-cov-branch.console.txt')).toEqual({ stmts: 44, miss: 10, printed: '76' })
    const report = await parseCoverage(coverageFixture('pytest-cov-branch.lcov'), py)
    expect(report).toMatchObject({ format: 'lcov', lines_covered: 34, lines_total: 44, branches_covered: 18, branches_total: 24 })
    expect(byFile(report)).toEqual(files)
  })

  it("gates coverage.py 7.6.2+'s lcov as coverage.py prints it (statements and branches: 75%), told by its BRDA branch names", async () => {
    // Before, it was not recognized (function records, no checksums) and gated on its lines: 77.27%, over a
    // threshold of 76 that coverage.py's own 75% fails.
    expect(coveragePyTotal('coverage-py-7-branch.console.txt')).toEqual({ stmts: 44, miss: 10, printed: '75' })
    const lcov = await parseCoverage(coverageFixture('coverage-py-7-branch.lcov'), py)
    expect(lcov).toMatchObject({ format: 'lcov', producer: 'coverage.py', lines_covered: 34, lines_total: 44, branches_covered: 14, branches_total: 20 })
    expect(gatedCoverage(lcov)).toMatchObject({ kind: 'statements+branches', covered: 48, total: 64, percent: 75, tool_reported: '75', line_percent: 77.27 })
    expect(meetsThreshold(48, 64, 76)).toBe(false)
    // Its JSON of the same run gives the same figure.
    const json = await parseCoverage(coverageFixture('coverage-py-7-branch.json'), py)
    expect(gatedCoverage(json)).toEqual(gatedCoverage(lcov))
    expect(byFile(lcov)).toEqual(byFile(json))
  })

  it('does not take an lcov whose branches are numbered (jest, gcov) for coverage.py 7', async () => {
    const lcov = 'SF:src/a.js\nFN:1,f\nDA:1,1\nDA:2,0\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nend_of_record\n'
    expect((await parseLcov(lcov, { file: 'l.info', ...py })).producer).toBeUndefined()
  })
})

describe('jest coverage reports (jest 30.5.2, istanbul-lib-coverage 3.2.2, istanbul-reports 3.2.0)', () => {
  // jest printed "All files | 56 | 50 | 62.5 | 55 |" and "Lines : 55% ( 11/20 )"; strings.js's row reads 55.55.
  const printed = jestLinesColumn()
  const files = { 'src/math.js': [6, 8], 'src/strings.js': [5, 9], 'src/unused.js': [0, 3] }

  it('found the numbers jest printed', () => {
    expect(printed).toEqual({ 'All files': '55', 'math.js': '75', 'strings.js': '55.55', 'unused.js': '0' })
  })

  for (const [name, format] of [
    ['jest-coverage-summary.json', 'istanbul-summary'],
    ['jest-coverage-final.json', 'istanbul-final'],
    ['jest-lcov.info', 'lcov'],
    ['jest-cobertura.xml', 'cobertura']
  ] as const) {
    it(`reads ${name} to jest's Lines column`, async () => {
      const report = await parseCoverage(coverageFixture(name), js)
      expect(report).toMatchObject({ format, lines_covered: 11, lines_total: 20, branches_covered: 5, branches_total: 10 })
      expect(byFile(report)).toEqual(files)
      expect(String(istanbulPercent(report.lines_covered, report.lines_total))).toBe(printed['All files'])
      for (const f of report.files) {
        expect(String(istanbulPercent(f.lines_covered, f.lines_total))).toBe(printed[f.file.replace('src/', '')])
      }
      if (format.startsWith('istanbul')) expect(report.display_percent).toBe('55')
    })
  }

  it('skips the <methods> line copies in Istanbul Cobertura (they would add lines 1, 5, 8 and 12)', async () => {
    expect(readFixture(coverageFixture('jest-cobertura.xml'))).toContain('<line number="1" hits="3"/>')
    const report = await parseCoverage(coverageFixture('jest-cobertura.xml'), js)
    expect(report.lines_total).toBe(20)
  })

  it("reads a class's method lines when it has no line of its own (xcresultparser's Swift reports)", async () => {
    const file = coverageFixture('hand-written/cobertura-method-lines-only.xml')
    const report = await parseCoverage(file, { workspace: '/work/ws' })
    expect(report.files).toEqual([
      { file: 'Sources/App/Greeter.swift', lines_covered: 2, lines_total: 3 },
      { file: 'Sources/App/Clock.swift', lines_covered: 1, lines_total: 2 }
    ])
    // As its header says: no warning that the lines contradict it.
    expect(report).toMatchObject({ lines_covered: 3, lines_total: 5, percent: 60 })
    expect(report.warnings ?? []).toEqual([])
    const hits = await readLineHits(file, { workspace: '/work/ws', format: 'cobertura', files: new Set(['Sources/App/Clock.swift']) })
    expect([...(hits.get('Sources/App/Clock.swift') ?? [])]).toEqual([[3, 1], [4, 0]])
  })
})

describe("Istanbul's reports of a file whose functions hold no statement (istanbul-lib-instrument 6.0.3, istanbul-reports 3.2.0)", () => {
  // src/hooks.js is three empty `export function`s (two of them called): Istanbul counts no line in it, and its
  // Cobertura writer still lists each function's declaration line, with the call count, under <methods>.
  const dir = 'istanbul-no-statements'
  const ws = { workspace: '/tmp/istanbul-no-statements' }
  const files = { 'src/hooks.js': [0, 0], 'src/math.js': [1, 4] }

  it('found what Istanbul printed', () => {
    expect(readFixture(coverageFixture(`${dir}/reports/text-summary.txt`))).toContain('Lines        : 25% ( 1/4 )')
    expect(readFixture(coverageFixture(`${dir}/reports/cobertura-coverage.xml`))).toContain('<method name="onStart" hits="1" signature="()V">')
  })

  for (const name of ['cobertura-coverage.xml', 'lcov.info', 'coverage-final.json', 'coverage-summary.json']) {
    it(`reads ${name} to Istanbul's 1 of 4 lines, not counting the functions' declaration lines`, async () => {
      const report = await parseCoverage(coverageFixture(`${dir}/reports/${name}`), ws)
      expect(report).toMatchObject({ lines_covered: 1, lines_total: 4, percent: 25 })
      expect(byFile(report)).toEqual(files)
      expect(report.warnings ?? []).toEqual([])
    })
  }

  it('reads an Istanbul <method> line numbered "undefined" (a function without a declaration location) as no line', async () => {
    // The shape of codecov/worker's Cobertura test input: Istanbul's method copy of a function whose `decl` is missing.
    const xml = `<coverage lines-valid="1" lines-covered="1"><sources><source>/w</source></sources><packages><package name="p"><classes>
<class name="a.js" filename="a.js"><methods><method name="(anonymous_1)" hits="1" signature="()V"><lines><line number="undefined" hits="1"/></lines></method></methods>
<lines><line number="1" hits="1" branch="false"/></lines></class></classes></package></packages></coverage>`
    const report = await parseCobertura(xml, { file: 'undefined.xml', workspace: '/w' })
    expect(report.files).toEqual([{ file: 'a.js', lines_covered: 1, lines_total: 1 }])
  })

  it('gives the diff-aware reader no line of the statement-less file', async () => {
    const file = coverageFixture(`${dir}/reports/cobertura-coverage.xml`)
    const hits = await readLineHits(file, { ...ws, format: 'cobertura', files: new Set(['src/hooks.js', 'src/math.js']) })
    expect([...(hits.get('src/hooks.js') ?? [])]).toEqual([])
    expect([...(hits.get('src/math.js') ?? [])]).toEqual([[2, 1], [6, 0], [7, 0], [9, 0]])
  })
})

describe('lcov comments', () => {
  it("skips lcov 2's `#` comment lines (lcov --comment), at the top and inside a record, and detects the format past them", async () => {
    const report = await parseCoverage(coverageFixture('hand-written/lcov-comments.info'), { workspace: '/work/ws' })
    expect(report).toMatchObject({ format: 'lcov', lines_covered: 1, lines_total: 2 })
    expect(report.warnings ?? []).toEqual([])
  })
})

describe('merging repeated files', () => {
  it('merges lcov records of one file as lcov does and keeps outside paths as given', async () => {
    const report = await parseCoverage(coverageFixture('hand-written/lcov-merged-records.info'), { workspace: '/work/ws' })
    expect(report.files).toEqual([
      { file: 'src/a.c', lines_covered: 2, lines_total: 4, branches_covered: 2, branches_total: 2 },
      { file: 'src/b.c', lines_covered: 1, lines_total: 2 },
      { file: '/elsewhere/c.c', lines_covered: 1, lines_total: 1 }
    ])
    expect(report).toMatchObject({ lines_covered: 4, lines_total: 7, branches_covered: 2, branches_total: 2 })
  })

  it('merges Cobertura classes of one file, line by line, relative to the first <source>', async () => {
    const report = await parseCoverage(coverageFixture('hand-written/cobertura-repeated-classes.xml'), { workspace: '/work/ws' })
    expect(report.files).toEqual([
      { file: 'sub/pkg/Outer.java', lines_covered: 3, lines_total: 4, branches_covered: 1, branches_total: 2 },
      { file: '/abs/outside/Empty.java', lines_covered: 0, lines_total: 0, branches_covered: 0, branches_total: 0 }
    ])
    expect(report.percent).toBe(75)
  })
})

describe('streaming', () => {
  it('reads lcov and Cobertura the same whatever the chunking', async () => {
    for (const [name, parse] of [
      ['jest-lcov.info', parseLcov],
      ['jest-cobertura.xml', parseCobertura]
    ] as const) {
      const text = readFixture(coverageFixture(name))
      const whole = await parse(text, { file: name, workspace: JS_WORKSPACE })
      expect(await parse(bytesOf(text, 5), { file: name, workspace: JS_WORKSPACE })).toEqual(whole)
      expect(await parse(bytesOf(text.replace(/\n/g, '\r\n'), 64), { file: name, workspace: JS_WORKSPACE })).toEqual(whole)
    }
  })

  it('reads a generated 2,000-file lcov with exact totals', async () => {
    type Gen = { generateLcov: (n: number) => AsyncIterable<string>; expectedLcovTotals: (n: number) => Record<string, number> }
    const { generateLcov, expectedLcovTotals } = await benchGenerator<Gen>('gen-lcov.mjs')
    const report = await parseLcov(generateLcov(2000), { file: 'gen.info', workspace: '/work/ws' })
    expect(report).toMatchObject(expectedLcovTotals(2000))
    expect(report.files).toHaveLength(2000)
  })
})

describe('malformed coverage reports', () => {
  let dir: string
  const write = (name: string, text: string): string => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const failure = async (path: string, format?: Parameters<typeof parseCoverage>[1]['format']): Promise<ReportError> => {
    const error = await parseCoverage(path, { workspace: dir, format }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ReportError)
    return error as ReportError
  }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'coverage-test-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('names the JSON path that is wrong', async () => {
    const bad = JSON.parse(readFixture(coverageFixture('coverage-py.json'))) as { files: Record<string, { summary: Record<string, unknown> }> }
    bad.files['src/shop/cart.py'].summary.num_statements = '18'
    const error = await failure(write('bad.json', JSON.stringify(bad)), 'coverage.py-json')
    expect(error.where).toBe('$.files["src/shop/cart.py"].summary.num_statements')
    expect(error.message).toContain('not a valid coverage.py-json report')
    expect(error.message).toContain('expected a whole number, found the string "18"')

    const summary = await failure(write('summary.json', '{"total": {"lines": {"total": 3}}}'), 'istanbul-summary')
    expect(summary.where).toBe('$.total.lines.covered')
    const final = await failure(write('final.json', '{"/a.js": {"path": "/a.js", "statementMap": {"0": {}}, "s": {"0": 1}}}'), 'istanbul-final')
    expect(final.where).toBe('$["/a.js"].statementMap["0"].start')
  })

  it('names the line and column of a JSON syntax error', async () => {
    const error = await failure(write('syntax.json', '{"meta": {"branch_coverage": false},\n  "totals": {,}\n}'))
    expect(error.format).toBe('coverage.py-json')
    expect(error.where).toBe('line 2, column 14') // the comma
  })

  it('names the lcov line that is not lcov', async () => {
    const error = await failure(write('bad.info', 'TN:\nSF:a.js\nDA:1,1\nthis is not lcov\nend_of_record\n'), 'lcov')
    expect(error.where).toBe('line 4')
    expect((await failure(write('da.info', 'SF:a.js\nDA:x,1\n'), 'lcov')).where).toBe('line 2')
    expect((await failure(write('nosf.info', 'TN:\n'), 'lcov')).message).toMatch(/no SF: record/)
    expect((await failure(coverageFixture('jest-cobertura.xml'), 'lcov')).where).toBe('line 1')
  })

  it('refuses an lcov file cut inside its last record (no end_of_record), never counting the lines it lost', async () => {
    // A writer stopped mid-write (a killed runner, a full disk): the uncovered lines it had yet to write are gone, and
    // the lines left read as 100%. Every lcov writer ends each record with end_of_record.
    const whole = readFixture(coverageFixture('jest-lcov.info'))
    const last = whole.lastIndexOf('end_of_record')
    const cut = whole.slice(0, whole.lastIndexOf('\nDA:', last) + 1)
    const error = await failure(write('cut.info', cut), 'lcov')
    expect(error.message).toMatch(/has no end_of_record: the file ends inside it/)
    expect(error.where).toBe(`line ${cut.split('\n').length - 1}`)
    expect((await failure(write('one.info', 'TN:\nSF:src/a.js\nDA:1,1\nLF:1\nLH:1\n'))).message).toMatch(/record of src\/a\.js \(its SF: on line 2\) has no end_of_record/)
    // What follows the last end_of_record (blank lines, lcov 2's comments) is no record.
    expect((await parseLcov('SF:src/a.js\nDA:1,1\nend_of_record\n\n# lcov --comment\n', { file: 'ok.info', ...js })).lines_total).toBe(1)
  })

  it('refuses a JUnit file, hostile XML and Clover as Cobertura', async () => {
    expect((await failure(write('junit.xml', '<testsuites><testsuite/></testsuites>'))).message).toMatch(/JUnit test report, not a coverage/)
    const asCobertura = await failure(write('junit2.xml', '<testsuites/>'), 'cobertura')
    expect(asCobertura.message).toMatch(/root element is <testsuites>, expected <coverage>/)
    const bomb = await failure(write('bomb.xml', '<!DOCTYPE coverage [<!ENTITY a "aaaa">]><coverage>&a;</coverage>'), 'cobertura')
    expect(bomb.message).toMatch(/DOCTYPE declares entities/)
    expect((await failure(write('clover.xml', '<coverage clover="4.4.1"><project/></coverage>'), 'cobertura')).message).toMatch(/Clover/)
    const badLine = await failure(write('line.xml', '<coverage><packages><package><classes><class filename="a.py"><lines><line number="x" hits="1"/></lines></class></classes></package></packages></coverage>'), 'cobertura')
    expect(badLine.where).toMatch(/^line 1 column \d+$/)
  })
})
