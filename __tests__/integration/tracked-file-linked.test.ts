/**
 * A test command that replaces a tracked file with a symbolic link to /dev/zero (a hostile test, or one run in a
 * container that mounts the workspace): the run hashes the tracked files a command changed, and the test history hashes
 * the modified test files. Both followed the link and read without end: the CLI was killed for memory right after the
 * test command (under a 3 GB limit: a segmentation fault, no report, no summary; without a limit, the machine's memory).
 * They now take a link as git does, by its target path. The CLI runs as a real process on a real git repository,
 * limited to 3 GB so that a regression aborts that process and not the machine.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { bundledCli, readReport, removeDir, writeIn, git } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const made: string[] = []
beforeAll(async () => {
  await bundledCli()
})
afterAll(async () => {
  await Promise.all(made.map(removeDir))
})

test('a tracked test file turned into a link to /dev/zero by the test command is reported as a change, not read', async () => {
  const testing = `rm src/tiny/a.test.js && ln -s /dev/zero src/tiny/a.test.js && printf '<testsuite name="s" tests="1"><testcase classname="c" name="t" file="src/tiny/a.test.js"/></testsuite>' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
  const dir = await tinyRepo({ testing })
  made.push(dir)
  await writeIn(dir, 'src/tiny/a.test.js', "test('t', () => {})\n")
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'a test')
  const cli = await bundledCli()
  const args = TINY_ARGS.map((a) => `'${a}'`).join(' ')
  const run = spawnSync('bash', ['-c', `ulimit -v 3000000; exec "${process.execPath}" "${cli}" ${args}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NODE_OPTIONS: '', GITHUB_SHA: '' }
  })
  expect(run.signal).toBeNull()
  expect(run.stderr).not.toMatch(/out of memory/)
  expect(run.status).toBe(1)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  expect(report.stage_results.testing.errors.join('\n')).toContain('the testing commands changed tracked files of the workspace (src/tiny/a.test.js)')
})
