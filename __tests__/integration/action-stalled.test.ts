/**
 * The bundled action against services that accept the connection and never answer: the GitHub REST API (check runs,
 * GitHub Deployments), the cache service (restore, save) and the artifact service. Each run must end within the
 * pipeline's own time plus `publish-timeout-seconds` (5 s here), with the verdict, the outputs and the job summary
 * as they would have been with the services answering. Before this, such a run waited out undici's 300 s header
 * timeout per request and retry: the test kills an action still running after 90 s and fails.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fastRepo, realReports } from '../helpers/fast-repo.js'
import { ACTION_NODE, bundledAction, readReport, removeDir } from '../helpers/workspace.js'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, startResultsApi, type ResultsApi } from '../servers/results-api.js'
import { startGitHubApi } from '../servers/github-api.js'

jest.setTimeout(240_000)

const BUDGET_S = 5
/** Node start-up, loading the bundle, writing files: generous, on a loaded 2-core machine. */
const SLACK_MS = 8_000
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'

interface Holding {
  url: string
  /** Connections accepted so far. */
  accepted: number
  close(): Promise<void>
}

/** A TCP server that accepts every connection and never writes a byte. */
async function holdingServer(): Promise<Holding> {
  const sockets = new Set<Socket>()
  const state = { accepted: 0 }
  const server = createServer((socket) => {
    state.accepted++
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    get accepted() {
      return state.accepted
    },
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}

let reports: string
let holding: Holding
let azurite: Azurite
let results: ResultsApi
const repos: string[] = []

beforeAll(async () => {
  reports = await realReports()
  repos.push(reports)
  holding = await holdingServer()
  azurite = await startAzurite()
  results = await startResultsApi({ azurite })
}, 180_000)

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
  await holding?.close()
  await results?.close()
  await azurite?.close()
})

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3]
  return out
}

interface Run {
  code: number | null
  log: string
  outputs: Record<string, string>
  summary: string
  elapsedMs: number
  /** elapsedMs less the pipeline's own time (the report's total_execution_time_ms). */
  beyondPipelineMs: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report is read as plain JSON
  report: any
}

/** Runs the bundled action in `dir` with `inputs`; `services` says where the GitHub API and the Results API are. */
async function runAction(dir: string, inputs: Record<string, string>, services: { api: string; results: string }, runId = '4242'): Promise<Run> {
  const temp = await mkdtemp(join(tmpdir(), 's2p-runner-'))
  const eventPath = join(temp, 'event.json')
  await writeFile(eventPath, JSON.stringify({ repository: { full_name: 'octo-org/octo-repo' } }))
  const outFile = join(temp, 'output')
  const summaryFile = join(temp, 'summary')
  await writeFile(outFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_REF_NAME: 'main',
    GITHUB_API_URL: services.api,
    INPUT_SPEC: 'examples/greeter/SPEC.md',
    INPUT_COMPONENT: 'greeter',
    INPUT_CONFIG: 'examples/greeter/spec-to-production.yml',
    'INPUT_PUBLISH-TIMEOUT-SECONDS': String(BUDGET_S),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  for (const [k, v] of Object.entries(actionsEnv({ url: services.results, token: results.token }, { workspace: dir, tempDir: temp, runId }))) {
    if (v !== undefined) env[k] = v
  }
  const action = await bundledAction()
  const started = Date.now()
  const child = spawn(ACTION_NODE, [action], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const killer = setTimeout(() => child.kill('SIGKILL'), 90_000)
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  clearTimeout(killer)
  const elapsedMs = Date.now() - started
  if (code === null) throw new Error(`the action was still running after 90 s:\n${log.slice(-3000)}`)
  const report = await readReport(dir)
  return {
    code,
    log,
    outputs: parseOutputs(await readFile(outFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    elapsedMs,
    beyondPipelineMs: elapsedMs - report.total_execution_time_ms,
    report
  }
}

async function repo(tail = ''): Promise<string> {
  const dir = await fastRepo(reports, tail)
  repos.push(dir)
  return dir
}

const warnings = (log: string) => log.split('\n').filter((l) => l.startsWith('::warning'))

test('check runs: the API never answers; the run ends in time, passing, with its summary and outputs', async () => {
  const dir = await repo()
  const run = await runAction(dir, { 'github-token': TOKEN, cache: 'false', 'upload-artifacts': 'false', target: 'dev' }, { api: holding.url, results: results.url })
  expect(run.code).toBe(0)
  expect(run.outputs).toMatchObject({ success: 'true', 'stages-completed': 'specification,testing,refactoring', 'check-run-url': '' })
  expect(run.summary).toContain('greeter → dev: ⚠️ passed')
  expect(run.log).toMatch(/no answer within 5 s/)
  expect(run.beyondPipelineMs).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
})

test('GitHub Deployments: the API never answers; the deploy still runs and passes, and the run ends in time', async () => {
  const dir = await repo('  staging_deployment:\n    command: "echo deployed > deployed.txt"\n    github_deployment: true\n')
  const run = await runAction(dir, { 'github-token': TOKEN, 'check-run': 'false', cache: 'false', 'upload-artifacts': 'false', target: 'staging' }, { api: holding.url, results: results.url })
  expect(run.code).toBe(0)
  expect(run.outputs.success).toBe('true')
  expect(run.report.stage_results.staging_deployment.outputs).toMatchObject({ deployed: true, github_deployment: null })
  expect(run.log).toMatch(/cannot create a GitHub Deployment: POST \S+\/deployments: no answer within 5 s; the deploy still runs/)
  expect(run.summary).toContain('greeter → staging: ⚠️ passed')
  // The deployment request waited its 5 s inside the pipeline; publishing added no more than its budget.
  expect(run.beyondPipelineMs).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
})

test("GitHub Deployments' statuses never answer: the check run the run started is still completed with its verdict", async () => {
  const api = await startGitHubApi()
  try {
    api.script('POST /repos/{owner}/{repo}/deployments', [{ status: 201, body: { id: 9, url: `${api.url}/repos/octo-org/octo-repo/deployments/9`, environment: 'staging' } }])
    api.script('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', ['hang', 'hang', 'hang'])
    const dir = await repo('  staging_deployment:\n    command: "echo deployed > deployed.txt"\n    github_deployment: true\n')
    const run = await runAction(dir, { 'github-token': TOKEN, cache: 'false', 'upload-artifacts': 'false', target: 'staging' }, { api: api.url, results: results.url })
    api.assertNoViolations()
    expect(run.code).toBe(0)
    expect(run.report.stage_results.staging_deployment.outputs).toMatchObject({ deployed: true })
    expect(run.log).toMatch(/cannot set the GitHub Deployment status to in_progress: POST \S+\/statuses: no answer within 5 s/)
    // The deployments endpoint stalled, not the check runs': the check run says the verdict, not "in progress" forever.
    expect([...api.checkRuns.values()].map((r) => [r.status, r.conclusion])).toEqual([['completed', 'success']])
    expect(run.outputs['check-run-url']).toMatch(/^https:\/\/github\.com\/octo-org\/octo-repo\/runs\/\d+$/)
    expect(run.log).not.toContain('may remain in progress')
    expect(run.beyondPipelineMs).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
  } finally {
    await api.close()
  }
})

test('cache restore: the cache service never answers; one restore waits its deadline, the rest are skipped', async () => {
  const dir = await repo()
  const accepted = holding.accepted
  const run = await runAction(dir, { 'github-token': '', 'upload-artifacts': 'false', target: 'dev' }, { api: holding.url, results: holding.url })
  expect(run.code).toBe(0)
  expect(run.outputs.success).toBe('true')
  expect(run.summary).toContain('greeter → dev: ⚠️ passed')
  expect(run.log).toMatch(/Cache not restored: cache restore timed out after 5000 ms/)
  expect(run.log).toMatch(/metrics restore: skipped, the Actions cache did not answer within 5 s earlier in this run/)
  expect(holding.accepted).toBeGreaterThan(accepted)
  // The whole run: the restore's deadline inside the pipeline, and a publishing phase with nothing left to try.
  expect(run.elapsedMs).toBeLessThan(run.report.total_execution_time_ms + BUDGET_S * 1000 + SLACK_MS)
})

test('cache save: the service never answers CreateCacheEntry; the failing verdict stands, one warning names what was abandoned', async () => {
  const dir = await repo(
    '  staging_deployment:\n    command: "exit 1"\n    github_deployment: false\nerror_recovery:\n  staging_deployment: { max_retries: 0, base_delay: 0.01, exponential_base: 1, max_delay: 0.01 }\n'
  )
  results.reset()
  results.fail({ service: 'CacheService', method: 'CreateCacheEntry', mode: 'hang' })
  try {
    const run = await runAction(dir, { 'github-token': '', 'upload-artifacts': 'false', target: 'staging' }, { api: holding.url, results: results.url })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ success: 'false', 'stages-failed': 'staging_deployment' })
    expect(run.summary).toContain('greeter → staging: ❌ failed')
    expect(run.log).toMatch(/::error::spec-to-production failed at staging_deployment/)
    // Restores went through (misses); the save was tried and hung.
    expect(results.callsTo('GetCacheEntryDownloadURL').length).toBeGreaterThan(0)
    expect(results.callsTo('CreateCacheEntry').length).toBe(1)
    const budget = warnings(run.log).filter((w) => w.includes('publish-timeout-seconds'))
    expect(budget).toHaveLength(1)
    expect(budget[0]).toMatch(/abandoned the context cache save, the metrics cache save and the run-state cache save/)
    expect(run.beyondPipelineMs).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
  } finally {
    results.clearFailures()
  }
})

test('artifact upload: the artifact service never answers; the run ends in time with one warning naming the upload', async () => {
  const dir = await repo()
  results.reset()
  results.fail({ service: 'ArtifactService', mode: 'hang' })
  try {
    const run = await runAction(dir, { 'github-token': '', cache: 'false', target: 'dev' }, { api: holding.url, results: results.url })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ success: 'true', artifact: '' })
    expect(run.summary).toContain('greeter → dev: ⚠️ passed')
    expect(results.callsTo('CreateArtifact').length).toBeGreaterThan(0)
    // The budget and the upload's own deadline end at the same moment: whichever fires first gives the one warning.
    const named = warnings(run.log).filter((w) => /artifact/i.test(w))
    expect(named).toHaveLength(1)
    expect(named[0]).toMatch(/publish-timeout-seconds\): abandoned the artifact upload\.|Artifact \S+ was not uploaded after \d+ attempts?: upload timed out/)
    expect(run.beyondPipelineMs).toBeLessThan(BUDGET_S * 1000 + SLACK_MS)
  } finally {
    results.clearFailures()
  }
})

test('the circuit breaker travels to the next runner in the Actions cache: the next run fails fast without deploying', async () => {
  results.reset()
  const tail =
    '  staging_deployment:\n    command: "echo 1 >> deploy.count; exit 1"\n    github_deployment: false\n' +
    'error_recovery:\n  staging_deployment: { max_retries: 0, base_delay: 0.01, exponential_base: 1, max_delay: 0.01 }\n  circuit_breaker: { failure_threshold: 1, recovery_timeout: 600 }\n'
  const inputs = { 'github-token': '', 'upload-artifacts': 'false', target: 'staging', 'publish-timeout-seconds': '60' }
  const first = await runAction(await repo(tail), inputs, { api: holding.url, results: results.url }, '5001')
  expect(first.code).toBe(1)
  expect(first.report.stage_results.staging_deployment.outputs.circuit_breaker).toMatchObject({ state: 'open', failures: 1 })
  expect(results.cacheEntries.map((e) => e.key)).toContain('spec-to-production:state:v1:greeter:main:5001-1')

  // Another runner: a fresh checkout, nothing of the first run on disk.
  const dir = await repo(tail)
  const second = await runAction(dir, inputs, { api: holding.url, results: results.url }, '5002')
  expect(second.code).toBe(1)
  const stage = second.report.stage_results.staging_deployment
  expect(stage.errors[0]).toMatch(/^deploy to staging not attempted: the circuit breaker of environment staging is open since/)
  expect(stage.outputs.circuit_breaker).toMatchObject({ state: 'open', failures: 1, opened_at: first.report.stage_results.staging_deployment.outputs.circuit_breaker.opened_at })
  expect(existsSync(join(dir, 'deploy.count'))).toBe(false)
  expect(second.log).toMatch(/state of greeter restored from the cache \(spec-to-production:state:v1:greeter:main:5001-1\)/)
})
