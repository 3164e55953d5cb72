/**
 * A pull request's base, brought into actions/checkout's default checkout. `fetch-depth: 1` fetches the merge commit
 * alone: its parents (the base's tip and the pull request's head) are not there, so nothing the change does can be
 * compared with its base — the configuration it loosens, the tests it skips, the lines it changes. GitHub's merge
 * commit has the base as its first parent, so deepening the checkout by one commit (what `fetch-depth: 2` does)
 * brings it. Only the commit objects are fetched: no ref, branch or file of the work tree changes.
 */
import { hooklessGit, NO_PROMPT } from './hookless-git.js'

/** Seconds the fetch may take: a CI step's user waits no longer for a comparison. */
const FETCH_TIMEOUT_MS = 60_000

async function git(workspace: string, args: string[], timeout = 10_000, signal?: AbortSignal): Promise<string> {
  // Never a prompt for credentials: a checkout without them fails at once, and the comparison is said not made.
  return (await hooklessGit(workspace, args, { timeout, signal, env: NO_PROMPT })).trim()
}

const has = (workspace: string, sha: string) => git(workspace, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, () => false)
const related = (workspace: string, base: string) => git(workspace, ['merge-base', base, 'HEAD']).then(() => true, () => false)

/**
 * Makes `base` (a full commit id) and its relation to `head` (the commit checked out) available in a shallow checkout of `workspace`, fetching
 * from `origin` as the checkout's own credentials allow. Returns what was done, for the log: null when nothing was
 * needed (the base is there and related to HEAD, or the checkout is not shallow, or not a git work tree). `signal`
 * (the run's) stops the fetch: a job cancelled while a slow remote answers ends in time to say so.
 */
export async function bringBase(workspace: string, base: string, head: string, signal?: AbortSignal): Promise<{ fetched: boolean; message: string } | null> {
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(base) || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(head)) return null
  let shallow: boolean
  try {
    shallow = (await git(workspace, ['rev-parse', '--is-shallow-repository'])) === 'true'
  } catch {
    return null
  }
  if (!shallow || ((await has(workspace, base)) && (await related(workspace, base)))) return null
  const remote: string[] = await git(workspace, ['remote']).then((out) => out.split('\n'), () => [])
  if (!remote.includes('origin')) return { fetched: false, message: `the checkout is shallow and has no remote named origin to fetch the base ${base.slice(0, 12)} from` }
  const fetch = (sha: string, depth: number) =>
    git(workspace, ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', `--depth=${depth}`, 'origin', sha], FETCH_TIMEOUT_MS, signal)
  try {
    // HEAD and its parents: for a pull request's merge commit, the base's tip among them.
    await fetch(head, 2)
    if (!(await has(workspace, base))) await fetch(base, 1)
  } catch (error) {
    if (signal?.aborted) return { fetched: false, message: `the fetch of the base ${base.slice(0, 12)} into the shallow checkout was stopped: the run was cancelled` }
    const why = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n').at(-1) ?? ''
    return { fetched: false, message: `could not fetch the base ${base.slice(0, 12)} into the shallow checkout: ${why}` }
  }
  if (!(await has(workspace, base))) return { fetched: false, message: `origin did not give the base ${base.slice(0, 12)}` }
  return { fetched: true, message: `fetched the base ${base.slice(0, 12)} into the shallow checkout (as fetch-depth: 2 would), to compare the change with it` }
}
