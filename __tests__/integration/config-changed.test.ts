/**
 * A pull request runs the gates with its own configuration files: one that adds its new file to eslint's `ignores`, or
 * edits the product's configuration, was judged by what it loosened and shown as a clean pass. With a base to compare
 * with (`--base`; in the action, the pull request's base commit), every gate whose configuration the change modifies
 * says so by file, a caveat on every surface. A real git repository with a base commit and a change, the real eslint.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo, toolsRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'
import { configurationChanges } from '../../src/engine/config-changes.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const LINT =
  '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
  '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
const commit = (dir: string, message: string) => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', message)

test('a change that edits eslint.config.js and the configuration file is a caveat on the gates they govern', async () => {
  const dir = await toolsRepo(LINT)
  dirs.push(dir)
  git(dir, 'checkout', '-qb', 'change')
  // The change adds an unused variable and turns the rule off: eslint finds nothing.
  await writeIn(dir, 'src/tiny/a.js', 'const unused = 1\nexport const a = 1\n')
  await writeIn(dir, 'eslint.config.js', "export default [{ files: ['**/*.js'], rules: {} }]\n")
  commit(dir, 'the change')

  const run = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const report = await readReport(dir, 'r.json')
  const lint = report.stage_results.refactoring.quality_gates.linting
  const warning = `configuration changed by this change (against main): eslint.config.js — the gate judged the change by the configuration as the change has it; review what it loosens`
  expect(lint).toMatchObject({ passed: true, details: { issue_count: 0 } })
  expect(lint.warnings).toContain(warning)
  expect(run.stdout).toMatch(/⚠ gate linting \(\d+ ms\): 0 issues ≤ 0 — configuration changed by this change \(against main\): eslint\.config\.js/)
  // The test gates do not depend on eslint.config.js.
  expect(report.stage_results.testing.quality_gates.test_coverage.warnings.join('\n')).not.toContain('configuration changed')
  expect(run.code).toBe(0)

  // The configuration file governs every gate.
  await writeIn(dir, 'cfg.yml', `${(await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'cfg.yml'), 'utf8')))}# edited\n`)
  commit(dir, 'config too')
  await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'main'])
  const again = await readReport(dir, 'r.json')
  expect(again.stage_results.testing.quality_gates.test_coverage.warnings).toContainEqual(expect.stringMatching(/^configuration changed by this change \(against main\): cfg\.yml — /))
  expect(again.stage_results.refactoring.quality_gates.linting.warnings).toContainEqual(expect.stringMatching(/^configuration changed by this change \(against main\): cfg\.yml, eslint\.config\.js — /))

  // Against itself nothing changed; a base that is not in the checkout is said in the log, and no gate claims a
  // change — but none passes cleanly either: not compared is not "nothing changed".
  const same = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', 'HEAD'])
  expect(same.stdout).not.toContain('configuration changed by this change')
  expect(same.stdout).not.toContain('configuration changes not checked')
  const missing = await runCli(dir, [...TINY_ARGS, '--output', 'r.json', '--base', '0123456789abcdef0123456789abcdef01234567'])
  const notCompared = "the base commit 0123456789ab is not in the checkout (check out with fetch-depth: 0, or 2 for a pull request's merge commit)"
  expect(missing.stdout).toContain(`configuration changes: not compared with the base: ${notCompared}`)
  expect(missing.stdout).not.toContain('configuration changed by this change')
  const unknown = await readReport(dir, 'r.json')
  for (const [stage, gate] of [['testing', 'test_pass_rate'], ['testing', 'test_coverage'], ['refactoring', 'linting']]) {
    expect(unknown.stage_results[stage].quality_gates[gate].warnings).toContain(
      `configuration changes not checked: ${notCompared}, so whether this change loosens the configuration the gate judged it by is unknown`
    )
  }
  expect(missing.stdout).toMatch(/⚠ gate linting \(\d+ ms\): 0 issues ≤ 0 — configuration changes not checked: /)
  expect(missing.code).toBe(0)
})

test('which gate each changed file governs', () => {
  const changes = configurationChanges(['src/x.ts', 'packages/a/tsconfig.build.json', '.secretlintignore', 'eslint.config.mjs', '.github/spec-to-production.yml', 'README.md'], '.github/spec-to-production.yml', 'abcdef0123456789')
  expect(Object.fromEntries(changes.map(([gate, w]) => [gate, w.slice(0, w.indexOf(' — '))]))).toEqual({
    'refactoring.type_checking': 'configuration changed by this change (against abcdef012345): packages/a/tsconfig.build.json, .github/spec-to-production.yml',
    'refactoring.security': 'configuration changed by this change (against abcdef012345): .secretlintignore, .github/spec-to-production.yml',
    'refactoring.linting': 'configuration changed by this change (against abcdef012345): eslint.config.mjs, .github/spec-to-production.yml',
    'testing.test_pass_rate': 'configuration changed by this change (against abcdef012345): .github/spec-to-production.yml',
    'testing.test_coverage': 'configuration changed by this change (against abcdef012345): .github/spec-to-production.yml'
  })
  expect(configurationChanges(['src/x.ts'], null, 'main')).toEqual([])
})

test("the action in actions/checkout's default shallow clone: the base is not there, and no gate passes cleanly for it", async () => {
  // The pull request's merge commit, as GitHub makes it: the base's tip and the head as parents.
  const origin = await tinyRepo()
  dirs.push(origin)
  const base = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-qb', 'feature')
  await writeIn(origin, 'NOTES.md', 'a note\n')
  git(origin, 'add', '-A')
  commit(origin, 'the change')
  const head = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', 'main')
  git(origin, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature')
  const merge = git(origin, 'rev-parse', 'HEAD').trim()
  const event = { number: 5, pull_request: { number: 5, head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } }, base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  const env = { GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/5/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }
  const checkout = async (depth: number) => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-checkout-'))
    dirs.push(dir)
    execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${origin}`, dir])
    return dir
  }

  const shallow = await runTinyAction('http://127.0.0.1:9', await checkout(1), 'pull_request', event, env, { 'github-token': '' })
  expect(shallow.code).toBe(0)
  expect(shallow.summary).toContain('tiny → dev: ⚠️ passed')
  expect(shallow.summary).toContain(`⚠️ configuration changes not checked: the base commit ${base.slice(0, 12)} is not in the checkout (check out with fetch-depth: 0, or 2 for a pull request's merge commit)`)
  expect(shallow.summary).not.toContain('✅</td><td>100% ≥ 50%')

  // fetch-depth: 2 brings the merge commit's parents: compared, nothing of the gates' configuration changed.
  const two = await runTinyAction('http://127.0.0.1:9', await checkout(2), 'pull_request', event, env, { 'github-token': '' })
  expect(two.code).toBe(0)
  expect(two.summary).not.toContain('configuration change')
  expect(two.summary).toContain('✅</td><td>100% ≥ 50%')
})
