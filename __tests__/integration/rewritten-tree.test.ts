/**
 * The tests and the checks judge the commit's tree. A command of theirs that rewrites tracked files — a lint command
 * given --fix, a test command given jest's -u — made the gates judge another tree (the lint issues it fixed were not
 * counted, a failing snapshot was rewritten into a passing one) and left it in the workspace for the deployments.
 * The real CLI on a small git repository; eslint is the real one.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

async function repo(opts: Parameters<typeof tinyRepo>[0], refactoring?: string): Promise<string> {
  const dir = await tinyRepo(opts)
  dirs.push(dir)
  if (refactoring) {
    await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nnode_modules\n')
    await writeIn(dir, 'eslint.config.js', "export default [{ files: ['**/*.js'], rules: { 'prefer-const': 'error' } }]\n")
    await writeIn(dir, 'src/tiny/a.js', 'let a = 1\nexport { a }\n')
    await writeIn(dir, 'cfg.yml', `${tinyConfig(opts).replace('  refactoring: { enabled: false }', `  refactoring:\n${refactoring}`)}\nquality_gates: { linting: { auto_fix: false } }\n`)
  }
  await writeIn(dir, 'src/tiny/__snapshots__/a.snap', 'exports[`a`] = `1`;\n')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'more')
  return dir
}

test('a lint command with --fix that fixed the commit\'s issue does not pass it: the stage fails, naming the file', async () => {
  const dir = await repo(
    {},
    '    linting: { command: "npx eslint src/tiny --fix -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
      '    type_checking: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  )
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const report = await readReport(dir, 'r.json')
  expect(report.success).toBe(false)
  expect(report.stages_failed).toEqual(['refactoring'])
  expect(report.stage_results.refactoring.errors[0]).toMatch(/^the refactoring commands changed tracked files of the workspace \(src\/tiny\/a\.js\): what was judged is not the commit's tree/)
  expect(report.stage_results.refactoring.errors[0]).toContain('stages.refactoring.linting.fix_command')
})

test('a test command that rewrites a tracked snapshot (jest -u) fails the testing stage', async () => {
  const junit = `printf '<testsuite name="s" tests="1" failures="0"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml`
  const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"
  const dir = await repo({ testing: `printf 'exports[\`a\`] = \`2\`;\\n' > src/tiny/__snapshots__/a.snap && ${junit} && ${lcov}` })
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(1)
  const report = await readReport(dir, 'r.json')
  expect(report.stages_failed).toEqual(['testing'])
  expect(report.stage_results.testing.errors[0]).toMatch(/^the testing commands changed tracked files of the workspace \(src\/tiny\/__snapshots__\/a\.snap\)/)
  expect(report.stage_results.testing.errors[0]).toContain('jest -u')
})

// After the test command, the test history listed the work tree (`git ls-files -t -m -d -o`) and the pipeline asked
// `git diff --name-only HEAD` whether the command had rewritten tracked files: two git processes, one after the other,
// with nothing run in between. One `git status` answers both: the rewrite is still caught, by one process fewer.
test('one git status after the tests serves the test history and the rewrite check: the rewrite is still caught', async () => {
  const bin = await mkdtemp(join(tmpdir(), 's2p-git-bin-'))
  dirs.push(bin)
  const log = join(bin, 'calls')
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  await writeFile(join(bin, 'git'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(realGit)} "$@"\n`, { mode: 0o755 })
  const env = { PATH: `${bin}:${process.env.PATH}` }
  const calls = async () => {
    const text = await readFile(log, 'utf8').catch(() => '')
    await rm(log, { force: true })
    return text.split('\n').filter(Boolean)
  }
  const junit = `printf '<testsuite name="s" tests="1" failures="0"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml`
  const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"
  for (const rewrite of [true, false]) {
    const snap = rewrite ? `printf 'exports[\`a\`] = \`2\`;\\n' > src/tiny/__snapshots__/a.snap && ` : ''
    const dir = await repo({ testing: `${snap}${junit} && ${lcov}` })
    await calls()
    const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'], { env })
    const report = await readReport(dir, 'r.json')
    const git = await calls()
    expect(git.filter((c) => /(^| )status /.test(c))).toHaveLength(1)
    expect(git.filter((c) => / diff --name-only .*HEAD$/.test(c))).toHaveLength(1)
    expect(git.filter((c) => /^ls-files -t /.test(c))).toEqual([])
    if (rewrite) {
      expect(run.code).toBe(1)
      expect(report.stage_results.testing.errors[0]).toMatch(/^the testing commands changed tracked files of the workspace \(src\/tiny\/__snapshots__\/a\.snap\)/)
    } else {
      expect(run.code).toBe(0)
      expect(report.stage_results.testing.errors).toEqual([])
    }
  }
})

test('changes already in the workspace before the run, which no command touches, are not a rewrite', async () => {
  const dir = await repo({})
  await writeIn(dir, 'src/tiny/a.js', 'export const a = 2\n')
  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(run.code).toBe(0)
  expect(await readFile(join(dir, 'src/tiny/a.js'), 'utf8')).toBe('export const a = 2\n')
})

test('--output naming a tracked source file or the spec is refused before anything runs; the file stays as it was', async () => {
  const dir = await repo({})
  for (const [output, message] of [
    ['src/tiny/a.js', /the report path .*src\/tiny\/a\.js is a file git tracks: writing the report would replace it/],
    ['SPEC.md', /the report path .*SPEC\.md is the run's own input SPEC\.md/],
    ['cfg.yml', /the report path .*cfg\.yml is the run's own input cfg\.yml/]
  ] as const) {
    const before = await readFile(join(dir, output), 'utf8')
    const run = await runCli(dir, [...TINY_ARGS, '--output', output])
    expect(run.code).toBe(2)
    expect(run.stdout + run.stderr).toMatch(message)
    expect(await readFile(join(dir, output), 'utf8')).toBe(before)
  }
  // An earlier report, which git does not track, is replaced as before.
  await writeIn(dir, 'out/r.json', '{}\n')
  expect((await runCli(dir, [...TINY_ARGS, '--output', 'out/r.json'])).code).toBe(0)
  expect(JSON.parse(await readFile(join(dir, 'out/r.json'), 'utf8')).component_name).toBe('tiny')
})

test('dashboard --output and aggregate --summary/--dashboard/--json naming a tracked file or a leg report are refused; the files stay', async () => {
  const dir = await repo({})
  expect((await runCli(dir, [...TINY_ARGS, '--output', 'out/r.json'])).code).toBe(0)
  const source = await readFile(join(dir, 'src/tiny/a.js'), 'utf8')
  const leg = await readFile(join(dir, 'out/r.json'), 'utf8')
  const dashboard = await runCli(dir, ['dashboard', '--component', 'tiny', '--output', 'src/tiny/a.js'])
  expect(dashboard.code).toBe(2)
  expect(dashboard.stdout + dashboard.stderr).toMatch(/the dashboard path .*src\/tiny\/a\.js is a file git tracks: writing the dashboard would replace it/)
  for (const [option, path, message] of [
    ['--json', 'out/r.json', /the JSON verdict path .*out\/r\.json is the run's own input .*out\/r\.json: writing the JSON verdict would replace it/],
    ['--summary', 'src/tiny/a.js', /the summary path .*src\/tiny\/a\.js is a file git tracks/],
    ['--dashboard', 'src/tiny/a.js', /the dashboard path .*src\/tiny\/a\.js is a file git tracks/]
  ] as const) {
    const run = await runCli(dir, ['aggregate', 'out/r.json', option, path])
    expect([option, run.code]).toEqual([option, 2])
    expect(run.stdout + run.stderr).toMatch(message)
  }
  expect(await readFile(join(dir, 'src/tiny/a.js'), 'utf8')).toBe(source)
  expect(await readFile(join(dir, 'out/r.json'), 'utf8')).toBe(leg)
  // New files are written as asked.
  expect((await runCli(dir, ['aggregate', 'out/r.json', '--json', 'out/all.json'])).code).toBe(0)
  expect((await runCli(dir, ['dashboard', '--component', 'tiny', '--output', 'out/d.html'])).code).toBe(0)
})
