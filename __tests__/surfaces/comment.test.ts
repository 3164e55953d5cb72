/**
 * The sticky pull-request comment against the local api.github.com stand-in (every request checked against GitHub's
 * OpenAPI description): runs on one pull request write one comment and then update it in place, found by its
 * marker behind a page of other comments; the coverage change is measured against the base branch's last run in the
 * metrics history; a fork's read-only token and a token without write access each give one notice.
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commentOnPullRequest, findBaseline } from '../../src/action/comment.js'
import type { GitHubSession } from '../../src/action/github.js'
import type { ActionInputs } from '../../src/action/inputs.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { commentMarker, coverageDelta } from '../../src/github/comment.js'
import { readEventContext } from '../../src/github/event.js'
import { createOctokit } from '../../src/github/octokit.js'
import { appendMetrics, metricsFromReport } from '../../src/observability/metrics.js'
import { recordingLogger, pullRequestEnv } from '../github/helpers.js'
import { notAccessible, startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { ROOT } from '../helpers/workspace.js'

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'

const fixture = async (name: string): Promise<WorkflowReport> => JSON.parse(await readFile(join(ROOT, '__tests__/surfaces/fixtures', `${name}.report.json`), 'utf8'))
const coverageOf = (r: WorkflowReport) => r.stage_results.testing!.quality_gates.test_coverage.details.coverage as number

let api: GitHubApi
let ws: string
let notices: string[]
let stdout: ReturnType<typeof jest.spyOn>

beforeEach(async () => {
  api = await startGitHubApi()
  ws = await mkdtemp(join(tmpdir(), 's2p-comment-'))
  notices = []
  // @actions/core writes workflow commands to stdout: the notices are read from there.
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    const text = String(chunk)
    if (text.startsWith('::notice')) notices.push(text)
    return true
  }) as never)
})

afterEach(async () => {
  stdout.mockRestore()
  api.assertNoViolations()
  await api.close()
  await rm(ws, { recursive: true, force: true })
})

function session(eventFile: string): GitHubSession {
  const event = readEventContext(pullRequestEnv(eventFile, api.url))
  const octokit = createOctokit({ token: TOKEN, baseUrl: api.url, log: recordingLogger(), retryAfterBaseValue: 1, spaceWrites: false })
  return { event, octokit, port: undefined, check: null }
}

const inputs = (comment: ActionInputs['comment'] = 'auto') => ({ comment }) as ActionInputs
const PR_ENV = { GITHUB_BASE_REF: 'master', GITHUB_HEAD_REF: 'feature' }
const links = { checkRunUrl: 'https://github.com/acme-games/story-engine/runs/7', artifact: 'spec-to-production-greeter', dashboard: 'workflow_dashboard_greeter.html' }

/** One run of the action on the pull request: its metrics join the history, then the comment is written. */
async function runOnPullRequest(report: WorkflowReport, s: GitHubSession, runId: string) {
  await appendMetrics(join(ws, '.spec-to-production'), metricsFromReport(report, { runId, branch: 'feature' }), Date.parse(report.finished_at))
  const baseline = await findBaseline(ws, { ...report, reports_dir: join(ws, '.spec-to-production/runs', runId, 'reports') }, PR_ENV)
  const url = await commentOnPullRequest(inputs(), s, report, baseline, links)
  return { url, baseline, delta: coverageDelta(report, baseline) }
}

test('two runs on one pull request: one POST, then one PATCH of the same comment; the delta is the difference of the figures', async () => {
  const s = session('pull_request.synchronize.json')
  const pr = s.event!.pullRequest!
  // 120 comments by people first: the list takes two pages of 100.
  for (let i = 0; i < 120; i++) {
    api.issueComments.set(i + 1, { id: i + 1, owner: 'acme-games', repo: 'story-engine', issue_number: pr, body: `comment ${i}`, html_url: `https://github.com/x#${i}`, updates: 0 })
  }
  // The base branch's last run: the deployed staging run, coverage 100%, every gate passing.
  const base = await fixture('staging-deployed')
  await appendMetrics(join(ws, '.spec-to-production'), metricsFromReport(base, { runId: 'master-1', branch: 'master' }), Date.parse(base.finished_at))

  const first = await fixture('failing-lint')
  const one = await runOnPullRequest(first, s, 'feature-1')
  expect(one.baseline).toMatchObject({ branch: 'master', run_id: 'master-1', coverage: coverageOf(base) })
  expect(one.delta).toBe(Math.round((coverageOf(first) - coverageOf(base)) * 100) / 100)
  expect(one.delta).toBeCloseTo(-2.04, 2)

  const second = await fixture('failing-test')
  const two = await runOnPullRequest(second, s, 'feature-2')
  expect(two.delta).toBe(Math.round((coverageOf(second) - coverageOf(base)) * 100) / 100)

  const writes = api.requests.filter((r) => r.route === CREATE || r.route === UPDATE)
  expect(writes.map((r) => r.route)).toEqual([CREATE, UPDATE])
  expect(one.url).toBe(two.url)
  const ours = [...api.issueComments.values()].filter((c) => c.body.startsWith(commentMarker('greeter')))
  expect(ours).toHaveLength(1)
  expect(ours[0].updates).toBe(1)
  expect(writes[1].path).toBe(`/repos/acme-games/story-engine/issues/comments/${ours[0].id}`)
  // Each run listed both pages: the marker sits behind 120 other comments.
  expect(api.requests.filter((r) => r.route === LIST).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2'])

  // The comment of the second run: verdict, new failures first, counts, coverage and its change, links.
  const body = ours[0].body
  expect(body).toContain('❌ spec-to-production: greeter → dev')
  expect(body).toMatch(/\*\*New failures\*\* \(passing on `master`'s last run\):\n- ❌ `testing\.test_pass_rate`/)
  expect(body).toContain('**Tests**: 19 passed, 1 failed, 0 skipped of 20')
  expect(body).toContain(`**Coverage**: ${coverageOf(second)}%, threshold 50% (−${Math.abs(two.delta!)} points against \`master\`: 100%)`)
  expect(body).toContain('REQ-3 neutral salutation is wrong on purpose')
  expect(body).toContain('[check run](https://github.com/acme-games/story-engine/runs/7)')
  expect(body).toContain('dashboard `workflow_dashboard_greeter.html` in the artifact')
  expect(body).not.toMatch(/\b(undefined|null|NaN)\b/)
  expect(notices).toEqual([])
})

test('without a check run or an artifact the comment links to neither', async () => {
  const s = session('pull_request.synchronize.json')
  const report = await fixture('staging-deployed')
  await commentOnPullRequest(inputs('true'), s, report, null, { checkRunUrl: null, artifact: null, dashboard: 'workflow_dashboard_greeter.html' })
  const body = [...api.issueComments.values()][0].body
  expect(body).not.toMatch(/check run|artifact|dashboard/i)
  expect(body).toContain('(no run of the base branch in the history to compare with)')
  expect(body).toContain(report.stage_results.staging_deployment!.outputs.environment_url as string)
})

test('a fork pull request: no request, one notice naming the workflow_run mode', async () => {
  const s = session('pull_request.fork.json')
  expect(s.event!.isFork).toBe(true)
  const url = await commentOnPullRequest(inputs(), s, await fixture('failing-test'), null, links)
  expect(url).toBeNull()
  expect(api.requests.filter((r) => r.route === LIST || r.route === CREATE)).toEqual([])
  expect(notices).toHaveLength(1)
  expect(notices[0]).toMatch(/from a fork[^]*workflow_run mode/)
})

test('a token that may not write: one notice, no failure', async () => {
  const s = session('pull_request.synchronize.json')
  api.script(CREATE, [notAccessible()])
  const url = await commentOnPullRequest(inputs(), s, await fixture('failing-test'), null, links)
  expect(url).toBeNull()
  expect(notices).toHaveLength(1)
  expect(notices[0]).toContain('pull-requests: write')
})

test('comment: on-failure writes nothing for a passing run, and false never writes', async () => {
  const s = session('pull_request.synchronize.json')
  expect(await commentOnPullRequest(inputs('on-failure'), s, await fixture('staging-deployed'), null, links)).toBeNull()
  expect(await commentOnPullRequest(inputs('false'), s, await fixture('failing-test'), null, links)).toBeNull()
  expect(api.requests).toEqual([])
  expect(await commentOnPullRequest(inputs('on-failure'), s, await fixture('failing-test'), null, links)).toMatch(/#issuecomment-\d+$/)
})

test("a marked comment planted by the pull request's author is not taken as ours: the action writes its own", async () => {
  const s = session('pull_request.synchronize.json')
  const pr = s.event!.pullRequest!
  // The author posts the marker with a green verdict before the first run (a fork's author can, on the pull request
  // the workflow_run mode comments on): updated in place, it would carry the verdict under their name, theirs to edit.
  const forged = `${commentMarker('greeter')}\n### ✅ spec-to-production: greeter → dev\n\n**✓ every stage passed**`
  const author = { login: 'outsider', id: 99, type: 'User' as const }
  api.issueComments.set(1, { id: 1, owner: 'acme-games', repo: 'story-engine', issue_number: pr, body: forged, html_url: 'https://github.com/x#1', updates: 0, user: author, author_association: 'CONTRIBUTOR' })
  const url = await commentOnPullRequest(inputs(), s, await fixture('failing-test'), null, links)
  expect(api.issueComments.get(1)).toMatchObject({ body: forged, updates: 0 })
  expect(api.requests.filter((r) => r.route === CREATE)).toHaveLength(1)
  const ours = [...api.issueComments.values()].filter((c) => c.id !== 1)
  expect(ours).toHaveLength(1)
  expect(ours[0].body).toContain('❌ spec-to-production: greeter → dev')
  expect(url).toBe(ours[0].html_url)

  // A collaborator's marked comment (a personal token's comments are its person's) is still found and updated.
  api.issueComments.set(2, { id: 2, owner: 'acme-games', repo: 'story-engine', issue_number: pr, body: forged, html_url: 'https://github.com/x#2', updates: 0, user: { login: 'maintainer', id: 7, type: 'User' }, author_association: 'COLLABORATOR' })
  api.issueComments.delete(ours[0].id)
  await commentOnPullRequest(inputs(), s, await fixture('failing-test'), null, links)
  expect(api.issueComments.get(2)!.updates).toBe(1)
  expect(api.issueComments.get(1)!.updates).toBe(0)
})

test("a run of an earlier commit (a re-run, or a run that ends after a later push's) leaves the head's verdict in the comment", async () => {
  const head = session('pull_request.synchronize.json')
  const pr = head.event!.pullRequest!
  const headSha = head.event!.headSha
  api.pullRequests.set(pr, { head_sha: headSha })
  // The run of the pull request's head: failing, written.
  const url = await commentOnPullRequest(inputs(), head, await fixture('failing-test'), null, links)
  expect(url).toMatch(/#issuecomment-\d+$/)
  const [ours] = [...api.issueComments.values()]
  expect(ours.body).toContain('❌ spec-to-production: greeter → dev')
  expect(ours.body).toContain(`commit \`${headSha.slice(0, 12)}\``)

  // Run attempt 2 of the workflow run of the commit before it: its event payload names that commit as the head.
  const earlier = session('pull_request.synchronize.json')
  earlier.event = { ...earlier.event!, headSha: 'a'.repeat(40) }
  expect(await commentOnPullRequest(inputs(), earlier, await fixture('staging-deployed'), null, links)).toBeNull()
  expect(api.issueComments.get(ours.id)).toMatchObject({ updates: 0 })
  expect(api.issueComments.get(ours.id)!.body).toContain('❌ spec-to-production: greeter → dev')
  expect(api.requests.filter((r) => r.route === CREATE || r.route === UPDATE)).toHaveLength(1)
  expect(notices).toHaveLength(1)
  expect(notices[0]).toContain(`pull request #${pr}'s head is now ${headSha.slice(0, 12)}`)
  expect(notices[0]).toContain(`this run judged ${'a'.repeat(12)}`)

  // The head's own re-run still updates it.
  expect(await commentOnPullRequest(inputs(), head, await fixture('staging-deployed'), null, links)).toBe(url)
  expect(api.issueComments.get(ours.id)).toMatchObject({ updates: 1 })
})
