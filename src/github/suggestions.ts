/**
 * The lint fix offered on a pull request as review suggestions (`auto_fix: suggest`): one ```suggestion comment per
 * hunk of the fixer's `git diff --unified=0`, only for lines in the pull request's diff (GitHub accepts review
 * comments there only), at most MAX_COMMENTS, in one review (`pulls.createReview`, event COMMENT) on the head
 * commit. A fork's token cannot write reviews, nor a token without `pull-requests: write`: one notice, and the fix
 * stays in lint-fix.patch.
 */
import type { FixSuggestions } from '../engine/host.js'
import type { GitHubClient, GitHubLogger } from './octokit.js'

/** Suggestions per review: enough for a fixer's usual output, few enough to read. */
export const MAX_COMMENTS = 50

export interface SuggestionsSettings {
  octokit: GitHubClient
  owner: string
  repo: string
  /** The pull request, for pull-request events; null otherwise (nothing is posted). */
  pullRequest: number | null
  /** The pull request's head commit: the review's `commit_id`. */
  headSha: string
  isFork: boolean
  log: GitHubLogger
  /** A notice in the job log (core.notice in the action). */
  notice: (message: string) => void
}

/** One hunk of a -U0 diff: the judged file's lines [start, start + count) become `lines`. */
export interface FixHunk {
  path: string
  start: number
  count: number
  lines: string[]
}

/** The hunks of a `git diff --unified=0`; renames, binary files and pure insertions (no line to anchor) are left out. */
export function parseFixDiff(diff: string): { hunks: FixHunk[]; unanchored: number } {
  const hunks: FixHunk[] = []
  let unanchored = 0
  let path: string | null = null
  let current: FixHunk | null = null
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      path = null
      current = null
    } else if (line.startsWith('--- ')) {
      current = null
    } else if (line.startsWith('+++ ')) {
      path = line.startsWith('+++ b/') ? line.slice(6) : null
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(line)
      current = null
      if (!m || path === null) continue
      const count = m[2] === undefined ? 1 : Number(m[2])
      if (count === 0) {
        unanchored++
        continue
      }
      current = { path, start: Number(m[1]), count, lines: [] }
      hunks.push(current)
    } else if (current && line.startsWith('+')) {
      current.lines.push(line.slice(1))
    }
  }
  return { hunks, unanchored }
}

/** The right-side (head) line numbers each file's patch shows, from `pulls.listFiles`. */
export function linesInPatch(patch: string): Set<number> {
  const lines = new Set<number>()
  let next = 0
  for (const line of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (m) next = Number(m[1])
    else if (line.startsWith('-') || line.startsWith('\\')) continue
    else if (next > 0) lines.add(next++)
  }
  return lines
}

/** A ```suggestion block; the fence is longer than any run of backticks in the text. */
function suggestionBody(lines: string[]): string {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))))
  const fence = '`'.repeat(longest + 1)
  return `${fence}suggestion\n${lines.map((l) => `${l}\n`).join('')}${fence}`
}

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number }).status
}

export function createFixSuggester(s: SuggestionsSettings): (o: { diff: string; fixable: number | null }) => Promise<FixSuggestions> {
  const none = (reason: string, skipped = 0): FixSuggestions => ({ posted: 0, skipped, url: null, reason })
  return async ({ diff, fixable }) => {
    if (s.pullRequest === null) return none('not a pull request')
    if (s.isFork) {
      s.notice("the lint fix is not posted as review suggestions: a fork's pull request token cannot write reviews (the fix is lint-fix.patch in the artifact)")
      return none('pull request from a fork')
    }
    const { hunks, unanchored } = parseFixDiff(diff)
    let inDiff: Map<string, Set<number>>
    try {
      const files = await s.octokit.paginate(s.octokit.rest.pulls.listFiles, { owner: s.owner, repo: s.repo, pull_number: s.pullRequest, per_page: 100 })
      inDiff = new Map(files.map((f) => [f.filename, linesInPatch(f.patch ?? '')]))
    } catch (error) {
      const status = statusOf(error)
      s.notice(`the lint fix is not posted as review suggestions: cannot read the pull request's files (${status ?? (error as Error).message}); the fix is lint-fix.patch in the artifact`)
      return none(`cannot read the pull request's files (${status ?? 'error'})`, hunks.length + unanchored)
    }
    const postable = hunks.filter((h) => {
      const lines = inDiff.get(h.path)
      if (!lines) return false
      for (let n = h.start; n < h.start + h.count; n++) if (!lines.has(n)) return false
      return true
    })
    const chosen = postable.slice(0, MAX_COMMENTS)
    const skipped = hunks.length + unanchored - chosen.length
    if (chosen.length === 0) return none("no line the fixer changes is in the pull request's diff", skipped)
    const comments = chosen.map((h) => ({
      path: h.path,
      line: h.start + h.count - 1,
      side: 'RIGHT' as const,
      ...(h.count > 1 ? { start_line: h.start, start_side: 'RIGHT' as const } : {}),
      body: suggestionBody(h.lines)
    }))
    const count = fixable === null ? 'some' : String(fixable)
    const body =
      `spec-to-production: the lint fixer can fix ${count} issue(s) here. ${chosen.length} suggestion(s) below` +
      `${skipped ? ` (${skipped} change(s) outside this pull request's diff or over the limit of ${MAX_COMMENTS} are only in the patch)` : ''}; ` +
      'the whole fix is lint-fix.patch in the run\'s artifact. The gates judged this commit as it is.'
    try {
      const { data } = await s.octokit.rest.pulls.createReview({ owner: s.owner, repo: s.repo, pull_number: s.pullRequest, commit_id: s.headSha, event: 'COMMENT', body, comments })
      s.log.info(`lint fix: ${chosen.length} review suggestion(s) posted on pull request #${s.pullRequest}`)
      return { posted: chosen.length, skipped, url: data.html_url ?? null, reason: null }
    } catch (error) {
      const status = statusOf(error)
      if (status === 403 || status === 404) {
        s.notice(`the lint fix is not posted as review suggestions (${status}): grant 'pull-requests: write' to get them; the fix is lint-fix.patch in the artifact`)
      } else s.log.warning(`cannot post the lint fix as review suggestions: ${(error as Error).message}`)
      return none(`createReview failed (${status ?? 'error'})`, hunks.length + unanchored)
    }
  }
}
