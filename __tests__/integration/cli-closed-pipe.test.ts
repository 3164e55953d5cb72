/**
 * The CLI's output read by a reader that goes away before the run ends — `spec-to-production … | head`, a pager quit
 * early. Node raised the next write's EPIPE as an unhandled 'error' event: a stack trace, exit status 1, and no report
 * written; `init … | head -1` wrote none of its files. The run now goes on without its output and ends as it would.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { bundledCli, readReport } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

/** Runs the CLI with its stdout read until the first chunk, then closed, as `| head -1` closes it. */
async function runReadOnce(cwd: string, args: string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  const cli = await bundledCli()
  const env = { ...process.env }
  delete env.GITHUB_SHA
  delete env.NODE_OPTIONS
  const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let first = ''
  let stderr = ''
  child.stdout.once('data', (d: Buffer) => {
    first = d.toString()
    child.stdout.destroy()
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  return { code, stderr, first }
}

test('a run whose stdout is closed after its first line still writes its report and exits with its own status', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runReadOnce(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.first).toContain('configuration:')
  expect(run.stderr).not.toContain("Unhandled 'error' event")
  expect(run.stderr).not.toContain('EPIPE')
  expect(run.code).toBe(0)
  expect((await readReport(dir, 'r.json')).success).toBe(true)
})

test('init whose stdout is closed after its first line writes all of its files', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runReadOnce(dir, ['init', '--component', 'tiny'])
  expect(run.stderr).not.toContain("Unhandled 'error' event")
  expect(run.code).toBe(0)
  for (const file of ['.github/spec-to-production.yml', '.github/workflows/spec-to-production.yml', 'specs/tiny.md']) expect(existsSync(join(dir, file))).toBe(true)
})
