/**
 * The work tree as the testing stage's last command left it, read once: the test history's listing of what differs
 * from the index, and the tracked files that differ from HEAD, which the pipeline compares with their state before the
 * stage (did a test command rewrite tracked files?). Both came from a git process of their own, one after the other,
 * with nothing run in between; one `git status` answers both (exec/git-status.ts), and the pipeline takes the state
 * read here only while no command has started since. Otherwise, or where one status cannot answer exactly, git is
 * asked each question as before.
 */
import { workTreeStatus } from '../exec/git-status.js'
import type { RunContext } from './context.js'
import { trackedStateOf, type TrackedState } from './fix-git.js'
import { commandsStarted } from './steps.js'

interface Read {
  /** Commands started in this process when it was read. */
  commands: number
  state: Promise<TrackedState | null>
}

const reads = new WeakMap<RunContext, Read>()

/**
 * The work tree's entries as `git ls-files -t -m -d -o --exclude-standard` lists them in the workspace (through
 * `fallback` when one status cannot tell); the tracked state read with them is kept for {@link trackedStateRead}.
 */
export function listWorkTree(ctx: RunContext, fallback: (workspace: string) => Promise<string[] | null>): Promise<string[] | null> {
  const commands = commandsStarted()
  const status = workTreeStatus(ctx.host.workspace)
  // Hashed as soon as git answered: the state of that moment, as a trackedState call then would have read it.
  reads.set(ctx, { commands, state: status.then((s) => (s ? trackedStateOf(s.top, s.changedFromHead) : null)) })
  return status.then((s) => (s ? s.entries : fallback(ctx.host.workspace)))
}

/** The tracked state read by the last {@link listWorkTree} of this run, when no command has started since and it is of `top`. */
export async function trackedStateRead(ctx: RunContext, top: string): Promise<TrackedState | undefined> {
  const read = reads.get(ctx)
  if (!read || read.commands !== commandsStarted()) return undefined
  const state = await read.state
  // A command may have started while the state was being read.
  return state && state.top === top && read.commands === commandsStarted() ? state : undefined
}

/** Forgets what was read (each stage starts from its own reads). */
export function forgetWorkTree(ctx: RunContext): void {
  reads.delete(ctx)
}
