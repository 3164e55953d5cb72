/**
 * `--workspace DIR` given relative to where the CLI runs, as README's `--workspace DIR` invites (a part of a monorepo
 * whose root has no manifest: `spec-to-production … --workspace web`). The run's `{reports}` was built from the
 * relative path while its commands ran inside the workspace, so they wrote to web/web/…: node --test failed on
 * ENOENT and both test gates read "wrote no JUnit report".
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

test('a relative --workspace runs the commands there with the reports where they write them', async () => {
  const parent = await mkdtemp(join(tmpdir(), 's2p-parent-'))
  dirs.push(parent)
  const repo = await tinyRepo()
  const dir = join(parent, basename(repo))
  await rename(repo, dir)
  const run = await runCli(parent, [...TINY_ARGS, '--target', 'dev', '--workspace', basename(dir)])
  expect(run.stdout).toContain('Success: ✓ YES')
  expect(run.code).toBe(0)
  const report = JSON.parse(await readFile(join(dir, 'workflow_report_tiny.json'), 'utf8'))
  expect(report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 1, passed: 1 })
})

test('a --workspace that does not exist is refused by the run and every command that takes one, and never created', async () => {
  const parent = await mkdtemp(join(tmpdir(), 's2p-parent-'))
  dirs.push(parent)
  const repo = await tinyRepo()
  dirs.push(repo)
  const missing = join(parent, 'pakages', 'api')
  const file = join(repo, 'SPEC.md')
  const commands: string[][] = [
    [...TINY_ARGS, '--workspace', missing],
    ['init', '--workspace', missing],
    ['config', '--print', '--component', 'tiny', '--workspace', missing],
    ['validate-instructions', '--workspace', missing],
    ['dashboard', '--component', 'tiny', '--workspace', missing],
    ['tests', '--flaky', '--workspace', missing],
    ['context', 'list', '--workspace', missing],
    ['plan', '--workspace', missing]
  ]
  for (const args of commands) {
    const run = await runCli(repo, args)
    expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 2, stderr: expect.stringContaining(`--workspace ${missing}: no such directory`) })
    expect(existsSync(join(parent, 'pakages'))).toBe(false)
  }
  const notDir = await runCli(repo, [...TINY_ARGS, '--workspace', file])
  expect(notDir.code).toBe(2)
  expect(notDir.stderr).toContain(`--workspace ${file}: not a directory`)
})
