/**
 * The git side of the lint fixer (`quality_gates.linting.auto_fix`), through execFile (never a shell):
 * - a copy of the judged tree to try the fixer on (`suggest`): a detached `git worktree` of HEAD with the working
 *   tree's own changes laid over it and the ignored entries (node_modules, .venv, …) linked in, so the fixer runs as
 *   it would in the workspace while the workspace stays byte-identical;
 * - a fix commit pushed to the branch (`commit`).
 */
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { workingTreeContent } from '../reports/read.js'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { dotGitDirectory, mayBeGit } from '../exec/git-location.js'
import { hooklessGit, NO_PROMPT } from '../exec/hookless-git.js'

/** Where, inside the copy, the trial lint run writes its reports and logs; never part of the patch. */
export const COPY_SCRATCH = '.s2p-fix'

/** The bot GitHub shows for commits made with GITHUB_TOKEN. */
export const BOT_AUTHOR = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }

/** git for the fixer: no repository hook, no action-only variable (see hookless-git.ts). */
function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  return hooklessGit(cwd, args, env ? { env } : {})
}

/**
 * How long a call to the remote (ls-remote, push) may take, and the run's signal: a remote that never answers (a
 * stalled network, a proxy) held the run for good, and a cancel waited on it.
 */
export interface RemoteLimits {
  timeoutMs: number
  signal?: AbortSignal
}

/** git talking to a remote: within `limits`, and never a prompt for credentials (none can be answered in CI). */
function remoteGit(cwd: string, args: string[], limits: RemoteLimits): Promise<string> {
  return hooklessGit(cwd, args, { timeout: limits.timeoutMs, signal: limits.signal, env: NO_PROMPT })
}

function nulList(text: string): string[] {
  return text.split('\0').filter(Boolean)
}

/** A gitignore line matching exactly this path from the root (glob characters escaped). */
function anchored(path: string): string {
  return '/' + path.replace(/\/$/, '').replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)
}

export interface FixCopy {
  /** Root of the copy (the repository's top level). */
  root: string
  /** The workspace's place in the copy: commands run here. */
  dir: string
  /** Tree id of the judged state, to diff the fix against. */
  base: string
  /** What the fixer changed, as a patch `git apply` takes from the repository's top level, and the files. */
  diff(): Promise<{ patch: string; files: string[]; unified0: string }>
  dispose(): Promise<void>
}

/** A copy of the workspace as it is judged; throws with the reason when there is none to make (not a git repository). */
export async function makeFixCopy(workspace: string): Promise<FixCopy> {
  const top = (await git(workspace, ['rev-parse', '--show-toplevel'])).trim()
  const prefix = (await git(workspace, ['rev-parse', '--show-prefix'])).trim()
  const tmp = await mkdtemp(join(tmpdir(), 's2p-fix-'))
  const root = join(tmp, 'tree')
  const exclude = join(tmp, 'exclude')
  let added = false
  const dispose = async () => {
    if (added) await git(top, ['worktree', 'remove', '--force', root]).catch(() => undefined)
    await rm(tmp, { recursive: true, force: true })
    if (added) await git(top, ['worktree', 'prune']).catch(() => undefined)
  }
  try {
    await git(top, ['worktree', 'add', '--detach', '--quiet', root, 'HEAD'])
    added = true
    // The working tree's own state: modified and new (not ignored) files, deletions.
    const [changed, deleted, ignored] = await Promise.all([
      git(top, ['ls-files', '-z', '-m', '-o', '--exclude-standard']),
      git(top, ['ls-files', '-z', '-d']),
      git(top, ['ls-files', '-z', '-o', '-i', '--exclude-standard', '--directory'])
    ])
    const gone = new Set(nulList(deleted))
    for (const path of nulList(changed)) {
      if (gone.has(path)) continue
      await mkdir(dirname(join(root, path)), { recursive: true })
      await cp(join(top, path), join(root, path), { force: true, recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
    }
    for (const path of gone) await rm(join(root, path), { force: true })
    // Ignored entries (dependencies, virtualenvs, build output) are linked, not copied, and kept out of the patch.
    const links = nulList(ignored).map((p) => p.replace(/\/$/, ''))
    for (const path of links) {
      await mkdir(dirname(join(root, path)), { recursive: true })
      await symlink(join(top, path), join(root, path)).catch(() => undefined)
    }
    await writeFile(exclude, [`${COPY_SCRATCH}/`, ...links.map(anchored)].join('\n') + '\n')
    const withExclude = ['-c', `core.excludesFile=${exclude}`]
    await git(root, [...withExclude, 'add', '-A'])
    const base = (await git(root, ['write-tree'])).trim()
    return {
      root,
      dir: join(root, prefix),
      base,
      async diff() {
        await git(root, [...withExclude, 'add', '-A'])
        const [patch, names, unified0] = await Promise.all([
          git(root, ['diff', '--cached', '--binary', '--no-color', '--no-ext-diff', base]),
          git(root, ['diff', '--cached', '--name-only', '--no-ext-diff', base]),
          git(root, ['diff', '--cached', '--no-color', '--no-ext-diff', '--unified=0', base])
        ])
        return { patch, files: names.split('\n').filter(Boolean), unified0 }
      },
      dispose
    }
  } catch (error) {
    await dispose()
    throw error
  }
}

/** The branch HEAD is on, or null when detached. */
export async function currentBranch(workspace: string): Promise<string | null> {
  try {
    return (await git(workspace, ['symbolic-ref', '--short', '-q', 'HEAD'])).trim() || null
  } catch {
    return null
  }
}

export async function headCommit(workspace: string): Promise<string> {
  return (await git(workspace, ['rev-parse', 'HEAD'])).trim()
}

/** Tracked files with changes (staged or not); empty when the tracked tree is clean. */
export async function trackedChanges(workspace: string): Promise<string[]> {
  return (await git(workspace, ['status', '--porcelain', '--untracked-files=no'])).split('\n').filter(Boolean)
}

/** The tracked files that differ from HEAD (relative to the repository's top level `top`), each with a hash of its content. */
export interface TrackedState {
  top: string
  /** Path → sha256 of the content, or 'deleted' when gone. */
  files: Map<string, string>
}

/**
 * The tracked state of the workspace's repository; null when the workspace is not a git repository with a commit.
 * Two states compared tell whether a command rewrote tracked files (a lint command with --fix, jest -u) whatever was
 * uncommitted before it. `top`, from an earlier state of the same workspace, spares asking git for it again.
 */
export async function trackedState(workspace: string, top?: string): Promise<TrackedState | null> {
  // No `.git` in or above the workspace and no GIT_DIR: no repository, and no git process to learn it.
  if (top === undefined && !mayBeGit(workspace)) return null
  let names: string[]
  try {
    // The directory holding the nearest `.git` is the top level git would name, unless GIT_DIR or GIT_WORK_TREE say
    // otherwise: then git is asked.
    top ??= (process.env.GIT_DIR || process.env.GIT_WORK_TREE ? null : dotGitDirectory(workspace)) ?? (await git(workspace, ['rev-parse', '--show-toplevel'])).trim()
    names = nulList(await git(top, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', 'HEAD']))
  } catch {
    return null
  }
  return trackedStateOf(top, names)
}

/** The tracked state made of the names git gave (relative to `top`) and the files' content now. */
export function trackedStateOf(top: string, names: readonly string[]): TrackedState {
  const files = new Map<string, string>()
  for (const name of names) {
    // As git sees it: a link's target, never what it points to (a link to /dev/zero never ends).
    const content = workingTreeContent(join(top, name))
    files.set(name, content === null ? 'deleted' : createHash('sha256').update(content).digest('hex'))
  }
  return { top, files }
}

/** The files whose state differs between two `trackedState`s. */
export function changedBetween(before: TrackedState, after: TrackedState): string[] {
  const names = new Set([...before.files.keys(), ...after.files.keys()])
  return [...names].filter((name) => before.files.get(name) !== after.files.get(name)).sort()
}

/** The commit `branch` points at on `remote`, or null when the remote has no such branch. */
export async function remoteTip(workspace: string, remote: string, branch: string, limits: RemoteLimits): Promise<string | null> {
  const out = await remoteGit(workspace, ['ls-remote', remote, `refs/heads/${branch}`], limits)
  return out.split('\t')[0].trim() || null
}

/** What the fixer changed in the workspace, as a patch and with -U0 hunks for review suggestions. */
export async function workspaceDiff(workspace: string): Promise<{ patch: string; files: string[]; unified0: string }> {
  const [patch, names, unified0] = await Promise.all([
    git(workspace, ['diff', '--binary', '--no-color', '--no-ext-diff', 'HEAD']),
    git(workspace, ['diff', '--name-only', '--no-ext-diff', 'HEAD']),
    git(workspace, ['diff', '--no-color', '--no-ext-diff', '--unified=0', 'HEAD'])
  ])
  return { patch, files: names.split('\n').filter(Boolean), unified0 }
}

/**
 * Commits the tracked changes (the fixer's) and pushes the commit to `branch` on `remote`. The author is
 * GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL when set, else github-actions[bot]. Returns the new commit.
 */
export async function commitAndPush(workspace: string, o: { remote: string; branch: string; message: string }, limits: RemoteLimits): Promise<string> {
  const name = process.env.GIT_AUTHOR_NAME || BOT_AUTHOR.name
  const email = process.env.GIT_AUTHOR_EMAIL || BOT_AUTHOR.email
  const identity = {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email
  }
  await git(workspace, ['add', '-u'])
  await git(workspace, ['commit', '--quiet', '--no-verify', '-m', o.message], identity)
  const sha = await headCommit(workspace)
  await remoteGit(workspace, ['push', '--quiet', o.remote, `${sha}:refs/heads/${o.branch}`], limits)
  return sha
}

/** Puts the workspace back on `commit` (after a push that failed, so the judged tree is the branch's). */
export async function resetTo(workspace: string, commit: string): Promise<void> {
  await git(workspace, ['reset', '--quiet', '--hard', commit])
}
