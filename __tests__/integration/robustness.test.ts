/**
 * The CLI as a real process on a tiny real repository (see helpers/tiny.ts), attacked where a run can hang, lose what
 * it recorded or misreport itself: report paths that are not regular files, concurrent runs of one component, a full
 * or read-only disk, and the agent brief's account of the run.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
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
  for (const dir of mounts.reverse()) execFileSync('umount', [dir])
  await Promise.all(repos.map(removeDir))
})

// Full and read-only disks are real: a tiny tmpfs (64 KiB), filled or remounted read-only. Mounting needs root
// (chmod does not stop root from writing); without it these tests are skipped, saying why.
const mounts: string[] = []
const mountRefused: string | null = (() => {
  const probe = mkdtempSync(join(tmpdir(), 's2p-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' })
    execFileSync('umount', [probe])
    return null
  } catch (error) {
    return `mounting a tmpfs is not permitted here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
})()
if (mountRefused) console.warn(`full and read-only disk tests skipped: ${mountRefused}`)
const withMount = mountRefused ? test.skip : test

async function tinyFs(dir: string, mode: 'full' | 'ro' | 'rw'): Promise<string> {
  await mkdir(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir])
  mounts.push(dir)
  if (mode === 'full') execFileSync('sh', ['-c', 'cat /dev/zero > filler 2>/dev/null; true'], { cwd: dir })
  if (mode === 'ro') execFileSync('mount', ['-o', 'remount,ro', dir])
  return dir
}

/** A valid metrics line of exactly `bytes` bytes, newline included. */
function metricsLine(bytes: number): string {
  const now = new Date().toISOString()
  const base = { v: 1, name: 'workflow', component: 'seed', run_id: 'seed', started_at: now, ended_at: now, duration_ms: 1, status: 'success', retries: 0, error_type: null, metadata: { pad: '' } }
  const empty = JSON.stringify(base).length + 1
  base.metadata.pad = 'x'.repeat(bytes - empty)
  return `${JSON.stringify(base)}\n`
}

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
    // Exit 1 — or, when the signal landed after the run had finished and stopped listening, the default SIGTERM
    // death after the report and the summary were written.
    expect(run.code === 1 || (run.signal === 'SIGTERM' && run.stdout.includes('WORKFLOW SUMMARY'))).toBe(true)
    const report = await readReport(dir, 'workflow_report_tiny.json')
    expect(report.success).toBe(false)
    expect(report.stages_failed).toEqual(['testing'])
  })
})

describe('a full or read-only disk', () => {
  withMount('the report on a read-only file system: a clear error, exit 1, the report written elsewhere and named', async () => {
    const dir = await repo()
    await tinyFs(join(dir, 'ro'), 'ro')
    const run = await runCli(dir, [...TINY_ARGS, '--output', 'ro/report.json'])
    expect(run.stderr).not.toContain('internal error')
    expect(run.code).toBe(1)
    const expected = `cannot write the report ${join(dir, 'ro/report.json')}: the file system is read-only (EROFS)`
    expect(run.stdout).toContain(`Error: ${expected}`)
    const saved = /Report Saved: (\S+)/.exec(run.stdout)![1]!
    expect(saved.startsWith(tmpdir())).toBe(true)
    const report = JSON.parse(await readFile(saved, 'utf8'))
    expect(report).toMatchObject({ success: false, stages_completed: ['specification', 'testing'], errors: [expected] })
    rmSync(dirname(saved), { recursive: true, force: true })
  })

  withMount('the report on a full disk: no temp file left behind, exit 1, the report written elsewhere', async () => {
    const dir = await repo()
    const full = await tinyFs(join(dir, 'full'), 'full')
    const run = await runCli(dir, [...TINY_ARGS, '--output', 'full/report.json'])
    expect(run.stderr).not.toContain('internal error')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`Error: cannot write the report ${join(full, 'report.json')}: no space left on the device (ENOSPC)`)
    expect(await readdir(full)).toEqual(['filler'])
    const saved = /Report Saved: (\S+)/.exec(run.stdout)![1]!
    expect(existsSync(saved)).toBe(true)
    rmSync(dirname(saved), { recursive: true, force: true })
  })

  withMount('the metrics history on a full disk: no torn line, a warning naming the file, the verdict and dashboard stand', async () => {
    const dir = await repo()
    const metrics = await tinyFs(join(dir, '.spec-to-production/metrics'), 'rw')
    // The day file ends 40 bytes short of a page: part of this run's lines would fit, the rest not.
    const day = join(metrics, `${new Date().toISOString().slice(0, 10)}.jsonl`)
    const seed = metricsLine(2000) + metricsLine(4096 - 40 - 2000)
    await writeFile(day, seed)
    execFileSync('sh', ['-c', 'cat /dev/zero > filler 2>/dev/null; true'], { cwd: metrics })
    const run = await runCli(dir, TINY_ARGS)
    expect(run.stderr).not.toContain('internal error')
    expect(run.code).toBe(0)
    expect(await readFile(day, 'utf8')).toBe(seed)
    expect(run.stderr).toContain(`this run's metrics were not recorded: cannot write the metrics file ${day}: no space left on the device (ENOSPC); the file is left as it was`)
    expect((await stat(join(dir, 'workflow_dashboard_tiny.html'))).size).toBeGreaterThan(0)
    expect((await readReport(dir, 'workflow_report_tiny.json')).success).toBe(true)
  })

  withMount('a read-only tool directory: the run fails saying why, and the report is still written', async () => {
    const dir = await repo()
    await tinyFs(join(dir, '.spec-to-production'), 'ro')
    const run = await runCli(dir, TINY_ARGS)
    expect(run.stderr).not.toContain('internal error')
    expect(run.code).toBe(1)
    const report = await readReport(dir, 'workflow_report_tiny.json')
    expect(report.success).toBe(false)
    expect(report.errors[0]).toMatch(/^cannot write the run directory \S+\.spec-to-production\/runs\/tiny-\S+: the file system is read-only \(EROFS\): no stage can run without a place for its reports$/)
    expect(report.stages_skipped).toEqual(['specification', 'testing', 'refactoring'])
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
    // Stage messages carry the stage's status (the test history's message has none).
    const stageMessages = session.messages.filter((m: { role: string; metadata: { status?: string } }) => m.role === 'tool' && m.metadata.status !== undefined)
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

describe('a run killed midway', () => {
  test('the stage messages it recorded before the kill are in the next run\'s session (its journal is taken in)', async () => {
    const dir = await repo({ testing: 'sleep 3' })
    // SIGKILL as soon as the testing stage starts: the specification stage's message has been recorded by then.
    const killed = await runCli(dir, [...TINY_ARGS, '--output', 'killed.json'], {
      onStdout: (text, child) => {
        if (text.includes('▶ testing')) child.kill('SIGKILL')
      }
    })
    expect(killed.signal).toBe('SIGKILL')
    const { writeIn } = await import('../helpers/workspace.js')
    const { tinyConfig } = await import('../helpers/tiny.js')
    await writeIn(dir, 'cfg.yml', `${tinyConfig()}\n`)
    const next = await runCli(dir, TINY_ARGS)
    expect(next.code).toBe(0)
    const context = join(dir, '.spec-to-production/context')
    const archived = (await readdir(join(context, 'archive'))).filter((f) => f.endsWith('.json'))
    const session = JSON.parse(await readFile(join(context, 'archive', archived[0]!), 'utf8'))
    const stages = session.messages
      .filter((m: { role: string; metadata: { status?: string } }) => m.role === 'tool' && m.metadata.status !== undefined)
      .map((m: { metadata: { stage: string; run_id: string } }) => m.metadata)
    // The killed run's specification message, then the next run's two.
    expect(stages).toHaveLength(3)
    expect(stages.map((m: { stage: string }) => m.stage)).toEqual(['specification', 'specification', 'testing'])
    expect(new Set(stages.map((m: { run_id: string }) => m.run_id)).size).toBe(2)
    expect(await readdir(join(context, 'sessions'))).toEqual([])
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
