/**
 * Patch coverage end to end: a real git branch, real jest (and coverage.py when installed) coverage reports, and
 * expectations computed by hand from which lines the tests execute.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { changedLines, type ChangedLines } from '../../src/diff/changed-lines.js'
import { patchCoverage } from '../../src/diff/patch-coverage.js'
import { readLineHits, type LineCoverageFormat, type LineHits } from '../../src/reports/line-coverage.js'
import { ReportError } from '../../src/reports/types.js'
import { buildRepo, hasCoveragePy, runCoveragePy, runJestCoverage, type TestRepo } from './repo.js'

const asObject = (hits: LineHits): Record<string, Record<number, number>> =>
  Object.fromEntries([...hits].map(([file, lines]) => [file, Object.fromEntries(lines)]))

/**
 * Executable lines (statement start lines) and their hits under the tiny test suite:
 * - src/math.js: 2 add=, 3 const sum, 4 return sum, 6 sub=, 7 return a - b (never), 9 div=, 10 if, 11 throw (never),
 *   13 return a / b;
 * - src/new-name.js: 2, 3, 4, 5 (greet ran once), 7 (shout=), 8, 9 (shout never ran);
 * - src/added.js: 3, 4 (half ran), 6, 7 (never ran);
 * - src/spëcial file.js: 1.
 */
const JS_HITS = {
  'src/math.js': { 2: 1, 3: 1, 4: 1, 6: 1, 7: 0, 9: 1, 10: 1, 11: 0, 13: 1 },
  'src/new-name.js': { 2: 1, 3: 1, 4: 1, 5: 1, 7: 1, 8: 0, 9: 0 },
  'src/added.js': { 3: 1, 4: 1, 6: 1, 7: 0 },
  'src/spëcial file.js': { 1: 1 }
}

/**
 * Changed executable lines: math.js 3, 4, 9, 10, 11, 13 (11 missed) → 5/6; new-name.js 4 → 1/1;
 * added.js 3, 4, 6, 7 (7 missed) → 3/4; spëcial file.js 1 → 1/1. In all 10 of 12.
 */
const JS_PATCH = {
  covered: 10,
  total: 12,
  percent: 83.33,
  files: [
    { file: 'src/added.js', covered: 3, total: 4 },
    { file: 'src/math.js', covered: 5, total: 6 },
    { file: 'src/new-name.js', covered: 1, total: 1 },
    { file: 'src/spëcial file.js', covered: 1, total: 1 }
  ]
}

let repo: TestRepo
let changed: ChangedLines
let wanted: Set<string>

beforeAll(async () => {
  repo = await buildRepo()
  await runJestCoverage(repo.dir)
  if (hasCoveragePy) runCoveragePy(repo.dir)
  changed = await changedLines({ workspace: repo.dir, base: 'main' })
  wanted = new Set(changed.keys())
}, 120_000)

afterAll(async () => {
  await repo.cleanup()
})

describe('readLineHits + patchCoverage on jest reports', () => {
  const reports: [LineCoverageFormat, string][] = [
    ['lcov', 'coverage/lcov.info'],
    ['cobertura', 'coverage/cobertura-coverage.xml'],
    ['istanbul-final', 'coverage/coverage-final.json']
  ]

  it.each(reports)('%s gives the executable lines and hits of the changed files', async (format, report) => {
    const hits = await readLineHits(path.join(repo.dir, report), { workspace: repo.dir, format, files: wanted })
    const js = asObject(hits)
    // Only requested files: src/math.js etc.; none of the report's other files (there are none outside src/ here).
    expect(Object.keys(js).sort()).toEqual(Object.keys(JS_HITS).sort())
    expect(js).toEqual(JS_HITS)
    expect(patchCoverage(changed, hits)).toEqual(JS_PATCH)
  })

  it('reads nothing for files not asked for', async () => {
    const only = new Set(['src/added.js'])
    const hits = await readLineHits(path.join(repo.dir, 'coverage/lcov.info'), { workspace: repo.dir, format: 'lcov', files: only })
    expect(asObject(hits)).toEqual({ 'src/added.js': JS_HITS['src/added.js'] })
    const none = await readLineHits(path.join(repo.dir, 'coverage/lcov.info'), { workspace: repo.dir, format: 'lcov', files: new Set() })
    expect(none.size).toBe(0)
  })
})

;(hasCoveragePy ? describe : describe.skip)('readLineHits + patchCoverage on coverage.py reports', () => {
  /**
   * pkg/calc.py under run_py.py: statements 1 (def add), 2, 3, 6 (def sub), 7 (never), 10 (def div), 11, 12 (never),
   * 13. Changed executable lines 2, 3, 10, 11, 12, 13 → 5 of 6. pkg/__init__.py is empty: no lines.
   */
  const PY_HITS = { 'pkg/calc.py': { 1: 1, 2: 1, 3: 1, 6: 1, 7: 0, 10: 1, 11: 1, 12: 0, 13: 1 } }
  const PY_PATCH = { covered: 5, total: 6, percent: 83.33, files: [{ file: 'pkg/calc.py', covered: 5, total: 6 }] }

  it.each([
    ['coverage.py-json', 'coverage/py.json'],
    ['lcov', 'coverage/py.lcov'],
    ['cobertura', 'coverage/py.xml']
  ] as [LineCoverageFormat, string][])('%s', async (format, report) => {
    const hits = await readLineHits(path.join(repo.dir, report), { workspace: repo.dir, format, files: wanted })
    expect(asObject(hits)).toEqual(PY_HITS)
    expect(patchCoverage(changed, hits)).toEqual(PY_PATCH)
  })
})

describe('patchCoverage', () => {
  it('is null percent when no changed line is executable', () => {
    const result = patchCoverage(new Map([['README.md', new Set([1, 2])]]), new Map([['src/a.js', new Map([[1, 1]])]]))
    expect(result).toEqual({ covered: 0, total: 0, percent: null, files: [] })
  })

  it('counts only changed lines present in the coverage data', () => {
    const changedHere: ChangedLines = new Map([['a.js', new Set([1, 2, 3, 4])]])
    const hits: LineHits = new Map([['a.js', new Map([[2, 0], [3, 5], [9, 1]])]])
    expect(patchCoverage(changedHere, hits)).toEqual({ covered: 1, total: 2, percent: 50, files: [{ file: 'a.js', covered: 1, total: 2 }] })
  })

  it('never rounds an uncovered changed line away: 20,001 of 20,002 is 99.99, not 100', () => {
    const lines = Array.from({ length: 20_002 }, (_, i) => i + 1)
    const changedHere: ChangedLines = new Map([['a.js', new Set(lines)]])
    const hits: LineHits = new Map([['a.js', new Map(lines.map((l) => [l, l === 20_002 ? 0 : 1]))]])
    expect(patchCoverage(changedHere, hits).percent).toBe(99.99)
    // 2 of 3 is 66.66 (truncated, as the total coverage is), not 66.67
    expect(patchCoverage(new Map([['a.js', new Set([1, 2, 3])]]), new Map([['a.js', new Map([[1, 1], [2, 1], [3, 0]])]])).percent).toBe(66.66)
  })
})

describe('readLineHits on broken input', () => {
  it('names the file, format and place', async () => {
    const bad = path.join(repo.dir, 'coverage/bad.info')
    await writeFile(bad, 'SF:src/math.js\nDA:x,1\nend_of_record\n')
    await expect(readLineHits(bad, { workspace: repo.dir, format: 'lcov', files: new Set(['src/math.js']) })).rejects.toThrow(ReportError)
    await expect(readLineHits(bad, { workspace: repo.dir, format: 'lcov', files: new Set(['src/math.js']) })).rejects.toThrow(/line 2/)
    const xml = path.join(repo.dir, 'coverage/bad.xml')
    await writeFile(xml, '<!DOCTYPE x [<!ENTITY a "aaaa">]><coverage/>')
    await expect(readLineHits(xml, { workspace: repo.dir, format: 'cobertura', files: new Set(['a']) })).rejects.toThrow(/entities/)
    const json = path.join(repo.dir, 'coverage/bad.json')
    await writeFile(json, '{"__proto__": {"statementMap": {}, "s": {}}, "constructor": 1}')
    await expect(readLineHits(json, { workspace: repo.dir, format: 'istanbul-final', files: new Set(['a']) })).rejects.toThrow(/constructor/)
    expect(({} as Record<string, unknown>).statementMap).toBeUndefined()
  })
})
