/**
 * The bundled action on a pull request whose token may not write check runs (a fork's, or a workflow without
 * `checks: write`): the findings fall back to workflow-command annotations, and one notice says where all of them are.
 * That place must exist after the job: the report and the SARIF file on the runner are gone when the job ends, so
 * the notice names them by path and says whether they are uploaded.
 */
import { jest, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { git, ROOT } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'
import { notAccessible } from '../servers/github-api.js'
import { githubStandIn } from '../servers/github-stand-in.js'

jest.setTimeout(180_000)
const dirs: string[] = []
const github = githubStandIn({ dirs })

/** A failing tiny run on a pull request, the check run's creation refused with 403; its permission notice. */
async function refusedRun(inputs: Record<string, string>): Promise<{ dir: string; notice: string; log: string }> {
  const dir = await tinyRepo({ failing: true })
  dirs.push(dir)
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  event.pull_request.head.sha = head
  github.script('POST /repos/{owner}/{repo}/check-runs', [notAccessible()])
  const run = await runTinyAction(github.url, dir, 'pull_request', event, { GITHUB_SHA: head, GITHUB_REF: `refs/pull/${event.number}/merge`, GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }, { comment: 'false', ...inputs })
  github.assertNoViolations()
  expect(run.code).toBe(1)
  const notices = run.log.split('\n').filter((l) => l.startsWith('::notice title=spec-to-production%3A permission checks'))
  expect(notices).toHaveLength(1)
  return { dir, notice: notices[0]!, log: run.log }
}

test('upload-artifacts: false — the notice names the files on the runner and says they are not uploaded', async () => {
  const { dir, notice } = await refusedRun({ 'upload-artifacts': 'false' })
  expect(notice).toContain(
    'all of them are in the JSON report workflow_report_tiny.json and the SARIF file spec-to-production-tiny.sarif, only on the runner and gone when the job ends: upload-artifacts is false (set it to true to keep them as an artifact).'
  )
  expect(notice).not.toMatch(/artifact '/)
  // The files named are there.
  expect(existsSync(join(dir, 'workflow_report_tiny.json'))).toBe(true)
  expect(existsSync(join(dir, 'spec-to-production-tiny.sarif'))).toBe(true)
})

test('upload-artifacts: true and the upload fails — the notice said what a failed upload leaves, and a warning says it failed', async () => {
  // No Results API on this runner: the upload fails at once.
  const { notice, log } = await refusedRun({ 'upload-artifacts': 'true', 'report-path': 'out/report.json' })
  expect(notice).toContain(
    "all of them are in the JSON report out/report.json and the SARIF file out/spec-to-production-tiny.sarif on the runner, uploaded after this was written as the artifact 'spec-to-production-tiny' (should the upload fail, a warning in the job's log says so, and they end with the job)."
  )
  expect(log).toMatch(/^::warning::Artifact spec-to-production-tiny was not uploaded/m)
})
