/**
 * Check runs against the local api.github.com stand-in with the real Octokit (throttling and retry plugins): every
 * request is checked against GitHub's OpenAPI description, and no test may leave a contract violation.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { notAccessible, rateLimited, secondaryRateLimit, serverError, startGitHubApi, type GitHubApi, type RecordedRequest } from '../servers/github-api.js'
import { createOctokit, type GitHubClient } from '../../src/github/octokit.js'
import { readEventContext } from '../../src/github/event.js'
import { checkRunSummary, completeCheckRun, startCheckRun, OUTPUT_MAX_CHARS } from '../../src/github/checks.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import type { WholePlace } from '../../src/view/whole.js'
import type { Finding } from '../../src/reports/types.js'
import { findings, pullRequestEnv, recordingLogger, recordingSink, reportWith, type Recorder, type RecordingSink } from './helpers.js'

/** Shaped like an installation token; it must reach the server and nothing else. */
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const CREATE = 'POST /repos/{owner}/{repo}/check-runs'
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'

let api: GitHubApi
let octokit: GitHubClient
let log: Recorder
let sink: RecordingSink

beforeEach(async () => {
  api = await startGitHubApi()
  log = recordingLogger()
  sink = recordingSink()
  octokit = createOctokit({ token: TOKEN, baseUrl: api.url, log, retryAfterBaseValue: 1, spaceWrites: false })
})

afterEach(async () => {
  try {
    // The contract holds in every test, whatever it checked.
    api.assertNoViolations()
    // The token reaches the API and appears in nothing written for people.
    const written = JSON.stringify([log.lines, sink.calls])
    expect(written).not.toContain(TOKEN)
  } finally {
    // Closed even when the contract failed: an open server would keep Jest from exiting.
    await api.close()
  }
})

const checkRequests = () => api.requests.filter((r) => r.route === CREATE || r.route === UPDATE)
const body = (r: RecordedRequest) => r.body as { status?: string; conclusion?: string; head_sha?: string; output?: { title: string; summary: string; text?: string; annotations?: { annotation_level: string }[] } }
const annotationsOf = (r: RecordedRequest) => body(r).output?.annotations?.length ?? 0

function target(env = pullRequestEnv('pull_request.synchronize.json')) {
  const context = readEventContext(env)
  return { owner: context.owner, repo: context.repo, headSha: context.headSha, component: 'player_experience', log }
}

describe('a pull request from a branch of the repository', () => {
  test('the check run goes on pull_request.head.sha, not the merge commit, and ends with the verdict', async () => {
    const env = pullRequestEnv('pull_request.synchronize.json')
    const start = await startCheckRun(octokit, target(env))
    expect(start.handle).not.toBeNull()
    const outcome = await completeCheckRun(octokit, start, reportWith([...findings(2, 'warning'), ...findings(3, 'error')]), { log, sink })

    const [create, complete] = checkRequests()
    expect(body(create)).toMatchObject({ head_sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', status: 'in_progress', name: 'spec-to-production / player_experience' })
    expect(body(create).head_sha).not.toBe(env.GITHUB_SHA)
    expect(complete.path).toBe(`/repos/acme-games/story-engine/check-runs/${start.handle?.id}`)
    expect(body(complete)).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(body(complete).output?.title).toBe('✗ refactoring failed: 5 lint issues > 0 allowed')
    // Errors first, then warnings, whatever order the tools reported them in.
    expect(body(complete).output?.annotations?.map((a) => a.annotation_level)).toEqual(['failure', 'failure', 'failure', 'warning', 'warning'])
    expect(outcome).toMatchObject({ url: start.handle?.html_url, requests: 1, annotations_posted: 5, annotations_omitted: 0, fallback: false, conclusion: 'failure' })
    expect(checkRequests()).toHaveLength(2)
    expect(api.checkRuns.get(start.handle?.id ?? 0)).toMatchObject({ status: 'completed', conclusion: 'failure', head_sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' })
    expect(sink.calls).toEqual([])
    expect(create.headers.authorization).toBe(`token ${TOKEN}`)
  })

  test('the title states the verdict: a coverage failure, a pass', async () => {
    const failed = await completeCheckRun(octokit, await startCheckRun(octokit, target()), reportWith([], { coverage: 62.1 }), { log, sink })
    expect(failed.conclusion).toBe('failure')
    expect(body(checkRequests()[1]).output?.title).toBe('✗ testing failed: coverage 62.1% < 70%')
    const passed = await completeCheckRun(octokit, await startCheckRun(octokit, target()), reportWith([]), { log, sink })
    expect(passed.conclusion).toBe('success')
    // The fixture's staging_deployment was skipped: the title does not claim a staging it did not reach.
    expect(body(checkRequests()[3]).output?.title).toBe('✓ 3 stages passed for staging; staging_deployment did not run (skipped)')
    expect(body(checkRequests()[3]).output?.summary).toContain('| testing.test_coverage | ✅ | 84.5% ≥ 70% |')
  })

  test('the check name is configurable, with {component} replaced', async () => {
    const start = await startCheckRun(octokit, { ...target(), name: 'quality ({component})' })
    expect(body(checkRequests()[0])).toMatchObject({ name: 'quality (player_experience)' })
    expect(start.handle?.name).toBe('quality (player_experience)')
  })
})

describe('1,234 findings with the default cap of 1,000', () => {
  const many = () => [...findings(700, 'warning'), ...findings(234, 'notice'), ...findings(300, 'error')]

  test('1 create, then 20 updates of 50 annotations; the first update completes the run; 234 left out, said in the text', async () => {
    const start = await startCheckRun(octokit, target())
    const outcome = await completeCheckRun(octokit, start, reportWith(many()), { log, sink })

    const requests = checkRequests()
    expect(requests.map((r) => r.method)).toEqual(['POST', ...Array(20).fill('PATCH')])
    expect(requests.map(annotationsOf)).toEqual([0, ...Array(20).fill(50)])
    expect(body(requests[1])).toMatchObject({ status: 'completed', conclusion: 'failure' })
    for (const r of requests.slice(2)) expect(body(r).conclusion).toBeUndefined()
    for (const r of requests.slice(1)) {
      expect(body(r).output?.summary.length).toBeLessThanOrEqual(OUTPUT_MAX_CHARS)
      expect(body(r).output?.text?.length).toBeLessThanOrEqual(OUTPUT_MAX_CHARS)
      expect(body(r).output?.text).toContain('234 not annotated: over the cap of 1,000 annotations')
    }
    expect(outcome).toMatchObject({ requests: 20, annotations_posted: 1000, annotations_omitted: 234, fallback: false })
    // The stand-in appends as GitHub does: 300 errors, then 700 warnings; the 234 notices are the ones left out.
    const stored = api.checkRuns.get(start.handle?.id ?? 0)
    expect(stored?.annotations).toHaveLength(1000)
    expect(stored?.annotations.filter((a) => a.annotation_level === 'failure')).toHaveLength(300)
    expect(stored?.annotations.slice(300).every((a) => a.annotation_level === 'warning')).toBe(true)
  })

  test('a start that failed for a transient reason: created at the end, 1 create with 50 + 19 updates', async () => {
    api.script(CREATE, [serverError(), serverError(), serverError(), serverError()])
    const start = await startCheckRun(octokit, target())
    expect(start).toMatchObject({ handle: null, permissionDenied: false })
    const outcome = await completeCheckRun(octokit, start, reportWith(many()), { log, sink })
    const requests = checkRequests()
    // 4 attempts of the start (plugin-retry: 3 retries), then the completion.
    expect(requests.map((r) => r.method)).toEqual([...Array(5).fill('POST'), ...Array(19).fill('PATCH')])
    expect(requests.slice(4).map(annotationsOf)).toEqual(Array(20).fill(50))
    expect(body(requests[4])).toMatchObject({ status: 'completed', conclusion: 'failure', head_sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' })
    expect(outcome).toMatchObject({ requests: 20, annotations_posted: 1000, annotations_omitted: 234 })
  })

  test('10,000 findings: the same 1 + ceil(min(N, cap) / 50) = 21 requests', async () => {
    const outcome = await completeCheckRun(octokit, await startCheckRun(octokit, target()), reportWith(findings(10_000, 'warning')), { log, sink })
    expect(checkRequests()).toHaveLength(21)
    expect(outcome).toMatchObject({ requests: 20, annotations_posted: 1000, annotations_omitted: 9000 })
  })

  test('a smaller cap: ceil(cap / 50) updates', async () => {
    const outcome = await completeCheckRun(octokit, await startCheckRun(octokit, target()), reportWith(many()), { log, sink, cap: 120 })
    expect(checkRequests().map(annotationsOf)).toEqual([0, 50, 50, 20])
    expect(outcome).toMatchObject({ requests: 3, annotations_posted: 120, annotations_omitted: 1114 })
  })
})

describe('without write access', () => {
  const mixed = () => [
    ...findings(15, 'notice'),
    ...findings(25, 'warning'),
    ...findings(12, 'error'),
    { tool: 'tests', severity: 'error' as const, file: '', message: 'a failing test without a file' }
  ]

  test('a pull request from a fork: 403 on create, workflow-command annotations within the step limits, one permission notice', async () => {
    api.script(CREATE, [notAccessible()])
    const context = readEventContext(pullRequestEnv('pull_request.fork.json'))
    expect(context).toMatchObject({ isFork: true, headSha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', pullRequest: 42 })
    const start = await startCheckRun(octokit, { ...target(pullRequestEnv('pull_request.fork.json')) })
    expect(start).toMatchObject({ handle: null, permissionDenied: true })
    expect(start.handle === null && start.reason).toContain('Resource not accessible by integration')

    const outcome = await completeCheckRun(octokit, start, reportWith(mixed()), { log, sink })
    const by = (level: string) => sink.calls.filter((c) => c.level === level)
    expect(by('error')).toHaveLength(10)
    expect(by('warning')).toHaveLength(10)
    // 9 findings and the permission notice: GitHub shows 10 notices per step.
    expect(by('notice')).toHaveLength(10)
    const permission = by('notice').filter((c) => c.message.includes('`checks: write`'))
    expect(permission).toHaveLength(1)
    expect(by('error')[0]).toMatchObject({ properties: { file: 'src/player_experience/module_0.ts', startLine: 10, endLine: 10, startColumn: 3, title: 'tsc: TS2300' } })
    expect(outcome).toMatchObject({ fallback: true, url: null, requests: 0, annotations_posted: 0, findings_without_file: 1 })
    expect(outcome.annotations_omitted).toBe(52 - 29)
    // One refused create, nothing else.
    expect(checkRequests()).toHaveLength(1)
  })

  test('a workflow without checks: write (404 on a private repository): the same fallback, nothing thrown', async () => {
    api.script(CREATE, [{ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '404' } }])
    const start = await startCheckRun(octokit, target())
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(3, 'error')), { log, sink })
    expect(outcome.fallback).toBe(true)
    expect(sink.calls.filter((c) => c.level === 'error')).toHaveLength(3)
    expect(sink.calls.filter((c) => c.message.includes('`checks: write`'))).toHaveLength(1)
  })
})

describe('rate limits', () => {
  test('429 (primary limit) on create and a secondary limit on the update: retried, then done', async () => {
    api.script(CREATE, [rateLimited(429)])
    api.script(UPDATE, [secondaryRateLimit(1)])
    const start = await startCheckRun(octokit, target())
    expect(start.handle).not.toBeNull()
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(3, 'error')), { log, sink })
    expect(checkRequests().map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH', 'PATCH'])
    expect(outcome).toMatchObject({ fallback: false, annotations_posted: 3, conclusion: 'failure' })
    const warnings = log.lines.filter((l) => l.level === 'warning').map((l) => l.message)
    expect(warnings).toEqual([expect.stringMatching(/^GitHub rate limit on POST/), expect.stringMatching(/^GitHub secondary rate limit on PATCH/)])
    expect(sink.calls).toEqual([])
  })

  test('a primary limit that lifts in an hour: no retry, the fallback without the permission notice', async () => {
    api.script(CREATE, [rateLimited(403, 3600)])
    const start = await startCheckRun(octokit, target())
    expect(start).toMatchObject({ handle: null, permissionDenied: false })
    expect(log.lines.some((l) => l.level === 'warning' && /lifts in (?:3599|360[0-2]) s, longer than the 60 s this run waits/.test(l.message))).toBe(true)
    // The completion creates the run (the limit has lifted for the stand-in).
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(3, 'error')), { log, sink })
    expect(outcome).toMatchObject({ fallback: false, annotations_posted: 3 })
    expect(sink.calls).toEqual([])
  })

  test('a 403 primary limit is a rate limit, not a missing permission', async () => {
    api.script(CREATE, [rateLimited(403)])
    const start = await startCheckRun(octokit, target())
    expect(start.handle).not.toBeNull()
    expect(checkRequests()).toHaveLength(2)
  })

  test('a secondary limit that does not lift: 3 retries, then a warning and the fallback, never the permission notice', async () => {
    const start = await startCheckRun(octokit, target())
    api.script(UPDATE, Array(8).fill(secondaryRateLimit(1)))
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(3, 'error')), { log, sink })
    // 4 attempts of the completion, then 4 of the bare completion.
    expect(checkRequests().map((r) => r.method)).toEqual(['POST', ...Array(8).fill('PATCH')])
    expect(outcome.fallback).toBe(true)
    expect(sink.calls.filter((c) => c.level === 'error')).toHaveLength(3)
    expect(sink.calls.some((c) => c.message.includes('checks: write'))).toBe(false)
    expect(log.lines.some((l) => l.level === 'warning' && /giving up after 3 retries/.test(l.message))).toBe(true)
  })
})

describe('server errors', () => {
  test('500 and 502 on the completion: retried by plugin-retry, then it succeeds', async () => {
    const start = await startCheckRun(octokit, target())
    api.script(UPDATE, [serverError(500), serverError(502)])
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(3, 'error')), { log, sink })
    expect(checkRequests().map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH'])
    expect(outcome).toMatchObject({ fallback: false, requests: 1, annotations_posted: 3 })
    expect(api.checkRuns.get(start.handle?.id ?? 0)?.status).toBe('completed')
  })

  test('500 that persists: warnings and workflow-command annotations, nothing thrown', async () => {
    const start = await startCheckRun(octokit, target())
    api.script(UPDATE, Array(8).fill(serverError(500)))
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(3, 'error')), { log, sink })
    expect(checkRequests().map((r) => r.method)).toEqual(['POST', ...Array(8).fill('PATCH')])
    expect(outcome).toMatchObject({ fallback: true, requests: 2 })
    expect(log.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringContaining('may remain in progress'),
      expect.stringContaining("check run 'spec-to-production / player_experience' not written (500")
    ])
    expect(sink.calls.filter((c) => c.level === 'error')).toHaveLength(3)
  })

  test('the completion passes, a later append fails: the verdict stays, the unposted annotations are counted', async () => {
    const start = await startCheckRun(octokit, target())
    api.script(UPDATE, ['default', ...Array(4).fill(serverError(503))])
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(120, 'warning')), { log, sink })
    // The last request replaces the text, which announced 120 annotations, with what the run holds.
    expect(checkRequests().map(annotationsOf)).toEqual([0, 50, 50, 50, 50, 50, 0])
    expect(outcome).toMatchObject({ fallback: false, requests: 3, annotations_posted: 50, annotations_omitted: 70 })
    expect(api.checkRuns.get(start.handle?.id ?? 0)).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(api.checkRuns.get(start.handle?.id ?? 0)?.output.summary).toContain('**Findings:** 120; 50 shown as annotations (errors first); 70 not posted (GitHub answered 503 Server Error)')
    expect(log.lines.some((l) => l.level === 'warning' && l.message.includes('70 annotations not posted'))).toBe(true)
  })

  test('an append GitHub refuses (422): the check run ends saying how many annotations it holds and how many were not posted', async () => {
    const start = await startCheckRun(octokit, target())
    const refused = { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'annotations' }], documentation_url: 'https://docs.github.com/rest/checks/runs#update-a-check-run', status: '422' } }
    api.script(UPDATE, ['default', 'default', refused])
    const outcome = await completeCheckRun(octokit, start, reportWith(findings(180, 'warning')), { log, sink })
    expect(outcome).toMatchObject({ fallback: false, annotations_posted: 100, annotations_omitted: 80 })
    const stored = api.checkRuns.get(start.handle?.id ?? 0)
    expect(stored?.annotations).toHaveLength(100)
    expect(stored).toMatchObject({ status: 'completed', conclusion: 'failure' })
    // What the check run says is what it holds: 100 annotations, not the 180 the first updates announced.
    for (const field of [stored?.output.summary, stored?.output.text]) {
      expect(field).toContain('**Findings:** 180; 100 shown as annotations (errors first)')
      expect(field).toContain('80 not posted (GitHub answered 422 Validation Failed)')
      expect(field).not.toContain('180 shown as annotations')
    }
  })
})

test('outputs over 65,535 characters are cut with a note; titles and messages stay within the limits', async () => {
  const long: Finding[] = findings(1300, 'warning').map((f, i) => ({ ...f, rule: 'r'.repeat(400), message: `${'long message '.repeat(12)} ${i}` }))
  long.unshift({ tool: 'eslint', severity: 'warning', file: 'src/big.ts', line: 1, message: 'x'.repeat(70 * 1024) })
  await completeCheckRun(octokit, await startCheckRun(octokit, target()), reportWith(long), { log, sink, cap: 50 })
  const complete = body(checkRequests()[1])
  expect(complete.output?.text?.length).toBeLessThanOrEqual(OUTPUT_MAX_CHARS)
  expect(complete.output?.text).toMatch(/_Truncated: [\d,]+ more lines not shown/)
  // The stand-in checks title ≤ 255 and message ≤ 64 KB as documented; no violation means they held.
})

test('GitHub measures summary and text in bytes: findings in Japanese fill the text to 65,535 bytes, not characters, and are posted', async () => {
  // cspell's and textlint's messages, file names and test names in the team's language: 3 bytes a character in UTF-8.
  const japanese: Finding[] = findings(3000, 'warning').map((f, i) => ({ ...f, tool: 'textlint', rule: 'ja-no-mixed-period', file: `docs/説明_${i % 9}.md`, message: `文末が"。"で終わっていません。句読点を確認してください（${i}）` }))
  const start = await startCheckRun(octokit, target())
  const outcome = await completeCheckRun(octokit, start, reportWith(japanese), { log, sink, cap: 100 })
  // The stand-in answers an output over 65,535 bytes as GitHub does (422 "text exceeds a maximum bytesize of 65535").
  expect(outcome).toMatchObject({ fallback: false, annotations_posted: 100, annotations_omitted: 2900 })
  const stored = api.checkRuns.get(start.handle?.id ?? 0)
  expect(stored?.annotations).toHaveLength(100)
  const text = stored?.output.text ?? ''
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_535)
  expect(Buffer.byteLength(text)).toBeGreaterThan(60_000)
  expect(text).toMatch(/_Truncated: [\d,]+ more lines not shown \(GitHub limits this field to 65,535 bytes\)/)
  expect(Buffer.byteLength(stored?.output.summary ?? '')).toBeLessThanOrEqual(65_535)
})

test('production settings: baseUrl from GITHUB_API_URL, writes spaced by the throttling plugin', async () => {
  const saved = process.env.GITHUB_API_URL
  process.env.GITHUB_API_URL = api.url
  try {
    const production = createOctokit({ token: TOKEN, log })
    const started = Date.now()
    const outcome = await completeCheckRun(production, await startCheckRun(production, target()), reportWith([]), { log, sink })
    expect(outcome).toMatchObject({ fallback: false, conclusion: 'success' })
    expect(checkRequests()).toHaveLength(2)
    // GitHub's advice for content-creating requests: one per second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  } finally {
    if (saved === undefined) delete process.env.GITHUB_API_URL
    else process.env.GITHUB_API_URL = saved
  }
})

test('more errors than the summary lists: the rest is said to be where the report is in this run, in its words', () => {
  const report = reportWith([])
  report.errors = Array.from({ length: 60 }, (_, i) => `error ${i}`)
  const plan = planAnnotations(reportFindings(report))
  const said = (whole: WholePlace | null) => checkRunSummary(report, plan, undefined, whole).split('\n').find((l) => l.startsWith('- … '))
  expect(said(null)).toBe('- … 10 more in the JSON report')
  expect(said({ report: 'out/report.json', sarif: 'out/x.sarif', artifact: 'a_b', upload: 'pending' })).toBe(
    "- … 10 more in the JSON report out/report.json on the runner, uploaded after this was written as the artifact 'a\\_b' (should the upload fail, a warning in the job's log says so, and they end with the job)"
  )
  expect(said({ report: 'out/report.json', sarif: 'out/x.sarif', artifact: null, upload: 'off' })).toBe(
    '- … 10 more in the JSON report out/report.json, only on the runner and gone when the job ends: upload-artifacts is false (set it to true to keep them as an artifact)'
  )
})
