/**
 * A run cancelled where it waits rather than runs: the CLI as a real process on a tiny real repository (see
 * helpers/tiny.ts), stopped by a signal while nothing of the repository's is running. GitHub's runner sends a cancelled
 * job SIGINT, then SIGTERM, and kills it about ten seconds after the first: whatever the run is waiting for must end at
 * once, so that the partial report, the summary and the check run's `cancelled` are written before that.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bundledCli, readReport, removeDir, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyJunit, tinyRepo } from '../helpers/tiny.js'

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

