/**
 * Diff-aware mode: which lines a pull request changes, from `git diff --unified=0` between the merge base of the
 * base and head and the head, and the findings that fall on them.
 *
 * git runs without a shell (execFile for the small questions, spawn with streamed output for the diff, so a huge diff
 * costs memory for its changed-line numbers only). The user's git configuration cannot change what we parse: colour,
 * external diff drivers, textconv, prefixes and path quoting of non-ASCII names are all pinned on the command line.
 */
import { execFile, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Added or modified lines on the new side, per workspace-relative file (forward slashes). */
export type ChangedLines = Map<string, Set<number>>

// Kept importable from here; it lives apart so that judging findings does not load git, readline and util.
export { filterFindingsToChanged } from './filter.js'

export interface ChangedLinesOptions {
  /** Workspace root: a git work tree or a directory inside one (paths become relative to it). */
  workspace: string
  /** The base branch, tag or commit (e.g. `origin/main`, the pull request's base sha). */
  base: string
  /** The head commit; `HEAD` when absent. */
  head?: string
}

/** Pinned options: no config, attribute or environment of the user changes the diff text we parse. */
const CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false']

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', [...CONFIG, ...args], { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  return stdout.trim()
}

/** The commit a ref names, or an Error naming the ref. */
async function resolveCommit(cwd: string, ref: string, role: string): Promise<string> {
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) throw new Error(`invalid ${role} ref ${JSON.stringify(ref)}`)
  try {
    return await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
    if (/not a git repository/i.test(stderr)) throw new Error(`${cwd} is not inside a git repository; diff-aware mode needs one`, { cause: error })
    throw new Error(
      `${role} ref "${ref}" does not exist in the repository at ${cwd} (is it fetched? a shallow checkout needs fetch-depth: 0)`,
      { cause: error }
    )
  }
}

/**
 * The lines the head adds or modifies relative to the merge base of `base` and `head`, per file. Renamed files appear
 * under their new path (with only their changed lines, or none for a pure rename); deleted files and binary files are
 * absent; a file whose diff has no added lines (a pure deletion inside it, a mode change) is present with an empty set.
 *
 * @throws Error naming the ref when `base` or `head` does not exist, or when they share no history
 */
export async function changedLines(opts: ChangedLinesOptions): Promise<ChangedLines> {
  const cwd = opts.workspace
  const head = await resolveCommit(cwd, opts.head ?? 'HEAD', 'head')
  const base = await resolveCommit(cwd, opts.base, 'base')
  let mergeBase: string
  try {
    mergeBase = await git(cwd, ['merge-base', base, head])
  } catch (error) {
    throw new Error(
      `base ref "${opts.base}" and head "${opts.head ?? 'HEAD'}" have no common ancestor (a shallow checkout? fetch with fetch-depth: 0)`,
      { cause: error }
    )
  }
  // The repository's .gitattributes are not read: `src/** -diff` (or `binary`) in the change would have git print
  // "Binary files … differ" for every source file, and with no changed line every finding in them was left out — a
  // failing lint gate read 0 issues. git reads them from the directory it runs in, taken for the work tree when
  // --git-dir is given, so it runs in the git directory itself, which holds none, and tells binary files by their
  // content alone; the workspace's place in the repository is given to --relative by its prefix.
  const [gitDir, prefix] = await Promise.all([git(cwd, ['rev-parse', '--absolute-git-dir']), git(cwd, ['rev-parse', '--show-prefix'])])
  const args = [
    '--git-dir',
    gitDir,
    ...CONFIG,
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    ...(prefix ? [`--relative=${prefix}`] : []),
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--ignore-submodules=all',
    mergeBase,
    head,
    '--'
  ]
  return new Promise<ChangedLines>((resolve, reject) => {
    const child = spawn('git', args, { cwd: gitDir, stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    const parser = new DiffParser()
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 8192) stderr += chunk
    })
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity })
    lines.on('line', (line) => parser.line(line))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`git diff ${mergeBase}..${head} failed (exit ${code}): ${stderr.trim()}`))
      else resolve(parser.finish())
    })
  })
}

/** Parses `git diff --unified=0` output line by line, keeping only new-side line numbers. */
export class DiffParser {
  private readonly result: ChangedLines = new Map()
  /** The file of the current `diff --git` block, once known, and whether it is kept. */
  private path: string | undefined
  private header = ''
  private lines: Set<number> | undefined
  private skip = false
  private inHunks = false

  line(text: string): void {
    if (text.startsWith('diff --git ')) {
      this.flush()
      this.header = text.slice('diff --git '.length)
      return
    }
    if (this.skip) return
    if (this.inHunks) {
      if (text.startsWith('@@')) this.hunk(text)
      return // +/-/\ lines of the hunk: the header already told us the new-side range
    }
    if (text.startsWith('@@')) {
      this.inHunks = true
      this.hunk(text)
    } else if (text.startsWith('+++ ')) {
      const name = text.slice(4).replace(/\t$/, '')
      if (name === '/dev/null') this.skip = true // deleted
      else this.path = stripPrefix(unquote(name), 'b/')
    } else if (text.startsWith('deleted file mode ')) {
      this.skip = true
    } else if (text.startsWith('rename to ') || text.startsWith('copy to ')) {
      this.path = unquote(text.slice(text.indexOf(' to ') + 4))
    } else if (text.startsWith('Binary files ') || text === 'GIT binary patch') {
      this.skip = true
    }
  }

  private hunk(text: string): void {
    const match = /^@@@* -[\d,]+ \+(\d+)(?:,(\d+))? @@/.exec(text)
    if (!match) return
    const start = Number(match[1])
    const count = match[2] === undefined ? 1 : Number(match[2])
    this.lines ??= new Set()
    for (let n = start; n < start + count; n++) this.lines.add(n)
  }

  private flush(): void {
    if (this.header !== '' && !this.skip) {
      const file = this.path ?? newPathFromHeader(this.header)
      if (file !== undefined) {
        const seen = this.result.get(file)
        if (seen) for (const n of this.lines ?? []) seen.add(n)
        else this.result.set(file, this.lines ?? new Set())
      }
    }
    this.header = ''
    this.path = undefined
    this.lines = undefined
    this.skip = false
    this.inHunks = false
  }

  finish(): ChangedLines {
    this.flush()
    return this.result
  }
}

function stripPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name
}

/**
 * The new path from a `diff --git a/X b/X` header, for blocks without `+++` or `rename to` lines (an empty new file,
 * a mode change): the two names are equal there, so the split is unambiguous even with spaces in the name.
 */
function newPathFromHeader(header: string): string | undefined {
  if (header.startsWith('"')) {
    const names = [...header.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => unquote(`"${m[1]}"`))
    const last = names.at(-1)
    return last === undefined ? undefined : stripPrefix(last, 'b/')
  }
  if ((header.length - 5) % 2 !== 0 || !header.startsWith('a/')) return undefined
  const length = (header.length - 5) / 2
  const name = header.slice(2, 2 + length)
  return header.slice(2 + length) === ` b/${name}` ? name : undefined
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }

/** git's C-style quoting of unusual path names (`"dir/tab\there"`, octal bytes for UTF-8) undone. */
export function unquote(name: string): string {
  if (!(name.length >= 2 && name.startsWith('"') && name.endsWith('"'))) return name
  const bytes: number[] = []
  const body = name.slice(1, -1)
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c !== '\\') {
      const point = body.codePointAt(i) ?? 0
      if (point > 0xffff) i++ // the second half of a surrogate pair
      bytes.push(...Buffer.from(String.fromCodePoint(point), 'utf8'))
      continue
    }
    const next = body[++i] ?? ''
    if (/[0-7]/.test(next)) {
      const octal = body.slice(i, i + 3)
      bytes.push(parseInt(octal, 8) & 0xff)
      i += octal.length - 1
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0))
  }
  return Buffer.from(bytes).toString('utf8')
}
