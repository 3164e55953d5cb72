/**
 * A run cancelled where it waits rather than runs: the CLI as a real process on a tiny real repository (see
 * helpers/tiny.ts), stopped by a signal while nothing of the repository's is running. GitHub's runner sends a cancelled
 * job SIGINT, then SIGTERM, and kills it about ten seconds after the first: whatever the run is waiting for must end at
 * once, so that the partial report, the summary and the check run's `cancelled` are written before that.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledCli, git, readReport, removeDir, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyJunit, tinyRepo } from '../helpers/tiny.js'
import { FIXTURE_GATES_CONFIG } from '../helpers/fixture-gates.js'
import { renderJobSummary } from '../../src/action/summary.js'

jest.setTimeout(120_000)

const repos: string[] = []
async function repo(opts: Parameters<typeof tinyRepo>[0] = {}): Promise<string> {
  const dir = await tinyRepo(opts)
  repos.push(dir)
  return dir
}

beforeAll(async () => {
  await bundledCli()
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

/** True while `pid` runs (a zombie, dead and not yet reaped, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** Runs the CLI and sends `signal` once its output holds `when`; the time from the signal to its exit. */
async function cancelWhen(dir: string, when: string | RegExp, signal: NodeJS.Signals = 'SIGINT') {
  let sentAt = 0
  let killer: NodeJS.Timeout | undefined
  const run = await runCli(dir, TINY_ARGS, {
    onStdout: (text, child) => {
      if (sentAt || !(typeof when === 'string' ? text.includes(when) : when.test(text))) return
      sentAt = Date.now()
      child.kill(signal)
      // Far past what the runner allows a cancelled job: a run still going then has failed this test.
      killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    }
  })
  clearTimeout(killer)
  return { ...run, sent: sentAt > 0, exitMs: Date.now() - sentAt }
}

const failingTests = `printf '${tinyJunit(true)}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info; echo ran >> attempts.log; exit 1`

test('cancelled during the backoff before a retry: the run ends at once, without sitting out the delay or starting the retry', async () => {
  // 30 s before the rerun: the runner would have killed the job long before the report was written.
  const dir = await repo({ testing: failingTests, extra: 'error_recovery:\n  testing: { max_retries: 2, base_delay: 30, exponential_base: 1, max_delay: 30, jitter: false }\n' })
  const run = await cancelWhen(dir, '↻ testing: retrying in 30.0 s')
  expect(run.sent).toBe(true)
  expect(run.code).toBe(1)
  expect(run.exitMs).toBeLessThan(5_000)
  expect(run.stdout).toContain('WORKFLOW SUMMARY')
  const report = await readReport(dir, 'workflow_report_tiny.json')
  expect(report.cancelled).toBe(true)
  expect(report.stage_results.testing.status).toBe('cancelled')
  // The retry never ran, and none is recorded as if it had.
  expect((await readFile(join(dir, 'attempts.log'), 'utf8')).trim().split('\n')).toEqual(['ran'])
  expect(report.stage_results.testing.commands).toHaveLength(1)
  expect(report.stage_results.testing.retries).toBe(0)
})

/** A committed repository whose gates pass on committed reports (see FIXTURE_GATES_CONFIG), with `stages` appended. */
async function gatedRepo(stages: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-cancel-'))
  repos.push(dir)
  await writeIn(dir, 'src/c/a.py', 'x = 1\n')
  await writeIn(dir, 'spec.md', '---\ncomponent: c\n---\n# C\n\n## Overview\n\nc\n\n## Requirements\n\n- REQ-1: c\n\n## Acceptance Criteria\n\n- [x] c\n')
  await writeIn(dir, 'fixture/junit.xml', '<?xml version="1.0"?>\n<testsuites><testsuite name="s" tests="1" failures="0" errors="0" skipped="0"><testcase classname="t" name="a" time="0.1"/></testsuite></testsuites>\n')
  await writeIn(dir, 'fixture/lcov.info', 'TN:\nSF:src/c/a.py\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
  await writeIn(dir, 'fixture/eslint.json', '[{"filePath": "src/c/a.py", "messages": [], "errorCount": 0, "warningCount": 0}]\n')
  await writeIn(dir, 'fixture/tsc.txt', '')
  await writeIn(dir, 'fixture/secretlint.json', '[{"filePath": "src/c/a.py", "messages": []}]\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n*.pid\n*.started\n')
  await writeIn(dir, '.github/spec-to-production.yml', `${FIXTURE_GATES_CONFIG}${stages}`)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'c')
  return dir
}

test("cancelled while the production criteria's uptime command runs: the command is killed at once, not at its 60 s limit", async () => {
  const dir = await gatedRepo(`  staging_deployment:
    command: "true"
    github_deployment: false
    integration_tests: { command: "cp fixture/junit.xml {reports}/it.xml && cp fixture/lcov.info {reports}/it.info", reports: { junit: "{reports}/it.xml", coverage: "{reports}/it.info" } }
  production_deployment:
    command: "touch production.deployed"
    github_deployment: false
    criteria:
      uptime: { threshold: 99.5, days: 7, command: "echo $$ > uptime.pid; touch uptime.started; sleep 300" }
`)
  let sentAt = 0
  let poll: NodeJS.Timeout | undefined
  let killer: NodeJS.Timeout | undefined
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'production'], {
    onStdout: (_text, child) => {
      poll ??= setInterval(() => {
        if (sentAt || !existsSync(join(dir, 'uptime.started'))) return
        sentAt = Date.now()
        child.kill('SIGTERM')
        killer = setTimeout(() => child.kill('SIGKILL'), 90_000)
      }, 50)
    }
  })
  clearInterval(poll)
  clearTimeout(killer)
  expect(sentAt).toBeGreaterThan(0)
  expect(run.code).toBe(1)
  expect(Date.now() - sentAt).toBeLessThan(10_000)
  expect((await readReport(dir, 'workflow_report_c.json')).cancelled).toBe(true)
  expect(existsSync(join(dir, 'production.deployed'))).toBe(false)
  const pid = Number(await readFile(join(dir, 'uptime.pid'), 'utf8'))
  expect(alive(pid)).toBe(false)
})

test('a second Ctrl-C while a command that ignores SIGTERM is being stopped: it is killed at once and the partial report is still written', async () => {
  // The shell and its background child ignore SIGTERM (and SIGINT): only the SIGKILL after the grace ends them.
  const dir = await repo({ testing: "trap '' TERM INT; sleep 300 & echo $! > bg.pid; echo started; wait" })
  let first = 0
  let killer: NodeJS.Timeout | undefined
  const run = await runCli(dir, TINY_ARGS, {
    onStdout: (text, child) => {
      if (first || !text.includes('[testing] started')) return
      first = Date.now()
      child.kill('SIGINT')
      // Pressed again before the 3 s grace ended.
      setTimeout(() => child.kill('SIGINT'), 300)
      killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    }
  })
  clearTimeout(killer)
  expect(first).toBeGreaterThan(0)
  expect(run.code).toBe(1)
  expect(Date.now() - first).toBeLessThan(3_000)
  const background = Number(await readFile(join(dir, 'bg.pid'), 'utf8'))
  expect(alive(background)).toBe(false)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  expect(report.cancelled).toBe(true)
  expect(report.stage_results.testing.status).toBe('cancelled')
})

test('cancelled during the health check after a deploy: not "unhealthy", no rollback said to have run, the deployment unverified', async () => {
  const dir = await gatedRepo(`  staging_deployment:
    command: "echo deployed"
    rollback_command: "touch rolled-back"
    github_deployment: false
    health_check: { url: "http://127.0.0.1:9/health", timeout_seconds: 60 }
`)
  let sentAt = 0
  let killer: NodeJS.Timeout | undefined
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'], {
    onStdout: (text, child) => {
      if (sentAt || !text.includes('deployed to staging')) return
      sentAt = Date.now()
      setTimeout(() => child.kill('SIGTERM'), 300)
      killer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    }
  })
  clearTimeout(killer)
  expect(sentAt).toBeGreaterThan(0)
  expect(run.code).toBe(1)
  expect(Date.now() - sentAt).toBeLessThan(10_000)
  const report = await readReport(dir, 'workflow_report_c.json')
  const stage = report.stage_results.staging_deployment
  expect(report.cancelled).toBe(true)
  expect(stage.status).toBe('cancelled')
  // The rollback did not run, and nothing says it did.
  expect(existsSync(join(dir, 'rolled-back'))).toBe(false)
  expect(stage.outputs.rollback?.ran).not.toBe(true)
  // Nothing found the environment unhealthy: the check was stopped.
  expect(stage.errors.join('\n')).not.toMatch(/not healthy after the deploy|rollback failed/)
  expect(stage.errors).toContain('cancelled during the health check after the deploy to staging: the deployment was not verified')
  expect(stage.quality_gates.health_check).toMatchObject({ passed: false, error_type: 'cancelled' })
  expect(stage.quality_gates.health_check.errors[0]).toMatch(/^the health check of http:\/\/127\.0\.0\.1:9\/health was stopped after \d+ attempt\(s\): the run was cancelled$/)
  expect(stage.outputs.deployed).toBe(true)
  expect(run.stdout).not.toMatch(/not healthy|rolled back|rollback/)
})

test('cancelled during the health check after a rollback: the rollback is not said to have left the environment unhealthy', async () => {
  const dir = await gatedRepo(`  staging_deployment:
    command: "exit 3"
    rollback_command: "echo rolled back"
    github_deployment: false
    health_check: { url: "http://127.0.0.1:9/health", timeout_seconds: 60 }
error_recovery:
  staging_deployment: { max_retries: 0 }
`)
  let sentAt = 0
  let killer: NodeJS.Timeout | undefined
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'c', '--target', 'staging'], {
    onStdout: (text, child) => {
      if (sentAt || !text.includes('[staging_deployment-rollback] rolled back')) return
      sentAt = Date.now()
      setTimeout(() => child.kill('SIGTERM'), 300)
      killer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    }
  })
  clearTimeout(killer)
  expect(sentAt).toBeGreaterThan(0)
  expect(run.code).toBe(1)
  expect(Date.now() - sentAt).toBeLessThan(10_000)
  const report = await readReport(dir, 'workflow_report_c.json')
  const stage = report.stage_results.staging_deployment
  expect(stage.outputs.rollback).toMatchObject({ ran: true, succeeded: true })
  expect(stage.outputs.rollback.healthy_after).toBeUndefined()
  expect(stage.quality_gates.rollback_health_check).toMatchObject({ passed: false, error_type: 'cancelled' })
  const summary = renderJobSummary(report, {})
  expect(summary).not.toMatch(/still unhealthy/)
  expect(summary).toContain('rolled back (unverified: the health check after it was stopped by the cancel)')
})
