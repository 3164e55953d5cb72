/**
 * The `uses:` reference of the action, for the workflow `init` writes: `owner/name@v<major>`. The repository comes
 * from the first source that names it — package.json's `repository` field, else `GITHUB_ACTION_REPOSITORY` (set when
 * the CLI runs inside the action), else the github.com `origin` of the action's own git checkout (the directory the
 * CLI runs from) — and the ref is the major of package.json's version. When no source names the repository, the
 * reference is a placeholder, and the caller must say so loudly: a workflow with it cannot run.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, realpathSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import manifest from '../../package.json' with { type: 'json' }

/** The repository part of the placeholder reference. */
const PLACEHOLDER_REPOSITORY = 'org/spec-to-production'
export const PLACEHOLDER_TODO = "# TODO: replace with the action's owner/name"

export interface ActionSources {
  /** package.json's `repository` field, as written (a string or `{ type, url, directory }`). */
  repository?: unknown
  /** package.json's `version`. */
  version?: unknown
  /** package.json's `name`: the checkout whose root holds a package.json of this name is the action's own. */
  name?: unknown
  env: Record<string, string | undefined>
  /** The directory the CLI runs from; null: no checkout to ask. */
  cliDir: string | null
}

export type ActionReference =
  | { known: true; uses: string; from: string }
  | { known: false; uses: string; why: string }

/** The sources of this build: its package.json (bundled in), the environment, the CLI's own directory. */
export function defaultSources(): ActionSources {
  const pkg = manifest as { name?: unknown; version?: unknown; repository?: unknown }
  return { repository: pkg.repository, version: pkg.version, name: pkg.name, env: process.env, cliDir: dirname(fileURLToPath(import.meta.url)) }
}

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})'
const NAME = '[A-Za-z0-9._-]{1,100}'
const OWNER_NAME = new RegExp(`^(${OWNER})/(${NAME})$`)

/** `owner/name` when both parts are valid GitHub names (a trailing `.git` dropped), else null. */
function ownerName(owner: string, name: string): string | null {
  const repo = name.replace(/\.git$/i, '')
  if (!new RegExp(`^${OWNER}$`).test(owner) || !new RegExp(`^${NAME}$`).test(repo) || repo === '.' || repo === '..') return null
  return `${owner}/${repo}`
}

/**
 * `owner/name` of a git URL whose host is github.com: `https://github.com/o/n(.git)`, `git+https://…`, `git://…`,
 * `ssh://git@github.com/o/n`, `git+ssh://…`, `git@github.com:o/n.git`; null for any other host or form.
 */
export function githubRemote(url: string): string | null {
  const text = url.trim().replace(/#.*$/, '')
  const full = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/\s]+@)?(?:www\.)?github\.com(?::\d+)?\/([^/\s]+)\/([^/\s]+?)\/?$/i.exec(text)
  if (full) return ownerName(full[1], full[2])
  const scp = /^(?:[^@/\s]+@)?github\.com:\/?([^/\s]+)\/([^/\s]+?)\/?$/i.exec(text)
  if (scp) return ownerName(scp[1], scp[2])
  return null
}

/**
 * The action's `owner/name` (with `/directory` when the package lives in a sub-directory) from package.json's
 * `repository` field: npm's shorthands `github:owner/name` and `owner/name`, or a github.com URL (see githubRemote),
 * as a string or as `{ url, directory }`. Null for other hosts (`gitlab:…`) and anything unreadable.
 */
export function githubRepository(field: unknown): string | null {
  const record = typeof field === 'object' && field !== null && !Array.isArray(field) ? (field as Record<string, unknown>) : null
  const url = typeof field === 'string' ? field : typeof record?.url === 'string' ? record.url : null
  if (url === null) return null
  const text = url.trim().replace(/#.*$/, '')
  const short = /^(?:github:)?([^/:\s]+)\/([^/\s]+)$/.exec(text)
  const repo = short ? ownerName(short[1], short[2]) : githubRemote(text)
  if (repo === null) return null
  const directory = typeof record?.directory === 'string' ? record.directory.replace(/^\.?\/+|\/+$/g, '') : ''
  if (directory === '') return repo
  const parts = directory.split('/')
  if (parts.some((p) => !/^[A-Za-z0-9._-]+$/.test(p) || p === '.' || p === '..')) return null
  return `${repo}/${parts.join('/')}`
}

/** `v<major>` of a semver version (`1.2.3` → `v1`, `0.1.0` → `v0`), else null. */
export function majorRef(version: unknown): string | null {
  const m = typeof version === 'string' ? /^v?(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version.trim()) : null
  return m ? `v${Number(m[1])}` : null
}

function git(cwd: string, args: string[]): string | null {
  const env = { ...process.env }
  // A repository named by the environment would answer for the wrong directory.
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_CEILING_DIRECTORIES', 'GIT_CONFIG_PARAMETERS']) delete env[key]
  try {
    return execFileSync('git', args, { cwd, env, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

/**
 * `owner/name` of the github.com `origin` of the action's own checkout: the git repository around `cliDir`, only
 * when its root holds the action's package.json (`name`) and `cliDir` is not inside a `node_modules` of it (there,
 * the repository is the user's project that installed the CLI, not the action's).
 */
export function checkoutOrigin(cliDir: string, name: unknown): string | null {
  const root = git(cliDir, ['rev-parse', '--show-toplevel'])
  if (!root) return null
  let inside: string
  try {
    inside = relative(realpathSync(root), realpathSync(cliDir))
  } catch {
    return null
  }
  if (inside.startsWith('..') || inside.split(sep).includes('node_modules')) return null
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: unknown }
    if (typeof name !== 'string' || pkg.name !== name) return null
  } catch {
    return null
  }
  const url = git(root, ['remote', 'get-url', 'origin'])
  return url ? githubRemote(url) : null
}

export function actionReference(sources: ActionSources = defaultSources()): ActionReference {
  const ref = majorRef(sources.version)
  const placeholder = `${PLACEHOLDER_REPOSITORY}@${ref ?? 'v1'}`
  if (ref === null) return { known: false, uses: placeholder, why: `package.json's version ${JSON.stringify(sources.version) ?? 'missing'} is not a semver version, so the action's major version is not known` }
  const fromPackage = githubRepository(sources.repository)
  if (fromPackage) return { known: true, uses: `${fromPackage}@${ref}`, from: "package.json's repository field" }
  const envRepo = (sources.env.GITHUB_ACTION_REPOSITORY ?? '').trim()
  const fromEnv = OWNER_NAME.exec(envRepo) ? ownerName(envRepo.split('/')[0], envRepo.split('/')[1]) : null
  if (fromEnv) return { known: true, uses: `${fromEnv}@${ref}`, from: 'GITHUB_ACTION_REPOSITORY' }
  const fromGit = sources.cliDir ? checkoutOrigin(sources.cliDir, sources.name) : null
  if (fromGit) return { known: true, uses: `${fromGit}@${ref}`, from: `the git origin of the action's checkout` }
  return {
    known: false,
    uses: placeholder,
    why: "package.json names no GitHub repository, GITHUB_ACTION_REPOSITORY is not set, and the CLI does not run from a git checkout of the action with a github.com origin"
  }
}
