/**
 * The component's coverage scope for this run: the source paths of its spec's frontmatter (`paths.source`, a path or
 * a list), else the configuration's `paths.source`. Paths with glob characters count by the directory before their
 * first glob segment. A configured path that does not exist in the workspace cannot scope anything: the report is
 * then limited to the workspace only, and the gate says so.
 */
import { realpath, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { matchPrefix, normalizeRelative } from '../../plan/paths.js'
import type { CoverageScope } from '../../reports/coverage-scope.js'
import type { RunContext } from '../context.js'

export interface ComponentScope {
  scope: CoverageScope
  /** Why the report is not limited to the component's paths, when it is not. */
  note?: string
}

export async function componentCoverageScope(ctx: RunContext): Promise<ComponentScope> {
  const workspace = ctx.host.workspace
  const real = await realpath(workspace).catch(() => workspace)
  const base: CoverageScope = real !== resolve(workspace) ? { realWorkspace: real } : {}
  const { list, fromSpec } = componentPaths(ctx, 'source')
  const where = fromSpec ? "the spec's frontmatter paths.source" : 'paths.source'
  const sources: string[] = []
  for (const raw of list) {
    const normalized = normalizeRelative(raw)
    if ('error' in normalized) return { scope: base, note: `${where} "${raw}" ${normalized.error}: coverage is limited to the workspace only` }
    sources.push(matchPrefix(normalized.path))
  }
  const withTests = (scope: CoverageScope): CoverageScope => {
    const tests = testPaths(ctx)
    return tests.length > 0 ? { ...scope, tests } : scope
  }
  if (sources.length === 0 || sources.includes('.')) return { scope: withTests({ ...base, sources: ['.'] }) }
  const existing: string[] = []
  for (const source of sources) {
    if (await stat(resolve(workspace, source)).then(() => true, () => false)) existing.push(source)
  }
  if (existing.length === 0) {
    return {
      scope: base,
      note: `${where} (${sources.join(', ')}) does not exist in the workspace: coverage is limited to the workspace, not to the component's paths; set paths.source to where the component's code is`
    }
  }
  return { scope: withTests({ ...base, sources: existing }) }
}

/**
 * The component's test paths: the spec's frontmatter `paths.tests`, else the configuration's. A glob is passed over:
 * it names test files among the sources (`*.test.ts` files anywhere under `src`), and its directory would take the
 * sources too.
 */
function testPaths(ctx: RunContext): string[] {
  const out: string[] = []
  for (const raw of componentPaths(ctx, 'tests').list) {
    if (/[*?[\]{}]/.test(raw)) continue
    const normalized = normalizeRelative(raw)
    if (!('error' in normalized)) out.push(matchPrefix(normalized.path))
  }
  return out
}

/** The component's `paths.<key>` as a list: the spec's frontmatter's when it gives one, else the configuration's. */
function componentPaths(ctx: RunContext, key: 'source' | 'tests'): { list: string[]; fromSpec: boolean } {
  const declared = ctx.spec?.frontmatter?.paths
  const fromSpec = declared !== null && typeof declared === 'object' && !Array.isArray(declared) ? (declared as Record<string, unknown>)[key] : undefined
  const given = fromSpec !== undefined && fromSpec !== null ? fromSpec : ctx.config.paths[key]
  return { list: (Array.isArray(given) ? given : [given]).filter((p): p is string => typeof p === 'string'), fromSpec: fromSpec !== undefined && fromSpec !== null }
}
