/**
 * Workflow artifacts through `@actions/artifact`, best effort: the SDK is loaded only when an upload is asked for, an
 * upload is retried, and a final failure is a warning and a returned error — never an exception, never a change of
 * verdict.
 *
 * The SDK itself already retries each service call (5 attempts, 3 s backoff, ×1.5) and can write warning annotations
 * of its own; those are taken over here (`captureSdkLog`) so a failing upload costs one annotation, not one per
 * attempt, in the 10-warnings-per-step budget the fallback annotations need. The retention is clamped to 1–90 days and
 * to the repository's maximum (GITHUB_RETENTION_DAYS) beforehand, so the SDK has no reason to warn about it.
 */
import { beforeDeadline, captureSdkLog, Timeout } from './cache.js'
import { steadyNow } from '../engine/host.js'

export interface ArtifactLog {
  info(message: string): void
  warning(message: string): void
}

export interface UploadArtifactsOptions {
  /** Unique per run: see artifactName() in names.ts. */
  name: string
  /** Absolute paths, all under rootDirectory. */
  files: string[]
  rootDirectory: string
  /** 1–90 days (clamped); the repository's setting applies when absent. */
  retentionDays?: number
  /** Upload attempts, default 3. */
  attempts?: number
  /** First pause between attempts, doubled after each; default 1000 ms. */
  backoffMs?: number
  /**
   * Longest time the upload may take, attempts and pauses included (default 120 s). The SDK's own limits are long
   * (a stalled blob upload waits 300 s, its service calls retry for minutes): past this the upload is given up, left
   * to end in the background, and reported as timed out.
   */
  timeoutMs?: number
  log: ArtifactLog
}

export interface UploadArtifactsResult {
  uploaded: boolean
  id?: number
  size?: number
  /** sha256 of the uploaded zip. */
  digest?: string
  /** attempts made */
  attempts: number
  error?: string
}

export interface DownloadArtifactOptions {
  name: string
  /** Directory the artifact's files are extracted into. */
  path: string
  log: ArtifactLog
}

export interface DownloadArtifactResult {
  downloaded: boolean
  id?: number
  path?: string
  error?: string
}

/** The SDK's own failure warnings, replaced by ours. */
const ARTIFACT_FAILURE_LINES = /^(Artifact upload failed with error:|Download Artifact failed with error:|Get Artifact failed with error:|Listing Artifacts failed with error:)/

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split(/\r?\n/, 1)[0]!.trim()

/** Failures another attempt cannot fix. */
function isPermanent(error: unknown): boolean {
  const name = error instanceof Error ? error.name : ''
  if (['FilesNotFoundError', 'GHESNotSupportedError', 'UsageError', 'ArtifactNotFoundError'].includes(name)) return true
  const message = error instanceof Error ? error.message : String(error)
  return /non-retryable|is not valid|input during validation is empty|Unable to get the \S+ env variable|Failed to get backend IDs|skipArchive|is not a parent directory|is not a valid directory|does not exist|Cannot find module|ERR_MODULE_NOT_FOUND/i.test(message)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function clampRetention(days: number | undefined): number | undefined {
  if (days === undefined || !Number.isFinite(days)) return undefined
  const repositoryMax = Number.parseInt(process.env.GITHUB_RETENTION_DAYS ?? '', 10)
  const max = Number.isFinite(repositoryMax) && repositoryMax >= 1 ? Math.min(90, repositoryMax) : 90
  return Math.min(max, Math.max(1, Math.round(days)))
}

export async function uploadArtifacts(options: UploadArtifactsOptions): Promise<UploadArtifactsResult> {
  const { name, files, rootDirectory, log } = options
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3))
  const backoffMs = Math.max(0, options.backoffMs ?? 1000)
  const retentionDays = clampRetention(options.retentionDays)
  if (files.length === 0) {
    log.warning(`Artifact ${name} not uploaded: no files to upload.`)
    return { uploaded: false, attempts: 0, error: 'no files to upload' }
  }
  const timeoutMs = options.timeoutMs ?? 120_000
  const deadline = steadyNow() + timeoutMs
  // The SDK's stall limit for the blob upload (read when it uploads), within ours unless the user set it.
  process.env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS ??= String(timeoutMs)
  let lastError: unknown
  let made = 0
  for (let attempt = 1; attempt <= attempts; attempt++) {
    made = attempt
    const capture = captureSdkLog(ARTIFACT_FAILURE_LINES)
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact')
      const client = new DefaultArtifactClient()
      const response = await beforeDeadline(client.uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {}), deadline, timeoutMs)
      log.info(`Artifact ${name} uploaded (id ${response.id}, ${response.size ?? 0} bytes).`)
      return { uploaded: true, id: response.id, size: response.size, digest: response.digest, attempts: attempt }
    } catch (error) {
      lastError = error
      if (isPermanent(error) || error instanceof Timeout || attempt === attempts) break
      const pause = backoffMs * 2 ** (attempt - 1)
      if (steadyNow() + pause >= deadline) break
      log.info(`Artifact ${name}: attempt ${attempt} of ${attempts} failed (${messageOf(error)}); retrying in ${pause} ms.`)
      await sleep(pause)
    } finally {
      capture.stop()
    }
  }
  const error = lastError instanceof Timeout ? `upload ${lastError.message}` : messageOf(lastError)
  log.warning(`Artifact ${name} was not uploaded after ${made} attempt${made === 1 ? '' : 's'}: ${error}`)
  return { uploaded: false, attempts: made, error }
}

/** Downloads an artifact of the current run by name (files extracted into `path`). Never throws. */
export async function downloadArtifact(options: DownloadArtifactOptions): Promise<DownloadArtifactResult> {
  const { name, path, log } = options
  const capture = captureSdkLog(ARTIFACT_FAILURE_LINES)
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    const { artifact } = await client.getArtifact(name)
    const response = await client.downloadArtifact(artifact.id, { path })
    if (response.digestMismatch) throw new Error(`digest mismatch for artifact ${name}`)
    log.info(`Artifact ${name} downloaded to ${response.downloadPath ?? path}.`)
    return { downloaded: true, id: artifact.id, path: response.downloadPath ?? path }
  } catch (error) {
    const message = messageOf(error)
    log.warning(`Artifact ${name} was not downloaded: ${message}`)
    return { downloaded: false, error: message }
  } finally {
    capture.stop()
  }
}
