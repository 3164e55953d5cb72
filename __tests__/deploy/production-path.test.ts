/**
 * The deployment path from outside: a small real repository, real deploy commands, a real HTTP service on 127.0.0.1,
 * and GitHub's soak and review read through the real GitHubPort from the local api.github.com stand-in. Every
 * external source of a production criterion says yes; what must still hold production back is what this run did (or
 * did not do) before it. And what a deploy reports is shown on every surface without the secrets it may carry.
 */
import { jest, afterAll, afterEach, beforeEach, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runPipeline } from '../../src/engine/pipeline.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { createGitHubPort } from '../../src/github/deployments.js'
import { createOctokit } from '../../src/github/octokit.js'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { git, runCli, writeIn } from '../helpers/workspace.js'
import { renderJobSummary } from '../../src/action/summary.js'
import { checkRunSummary } from '../../src/github/checks.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { reportView } from '../../src/view/report-view.js'
import { renderComment } from '../../src/github/comment.js'
import { FIXTURE_GATES_CONFIG } from '../helpers/fixture-gates.js'
import { startServer } from './server.js'

jest.setTimeout(60_000)

const DAY = 24 * 3600 * 1000
const dirs: string[] = []
let api: GitHubApi

beforeEach(async () => {
  api = await startGitHubApi()
})
afterEach(async () => {
  api.assertNoViolations()
  await api.close()
})
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

/** A committed repository whose gates read hand-written reports (all clean) and whose config ends with `stages`. */
async function repo(stages: string): Promise<{ dir: string; sha: string }> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-prod-path-'))
  dirs.push(dir)
  await writeIn(dir, 'src/c/a.py', 'x = 1\n')
  await writeIn(dir, 'spec.md', '---\ncomponent: c\n---\n# C\n\n## Overview\n\nc\n\n## Requirements\n\n- REQ-1: c\n\n## Acceptance Criteria\n\n- c\n')
  await writeIn(dir, 'fixture/junit.xml', '<?xml version="1.0"?>\n<testsuites><testsuite name="s" tests="1" failures="0" errors="0" skipped="0"><testcase classname="t" name="a" time="0.1"/></testsuite></testsuites>\n')
  await writeIn(dir, 'fixture/lcov.info', 'TN:\nSF:src/c/a.py\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
  // Clean reports of tools that checked the component's file ([] would be a tool that checked nothing).
  await writeIn(dir, 'fixture/eslint.json', '[{"filePath": "src/c/a.py", "messages": [], "errorCount": 0, "warningCount": 0}]\n')
  await writeIn(dir, 'fixture/tsc.txt', '')
  await writeIn(dir, 'fixture/secretlint.json', '[{"filePath": "src/c/a.py", "messages": []}]\n')
  await writeIn(dir, 'fixture/bench.json', '{ "p95_latency_ms": 12 }\n')
  await writeIn(dir, 'fixture/uptime.json', '{ "uptime_percent": 100, "window_days": 7 }\n')
  // What an earlier step of the job measured (load test, integration coverage): written in the run, never committed.
  await writeIn(dir, 'measured/integration.info', 'TN:\nSF:src/c/a.py\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
  await writeIn(dir, 'measured/bench.json', '{ "p95_latency_ms": 12 }\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\n*.deployed\nmeasured/\n')
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    `${FIXTURE_GATES_CONFIG}${stages}`
  )
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'c')
  return { dir, sha: git(dir, 'rev-parse', 'HEAD').trim() }
}

/** Production criteria whose every source is configured and answers that it is met. */
const PRODUCTION = `  production_deployment:
    command: "touch production.deployed"
    github_deployment: false
    criteria:
      integration_coverage: { threshold: 80, report: { path: measured/integration.info, format: lcov } }
      performance: { report: measured/bench.json, format: generic, slas: { p95_latency_ms: { max: 300 } } }
      soak: { days: 7 }
      uptime: { threshold: 99.5, days: 7, command: "cat fixture/uptime.json" }
      security_review: { labels: [security-reviewed] }
`

/** What staging's deploy reports: the URL its integration tests are given (they test the deployment there). */
const REPORTS_URL = 'echo environment_url=http://127.0.0.1:9/staging > {outputs}'

/** Staging's integration tests (the clean fixtures): what checks a staging deploy before production follows it. */
const STAGING_TESTS =
  'integration_tests: { command: "cp fixture/junit.xml {reports}/it.xml && cp fixture/lcov.info {reports}/it.info", reports: { junit: "{reports}/it.xml", coverage: "{reports}/it.info" } }'

/** GitHub says: this commit soaked on staging for 8 days, and its pull request carries the review label a reviewer added. */
function githubSaysYes(sha: string): void {
  const at = new Date(Date.now() - 8 * DAY).toISOString()
  const deployment = { id: 1, url: `${api.url}/repos/o/r/deployments/1`, sha, ref: sha, environment: 'staging', created_at: at, updated_at: at }
  const status = { id: 1, state: 'success', created_at: at, updated_at: at }
  api.script('GET /repos/{owner}/{repo}/deployments', [{ status: 200, body: [deployment] }, { status: 200, body: [deployment] }])
  api.script('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', [{ status: 200, body: [status] }, { status: 200, body: [status] }])
  api.script('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', [{ status: 200, body: [{ number: 12, merged_at: at, labels: [{ name: 'security-reviewed' }], user: { login: 'carol' } }] }])
  // Added by a reviewer, not by the pull request's author.
  api.script('GET /repos/{owner}/{repo}/issues/{issue_number}/events', [{ status: 200, body: [{ id: 1, event: 'labeled', actor: { login: 'dave' }, label: { name: 'security-reviewed', color: 'ff0000' }, created_at: at, commit_id: null }] }])
}

async function run(dir: string) {
  const lines: string[] = []
  const log = { info: () => {}, debug: () => {}, error: (m: string) => lines.push(m), warning: (m: string) => lines.push(m) }
  const octokit = createOctokit({ token: 'ghs_test', baseUrl: api.url, log, retryAfterBaseValue: 1, spaceWrites: false, serverErrorRetries: 0 })
  const host = { ...createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) }), github: createGitHubPort({ octokit, owner: 'o', repo: 'r', log }) }
  const outcome = await runPipeline({ host, specFile: 'spec.md', component: 'c', target: 'production' })
  return { ...outcome, log: lines.join('\n') }
}

test('with staging turned off, production is not deployed, however good every other source looks', async () => {
  const { dir, sha } = await repo(`  staging_deployment: { enabled: false }\n${PRODUCTION}`)
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  expect(outcome.exitCode).toBe(1)
  expect(outcome.report.stages_skipped).toContain('staging_deployment')
  const gate = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria
  expect(gate.passed).toBe(false)
  // Every other criterion was met: the one that held production back is named, with the key that turned staging off.
  const unmet = (gate.details.criteria as { name: string; met: boolean; reason?: string }[]).filter((c) => !c.met)
  expect(unmet.map((c) => c.name)).toEqual(['staging deployment in this run'])
  expect(unmet[0].reason).toContain('stages.staging_deployment.enabled is false')
  expect(outcome.log).toContain('criterion not met: staging deployment in this run (no value, needs deployed, healthy and tested in this run; from staging_deployment (this run)): stages.staging_deployment.enabled is false')
  // A criterion without a value says so in words: no "null" reaches the log, the report's errors or the summary.
  expect(outcome.log).not.toMatch(/\b(null|undefined|NaN)\b/)
  expect(gate.errors.join('\n')).not.toMatch(/\b(null|undefined|NaN)\b/)
  expect(renderJobSummary(outcome.report, {})).not.toMatch(/\b(null|undefined|NaN)\b/)
})

test('after this run deployed staging and its integration tests passed, the same production criteria deploy to production', async () => {
  const { dir, sha } = await repo(`  staging_deployment: { command: "touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}`)
  githubSaysYes(sha)
  const outcome = await run(dir)
  if (outcome.exitCode !== 0) throw new Error(outcome.log)
  expect(existsSync(join(dir, 'staging.deployed'))).toBe(true)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(true)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria
  expect(criteria).toContainEqual(expect.objectContaining({ name: 'staging deployment in this run', met: true, value: 'deployed to staging; integration tests passed' }))
  expect(outcome.report.success).toBe(true)
  // Production had no health check or tests: it says that nothing verified it, and no surface shows a bare "deployed".
  expect(outcome.report.stage_results.production_deployment!.warnings).toContain(
    'nothing verified the deployment to production: neither stages.production_deployment.health_check nor stages.production_deployment.e2e_tests is configured, so "deployed" means only that the deploy command exited 0'
  )
  const deployments = reportView(outcome.report).deployments
  expect(deployments.map((d) => d.notes.includes('unverified: no health check or tests ran against it'))).toEqual([false, true])
  expect(renderJobSummary(outcome.report, {})).toContain('unverified: no health check or tests ran against it')
  // The pull-request comment too: every surface.
  expect(renderComment(outcome.report, null, {})).toContain('**production**: deployed; the deploy command reported no URL · unverified: no health check or tests ran against it')
})

test("production's open circuit holds though staging's deploy deleted or rewrote the breakers' state file in the workspace", async () => {
  // Production's breaker, as the cache brought it back: open a minute ago after 5 failures, trial in an hour.
  const opened = Date.now() - 60_000
  const state = {
    version: 1,
    environments: {
      production: { cockatiel: { ownState: { value: 1, openedAt: opened, attemptNo: 0 }, breakerState: 5 }, last_failure: 'deploy: exit status 1', updated_at: new Date(opened).toISOString() }
    }
  }
  const tampering = {
    // The file gone: every breaker would start closed.
    deleted: 'rm -f .spec-to-production/state/circuit-breakers.json',
    // Production's record rewritten as closed, with no failure (braces doubled: literal in a command template).
    rewritten: `printf '%s' '${JSON.stringify({ version: 1, environments: { production: { cockatiel: { ownState: { value: 0 }, breakerState: 0 }, last_failure: null, updated_at: 'x' } } }).replace(/[{}]/g, (b) => b + b)}' > .spec-to-production/state/circuit-breakers.json`
  }
  for (const [how, command] of Object.entries(tampering)) {
    const { dir, sha } = await repo(
      `  staging_deployment: { command: ${JSON.stringify(`${command} && touch staging.deployed && ${REPORTS_URL}`)}, github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}` +
        'error_recovery:\n  circuit_breaker: { failure_threshold: 5, recovery_timeout: 3600 }\n'
    )
    await writeIn(dir, '.spec-to-production/state/circuit-breakers.json', JSON.stringify(state))
    githubSaysYes(sha)
    const outcome = await run(dir)
    if (!existsSync(join(dir, 'staging.deployed'))) throw new Error(outcome.log)
    // Refused before it ran, as the open circuit says.
    expect({ how, deployed: existsSync(join(dir, 'production.deployed')) }).toEqual({ how, deployed: false })
    expect(outcome.exitCode).toBe(1)
    const production = outcome.report.stage_results.production_deployment!
    expect(production.error_type).toBe('circuit_open')
    expect(production.outputs.circuit_breaker).toMatchObject({ environment: 'production', state: 'open', failures: 5, last_failure: 'deploy: exit status 1' })
    // And the state left for the next run (what the cache saves) still has production open, beside staging's record.
    const left = JSON.parse(await readFile(join(dir, '.spec-to-production/state/circuit-breakers.json'), 'utf8')) as typeof state
    expect(left.environments.production.cockatiel).toEqual(state.environments.production.cockatiel)
    expect(Object.keys(left.environments).sort()).toEqual(['production', 'staging'])
  }
})

test("integration coverage from a JaCoCo report: JaCoCo's own figure, its file found under the component's sources", async () => {
  const jacoco = PRODUCTION.replace('report: { path: measured/integration.info, format: lcov }', 'report: measured/jacoco.xml')
  const { dir, sha } = await repo(`  staging_deployment: { command: "touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${jacoco}`)
  await writeIn(dir, 'src/c/com/acme/Order.java', 'package com.acme;\nclass Order {}\n')
  git(dir, 'add', 'src/c/com/acme/Order.java')
  // 3 of 4 lines (75%) under an 80% criterion: JaCoCo's counters, as jacoco-maven-plugin writes them.
  await writeIn(
    dir,
    'measured/jacoco.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="c">' +
      '<sessioninfo id="h" start="1" dump="2"/><package name="com/acme"><class name="com/acme/Order" sourcefilename="Order.java"><counter type="LINE" missed="1" covered="3"/></class>' +
      '<sourcefile name="Order.java"><line nr="3" mi="0" ci="4" mb="0" cb="0"/><line nr="4" mi="0" ci="2" mb="0" cb="0"/><line nr="5" mi="3" ci="0" mb="0" cb="0"/><line nr="6" mi="0" ci="1" mb="0" cb="0"/>' +
      '<counter type="LINE" missed="1" covered="3"/></sourcefile><counter type="LINE" missed="1" covered="3"/></package><counter type="LINE" missed="1" covered="3"/></report>\n'
  )
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria
  expect(criteria).toContainEqual(expect.objectContaining({ name: 'integration coverage', met: false, value: 75, threshold: 80, source: join(dir, 'measured/jacoco.xml') }))
})

test("an integration coverage report and a benchmark written by staging's deploy script are not what an earlier step measured: production is not deployed", async () => {
  // No earlier step measured anything: the deploy script writes both figures production is let through on.
  const { dir, sha } = await repo(
    `  staging_deployment: { command: "mkdir -p measured && cp fixture/lcov.info measured/integration.info && cp fixture/bench.json measured/bench.json && touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}`
  )
  await rm(join(dir, 'measured'), { recursive: true })
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'staging.deployed'))).toBe(true)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  expect(outcome.exitCode).toBe(1)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; reason?: string }[]
  expect(criteria.filter((c) => !c.met).map((c) => c.name)).toEqual(['integration coverage', 'performance SLAs'])
  for (const c of criteria.filter((c) => !c.met)) expect(c.reason).toMatch(/was written during this run, by one of its commands \(the tests, the checks, staging's deploy, rollback or integration tests\), not by an earlier step of the job/)
  expect(outcome.log).toContain(`criterion not met: integration coverage (no value, needs 80; from stages.production_deployment.criteria.integration_coverage.report): the integration coverage report ${join(dir, 'measured/integration.info')} was written during this run`)

  // The same files, left by an earlier step (before the run), are read: production deploys.
  const again = await repo(`  staging_deployment: { command: "touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}`)
  githubSaysYes(again.sha)
  const earlier = await run(again.dir)
  if (earlier.exitCode !== 0) throw new Error(earlier.log)
  expect(existsSync(join(again.dir, 'production.deployed'))).toBe(true)
})

test('a staging deploy nothing verified (no health check, no integration tests) is not one production follows', async () => {
  const { dir, sha } = await repo(`  staging_deployment: { command: "touch staging.deployed", github_deployment: false }\n${PRODUCTION}`)
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'staging.deployed'))).toBe(true)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  expect(outcome.exitCode).toBe(1)
  expect(outcome.report.stage_results.staging_deployment!.warnings).toContain(
    'nothing verified the deployment to staging: neither stages.staging_deployment.health_check nor stages.staging_deployment.integration_tests is configured, so "deployed" means only that the deploy command exited 0'
  )
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; value: unknown; reason?: string }[]
  // Every other criterion was met; this one is not, though its deploy command exited 0.
  expect(criteria.filter((c) => !c.met)).toEqual([
    expect.objectContaining({ name: 'staging deployment in this run', value: 'deployed to staging, unverified', reason: expect.stringContaining('nothing verified the staging deployment') })
  ])
})

test("a staging deploy checked only by tests given no URL of it, or by a web page's status, is not one production follows", async () => {
  // A single-page app's host: index.html, 200, for any path (/health included), whatever runs behind it.
  const spa = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<!doctype html><html><body><div id="root"></div></body></html>')
  })
  try {
    const cases = {
      // The deploy reports no environment_url: the integration tests ran with ENVIRONMENT_URL empty.
      'tests given no URL': `command: "touch staging.deployed", ${STAGING_TESTS}`,
      // The health check's status alone, answered by a web page.
      'a web page': `command: "touch staging.deployed && echo environment_url=${spa.url} > {outputs}", health_check: { url: "{environment_url}/health", timeout_seconds: 2 }`
    }
    const reasons = {
      'tests given no URL': "the integration tests ran with ENVIRONMENT_URL empty: the deploy to staging reported no environment_url (a line environment_url=… in its {outputs} file), so what they tested is not known to be the deployment",
      'a web page': `the health check of ${spa.url}/health was answered with a web page (text/html) and judged on its status alone: whether the service is healthy was not checked (set stages.staging_deployment.health_check.json_field)`
    }
    for (const [how, staging] of Object.entries(cases) as [keyof typeof cases, string][]) {
      const { dir, sha } = await repo(`  staging_deployment: { ${staging}, github_deployment: false }\n${PRODUCTION}`)
      githubSaysYes(sha)
      const outcome = await run(dir)
      if (!existsSync(join(dir, 'staging.deployed'))) throw new Error(outcome.log)
      expect(outcome.report.stage_results.staging_deployment!.success).toBe(true)
      expect({ how, deployed: existsSync(join(dir, 'production.deployed')) }).toEqual({ how, deployed: false })
      expect(outcome.exitCode).toBe(1)
      const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; value: unknown; reason?: string }[]
      // Every other criterion was met; this one is not, naming what did not check the deployment.
      expect(criteria.filter((c) => !c.met)).toEqual([
        expect.objectContaining({ name: 'staging deployment in this run', value: 'deployed to staging, unverified', reason: `nothing verified the staging deployment: ${reasons[how]}` })
      ])
      expect(outcome.log).toContain(`criterion not met: staging deployment in this run (value deployed to staging, unverified, needs deployed, healthy and tested in this run; from staging_deployment (this run)): nothing verified the staging deployment: ${reasons[how]}`)
    }
  } finally {
    await spa.close()
  }
})

test('with no commit known (a workspace without git), the soak and the security review are unmet: no commit was asked about', async () => {
  const { dir } = await repo(`  staging_deployment: { command: "touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}`)
  // The sources unpacked, not checked out: no repository to ask which commit this is.
  await rm(join(dir, '.git'), { recursive: true, force: true })
  // GitHub, asked for deployments with an empty sha, would answer the environment's deployments of any commit.
  githubSaysYes('')
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; reason?: string }[]
  const reason = 'the commit this run judged is not known (the workspace is not a git checkout): its deployments and reviews cannot be looked up'
  expect(criteria.filter((c) => !c.met).map((c) => [c.name, c.reason])).toEqual([
    ['staging soak ≥ 7 days', reason],
    ['security review', reason]
  ])
  expect(api.requests.filter((r) => /deployments|pulls/.test(r.path))).toEqual([])
})

test("a tree staging's deploy rewrote is what production ships too: the caveat is on production's criteria as well", async () => {
  // Staging's deploy script stamps a source file before it ships; production deploys from the same workspace after it.
  const { dir, sha } = await repo(`  staging_deployment: { command: "sed -i s/1/2/ src/c/a.py && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}`)
  githubSaysYes(sha)
  const outcome = await run(dir)
  if (outcome.exitCode !== 0) throw new Error(outcome.log)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(true)
  const caveat = (key: string) =>
    `the ${key} commands changed tracked files of the workspace (src/c/a.py): what was deployed from it was not judged by the gates, which judged the commit's tree — review the change the deploy makes`
  expect(outcome.report.stage_results.staging_deployment!.quality_gates.staging_deployment_criteria.warnings).toContain(caveat('staging_deployment'))
  // Production's own commands changed nothing, but what it deployed is the rewritten tree: not a clean ✓.
  expect(outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.warnings).toContain(
    "the workspace production_deployment deployed from is not the commit's tree (src/c/a.py, changed by an earlier deployment stage's commands): what was deployed was not judged by the gates — review the change the deploy makes"
  )
})

test('a benchmark command that writes no report: the one left over from an earlier run is not read', async () => {
  const stages = `  staging_deployment: { command: "${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}`.replace(
    'performance: { report: measured/bench.json,',
    'performance: { command: "echo load test skipped", report: measured/bench.json,'
  )
  const { dir, sha } = await repo(stages)
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  expect(outcome.exitCode).toBe(1)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; reason?: string }[]
  expect(criteria.filter((c) => !c.met)).toEqual([
    expect.objectContaining({ name: 'performance SLAs', reason: expect.stringContaining('the benchmark command did not rewrite the benchmark report at') })
  ])
})

test('an integration coverage report and a benchmark committed with the code are no measurement: production is not deployed', async () => {
  // The same figures, but as files git tracks: checked in (by whoever wrote the pull request), not measured in this run.
  const committed = PRODUCTION.replace('measured/integration.info', 'fixture/lcov.info').replace('measured/bench.json', 'fixture/bench.json')
  const { dir, sha } = await repo(`  staging_deployment: { command: "touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${committed}`)
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'staging.deployed'))).toBe(true)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  expect(outcome.exitCode).toBe(1)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; reason?: string }[]
  expect(criteria.filter((c) => !c.met)).toEqual([
    expect.objectContaining({ name: 'integration coverage', reason: expect.stringMatching(/integration coverage report .*fixture\/lcov\.info is a file git tracks, unchanged from the commit/) }),
    expect.objectContaining({ name: 'performance SLAs', reason: expect.stringMatching(/benchmark report .*fixture\/bench\.json is a file git tracks, unchanged from the commit/) })
  ])
})

test('an uptime source that covers 6.996 days does not meet a 7-day window, and is not shown as 7', async () => {
  const shortWindow = PRODUCTION.replace('cat fixture/uptime.json', 'cat measured/uptime.json')
  expect(shortWindow).not.toBe(PRODUCTION)
  const { dir, sha } = await repo(`  staging_deployment: { command: "${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${shortWindow}`)
  await writeIn(dir, 'measured/uptime.json', '{ "uptime_percent": 100, "window_days": 6.996 }\n')
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; value: unknown; reason?: string }[]
  expect(criteria.filter((c) => !c.met)).toEqual([
    expect.objectContaining({ name: 'uptime ≥ 99.5% over 7 days', value: '100% over 6.996 days', reason: 'the source covers 6.996 day(s), less than the 7 required' })
  ])
})

test("production's {staging_url} is the URL staging reported, credentials and all, though no surface shows them", async () => {
  const url = 'http://deployer:s3cret-staging-pass@127.0.0.1:1/app?token=staging-token-42'
  const stages = `  staging_deployment: { command: "echo 'environment_url=${url}' > {outputs}", github_deployment: false, ${STAGING_TESTS} }\n${PRODUCTION}`.replace(
    'performance: { report: measured/bench.json,',
    `performance: { command: "test {staging_url} = '${url}' && cp fixture/bench.json {reports}/bench.json", report: "{reports}/bench.json",`
  )
  const { dir, sha } = await repo(stages)
  githubSaysYes(sha)
  const outcome = await run(dir)
  if (outcome.exitCode !== 0) throw new Error(outcome.log)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(true)
  expect(outcome.report.stage_results.staging_deployment!.outputs.environment_url).toBe('http://***@127.0.0.1:1/app?token=***')
  expect(JSON.stringify(outcome.report)).not.toContain('s3cret-staging-pass')
})

test('an environment URL with credentials and a token: used for the health check, shown on no surface', async () => {
  const password = 'hunter2-deploy-pass'
  const token = 'tok3n-abcdef123456'
  const seen: string[] = []
  const server = createServer((req, res) => {
    seen.push(`${req.url} ${req.headers.authorization ?? ''}`)
    const ok = req.headers.authorization === `Basic ${Buffer.from(`deployer:${password}`).toString('base64')}` && req.url === `/app?token=${token}`
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ok' : 'denied' }))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  try {
    // The deploy learns the URL from its own secrets (here a file outside the repository) and reports it.
    const url = `http://deployer:${password}@127.0.0.1:${port}`
    const secrets = join(await mkdtemp(join(tmpdir(), 's2p-deploy-secrets-')), 'outputs.env')
    dirs.push(dirname(secrets))
    await writeFile(secrets, `environment_url=${url}/app?token=${token}\nadmin_url=${url}/admin\n`)
    const { dir } = await repo(`  staging_deployment:
    command: "cp ${secrets} {outputs}"
    health_check: { url: "{environment_url}", json_field: status, expected_value: ok, timeout_seconds: 10 }
    integration_tests:
      command: "test -n {environment_url} && cp fixture/junit.xml {reports}/it.xml && cp fixture/lcov.info {reports}/it.info"
      reports: { junit: "{reports}/it.xml", coverage: "{reports}/it.info" }
    github_deployment: false
`)
    const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
    if (run.code !== 0) throw new Error(run.stdout + run.stderr)
    // The health check reached the service with the credentials and the token.
    expect(seen.some((s) => s.startsWith(`/app?token=${token} Basic `))).toBe(true)
    const report = await readFile(join(dir, 'workflow_report_c.json'), 'utf8')
    const stage = JSON.parse(report).stage_results.staging_deployment
    expect(stage.outputs).toMatchObject({ deployed: true, environment_url: `http://***@127.0.0.1:${port}/app?token=***` })
    expect(stage.outputs.deploy_outputs.admin_url).toBe(`http://***@127.0.0.1:${port}/admin`)
    expect(stage.quality_gates.health_check.details.url).toBe(`http://***@127.0.0.1:${port}/app?token=***`)
    // Everything the run wrote (metrics, context session, brief, command logs), but the deploy's own outputs file
    // and the tools' reports under {reports}, which are theirs.
    const written = (await readdir(join(dir, '.spec-to-production'), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && !e.parentPath.includes('/reports'))
      .map((e) => join(e.parentPath, e.name))
    expect(written.some((f) => f.includes('/metrics/'))).toBe(true)
    const surfaces: [string, string][] = [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
      ['report', report],
      ['dashboard', await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8')],
      ...(await Promise.all(written.map(async (f): Promise<[string, string]> => [f, await readFile(f, 'utf8')])))
    ]
    for (const [name, text] of surfaces) {
      expect([name, text.includes(password), text.includes(token)]).toEqual([name, false, false])
    }
    expect(run.stdout).toContain(`deployed to staging at http://***@127.0.0.1:${port}/app?token=***`)
    expect(reportView(JSON.parse(report)).deployments[0].notes).not.toContain('unverified: no health check or tests ran against it')
  } finally {
    server.close()
  }
})

test('a fragment and a URL written inside an output\'s text: shown without their secrets too', async () => {
  const { dir } = await repo(`  staging_deployment:
    command: "printf '%s\\n' 'environment_url=https://preview.example.com/app#access_token=fragment-secret-1' 'note=see https://deployer:note-pass-22@db.example/x' > {outputs}"
    github_deployment: false
`)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
  if (run.code !== 0) throw new Error(run.stdout + run.stderr)
  const report = await readFile(join(dir, 'workflow_report_c.json'), 'utf8')
  const outputs = JSON.parse(report).stage_results.staging_deployment.outputs
  expect(outputs.environment_url).toBe('https://preview.example.com/app#***')
  expect(outputs.deploy_outputs.note).toBe('see https://***@db.example/x')
  for (const [name, text] of [['stdout', run.stdout], ['report', report], ['dashboard', await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8')]]) {
    expect([name, text.includes('fragment-secret-1'), text.includes('note-pass-22')]).toEqual([name, false, false])
  }
})

test('outputs named as secrets, and user:password@host written without a scheme: shown on no surface', async () => {
  const lines = ['environment_url=https://preview.example.com/app', 'redis=default:redis-pw-77@cache.internal:6379', 'db_password=plain-secret-88', 'apiToken=tok-99-abcdef', 'build=12:30 on main', 'auth_url=https://login.example.com/?client_secret=cs-55-abcdef']
  const { dir } = await repo(`  staging_deployment:
    command: "printf '%s\\n' ${lines.map((l) => `'${l}'`).join(' ')} > {outputs} && echo deploy used plain-secret-88"
    github_deployment: false
`)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
  if (run.code !== 0) throw new Error(run.stdout + run.stderr)
  const report = await readFile(join(dir, 'workflow_report_c.json'), 'utf8')
  const outputs = JSON.parse(report).stage_results.staging_deployment.outputs
  expect(outputs.deploy_outputs).toEqual({
    environment_url: 'https://preview.example.com/app',
    redis: 'default:***@cache.internal:6379',
    db_password: '***',
    apiToken: '***',
    build: '12:30 on main',
    // A URL named like a secret is still shown as a URL, without its query values.
    auth_url: 'https://login.example.com/?client_secret=***'
  })
  const logs = (await readdir(join(dir, '.spec-to-production', 'runs'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.parentPath.endsWith('/logs'))
  expect(logs.length).toBeGreaterThan(0)
  // The command's own output streams live, before its outputs file says what is secret: the console shows what it
  // printed (a limit README states); the command log kept afterwards is masked.
  expect(run.stdout).not.toMatch(/redis-pw-77|tok-99-abcdef|cs-55-abcdef/)
  const surfaces: [string, string][] = [
    ['report', report],
    ['dashboard', await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8')],
    ...(await Promise.all(logs.map(async (e): Promise<[string, string]> => [e.name, await readFile(join(e.parentPath, e.name), 'utf8')])))
  ]
  for (const [name, text] of surfaces) {
    expect([name, ...['redis-pw-77', 'plain-secret-88', 'tok-99-abcdef', 'cs-55-abcdef'].map((s) => text.includes(s))]).toEqual([name, false, false, false, false])
  }
})

test('limits lowered by the configuration are said on every surface, with the key and the file that set them', async () => {
  const { dir } = await repo(
    `  staging_deployment: { command: "true", github_deployment: false }
components:
  c:
    quality_gates: { test_coverage: { staging_threshold: 10 }, linting: { max_issues: 3 } }
`
  )
  await writeIn(dir, '.github/spec-to-production.yml', (await readFile(join(dir, '.github/spec-to-production.yml'), 'utf8')).replace('quality_gates:\n', 'quality_gates:\n  test_pass_rate: { required: 50 }\n'))
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'lower')
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
  if (run.code !== 0) throw new Error(run.stdout + run.stderr)
  // Each named with the line that sets it, so a reviewer goes straight to it.
  const lines = (await readFile(join(dir, '.github/spec-to-production.yml'), 'utf8')).split('\n')
  const line = (text: string) => lines.findIndex((l) => l.includes(text)) + 1
  const passRate = `weakened by configuration: quality_gates.test_pass_rate.required is 50, below the default 100 (set in .github/spec-to-production.yml, line ${line('required: 50')})`
  const coverage = `weakened by configuration: quality_gates.test_coverage.staging_threshold is 10, below the default 70 (set in .github/spec-to-production.yml components.c, line ${line('staging_threshold: 10')})`
  const linting = `weakened by configuration: quality_gates.linting.max_issues is 3, above the default 0 (set in .github/spec-to-production.yml components.c, line ${line('max_issues: 3')})`
  expect([line('required: 50'), line('staging_threshold: 10')].every((n) => n > 1)).toBe(true)
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8'))
  expect(report.stage_results.testing.quality_gates.test_pass_rate.warnings).toContain(passRate)
  expect(report.stage_results.testing.quality_gates.test_coverage.warnings).toContain(coverage)
  expect(report.stage_results.refactoring.quality_gates.linting.warnings).toContain(linting)
  expect(report.stage_results.staging_deployment.quality_gates.staging_deployment_criteria.warnings).toContain(coverage)
  // A passed gate with a lowered bar is not a clean pass: ⚠ on the console, the caveat on the dashboard.
  expect(run.stdout).toContain(`⚠ gate test_coverage`)
  expect(run.stdout).toContain(`⚠ gate linting`)
  const dashboard = await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8')
  for (const w of [passRate, coverage, linting]) expect(dashboard).toContain(w)
  // Limits at their defaults say nothing.
  expect(JSON.stringify(report.stage_results.refactoring.quality_gates.type_checking.warnings)).not.toContain('weakened')
})

test('a deploy that failed on every attempt and a rollback that failed: no surface says deployed or rolled back', async () => {
  const { dir } = await repo(`  staging_deployment:
    command: "echo environment_url=http://127.0.0.1:9 > {outputs}; exit 1"
    rollback_command: "echo rollback broke >&2; exit 3"
    github_deployment: false
error_recovery:
  staging_deployment: { max_retries: 1, base_delay: 0.01, jitter: false }
`)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
  expect(run.code).toBe(1)
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8')) as WorkflowReport
  expect(report.stage_results.staging_deployment!.outputs).toMatchObject({ deployed: false, attempts: 2, rollback: { ran: true, succeeded: false } })
  const surfaces = {
    dashboard: await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8'),
    summary: renderJobSummary(report, {}),
    checkRun: checkRunSummary(report, planAnnotations(reportFindings(report)))
  }
  for (const [name, text] of Object.entries(surfaces)) {
    expect([name, /deployed on attempt|rolled back(?!:)/.test(text.replace(/not rolled back/g, ''))]).toEqual([name, false])
  }
  for (const text of [surfaces.dashboard, surfaces.summary]) {
    expect(text).toContain('not rolled back: the rollback command failed (exit status 3)')
    expect(text).toContain('2 deploy attempts, none succeeded')
  }
  expect(surfaces.checkRun).toContain('2 deploy attempts, none succeeded')
  expect(renderComment(report, null, {})).toContain('**staging**: not deployed · not rolled back: the rollback command failed (exit status 3) · 2 deploy attempts, none succeeded')
})

test('a deploy that exits 0 but writes an outputs file that cannot be read: a failed deploy, rolled back, not a crash', async () => {
  const { dir } = await repo(`  staging_deployment:
    command: "echo 'this is not an output line' > {outputs}"
    rollback_command: "touch rolled-back.deployed"
    github_deployment: false
`)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
  expect(run.code).toBe(1)
  expect(run.stdout + run.stderr).not.toContain('internal error')
  const stage = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8')).stage_results.staging_deployment
  expect(stage.error_type).toBe('report')
  expect(stage.errors[0]).toMatch(/^the deploy to staging exited 0, but what it reported cannot be read: deploy outputs file .*, line 1: expected name=value/)
  expect(stage.outputs).toMatchObject({ deployed: true, rollback: { ran: true, succeeded: true } })
  expect(existsSync(join(dir, 'rolled-back.deployed'))).toBe(true)
  // Whether it named a URL is not known: no surface says it reported none.
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8')) as WorkflowReport
  const surfaces = [await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8'), renderJobSummary(report, {}), checkRunSummary(report, planAnnotations(reportFindings(report)))]
  for (const text of surfaces) {
    expect(text).not.toContain('reported no URL')
    expect(text).toContain('deployed; what the deploy command reported could not be read')
    // No health check ran after the rollback: its command exited 0, and that is all any surface claims.
    expect(text).toContain('rolled back (unverified: no health check ran after it, only its command exited 0)')
  }
})

test('a health check on {environment_url} when the deploy reported none says that, not "not a valid URL: /health"', async () => {
  const { dir } = await repo(`  staging_deployment:
    command: "true"
    health_check: { url: "{environment_url}/health", timeout_seconds: 5 }
    github_deployment: false
`)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
  expect(run.code).toBe(1)
  const gate = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8')).stage_results.staging_deployment.quality_gates.health_check
  expect(gate).toMatchObject({ passed: false, details: { attempts: 0 } })
  expect(gate.errors).toEqual(['stages.staging_deployment.health_check.url uses {environment_url}, but the deploy wrote no environment_url=… line to its {outputs} file'])
})

test('a run cancelled while its deploy command ran: no surface says "not deployed", the state is unknown', async () => {
  const { dir } = await repo(`  staging_deployment:
    command: "touch deploy.started.deployed; sleep 300"
    github_deployment: false
`)
  let sent = false
  let poll: NodeJS.Timeout | undefined
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'], {
    // Once the CLI has printed anything, watch for the deploy command's mark, then stop the run as a job cancel does.
    onStdout: (_text, child) => {
      poll ??= setInterval(() => {
        if (sent || !existsSync(join(dir, 'deploy.started.deployed'))) return
        sent = true
        child.kill('SIGTERM')
      }, 50)
    }
  })
  clearInterval(poll)
  expect(sent).toBe(true)
  expect(run.code).toBe(1)
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8')) as WorkflowReport
  expect(report.stage_results.staging_deployment!.status).toBe('cancelled')
  expect(report.stage_results.staging_deployment!.outputs).toMatchObject({ interrupted: true })
  const surfaces = {
    dashboard: await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8'),
    summary: renderJobSummary(report, {}),
    checkRun: checkRunSummary(report, planAnnotations(reportFindings(report)))
  }
  for (const [name, text] of Object.entries(surfaces)) {
    expect([name, text.includes('not deployed'), text.includes('state unknown: the run was cancelled while the deploy command ran')]).toEqual([name, false, true])
  }
})

test('a deploy killed at its timeout: no surface says "not deployed", the state is unknown, and the rollback is said beside it', async () => {
  const { dir } = await repo(`  staging_deployment:
    command: "touch deploy.started.deployed; sleep 300"
    rollback_command: "true"
    timeout_seconds: 1
    github_deployment: false
`)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
  expect(run.code).toBe(1)
  expect(existsSync(join(dir, 'deploy.started.deployed'))).toBe(true)
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8')) as WorkflowReport
  const stage = report.stage_results.staging_deployment!
  expect(stage.error_type).toBe('timeout')
  expect(stage.outputs).toMatchObject({ deployed: false, killed_at_timeout: true, rollback: { ran: true, succeeded: true } })
  const surfaces = {
    dashboard: await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8'),
    summary: renderJobSummary(report, {}),
    checkRun: checkRunSummary(report, planAnnotations(reportFindings(report)))
  }
  for (const [name, text] of Object.entries(surfaces)) {
    expect([name, text.includes('not deployed'), text.includes('state unknown: the deploy command was killed at its timeout, midway'), text.includes('rolled back')]).toEqual([name, false, true, true])
  }
})

test('a rollback that reports another URL (blue/green): every surface shows the environment there, not at the failed release', async () => {
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const blue = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const green = 'http://127.0.0.1:9'
  try {
    // The new release (green) never answers; the rollback switches back to blue, which does.
    const { dir } = await repo(`  staging_deployment:
    command: "echo environment_url=${green} > {outputs}"
    rollback_command: "echo environment_url=${blue} >> {outputs}"
    health_check: { url: "{environment_url}/health", json_field: status, timeout_seconds: 1 }
    github_deployment: false
`)
    const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'])
    expect(run.code).toBe(1)
    const report = JSON.parse(await readFile(join(dir, 'workflow_report_c.json'), 'utf8')) as WorkflowReport
    const stage = report.stage_results.staging_deployment!
    expect(stage.quality_gates.rollback_health_check.passed).toBe(true)
    expect(stage.outputs).toMatchObject({ environment_url: blue, rollback: { ran: true, succeeded: true, healthy_after: true, environment_url: blue }, deploy_outputs: { environment_url: green } })
    expect(reportView(report).deployments[0]).toMatchObject({ url: blue, rollback: 'rolled back' })
    const dashboard = await readFile(join(dir, 'workflow_dashboard_c.html'), 'utf8')
    expect(dashboard).toContain(`<a href="${blue}">${blue}</a> · rolled back`)
  } finally {
    server.close()
  }
})

test('run locally without a token, production names every criterion it could not check, on the console and in its summary', async () => {
  const { dir } = await repo(`  staging_deployment: { command: "touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }
${PRODUCTION}`)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'production'])
  expect(run.code).toBe(1)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  // The soak and the security review need GitHub: both are unmet, and both are said, not only the first.
  const gateLine = run.stdout.split('\n').find((l) => l.includes('✗ gate production_deployment_criteria'))
  expect(gateLine).toMatch(/criterion not met: staging soak ≥ 7 days .*; also not met: security review$/)
  expect(run.stdout).toContain('  ✗ production_deployment.production_deployment_criteria: criterion not met: staging soak ≥ 7 days')
  expect(run.stdout).toContain('  ✗ production_deployment.production_deployment_criteria: criterion not met: security review (no value, needs approval or label; from GitHub pull request reviews): not running in GitHub with a token')
})

test('a load test or monitor of {staging_url} when staging reported no URL measures nothing of staging: the criteria are unmet', async () => {
  // The load test would fall back to some default (localhost) with an empty URL, and its figures meet the SLAs.
  const production = PRODUCTION.replace(
    'performance: { report: measured/bench.json, format: generic, slas: { p95_latency_ms: { max: 300 } } }',
    'performance: { command: "cp fixture/bench.json {reports}/bench.json; echo load test of {staging_url}", report: "{reports}/bench.json", format: generic, slas: { p95_latency_ms: { max: 300 } } }'
  ).replace('command: "cat fixture/uptime.json"', 'command: "cat fixture/uptime.json; : monitor of {staging_url}"')
  expect(production).toContain('load test of {staging_url}')
  expect(production).toContain('monitor of {staging_url}')
  const { dir, sha } = await repo(`  staging_deployment: { command: "touch staging.deployed", github_deployment: false, ${STAGING_TESTS} }\n${production}`)
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(outcome.exitCode).toBe(1)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; reason?: string }[]
  expect(criteria.filter((c) => !c.met).map((c) => [c.name, c.reason])).toEqual([
    // Its integration tests were given no URL either: they did not check the staging deployment.
    ['staging deployment in this run', expect.stringContaining('the integration tests ran with ENVIRONMENT_URL empty')],
    ['performance SLAs', "stages.production_deployment.criteria.performance.command uses {staging_url}, but this run's staging deployment reported no environment_url (a line environment_url=… in its {outputs} file): it would not measure staging"],
    ['uptime ≥ 99.5%', "stages.production_deployment.criteria.uptime.command uses {staging_url}, but this run's staging deployment reported no environment_url (a line environment_url=… in its {outputs} file): it would not measure staging"]
  ])
})

test("a production criterion's {environment_url} is always empty (production has not deployed yet): the criterion is unmet", async () => {
  const production = PRODUCTION.replace('command: "cat fixture/uptime.json"', 'command: "cat fixture/uptime.json; : monitor of {environment_url}"')
  const { dir, sha } = await repo(`  staging_deployment: { command: "touch staging.deployed && ${REPORTS_URL}", github_deployment: false, ${STAGING_TESTS} }\n${production}`)
  githubSaysYes(sha)
  const outcome = await run(dir)
  expect(outcome.exitCode).toBe(1)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  const criteria = outcome.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria.details.criteria as { name: string; met: boolean; reason?: string }[]
  expect(criteria.filter((c) => !c.met).map((c) => [c.name, c.reason])).toEqual([
    ['uptime ≥ 99.5%', 'stages.production_deployment.criteria.uptime.command uses {environment_url}, which is empty while the production criteria are checked (before production deploys): it would measure nothing deployed. Use {staging_url}']
  ])
})
