/**
 * The CLI as a real process on a real git repository holding the example component: its real jest, eslint and tsc
 * run and write the reports the gates read.
 */
import { jest, afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bundledCli, editConfig, EXAMPLE_ARGS, exampleRepo, git, readReport, removeDir, runCli, writeIn } from '../helpers/workspace.js'

// Each test runs the real example end to end (jest, eslint, tsc, secretlint, a deployment): minutes on a
// loaded 2-core machine.
jest.setTimeout(240_000)

const repos: string[] = []
async function repo(): Promise<string> {
  const dir = await exampleRepo()
  repos.push(dir)
  return dir
}

/** True while the process exists and is not a zombie (this sandbox's PID 1 does not reap orphans). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** Replaces the testing stage's command, timeout and retry policy in the example config. */
function testingWith(command: string, timeout = 300, retry = 'max_retries: 3, base_delay: 0.05, exponential_base: 2, max_delay: 0.2, jitter: false') {
  return (text: string) =>
    text
      .replace(/^ {4}command: JEST_JUNIT_OUTPUT_FILE.*$/m, `    command: ${JSON.stringify(command)}`)
      .replace(/^ {4}timeout_seconds: 300$/m, `    timeout_seconds: ${timeout}`) +
    `error_recovery:\n  testing: { ${retry} }\n`
}

beforeAll(async () => {
  await bundledCli()
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

describe('spec-to-production CLI on the example component', () => {
  test('a passing run: exit 0, every contract field, numbers equal what jest printed', async () => {
    const dir = await repo()
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
    expect(run.stderr).not.toContain('internal error')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('WORKFLOW SUMMARY')
    expect(run.stdout).toContain('Success: ✓ YES')
    const report = await readReport(dir)
    expect(report).toMatchObject({
      schema_version: 1,
      success: true,
      component_name: 'greeter',
      target_stage: 'staging',
      stages_completed: ['specification', 'testing', 'refactoring', 'staging_deployment'],
      stages_failed: [],
      stages_skipped: []
    })
    // A real deployment: the service answers at the URL the deploy reported, and was verified.
    const staging = report.stage_results.staging_deployment
    expect(staging.outputs).toMatchObject({ deployed: true, environment: 'staging' })
    expect(staging.outputs.environment_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const health = await fetch(`${staging.outputs.environment_url}/health`)
    expect(await health.json()).toMatchObject({ status: 'ok' })
    expect(staging.quality_gates.health_check.passed).toBe(true)
    expect(staging.quality_gates.integration_test_pass_rate.details.passed).toBeGreaterThan(0)
    expect(staging.quality_gates.integration_test_coverage.details.coverage).toBeGreaterThan(0)
    expect(report.total_execution_time_ms).toBeGreaterThan(0)
    for (const key of ['started_at', 'finished_at', 'context_session_id', 'metrics_dashboard']) expect(report).toHaveProperty(key)

    const jestTotals = /\[testing\] Tests:\s+(\d+) passed, (\d+) total/.exec(run.stdout)
    expect(jestTotals).not.toBeNull()
    const passRate = report.stage_results.testing.quality_gates.test_pass_rate
    expect(passRate.passed).toBe(true)
    expect(passRate.details).toMatchObject({
      total: Number(jestTotals![2]),
      passed: Number(jestTotals![1]),
      failed: 0,
      errors: 0,
      skipped: 0,
      pass_rate: 100,
      required: 100
    })
    const jestLines = /\[testing\] All files\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*([\d.]+)/.exec(run.stdout)
    const coverage = report.stage_results.testing.quality_gates.test_coverage
    expect(coverage.passed).toBe(true)
    expect(coverage.details.coverage).toBe(Number(jestLines![1]))
    expect(coverage.details.threshold).toBe(70)
    expect(coverage.details.format).toBe('lcov')

    const refactoring = report.stage_results.refactoring.quality_gates
    expect(refactoring.linting.details).toMatchObject({ issue_count: 0, max_issues: 0 })
    expect(refactoring.type_checking.details).toMatchObject({ error_count: 0, warning_count: 0, max_errors: 0 })
    expect(report.stage_results.specification.outputs.requirements.length).toBeGreaterThan(3)
    // The context session: a system summary of the spec, a message per stage, archived with its agent brief.
    expect(report.context_session_id).toMatch(/^greeter-workflow-\d{4}-\d{2}-\d{2}$/)
    const archived = join(dir, '.spec-to-production/context/archive', `${report.context_session_id}.json`)
    const session = JSON.parse(await readFile(archived, 'utf8'))
    expect(session.messages[0]).toMatchObject({ role: 'system', importance: 1 })
    expect(session.messages[0].content).toContain('REQ-1')
    expect(session.messages.filter((m: { content: string }) => m.content.startsWith('Stage '))).toHaveLength(4)
    expect(session.current_tokens).toBeLessThanOrEqual(session.max_tokens)
    expect(await readFile(archived.replace(/\.json$/, '.context.md'), 'utf8')).toContain('REQ-1')
    const listed = await runCli(dir, ['context', 'list'])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toContain(report.context_session_id)
    // The dashboard is written next to the report, with this run in it.
    expect(report.metrics_dashboard).toBe(join(dir, 'workflow_dashboard_greeter.html'))
    expect(await readFile(report.metrics_dashboard, 'utf8')).toContain('Content-Security-Policy')
    // A second run the same day continues the same session.
    const again = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(again.code).toBe(0)
    expect((await readReport(dir)).context_session_id).toBe(report.context_session_id)
    expect(again.stdout).toContain(`continuing ${report.context_session_id}`)

    // Progress is visible while it runs: a line per stage and per gate with its time.
    expect(run.stdout).toMatch(/✓ testing passed \(\d+ ms\)/)
    expect(run.stdout).toMatch(/✓ gate test_coverage \(\d+ ms\)/)
  })

  test('coverage below the threshold: exit 1, the gate shows coverage and threshold', async () => {
    const dir = await repo()
    const body = Array.from({ length: 120 }, (_, i) => `export function unused${i}(x: number): number {\n  return x * ${i} + 1\n}\n`).join('')
    await writeIn(dir, 'examples/greeter/src/unused.ts', body)
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
    expect(run.code).toBe(1)
    const report = await readReport(dir)
    const gate = report.stage_results.testing.quality_gates.test_coverage
    expect(gate.passed).toBe(false)
    expect(gate.details.threshold).toBe(70)
    expect(gate.details.coverage).toBeLessThan(70)
    expect(gate.errors[0]).toContain(`line coverage ${gate.details.coverage}% is below the threshold 70%`)
    expect(report.stages_failed).toEqual(['testing'])
    expect(report.stages_skipped).toEqual(['refactoring', 'staging_deployment'])
    expect(report.skip_reasons.staging_deployment).toBe('stage testing failed')
    expect(run.stdout).toContain('Success: ✗ NO')
  })

  test('a flaky test fails once, passes on the rerun: retried, counted, flagged flaky', async () => {
    const dir = await repo()
    const marker = join(dir, 'flaky.marker')
    await writeIn(
      dir,
      'examples/greeter/tests/flaky.test.ts',
      `import { existsSync, writeFileSync } from 'node:fs'\n\ntest('passes on the second run', () => {\n  const marker = process.env.FLAKY_MARKER as string\n  if (!existsSync(marker)) {\n    writeFileSync(marker, 'ran')\n    throw new Error('first run fails')\n  }\n})\n`
    )
    await editConfig(dir, (t) => t + `error_recovery:\n  testing: { max_retries: 3, base_delay: 0.05, exponential_base: 2, max_delay: 0.2, jitter: false }\n`)
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'], { env: { FLAKY_MARKER: marker } })
    expect(run.code).toBe(0)
    const testing = (await readReport(dir)).stage_results.testing
    expect(testing.retries).toBe(1)
    expect(testing.outputs.attempts).toBe(2)
    expect(testing.outputs.flaky_tests).toHaveLength(1)
    expect(testing.outputs.flaky_tests[0]).toContain('passes on the second run')
    const flaky = testing.quality_gates.test_pass_rate.details.flaky
    expect(flaky.map((t: { id: string }) => t.id)).toEqual(testing.outputs.flaky_tests)
    expect(flaky[0]).toMatchObject({ name: expect.stringContaining('passes on the second run'), attempts: 2, failures: [expect.stringContaining('first run fails')] })
    expect(testing.quality_gates.test_pass_rate.details.flaky_count).toBe(1)
    expect(testing.warnings.join('\n')).toMatch(/flaky/)
    expect(run.stdout).toMatch(/↻ testing: retrying in 0\.1 s/)
  })

  test('a test that fails, then is skipped on the rerun, never passed: not flaky, the gate fails', async () => {
    const dir = await repo()
    const marker = join(dir, 'flaky.marker')
    // The rerun skips the test that failed (a condition, a retry plugin's deselection): the last report shows every
    // test it ran passing, and the failure would be gone from it.
    await writeIn(
      dir,
      'examples/greeter/tests/vanishing.test.ts',
      `import { existsSync, writeFileSync } from 'node:fs'\n\nconst marker = process.env.FLAKY_MARKER as string\nconst rerun = existsSync(marker)\n\n;(rerun ? test.skip : test)('fails, then is skipped', () => {\n  writeFileSync(marker, 'ran')\n  throw new Error('first run fails')\n})\n`
    )
    await editConfig(dir, (t) => t + `error_recovery:\n  testing: { max_retries: 3, base_delay: 0.05, exponential_base: 2, max_delay: 0.2, jitter: false }\n`)
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'], { env: { FLAKY_MARKER: marker } })
    expect(run.code).toBe(1)
    const testing = (await readReport(dir)).stage_results.testing
    expect(testing.outputs.attempts).toBe(2)
    expect(testing.outputs.flaky_tests).toEqual([])
    const gate = testing.quality_gates.test_pass_rate
    expect(gate.passed).toBe(false)
    expect(gate.errors.join('\n')).toMatch(/1 test\(s\) failed in an earlier attempt of the testing command and the last attempt's report does not show them passing \(left out or skipped\), so their failure stands: .*fails, then is skipped \(.*first run fails/)
    expect(run.stdout).toContain('Success: ✗ NO')
  })

  ;(existsSync('/usr/lib/python3/dist-packages/pytest') ? test : test.skip)(
    'a pytest collection failure (a test module that cannot be imported) is not rerun: it fails the same way every time',
    async () => {
      const dir = await repo()
      await writeIn(dir, 'py_tests/test_ok.py', 'def test_ok():\n    assert True\n')
      await writeIn(dir, 'py_tests/test_broken.py', 'import module_that_is_not_there\n\ndef test_never():\n    assert True\n')
      await writeIn(dir, 'py_tests/lcov.info', 'SF:py_tests/test_ok.py\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
      // Real pytest (Debian's); the coverage report is a stand-in: this test is about the retry.
      const command = 'mkdir -p {reports}/coverage && cp py_tests/lcov.info {reports}/coverage/lcov.info && /usr/bin/python3 -m pytest py_tests -p no:cacheprovider --junitxml={reports}/junit.xml'
      await editConfig(dir, testingWith(command))
      const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
      expect(run.code).toBe(1)
      const testing = (await readReport(dir)).stage_results.testing
      expect(testing.outputs.attempts).toBe(1)
      expect(testing.retries).toBe(0)
      expect(run.stdout).toContain('1 test module(s) could not be collected (pytest: collection failure): deterministic, not rerun')
      const gate = testing.quality_gates.test_pass_rate
      expect(gate.details).toMatchObject({ errors: 1 })
      expect(gate.findings[0].message).toContain("collection failure: ModuleNotFoundError: No module named 'module_that_is_not_there'")
    }
  )

  test('a deterministic test failure is confirmed once and not retried further', async () => {
    const dir = await repo()
    await writeIn(dir, 'examples/greeter/tests/broken.test.ts', `test('always fails', () => {\n  expect(1 + 1).toBe(3)\n})\n`)
    await editConfig(dir, (t) => t + `error_recovery:\n  testing: { max_retries: 3, base_delay: 0.05, exponential_base: 2, max_delay: 0.2, jitter: false }\n`)
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const testing = (await readReport(dir)).stage_results.testing
    expect(testing.outputs.attempts).toBe(2)
    expect(testing.retries).toBe(1)
    expect(run.stdout).toContain('the same 1 test(s) failed again: deterministic failure')
    const gate = testing.quality_gates.test_pass_rate
    expect(gate.details.failed).toBe(1)
    expect(gate.findings[0]).toMatchObject({ severity: 'error', file: 'examples/greeter/tests/broken.test.ts' })
    expect(gate.findings[0].message).toContain('always fails')
  })

  // pypa/packaging and pallets/click under an older coverage: pytest-cov crashed on the configuration before any test
  // ran, and the summary said only "the testing command failed: exit status 1", the cause 60 lines up in the log.
  test('a failure that is not a test result (exit 2, no report) is not retried, and its error quotes what the output says', async () => {
    const dir = await repo()
    const crash = [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/coverage/config.py", line 304, in from_file',
      "coverage.exceptions.CoverageWarning: Unrecognized option '[tool.coverage.report] exclude_also=' in config file pyproject.toml",
      'No data to report.'
    ]
    await editConfig(dir, testingWith(`printf '%s\\n' ${crash.map((l) => `"${l.replaceAll('"', '\\"')}"`).join(' ')} >&2; exit 2`))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const testing = (await readReport(dir)).stage_results.testing
    expect(testing.retries).toBe(0)
    expect(testing.commands).toHaveLength(1)
    expect(testing.quality_gates.test_pass_rate.errors[0]).toMatch(/wrote no JUnit report/)
    const error =
      'the testing command failed: exit status 2: deterministic failure, not retried; its output says ' +
      `"coverage.exceptions.CoverageWarning: Unrecognized option '[tool.coverage.report] exclude_also=' in config file pyproject.toml" and ends: "No data to report."`
    expect(testing.errors).toEqual([error])
    expect(run.stdout.slice(run.stdout.indexOf('WORKFLOW SUMMARY'))).toContain(`✗ testing: ${error}`)
  })

  // auth0/node-jsonwebtoken: mocha 5 stopped on "unknown option `--reporter-option'" under nyc, which still wrote its
  // (empty) coverage report; with a coverage report read, the error said only that no JUnit report was written.
  test('a command that fails writing no JUnit report quotes its output, though a coverage report was written', async () => {
    const dir = await repo()
    const command =
      "mkdir -p {reports}/coverage && printf 'TN:\\nSF:examples/greeter/src/greeter.ts\\nDA:1,0\\nLF:1\\nLH:0\\nend_of_record\\n' > {reports}/coverage/lcov.info && " +
      "printf '%s\\n' \"  error: unknown option \\`--reporter-option'\" >&2; exit 1"
    await editConfig(dir, testingWith(command))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const testing = (await readReport(dir)).stage_results.testing
    expect(testing.quality_gates.test_coverage.details).toMatchObject({ lines_total: 1, lines_covered: 0 })
    expect(testing.quality_gates.test_pass_rate.errors[0]).toMatch(/wrote no JUnit report/)
    expect(testing.errors).toEqual([expect.stringMatching(/^the testing command failed: exit status 1.*; its output (says|ends): "error: unknown option `--reporter-option'"$/)])
  })

  test('a hanging command is killed at its timeout with its whole process tree', async () => {
    const dir = await repo()
    await editConfig(dir, testingWith('sleep 300 & echo $! > hang.pid; sleep 300', 1))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const testing = (await readReport(dir)).stage_results.testing
    expect(testing.error_type).toBe('timeout')
    expect(testing.commands[0].timed_out).toBe(true)
    expect(testing.retries).toBe(0)
    const pid = Number(await readFile(join(dir, 'hang.pid'), 'utf8'))
    expect(running(pid)).toBe(false)
  })

  test('SIGTERM in the middle of a stage: tree killed, partial report written, non-zero exit', async () => {
    const dir = await repo()
    await editConfig(dir, testingWith('sleep 300 & echo $! > term.pid; sleep 300', 600))
    let sent = false
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'], {
      onStdout: (text, child) => {
        if (!sent && text.includes('▶ testing')) {
          sent = true
          setTimeout(() => child.kill('SIGTERM'), 500)
        }
      }
    })
    expect(sent).toBe(true)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('SIGTERM received')
    const report = await readReport(dir)
    expect(report.cancelled).toBe(true)
    expect(report.success).toBe(false)
    expect(report.stage_results.testing.status).toBe('cancelled')
    expect(report.stages_completed).toEqual(['specification'])
    expect(report.stages_skipped).toEqual(['refactoring', 'staging_deployment'])
    expect(report.total_execution_time_ms).toBeGreaterThan(0)
    const pid = Number(await readFile(join(dir, 'term.pid'), 'utf8'))
    expect(running(pid)).toBe(false)
  })

  test('auto-fix cannot fix everything: what remains fails the linting gate with its findings', async () => {
    const dir = await repo()
    await writeIn(dir, 'examples/greeter/src/loose.ts', 'export function loose(value: any): string {\n  return String(value)\n}\n')
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const linting = (await readReport(dir)).stage_results.refactoring.quality_gates.linting
    expect(linting.passed).toBe(false)
    expect(linting.details).toMatchObject({ issue_count: 1, fixed_count: 0, fixable_count: 0, max_issues: 0 })
    expect(linting.findings[0]).toMatchObject({ tool: 'eslint', rule: '@typescript-eslint/no-explicit-any', file: 'examples/greeter/src/loose.ts', line: 1 })
  })

  test('--only-changed judges findings on changed lines only and reports patch coverage', async () => {
    const dir = await repo()
    // main: an old lint problem; the branch adds tested code and touches nothing else.
    await writeIn(dir, 'examples/greeter/src/loose.ts', 'export function loose(value: any): string {\n  return String(value)\n}\n')
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'old problem')
    git(dir, 'checkout', '-qb', 'feature')
    await writeIn(dir, 'examples/greeter/src/twice.ts', 'export function twice(n: number): number {\n  return n * 2\n}\n\nexport function unused(n: number): number {\n  return n * 3\n}\n')
    await writeIn(dir, 'examples/greeter/tests/twice.test.ts', "import { twice } from '../src/twice.js'\n\ntest('twice', () => {\n  expect(twice(2)).toBe(4)\n})\n")
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'feature')
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev', '--only-changed', '--base', 'main'])
    expect(run.stderr).not.toContain('internal error')
    const report = await readReport(dir)
    const linting = report.stage_results.refactoring.quality_gates.linting
    expect(linting.details).toMatchObject({ issue_count: 0, only_changed: true, total_in_repository: 1 })
    expect(linting.passed).toBe(true)
    // twice.ts: lines 2 and 6 are executable; the test covers line 2 only.
    const patch = report.stage_results.testing.quality_gates.test_coverage.details.patch_coverage
    expect(patch).toMatchObject({ covered: 1, total: 2, percent: 50 })
    expect(run.code).toBe(0)
  })

  test('--only-changed with a base that is not there fails with a hint, exit 2', async () => {
    const dir = await repo()
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev', '--only-changed', '--base', 'origin/nope'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/fetch-depth: 0/)
  })

  test('a committed secret fails the security gate, and its value appears nowhere', async () => {
    const dir = await repo()
    const token = ['ghp_', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('')
    await writeIn(dir, 'examples/greeter/src/leak.ts', `export const token = '${token}'\n`)
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const text = await readFile(join(dir, 'workflow_report_greeter.json'), 'utf8')
    const security = JSON.parse(text).stage_results.refactoring.quality_gates.security
    expect(security.passed).toBe(false)
    expect(security.details.secret_count).toBe(1)
    expect(security.findings[0]).toMatchObject({ file: 'examples/greeter/src/leak.ts', line: 1 })
    expect(text).not.toContain(token)
    expect(run.stdout + run.stderr).not.toContain(token)
  })

  test('an audit that could not run leaves the vulnerabilities half unmeasured: staging fails naming it, dev warns', async () => {
    const dir = await repo()
    // The example's secret scan, then npm audit as the presets run it: this repository has no lock file, so npm
    // refuses (ENOLOCK) and writes its error object instead of an audit. The half is turned back on.
    await editConfig(dir, (t) =>
      t
        .replace('secrets: true, vulnerabilities: false', 'secrets: true, vulnerabilities: true')
        .replace(
          /^ {6}command: npx secretlint (.*)$/m,
          (_, rest: string) => `      command: ${JSON.stringify(`npx secretlint ${rest}; s=$?; npm audit --json > {reports}/npm-audit.json; a=$?; exit $(( s > a ? s : a ))`)}\n      reports: [{ path: "{reports}/npm-audit.json", format: npm-audit-json }]`
        )
    )
    const staging = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
    expect(staging.stderr).not.toContain('internal error')
    expect(staging.code).toBe(1)
    const report = await readReport(dir)
    expect(report.stages_failed).toEqual(['refactoring'])
    expect(report.stages_skipped).toEqual(['staging_deployment'])
    const security = report.stage_results.refactoring.quality_gates.security
    expect(security.passed).toBe(false)
    expect(security.details).toMatchObject({ secret_count: 0, critical: null, halves: { secrets: { status: 'measured', tools: ['secretlint'] }, vulnerabilities: { status: 'unmeasured' } } })
    expect(security.details.halves.vulnerabilities.reason).toMatch(/^stages\.refactoring\.security\.reports\[0\] could not be read \(.*npm audit itself failed, so nothing was audited: This command requires an existing lockfile/)
    expect(security.errors).toHaveLength(1)
    expect(security.errors[0]).toMatch(/^vulnerabilities not measured: .*existing lockfile.*At target staging every enabled half of the security gate must be measured: make it run here, or set quality_gates\.security\.vulnerabilities: false to turn the half off explicitly$/)
    // The console says which half was measured and which was not.
    expect(staging.stdout).toMatch(/✗ gate security \(\d+ ms\): secrets 0\/0 · vulnerabilities not measured — vulnerabilities not measured: /)

    const dev = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(dev.code).toBe(0)
    const atDev = (await readReport(dir)).stage_results.refactoring.quality_gates.security
    expect(atDev.passed).toBe(true)
    expect(atDev.details.halves.vulnerabilities.status).toBe('unmeasured')
    expect(atDev.warnings.join('\n')).toMatch(/vulnerabilities not measured: .*existing lockfile.*A warning at target dev only: at staging and production this fails the gate/)
    // The audit's failed exit is put down to the report it did not write, not to the secret scan.
    expect(atDev.warnings.join('\n')).toContain('the exit status is put down to the report(s) not read, stages.refactoring.security.reports[0] (vulnerabilities, unreadable)')
    expect(dev.stdout).toMatch(/⚠ gate security \(\d+ ms\): secrets 0\/0 · vulnerabilities not measured/)
  })

  test('both security halves off: the scan does not run, and no security gate says passed', async () => {
    const dir = await repo()
    await editConfig(dir, (t) => t.replace('secrets: true, vulnerabilities: false', 'secrets: false, vulnerabilities: false'))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(0)
    const refactoring = (await readReport(dir)).stage_results.refactoring
    expect(refactoring.quality_gates).not.toHaveProperty('security')
    expect(refactoring.commands.map((c: { purpose: string }) => c.purpose)).not.toContain('security')
    expect(refactoring.warnings).toContain(
      'security: both halves are off by configuration (quality_gates.security.secrets: false, quality_gates.security.vulnerabilities: false): the step did not run, nothing was checked'
    )
  })

  test('a stale report from an earlier run is never read as this run', async () => {
    const dir = await repo()
    // The command writes nothing; an old junit.xml and coverage file sit where the config points.
    await editConfig(dir, (t) =>
      testingWith('true')(t).replace('reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage/lcov.info" }', 'reports: { junit: "old/junit.xml", coverage: "old/lcov.info" }')
    )
    await writeIn(dir, 'old/junit.xml', '<testsuite name="x" tests="1"><testcase name="ok" classname="a"/></testsuite>')
    await writeIn(dir, 'old/lcov.info', 'SF:a.ts\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const gates = (await readReport(dir)).stage_results.testing.quality_gates
    expect(gates.test_pass_rate.errors[0]).toMatch(/left over from an earlier run/)
    expect(gates.test_coverage.errors[0]).toMatch(/left over from an earlier run/)
  })
})

describe('hostile reports', () => {
  test('a report that is a symlink out of the workspace is not read', async () => {
    const dir = await repo()
    const outside = join(await repo(), 'examples/greeter/SPEC.md')
    await editConfig(dir, testingWith(`ln -s ${outside} {reports}/junit.xml && ln -s ${outside} {reports}/coverage.info`))
    await editConfig(dir, (t) => t.replace('coverage: "{reports}/coverage/lcov.info"', 'coverage: "{reports}/coverage.info"'))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const gates = (await readReport(dir)).stage_results.testing.quality_gates
    expect(gates.test_pass_rate.errors[0]).toMatch(/resolves outside the workspace/)
    expect(gates.test_coverage.errors[0]).toMatch(/resolves outside the workspace/)
  })

  test('a report path configured outside the workspace is refused as bad configuration', async () => {
    const dir = await repo()
    await editConfig(dir, (t) => testingWith('true')(t).replace('junit: "{reports}/junit.xml"', 'junit: "../../etc/passwd"'))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(2)
    expect((await readReport(dir)).stage_results.testing.errors[0]).toMatch(/outside the workspace/)
  })
})

describe('bad input', () => {
  test('broken YAML: exit 2, the message names file:line:column', async () => {
    const dir = await repo()
    await editConfig(dir, (t) => t.replace('quality_gates:', 'quality_gates: [oops\n'))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/spec-to-production\.yml:\d+:\d+/)
    // Nothing is lost: the report is written, saying why.
    const report = await readReport(dir)
    expect(report.success).toBe(false)
    expect(report.errors[0]).toMatch(/spec-to-production\.yml:\d+:\d+/)
  })

  test('schema errors: exit 2, file:line:column, the key and the allowed values', async () => {
    const dir = await repo()
    await editConfig(dir, (t) => t.replace('staging_threshold: 70', 'staging_threshold: 170').replace('preset: none', 'preset: rust'))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/spec-to-production\.yml:8:\d+.*quality_gates\.test_coverage\.staging_threshold/)
    expect(run.stderr).toMatch(/spec-to-production\.yml:5:\d+.*preset.*(python|node)/)
  })

  test('a spec missing a required section fails the specification stage with its line', async () => {
    const dir = await repo()
    const spec = join(dir, 'examples/greeter/SPEC.md')
    await writeIn(dir, 'examples/greeter/SPEC.md', (await readFile(spec, 'utf8')).replace('## Acceptance Criteria', '## Acceptance'))
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    const report = await readReport(dir)
    expect(report.stages_failed).toEqual(['specification'])
    const gate = report.stage_results.specification.quality_gates.spec_validation
    expect(gate.errors.join('\n')).toMatch(/SPEC\.md:\d+.*Acceptance Criteria/)
    expect(report.stages_skipped).toEqual(['testing', 'refactoring'])
  })

  test.each([['a;rm -rf /'], ['$(touch pwned)'], ['has space'], ['../escape']])('component name %p is refused with exit 2', async (name) => {
    const dir = await repo()
    const run = await runCli(dir, ['--spec', 'examples/greeter/SPEC.md', '--component', name, '--config', 'examples/greeter/spec-to-production.yml'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('component')
    expect(existsSync(join(dir, 'pwned'))).toBe(false)
  })

  test('usage errors exit 2 and --help exits 0', async () => {
    const dir = await repo()
    expect((await runCli(dir, ['--component', 'x'])).code).toBe(2)
    expect((await runCli(dir, [...EXAMPLE_ARGS, '--target', 'prod'])).stderr).toContain('dev, staging, production')
    const help = await runCli(dir, ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--component NAME')
  })
})
