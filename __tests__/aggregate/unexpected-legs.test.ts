/**
 * Red team of the aggregate: a maintainer in a hurry leaves out `expected` (the plan's matrix). The aggregate then
 * knows only the legs that sent a report, and a leg that crashed before uploading is not missing to it: two legs
 * planned, one crashed, and the overall check run said "all 1 leg passed", ✅, as if that were all of them.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readReport, removeDir, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
let root: string
let repo: string
let report: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 's2p-unexpected-'))
  repo = await tinyRepo()
  expect((await runCli(repo, TINY_ARGS)).code).toBe(0)
  report = join(root, 'workflow_report_tiny.json')
  await writeFile(report, JSON.stringify(await readReport(repo, 'workflow_report_tiny.json')))
})
afterAll(async () => {
  await removeDir(repo)
  if (root) await rm(root, { recursive: true, force: true })
})

test('without the legs expected, a pass says it is of the legs that sent a report, on every surface', async () => {
  const summary = join(root, 'summary.md')
  const dashboard = join(root, 'all.html')
  const run = await runCli(root, ['aggregate', report, '--summary', summary, '--dashboard', dashboard])
  // Nothing says a leg is missing, so the verdict is a pass; but not a bare "all passed".
  expect(run.code).toBe(0)
  const said = /all 1 leg that sent a report passed — no legs were expected \(the plan's matrix: the input expected, --expect-file\), so a leg that crashed or uploaded nothing is not known to be missing/
  expect(run.stdout).toMatch(said)
  const { readFile } = await import('node:fs/promises')
  expect(await readFile(summary, 'utf8')).toMatch(said)
  expect(await readFile(dashboard, 'utf8')).toContain('all 1 leg that sent a report passed — no legs were expected')
})

test('with the legs expected, the pass is of all of them and says so plainly; a leg that sent nothing fails it', async () => {
  const all = await runCli(root, ['aggregate', report, '--expect', 'tiny'])
  expect(all.code).toBe(0)
  expect(all.stdout).toContain('spec-to-production aggregate: passed — all 1 leg passed, 1 of them not cleanly')
  const crashed = await runCli(root, ['aggregate', report, '--expect', 'tiny,web'])
  expect(crashed.code).toBe(1)
  expect(crashed.stdout).toContain('1 component without a report')
})
