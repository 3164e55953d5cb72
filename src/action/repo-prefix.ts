/**
 * Where the action's workspace (`working-directory`) sits in the repository. Findings name files relative to the
 * workspace; GitHub places annotations, code-scanning results and blob links by paths relative to the repository's
 * root, so a component in `packages/api` has its `src/x.ts` shown as `packages/api/src/x.ts`.
 */
import { execFileSync } from 'node:child_process'
import { isAbsolute, relative } from 'node:path'

/**
 * The workspace's path relative to the root of the git work tree it is in (`packages/api`, no trailing slash; empty
 * at the root). Outside a work tree (no checkout), relative to GITHUB_WORKSPACE when inside it, else empty.
 */
export function repositoryPrefix(workspace: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    const prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
    return prefix.trim().replace(/\/+$/, '')
  } catch {
    const root = env.GITHUB_WORKSPACE
    if (!root) return ''
    const rel = relative(root, workspace).replace(/\\/g, '/')
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? '' : rel
  }
}
