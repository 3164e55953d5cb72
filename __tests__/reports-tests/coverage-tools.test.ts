/**
 * The coverage figure equals what the tools print, on reports the real tools write in this test: coverage.py 6.5
 * (Debian's python3-coverage) with and without branches, at its default precision and at 2 decimals, as JSON, LCOV
 * and Cobertura; and jest (Istanbul), whose percentages are truncated, not rounded.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { judgeCoverage } from '../../src/gates/tests.js'
import { parseCoverage } from '../../src/reports/coverage.js'
import { readCoverageReport } from '../../src/reports/tests-and-coverage.js'
import { coveragePyDisplay } from '../../src/reports/coverage-figures.js'
import { coverageFixture, readFixture } from './fixtures.js'

const COVERAGE_PY = '/usr/bin/python3-coverage'
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

/** The percent cell of coverage.py's TOTAL row, as printed (`69%`, `68.75%`), without the `%`. */
function coveragePyTotal(printed: string): string {
  const row = /^TOTAL\s.*?([\d.]+)%\s*$/m.exec(printed)
  if (!row) throw new Error(`no TOTAL row in:\n${printed}`)
  return row[1]
}

describe('coverage.py 6.5 (python3-coverage): the gate figure is its TOTAL', () => {
  let dir: string
  const run = (...args: string[]): string => execFileSync(COVERAGE_PY, args, { cwd: dir, encoding: 'utf8' })

  beforeAll(() => {
    dir = tempDir('covpy-')
    mkdirSync(join(dir, 'pkg'))
    writeFileSync(join(dir, 'pkg/__init__.py'), '"""Package doc."""\n')
    // A docstring, `def` lines and an excluded block: coverage.py 6.x's LCOV writes LH as executed lines (12) while
    // 3 of its 12 statements are missed.
    writeFileSync(
      join(dir, 'pkg/mod.py'),
      [
        '"""Module doc."""',
        'import sys',
        '',
        '',
        'def f(x):',
        '    """Doc."""',
        '    if x > 0:',
        '        return 1',
        '    return 2',
        '',
        '',
        'def g(x):',
        '    if x:  # pragma: no cover',
        '        return 3',
        '    return 4',
        '',
        '',
        'class K:',
        '    """K doc."""',
        '',
        '    def m(self):',
        '        return 5',
        '',
        '',
        'if sys.version_info < (3,):',
        '    print("old")',
        ''
      ].join('\n')
    )
    writeFileSync(join(dir, 'run.py'), 'from pkg.mod import f, g\nf(1)\ng(0)\n')
    writeFileSync(join(dir, 'precision2.rc'), '[report]\nprecision = 2\n')
    for (const mode of ['lines', 'branch'] as const) {
      const env = { ...process.env, COVERAGE_FILE: join(dir, `.coverage-${mode}`) }
      const cov = (...args: string[]): string => execFileSync(COVERAGE_PY, args, { cwd: dir, encoding: 'utf8', env })
      cov('run', ...(mode === 'branch' ? ['--branch'] : []), '--source=pkg', 'run.py')
      writeFileSync(join(dir, `${mode}.report.txt`), cov('report'))
      writeFileSync(join(dir, `${mode}.report2.txt`), cov('report', '--rcfile=precision2.rc'))
      cov('json', '-o', `${mode}.json`)
      cov('json', '--rcfile=precision2.rc', '-o', `${mode}.precision2.json`)
      cov('lcov', '-o', `${mode}.lcov`)
      cov('xml', '-o', `${mode}.xml`)
    }
  })

  it('is the real coverage.py 6.5', () => {
    expect(run('--version')).toMatch(/^Coverage\.py, version 6\.5\./)
  })

  for (const mode of ['lines', 'branch'] as const) {
    for (const [file, printedFrom] of [
      [`${mode}.json`, `${mode}.report.txt`],
      [`${mode}.precision2.json`, `${mode}.report2.txt`],
      [`${mode}.lcov`, `${mode}.report.txt`],
      [`${mode}.xml`, `${mode}.report.txt`]
    ]) {
      it(`${file}: equals \`coverage report\`'s TOTAL (${printedFrom})`, async () => {
        const printed = coveragePyTotal(readFileSync(join(dir, printedFrom), 'utf8'))
        const report = await parseCoverage(join(dir, file), { workspace: dir })
        expect(report.warnings).toBeUndefined()
        const { details, passed, warnings } = judgeCoverage(report, 70)
        expect(warnings).toEqual([])
        expect(details.tool_reported).toBe(printed)
        expect(details).toMatchObject({ tool: 'coverage.py', lines_covered: 9, lines_total: 12, line_coverage: 75 })
        if (mode === 'branch') {
          // (9 statements + 2 branches) / (12 + 4) = 68.75%: below 70 although the lines alone reach 75%.
          expect(details).toMatchObject({ coverage_kind: 'statements+branches', coverage: 68.75, branches_covered: 2, branches_total: 4, branch_coverage: 50 })
          expect(passed).toBe(false)
        } else {
          expect(details).toMatchObject({ coverage_kind: 'lines', coverage: 75 })
          expect(passed).toBe(true)
        }
      })
    }
  }

  it('says which figure failed, and the line coverage beside it', async () => {
    const report = await parseCoverage(join(dir, 'branch.lcov'), { workspace: dir })
    expect(judgeCoverage(report, 70).errors).toEqual([
      "coverage 68.75% is below the threshold 70% (statements and branches together, as coverage.py's TOTAL 69%: 11 of 16; lines alone 75%)"
    ])
  })

  it("displays any ratio at any precision exactly as coverage.py's own Numbers class", () => {
    const cases: [number, number, number][] = []
    for (let total = 1; total <= 400; total += 1) {
      for (const covered of [0, 1, Math.floor(total / 3), Math.floor(total / 2), Math.floor((2 * total) / 3), Math.floor((7 * total) / 8), total - 1, total]) {
        for (const precision of [0, 1, 2, 3]) cases.push([covered, total, precision])
      }
    }
    const script = [
      'import json, sys',
      'from coverage.results import Numbers',
      'cases = json.load(sys.stdin)',
      'print(json.dumps([Numbers(precision=p, n_files=1, n_statements=t, n_missing=t - c).pc_covered_str for c, t, p in cases]))'
    ].join('\n')
    const python = readFileSync(COVERAGE_PY, 'utf8').split('\n')[0].replace(/^#!\s*/, '').trim()
    const expected = JSON.parse(execFileSync(python, ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' })) as string[]
    const actual = cases.map(([c, t, p]) => coveragePyDisplay(c, t, p))
    const differ = cases.flatMap((c, i) => (actual[i] === expected[i] ? [] : [`${c.join('/')}: ${actual[i]} vs ${expected[i]}`]))
    expect(differ).toEqual([])
    expect(cases.length).toBeGreaterThan(10_000)
  })
})

describe('jest 29 from node_modules (Istanbul): the gate figure is the `% Lines` jest prints, truncated', () => {
  let dir: string
  let printed: string

  beforeAll(() => {
    dir = tempDir('covjs-')
    mkdirSync(join(dir, 'src'))
    mkdirSync(join(dir, 'test'))
    // 65 one-line functions and the export line: 66 lines; the test runs 61 of the functions, so 62 of 66 lines
    // are covered = 93.939…%, which jest prints as 93.93 (rounding would say 93.94).
    const fns = Array.from({ length: 65 }, (_, i) => `function f${i}() {\n  return ${i}\n}\n`).join('')
    writeFileSync(join(dir, 'src/many.js'), `${fns}module.exports = { ${Array.from({ length: 65 }, (_, i) => `f${i}`).join(', ')} }\n`)
    writeFileSync(
      join(dir, 'test/many.test.js'),
      `const m = require('../src/many.js')\ntest('runs 61 of 65', () => {\n  for (let i = 0; i < 61; i++) expect(m['f' + i]()).toBe(i)\n})\n`
    )
    writeFileSync(join(dir, 'package.json'), '{ "name": "covjs", "private": true }\n')
    writeFileSync(
      join(dir, 'jest.config.js'),
      "module.exports = { testEnvironment: 'node', coverageReporters: ['text', 'json-summary', 'lcov', 'cobertura'], coverageDirectory: 'coverage' }\n"
    )
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--ci', '--coverage', '--rootDir', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const row = /^All files\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*([\d.]+)\s*\|/m.exec(out)
    if (!row) throw new Error(`no "All files" row in jest's output:\n${out}`)
    printed = row[1]
  })

  it('printed a figure that rounding would not give', () => {
    expect(printed).toBe('93.93')
    expect(((100 * 62) / 66).toFixed(2)).toBe('93.94')
  })

  for (const [file, format] of [
    ['coverage/coverage-summary.json', 'istanbul-summary'],
    ['coverage/lcov.info', 'lcov'],
    ['coverage/cobertura-coverage.xml', 'cobertura']
  ]) {
    it(`${file}: the gate shows ${'`% Lines`'} as jest printed it`, async () => {
      const report = await parseCoverage(join(dir, file), { workspace: dir })
      expect(report).toMatchObject({ format, lines_covered: 62, lines_total: 66 })
      const { details } = judgeCoverage(report, 90)
      expect(details).toMatchObject({ coverage: Number(printed), coverage_kind: 'lines', line_coverage: Number(printed) })
      if (format === 'istanbul-summary') expect(details.tool_reported).toBe(printed)
      expect(judgeCoverage(report, 93.94).passed).toBe(false)
      expect(judgeCoverage(report, 93.93).passed).toBe(true)
    })
  }
})

describe('vitest 4.1.12 with @vitest/coverage-v8 (reports in __fixtures__/reports/coverage/vitest)', () => {
  // vitest printed "All files | 93.84 | 100 | 93.84 | 93.84 |": 61 of 65 lines, 93.846…%, truncated.
  const row = /^All files\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*([\d.]+)\s*\|/m.exec(readFixture(coverageFixture('vitest/vitest.console.txt')))
  const printed = row?.[1]

  for (const [file, format] of [
    ['vitest/coverage-summary.json', 'istanbul-summary'],
    ['vitest/lcov.info', 'lcov'],
    ['vitest/cobertura-coverage.xml', 'cobertura']
  ]) {
    it(`${file}: the gate shows the % Lines vitest printed (93.84, not the rounded 93.85)`, async () => {
      expect(printed).toBe('93.84')
      const report = await parseCoverage(coverageFixture(file), { workspace: '/tmp/vtsample' })
      expect(report).toMatchObject({ format, lines_covered: 61, lines_total: 65 })
      expect(report.files.map((f) => f.file)).toEqual(['src/many.js'])
      expect(judgeCoverage(report, 90).details).toMatchObject({ coverage: 93.84, coverage_kind: 'lines' })
    })
  }
})

describe('clang 14 + llvm-cov 14 (reports in __fixtures__/reports/coverage/llvm-cov, regenerate.sh)', () => {
  // llvm-cov report printed "TOTAL … 31 9 70.97% 14 7 50.00%" (lines: count, missed, cover; then branches).
  const row = /^TOTAL(?:\s+\S+){6}\s+(\d+)\s+(\d+)\s+([\d.]+)%\s+(\d+)\s+(\d+)\s+([\d.]+)%/m.exec(readFixture(coverageFixture('llvm-cov/llvm-cov.console.txt')))

  it("llvm-cov export -format=lcov: the lines and branches llvm-cov report counts, a header's inline function included", async () => {
    expect(row?.slice(1)).toEqual(['31', '9', '70.97', '14', '7', '50.00'])
    const report = await parseCoverage(coverageFixture('llvm-cov/llvm-cov.lcov'), { workspace: '/tmp/llvmsample' })
    expect(report).toMatchObject({ format: 'lcov', lines_covered: 22, lines_total: 31, branches_covered: 7, branches_total: 14 })
    expect(report.files.map((f) => [f.file, f.lines_covered, f.lines_total])).toEqual([
      ['src/calc.c', 14, 22],
      ['src/calc.h', 4, 5],
      ['tests/main.c', 4, 4]
    ])
    expect(judgeCoverage(report, 70).details).toMatchObject({ coverage: 70.96, coverage_kind: 'lines' })
  })

  it("llvm-cov's JSON export is refused by name, saying how to have lcov", async () => {
    const file = coverageFixture('llvm-cov/llvm-cov-summary.json')
    const error = await readCoverageReport(file, { workspace: '/tmp/llvmsample' }).catch((e: unknown) => e)
    expect(String((error as Error).message)).toContain(
      "not a JUnit, Cobertura, JaCoCo, lcov, coverage.py JSON or Istanbul report: llvm-cov's JSON export (llvm-cov export, cargo llvm-cov --json): write lcov instead (llvm-cov export -format=lcov, cargo llvm-cov --lcov)"
    )
  })
})
