/**
 * What the triggering event says about where results belong: the repository, the commit to annotate, the pull
 * request. For pull-request events GITHUB_SHA is the merge commit GitHub made for the run; check runs and annotations
 * belong on `pull_request.head.sha`, the commit the author pushed and the pull request shows.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { detachedHead } from '../exec/git-index.js'

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
  /**
   * True when the pull request comes from another repository and the event gives its run a read-only GITHUB_TOKEN
   * (`pull_request` and the review events; `pull_request_target` runs with the base repository's own token).
   */
  isFork: boolean
  /**
   * Why `headSha` is the commit the workspace holds rather than the one the event names (a pull_request_target run
   * that checked out the base branch, a checkout of another ref); null when they agree or the checkout is unknown.
   * `fromPullRequest`: the checkout does not hold the change the event is about (a pull request's, a merge queue's).
   */
  redirected: { message: string; fromPullRequest: boolean } | null
}

/** The commit the workspace has checked out, and commits whose changes it holds. */
export interface CheckedOut {
  sha: string
  /**
   * Its parents, from the commit object itself (a shallow clone's boundary commit has them too), and those of the
   * commits asked about that are its ancestors (a commit made on top of a pull request's head in the job); empty when
   * none was asked about.
   */
  contains: string[]
}

interface PullRequestPayload {
  number?: number
  head?: { sha?: string; repo?: { full_name?: string } | null }
  base?: { repo?: { full_name?: string } }
}

/** Events whose payload carries the pull request and whose GITHUB_SHA is not the pull request's head. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

/**
 * Reads GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. With
 * `checkedOut` (the workspace's HEAD), results go on the commit that was judged: a pull request's head only when the
 * workspace holds it or a commit containing it (the merge commit a `pull_request` run checks out); otherwise the commit
 * checked out, with no pull request to speak for (`redirected` says why).
 */
export function readEventContext(env: NodeJS.ProcessEnv = process.env, checkedOut?: CheckedOut | null): EventContext {
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
  const aboutPullRequest = pr !== null && PULL_REQUEST_EVENTS.has(eventName)
  if (aboutPullRequest) {
    headSha = pr.head?.sha || sha
    pullRequest = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : null
    // A deleted fork leaves head.repo null: still not this repository. Compare names, not `head.repo.fork`, which is
    // also true for a branch of a repository that is itself a fork.
    const headRepo = pr.head?.repo
    const baseRepo = pr.base?.repo?.full_name ?? repository
    const fromElsewhere = headRepo === null || (headRepo?.full_name !== undefined && headRepo.full_name.toLowerCase() !== baseRepo.toLowerCase())
    isFork = fromElsewhere && eventName !== 'pull_request_target'
  }
  let redirected: EventContext['redirected'] = null
  const short = (s: string) => s.slice(0, 12)
  // A merge commit of the head (what a `pull_request` run checks out), or a commit on top of it, speaks for the pull request.
  if (checkedOut && headSha && checkedOut.sha !== headSha && !((aboutPullRequest || eventName === 'merge_group') && checkedOut.contains.includes(headSha))) {
    if (aboutPullRequest) {
      // pull_request_target checks out the base branch unless told otherwise: the pull request's code never ran.
      const message =
        `the workspace is at ${short(checkedOut.sha)}, which is neither pull request ${pullRequest === null ? '' : `#${pullRequest}'s `}head ${short(headSha)} nor a commit that contains it` +
        `${eventName === 'pull_request_target' ? ' (a pull_request_target run checks out the base branch unless actions/checkout is given the head as its ref)' : ''}: ` +
        `the results are posted on ${short(checkedOut.sha)}, the commit judged, and no pull-request comment or review suggestion is written, since the pull request's code was not what ran`
      redirected = { message, fromPullRequest: true }
      pullRequest = null
    } else if (eventName === 'merge_group') {
      // A merge queue's commit is the change it would merge: a checkout of a branch instead judged something else,
      // and a comparison with the queue's base would find nothing changed (only-changed would judge nothing).
      const message =
        `the workspace is at ${short(checkedOut.sha)}, not at the merge queue's commit ${short(headSha)} (GITHUB_SHA), and does not hold the queued change: ` +
        `the results are posted on ${short(checkedOut.sha)}, the commit judged, and say nothing of the change the queue would merge (check out the event's commit)`
      redirected = { message, fromPullRequest: true }
    } else {
      const message = `the workspace is at ${short(checkedOut.sha)}, not at the event's commit ${short(headSha)} (GITHUB_SHA): the results are posted on ${short(checkedOut.sha)}, the commit judged`
      redirected = { message, fromPullRequest: false }
    }
    headSha = checkedOut.sha
  }
  if (!headSha) throw new Error('GITHUB_SHA is not set and the event names no commit: nothing to attach results to.')
  return { owner, repo, eventName, headSha, sha: sha || headSha, ref: env.GITHUB_REF ?? '', pullRequest, isFork, redirected }
}

const execFileAsync = promisify(execFile)

/**
 * The workspace's HEAD and, when there are `candidates` to place (a pull request's head), its parents and which of
 * them are its ancestors; null outside a git work tree (or when git cannot tell).
 */
export async function checkedOutCommit(workspace: string, candidates: readonly string[] = []): Promise<CheckedOut | null> {
  const git = async (args: string[]) => (await execFileAsync('git', args, { cwd: workspace, encoding: 'utf8', timeout: 10_000 })).stdout
  try {
    // A detached HEAD (actions/checkout's pull-request checkout) names its commit itself: no process to ask.
    const sha = detachedHead(workspace) ?? (await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim()
    if (!/^[0-9a-f]{40,64}$/.test(sha)) return null
    // Nothing to place: the parents are not needed (a push, a dispatch).
    if (candidates.length === 0) return { sha, contains: [] }
    // The raw object: `git log --format=%P` shows no parent for a shallow clone's boundary commit.
    const object = await git(['cat-file', 'commit', sha])
    const end = object.indexOf('\n\n')
    const header = end === -1 ? object : object.slice(0, end)
    const contains = header.split('\n').flatMap((line) => (line.startsWith('parent ') ? [line.slice('parent '.length).trim()] : []))
    for (const candidate of candidates) {
      if (candidate === sha || contains.includes(candidate) || !/^[0-9a-f]{40,64}$/.test(candidate)) continue
      // Exit status 1: not an ancestor; an error (a commit a shallow clone lacks): not known to be one.
      if (await git(['merge-base', '--is-ancestor', candidate, sha]).then(() => true, () => false)) contains.push(candidate)
    }
    return { sha, contains }
  } catch {
    return null
  }
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
