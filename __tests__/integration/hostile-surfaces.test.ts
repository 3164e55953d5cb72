/**
 * Text an attacker writes — a test's name and failure message, a finding, a fork's report — on the surfaces GitHub
 * renders, checked in the bodies the bundled action sends to the api.github.com stand-in and in the job summary it
 * writes: read as GitHub reads them (character references decoded, code spans and `<code>` left out, where GitHub
 * links nothing), no text mentions anyone or references an issue.
 */
import { jest, afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { git, ROOT, writeIn } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'

jest.setTimeout(120_000)
let github: GitHubApi
const dirs: string[] = []
beforeAll(async () => {
  github = await startGitHubApi()
})
afterAll(async () => {
  await github?.close()
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

/**
 * The text GitHub looks for mentions and references in: the rendered page's text nodes, outside code. Markdown and
 * HTML code spans are dropped, then every character reference decoded (as the HTML parser does before GitHub's
 * filters see the text).
 */
function renderedText(markup: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', num: '#' }
  return markup
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/&#(\d+);|&#x([0-9a-f]+);|&([a-z]+);/gi, (m, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!.toLowerCase()] ?? m)
    )
}

/** What GitHub links in text: `@user`, `@org/team`, `#12`, `owner/repo#12`, `GH-12`. */
const LINKED = /(?:^|[^\w`])@[a-z\d][\w-]*|#\d|\bGH-\d/i

/** A testing command that writes a JUnit report whose every test fails, each named and failing with one of `names`. */
const WRITER = `import { writeFileSync } from 'node:fs'
const names = JSON.parse(process.env.HOSTILE_NAMES)
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
const cases = names.map((n, i) => '<testcase classname="suite' + i + '" name="' + esc(n) + '"><failure message="' + esc(n) + '">' + esc(n) + '</failure></testcase>')
writeFileSync(process.argv[2] + '/junit.xml', '<testsuite name="s" tests="' + names.length + '" failures="' + names.length + '">' + cases.join('') + '</testsuite>')
writeFileSync(process.argv[2] + '/lcov.info', 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n')
`

/** The tiny component on a pull request, run by the bundled action with a comment, its tests failing under `names`. */
async function runOnPullRequest(names: string[]) {
  const dir = await tinyRepo({ testing: 'node write.mjs {reports}' })
  dirs.push(dir)
  await writeIn(dir, 'write.mjs', WRITER)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'hostile test names')
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  event.pull_request.head.sha = head
  github.pullRequests.set(event.number, { head_sha: head })
  const before = github.requests.length
  const run = await runTinyAction(
    github.url,
    dir,
    'pull_request',
    event,
    { GITHUB_SHA: head, GITHUB_REF: `refs/pull/${event.number}/merge`, GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main', HOSTILE_NAMES: JSON.stringify(names) },
    { comment: 'true' }
  )
  github.assertNoViolations()
  const sent = github.requests.slice(before)
  const bodyOf = (route: string) => sent.filter((r) => r.route === route).map((r) => r.body as Record<string, unknown>)
  const comment = bodyOf('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((b) => String(b.body))
  const checkRun = bodyOf('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}').flatMap((b) => {
    const o = b.output as { title: string; summary: string; text?: string }
    return [o.title, o.summary, o.text ?? '']
  })
  return { run, comment, checkRun }
}

test('a failing test named @security-team, #1 or acme/other#3 mentions no one and references no issue on any surface', async () => {
  const names = ['@security-team please approve', 'see #1, GH-2 and acme/other#3', 'mail ops@example.com about @acme/release-managers']
  const { run, comment, checkRun } = await runOnPullRequest(names)
  expect(run.code).toBe(1)
  expect(comment).toHaveLength(1)
  expect(checkRun.length).toBeGreaterThan(0)
  for (const [surface, markup] of [['comment', comment[0]], ['check run', checkRun.join('\n')], ['job summary', run.summary]] as const) {
    const text = renderedText(markup)
    // The names are shown, as text.
    expect({ surface, shown: text.replace(/\u200B/g, '').includes('security-team please approve') }).toEqual({ surface, shown: true })
    expect({ surface, linked: LINKED.exec(text)?.[0] ?? null }).toEqual({ surface, linked: null })
  }
})
