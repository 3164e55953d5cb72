/**
 * The directory a run or a command works in. It must exist: a mistyped `--workspace pakages/api` (or `working-directory`
 * input) was created by the first file written there — the report, the dashboard, `init`'s configuration — and the run
 * then failed on "configuration file not found" or a preset of an empty directory, never on the typo.
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigurationError } from './types.js'

/** `dir` (default the current directory) made absolute; a ConfigurationError naming `option` when it is no directory. */
export function workspaceDirectory(dir: string | undefined, option = '--workspace'): string {
  const absolute = resolve(dir ?? process.cwd())
  let isDirectory: boolean
  try {
    isDirectory = statSync(absolute).isDirectory()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ConfigurationError(`${option} ${dir ?? absolute}: no such directory (give the repository's root, which must exist)`)
    }
    throw new ConfigurationError(`${option} ${dir ?? absolute}: cannot be read: ${(error as Error).message}`)
  }
  if (!isDirectory) throw new ConfigurationError(`${option} ${dir ?? absolute}: not a directory (give the repository's root)`)
  return absolute
}
