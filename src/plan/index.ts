/**
 * Plan: which components a run ships, as a matrix for GitHub Actions. Shared by `spec-to-production plan` and the
 * `plan` sub-action: discover the components from the specs, optionally keep those a change touches, and write the
 * matrix.
 */
import { isAbsolute, relative, resolve } from 'node:path'
import { changedFiles, DEFAULT_CONFIG_PATHS, selectChanged } from './changed.js'
import { componentDependencies, componentPackages } from './dependencies.js'
import { deletedSpecs, type DeletedSpec } from './deleted.js'
export { deletedSpecWarning } from './deleted.js'
import { DEFAULT_SPEC_GLOBS, discoverComponents, type PlanProblem, type PlannedComponent } from './discover.js'
import { matrixSizeProblem, planOutputs, toMatrix, type Matrix } from './matrix.js'

export { changedFiles, selectChanged, DEFAULT_CONFIG_PATHS, DEFAULT_WORKFLOW_PATHS } from './changed.js'
export type { ChangedFilesOptions, SelectChangedOptions, SelectChangedResult } from './changed.js'
export type { DeletedSpec } from './deleted.js'
export { checkSpecGlobs, discoverComponents, DEFAULT_SPEC_GLOBS } from './discover.js'
export type { DiscoverOptions, DiscoverResult, PlanProblem, PlannedComponent } from './discover.js'
export { MAX_MATRIX_JOBS, matrixSizeProblem, planOutputs, toMatrix } from './matrix.js'
export type { Matrix, MatrixEntry } from './matrix.js'

export interface PlanOptions {
  /** Repository root. */
  workspace: string
  /** Spec globs; default `specs/*.md`. */
  globs?: string[]
  /** The configuration file, relative to the workspace or absolute. */
  configPath?: string
  /** Keep only the components changed since the merge base of `base` and `head` (default `HEAD`). */
  changedSince?: { base: string; head?: string }
  /** Paths whose change selects everything in a changed-only plan; default `.github/workflows/`. */
  workflowFiles?: string[]
}

export interface PlanResult {
  /** Every component discovered, sorted by name. */
  discovered: PlannedComponent[]
  /** The components to run: all of them, or those the change touches. */
  selected: PlannedComponent[]
  /** For a changed-only plan: why each selected component is in it. */
  reason?: Record<string, string>
  /** For a changed-only plan: the changed files git listed. */
  changed?: string[]
  /**
   * For a changed-only plan: the specs the change deleted, whose components are planned no more (their code is judged
   * by no leg). Each is a warning of the plan.
   */
  deleted?: DeletedSpec[]
  /** Specs that could not be planned, globs that matched nothing, a matrix GitHub would refuse. */
  problems: PlanProblem[]
  matrix: Matrix
  /** Step outputs: `matrix` (JSON, one line) and `count`. */
  outputs: { matrix: string; count: string }
}

/** The configuration file(s) whose change selects everything, workspace-relative. */
function configPaths(workspace: string, configPath: string | undefined): string[] {
  if (configPath === undefined || configPath === '') return [...DEFAULT_CONFIG_PATHS]
  const rel = relative(workspace, resolve(workspace, configPath))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? [rel.replace(/\\/g, '/')] : []
}

/**
 * Discovers, selects and writes the matrix.
 * @throws Error for a bad glob or a missing base ref; ConfigurationError for a missing or invalid configuration file
 */
export async function runPlan(opts: PlanOptions): Promise<PlanResult> {
  const workspace = resolve(opts.workspace)
  const globs = opts.globs && opts.globs.length > 0 ? opts.globs : [...DEFAULT_SPEC_GLOBS]
  // git first: a missing base ref is the likeliest mistake, and it should not wait for the specs.
  const changed = opts.changedSince
    ? await changedFiles({ workspace, base: opts.changedSince.base, head: opts.changedSince.head })
    : undefined
  const { components, problems } = await discoverComponents({ workspace, globs, configPath: opts.configPath })
  let selected = components
  let reason: Record<string, string> | undefined
  let deleted: DeletedSpec[] | undefined
  if (changed && opts.changedSince) {
    deleted = await deletedSpecs({ workspace, base: opts.changedSince.base, head: opts.changedSince.head, changed, globs, components })
  }
  if (changed) {
    ;({ selected, reason } = selectChanged(components, changed, {
      configPath: configPaths(workspace, opts.configPath),
      workflowFiles: opts.workflowFiles,
      dependencies: componentDependencies(await componentPackages(workspace, components))
    }))
  }
  const tooMany = matrixSizeProblem(selected.length)
  if (tooMany) problems.push({ file: globs.join(', '), message: tooMany })
  return { discovered: components, selected, reason, changed, ...(deleted && deleted.length > 0 ? { deleted } : {}), problems, matrix: toMatrix(selected), outputs: planOutputs(selected) }
}
