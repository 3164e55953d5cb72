/**
 * Fault injection on the deployment stage, with real processes: a deploy that fails twice then succeeds, one that
 * always fails (the circuit opens), one that hangs (killed with its tree), and a release whose integration tests
 * fail (rolled back with the example's real deploy kit: the `current` link back on the old release, which answers).
 * The testing stage copies a JUnit and lcov report that real jest wrote once for the example (beforeAll), so each
 * run spends its time on what is being tested.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readlinkSync } from 'node:fs'
import { cp, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { editConfig, EXAMPLE_ARGS, exampleRepo, git, readReport, removeDir, runCli } from '../helpers/workspace.js'

jest.setTimeout(240_000)

const repos: string[] = []
let fixture: string

beforeAll(async () => {
  fixture = await exampleRepo()
  repos.push(fixture)
  execFileSync(
    'bash',
    // jest resolves --coverageDirectory against its config's rootDir: absolute paths.
    ['-c', `JEST_JUNIT_OUTPUT_FILE=${fixture}/fixture/junit.xml NODE_OPTIONS=--experimental-vm-modules npx jest --config examples/greeter/jest.config.js --ci --reporters=jest-junit --coverage --coverageReporters=lcov --coverageDirectory=${fixture}/fixture/coverage`],
    { cwd: fixture, stdio: 'ignore' }
  )
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** A copy of the example whose testing stage reuses the real jest reports, and whose staging stage is `staging`. */
async function repoWith(staging: string, recovery = ''): Promise<string> {
  const dir = await exampleRepo()
  repos.push(dir)
  await cp(join(fixture, 'fixture'), join(dir, 'fixture'), { recursive: true })
  await editConfig(dir, (t) => {
    const head = t.slice(0, t.indexOf('  # A real deployment'))
    return (
      head
        .replace(/^ {4}command: JEST_JUNIT_OUTPUT_FILE.*$/m, '    command: "cp fixture/junit.xml {reports}/junit.xml && cp fixture/coverage/lcov.info {reports}/lcov.info"')
        .replace('coverage: "{reports}/coverage/lcov.info"', 'coverage: "{reports}/lcov.info"') +
      staging +
      recovery
    )
  })
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'fixture')
  return dir
}

test('a deploy that fails twice then succeeds: 2 retries, growing delays, deployed', async () => {
  const dir = await repoWith(
    `  staging_deployment:\n    command: "n=$(cat deploy.count 2>/dev/null || echo 0); echo $((n+1)) > deploy.count; [ $n -ge 2 ]"\n    github_deployment: false\n`,
    'error_recovery:\n  staging_deployment: { max_retries: 5, base_delay: 0.2, exponential_base: 2, max_delay: 5, jitter: false }\n'
  )
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  if (run.code !== 0) throw new Error(run.stdout.slice(-3000) + run.stderr.slice(-2000))
  const stage = (await readReport(dir)).stage_results.staging_deployment
  expect(stage).toMatchObject({ success: true, retries: 2, outputs: { deployed: true, attempts: 3 } })
  expect(stage.commands.map((c: { exit_code: number }) => c.exit_code)).toEqual([1, 1, 0])
  expect(run.stdout).toContain('↻ staging_deployment: retrying in 0.2 s')
  expect(run.stdout).toContain('↻ staging_deployment: retrying in 0.4 s')
})

test('a deploy that always fails: the circuit opens after 5 failures, later attempts are refused, rollback runs', async () => {
  const dir = await repoWith(
    `  staging_deployment:\n    command: "echo deploy failed >&2; exit 1"\n    rollback_command: "echo rolled back > rolled.txt"\n    github_deployment: false\n`,
    'error_recovery:\n  staging_deployment: { max_retries: 10, base_delay: 0.01, exponential_base: 1, max_delay: 0.01, jitter: false }\n  circuit_breaker: { failure_threshold: 5, recovery_timeout: 60, half_open_max_calls: 1 }\n'
  )
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  expect(run.code).toBe(1)
  const stage = (await readReport(dir)).stage_results.staging_deployment
  // Five deploys ran; the fifth failure opened the circuit, so no sixth attempt was waited for.
  expect(stage.commands.filter((c: { purpose: string }) => c.purpose === 'staging_deployment')).toHaveLength(5)
  expect(stage.errors[0]).toMatch(/not retried: the circuit breaker of environment staging is open/)
  expect(stage.outputs).toMatchObject({ deployed: false, rollback: { ran: true, succeeded: true } })
  expect(existsSync(join(dir, 'rolled.txt'))).toBe(true)
})

test('a hanging deploy is killed at its timeout with its whole process tree', async () => {
  const dir = await repoWith(`  staging_deployment:\n    command: "sleep 300 & echo $! > hang.pid; sleep 300"\n    timeout_seconds: 1\n    github_deployment: false\n`)
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  expect(run.code).toBe(1)
  const stage = (await readReport(dir)).stage_results.staging_deployment
  expect(stage.commands[0]).toMatchObject({ timed_out: true })
  expect(stage.retries).toBe(0)
  expect(stage.error_type).toBe('timeout')
  expect(running(Number(await readFile(join(dir, 'hang.pid'), 'utf8')))).toBe(false)
})

test('failing integration tests roll back to the previous release, which answers healthy', async () => {
  const kit = `  staging_deployment:
    command: examples/greeter/deploy/deploy.sh {environment} {sha} {outputs}
    rollback_command: examples/greeter/deploy/rollback.sh {environment} {outputs}
    health_check: { url: "{environment_url}/health", json_field: status, expected_value: ok, timeout_seconds: 30 }
    integration_tests:
      command: examples/greeter/deploy/integration.sh {environment} {reports}/integration INTEGRATION_MARKER
      reports: { junit: "{reports}/integration/junit.xml", coverage: "{reports}/integration/lcov.info" }
    github_deployment: false
`
  const dir = await repoWith(kit.replace(' INTEGRATION_MARKER', ''))
  const first = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  expect(first.code).toBe(0)
  const shaA = git(dir, 'rev-parse', 'HEAD').trim()
  const current = join(dir, '.spec-to-production/deploy/staging/current')
  expect(basename(readlinkSync(current))).toBe(shaA)

  // Release B: its integration tests fail (the suite passes, then the command fails: the gate refuses that too).
  await editConfig(dir, (t) => t.replace(' {reports}/integration\n', ' {reports}/integration && exit 3\n'))
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'release B')
  const shaB = git(dir, 'rev-parse', 'HEAD').trim()
  const second = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  expect(second.code).toBe(1)
  const stage = (await readReport(dir)).stage_results.staging_deployment
  expect(stage.quality_gates.integration_test_pass_rate.passed).toBe(false)
  expect(stage.outputs.rollback).toMatchObject({ ran: true, succeeded: true, healthy_after: true })
  expect(stage.quality_gates.rollback_health_check.passed).toBe(true)
  // Tests that ran and failed are the product's failure, not the environment's: the breaker counted nothing.
  expect(stage.outputs.circuit_breaker).toMatchObject({ environment: 'staging', state: 'closed', failures: 0 })
  // The link is back on release A, and the service answers as A.
  expect(basename(readlinkSync(current))).toBe(shaA)
  expect(shaB).not.toBe(shaA)
  const health = (await (await fetch(`${stage.outputs.environment_url}/health`)).json()) as { status: string; version: string }
  expect(health).toEqual(expect.objectContaining({ status: 'ok', version: shaA }))
})
