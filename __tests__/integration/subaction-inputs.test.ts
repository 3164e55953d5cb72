/**
 * The plan and aggregate sub-actions as users' workflows run them: boolean inputs written `no`, `off`, `yes` and read
 * as the main action reads them (a value that is neither true nor false is refused, naming the input, before anything
 * is posted), and a changed-only plan in a checkout that does not hold the pull request. The bundled sub-actions, run
 * as the runner runs them against the GitHub stand-in.
 */
import { jest, afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { git, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'
import { runSubAction as runSharedSubAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
let github: GitHubApi
let legReport: string
const dirs: string[] = []

async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-inputs-'))
  dirs.push(dir)
  return dir
}

beforeAll(async () => {
  github = await startGitHubApi()
  // A real leg's report: the tiny component run by the CLI.
  const repo = await tinyRepo()
  dirs.push(repo)
  const run = await runCli(repo, [...TINY_ARGS, '--output', 'leg.json'])
  expect(run.code).toBe(0)
  legReport = join(repo, 'leg.json')
}, 120_000)
beforeEach(() => {
  github.checkRuns.clear()
  github.requests.length = 0
})
afterAll(async () => {
  await github?.close()
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

async function runSubAction(entry: 'plan' | 'aggregate', cwd: string, inputs: Record<string, string>, env: Record<string, string>) {
  return runSharedSubAction(entry, { cwd, runner: await temp(), apiUrl: github.url, inputs, env: { GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'http://github.localhost', ...env } })
}

/** The aggregate in workflow_run mode (the trusted run after a fork's pull request #42) with the leg's report. */
async function aggregate(inputs: Record<string, string>) {
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const cwd = await temp()
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ workflow_run: { id: 779, head_sha: HEAD, pull_requests: [{ number: 42 }] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'e'.repeat(40) }
  return runSubAction('aggregate', cwd, { 'report-from-run': '779', 'github-token': TOKEN, reports: legReport, ...inputs }, env)
}

const commentsPosted = () => github.requests.filter((r) => r.method !== 'GET' && /\/issues\/\d+\/comments/.test(r.path))

test('aggregate: comment "no" writes no comment, check-run "off" posts no check run', async () => {
  const quiet = await aggregate({ comment: 'no' })
  expect(quiet.code).toBe(0)
  github.assertNoViolations()
  expect([...github.checkRuns.values()].map((c) => c.name).sort()).toEqual(['spec-to-production / all components', 'spec-to-production / tiny'])
  expect(commentsPosted()).toEqual([])

  github.checkRuns.clear()
  github.requests.length = 0
  const none = await aggregate({ 'check-run': 'off', comment: 'false' })
  expect(none.code).toBe(0)
  expect([...github.checkRuns.values()]).toEqual([])
  expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
})

test('aggregate: a value that is neither true nor false is refused before anything is posted', async () => {
  const run = await aggregate({ comment: 'ture' })
  expect(run.code).toBe(1)
  expect(run.log).toContain("::error::Invalid input comment: 'ture'. Expected true, false or on-failure.")
  expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
})

test('plan: changed-only "yes" plans only the components a pull request changes; a typo is refused', async () => {
  const repo = await temp()
  for (const name of ['alpha', 'beta']) {
    await writeIn(repo, `specs/${name}.md`, `---\ncomponent: ${name}\npaths: { source: src/${name} }\n---\n# ${name}\n\n## Requirements\n\n- R1: works\n`)
    await writeIn(repo, `src/${name}/index.js`, 'export const x = 1\n')
  }
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
  const base = git(repo, 'rev-parse', 'HEAD').trim()
  git(repo, 'checkout', '-qb', 'feature')
  await writeIn(repo, 'src/alpha/index.js', 'export const x = 2\n')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'alpha changes')
  const event = join(repo, '..', `event-${Date.now()}.json`)
  await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: git(repo, 'rev-parse', 'HEAD').trim() }, base: { sha: base } } }))
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }

  const yes = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'yes' }, env)
  expect(yes.code).toBe(0)
  expect(JSON.parse(yes.outputs.matrix)).toEqual({ include: [{ component: 'alpha', spec: 'specs/alpha.md' }] })
  const typo = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'ture' }, env)
  expect(typo.code).toBe(1)
  expect(typo.log).toContain("::error::Invalid input changed-only: 'ture'. Expected true or false.")
  expect(typo.outputs.matrix).toBeUndefined()
})

test('plan: changed-only in a pull_request_target run that checked out the base plans every component, saying why', async () => {
  const repo = await temp()
  for (const name of ['alpha', 'beta']) {
    await writeIn(repo, `specs/${name}.md`, `---\ncomponent: ${name}\npaths: { source: src/${name} }\n---\n# ${name}\n\n## Requirements\n\n- R1: works\n`)
    await writeIn(repo, `src/${name}/index.js`, 'export const x = 1\n')
  }
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
  const base = git(repo, 'rev-parse', 'HEAD').trim()
  git(repo, 'checkout', '-qb', 'feature')
  await writeIn(repo, 'src/alpha/index.js', 'export const x = 2\n')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'alpha changes')
  const head = git(repo, 'rev-parse', 'HEAD').trim()
  // actions/checkout's default for pull_request_target: the base branch.
  git(repo, 'checkout', '-q', 'main')
  const event = join(repo, '..', `event-target-${Date.now()}.json`)
  await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: head }, base: { sha: base } } }))
  const run = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'true' }, { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: event })
  expect(run.code).toBe(0)
  expect(run.outputs.count).toBe('2')
  expect(run.log).toContain(`::warning::changed-only: the workspace is at ${base.slice(0, 12)}, which is neither the pull request's head ${head.slice(0, 12)} nor a commit that contains it (a pull_request_target run checks out the base branch`)
  // With the head checked out, the diff decides.
  git(repo, 'checkout', '-q', 'feature')
  const onHead = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'true' }, { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: event })
  expect(JSON.parse(onHead.outputs.matrix)).toEqual({ include: [{ component: 'alpha', spec: 'specs/alpha.md' }] })
  expect(onHead.log).not.toContain('changed-only: the workspace is at')
})

test("plan: changed-only on a pull request that deletes a component's spec warns, naming the spec and the component", async () => {
  const repo = await temp()
  for (const name of ['alpha', 'beta']) {
    await writeIn(repo, `specs/${name}.md`, `---\ncomponent: ${name}\npaths: { source: src/${name} }\n---\n# ${name}\n\n## Requirements\n\n- R1: works\n`)
    await writeIn(repo, `src/${name}/index.js`, 'export const x = 1\n')
  }
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
  const base = git(repo, 'rev-parse', 'HEAD').trim()
  git(repo, 'checkout', '-qb', 'feature')
  // beta's spec goes, and with it beta's gates; its code is changed (broken) all the same.
  git(repo, 'rm', '-q', 'specs/beta.md')
  await writeIn(repo, 'src/beta/index.js', 'export const x = undefinedThing\n')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'drop beta')
  const head = git(repo, 'rev-parse', 'HEAD').trim()
  const event = join(repo, '..', `event-deleted-${Date.now()}.json`)
  await writeFile(event, JSON.stringify({ pull_request: { number: 8, head: { sha: head }, base: { sha: base } } }))
  const run = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'true' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
  expect(run.code).toBe(0)
  expect(JSON.parse(run.outputs.matrix)).toEqual({ include: [{ component: 'alpha', spec: 'specs/alpha.md' }] })
  expect(run.log).toContain('::warning::spec specs/beta.md was deleted by this change: component beta is planned no more, so no leg judges its code and the aggregate does not expect it')
})

test("plan: changed-only in a merge queue whose checkout is not the queue's commit plans every component, saying why", async () => {
  const repo = await temp()
  for (const name of ['alpha', 'beta']) {
    await writeIn(repo, `specs/${name}.md`, `---\ncomponent: ${name}\npaths: { source: src/${name} }\n---\n# ${name}\n\n## Requirements\n\n- R1: works\n`)
    await writeIn(repo, `src/${name}/index.js`, 'export const x = 1\n')
  }
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
  const base = git(repo, 'rev-parse', 'HEAD').trim()
  git(repo, 'checkout', '-qb', 'gh-readonly-queue/main/pr-9')
  await writeIn(repo, 'src/alpha/index.js', 'export const x = 2\n')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'the queued change')
  const head = git(repo, 'rev-parse', 'HEAD').trim()
  const event = join(repo, '..', `event-queue-${Date.now()}.json`)
  await writeFile(event, JSON.stringify({ merge_group: { base_sha: base, head_sha: head, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-9' } }))
  // A workflow that checks out the branch (main) rather than the queue's commit: before, the diff base..main found
  // nothing, the plan was empty, the matrix job skipped, and the queue merged a change no gate had judged.
  git(repo, 'checkout', '-q', 'main')
  const run = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'true' }, { GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: event })
  expect(run.code).toBe(0)
  expect(run.outputs.count).toBe('2')
  expect(run.log).toContain(`::warning::changed-only: the workspace is at ${base.slice(0, 12)}, which is neither the merge queue's commit ${head.slice(0, 12)} nor a commit that contains it`)
  git(repo, 'checkout', '-q', head)
  const onHead = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'true' }, { GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: event })
  expect(JSON.parse(onHead.outputs.matrix)).toEqual({ include: [{ component: 'alpha', spec: 'specs/alpha.md' }] })
  expect(onHead.log).not.toContain('changed-only: the workspace is at')
})
