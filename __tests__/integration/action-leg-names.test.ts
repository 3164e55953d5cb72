/**
 * Two matrix legs of one component in one workflow run, on one commit of a pull request: the bundled action, run as
 * the runner runs it (the `leg` input as the runner fills it from `${{ toJSON(matrix) }}`), against the GitHub
 * stand-in, every request checked against GitHub's REST description. GitHub shows the latest check run of each name
 * and a branch protection rule requires a name: two legs under one name let a passing leg's ✓ stand for a failing
 * one, and one sticky comment rewritten by each leg shows whichever finished last.
 */
import { jest, expect, test } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { githubStandIn } from '../servers/github-stand-in.js'
import { git, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyJunit, tinyRepo, toolsRepo } from '../helpers/tiny.js'
import { runSubAction, runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)

const dirs: string[] = []
const github = githubStandIn({ dirs, reset: true })

/**
 * A pull request's head whose test fails on the leg run with NODE_VERSION=20 only (a Node-version matrix), and the
 * pull_request event naming it.
 */
async function pullRequest(): Promise<{ dir: string; head: string; event: object; env: Record<string, string> }> {
  const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"
  const testing = `if [ "$NODE_VERSION" = 20 ]; then printf '${tinyJunit(true)}'; else printf '${tinyJunit()}'; fi > {reports}/junit.xml && ${lcov}`
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing })}\n`)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'the change')
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } }, base: { sha: head, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  github.pullRequests.set(7, { head_sha: head })
  return { dir, head, event, env: { GITHUB_SHA: head, GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main', GITHUB_RUN_ID: '9001' } }
}

/** The two legs, the failing one first, as `${{ toJSON(matrix) }}` renders a matrix `{ node: [20, 22] }`. */
async function twoLegs(inputs: Record<string, string> = {}) {
  const { dir, head, event, env } = await pullRequest()
  const legs = []
  for (const node of [20, 22]) {
    legs.push(await runTinyAction(github.url, dir, 'pull_request', event, { ...env, NODE_VERSION: String(node) }, { leg: `{\n  "node": ${node}\n}`, comment: 'true', ...inputs }))
  }
  return { head, legs }
}

test('a Node matrix of one component: each leg has its own check run and its own comment; the failing leg stays failed', async () => {
  const { head, legs } = await twoLegs()
  const [failing, passing] = legs
  expect(failing.code).toBe(1)
  expect(passing.code).toBe(0)
  github.assertNoViolations()

  // Each leg's check run carries its leg: the passing leg's ✓ never stands under the failing leg's name.
  const runs = [...github.checkRuns.values()].map((r) => [r.name, r.head_sha, r.conclusion])
  expect(runs).toEqual([
    ['spec-to-production / tiny (20)', head, 'failure'],
    ['spec-to-production / tiny (22)', head, 'success']
  ])

  // Two comments, one per leg, each with its own marker and verdict: the second leg did not write over the first's.
  const comments = [...github.issueComments.values()]
  expect(comments).toHaveLength(2)
  expect(comments.map((c) => c.body.split('\n')[0])).toEqual(['<!-- spec-to-production:tiny leg:20 -->', '<!-- spec-to-production:tiny leg:22 -->'])
  expect(comments[0].body).toContain('### ❌ spec-to-production: tiny (20) → dev')
  expect(comments[1].body).toContain('### ⚠️ spec-to-production: tiny (22) → dev')
  expect(comments.every((c) => c.updates === 0)).toBe(true)
  expect(failing.outputs['comment-url']).toBe(comments[0].html_url)
  expect(passing.outputs['comment-url']).toBe(comments[1].html_url)
})

test('a run of the same leg again updates that leg\'s comment, not the other leg\'s', async () => {
  const { dir, event, env } = await pullRequest()
  for (const node of [20, 22, 20]) {
    await runTinyAction(github.url, dir, 'pull_request', event, { ...env, NODE_VERSION: String(node) }, { leg: JSON.stringify({ node }), comment: 'true' })
  }
  github.assertNoViolations()
  const comments = [...github.issueComments.values()]
  expect(comments.map((c) => [c.body.split('\n')[0], c.updates])).toEqual([
    ['<!-- spec-to-production:tiny leg:20 -->', 1],
    ['<!-- spec-to-production:tiny leg:22 -->', 0]
  ])
})

test('one leg per component (no matrix, or the plan\'s matrix of component and spec): the names do not change', async () => {
  const { dir, head, event, env } = await pullRequest()
  // No matrix: the runner renders toJSON(matrix) as null. The plan's matrix: the component and its spec only.
  for (const leg of ['null', JSON.stringify({ component: 'tiny', spec: 'SPEC.md' }), '']) {
    await runTinyAction(github.url, dir, 'pull_request', event, { ...env, NODE_VERSION: '22' }, { leg, comment: 'true' })
  }
  github.assertNoViolations()
  expect([...github.checkRuns.values()].map((r) => [r.name, r.head_sha])).toEqual([
    ['spec-to-production / tiny', head],
    ['spec-to-production / tiny', head],
    ['spec-to-production / tiny', head]
  ])
  const comments = [...github.issueComments.values()]
  expect(comments.map((c) => [c.body.split('\n')[0], c.updates])).toEqual([['<!-- spec-to-production:tiny -->', 2]])
  expect(comments[0].body).toContain('### ⚠️ spec-to-production: tiny → dev')
})

test('check-name with {target} and {leg}: each leg names itself as asked', async () => {
  const { head, legs } = await twoLegs({ 'check-name': 'quality / {component} / {target} / {leg}' })
  expect(legs.map((l) => l.code)).toEqual([1, 0])
  github.assertNoViolations()
  expect([...github.checkRuns.values()].map((r) => [r.name, r.head_sha, r.conclusion])).toEqual([
    ['quality / tiny / dev / 20', head, 'failure'],
    ['quality / tiny / dev / 22', head, 'success']
  ])
})

test('a check-name that gives every leg one name: a warning says a failing leg can be hidden, and what to write', async () => {
  const { legs } = await twoLegs({ 'check-name': 'quality / {component}' })
  github.assertNoViolations()
  for (const leg of legs) {
    expect(leg.log).toContain(
      `::warning::check-name names no leg: when tiny runs in more than one leg of this job's matrix (this one is ${leg === legs[0] ? 20 : 22}), each posts the check run 'quality / tiny', and GitHub shows the latest check run of a name, ` +
        "so a passing leg's would stand for a failing one's (and meet a required check). Add {leg} (or {target}, when the legs differ by target) to check-name"
    )
  }
  expect([...github.checkRuns.values()].map((r) => r.name)).toEqual(['quality / tiny', 'quality / tiny'])
})

test('the aggregate in workflow_run mode posts each leg\'s check run and comment under the leg\'s own name', async () => {
  // The legs' real reports, as a fork's run would upload them (each leg writes its own report path).
  const { dir, head, event, env } = await pullRequest()
  for (const node of [20, 22]) {
    const run = await runTinyAction(github.url, dir, 'pull_request', event, { ...env, NODE_VERSION: String(node) }, { leg: JSON.stringify({ node }), 'github-token': '', 'report-path': `r${node}.json` })
    expect(run.code).toBe(node === 20 ? 1 : 0)
  }
  const runner = await mkdtemp(join(tmpdir(), 's2p-agg-'))
  dirs.push(runner)
  await writeFile(join(runner, 'event.json'), JSON.stringify({ workflow_run: { id: 9001, head_sha: head, pull_requests: [{ number: 7 }] }, repository: { full_name: 'acme/app' } }))
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const run = await runSubAction('aggregate', {
    cwd: dir,
    runner,
    apiUrl: github.url,
    inputs: { 'report-from-run': '9001', 'github-token': 'ghs_16C7e42F292c6912E7710c838347Ae178B4a', reports: 'r20.json\nr22.json' },
    env: { GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(runner, 'event.json'), GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  })
  github.assertNoViolations()
  expect(run.outputs).toMatchObject({ success: 'false', 'failed-components': 'tiny' })
  // The summary's rows name each leg: two rows of `tiny | dev` would not say which leg failed.
  expect(run.summary).toMatch(/\| ❌ \| tiny \(20\) \| dev \|/)
  expect(run.summary).toMatch(/\| ⚠️ \| tiny \(22\) \| dev \|/)
  expect([...github.checkRuns.values()].map((r) => [r.name, r.head_sha, r.conclusion])).toEqual([
    ['spec-to-production / tiny (20)', head, 'failure'],
    ['spec-to-production / tiny (22)', head, 'success'],
    ['spec-to-production / all components', head, 'failure']
  ])
  expect([...github.issueComments.values()].map((c) => [c.body.split('\n')[0], c.updates])).toEqual([
    ['<!-- spec-to-production:tiny leg:20 -->', 0],
    ['<!-- spec-to-production:tiny leg:22 -->', 0]
  ])
})

test('code scanning: each leg uploads its findings under a category of its own, so one leg\'s analysis never replaces another\'s', async () => {
  const lint =
    '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(lint, { files: { 'src/tiny/a.js': 'const unused = 1\nexport const a = 1\n' } })
  dirs.push(dir)
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = { action: 'synchronize', number: 8, pull_request: { number: 8, head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } }, base: { sha: head, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  github.sarifUploads.length = 0
  for (const node of [20, 22]) {
    const run = await runTinyAction(github.url, dir, 'pull_request', event, { GITHUB_SHA: head, GITHUB_REF: 'refs/pull/8/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }, { leg: JSON.stringify({ node }), 'upload-sarif': 'true', comment: 'false' })
    expect(run.code).toBe(1)
  }
  github.assertNoViolations()
  const categories = github.sarifUploads.map((u) => (u.sarif as { runs: Array<{ automationDetails?: { id: string } }> }).runs.map((r) => r.automationDetails?.id))
  expect(categories).toEqual([['spec-to-production/tiny/20/'], ['spec-to-production/tiny/22/']])
})
