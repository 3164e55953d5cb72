/**
 * What the triggering event says about where results belong: the repository, the commit to annotate, the pull
 * request. For pull-request events GITHUB_SHA is the merge commit GitHub made for the run; check runs and annotations
 * belong on `pull_request.head.sha`, the commit the author pushed and the pull request shows.
 */
import { readFileSync } from 'node:fs'

export interface EventContext {
  owner: string
  repo: string
  /** GITHUB_EVENT_NAME (empty when unknown, e.g. a local run). */
  eventName: string
  /** The commit check runs go on: the pull request's head for pull-request events, else GITHUB_SHA. */
  headSha: string
  /** GITHUB_SHA: the commit that was checked out and analyzed (the merge commit on pull requests). */
  sha: string
  /** GITHUB_REF, e.g. `refs/pull/7/merge` or `refs/heads/main` (empty when unknown). */
  ref: string
  /** The pull request's number, for pull-request events. */
  pullRequest: number | null
  /** True when the pull request comes from another repository: its GITHUB_TOKEN cannot write checks. */
  isFork: boolean
}

interface PullRequestPayload {
  number?: number
  head?: { sha?: string; repo?: { full_name?: string } | null }
  base?: { repo?: { full_name?: string } }
}

/** Events whose payload carries the pull request and whose GITHUB_SHA is not the pull request's head. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

/** Reads GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo, ...rest] = repository.split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new Error(`Invalid GITHUB_REPOSITORY '${repository}'. Expected format {owner}/{repo}.`)
  }
  const sha = env.GITHUB_SHA ?? ''
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pr = (payload.pull_request ?? null) as PullRequestPayload | null
  let headSha = sha
  let pullRequest: number | null = null
  let isFork = false
  if (pr && PULL_REQUEST_EVENTS.has(eventName)) {
    headSha = pr.head?.sha || sha
    pullRequest = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : null
    // A deleted fork leaves head.repo null: still not this repository. Compare names, not `head.repo.fork`, which is
    // also true for a branch of a repository that is itself a fork.
    const headRepo = pr.head?.repo
    const baseRepo = pr.base?.repo?.full_name ?? repository
    isFork = headRepo === null || (headRepo?.full_name !== undefined && headRepo.full_name.toLowerCase() !== baseRepo.toLowerCase())
  }
  if (!headSha) throw new Error('GITHUB_SHA is not set and the event names no commit: nothing to attach results to.')
  return { owner, repo, eventName, headSha, sha: sha || headSha, ref: env.GITHUB_REF ?? '', pullRequest, isFork }
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch (error) {
    throw new Error(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${(error as Error).message}`, { cause: error })
  }
}
