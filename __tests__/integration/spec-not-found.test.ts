/**
 * A --spec (the action's spec input) that names no file is bad usage, as a named --config that does not exist is:
 * exit status 2, every stage skipped with the reason, and the report and summary still written.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { readReport, runCli } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

test('a spec path that does not exist exits 2 before any stage, with the report and summary written', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runCli(dir, ['--spec', 'specs/tiny.md', '--component', 'tiny', '--config', 'cfg.yml'])
  expect(run.code).toBe(2)
  expect(run.stdout).toContain(`Error: the spec file specs/tiny.md does not exist (looked for ${join(dir, 'specs/tiny.md')})`)
  expect(run.stdout).toContain('Success: ✗ NO')
  const report = await readReport(dir, 'workflow_report_tiny.json')
  expect(report.stages_failed).toEqual([])
  expect(report.stages_skipped).toEqual(['specification', 'testing', 'refactoring'])
  expect(report.skip_reasons.specification).toBe('the spec file does not exist')
  // A spec that exists but cannot be parsed is the specification stage's to fail, as before.
  const directory = await runCli(dir, ['--spec', 'src', '--component', 'tiny', '--config', 'cfg.yml'])
  expect(directory.code).toBe(1)
})
