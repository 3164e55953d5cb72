import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CSP, esc, renderDashboard, writeObservability } from '../../src/observability/index.js'
import { appendMetrics, metricsFromReport, readHistory, type History } from '../../src/observability/metrics.js'
import { HOSTILE_NAME, makeReport } from './fixtures.js'
import { writeSyntheticHistory } from './history-fixture.js'

const NOW = Date.parse('2025-10-20T12:00:10.000Z')
const EMPTY: History = { runs: [], days: [], runs_seen: 0, truncated: false, stats: { files: 0, lines: 0, malformed: 0 } }

let ws: string
beforeEach(async () => {
  ws = await mkdtemp(join(tmpdir(), 's2p-dash-'))
})
afterEach(async () => {
  await rm(ws, { recursive: true, force: true })
})

/** Everything that could make a browser load or run something. */
function assertInert(html: string): void {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<(img|iframe|object|embed|link|base|form|meta http-equiv="refresh")/i)
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i) // no event-handler attribute on any tag
  expect(html).not.toMatch(/url\(|@import|javascript:/i)
  expect(html.match(/<\/style>/gi)).toHaveLength(1)
  for (const m of html.matchAll(/\s(?:src|href|xlink:href|action)\s*=\s*"([^"]*)"/gi)) expect(m[1]).toMatch(/^#/)
}

describe('esc', () => {
  it('escapes the five HTML specials and control characters', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(esc('a\u0000b\u001bc\td\ne')).toBe('a\ufffdb\ufffdc\td\ne')
    expect(esc(null)).toBe('')
  })
})

describe('renderDashboard', () => {
  it('has the CSP, the four views, and shows hostile report strings only as text', () => {
    const report = makeReport()
    report.errors = [`</style><script>alert(1)</script>`]
    report.skip_reasons.refactoring = `<svg onload=alert(1)>`
    report.stage_results.testing!.quality_gates.test_pass_rate.findings.push({ tool: '<b>ruff</b>', rule: '"><x', severity: 'warning', file: "a'b.py", message: 'm' })
    const html = renderDashboard({ report, history: EMPTY, generatedAt: NOW })
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`)
    expect(CSP).toContain("default-src 'none'")
    expect(CSP).not.toContain('script-src')
    for (const id of ['overview', 'quality-gates', 'performance', 'trends']) expect(html).toContain(`<section id="${id}"`)
    expect(html).toContain(esc(HOSTILE_NAME))
    expect(html).not.toContain(HOSTILE_NAME)
    expect(html).toContain('&lt;b&gt;ruff&lt;/b&gt;')
    expect(html).toContain('&lt;svg onload=alert(1)&gt;')
    assertInert(html)
    // The failing gate and its numbers.
    expect(html).toMatch(/test_pass_rate[\s\S]*97\.5% &lt; 100%/)
    expect(html).toContain('No history yet')
  })

  it('draws trends from the history, capped, and stays small for 90 days of 20 gates', async () => {
    await writeSyntheticHistory(ws, { component: 'player_experience', days: 90, runsPerDay: 4, gates: 20, now: NOW })
    const history = await readHistory(ws, { component: 'player_experience', now: NOW })
    expect(history.runs).toHaveLength(360)
    const html = renderDashboard({ report: makeReport(), history, generatedAt: NOW })
    assertInert(html)
    expect(html).not.toContain('No history yet')
    expect(html).toContain('points, per day')
    // 90 points per chart at most: the failure chart draws one <g> per point.
    const failures = html.slice(html.indexOf('aria-label="Failures"'))
    expect(failures.slice(0, failures.indexOf('</svg>')).match(/<g>/g)!.length).toBeLessThanOrEqual(90)
    expect(Buffer.byteLength(html)).toBeLessThan(400_000)
    expect(html).toContain('check_19')
  })

  it('regenerates from the history alone when there is no report', async () => {
    await appendMetrics(ws, metricsFromReport(makeReport()), NOW)
    await appendMetrics(ws, metricsFromReport(makeReport({ failTests: false, startedAt: NOW + 60_000 })), NOW + 90_000)
    const history = await readHistory(ws, { now: NOW + 100_000 })
    const html = renderDashboard({ report: null, history, generatedAt: NOW + 100_000 })
    assertInert(html)
    expect(html).toContain('Drawn from the metrics history')
    expect(html).toContain('✓ PASSED')
    expect(html).toContain('test_coverage')
    expect(renderDashboard({ report: null, history: EMPTY, generatedAt: NOW })).toContain('NO RUN')
  })

  it('survives non-finite and absurd numbers in a report', () => {
    const report = makeReport()
    const g = report.stage_results.testing!.quality_gates.test_coverage
    g.details.coverage = Number.NaN
    g.details.threshold = Number.POSITIVE_INFINITY
    report.stage_results.testing!.execution_time_ms = -5
    report.started_at = 'not a date'
    const html = renderDashboard({ report, history: EMPTY, generatedAt: NOW })
    expect(html).not.toMatch(/NaN|Infinity/)
  })
})

describe('writeObservability', () => {
  it('appends, prunes, reads the history and writes the dashboard', async () => {
    const dashboardPath = join(ws, 'out', 'workflow_dashboard_player_experience.html')
    const first = await writeObservability({ workspaceDir: join(ws, '.spec-to-production'), report: makeReport(), retentionDays: 30, dashboardPath, now: NOW })
    expect(first).toMatchObject({ dashboardPath, historyRuns: 1, malformed: 0 })
    expect(first.records.at(-1)!.name).toBe('run')
    expect(await readFile(dashboardPath, 'utf8')).toContain('No history yet')

    const second = await writeObservability({
      workspaceDir: join(ws, '.spec-to-production'),
      report: makeReport({ failTests: false, startedAt: NOW + 3_600_000 }),
      retentionDays: 30,
      dashboardPath,
      now: NOW + 3_700_000
    })
    expect(second.historyRuns).toBe(2)
    const html = await readFile(dashboardPath, 'utf8')
    expect(html).not.toContain('No history yet')
    expect(html).toContain('2 points, per run')
  })
})
