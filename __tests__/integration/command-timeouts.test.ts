/**
 * A command that runs past its `timeout_seconds`: the CLI as a real process on a tiny real repository (see
 * helpers/tiny.ts). Its whole process group is killed, the output it printed before is kept, and every place that
 * gives the cause names the timeout and its limit, not a bare failure.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledCli, git, readReport, removeDir, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyJunit, tinyRepo, toolsRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const repos: string[] = []

beforeAll(async () => {
  await bundledCli()
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

/** True while `pid` runs (a zombie, dead and not yet reaped, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

test('a test command that writes its report, then hangs past its timeout: the gate names the timeout and its limit', async () => {
  const writeReports = `printf '${tinyJunit()}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
  const dir = await tinyRepo({
    testing: `sleep 300 & echo $! > bg.pid; ${writeReports}; echo printed before the hang; sleep 300`,
    extra: 'error_recovery:\n  testing: { max_retries: 0 }\n'
  })
  repos.push(dir)
  const config = await readFile(join(dir, 'cfg.yml'), 'utf8')
  await writeFile(join(dir, 'cfg.yml'), config.replace('    reports:', '    timeout_seconds: 1\n    reports:'))
  const run = await runCli(dir, TINY_ARGS)
  expect(run.code).toBe(1)
  const testing = (await readReport(dir, 'workflow_report_tiny.json')).stage_results.testing
  expect(testing.commands[0]).toMatchObject({ timed_out: true })
  expect(testing.commands[0].tail).toContain('printed before the hang')
  const gate = testing.quality_gates.test_pass_rate
  expect(gate.passed).toBe(false)
  expect(gate.error_type).toBe('timeout')
  expect(gate.errors[0]).toMatch(/^the testing command failed \(timed out after 1 s \(timeout_seconds\); process tree killed\)/)
  // The log line says it once.
  expect(run.stdout).toMatch(/✗ testing \(attempt 1, \d+ ms\): failed — timed out after 1 s \(timeout_seconds\); process tree killed: deterministic failure, not retried\n/)
  expect(alive(Number(await readFile(join(dir, 'bg.pid'), 'utf8')))).toBe(false)
})

test("auto_fix: commit against a remote that never answers: the lint gate fails at the refactoring stage's timeout, the run ends", async () => {
  const lint =
    '    timeout_seconds: 10\n' +
    '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", fix_command: "npx eslint --fix src/tiny", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(lint, { rules: "'prefer-const': 'error'", files: { 'src/tiny/a.js': 'let a = 1\nexport { a }\n' }, extra: 'quality_gates:\n  linting: { auto_fix: commit }\n' })
  repos.push(dir)
  // origin: a bare repository whose upload-pack (what ls-remote and fetch talk to) never answers, as a stalled network.
  const remote = await mkdtemp(join(tmpdir(), 's2p-stalled-remote-'))
  repos.push(remote)
  git(dir, 'init', '-q', '--bare', join(remote, 'origin.git'))
  git(dir, 'remote', 'add', 'origin', join(remote, 'origin.git'))
  git(dir, 'push', '-q', 'origin', 'main')
  await writeFile(join(remote, 'upload-pack.sh'), `#!/bin/sh\necho $$ > '${join(remote, 'upload-pack.pid')}'\nexec sleep 300\n`, { mode: 0o755 })
  git(dir, 'config', 'remote.origin.uploadpack', join(remote, 'upload-pack.sh'))
  let killed = false
  let killer: NodeJS.Timeout | undefined
  const started = Date.now()
  const run = await runCli(dir, TINY_ARGS, {
    onStdout: (_text, child) => {
      killer ??= setTimeout(() => {
        killed = true
        child.kill('SIGKILL')
      }, 60_000)
    }
  })
  clearTimeout(killer)
  try {
    process.kill(Number(await readFile(join(remote, 'upload-pack.pid'), 'utf8')), 'SIGKILL')
  } catch {
    // gone with git
  }
  expect(killed).toBe(false)
  expect(Date.now() - started).toBeLessThan(30_000)
  expect(run.code).toBe(1)
  const linting = (await readReport(dir, 'workflow_report_tiny.json')).stage_results.refactoring.quality_gates.linting
  expect(linting.passed).toBe(false)
  expect(linting.errors.join('\n')).toMatch(/auto_fix: commit: cannot read origin\/main: no answer within 10 s \(stages\.refactoring\.timeout_seconds\)/)
})
