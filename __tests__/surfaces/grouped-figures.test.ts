/**
 * One rule for a figure of a thousand or more, held on every surface people read: digits grouped (`20,001`). The
 * check run and the comment grouped some counts while the job summary, the console and the dashboard wrote the same
 * counts bare; the places programs read — the action's outputs, the JSON report — keep plain digits. A real run of
 * the CLI on the tiny repository (20,001 tests, 1,200 failing, 1,500 of 2,000 lines covered), its report rendered as
 * the job summary, the check run, the pull-request comment and the dashboard, beside the console's own lines.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { renderJobSummary } from '../../src/action/summary.js'
import { aggregateSummary, readLegReports, renderCombinedDashboard } from '../../src/aggregate/index.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary, verdictTitle } from '../../src/github/checks.js'
import { renderComment } from '../../src/github/comment.js'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyConfig, tinyRepo } from '../helpers/tiny.js'
import { readable } from '../helpers/readable.js'

jest.setTimeout(120_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

/** Every string of the report's stage results: the engine's messages and text details, quoted as the report has them. */
function reportTexts(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v)
  else if (Array.isArray(v)) for (const x of v) reportTexts(x, out)
  else if (v && typeof v === 'object') for (const x of Object.values(v)) reportTexts(x, out)
  return out
}

/** The counts of the run written bare (`20001`), and written grouped (`20,001`), in `text`. */
function forms(text: string, counts: readonly number[]): { bare: string[]; grouped: string[] } {
  const bare = counts.map(String).filter((c) => new RegExp(`(?<![\\d,.])${c}(?![\\d,]|\\.\\d)`).test(text))
  const grouped = counts.map((c) => c.toLocaleString('en-US')).filter((c) => new RegExp(`(?<![\\d,.])${c}(?![\\d,]|\\.\\d)`).test(text))
  return { bare, grouped }
}

let made: Promise<{ dir: string; stdout: string; code: number | null }> | undefined
/** One real run of the CLI (made once): 20,001 tests, 1,200 failing, 1,500 of 2,000 lines covered. */
function realRun(): Promise<{ dir: string; stdout: string; code: number | null }> {
  made ??= (async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    const cases = Array.from({ length: 20_001 }, (_, i) => (i < 1_200 ? `<testcase classname="c" name="t${i}"><failure message="boom">boom</failure></testcase>` : `<testcase classname="c" name="t${i}"/>`))
    await writeIn(dir, 'many.xml', `<testsuite name="s" tests="20001" failures="1200">${cases.join('')}</testsuite>\n`)
    await writeIn(dir, 'fixture.info', `SF:src/tiny/a.js\n${Array.from({ length: 2_000 }, (_, i) => `DA:${i + 1},${i < 1_500 ? 1 : 0}`).join('\n')}\nend_of_record\n`)
    await writeIn(dir, 'src/tiny/a.js', 'export const a = 1\n'.repeat(2_000))
    await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing: 'cp many.xml {reports}/junit.xml && cp fixture.info {reports}/lcov.info' })}\n`)
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'many tests')
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
    return { dir, stdout: cli.stdout, code: cli.code }
  })()
  return made
}

/** The report's strings, longest first: removed from a surface's text before its own figures are looked at. */
function quotedTexts(report: WorkflowReport): string[] {
  return [...new Set(reportTexts(report.stage_results))].filter((t) => t.length >= 8).sort((a, b) => b.length - a.length)
}

test('20,001 tests, 1,200 failing: the job summary, check run, comment, dashboard and console group every count; the JSON report does not', async () => {
  const { dir, stdout, code } = await realRun()
  expect(code).toBe(1)
  const report = (await readReport(dir, 'r.json')) as WorkflowReport

  // The report keeps plain numbers.
  const rate = report.stage_results.testing!.quality_gates.test_pass_rate!.details
  expect({ total: rate.total, passed: rate.passed, failed: rate.failed }).toEqual({ total: 20_001, passed: 18_801, failed: 1_200 })
  expect(await readFile(`${dir}/r.json`, 'utf8')).not.toMatch(/\b\d{1,3},\d{3}\b/)

  const findings = reportFindings(report)
  const counts = [20_001, 18_801, 1_200, 1_500, 2_000, findings.length].filter((c) => c >= 1_000)
  const surfaces: Record<string, string> = {
    'job summary': readable(renderJobSummary(report, {})),
    'check run': readable(`${verdictTitle(report)}\n${checkRunSummary(report, planAnnotations(findings))}`),
    comment: readable(renderComment(report, null, { checkRunUrl: 'https://github.com/acme/app/runs/7', commit: 'abcdef1234567890' })),
    dashboard: readable(await readFile(report.metrics_dashboard!, 'utf8')),
    console: stdout
  }
  // The report's own words (a gate's error, `gated: line coverage: 1500 of 2000`) are quoted as the report has them,
  // plain like the rest of the report: only the figures a surface writes itself are its own.
  const quoted = quotedTexts(report)
  for (const [name, shown] of Object.entries(surfaces)) {
    const text = quoted.reduce((t, q) => t.split(q).join(' '), shown)
    const seen = forms(text, counts)
    // Never bare; and the test counts are on every surface.
    expect({ name, bare: seen.bare }).toEqual({ name, bare: [] })
    expect({ name, total: seen.grouped.includes('20,001') }).toEqual({ name, total: true })
  }
})

test("the aggregate's job summary and combined dashboard of that run's leg group its counts too", async () => {
  const { dir } = await realRun()
  const report = (await readReport(dir, 'r.json')) as WorkflowReport
  const legs = await readLegReports({ files: [join(dir, 'r.json')] })
  expect(legs.legs).toHaveLength(1)
  const quoted = quotedTexts(report)
  const surfaces: Record<string, string> = {
    'aggregate summary': readable(aggregateSummary(legs)),
    'combined dashboard': readable(renderCombinedDashboard(legs, Date.parse(report.finished_at)))
  }
  for (const [name, shown] of Object.entries(surfaces)) {
    const text = quoted.reduce((t, q) => t.split(q).join(' '), shown)
    const seen = forms(text, [20_001, 18_801, 1_200])
    expect({ name, bare: seen.bare }).toEqual({ name, bare: [] })
    expect({ name, passed: seen.grouped.includes('18,801') }).toEqual({ name, passed: true })
  }
})
