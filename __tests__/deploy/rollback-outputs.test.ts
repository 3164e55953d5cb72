/**
 * What a rollback reports is the rollback's own: the `{outputs}` file starts empty for it, as it does for each deploy
 * attempt. A deploy that wrote the new release's URL (a green slot) and then failed to switch traffic left that URL in
 * the file; a rollback that wrote nothing was "checked" there — the failed release answering healthy — and every
 * surface said "rolled back", the environment at the failed release's URL. Real deploy commands in a committed
 * repository, a real HTTP service on 127.0.0.1.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPipeline } from '../../src/engine/pipeline.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { renderJobSummary } from '../../src/action/summary.js'
import { renderComment } from '../../src/github/comment.js'
import { reportView } from '../../src/view/report-view.js'
import { git, writeIn } from '../helpers/workspace.js'
import { json, startServer, type TestServer } from './server.js'
import { FIXTURE_GATES_CONFIG } from '../helpers/fixture-gates.js'

jest.setTimeout(60_000)

const dirs: string[] = []
/** The new release, up on its own slot: healthy, though traffic was never switched to it. */
let green: TestServer
/** The previous release, on the slot a blue/green rollback reports. */
let blue: TestServer
/** A release that answers, but is down. */
let down: TestServer
beforeAll(async () => {
  green = await startServer((_req, res) => json(res, 200, { status: 'ok', slot: 'green' }))
  blue = await startServer((_req, res) => json(res, 200, { status: 'ok', slot: 'blue' }))
  down = await startServer((_req, res) => json(res, 200, { status: 'down' }))
})
afterAll(async () => {
  await Promise.all([green.close(), blue.close(), down.close()])
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

async function repo(staging: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-rollback-outputs-'))
  dirs.push(dir)
  await writeIn(dir, 'src/c/a.py', 'x = 1\n')
  await writeIn(dir, 'spec.md', '---\ncomponent: c\n---\n# C\n\n## Overview\n\nc\n\n## Requirements\n\n- REQ-1: c\n\n## Acceptance Criteria\n\n- c\n')
  await writeIn(dir, 'fixture/junit.xml', '<?xml version="1.0"?>\n<testsuites><testsuite name="s" tests="1" failures="0" errors="0" skipped="0"><testcase classname="t" name="a" time="0.1"/></testsuite></testsuites>\n')
  await writeIn(dir, 'fixture/lcov.info', 'TN:\nSF:src/c/a.py\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
  await writeIn(dir, 'fixture/eslint.json', '[{"filePath": "src/c/a.py", "messages": [], "errorCount": 0, "warningCount": 0}]\n')
  await writeIn(dir, 'fixture/tsc.txt', '')
  await writeIn(dir, 'fixture/secretlint.json', '[{"filePath": "src/c/a.py", "messages": []}]\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n')
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    `${FIXTURE_GATES_CONFIG}  staging_deployment:
${staging}    github_deployment: false
    health_check: { url: "{environment_url}/health", json_field: status, expected_value: ok, timeout_seconds: 1, interval_seconds: 0.2 }
error_recovery:
  staging_deployment: { max_retries: 0 }
`
  )
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
  return dir
}

async function run(dir: string) {
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const outcome = await runPipeline({ host, specFile: 'spec.md', component: 'c', target: 'staging' })
  return { ...outcome, log: lines.join('\n') }
}

test("a rollback that reports nothing is not checked at the URL the failed deploy wrote, nor is the environment shown there", async () => {
  const dir = await repo(`    command: "echo environment_url=${green.url} > {outputs}; echo switching traffic failed >&2; exit 1"
    rollback_command: "echo nothing to roll back to"
`)
  const seen = green.times.length
  const outcome = await run(dir)
  expect(outcome.exitCode).toBe(1)
  const stage = outcome.report.stage_results.staging_deployment!
  expect(stage.outputs.deployed).toBe(false)
  // The failed release's slot was never polled after the rollback, and nothing says the environment is there.
  expect(green.times.length).toBe(seen)
  expect(stage.quality_gates.rollback_health_check).toBeUndefined()
  expect(stage.outputs.environment_url ?? null).toBeNull()
  expect(stage.outputs.rollback).toMatchObject({ ran: true, succeeded: true })
  expect(stage.outputs.rollback).not.toHaveProperty('environment_url')
  expect(stage.outputs.rollback).not.toHaveProperty('healthy_after')
  // Unverified, saying why, on every surface: never a plain "rolled back".
  const said = 'rolled back (unverified: neither the deploy nor the rollback reported an environment_url, so the health check at {environment_url} had no URL to poll; only the rollback command exited 0)'
  expect(reportView(outcome.report).deployments[0].rollback).toBe(said)
  expect(renderJobSummary(outcome.report, {})).toContain(said)
  expect(renderComment(outcome.report, null, {})).toContain('rolled back (unverified: neither the deploy nor the rollback reported an environment\\_url')
  expect(outcome.log).not.toContain(green.url)
  expect(outcome.log).not.toMatch(/rollback done|still unhealthy/)
})

test('a rollback that reports its own URL (blue/green) is checked there, and the environment is shown there', async () => {
  const dir = await repo(`    command: "echo environment_url=${green.url} > {outputs}; exit 1"
    rollback_command: "echo environment_url=${blue.url} > {outputs}"
`)
  const outcome = await run(dir)
  const stage = outcome.report.stage_results.staging_deployment!
  expect(stage.outputs.rollback).toMatchObject({ ran: true, succeeded: true, environment_url: blue.url, healthy_after: true })
  expect(stage.outputs.environment_url).toBe(blue.url)
  expect(stage.quality_gates.rollback_health_check).toMatchObject({ passed: true, details: { url: `${blue.url}/health` } })
  expect(reportView(outcome.report).deployments[0].rollback).toBe('rolled back')
})

test('after a deploy that reported its URL and was found unhealthy, a rollback that reports nothing is checked at that URL', async () => {
  const dir = await repo(`    command: "echo environment_url=${down.url} > {outputs}"
    rollback_command: "echo rolled back in place"
`)
  const outcome = await run(dir)
  const stage = outcome.report.stage_results.staging_deployment!
  expect(stage.outputs.deployed).toBe(true)
  expect(stage.outputs.rollback).toMatchObject({ ran: true, succeeded: true, healthy_after: false })
  expect(stage.outputs.rollback).not.toHaveProperty('environment_url')
  expect(stage.quality_gates.rollback_health_check).toMatchObject({ passed: false, details: { url: `${down.url}/health` } })
  expect(reportView(outcome.report).deployments[0].rollback).toBe('rolled back, but still unhealthy')
})

test('a rollback after failed integration tests, checked by the health check the failed release passed too, is not shown as verified', async () => {
  // The suite ran against the deployment and a test failed (its JUnit report, as the runner writes it).
  const failing = '<?xml version="1.0"?><testsuites><testsuite name="it" tests="1" failures="1" errors="0"><testcase classname="it" name="greets"><failure message="500"/></testcase></testsuite></testsuites>\n'
  const tests = '    integration_tests: { command: "cp it-failing.xml {reports}/it.xml && cp fixture/lcov.info {reports}/it.info", reports: { junit: "{reports}/it.xml", coverage: "{reports}/it.info" } }\n'
  const withTests = async (staging: string) => {
    const dir = await repo(staging + tests)
    await writeFile(join(dir, 'it-failing.xml'), failing)
    return dir
  }
  // The rollback does nothing: the release whose tests failed is still the one answering, healthy.
  const noop = await run(await withTests(`    command: "echo environment_url=${green.url} > {outputs}"\n    rollback_command: "true"\n`))
  if (!noop.report.stage_results.staging_deployment) throw new Error(noop.log)
  const stage = noop.report.stage_results.staging_deployment!
  expect(stage.quality_gates.health_check.passed).toBe(true)
  expect(stage.quality_gates.integration_test_pass_rate.passed).toBe(false)
  expect(stage.quality_gates.rollback_health_check.passed).toBe(true)
  expect(stage.outputs.rollback).toMatchObject({ ran: true, succeeded: true, healthy_after: true })
  const said =
    'rolled back (unverified: the health check passed on the failed release too, so its passing after the rollback does not show that anything was rolled back; only the rollback command exited 0)'
  expect(reportView(noop.report).deployments[0].rollback).toBe(said)
  expect(renderJobSummary(noop.report, {})).toContain(said)
  expect(noop.log).not.toContain('rollback done')

  // A rollback that moved the environment to another URL (blue/green), healthy there: that the check tells.
  const moved = await run(await withTests(`    command: "echo environment_url=${green.url} > {outputs}"\n    rollback_command: "echo environment_url=${blue.url} > {outputs}"\n`))
  expect(reportView(moved.report).deployments[0].rollback).toBe('rolled back')
})
