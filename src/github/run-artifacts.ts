/**
 * Downloads the report artifacts of a run: this run's (the aggregate job after its matrix legs), or another run's
 * through the REST API (the workflow_run mode for pull requests from forks; needs `actions: read`). Never throws:
 * what could not be downloaded is listed, and the aggregate reports those legs as missing.
 */
import { join } from 'node:path'

export interface RunArtifactsOptions {
  /** Only artifacts whose name starts with this. */
  prefix: string
  /** Each artifact is downloaded into `<dir>/<artifact name>`. */
  dir: string
  log: { info(message: string): void; warning(message: string): void }
  /** Another run's artifacts, read with this token; default: this run's. */
  fromRun?: { token: string; runId: number; owner: string; repo: string }
}

export interface RunArtifactsResult {
  downloaded: string[]
  failed: { name: string; error: string }[]
  /** Set when the artifacts could not even be listed. */
  error?: string
}

export async function downloadRunArtifacts(options: RunArtifactsOptions): Promise<RunArtifactsResult> {
  const { prefix, dir, log, fromRun } = options
  const result: RunArtifactsResult = { downloaded: [], failed: [] }
  const findBy = fromRun && { token: fromRun.token, workflowRunId: fromRun.runId, repositoryOwner: fromRun.owner, repositoryName: fromRun.repo }
  let artifacts: { id: number; name: string }[]
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    artifacts = (await client.listArtifacts({ latest: true, ...(findBy ? { findBy } : {}) })).artifacts.filter((a) => a.name.startsWith(prefix))
    for (const artifact of artifacts) {
      try {
        await client.downloadArtifact(artifact.id, { path: join(dir, artifact.name), ...(findBy ? { findBy } : {}) })
        result.downloaded.push(artifact.name)
      } catch (error) {
        result.failed.push({ name: artifact.name, error: (error as Error).message })
        log.warning(`artifact ${artifact.name} not downloaded: ${(error as Error).message}`)
      }
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    result.error = `cannot list the artifacts of ${fromRun ? `run ${fromRun.runId}` : 'this run'}: ${(error as Error).message}${status === 403 ? " (grant 'actions: read')" : ''}`
    log.warning(result.error)
    return result
  }
  log.info(`${result.downloaded.length} report artifact(s) downloaded${artifacts.length === 0 ? ` (no artifact named ${prefix}…)` : ''}`)
  return result
}
