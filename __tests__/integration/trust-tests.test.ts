/**
 * Runs that must not pass, through the CLI as a real process on a real git repository: a test command that exits 0
 * with one failure among 20,000 passes, a report whose only tests the runner did not run, and a configuration in
 * which no quality gate would run.
 */
import { jest, afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { bundledCli, editConfig, EXAMPLE_ARGS, exampleRepo, readReport, removeDir, reportingCommand, runCli } from '../helpers/workspace.js'

jest.setTimeout(120_000)

const repos: string[] = []
async function repo(): Promise<string> {
  const dir = await exampleRepo()
  repos.push(dir)
  return dir
}

beforeAll(async () => {
  await bundledCli()
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

describe('the pass rate is judged on exact counts', () => {
  test('20,000 passed + 1 failed, command exit 0: the gate fails, shows 99.99, exit 1', async () => {
    const dir = await repo()
    await reportingCommand(
      dir,
      `const cases = Array.from({ length: 20000 }, (_, i) => '<testcase classname="gen" name="t' + i + '"/>')
cases.push('<testcase classname="gen" name="broken"><failure message="expected 1, got 2"/></testcase>')`
    )
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.stdout).toContain('wrote 20001 test cases')
    expect(run.code).toBe(1)
    const report = await readReport(dir)
    const gate = report.stage_results.testing.quality_gates.test_pass_rate
    expect(gate.passed).toBe(false)
    expect(gate.details).toMatchObject({ total: 20_001, passed: 20_000, failed: 1, executed: 20_001, pass_rate: 99.99, required: 100 })
    expect(gate.errors[0]).toContain('pass rate 99.99% is below the required 100% (20000 of 20001 executed tests passed: 1 failed, 0 errors)')
    expect(report.success).toBe(false)
    expect(run.stdout).toContain('Success: ✗ NO')
    expect(run.stdout).not.toMatch(/pass rate 100%/)
  })

  test('a report whose every test was disabled (GoogleTest shape), command exit 0: no executed test, exit 1', async () => {
    const dir = await repo()
    await reportingCommand(
      dir,
      `const cases = ['<testcase name="DISABLED_a" classname="S" status="notrun" result="suppressed"/>', '<testcase name="b" classname="S" status="disabled"/>']`
    )
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const gate = (await readReport(dir)).stage_results.testing.quality_gates.test_pass_rate
    expect(gate.details).toMatchObject({ total: 2, passed: 0, skipped: 2, executed: 0 })
    expect(gate.errors[0]).toMatch(/no executed test \(all 2 test\(s\) in the report were skipped or not run\)/)
  })

  test('a test rerun inside the report (gotestsum shape) passes as flaky, recorded with its failed attempt', async () => {
    const dir = await repo()
    await reportingCommand(
      dir,
      `const cases = ['<testcase classname="pkg" name="TestA"><failure message="first attempt failed"/></testcase>', '<testcase classname="pkg" name="TestB"/>', '<testcase classname="pkg" name="TestA"/>']`
    )
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(0)
    const gate = (await readReport(dir)).stage_results.testing.quality_gates.test_pass_rate
    expect(gate.details).toMatchObject({ total: 2, passed: 2, failed: 0, flaky_count: 1 })
    expect(gate.details.flaky).toEqual([{ id: 'pkg::TestA', suite: 'generated', classname: 'pkg', name: 'TestA', attempts: 2, failures: ['first attempt failed'] }])
    expect(gate.warnings.join('\n')).toMatch(/1 flaky test\(s\) failed first and passed on a rerun: pkg::TestA \(2 attempts\)/)
  })
})

describe('tests that share a name', () => {
  test('read as a rerun, but the command exited 1 (two distinct tests, one failing): the gate fails and says why', async () => {
    const dir = await repo()
    await reportingCommand(
      dir,
      `const cases = ['<testcase classname="math" name="adds"><failure message="expected 3"/></testcase>', '<testcase classname="math" name="adds"/>']
process.on('exit', () => { process.exitCode = 1 })`
    )
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const gate = (await readReport(dir)).stage_results.testing.quality_gates.test_pass_rate
    expect(gate.passed).toBe(false)
    expect(gate.details).toMatchObject({ flaky_count: 1, failed: 0 })
    expect(gate.errors.join('\n')).toMatch(/1 test\(s\) of the report failed and then passed under the same name, read as reruns: if they are different tests that share a name, give them distinct names/)
  })
})

describe('a run in which no quality gate would run fails', () => {
  const off = 'components:\n  greeter:\n    stages: { testing: { enabled: false }, refactoring: { enabled: false } }\n'

  for (const target of ['dev', 'staging', 'production']) {
    test(`testing and refactoring disabled by one components.greeter override, target ${target}: exit 1, said, report written`, async () => {
      const dir = await repo()
      await editConfig(dir, (text) => text + off)
      const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', target])
      expect(run.code).toBe(1)
      expect(run.stderr + run.stdout).toContain('no quality gate would run: stages.testing and stages.refactoring are both disabled')
      expect(run.stdout).toContain('Success: ✗ NO')
      expect(run.stdout).toContain('Error: no quality gate would run')
      const report = await readReport(dir)
      expect(report.success).toBe(false)
      expect(report.stages_completed).toEqual([])
      expect(report.errors[0]).toMatch(/components\.greeter\.stages/)
      expect(report.skip_reasons.testing).toMatch(/disabled in the configuration/)
      expect(report.skip_reasons.specification).toMatch(/no quality gate would run/)
      if (target !== 'dev') expect(report.stage_results).not.toHaveProperty('staging_deployment')
    })
  }

  test('every stage disabled at the top level, target production: the same', async () => {
    const dir = await repo()
    await editConfig(dir, (text) =>
      text
        .replace('  specification: { required_sections:', '  specification: { enabled: false, required_sections:')
        .replace(/^ {2}(testing|refactoring|staging_deployment|production_deployment):\n/gm, '  $1:\n    enabled: false\n')
    )
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'production'])
    expect(run.code).toBe(1)
    const report = await readReport(dir)
    expect(report.success).toBe(false)
    expect(report.errors[0]).toMatch(/^no quality gate would run/)
    expect(report.stages_skipped).toEqual(['specification', 'testing', 'refactoring', 'staging_deployment', 'production_deployment'])
    for (const key of report.stages_skipped) expect(report.skip_reasons[key]).toMatch(/disabled in the configuration/)
  })

  test('refactoring alone still runs and may pass: the minimum is one quality-gate stage', async () => {
    const dir = await repo()
    await editConfig(dir, (text) => text + 'components:\n  greeter:\n    stages: { testing: { enabled: false } }\n')
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.stderr).not.toContain('no quality gate would run')
    const report = await readReport(dir)
    expect(report.stages_completed).toContain('refactoring')
    expect(run.code).toBe(0)
  })
})
