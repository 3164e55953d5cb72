/**
 * After the pipeline: this run's tests against the per-test history (the report's `test_insights`), then this run
 * appended to the history and the history pruned by retention. Called by the API once the verdict is final; a
 * failure here is a warning and never changes the verdict.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { dirname } from 'node:path'
import type { TestInsights, WorkflowReport } from '../engine/model.js'
import { runIdOf } from './record.js'
import { appendTestRun, historyReadWarnings, numberTests, pruneTestHistory, readTestHistory, type TestRunMeta } from './test-history.js'
import { classifyTests } from './test-insights.js'
import { resolveTestFiles, workTreeChanges, workTreeEntries, type TestCaseCollector } from './test-run.js'
import { mayBeGit } from '../exec/git-location.js'
import { headBranch } from '../exec/git-index.js'

const run = promisify(execFile)

export interface TestRunIdentity {
  /** GITHUB_RUN_ID in Actions. */
  runId?: string
  attempt?: number
  /** The branch judged; default: git's current branch. */
  branch?: string
  /** The commit judged. */
  sha?: string | null
  /** The branch to compare with (a pull request's base, or the default branch); null: this branch's previous run. */
  baseBranch?: string | null
}

export interface RecordTestsOptions {
  workspace: string
  /** The tool's workspace directory (`<workspace>/.spec-to-production`). */
  workspaceDir: string
  report: WorkflowReport
  collector: TestCaseCollector
  messages?: Map<string, string>
  retentionDays: number
  now: number
  identity: TestRunIdentity
  /** The work tree's listing taken when the tests had run (TestCaseSink.listed); default: listed now. */
  listed?: Promise<string[] | null>
}

export interface RecordTestsResult {
  insights: TestInsights
  warnings: string[]
  /** Bytes of this run's record in the history. */
  bytes: number
}

export async function recordTests(opts: RecordTestsOptions): Promise<RecordTestsResult> {
  const { report, collector, identity } = opts
  const warnings: string[] = []
  const listed = opts.listed ?? workTreeEntries(opts.workspace)
  const [files, changes] = await Promise.all([resolveTestFiles(opts.workspace, collector, listed), workTreeChanges(opts.workspace, listed)])
  if (files.warning) warnings.push(files.warning)
  const key = runIdOf(report)
  const meta: TestRunMeta = {
    key,
    run_id: identity.runId ?? key,
    attempt: identity.attempt ?? 1,
    branch: identity.branch ?? (await gitBranch(opts.workspace)) ?? 'unknown',
    ...(identity.sha ? { sha: identity.sha } : {}),
    ...(changes ? { changes } : {}),
    at: report.started_at,
    component: report.component_name,
    ...(collector.untracked > 0 ? { untracked: collector.untracked } : {})
  }
  const history = await readTestHistory(opts.workspaceDir, report.component_name, { sinceDays: opts.retentionDays, now: opts.now })
  numberTests(history, collector)
  const readWarnings = historyReadWarnings(history, dirname(opts.workspaceDir))
  const insights = classifyTests(
    history,
    { meta, results: collector, fileHashes: files.hashes, untracked: collector.untracked, messages: opts.messages },
    { baseBranch: identity.baseBranch ?? null, warnings: readWarnings }
  )
  let bytes = 0
  try {
    bytes = (await appendTestRun(opts.workspaceDir, meta, collector, files.hashes, { history })).bytes
    await pruneTestHistory(opts.workspaceDir, opts.retentionDays, opts.now, { component: report.component_name, history })
  } catch (error) {
    warnings.push(`this run's tests were not added to the test history: ${(error as Error).message}`)
  }
  return { insights, warnings, bytes }
}

async function gitBranch(workspace: string): Promise<string | null> {
  if (!mayBeGit(workspace)) return null
  // HEAD itself names the branch (no process); git is asked only when HEAD is not plain to read here.
  const read = headBranch(workspace)
  if (read !== undefined) return read
  try {
    const { stdout } = await run('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: workspace, timeout: 10_000 })
    const branch = stdout.trim()
    return branch && branch !== 'HEAD' ? branch : null
  } catch {
    return null
  }
}
