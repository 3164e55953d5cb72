/** The action's host: the runner's log (groups, annotations) through @actions/core. */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { runCommand } from '../exec/run.js'
import type { SessionStore } from '../context/types.js'
import type { GitHubPort, Host } from '../engine/host.js'
import { currentSha } from '../hosts/console.js'

/**
 * A line the runner would read as a workflow command: `::` at the start of any line, after leading whitespace (the
 * runner trims it with .NET's `TrimStart`, whose whitespace also has U+0085 NEXT LINE, which JavaScript's `\s` has
 * not), or the legacy `##[` anywhere in a line (the runner's `ActionCommand.TryParse` looks for it with `IndexOf`, so
 * `[testing] 50% ##[stop-commands]x` is a command: it would silence every later `::add-mask::`). The runner breaks
 * lines at `\n`, `\r\n` and a bare `\r`.
 */
const COMMAND_LINE = /(?:^|[\r\n])[\s\u0085]*::|##\[/

/**
 * Writes a message to the job log so that none of its lines acts as a workflow command: when one could, the message
 * is framed by `::stop-commands::<random token>` and `::<token>::` (the runner's own switch; the token cannot be
 * guessed by the text inside).
 */
export function logInert(message: string, write: (line: string) => void = core.info): void {
  if (!COMMAND_LINE.test(message)) {
    write(message)
    return
  }
  const token = randomUUID()
  write(`::stop-commands::${token}`)
  write(message)
  write(`::${token}::`)
}

/** The branch the run is about: a pull request's head branch, else the pushed branch. */
function runBranch(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF
  return env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : null
}

export function createActionHost(workspace: string, github?: GitHubPort, sessionStore?: SessionStore, restoreState?: () => Promise<void>): Host {
  return {
    github,
    sessionStore,
    restoreState,
    workspace,
    sha: currentSha(workspace),
    branch: runBranch(),
    info: (message) => logInert(message),
    // warning, error, debug and group names are written as escaped command data by @actions/core.
    warning: (message, p) => core.warning(message, p ?? {}),
    error: (message, p) => core.error(message, p ?? {}),
    debug: (message) => core.debug(message),
    mask: (secret) => core.setSecret(secret),
    group: (name, fn) => core.group(name, fn),
    runCommand,
    now: () => Date.now()
  }
}
