/**
 * Where git would find a repository, told from the directories alone: so that no git process is started (a few
 * milliseconds each, some of them synchronous) only to learn there is none.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The nearest directory, `dir` or one above it, that holds a `.git` (a directory, or a linked work tree's file); null when none does. */
export function dotGitDirectory(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d
    if (dirname(d) === d) return null
  }
}

/** Whether git could find a repository for `dir`: a `.git` in it or above it, or GIT_DIR set. */
export function mayBeGit(dir: string): boolean {
  return Boolean(process.env.GIT_DIR) || dotGitDirectory(dir) !== null
}

/** Variables that move git's directory, index or work tree away from where the `.git` found here says. */
const STEERING = ['GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY']

/** Whether git is steered by the environment: then what the `.git` found here says is not what git reads. */
export function gitSteered(): boolean {
  return STEERING.some((name) => Boolean(process.env[name]))
}
