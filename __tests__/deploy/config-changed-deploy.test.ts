/**
 * A pull request runs the deployment stages with its own configuration file too: one that drops the health check's
 * `json_field` (a `/health` answering 200 `{"status": "down"}` is then healthy) deployed to staging, and the health
 * check was shown as a clean ✓ while the test gates said the configuration had changed. Every gate of a deployment
 * stage is governed by that file, and says so. A real git repository with a base and a change, real deploy commands,
 * a real HTTP service on 127.0.0.1.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPipeline } from '../../src/engine/pipeline.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { renderJobSummary } from '../../src/action/summary.js'
import { git, writeIn } from '../helpers/workspace.js'
import { json, startServer, type TestServer } from './server.js'
import { FIXTURE_GATES_CONFIG } from '../helpers/fixture-gates.js'

jest.setTimeout(60_000)

const dirs: string[] = []
let service: TestServer
let spa: TestServer
beforeAll(async () => {
  // Up, in its status code; down, in what it says.
  service = await startServer((_req, res) => json(res, 200, { status: 'down' }))
  // A single-page app's host: index.html, 200, for any path (/health included), whatever runs behind it.
  spa = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<!doctype html><html><body><div id="root"></div></body></html>')
  })
})
afterAll(async () => {
  await service.close()
  await spa.close()
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

const CONFIG = '.github/spec-to-production.yml'

/** A committed repository whose gates read clean hand-written reports; staging checks its health at `health`. */
async function repo(health: string, url = service.url): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-deploy-config-'))
  dirs.push(dir)
  await writeIn(dir, 'src/c/a.py', 'x = 1\n')
  await writeIn(dir, 'spec.md', '---\ncomponent: c\n---\n# C\n\n## Overview\n\nc\n\n## Requirements\n\n- REQ-1: c\n\n## Acceptance Criteria\n\n- c\n')
  await writeIn(dir, 'fixture/junit.xml', '<?xml version="1.0"?>\n<testsuites><testsuite name="s" tests="1" failures="0" errors="0" skipped="0"><testcase classname="t" name="a" time="0.1"/></testsuite></testsuites>\n')
  await writeIn(dir, 'fixture/lcov.info', 'TN:\nSF:src/c/a.py\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
  await writeIn(dir, 'fixture/eslint.json', '[{"filePath": "src/c/a.py", "messages": [], "errorCount": 0, "warningCount": 0}]\n')
  await writeIn(dir, 'fixture/tsc.txt', '')
  await writeIn(dir, 'fixture/secretlint.json', '[{"filePath": "src/c/a.py", "messages": []}]\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n')
  await writeIn(dir, CONFIG, config(health, url))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
  return dir
}

function config(health: string, url = service.url): string {
  return `${FIXTURE_GATES_CONFIG}  staging_deployment:
    command: "echo environment_url=${url} > {outputs}"
    github_deployment: false
    health_check: { url: "{environment_url}/health"${health}, timeout_seconds: 1, interval_seconds: 0.2 }
`
}

async function run(dir: string) {
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const outcome = await runPipeline({ host, specFile: 'spec.md', component: 'c', target: 'staging', changeBase: 'main' })
  return { ...outcome, log: lines.join('\n') }
}

test("a change to the configuration file that loosens the health check is named on the health check's gate", async () => {
  const dir = await repo(', json_field: status, expected_value: ok')
  // The base's configuration: the service says it is down, and staging fails.
  const base = await run(dir)
  expect(base.exitCode).toBe(1)
  expect(base.report.stage_results.staging_deployment!.quality_gates.health_check.passed).toBe(false)

  // The change drops json_field: any 200 is healthy now.
  git(dir, 'checkout', '-qb', 'change')
  await writeIn(dir, CONFIG, config(''))
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'health: any 200')
  const change = await run(dir)
  expect(change.exitCode).toBe(0)
  const stage = change.report.stage_results.staging_deployment!
  const caveat = `configuration changed by this change (against main): ${CONFIG} — the gate judged the change by the configuration as the change has it; review what it loosens`
  expect(stage.quality_gates.health_check).toMatchObject({ passed: true })
  expect(stage.quality_gates.health_check.warnings).toContain(caveat)
  expect(stage.quality_gates.staging_deployment_criteria.warnings).toContain(caveat)
  expect(change.log).toMatch(/⚠ gate health_check \(\d+ ms\): healthy: status 200 \(expected 200\) after 1 attempt — configuration changed by this change \(against main\): \.github\/spec-to-production\.yml/)
  // The job summary's row of the health check is a caveat, not a clean pass.
  const summary = renderJobSummary(change.report, {})
  expect(summary).toContain('⚠ not everything measured: test_pass_rate, test_coverage, linting, type_checking, security, staging_deployment_criteria, health_check')
  expect(summary).toMatch(/<td>staging_deployment\.health_check<\/td><td>⚠️<\/td><td>healthy: status 200 \(expected 200\) after 1 attempt<\/td><td>⚠️ configuration changed by this change \(against main\): \.github\/spec-to-production\.yml — /)

  // A change that leaves the configuration file alone: the deployment's gates carry no such caveat.
  git(dir, 'checkout', '-qb', 'code', 'main')
  await writeIn(dir, 'src/c/a.py', 'x = 2\n')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'code')
  const code = await run(dir)
  expect(JSON.stringify(code.report.stage_results.staging_deployment?.quality_gates ?? {})).not.toContain('configuration changed')
})

test("a health check answered 200 with a web page, on its status alone, is a caveat on the gate: an app's fallback page answers any path", async () => {
  const dir = await repo('', spa.url)
  const page = await run(dir)
  expect(page.exitCode).toBe(0)
  const health = page.report.stage_results.staging_deployment!.quality_gates.health_check
  expect(health).toMatchObject({ passed: true, details: { content_type: 'text/html', last_status: 200 } })
  expect(health.warnings).toEqual([
    `${spa.url}/health answered 200 with a web page (text/html): its status was judged, whether the service is healthy was not checked — a single-page app's fallback or a captive portal answers so to any path, whether the service is up or not. Set stages.staging_deployment.health_check.json_field to a field the service's health endpoint answers`
  ])
  expect(page.log).toMatch(/⚠ gate health_check \(\d+ ms\): healthy: status 200 \(expected 200\) after 1 attempt — http:\/\/127\.0\.0\.1:\d+\/health answered 200 with a web page/)
  expect(renderJobSummary(page.report, {})).toMatch(/<td>staging_deployment\.health_check<\/td><td>⚠️<\/td>/)

  // A JSON answer taken on its status alone is as before: no caveat.
  const plain = await run(await repo(''))
  expect(plain.exitCode).toBe(0)
  expect(plain.report.stage_results.staging_deployment!.quality_gates.health_check.warnings).toEqual([])
})

test("a deploy command that rewrites tracked files ships a tree the gates did not judge: a caveat on the stage's criteria, naming them", async () => {
  const dir = await repo(', json_field: status, expected_value: down')
  // The deploy script patches a source file before it ships (the health check is satisfied as configured).
  await writeIn(dir, CONFIG, config(', json_field: status, expected_value: down').replace('command: "echo environment_url=', 'command: "sed -i s/1/2/ src/c/a.py && echo environment_url='))
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'deploy patches the source')
  const patched = await run(dir)
  expect(patched.exitCode).toBe(0)
  const criteria = patched.report.stage_results.staging_deployment!.quality_gates.staging_deployment_criteria
  expect(criteria.warnings).toEqual([
    "the staging_deployment commands changed tracked files of the workspace (src/c/a.py): what was deployed from it was not judged by the gates, which judged the commit's tree — review the change the deploy makes"
  ])
  expect(patched.log).toMatch(/⚠ gate staging_deployment_criteria \(\d+ ms\): 5 of 5 criteria met — the staging_deployment commands changed tracked files of the workspace \(src\/c\/a\.py\)/)
  expect(renderJobSummary(patched.report, {})).toMatch(/<td>staging_deployment\.staging_deployment_criteria<\/td><td>⚠️<\/td>/)

  // A deploy that writes only files git does not track (its outputs, a build directory): no caveat.
  git(dir, 'checkout', '-q', '--', '.')
  git(dir, 'reset', '-q', '--hard', 'HEAD~1')
  const clean = await run(dir)
  expect(clean.exitCode).toBe(0)
  expect(clean.report.stage_results.staging_deployment!.quality_gates.staging_deployment_criteria.warnings).toEqual([])
})

test("a change to the script the integration tests or a production criterion run is a caveat on the gates they serve, naming the file and the command", async () => {
  // The base: integration tests (a script) that find a failing test against the staging deployment.
  const junit = (failures: number) =>
    `<?xml version="1.0"?><testsuites><testsuite name="it" tests="1" failures="${failures}" errors="0" skipped="0"><testcase classname="it" name="greets" time="0.1">${failures ? '<failure message="500"/>' : ''}</testcase></testsuite></testsuites>`
  const script = (failures: number) => `printf '%s' '${junit(failures)}' > "$1/it.xml"\ncp fixture/lcov.info "$1/it.info"\n`
  const dir = await repo(', json_field: status, expected_value: down')
  await writeIn(dir, 'deploy/integration.sh', script(1))
  await writeIn(dir, 'deploy/uptime.sh', 'echo "{\\"uptime_percent\\": 97, \\"window_days\\": 7}"\n')
  await writeIn(
    dir,
    CONFIG,
    `${config(', json_field: status, expected_value: down')}    integration_tests: { command: "sh deploy/integration.sh {reports}", reports: { junit: "{reports}/it.xml", coverage: "{reports}/it.info" } }
  production_deployment:
    command: "true"
    github_deployment: false
    criteria: { uptime: { threshold: 99.5, days: 7, command: "sh deploy/uptime.sh" } }
`
  )
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'integration tests')
  const base = await run(dir)
  expect(base.report.stage_results.staging_deployment!.quality_gates.integration_test_pass_rate.passed).toBe(false)

  // The change: the script prints a canned passing report, and the uptime monitor's script a canned 100%.
  git(dir, 'checkout', '-qb', 'canned')
  await writeIn(dir, 'deploy/integration.sh', script(0))
  await writeIn(dir, 'deploy/uptime.sh', 'echo "{\\"uptime_percent\\": 100, \\"window_days\\": 7}"\n')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'canned')
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const change = await runPipeline({ host, specFile: 'spec.md', component: 'c', target: 'production', changeBase: 'main' })
  const staging = change.report.stage_results.staging_deployment!
  const it = 'configuration changed by this change (against main): deploy/integration.sh (run by stages.staging_deployment.integration_tests.command) — the gate judged the change by the configuration as the change has it; review what it loosens'
  expect(staging.quality_gates.integration_test_pass_rate).toMatchObject({ passed: true })
  expect(staging.quality_gates.integration_test_pass_rate.warnings).toContain(it)
  expect(staging.quality_gates.integration_test_coverage.warnings).toContain(it)
  // Production follows staging's integration tests, and reads the uptime the changed script prints.
  const criteria = change.report.stage_results.production_deployment!.quality_gates.production_deployment_criteria
  expect(criteria.details.criteria).toContainEqual(expect.objectContaining({ name: 'uptime ≥ 99.5% over 7 days', met: true }))
  expect(criteria.warnings).toContain(it)
  expect(criteria.warnings).toContain(
    'configuration changed by this change (against main): deploy/uptime.sh (run by stages.production_deployment.criteria.uptime.command) — the gate judged the change by the configuration as the change has it; review what it loosens'
  )
  expect(lines.join('\n')).toMatch(/⚠ gate integration_test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — configuration changed by this change \(against main\): deploy\/integration\.sh/)
})
