/**
 * Every surface renders from one view of the report, so they cannot disagree. The reports are those of real runs of
 * the example component (fixtures/README.md says how each was made): staging with a deployment and integration
 * tests, a failing test, a lint problem. Asserted on every surface: no `undefined`/`null`/`NaN` reaches it, every
 * measured gate shows its value, and no sentence names a surface this run did not produce.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { escapeCell, renderJobSummary } from '../../src/action/summary.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { formatSummary } from '../../src/engine/report.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary, escapeMarkdown, verdictTitle } from '../../src/github/checks.js'
import { renderComment } from '../../src/github/comment.js'
import { esc, renderDashboard } from '../../src/observability/dashboard.js'
import type { History } from '../../src/observability/metrics.js'
import { failureInWords, gateLogLine, reportView } from '../../src/view/report-view.js'
import { judgeSecurity } from '../../src/gates/tools.js'
import type { FindingsReport } from '../../src/reports/types.js'
import { readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

const fixture = (name: string): WorkflowReport => JSON.parse(readFileSync(join(ROOT, '__tests__/surfaces/fixtures', `${name}.report.json`), 'utf8'))
const REPORTS = ['staging-deployed', 'failing-test', 'failing-lint', 'test-insights'] as const
const noHistory: History = { runs: [], days: [], runs_seen: 0, truncated: false, stats: { files: 0, lines: 0, malformed: 0 } }

/** Text a reader sees: tags, attributes and the style sheet removed. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
}

const BAD = /\b(undefined|null|NaN)\b/

interface Surfaces {
  summary: string
  dashboard: string
  comment: string
  checkRun: string
  console: string
}

/** Every surface of one report, with no other surface produced (no token: no check run, no artifact). */
function render(report: WorkflowReport): Surfaces {
  const plan = planAnnotations(reportFindings(report))
  return {
    summary: renderJobSummary(report, {}),
    dashboard: renderDashboard({ report, history: noHistory, generatedAt: Date.parse(report.finished_at) }),
    comment: renderComment(report, null, {}),
    checkRun: `${verdictTitle(report)}\n${checkRunSummary(report, plan)}`,
    console: reportView(report)
      .gates.map(gateLogLine)
      .join('\n')
  }
}

describe.each(REPORTS)('the surfaces of a real run: %s', (name) => {
  const report = fixture(name)
  const s = render(report)
  const view = reportView(report)

  test('no undefined, null or NaN reaches any surface', () => {
    expect(visible(s.summary)).not.toMatch(BAD)
    expect(visible(s.dashboard)).not.toMatch(BAD)
    expect(s.comment.replace(/<!--[^>]*-->/g, '')).not.toMatch(BAD)
    expect(s.checkRun).not.toMatch(BAD)
    expect(s.console).not.toMatch(BAD)
  })

  test('every gate shows its value on every surface, and the surfaces say the same', () => {
    expect(view.gates.length).toBeGreaterThan(0)
    for (const g of view.gates) {
      // Every gate the example runs is measured: none may fall back to "not measured".
      expect(g.measured).toBe(true)
      expect(s.summary).toContain(escapeCell(g.value))
      expect(s.dashboard).toContain(esc(g.value))
      expect(s.comment).toContain(escapeMarkdown(g.value))
      expect(s.checkRun).toContain(escapeMarkdown(g.value))
      expect(s.console).toContain(g.value)
    }
  })

  test('test counts are shown, not only a rate', () => {
    const t = view.tests.find((x) => x.suite === 'testing')!
    const words = `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped of ${t.total}`
    expect(s.summary).toContain(words)
    expect(s.comment).toContain(words)
    expect(s.checkRun).toContain(words)
    expect(visible(s.dashboard)).toContain(`${t.passed}/${t.total - t.skipped}`)
  })

  test('with no check run and no artifact, no sentence points to them', () => {
    for (const text of [visible(s.summary), s.comment]) {
      expect(text).not.toMatch(/check run|annotation|artifact|SARIF/i)
    }
  })

  test('security did not scan for vulnerabilities: a warning, never a clean ✅', () => {
    const security = view.gates.find((g) => g.name === 'security')
    if (!security) return
    expect(security.caveats.join(' ')).toMatch(/not measured/)
    expect(s.summary).toMatch(/<td>refactoring\.security<\/td><td>⚠️<\/td>/)
    expect(s.summary).toContain('critical/high/medium/low are not measured')
    expect(s.checkRun).toMatch(/\| refactoring\.security \| ⚠️ \|/)
  })
})

describe('what the defects were', () => {
  const deployed = fixture('staging-deployed')
  const s = render(deployed)

  test('spec validation, health check and the integration suite show the values the report holds', () => {
    const text = visible(s.dashboard)
    expect(text).toContain('8 requirements, 7 acceptance criteria, 0 errors')
    expect(text).toMatch(/healthy: status 200 \(expected 200\) after 1 attempt/)
    expect(text).toContain('100% ≥ 100% (22 of 22 executed tests)')
    const ic = deployed.stage_results.staging_deployment!.quality_gates.integration_test_coverage.details.coverage as number
    expect(text).toContain(`${ic}% ≥ 70%`)
    expect(text).not.toMatch(/integration_test_\w+\s+staging_deployment\s+—/)
  })

  test('staging criteria are shown with their values and thresholds, not as a count of unmet ones', () => {
    const text = visible(s.dashboard)
    expect(text).not.toContain('0 ≤ 0')
    expect(text).toMatch(/all tests passing\s+19 of 19 passed\s+all executed tests pass/)
    expect(text).toMatch(/coverage\s+100%\s+≥ 70%/)
    expect(text).toMatch(/linting clean\s+0 issues\s+≤ 0/)
    expect(s.summary).toContain('<td>linting clean</td><td>✅</td><td>0 issues</td><td>≤ 0</td>')
  })

  test('the deployment URL is on the summary, the dashboard and the comment', () => {
    const url = deployed.stage_results.staging_deployment!.outputs.environment_url as string
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(s.summary).toContain(`href="${url}"`)
    expect(s.dashboard).toContain(`href="${url}"`)
    expect(s.comment).toContain(url)
  })

  test('the spec is on the dashboard: title, requirements, acceptance criteria and what checks them', () => {
    const text = visible(s.dashboard)
    expect(s.dashboard).toContain('<section id="spec"')
    expect(text).toContain('Specification: Greeter')
    expect(text).toContain('REQ-4')
    expect(text).toMatch(/REQ-1\s+`?greet\(who, options\?\)`? accepts one name/)
    expect(text).toMatch(/AC-1\s+☑\s+`greet\(\s*Ada\s*\)` returns/)
    expect(text).toMatch(/covers REQ-1, REQ-3/)
    expect(text).toMatch(/acceptance criteria AC-1/)
    expect(text).toContain('testing.test_pass_rate')
    // A failing test named after a requirement is shown against it.
    const failing = visible(render(fixture('failing-test')).dashboard)
    expect(failing).toMatch(/REQ-3[^]*failing in testing\.test_pass_rate/)
  })

  test('per-gate durations are each tool\'s own, not the stage\'s', () => {
    const refactoring = deployed.stage_results.refactoring!
    const times = ['linting', 'type_checking', 'security'].map((g) => refactoring.quality_gates[g].execution_time_ms)
    expect(new Set(times).size).toBe(3)
    for (const g of ['linting', 'type_checking', 'security']) {
      const own = refactoring.commands.filter((c) => c.purpose === g).at(-1)!.duration_ms
      expect(refactoring.quality_gates[g].execution_time_ms).toBeGreaterThanOrEqual(own)
      expect(refactoring.quality_gates[g].execution_time_ms).toBeLessThan(own + 1500)
    }
  })

  test('cells that read "0 (limit undefined)" and "null (limit 0)" before', () => {
    // A lint gate judged by exit status only and a security gate that measured no secrets.
    const report = fixture('failing-lint')
    const refactoring = report.stage_results.refactoring!
    refactoring.quality_gates.linting.details = { source: 'exit status', exit_code: 1 }
    // As if only a vulnerability audit had run.
    refactoring.quality_gates.security.details = { ...refactoring.quality_gates.security.details, secret_count: null, critical: 0, high: 0, medium: 0, low: 2 }
    refactoring.quality_gates.security.warnings = ['no secret scan report was read: secrets are not measured']
    const html = renderJobSummary(report, {})
    expect(visible(html)).not.toMatch(BAD)
    expect(html).toContain('exit status 1 (no report: judged by exit status only)')
    expect(html).toContain('critical 0/0 · high 0/0 · medium 0/5 · low 2 · not measured: secrets')
    expect(html).toContain('⚠️ no secret scan report was read: secrets are not measured')
  })

  test('findings the summary leaves out point only to surfaces that exist', () => {
    const report = fixture('failing-lint')
    const gate = report.stage_results.refactoring!.quality_gates.linting
    gate.findings = Array.from({ length: 80 }, (_, i) => ({ ...gate.findings[0], line: i + 1 }))
    expect(renderJobSummary(report, {})).toContain('30 more finding(s) not shown here: all of them are in the JSON report this run wrote')
    const links = { checkRunUrl: 'https://github.com/o/r/runs/1', annotations: 50, artifact: 'spec-to-production-greeter' }
    const capped = renderJobSummary(report, { ...links, artifactHolds: ['report', 'SARIF', 'dashboard', 'logs'] })
    expect(capped).toContain('all 80 are in the SARIF file and the JSON report of the artifact')
    expect(capped).toContain('(report, SARIF, dashboard, logs)')
    // An artifact without the SARIF file (it could not be written) is not said to hold one.
    const noSarif = renderJobSummary(report, { ...links, artifactHolds: ['report', 'logs'] })
    expect(noSarif).toContain('all 80 are in the JSON report of the artifact')
    expect(noSarif).toContain('(report, logs)')
    expect(noSarif).not.toContain('SARIF')
    expect(capped).toContain('50 of them are annotations of the <a href="https://github.com/o/r/runs/1">check run</a>')
  })
})

describe('fields other parts of the product add are shown when present, never required', () => {
  test('flaky tests, line and branch coverage, fixable lint issues, the circuit breaker, an unknown detail', () => {
    const report = fixture('staging-deployed')
    const testing = report.stage_results.testing!.quality_gates
    testing.test_pass_rate.details.flaky = { count: 2, tests: ['greeter › retries', 'greeter › clock'] }
    Object.assign(testing.test_coverage.details, { line_coverage: 98.5, branch_coverage: 91.25, coverage_kind: 'statements' })
    report.stage_results.refactoring!.quality_gates.linting.details.fixable_count = 3
    report.stage_results.refactoring!.quality_gates.type_checking.details.strict_mode = true
    report.stage_results.staging_deployment!.outputs.circuit_breaker = { state: 'closed', consecutive_failures: 0, opened_at: null }
    const s = render(report)
    const text = visible(s.dashboard)
    for (const words of ['2 flaky tests: greeter › retries, greeter › clock', 'line coverage 98.5%', 'branch coverage 91.25%', 'kind: statements', '3 fixable', 'strict mode: yes']) {
      expect(text).toContain(words)
      expect(s.summary).toContain(escapeCell(words))
    }
    expect(s.summary).toContain('circuit breaker: state closed, consecutive failures 0')
    expect(text).toContain('circuit breaker: state closed, consecutive failures 0')
    expect(s.summary).toContain('(2 flaky)')
    for (const surface of [visible(s.summary), text, s.comment.replace(/<!--[^>]*-->/g, ''), s.checkRun]) expect(surface).not.toMatch(BAD)
  })
  test('patch coverage of a diff-aware run (only-changed) is on the summary, the dashboard and the comment', () => {
    // It was computed into the report and shown nowhere a reader looks.
    const report = fixture('staging-deployed')
    report.stage_results.testing!.quality_gates.test_coverage.details.patch_coverage = { covered: 1, total: 2, percent: 50, files: [{ file: 'src/twice.ts', covered: 1, total: 2 }] }
    const s = render(report)
    const words = 'patch coverage 50% (1 of 2 changed lines)'
    expect(s.summary).toContain(escapeCell(words))
    expect(visible(s.dashboard)).toContain(words)
    expect(s.comment).toContain(words)
    report.stage_results.testing!.quality_gates.test_coverage.details.patch_coverage = { covered: 0, total: 0, percent: null, files: [] }
    expect(render(report).summary).toContain('patch coverage: no changed executable line')
  })
})

/**
 * The security gate's halves on every surface: which half was measured, which is off by configuration, which was not
 * measured (and why). The gate is the real judge's, placed in a real run's report.
 */
describe('security halves on every surface', () => {
  const secretScan: FindingsReport = { format: 'secretlint-json', tool: 'secretlint', kind: 'secrets', counts: { error: 0, warning: 0, notice: 0 }, findings: [] }
  const limits = { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5, secrets: true, vulnerabilities: true }
  const ENOLOCK = 'npm audit itself failed, so nothing was audited: This command requires an existing lockfile.'

  function withSecurity(target: 'dev' | 'staging', vulnerabilities: boolean): Surfaces & { report: WorkflowReport } {
    const report = fixture('staging-deployed')
    const unread = vulnerabilities ? [{ half: 'vulnerabilities' as const, where: 'stages.refactoring.security.reports[0]', problem: ENOLOCK }] : []
    const j = judgeSecurity([secretScan], { ...limits, vulnerabilities }, { target, unread, skipped: vulnerabilities ? [] : [{ half: 'vulnerabilities', where: 'stages.refactoring.security.reports[0]' }] })
    const gate = report.stage_results.refactoring!.quality_gates.security
    Object.assign(gate, { passed: j.passed, details: j.details, errors: j.errors, warnings: j.warnings, findings: j.findings })
    report.target_stage = target
    return { ...render(report), report }
  }

  test('off by configuration: shown as off, with a caveat, never a clean ✅', () => {
    const s = withSecurity('staging', false)
    const off = 'vulnerabilities off by configuration (quality_gates.security.vulnerabilities: false): not checked; stages.refactoring.security.reports[0] not read'
    expect(s.summary).toMatch(/<td>refactoring\.security<\/td><td>⚠️<\/td><td>secrets 0\/0 · vulnerabilities off by configuration<\/td>/)
    expect(s.summary).toContain(`⚠️ ${off}`)
    expect(s.checkRun).toMatch(/\| refactoring\.security \| ⚠️ \| secrets 0\/0 · vulnerabilities off by configuration \|/)
    expect(s.checkRun).toContain(escapeMarkdown(off))
    expect(s.console).toContain(`⚠ gate security`)
    expect(s.console).toContain(`secrets 0/0 · vulnerabilities off by configuration — ${off}`)
    expect(visible(s.dashboard)).toContain('secrets 0/0 · vulnerabilities off by configuration')
    // The dashboard's gate table marks it as the other surfaces do: ⚠, not the green "✓ passed" of a clean pass
    // (express, first contact: ⚠ in the summary, the comment and the console, "✓ passed" on the dashboard).
    expect(s.dashboard).toMatch(/<span class="pill s-caveat">⚠ passed<\/span><\/td>\n<td><div class="gname">security<\/div>/)
    expect(s.dashboard).not.toMatch(/✓ passed<\/span><\/td>\n<td><div class="gname">security<\/div>/)
    for (const text of [s.summary, s.checkRun, s.console, visible(s.dashboard), s.comment]) expect(text).not.toMatch(/vulnerabilities (passed|measured)/)
  })

  test('not measured at staging: the gate fails, naming the half, why, and the key that turns it off', () => {
    const s = withSecurity('staging', true)
    const view = reportView(s.report)
    const security = view.gates.find((g) => g.name === 'security')!
    expect(security.status).toBe('failed')
    expect(security.value).toBe('secrets 0/0 · vulnerabilities not measured')
    expect(security.why).toMatch(/^vulnerabilities not measured: stages\.refactoring\.security\.reports\[0\] could not be read \(npm audit itself failed/)
    expect(s.checkRun).toMatch(/\| refactoring\.security \| ❌ \| secrets 0\/0 · vulnerabilities not measured \|/)
    expect(s.checkRun).toContain(escapeMarkdown('set quality_gates.security.vulnerabilities: false to turn the half off explicitly'))
    expect(s.summary).toContain('At target staging every enabled half of the security gate must be measured')
    expect(s.console).toMatch(/✗ gate security .*: secrets 0\/0 · vulnerabilities not measured — vulnerabilities not measured: /)
    expect(s.comment).toContain('vulnerabilities not measured')
  })

  test('not measured at dev: passed with a caveat that says staging and production would fail', () => {
    const s = withSecurity('dev', true)
    expect(s.summary).toMatch(/<td>refactoring\.security<\/td><td>⚠️<\/td><td>secrets 0\/0 · vulnerabilities not measured<\/td>/)
    expect(s.summary).toContain('A warning at target dev only: at staging and production this fails the gate')
    expect(s.checkRun).toMatch(/\| refactoring\.security \| ⚠️ \|/)
    expect(s.console).toContain('⚠ gate security')
  })
})

describe('a bare carriage return in report text', () => {
  // CommonMark: a line ends at \n, \r\n or a bare \r. "\r\r" is a blank line: it ends the <table>/<ul> HTML block,
  // and what follows renders as Markdown — a heading, a link to anywhere, an image.
  const hostile = 'nm\r\r# INJECTED [click](https://evil.example/x)\r\r'
  test.each([
    ['escapeCell (job summary, aggregate)', escapeCell],
    ['escapeMarkdown (check run, pull-request comment)', escapeMarkdown]
  ])('%s leaves no line break', (_what, escape) => {
    const out = escape(hostile)
    expect(out).not.toMatch(/[\r\n]/)
    expect(out).toContain('INJECTED')
  })
})

describe('a test named like a mention', () => {
  // GitHub turns @user and @org/team in Markdown into mentions; a test name or message must stay text on every surface.
  test.each([
    ['escapeCell (job summary, aggregate)', escapeCell],
    ['escapeMarkdown (check run, pull-request comment)', escapeMarkdown]
  ])('%s leaves no @ before a name, even once its character references are decoded', (_what, escape) => {
    // GitHub looks for mentions after decoding: `&#64;octocat` mentions octocat (openjdk/skara#1548).
    const out = escape('notifies @octocat and @github/security, see #12 and GH-3')
    expect(out).toBe('notifies @&#8203;octocat and @&#8203;github/security, see #&#8203;12 and GH-&#8203;3')
  })
})

describe('a test command that failed while its report lists no failing test', () => {
  // node --test: a describe block's `after` hook threw; node exited 1, and its junit report holds one passing test
  // and no trace of the hook (node counts no test for it). The gate failed on the exit status.
  const report = fixture('command-failed')
  const s = render(report)

  test('no surface reads the 100% of the report as a met requirement', () => {
    expect(report.stage_results.testing!.quality_gates.test_pass_rate.passed).toBe(false)
    for (const text of [visible(s.summary), visible(s.dashboard), s.comment, s.checkRun, s.console]) {
      expect(text).not.toMatch(/100% ≥ 100%/)
    }
    expect(s.console).toContain('100% in the report (1 of 1 executed test), not a pass — the testing command failed (exit status 1) although its report shows no failing test')
    expect(visible(s.summary)).toContain('not a pass')
  })
})

describe('a test command that crashed before any test ran (pallets/click under an older coverage)', () => {
  // Both gates failed only because no report was written: the headline, the check run's title and the leg's verdict
  // named "test_pass_rate: … wrote no JUnit report", a consequence, where the stage's error quotes the cause.
  const report = fixture('command-crashed')
  const cause = report.stage_results.testing!.errors[0]

  test("the headline and the check run's title give the stage's error, which says what the output says", () => {
    expect(cause).toContain("its output says \"/usr/lib/python3/dist-packages/coverage/config.py:304: CoverageWarning: Unrecognized option '[tool.coverage.report] exclude_also='")
    expect(Object.values(report.stage_results.testing!.quality_gates).every((g) => !g.passed && g.error_type === 'report')).toBe(true)
    expect(reportView(report).headline).toBe(`✗ testing failed: ${cause}`)
    expect(verdictTitle(report)).toContain('✗ testing failed: the testing command failed: exit status 1: deterministic failure, not retried; its output says')
    const summary = render(report).summary
    expect(visible(summary)).toContain('✗ testing failed: the testing command failed: exit status 1: deterministic failure, not retried; its output says')
    expect(summary).not.toMatch(BAD)
  })
})

describe('a run whose target stage is disabled', () => {
  // target staging with stages.staging_deployment.enabled: false: every stage that ran passed, but nothing was
  // deployed to staging and none of its criteria was checked. "✓ 3 stages passed for staging" claimed otherwise.
  test('the headline, the check run title, the summary and the comment say the target stage did not run', async () => {
    const dir = await tinyRepo({ extra: 'quality_gates: { security: { secrets: false, vulnerabilities: false } }\n' })
    await writeIn(dir, 'cfg.yml', (await readFile(join(dir, 'cfg.yml'), 'utf8')).replace('  refactoring: { enabled: false }', '  refactoring: { enabled: false }\n  staging_deployment: { enabled: false }'))
    const run = await runCli(dir, [...TINY_ARGS, '--target', 'staging', '--output', 'r.json'])
    try {
      const report = (await readReport(dir, 'r.json')) as WorkflowReport
      expect([run.code, report.success, report.stages_skipped]).toEqual([0, true, ['refactoring', 'staging_deployment']])
      // refactoring did not run either, and is named: the comment has no table of stages to say it.
      const said = '✓ 2 stages passed for staging; staging_deployment did not run (disabled in the configuration (stages.staging_deployment.enabled: false): not run); also not run: refactoring'
      expect(reportView(report).headline).toBe(said)
      expect(verdictTitle(report)).toBe(said)
      expect(renderJobSummary(report)).toContain(escapeCell(said))
      expect(renderComment(report, null)).toContain('staging\\_deployment did not run')
      // Not a clean pass: marked ⚠️, not ✅, where the verdict has an icon.
      expect(reportView(report).qualified).toBe(true)
      expect(renderJobSummary(report)).toContain('tiny → staging: ⚠️ passed</h2>')
      expect(renderComment(report, null)).toContain('### ⚠️ spec-to-production: tiny → staging')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)

  test('a clean pass is ✅; a gate that passed without measuring everything makes it ⚠️', () => {
    const report = fixture('staging-deployed')
    // Its security gate did not read a vulnerability report ("… are not measured"): ⚠️ already.
    expect(reportView(report).qualified).toBe(true)
    expect(formatSummary(report, null)).toContain('Success: ✓ YES (⚠ not everything measured: security)\n')
    const security = report.stage_results.refactoring!.quality_gates.security!
    security.warnings = (security.warnings ?? []).filter((w) => !/not measured/.test(w))
    expect(reportView(report).qualified).toBe(false)
    expect(renderJobSummary(report)).toMatch(/→ staging: ✅ passed<\/h2>/)
    expect(renderDashboard({ report, history: noHistory, generatedAt: 0 })).toContain('>✓ PASSED</div>')
    expect(formatSummary(report, null)).toContain('Success: ✓ YES\n')
    const gate = Object.values(report.stage_results.testing!.quality_gates)[0]!
    gate.warnings = [...(gate.warnings ?? []), 'RETRIES UNSEEN: judged by exit status only']
    expect(reportView(report).qualified).toBe(true)
    expect(renderJobSummary(report)).toMatch(/→ staging: ⚠️ passed<\/h2>/)
    expect(renderDashboard({ report, history: noHistory, generatedAt: 0 })).toContain('>⚠ PASSED, NOT EVERYTHING MEASURED</div>')
  })

  test('a skipped stage before the target is named too', () => {
    const report = fixture('staging-deployed')
    report.stages_completed = report.stages_completed.filter((k) => k !== 'refactoring')
    report.stages_skipped = ['refactoring']
    expect(reportView(report).headline).toBe("✓ 3 stages passed for staging; not run: refactoring; ⚠ not everything measured: security")
  })
})

// First contact (a Vite app with one type error): the check run's title, the summary's and the comment's headline read
// "✗ refactoring failed: 1 type errors > 0 allowed".
describe('a failing gate in words, as the headlines say it', () => {
  const gate = (gate_name: string, details: Record<string, unknown>) =>
    ({ gate_name, passed: false, details, errors: ['x'], warnings: [], execution_time_ms: 1, findings: [] }) as Parameters<typeof failureInWords>[0]
  test('one lint issue, one type error: singular; more: plural', () => {
    expect(failureInWords(gate('type_checking', { error_count: 1, max_errors: 0 }))).toBe('1 type error > 0 allowed')
    expect(failureInWords(gate('type_checking', { error_count: 3, max_errors: 0 }))).toBe('3 type errors > 0 allowed')
    expect(failureInWords(gate('linting', { issue_count: 1, max_issues: 0 }))).toBe('1 lint issue > 0 allowed')
    expect(failureInWords(gate('linting', { issue_count: 29, max_issues: 0 }))).toBe('29 lint issues > 0 allowed')
  })
})
