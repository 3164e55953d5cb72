/**
 * The bundled action on a pull request with more failing tests than the check run's fields hold and more findings
 * than the annotation cap, against the GitHub stand-in and the Results API stand-in: every surface that leaves
 * something out says where the whole is in this run. The check run and the comment outlive the runner, so with
 * upload-artifacts: false "in the JSON report" alone would send a reader to files gone when the job ends.
 */
import { jest, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { git, ROOT } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'
import { resultsStandIn } from '../servers/results-stand-in.js'
import { githubStandIn } from '../servers/github-stand-in.js'

jest.setTimeout(240_000)
const results = resultsStandIn()
const github = githubStandIn()

/** JUnit with `n` failing tests, each naming the tiny component's file and failing with a long message. */
function manyFailures(n: number): string {
  const cases = Array.from({ length: n }, (_, i) => `<testcase classname="src/tiny/a.js" name="case ${i}" file="src/tiny/a.js"><failure message="expected ${i} ${'to be the answer to everything asked '.repeat(16)}">boom</failure></testcase>`)
  return `<testsuite name="s" tests="${n}" failures="${n}">${cases.join('')}</testsuite>`
}

/** A run of the bundled action on a pull request of the tiny component failing 700 tests; its surfaces. */
async function run(inputs: Record<string, string>, runId: string) {
  const dir = await tinyRepo({ testing: `cat junit.xml > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info` })
  results.dirs.push(dir)
  const { writeFile } = await import('node:fs/promises')
  await writeFile(join(dir, 'junit.xml'), manyFailures(700))
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  event.pull_request.head.sha = head
  github.pullRequests.set(event.number, { head_sha: head })
  const checkRunsBefore = github.checkRuns.size
  const env = { ...results.env(dir, { repository: event.repository.full_name, runId }), GITHUB_SHA: head, GITHUB_REF: `refs/pull/${event.number}/merge`, GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }
  const out = await runTinyAction(github.url, dir, 'pull_request', event, env, { comment: 'true', 'annotation-cap': '50', ...inputs })
  github.assertNoViolations()
  expect(out.code).toBe(1)
  const checkRun = [...github.checkRuns.values()].slice(checkRunsBefore).find((c) => c.name === 'spec-to-production / tiny')!
  // One comment per pull request and component: the second run updates the first's.
  const comment = [...github.issueComments.values()].find((c) => c.body.startsWith('<!-- spec-to-production:tiny'))!
  return { dir, out, checkRun, comment }
}

/** Every sentence of `text` that points at the JSON report. */
function pointers(text: string): string[] {
  return text.split('\n').filter((l) => /JSON report/.test(l))
}

test('upload-artifacts: false — the check run, the comment and the summary say the files are only on the runner', async () => {
  const { dir, out, checkRun, comment } = await run({ 'upload-artifacts': 'false' }, '5101')
  expect(existsSync(join(dir, 'workflow_report_tiny.json'))).toBe(true)
  expect(existsSync(join(dir, 'spec-to-production-tiny.sarif'))).toBe(true)
  const surfaces = { 'check run summary': checkRun.output.summary ?? '', 'check run text': checkRun.output.text ?? '', comment: comment.body, 'job summary': out.summary }
  // The cap and the lists left things out: each surface points at the whole.
  expect(checkRun.output.text).toMatch(/_Truncated: [\d,]+ more lines not shown/)
  expect(checkRun.output.summary).toMatch(/- … [\d,]+ more in the JSON report/)
  expect(comment.body).toMatch(/- … [\d,]+ more in the JSON report/)
  for (const [surface, text] of Object.entries(surfaces)) {
    const said = pointers(text)
    expect({ surface, said: said.length > 0 }).toEqual({ surface, said: true })
    for (const line of said) {
      expect({ surface, line, runner: /workflow\\?_report\\?_tiny\.json( and the SARIF file \S+)?, only on the runner and gone when the job ends: upload-artifacts is false/.test(line) }).toEqual({ surface, line, runner: true })
      expect(line).not.toMatch(/artifact '/)
    }
  }
  // The truncation note speaks of findings: the SARIF file is named with the report.
  expect(checkRun.output.text).toContain('the JSON report workflow\\_report\\_tiny.json and the SARIF file spec-to-production-tiny.sarif, only on the runner')
  expect(out.outputs.artifact).toBe('')
})

test('upload-artifacts: true — the check run names the artifact uploaded after it, the comment and the summary the artifact uploaded', async () => {
  const { out, checkRun, comment } = await run({ 'upload-artifacts': 'true' }, '5102')
  expect(out.outputs.artifact).toBe('spec-to-production-tiny')
  expect(results.api.artifacts.some((a) => a.name === 'spec-to-production-tiny')).toBe(true)
  for (const line of pointers(`${checkRun.output.summary}\n${checkRun.output.text}`)) {
    expect({ line, ok: /workflow\\_report\\_tiny\.json( and the SARIF file spec-to-production-tiny\.sarif)? on the runner, uploaded after this was written as the artifact 'spec-to-production-tiny'/.test(line) }).toEqual({ line, ok: true })
  }
  expect(pointers(checkRun.output.text ?? '').length).toBeGreaterThan(0)
  for (const [surface, text] of Object.entries({ comment: comment.body, 'job summary': out.summary })) {
    const said = pointers(text)
    expect({ surface, said: said.length > 0 }).toEqual({ surface, said: true })
    for (const line of said) {
      expect({ surface, line, ok: /in the artifact '?spec-to-production-tiny'/.test(line) && !/only on the runner|uploaded after/.test(line) }).toEqual({ surface, line, ok: true })
    }
  }
})

test('an append refused, upload-artifacts: false — the annotations not posted are said to be only on the runner', async () => {
  // The completing update is taken, the first append refused; the correction of the text is taken.
  github.script('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', ['default', { status: 422, body: { message: 'Validation Failed' } }, 'default'])
  const { checkRun } = await run({ 'upload-artifacts': 'false', 'annotation-cap': '120' }, '5103')
  expect(checkRun.annotations).toHaveLength(50)
  const line = (checkRun.output.text ?? '').split('\n')[0]
  expect(line).toContain(
    '70 not posted (GitHub answered 422 Validation Failed): they are in the JSON report workflow\\_report\\_tiny.json and the SARIF file spec-to-production-tiny.sarif, only on the runner and gone when the job ends: upload-artifacts is false'
  )
})

test('the completing update refused, upload-artifacts: false — the bare verdict says the findings are only on the runner', async () => {
  // 422 is not a permission answer: the verdict alone is posted, and names where the findings are.
  github.script('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', [{ status: 422, body: { message: 'Validation Failed' } }, 'default'])
  const { checkRun, out } = await run({ 'upload-artifacts': 'false' }, '5104')
  expect(checkRun.status).toBe('completed')
  expect(checkRun.annotations).toHaveLength(0)
  expect(checkRun.output.summary).toBe(
    "The findings could not be posted here; the workflow run's log says why. All of them are in the JSON report workflow\\_report\\_tiny.json and the SARIF file spec-to-production-tiny.sarif, only on the runner and gone when the job ends: upload-artifacts is false (set it to true to keep them as an artifact)."
  )
  expect(out.log).toMatch(/^::warning::check run 'spec-to-production \/ tiny' not written \(422 Validation Failed.*all of them are in the JSON report workflow_report_tiny\.json and the SARIF file spec-to-production-tiny\.sarif, only on the runner/m)
})
