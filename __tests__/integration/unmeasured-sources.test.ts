/**
 * A coverage tool measures only the files the tests loaded unless told otherwise (jest without collectCoverageFrom):
 * a source file no test imported is absent from the report, not at 0%, and the component's figure leaves it out.
 * The component here has two files; the report measures one at 100%. The gate said "100% ≥ 50%" and nothing else.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test('source files of the component in no coverage report are a caveat naming them, on the console and in the report', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'src/tiny/b.js', 'export const b = 2\n')
  // Neither test code, a declaration, an empty file, nor a file of a language the report does not measure is missed.
  await writeIn(dir, 'src/tiny/b.test.js', 'test("b", () => {})\n')
  await writeIn(dir, 'src/tiny/types.d.ts', 'export type T = 1\n')
  await writeIn(dir, 'src/tiny/empty.js', '')
  await writeIn(dir, 'src/tiny/tool.py', 'x = 1\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'b')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details).toMatchObject({ coverage: 100, unmeasured_files: 1 })
  expect(gate.warnings).toContain(
    '1 source file(s) of the component not measured (src/tiny/b.js): they are in no coverage report — no test loaded them — so the figure counts none of their lines. ' +
      'Have the tool measure every source (jest collectCoverageFrom, vitest coverage.include, c8 --all, coverage.py source)'
  )
  // Not a clean pass: the console marks the gate as one that did not measure everything.
  expect(run.stdout).toMatch(/⚠ gate test_coverage \(\d+ ms\): 100% ≥ 50% — 1 source file\(s\) of the component not measured \(src\/tiny\/b\.js\)/)
})

test('a report that measures every source file of the component has no such caveat', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(0)
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_coverage
  expect(gate.details.unmeasured_files).toBeUndefined()
  expect(gate.warnings).toEqual([])
})
