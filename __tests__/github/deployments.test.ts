/** GitHub Deployments, soak and security review against the local api.github.com stand-in (OpenAPI-checked). */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { notAccessible, startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { createOctokit } from '../../src/github/octokit.js'
import { createGitHubPort } from '../../src/github/deployments.js'
import type { GitHubPort } from '../../src/engine/host.js'

const SHA = 'a'.repeat(40)
const DAY = 24 * 3600 * 1000
const NOW = Date.parse('2026-11-24T00:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()

let api: GitHubApi
let port: GitHubPort
let warnings: string[]

beforeEach(async () => {
  api = await startGitHubApi()
  warnings = []
  const log = { info: () => {}, debug: () => {}, error: (m: string) => warnings.push(m), warning: (m: string) => warnings.push(m) }
  const octokit = createOctokit({ token: 'ghs_test', baseUrl: api.url, log, retryAfterBaseValue: 1, spaceWrites: false, serverErrorRetries: 0 })
  port = createGitHubPort({ octokit, owner: 'o', repo: 'r', log, runUrl: 'https://github.com/o/r/actions/runs/1' })
})

afterEach(async () => {
  api.assertNoViolations()
  await api.close()
})

const deployment = (id: number, created: number, sha = SHA) => ({
  id,
  url: `${api.url}/repos/o/r/deployments/${id}`,
  sha,
  ref: sha,
  environment: 'staging',
  created_at: iso(created),
  updated_at: iso(created)
})
const status = (state: string, at: number) => ({ id: at % 100000, state, created_at: iso(at), updated_at: iso(at) })

describe('deployments', () => {
  test('a deployment is created at the commit and its statuses follow the stage', async () => {
    api.script('POST /repos/{owner}/{repo}/deployments', [{ status: 201, body: deployment(7, NOW) }])
    api.script('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', [{ status: 201, body: status('in_progress', NOW) }, { status: 201, body: status('success', NOW) }])
    const record = await port.startDeployment({ environment: 'staging', sha: SHA, description: 'spec-to-production greeter', production: false })
    expect(record).not.toBeNull()
    await record!.status('in_progress')
    await record!.status('success', { environmentUrl: 'http://127.0.0.1:4000' })
    const [create, first, second] = api.requests
    expect(create.body).toMatchObject({ ref: SHA, environment: 'staging', production_environment: false, required_contexts: [], auto_merge: false })
    expect(first.body).toMatchObject({ state: 'in_progress', log_url: 'https://github.com/o/r/actions/runs/1' })
    expect(second.body).toMatchObject({ state: 'success', environment_url: 'http://127.0.0.1:4000', auto_inactive: true })
  })

  test('a token without deployments: write gives a warning naming it, and no record', async () => {
    api.script('POST /repos/{owner}/{repo}/deployments', [notAccessible()])
    const record = await port.startDeployment({ environment: 'staging', sha: SHA, description: 'x', production: false })
    expect(record).toBeNull()
    expect(warnings.join('\n')).toContain("grant 'deployments: write'")
  })
})

describe('staging soak', () => {
  test('met: deployed successfully 8 days ago, no failure since', async () => {
    api.script('GET /repos/{owner}/{repo}/deployments', [{ status: 200, body: [deployment(1, NOW - 8 * DAY)] }, { status: 200, body: [deployment(1, NOW - 8 * DAY)] }])
    api.script('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', [
      { status: 200, body: [status('success', NOW - 8 * DAY)] },
      { status: 200, body: [status('success', NOW - 8 * DAY)] }
    ])
    const reading = await port.soak({ environment: 'staging', sha: SHA, days: 7, now: NOW })
    expect(reading).toMatchObject({ met: true, value: '8.0 days' })
    expect(api.requests[0].query).toMatchObject({ environment: 'staging', sha: SHA })
  })

  test('unmet: too recent, or never deployed, or a failure since', async () => {
    api.script('GET /repos/{owner}/{repo}/deployments', [{ status: 200, body: [deployment(1, NOW - 2 * DAY)] }])
    api.script('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', [{ status: 200, body: [status('success', NOW - 2 * DAY)] }])
    expect(await port.soak({ environment: 'staging', sha: SHA, days: 7, now: NOW })).toMatchObject({ met: false, value: '2.0 days' })

    api.script('GET /repos/{owner}/{repo}/deployments', [{ status: 200, body: [] }])
    expect((await port.soak({ environment: 'staging', sha: SHA, days: 7, now: NOW })).reason).toMatch(/no successful deployment/)

    api.script('GET /repos/{owner}/{repo}/deployments', [
      { status: 200, body: [deployment(1, NOW - 9 * DAY)] },
      { status: 200, body: [deployment(2, NOW - 3 * DAY, 'b'.repeat(40)), deployment(1, NOW - 9 * DAY)] }
    ])
    api.script('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', [
      { status: 200, body: [status('success', NOW - 9 * DAY)] },
      { status: 200, body: [status('failure', NOW - 3 * DAY)] }
    ])
    const broken = await port.soak({ environment: 'staging', sha: SHA, days: 7, now: NOW })
    expect(broken.met).toBe(false)
    expect(broken.reason).toMatch(/had a failure status/)
  })
})

describe('staging soak of one component of a repository', () => {
  test("another component's deployment of the commit to the same environment is not this component's soak", async () => {
    // web was deployed to staging at this commit 8 days ago; api, whose soak this is, only today.
    const web = { ...deployment(1, NOW - 8 * DAY), payload: { component: 'web' }, description: 'spec-to-production web' }
    // A record made before the payload named the component: its description does.
    const older = { ...deployment(2, NOW - 9 * DAY), payload: {}, description: 'spec-to-production web' }
    const ours = { ...deployment(3, NOW - DAY / 24), payload: { component: 'api' }, description: 'spec-to-production api' }
    api.script('GET /repos/{owner}/{repo}/deployments', [{ status: 200, body: [ours, web, older] }])
    api.script('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', [{ status: 200, body: [status('success', NOW - DAY / 24)] }])
    const reading = await port.soak({ environment: 'staging', sha: SHA, days: 7, now: NOW, component: 'api' })
    expect(reading).toMatchObject({ met: false, value: '0.0 days' })
    // Only api's deployment's statuses were read.
    expect(api.requests.filter((r) => r.path.endsWith('/statuses')).map((r) => r.path)).toEqual(['/repos/o/r/deployments/3/statuses'])

    // Only other components' deployments: never deployed, saying whose they were.
    api.script('GET /repos/{owner}/{repo}/deployments', [{ status: 200, body: [web] }])
    const never = await port.soak({ environment: 'staging', sha: SHA, days: 7, now: NOW, component: 'api' })
    expect(never).toMatchObject({ met: false, value: 'never' })
    expect(never.reason).toBe(`${SHA.slice(0, 7)} has no successful deployment of api to staging (its 1 deployment(s) there are of other components: web)`)
  })

  test('a deployment names the component it deployed in its payload', async () => {
    api.script('POST /repos/{owner}/{repo}/deployments', [{ status: 201, body: deployment(7, NOW) }])
    await port.startDeployment({ environment: 'staging', sha: SHA, description: 'spec-to-production api', production: false, component: 'api' })
    expect(api.requests[0].body).toMatchObject({ payload: { component: 'api' }, description: 'spec-to-production api' })
  })
})

describe('staging soak over a long history', () => {
  test('more deployments since the success than the pages read: "no failure since" is unverified, so unmet', async () => {
    // 500 deployments of other commits in the 8 days since (5 pages of 100, all successful): a failure on the 6th
    // page would never be seen.
    const page = (n: number) => Array.from({ length: 100 }, (_, i) => deployment(1000 + n * 100 + i, NOW - DAY, 'c'.repeat(40)))
    api.script('GET /repos/{owner}/{repo}/deployments', [
      { status: 200, body: [deployment(1, NOW - 8 * DAY)] },
      ...[0, 1, 2, 3, 4].map((n) => ({ status: 200, body: page(n) }))
    ])
    api.script('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', [
      { status: 200, body: [status('success', NOW - 8 * DAY)] },
      ...Array.from({ length: 500 }, () => ({ status: 200, body: [status('success', NOW - DAY)] }))
    ])
    const reading = await port.soak({ environment: 'staging', sha: SHA, days: 7, now: NOW })
    expect(reading).toMatchObject({ met: false, value: '8.0 days' })
    expect(reading.reason).toMatch(/more than 500 deployments since this commit was deployed there/)
  })
})

describe('security review', () => {
  const pull = (labels: string[] = []) => [{ number: 12, merged_at: iso(NOW), labels: labels.map((name) => ({ name })), head: { sha: SHA }, user: { login: 'carol' } }]
  const labeled = (name: string, by: string, id = 1) => ({ id, event: 'labeled', actor: { login: by }, label: { name, color: 'ff0000' }, created_at: iso(NOW), commit_id: null })
  const review = (login: string, state: string, commit = SHA) => ({ id: 1, user: { login }, state, body: '', commit_id: commit })
  const EARLIER = 'b'.repeat(40)

  test('an approval by a configured user counts; a later change request cancels it', async () => {
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: pull() }, { status: 200, body: pull() }])
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [
      { status: 200, body: [review('alice', 'APPROVED')] },
      { status: 200, body: [review('alice', 'APPROVED'), review('alice', 'CHANGES_REQUESTED')] }
    ])
    expect(await port.securityReview({ sha: SHA, users: ['Alice'], teams: [], labels: [] })).toMatchObject({ met: true, value: 'approved by alice on #12' })
    expect((await port.securityReview({ sha: SHA, users: ['alice'], teams: [], labels: [] })).met).toBe(false)
  })

  test('an approval by a member of a configured team counts; a label counts', async () => {
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: pull() }, { status: 200, body: pull(['security-reviewed']) }])
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 200, body: [review('bob', 'APPROVED')] }])
    api.script('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', [{ status: 200, body: { state: 'active', role: 'member', url: 'x' } }])
    api.script('GET /repos/{owner}/{repo}/issues/{issue_number}/events', [{ status: 200, body: [labeled('security-reviewed', 'dave')] }])
    expect(await port.securityReview({ sha: SHA, users: [], teams: ['o/security'], labels: [] })).toMatchObject({ met: true, value: 'approved by bob (o/security) on #12' })
    expect(await port.securityReview({ sha: SHA, users: [], teams: [], labels: ['security-reviewed'] })).toMatchObject({ met: true, value: 'label security-reviewed on #12, added by dave' })
  })

  test("a label the pull request's author added is no review; one added by another after the author's counts", async () => {
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: pull(['security-reviewed']) }, { status: 200, body: pull(['security-reviewed']) }])
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 200, body: [] }])
    api.script('GET /repos/{owner}/{repo}/issues/{issue_number}/events', [
      // The author removed dave's label and put it back: the latest addition is the author's.
      { status: 200, body: [labeled('security-reviewed', 'dave', 1), { id: 2, event: 'unlabeled', actor: { login: 'carol' }, label: { name: 'security-reviewed', color: 'ff0000' }, created_at: iso(NOW), commit_id: null }, labeled('security-reviewed', 'Carol', 3)] },
      { status: 200, body: [labeled('security-reviewed', 'carol', 1), labeled('security-reviewed', 'dave', 2)] }
    ])
    const own = await port.securityReview({ sha: SHA, users: ['alice'], teams: [], labels: ['security-reviewed'] })
    expect(own).toMatchObject({ met: false, value: 'label security-reviewed, not a review' })
    expect(own.reason).toBe(
      "pull request #12 has no approval of its last commit from alice and no label added by another than its author; the label security-reviewed was added by the pull request's author Carol: a review is someone else's"
    )
    expect(await port.securityReview({ sha: SHA, users: [], teams: [], labels: ['security-reviewed'] })).toMatchObject({ met: true, value: 'label security-reviewed on #12, added by dave' })
  })

  test('who added a label cannot be read (no issues: read): the label is no review, and the reason says what to grant', async () => {
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: pull(['security-reviewed']) }])
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 200, body: [] }])
    api.script('GET /repos/{owner}/{repo}/issues/{issue_number}/events', [notAccessible()])
    const reading = await port.securityReview({ sha: SHA, users: [], teams: [], labels: ['security-reviewed'] })
    expect(reading.met).toBe(false)
    expect(reading.reason).toMatch(/who added the label security-reviewed cannot be read \(403: grant 'issues: read'\), so it is no review$/)
  })

  test('a label does not cover an earlier commit of the pull request than its last', async () => {
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: pull(['security-reviewed']) }])
    const reading = await port.securityReview({ sha: EARLIER, users: [], teams: [], labels: ['security-reviewed'] })
    expect(reading).toMatchObject({ met: false, value: 'an earlier commit of #12' })
    expect(api.requests.some((r) => r.path.endsWith('/events'))).toBe(false)
  })

  test('an approval of an earlier commit than the pull request\'s last does not count (later pushes were not reviewed)', async () => {
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: pull() }, { status: 200, body: pull() }, { status: 200, body: pull() }])
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [
      { status: 200, body: [review('alice', 'APPROVED', EARLIER)] },
      { status: 200, body: [review('bob', 'APPROVED', EARLIER)] },
      { status: 200, body: [review('alice', 'APPROVED', EARLIER), review('alice', 'APPROVED', SHA)] }
    ])
    const byUser = await port.securityReview({ sha: SHA, users: ['alice'], teams: [], labels: [] })
    expect(byUser).toMatchObject({ met: false, value: 'approved an earlier commit: alice' })
    expect(byUser.reason).toMatch(/alice approved an earlier commit than its last, aaaaaaa/)
    // A team member's stale approval is not even looked up.
    expect((await port.securityReview({ sha: SHA, users: [], teams: ['o/security'], labels: [] })).met).toBe(false)
    expect(api.requests.some((r) => r.path.includes('/teams/'))).toBe(false)
    // Approved again after the last push: it counts.
    expect(await port.securityReview({ sha: SHA, users: ['alice'], teams: [], labels: [] })).toMatchObject({ met: true, value: 'approved by alice on #12' })
  })

  test('an approval of the last commit does not cover an earlier commit of the pull request; it covers the merge', async () => {
    const merged = [{ number: 12, merged_at: iso(NOW), labels: [], head: { sha: SHA }, merge_commit_sha: 'c'.repeat(40) }]
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: merged }, { status: 200, body: merged }])
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 200, body: [review('alice', 'APPROVED', SHA)] }])
    // EARLIER is a commit of #12 before its last one: what alice approved came after it.
    const earlier = await port.securityReview({ sha: EARLIER, users: ['alice'], teams: [], labels: [] })
    expect(earlier).toMatchObject({ met: false, value: 'an earlier commit of #12' })
    expect(earlier.reason).toBe('bbbbbbb is neither the last commit of pull request #12 (aaaaaaa) nor its merge (ccccccc): an approval or label of the pull request does not cover this earlier state of its code')
    // The merge commit: the state alice approved, merged.
    expect(await port.securityReview({ sha: 'c'.repeat(40), users: ['alice'], teams: [], labels: [] })).toMatchObject({ met: true, value: 'approved by alice on #12' })
  })

  test('no pull request, or no approval: unmet with the reason', async () => {
    api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: [] }])
    expect((await port.securityReview({ sha: SHA, users: ['alice'], teams: [], labels: [] })).reason).toMatch(/no pull request brought/)
  })
})
