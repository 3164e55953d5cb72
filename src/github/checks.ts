/**
 * One check run per component: created `in_progress` when the run starts, completed with the verdict and the
 * findings as annotations when it ends. Without write access (pull requests from forks, no `checks: write`) nothing
 * fails: the most important findings go out as workflow-command annotations and one notice names the permission.
 *
 * Requests for N findings with a cap C (default 1,000): 1 create (at start), then ceil(min(N, C) / 50) updates. The
 * first update completes the run (status, conclusion, output and the first 50 annotations), so the verdict lands even
 * if a later append fails; each further update appends 50 annotations and repeats title, summary and text, which the
 * API replaces on every update. When an append fails, one more update (without annotations) replaces the summary and text,
 * which announced every planned annotation, with how many the run holds and how many were not posted.
 *
 * A check run created with GITHUB_TOKEN attaches to whichever check suite GitHub picks for the commit (usually the
 * workflow run's own suite, sometimes another workflow's): a known platform quirk; the run's name identifies it.
 */
import type { WorkflowReport } from '../engine/model.js'
import type { Finding } from '../reports/types.js'
import {
  type AnnotationSink,
  type CheckAnnotation,
  emitWorkflowAnnotations,
  inBatches,
  planAnnotations,
  reportFindings,
  type AnnotationPlan,
  type PathOptions,
  type WorkflowAnnotationCounts
} from './annotations.js'
import type { GitHubClient, GitHubLogger } from './octokit.js'
import { clipChars } from '../reports/clip.js'
import { clipText, count, escapeMarkdown, testCountsLine, fmtDuration, reportView, type TestInsightsView } from '../view/report-view.js'
import { whereWhole, type WholePlace } from '../view/whole.js'

/** The Checks API's limit for `output.summary` and `output.text`, in characters. */
export const OUTPUT_MAX_CHARS = 65_535
/**
 * The same limit as GitHub enforces it: in UTF-8 bytes ("summary exceeds a maximum bytesize of 65535", 422; the docs
 * say characters, github/docs#35252). A text of emoji, `→` or CJK under 65,535 characters can be far over it.
 */
export const OUTPUT_MAX_BYTES = 65_535
const TITLE_MAX_CHARS = 255

export interface CheckRunTarget {
  owner: string
  repo: string
  /** The commit the run belongs on: the pull request's head for pull-request events (see event.ts). */
  headSha: string
  /** The check's name as shown on the pull request. */
  name: string
}

export interface CheckRunHandle extends CheckRunTarget {
  id: number
  /** The check run's page on GitHub. */
  html_url: string | null
}

/** What `startCheckRun` gives back: a handle, or why there is none. */
export type CheckRunStart =
  | { handle: CheckRunHandle }
  | {
      handle: null
      target: CheckRunTarget
      /** e.g. `403 Resource not accessible by integration`. */
      reason: string
      /** 403/404: the token may not write checks; completion falls back at once instead of trying again. */
      permissionDenied: boolean
    }

export interface StartCheckRunOptions {
  owner: string
  repo: string
  headSha: string
  component: string
  /** Check name; `{component}`, `{target}` and `{leg}` are replaced. Default `spec-to-production / <component>`. */
  name?: string
  /** The run's target, for `{target}`. */
  target?: string
  /** The matrix leg's identity (see leg.ts), when the job has one: the default name carries it. */
  leg?: string | null
  /** Link shown as "Details", e.g. the workflow run's page. */
  detailsUrl?: string
  log: GitHubLogger
  now?: () => Date
}

export interface CompleteCheckRunOptions extends PathOptions {
  log: GitHubLogger
  /** Receives workflow-command annotations when the check run cannot be written. */
  sink: AnnotationSink
  /** Most annotations posted on the check run (default 1,000). */
  cap?: number
  /**
   * Where the whole report and every finding are in this run (see whole.ts): named wherever the check run cannot hold
   * everything. Without it, "the JSON report" alone.
   */
  whole?: WholePlace | null
  now?: () => Date
}

export interface CheckRunOutcome {
  /** The check run's page, or null when none was written. */
  url: string | null
  /** Checks API calls made by `completeCheckRun` (retries by the plugins not counted). */
  requests: number
  annotations_posted: number
  /** Findings with a file that reached neither a check-run nor a workflow-command annotation. */
  annotations_omitted: number
  /** Findings naming no file in the repository: never annotated. */
  findings_without_file: number
  conclusion: 'success' | 'failure' | 'cancelled'
  /** True when the check run could not be written and workflow commands were used instead. */
  fallback: boolean
  /** Workflow-command annotations emitted in the fallback (the permission notice not counted). */
  workflow_annotations?: WorkflowAnnotationCounts
}

/**
 * The check run's name. Default `spec-to-production / <component>`, and `spec-to-production / <component> (<leg>)` for
 * a leg of a matrix (see leg.ts): legs of one component under one name would let the latest leg's conclusion stand
 * for every leg's. A name given replaces `{component}`, `{target}` and `{leg}`; an empty one goes with its brackets.
 */
export function checkRunName(component: string, name?: string, leg: { target?: string; leg?: string | null } = {}): string {
  if (!name) return leg.leg ? `spec-to-production / ${component} (${leg.leg})` : `spec-to-production / ${component}`
  let named = fill(fill(name.replaceAll('{component}', component), 'target', leg.target), 'leg', leg.leg).trim()
  // `{leg}: {component}` without a leg: no separator left leading the name.
  if (!SEPARATOR_FIRST.test(name.trim())) named = named.replace(SEPARATOR_FIRST, '')
  return named || `spec-to-production / ${component}`
}

const SEPARATOR_FIRST = /^[-–—/:|,·]\s*/

/**
 * `{key}` replaced by `value`; without a value, the placeholder goes with the brackets around it and the separator or
 * space before it, so that `ci / {component} ({leg})` of a job with no leg reads `ci / api`, not `ci / api ()`.
 */
function fill(name: string, key: string, value: string | null | undefined): string {
  const placeholder = `{${key}}`
  if (value) return name.replaceAll(placeholder, value)
  const p = `\\{${key}\\}`
  return name
    .replace(new RegExp(`\\s*(?:[-–—/:|,·]\\s*)?(?:\\(${p}\\)|\\[${p}\\]|${p})`, 'g'), '')
    .replaceAll(placeholder, '')
}

/** ISO 8601 without milliseconds, the form the Checks API documents. */
function timestamp(now: () => Date): string {
  return now().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

function describe(error: unknown): string {
  const status = httpStatus(error)
  const message = (error as Error)?.message ?? String(error)
  return status !== undefined && !message.startsWith(String(status)) ? `${status} ${message}` : message
}

/** The status and the first clause of GitHub's message (`422 Validation Failed`), for text shown on the check run. */
function shortReason(error: unknown): string {
  return clipChars(describe(error).split(/: | - /)[0], 200)
}

/** 403/404 that is not a rate limit (GitHub answers some rate limits with 403 too): the token may not write. */
function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error)
  return (status === 403 || status === 404) && !/rate limit/i.test((error as Error)?.message ?? '')
}

export async function startCheckRun(octokit: GitHubClient, options: StartCheckRunOptions): Promise<CheckRunStart> {
  const target: CheckRunTarget = {
    owner: options.owner,
    repo: options.repo,
    headSha: options.headSha,
    name: checkRunName(options.component, options.name, { target: options.target, leg: options.leg })
  }
  try {
    const { data } = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      status: 'in_progress',
      started_at: timestamp(options.now ?? (() => new Date())),
      ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
      output: {
        title: `${options.component}: running`,
        summary: 'The stages and quality gates are running; the verdict and the findings appear here when they end.'
      }
    })
    options.log.info(`check run '${target.name}' started on ${target.headSha}: ${data.html_url ?? data.id}`)
    return { handle: { ...target, id: data.id, html_url: data.html_url } }
  } catch (error) {
    const permissionDenied = isPermissionError(error)
    const reason = describe(error)
    if (permissionDenied) options.log.info(`no check run (${reason}): the token may not write checks; findings will be reported as workflow annotations`)
    else options.log.warning(`could not create the check run '${target.name}' (${reason}); will try again when the run ends`)
    return { handle: null, target, reason, permissionDenied }
  }
}

export function conclusionOf(report: WorkflowReport): CheckRunOutcome['conclusion'] {
  return report.cancelled ? 'cancelled' : report.success ? 'success' : 'failure'
}

/** The check run's title: the verdict, e.g. `✗ testing failed: coverage 62.1% < 70%` (the same words on every surface). */
export function verdictTitle(report: WorkflowReport): string {
  return clipChars(reportView(report).headline.replace(/\s+/g, ' ').trim(), TITLE_MAX_CHARS)
}

/** Report text in this module's Markdown; defined beside `inertMarkup`, as the aggregate's summary needs it too. */
export { escapeMarkdown }

/**
 * A stage or gate key in Markdown. The engine's are plain names, written as they are; the report of a fork's run,
 * which the aggregate's workflow_run mode renders in the trusted run, may name a stage or gate with any text (a table
 * row of its own, a heading, an image), and is escaped like any other text from a report.
 */
function keyText(key: string): string {
  return /^[\w.-]+$/.test(key) ? key : escapeMarkdown(key)
}

/** Joins lines up to `maxBytes` of UTF-8; when they do not fit, ends with a note saying how many were cut. */
export function fitLines(lines: readonly string[], maxBytes: number, what = 'lines', whole?: WholePlace | null): string {
  const out: string[] = []
  let bytes = 0
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i
    const note = `\n\n_Truncated: ${count(rest)} more ${what} not shown (GitHub limits this field to ${count(OUTPUT_MAX_BYTES)} bytes); the full list is in ${whereWhole(whole, 'findings', escapeMarkdown)}._`
    const size = Buffer.byteLength(line) + 1
    if (bytes + size + Buffer.byteLength(note) > maxBytes) {
      return out.join('\n') + note
    }
    out.push(line)
    bytes += size
  }
  return out.join('\n')
}

/** Annotations of the plan that GitHub did not take: an append refused or unanswered after the verdict was posted. */
export interface UnpostedAnnotations {
  /** How many of the plan's annotations the check run does not hold. */
  count: number
  /** GitHub's answer, e.g. `422 Validation Failed`. */
  reason: string
}

export function checkRunSummary(report: WorkflowReport, plan: AnnotationPlan, unposted?: UnpostedAnnotations, whole?: WholePlace | null): string {
  const view = reportView(report)
  // A pass that left something unmeasured is ⚠️, as on the job summary, the comment and the dashboard.
  const verdict = view.verdict === 'cancelled' ? '⊘ cancelled' : view.verdict === 'passed' ? (view.qualified ? '⚠️ passed' : '✅ passed') : '❌ failed'
  const lines = [
    `### ${verdict}: ${escapeMarkdown(view.component)} → ${escapeMarkdown(view.target)}`,
    '',
    `Total time ${fmtDuration(view.duration_ms)}. Stages completed: ${report.stages_completed.join(', ') || 'none'}.`,
    ...view.tests.map((t) => `- ${testCountsLine(t, escapeMarkdown).join(': ')}`),
    ...view.deployments.map((d) => `- ${escapeMarkdown(d.environment ?? d.stage)}: ${d.url ? escapeMarkdown(d.url) : escapeMarkdown(d.state)}${[d.rollback, ...d.notes].filter((x): x is string => !!x).map((x) => ` · ${escapeMarkdown(x)}`).join('')}`),
    // Clipped as on the job summary: one line too long for the field would take the tables below it with it.
    ...view.errors.slice(0, 50).map((e) => `- ${escapeMarkdown(clipText(e, 2000))}`),
    ...(view.errors.length > 50 ? [`- … ${count(view.errors.length - 50)} more in ${whereWhole(whole, 'report', escapeMarkdown)}`] : []),
    '',
    '| Stage | Status | Time | Retries |',
    '| --- | --- | --- | --- |',
    ...view.stages.map((s) =>
      s.status === 'skipped'
        ? `| ${keyText(s.key)} | skipped${s.note ? `: ${escapeMarkdown(s.note)}` : ''} | — | — |`
        : `| ${keyText(s.key)} | ${s.status}${s.caveats.map((c) => ` ⚠️ ${escapeMarkdown(clipText(c, 300))}`).join('')} | ${fmtDuration(s.duration_ms).replace('not timed', '—')} | ${s.retries} |`
    )
  ]
  if (view.gates.length > 0) {
    lines.push('', '| Gate | Result | Value | Details |', '| --- | --- | --- | --- |')
    for (const g of view.gates) {
      const result = g.status === 'passed' ? (g.caveats.length ? '⚠️' : '✅') : g.status === 'cancelled' ? '⊘' : '❌'
      const details = [...g.caveats, ...(g.status !== 'passed' && g.why ? [g.why] : []), ...g.criteria.filter((c) => !c.met).map((c) => `${c.name}: ${c.value}, needs ${c.threshold}`), ...(g.facts.length ? [g.facts.join(' · ')] : [])]
      lines.push(`| ${keyText(g.key)} | ${result} | ${escapeMarkdown(clipText(g.value, 2000))} | ${escapeMarkdown(clipText(details.join('; '), 600))} |`)
    }
  }
  if (view.insights) lines.push('', ...insightsMarkdown(view.insights, CHECK_INSIGHT_ITEMS, whole))
  lines.push('', annotationLine(plan, unposted, whole))
  return fitLines(lines, OUTPUT_MAX_BYTES, 'lines', whole)
}

/** Items of one insight list the check run's summary shows (the report holds at most 50). */
const CHECK_INSIGHT_ITEMS = 20

/**
 * The tests section as Markdown lines (check run, pull-request comment): new failures, known ones, flaky,
 * quarantined, the slowest; `perList` items of each list, with the exact count.
 */
export function insightsMarkdown(insights: TestInsightsView, perList: number, whole?: WholePlace | null): string[] {
  // Names are escaped text, not code spans: a code span shows `<script>` raw and cannot hold a backtick.
  const id = (text: string) => `**${escapeMarkdown(clipText(text, 300))}**`
  const lines = ['#### Tests']
  if (insights.basis) lines.push('', `_${escapeMarkdown(insights.basis)}_`)
  for (const e of insights.expired) lines.push('', `❌ expired quarantine entry: ${escapeMarkdown(e)}`)
  for (const l of insights.lists) {
    const shown = l.items.slice(0, perList)
    lines.push('', `**${escapeMarkdown(l.title)}** (${count(l.count)}${l.detail ? `; ${escapeMarkdown(l.detail)}` : ''})`, ...shown.map((i) => `- ${id(i.id)}${i.note ? ` — ${escapeMarkdown(i.note)}` : ''}`))
    if (l.count > shown.length) lines.push(`- … ${count(l.count - shown.length)} more in ${whereWhole(whole, 'report', escapeMarkdown)}`)
  }
  for (const n of insights.notes) lines.push('', `⚠️ ${escapeMarkdown(n)}`)
  return lines
}

function annotationLine(plan: AnnotationPlan, unposted?: UnpostedAnnotations, whole?: WholePlace | null): string {
  const lost = unposted?.count ?? 0
  const parts = [`**Findings:** ${count(plan.total)}; ${count(plan.annotations.length - lost)} shown as annotations (errors first)`]
  if (lost > 0) parts.push(`${count(lost)} not posted (GitHub answered ${escapeMarkdown(unposted!.reason)}): they are in ${whereWhole(whole, 'findings', escapeMarkdown)}`)
  if (plan.omitted > 0) parts.push(`${count(plan.omitted)} not annotated: over the cap of ${count(plan.annotations.length)} annotations`)
  if (plan.withoutFile > 0) parts.push(`${count(plan.withoutFile)} name no file in the repository`)
  return `${parts.join('; ')}.`
}

function findingLine(f: Finding): string {
  const where = f.file ? `${escapeMarkdown(f.file)}${typeof f.line === 'number' && f.line > 0 ? `:${f.line}` : ''}` : '(no file)'
  return `- **${escapeMarkdown(String(f.severity))}** ${where} ${escapeMarkdown(f.rule ? `${f.tool} ${f.rule}` : f.tool)}: ${escapeMarkdown(f.message)}`
}

/** The output text: what the annotations do not show (findings over the cap, findings without a file). */
export function checkRunText(plan: AnnotationPlan, unposted?: UnpostedAnnotations, whole?: WholePlace | null): string {
  const lines = [annotationLine(plan, unposted, whole)]
  if (plan.omitted > 0) {
    lines.push('', `#### Over the annotation cap (${count(plan.omitted)})`, '', ...plan.omittedFindings.map(findingLine))
  }
  if (plan.withoutFile > 0) {
    lines.push('', `#### Without a file in the repository (${count(plan.withoutFile)})`, '', ...plan.withoutFileFindings.map(findingLine))
  }
  return fitLines(lines, OUTPUT_MAX_BYTES, 'lines', whole)
}

/**
 * Completes the check run with the verdict and posts the annotations; without a handle (or when the run cannot be
 * written) falls back to workflow-command annotations. Never throws: a failure is a warning.
 */
export async function completeCheckRun(
  octokit: GitHubClient,
  start: CheckRunStart,
  report: WorkflowReport,
  options: CompleteCheckRunOptions
): Promise<CheckRunOutcome> {
  const { log } = options
  const now = options.now ?? (() => new Date())
  const findings = reportFindings(report)
  const plan = planAnnotations(findings, { cap: options.cap, pathPrefix: options.pathPrefix })
  const conclusion = conclusionOf(report)
  const outcome: CheckRunOutcome = {
    url: null,
    requests: 0,
    annotations_posted: 0,
    annotations_omitted: plan.omitted,
    findings_without_file: plan.withoutFile,
    conclusion,
    fallback: false
  }
  const target = start.handle ?? start.target
  if (start.handle === null && start.permissionDenied) return fallBack(outcome, findings, target, start.reason, true, options)
  try {
    const output = { title: verdictTitle(report), summary: checkRunSummary(report, plan, undefined, options.whole), text: checkRunText(plan, undefined, options.whole) }
    const batches: CheckAnnotation[][] = plan.annotations.length > 0 ? inBatches(plan.annotations) : [[]]
    const completion = { status: 'completed' as const, conclusion, completed_at: timestamp(now) }
    let id: number
    try {
      outcome.requests++
      if (start.handle) {
        const { data } = await octokit.rest.checks.update({
          owner: target.owner,
          repo: target.repo,
          check_run_id: start.handle.id,
          ...completion,
          output: { ...output, annotations: batches[0] }
        })
        id = data.id
        outcome.url = data.html_url ?? start.handle.html_url
      } else {
        const { data } = await octokit.rest.checks.create({
          owner: target.owner,
          repo: target.repo,
          name: target.name,
          head_sha: target.headSha,
          ...completion,
          output: { ...output, annotations: batches[0] }
        })
        id = data.id
        outcome.url = data.html_url
      }
    } catch (error) {
      if (start.handle && !isPermissionError(error)) await completeBare(octokit, start.handle, output.title, conclusion, now, outcome, log, options.whole)
      return fallBack(outcome, findings, target, describe(error), isPermissionError(error), options)
    }
    outcome.annotations_posted = batches[0].length
    for (const [i, batch] of batches.entries()) {
      if (i === 0) continue
      try {
        outcome.requests++
        await octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: { ...output, annotations: batch } })
        outcome.annotations_posted += batch.length
      } catch (error) {
        const left = plan.annotations.length - outcome.annotations_posted
        outcome.annotations_omitted += left
        log.warning(`check run '${target.name}': ${count(left)} annotations not posted (${describe(error)}); the verdict is posted`)
        await correctCount(octokit, { ...target, id }, report, plan, { count: left, reason: shortReason(error) }, outcome, log, options.whole)
        break
      }
    }
    log.info(`check run '${target.name}' ${conclusion}: ${count(outcome.annotations_posted)} annotations in ${outcome.requests} requests${outcome.url ? `: ${outcome.url}` : ''}`)
    return outcome
  } catch (error) {
    // Not an API answer: a bug of ours. Still never fail the run over its reporting.
    log.warning(`check run '${target.name}' not completed: ${(error as Error)?.stack ?? String(error)}`)
    return fallBack(outcome, findings, target, describe(error), false, options)
  }
}

/** One more update of a check run, counted in `outcome`; `failed` is told why when GitHub refuses it or does not answer. */
async function updateOnce(
  octokit: GitHubClient,
  run: { owner: string; repo: string; id: number },
  fields: Omit<Parameters<GitHubClient['rest']['checks']['update']>[0] & object, 'owner' | 'repo' | 'check_run_id'>,
  outcome: CheckRunOutcome,
  failed: (why: string) => void
): Promise<boolean> {
  try {
    outcome.requests++
    await octokit.rest.checks.update({ ...fields, owner: run.owner, repo: run.repo, check_run_id: run.id })
    return true
  } catch (error) {
    failed(describe(error))
    return false
  }
}

/**
 * After an append failed: the summary and text the earlier updates sent announce every planned annotation, so they are
 * replaced once (no annotations) by ones saying how many the run holds and how many were not posted, and why.
 */
async function correctCount(
  octokit: GitHubClient,
  run: CheckRunTarget & { id: number },
  report: WorkflowReport,
  plan: AnnotationPlan,
  unposted: UnpostedAnnotations,
  outcome: CheckRunOutcome,
  log: GitHubLogger,
  whole?: WholePlace | null
): Promise<void> {
  const output = { title: verdictTitle(report), summary: checkRunSummary(report, plan, unposted, whole), text: checkRunText(plan, unposted, whole) }
  await updateOnce(octokit, run, { output }, outcome, (why) =>
    log.warning(`check run '${run.name}' says ${count(plan.annotations.length)} annotations, but holds ${count(outcome.annotations_posted)}: correcting its text failed (${why})`)
  )
}

/**
 * Last try after the completing update failed for another reason than permissions: the verdict alone (no
 * annotations, a one-line summary), so the run does not stay `in_progress` on the pull request.
 */
async function completeBare(
  octokit: GitHubClient,
  handle: CheckRunHandle,
  title: string,
  conclusion: CheckRunOutcome['conclusion'],
  now: () => Date,
  outcome: CheckRunOutcome,
  log: GitHubLogger,
  whole?: WholePlace | null
): Promise<void> {
  const summary = `The findings could not be posted here; the workflow run's log says why. All of them are in ${whereWhole(whole, 'findings', escapeMarkdown)}.`
  const done = await updateOnce(octokit, handle, { status: 'completed', conclusion, completed_at: timestamp(now), output: { title, summary } }, outcome, (why) =>
    log.warning(`check run '${handle.name}' may remain in progress: completing it failed (${why})`)
  )
  if (done) outcome.url = handle.html_url
}

/** Workflow-command annotations for the most important findings, and one notice saying what is missing. */
function fallBack(
  outcome: CheckRunOutcome,
  findings: readonly Finding[],
  target: CheckRunTarget,
  reason: string,
  permissionDenied: boolean,
  options: CompleteCheckRunOptions
): CheckRunOutcome {
  const counts = emitWorkflowAnnotations(findings, options.sink, { pathPrefix: options.pathPrefix, reserve: { notice: 1 } })
  const shown = counts.error + counts.warning + counts.notice
  // Only places that exist whatever else fails: the job summary lists 50 findings at most, and the artifact may be off.
  const about = `${count(shown)} most important of ${count(findings.length)} findings shown as annotations of this step; all of them are in ${whereWhole(options.whole, 'findings')}.`
  if (permissionDenied) {
    options.sink.notice(
      `spec-to-production could not write the check run '${target.name}' (${reason}). Grant \`checks: write\` in the workflow's \`permissions:\` ` +
        `to get every finding as an annotation. Pull requests from forks get a read-only GITHUB_TOKEN, whatever the workflow asks. ${about}`,
      { title: 'spec-to-production: permission checks: write needed' }
    )
  } else {
    options.log.warning(`check run '${target.name}' not written (${reason}). ${about}`)
  }
  return {
    ...outcome,
    annotations_posted: 0,
    annotations_omitted: findings.length - outcome.findings_without_file - shown,
    fallback: true,
    workflow_annotations: counts
  }
}
