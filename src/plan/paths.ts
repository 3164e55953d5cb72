/** Workspace-relative paths as the plan stores and compares them: forward slashes, no `./`, no trailing `/`. */
import { posix } from 'node:path'

/** The whole workspace, as a path: every file is under it. */
export const ROOT_PATH = '.'

/** Characters that make a path a glob pattern rather than a literal path. */
const GLOB_MAGIC = /[*?[\]{}]/

/**
 * A path relative to the workspace, normalized (`./src//a/` → `src/a`, `.` for the workspace itself); a string saying
 * why it is unusable otherwise (empty, absolute, reaching outside the workspace, a control character).
 */
export function normalizeRelative(raw: string): { path: string } | { error: string } {
  const slashed = raw.replace(/\\/g, '/').trim()
  if (slashed === '') return { error: 'is empty' }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(slashed)) return { error: 'contains a control character' }
  if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed)) return { error: 'is absolute; give it relative to the repository root' }
  let path = posix.normalize(slashed)
  while (path.endsWith('/') && path.length > 1) path = path.slice(0, -1)
  if (path === '..' || path.startsWith('../')) return { error: 'reaches outside the repository' }
  return { path: path === '' ? ROOT_PATH : path }
}

/**
 * The literal directory a path stands for when matching changed files. A path with glob characters (`src/a/**`,
 * `lib/*.py`) is matched by the directories before its first glob segment: that selects a component at least as
 * often as the glob would, never less.
 */
export function matchPrefix(path: string): string {
  if (!GLOB_MAGIC.test(path)) return path
  const literal: string[] = []
  for (const segment of path.split('/')) {
    if (GLOB_MAGIC.test(segment)) break
    literal.push(segment)
  }
  return literal.length === 0 ? ROOT_PATH : literal.join('/')
}

/** Whether `file` (workspace-relative) is `path` itself or lies under it; `.` holds every file. */
export function isUnder(file: string, path: string): boolean {
  const prefix = matchPrefix(path)
  return prefix === ROOT_PATH || file === prefix || file.startsWith(`${prefix}/`)
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
