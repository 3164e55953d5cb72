/**
 * The plan and aggregate sub-actions, bundled, run as the runner runs them against the local stand-ins: the
 * Results API (with azurite) holding the legs' report artifacts, and api.github.com checked against its OpenAPI
 * description. Leg reports come from real CLI runs on the example (see __tests__/aggregate/fixtures.ts).
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, applyEnv, startResultsApi, type ResultsApi } from '../servers/results-api.js'
import { git, removeDir, writeIn } from '../helpers/workspace.js'
import { runSubAction as runSharedSubAction } from '../helpers/run-action.js'
import { coverageFailureLeg, passingLeg, realReports, type RealReports } from '../aggregate/fixtures.js'
import { uploadArtifacts } from '../../src/github/artifacts.js'

jest.setTimeout(240_000)

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
let github: GitHubApi
let azurite: Azurite
let results: ResultsApi
let real: RealReports
const dirs: string[] = []

beforeAll(async () => {
  ;[github, azurite, real] = await Promise.all([startGitHubApi(), startAzurite(), realReports()])
  results = await startResultsApi({ azurite })
})

afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
  await github?.close()
  await results?.close()
  await azurite?.close()
})

async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-sub-'))
  dirs.push(dir)
  return dir
}

async function runSubAction(entry: 'plan' | 'aggregate', cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runSharedSubAction(entry, { cwd, runner: await temp(), apiUrl: github.url, inputs, env: env })
}

/** Uploads one report as a leg's artifact of the run the Results API stands in for. */
async function uploadLeg(report: object, component: string): Promise<void> {
  const dir = await temp()
  const file = join(dir, `workflow_report_${component}.json`)
  await writeFile(file, JSON.stringify(report))
  const restore = applyEnv(actionsEnv(results, { workspace: dir, tempDir: dir }))
  try {
    const up = await uploadArtifacts({ name: `spec-to-production-${component}`, files: [file], rootDirectory: dir, log: { info: () => {}, warning: () => {} } })
    expect(up.uploaded).toBe(true)
  } finally {
    restore()
  }
}

let legsUploaded: Promise<void> | undefined
/** The two legs of the run, uploaded once: alpha passed, beta failed on coverage. */
function ensureLegs(): Promise<void> {
  legsUploaded ??= (async () => {
    await uploadLeg(passingLeg(real, 'alpha', 91.5), 'alpha')
    await uploadLeg(coverageFailureLeg(real, 'beta', 55.2), 'beta')
  })()
  return legsUploaded
}

test('plan: the components of a repository, from their specs, as a matrix', async () => {
  const repo = await temp()
  for (const name of ['alpha', 'beta']) {
    await writeIn(repo, `specs/${name}.md`, `---\ncomponent: ${name}\npaths: { source: src/${name} }\n---\n# ${name}\n\n## Requirements\n\n- R1: works\n`)
  }
  git(repo, 'init', '-q')
  const run = await runSubAction('plan', repo, { specs: 'specs/*.md', 'changed-only': 'false' }, { GITHUB_REPOSITORY: 'o/r' })
  expect(run.code).toBe(0)
  expect(JSON.parse(run.outputs.matrix)).toEqual({ include: [{ component: 'alpha', spec: 'specs/alpha.md' }, { component: 'beta', spec: 'specs/beta.md' }] })
  expect(run.outputs.count).toBe('2')
})

test('aggregate: this run\'s legs, a failed one and a missing one, one verdict and one check run', async () => {
  await ensureLegs()
  const cwd = await temp()
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ pull_request: { number: 42, head: { sha: HEAD, repo: { full_name: 'o/r' } }, base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } } }, repository: { full_name: 'o/r' } }))
  const env = { ...(actionsEnv(results, { workspace: cwd, tempDir: cwd, repository: 'o/r' }) as Record<string, string>), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'f'.repeat(40) }
  const matrix = JSON.stringify({ include: ['alpha', 'beta', 'gamma'].map((c) => ({ component: c, spec: `specs/${c}.md` })) })
  const run = await runSubAction('aggregate', cwd, { expected: matrix, 'github-token': TOKEN, 'check-run': 'true' }, env)
  expect(run.code).toBe(1)
  // The legs' artifacts are unzipped by bundled dependencies that call the deprecated Buffer constructor: node's
  // DEP0005 warning would be in the job log (on Node 20 and on the runner's Node 24 alike).
  expect(run.log).toContain('Artifact download completed successfully')
  expect(run.log).not.toMatch(/DeprecationWarning|\(node:\d+\)/)
  expect(run.outputs).toMatchObject({ success: 'false', 'failed-components': 'beta', 'missing-components': 'gamma' })
  expect(run.summary).toContain('gamma')
  expect(run.summary).toMatch(/no report from/i)
  github.assertNoViolations()
  const overall = [...github.checkRuns.values()].find((c) => c.name === 'spec-to-production / all components')
  expect(overall).toMatchObject({ head_sha: HEAD, status: 'completed', conclusion: 'failure' })
  expect(run.outputs['check-run-url']).toBe(overall!.html_url)
})

test('fork-safe: workflow_run mode reads the triggering run\'s artifacts over REST and annotates its head commit', async () => {
  // The legs' artifacts of the triggering run, served as the REST API serves them: a list, then a redirect to the blob.
  const signed = async (name: string) => {
    const res = await fetch(`${results.url}/twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${results.token}` },
      body: JSON.stringify({ workflow_run_backend_id: results.runId, workflow_job_run_backend_id: results.jobId, name })
    })
    return ((await res.json()) as { signed_url: string }).signed_url
  }
  await ensureLegs()
  const legs = results.artifacts.filter((a) => a.name === 'spec-to-production-alpha' || a.name === 'spec-to-production-beta')
  expect(legs).toHaveLength(2)
  const listed = legs.map((a, i) => ({ id: 900 + i, node_id: `A${i}`, name: a.name, size_in_bytes: 1000, url: '', archive_download_url: '', expired: false, created_at: new Date().toISOString(), expires_at: null, updated_at: null, workflow_run: { id: 777, repository_id: 1, head_repository_id: 2, head_branch: 'feature', head_sha: HEAD } }))
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 2, artifacts: listed } }])
  // The SDK keeps the latest artifact per name and downloads newest id first: the redirects are queued in that order.
  const newestFirst = [...listed].sort((a, b) => b.id - a.id)
  github.script('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', await Promise.all(newestFirst.map(async (a) => ({ status: 302, headers: { location: await signed(a.name) } }))))

  const cwd = await temp()
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ workflow_run: { id: 777, head_sha: HEAD, pull_requests: [{ number: 42 }] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const before = github.checkRuns.size
  // alpha's check run completes; beta's completing update is refused (422), and its verdict is posted alone.
  github.script('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', ['default', { status: 422, body: { message: 'Validation Failed' } }, 'default'])
  const run = await runSubAction('aggregate', cwd, { 'report-from-run': '777', 'github-token': TOKEN, expected: 'alpha\nbeta' }, env)
  expect(run.log).toMatch(/Downloading artifact '901'[\s\S]*spec-to-production-beta[\s\S]*Downloading artifact '900'/)
  expect(run.log).not.toMatch(/DeprecationWarning|\(node:\d+\)/)
  github.assertNoViolations()
  expect(run.outputs).toMatchObject({ success: 'false', 'failed-components': 'beta', 'missing-components': '' })
  // One check run per leg (with its annotations) and one overall, all on the pull request's head commit.
  const posted = [...github.checkRuns.values()].slice(before)
  expect(posted.map((c) => c.name).sort()).toEqual(['spec-to-production / all components', 'spec-to-production / alpha', 'spec-to-production / beta'])
  for (const c of posted) expect(c.head_sha).toBe(HEAD)
  expect(posted.find((c) => c.name.endsWith('beta'))?.conclusion).toBe('failure')
  // Its findings are where this run downloaded them from: the triggering run's artifact, which outlives this job.
  expect(posted.find((c) => c.name.endsWith('beta'))?.output.summary).toBe(
    "The findings could not be posted here; the workflow run's log says why. All of them are in the JSON report workflow\\_report\\_beta.json in the artifact 'spec-to-production-beta' of workflow run 777."
  )
  // The pull request's sticky comments, one per component, written from the trusted run.
  const comments = [...github.issueComments.values()].filter((c) => c.issue_number === 42)
  expect(comments.map((c) => c.body.split('\n')[0]).sort()).toEqual(['<!-- spec-to-production:alpha -->', '<!-- spec-to-production:beta -->'])
  expect(comments.find((c) => c.body.includes(':beta'))?.body).toContain(`[check run](${posted.find((c) => c.name.endsWith('beta'))?.html_url})`)
  expect(run.log.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN)
})

test('aggregate: a leg whose report says it passed while its testing stage failed is refused and fails the run', async () => {
  await ensureLegs()
  // A real failing leg with only its top-level verdict rewritten, as a forged artifact would be.
  const liar = coverageFailureLeg(real, 'liar', 41.5)
  liar.success = true
  await uploadLeg(liar, 'liar')
  const cwd = await temp()
  const env = { ...(actionsEnv(results, { workspace: cwd, tempDir: cwd, repository: 'o/r' }) as Record<string, string>), GITHUB_EVENT_NAME: 'push', GITHUB_SHA: HEAD }
  const run = await runSubAction('aggregate', cwd, { expected: 'alpha\nbeta\nliar', 'check-run': 'false' }, env)
  expect(run.code).toBe(1)
  expect(run.outputs).toMatchObject({ success: 'false', 'failed-components': 'beta,liar', 'missing-components': '' })
  expect(run.summary).toContain('leg "liar" (target dev) refused: its fields contradict each other: success is true but stages\\_failed lists testing')
})

test('workflow_run mode: each leg\'s annotations are placed by the repository_path its report gives, and a hostile one is refused', async () => {
  // Two legs run with `working-directory`: their findings name files from there; the report says where that is.
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const cwd = await temp()
  const finding = { tool: 'eslint', rule: 'no-unused-vars', severity: 'error', file: 'src/untested.ts', line: 3, message: 'x is unused' }
  const legs = [
    { component: 'api', path: 'packages/api' },
    { component: 'evil', path: '../../outside' }
  ]
  const files: string[] = []
  for (const { component, path } of legs) {
    const leg = coverageFailureLeg(real, component, 41.5)
    leg.repository_path = path
    leg.stage_results.testing.quality_gates.test_coverage.findings = [finding]
    files.push(join(cwd, `${component}.json`))
    await writeFile(files.at(-1)!, JSON.stringify(leg))
  }
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ workflow_run: { id: 779, head_sha: HEAD, pull_requests: [] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const before = github.checkRuns.size
  const run = await runSubAction('aggregate', cwd, { 'report-from-run': '779', 'github-token': TOKEN, reports: files.join('\n'), comment: 'false' }, env)
  github.assertNoViolations()
  const posted = [...github.checkRuns.values()].slice(before)
  const paths = (name: string) => posted.find((c) => c.name === `spec-to-production / ${name}`)?.annotations.map((a) => a.path)
  expect(paths('api')).toEqual(['packages/api/src/untested.ts'])
  expect(paths('evil')).toEqual(['src/untested.ts'])
  expect(run.log).toContain('the report of evil gives an unusable repository_path ("../../outside"): its annotations are placed from the repository\'s root')
})

test('workflow_run mode: a component name from a fork\'s report issues no workflow command in the trusted run', async () => {
  // The fork writes its report: its component_name is any string. The trusted run logs it when it posts the leg's
  // check run and comment; the runner reads `##[` anywhere in a line, and `::` at the start of one.
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const cwd = await temp()
  const hostile = 'x ##[stop-commands]pwned-token'
  const leg = coverageFailureLeg(real, hostile, 41.5)
  await writeFile(join(cwd, 'leg.json'), JSON.stringify(leg))
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ workflow_run: { id: 778, head_sha: HEAD, pull_requests: [{ number: 43 }] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const run = await runSubAction('aggregate', cwd, { 'report-from-run': '778', 'github-token': TOKEN, reports: join(cwd, 'leg.json') }, env)
  expect(run.log).toContain('pwned-token')
  // Every line holding the legacy form is inside a stop-commands frame of the action's own (a random token).
  let frame: string | null = null
  const unframed: string[] = []
  for (const line of run.log.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart()
    if (frame !== null) {
      if (trimmed === `::${frame}::`) frame = null
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(trimmed)
    if (stop) frame = stop[1]
    else if (line.includes('##[')) unframed.push(line)
  }
  expect(unframed).toEqual([])
})

test("workflow_run mode for a fork's pull request: GitHub leaves pull_requests empty, the comment still lands on the pull request whose head is the run's", async () => {
  // What GitHub sends for a run of a pull request from a fork: `pull_requests: []`, the fork's owner and branch.
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const pull = (number: number, sha: string) => ({ number, state: 'open', head: { sha, ref: 'patch-1', label: 'forker:patch-1' }, base: { ref: 'main', label: 'o:main' } })
  // Another open pull request of the same branch name at another commit is not the one the run tested.
  github.script('GET /repos/{owner}/{repo}/pulls', [{ status: 200, body: [pull(45, 'c'.repeat(40)), pull(44, HEAD)] }])
  const cwd = await temp()
  await writeFile(join(cwd, 'leg.json'), JSON.stringify(coverageFailureLeg(real, 'forked', 41.5)))
  const event = join(cwd, 'event.json')
  await writeFile(
    event,
    JSON.stringify({
      workflow_run: { id: 780, event: 'pull_request', head_sha: HEAD, head_branch: 'patch-1', head_repository: { full_name: 'forker/r', owner: { login: 'forker' } }, pull_requests: [] },
      repository: { full_name: 'o/r' }
    })
  )
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const before = github.requests.length
  const run = await runSubAction('aggregate', cwd, { 'report-from-run': '780', 'github-token': TOKEN, reports: join(cwd, 'leg.json') }, env)
  github.assertNoViolations()
  const lookup = github.requests.slice(before).find((r) => r.route === 'GET /repos/{owner}/{repo}/pulls')
  expect(lookup?.query).toMatchObject({ state: 'open', head: 'forker:patch-1' })
  const comments = [...github.issueComments.values()].filter((c) => c.body.startsWith('<!-- spec-to-production:forked -->'))
  expect(comments.map((c) => c.issue_number)).toEqual([44])
  expect(run.log).not.toMatch(/no pull-request comment/)
})

test('workflow_run mode: no open pull request has the run\'s head commit: no comment anywhere, and a notice says why', async () => {
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  github.script('GET /repos/{owner}/{repo}/pulls', [{ status: 200, body: [{ number: 46, state: 'open', head: { sha: 'd'.repeat(40), ref: 'patch-2', label: 'forker:patch-2' } }] }])
  const cwd = await temp()
  await writeFile(join(cwd, 'leg.json'), JSON.stringify(coverageFailureLeg(real, 'pushedon', 41.5)))
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ workflow_run: { id: 781, event: 'pull_request', head_sha: HEAD, head_branch: 'patch-2', head_repository: { owner: { login: 'forker' } }, pull_requests: [] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const run = await runSubAction('aggregate', cwd, { 'report-from-run': '781', 'github-token': TOKEN, reports: join(cwd, 'leg.json') }, env)
  github.assertNoViolations()
  expect([...github.issueComments.values()].filter((c) => c.body.startsWith('<!-- spec-to-production:pushedon -->'))).toEqual([])
  expect(run.log).toContain(`no pull-request comment: no open pull request of o/r has forker:patch-2 at ${HEAD.slice(0, 12)} as its head`)
})

test('aggregate of 400 legs: the overall check run\'s summary is cut to GitHub\'s 65,535 bytes (not characters) and posted', async () => {
  const cwd = await temp()
  const files: string[] = []
  for (let i = 0; i < 400; i++) {
    files.push(join(cwd, `leg_${i}.json`))
    await writeFile(files.at(-1)!, JSON.stringify(passingLeg(real, `component_${String(i).padStart(3, '0')}`, 90)))
  }
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ pull_request: { number: 43, head: { sha: HEAD, repo: { full_name: 'o/r' } }, base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } } }, repository: { full_name: 'o/r' } }))
  const env = { ...(actionsEnv(results, { workspace: cwd, tempDir: cwd, repository: 'o/r' }) as Record<string, string>), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ID: '4400' }
  const before = github.checkRuns.size
  const run = await runSubAction('aggregate', cwd, { reports: files.join('\n'), 'github-token': TOKEN, 'check-run': 'true' }, env)
  // The job summary holds every leg; the check run's summary is the same text, over GitHub's limit, cut.
  expect(Buffer.byteLength(run.summary)).toBeGreaterThan(65_535)
  github.assertNoViolations()
  const overall = [...github.checkRuns.values()].slice(before).find((c) => c.name === 'spec-to-production / all components')
  // (Its verdict depends on the other tests' legs this run's artifact stand-in also holds.)
  expect(overall).toMatchObject({ head_sha: HEAD, status: 'completed' })
  expect(Buffer.byteLength(overall!.output.summary ?? '')).toBeLessThanOrEqual(65_535)
  expect(overall!.output.summary).toMatch(/… \(cut; see the job summary\)$/)
  expect(run.outputs['check-run-url']).toBe(overall!.html_url)
})

test('aggregate without expected: the pass is said to be of the legs that sent a report, in a warning and the check run\'s title', async () => {
  // A maintainer in a hurry leaves out expected: a leg that crashed before uploading is not there to be missing.
  const cwd = await temp()
  const file = join(cwd, 'leg.json')
  await writeFile(file, JSON.stringify(passingLeg(real, 'solo', 90)))
  const event = join(cwd, 'event.json')
  await writeFile(event, JSON.stringify({ pull_request: { number: 44, head: { sha: HEAD, repo: { full_name: 'o/r' } }, base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } } }, repository: { full_name: 'o/r' } }))
  const env = { ...(actionsEnv(results, { workspace: cwd, tempDir: cwd, repository: 'o/r' }) as Record<string, string>), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ID: '4401' }
  const before = github.checkRuns.size
  const run = await runSubAction('aggregate', cwd, { reports: file, 'artifact-prefix': 'no-such-artifact-', 'github-token': TOKEN, 'check-run': 'true' }, env)
  expect(run.code).toBe(0)
  expect(run.log).toContain('::warning::no legs were expected (input expected')
  github.assertNoViolations()
  const overall = [...github.checkRuns.values()].slice(before).find((c) => c.name === 'spec-to-production / all components')
  expect(overall).toMatchObject({ conclusion: 'success' })
  expect(overall!.output.title).toMatch(/^all 1 leg that sent a report passed — no legs were expected/)
})
