/**
 * The aggregate sub-action: after the matrix legs, every leg's report artifact of this run (or, in the fork-safe
 * workflow_run mode, of the triggering run), one job summary, one combined dashboard, one overall check run.
 * A leg that crashed or uploaded nothing is missing, and the aggregate fails: absence is never success. In
 * report-from-run mode no code from the pull request is checked out or run: only its JSON reports are read, and
 * the check runs and annotations are posted with this workflow's token, which can write.
 */
import * as core from '@actions/core'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { aggregateJson, aggregateSummary, aggregateVerdict, collectReportFiles, expectedLegsFromMatrix, readLegReports, renderCombinedDashboard, verdictSentence } from '../aggregate/index.js'
import { shownReport } from '../aggregate/read.js'
import { truncateUtf8 } from '../github/annotations.js'
import { completeCheckRun, OUTPUT_MAX_BYTES, startCheckRun } from '../github/checks.js'
import { renderComment, upsertComment } from '../github/comment.js'
import { readEventContext } from '../github/event.js'
import { createOctokit, type GitHubClient, type GitHubLogger } from '../github/octokit.js'
import { downloadRunArtifacts } from '../github/run-artifacts.js'
import { workflowRun, type TriggeringRun } from './event-payload.js'
import type { WorkflowReport } from '../engine/model.js'
import type { ExpectedLeg } from '../aggregate/matrix.js'
import { logInert } from './inert-log.js'
import { booleanInput, commentMode as parseCommentMode } from './input-values.js'
import { reportedRepositoryPath } from './repo-prefix.js'
import { sarifFileName } from '../engine/report.js'
import type { WholePlace } from '../view/whole.js'

const log: GitHubLogger = { info: (m) => logInert(m), warning: (m) => core.warning(m), error: (m) => core.error(m), debug: core.debug }

function expected(): Array<string | ExpectedLeg> | undefined {
  const raw = core.getInput('expected').trim()
  if (!raw) return undefined
  try {
    return expectedLegsFromMatrix(JSON.parse(raw))
  } catch {
    return raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)
  }
}

export async function runAggregateAction(): Promise<void> {
  try {
    const token = core.getInput('github-token')
    if (token) core.setSecret(token)
    // Read before any work: a value that is neither true nor false is refused, never taken as one of them.
    const checkRun = booleanInput('check-run', true)
    const comment = parseCommentMode(core.getInput('comment'))
    // Empty is the input's default here: true.
    const commentMode = comment === 'auto' ? 'true' : comment
    const fromRunInput = core.getInput('report-from-run').trim()
    const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'spec-to-production-aggregate')
    await mkdir(dir, { recursive: true })

    // Whose reports, and which commit the results belong to.
    let headSha: string | null = null
    let fromRun: { token: string; runId: number; owner: string; repo: string } | undefined
    const { owner, repo, headSha: eventHead } = readEventContext()
    if (fromRunInput) {
      const runId = Number(fromRunInput)
      if (!Number.isInteger(runId) || runId <= 0) throw new Error(`Invalid input report-from-run: '${fromRunInput}'. Expected a workflow run id.`)
      if (!token) throw new Error("report-from-run needs github-token (with 'actions: read' and 'checks: write')")
      fromRun = { token, runId, owner, repo }
      const triggering = workflowRun()
      headSha = triggering?.runId === runId ? triggering.headSha : null
      if (!headSha) core.warning(`the event is not the workflow_run of run ${runId}: its head commit is unknown, so no check runs are posted`)
    } else headSha = eventHead

    const download = await downloadRunArtifacts({ prefix: core.getInput('artifact-prefix') || 'spec-to-production-', dir, log, fromRun })
    const localReports = core.getMultilineInput('reports').map((p) => resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p))
    const files = await collectReportFiles([dir, ...localReports])
    const promised = expected()
    if (promised === undefined) {
      core.warning(
        "no legs were expected (input expected: the plan's matrix, or the ship job's matrix as JSON): the verdict is of the legs that sent a report, and a leg that crashed or uploaded nothing is not known to be missing"
      )
    }
    const input = await readLegReports({ files, expected: promised })
    const verdict = aggregateVerdict(input)

    const summary = aggregateSummary(input)
    await core.summary.addRaw(summary, true).write()
    const dashboardPath = resolve(process.env.GITHUB_WORKSPACE || process.cwd(), core.getInput('dashboard-path') || 'workflow_dashboard_all.html')
    await writeFile(dashboardPath, renderCombinedDashboard(input, Date.now()))
    const jsonPath = join(dir, 'aggregate.json')
    await writeFile(jsonPath, JSON.stringify(aggregateJson(input), null, 2))

    // Check runs: one per leg with its annotations in report-from-run mode (the fork's own run could not post
    // them), and one overall.
    let checkRunUrl = ''
    if (token && headSha && checkRun) {
      const octokit = createOctokit({ token, log })
      if (fromRun) {
        // The fork's run could write neither check runs nor its pull-request comments: both are posted from here.
        const pullRequest = commentMode !== 'false' ? await triggeringPullRequest(octokit, owner, repo, workflowRun(), headSha) : null
        for (const leg of input.legs) {
          // The file's findings for the annotations; its verdict as the aggregate derived it from its stages and
          // gates (a report whose fields contradict each other was refused and is not here).
          const raw = JSON.parse(await readFile(leg.file, 'utf8'), (key, value: unknown) => (key === '__proto__' ? undefined : value)) as WorkflowReport
          const { report, left } = shownReport(raw, leg)
          if (left.length) {
            core.warning(
              `the report of ${leg.component} (${leg.file}) holds ${left.length} ${left.length === 1 ? 'entry' : 'entries'} its check run and comment cannot show, left out of them: ` +
                `${left.slice(0, 5).join(', ')}${left.length > 5 ? `, and ${left.length - 5} more` : ''}`
            )
          }
          const start = await startCheckRun(octokit, { owner, repo, headSha, component: leg.component, target: leg.target, leg: report.leg ?? null, log })
          // Its findings name files from its own working directory: placed in the repository by where that is.
          let pathPrefix = reportedRepositoryPath(raw.repository_path)
          if (pathPrefix === null) {
            core.warning(`the report of ${leg.component} gives an unusable repository_path (${JSON.stringify(String(raw.repository_path).slice(0, 80))}): its annotations are placed from the repository's root`)
            pathPrefix = ''
          }
          const whole = downloadedFrom(dir, leg.file, leg.component, fromRun.runId)
          const outcome = await completeCheckRun(octokit, start, report, { log, sink: { error: core.error, warning: core.warning, notice: core.notice }, pathPrefix, whole })
          if (pullRequest !== null && !(commentMode === 'on-failure' && report.success)) {
            const body = renderComment(report, null, { checkRunUrl: outcome.url, commit: headSha, whole })
            await upsertComment(octokit, { owner, repo, pullRequest, component: leg.component, leg: report.leg ?? null, body, headSha, log, notice: core.notice })
          }
        }
      }
      try {
        const text = verdictSentence(input)
        const res = await octokit.rest.checks.create({
          owner,
          repo,
          head_sha: headSha,
          name: core.getInput('check-name') || 'spec-to-production / all components',
          status: 'completed',
          conclusion: verdict.success ? 'success' : 'failure',
          // GitHub measures the summary in UTF-8 bytes: the legs' ✅ and ❌ make it larger than its characters.
          output: { title: text.slice(0, 255), summary: truncateUtf8(summary, OUTPUT_MAX_BYTES, '\n\n… (cut; see the job summary)') }
        })
        checkRunUrl = res.data.html_url ?? ''
      } catch (error) {
        const status = (error as { status?: number }).status
        core.warning(`overall check run not posted (${status ?? (error as Error).message})${status === 403 ? ": grant 'checks: write'" : ''}`)
      }
    }

    core.setOutput('success', String(verdict.success))
    core.setOutput('failed-components', verdict.failed.join(','))
    core.setOutput('missing-components', verdict.missing.join(','))
    core.setOutput('dashboard', dashboardPath)
    core.setOutput('check-run-url', checkRunUrl)
    if (download.error) core.setFailed(download.error)
    else if (!verdict.success) core.setFailed(verdictSentence(input))
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}

/**
 * The pull request the triggering run tested. GitHub names it in the workflow_run payload's `pull_requests` only
 * when its head branch is in this repository: for a pull request from a fork — the case this mode is for — that list
 * is empty, so the open pull requests whose head is the fork's branch are asked for, and the one whose head commit is
 * the run's is taken. Null (with a notice) when there is none: a comment is never put on another pull request.
 */
async function triggeringPullRequest(octokit: GitHubClient, owner: string, repo: string, run: TriggeringRun | null, headSha: string): Promise<number | null> {
  if (!run) return null
  if (run.pullRequest !== null) return run.pullRequest
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') return null
  if (!run.headOwner || !run.headBranch) {
    core.notice(`no pull-request comment: the workflow_run payload names no head repository or branch for run ${run.runId}, so its pull request cannot be found`)
    return null
  }
  try {
    const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${run.headOwner}:${run.headBranch}`, per_page: 100 })
    const pull = data.find((p) => p.head.sha === headSha)
    if (pull) return pull.number
    core.notice(`no pull-request comment: no open pull request of ${owner}/${repo} has ${run.headOwner}:${run.headBranch} at ${headSha.slice(0, 12)} as its head`)
  } catch (error) {
    const status = (error as { status?: number }).status
    core.warning(`no pull-request comment: the pull request of run ${run.runId} could not be looked up (${status ?? (error as Error).message})${status === 403 ? ": grant 'pull-requests: read'" : ''}`)
  }
  return null
}

/**
 * Where a leg's whole report is, for its check run and comment posted from here: the artifact of the triggering run it
 * was downloaded from (`<dir>/<artifact>/…`), which outlives this job; null for a report given by path (`reports`).
 */
function downloadedFrom(dir: string, file: string, component: string, runId: number): WholePlace | null {
  const [artifact, ...inside] = relative(dir, file).split(sep)
  if (!artifact || artifact === '..' || inside.length === 0) return null
  const sarif = join(dirname(file), sarifFileName(component))
  return { report: inside.join('/'), sarif: existsSync(sarif) ? relative(join(dir, artifact), sarif).split(sep).join('/') : null, artifact, upload: 'uploaded', run: String(runId) }
}
