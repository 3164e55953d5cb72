/** Failures to write to the disk, in words a user can act on: which path, and why (full, read-only, not allowed). */
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent is not a directory'
}

/** True for the errors of a disk that cannot take the write (full, read-only, not allowed). */
export function isDiskWriteError(error: unknown): boolean {
  return ((error as NodeJS.ErrnoException)?.code ?? '') in REASONS
}

/** `cannot write <what> <path>: no space left on the device (ENOSPC)`. */
export function writeFailure(what: string, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  const reason = code && REASONS[code] ? `${REASONS[code]} (${code})` : (error as Error)?.message ?? String(error)
  return `cannot write ${what} ${path}: ${reason}`
}

/**
 * `mkdir -p` that reports the real cause: Node's recursive mkdir answers ENOENT where a parent cannot be created
 * (e.g. on a read-only file system); the directories are then made one by one so the error is the file system's.
 */
export async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const chain: string[] = []
    for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) chain.unshift(dir)
    for (const dir of chain) {
      try {
        await mkdir(dir)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      }
    }
  }
}
