/**
 * Each refactoring gate's time is its own tool's: the three tools run concurrently, and before this each gate was
 * stamped with the time the slowest one ended (lint, types and security all read the same 18.7 s). The CLI runs as
 * a real process on a git repository whose tools are `sleep`s of known length writing clean reports.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, readReport, ROOT, runCli } from '../helpers/workspace.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const CONFIG = `preset: none
stages:
  specification: { required_sections: [Overview] }
  testing:
    command: cp fx/junit.xml {reports}/junit.xml && cp fx/lcov.info {reports}/lcov.info
    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }
  refactoring:
    instructions_validation: { enabled: false }
    linting:
      command: sleep 0.2 && echo '[{{"filePath":"src/a.js","messages":[]}}]' > {reports}/eslint.json
      report: { path: "{reports}/eslint.json", format: eslint-json }
    type_checking:
      command: sleep 4 && printf '' > {reports}/tsc.txt
      report: { path: "{reports}/tsc.txt", format: tsc-text }
    security:
      command: sleep 2 && echo '[{{"filePath":"src/a.js","messages":[]}}]' > {reports}/secretlint.json
      report: { path: "{reports}/secretlint.json", format: secretlint-json }
quality_gates:
  linting: { auto_fix: false }
`

test("lint 0.2 s, security 2 s, types 4 s, run together: each gate reports its own tool's time", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-durations-'))
  dirs.push(dir)
  await mkdir(join(dir, 'fx'))
  await mkdir(join(dir, 'specs'))
  await cp(join(ROOT, 'examples/greeter/SPEC.md'), join(dir, 'specs/x.md'))
  await writeFile(join(dir, 'fx/junit.xml'), '<?xml version="1.0"?><testsuites><testsuite name="s" tests="1" failures="0" errors="0" skipped="0"><testcase classname="c" name="t"/></testsuite></testsuites>\n')
  await writeFile(join(dir, 'fx/lcov.info'), 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,1\nLF:2\nLH:2\nend_of_record\n')
  await writeFile(join(dir, 's2p.yml'), CONFIG)
  git(dir, 'init', '-q', '-b', 'main')
  const run = await runCli(dir, ['--spec', 'specs/x.md', '--component', 'greeter', '--config', 's2p.yml', '--target', 'dev'])
  expect(run.code).toBe(0)
  const gates = (await readReport(dir)).stage_results.refactoring.quality_gates
  const ms = (g: string) => gates[g].execution_time_ms as number
  expect(ms('linting')).toBeLessThan(1900)
  expect(ms('security')).toBeGreaterThanOrEqual(2000)
  expect(ms('security')).toBeLessThan(3900)
  expect(ms('type_checking')).toBeGreaterThanOrEqual(4000)
  // The console's gate lines carry the same times.
  expect(run.stdout).toMatch(new RegExp(`gate linting \\(${ms('linting')} ms\\)`))
})
