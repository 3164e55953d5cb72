/**
 * The bundled action as the runner runs it, against local stand-ins for every service it talks to: api.github.com
 * (each request checked against GitHub's OpenAPI description), the Results API (Twirp) with azurite as its blob
 * store. A real pull_request event payload; check run, annotations, outputs, summary and artifact all checked.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, startResultsApi, type ResultsApi } from '../servers/results-api.js'
import { bundledAction, exampleRepo, removeDir, ROOT, writeIn } from '../helpers/workspace.js'

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
let github: GitHubApi
let azurite: Azurite
let results: ResultsApi
const repos: string[] = []

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

test('a pull request run: check run on the head commit with annotations, artifact uploaded, outputs set', async () => {
  const dir = await exampleRepo()
  repos.push(dir)
  // One lint problem that auto-fix cannot fix, so there is a finding to annotate.
  await writeIn(dir, 'examples/greeter/src/loose.ts', 'export function loose(value: any): string {\n  return String(value)\n}\n')
  const temp = await mkdtemp(join(tmpdir(), 's2p-runner-'))
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
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
    GITHUB_API_URL: github.url,
    INPUT_SPEC: 'examples/greeter/SPEC.md',
    INPUT_COMPONENT: 'greeter',
    INPUT_TARGET: 'dev',
    INPUT_CONFIG: 'examples/greeter/spec-to-production.yml',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_ARTIFACT-NAME': 'greeter: report <leg 1>'
  }
  for (const [k, v] of Object.entries(actionsEnv(results, { workspace: dir, tempDir: temp, repository: event.repository.full_name, ref: 'refs/pull/42/merge' }))) {
    if (v !== undefined) env[k] = v
  }
  const child = spawn(process.execPath, [await bundledAction()], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))

  // The lint problem fails the run, and the step says so.
  expect(code).toBe(1)
  github.assertNoViolations()
  // The only place the token appears is the command that tells the runner to mask it.
  expect(log).toContain(`::add-mask::${TOKEN}`)
  expect(log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN)

  const runs = [...github.checkRuns.values()]
  expect(runs).toHaveLength(1)
  expect(runs[0]).toMatchObject({ head_sha: event.pull_request.head.sha, name: 'spec-to-production / greeter', status: 'completed', conclusion: 'failure' })
  expect(runs[0].annotations).toEqual([
    expect.objectContaining({ path: 'examples/greeter/src/loose.ts', start_line: 1, annotation_level: 'failure' })
  ])

  const out = outputs(await readFile(outFile, 'utf8'))
  expect(out.success).toBe('false')
  expect(out['stages-failed']).toBe('refactoring')
  expect(out['check-run-url']).toBe(runs[0].html_url)
  // GitHub refuses : < > in artifact names; the leg's name was made safe.
  expect(out.artifact).toBe('greeter_ report _leg 1_')
  const artifact = results.artifacts.find((a) => a.name === out.artifact)
  expect(artifact).toBeDefined()
  expect(artifact!.size).toBeGreaterThan(0)

  const summary = await readFile(summaryFile, 'utf8')
  expect(summary).toContain('check run with annotations')
  expect(summary).toContain('refactoring.linting')
}, 240_000)
