/**
 * A test command that fails and writes a report with no test in it: the gate's "nothing was verified" comes with what
 * the command printed, on every surface that leads with the gate's first error.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { PYTEST, pytestCalcRepo } from '../helpers/calc-python.js'
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

// zopefoundation/zope.event (and a Django app before the preset knew it): its tests live in tests.py, which pytest's
// python_files never collects. pytest exited 5 with "no tests ran"; the error quoted coverage's "CoverageWarning: No
// data was collected" — a consequence — as what the output says. Real pytest with pytest-cov (Debian's).
;(PYTEST ? test : test.skip)("pytest that collected nothing: the error quotes pytest's 'no tests ran', not coverage's warning", async () => {
  const dir = await pytestCalcRepo('s2p-no-tests-', 'tests', {
    'tests/tests.py': 'import unittest\n\nfrom calc import add\n\n\nclass AddTest(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(1, 2), 3)\n',
    'pytest.ini': '[pytest]\npythonpath = src\n',
    'spec.md': '# calc\n\n## Requirements\n\n- adds\n'
  })
  dirs.push(dir)
  const run = await runCli(dir, ['--spec', 'spec.md', '--component', 'calc', '--output', 'r.json'], { env: { PATH: `/usr/bin:/bin:${dirname(process.execPath)}` } })
  expect(run.stdout).toContain('CoverageWarning: No data was collected')
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  expect(gate.errors[0]).toMatch(
    /^the report has no executed test \(the report holds no test case\): nothing was verified; the testing command failed \(exit status 5\), and its output (says|ends:) "no tests ran in [\d.]+s"/
  )
  expect(gate.errors[0]).not.toContain('CoverageWarning')
})
