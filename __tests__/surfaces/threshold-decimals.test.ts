/**
 * A limit written with more than two decimals (`required: 99.995`, `dev_threshold: 79.995`): the gates compare exact
 * counts, and every surface must show the figure on the side of the limit the counts are. The report's two-decimal
 * figures put 19,999 of 20,000 passed tests (99.995%) at 99.99 and the limit, rounded, at 100: a passing gate read
 * "99.99% < 100%", and the dashboard showed "threshold 80.0%" for 79.995.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readdir, readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { renderJobSummary } from '../../src/action/summary.js'
import { aggregateSummary, readLegReports, renderCombinedDashboard } from '../../src/aggregate/index.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary } from '../../src/github/checks.js'
import { coverageDelta, renderComment } from '../../src/github/comment.js'
import { renderDashboard } from '../../src/observability/dashboard.js'
import type { History } from '../../src/observability/metrics.js'
import { gateLogLine, reportView } from '../../src/view/report-view.js'
import { readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

const noHistory: History = { runs: [], days: [], runs_seen: 0, truncated: false, stats: { files: 0, lines: 0, malformed: 0 } }

/** JUnit with `tests` test cases of which `failing` fail; lcov of `lines` lines of which `hit` ran. */
function reports(o: { tests: number; failing: number; lines: number; hit: number }): { junit: string; lcov: string } {
  const cases: string[] = []
  for (let i = 0; i < o.tests; i++) cases.push(i < o.failing ? `<testcase classname="c" name="t${i}"><failure message="boom"/></testcase>` : `<testcase classname="c" name="t${i}"/>`)
  const da: string[] = []
  for (let i = 1; i <= o.lines; i++) da.push(`DA:${i},${i <= o.hit ? 1 : 0}`)
  return {
    junit: `<testsuite name="s" tests="${o.tests}" failures="${o.failing}">${cases.join('')}</testsuite>\n`,
    lcov: `SF:src/tiny/a.js\n${da.join('\n')}\nend_of_record\n`
  }
}

/** Every surface's text for one report (the comment without a base run, no check run or artifact). */
function surfaces(report: WorkflowReport): Record<string, string> {
  return {
    console: reportView(report).gates.map(gateLogLine).join('\n'),
    summary: renderJobSummary(report, {}),
    comment: renderComment(report, null, {}),
    checkRun: checkRunSummary(report, planAnnotations(reportFindings(report))),
    dashboard: renderDashboard({ report, history: noHistory, generatedAt: Date.parse(report.finished_at) })
  }
}

const dirs: string[] = []

async function run(o: { tests: number; failing: number; lines: number; hit: number }): Promise<{ code: number | null; report: WorkflowReport; file: string }> {
  const dir = await tinyRepo({
    testing: 'cp fixture/junit.xml {reports}/junit.xml && cp fixture/lcov.info {reports}/lcov.info',
    extra: 'quality_gates: { test_pass_rate: { required: 99.995 }, test_coverage: { dev_threshold: 79.995 } }\n'
  })
  dirs.push(dir)
  const { junit, lcov } = reports(o)
  await writeIn(dir, 'fixture/junit.xml', junit)
  await writeIn(dir, 'fixture/lcov.info', lcov)
  await writeIn(dir, 'src/tiny/a.js', 'export const a = 1\n'.repeat(o.lines))
  const result = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
  return { code: result.code, report: (await readReport(dir, 'r.json')) as WorkflowReport, file: join(dir, 'r.json') }
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('exactly at a limit of three decimals: 19,999 of 20,000 tests, 15,999 of 20,000 lines', () => {
  let at: Awaited<ReturnType<typeof run>>
  beforeAll(async () => {
    at = await run({ tests: 20_000, failing: 1, lines: 20_000, hit: 15_999 })
  }, 120_000)

  test('both gates pass, and every surface shows each figure at or above its limit, the limit as configured', () => {
    expect(at.code).toBe(0)
    const gates = at.report.stage_results.testing!.quality_gates
    expect([gates.test_pass_rate.passed, gates.test_coverage.passed]).toEqual([true, true])
    // The report's own fields keep their documented two decimals.
    expect([gates.test_pass_rate.details.pass_rate, gates.test_coverage.details.coverage]).toEqual([99.99, 79.99])
    for (const [name, text] of Object.entries(surfaces(at.report))) {
      expect([name, text.includes('99.995% ≥ 99.995%'), text.includes('79.995% ≥ 79.995%')]).toEqual([name, true, true])
      expect([name, text.match(/99\.99%\s*(<|&lt;)\s*100%|79\.99%\s*(<|&lt;)\s*80%|threshold 80(\.0)?%/g)]).toEqual([name, null])
    }
    expect(reportView(at.report).coverage).toMatchObject({ percent: 79.995, reported: 79.99, threshold: 79.995 })
  })

  test('the agent brief says so too: the figures at the limits\' decimals, the weakened pass rate ⚠, not ✓', async () => {
    const archive = join(dirname(at.file), '.spec-to-production/context/archive')
    const briefFile = (await readdir(archive)).find((f) => f.endsWith('.context.md'))!
    const brief = await readFile(join(archive, briefFile), 'utf8')
    expect(brief).toContain('- ✓ testing.test_coverage: coverage 79.995% (threshold ≥ 79.995%)')
    expect(brief).toContain('- ⚠ testing.test_pass_rate: pass_rate 99.995% (threshold ≥ 99.995%) — weakened by configuration: quality_gates.test_pass_rate.required is 99.995')
    expect(brief).not.toMatch(/79\.99% \(threshold|99\.99% \(threshold|✓ testing\.test_pass_rate/)
  })

  test("the coverage change against the base branch compares the report's figures: the same counts are ±0", () => {
    // The history records the report's two-decimal coverage; the same 15,999 of 20,000 lines on the base branch.
    const base = { branch: 'main', run_id: 'main-1', started_at: at.report.started_at, coverage: 79.99, failed_gates: [] }
    expect(coverageDelta(at.report, base)).toBe(0)
    expect(renderComment(at.report, base)).toContain('±0 points against `main`')
  })

  test('the aggregate of that leg shows its coverage on the side of the threshold the leg passed on', async () => {
    const input = await readLegReports({ files: [at.file] })
    const summary = aggregateSummary(input)
    expect(summary).toContain('79.995% ≥ 79.995%')
    expect(summary).not.toMatch(/❌ 79\.99/)
    expect(renderCombinedDashboard(input, Date.parse(at.report.finished_at))).toContain('79.995% ≥ 79.995%')
  })
})

test('a hair below (15,998 of 20,000 lines, 19,998 of 20,000 tests): both gates fail, shown below their limits', async () => {
  const below = await run({ tests: 20_000, failing: 2, lines: 20_000, hit: 15_998 })
  expect(below.code).toBe(1)
  const console = surfaces(below.report).console
  expect(console).toContain('99.99% < 99.995%')
  expect(console).toContain('79.99% < 79.995%')
}, 120_000)

test('a limit of two decimals or fewer shows the report’s own figures, as before', () => {
  const view = reportView({
    schema_version: 1,
    success: true,
    component_name: 'tiny',
    target_stage: 'dev',
    stages_completed: ['testing'],
    stages_failed: [],
    stages_skipped: [],
    stage_results: {
      testing: {
        stage_name: 'testing',
        success: true,
        outputs: {},
        errors: [],
        warnings: [],
        execution_time_ms: 1,
        retries: 0,
        quality_gates: {
          test_coverage: { gate_name: 'test_coverage', passed: true, details: { coverage: 93.84, threshold: 70, lines_covered: 9385, lines_total: 10001 }, errors: [], warnings: [], execution_time_ms: 1, findings: [] }
        }
      }
    },
    total_execution_time_ms: 1,
    context_session_id: null,
    metrics_dashboard: null,
    started_at: '2026-01-01T00:00:00Z',
    finished_at: '2026-01-01T00:00:01Z'
  } as unknown as WorkflowReport)
  expect(view.gates[0].value).toBe('93.84% ≥ 70%')
  expect(view.coverage?.percent).toBe(93.84)
})
