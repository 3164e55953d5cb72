/**
 * Files of the component that a linter or secret scanner left out. eslint and secretlint list every file they checked;
 * a file they were never given, or that their configuration skips (eslint's `ignores`, `.eslintignore`, a `files`
 * pattern that does not match `.mts` or `.jsx`; `.secretlintignore`), is absent from that list. A pull request can add
 * such a file, or widen what is skipped, and the gate would still say "0 issues" of the files that were checked: the
 * tracked files of the component's source paths that the report does not list are named instead.
 */
import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { isAbsolute, join, posix } from 'node:path'
import { promisify } from 'node:util'
import { mayBeGit } from '../../exec/git-location.js'
import { indexListing } from '../../exec/git-index.js'
import { findOptOut, optOutApplies, secretAllowComments, type OptOut, type OptOutFamily } from '../../gates/opt-outs.js'
import type { FindingsReport } from '../../reports/types.js'

const run = promisify(execFile)

/** Longest list of tracked files read (a source path holding more is not searched). */
const MAX_TRACKED = 200_000

/** Most file names kept in a gate's details; the count stays exact. */
export const MAX_NAMED = 50

/** Files eslint lints: JavaScript and TypeScript in their module flavours (declarations are left out). */
const LINTABLE = /\.(?:[cm]?[jt]s|[jt]sx)$/
const DECLARATION = /\.d\.[cm]?ts$/
/** What secretlint never scans, whatever it is told (its DEFAULT_IGNORE_PATTERNS): its own configuration, node_modules. */
const SECRETLINT_DEFAULT_IGNORES = /(?:^|\/)(?:node_modules\/|\.secretlintrc(?:\.(?:json|yaml|yml|js)|\/|$)|\.secretlintignore)/

/**
 * The files git tracks under `sources` (workspace-relative, forward slashes; not symbolic links or submodules), or
 * null when that cannot be told: the sources are the whole workspace or unknown (unless `whole`: then every tracked
 * file), the workspace is not a git work tree, or there are too many. Several questions about one stage's files go
 * through a {@link TrackedFiles}, which asks git once.
 */
export async function trackedUnder(workspace: string, sources: readonly string[] | undefined, opts: { whole?: boolean } = {}): Promise<string[] | null> {
  const whole = !sources || sources.length === 0 || sources.includes('.')
  if (whole && !opts.whole) return null
  const listed = await listTracked(workspace, whole ? ['.'] : sources)
  return listed === null || listed === 'too-many' || listed.length > MAX_TRACKED ? null : listed
}

/**
 * The tracked files of a workspace, listed by git once and then filtered for each question: the linter, the secret
 * scanner, the opt-out search and the type checker's configuration search of one stage each asked git on their own
 * (a process each, and a walk of the whole index in a large repository).
 */
export class TrackedFiles {
  private all?: Promise<string[] | null | 'too-many'>
  constructor(private readonly workspace: string) {}

  /** What {@link trackedUnder} answers, from one listing of the workspace. */
  async under(sources: readonly string[] | undefined, opts: { whole?: boolean } = {}): Promise<string[] | null> {
    const whole = !sources || sources.length === 0 || sources.includes('.')
    if (whole && !opts.whole) return null
    const all = await (this.all ??= listTracked(this.workspace, ['.']))
    if (all === null) return null
    // The whole listing is too long to read: the component's own paths may still be few enough, asked of git alone.
    if (all === 'too-many') return whole ? null : trackedUnder(this.workspace, sources)
    const found = whole ? all : all.filter((file) => sources!.some((s) => file === s || file.startsWith(`${s}/`)))
    return found.length > MAX_TRACKED ? null : found
  }
}

/** Most bytes of `git ls-files` output read (about half a million paths). */
const MAX_LISTING_BYTES = 64 * 1024 * 1024

/**
 * `git ls-files` of `pathspecs` as workspace-relative paths of regular files (symbolic links, 120000, and submodules,
 * 160000, are not files a tool reads under their own name: a scan lists what they lead to, or nothing); null when the
 * workspace is not a git work tree or git fails; 'too-many' when the listing outgrows what is read.
 */
async function listTracked(workspace: string, pathspecs: readonly string[]): Promise<string[] | null | 'too-many'> {
  // No `.git` here or above (and no GIT_DIR): no process started only to learn there is no repository.
  if (!mayBeGit(workspace)) return null
  const whole = pathspecs.length === 1 && pathspecs[0] === '.'
  const dirs = whole ? [] : plainDirectories(pathspecs)
  if (whole || dirs !== null) {
    // The workspace's listing, which the test history and the checks make anyway and keep while the index is
    // unchanged, filtered here: a path of plain names matches what it names and what is under it, as git matches it.
    const listing = await indexListing(workspace)
    if (listing === null) return null
    const tooMany = listing === 'too-many' || listing.bytes > MAX_LISTING_BYTES
    if (whole || !tooMany) {
      if (tooMany) return 'too-many'
      const files = listing.entries.filter((e) => e.mode !== '120000' && e.mode !== '160000').map((e) => e.path)
      return [...new Set(whole ? files : files.filter((file) => dirs!.some((d) => file === d || file.startsWith(`${d}/`))))]
    }
    // The whole listing is too long to read: the paths asked about may still be few enough, asked of git alone.
  }
  try {
    const { stdout } = await run('git', ['ls-files', '-s', '-z', '--', ...pathspecs], { cwd: workspace, env: process.env, maxBuffer: MAX_LISTING_BYTES, encoding: 'utf8' })
    return [
      ...new Set(
        stdout
          .split('\0')
          .filter(Boolean)
          .flatMap((entry) => {
            const m = /^(\d{6}) [0-9a-f]+ \d\t(.*)$/s.exec(entry)
            return m && m[1] !== '120000' && m[1] !== '160000' ? [m[2]] : []
          })
      )
    ]
  } catch (error) {
    return (error as { code?: unknown }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' ? 'too-many' : null
  }
}

/**
 * `pathspecs` as the workspace-relative paths git matches them as, when each is a plain path (no glob or pathspec
 * magic, none above the workspace, git not told to match paths case-insensitively); null when git must match them.
 */
function plainDirectories(pathspecs: readonly string[]): string[] | null {
  if (process.env.GIT_ICASE_PATHSPECS || process.env.GIT_GLOB_PATHSPECS) return null
  const out: string[] = []
  for (const spec of pathspecs) {
    if (spec === '' || /[*?[\\]|^:/.test(spec) || isAbsolute(spec)) return null
    const path = posix.normalize(spec).replace(/\/+$/, '')
    if (path === '.' || path === '..' || path.startsWith('../')) return null
    out.push(path)
  }
  return out
}

/**
 * The tracked files of the component a report that lists its files did not list, sorted; null when the report does not
 * list its files or the component's files cannot be told. eslint: only files it could lint (JavaScript, TypeScript);
 * a secret scanner: every file.
 */
export function filesNotChecked(report: FindingsReport, tracked: readonly string[] | null, secrets: boolean): string[] | null {
  if (tracked === null || report.checked_files === undefined || report.checked_files.length === 0) return null
  const checked = new Set(report.checked_files)
  const wanted = secrets
    ? (file: string) => report.tool !== 'secretlint' || !SECRETLINT_DEFAULT_IGNORES.test(file)
    : (file: string) => LINTABLE.test(file) && !DECLARATION.test(file)
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

/** Most files read for opt-out comments. */
const MAX_OPT_OUT_FILES = 20_000
/** Largest part of a file read for opt-out and allow comments (512 MiB: past it, a Buffer's limits near). */
const MAX_SCANNED_BYTES = 512 * 1024 * 1024

/**
 * The tracked files of the component that opt out of `family`'s checker with a file-wide comment (`// @ts-nocheck`,
 * `# mypy: ignore-errors`, `# ruff: noqa`, `# pylint: skip-file`), each with its line and directive, sorted by path.
 */
export async function optOutsIn(workspace: string, tracked: readonly string[], family: OptOutFamily): Promise<Array<OptOut & { file: string }>> {
  const out: Array<OptOut & { file: string }> = []
  for (const file of tracked.filter((f) => optOutApplies(family, f)).slice(0, MAX_OPT_OUT_FILES)) {
    // The whole file, as the checker reads it: an opt-out after any amount of padding still takes effect.
    const text = await readHead(join(workspace, file), MAX_SCANNED_BYTES)
    const found = text === null ? null : findOptOut(family, text)
    if (found) out.push({ file, ...found })
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
}

/** The first `max` bytes of a regular file as text, or null (not a regular file, unreadable). */
export async function readHead(path: string, max: number): Promise<string | null> {
  let handle
  try {
    // O_NONBLOCK: a tracked symbolic link to a FIFO must not hang the run; only a regular file is read.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const info = await handle.stat()
    if (!info.isFile()) return null
    const buffer = Buffer.alloc(Math.min(info.size, max))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch {
    return null
  } finally {
    await handle?.close()
  }
}

/** The warning naming them: a caveat on every surface ("not checked"). */
export function optOutWarning(tool: string, found: ReadonlyArray<OptOut & { file: string }>): string {
  const shown = found.slice(0, 5).map((o) => `${o.file}:${o.line} ${o.directive}`).join(', ') + (found.length > 5 ? `, … (${found.length} in all)` : '')
  return `${found.length} file(s) of the component opt out of ${tool} with a file-wide comment and are not checked by it (${shown}): their problems are not counted`
}

/**
 * The comments in `files` that tell the secret scanner `tool` not to report (`secretlint-disable`, `pragma: allowlist
 * secret`, `gitleaks:allow`), each with its file and line, sorted by path.
 */
export async function secretAllowsIn(workspace: string, files: readonly string[], tool: string): Promise<Array<OptOut & { file: string }>> {
  const out: Array<OptOut & { file: string }> = []
  for (const file of files.slice(0, MAX_OPT_OUT_FILES)) {
    if (file.startsWith('../') || file.startsWith('/')) continue
    // The whole file, as the scanner read it: a comment after any amount of padding still hides what follows it.
    const text = await readHead(join(workspace, file), MAX_SCANNED_BYTES)
    if (text !== null) for (const found of secretAllowComments(tool, text)) out.push({ file, ...found })
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
}

/** The warning naming them: a caveat on every surface ("not checked"). */
export function secretAllowWarning(tool: string, found: ReadonlyArray<OptOut & { file: string }>): string {
  const shown = found.slice(0, 5).map((o) => `${o.file}:${o.line} ${o.directive}`).join(', ') + (found.length > 5 ? `, … (${found.length} in all)` : '')
  return `${found.length} comment(s) in the component's files tell ${tool} not to report secrets (${shown}): what they cover is not checked by it, and its report says nothing of what they hid`
}
