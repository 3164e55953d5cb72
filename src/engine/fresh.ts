/**
 * A report left over from an earlier run must never be read as this run's result: we note each report's identity
 * before the command runs and accept it afterwards only if the command created or rewrote it.
 */
import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative } from 'node:path'
import { fileKind } from '../reports/read.js'

type Identity = { ino: number; size: number; mtimeMs: number; ctimeMs: number } | null

export class ReportSnapshot {
  private constructor(private readonly before: Map<string, Identity>) {}

  static async take(paths: string[]): Promise<ReportSnapshot> {
    const before = new Map<string, Identity>()
    for (const p of paths) before.set(p, await identity(p))
    return new ReportSnapshot(before)
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
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs }
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
