/**
 * The action's pull-request comment and the figures it shares with the outputs: the base branch's last run of this
 * component in the metrics history (restored from the cache), the coverage change against it, and the sticky
 * comment itself. A fork's pull request gets a read-only token: one notice, no request.
 */
import * as core from '@actions/core'
import { join } from 'node:path'
import type { WorkflowReport } from '../engine/model.js'
import { coverageDelta, renderComment, upsertComment, type Baseline } from '../github/comment.js'
import type { GitHubLogger } from '../github/octokit.js'
import { lastRunOn, readHistory, runIdOf } from '../observability/metrics.js'
import type { GitHubSession } from './github.js'
import type { ActionInputs } from './inputs.js'
import { logInert } from './inert-log.js'
import type { WholePlace } from '../view/whole.js'

const log: GitHubLogger = { info: (m) => logInert(m), warning: (m) => core.warning(m), error: (m) => core.error(m), debug: (m) => core.debug(m) }

/**
 * What to compare with: on a pull request the base branch's last run, otherwise this branch's previous run. Null
 * when the history holds none (first run, no cache, metrics off).
 */
export async function findBaseline(workspace: string, report: WorkflowReport, env: NodeJS.ProcessEnv = process.env): Promise<Baseline | null> {
  const branch = env.GITHUB_BASE_REF || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME
  if (!branch) return null
  try {
    const history = await readHistory(join(workspace, '.spec-to-production'), { component: report.component_name })
    const run = lastRunOn(history, report.component_name, branch, runIdOf(report))
    if (!run) return null
    return { branch, run_id: run.run_id, started_at: run.started_at, coverage: run.coverage, failed_gates: run.gates.filter((g) => g.status === 'failure').map((g) => g.name) }
  } catch (error) {
    core.warning(`metrics history not read for the comparison: ${(error as Error).message}`)
    return null
  }
}

export { coverageDelta }

function runUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null
}

/** Writes or updates the comment when the input and the event call for it; returns its URL, or null. */
export async function commentOnPullRequest(
  inputs: ActionInputs,
  session: GitHubSession,
  report: WorkflowReport,
  baseline: Baseline | null,
  published: { checkRunUrl: string | null; artifact: string | null; dashboard: string | null; whole?: WholePlace | null }
): Promise<string | null> {
  if (inputs.comment === 'false') return null
  if (inputs.comment === 'on-failure' && report.success) return null
  const pr = session.event?.pullRequest ?? null
  if (pr === null || !session.event) {
    if (inputs.comment === 'true' || inputs.comment === 'on-failure') core.notice('comment: the event is not a pull request, so there is no pull request to comment on')
    return null
  }
  if (!session.octokit) return null
  if (session.event.isFork) {
    core.notice(
      `no pull-request comment: pull request #${pr} comes from a fork, whose GITHUB_TOKEN is read-only. Run the aggregate sub-action in workflow_run mode (report-from-run) to comment from a trusted run.`
    )
    return null
  }
  const { headSha } = session.event
  const body = renderComment(report, baseline, { checkRunUrl: published.checkRunUrl, artifact: published.artifact, runUrl: runUrl(), dashboard: published.artifact ? published.dashboard : null, commit: headSha, whole: published.whole })
  const result = await upsertComment(session.octokit, { owner: session.event.owner, repo: session.event.repo, pullRequest: pr, component: report.component_name, leg: report.leg ?? null, body, headSha, log, notice: (m) => core.notice(m) })
  return result.url
}
