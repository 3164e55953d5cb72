/** The CLI's host: progress on stdout, problems on stderr, commands through the shared runner. */
import { execFileSync } from 'node:child_process'
import { headCommitRead } from '../exec/git-index.js'
import { mayBeGit } from '../exec/git-location.js'
import { runCommand } from '../exec/run.js'
import { steadyNow, type AnnotationProperties, type Host } from '../engine/host.js'
import { isJobLog, writeInert } from './workflow-commands.js'

export interface ConsoleHostOptions {
  workspace: string
  /** Print debug lines (also SPEC_TO_PRODUCTION_DEBUG=1). */
  verbose?: boolean
  /** Where lines go; default process.stdout / process.stderr. */
  out?: (line: string) => void
  err?: (line: string) => void
  /**
   * Whether the lines land in an Actions job log, where the runner reads workflow commands (default: see isJobLog,
   * for stdout). Test names and tool messages are then framed so that none acts as one (see writeInert).
   */
  jobLog?: boolean
}

export function createConsoleHost(options: ConsoleHostOptions): Host {
  const rawOut = options.out ?? ((line: string) => void process.stdout.write(`${line}\n`))
  const rawErr = options.err ?? ((line: string) => void process.stderr.write(`${line}\n`))
  const jobLog = options.jobLog ?? isJobLog(1)
  const out = jobLog ? (line: string) => writeInert(line, rawOut) : rawOut
  const err = jobLog ? (line: string) => writeInert(line, rawErr) : rawErr
  const verbose = options.verbose ?? process.env.SPEC_TO_PRODUCTION_DEBUG === '1'
  // The place an annotation would have, before the message, unless the message names it already.
  const where = (p?: AnnotationProperties, message = '') => {
    const place = p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ''}` : ''
    return place === '' || message.includes(`${place}:`) ? '' : `${place}: `
  }
  const started = steadyNow()
  const elapsed = () => `[${((steadyNow() - started) / 1000).toFixed(1).padStart(5)}s]`
  return {
    workspace: options.workspace,
    sha: currentSha(options.workspace),
    info: (message) => out(`${elapsed()} ${message}`),
    warning: (message, p) => err(`${elapsed()} warning: ${where(p, message)}${message}`),
    error: (message, p) => err(`${elapsed()} error: ${where(p, message)}${message}`),
    debug: (message) => {
      if (verbose) err(`${elapsed()} debug: ${message}`)
    },
    group: async (name, fn) => {
      out(`${elapsed()} ── ${name} ${'─'.repeat(Math.max(0, 50 - name.length))}`)
      return fn()
    },
    runCommand,
    now: steadyNow
  }
}

/** The commit being judged: GITHUB_SHA in Actions, else the repository's HEAD, else unknown. */
export function currentSha(workspace: string): string | null {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA
  // No repository here or above: no process started only to learn it. HEAD read from its files where git would read
  // it so (a synchronous git process at start-up, ~2-5 ms); git asked otherwise.
  if (!mayBeGit(workspace)) return null
  const read = headCommitRead(workspace)
  if (read !== undefined) return read
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, env: process.env, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}
