/** The action's host: the runner's log (groups, annotations) through @actions/core. */
import * as core from '@actions/core'
import { runCommand } from '../exec/run.js'
import type { SessionStore } from '../context/types.js'
import { steadyNow, type AnnotationProperties, type GitHubPort, type Host } from '../engine/host.js'
import { currentSha } from '../hosts/console.js'
import { logInert } from './inert-log.js'
import { repositoryPrefix } from './repo-prefix.js'

/** The branch the run is about: a pull request's head branch, else the pushed branch. */
function runBranch(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF
  return env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : null
}

/** `sha`: the commit the workspace has checked out (what `{sha}` names and a deployment records), else GITHUB_SHA. */
export function createActionHost(workspace: string, sha: string | null, github?: GitHubPort, sessionStore?: SessionStore, restoreState?: () => Promise<void>): Host {
  // An annotation's file is the workspace's; GitHub places it by its path from the repository's root (a component in
  // packages/api: packages/api/cfg.yml). The prefix is asked of git only when a message names a file.
  let prefix: string | undefined
  const located = (p?: AnnotationProperties): AnnotationProperties => {
    if (!p?.file) return p ?? {}
    prefix ??= repositoryPrefix(workspace)
    return { ...p, file: prefix ? `${prefix}/${p.file}` : p.file }
  }
  return {
    github,
    sessionStore,
    restoreState,
    workspace,
    sha: sha ?? currentSha(workspace),
    branch: runBranch(),
    info: (message) => logInert(message),
    // warning, error, debug and group names are written as escaped command data by @actions/core.
    warning: (message, p) => core.warning(message, located(p)),
    error: (message, p) => core.error(message, located(p)),
    debug: (message) => core.debug(message),
    mask: (secret) => core.setSecret(secret),
    group: (name, fn) => core.group(name, fn),
    runCommand,
    now: steadyNow
  }
}
