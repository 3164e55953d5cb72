/**
 * A report left over from an earlier run must never be read as this run's result: we note each report's identity
 * before the command runs and accept it afterwards only if the command created or rewrote it.
 */
import { stat } from 'node:fs/promises'

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
