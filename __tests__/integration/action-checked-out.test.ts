/**
 * The commit the results speak for is the commit the workspace holds: the bundled action, run as the runner runs it,
 * in workflows whose checkout is not the event's commit. A pull_request_target run checks out the base branch unless
 * told otherwise; a check run saying "success" on the pull request's head would vouch for code that never ran.
 */
import { jest, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { githubStandIn } from '../servers/github-stand-in.js'
import { git, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyRepo, toolsRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)

const dirs: string[] = []
const github = githubStandIn({ dirs, reset: true })

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message)
  return git(dir, 'rev-parse', 'HEAD').trim()
}

/** A repository whose main passes and whose branch `feature` (a pull request's head) fails its test. */
async function pullRequestRepo(): Promise<{ dir: string; base: string; head: string; event: object }> {
  const dir = await tinyRepo()
  dirs.push(dir)
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  git(dir, 'checkout', '-q', '-b', 'feature')
  await writeIn(dir, 'cfg.yml', `${tinyConfig({ failing: true })}\n`)
  const head = commit(dir, 'the change: its test fails')
  git(dir, 'checkout', '-q', 'main')
  const event = {
    action: 'synchronize',
    number: 5,
    pull_request: { number: 5, head: { sha: head, ref: 'feature', repo: { full_name: 'fork-owner/app' } }, base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } } },
    repository: { full_name: 'acme/app', default_branch: 'main' }
  }
  return { dir, base, head, event }
}

const commentsPosted = () => github.requests.filter((r) => r.method === 'POST' && /\/issues\/\d+\/comments$/.test(r.path))

test('pull_request_target with the base checked out (the default): nothing is posted on the head, whose code never ran', async () => {
  const { dir, base, head, event } = await pullRequestRepo()
  const run = await runTinyAction(github.url, dir, 'pull_request_target', event, { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }, { comment: 'true' })
  github.assertNoViolations()
  // The base was judged, and it passes: that verdict belongs to the base's commit.
  expect(run.code).toBe(0)
  const runs = [...github.checkRuns.values()]
  expect(runs.map((r) => [r.head_sha, r.conclusion])).toEqual([[base, 'success']])
  expect(runs.some((r) => r.head_sha === head)).toBe(false)
  expect(commentsPosted()).toEqual([])
  expect(run.log).toContain(`::warning::the workspace is at ${base.slice(0, 12)}, which is neither pull request #5's head ${head.slice(0, 12)} nor a commit that contains it (a pull_request_target run checks out the base branch`)
})

test("pull_request_target with the head checked out: the head gets its own verdict, and the comment (the base's token can write it)", async () => {
  const { dir, base, head, event } = await pullRequestRepo()
  git(dir, 'checkout', '-q', '--detach', head)
  const run = await runTinyAction(github.url, dir, 'pull_request_target', event, { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' })
  expect(run.code).toBe(1)
  expect([...github.checkRuns.values()].map((r) => [r.head_sha, r.conclusion])).toEqual([[head, 'failure']])
  expect(run.log).not.toContain('the workspace is at')
  // A fork's pull request, but pull_request_target's token is not the read-only one a fork's pull_request run gets.
  expect(run.log).not.toContain('read-only')
  expect(commentsPosted().map((r) => r.path)).toEqual(['/repos/acme/app/issues/5/comments'])
  expect(run.outputs['comment-url']).not.toBe('')
})

test("pull_request in actions/checkout's shallow clone of the merge commit: the head commit, read from the merge's parents", async () => {
  const { dir: origin, head, event } = await pullRequestRepo()
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature')
  const merge = git(origin, 'rev-parse', 'HEAD').trim()
  const dir = await mkdtemp(join(tmpdir(), 's2p-shallow-'))
  dirs.push(dir)
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, dir])
  expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('true')
  const run = await runTinyAction(github.url, dir, 'pull_request', event, { GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/5/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' })
  expect(run.code).toBe(1)
  expect([...github.checkRuns.values()].map((r) => [r.head_sha, r.conclusion])).toEqual([[head, 'failure']])
  expect(run.log).not.toContain('the workspace is at')
})

test('a commit the job made on top of the head (generated files) still speaks for the pull request', async () => {
  const { dir, base, head, event } = await pullRequestRepo()
  git(dir, 'checkout', '-q', 'feature')
  await writeIn(dir, 'src/tiny/generated.js', 'export const g = 1\n')
  commit(dir, 'generated in the job')
  const run = await runTinyAction(github.url, dir, 'pull_request_target', event, { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' })
  expect(run.code).toBe(1)
  expect([...github.checkRuns.values()].map((r) => r.head_sha)).toEqual([head])
  expect(run.log).not.toContain('the workspace is at')
})

test('workflow_dispatch that checks out another ref: the check run and {sha} name the commit checked out, not GITHUB_SHA', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const tip = git(dir, 'rev-parse', 'HEAD').trim()
  git(dir, 'checkout', '-q', '-b', 'release')
  const config = await readFile(join(dir, 'cfg.yml'), 'utf8')
  await writeIn(dir, 'cfg.yml', config.replace('    command: "', '    command: "echo {sha} > sha.txt && '))
  const release = commit(dir, 'release: record the judged commit')
  const run = await runTinyAction(github.url, dir, 'workflow_dispatch', { inputs: { ref: 'release' }, ref: 'refs/heads/main', repository: { full_name: 'acme/app', default_branch: 'main' } }, { GITHUB_SHA: tip, GITHUB_REF: 'refs/heads/main' })
  expect(run.code).toBe(0)
  expect((await readFile(join(dir, 'sha.txt'), 'utf8')).trim()).toBe(release)
  expect([...github.checkRuns.values()].map((r) => r.head_sha)).toEqual([release])
  expect(run.log).toContain(`::notice::the workspace is at ${release.slice(0, 12)}, not at the event's commit ${tip.slice(0, 12)} (GITHUB_SHA)`)
})

test('only-changed in a checkout without the pull request judges every finding, not the none that "changed"', async () => {
  // The base has a lint error; the pull request changes another line. Checked out: the base (pull_request_target's default).
  const lint =
    '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(lint, { files: { 'src/tiny/a.js': 'const unused = 1\nexport const a = 1\n' } })
  dirs.push(dir)
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  git(dir, 'checkout', '-q', '-b', 'feature')
  await writeIn(dir, 'src/tiny/b.js', 'export const b = 2\n')
  const head = commit(dir, 'the change')
  git(dir, 'checkout', '-q', 'main')
  const event = { number: 6, pull_request: { number: 6, head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } }, base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  const run = await runTinyAction(github.url, dir, 'pull_request_target', event, { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }, { 'only-changed': 'true' })
  expect(run.log).toContain("::notice::only-changed: the checkout does not hold the pull request's change, so every finding is judged")
  expect(run.code).toBe(1)
  expect(run.outputs['stages-failed']).toBe('refactoring')
  expect([...github.checkRuns.values()].map((r) => [r.head_sha, r.conclusion])).toEqual([[base, 'failure']])
})

test("merge queue with a branch checked out instead of the queue's commit: a warning, and only-changed judges every finding", async () => {
  // The queue's commit adds a line; the workflow checked out main. Before: a notice only, and only-changed compared
  // main with the queue's base — nothing changed, every finding (the base's unused variable) left out, a clean pass.
  const lint =
    '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(lint, { files: { 'src/tiny/a.js': 'const unused = 1\nexport const a = 1\n' } })
  dirs.push(dir)
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  git(dir, 'checkout', '-q', '-b', 'gh-readonly-queue/main/pr-6')
  await writeIn(dir, 'src/tiny/b.js', 'export const b = 2\n')
  const head = commit(dir, 'the queued change')
  git(dir, 'checkout', '-q', 'main')
  const event = { merge_group: { head_sha: head, base_sha: base, head_ref: 'refs/heads/gh-readonly-queue/main/pr-6', base_ref: 'refs/heads/main' }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  const run = await runTinyAction(github.url, dir, 'merge_group', event, { GITHUB_SHA: head, GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-6' }, { 'only-changed': 'true' })
  expect(run.log).toContain(`::warning::the workspace is at ${base.slice(0, 12)}, not at the merge queue's commit ${head.slice(0, 12)} (GITHUB_SHA), and does not hold the queued change`)
  expect(run.log).toContain("::notice::only-changed: the checkout does not hold the pull request's change, so every finding is judged")
  expect(run.code).toBe(1)
  expect([...github.checkRuns.values()].map((r) => [r.head_sha, r.conclusion])).toEqual([[base, 'failure']])

  // A commit the job made on top of the queue's commit still holds the queued change: no warning, the diff decides.
  github.checkRuns.clear()
  git(dir, 'checkout', '-q', head)
  await writeIn(dir, 'generated.txt', 'made by the job\n')
  commit(dir, 'generated in the job')
  const onTop = await runTinyAction(github.url, dir, 'merge_group', event, { GITHUB_SHA: head, GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-6' }, { 'only-changed': 'true' })
  expect(onTop.log).not.toContain('does not hold the queued change')
  expect(onTop.code).toBe(0)
  expect([...github.checkRuns.values()].map((r) => [r.head_sha, r.conclusion])).toEqual([[head, 'success']])
})
