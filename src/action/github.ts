/**
 * The action's GitHub surfaces around one run: the check run (started before, completed after), the GitHubPort the
 * deployment stages use, SARIF to code scanning, and the artifact. Every surface fails soft: a warning, never a
 * changed verdict.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, relative } from 'node:path'
import type { GitHubPort } from '../engine/host.js'
import type { WorkflowReport } from '../engine/model.js'
import { overwriteProblem } from '../engine/output-guard.js'
import { sarifFileName, writeTextAtomically } from '../engine/report.js'
import { checkRunName, completeCheckRun, startCheckRun, type CheckRunStart } from '../github/checks.js'
import { createGitHubPort } from '../github/deployments.js'
import { createFixSuggester } from '../github/suggestions.js'
import { readEventContext, type CheckedOut, type EventContext } from '../github/event.js'
import { artifactName } from '../github/names.js'
import type { GitHubClient, GitHubLogger } from '../github/octokit.js'
import { reportToSarif } from '../github/sarif.js'
import type { PublishBudget } from './budget.js'
import type { ActionInputs } from './inputs.js'
import { logInert } from './inert-log.js'
import type { ArtifactState, WholePlace } from '../view/whole.js'

const log: GitHubLogger = {
  info: (m) => logInert(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m)
}

export interface GitHubSession {
  event: EventContext | null
  octokit: GitHubClient | null
  port: GitHubPort | undefined
  check: CheckRunStart | null
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined
}

/** The session of a run without a token: no client, no check run. */
export function noGitHub(): GitHubSession {
  return { event: null, octokit: null, port: undefined, check: null }
}

/**
 * Before the pipeline: the client, the event, the in-progress check run and the deployments port. Each request
 * waits `requestTimeoutMs` at most for an answer (see createOctokit).
 */
export async function openGitHub(inputs: ActionInputs, options: { requestTimeoutMs?: number; checkedOut?: Promise<CheckedOut | null> } = {}): Promise<GitHubSession> {
  const session: GitHubSession = { event: null, octokit: null, port: undefined, check: null }
  try {
    // The check run, the suggestions and the comment go where the judged commit is (see readEventContext).
    session.event = readEventContext(process.env, await options.checkedOut)
  } catch (error) {
    core.warning(`cannot read the workflow event: ${(error as Error).message}; check runs and deployments are off`)
    return session
  }
  const { owner, repo, headSha } = session.event
  // Octokit (and undici under it) loads only with a token: a run without one publishes without them.
  const { createOctokit } = await import('../github/octokit.js')
  session.octokit = createOctokit({ token: inputs.token, log, requestTimeoutMs: options.requestTimeoutMs })
  session.port = {
    ...createGitHubPort({ octokit: session.octokit, owner, repo, log, runUrl: runUrl() }),
    suggestFixes: createFixSuggester({
      octokit: session.octokit,
      owner,
      repo,
      pullRequest: session.event.pullRequest,
      headSha,
      isFork: session.event.isFork,
      log,
      notice: (m) => core.notice(m)
    })
  }
  if (inputs.checkRun) {
    const naming = { target: inputs.target, leg: inputs.leg }
    const name = checkRunName(inputs.component, inputs.checkName, naming)
    if (inputs.leg && !name.includes(inputs.leg)) {
      core.warning(
        `check-name names no leg: when ${inputs.component} runs in more than one leg of this job's matrix (this one is ${inputs.leg}), each posts the check run '${name}', and GitHub shows the latest check run of a name, ` +
          "so a passing leg's would stand for a failing one's (and meet a required check). Add {leg} (or {target}, when the legs differ by target) to check-name"
      )
    }
    session.check = await startCheckRun(session.octokit, { owner, repo, headSha, component: inputs.component, name: inputs.checkName, ...naming, detailsUrl: runUrl(), log })
  }
  return session
}

/**
 * After the pipeline: complete the check run, SARIF, artifact, each a task of the publishing budget (a task the
 * budget abandons yields nothing). Returns the check run's URL and the artifact's name.
 */
export async function publishResults(
  inputs: ActionInputs,
  session: GitHubSession,
  report: WorkflowReport,
  files: { reportPath: string; dashboardPath: string | null; pathPrefix?: string },
  budget: PublishBudget
): Promise<{ checkRunUrl: string | null; artifact: string | null; artifactHolds: string[]; annotations: number; whole: WholePlace }> {
  let checkRunUrl: string | null = null
  let annotations = 0
  const { octokit, check } = session
  // SARIF of every finding, written before the check run is completed: a check run that cannot be written says where
  // the findings are, and only a file that exists may be named there.
  const sarif = reportToSarif(report, { pathPrefix: files.pathPrefix })
  const sarifPath = join(dirname(files.reportPath), sarifFileName(report.component_name))
  const written = await writeSarif(sarifPath, JSON.stringify(sarif), inputs.workspace)
  const name = artifactFor(inputs, report.component_name)
  const place = (upload: ArtifactState) => wholePlace(inputs, { reportPath: files.reportPath, sarifPath: written ? sarifPath : null }, name, upload)
  if (octokit && check) {
    const outcome = await budget.run('the check run completion', () =>
      completeCheckRun(octokit, check, report, {
        log,
        sink: { error: core.error, warning: core.warning, notice: core.notice },
        cap: inputs.annotationCap,
        pathPrefix: files.pathPrefix,
        whole: place(inputs.uploadArtifacts ? 'pending' : 'off')
      })
    )
    checkRunUrl = outcome?.url ?? null
    annotations = outcome && !outcome.fallback ? outcome.annotations_posted : 0
  }

  // The SARIF file is kept in the artifact, and uploaded to code scanning when asked.
  if (inputs.uploadSarif) {
    const { event } = session
    if (octokit && event) {
      const { uploadSarif } = await import('../github/code-scanning.js')
      await budget.run('the code scanning upload', () => uploadSarif(octokit, { owner: event.owner, repo: event.repo, commitSha: event.sha, ref: event.ref, sarif, log }))
    } else core.warning('upload-sarif is on but there is no github-token or repository: the SARIF file is only in the artifact')
  }

  let artifact: string | null = null
  let artifactHolds: string[] = []
  if (inputs.uploadArtifacts) {
    const filesToUpload = await artifactFiles(report, { reportPath: files.reportPath, sarifPath: written ? sarifPath : null, dashboardPath: files.dashboardPath })
    const kinds: Array<[string, (f: string) => boolean]> = [
      ['report', (f) => f === files.reportPath],
      ['SARIF', (f) => f === sarifPath],
      ['dashboard', (f) => f === files.dashboardPath],
      ['fix patch', (f) => f.endsWith('.patch')],
      ['logs', (f) => f.endsWith('.log')]
    ]
    artifactHolds = kinds.filter(([, is]) => filesToUpload.some(is)).map(([kind]) => kind)
    const { uploadArtifacts } = await import('../github/artifacts.js')
    const result = await budget.run('the artifact upload', () =>
      uploadArtifacts({ name, files: filesToUpload, rootDirectory: commonRoot(filesToUpload, inputs.workspace), retentionDays: inputs.retentionDays, timeoutMs: budget.remainingMs, log })
    )
    if (result?.uploaded) artifact = name
    else artifactHolds = []
    // Names are unique per workflow run: a second leg of the component (a matrix over targets or systems) collides.
    if (result && !result.uploaded && /already exists/i.test(result.error ?? '')) {
      core.warning(
        `the artifact name ${name} is taken in this workflow run (by another job of the run with the same component, such as a second matrix leg): this leg's report, SARIF and logs are in no artifact, and an aggregate expecting every leg counts it missing. Give each leg its own name: artifact-name: spec-to-production-${report.component_name}-\${{ strategy.job-index }}`
      )
    }
  }
  return { checkRunUrl, artifact, artifactHolds, annotations, whole: place(!inputs.uploadArtifacts ? 'off' : artifact ? 'uploaded' : 'failed') }
}

/** The artifact's name. Names are unique per run: a matrix leg's default name carries its leg (`spec-to-production-api-20`). */
export function artifactFor(inputs: Pick<ActionInputs, 'artifactName' | 'leg'>, component: string): string {
  return inputs.artifactName ? artifactName(inputs.artifactName) : artifactName(`spec-to-production-${component}`, undefined, inputs.leg ?? undefined)
}

/**
 * Where the whole report and every finding are in this run, for every surface that points there (see whole.ts): the
 * files by their workspace paths, and the artifact's state when the surface is written.
 */
export function wholePlace(inputs: Pick<ActionInputs, 'workspace'>, files: { reportPath: string; sarifPath: string | null }, artifact: string, upload: ArtifactState): WholePlace {
  const shown = (path: string) => {
    const rel = relative(inputs.workspace, path)
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
  }
  return { report: shown(files.reportPath), sarif: files.sarifPath ? shown(files.sarifPath) : null, artifact: upload === 'off' ? null : artifact, upload }
}

/**
 * What the artifact holds: the report, the SARIF file, the dashboard and the fix patch when written, and the commands'
 * logs. Only the `*.log` files the engine writes are taken from the logs folder: a command of the run could write
 * anything there, and a `workflow_report_other.json` uploaded with the leg would be read by the aggregate as another
 * leg's report (a missing leg made to look present and passed).
 */
export async function artifactFiles(report: WorkflowReport, files: { reportPath: string; sarifPath: string | null; dashboardPath: string | null }): Promise<string[]> {
  const runDir = report.reports_dir ? dirname(report.reports_dir) : null
  const fixPatch = report.stage_results.refactoring?.outputs.fix_patch
  const candidates = [files.reportPath, ...(files.sarifPath ? [files.sarifPath] : []), ...(files.dashboardPath ? [files.dashboardPath] : []), ...(typeof fixPatch === 'string' ? [fixPatch] : [])]
  const logs = runDir ? await listLogs(join(runDir, 'logs')) : []
  return [...candidates.filter((f) => existsSync(f)), ...logs]
}

async function listLogs(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises')
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.filter((e) => e.isFile() && e.name.endsWith('.log')).map((e) => join(dir, e.name))
  } catch {
    return []
  }
}

/** The workspace when every file is inside it, else the filesystem root of the first file. */
function commonRoot(files: string[], workspace: string): string {
  return files.every((f) => !relative(workspace, f).startsWith('..')) ? workspace : dirname(files[0] ?? workspace)
}

/**
 * The SARIF file beside the report, written as the report is ({@link writeTextAtomically}: a symbolic link a change
 * planted under that name is replaced, never written through), and never over a file git tracks: then it is not
 * written, with a warning, and is left out of the artifact. Whether it was written.
 */
async function writeSarif(path: string, text: string, workspace: string): Promise<boolean> {
  const problem = await overwriteProblem(path, { cwd: workspace, what: 'SARIF file', option: 'report-path' })
  if (problem) {
    core.warning(`${problem}; the SARIF file was not written, and the artifact goes without it`)
    return false
  }
  try {
    await writeTextAtomically(path, text, 'the SARIF file')
    return true
  } catch (error) {
    core.warning((error as Error).message)
    return false
  }
}
