/**
 * The tests section on every surface: the report of a real pytest run (fixtures/README.md) whose quarantine excused
 * three failing tests with hostile names, with `test_insights` as the contract of the history (new and known
 * failures, flaky, slowest) added. Asserted: the order people read (new, known, flaky, quarantined, slowest), nothing
 * shown the report does not hold, hostile names escaped everywhere, GitHub's size limits kept.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderJobSummary } from '../../src/action/summary.js'
import { renderBrief } from '../../src/context/brief.js'
import { insightsMessage } from '../../src/context/describe.js'
import { createSession } from '../../src/context/session.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { formatSummary } from '../../src/engine/report.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary, OUTPUT_MAX_CHARS } from '../../src/github/checks.js'
import { COMMENT_MAX_CHARS, renderComment } from '../../src/github/comment.js'
import { renderDashboard } from '../../src/observability/dashboard.js'
import type { History } from '../../src/observability/metrics.js'
import { gateLogLine, reportView } from '../../src/view/report-view.js'
import { ROOT } from '../helpers/workspace.js'
import { greeterSpec } from '../context/fixtures.js'

const fixture = (name: string): WorkflowReport => JSON.parse(readFileSync(join(ROOT, '__tests__/surfaces/fixtures', `${name}.report.json`), 'utf8'))
const noHistory: History = { runs: [], days: [], runs_seen: 0, truncated: false, stats: { files: 0, lines: 0, malformed: 0 } }
const BAD = /\b(undefined|null|NaN)\b/

function surfaces(report: WorkflowReport) {
  return {
    summary: renderJobSummary(report, {}),
    dashboard: renderDashboard({ report, history: noHistory, generatedAt: Date.parse(report.finished_at) }),
    comment: renderComment(report, null, {}),
    checkRun: checkRunSummary(report, planAnnotations(reportFindings(report))),
    console: `${reportView(report).gates.map(gateLogLine).join('\n')}\n${formatSummary(report, 'r.json')}`
  }
}

/** Text with the HTML entities and Markdown escapes the surfaces write decoded, to compare words. */
function decoded(text: string): string {
  const map: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#124': '|', '#96': '`', '#x27': "'" }
  return text.replace(/\\([\\*_[\]~])/g, '$1').replace(/&(lt|gt|amp|quot|#39|#124|#96|#x27);/g, (_, k: string) => map[k])
}

const ORDER = ['New failures', 'Already failing on main', 'Flaky', 'Quarantined', 'Slowest tests']

describe('test insights and quarantine on every surface', () => {
  const report = fixture('test-insights')
  const s = surfaces(report)

  test('each surface lists new failures, then known, flaky, quarantined, slowest, with what each holds', () => {
    for (const [name, raw] of Object.entries(s)) {
      const text = decoded(raw)
      const at = ORDER.map((title) => text.indexOf(title))
      expect({ name, at: at.every((i) => i >= 0) }).toEqual({ name, at: true })
      expect({ name, sorted: at.every((i, k) => k === 0 || at[k - 1] < i) }).toEqual({ name, sorted: true })
      expect(text).toContain('tests.shop.test_shop::test_parse_currency')
      expect(text).toMatch(/failing since run 6950-1 \(aa11bb2, 2026-11-20T08:00:00Z\)/)
      expect(text).toMatch(/flip rate 40% over 10 runs \(4 flips\)/)
      expect(text).toMatch(/3 failures excused/)
      expect(text).toMatch(/expires 2999-01-31/)
      expect(text).toMatch(/301 ms · slower than its median 120 ms/)
      expect(text).toMatch(/compared with main's run 7001-1 \(3f9c2a1, 2026-12-05T21:14:03Z\)/)
    }
  })

  test('hostile test names and reasons never reach a surface raw', () => {
    for (const text of [s.summary, s.dashboard, s.comment, s.checkRun]) expect(text).not.toMatch(/<script>|<img|<b>vendor/)
    // Markdown surfaces: outside code spans (which render literally) no link or emphasis of a test's name survives.
    for (const text of [s.comment, s.checkRun]) {
      expect(text).not.toContain('[x](http://e.vil)')
      expect(text).not.toMatch(/(?<!\\)\*\*bold/)
    }
    expect(s.summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(s.dashboard).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // Markdown: names and notes escaped (a code span would show `<script>` raw).
    expect(s.comment).toContain('**tests.shop.test\\_shop::test\\_hostile\\[back&#96;tick @&#8203;team\\]**')
    // No mention: GitHub would notify @team from the comment.
    expect(s.comment).not.toMatch(/(^|[^&#\w])@team/)
    expect(s.checkRun).toContain('&lt;b&gt;vendor&lt;/b&gt; &#124; mock &#96;server&#96; is down')
    // A table row is never broken by a `|` in a name or reason.
    for (const line of s.comment.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(' | ').length).toBeLessThanOrEqual(4)
  })

  test('no undefined, null or NaN; the gate line says the judged figures beside the tool\'s', () => {
    for (const text of Object.values(s)) expect(text.replace(/<!--[^>]*-->/g, '')).not.toMatch(BAD)
    const gate = reportView(report).gates.find((g) => g.name === 'test_pass_rate')!
    expect(gate.value).toBe('50% < 100% (2 of 4 judged tests; the report: 28.57% (2 of 7 executed tests))')
    expect(gate.facts).toContain('3 quarantined tests, 3 failures excused')
    expect(reportView(report).headline).toBe('✗ testing failed: 2 of 4 judged tests failed')
  })

  test('absent test_insights and no quarantine: no section anywhere', () => {
    for (const name of ['failing-test', 'staging-deployed']) {
      const r = fixture(name)
      expect(reportView(r).insights).toBeNull()
      const t = surfaces(r)
      expect(t.summary).not.toContain('<h3>Tests</h3>')
      expect(t.comment).not.toContain('#### Tests')
      expect(t.checkRun).not.toContain('#### Tests')
      expect(t.dashboard).not.toContain('id="tests"')
      expect(t.console).not.toMatch(/^Tests:$/m)
    }
    // The quarantine alone (no history) still shows, without claiming a comparison.
    const quarantineOnly = fixture('test-insights')
    delete (quarantineOnly as { test_insights?: unknown }).test_insights
    const q = reportView(quarantineOnly).insights!
    expect(q.basis).toBeNull()
    expect(q.lists.map((l) => l.title)).toEqual(['Quarantined'])
    expect(renderComment(quarantineOnly, null)).not.toMatch(/New failures|compared with|Flaky/)
  })

  test('malformed insights show what is valid and nothing invented', () => {
    const r = fixture('test-insights')
    ;(r as unknown as { test_insights: unknown }).test_insights = {
      history_runs: 'many',
      base: null,
      new_failures: [null, 3, { id: '' }, { id: 'ok::a', message: 42 }],
      new_failures_count: Number.NaN,
      flaky: [{ id: 'f', flip_rate: 7, last_seen: 'x' }],
      slowest: [{ id: 's' }],
      known_failures: [{ id: '\u001b[2Jclear\u0007', message: 'line\nbreak' }]
    }
    const v = reportView(r).insights!
    expect(v.basis).toBe('no run of the base branch in the history to compare with')
    expect(v.lists.map((l) => [l.title, l.count, l.items])).toEqual([
      ['New failures', 1, [{ id: 'ok::a', note: '' }]],
      ['Already failing on the base branch', 1, [{ id: '\uFFFD[2Jclear\uFFFD', note: 'line break' }]],
      ['Flaky', 1, [{ id: 'f', note: '' }]],
      ['Quarantined', 3, expect.any(Array)]
    ])
    for (const text of Object.values(surfaces(r))) expect(text.replace(/<!--[^>]*-->/g, '')).not.toMatch(BAD)
  })

  test('50 long entries in every list keep the comment and the check run within GitHub\'s limits', () => {
    const r = fixture('test-insights')
    const long = (i: number) => ({ id: `t${i}::${'<x>|'.repeat(200)}`, message: '`'.repeat(2000), file: 'f.py' })
    const ti = (r as unknown as { test_insights: Record<string, unknown> }).test_insights
    Object.assign(ti, { new_failures: Array.from({ length: 50 }, (_, i) => long(i)), new_failures_count: 5000, known_failures: Array.from({ length: 50 }, (_, i) => long(i)), known_failures_count: 50 })
    const t = surfaces(r)
    expect(t.comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(t.checkRun.length).toBeLessThanOrEqual(OUTPUT_MAX_CHARS)
    expect(Buffer.byteLength(t.summary)).toBeLessThan(1024 * 1024)
    expect(t.comment).toContain('… 4,990 more in the JSON report')
    expect(t.summary).toContain('… 4,975 more in the JSON report')
  })

  test('the agent brief and the context session say which failures are new', async () => {
    const message = insightsMessage(report)!
    expect(message.kind).toBe('test_results')
    expect(message.metadata).toEqual({ new_failures: ['tests.shop.test_shop::test_parse_currency'], known_failures: ['tests.shop.test_shop::test_legacy_rounding'] })
    expect(message.content).toMatch(/New failures \(passing on main or new\) \(1\): tests\.shop\.test_shop::test_parse_currency — AssertionError: parsing € amounts broke/)
    expect(message.content).toMatch(/Already failing on main \(1\): tests\.shop\.test_shop::test_legacy_rounding — failing since run 6950-1/)
    const session = await createSession({ component: 'shop', spec: greeterSpec(), now: Date.parse('2026-12-06T00:00:00Z'), maxTokens: 8000 })
    const brief = await renderBrief(session, report)
    const failures = brief.slice(brief.indexOf('## Open failures'), brief.indexOf('## Latest gate results'))
    expect(failures.indexOf('New failures')).toBeGreaterThan(-1)
    expect(failures.indexOf('New failures')).toBeLessThan(failures.indexOf('Already failing on main'))
    expect(brief.slice(brief.indexOf('## Latest gate results'))).toMatch(/Quarantined \(3; 3 failures excused\)[^\n]*\n- Slowest tests/)
    expect(insightsMessage(fixture('failing-test'))).toBeNull()
  })
})
