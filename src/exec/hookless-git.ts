/**
 * git as the product's own operations run it when they may write (a worktree, a commit, a push, a fetch): with the
 * repository's hooks off — `worktree add` runs post-checkout, commit post-commit, push pre-push, every ref update
 * reference-transaction, hooks the repository's tooling may install (husky points `core.hooksPath` at the change's own
 * `.husky/`) — and with the environment a command gets, never the action's inputs or runtime token.
 */
import { execFile } from 'node:child_process'
import { devNull } from 'node:os'
import { promisify } from 'node:util'
import { inheritedEnvironment } from './environment.js'

const run = promisify(execFile)

/** git's standard output; `env` is laid over the inherited environment. */
export async function hooklessGit(cwd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; timeout?: number; maxBuffer?: number; signal?: AbortSignal } = {}): Promise<string> {
  const { stdout } = await run('git', ['-c', `core.hooksPath=${devNull}`, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: opts.maxBuffer ?? 256 * 1024 * 1024,
    ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    env: { ...inheritedEnvironment(process.env), ...opts.env }
  })
  return stdout
}

/**
 * The environment of a git call that may talk to a remote: never a prompt for credentials (none can be answered in
 * CI); a checkout without them fails at once, saying why.
 */
export const NO_PROMPT: NodeJS.ProcessEnv = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' }
