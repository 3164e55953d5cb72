/** The JavaScript API: `import { runWorkflow } from 'spec-to-production'`. */
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve } from 'node:path'
import { validateComponentName } from './config/templates.js'
import { workspaceDirectory } from './config/workspace-dir.js'
import { ConfigurationError, TARGETS, type Config, type Target } from './config/types.js'
import { createConsoleHost } from './hosts/console.js'
import type { Host } from './engine/host.js'
import type { WorkflowReport } from './engine/model.js'
import type { TestCaseSink } from './engine/context.js'
import type { TestRunIdentity } from './observability/test-observe.js'
import { runPipeline } from './engine/pipeline.js'
import { historySnapshot, restoreHistory } from './observability/history-guard.js'
import { overwriteProblem } from './engine/output-guard.js'
import { defaultDashboardName, defaultReportName, writeReport } from './engine/report.js'

export type { WorkflowReport } from './engine/model.js'
export type { Host } from './engine/host.js'
export { ConfigurationError } from './config/types.js'

export interface WorkflowOptions {
  specFile: string
  componentName: string
  targetStage: Target
  configFile?: string
  /** Repository root; default the current directory. It must exist (it is never created). */
  workspace?: string
  /** How the caller's user names `workspace` in a message: `the workspace` unless said otherwise. */
  workspaceOption?: string
  /** Where to write the JSON report; default `workflow_report_<component>.json` in the workspace. */
  output?: string
  /** How the caller's user names `output` in a message: `--output` (the CLI's flag) unless said otherwise. */
  outputOption?: string
  /** Diff-aware mode: judge findings only on lines changed since this ref, and report patch coverage. */
  onlyChangedSince?: string
  /** The base the change is compared with (a pull request's base commit): gates whose configuration it changes say so. */
  changeBase?: string
  /** Aborting cancels the run (partial report still written). */
  signal?: AbortSignal
  /** Where to write the HTML dashboard; default `workflow_dashboard_<component>.html` in the workspace. */
  dashboard?: string
  /**
   * Awaited once the stages are done, before the per-test history is read and the metrics are written (the action
   * restores the history from the cache meanwhile); the context session closes after it.
   */
  beforeObserve?: () => Promise<void>
  /** The branch being judged, recorded with the run's metrics (a pull request compares with its base's last run). */
  branch?: string
  /**
   * Identity of the run in the per-test history and the branch its tests are compared with (`test_insights`):
   * run id and attempt, SHA (default: the host's), base branch (default: none, this branch's previous run).
   */
  testRun?: Omit<TestRunIdentity, 'branch'>
  /**
   * The workspace's path from the repository's root (`packages/api`; empty at the root), recorded in the report as
   * `repository_path` for readers that place its findings in the repository (the aggregate action's check runs).
   */
  repositoryPath?: string
  /** The matrix leg's identity (see github/leg.ts), recorded in the report as `leg`. */
  leg?: string | null
  /** Log and command host; default a console host. */
  host?: Host
}

export interface WorkflowResult {
  success: boolean
  stagesCompleted: string[]
  stagesFailed: string[]
  stagesSkipped: string[]
  metricsDashboard: string | null
  report: WorkflowReport
  /** Absolute path of the JSON report written (elsewhere than asked when `reportError` says why). */
  reportPath: string
  /** Why the report could not be written where asked (full or read-only disk), null when it was. */
  reportError: string | null
  exitCode: 0 | 1 | 2
}

/**
 * The per-test history: this run's tests classified against it (`report.test_insights`, which the context session's
 * message, the agent brief, the dashboard and the report show), then appended. A failure here is a warning.
 */
async function recordTestHistory(host: Host, workspace: string, report: WorkflowReport, config: Config, options: WorkflowOptions, tests?: TestCaseSink): Promise<void> {
  const { branch } = options
  const { metrics } = config.observability
  if (metrics.enabled && tests?.collector) {
    // Before the dashboard and the report: both show the insights.
    try {
      const { recordTests } = await import('./observability/test-observe.js')
      const recorded = await recordTests({
        workspace,
        workspaceDir: join(workspace, '.spec-to-production'),
        report,
        collector: tests.collector,
        messages: tests.messages,
        ...(tests.listed ? { listed: tests.listed } : {}),
        retentionDays: metrics.retention_days,
        now: host.now(),
        identity: { ...options.testRun, sha: options.testRun?.sha ?? host.sha, ...(branch ? { branch } : {}) }
      })
      report.test_insights = recorded.insights
      for (const warning of recorded.warnings) host.warning(warning)
    } catch (error) {
      host.warning(`test history not read or written: ${(error as Error).message}`)
    }
    // Recorded: the run's tests (tens of MB at 100,000 tests) need not outlive this.
    tests.collector = null
  }
}

/**
 * Metrics of this run appended to the history, and the dashboard written next to the report. A failure here is a
 * warning: it never changes the verdict.
 */
async function observe(host: Host, workspace: string, report: WorkflowReport, config: Config, options: WorkflowOptions): Promise<void> {
  const { dashboard, branch } = options
  const { metrics, dashboard: board } = config.observability
  if (!metrics.enabled && !board.enabled) return
  try {
    const { writeObservability } = await import('./observability/index.js')
    let path = board.enabled ? resolve(workspace, dashboard ?? defaultDashboardName(report.component_name)) : null
    // Never over the run's inputs or a file git tracks (a repository that committed a dashboard once).
    const overwrite = path ? await overwriteProblem(path, { cwd: workspace, inputs: [options.specFile, options.configFile], what: 'dashboard', option: 'a dashboard path' }) : null
    if (overwrite) {
      host.warning(`${overwrite}; the dashboard was not written`)
      path = null
    }
    if (path) report.metrics_dashboard = path
    const result = await writeObservability({
      workspaceDir: join(workspace, '.spec-to-production'),
      report,
      retentionDays: metrics.retention_days,
      dashboardPath: path,
      now: host.now(),
      recordMetrics: metrics.enabled,
      branch
    })
    if (result.malformed) {
      const first = result.firstMalformed ? ` (the first: ${relative(workspace, result.firstMalformed.file)} line ${result.firstMalformed.line})` : ''
      host.warning(`metrics history: ${result.malformed} malformed line(s) skipped${first}: not JSON metrics records, so not in the dashboard's trends or the history`)
    }
    for (const warning of result.warnings) host.warning(warning)
  } catch (error) {
    report.metrics_dashboard = null
    host.warning(`metrics and dashboard not written: ${(error as Error).message}`)
  }
}

/**
 * Every command runs through bash (else /bin/sh) as the leader of its own POSIX process group, which a timeout or a
 * cancelled job kills whole. Windows has neither: commands would fail as `spawn /bin/sh ENOENT`, or run on past
 * their timeouts. Refused up front, saying what to use instead.
 */
export function refuseUnsupportedPlatform(platform: NodeJS.Platform): void {
  if (platform !== 'win32') return
  throw new ConfigurationError(
    'spec-to-production does not run on Windows: it runs each command through bash in a POSIX process group, so that a timeout or a cancelled job stops the whole command, which Windows cannot do. Use a Linux runner (runs-on: ubuntu-latest).'
  )
}

export async function runWorkflow(options: WorkflowOptions): Promise<WorkflowResult> {
  if (!TARGETS.includes(options.targetStage)) {
    throw new ConfigurationError(`Invalid target '${String(options.targetStage)}'. Expected one of: ${TARGETS.join(', ')}.`)
  }
  // Checked before anything else: the name becomes part of file names and command lines.
  validateComponentName(options.componentName)
  refuseUnsupportedPlatform(process.platform)
  const workspace = workspaceDirectory(options.workspace, options.workspaceOption ?? 'the workspace')
  const host = options.host ?? createConsoleHost({ workspace })
  const reportPath = resolve(workspace, options.output ?? defaultReportName(options.componentName))
  const overwrite = await overwriteProblem(reportPath, { cwd: workspace, inputs: [options.specFile, options.configFile], what: 'report', option: options.outputOption ?? '--output' })
  if (overwrite) throw new ConfigurationError(overwrite)
  // The history as it was before any command of the run: what they write there is not history (history-guard.ts).
  const metricsDir = join(workspace, '.spec-to-production', 'metrics')
  const historyBefore = await historySnapshot(metricsDir, options.componentName)
  const outcome = await runPipeline({
    host,
    specFile: options.specFile,
    component: options.componentName,
    target: options.targetStage,
    configFile: options.configFile,
    onlyChangedSince: options.onlyChangedSince,
    changeBase: options.changeBase,
    signal: options.signal,
    deferClose: true,
    ...(options.leg ? { leg: options.leg } : {}),
    // Before the session closes, so its message and the agent brief say which failures are new: the history is
    // restored (the action's cache), this run's tests classified against it, then appended.
    beforeClose: async (report, loaded, testCases) => {
      if (!loaded) return
      const written = await restoreHistory(metricsDir, historyBefore)
      if (written.length > 0) {
        const shown = written.slice(0, 5).map((name) => join('.spec-to-production', 'metrics', name === '.' ? '' : name)).join(', ')
        host.warning(
          `${shown}${written.length > 5 ? `, … (${written.length} in all)` : ''}: written in the metrics history while this run's commands ran (the run writes its own only after its stages): put back as it was before them, not read as history — the base branch's runs the change is compared with are never records a command of the run wrote`
        )
      }
      await options.beforeObserve?.()
      await recordTestHistory(host, workspace, report, loaded.config, options, testCases)
    }
  })
  const { report } = outcome
  const closing = outcome.closing ?? Promise.resolve()
  if (outcome.loaded) {
    // The session's close (its files under context/) and the metrics and dashboard (metrics/ and the page) touch
    // different files: they run at once. What observe has to say is logged after the close's lines, as before.
    const held: Array<() => void> = []
    const holding = Object.create(host, {
      info: { value: (m: string) => held.push(() => host.info(m)) },
      warning: { value: (m: string) => held.push(() => host.warning(m)) },
      error: { value: (m: string) => held.push(() => host.error(m)) }
    }) as Host
    const observed = observe(holding, workspace, report, outcome.loaded.config, options)
    await closing
    await observed
    for (const say of held) say()
  } else await closing
  if (options.repositoryPath !== undefined) report.repository_path = options.repositoryPath
  if (options.leg) report.leg = options.leg
  const saved = await saveReport(host, reportPath, report)
  if (saved.error && outcome.exitCode === 0) outcome.exitCode = 1
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
    // Optional trace of the run; the OpenTelemetry packages load only here.
    const { exportTrace } = await import('./observability/otel.js')
    const traced = await exportTrace(report, { log: host })
    if (traced.exported) host.info(`trace exported: ${traced.spans} spans`)
  }
  return {
    success: report.success,
    stagesCompleted: report.stages_completed,
    stagesFailed: report.stages_failed,
    stagesSkipped: report.stages_skipped,
    metricsDashboard: report.metrics_dashboard,
    report,
    reportPath: saved.path ?? reportPath,
    reportError: saved.error,
    exitCode: outcome.exitCode
  }
}

/**
 * Writes the report where asked; when the disk refuses (full, read-only), the run fails with an error naming the
 * path, and the report, saying so, is written to the system's temporary directory instead when it can be.
 */
async function saveReport(host: Host, path: string, report: WorkflowReport): Promise<{ path: string | null; error: string | null }> {
  try {
    await writeReport(path, report)
    return { path, error: null }
  } catch (error) {
    const message = (error as Error).message
    report.errors.push(message)
    report.success = false
    host.error(message)
    const fallback = join(tmpdir(), `spec-to-production-${process.pid}-${Date.now()}`, basename(path))
    try {
      await writeReport(fallback, report)
      host.warning(`the report was written to ${fallback} instead`)
      return { path: fallback, error: message }
    } catch (again) {
      host.error(`nor could it be written to ${fallback}: ${(again as Error).message}; the summary below is all that is left`)
      return { path: null, error: message }
    }
  }
}
export { runCommand } from './exec/run.js'
