/**
 * The action: read inputs, run the pipeline, write the outputs, the verdict and the job summary, then publish (check
 * run, code scanning, artifact, pull-request comment, cache saves) within `publish-timeout-seconds`. The entry point exits the process
 * when this returns, whatever a stalled service still holds open.
 */
import * as core from '@actions/core'
import { basename, relative } from 'node:path'
import { runWorkflow } from '../api.js'
import { ConfigurationError } from '../config/types.js'
import { checkedOutCommit, readEventContext, type CheckedOut } from '../github/event.js'
import { getInputs } from './inputs.js'
import { createMemoryStores } from './cache-store.js'
import { logInert } from './inert-log.js'
import { deferredPort } from './deferred-port.js'
import { changeBase, changeHead, defaultBranch } from './event-payload.js'
import { createActionHost } from './host.js'
import { PublishBudget } from './budget.js'
import { repositoryPrefix } from './repo-prefix.js'
import { booleanInput } from './input-values.js'
import { escapeCell, writeJobSummary, type SummaryLinks } from './summary.js'
import { divertStepFiles, type CommandsWrote } from './step-files.js'
import { causeGate, clipText, reportView } from '../view/report-view.js'

export async function run(): Promise<void> {
  const controller = new AbortController()
  // The runner cancels a job with SIGINT, then SIGTERM: kill the running tree and still publish a partial report.
  const onSignal = () => controller.abort()
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // Once the pipeline has run, its report speaks on every surface; before that, a failure speaks for itself.
  let ran = false
  try {
    const inputs = getInputs()
    const budgetMs = inputs.publishTimeoutSeconds * 1000
    // One network call waits at most what a CI step's user would (30 s for the REST API, 60 s for the cache), and
    // never longer than the whole publishing budget.
    const requestTimeoutMs = Math.min(30_000, budgetMs)
    // The commit the workspace holds is the one judged: results go there, not to a commit the event names but no one
    // checked out (pull_request_target's head while the base is checked out).
    // A merge queue's commit likewise: a commit the job made on top of it still holds the queued change.
    const prHead = changeHead()
    const checkedOut = checkedOutCommit(inputs.workspace, prHead ? [prHead] : [])
    // The GitHub client (Octokit) and the in-progress check run are set up alongside the pipeline, not before it.
    // Without a token there is nothing to set up: the layer loads at the end, for SARIF and the artifact.
    const githubReady = inputs.token ? import('./github.js').then((m) => m.openGitHub(inputs, { requestTimeoutMs, checkedOut })) : null
    if (!inputs.token) core.notice('no github-token: check runs, the pull-request comment, GitHub Deployments and code scanning are off (results are still in the summary, outputs and artifact)')
    const memory = inputs.cache ? createMemoryStores(inputs.workspace, { info: (m) => logInert(m), warning: core.warning }, { timeoutMs: Math.min(60_000, budgetMs), leg: inputs.leg }) : null
    // The circuit breakers come back from the cache when a deploy stage first needs them.
    const restoreState = memory ? () => memory.restoreState(inputs.component) : undefined
    // Findings name files relative to the workspace; GitHub places them by paths from the repository's root.
    const pathPrefix = repositoryPrefix(inputs.workspace)
    const judged = await checkedOut
    const { sha: commitSha, holdsPullRequest } = judgedCommit(judged)
    // A checkout without the pull request's change (pull_request_target's base) compared with the pull request's base
    // would show nothing changed: no finding would be judged.
    // A merge queue's commit is compared with the base it was built on, as a pull request's with its base.
    const baseSha = holdsPullRequest ? changeBase() : null
    if (baseSha && judged) {
      // actions/checkout's default depth leaves the base out: deepened by one commit, the change can be compared.
      const { bringBase } = await import('../exec/git-base.js')
      const brought = await bringBase(inputs.workspace, baseSha, judged.sha, controller.signal)
      if (brought) core.info(brought.message)
    }
    if (inputs.onlyChanged && !baseSha) {
      core.notice(holdsPullRequest ? 'only-changed applies to pull requests and merge queues: this event has no base commit, so every finding is judged' : "only-changed: the checkout does not hold the pull request's change, so every finding is judged")
    }
    // The step's outputs file and job summary are the action's: the commands the pipeline runs get files of their own.
    const stepFiles = await divertStepFiles().catch((error: Error) => {
      core.warning(`the commands run with this step's own outputs file and job summary (no temporary directory for theirs: ${error.message}); what they write there is not told apart from the action's`)
      return { restore: async (): Promise<CommandsWrote> => ({ summary: '', outputs: [] }) }
    })
    let commandsWrote: CommandsWrote = { summary: '', outputs: [] }
    let result: Awaited<ReturnType<typeof runWorkflow>>
    try {
      result = await runWorkflow({
        specFile: inputs.spec,
        componentName: inputs.component,
        targetStage: inputs.target,
        configFile: inputs.config,
        workspace: inputs.workspace,
        output: inputs.reportPath,
        outputOption: 'the report-path input',
        workspaceOption: 'working-directory',
        onlyChangedSince: inputs.onlyChanged && baseSha ? baseSha : undefined,
        // On pull requests: gates whose configuration the pull request modifies say so (when the base is checked out).
        ...(baseSha ? { changeBase: baseSha } : {}),
        signal: controller.signal,
        host: createActionHost(inputs.workspace, judged?.sha ?? null, githubReady ? deferredPort(githubReady.then((g) => g.port)) : undefined, memory?.sessions, restoreState),
        // The history comes back from the cache just before this run's metrics join it: the cache SDK stays off the
        // start-up path.
        beforeObserve: async () => memory?.restoreMetrics(inputs.component),
        // The branch judged, kept with this run's metrics: a pull request compares with its base branch's last run.
        branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || undefined,
        repositoryPath: pathPrefix,
        leg: inputs.leg,
        // The per-test history: this run's identity, and the branch its failures are compared with (a pull request's
        // base, else the default branch; on the default branch itself, its previous run).
        testRun: {
          runId: process.env.GITHUB_RUN_ID || undefined,
          attempt: Number(process.env.GITHUB_RUN_ATTEMPT) || 1,
          sha: commitSha ?? null,
          baseBranch: process.env.GITHUB_BASE_REF || defaultBranch()
        }
      })
    } finally {
      commandsWrote = await stepFiles.restore()
    }
    const { report } = result
    ran = true

    // First what the user must get whatever the services do: the outputs, the verdict and the job summary. Nothing
    // before this point waits on the publishing services. The outputs say what every other surface says: they come
    // from the same view of the report.
    const view = reportView(report)
    const coverage = view.coverage?.percent
    if (commandsWrote.outputs.length > 0) {
      core.warning(`the repository's commands wrote to this step's outputs file ($GITHUB_OUTPUT): ${commandsWrote.outputs.slice(0, 10).join(', ')}${commandsWrote.outputs.length > 10 ? ', …' : ''} — not taken as the action's outputs`)
    }
    core.setOutput('success', String(report.success))
    core.setOutput('stages-completed', report.stages_completed.join(','))
    core.setOutput('stages-failed', report.stages_failed.join(','))
    core.setOutput('stages-skipped', report.stages_skipped.join(','))
    core.setOutput('report', relative(inputs.workspace, result.reportPath) || result.reportPath)
    core.setOutput('coverage', typeof coverage === 'number' ? String(coverage) : '')
    core.setOutput('dashboard', report.metrics_dashboard ? relative(inputs.workspace, report.metrics_dashboard) : '')
    core.setOutput('context-session', report.context_session_id ?? '')
    const tests = view.tests.find((t) => t.suite === 'testing')
    core.setOutput('tests-total', tests ? String(tests.total) : '')
    core.setOutput('tests-failed', tests ? String(tests.failed + tests.errors) : '')
    // The comparison reads the history on disk (restored before the run): no service is asked.
    const { commentOnPullRequest, coverageDelta, findBaseline } = await import('./comment.js')
    const baseline = await findBaseline(inputs.workspace, report)
    const delta = coverageDelta(report, baseline)
    core.setOutput('coverage-delta', delta === null ? '' : String(delta))
    core.setOutput('comment-url', '')
    const early = githubReady ? await settledValue(githubReady) : undefined
    const earlyCheckUrl = early?.check?.handle?.html_url ?? null
    core.setOutput('check-run-url', earlyCheckUrl ?? '')
    core.setOutput('artifact', '')
    // A summary that could not be written (no GITHUB_STEP_SUMMARY) is said once, not again with the links.
    let summaryFailed = false
    const summarize = async (links: SummaryLinks, overwrite: boolean) => {
      if (!inputs.summary || summaryFailed) return
      try {
        // Below the verdict, said to be theirs: what the repository's commands wrote to the step's summary.
        await writeJobSummary(report, { ...links, commitSha, pathPrefix }, overwrite, commandsWrote.summary)
      } catch (error) {
        summaryFailed = true
        core.warning(`could not write the job summary: ${(error as Error).message}`)
      }
    }
    // Until the publishing says more: the artifact is still to be uploaded, or never is (the SARIF file comes later).
    const { artifactFor, wholePlace } = await import('./github.js')
    const whole = wholePlace(inputs, { reportPath: result.reportPath, sarifPath: null }, artifactFor(inputs, report.component_name), inputs.uploadArtifacts ? 'pending' : 'off')
    await summarize({ checkRunUrl: earlyCheckUrl, whole }, false)
    if (report.cancelled) core.setFailed('the run was cancelled; a partial report was written')
    else if (!report.success) {
      const failed = report.stages_failed.join(', ') || 'configuration'
      core.setFailed(`spec-to-production failed at ${failed}: ${firstError(report) ?? 'see the log'}`)
    }

    // Then publishing, under its budget: the check run, code scanning, the artifact, the comment, the cache saves.
    const budget = new PublishBudget(budgetMs, (m) => core.warning(m))
    const { publishResults, noGitHub } = await import('./github.js')
    const github = (githubReady ? await budget.run('the GitHub set-up (check run start)', () => githubReady) : undefined) ?? noGitHub()
    const published = await publishResults(inputs, github, report, { reportPath: result.reportPath, dashboardPath: report.metrics_dashboard, pathPrefix }, budget)
    const dashboardName = report.metrics_dashboard ? basename(report.metrics_dashboard) : null
    const comment = () => commentOnPullRequest(inputs, github, report, baseline, { ...published, dashboard: dashboardName })
    // Only a comment that talks to the API is budgeted (and named when abandoned); otherwise it only gives notices.
    const talks = Boolean(github.octokit && github.event?.pullRequest != null && !github.event.isFork)
    const commentUrl = (talks ? await budget.run('the pull-request comment', comment) : await comment()) ?? null
    if (commentUrl) core.setOutput('comment-url', commentUrl)
    for (const save of memory?.saves(inputs.component) ?? []) await budget.run(save.name, save.run)
    const abandoned = budget.warning()
    if (abandoned) core.warning(abandoned)
    if (published.checkRunUrl !== earlyCheckUrl) core.setOutput('check-run-url', published.checkRunUrl ?? '')
    if (published.artifact) core.setOutput('artifact', published.artifact)
    // The summary again, now with where the details went (it replaces this step's first one).
    if (published.checkRunUrl || published.artifact || commentUrl) {
      await summarize({ checkRunUrl: published.checkRunUrl, annotations: published.annotations, artifact: published.artifact, artifactHolds: published.artifactHolds, commentUrl, whole: published.whole }, true)
    }
  } catch (error) {
    const message = error instanceof ConfigurationError ? error.message : `internal error: ${(error as Error).stack ?? String(error)}`
    core.setFailed(message)
    if (!ran) await sayNotRun(error instanceof ConfigurationError ? message : `internal error: ${(error as Error).message}`)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * A step that failed before the pipeline ran (an invalid input, an unreadable event payload, a report path that would
 * replace an input): the `success` output and the job summary say it did not run and why, as they say a failed run
 * is one — a matrix's legs are read there, and `steps.<id>.outputs.success` is then `false`, not empty.
 */
async function sayNotRun(message: string): Promise<void> {
  core.setOutput('success', 'false')
  let wanted = true
  try {
    wanted = booleanInput('summary', true)
  } catch {
    // The summary input itself is the invalid one: the summary is written, saying so.
  }
  if (!wanted) return
  const component = core.getInput('component').trim()
  try {
    const title = `spec-to-production${component ? `: ${escapeCell(component.slice(0, 100))}` : ''}: ❌ did not run`
    await core.summary.addRaw(`<h2>${title}</h2>\n<p>${escapeCell(clipText(message, 4000))}</p>\n`, true).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`)
  }
}

/** A promise's value if it has already settled successfully, else undefined (without waiting). */
async function settledValue<T>(promise: Promise<T>): Promise<T | undefined> {
  const pending = Symbol('pending')
  const first = await Promise.race([promise.catch(() => undefined), new Promise<typeof pending>((r) => setImmediate(() => r(pending)))])
  return first === pending ? undefined : (first as T | undefined)
}

/**
 * The commit the results speak for (the summary's links, the test history): the pull request's head on pull requests
 * when the workspace holds it or a commit containing it, else the commit checked out, else GITHUB_SHA; and whether the
 * workspace holds the pull request's change (false only when it is known not to). Says so once when the workspace is
 * not at the event's commit.
 */
function judgedCommit(judged: CheckedOut | null): { sha: string | undefined; holdsPullRequest: boolean } {
  try {
    const event = readEventContext(process.env, judged)
    if (event.redirected) (event.redirected.fromPullRequest ? core.warning : core.notice)(event.redirected.message)
    return { sha: event.headSha, holdsPullRequest: !event.redirected?.fromPullRequest }
  } catch {
    return { sha: judged?.sha ?? process.env.GITHUB_SHA, holdsPullRequest: true }
  }
}

function firstError(report: import('../engine/model.js').WorkflowReport): string | undefined {
  if (report.errors[0]) return report.errors[0]
  for (const key of report.stages_failed) {
    const stage = report.stage_results[key]
    const gate = causeGate(stage)
    if (gate?.errors[0]) return `${gate.gate_name}: ${gate.errors[0]}`
    if (stage?.errors[0]) return stage.errors[0]
  }
  return undefined
}
