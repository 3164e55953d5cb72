/**
 * Plain commands without the shell in between.
 *
 * `bash -c 'word word…'` with one simple command execs that command in place of itself (no fork), after setting
 * PWD, SHLVL, OLDPWD and `_` in the environment. Doing that here saves starting bash for each gate command such as
 * `npx jest --ci`. Only a command line made of plain words qualifies: no quotes, escapes, variables, globs, tilde,
 * braces, redirections, pipes, lists, comments or assignments, and a first word that is neither a bash builtin nor
 * a keyword. Anything else, and any environment that could change what bash does (BASH_ENV, exported functions,
 * SHELLOPTS…), goes through bash as before. The process started is the same either way (the command as group
 * leader), and its exit code, signals and environment are what bash would have given it.
 */
import { accessSync, closeSync, constants, openSync, readSync, realpathSync, statSync } from 'node:fs'
import { basename, isAbsolute } from 'node:path'

export interface DirectCommand {
  file: string
  args: string[]
  argv0: string
  env: NodeJS.ProcessEnv
}

/** Characters a plain word may hold; `=` is also allowed after the first word. */
const WORD = /^[A-Za-z0-9_./:@%+,-]+$/
const ARG = /^[A-Za-z0-9_./:@%+,=-]+$/

// compgen -b; compgen -k (bash 5)
const BASH_WORDS = new Set(
  (
    '. : [ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown echo ' +
    'enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd ' +
    'printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type ' +
    'typeset ulimit umask unalias unset wait ' +
    'if then else elif fi case esac for select while until do done in function time { } ! [[ ]] coproc'
  ).split(' ')
)

/** Environment variables that change how bash starts or runs a command: with any of them set, bash runs it. */
function shellAffectingEnv(env: NodeJS.ProcessEnv): boolean {
  for (const key of Object.keys(env)) {
    if (env[key] === undefined) continue
    if (key.startsWith('BASH') || key === 'SHELLOPTS' || key === 'POSIXLY_CORRECT' || key === 'ENV') return true
  }
  return false
}

/**
 * How to run `command` without a shell, or undefined when it needs one. `shell` is the shell that would run it:
 * only bash's behaviour is reproduced.
 */
export function directCommand(command: string, shell: string, env: NodeJS.ProcessEnv, cwd: string): DirectCommand | undefined {
  if (basename(shell) !== 'bash') return undefined
  const words = command.split(/[ \t]+/).filter((w) => w !== '')
  if (words.length === 0) return undefined
  const [first, ...args] = words
  if (!WORD.test(first) || BASH_WORDS.has(first) || !args.every((a) => ARG.test(a))) return undefined
  if (shellAffectingEnv(env)) return undefined
  const shlvl = shellLevel(env.SHLVL)
  if (shlvl === undefined) return undefined
  const file = first.includes('/') ? first : searchPath(first, env.PATH)
  if (file === undefined || !kernelExecutable(file, cwd)) return undefined
  let pwd: string
  try {
    pwd = workingDirectory(env.PWD, cwd)
  } catch {
    return undefined
  }
  const out: NodeJS.ProcessEnv = { ...env, PWD: pwd, SHLVL: shlvl, _: file }
  if (out.OLDPWD !== undefined && !isDirectory(out.OLDPWD)) delete out.OLDPWD
  return { file, args, argv0: first, env: out }
}

/** SHLVL as bash leaves it for a command it execs (incremented at start, decremented for the exec). */
function shellLevel(value: string | undefined): string | undefined {
  if (value === undefined) return '0'
  if (!/^[0-9]{1,3}$/.test(value)) return undefined
  const n = Number(value)
  return n < 999 ? String(n) : undefined
}

/** Bash keeps an inherited PWD naming the working directory, else sets the physical path. */
function workingDirectory(inherited: string | undefined, cwd: string): string {
  const here = statSync(cwd)
  if (inherited !== undefined && isAbsolute(inherited)) {
    try {
      const there = statSync(inherited)
      if (there.dev === here.dev && there.ino === here.ino) return inherited
    } catch {
      // not there
    }
  }
  return realpathSync.native(cwd)
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The first executable regular file named `name` in PATH, as bash finds it; undefined (let bash decide and say
 * why) when there is none, or when PATH is unset or has an entry that is not a plain absolute directory.
 */
function searchPath(name: string, path: string | undefined): string | undefined {
  if (!path) return undefined
  const dirs = path.split(':')
  if (dirs.some((d) => !d.startsWith('/') || (d.length > 1 && d.endsWith('/')))) return undefined
  for (const dir of dirs) {
    const candidate = dir === '/' ? `/${name}` : `${dir}/${name}`
    try {
      if (!statSync(candidate).isFile()) continue
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here, or not executable: bash looks on
    }
  }
  return undefined
}

/**
 * True when the kernel execs `file` itself (ELF or `#!`). Anything else bash runs as a script, where a plain exec
 * would hand it to /bin/sh.
 */
function kernelExecutable(file: string, cwd: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(isAbsolute(file) ? file : `${cwd}/${file}`, constants.O_RDONLY | constants.O_NONBLOCK)
    const head = Buffer.alloc(4)
    const n = readSync(fd, head, 0, 4, 0)
    return (n >= 2 && head[0] === 0x23 && head[1] === 0x21) || (n === 4 && head.toString('latin1') === '\x7fELF')
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
