/**
 * Deploy retries that mean something, and the environment's circuit breaker across runs: real CLI processes on real
 * git repositories, deploy scripts that count their own runs in a file.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fastRepo, realReports } from '../helpers/fast-repo.js'
import { editConfig, EXAMPLE_ARGS, readReport, removeDir, runCli } from '../helpers/workspace.js'

jest.setTimeout(240_000)

const repos: string[] = []
let reports: string

beforeAll(async () => {
  reports = await realReports()
  repos.push(reports)
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

/** A deploy that counts its runs in deploy.count, then exits with `exit`. */
const countingDeploy = (exit: string) => `"n=$(cat deploy.count 2>/dev/null || echo 0); echo $((n+1)) > deploy.count; ${exit}"`

async function repo(staging: string, recovery: string): Promise<string> {
  const dir = await fastRepo(reports, `  staging_deployment:\n${staging}    github_deployment: false\n${recovery}`)
  repos.push(dir)
  return dir
}

const deploys = async (dir: string) => (existsSync(join(dir, 'deploy.count')) ? Number(await readFile(join(dir, 'deploy.count'), 'utf8')) : 0)
const fastRetries = 'error_recovery:\n  staging_deployment: { max_retries: 3, base_delay: 0.05, exponential_base: 1, max_delay: 0.05, jitter: false }\n'

async function staging(dir: string) {
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  const report = await readReport(dir)
  return { run, stage: report.stage_results.staging_deployment }
}

test('a deploy that exits 2 (a syntax error) is tried once', async () => {
  const dir = await repo(`    command: ${countingDeploy("echo 'deploy.sh: line 3: syntax error near unexpected token' >&2; exit 2")}\n`, fastRetries)
  const { run, stage } = await staging(dir)
  expect(run.code).toBe(1)
  expect(await deploys(dir)).toBe(1)
  expect(stage.retries).toBe(0)
  expect(stage.errors[0]).toMatch(/exit status 2; not retried: exit status 2 \(a usage or syntax error\)/)
  // A script error says nothing about the environment: the breaker did not count it.
  expect(stage.outputs.circuit_breaker).toMatchObject({ environment: 'staging', state: 'closed', failures: 0 })
})

test('a deploy that exits 1 is retried as error_recovery says, and not when no_retry_on_exit_codes lists 1', async () => {
  const dir = await repo(`    command: ${countingDeploy('exit 1')}\n`, fastRetries)
  const first = await staging(dir)
  expect(first.run.code).toBe(1)
  expect(await deploys(dir)).toBe(4)
  expect(first.stage.retries).toBe(3)
  expect(first.stage.outputs.circuit_breaker).toMatchObject({ state: 'closed', failures: 4 })

  await editConfig(dir, (t) => t.replace('    github_deployment: false\n', '    github_deployment: false\n    no_retry_on_exit_codes: [1]\n'))
  const second = await staging(dir)
  expect(second.run.code).toBe(1)
  expect(await deploys(dir)).toBe(5)
  expect(second.stage.retries).toBe(0)
  expect(second.stage.errors[0]).toMatch(/not retried: exit status 1 is listed in no_retry_on_exit_codes/)
})

test('retry_on_exit_codes retries only what it lists', async () => {
  const dir = await repo(`    command: ${countingDeploy('exit 3')}\n    retry_on_exit_codes: [75]\n`, fastRetries)
  const { stage } = await staging(dir)
  expect(await deploys(dir)).toBe(1)
  expect(stage.errors[0]).toMatch(/exit status 3 is not listed in retry_on_exit_codes/)
})

test('the breaker opens after the failure that reaches the threshold, and no backoff is waited into it', async () => {
  // 5 s between tries: had the run waited into the open breaker, it would take 10 s more.
  const dir = await repo(
    `    command: ${countingDeploy('exit 1')}\n`,
    'error_recovery:\n  staging_deployment: { max_retries: 5, base_delay: 5, exponential_base: 1, max_delay: 5, jitter: false }\n  circuit_breaker: { failure_threshold: 2, recovery_timeout: 600 }\n'
  )
  const started = Date.now()
  const { stage } = await staging(dir)
  expect(await deploys(dir)).toBe(2)
  expect(stage.errors[0]).toMatch(/exit status 1; not retried: the circuit breaker of environment staging is open since/)
  expect(stage.outputs.circuit_breaker).toMatchObject({ state: 'open', failures: 2 })
  // One backoff (5 s) was waited, not a second one into the open circuit.
  expect(Date.now() - started).toBeLessThan(5_000 + 9_000)
})

test('three failed runs open the environment breaker; the next run fails fast; after recovery_timeout one trial runs and its success closes it', async () => {
  const recovery = 8
  const dir = await repo(
    // Fails while the file `broken` exists.
    `    command: ${countingDeploy('[ ! -e broken ]')}\n    rollback_command: "echo rolled back >> rollback.log"\n`,
    `error_recovery:\n  staging_deployment: { max_retries: 0, base_delay: 0.01, exponential_base: 1, max_delay: 0.01, jitter: false }\n  circuit_breaker: { failure_threshold: 3, recovery_timeout: ${recovery}, half_open_max_calls: 1 }\n`
  )
  await writeFile(join(dir, 'broken'), '')

  for (let n = 1; n <= 3; n++) {
    const { run, stage } = await staging(dir)
    expect(run.code).toBe(1)
    expect(await deploys(dir)).toBe(n)
    expect(stage.outputs.circuit_breaker).toMatchObject({ environment: 'staging', failures: n, state: n < 3 ? 'closed' : 'open' })
  }
  const opened = (await readReport(dir)).stage_results.staging_deployment.outputs.circuit_breaker
  expect(Date.parse(opened.half_open_at) - Date.parse(opened.opened_at)).toBe(recovery * 1000)

  // Within recovery_timeout: refused without running the deploy script, and saying until when.
  const fourth = await staging(dir)
  expect(fourth.run.code).toBe(1)
  expect(await deploys(dir)).toBe(3)
  expect(fourth.stage.errors[0]).toContain(`deploy to staging not attempted: the circuit breaker of environment staging is open since ${opened.opened_at} after 3 consecutive failure(s)`)
  expect(fourth.stage.errors[0]).toContain(`it lets one trial through from ${opened.half_open_at}`)
  expect(fourth.stage.error_type).toBe('circuit_open')
  expect(fourth.stage.outputs).toMatchObject({ deployed: false, attempts: 0, circuit_breaker: { state: 'open', failures: 3 } })
  // Nothing was deployed, so nothing was rolled back.
  expect((await readFile(join(dir, 'rollback.log'), 'utf8')).trim().split('\n')).toHaveLength(3)
  expect(Date.now()).toBeLessThan(Date.parse(opened.half_open_at))

  // After recovery_timeout: half-open, one trial deploy; it passes (the environment is fixed) and closes the circuit.
  await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(opened.half_open_at) - Date.now() + 200)))
  await rm(join(dir, 'broken'))
  const fifth = await staging(dir)
  expect(fifth.run.code).toBe(0)
  expect(await deploys(dir)).toBe(4)
  expect(fifth.stage.outputs).toMatchObject({ deployed: true, attempts: 1, circuit_breaker: { state: 'closed', failures: 0, opened_at: null } })
})

test('a failing half-open trial opens the circuit again for another recovery_timeout', async () => {
  const dir = await repo(
    `    command: ${countingDeploy('exit 1')}\n`,
    'error_recovery:\n  staging_deployment: { max_retries: 3, base_delay: 0.01, exponential_base: 1, max_delay: 0.01, jitter: false }\n  circuit_breaker: { failure_threshold: 1, recovery_timeout: 3 }\n'
  )
  const first = await staging(dir)
  expect(await deploys(dir)).toBe(1)
  const openedAt = Date.parse(first.stage.outputs.circuit_breaker.opened_at)
  await new Promise((r) => setTimeout(r, Math.max(0, openedAt + 3_200 - Date.now())))
  const trial = await staging(dir)
  // One trial, not max_retries + 1 attempts.
  expect(await deploys(dir)).toBe(2)
  expect(trial.stage.outputs.circuit_breaker.state).toBe('open')
  expect(Date.parse(trial.stage.outputs.circuit_breaker.opened_at)).toBeGreaterThan(openedAt)
})

test("a retried deploy is checked at the URL its successful attempt reported, not at the one a failed attempt wrote", async () => {
  // A healthy service: what a failed first attempt names as its environment_url before it exits 1.
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    // Attempt 1 writes the URL and fails; attempt 2 exits 0 and reports no URL.
    const deploy = `sh -c 'n=$(cat deploy.count 2>/dev/null || echo 0); echo $((n+1)) > deploy.count; if [ $n = 0 ]; then echo environment_url=${url} >> "$1"; exit 1; fi' sh {outputs}`
    const dir = await repo(
      `    command: ${deploy}\n    health_check: { url: "{environment_url}/health", json_field: status, timeout_seconds: 2 }\n`,
      fastRetries
    )
    const { run, stage } = await staging(dir)
    expect(await deploys(dir)).toBe(2)
    expect(stage.outputs.attempts).toBe(2)
    expect(run.code).toBe(1)
    expect(stage.outputs.environment_url).toBeNull()
    expect(stage.quality_gates.health_check.passed).toBe(false)
    expect(stage.quality_gates.health_check.errors[0]).toMatch(/uses \{environment_url\}, but the deploy wrote no environment_url=/)
    expect(run.stdout).not.toContain(`deployed to staging at ${url}`)
  } finally {
    server.close()
  }
})

test('integration tests run after a deploy that reported no URL pass with a caveat: what they reached is not known', async () => {
  // The deploy writes nothing to {outputs}: the tests get ENVIRONMENT_URL empty, and pass against whatever they fall back to.
  const dir = await repo(
    '    command: "true"\n    integration_tests:\n      command: "mkdir -p {reports}/it && cp fixture/junit.xml {reports}/it/junit.xml && cp fixture/coverage/lcov.info {reports}/it/lcov.info"\n      reports: { junit: "{reports}/it/junit.xml", coverage: "{reports}/it/lcov.info" }\n',
    ''
  )
  const { run, stage } = await staging(dir)
  expect(run.code).toBe(0)
  const gate = stage.quality_gates.integration_test_pass_rate
  expect(gate.passed).toBe(true)
  expect(gate.warnings).toContainEqual(
    'the deploy to staging reported no environment_url (a line environment_url=… in its {outputs} file), so the integration tests ran with ENVIRONMENT_URL empty: that they tested the deployment is not checked'
  )
  // Every surface's headline says the pass is not a clean one.
  expect(run.stdout).toMatch(/Success: ✓ YES \(⚠ not everything measured: [^)]*integration_test_pass_rate/)
})

test('quality_gates.test_pass_rate.flaky: fail holds the integration tests too: one that passed only on a rerun fails them', async () => {
  const suite = (failure: string) =>
    `<testsuites><testsuite name="it" tests="1" failures="${failure ? 1 : 0}"><testcase classname="it" name="answers">${failure}</testcase></testsuite></testsuites>\n`
  // The first run of the suite fails the test, the rerun passes it: flaky.
  const command = `sh -c 'n=$(cat it.count 2>/dev/null || echo 0); echo $((n+1)) > it.count; mkdir -p "$1"; cp fixture/coverage/lcov.info "$1/lcov.info"; if [ $n = 0 ]; then cp it-fail.xml "$1/junit.xml"; exit 1; fi; cp it-pass.xml "$1/junit.xml"' sh {reports}/it`
  const dir = await repo(
    `    command: "true"\n    integration_tests:\n      command: ${command}\n      reports: { junit: "{reports}/it/junit.xml", coverage: "{reports}/it/lcov.info" }\n`,
    'error_recovery:\n  testing: { max_retries: 2, base_delay: 0.01, exponential_base: 1, max_delay: 0.01, jitter: false }\n'
  )
  await writeFile(join(dir, 'it-fail.xml'), suite('<failure message="connection reset"/>'))
  await writeFile(join(dir, 'it-pass.xml'), suite(''))
  await editConfig(dir, (t) => t.replace('test_pass_rate: { required: 100 }', 'test_pass_rate: { required: 100, flaky: fail }'))
  const { run, stage } = await staging(dir)
  expect(Number(await readFile(join(dir, 'it.count'), 'utf8'))).toBe(2)
  const gate = stage.quality_gates.integration_test_pass_rate
  expect(gate.details).toMatchObject({ flaky_count: 1, flaky_policy: 'fail' })
  expect(gate.passed).toBe(false)
  expect(run.code).toBe(1)
})

test('integration tests that write one JUnit file per shard are read by a glob: every shard counted, the files named', async () => {
  const shard = (n: number, failure: string) =>
    `<testsuite name="shard${n}" tests="1"><testcase classname="it.shard${n}" name="answers">${failure}</testcase></testsuite>`
  const command = `"mkdir -p {reports}/it && cp fixture/coverage/lcov.info {reports}/it/lcov.info && cp it-1.xml {reports}/it/shard-1.xml && cp it-2.xml {reports}/it/shard-2.xml"`
  const dir = await repo(
    `    command: "true"\n    integration_tests:\n      command: ${command}\n      reports: { junit: "{reports}/it/shard-*.xml", coverage: "{reports}/it/lcov.info" }\n`,
    ''
  )
  await writeFile(join(dir, 'it-1.xml'), shard(1, ''))
  await writeFile(join(dir, 'it-2.xml'), shard(2, '<failure message="503 from /health"/>'))
  const { run, stage } = await staging(dir)
  const gate = stage.quality_gates.integration_test_pass_rate
  // The second shard's failure fails the gate: a file of a glob is never left out because it failed.
  expect(gate.passed).toBe(false)
  expect(gate.details).toMatchObject({ total: 2, passed: 1, failed: 1, junit_files: { count: 2, stale_count: 0, duplicate_ids: 0 } })
  expect(gate.details.junit_files.glob).toMatch(/^\.spec-to-production\/.*\/it\/shard-\*\.xml$/)
  expect(gate.details.junit_files.files).toHaveLength(2)
  expect(run.stdout).toMatch(/✗ gate integration_test_pass_rate \(\d+ ms\): 50% < 100% \(1 of 2 executed tests, from 2 JUnit files \(glob \.spec-to-production\/\S+\/it\/shard-\*\.xml\)\)/)
  expect(run.code).toBe(1)
})
