/**
 * A report left over from an earlier run must never be read as this run's result: we note each report's identity
 * before the command runs and accept it afterwards only if the command created or rewrote it.
 */
import { execFile } from 'node:child_process'
import { realpath, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative } from 'node:path'
import { inheritedEnvironment } from '../exec/environment.js'
import { mayBeGit } from '../exec/git-location.js'
import { fileKind } from '../reports/read.js'

type Identity = { ino: number; size: number; mtimeMs: number; ctimeMs: number; directory: boolean } | null

export class ReportSnapshot {
  private constructor(private readonly before: Map<string, Identity>) {}

  static async take(paths: string[]): Promise<ReportSnapshot> {
    const before = new Map<string, Identity>()
    for (const p of paths) before.set(p, await identity(p))
    return new ReportSnapshot(before)
  }

  /** Notes more reports' identities (the files a glob or a directory of reports matches before the command runs). */
  async include(paths: Iterable<string>): Promise<void> {
    for (const p of paths) this.before.set(p, await identity(p))
  }

  /** Whether the path was a directory when its identity was noted (a directory of reports). */
  wasDirectory(path: string): boolean {
    return this.before.get(path)?.directory === true
  }

  /** 'fresh' when written by this run, 'missing' when absent, 'stale' when untouched since the snapshot. */
  async check(path: string): Promise<'fresh' | 'missing' | 'stale'> {
    const now = await identity(path)
    if (!now) return 'missing'
    const was = this.before.get(path)
    if (!was) return 'fresh'
    const same = was.ino === now.ino && was.size === now.size && was.mtimeMs === now.mtimeMs && was.ctimeMs === now.ctimeMs
    return same ? 'stale' : 'fresh'
  }
}

async function identity(path: string): Promise<Identity> {
  try {
    const s = await stat(path)
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, directory: s.isDirectory() }
  } catch {
    return null
  }
}

/**
 * Reads a report the command of this attempt must have written: `read` runs only on a fresh file that resolves
 * inside the workspace (a symlink pointing elsewhere is refused); otherwise `problem` says why nothing was read.
 */
export async function readFreshReport<T>(
  snapshot: ReportSnapshot,
  path: string,
  opts: { workspace: string; what: string; ran: string },
  read: () => Promise<T>
): Promise<{ value?: T; problem?: string }> {
  const state = await snapshot.check(path)
  if (state === 'missing') return { problem: `${opts.ran} wrote no ${opts.what} at ${path}` }
  if (state === 'stale') {
    return { problem: `${opts.ran} did not rewrite the ${opts.what} at ${path}: the file there is left over from an earlier run and is not read` }
  }
  const [real, root] = await Promise.all([realpath(path), realpath(opts.workspace)])
  const rel = relative(root, real)
  if (rel.startsWith('..') || isAbsolute(rel)) return { problem: `the ${opts.what} at ${path} resolves outside the workspace (${real}): not read` }
  // A FIFO or a device would block the read forever (the parsers also refuse one on the opened descriptor).
  const info = await stat(real)
  if (!info.isFile()) return { problem: `the ${opts.what} at ${path} is ${fileKind(info)}, not a regular file: not read` }
  try {
    return { value: await read() }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}

/**
 * Why a report read without a command of this run (a production criterion's `report`) is no measurement: it is a file
 * git tracks, as the commit has it — a claim checked in with the code, not a figure measured in this run. Null when
 * it is not tracked, or an earlier step rewrote it (or when there is no file or no repository: the reader says so).
 */
export async function committedReportProblem(path: string, what: string): Promise<string | null> {
  const real = await realpath(path).catch(() => null)
  if (real === null || !mayBeGit(dirname(real))) return null
  // As a repository's command gets the environment (the diff runs the clean filter the repository configures on a
  // file whose stat data changed): never the action's inputs or runtime token.
  const git = (args: string[]) =>
    new Promise<boolean>((done) => execFile('git', ['-C', dirname(real), ...args, '--', real], { env: inheritedEnvironment(process.env) }, (error) => done(error === null)))
  // Tracked, and the same in the work tree as in the commit (`diff --quiet` exits 0 when there is no difference).
  if (!(await git(['ls-files', '--error-unmatch'])) || !(await git(['diff', '--quiet', 'HEAD']))) return null
  return `the ${what} ${path} is a file git tracks, unchanged from the commit: a figure checked in with the code, not one measured in this run, so it is not read. Write the report in this run (a command or an earlier step, e.g. under {reports}) and do not commit it`
}
