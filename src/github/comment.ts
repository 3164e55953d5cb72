/**
 * The sticky pull-request comment: one per component (and per matrix leg, see leg.ts), found again by a hidden
 * marker and updated in place on every run, never a new one per push. It says the verdict, the gates with test counts, coverage and its change against
 * the base branch's last run (from the metrics history the cache carries), new failures first, and links to the
 * check run, the artifact and the dashboard — only those this run produced. Rendered from the shared view of the
 * report, like every other surface.
 *
 * Requests: the pull request (GET: the comment is written only by a run of its head commit), its comments, 100 a page
 * (GET, paginated), then one PATCH of the marked comment or one POST. A token that may not write (fork pull requests: read-only GITHUB_TOKEN) gets one notice, never a failure.
 */
import type { WorkflowReport } from '../engine/model.js'
import { clipText, count, testCountsLine, exactPct, figure, gateMark, pct, reportView, type GateView } from '../view/report-view.js'
import type { GitHubClient, GitHubLogger } from './octokit.js'
import { escapeMarkdown, insightsMarkdown } from './checks.js'
import { cleanLeg } from './leg.js'
import { pairSafeEnd } from '../reports/clip.js'
import { whereWhole, type WholePlace } from '../view/whole.js'

/** Items of one insight list the comment shows (the report holds at most 50; the dashboard shows them all). */
const COMMENT_INSIGHT_ITEMS = 10

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536

/**
 * The hidden line that identifies the comment of one component, and of one leg of it when the component runs in
 * several legs of a matrix (see leg.ts): each leg keeps its own comment, never rewritten by another leg's verdict.
 * Without a leg it is the marker comments have always carried.
 */
export function commentMarker(component: string, leg?: string | null): string {
  // The component name is validated ([A-Za-z0-9_.-]); `--` could still end an HTML comment early, so it is cut.
  const shown = leg ? cleanLeg(leg) : null
  const of = shown ? ` leg:${shown.replace(/-{2,}/g, '-')}` : ''
  return `<!-- spec-to-production:${component.replace(/--+/g, '-')}${of} -->`
}

/** The base branch's last run of this component, as the metrics history holds it. */
export interface Baseline {
  branch: string
  run_id: string
  started_at: string
  coverage: number | null
  /** `<stage>.<gate>` of the gates that failed in that run. */
  failed_gates: string[]
}

export interface CommentLinks {
  checkRunUrl?: string | null
  /** The workflow run's page, where the artifact is listed; shown only with `artifact`. */
  runUrl?: string | null
  artifact?: string | null
  /** Name of the dashboard file inside the artifact. */
  dashboard?: string | null
  /** The commit the run judged (the pull request's head), named in the comment. */
  commit?: string | null
  /** Where the whole report is in this run (see whole.ts), for what the comment leaves out. */
  whole?: WholePlace | null
}

/** Coverage now minus coverage of the base branch's last run, in points (two decimals); null when either is unknown. */
export function coverageDelta(report: WorkflowReport, baseline: Baseline | null): number | null {
  // The report's two-decimal figure, as the history recorded the base's: a threshold of more decimals shows more.
  const now = reportView(report).coverage?.reported ?? null
  if (now === null || baseline?.coverage === null || baseline?.coverage === undefined) return null
  return Math.round((now - baseline.coverage) * 100) / 100
}

/** A code span: Markdown escapes do not apply inside one, so backticks and line breaks are replaced instead. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, 200)}\``
}

/** A code span in a table cell: GFM splits a row at every `|` not escaped, inside a code span too. */
function cellCode(text: string): string {
  return code(text).replace(/\|/g, '\\|')
}

function signed(points: number): string {
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${figure(Math.abs(points))} points`
}

/**
 * The comment's Markdown. Every string from the report is escaped; the marker comes first. Within GitHub's limit: when
 * the whole would be over it, the test lists show fewer items each (their counts stay exact, the rest "in the JSON
 * report"), and only then are whole lines left out of the middle, saying so — the verdict, the links
 * and the commit it speaks for are never what is cut.
 */
export function renderComment(report: WorkflowReport, baseline: Baseline | null, links: CommentLinks = {}): string {
  for (const perList of [COMMENT_INSIGHT_ITEMS, 5, 2, 0]) {
    const parts = commentParts(report, baseline, links, perList)
    const body = [...parts.head, ...parts.body, ...parts.tail].join('\n')
    if (body.length <= COMMENT_MAX_CHARS) return body
    if (perList === 0) return fitComment(parts, links)
  }
  return ''
}

interface CommentParts {
  /** The marker, the heading and the verdict: always kept. */
  head: string[]
  body: string[]
  /** Where to read more, and the commit the comment speaks for: always kept. */
  tail: string[]
}

/**
 * The parts within the limit by whole lines: the head and the tail kept, the body's lines while they fit, a `<details>`
 * left open closed, and a line saying what was left out and where all of it is. A single line longer than the limit
 * (the head's, with a pathological error) is cut at a character, never inside a surrogate pair.
 */
function fitComment(parts: CommentParts, links: CommentLinks): string {
  const report = whereWhole(links.whole, 'report', escapeMarkdown)
  const where = links.checkRunUrl ? `the [check run](${links.checkRunUrl}) and ${report} have` : `${report} has`
  const note = (n: number) => `_Cut to fit GitHub's limit of ${count(COMMENT_MAX_CHARS)} characters: ${count(n)} more line(s) not shown here; ${where} all of it._`
  const fixed = [...parts.head, ...parts.tail].join('\n').length + note(parts.body.length).length + 32
  const kept: string[] = []
  let used = 0
  let open = 0
  for (const line of parts.body) {
    if (fixed + used + line.length + 1 > COMMENT_MAX_CHARS) break
    kept.push(line)
    used += line.length + 1
    open += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length
  }
  const left = parts.body.length - kept.length
  const body = [...parts.head, ...kept, ...(open > 0 ? ['</details>'] : []), '', note(left), '', ...parts.tail].join('\n')
  if (body.length <= COMMENT_MAX_CHARS) return body
  return `${body.slice(0, pairSafeEnd(body, COMMENT_MAX_CHARS - 80))}\n\n… (cut at GitHub's comment limit)`
}

function commentParts(report: WorkflowReport, baseline: Baseline | null, links: CommentLinks, perList: number): CommentParts {
  const view = reportView(report)
  const icon = view.verdict === 'passed' ? (view.qualified ? '⚠️' : '✅') : view.verdict === 'cancelled' ? '⊘' : '❌'
  const leg = typeof report.leg === 'string' ? cleanLeg(report.leg) : null
  const head: string[] = [
    commentMarker(view.component, leg),
    `### ${icon} spec-to-production: ${escapeMarkdown(view.component)}${leg ? ` (${escapeMarkdown(leg)})` : ''} → ${escapeMarkdown(view.target)}`,
    '',
    `**${escapeMarkdown(view.headline)}**`,
    ''
  ]
  const lines: string[] = []

  const failing = view.gates.filter((g) => g.status !== 'passed')
  const isNew = (g: GateView) => baseline !== null && !baseline.failed_gates.includes(g.key)
  const fresh = failing.filter(isNew)
  const known = failing.filter((g) => !isNew(g))
  if (fresh.length) lines.push(`**New failures** (passing on ${code(baseline!.branch)}'s last run):`, ...fresh.map((g) => `- ❌ ${code(g.key)}: ${escapeMarkdown(clipText(g.why ?? g.value, 1000))}`), '')
  if (known.length) {
    lines.push(baseline ? `**Also failing on ${code(baseline.branch)}'s last run:**` : '**Failures:**', ...known.map((g) => `- ❌ ${code(g.key)}: ${escapeMarkdown(clipText(g.why ?? g.value, 1000))}`), '')
  }
  const failedTests = Object.values(report.stage_results ?? {})
    .flatMap((s) => Object.values(s?.quality_gates ?? {}))
    .filter((g) => /test_pass_rate$/.test(g.gate_name))
    .flatMap((g) => g.findings ?? [])
  const insights = view.insights
  if (insights) lines.push(...insightsMarkdown(insights, perList, links.whole), '')
  // The insight lists name the failing tests already, new ones first.
  const listed = insights?.lists.some((l) => l.title.startsWith('New failures') || l.title.startsWith('Already failing')) ?? false
  const testsShown = Math.min(20, perList * 2)
  if (failedTests.length && !listed) {
    lines.push(
      '<details><summary>Failing tests</summary>',
      '',
      ...failedTests.slice(0, testsShown).map((f) => `- ${escapeMarkdown(clipText(f.message, 300))}`),
      failedTests.length > testsShown ? `- … and ${count(failedTests.length - testsShown)} more in ${whereWhole(links.whole, 'findings', escapeMarkdown)}` : '',
      '</details>',
      ''
    )
  }

  const facts: string[] = []
  for (const t of view.tests) {
    const [suite, counts] = testCountsLine(t, escapeMarkdown)
    facts.push(`**${suite}**: ${counts}`)
  }
  if (view.coverage) {
    const delta = coverageDelta(report, baseline)
    const against = baseline
      ? delta !== null
        ? ` (${signed(delta)} against ${code(baseline.branch)}: ${pct(baseline.coverage!)})`
        : ` (${code(baseline.branch)}'s last run measured no coverage)`
      : ' (no run of the base branch in the history to compare with)'
    facts.push(`**Coverage**: ${exactPct(view.coverage.percent)}${view.coverage.threshold !== null ? `, threshold ${exactPct(view.coverage.threshold)}` : ''}${against}`)
  }
  // Where each deployment stands, with what the other surfaces say beside it: a rollback (or one that failed), an
  // unverified deploy, its attempts. A bare URL would read as a release in place and checked.
  for (const d of view.deployments) {
    facts.push(`**${escapeMarkdown(d.environment ?? d.stage)}**: ${escapeMarkdown(d.url ?? d.state)}${[d.rollback, ...d.notes].filter((x): x is string => !!x).map((x) => ` · ${escapeMarkdown(x)}`).join('')}`)
  }
  if (facts.length) lines.push(...facts.map((f) => `- ${f}`), '')

  if (view.gates.length) {
    lines.push('| Gate | | Value | Details |', '| --- | --- | --- | --- |')
    for (const g of [...failing, ...view.gates.filter((x) => x.status === 'passed')]) {
      const details = [...g.caveats, ...g.facts].join(' · ')
      lines.push(`| ${cellCode(g.key)} | ${gateMark(g)} | ${escapeMarkdown(g.value)} | ${escapeMarkdown(clipText(details, 300))} |`)
    }
    lines.push('')
  }

  const tail: string[] = []
  const where: string[] = []
  if (links.checkRunUrl) where.push(`[check run](${links.checkRunUrl})`)
  if (links.artifact) {
    const name = `artifact ${code(links.artifact)}`
    where.push(links.runUrl ? `[${name}](${links.runUrl}#artifacts)` : name)
    if (links.dashboard) where.push(`dashboard ${code(links.dashboard)} in the artifact`)
  }
  if (where.length) tail.push(where.join(' · '), '')
  const of = links.commit ? `Verdict of commit ${code(links.commit.slice(0, 12))}. ` : ''
  tail.push(`<sub>${of}Updated on every run of this pull request's head${baseline ? `; compared with run ${code(baseline.run_id)} of ${code(baseline.branch)}` : ''}.</sub>`)
  return { head, body: lines, tail }
}

export interface UpsertOptions {
  owner: string
  repo: string
  pullRequest: number
  component: string
  /** The matrix leg's identity, when the component runs in several legs (see leg.ts): the leg's own comment. */
  leg?: string | null
  body: string
  /**
   * The commit the run judged. When given, the comment is written only while it is the pull request's head: a run of
   * an earlier commit (a re-run of an older workflow run, or a run that ends after a later push's) would put its
   * verdict over the head's.
   */
  headSha?: string
  log: GitHubLogger
  /** Told once when the token may not write (fork pull requests). */
  notice: (message: string) => void
}

export interface UpsertResult {
  url: string | null
  action: 'created' | 'updated' | 'skipped'
  /** REST calls made (list pages, then one write). */
  requests: number
}

function status(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

/**
 * Whether a marked comment may be the one this action wrote: one by an app (`github-actions[bot]` for GITHUB_TOKEN,
 * `<app>[bot]` for an App token), or by someone the repository made an owner, member or collaborator (a personal
 * token's comments are its person's). Anyone else can post the marker too — the author of a fork's pull request, on
 * the pull request the workflow_run mode comments on — and a comment of theirs, updated in place, would carry the
 * verdict under their name, theirs to edit back to "passed" afterwards; it is never taken as ours.
 */
function mayBeOurs(c: { user?: { type?: string } | null; author_association?: string }): boolean {
  return c.user?.type === 'Bot' || ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(c.author_association ?? '')
}

/** The pull request's head commit now, or null when it cannot be read (then the comment is written as before). */
async function currentHead(octokit: GitHubClient, o: UpsertOptions): Promise<string | null> {
  try {
    const { data } = await octokit.rest.pulls.get({ owner: o.owner, repo: o.repo, pull_number: o.pullRequest })
    return data.head?.sha ?? null
  } catch (error) {
    o.log.debug(`pull request #${o.pullRequest} not read (${(error as Error)?.message ?? String(error)}): its head is not compared with the commit judged`)
    return null
  }
}

/** Updates the component's comment in place, or creates it. Never throws: a failure is a warning or one notice. */
export async function upsertComment(octokit: GitHubClient, o: UpsertOptions): Promise<UpsertResult> {
  const marker = commentMarker(o.component, o.leg)
  let requests = 0
  try {
    if (o.headSha) {
      requests++
      const head = await currentHead(octokit, o)
      if (head !== null && head !== o.headSha) {
        o.notice(
          `no pull-request comment: pull request #${o.pullRequest}'s head is now ${head.slice(0, 12)}, and this run judged ${o.headSha.slice(0, 12)}, an earlier commit ` +
            "(a re-run of an older workflow run, or a run that ended after a later push's): the comment keeps the verdict of the head's run; this run's verdict is on its own commit's check run"
        )
        return { url: null, action: 'skipped', requests }
      }
    }
    let found: { id: number; html_url: string } | null = null
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: o.owner, repo: o.repo, issue_number: o.pullRequest, per_page: 100 })) {
      requests++
      // The first comment carrying the marker that the action could have written is ours; later copies are left alone.
      const hit = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker) && mayBeOurs(c))
      if (hit) {
        found = { id: hit.id, html_url: hit.html_url }
        break
      }
    }
    requests++
    if (found) {
      const { data } = await octokit.rest.issues.updateComment({ owner: o.owner, repo: o.repo, comment_id: found.id, body: o.body })
      o.log.info(`pull-request comment of ${o.component} updated: ${data.html_url}`)
      return { url: data.html_url, action: 'updated', requests }
    }
    const { data } = await octokit.rest.issues.createComment({ owner: o.owner, repo: o.repo, issue_number: o.pullRequest, body: o.body })
    o.log.info(`pull-request comment of ${o.component} created: ${data.html_url}`)
    return { url: data.html_url, action: 'created', requests }
  } catch (error) {
    const s = status(error)
    if (s === 403 || s === 404) {
      o.notice(
        `spec-to-production did not comment on pull request #${o.pullRequest} (${s}: the token may not write). Grant \`pull-requests: write\` in the workflow's \`permissions:\`; ` +
          'pull requests from forks get a read-only GITHUB_TOKEN: run the aggregate in workflow_run mode to comment from a trusted run.'
      )
    } else o.log.warning(`pull-request comment not written: ${(error as Error)?.message ?? String(error)}`)
    return { url: null, action: 'skipped', requests }
  }
}
