/**
 * The bundled action as the runner runs it, against local stand-ins for every service it talks to: api.github.com
 * (each request checked against GitHub's OpenAPI description), the Results API (Twirp) with azurite as its blob
 * store. A real pull_request event payload; check run, annotations, outputs, summary and artifact all checked.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, startResultsApi, type ResultsApi } from '../servers/results-api.js'
import { ACTION_NODE, bundledAction, exampleRepo, git, removeDir, ROOT, writeIn } from '../helpers/workspace.js'

// Each test runs the real example end to end (jest, eslint, tsc, secretlint, a deployment): minutes on a
// loaded 2-core machine.
jest.setTimeout(240_000)

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
let github: GitHubApi
let azurite: Azurite
let results: ResultsApi
const repos: string[] = []
/** The first run's outputs, compared with the second run's. */
let first: Record<string, string> = {}

beforeAll(async () => {
  github = await startGitHubApi()
  azurite = await startAzurite()
  results = await startResultsApi({ azurite })
}, 120_000)

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
  await github?.close()
  await results?.close()
  await azurite?.close()
})

function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3]
  return out
}

interface ActionRun {
  code: number | null
  log: string
  outputs: Record<string, string>
  summary: string
}

/** Runs the bundled action in `dir` as the runner would for the pull_request event fixture. */
async function runAction(dir: string, event: { repository: { full_name: string } }, extraInputs: Record<string, string> = {}, runId = '4242', extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const temp = await mkdtemp(join(tmpdir(), 's2p-runner-'))
  const eventPath = join(temp, 'event.json')
  await writeFile(eventPath, JSON.stringify(event))
  const outFile = join(temp, 'output')
  const summaryFile = join(temp, 'summary')
  await writeFile(outFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_API_URL: github.url,
    INPUT_SPEC: 'examples/greeter/SPEC.md',
    INPUT_COMPONENT: 'greeter',
    INPUT_TARGET: 'dev',
    INPUT_CONFIG: 'examples/greeter/spec-to-production.yml',
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...Object.fromEntries(Object.entries(extraInputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  for (const [k, v] of Object.entries(actionsEnv(results, { workspace: dir, tempDir: temp, repository: event.repository.full_name, ref: 'refs/pull/42/merge', runId }))) {
    if (v !== undefined) env[k] = v
  }
  Object.assign(env, extraEnv)
  const child = spawn(ACTION_NODE, [await bundledAction()], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  return { code, log, outputs: outputs(await readFile(outFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') }
}

test('a pull request run: check run on the head commit with annotations, artifact uploaded, outputs set', async () => {
  const dir = await exampleRepo()
  repos.push(dir)
  // One lint problem that auto-fix cannot fix, so there is a finding to annotate, and one the pull request adds that
  // it can: offered as a review suggestion, never applied to what is judged.
  await writeIn(dir, 'examples/greeter/src/loose.ts', 'export function loose(value: any): string {\n  return String(value)\n}\n')
  const fixable = 'export function answer(): number {\n  let x = 42\n  return x\n}\n'
  await writeIn(dir, 'examples/greeter/src/fixme.ts', fixable)
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  // The pull request's head is the commit checked out: results go on the commit judged.
  event.pull_request.head.sha = git(dir, 'rev-parse', 'HEAD').trim()
  github.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', [
    { status: 200, body: [{ sha: 'c'.repeat(40), filename: 'examples/greeter/src/fixme.ts', status: 'added', additions: 4, deletions: 0, changes: 4, blob_url: 'https://x', raw_url: 'https://x', contents_url: 'https://x', patch: '@@ -0,0 +1,4 @@\n+export function answer(): number {\n+  let x = 42\n+  return x\n+}' }] }
  ])
  github.script('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 200, body: { id: 80, html_url: 'https://github.com/acme-games/story-engine/pull/42#pullrequestreview-80' } }])
  const { code, log, outputs: out, summary } = await runAction(dir, event, { 'artifact-name': 'greeter: report <leg 1>' })
  expect(await readFile(join(dir, 'examples/greeter/src/fixme.ts'), 'utf8')).toBe(fixable)
  const review = github.requests.find((r) => r.route === 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews')
  expect(review?.path).toBe('/repos/acme-games/story-engine/pulls/42/reviews')
  expect(review?.body).toMatchObject({
    commit_id: event.pull_request.head.sha,
    event: 'COMMENT',
    comments: [{ path: 'examples/greeter/src/fixme.ts', line: 2, side: 'RIGHT', body: '```suggestion\n  const x = 42\n```' }]
  })

  // The lint problem fails the run, and the step says so.
  expect(code).toBe(1)
  github.assertNoViolations()
  // The only place the token appears is the command that tells the runner to mask it.
  expect(log).toContain(`::add-mask::${TOKEN}`)
  expect(log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN)

  const runs = [...github.checkRuns.values()]
  expect(runs).toHaveLength(1)
  expect(runs[0]).toMatchObject({ head_sha: event.pull_request.head.sha, name: 'spec-to-production / greeter', status: 'completed', conclusion: 'failure' })
  expect(runs[0].annotations).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ path: 'examples/greeter/src/loose.ts', start_line: 1, annotation_level: 'failure' }),
      expect.objectContaining({ path: 'examples/greeter/src/fixme.ts', start_line: 2 })
    ])
  )
  expect(runs[0].annotations).toHaveLength(2)

  expect(out.success).toBe('false')
  expect(out['stages-failed']).toBe('refactoring')
  expect(out['check-run-url']).toBe(runs[0].html_url)
  // GitHub refuses : < > in artifact names; the leg's name was made safe.
  expect(out.artifact).toBe('greeter_ report _leg 1_')
  const artifact = results.artifacts.find((a) => a.name === out.artifact)
  expect(artifact).toBeDefined()
  expect(artifact!.size).toBeGreaterThan(0)

  expect(summary).toMatch(/check run<\/a> with \d+ annotation\(s\)/)
  // The sticky comment on pull request #42, and the counts among the outputs.
  const comments = [...github.issueComments.values()].filter((c) => c.issue_number === event.pull_request.number)
  expect(comments).toHaveLength(1)
  expect(comments[0].body.startsWith('<!-- spec-to-production:greeter -->')).toBe(true)
  expect(out['comment-url']).toBe(comments[0].html_url)
  expect(Number(out['tests-total'])).toBeGreaterThan(0)
  expect(out['tests-failed']).toBe('0')
  // The first run on this branch has nothing to compare with.
  expect(out['coverage-delta']).toBe('')
  first = out
  expect(summary).toContain('refactoring.linting')
  expect(out['context-session']).toMatch(/^greeter-workflow-/)
}, 240_000)

test('the next run, on a fresh runner, continues the session and the history from the cache', async () => {
  const dir = await exampleRepo()
  repos.push(dir)
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  event.pull_request.head.sha = git(dir, 'rev-parse', 'HEAD').trim()
  const run = await runAction(dir, event, { 'artifact-name': 'greeter-second', 'check-run': 'false' }, '4243')
  expect(run.code).toBe(0)
  expect(run.log).toMatch(/context of greeter restored from the cache/)
  expect(run.log).toMatch(/metrics of greeter restored from the cache/)
  expect(run.log).toMatch(/continuing greeter-workflow-\d{4}-\d{2}-\d{2} from store/)
  // Two runs of history in this fresh workspace: the earlier one came from the cache.
  const metricsDir = join(dir, '.spec-to-production/metrics')
  const lines = (await Promise.all((await readdir(metricsDir)).filter((f) => f.endsWith('.jsonl')).map((f) => readFile(join(metricsDir, f), 'utf8')))).join('').split('\n').filter(Boolean)
  const runIds = new Set(lines.map((l) => JSON.parse(l) as { name: string; run_id: string }).filter((r) => r.name === 'run').map((r) => r.run_id))
  expect(runIds.size).toBe(2)
  // The same comment, updated in place; the coverage change is against the previous run of the branch.
  const comments = [...github.issueComments.values()].filter((c) => c.issue_number === event.pull_request.number)
  expect(comments).toHaveLength(1)
  expect(comments[0].updates).toBe(1)
  expect(github.requests.filter((r) => /\/issues\/(\d+\/)?comments/.test(r.path) && r.method !== 'GET').map((r) => r.method)).toEqual(['POST', 'PATCH'])
  expect(run.outputs['comment-url']).toBe(first['comment-url'])
  expect(Number(run.outputs['coverage-delta'])).toBe(Math.round((Number(run.outputs.coverage) - Number(first.coverage)) * 100) / 100)
  // Entries are immutable: this run saved its own, under keys with its run id.
  expect(results.cacheEntries.filter((e) => e.key.includes('4243-1')).map((e) => e.key.split(':')[1]).sort()).toEqual(['context', 'metrics'])
}, 240_000)

test("attempt 2 of an earlier commit's run, after the pull request's head moved on: its own check run, and the head's comment left alone", async () => {
  const dir = await exampleRepo()
  repos.push(dir)
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  // The event payload of a re-run is the original run's: its head is the commit that run judged.
  event.pull_request.head.sha = git(dir, 'rev-parse', 'HEAD').trim()
  // Since then the author pushed again: the pull request's head is another commit, whose run wrote the comment.
  github.pullRequests.set(event.pull_request.number, { head_sha: 'e'.repeat(40) })
  const comments = () => [...github.issueComments.values()].filter((c) => c.issue_number === event.pull_request.number)
  const [before] = comments().map((c) => ({ id: c.id, body: c.body, updates: c.updates }))
  const checkRunsBefore = github.checkRuns.size
  const run = await runAction(dir, event, { 'artifact-name': 'greeter-rerun' }, '4242', { GITHUB_RUN_ATTEMPT: '2' })
  expect(run.code).toBe(0)
  github.assertNoViolations()
  // The comment still speaks for the head's run: no write, the same body.
  expect(comments()).toHaveLength(1)
  expect(comments()[0]).toMatchObject(before)
  expect(run.outputs['comment-url']).toBe('')
  expect(run.log).toContain(`no pull-request comment: pull request #${event.pull_request.number}'s head is now eeeeeeeeeeee, and this run judged ${event.pull_request.head.sha.slice(0, 12)}`)
  // Its verdict is on a check run of its own commit.
  const created = [...github.checkRuns.values()].slice(checkRunsBefore)
  expect(created).toHaveLength(1)
  expect(created[0]).toMatchObject({ head_sha: event.pull_request.head.sha, status: 'completed', conclusion: 'success' })
  github.pullRequests.delete(event.pull_request.number)
}, 240_000)
