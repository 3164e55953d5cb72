/**
 * `quality_gates.test_pass_rate.flaky` and `quarantine` through the CLI as a real process, on reports Debian's
 * pytest writes (`python3 -m pytest --junitxml`, coverage by pytest-cov) in a real git repository: more quarantined
 * failures than the report keeps by name, an unquarantined failure beside them, an expired and a stale entry, and a
 * test that fails on the first run of the command and passes on its rerun under each flaky policy.
 */
import { jest, afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledCli, git, readReport, removeDir, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(180_000)

const READY = ['pytest', 'pytest_cov', 'coverage'].every((m) => existsSync(`/usr/lib/python3/dist-packages/${m}`))
if (!READY) console.warn('SKIPPED quarantine with pytest: apt-get install python3-pytest python3-pytest-cov python3-coverage')

const repos: string[] = []

const SPEC = '---\ncomponent: net\n---\n# net\n\n## Requirements\n\n- retries\n\n## Acceptance Criteria\n\n- a retry succeeds\n'
const SOURCE = '"""Retries."""\n\n\ndef retry(times: int) -> int:\n    """Return how many attempts were made."""\n    return times\n'

/** Tests: `failing` parametrized failures of test_retry, `other` extra failing test, a flaky test when asked. */
function tests(failing: number, other: boolean, flakyMarker?: string): string {
  let text = 'import os\nimport pytest\nfrom net import retry\n\n\ndef test_ok():\n    assert retry(1) == 1\n\n\n'
  text += `@pytest.mark.parametrize("n", range(${failing}))\ndef test_retry_slow(n):\n    assert retry(n) == -1, "mock server is slow"\n\n\n`
  if (other) text += 'def test_parse():\n    assert retry(2) == 3, "a real bug"\n\n\n'
  if (flakyMarker) {
    text += `def test_flaky_connect():\n    marker = ${JSON.stringify(flakyMarker)}\n    if not os.path.exists(marker):\n        open(marker, "w").close()\n        assert False, "connection reset on the first run"\n`
  }
  return text
}

/** A python repository whose configuration has `policy` under quality_gates.test_pass_rate. */
async function repo(testText: string, policy: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-quarantine-'))
  repos.push(dir)
  await writeIn(dir, 'src/net/__init__.py', SOURCE)
  await writeIn(dir, 'tests/net/test_net.py', testText)
  await writeIn(dir, 'specs/net.md', SPEC)
  await writeIn(
    dir,
    '.github/spec-to-production.yml',
    [
      'preset: none',
      'quality_gates:',
      '  test_pass_rate:',
      ...policy.split('\n').map((l) => `    ${l}`),
      'stages:',
      '  testing:',
      '    command: /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/net --rootdir=. --cov=src/net --cov-report=xml:{reports}/coverage.xml --junitxml={reports}/junit.xml',
      '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.xml" }',
      '  refactoring: { enabled: false }',
      'error_recovery:',
      '  testing: { max_retries: 1, base_delay: 0.01, max_delay: 0.01, jitter: false }',
      ''
    ].join('\n')
  )
  await writeFile(join(dir, '.gitignore'), '.spec-to-production\nworkflow_*\n*.marker\n')
  await writeFile(join(dir, 'pytest.ini'), '[pytest]\npythonpath = src\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'net')
  return dir
}

async function run(dir: string) {
  const cli = await runCli(dir, ['--spec', 'specs/net.md', '--component', 'net', '--target', 'dev'])
  const report = await readReport(dir, 'workflow_report_net.json')
  if (!report.stage_results.testing) throw new Error(`no testing stage:\n${cli.stdout.slice(-3000)}\n${cli.stderr}`)
  return { cli, report, gate: report.stage_results.testing.quality_gates.test_pass_rate }
}

beforeAll(async () => {
  await bundledCli()
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

;(READY ? describe : describe.skip)('quarantine on pytest reports', () => {
  test('250 quarantined failures (more than the 200 the report keeps by name) are all excused: the gate passes, exit 0', async () => {
    const dir = await repo(tests(250, false), 'quarantine:\n  - test: "tests/net/test_net.py::test_retry_slow*"\n    reason: "mock server is slow, #123"\n    expires: 2999-12-31')
    const { cli, gate } = await run(dir)
    expect(gate.details).toMatchObject({ total: 251, passed: 1, failed: 250, executed: 251, quarantined_count: 250, quarantined_failures: 250, flaky_policy: 'warn', judged: { passed: 1, executed: 1, pass_rate: 100 } })
    expect(gate.passed).toBe(true)
    expect(gate.details.quarantined).toHaveLength(50)
    expect(gate.details.quarantined[0]).toEqual({ id: 'tests.net.test_net::test_retry_slow[0]', pattern: 'tests/net/test_net.py::test_retry_slow*', reason: 'mock server is slow, #123', expires: '2999-12-31', outcome: 'failed' })
    expect(gate.warnings.join('\n')).toMatch(/250 quarantined test failure\(s\) did not count against the gate: tests\.net\.test_net::test_retry_slow\[0\]/)
    expect(cli.code).toBe(0)
    // The console summary, and the agent brief the context session wrote, say what the quarantine excused.
    expect(cli.stdout).toMatch(/^ {2}Quarantined \(250; 250 failures excused\): tests\.net\.test_net::test_retry_slow\[0\] — failed · reason: mock server is slow, #123 · expires 2999-12-31;/m)
    const brief = /agent brief: (\S+)/.exec(cli.stdout)?.[1]
    expect(brief).toBeDefined()
    expect(await readFile(brief!, 'utf8')).toMatch(/- Quarantined \(250; 250 failures excused\): tests\.net\.test_net::test_retry_slow\[0\]/)
  })

  test('an unquarantined failure beside 250 quarantined ones fails the gate, and the error says what was left out', async () => {
    const dir = await repo(tests(250, true), 'quarantine:\n  - { test: "tests.net.test_net::test_retry_slow[*]", reason: "slow mock" }')
    const { cli, gate } = await run(dir)
    expect(gate.passed).toBe(false)
    expect(gate.details).toMatchObject({ failed: 251, quarantined_failures: 250, judged: { passed: 1, executed: 2 } })
    expect(gate.errors[0]).toBe('pass rate 50% is below the required 100% (1 of 2 judged tests passed: 251 failed, 0 errors; 250 quarantined failure(s) left out)')
    expect(cli.code).toBe(1)
  })

  test('an expired entry fails the gate loudly even though its test passes; a stale entry is warned about', async () => {
    const dir = await repo(
      tests(0, false),
      'quarantine:\n  - { test: "tests.net.test_net::test_ok", reason: "was flaky in CI, #77", expires: 2020-01-31 }\n  - { test: "tests/net/test_gone.py::*", reason: "removed module" }'
    )
    const { cli, gate, report } = await run(dir)
    expect(gate.passed).toBe(false)
    expect(gate.errors).toContain('quarantine entry "tests.net.test_net::test_ok" expired on 2020-01-31 (reason: was flaky in CI, #77): fix the test and remove the entry, or give it a later date (expires, or its alias until)')
    expect(gate.details.expired_quarantine).toEqual([{ pattern: 'tests.net.test_net::test_ok', reason: 'was flaky in CI, #77', expires: '2020-01-31' }])
    expect(gate.warnings).toContain('quarantine entry "tests/net/test_gone.py::*" matches no test of the report (reason: removed module): remove it if the test was fixed or renamed')
    expect(report.success).toBe(false)
    expect(cli.code).toBe(1)
    expect(cli.stdout).toContain('expired on 2020-01-31')
  })

  test('until is expires by another name (DESIGN.md §7): a past date fails, a future one excuses, exactly as expires does', async () => {
    for (const [date, passes] of [['2020-01-31', false], ['2999-12-31', true]] as const) {
      const seen = []
      for (const key of ['expires', 'until']) {
        const dir = await repo(tests(2, false), `quarantine:\n  - { test: "tests/net/test_net.py::test_retry_slow*", reason: "slow mock, #123", ${key}: ${date} }`)
        const { cli, gate } = await run(dir)
        seen.push({ code: cli.code, passed: gate.passed, errors: gate.errors, warnings: gate.warnings, details: gate.details })
      }
      expect(seen[1]).toEqual(seen[0])
      expect(seen[0].passed).toBe(passes)
      expect(seen[0].code).toBe(passes ? 0 : 1)
      if (passes) expect(seen[0].details).toMatchObject({ quarantined_failures: 2, judged: { passed: 1, executed: 1 } })
      else expect(seen[0].errors).toContain(`quarantine entry "tests/net/test_net.py::test_retry_slow*" expired on ${date} (reason: slow mock, #123): fix the test and remove the entry, or give it a later date (expires, or its alias until)`)
    }
  })
})

;(READY ? describe : describe.skip)('flaky policy on a test that fails on the first run of the command and passes on its rerun', () => {
  for (const [policy, passes] of [['fail', false], ['warn', true], ['ignore', true]] as const) {
    test(`flaky: ${policy}`, async () => {
      const dir = await repo(tests(0, false, 'flaky.marker'), `flaky: ${policy}`)
      const { cli, gate } = await run(dir)
      expect(gate.details).toMatchObject({ flaky_count: 1, flaky_policy: policy, failed: 0 })
      expect(gate.details.flaky[0]).toMatchObject({ id: 'tests.net.test_net::test_flaky_connect', failures: ['AssertionError: connection reset on the first run'] })
      expect(gate.passed).toBe(passes)
      expect(cli.code).toBe(passes ? 0 : 1)
      const flakyWarning = /flaky test\(s\) failed first and passed on a rerun/
      if (policy === 'fail') expect(gate.errors[0]).toMatch(/1 flaky test\(s\) counted as failed \(flaky: fail\)/)
      if (policy === 'warn') expect(gate.warnings.join('\n')).toMatch(flakyWarning)
      if (policy === 'ignore') expect(gate.warnings.join('\n')).not.toMatch(flakyWarning)
    })
  }
  test('a quarantined flaky test is excused under flaky: fail', async () => {
    const dir = await repo(tests(0, false, 'flaky.marker'), 'flaky: fail\nquarantine:\n  - { test: "*flaky_connect", reason: "network" }')
    const { cli, gate } = await run(dir)
    expect(gate.passed).toBe(true)
    expect(gate.details).toMatchObject({ flaky_count: 1, quarantined_count: 1, quarantined_failures: 0 })
    expect(cli.code).toBe(0)
  })
})
