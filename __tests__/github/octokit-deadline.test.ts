/**
 * The REST client against a server that accepts connections and never answers: each request ends at its deadline,
 * is not retried, and once one went unanswered the client's later requests fail at once without connecting.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createServer, type Server, type Socket } from 'node:net'
import { createOctokit } from '../../src/github/octokit.js'
import { recordingLogger } from './helpers.js'

let server: Server
let url: string
let accepted = 0
const sockets = new Set<Socket>()

beforeAll(async () => {
  server = createServer((socket) => {
    accepted++
    sockets.add(socket)
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})

afterAll(async () => {
  for (const s of sockets) s.destroy()
  await new Promise((resolve) => server.close(resolve))
})

test('a request with no answer ends at its deadline, is not retried, and later requests fail at once', async () => {
  const octokit = createOctokit({ token: 't', baseUrl: url, log: recordingLogger(), retryAfterBaseValue: 1, spaceWrites: false, requestTimeoutMs: 1500 })
  const started = Date.now()
  await expect(octokit.rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40) })).rejects.toThrow(
    `POST ${url}/repos/o/r/check-runs: no answer within 1.5 s`
  )
  const elapsed = Date.now() - started
  expect(elapsed).toBeGreaterThanOrEqual(1490)
  // Not retried: a retry (the plugin makes up to 3) would wait another 1.5 s.
  expect(elapsed).toBeLessThan(3000)
  const connections = accepted
  await expect(octokit.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: 'main' })).rejects.toThrow(
    /not sent: POST \S+\/check-runs got no answer within 1.5 s earlier in this run/
  )
  // Failed without connecting.
  await new Promise((r) => setTimeout(r, 100))
  expect(accepted).toBe(connections)
})

test("another endpoint's stall does not stop a check run's requests; the check runs' own stall does", async () => {
  const octokit = createOctokit({ token: 't', baseUrl: url, log: recordingLogger(), retryAfterBaseValue: 1, spaceWrites: false, requestTimeoutMs: 500 })
  await expect(octokit.rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: 1, state: 'in_progress' })).rejects.toThrow(/\/statuses: no answer within 0.5 s/)
  // The rest of the API is skipped from now on…
  const connections = accepted
  await expect(octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 })).rejects.toThrow(/not sent: POST \S+\/statuses got no answer/)
  await new Promise((r) => setTimeout(r, 100))
  expect(accepted).toBe(connections)
  // …but completing the check run is still tried (left undone, it would say "in progress" forever).
  await expect(octokit.rest.checks.update({ owner: 'o', repo: 'r', check_run_id: 7, status: 'completed', conclusion: 'success' })).rejects.toThrow(
    /PATCH \S+\/check-runs\/7: no answer within 0.5 s/
  )
  expect(accepted).toBe(connections + 1)
  // Once the check runs' endpoint has not answered either, their requests are skipped too.
  await expect(octokit.rest.checks.update({ owner: 'o', repo: 'r', check_run_id: 7, status: 'completed', conclusion: 'success' })).rejects.toThrow(
    /not sent: PATCH \S+\/check-runs\/7 got no answer/
  )
  await new Promise((r) => setTimeout(r, 100))
  expect(accepted).toBe(connections + 1)
})
