/**
 * The action's inputs and runner environment as workflows give them: messages name the action's inputs, not the
 * CLI's flags, and a runner without a job summary file is told so once. The bundled action, run as the runner runs it.
 */
import { jest, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { git } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'
import { githubStandIn } from '../servers/github-stand-in.js'

jest.setTimeout(120_000)
const dirs: string[] = []
const github = githubStandIn({ dirs })

test('a report-path that would replace an input of the run is refused naming report-path', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main' }, { 'report-path': 'cfg.yml', 'github-token': '' })
  expect(run.code).toBe(1)
  expect(run.log).toMatch(/::error::the report path \S+\/cfg\.yml is the run's own input cfg\.yml: writing the report would replace it\. Give the report-path input a path of its own/)
  expect(run.log).not.toContain('--output')
})

test('no GITHUB_STEP_SUMMARY: said once, though the summary is written again once the check run exists', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runTinyAction(github.url, dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main', GITHUB_STEP_SUMMARY: '' })
  expect(run.code).toBe(0)
  expect(run.outputs['check-run-url']).not.toBe('')
  expect(run.log.split('\n').filter((l) => l.startsWith('::warning::could not write the job summary'))).toHaveLength(1)
})

test('a working-directory that does not exist fails the step naming the input, and is never created', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main' }, { 'working-directory': 'pakages/api', 'github-token': '' })
  expect(run.code).toBe(1)
  expect(run.log).toContain(`::error::working-directory ${join(dir, 'pakages/api')}: no such directory`)
  expect(existsSync(join(dir, 'pakages'))).toBe(false)
})

test('an event payload that cannot be read fails the step naming the file and where, before anything runs', async () => {
  // Read as "no payload", a pull request's run had no base: the configuration it changes went unchecked, without the
  // caveat that says so.
  const dir = await tinyRepo()
  dirs.push(dir)
  const broken = join(dir, '..', `${basename(dir)}-event.json`)
  dirs.push(broken)
  await writeFile(broken, '{"pull_request": {"number": 3,\n "base": {"sha": ')
  const env = { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/pull/3/merge', GITHUB_EVENT_PATH: broken }
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'pull_request', {}, env, { 'github-token': '' })
  expect(run.code).toBe(1)
  expect(run.log).toContain(`::error::cannot read the event payload ${broken} (GITHUB_EVENT_PATH) of this pull_request run: line 2, column 18: unexpected end of input`)
  expect(existsSync(join(dir, 'workflow_report_tiny.json'))).toBe(false)
  const missing = await runTinyAction('http://127.0.0.1:9', dir, 'pull_request', {}, { ...env, GITHUB_EVENT_PATH: join(dir, 'nope.json') }, { 'github-token': '' })
  expect(missing.code).toBe(1)
  expect(missing.log).toContain(`::error::cannot read the event payload ${join(dir, 'nope.json')} (GITHUB_EVENT_PATH) of this pull_request run: no such file`)
})

test('an invalid input still leaves a job summary and the success output saying the step did not run, and why', async () => {
  // The step failed with its annotation, but the job summary — where a matrix's legs are read — said nothing, and
  // steps.<id>.outputs.success was empty rather than false.
  const dir = await tinyRepo()
  dirs.push(dir)
  const env = { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main' }
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, env, { target: 'prod', 'github-token': '' })
  expect(run.code).toBe(1)
  expect(run.log).toContain("::error::Invalid target 'prod'. Expected one of: dev, staging, production.")
  expect(run.outputs.success).toBe('false')
  expect(run.summary).toContain('<h2>spec-to-production: tiny: ❌ did not run</h2>')
  expect(run.summary).toContain("Invalid target 'prod'. Expected one of: dev, staging, production.")
  const quiet = await runTinyAction('http://127.0.0.1:9', dir, 'push', {}, env, { target: 'prod', summary: 'false', 'github-token': '' })
  expect(quiet.summary).toBe('')
  expect(quiet.outputs.success).toBe('false')
})

// A configuration error was an annotation with no place (`::error::Invalid configuration file cfg.yml …`): the pull
// request's diff showed it nowhere near the line. It is placed on the file and line it names, from the repository's
// root when the component is a subdirectory.
test('an invalid configuration is annotated on its file and line, from the repository root', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const { readFileSync, mkdirSync, copyFileSync } = await import('node:fs')
  mkdirSync(join(dir, 'sub'))
  copyFileSync(join(dir, 'SPEC.md'), join(dir, 'sub/SPEC.md'))
  const config = `${readFileSync(join(dir, 'cfg.yml'), 'utf8')}\nquality_gates:\n  test_coverage:\n    dev_threshold: 101\n`
  await writeFile(join(dir, 'cfg.yml'), config)
  await writeFile(join(dir, 'sub/cfg.yml'), config)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'bad limit')
  const line = config.split('\n').findIndex((l) => l.includes('dev_threshold')) + 1
  const env = { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main' }
  const event = { repository: { full_name: 'acme/app', default_branch: 'main' } }
  for (const [inputs, file] of [[{}, 'cfg.yml'], [{ 'working-directory': 'sub' }, 'sub/cfg.yml']] as const) {
    const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', event, env, { ...inputs, 'github-token': '' })
    expect(run.code).toBe(1)
    expect(run.log).toMatch(new RegExp(`::error title=spec-to-production%3A invalid configuration,file=${file.replace('.', '\\.')},line=${line},col=\\d+::Invalid configuration file cfg\\.yml`))
  }
})
