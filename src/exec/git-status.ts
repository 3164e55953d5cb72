/**
 * One `git status` for two questions asked at the same moment, when the tests have run: which files of the work tree
 * differ from the index or are new (the test history's `git ls-files -t -m -d -o --exclude-standard`), and which
 * tracked files differ from HEAD (the `git diff --name-only HEAD` that tells whether the stage's commands rewrote
 * tracked files). Each was a process of its own, a few milliseconds apiece in a large process (libuv forks it).
 *
 * `--porcelain=v2` gives each changed entry's state against HEAD (X) and against the index (Y): a file changed on one
 * side only is answered exactly; a file changed on both sides may be back to HEAD's content (only git can tell, through
 * its filters), an unmerged or submodule entry has rules of its own, and git steered by the environment (GIT_DIR,
 * GIT_WORK_TREE…) has its work tree elsewhere: then null, and the callers ask git each question as before.
 * `--no-optional-locks`: status never rewrites the index (which would also drop the index listing kept by its identity).
 */
import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { isAbsolute, relative, sep } from 'node:path'
import { promisify } from 'node:util'
import { inheritedEnvironment } from './environment.js'
import { dotGitDirectory, gitSteered } from './git-location.js'

const run = promisify(execFile)

export interface WorkTreeStatus {
  /** The repository's top level (where the `.git` is). */
  top: string
  /** As `git ls-files -t -m -d -o --exclude-standard` run in the workspace lists them (`C `, `R `, `? `), sorted. */
  entries: string[]
  /** The tracked files that differ from HEAD, relative to `top`, as `git diff --name-only --no-renames HEAD` names them. */
  changedFromHead: string[]
}

/** The work tree's state in one git process; null when that cannot be told exactly (see above) or git fails. */
export async function workTreeStatus(workspace: string): Promise<WorkTreeStatus | null> {
  if (gitSteered()) return null
  const top = dotGitDirectory(workspace)
  if (top === null) return null
  let out: string
  try {
    out = (
      await run('git', ['--no-optional-locks', 'status', '--porcelain=v2', '-z', '--untracked-files=all', '--no-renames', '--ignore-submodules=none'], {
        cwd: top,
        // As the repository's commands get it (a clean filter or an fsmonitor hook the repository configures runs in
        // it): never the action's inputs or runtime token.
        env: inheritedEnvironment(process.env),
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        timeout: 60_000
      })
    ).stdout
  } catch {
    return null
  }
  // The workspace's place in the repository as git sees it (from the real paths: git resolves its working directory).
  let rel: string
  try {
    rel = relative(realpathSync(top), realpathSync(workspace)).split(sep).join('/')
  } catch {
    return null
  }
  if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return null
  const prefix = rel === '' ? '' : `${rel}/`
  const entries = new Set<string>()
  const changedFromHead: string[] = []
  for (const record of out.split('\0')) {
    if (record === '') continue
    if (record.startsWith('? ')) {
      const path = record.slice(2)
      if (path.startsWith(prefix)) entries.add(`? ${path.slice(prefix.length)}`)
      continue
    }
    // `1 XY sub mH mI mW hH hI path`: anything else (unmerged `u`, a rename `2` git was told not to make) is not read here.
    const m = /^1 ([.A-Z])([.A-Z]) (\S+) \S+ \S+ \S+ \S+ \S+ (.*)$/s.exec(record)
    if (!m) return null
    const [, x, y, sub, path] = m
    // A submodule, or a file changed both in the index and since: git's own answer is needed.
    if (sub !== 'N...' || (x !== '.' && y !== '.')) return null
    changedFromHead.push(path)
    if (y !== '.' && path.startsWith(prefix)) {
      entries.add(`C ${path.slice(prefix.length)}`)
      if (y === 'D') entries.add(`R ${path.slice(prefix.length)}`)
    }
  }
  return { top, entries: [...entries].sort(), changedFromHead }
}
