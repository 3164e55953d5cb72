/**
 * Files the tool writes where a user points it (`--output`, `dashboard --output`, `aggregate --summary/--dashboard/
 * --json`) are written over whatever is there: never over the run's own inputs or a file git tracks. `--output
 * src/app.js` replaced a source file with the JSON report, `--output SPEC.md` the spec.
 */
import { execFile } from 'node:child_process'
import { realpath, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { trackedFromListing } from '../exec/git-index.js'
import { mayBeGit } from '../exec/git-location.js'

/**
 * Why `path` must not be written (it is one of `inputs`, or a file git tracks), or null when it may: a new file, or an
 * earlier output git does not track. `what` names the output and `option` the flag that chose the path.
 */
export async function overwriteProblem(path: string, opts: { cwd: string; inputs?: Array<string | undefined>; what: string; option: string }): Promise<string | null> {
  // A path that can never be a file is said at once, not when the file is written after the whole run.
  const shape = await notAFilePath(path)
  if (shape) return `the ${opts.what} path ${path} cannot be written: ${shape}. Give ${opts.option} the path of a file`
  const real = await realpath(path).catch(() => null)
  if (real === null) return null
  for (const input of opts.inputs ?? []) {
    if (input && (await realpath(resolve(opts.cwd, input)).catch(() => null)) === real) {
      return `the ${opts.what} path ${path} is the run's own input ${input}: writing the ${opts.what} would replace it. Give ${opts.option} a path of its own`
    }
  }
  // No `.git` in or above the file's directory (and no GIT_DIR): git tracks nothing there, and is not asked.
  if (!mayBeGit(dirname(real))) return null
  // A listing of the index this run made already answers while the index is unchanged; else git is asked.
  const tracked =
    (await trackedFromListing(real)) ??
    (await new Promise<boolean>((done) => execFile('git', ['ls-files', '--error-unmatch', '--', real], { cwd: dirname(real), env: process.env }, (error) => done(error === null))))
  return tracked ? `the ${opts.what} path ${path} is a file git tracks: writing the ${opts.what} would replace it. Give ${opts.option} a path of its own` : null
}

/** Why nothing can be written as a file at `path` — it is a directory, or lies under a file — or null. */
async function notAFilePath(path: string): Promise<string | null> {
  try {
    return (await stat(path)).isDirectory() ? 'it is a directory' : null
  } catch (error) {
    // ENOENT: a new file, its directories made as it is written. ENOTDIR: a file stands where a directory must be.
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') return null
    for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
      const info = await stat(dir).catch(() => null)
      if (info && !info.isDirectory()) return `${dir} is a file, not a directory`
    }
    return null
  }
}
