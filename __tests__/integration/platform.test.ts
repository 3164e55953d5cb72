/**
 * On Windows the engine cannot run a command as a process group it can kill: the run is refused up front, saying so,
 * instead of failing each command with `spawn /bin/sh ENOENT`. The real CLI process, with process.platform set to
 * win32 before it starts.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { refuseUnsupportedPlatform } from '../../src/api.js'
import { bundledCli, EXAMPLE_ARGS, exampleRepo, removeDir } from '../helpers/workspace.js'

jest.setTimeout(60_000)

let dir: string
beforeAll(async () => {
  dir = await exampleRepo()
  await writeFile(join(dir, 'as-windows.mjs'), "Object.defineProperty(process, 'platform', { value: 'win32' })\n")
})
afterAll(async () => {
  await removeDir(dir)
})

test('linux and macOS are let through; win32 is refused naming what to use', () => {
  expect(() => refuseUnsupportedPlatform('linux')).not.toThrow()
  expect(() => refuseUnsupportedPlatform('darwin')).not.toThrow()
  expect(() => refuseUnsupportedPlatform('win32')).toThrow(/does not run on Windows.*process group.*runs-on: ubuntu-latest/)
})

test('the CLI on Windows exits 2 with the reason, and runs no command', async () => {
  const cli = await bundledCli()
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const child = spawn(process.execPath, ['--import', join(dir, 'as-windows.mjs'), cli, ...EXAMPLE_ARGS, '--target', 'dev'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  expect(stderr).toMatch(/does not run on Windows/)
  expect(code).toBe(2)
  // Nothing ran: no run directory was made.
  expect(existsSync(join(dir, '.spec-to-production', 'runs'))).toBe(false)
})
