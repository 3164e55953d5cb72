/**
 * A rerun of the test command clears a failure only by showing that test passing. When the first attempt failed more
 * tests than its report keeps by name (200), the ones it did not name cannot be looked up in the rerun: a rerun that
 * ran fewer tests may have left them out. The CLI on a tiny real repository whose test command is a script that
 * writes its JUnit report per attempt.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

/** Attempt 1: `first` tests, all failing (exit 1). Later attempts: `then` tests t0… all passing (exit 0). */
const SCRIPT = `import { existsSync, writeFileSync } from 'node:fs'
const [reports, first, then] = process.argv.slice(2)
const rerun = existsSync('attempted')
writeFileSync('attempted', 'yes')
const n = Number(rerun ? then : first)
const cases = Array.from({ length: n }, (_, i) => rerun ? '<testcase classname="c" name="t' + i + '"/>' : '<testcase classname="c" name="t' + i + '"><failure message="down">down</failure></testcase>').join('')
writeFileSync(reports + '/junit.xml', '<testsuite name="s">' + cases + '</testsuite>')
writeFileSync(reports + '/lcov.info', 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n')
process.exit(rerun ? 0 : 1)
`

async function run(first: number, then: number) {
  const retry = 'error_recovery:\n  testing: { max_retries: 2, base_delay: 0.01, exponential_base: 1, max_delay: 0.01, jitter: false }\n'
  const dir = await tinyRepo({ testing: `node attempts.mjs {reports} ${first} ${then}`, extra: retry })
  dirs.push(dir)
  await writeIn(dir, 'attempts.mjs', SCRIPT)
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nattempted\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'script')
  const cli = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  return { cli, testing: (await readReport(dir, 'r.json')).stage_results.testing }
}

test('300 failures (200 kept by name), then a rerun of only 200 tests, all passing: the other 100 never passed, the gate fails', async () => {
  const { cli, testing } = await run(300, 200)
  expect(testing.outputs.attempts).toBe(2)
  const gate = testing.quality_gates.test_pass_rate
  expect(gate.passed).toBe(false)
  expect(gate.errors.join('\n')).toContain(
    'an earlier attempt of the testing command failed more tests than its report kept by name, and ran 300 tests; the last attempt ran 200'
  )
  expect(cli.code).toBe(1)
})

test('300 failures, then a rerun of all 300, passing: flaky, and the gate passes (the policy warns)', async () => {
  const { cli, testing } = await run(300, 300)
  expect(testing.quality_gates.test_pass_rate.passed).toBe(true)
  expect(testing.outputs.flaky_tests).toHaveLength(200)
  expect(cli.code).toBe(0)
})
