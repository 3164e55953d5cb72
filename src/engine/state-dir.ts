/**
 * The run's own directory in the workspace, `.spec-to-production/` (runs and their reports, context sessions, metrics,
 * run state): everything the action writes there must stay inside the workspace. A repository can commit a symbolic
 * link anywhere in it (`.spec-to-production -> ~/.ssh`, `metrics/2026-06-01.jsonl -> ~/.bashrc`), and the writers,
 * which append and create files by name, would then write outside it: such a link is refused before anything is
 * written.
 */
import { lstat, readdir, readlink } from 'node:fs/promises'
import { join } from 'node:path'

/** The directory, relative to the workspace. */
export const STATE_DIR = '.spec-to-production'

/** Not walked: `deploy/` belongs to the user's deployment scripts (the example kit links `current` there). */
const NOT_WALKED = `${STATE_DIR}/deploy`
/** Walked, but not its subdirectories: each run makes a fresh, randomly named one, never written by a known name. */
const RUNS = `${STATE_DIR}/runs`

/** Entries looked at, at most: the directory holds a bounded history (retention), so this is never reached in use. */
const MAX_ENTRIES = 200_000

/** At most this many links are named in the message. */
const MAX_NAMED = 5

/** A symbolic link found in the run's directory: its path relative to the workspace and where it points. */
export interface StateLink {
  path: string
  target: string
}

/**
 * The symbolic links in `.spec-to-production/` (the directory itself included), at most {@link MAX_NAMED}: none when
 * the directory does not exist. Directories are walked without following links; `runs/<run>/` and `deploy/` are not
 * walked (see {@link NOT_WALKED} and {@link RUNS}).
 */
export async function stateDirectoryLinks(workspace: string, maxEntries = MAX_ENTRIES): Promise<StateLink[]> {
  const found: StateLink[] = []
  const link = async (rel: string) => {
    let target = '?'
    try {
      target = await readlink(join(workspace, rel))
    } catch {
      // Gone meanwhile: still named.
    }
    found.push({ path: rel, target })
  }
  try {
    const top = await lstat(join(workspace, STATE_DIR))
    if (top.isSymbolicLink()) {
      await link(STATE_DIR)
      return found
    }
    if (!top.isDirectory()) return found
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return found
    throw error
  }
  let seen = 0
  const pending = [STATE_DIR]
  while (pending.length > 0 && found.length < MAX_NAMED && seen < maxEntries) {
    const dir = pending.pop()!
    let entries
    try {
      entries = await readdir(join(workspace, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      if (++seen > maxEntries || found.length >= MAX_NAMED) break
      const rel = `${dir}/${entry.name}`
      if (entry.isSymbolicLink()) await link(rel)
      else if (entry.isDirectory() && rel !== NOT_WALKED && dir !== RUNS) pending.push(rel)
    }
  }
  return found
}

/** The refusal's words: which links, where they point, and what to do. */
export function stateLinksMessage(links: readonly StateLink[]): string {
  const named = links.map((l) => `${l.path} -> ${l.target}`).join(', ')
  return (
    `${STATE_DIR}/ holds a symbolic link (${named}): the run writes its reports, sessions and metrics there by name, ` +
    `and a link would have them written wherever it points, outside the workspace. Nothing was run; remove the link ` +
    `(git rm, when the repository holds it) and let the run create ${STATE_DIR}/ itself.`
  )
}
