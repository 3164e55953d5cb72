/**
 * A command that runs past its `timeout_seconds`: the CLI as a real process on a tiny real repository (see
 * helpers/tiny.ts). Its whole process group is killed, the output it printed before is kept, and every place that
 * gives the cause names the timeout and its limit, not a bare failure.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bundledCli, readReport, removeDir, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyJunit, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const repos: string[] = []

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

test('a test command that writes its report, then hangs past its timeout: the gate names the timeout and its limit', async () => {
  const writeReports = `printf '${tinyJunit()}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
  const dir = await tinyRepo({
    testing: `sleep 300 & echo $! > bg.pid; ${writeReports}; echo printed before the hang; sleep 300`,
    extra: 'error_recovery:\n  testing: { max_retries: 0 }\n'
  })
  repos.push(dir)
  const config = await readFile(join(dir, 'cfg.yml'), 'utf8')
  await writeFile(join(dir, 'cfg.yml'), config.replace('    reports:', '    timeout_seconds: 1\n    reports:'))
  const run = await runCli(dir, TINY_ARGS)
  expect(run.code).toBe(1)
  const testing = (await readReport(dir, 'workflow_report_tiny.json')).stage_results.testing
  expect(testing.commands[0]).toMatchObject({ timed_out: true })
  expect(testing.commands[0].tail).toContain('printed before the hang')
  const gate = testing.quality_gates.test_pass_rate
  expect(gate.passed).toBe(false)
  expect(gate.error_type).toBe('timeout')
  expect(gate.errors[0]).toMatch(/^the testing command failed \(timed out after 1 s \(timeout_seconds\); process tree killed\)/)
  // The log line says it once.
  expect(run.stdout).toMatch(/✗ testing \(attempt 1, \d+ ms\): failed — timed out after 1 s \(timeout_seconds\); process tree killed: deterministic failure, not retried\n/)
  expect(alive(Number(await readFile(join(dir, 'bg.pid'), 'utf8')))).toBe(false)
})
