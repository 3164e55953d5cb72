/**
 * The CLI in a workflow step (GITHUB_ACTIONS=true, its output read by the runner as the job log): test names and
 * failure messages that look like workflow commands are printed, but none acts as one. A real CLI process on a real
 * git repository, its output read the way the runner reads it.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledCli, EXAMPLE_ARGS, exampleRepo, removeDir, reportingCommand, runCli } from '../helpers/workspace.js'
import { actedOn } from '../helpers/runner-commands.js'

jest.setTimeout(120_000)

let dir: string
beforeAll(async () => {
  await bundledCli()
  dir = await exampleRepo()
  // One failing test whose name and message hold commands: a legacy stop-commands mid-line, and `::` commands in
  // the message and its text.
  await reportingCommand(
    dir,
    `const cases = ['<testcase classname="gen" name="ok"/>', '<testcase classname="gen" name="pwned ##[stop-commands]zz"><failure message="::error::pwned by message">::warning::pwned by text</failure></testcase>']`
  )
})

afterAll(async () => {
  await removeDir(dir)
})

test('in a workflow step, what a report says is printed and acts as no command', async () => {
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'], { env: { GITHUB_ACTIONS: 'true' } })
  expect(run.code).toBe(1)
  // The only commands acted on are the CLI's own frames, whose tokens are random UUIDs (a stop-commands from the
  // report would silence every later command of the step).
  const OWN_FRAME = /^stop-commands:::stop-commands::[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
  for (const log of [run.stdout, run.stderr]) {
    expect(actedOn(log).filter((line) => !OWN_FRAME.test(line))).toEqual([])
  }
  // The hostile test is named where it fails, as text.
  expect(`${run.stdout}${run.stderr}`).toContain('pwned ##[stop-commands]zz')
})

test('outside Actions the same run is printed as it is, with no frame', async () => {
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'], { env: { GITHUB_ACTIONS: '' } })
  expect(run.code).toBe(1)
  expect(`${run.stdout}${run.stderr}`).toContain('pwned ##[stop-commands]zz')
  expect(`${run.stdout}${run.stderr}`).not.toContain('::stop-commands::')
})

test('validate-instructions in a workflow step: a file name or a message that looks like a command acts as none', async () => {
  // It reads files without running anything, so a workflow may run it on a pull request's files.
  const repo = await mkdtemp(join(tmpdir(), 's2p-instr-log-'))
  try {
    await mkdir(join(repo, '.github/instructions'), { recursive: true })
    await writeFile(join(repo, '.github/instructions', 'a\n::warning::pwned by a file name.instructions.md'), '---\napplyTo: "**"\n---\nshort\n')
    const run = await runCli(repo, ['validate-instructions'], { env: { GITHUB_ACTIONS: 'true' } })
    expect(run.code).toBe(1)
    const OWN_FRAME = /^stop-commands:::stop-commands::[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    for (const log of [run.stdout, run.stderr]) {
      expect(actedOn(log).filter((line) => !OWN_FRAME.test(line))).toEqual([])
    }
    expect(run.stdout).toContain('::warning::pwned by a file name')
  } finally {
    await removeDir(repo)
  }
})
