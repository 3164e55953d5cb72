/**
 * The surfaces of one run at the edges of their figures and of GitHub's limits: a run of the CLI on the tiny
 * repository, its report rendered as the job summary, the check run, the pull-request comment and the dashboard, and
 * the surfaces compared with each other — the same figure in the same words, never one rounded across a boundary.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { renderJobSummary } from '../../src/action/summary.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary } from '../../src/github/checks.js'
import { renderDashboard } from '../../src/observability/dashboard.js'
import type { History } from '../../src/observability/metrics.js'
import { readReport, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

const noHistory: History = { runs: [], days: [], runs_seen: 0, truncated: false, stats: { files: 0, lines: 0, malformed: 0 } }

let passing: Promise<string> | undefined
/** A real run of the tiny component (dev, passing), made once; a fresh copy of its report as written. */
async function realRun(): Promise<WorkflowReport> {
  passing ??= (async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
    expect(cli.code).toBe(0)
    return JSON.stringify(await readReport(dir, 'r.json'))
  })()
  return JSON.parse(await passing) as WorkflowReport
}

/** The run's total time as each surface writes it. */
function totalTimes(report: WorkflowReport): Record<string, string | undefined> {
  const summary = renderJobSummary(report, {})
  const check = checkRunSummary(report, planAnnotations(reportFindings(report)))
  const dashboard = renderDashboard({ report, history: noHistory, generatedAt: Date.parse(report.finished_at) })
  return {
    summary: /<\/h2>\n<p>.* · ([^<]+)<\/p>/.exec(summary)?.[1],
    'check run': /^Total time (.+?)\. Stages completed/m.exec(check)?.[1],
    dashboard: /<div class="k">Total time<\/div><span class="big">([^<]+)<\/span>/.exec(dashboard)?.[1]
  }
}

describe('durations at their edges', () => {
  test.each([
    // Rounded to whole seconds, 119.6 s is 2 minutes: "1 min 60 s" on the summary and check run, "1 m 60 s" on the dashboard.
    [119_600, /^2 min 00 s$/],
    // 59.96 s is a minute at the precision shown, not "60.0 s".
    [59_960, /^1 min 00 s$/],
    // Over a day: hours, not "1500 min 00 s".
    [90_000_000, /^25 h 00 min 00 s$/],
    [1_234, /^1\.2 s$/],
    // A wall clock set back during the run leaves a negative difference: no duration at all, never "-250 ms".
    [-250, /^(not timed|—)$/]
  ])('a run of %d ms says the same total time on the summary, the check run and the dashboard', async (ms, shown) => {
    const report = await realRun()
    report.total_execution_time_ms = ms
    const times = totalTimes(report)
    for (const [name, text] of Object.entries(times)) expect({ name, text, ok: shown.test(text ?? '') }).toEqual({ name, text, ok: true })
    // One figure in one form, but for the words for "no time" (the dashboard's tile says —).
    const timed = Object.values(times).filter((t) => t !== 'not timed' && t !== '—')
    expect(new Set(timed).size).toBeLessThanOrEqual(1)
  })
})
