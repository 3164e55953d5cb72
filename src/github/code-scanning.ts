/**
 * Optional upload of the SARIF log to code scanning (`upload-sarif: true`; the job needs `security-events: write`).
 * Never fails the run: a refusal is a warning saying what to grant or enable.
 */
import { gzipSync } from 'node:zlib'
import type { GitHubClient, GitHubLogger } from './octokit.js'
import type { SarifLog } from './sarif.js'

/** GitHub's limits for one upload (code scanning docs, "SARIF support"). */
const MAX_GZIPPED_BYTES = 10 * 1024 * 1024
const MAX_RESULTS_PER_RUN = 25_000

export interface UploadSarifOptions {
  owner: string
  repo: string
  /** The analyzed commit: GITHUB_SHA (the merge commit on pull requests, as code scanning expects with `ref`). */
  commitSha: string
  /** GITHUB_REF: `refs/heads/<branch>`, `refs/tags/<tag>`, `refs/pull/<n>/merge` or `refs/pull/<n>/head`. */
  ref: string
  sarif: SarifLog
  log: GitHubLogger
  /** `file:///…` of the workspace, when SARIF paths are absolute (ours are repository-relative). */
  checkoutUri?: string
  startedAt?: string
}

export interface SarifUploadOutcome {
  uploaded: boolean
  /** The analysis id GitHub returns, to poll processing with `GET …/code-scanning/sarifs/{id}`. */
  id?: string
  url?: string
  /** Why nothing was uploaded. */
  reason?: string
  /** Results sent. */
  results: number
  /** Results left out: no location (code scanning requires one) or over 25,000 in a run. */
  left_out: number
}

/** The log as code scanning takes it: results with a location, at most 25,000 per run, gzipped and base64-encoded. */
export function encodeSarifForUpload(sarif: SarifLog): { encoded: string; gzippedBytes: number; results: number; leftOut: number } {
  let results = 0
  let leftOut = 0
  const runs = sarif.runs.map((run) => {
    const located = run.results.filter((r) => (r.locations?.length ?? 0) > 0)
    const kept = located.slice(0, MAX_RESULTS_PER_RUN)
    results += kept.length
    leftOut += run.results.length - kept.length
    return { ...run, results: kept }
  })
  const gzipped = gzipSync(Buffer.from(JSON.stringify({ ...sarif, runs })))
  return { encoded: gzipped.toString('base64'), gzippedBytes: gzipped.length, results, leftOut }
}

export async function uploadSarif(octokit: GitHubClient, options: UploadSarifOptions): Promise<SarifUploadOutcome> {
  const { log } = options
  const skip = (reason: string, results = 0, leftOut = 0): SarifUploadOutcome => {
    log.warning(`SARIF not uploaded to code scanning: ${reason}`)
    return { uploaded: false, reason, results, left_out: leftOut }
  }
  if (!/^refs\/(heads|tags|pull)\/.+/.test(options.ref)) return skip(`ref '${options.ref}' is not refs/heads/…, refs/tags/… or refs/pull/…`)
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(options.commitSha)) return skip(`'${options.commitSha}' is not a full commit SHA`)
  const { encoded, gzippedBytes, results, leftOut } = encodeSarifForUpload(options.sarif)
  if (gzippedBytes > MAX_GZIPPED_BYTES) {
    return skip(`the gzipped log is ${(gzippedBytes / 1048576).toFixed(1)} MB, over GitHub's 10 MB; it is kept as an artifact`, 0, results + leftOut)
  }
  try {
    const { data } = await octokit.rest.codeScanning.uploadSarif({
      owner: options.owner,
      repo: options.repo,
      commit_sha: options.commitSha,
      ref: options.ref,
      sarif: encoded,
      tool_name: 'spec-to-production',
      ...(options.checkoutUri ? { checkout_uri: options.checkoutUri } : {}),
      ...(options.startedAt ? { started_at: options.startedAt } : {})
    })
    log.info(`SARIF uploaded to code scanning: ${results} results${leftOut ? ` (${leftOut} without a location or over the limit left out)` : ''}; analysis ${data.id ?? '?'}`)
    return { uploaded: true, ...(data.id ? { id: data.id } : {}), ...(data.url ? { url: data.url } : {}), results, left_out: leftOut }
  } catch (error) {
    const status = (error as { status?: number }).status
    const message = (error as Error).message
    if (status === 403) {
      return skip(
        `${status} ${message}. Grant \`security-events: write\` in the workflow's \`permissions:\`; private repositories also need code scanning (GitHub Advanced Security) enabled, and pull requests from forks cannot upload.`,
        0,
        results + leftOut
      )
    }
    if (status === 404) return skip(`${status} ${message}: the repository is not visible to this token or code scanning is not available for it`, 0, results + leftOut)
    return skip(`${status ?? 'network error'} ${message}`, 0, results + leftOut)
  }
}
