/**
 * A test command that fails and writes a report with no test in it: the gate's "nothing was verified" comes with what
 * the command printed, on every surface that leads with the gate's first error.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { readReport, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

// pmndrs/zustand on Node 20: vitest's workers could not start (jsdom's undici needs Node 22), vitest printed the
// cause in colour, wrote `<testsuites name="vitest tests" tests="0">` and exited 1; every surface said only "the report
// has no executed test … nothing was verified".
test('an empty report from a failed command: the first error names the exit status and the output\'s error line', async () => {
  const esc = '\\033'
  const testing =
    `printf '${esc}[31m${esc}[1mError${esc}[22m: [vitest-pool]: Failed to start forks worker for test files /w/tests/a.test.tsx.${esc}[39m\\n' && ` +
    `printf '${esc}[31m${esc}[1mCaused by: TypeError${esc}[22m: Cannot read properties of undefined (reading %s)${esc}[39m\\n' "'bind'" && ` +
    `printf '${esc}[2m     Errors ${esc}[22m ${esc}[1m${esc}[31m1 error${esc}[39m${esc}[22m\\n' && ` +
    `printf '<?xml version="1.0" encoding="UTF-8" ?>\\n<testsuites name="vitest tests" tests="0" failures="0" errors="0" time="0">\\n</testsuites>\\n' > {reports}/junit.xml && ` +
    `printf 'SF:src/tiny/a.js\\nDA:1,0\\nend_of_record\\n' > {reports}/lcov.info; exit 1`
  const dir = await tinyRepo({ testing })
  dirs.push(dir)
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate.passed).toBe(false)
  const expected =
    'the report has no executed test (the report holds no test case): nothing was verified; the testing command failed (exit status 1), ' +
    'and its output says "Caused by: TypeError: Cannot read properties of undefined (reading \'bind\')" and ends: "Errors  1 error"'
  expect(gate.errors).toEqual([expected])
  expect(run.stdout).toContain(`  ✗ testing.test_pass_rate: ${expected}`)
})
