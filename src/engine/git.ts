/** The few git questions the engine asks, through execFile (never a shell). */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
  return stdout
}

/**
 * A commit holding the working tree as it is now (tracked files), without changing anything: `git stash create`
 * when the tree is dirty, HEAD when it is clean. Null outside a git repository.
 */
export async function snapshotWorkingTree(cwd: string): Promise<string | null> {
  try {
    const stash = (await git(cwd, ['stash', 'create'])).trim()
    return stash || (await git(cwd, ['rev-parse', 'HEAD'])).trim()
  } catch {
    return null
  }
}

/** What changed in tracked files since `base`, as a patch `git apply` takes, and the files it touches. */
export async function diffSince(cwd: string, base: string): Promise<{ patch: string; files: string[] }> {
  const [patch, names] = await Promise.all([
    git(cwd, ['diff', '--binary', '--no-color', '--no-ext-diff', base]),
    git(cwd, ['diff', '--name-only', '--no-ext-diff', base])
  ])
  return { patch, files: names.split('\n').filter(Boolean) }
}
