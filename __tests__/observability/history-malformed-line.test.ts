/**
 * A line of the metrics history that is not a record (a hand edit, a torn write) is skipped with a warning that
 * names where it is: the day file and the line, not only how many were skipped.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

test('the warning names the day file and the line of the first malformed line', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  expect((await runCli(dir, TINY_ARGS)).code).toBe(0)
  const metrics = join(dir, '.spec-to-production', 'metrics')
  const [day] = (await readdir(metrics)).filter((name) => name.endsWith('.jsonl'))
  const lines = (await readFile(join(metrics, day), 'utf8')).split('\n').length
  await appendFile(join(metrics, day), '{"name": "run", "started_at": \n')
  const run = await runCli(dir, TINY_ARGS)
  expect(run.code).toBe(0)
  expect(run.stdout + run.stderr).toContain(`metrics history: 1 malformed line(s) skipped (the first: .spec-to-production/metrics/${day} line ${lines})`)
})

test('`tests` on a history whose index cannot be read says so, not that there is no history', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  expect((await runCli(dir, TINY_ARGS)).code).toBe(0)
  const index = join(dir, '.spec-to-production', 'metrics', 'tests', 'tiny', 'index.txt')
  await writeFile(index, 'not an index\n')
  const run = await runCli(dir, ['tests', '--flaky', '--component', 'tiny'])
  expect(run.code).toBe(2)
  expect(run.stderr).toContain('test history: its index .spec-to-production/metrics/tests/tiny/index.txt cannot be read (')
  expect(run.stderr).not.toContain('no test history')
})
