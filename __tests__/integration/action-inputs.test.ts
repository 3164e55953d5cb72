/**
 * The action's messages name its inputs as the workflow gives them, not the CLI's flags: the bundled action, run as
 * the runner runs it.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { git } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test('a report-path that would replace an input of the run is refused naming report-path', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, { GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(), GITHUB_REF: 'refs/heads/main' }, { 'report-path': 'cfg.yml', 'github-token': '' })
  expect(run.code).toBe(1)
  expect(run.log).toMatch(/::error::the report path \S+\/cfg\.yml is the run's own input cfg\.yml: writing the report would replace it\. Give the report-path input a path of its own/)
  expect(run.log).not.toContain('--output')
})
