/**
 * Two matrix legs of one component in one workflow run (a matrix over Node versions, or systems): the bundled action, run as the runner
 * runs it, against the Results API stand-in (with azurite). Artifact names are unique per run, so the second leg's
 * default name collides: it says what was not uploaded and what to write instead, and its verdict stands.
 */
import { jest, expect, test } from '@jest/globals'
import { resultsStandIn } from '../servers/results-stand-in.js'
import { git } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)
const stand = resultsStandIn()
const dirs = stand.dirs

test('the second leg of a component in one run: its artifact name is taken, and it says how to name each leg', async () => {
  const legs = []
  for (const node of ['20', '22']) {
    const dir = await tinyRepo()
    dirs.push(dir)
    const env: Record<string, string> = { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main' }
    Object.assign(env, stand.env(dir, { repository: 'acme/app', runId: '5150' }))
    legs.push(await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, { ...env, NODE_VERSION: node }, { 'github-token': '', 'upload-artifacts': 'true' }))
  }
  const [first, second] = legs
  expect(first.outputs.artifact).toBe('spec-to-production-tiny')
  expect(second.outputs.artifact).toBe('')
  expect(second.log).toContain(
    '::warning::the artifact name spec-to-production-tiny is taken in this workflow run (by another job of the run with the same component, such as a second matrix leg): ' +
      "this leg's report, SARIF and logs are in no artifact, and an aggregate expecting every leg counts it missing. Give each leg its own name: artifact-name: spec-to-production-tiny-${{ strategy.job-index }}"
  )
  // The verdict is the leg's own.
  expect(second.code).toBe(0)
  expect(second.outputs.success).toBe('true')
  expect(stand.api.artifacts.filter((a) => a.name === 'spec-to-production-tiny')).toHaveLength(1)
})

test('legs the runner names (the leg input, from the matrix): each uploads under a default name of its own', async () => {
  const legs = []
  for (const node of [20, 22]) {
    const dir = await tinyRepo()
    dirs.push(dir)
    const env: Record<string, string> = { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main' }
    Object.assign(env, stand.env(dir, { repository: 'acme/app', runId: '5151' }))
    legs.push(await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, env, { 'github-token': '', 'upload-artifacts': 'true', leg: `{\n  "node": ${node}\n}` }))
  }
  expect(legs.map((l) => l.outputs.artifact)).toEqual(['spec-to-production-tiny-20', 'spec-to-production-tiny-22'])
  for (const leg of legs) expect(leg.log).not.toContain('is taken in this workflow run')
  expect(stand.api.artifacts.filter((a) => a.name.startsWith('spec-to-production-tiny-')).map((a) => a.name).sort()).toEqual(['spec-to-production-tiny-20', 'spec-to-production-tiny-22'])
})
