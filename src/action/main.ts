/** The action: read inputs, run the pipeline, publish outputs and the job summary; fail the step when it failed. */
import * as core from '@actions/core'
import { basename, relative } from 'node:path'
import { runWorkflow } from '../api.js'
import { ConfigurationError } from '../config/types.js'
import { getInputs } from './inputs.js'
import { createMemoryStores } from './cache-store.js'
import { deferredPort } from './deferred-port.js'
import { pullRequestBase } from './event-payload.js'
import { createActionHost } from './host.js'
import { writeJobSummary } from './summary.js'
import { reportView } from '../view/report-view.js'

export async function run(): Promise<void> {
  const controller = new AbortController()
  // The runner cancels a job with SIGINT, then SIGTERM: kill the running tree and still publish a partial report.
  const onSignal = () => controller.abort()
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const inputs = getInputs()
    // The GitHub client (Octokit) and the in-progress check run are set up alongside the pipeline, not before it.
    // Without a token there is nothing to set up: the layer loads at the end, for SARIF and the artifact.
    const githubReady = inputs.token ? import('./github.js').then((m) => m.openGitHub(inputs)) : null
    if (!inputs.token) core.notice('no github-token: check runs, the pull-request comment, GitHub Deployments and code scanning are off (results are still in the summary, outputs and artifact)')
    const memory = inputs.cache ? createMemoryStores(inputs.workspace, { info: core.info, warning: core.warning }) : null
    const baseSha = pullRequestBase()
    if (inputs.onlyChanged && !baseSha) core.notice('only-changed applies to pull requests: this event has no base commit, so every finding is judged')
    const result = await runWorkflow({
      specFile: inputs.spec,
      componentName: inputs.component,
      targetStage: inputs.target,
      configFile: inputs.config,
      workspace: inputs.workspace,
      output: inputs.reportPath,
      onlyChangedSince: inputs.onlyChanged && baseSha ? baseSha : undefined,
      signal: controller.signal,
      host: createActionHost(inputs.workspace, githubReady ? deferredPort(githubReady.then((g) => g.port)) : undefined, memory?.sessions),
      // The history comes back from the cache just before this run's metrics join it: the cache SDK stays off the
      // start-up path.
      beforeObserve: async () => memory?.restoreMetrics(inputs.component),
      // The branch judged, kept with this run's metrics: a pull request compares with its base branch's last run.
      branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || undefined
    })
    await memory?.saveMetrics(inputs.component)
    const { publishResults, noGitHub } = await import('./github.js')
    const github = githubReady ? await githubReady : noGitHub()
    const { report } = result
    // The outputs say what every other surface says: they come from the same view of the report.
    const view = reportView(report)
    const coverage = view.coverage?.percent
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
    const { commentOnPullRequest, coverageDelta, findBaseline } = await import('./comment.js')
    const baseline = await findBaseline(inputs.workspace, report)
    const delta = coverageDelta(report, baseline)
    core.setOutput('coverage-delta', delta === null ? '' : String(delta))
    const published = await publishResults(inputs, github, report, { reportPath: result.reportPath, dashboardPath: report.metrics_dashboard })
    core.setOutput('check-run-url', published.checkRunUrl ?? '')
    core.setOutput('artifact', published.artifact ?? '')
    const dashboardName = report.metrics_dashboard ? basename(report.metrics_dashboard) : null
    const commentUrl = await commentOnPullRequest(inputs, github, report, baseline, { ...published, dashboard: dashboardName })
    core.setOutput('comment-url', commentUrl ?? '')
    if (inputs.summary) {
      try {
        await writeJobSummary(report, { checkRunUrl: published.checkRunUrl, annotations: published.annotations, artifact: published.artifact, commentUrl, commitSha: github.event?.headSha ?? process.env.GITHUB_SHA })
      } catch (error) {
        core.warning(`could not write the job summary: ${(error as Error).message}`)
      }
    }
    if (report.cancelled) core.setFailed('the run was cancelled; a partial report was written')
    else if (!report.success) {
      const failed = report.stages_failed.join(', ') || 'configuration'
      core.setFailed(`spec-to-production failed at ${failed}: ${firstError(report) ?? 'see the log'}`)
    }
  } catch (error) {
    if (error instanceof ConfigurationError) core.setFailed(error.message)
    else core.setFailed(`internal error: ${(error as Error).stack ?? String(error)}`)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

function firstError(report: import('../engine/model.js').WorkflowReport): string | undefined {
  if (report.errors[0]) return report.errors[0]
  for (const key of report.stages_failed) {
    const stage = report.stage_results[key]
    const gate = stage && Object.values(stage.quality_gates).find((g) => !g.passed)
    if (gate?.errors[0]) return `${gate.gate_name}: ${gate.errors[0]}`
    if (stage?.errors[0]) return stage.errors[0]
  }
  return undefined
}
