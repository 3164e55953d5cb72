/**
 * The bundled action on a component in a subdirectory of the repository (`working-directory: packages/tiny`), as a
 * monorepo runs it. Findings name files relative to the workspace; every surface that GitHub places by path (check-run
 * annotations, the SARIF file, the summary's links) must name them from the repository's root, or GitHub shows them
 * on files that do not exist.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { ACTION_NODE, bundledAction, git, removeDir, ROOT, writeIn } from '../helpers/workspace.js'
import { TINY_SPEC, tinyConfig } from '../helpers/tiny.js'

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
let github: GitHubApi
const dirs: string[] = []

beforeAll(async () => {
  github = await startGitHubApi()
}, 120_000)

afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
  await github?.close()
})

test('a component in packages/tiny: annotations, SARIF and summary links name files from the repository root', async () => {
  const repo = await mkdtemp(join(tmpdir(), 's2p-mono-'))
  dirs.push(repo)
  // A failing test whose JUnit file attribute is relative to the component's directory, where its runner ran.
  const junit = '<testsuite name="s" tests="1" failures="1"><testcase classname="c" name="t" file="src/tiny/a.test.js" line="2"><failure message="boom">boom</failure></testcase></testsuite>'
  const testing = `printf '${junit}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
  await writeIn(repo, 'packages/tiny/SPEC.md', TINY_SPEC)
  await writeIn(repo, 'packages/tiny/cfg.yml', `${tinyConfig({ testing })}\n`)
  await writeIn(repo, 'packages/tiny/src/tiny/a.js', 'export const a = 1\n')
  await writeIn(repo, 'packages/tiny/src/tiny/a.test.js', "import { a } from './a.js'\nif (a !== 2) throw new Error('boom')\n")
  await writeIn(repo, '.gitignore', '.spec-to-production\nworkflow_*\n*.sarif\n')
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'mono')

  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  // The pull request's head is the commit checked out: results go on the commit judged.
  event.pull_request.head.sha = git(repo, 'rev-parse', 'HEAD').trim()
  const temp = await mkdtemp(join(tmpdir(), 's2p-runner-'))
  dirs.push(temp)
  const files = { event: join(temp, 'event.json'), output: join(temp, 'output'), summary: join(temp, 'summary') }
  await writeFile(files.event, JSON.stringify(event))
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_REPOSITORY: event.repository.full_name,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: temp,
    INPUT_SPEC: 'SPEC.md',
    INPUT_COMPONENT: 'tiny',
    INPUT_CONFIG: 'cfg.yml',
    'INPUT_WORKING-DIRECTORY': 'packages/tiny',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_UPLOAD-ARTIFACTS': 'false',
    INPUT_CACHE: 'false',
    INPUT_COMMENT: 'false'
  }
  const child = spawn(ACTION_NODE, [await bundledAction()], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  expect({ code, log: code === 1 ? '' : log }).toEqual({ code: 1, log: '' })
  github.assertNoViolations()

  const runs = [...github.checkRuns.values()]
  expect(runs).toHaveLength(1)
  expect(runs[0].annotations).toEqual([expect.objectContaining({ path: 'packages/tiny/src/tiny/a.test.js', start_line: 2, annotation_level: 'failure' })])
  for (const a of runs[0].annotations) expect(existsSync(join(repo, a.path as string))).toBe(true)

  interface Sarif { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }
  const sarif = JSON.parse(await readFile(join(repo, 'packages/tiny/spec-to-production-tiny.sarif'), 'utf8')) as Sarif
  const uris = sarif.runs.flatMap((r) => r.results.flatMap((x) => x.locations.map((l) => l.physicalLocation.artifactLocation.uri)))
  expect(uris).toEqual(['packages/tiny/src/tiny/a.test.js'])

  // The report says where its paths start, for the aggregate action that posts a fork's legs from elsewhere.
  expect(JSON.parse(await readFile(join(repo, 'packages/tiny/workflow_report_tiny.json'), 'utf8')).repository_path).toBe('packages/tiny')

  const summary = await readFile(files.summary, 'utf8')
  expect(summary).toContain(`<a href="https://github.com/${event.repository.full_name}/blob/${event.pull_request.head.sha}/packages/tiny/src/tiny/a.test.js#L2">packages/tiny/src/tiny/a.test.js:2</a>`)
}, 120_000)
