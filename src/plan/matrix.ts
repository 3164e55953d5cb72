/**
 * The plan as a GitHub Actions matrix, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`.
 *
 * GitHub refuses a matrix without a single combination ("Matrix must define at least one vector"), and it evaluates
 * `strategy` even for a plan that selected nothing. An empty plan is therefore still written as `{"include":[]}`
 * (valid JSON, the same shape), and the plan also outputs `count`, so the matrix job can be skipped:
 *
 * ```yaml
 * ship:
 *   needs: plan
 *   if: needs.plan.outputs.count != '0'
 *   strategy:
 *     fail-fast: false
 *     matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}
 * ```
 *
 * `count` is a separate output, never a key of the matrix: every key of a matrix becomes a dimension.
 */
import type { PlannedComponent } from './discover.js'

/** GitHub runs at most this many jobs from one matrix (per workflow run). */
export const MAX_MATRIX_JOBS = 256

export interface MatrixEntry {
  component: string
  /** The spec file, workspace-relative: `with: { spec: ${{ matrix.spec }}, component: ${{ matrix.component }} }`. */
  spec: string
}

export interface Matrix {
  include: MatrixEntry[]
}

/** One matrix leg per component, in the given order (the plan's: sorted by name). */
export function toMatrix(components: readonly PlannedComponent[]): Matrix {
  return { include: components.map(({ component, spec }) => ({ component, spec })) }
}

/** The plan's step outputs, as strings: `matrix` (one line of JSON) and `count` (`'0'` for an empty plan). */
export function planOutputs(components: readonly PlannedComponent[]): { matrix: string; count: string } {
  return { matrix: JSON.stringify(toMatrix(components)), count: String(components.length) }
}

/** Why GitHub would refuse this many legs in one matrix, or undefined when it would not. */
export function matrixSizeProblem(count: number): string | undefined {
  if (count <= MAX_MATRIX_JOBS) return undefined
  return `${count} components exceed GitHub's limit of ${MAX_MATRIX_JOBS} jobs per matrix; split them across plans (several spec globs, several matrix jobs)`
}
