/**
 * Files of the component that a linter or secret scanner left out. eslint and secretlint list every file they checked;
 * a file they were never given, or that their configuration skips (eslint's `ignores`, `.eslintignore`, a `files`
 * pattern that does not match `.mts` or `.jsx`; `.secretlintignore`), is absent from that list. A pull request can add
 * such a file, or widen what is skipped, and the gate would still say "0 issues" of the files that were checked: the
 * tracked files of the component's source paths that the report does not list are named instead.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { FindingsReport } from '../../reports/types.js'

const run = promisify(execFile)

/** Longest list of tracked files read (a source path holding more is not searched). */
const MAX_TRACKED = 200_000

/** Most file names kept in a gate's details; the count stays exact. */
export const MAX_NAMED = 50

/** Files eslint lints: JavaScript and TypeScript in their module flavours (declarations are left out). */
const LINTABLE = /\.(?:[cm]?[jt]s|[jt]sx)$/
const DECLARATION = /\.d\.[cm]?ts$/

/**
 * The files git tracks under `sources` (workspace-relative, forward slashes), or null when that cannot be told: the
 * sources are the whole workspace or unknown, the workspace is not a git work tree, or there are too many.
 */
export async function trackedUnder(workspace: string, sources: readonly string[] | undefined): Promise<string[] | null> {
  if (!sources || sources.length === 0 || sources.includes('.')) return null
  try {
    const { stdout } = await run('git', ['ls-files', '-z', '--', ...sources], { cwd: workspace, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })
    const tracked = stdout.split('\0').filter(Boolean)
    return tracked.length > MAX_TRACKED ? null : tracked
  } catch {
    return null
  }
}

/**
 * The tracked files of the component a report that lists its files did not list, sorted; null when the report does not
 * list its files or the component's files cannot be told. eslint: only files it could lint (JavaScript, TypeScript);
 * a secret scanner: every file.
 */
export function filesNotChecked(report: FindingsReport, tracked: readonly string[] | null, secrets: boolean): string[] | null {
  if (tracked === null || report.checked_files === undefined || report.checked_files.length === 0) return null
  const checked = new Set(report.checked_files)
  const wanted = secrets ? () => true : (file: string) => LINTABLE.test(file) && !DECLARATION.test(file)
  return tracked.filter((file) => wanted(file) && !checked.has(file)).sort()
}

/** The warning naming them: a caveat on every surface ("not checked"), never a clean pass. */
export function notCheckedWarning(tool: string, files: readonly string[], secrets: boolean): string {
  const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … (${files.length} in all)` : '')
  const how = secrets
    ? `${tool}'s report does not list them: they were not given to it or its configuration ignores them (.secretlintignore, a '!' glob), so a secret in them is not counted`
    : `${tool}'s report does not list them: they were not given to it or its configuration skips them (ignores, .eslintignore, a files pattern or --ext that does not match them), so their problems are not counted`
  return `${files.length} tracked file(s) of the component not checked by ${tool} (${shown}): ${how}`
}
