/**
 * Coverage that cannot be made to lie: a summary contradicting its line data, files outside the workspace or the
 * component, and a rounded percentage deciding the gate.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { judgeCoverage } from '../../src/gates/tests.js'
import { parseCobertura, parseLcov } from '../../src/reports/coverage.js'
import { coveragePyReport, istanbulSummaryReport } from '../../src/reports/coverage-json.js'
import { coveragePyDisplay, meetsThreshold, truncatedPercent } from '../../src/reports/coverage-figures.js'
import { readCoverageReport } from '../../src/reports/tests-and-coverage.js'
import { componentCoverageScope } from '../../src/engine/stages/coverage-scope.js'
import { productionCriteria } from '../../src/engine/stages/deployment.js'
import { scopeCoverage } from '../../src/reports/coverage-scope.js'
import type { RunContext } from '../../src/engine/context.js'
import type { CoverageReport } from '../../src/reports/types.js'

const ws = '/work/ws'
const dir = mkdtempSync(join(tmpdir(), 'cov-trust-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const lcov = (text: string): Promise<CoverageReport> => parseLcov(text, { file: 'r.info', workspace: ws })

describe('a summary that contradicts its line data: the data win, with a warning naming the record', () => {
  it('LH:2 with both DA lines at 0 hits is 0 of 2, not 100%', async () => {
    const report = await lcov('TN:\nSF:src/a.py\nDA:1,0\nDA:2,0\nLF:2\nLH:2\nend_of_record\n')
    expect(report).toMatchObject({ lines_covered: 0, lines_total: 2 })
    expect(report.warnings).toEqual([
      'r.info line 2: the record of src/a.py says LH:2 but 0 of its 2 DA lines were hit; counted from its line data'
    ])
    const judged = judgeCoverage(report, 50)
    expect(judged.passed).toBe(false)
    expect(judged.details.coverage).toBe(0)
    expect(judged.warnings[0]).toContain('r.info line 2')
  })

  it('LF/LH larger than the DA lines they summarize count for nothing', async () => {
    const report = await lcov('SF:src/a.py\nDA:1,1\nDA:2,0\nLF:100\nLH:100\nBRDA:1,0,0,0\nBRDA:1,0,1,1\nBRF:10\nBRH:10\nend_of_record\n')
    expect(report).toMatchObject({ lines_covered: 1, lines_total: 2, branches_covered: 1, branches_total: 2 })
    expect(report.warnings?.[0]).toBe(
      'r.info line 1: the record of src/a.py says LF:100 but lists 2 DA lines and says LH:100 but 1 of its 2 DA lines were hit and says BRF:10 but lists 2 BRDA branches and says BRH:10 but 1 of its 2 BRDA branches were taken; counted from its line data'
    )
  })

  it('counts LF/LH that state more lines than listed and fewer hit (gcovr: a line once per function), never a higher figure', async () => {
    const report = await lcov('SF:src/a.cc\nDA:1,2\nDA:2,1\nLH:1\nLF:3\nend_of_record\n')
    expect(report).toMatchObject({ lines_covered: 1, lines_total: 3 })
    expect(report.warnings?.[0]).toMatch(/says LF:3 but lists 2 DA lines and says LH:1 but 2 of its 2 DA lines were hit; counted as its LF\/LH say, the lower figure/)
    // A file of two records merges its DA lines; one record's summary does not stand for the file's.
    const merged = await lcov('SF:src/a.cc\nDA:1,2\nDA:2,1\nLH:1\nLF:3\nend_of_record\nSF:src/a.cc\nDA:1,1\nend_of_record\n')
    expect(merged).toMatchObject({ lines_covered: 2, lines_total: 2 })
    expect(merged.warnings?.[0]).toMatch(/; counted from its line data$/)
  })

  it('leaves out DA:0 (no source line has that number), and a record of only DA:0 is not counted from its LF/LH', async () => {
    // codecov/worker's lcov test: `SF:empty.js` with `DA:0,1`, `LF:1`, `LH:1` is no file at all for codecov.
    const report = await lcov('TN:\nSF:empty.js\nDA:0,1\nLF:1\nLH:1\nend_of_record\nSF:b.js\nDA:0,3\nDA:1,1\nDA:2,0\nend_of_record\n')
    expect(report.files).toEqual([
      { file: 'empty.js', lines_covered: 0, lines_total: 0 },
      { file: 'b.js', lines_covered: 1, lines_total: 2 }
    ])
    expect(report.warnings).toEqual(['r.info line 3: 2 DA line(s) numbered 0 left out, as no source line has that number'])
  })

  it('merges one file written two ways (src/a.py, ./src/a.py) instead of counting its lines twice', async () => {
    const report = await lcov('SF:src/a.py\nDA:1,0\nDA:2,0\nend_of_record\nSF:./src/a.py\nDA:1,1\nDA:2,1\nend_of_record\nSF:/work/ws/src/a.py\nDA:2,1\nend_of_record\n')
    expect(report.files).toEqual([{ file: 'src/a.py', lines_covered: 2, lines_total: 2 }])
  })

  it('merges one Cobertura file written two ways under its <source>', async () => {
    const xml =
      '<coverage><sources><source>/work/ws/src</source></sources><packages><package><classes>' +
      '<class filename="a.py"><lines><line number="1" hits="0"/><line number="2" hits="0"/></lines></class>' +
      '<class filename="./a.py"><lines><line number="1" hits="1"/><line number="2" hits="1"/></lines></class>' +
      '</classes></package></packages></coverage>'
    const report = await parseCobertura(xml, { file: 'coverage.xml', workspace: ws })
    expect(report.files).toEqual([{ file: 'src/a.py', lines_covered: 2, lines_total: 2 }])
  })

  it('uses LF/LH only for a record without DA lines, its hits capped at its total', async () => {
    const report = await lcov('SF:src/a.py\nLF:4\nLH:3\nend_of_record\nSF:src/b.py\nLF:2\nLH:5\nend_of_record\n')
    expect(report).toMatchObject({ lines_covered: 5, lines_total: 6 })
    expect(report.warnings).toEqual(['r.info line 5: the record of src/b.py says LH:5, more than LF:2; the hits capped at the total'])
  })

  it("reads coverage.py 6.x's LCOV as coverage.py counts it (LH = executed lines, DA lines that are no statements)", async () => {
    // Written by coverage.py 6.5.0 for a module whose docstring and `def` lines ran: LH:12 with 3 statements missed.
    const hits = [1, 2, 5, 7, 8, 12, 13, 15, 18, 19, 21, 25].map((n) => `DA:${n},1,x`)
    const text = `TN:\nSF:pkg/mod.py\n${hits.join('\n')}\nDA:9,0,x\nDA:22,0,x\nDA:26,0,x\nLF:12\nLH:12\nBRF:4\nBRH:2\nend_of_record\n`
    const report = await lcov(text)
    expect(report).toMatchObject({ lines_covered: 9, lines_total: 12, producer: 'coverage.py' })
    expect(report.warnings).toBeUndefined()
  })

  it("counts coverage.py JSON from its line lists when its summary says otherwise", () => {
    const data = {
      meta: { version: '6.5.0' },
      totals: { covered_lines: 10, num_statements: 10, percent_covered: 100, percent_covered_display: '100' },
      files: {
        'src/a.py': {
          executed_lines: [],
          missing_lines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
          summary: { covered_lines: 10, num_statements: 10 }
        }
      }
    }
    const report = coveragePyReport(data, { file: 'coverage.json', workspace: ws })
    expect(report).toMatchObject({ lines_covered: 0, lines_total: 10 })
    expect(report.warnings).toEqual([
      'coverage.json $.files["src/a.py"].summary: says 10 of 10 (covered_lines of num_statements) but $.files["src/a.py"].missing_lines lists 10 and executed_lines 0; counted from the line lists',
      'coverage.json $.totals: says 10 of 10 statements covered, its files 0 of 10; counted from the line lists'
    ])
    const judged = judgeCoverage(report, 50)
    expect(judged.passed).toBe(false)
    expect(judged.warnings).toContain('the report states a total of 100% but its file data give 0%; the data are judged')
  })

  it('refuses a coverage.py file with no line lists whose summary covers more than it has (never made 100%)', () => {
    const data = {
      meta: { version: '7.4.0' },
      totals: { covered_lines: 10, num_statements: 5, percent_covered: 200 },
      files: { 'src/a.py': { summary: { covered_lines: 10, num_statements: 5, percent_covered: 200 } } }
    }
    expect(() => coveragePyReport(data, { file: 'coverage.json', workspace: ws })).toThrow(
      /\$\.files\["src\/a\.py"\]\.summary.*says covered_lines 10 of num_statements 5, and the file has no executed_lines\/missing_lines lists/
    )
    // A summary-only file that is consistent is still read from its summary.
    const fine = { meta: { version: '7.4.0' }, totals: { covered_lines: 3, num_statements: 5 }, files: { 'src/a.py': { summary: { covered_lines: 3, num_statements: 5 } } } }
    expect(coveragePyReport(fine, { file: 'coverage.json', workspace: ws })).toMatchObject({ lines_covered: 3, lines_total: 5 })
  })

  it("counts an Istanbul json-summary from its files when its total says otherwise", () => {
    const data = {
      total: { lines: { total: 100, covered: 100, pct: 100 } },
      '/work/ws/src/a.js': { lines: { total: 10, covered: 1, pct: 10 } }
    }
    const report = istanbulSummaryReport(data, { file: 'coverage-summary.json', workspace: ws })
    expect(report).toMatchObject({ lines_covered: 1, lines_total: 10, producer: 'istanbul' })
    expect(report.warnings).toEqual([
      'coverage-summary.json $.total.lines: says 100 of 100 lines covered, its files 1 of 10; counted from the files'
    ])
    expect(judgeCoverage(report, 50).passed).toBe(false)
  })

  it('counts Cobertura from its <line> elements, warning when the root says otherwise', async () => {
    const xml =
      '<?xml version="1.0" ?>\n<coverage lines-valid="2" lines-covered="2" line-rate="1"><packages><package><classes>' +
      '<class filename="src/a.py"><lines><line number="1" hits="0"/><line number="2" hits="0"/></lines></class>' +
      '</classes></package></packages></coverage>\n'
    const report = await parseCobertura(xml, { file: 'coverage.xml', workspace: ws })
    expect(report).toMatchObject({ lines_covered: 0, lines_total: 2 })
    expect(report.warnings).toEqual([
      'coverage.xml <coverage>: says lines-covered="2" lines-valid="2" but its <line> elements give 0 of 2; counted from the <line> elements'
    ])
  })
})

describe('coverage outside the workspace or the component does not count toward it', () => {
  const text = [
    'SF:/etc/passwd\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nDA:5,1\nDA:6,1\nDA:7,1\nDA:8,1\nend_of_record',
    'SF:../other/x.py\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nend_of_record',
    'SF:src/app/a.py\nDA:1,1\nDA:2,0\nDA:3,0\nDA:4,0\nend_of_record',
    'SF:/work/ws/src/lib/b.py\nDA:1,1\nDA:2,1\nend_of_record',
    'SF:tests/test_a.py\nDA:1,1\nDA:2,1\nend_of_record',
    'SF:src/application/c.py\nDA:1,1\nend_of_record'
  ].join('\n')
  const path = join(dir, 'hostile.info')
  writeFileSync(path, `${text}\n`)

  it("keeps only the component's files, and says what was left out", async () => {
    const report = await readCoverageReport(path, { workspace: ws, scope: { sources: ['./src/app/'] } })
    expect(report.files.map((f) => f.file)).toEqual(['src/app/a.py'])
    expect(report).toMatchObject({ lines_covered: 1, lines_total: 4 })
    expect(report.left_out).toEqual({
      outside_workspace: 2,
      outside_component: 3,
      test_files: 0,
      run_outputs: 0,
      lines_total: 17,
      examples: ['/etc/passwd', '../other/x.py', 'src/lib/b.py', 'tests/test_a.py', 'src/application/c.py']
    })
    const judged = judgeCoverage(report, 70)
    expect(judged.passed).toBe(false)
    expect(judged.details).toMatchObject({ coverage: 25, lines_covered: 1, lines_total: 4, left_out: report.left_out })
    expect(judged.warnings).toEqual([
      "5 file(s) of the coverage report (17 lines) do not count toward the component: 2 outside the workspace, 3 outside the component's paths (/etc/passwd, ../other/x.py, src/lib/b.py, tests/test_a.py, src/application/c.py)"
    ])
  })

  it('without component paths, still leaves out what is outside the workspace', async () => {
    const report = await readCoverageReport(path, { workspace: ws })
    expect(report.left_out).toMatchObject({ outside_workspace: 2, outside_component: 0, lines_total: 12 })
    expect(report).toMatchObject({ lines_covered: 6, lines_total: 9 })
  })

  it('reads a path written through the real path of a linked workspace as inside it', async () => {
    const report = await readCoverageReport(path, { workspace: '/link/ws', scope: { realWorkspace: '/work/ws', sources: ['src/lib'] } })
    expect(report.files.map((f) => f.file)).toEqual(['src/lib/b.py'])
  })

  // benjaminp/six: test_six.py sits beside six.py, source and tests both the whole repository; its 771 statements,
  // 90% covered, lifted six.py's 61% to a TOTAL of 78% that passed the staging threshold of 70.
  it('leaves out test code measured inside the source paths: a tests directory within them, or pytest-named files beside them', () => {
    const lcov = (files: Array<[string, number, number]>) =>
      `${files.map(([f, hit, miss]) => `SF:${f}\n${[...Array(hit + miss)].map((_, i) => `DA:${i + 1},${i < hit ? 1 : 0}`).join('\n')}\nend_of_record`).join('\n')}\n`
    const flat = join(dir, 'flat.info')
    writeFileSync(flat, lcov([['six.py', 3, 7], ['test_six.py', 9, 1], ['conftest.py', 2, 0], ['tests/unit_test.py', 4, 0], ['setup.py', 0, 2], ['testing.py', 1, 1]]))
    return Promise.all([
      readCoverageReport(flat, { workspace: ws, scope: { sources: ['.'], tests: ['.'] } }).then((report) => {
        // By name where the tests share the sources' directory: testing.py is no test module.
        expect(report.files.map((f) => f.file)).toEqual(['six.py', 'setup.py', 'testing.py'])
        expect(report).toMatchObject({ lines_covered: 4, lines_total: 14 })
        expect(report.left_out).toMatchObject({ outside_workspace: 0, outside_component: 0, test_files: 3, lines_total: 16 })
        expect(judgeCoverage(report, 70).warnings).toEqual([
          '3 file(s) of the coverage report (16 lines) do not count toward the component: 3 test file(s) inside them (test_six.py, conftest.py, tests/unit_test.py)'
        ])
      }),
      // A tests directory inside the sources: every file under it, whatever its name; nothing else by name.
      readCoverageReport(flat, { workspace: ws, scope: { sources: ['.'], tests: ['tests'] } }).then((report) => {
        expect(report.files.map((f) => f.file)).toEqual(['six.py', 'test_six.py', 'conftest.py', 'setup.py', 'testing.py'])
        expect(report.left_out).toMatchObject({ test_files: 1 })
      }),
      // Tests outside the sources were already left out as outside the component; no scope tests: as before.
      readCoverageReport(flat, { workspace: ws, scope: { sources: ['.'] } }).then((report) => expect(report.left_out).toBeUndefined())
    ])
  })

  // six again: with test_six.py left out, the gate said "the tool prints 60%" where coverage.py had printed 78%.
  it("claims no figure the tool printed once files were left out: its TOTAL counted them", () => {
    const data = {
      meta: { version: '7.6.0' },
      totals: { covered_lines: 13, num_statements: 20, percent_covered: 65, percent_covered_display: '65' },
      files: {
        'six.py': { executed_lines: [1, 2, 3], missing_lines: [4, 5, 6, 7, 8, 9, 10], summary: { covered_lines: 3, num_statements: 10 } },
        'test_six.py': { executed_lines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], missing_lines: [], summary: { covered_lines: 10, num_statements: 10 } }
      }
    }
    const whole = judgeCoverage(coveragePyReport(data, { file: 'coverage.json', workspace: ws }), 70)
    expect(whole.details.tool_reported).toBe('65')
    const scoped = judgeCoverage(scopeCoverage(coveragePyReport(data, { file: 'coverage.json', workspace: ws }), { sources: ['.'], tests: ['.'] }), 70)
    expect(scoped.details).toMatchObject({ coverage: 30, lines_covered: 3, lines_total: 10 })
    expect(scoped.details.tool_reported).toBeUndefined()
    expect(scoped.errors).toEqual(['line coverage 30% is below the threshold 70% (3 of 10 lines)'])
    const branches = { ...data, files: Object.fromEntries(Object.entries(data.files).map(([f, v]) => [f, { ...v, executed_branches: [[1, 2]], missing_branches: [[2, 3]], summary: { ...v.summary, num_branches: 2, covered_branches: 1 } }])) }
    const scopedBranches = judgeCoverage(scopeCoverage(coveragePyReport(branches, { file: 'coverage.json', workspace: ws }), { sources: ['.'], tests: ['.'] }), 70)
    expect(scopedBranches.errors[0]).toMatch(/\(statements and branches together, as coverage\.py counts them: 4 of 12; lines alone 30%\)$/)
  })

  // jaraco/jaraco.functools, the whole repository as the component: `pytest --cov=.` measured the rerun plugin the
  // python preset writes to {reports}, and its 13 lines counted as the component's.
  it("leaves out what the run itself wrote under .spec-to-production/, whatever the component's paths", async () => {
    const runOutputs = join(dir, 'run-outputs.info')
    writeFileSync(runOutputs, 'SF:calc.py\nDA:1,1\nDA:2,1\nend_of_record\nSF:.spec-to-production/runs/calc-1/reports/spec_to_production_reruns.py\nDA:1,1\nDA:2,0\nDA:3,0\nend_of_record\n')
    for (const scope of [{ sources: ['.'], tests: ['.'] }, {}]) {
      const report = await readCoverageReport(runOutputs, { workspace: ws, scope })
      expect(report.files.map((f) => f.file)).toEqual(['calc.py'])
      expect(report).toMatchObject({ lines_covered: 2, lines_total: 2 })
      expect(report.left_out).toMatchObject({ run_outputs: 1, lines_total: 3 })
      expect(judgeCoverage(report, 70).warnings).toEqual([
        '1 file(s) of the coverage report (3 lines) do not count toward the component: 1 written by this run under .spec-to-production/ (.spec-to-production/runs/calc-1/reports/spec_to_production_reruns.py)'
      ])
    }
  })

  it("leaves out the tests path's files even when the source is the whole workspace (node --test measures its test files)", async () => {
    const report = await readCoverageReport(path, { workspace: ws, scope: { sources: ['.'], tests: ['./tests/'] } })
    expect(report.files.map((f) => f.file)).toEqual(['src/app/a.py', 'src/lib/b.py', 'src/application/c.py'])
    expect(report).toMatchObject({ lines_covered: 4, lines_total: 7 })
    expect(report.left_out).toEqual({
      outside_workspace: 2,
      outside_component: 0,
      test_files: 1,
      run_outputs: 0,
      lines_total: 14,
      examples: ['/etc/passwd', '../other/x.py', 'tests/test_a.py']
    })
    const judged = judgeCoverage(report, 50)
    expect(judged.details).toMatchObject({ coverage: 57.14, lines_covered: 4, lines_total: 7 })
    expect(judged.warnings).toEqual([
      '3 file(s) of the coverage report (14 lines) do not count toward the component: 2 outside the workspace, 1 test file(s) inside them (/etc/passwd, ../other/x.py, tests/test_a.py)'
    ])
  })

  it('a tests path that holds a source path, or is the whole workspace, leaves nothing out', async () => {
    for (const tests of [['src'], ['.']]) {
      const report = await readCoverageReport(path, { workspace: ws, scope: { sources: ['src/app'], tests } })
      expect(report.files.map((f) => f.file)).toEqual(['src/app/a.py'])
      expect(report.left_out).toMatchObject({ outside_component: 3 })
      expect(report.left_out?.test_files).toBe(0)
    }
  })

  it('fails when nothing of the component was measured', async () => {
    const report = await readCoverageReport(path, { workspace: ws, scope: { sources: ['src/none'] } })
    const judged = judgeCoverage(report, 50)
    expect(judged.passed).toBe(false)
    expect(judged.errors).toEqual(['the coverage report measured no line of the component: nothing was covered'])
    // 0 of 0 is no percentage: never 100 in the details (the `coverage` output, the summary, the dashboard).
    expect(judged.details).toMatchObject({ coverage: null, line_coverage: null, lines_covered: 0, lines_total: 0 })
  })

  it('shows no percentage for a Cobertura report whose totals claim 100 of 100 but that lists no line', async () => {
    const report = await parseCobertura('<coverage line-rate="1" lines-valid="100" lines-covered="100" version="1"><packages/></coverage>', { file: 'c.xml', workspace: ws })
    const judged = judgeCoverage(report, 50)
    expect(judged.passed).toBe(false)
    expect(judged.details.coverage).toBeNull()
    expect(judged.details.tool_reported).toBeUndefined()
  })
})

describe("the component's source paths, as the testing stage finds them", () => {
  const workspace = join(dir, 'repo')
  mkdirSync(join(workspace, 'src/app'), { recursive: true })
  mkdirSync(join(workspace, 'lib/app'), { recursive: true })
  const ctx = (source: string, frontmatter?: Record<string, unknown>): RunContext =>
    ({ host: { workspace }, config: { paths: { source, tests: 'tests' } }, spec: frontmatter && { frontmatter } }) as unknown as RunContext

  it("takes the spec's frontmatter paths.source (a list; a glob by its directory) over the configuration", async () => {
    const found = await componentCoverageScope(ctx('src/app', { paths: { source: ['lib/app/**/*.py', './src/app/'] } }))
    expect(found).toEqual({ scope: { sources: ['lib/app', 'src/app'], tests: ['tests'] } })
  })

  it("takes the configuration's paths.source without frontmatter paths; `.` is the whole workspace", async () => {
    expect(await componentCoverageScope(ctx('src/app'))).toEqual({ scope: { sources: ['src/app'], tests: ['tests'] } })
    expect(await componentCoverageScope(ctx('.'))).toEqual({ scope: { sources: ['.'], tests: ['tests'] } })
    // The spec's frontmatter paths.tests comes first, as its paths.source does.
    // A glob names test files among the sources (src/**/*.test.ts): its directory is no tests path to leave out whole.
    expect(await componentCoverageScope(ctx('.', { paths: { tests: ['./checks/', 'more/**/*.py'] } }))).toEqual({ scope: { sources: ['.'], tests: ['checks'] } })
  })

  it('limits nothing but the workspace when the path does not exist, and says so', async () => {
    const found = await componentCoverageScope(ctx('src/missing'))
    expect(found.scope.sources).toBeUndefined()
    expect(found.note).toBe(
      "paths.source (src/missing) does not exist in the workspace: coverage is limited to the workspace, not to the component's paths; set paths.source to where the component's code is"
    )
  })
})

describe('the gate compares exact counts; the figure shown is never on the other side', () => {
  const report = (covered: number, total: number): CoverageReport => ({ format: 'lcov', lines_covered: covered, lines_total: total, percent: (100 * covered) / total, files: [] })

  it('14,000 of 20,001 lines (69.9965%) is below 70, and is shown as 69.99', () => {
    const judged = judgeCoverage(report(14000, 20001), 70)
    expect(judged.passed).toBe(false)
    expect(judged.details.coverage).toBe(69.99)
    expect(judged.errors).toEqual(['line coverage 69.99% is below the threshold 70% (14000 of 20001 lines)'])
  })

  // dateutil/dateutil: src/dateutil not installed, the tests imported the system's dateutil: 1989 passed, 0 of 3595
  // lines of the working tree ran, and the gate said only "0% is below the threshold".
  it('says why when not one line of the component ran', () => {
    const zero = judgeCoverage(report(0, 3595), 70)
    expect(zero.errors).toEqual([
      "line coverage 0% is below the threshold 70% (0 of 3595 lines); not one line of the component's 0 measured file(s) ran: the tests imported no code from them — another copy of it (an installed release on the import path, a src/ layout not installed into the environment) or none at all"
    ])
    expect(judgeCoverage(report(1, 3595), 70).errors[0]).toBe('line coverage 0.02% is below the threshold 70% (1 of 3595 lines)')
  })

  it('exactly at a threshold with decimals passes; a line short fails', () => {
    expect(judgeCoverage(report(145, 200), 72.5).passed).toBe(true)
    expect(judgeCoverage(report(144, 200), 72.5).passed).toBe(false)
    expect(meetsThreshold(1, 3, 33.33)).toBe(true)
    expect(meetsThreshold(1, 3, 33.34)).toBe(false)
    expect(meetsThreshold(0, 5, 0)).toBe(true)
  })

  it('truncates as Istanbul does (93.846… shows as 93.84, 2/3 as 66.66)', () => {
    expect(truncatedPercent(1525, 1625)).toBe(93.84)
    expect(truncatedPercent(61, 65)).toBe(93.84)
    expect(truncatedPercent(2, 3)).toBe(66.66)
    expect(truncatedPercent(7, 10)).toBe(70)
    expect(truncatedPercent(0, 0)).toBe(100)
  })

  it('shows coverage.py figures as coverage.py does: half to even, never 0 or 100 unless exact', () => {
    expect(coveragePyDisplay(153, 200, 0)).toBe('76') // 76.5: a tie, to even
    expect(coveragePyDisplay(155, 200, 0)).toBe('78') // 77.5
    expect(coveragePyDisplay(61, 80, 1)).toBe('76.2') // 76.25
    expect(coveragePyDisplay(199, 200, 0)).toBe('99') // 99.5 would round to 100
    expect(coveragePyDisplay(1, 1000, 0)).toBe('1') // 0.1 would round to 0
    expect(coveragePyDisplay(2, 3, 2)).toBe('66.67')
    expect(coveragePyDisplay(0, 0, 0)).toBe('100')
  })
})

describe("production's integration coverage from a configured report", () => {
  const workspace = mkdtempSync(join(tmpdir(), 's2p-ic-'))
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))
  const ctx = (path: string, format: string): RunContext =>
    ({
      host: { workspace, now: () => Date.now() },
      config: { paths: { source: '.', tests: 'tests' }, stages: { staging_deployment: { enabled: true }, production_deployment: { criteria: { integration_coverage: { threshold: 80, report: { path, format } } } } } },
      templateVars: {},
      results: {}
    }) as unknown as RunContext
  const integration = async (path: string, format: string) =>
    (await productionCriteria(ctx(path, format), {} as never)).find((c) => c.name === 'integration coverage')

  it('a report that measured no line is no value and unmet, saying so (not 100%)', async () => {
    // Totals that claim everything covered, and not one line listed.
    writeFileSync(join(workspace, 'empty.xml'), '<?xml version="1.0"?>\n<coverage line-rate="1" lines-covered="100" lines-valid="100"><packages/></coverage>\n')
    expect(await integration('empty.xml', 'cobertura')).toMatchObject({
      met: false,
      value: null,
      threshold: 80,
      reason: 'the integration coverage report measured no line of the component'
    })
  })

  it('a measured report gives its figure, judged on exact counts', async () => {
    writeFileSync(join(workspace, 'ic.info'), `SF:src/a.ts\n${[...Array(10)].map((_, i) => `DA:${i + 1},${i < 8 ? 1 : 0}`).join('\n')}\nend_of_record\n`)
    expect(await integration('ic.info', 'lcov')).toMatchObject({ met: true, value: 80, threshold: 80 })
  })
})
