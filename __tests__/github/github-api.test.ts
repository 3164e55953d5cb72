/** The api.github.com stand-in itself: it must refuse what GitHub's description refuses, or the other tests prove nothing. */
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'

let api: GitHubApi
beforeEach(async () => {
  api = await startGitHubApi()
})
afterEach(async () => {
  await api.close()
})

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: 'token test', ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null }
}

const sha = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
const annotation = { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' }

test('a valid create is answered 201 and kept; no violation', async () => {
  const created = await call('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha, status: 'in_progress' })
  expect(created.status).toBe(201)
  expect(api.checkRuns.get(Number(created.body?.id))).toMatchObject({ status: 'in_progress', head_sha: sha })
  api.assertNoViolations()
})

test.each([
  ['an unknown path', 'GET', '/repos/o/r/check-runz', undefined, /no operation/],
  ['a method the path does not take', 'DELETE', '/repos/o/r/check-runs', undefined, /no operation/],
  ['a missing required field', 'POST', '/repos/o/r/check-runs', { name: 'n' }, /required property 'head_sha'/],
  ['a value outside the enum', 'POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha, status: 'running' }, /must be equal to one of the allowed values/],
  ['51 annotations in one request', 'POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha, output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } }, /must NOT have more than 50 items/],
  ['a non-integer check run id', 'PATCH', '/repos/o/r/check-runs/abc', { conclusion: 'success' }, /path parameter check_run_id must be integer/],
  ['a query parameter the operation does not define', 'GET', '/repos/o/r/check-runs/1?verbose=1', undefined, /query parameter verbose/],
  ['a query parameter of the wrong type', 'GET', '/repos/o/r/commits/main/check-runs?per_page=many', undefined, /query parameter per_page must be integer/],
  ['a completed run without conclusion (documented in prose)', 'POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha, status: 'completed' }, /needs a conclusion/],
  ['columns on a multi-line annotation (documented in prose)', 'POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha, output: { title: 't', summary: 's', annotations: [{ ...annotation, end_line: 3, start_column: 2 }] } }, /multi-line/],
  ['a sarif upload without commit_sha', 'POST', '/repos/o/r/code-scanning/sarifs', { ref: 'refs/heads/main', sarif: 'H4sI' }, /commit_sha/]
])('%s is a violation answered 400', async (_what, method, path, body, problem) => {
  const answer = await call(method, path, body)
  expect(answer.status).toBe(400)
  expect(api.violations).toHaveLength(1)
  expect(api.violations[0].problems.join('\n')).toMatch(problem)
  expect(() => api.assertNoViolations()).toThrow(/contract violations/)
})

test.each([
  ['a summary over 65,535 characters', { title: 't', summary: 'x'.repeat(65_536) }, 'summary'],
  ['a text of 30,000 characters and 90,000 bytes', { title: 't', summary: 's', text: '説'.repeat(30_000) }, 'text']
])('%s: a violation answered 422 as GitHub answers it (it measures bytes)', async (_what, output, field) => {
  const answer = await call('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha, output })
  expect(answer.status).toBe(422)
  expect(answer.body).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'custom', field, message: `${field} exceeds a maximum bytesize of 65535` }] })
  expect(api.violations).toHaveLength(1)
  expect(() => api.assertNoViolations()).toThrow(/contract violations/)
})

test('scripted responses are served in order, then the defaults; unknown routes cannot be scripted', async () => {
  api.script('POST /repos/{owner}/{repo}/check-runs', [{ status: 503, headers: { 'retry-after': '1' }, body: { message: 'busy' } }, 'default'])
  expect((await call('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha })).status).toBe(503)
  expect((await call('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha })).status).toBe(201)
  expect(api.requests.map((r) => r.route)).toEqual(['POST /repos/{owner}/{repo}/check-runs', 'POST /repos/{owner}/{repo}/check-runs'])
  expect(() => api.script('POST /repos/{owner}/{repo}/check-runz', [])).toThrow(/not an operation/)
  api.assertNoViolations()
})

test('annotations are appended over updates, as GitHub does', async () => {
  const created = await call('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: sha, output: { title: 't', summary: 's', annotations: [annotation] } })
  const id = Number(created.body?.id)
  await call('PATCH', `/repos/o/r/check-runs/${id}`, { output: { title: 't', summary: 's2', annotations: [annotation, annotation] } })
  expect(api.checkRuns.get(id)?.annotations).toHaveLength(3)
  expect(api.checkRuns.get(id)?.output.summary).toBe('s2')
  api.assertNoViolations()
})
