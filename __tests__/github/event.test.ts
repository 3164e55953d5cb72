import { afterAll, expect, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readEventContext } from '../../src/github/event.js'
import { pullRequestEnv } from './helpers.js'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

async function payloadFile(payload: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-event-'))
  dirs.push(dir)
  const file = join(dir, 'event.json')
  await writeFile(file, JSON.stringify(payload))
  return file
}

test('pull_request: the head commit, not GITHUB_SHA (the merge commit)', () => {
  const env = pullRequestEnv('pull_request.synchronize.json')
  expect(readEventContext(env)).toEqual({
    owner: 'acme-games',
    repo: 'story-engine',
    eventName: 'pull_request',
    headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    sha: env.GITHUB_SHA,
    ref: 'refs/pull/42/merge',
    pullRequest: 42,
    isFork: false,
    redirected: null
  })
})

test('pull_request from a fork, and pull_request_target', () => {
  const env = pullRequestEnv('pull_request.fork.json')
  expect(readEventContext(env)).toMatchObject({ headSha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', isFork: true, pullRequest: 42 })
  // pull_request_target runs with the base repository's token, which can write: not the read-only case.
  expect(readEventContext({ ...env, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main' })).toMatchObject({
    headSha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00',
    isFork: false
  })
})

test('a deleted fork (head.repo null) is a fork; a same-repository branch of a forked repository is not', async () => {
  const deleted = await payloadFile({ pull_request: { number: 3, head: { sha: 'a'.repeat(40), repo: null }, base: { repo: { full_name: 'o/r' } } } })
  const sameRepo = await payloadFile({ pull_request: { number: 4, head: { sha: 'b'.repeat(40), repo: { full_name: 'O/R', fork: true } }, base: { repo: { full_name: 'o/r' } } } })
  const base = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'c'.repeat(40) }
  expect(readEventContext({ ...base, GITHUB_EVENT_PATH: deleted })).toMatchObject({ isFork: true, headSha: 'a'.repeat(40), pullRequest: 3 })
  expect(readEventContext({ ...base, GITHUB_EVENT_PATH: sameRepo })).toMatchObject({ isFork: false, headSha: 'b'.repeat(40) })
})

test('push and other events: GITHUB_SHA; no event file (a local run) is fine', async () => {
  const push = await payloadFile({ ref: 'refs/heads/main', after: 'd'.repeat(40), pull_request: { head: { sha: 'e'.repeat(40) } } })
  const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: push, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: 'refs/heads/main' }
  expect(readEventContext(env)).toMatchObject({ headSha: 'd'.repeat(40), pullRequest: null, isFork: false })
  expect(readEventContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'f'.repeat(40) })).toMatchObject({ eventName: '', headSha: 'f'.repeat(40), ref: '' })
})

test('errors a user can act on', () => {
  expect(() => readEventContext({ GITHUB_REPOSITORY: 'just-a-name', GITHUB_SHA: 'a'.repeat(40) })).toThrow("Invalid GITHUB_REPOSITORY 'just-a-name'. Expected format {owner}/{repo}.")
  expect(() => readEventContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'a'.repeat(40), GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(/GITHUB_EVENT_PATH \/nonexistent\/event.json/)
  expect(() => readEventContext({ GITHUB_REPOSITORY: 'o/r' })).toThrow(/GITHUB_SHA is not set/)
})

test('the checked-out commit decides where results go: the head, a merge of it, else the commit judged', () => {
  const env = pullRequestEnv('pull_request.synchronize.json')
  const head = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
  const merge = { sha: 'a'.repeat(40), contains: ['b'.repeat(40), head] }
  expect(readEventContext(env, merge)).toMatchObject({ headSha: head, pullRequest: 42, redirected: null })
  expect(readEventContext(env, { sha: head, contains: [] })).toMatchObject({ headSha: head, pullRequest: 42, redirected: null })
  // pull_request_target's default checkout: the base branch's tip, which has nothing of the pull request.
  const baseTip = { sha: 'c'.repeat(40), contains: ['d'.repeat(40)] }
  const target = readEventContext({ ...env, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_SHA: baseTip.sha }, baseTip)
  expect(target).toMatchObject({ headSha: baseTip.sha, pullRequest: null, redirected: { fromPullRequest: true } })
  expect(target.redirected?.message).toContain("neither pull request #42's head 6dcb09b5b578 nor a commit that contains it (a pull_request_target run checks out the base branch")
  // Outside pull requests: the commit checked out when it is not GITHUB_SHA; unknown checkout changes nothing.
  const push = { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'e'.repeat(40) }
  expect(readEventContext(push, { sha: 'f'.repeat(40), contains: [] })).toMatchObject({ headSha: 'f'.repeat(40), sha: 'e'.repeat(40), redirected: { fromPullRequest: false } })
  expect(readEventContext(push, null)).toMatchObject({ headSha: 'e'.repeat(40), redirected: null })
  expect(readEventContext(push, { sha: 'e'.repeat(40), contains: [] })).toMatchObject({ headSha: 'e'.repeat(40), redirected: null })
})
