/** The action's host: the runner's log (groups, annotations) through @actions/core. */
import * as core from '@actions/core'
import { runCommand } from '../exec/run.js'
import type { SessionStore } from '../context/types.js'
import type { GitHubPort, Host } from '../engine/host.js'
import { currentSha } from '../hosts/console.js'

export function createActionHost(workspace: string, github?: GitHubPort, sessionStore?: SessionStore, restoreState?: () => Promise<void>): Host {
  return {
    github,
    sessionStore,
    restoreState,
    workspace,
    sha: currentSha(workspace),
    info: (message) => core.info(message),
    warning: (message, p) => core.warning(message, p ?? {}),
    error: (message, p) => core.error(message, p ?? {}),
    debug: (message) => core.debug(message),
    group: (name, fn) => core.group(name, fn),
    runCommand,
    now: () => Date.now()
  }
}
