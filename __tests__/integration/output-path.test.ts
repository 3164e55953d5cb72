/**
 * An --output that can never be a file — an existing directory, or a path under a file — is refused before anything
 * runs (exit 2), as a path naming an input is: it was found out only when the report was written, after the tests
 * and any deployment had run, and the run then failed (exit 1) for a flag.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

test('a report path under a file, or one that is a directory, is refused before any stage runs', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  await mkdir(join(dir, 'build'))
  const cases: Array<[string, string]> = [
    ['SPEC.md/report.json', `the report path ${join(dir, 'SPEC.md/report.json')} cannot be written: ${join(dir, 'SPEC.md')} is a file, not a directory. Give --output the path of a file`],
    ['build', `the report path ${join(dir, 'build')} cannot be written: it is a directory. Give --output the path of a file`],
    ['src', `the report path ${join(dir, 'src')} cannot be written: it is a directory. Give --output the path of a file`]
  ]
  for (const [output, message] of cases) {
    const run = await runCli(dir, [...TINY_ARGS, '--output', output])
    expect({ output, code: run.code, stderr: run.stderr }).toEqual({ output, code: 2, stderr: `spec-to-production: ${message}\n` })
    expect(run.stdout).not.toContain('▶ testing')
  }
})
