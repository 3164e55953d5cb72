/**
 * The lint fix as review suggestions, against the api.github.com stand-in (every request checked against GitHub's
 * OpenAPI description); the fix is the real eslint --fix on the example, its diff the real `git diff --unified=0`.
 */
import { jest, afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createFixSuggester, linesInPatch, MAX_COMMENTS, parseFixDiff } from '../../src/github/suggestions.js'
import { createOctokit } from '../../src/github/octokit.js'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { exampleRepo, git, removeDir, writeIn } from '../helpers/workspace.js'

jest.setTimeout(120_000)

const HEAD = 'b'.repeat(40)
const FILE = 'examples/greeter/src/fixme.ts'
const SOURCE = [
  'export function answer(): number {', // 1
  '  let x = 42', // 2
  '  return x', // 3
  '}', // 4
  '', // 5
  'export function other(): number {', // 6
  '  let y = 1', // 7
  '  let z = 2', // 8
  '  return y + z', // 9
  '}', // 10
  '',
  'export function old(): number {', // 12
  '  let w = 3', // 13
  '  return w', // 14
  '}'
].join('\n') + '\n'

let dir: string
let diff: string

beforeAll(async () => {
  dir = await exampleRepo()
  await writeIn(dir, FILE, SOURCE)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'fixable')
  try {
    execFileSync('npx', ['eslint', '-c', 'examples/greeter/eslint.config.js', FILE, '--fix'], { cwd: dir, stdio: 'ignore' })
  } catch {
    // eslint exits 1 when problems remain; the fix is what matters here.
  }
  diff = git(dir, 'diff', '--no-color', '--unified=0', 'HEAD')
})

afterAll(async () => {
  await removeDir(dir)
})

/** The pull request's own patch for the file: it added lines 1–10 (lines 12–15 are older). */
const PR_PATCH = '@@ -0,0 +1,10 @@\n' + SOURCE.split('\n').slice(0, 10).map((l) => `+${l}`).join('\n')

let api: GitHubApi
let notices: string[]
let warnings: string[]

function suggester(over: { pullRequest?: number | null; isFork?: boolean } = {}) {
  const log = { info: () => {}, debug: () => {}, error: (m: string) => warnings.push(m), warning: (m: string) => warnings.push(m) }
  const octokit = createOctokit({ token: 'ghs_test', baseUrl: api.url, log, retryAfterBaseValue: 1, spaceWrites: false, serverErrorRetries: 0 })
  return createFixSuggester({ octokit, owner: 'o', repo: 'r', pullRequest: over.pullRequest === undefined ? 7 : over.pullRequest, headSha: HEAD, isFork: over.isFork ?? false, log, notice: (m) => notices.push(m) })
}

beforeEach(async () => {
  api = await startGitHubApi()
  notices = []
  warnings = []
})

afterEach(async () => {
  api.assertNoViolations()
  await api.close()
})

describe('the fixer diff', () => {
  test('eslint --fix gives one -U0 hunk per change; each becomes the new lines for the old range', () => {
    const { hunks, unanchored } = parseFixDiff(diff)
    expect(unanchored).toBe(0)
    expect(hunks).toEqual([
      { path: FILE, start: 2, count: 1, lines: ['  const x = 42'] },
      { path: FILE, start: 7, count: 2, lines: ['  const y = 1', '  const z = 2'] },
      { path: FILE, start: 13, count: 1, lines: ['  const w = 3'] }
    ])
  })

  test('a pull request patch shows its added and context lines on the right side', () => {
    expect([...linesInPatch('@@ -3,4 +3,5 @@ x\n a\n-b\n+c\n+d\n e\n\\ No newline at end of file')]).toEqual([3, 4, 5, 6])
  })
})

describe('review suggestions', () => {
  test('one suggestion per hunk in the pull request diff, on the head commit; the rest only in the patch', async () => {
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', [{ status: 200, body: [{ sha: 'c'.repeat(40), filename: FILE, status: 'modified', additions: 10, deletions: 0, changes: 10, blob_url: 'https://x', raw_url: 'https://x', contents_url: 'https://x', patch: PR_PATCH }] }])
    api.script('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 200, body: { id: 80, html_url: 'https://github.com/o/r/pull/7#pullrequestreview-80', state: 'COMMENTED' } }])
    const result = await suggester()({ diff, fixable: 4 })
    expect(result).toEqual({ posted: 2, skipped: 1, url: 'https://github.com/o/r/pull/7#pullrequestreview-80', reason: null })
    const review = api.requests.find((r) => r.route === 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews')!
    expect(review.body).toMatchObject({ commit_id: HEAD, event: 'COMMENT' })
    const body = review.body as { body: string; comments: Record<string, unknown>[] }
    expect(body.body).toContain('can fix 4 issue(s)')
    expect(body.comments).toEqual([
      { path: FILE, line: 2, side: 'RIGHT', body: '```suggestion\n  const x = 42\n```' },
      { path: FILE, line: 8, side: 'RIGHT', start_line: 7, start_side: 'RIGHT', body: '```suggestion\n  const y = 1\n  const z = 2\n```' }
    ])
    expect(notices).toEqual([])
  })

  test('no pull request: nothing asked', async () => {
    expect((await suggester({ pullRequest: null })({ diff, fixable: 4 })).reason).toBe('not a pull request')
    expect(api.requests).toEqual([])
  })

  test('a fork: one notice, nothing asked', async () => {
    const result = await suggester({ isFork: true })({ diff, fixable: 4 })
    expect(result.posted).toBe(0)
    expect(api.requests).toEqual([])
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/fork/)
  })

  test('a token without pull-requests: write: one notice naming the permission, never a throw', async () => {
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', [{ status: 200, body: [{ sha: 'c'.repeat(40), filename: FILE, status: 'added', additions: 10, deletions: 0, changes: 10, blob_url: 'https://x', raw_url: 'https://x', contents_url: 'https://x', patch: PR_PATCH }] }])
    api.script('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 403, body: { message: 'Resource not accessible by integration' } }])
    const result = await suggester()({ diff, fixable: 4 })
    expect(result).toMatchObject({ posted: 0, url: null })
    expect(notices).toEqual([expect.stringContaining("grant 'pull-requests: write'")])
    expect(warnings).toEqual([])
  })

  test(`at most ${MAX_COMMENTS} suggestions in one review`, async () => {
    const many = Array.from({ length: 60 }, (_, i) => `diff --git a/f.ts b/f.ts\n--- a/f.ts\n+++ b/f.ts\n@@ -${i + 1} +${i + 1} @@\n-let a${i} = 1\n+const a${i} = 1`).join('\n')
    const patch = '@@ -0,0 +1,60 @@\n' + Array.from({ length: 60 }, (_, i) => `+let a${i} = 1`).join('\n')
    api.script('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', [{ status: 200, body: [{ sha: 'c'.repeat(40), filename: 'f.ts', status: 'added', additions: 60, deletions: 0, changes: 60, blob_url: 'https://x', raw_url: 'https://x', contents_url: 'https://x', patch }] }])
    api.script('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', [{ status: 200, body: { id: 81, html_url: 'https://github.com/o/r/pull/7#pullrequestreview-81' } }])
    const result = await suggester()({ diff: many, fixable: 60 })
    expect(result).toMatchObject({ posted: MAX_COMMENTS, skipped: 60 - MAX_COMMENTS })
    expect((api.requests.at(-1)!.body as { comments: unknown[] }).comments).toHaveLength(MAX_COMMENTS)
  })
})

