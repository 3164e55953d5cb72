/** Small reads of the workflow event payload (GITHUB_EVENT_PATH). */
import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../config/types.js'
import { jsonErrorOffset, lineColumn } from '../reports/findings/json-text.js'

/**
 * The payload, or null outside a runner (no GITHUB_EVENT_PATH). One the runner named but that cannot be read is an
 * error: read as no payload, a pull request's run had no head and no base — the configuration it changes went
 * unchecked, and nothing said so.
 */
function payload(): Record<string, unknown> | null {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path) return null
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `cannot read the event payload ${path} (GITHUB_EVENT_PATH) of this ${process.env.GITHUB_EVENT_NAME || 'workflow'} run: ${why}; the commit judged, the pull request and the base it is compared with are read from it`
    )
  }
  let text = ''
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message)
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    const at = jsonErrorOffset(body)
    fail(at >= body.length ? `${lineColumn(body, body.length)}: unexpected end of input (empty, or cut short)` : at >= 0 ? `${lineColumn(body, at)}: not valid JSON` : 'not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object')
  return value as Record<string, unknown>
}

/**
 * The commit the change is compared with: the pull request's base for pull-request events, and for a merge queue's
 * `merge_group` event the base the queued commit was built on (its head is the base with the queued pull requests
 * merged); null otherwise.
 */
export function changeBase(): string | null {
  const event = payload()
  const pr = event?.pull_request as { base?: { sha?: unknown } } | undefined
  if (typeof pr?.base?.sha === 'string') return pr.base.sha
  const group = event?.merge_group as { base_sha?: unknown } | undefined
  return typeof group?.base_sha === 'string' ? group.base_sha : null
}

/** The pull request's head commit, for pull-request events; null otherwise. */
export function pullRequestHead(): string | null {
  const pr = payload()?.pull_request as { head?: { sha?: unknown } } | undefined
  return typeof pr?.head?.sha === 'string' ? pr.head.sha : null
}

/**
 * The commit that holds the change a base is compared with: the pull request's head, or the commit a merge queue built
 * (`merge_group.head_sha`: the base with the queued pull requests merged); null for other events.
 */
export function changeHead(): string | null {
  const head = pullRequestHead()
  if (head) return head
  const group = payload()?.merge_group as { head_sha?: unknown } | undefined
  return typeof group?.head_sha === 'string' ? group.head_sha : null
}

/** The triggering run of a workflow_run event, as its payload describes it. */
export interface TriggeringRun {
  runId: number
  headSha: string
  /** The pull request GitHub names in `pull_requests`: null for one from a fork, which GitHub leaves out there. */
  pullRequest: number | null
  /** The event that started the triggering run (`pull_request`, `push`, …), when the payload says. */
  event: string | null
  /** The head branch and the owner of the head repository (a fork's owner for a pull request from a fork). */
  headBranch: string | null
  headOwner: string | null
}

/** For workflow_run events: the triggering run's id, head commit and pull request, when there is one. */
export function workflowRun(): TriggeringRun | null {
  const run = payload()?.workflow_run as
    | { id?: unknown; head_sha?: unknown; event?: unknown; head_branch?: unknown; head_repository?: { owner?: { login?: unknown } }; pull_requests?: { number?: unknown }[] }
    | undefined
  if (typeof run?.id !== 'number' || typeof run.head_sha !== 'string') return null
  const number = run.pull_requests?.[0]?.number
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)
  return {
    runId: run.id,
    headSha: run.head_sha,
    pullRequest: typeof number === 'number' ? number : null,
    event: text(run.event),
    headBranch: text(run.head_branch),
    headOwner: text(run.head_repository?.owner?.login)
  }
}

/** The repository's default branch (`repository.default_branch` of the event payload), when the payload has it. */
export function defaultBranch(): string | null {
  const repo = payload()?.repository as { default_branch?: unknown } | undefined
  return typeof repo?.default_branch === 'string' && repo.default_branch !== '' ? repo.default_branch : null
}
