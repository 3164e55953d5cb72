/**
 * The CLI as a real process on a tiny real repository (see helpers/tiny.ts), attacked where a run can hang, lose what
 * it recorded or misreport itself: report paths that are not regular files, concurrent runs of one component, a full
 * or read-only disk, and the agent brief's account of the run.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bundledCli, readReport, removeDir, runCli, type CliRun } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const repos: string[] = []
async function repo(opts: Parameters<typeof tinyRepo>[0] = {}): Promise<string> {
  const dir = await tinyRepo(opts)
  repos.push(dir)
  return dir
}

const NO_RETRY = 'error_recovery:\n  testing: { max_retries: 0 }\n'

/** Runs the CLI; kills it (and fails the test's expectations) if it has not ended after `ms`. */
async function runWithin(dir: string, args: string[], ms: number): Promise<CliRun & { timedOut: boolean }> {
  let timedOut = false
  let timer: NodeJS.Timeout | undefined
  const run = await runCli(dir, args, {
    onStdout: (_text, child) => {
      timer ??= setTimeout(() => {
        timedOut = true
        child.kill('SIGKILL')
      }, ms)
    }
  })
  clearTimeout(timer)
  return { ...run, timedOut }
}

beforeAll(async () => {
  await bundledCli()
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

describe('report paths that are not regular files', () => {
  test('a FIFO and a directory where the reports should be: refused promptly, exit 1, the report written', async () => {
    const testing = 'rm -f {reports}/junit.xml && mkfifo {reports}/junit.xml && mkdir {reports}/lcov.info'
    const dir = await repo({ testing, extra: NO_RETRY })
    const run = await runWithin(dir, TINY_ARGS, 30_000)
    expect(run.timedOut).toBe(false)
    expect(run.code).toBe(1)
    expect(run.stderr).not.toContain('internal error')
    const report = await readReport(dir, 'workflow_report_tiny.json')
    expect(report.success).toBe(false)
    expect(report.stages_failed).toEqual(['testing'])
    const text = JSON.stringify(report.stage_results.testing)
    expect(text).toMatch(/JUnit report at \S*junit\.xml is a FIFO \(named pipe\), not a regular file: not read/)
    expect(text).toMatch(/coverage report at \S*lcov\.info is a directory, not a regular file: not read/)
    expect(run.stdout).toContain('Success: ✗ NO')
  })

  test('SIGTERM once the command has made the FIFO: the run ends, exit 1, the report written', async () => {
    // The command makes the FIFO, then waits a little so that the signal can land while the reports are read.
    const testing = 'rm -f {reports}/junit.xml && mkfifo {reports}/junit.xml && printf "made the fifo\\n" && sleep 1'
    const dir = await repo({ testing, extra: NO_RETRY })
    let sent = false
    let timedOut = false
    let timer: NodeJS.Timeout | undefined
    const run = await runCli(dir, TINY_ARGS, {
      onStdout: (text, child) => {
        if (sent || !text.includes('made the fifo')) return
        sent = true
        setTimeout(() => child.kill('SIGTERM'), 1500)
        timer = setTimeout(() => {
          timedOut = true
          child.kill('SIGKILL')
        }, 20_000)
      }
    })
    clearTimeout(timer)
    expect(sent).toBe(true)
    expect(timedOut).toBe(false)
    expect(run.code).toBe(1)
    const report = await readReport(dir, 'workflow_report_tiny.json')
    expect(report.success).toBe(false)
    expect(report.stages_failed).toEqual(['testing'])
  })
})

describe('concurrent runs of one component', () => {
  test('four runs at once: every stage message of every run is in the session, no lock or temp file left', async () => {
    const dir = await repo()
    const runs = await Promise.all([1, 2, 3, 4].map((i) => runCli(dir, [...TINY_ARGS, '--output', `report-${i}.json`])))
    for (const run of runs) {
      expect(run.stderr).not.toContain('internal error')
      expect(run.code).toBe(0)
    }
    const context = join(dir, '.spec-to-production/context')
    const archived = (await readdir(join(context, 'archive'))).filter((f) => f.endsWith('.json'))
    expect(archived).toHaveLength(1)
    const session = JSON.parse(await readFile(join(context, 'archive', archived[0]!), 'utf8'))
    const stageMessages = session.messages.filter((m: { role: string }) => m.role === 'tool')
    // Two stages ran in each of the four runs: eight messages, two per run.
    expect(stageMessages).toHaveLength(8)
    const perRun = new Map<string, string[]>()
    for (const m of stageMessages) perRun.set(m.metadata.run_id, [...(perRun.get(m.metadata.run_id) ?? []), m.metadata.stage])
    expect(perRun.size).toBe(4)
    for (const stages of perRun.values()) expect(stages.sort()).toEqual(['specification', 'testing'])
    expect(session.current_tokens).toBe(session.messages.reduce((n: number, m: { tokens: number }) => n + m.tokens, 0))
    // Every run archived; nothing half-done is left behind.
    expect(await readdir(join(context, 'sessions'))).toEqual([])
    expect(await readdir(join(context, 'archive'))).toEqual(expect.arrayContaining([archived[0], archived[0]!.replace(/\.json$/, '.context.md')]))
  })
})

describe('the agent brief', () => {
  test('states the verdict and finish time of the run it closes, run after run', async () => {
    const dir = await repo()
    const first = await runCli(dir, TINY_ARGS)
    expect(first.code).toBe(0)
    const firstReport = await readReport(dir, 'workflow_report_tiny.json')
    const archive = join(dir, '.spec-to-production/context/archive')
    const briefFile = (await readdir(archive)).find((f) => f.endsWith('.context.md'))!
    const firstBrief = await readFile(join(archive, briefFile), 'utf8')
    expect(firstBrief).toContain(`Latest run: ✓ succeeded (target dev, finished ${firstReport.finished_at}); completed: specification, testing; skipped: refactoring.`)

    // The second run fails its tests: its brief says so, with its own finish time, and keeps the first run's history.
    const { writeIn } = await import('../helpers/workspace.js')
    const { tinyConfig } = await import('../helpers/tiny.js')
    await writeIn(dir, 'cfg.yml', `${tinyConfig({ failing: true, extra: NO_RETRY })}\n`)
    const second = await runCli(dir, TINY_ARGS)
    expect(second.code).toBe(1)
    const secondReport = await readReport(dir, 'workflow_report_tiny.json')
    expect(secondReport.finished_at).not.toBe(firstReport.finished_at)
    const secondBrief = await readFile(join(archive, briefFile), 'utf8')
    expect(secondBrief).toContain(`Latest run: ✗ failed (target dev, finished ${secondReport.finished_at}); completed: specification; failed: testing; skipped: refactoring.`)
    expect(secondBrief).not.toMatch(/finished \)/)
  })
})
