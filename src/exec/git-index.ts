/**
 * What git's index lists, asked of git once per state of the index: the test history (the test files' blob ids), the
 * checks (files a linter or scanner left out) and the output guard (is this path tracked?) each asked git on their
 * own, a process each (a few milliseconds) and a walk of the whole index in a large repository.
 *
 * A listing is reused only while the index file is the one it was read from: git replaces the index (a new file
 * renamed over the old) whenever it changes it, so a command that ran `git add` or `git rm` in between is seen by
 * the index's identity (device, inode, size, modification time) and the index is listed again. When git is steered
 * by the environment (GIT_DIR, GIT_INDEX_FILE, GIT_WORK_TREE…) the index's place is not known here: every
 * question goes to git.
 *
 * Also the current branch, from `HEAD` itself, as `git rev-parse --abbrev-ref HEAD` would name it.
 */
import { execFile } from 'node:child_process'
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { dotGitDirectory, gitSteered, mayBeGit } from './git-location.js'

const run = promisify(execFile)

/** One entry of `git ls-files -s`: its mode (100644, 100755, 120000 link, 160000 submodule), object id and path. */
export interface IndexEntry {
  mode: string
  object: string
  /** Relative to the directory listed, forward slashes. */
  path: string
}

export interface IndexListing {
  entries: IndexEntry[]
  /** Bytes git wrote for it. */
  bytes: number
}

/** Most bytes of listing read (a few million paths); more is `'too-many'`. */
export const MAX_LISTING_BYTES = 512 * 1024 * 1024

/** A commit id as git writes it in HEAD and refs: SHA-1 (40) or SHA-256 (64) hex digits. */
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

interface Cached {
  /** The index file's identity when it was listed. */
  identity: string
  listing: Promise<IndexListing | null | 'too-many'>
}

/** Listings by the real path of the directory listed: the latest few (one run lists one workspace). */
const cache = new Map<string, Cached>()
/** Most listings kept (a large repository's listing holds every path: never one per directory a long-lived process saw). */
const KEPT = 2

/** The git directory of the repository `dir` is in, as its `.git` says; null when that is not plain to see. */
function gitDirectory(dir: string): string | null {
  if (gitSteered()) return null
  const top = dotGitDirectory(dir)
  if (top === null) return null
  const dotGit = join(top, '.git')
  try {
    if (statSync(dotGit).isDirectory()) return dotGit
    // A linked work tree or a submodule: `.git` is a file naming the git directory.
    const m = /^gitdir: (.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'))
    return m ? resolve(top, m[1]) : null
  } catch {
    return null
  }
}

/** The index file's identity (changes whenever git writes it), or null when it cannot be told. */
function indexIdentity(gitDir: string): string | null {
  try {
    const s = statSync(join(gitDir, 'index'), { bigint: true })
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`
  } catch {
    return null
  }
}

function parse(text: string): IndexEntry[] {
  const entries: IndexEntry[] = []
  for (const line of text.split('\0')) {
    // `<mode> <object> <stage>\t<path>`
    const tab = line.indexOf('\t')
    if (tab < 0) continue
    const [mode, object] = line.slice(0, tab).split(' ')
    entries.push({ mode, object, path: line.slice(tab + 1) })
  }
  return entries
}

async function listNow(dir: string): Promise<IndexListing | null | 'too-many'> {
  try {
    const { stdout } = await run('git', ['ls-files', '-s', '-z'], { cwd: dir, env: process.env, maxBuffer: MAX_LISTING_BYTES, encoding: 'buffer', timeout: 60_000 })
    return { entries: parse(stdout.toString('utf8')), bytes: stdout.length }
  } catch (error) {
    return (error as { code?: unknown }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' ? 'too-many' : null
  }
}

/**
 * Every index entry under `dir` (paths relative to it), as `git ls-files -s` lists them there; null when `dir` is
 * not in a git work tree or git fails; `'too-many'` past {@link MAX_LISTING_BYTES}.
 */
export async function indexListing(dir: string): Promise<IndexListing | null | 'too-many'> {
  // No `.git` here or above (and no GIT_DIR): no process started only to learn there is no repository.
  if (!mayBeGit(dir)) return null
  const gitDir = gitDirectory(dir)
  const identity = gitDir === null ? null : indexIdentity(gitDir)
  if (identity === null) return listNow(dir)
  let key: string
  try {
    key = realpathSync(dir)
  } catch {
    return listNow(dir)
  }
  const hit = cache.get(key)
  if (hit && hit.identity === identity) return hit.listing
  const listing = listNow(dir)
  // Listed after the identity was taken: a change in between makes the next question list again, never the reverse.
  cache.delete(key)
  cache.set(key, { identity, listing })
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT) break
    cache.delete(oldest)
  }
  return listing
}

/**
 * Whether git tracks the file at the real path `real`, answered from a listing already made of a directory above it
 * while the index is unchanged; undefined when no such listing can answer (then ask git).
 */
export async function trackedFromListing(real: string): Promise<boolean | undefined> {
  for (const [dir, hit] of cache) {
    const rel = relative(dir, real)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue
    const gitDir = gitDirectory(dir)
    if (gitDir === null || indexIdentity(gitDir) !== hit.identity) continue
    const listing = await hit.listing
    if (listing === null || listing === 'too-many') continue
    const path = sep === '/' ? rel : rel.split(sep).join('/')
    return listing.entries.some((e) => e.path === path)
  }
  return undefined
}

/**
 * The branch HEAD is on, read from HEAD as `git rev-parse --abbrev-ref HEAD` names it; null when HEAD is detached;
 * undefined when HEAD cannot be read plainly here (git steered by the environment, another ref storage): ask git.
 */
export function headBranch(dir: string): string | null | undefined {
  const head = headFile(dir)
  if (head === undefined) return undefined
  if (OBJECT_ID.test(head)) return null
  const m = /^ref: refs\/heads\/(.+)$/.exec(head)
  // The reftable storage keeps a placeholder (`refs/heads/.invalid`) in HEAD and the real ref elsewhere.
  if (!m || m[1] === '.invalid') return undefined
  return m[1]
}

/**
 * The commit a detached HEAD names, read from HEAD itself; undefined when HEAD is on a branch, or cannot be read
 * plainly here (git steered by the environment): ask git.
 */
export function detachedHead(dir: string): string | undefined {
  const head = headFile(dir)
  return head !== undefined && OBJECT_ID.test(head) ? head : undefined
}

/**
 * The commit HEAD names, read as git's files backend keeps it — a detached HEAD's id, else the branch's loose ref (in
 * the common directory of a linked work tree), else its line in `packed-refs` — as `git rev-parse HEAD` answers;
 * undefined when it cannot be read plainly here: git steered by the environment, the reftable backend, a symbolic
 * ref behind the branch, a branch no file holds (unborn), or a repository not owned by this user (git refuses it
 * unless `safe.directory` says otherwise): then ask git.
 */
export function headCommitRead(dir: string): string | undefined {
  const gitDir = gitDirectory(dir)
  const head = gitDir === null ? undefined : headFile(dir, gitDir)
  if (gitDir === null || head === undefined) return undefined
  const top = dotGitDirectory(dir)
  try {
    const uid = process.geteuid?.()
    if (uid === undefined || top === null || statSync(top).uid !== uid || statSync(gitDir).uid !== uid) return undefined
  } catch {
    return undefined
  }
  if (OBJECT_ID.test(head)) return head
  const m = /^ref: (refs\/heads\/.+)$/.exec(head)
  if (!m || m[1] === 'refs/heads/.invalid') return undefined
  let common = gitDir
  try {
    common = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim())
  } catch {
    // no commondir: the main work tree, whose git directory holds the refs
  }
  try {
    const loose = readFileSync(join(common, m[1]), 'utf8').trim()
    return OBJECT_ID.test(loose) ? loose : undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined
  }
  try {
    for (const line of readFileSync(join(common, 'packed-refs'), 'utf8').split('\n')) {
      const space = line.indexOf(' ')
      if (space > 0 && line.slice(space + 1) === m[1] && OBJECT_ID.test(line.slice(0, space))) return line.slice(0, space)
    }
  } catch {
    // no packed-refs
  }
  return undefined
}

/** HEAD's content, trimmed; undefined when it cannot be read plainly here (git steered by the environment). */
function headFile(dir: string, gitDir = gitDirectory(dir)): string | undefined {
  if (gitDir === null) return undefined
  try {
    return readFileSync(join(gitDir, 'HEAD'), 'utf8').trim()
  } catch {
    return undefined
  }
}

/** Forget every listing (tests). */
export function forgetListings(): void {
  cache.clear()
}
