/**
 * One run of the bundled action on a pull request, against the api.github.com stand-in, at the edges of its figures:
 * 20,001 tests with one failure and 15,999 of 20,000 lines covered against a threshold of 80. Every surface — the
 * outputs, the job summary, the check run's title and summary, the pull-request comment, the JSON report and the
 * dashboard — is read as the user gets it, and they are compared with each other: the same pass rate and the same
 * coverage, truncated (never 100% or 80%), and a verdict that agrees with them.
 */
import { jest, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorkflowReport } from '../../src/engine/model.js'
import { git, readReport, ROOT, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'
import { githubStandIn } from '../servers/github-stand-in.js'
import { readable } from '../helpers/readable.js'

jest.setTimeout(180_000)
const dirs: string[] = []
const github = githubStandIn({ dirs })

test('20,001 tests with one failure and 79.995% coverage against 80: every surface says 99.99% and 79.99%, and the run failed', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const cases = Array.from({ length: 20_001 }, (_, i) => (i === 7 ? `<testcase classname="c" name="t${i}"><failure message="off by one">x</failure></testcase>` : `<testcase classname="c" name="t${i}"/>`))
  await writeIn(dir, 'many.xml', `<testsuite name="s" tests="20001" failures="1">${cases.join('')}</testsuite>\n`)
  await writeIn(dir, 'fixture.info', `SF:src/tiny/a.js\n${Array.from({ length: 20_000 }, (_, i) => `DA:${i + 1},${i < 15_999 ? 1 : 0}`).join('\n')}\nend_of_record\n`)
  await writeIn(dir, 'src/tiny/a.js', 'export const a = 1\n'.repeat(20_000))
  await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing: 'cp many.xml {reports}/junit.xml && cp fixture.info {reports}/lcov.info', extra: 'quality_gates: { test_coverage: { dev_threshold: 80 } }' })}\n`)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'edge figures')
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  event.pull_request.head.sha = head
  github.pullRequests.set(event.number, { head_sha: head })
  const before = github.requests.length
  const run = await runTinyAction(
    github.url,
    dir,
    'pull_request',
    event,
    { GITHUB_SHA: head, GITHUB_REF: `refs/pull/${event.number}/merge`, GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
    { comment: 'true' }
  )
  github.assertNoViolations()
  expect(run.code).toBe(1)
  const sent = github.requests.slice(before)
  const bodies = (route: string) => sent.filter((r) => r.route === route).map((r) => r.body as Record<string, unknown>)
  const completed = bodies('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}').map((b) => b.output as { title: string; summary: string })
  const comment = bodies('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((b) => String(b.body))
  expect(completed.length).toBeGreaterThan(0)
  expect(comment).toHaveLength(1)
  const report = (await readReport(dir, 'workflow_report_tiny.json')) as WorkflowReport
  const dashboard = await readFile(report.metrics_dashboard!, 'utf8')

  // The report's own figures: counts exact, percents truncated.
  const rate = report.stage_results.testing!.quality_gates.test_pass_rate!.details
  const coverage = report.stage_results.testing!.quality_gates.test_coverage!.details
  expect({ total: rate.total, failed: rate.failed, pass_rate: rate.pass_rate, coverage: coverage.coverage, passed: report.success }).toEqual({ total: 20_001, failed: 1, pass_rate: 99.99, coverage: 79.99, passed: false })
  // The outputs, in the types the README gives them.
  expect({ success: run.outputs.success, coverage: run.outputs.coverage, total: run.outputs['tests-total'], failed: run.outputs['tests-failed'], failedStages: run.outputs['stages-failed'] }).toEqual({
    success: 'false',
    coverage: '79.99',
    total: '20001',
    failed: '1',
    failedStages: 'testing'
  })

  const surfaces: Record<string, string> = {
    'job summary': readable(run.summary),
    'check run': readable(`${completed.at(-1)!.title}\n${completed.at(-1)!.summary}`),
    comment: readable(comment[0]),
    dashboard: readable(dashboard),
    log: run.log
  }
  for (const [name, text] of Object.entries(surfaces)) {
    // The pass rate as a figure beside its limit, and the coverage beside its threshold: the same on every surface.
    const rates = [...text.matchAll(/(\d+(?:\.\d+)?)% < 100%/g)].map((m) => m[1])
    const covers = [...text.matchAll(/(\d+(?:\.\d+)?)% < 80%/g)].map((m) => m[1])
    expect({ name, rates: [...new Set(rates)], covers: [...new Set(covers)] }).toEqual({ name, rates: ['99.99'], covers: ['79.99'] })
    // Never a figure rounded across its limit.
    expect({ name, rounded: /\b100(\.0+)?% (≥|>=|<) 100%|\b80(\.0+)?% (≥|>=|<) 80%/.test(text) }).toEqual({ name, rounded: false })
  }
  // The verdict agrees with the figures: failed, on the check run and in the comment's heading.
  expect(completed.at(-1)!.title).toMatch(/^✗ testing failed/)
  expect(comment[0]).toMatch(/^### ❌ spec-to-production: tiny → dev$/m)
  expect(run.summary).toMatch(/→ dev: ❌ failed<\/h2>/)
})
