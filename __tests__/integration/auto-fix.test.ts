/**
 * The lint fixer never changes what the gates judge and what is deployed behind their back (issue 11, item 7): the
 * CLI as a real process on a real git repository, with the example's real eslint and deploy kit, and a real bare
 * remote for `auto_fix: commit`.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { bundledCli, editConfig, EXAMPLE_ARGS, exampleRepo, git, readReport, removeDir, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(240_000)

const dirs: string[] = []
async function repo(): Promise<string> {
  const dir = await exampleRepo()
  dirs.push(dir)
  return dir
}

beforeAll(async () => {
  await bundledCli()
})

afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

const FIXME = 'examples/greeter/src/fixme.ts'
const FIXABLE = 'export function answer(): number {\n  let x = 42\n  return x\n}\n'

/** A fixable lint problem (prefer-const), committed. */
async function commitFixable(dir: string): Promise<void> {
  await writeIn(dir, FIXME, FIXABLE)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'fixable lint problem')
}

/** A hash of every tracked file as it is on disk, and of the list of files. */
function treeHash(dir: string): string {
  const hash = createHash('sha256')
  for (const line of git(dir, 'ls-files', '-s').split('\n').filter(Boolean)) hash.update(line + '\n')
  hash.update(git(dir, 'stash', 'create') || 'clean')
  hash.update(git(dir, 'status', '--porcelain', '--untracked-files=no'))
  return hash.digest('hex')
}

test('suggest (also the deprecated auto_fix: true): the commit is judged, the fix is only offered, nothing is deployed', async () => {
  const dir = await repo()
  await editConfig(dir, (t) => t.replace('auto_fix: suggest', 'auto_fix: true'))
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'config')
  await commitFixable(dir)
  const before = treeHash(dir)
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  expect(run.stderr).not.toContain('internal error')
  // The working tree after the run is the commit's, byte for byte.
  expect(treeHash(dir)).toBe(before)
  expect(git(dir, 'status', '--porcelain', '--untracked-files=no')).toBe('')
  expect(await readFile(join(dir, FIXME), 'utf8')).toBe(FIXABLE)
  // The copy the fixer ran in is gone.
  expect(git(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1)

  const report = await readReport(dir)
  const refactoring = report.stage_results.refactoring
  const linting = refactoring.quality_gates.linting
  // The gate counts the commit's problem, says the fixer can fix it, and fails.
  expect(linting.passed).toBe(false)
  expect(linting.details).toMatchObject({ issue_count: 1, fixed_count: 0, fixable_count: 1 })
  expect(refactoring.warnings.join('\n')).toMatch(/auto_fix: true is deprecated and means 'suggest'/)
  expect(refactoring.outputs.auto_fix).toMatchObject({ mode: 'suggest', ran: true, issues_before: 1, fixable_count: 1, fixed_count: 0 })
  // The fix is offered as a patch that applies to the commit.
  const patch = await readFile(refactoring.outputs.fix_patch, 'utf8')
  expect(patch).toContain('-  let x = 42')
  expect(patch).toContain('+  const x = 42')
  expect(refactoring.outputs.fixed_files).toEqual([FIXME])
  git(dir, 'apply', '--check', refactoring.outputs.fix_patch)
  // The fixer's trial lint run is recorded, and it ran in the copy.
  expect(refactoring.commands.map((c: { purpose: string }) => c.purpose)).toEqual(expect.arrayContaining(['linting', 'linting-fix', 'linting-on-fixed-copy']))
  const logs = await readdir(join(dirname(report.reports_dir), 'logs'))
  expect(logs).toEqual(expect.arrayContaining(['linting-1.log', 'linting-fix-1.log', 'linting-on-fixed-copy-1.log']))
  // Nothing was deployed: the branch still has the problem.
  expect(report.stages_skipped).toContain('staging_deployment')
  expect(existsSync(join(dir, '.spec-to-production/deploy/staging'))).toBe(false)
  expect(run.code).toBe(1)
})

test('a fix command that cannot run (exit 127) fails the linting gate with the command, its status and output', async () => {
  const dir = await repo()
  await editConfig(dir, (t) =>
    t
      .replace('linting: { max_issues: 0, auto_fix: suggest }', 'linting: { max_issues: 5, auto_fix: suggest }')
      // Behind `sh -c`, so the up-front check for missing tools (which would stop the run before any stage) sees only
      // `sh`: the fixer goes missing at run time, as one does when a step before it failed to install it.
      .replace(/^ {6}fix_command: .*$/m, `      fix_command: sh -c 's2p-no-such-fixer --fix "$1"' fixer {path}`)
  )
  await commitFixable(dir)
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
  const linting = (await readReport(dir)).stage_results.refactoring.quality_gates.linting
  // One issue is within max_issues: 5; the broken fixer alone fails the gate.
  expect(linting.details.issue_count).toBe(1)
  expect(linting.passed).toBe(false)
  expect(linting.errors.join('\n')).toMatch(/the lint fix command failed \(exit status 127 \(command not found\)\): sh -c 's2p-no-such-fixer --fix /)
  expect(linting.errors.join('\n')).toMatch(/s2p-no-such-fixer: (command )?not found/)
  expect(linting.details.fixable_count).toBeNull()
  expect(run.stdout).toMatch(/✗ linting-fix \(attempt 1, \d+ ms\): failed/)
  expect(run.code).toBe(1)
})

/**
 * `auto_fix: commit` with the config as `edit` leaves it, the fixable problem committed and pushed to a real bare
 * remote, then the CLI run to staging: the remote, the pushed commit (the fix's parent), the run and its report.
 */
async function commitModeRun(dir: string, edit: (config: string) => string) {
  const remote = join(await mkdtemp(join(tmpdir(), 's2p-remote-')), 'origin.git')
  dirs.push(remote)
  git(dir, 'init', '-q', '--bare', remote)
  await editConfig(dir, (t) => edit(t.replace('auto_fix: suggest', 'auto_fix: commit')))
  await commitFixable(dir)
  git(dir, 'remote', 'add', 'origin', remote)
  git(dir, 'push', '-q', 'origin', 'main')
  const parent = git(dir, 'rev-parse', 'HEAD').trim()
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  expect(run.stderr).not.toContain('internal error')
  return { remote, parent, run, report: await readReport(dir) }
}

test('commit: the fix is committed and pushed to a real remote, that commit is judged and deployed', async () => {
  const dir = await repo()
  const { remote, parent, run, report } = await commitModeRun(dir, (t) => t)
  const refactoring = report.stage_results.refactoring
  const fix = refactoring.outputs.auto_fix
  expect(fix).toMatchObject({ mode: 'commit', parent_sha: parent, pushed_to: 'origin/main', fixed_count: 1 })
  // The push landed: the remote branch is the fix commit, by the bot, with the fix in it.
  const sha = fix.commit_sha as string
  expect(git(remote, 'rev-parse', 'refs/heads/main').trim()).toBe(sha)
  expect(git(remote, 'log', '-1', '--format=%an <%ae>|%P', sha).trim()).toBe(`github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|${parent}`)
  expect(git(remote, 'show', `${sha}:${FIXME}`)).toContain('const x = 42')
  // The gates judged that commit: no issue left.
  expect(refactoring.quality_gates.linting.passed).toBe(true)
  expect(refactoring.quality_gates.linting.details).toMatchObject({ issue_count: 0, fixed_count: 1, fixable_count: 1 })
  // The deployment got the fix commit's SHA and built the fixed code.
  const staging = report.stage_results.staging_deployment
  expect(staging.outputs.deploy_outputs.release).toBe(sha)
  expect(await readFile(join(dir, `.spec-to-production/deploy/staging/releases/${sha}/lib/fixme.js`), 'utf8')).toContain('const x = 42')
  // The tests ran again on the fix commit before it was deployed: the testing stage's result is that commit's.
  expect(report.stage_results.testing.outputs).toMatchObject({ tested_commit: sha, first_run: { commit: parent, status: 'passed' } })
  expect(fix.tests_ran_on).toBe(sha)
  expect(run.stdout).toContain(`testing: running again on the lint fix commit ${sha.slice(0, 12)}`)
  expect(run.code).toBe(0)
})

test('commit: a fix that breaks a test fails the run on the fix commit, and nothing is deployed', async () => {
  const dir = await repo()
  await writeIn(dir, 'examples/greeter/tests/fixme.test.ts', "import { expect, test } from '@jest/globals'\nimport { answer } from '../src/fixme.js'\n\ntest('the answer', () => {\n  expect(answer()).toBe(42)\n})\n")
  // A fixer that, besides eslint's safe fix, rewrites behaviour (as an unsafe fix can): 42 becomes 41.
  const { remote, parent, run, report } = await commitModeRun(dir, (t) =>
    t.replace(/^ {6}fix_command: .*$/m, `      fix_command: sh -c 'npx eslint -c examples/greeter/eslint.config.js "$1" --fix && sed -i s/42/41/ "$1/fixme.ts"' fixer {path}`)
  )
  const fix = report.stage_results.refactoring.outputs.auto_fix
  const sha = fix.commit_sha as string
  expect(git(remote, 'show', `${sha}:${FIXME}`)).toContain('const x = 41')
  // The tests passed on the parent and fail on the fix commit, which is what the run reports and would have deployed.
  const testing = report.stage_results.testing
  expect(testing.outputs).toMatchObject({ tested_commit: sha, first_run: { commit: parent, status: 'passed', success: true } })
  expect(testing.success).toBe(false)
  expect(testing.quality_gates.test_pass_rate.passed).toBe(false)
  expect(report.stages_failed).toContain('testing')
  expect(report.stages_completed).not.toContain('testing')
  expect(report.stages_skipped).toContain('staging_deployment')
  expect(report.skip_reasons.staging_deployment).toBe('stage testing failed on the lint fix commit')
  expect(existsSync(join(dir, '.spec-to-production/deploy/staging'))).toBe(false)
  expect(report.success).toBe(false)
  expect(run.code).toBe(1)
})

test('commit: a push the remote refuses fails the gate and leaves the workspace on the branch commit', async () => {
  const dir = await repo()
  await editConfig(dir, (t) => t.replace('auto_fix: suggest', 'auto_fix: commit'))
  await commitFixable(dir)
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  // No remote at all: the fix cannot reach the branch.
  const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'staging'])
  const report = await readReport(dir)
  const linting = report.stage_results.refactoring.quality_gates.linting
  expect(linting.passed).toBe(false)
  expect(linting.errors.join('\n')).toMatch(/auto_fix: commit: cannot read origin\/main/)
  expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(head)
  expect(await readFile(join(dir, FIXME), 'utf8')).toBe(FIXABLE)
  expect(report.stages_skipped).toContain('staging_deployment')
  expect(run.code).toBe(1)
})
