/**
 * `"noCheck": true` in a tsconfig's `compilerOptions` (TypeScript 5.5 and later) turns type checking off for the whole
 * project: tsc then prints nothing and exits 0 whatever the code holds, so the gate read "0 errors" of a check that did
 * not happen. Measured with tsc 6.0.3: `const x: string = 5` under `noCheck` gives exit status 0 and no output.
 *
 * The tracked tsconfig files are read as tsc reads them (JSON with comments and trailing commas), following `extends`
 * (a path, or a list of them) within the workspace; an `extends` that names a package is not followed.
 */
import { dirname, join, posix } from 'node:path'
import { readTextFile } from '../reports/read.js'

/**
 * Largest type checker configuration read. Only regular files are read: a tracked tsconfig.json that is a symbolic link
 * to /dev/zero was read to V8's string limit (600 MB and 2 s for each such file). The bound is above the largest file
 * GitHub accepts (100 MB), so no pushed configuration is left unread.
 */
export const TYPE_CONFIG_MAX_BYTES = 128 * 1024 * 1024

/** A tsconfig whose effective `compilerOptions.noCheck` is true, and the file that sets it (itself or one it extends). */
export interface NoCheckProject {
  file: string
  setBy: string
}

/** Tracked files tsc reads as project configurations. */
export function isTsConfig(file: string): boolean {
  return /(?:^|\/)[jt]sconfig[^/]*\.json$/.test(file)
}

/**
 * The text of a tsconfig as JSON: comments removed (outside strings) and trailing commas dropped, as tsc accepts them.
 * Parsed with JSON.parse; null when it is not a JSON object even so (tsc would refuse it too, and say so).
 */
export function parseTsConfig(text: string): Record<string, unknown> | null {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '"') {
      const end = stringEnd(text, i)
      out += text.slice(i, end)
      i = end
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      i = end === -1 ? text.length : end + 2
      out += ' '
    } else {
      out += c
      i++
    }
  }
  try {
    const value: unknown = JSON.parse(out.replace(/,(\s*[}\]])/g, '$1').replace(/^\uFEFF/, ''))
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The index just past the string that starts at `start` (a `"`), escapes included. */
function stringEnd(text: string, start: number): number {
  let i = start + 1
  while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1
  return Math.min(i + 1, text.length)
}

/**
 * The tracked tsconfig files (workspace-relative) whose effective `noCheck` is true. A file's own `noCheck` wins over
 * what it extends (tsc's order: the extended files first, each later one overriding).
 */
export async function noCheckProjects(workspace: string, configs: readonly string[]): Promise<NoCheckProject[]> {
  const cache = new Map<string, Promise<Record<string, unknown> | null>>()
  const read = (file: string) => {
    if (!cache.has(file)) cache.set(file, Promise.resolve(readTextFile(join(workspace, file), TYPE_CONFIG_MAX_BYTES)).then((text) => (text === null ? null : parseTsConfig(text))))
    return cache.get(file)!
  }
  /** Who sets noCheck for `file`: the file itself, the last extended file that does, or null (unset or false). */
  const setter = async (file: string, depth: number): Promise<string | null> => {
    const config = await read(file)
    if (!config) return null
    const options = config.compilerOptions
    if (options && typeof options === 'object' && 'noCheck' in options) return (options as Record<string, unknown>).noCheck === true ? file : null
    if (depth >= 10) return null
    const bases = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends.filter((e): e is string => typeof e === 'string') : []
    let found: string | null = null
    for (const base of bases) {
      if (!base.startsWith('.')) continue // a package's configuration: not followed
      const path = posix.normalize(posix.join(dirname(file).replace(/\\/g, '/'), base.endsWith('.json') ? base : `${base}.json`))
      if (path.startsWith('../')) continue
      found = (await setter(path, depth + 1)) ?? found
    }
    return found
  }
  const out: NoCheckProject[] = []
  for (const file of configs) {
    const setBy = await setter(file, 0)
    if (setBy) out.push({ file, setBy })
  }
  return out
}

/** The project files a tsc command names (`-p X`, `--project X`, `-b X …`), workspace-relative; empty when none. */
export function projectsOfCommand(command: string): string[] {
  const words = command.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ''))
  const out: string[] = []
  for (const [i, word] of words.entries()) {
    if ((word === '-p' || word === '--project') && words[i + 1]) out.push(words[i + 1])
    if (word.startsWith('--project=')) out.push(word.slice('--project='.length))
    if (word === '-b' || word === '--build') {
      for (const next of words.slice(i + 1)) {
        if (next.startsWith('-') || /[;&|>]/.test(next)) break
        out.push(next)
      }
    }
  }
  return out.map((p) => {
    const normal = posix.normalize(p.replace(/\\/g, '/')).replace(/\/$/, '')
    return normal.endsWith('.json') ? normal : `${normal === '.' ? '' : `${normal}/`}tsconfig.json`
  })
}
