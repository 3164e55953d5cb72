/** Importance scoring: how much a message of a given kind matters when the session must shed tokens. */
import type { ImportanceTable } from './types.js'

/** The defaults of issue 5 / DESIGN §5. */
export const DEFAULT_IMPORTANCE: Readonly<ImportanceTable> = Object.freeze({
  architectural_decision: 1.0,
  requirement: 1.0,
  production_status: 1.0,
  implementation_completion: 0.9,
  test_results: 0.9,
  deployment_status: 0.9,
  refactoring_decision: 0.7,
  optimization_choice: 0.7,
  progress_update: 0.5
})

/** Importance of a kind the table does not name (the level of a progress update). */
export const UNKNOWN_KIND_IMPORTANCE = 0.5

/** The kind that pruning never drops. */
export const REQUIREMENT_KIND = 'requirement'

/** Kind names: snake_case, so they are safe as object keys and readable in reports. */
export const KIND_PATTERN = /^[a-z][a-z0-9_]{0,63}$/

export function isValidKind(kind: unknown): kind is string {
  return typeof kind === 'string' && KIND_PATTERN.test(kind) && kind !== 'constructor' && kind !== 'prototype'
}

/** Importance of `kind` under `table`: own entries only (`toString` is not a kind), unknown kinds 0.5. */
export function importanceOf(kind: string, table: Readonly<ImportanceTable> = DEFAULT_IMPORTANCE): number {
  if (Object.prototype.hasOwnProperty.call(table, kind)) {
    const value = table[kind]
    if (typeof value === 'number' && Number.isFinite(value)) return clamp01(value)
  }
  return UNKNOWN_KIND_IMPORTANCE
}

/**
 * The defaults with `overrides` laid over them, in a fresh plain object. Throws a TypeError naming the entry when a
 * kind is not snake_case or a value is not a number in 0..1.
 */
export function resolveImportanceTable(overrides?: Readonly<Record<string, unknown>>): ImportanceTable {
  const table: ImportanceTable = {}
  for (const [kind, value] of Object.entries(DEFAULT_IMPORTANCE)) table[kind] = value
  if (!overrides) return table
  for (const [kind, value] of Object.entries(overrides)) {
    if (!isValidKind(kind)) throw new TypeError(`importance table: kind "${kind}" is not a snake_case name`)
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new TypeError(`importance table: ${kind} must be a number from 0 to 1, got ${JSON.stringify(value)}`)
    }
    table[kind] = value
  }
  return table
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value))
}
