/**
 * Turns the paths that reports carry into the workspace-relative, forward-slash paths findings use. Pure string
 * work: a path is never resolved against the file system, so a report cannot make us stat, read or follow anything.
 */
import path from 'node:path'

/** Backslashes are separators in reports written on Windows runners; a drive letter marks a Windows absolute path. */
function toSlashes(p: string): string {
  return p.includes('\\') ? p.replace(/\\/g, '/') : p
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p)
}

/** Normalizes `.` and `..` segments without touching the disk; a Windows drive letter is upper-cased for comparison. */
function normalize(p: string): string {
  const drive = /^[A-Za-z]:\//.test(p) ? p.slice(0, 2).toUpperCase() : ''
  const rest = drive ? p.slice(2) : p
  const normalized = path.posix.normalize(rest)
  return drive + (normalized === '.' ? '' : normalized)
}

/**
 * The workspace-relative form of a path found in a report.
 *
 * @param file the path as the report gives it (absolute, or relative to `base`)
 * @param workspace the workspace root (absolute)
 * @param base what a relative `file` is relative to (Cobertura's `<source>`), defaulting to the workspace
 * @returns `src/app.ts` for a path inside the workspace; a path outside it is returned as given (slashes aside), a
 *   relative one normalized so that it starts with its `../`, or joined onto `base` when it was relative to one
 */
export function toWorkspacePath(file: string, workspace: string, base?: string): string {
  const given = toSlashes(file)
  if (given === '') return given
  const ws = toSlashes(workspace)
  // The workspace itself comes from our configuration, not from the report: making it absolute is safe.
  const root = normalize(isAbsolute(ws) ? ws : toSlashes(path.resolve(workspace)))
  const prefix = root.endsWith('/') ? root : `${root}/`
  let full: string
  if (isAbsolute(given)) {
    full = normalize(given)
  } else if (base === undefined || base === '') {
    full = normalize(`${prefix}${given}`)
  } else {
    // A relative <source> is relative to the workspace (the tool's working directory).
    const from = toSlashes(base)
    full = normalize(isAbsolute(from) ? `${from}/${given}` : `${prefix}${from}/${given}`)
  }
  if (full.startsWith(prefix) && full.length > prefix.length) return full.slice(prefix.length)
  // Outside the workspace: as given, or joined onto its <source> when it was relative to one (still only a string).
  if (isAbsolute(given)) return given
  // A relative path that climbs out past its first segments (`src/../../etc/passwd`) is written as the climb it is
  // (`../etc/passwd`): as given it would read as a file under `src/`.
  return base === undefined || base === '' ? path.posix.normalize(given) : full
}
