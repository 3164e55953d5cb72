/**
 * Two matrix legs of one component (a matrix over Node versions) keep their histories in the Actions cache: the
 * bundled action, run as the runner runs it, each leg on a fresh runner (its own clone), against the Results API
 * stand-in (with azurite). A leg's baseline — the coverage change on a pull request, the known and new failures, the
 * flaky tests — is its own leg's history, never another leg's: the Node 20 leg's failure is not the Node 22 leg's
 * flaky test, and the Node 20 leg's coverage is not what the Node 22 leg's coverage changed from.
 */
import { jest, expect, test } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resultsStandIn } from '../servers/results-stand-in.js'
import { git, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyJunit, tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(180_000)
const stand = resultsStandIn()
const dirs = stand.dirs

test("each leg's history is its own: no other leg's run is its baseline or makes its tests flaky", async () => {
  // On Node 20 the test fails and half the lines are covered; on Node 22 it passes with every line covered.
  const lcov = (hit: number) => `printf 'SF:src/tiny/a.js\\nDA:1,1\\nDA:2,${hit}\\nLF:2\\nLH:${1 + hit}\\nend_of_record\\n' > {reports}/lcov.info`
  const testing = `if [ "$NODE_VERSION" = 20 ]; then printf '${tinyJunit(true)}' > {reports}/junit.xml && ${lcov(0)}; else printf '${tinyJunit()}' > {reports}/junit.xml && ${lcov(1)}; fi`
  const origin = await tinyRepo()
  dirs.push(origin)
  await writeIn(origin, 'cfg.yml', `${tinyConfig({ testing })}\n`)
  git(origin, 'add', '-A')
  git(origin, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'legs')
  const sha = git(origin, 'rev-parse', 'HEAD').trim()

  /** One leg on a fresh runner: a clone of the repository, the cache shared through the Results API. */
  const leg = async (node: number, runId: string, event: { name: string; payload: object; env: Record<string, string> }) => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-leg-'))
    dirs.push(dir)
    git(dir, 'clone', '-q', origin, '.')
    const env: Record<string, string> = { GITHUB_SHA: sha, NODE_VERSION: String(node), ...event.env }
    Object.assign(env, stand.env(dir, { repository: 'acme/app', runId, ref: env.GITHUB_REF }))
    Object.assign(env, event.env)
    return runTinyAction('http://127.0.0.1:9', dir, event.name, event.payload, env, { 'github-token': '', cache: 'true', leg: JSON.stringify({ node }), 'report-path': 'report.json' })
  }
  const push = { name: 'push', payload: { repository: { full_name: 'acme/app', default_branch: 'main' } }, env: { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' } }
  const pr = {
    name: 'pull_request',
    payload: { number: 3, pull_request: { number: 3, head: { sha, ref: 'feature', repo: { full_name: 'acme/app' } }, base: { sha, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } },
    env: { GITHUB_REF: 'refs/pull/3/merge', GITHUB_REF_NAME: '3/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }
  }

  // main, run 100: both legs, the Node 20 leg first.
  const main20 = await leg(20, '100', push)
  const main22 = await leg(22, '100', push)
  expect([main20.code, main22.code]).toEqual([1, 0])
  expect([main20.outputs.coverage, main22.outputs.coverage]).toEqual(['50', '100'])
  // The Node 22 leg's test passed on this commit in every run of its leg: not flaky.
  expect(main22.summary).not.toContain('<b>Flaky</b>')
  expect(main22.summary).toContain('no run of the base branch in the history to compare with')
  // Each leg saved its history: neither save was refused for a key the other leg took.
  expect(main22.log).not.toContain('Cache not saved')

  // The pull request, run 101, on the same code: the Node 22 leg's coverage did not change against its leg on main.
  const pr22 = await leg(22, '101', pr)
  expect(pr22.code).toBe(0)
  expect(pr22.outputs.coverage).toBe('100')
  expect(pr22.outputs['coverage-delta']).toBe('0')
  const pr20 = await leg(20, '101', pr)
  expect(pr20.outputs['coverage-delta']).toBe('0')
  // The Node 20 leg's failure was already failing on main, in its own leg.
  expect(pr20.summary).toMatch(/already failing/i)
})
