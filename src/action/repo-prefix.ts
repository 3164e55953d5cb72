/**
 * Where the action's workspace (`working-directory`) sits in the repository. Findings name files relative to the
 * workspace; GitHub places annotations, code-scanning results and blob links by paths relative to the repository's
 * root, so a component in `packages/api` has its `src/x.ts` shown as `packages/api/src/x.ts`.
 */
import { execFileSync } from 'node:child_process'
import { isAbsolute, relative, resolve } from 'node:path'
import { dotGitDirectory } from '../exec/git-location.js'

/** Variables with which git finds its repository elsewhere than by the `.git` above the directory. */
const GIT_LOCATION = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM']

/**
 * The workspace's path relative to the root of the git work tree it is in (`packages/api`, no trailing slash; empty
 * at the root). Outside a work tree (no checkout), relative to GITHUB_WORKSPACE when inside it, else empty.
 *
 * git is asked only when its answer is not already plain from the directories (a synchronous git process is about
 * 10 ms of the action's run): a workspace with its own `.git` is a work tree's root, and one with no `.git` in it or
 * above it is in no work tree.
 */
export function repositoryPrefix(workspace: string, env: NodeJS.ProcessEnv = process.env): string {
  const located = GIT_LOCATION.some((name) => env[name])
  const found = located ? null : dotGitDirectory(workspace)
  // A `.git` in the workspace itself: a work tree's root.
  if (found === resolve(workspace)) return ''
  if (located || found !== null) {
    try {
      const prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: workspace, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
      return prefix.trim().replace(/\/+$/, '')
    } catch {
      // Not a work tree after all (a stray `.git`, a repository git refuses): as outside one.
    }
  }
  const root = env.GITHUB_WORKSPACE
  if (!root) return ''
  const rel = relative(root, workspace).replace(/\\/g, '/')
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? '' : rel
}

/**
 * A report's `repository_path` as the aggregate action may use it to place a leg's findings: a relative path of plain
 * segments (`packages/api`), or empty. Anything else — absolute, `..`, `.`, a backslash, a control character, an
 * empty segment, over 1,024 characters — is null: the report may come from a fork's run, and its paths are not trusted.
 */
export function reportedRepositoryPath(value: unknown): string | null {
  if (value === undefined) return ''
  if (typeof value !== 'string' || value.length > 1024) return null
  if (value === '') return ''
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null
  return value.split('/').every((s) => s !== '' && s !== '.' && s !== '..') ? value : null
}
