/**
 * A quarantined failure explains the status a runner gives failing tests (1; mocha's is their number), not any other:
 * an interrupted pytest (2), an internal error (3) or a crash beside a quarantined failure is not excused with it.
 * When it is excused, the gate says so: a failure the report does not show would be excused with it.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { runWorkflow } from '../../src/api.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { removeDir, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

/** One passing and `failing` quarantined failing tests; the command then exits with `status`. */
async function run(failing: number, status: number) {
  const dir = await tinyRepo()
  dirs.push(dir)
  const cases = ['<testcase classname="c" name="ok"/>', ...Array.from({ length: failing }, (_, i) => `<testcase classname="c" name="slow${i}"><failure message="timeout">timeout</failure></testcase>`)]
  const junit = `<testsuite name="s" tests="${cases.length}" failures="${failing}">${cases.join('')}</testsuite>`
  const command = `printf '${junit}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info && exit ${status}`
  const extra = 'quality_gates:\n  test_pass_rate:\n    quarantine:\n      - { test: "c::slow*", reason: "the sandbox is slow, #12" }\nerror_recovery:\n  testing: { max_retries: 0 }\n'
  await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing: command, extra })}\n`)
  const host = createConsoleHost({ workspace: dir, out: () => {}, err: () => {} })
  const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: 'dev', configFile: 'cfg.yml', workspace: dir, host })
  return result.report.stage_results.testing!.quality_gates.test_pass_rate!
}

test.each([
  [1, 1],
  [3, 3],
  [3, 1]
])('%i quarantined failures and exit status %i: excused, and said', async (failing, status) => {
  const gate = await run(failing, status)
  expect(gate.passed).toBe(true)
  expect(gate.warnings).toContainEqual(expect.stringMatching(new RegExp(`^the testing command exited with status ${status}, and every failing test of its report is quarantined, so that status is taken as theirs: a failure its report does not show`)))
})

test.each([
  [1, 2],
  [1, 3],
  [2, 137]
])('%i quarantined failure(s) and exit status %i: not excused', async (failing, status) => {
  const gate = await run(failing, status)
  expect(gate.passed).toBe(false)
  expect(gate.errors).toContainEqual(
    expect.stringMatching(new RegExp(`^the testing command failed \\(exit status ${status}.*\\) although its report shows no failing test but quarantined ones, which explain exit status 1 \\(mocha's: their number, ${failing}\\), not this; see the command output$`))
  )
})
