/** Small reads of the workflow event payload (GITHUB_EVENT_PATH). */
import { readFileSync } from 'node:fs'

function payload(): Record<string, unknown> | null {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return null
  }
}

/** The pull request's base commit, for pull-request events; null otherwise. */
export function pullRequestBase(): string | null {
  const pr = payload()?.pull_request as { base?: { sha?: unknown } } | undefined
  return typeof pr?.base?.sha === 'string' ? pr.base.sha : null
}

/** For workflow_run events: the triggering run's id, head commit and pull request, when there is one. */
export function workflowRun(): { runId: number; headSha: string; pullRequest: number | null } | null {
  const run = payload()?.workflow_run as { id?: unknown; head_sha?: unknown; pull_requests?: { number?: unknown }[] } | undefined
  if (typeof run?.id !== 'number' || typeof run.head_sha !== 'string') return null
  const number = run.pull_requests?.[0]?.number
  return { runId: run.id, headSha: run.head_sha, pullRequest: typeof number === 'number' ? number : null }
}

/** The repository's default branch (`repository.default_branch` of the event payload), when the payload has it. */
export function defaultBranch(): string | null {
  const repo = payload()?.repository as { default_branch?: unknown } | undefined
  return typeof repo?.default_branch === 'string' && repo.default_branch !== '' ? repo.default_branch : null
}
