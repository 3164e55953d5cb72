/** Layering configuration: defaults ← preset ← file top level ← file `components.<name>`. */
import type { Config, ReportRef } from './types.js'

/** A configuration layer: any subset of the keys, at any depth. Lists are whole values. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T

/** A layer as written in the file, where a report may be a bare path. */
export type FileLayer = Record<string, unknown>

/**
 * Keys whose values replace rather than merge even though they are mappings: a report given by a layer is a new
 * report, and must not inherit the `format` of the one it replaces.
 */
const REPORT_KEYS: readonly string[] = [
  'stages.testing.reports.junit',
  'stages.testing.reports.coverage',
  'stages.refactoring.linting.report',
  'stages.refactoring.type_checking.report',
  'stages.refactoring.security.report',
  'stages.staging_deployment.integration_tests.reports.junit',
  'stages.staging_deployment.integration_tests.reports.coverage',
  'stages.production_deployment.e2e_tests.reports.junit',
  'stages.production_deployment.e2e_tests.reports.coverage',
  'stages.production_deployment.criteria.integration_coverage.report'
]

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `{ path }` for a report given as a bare string; report objects are copied as they are. */
export function normalizeReportRef(value: unknown): ReportRef | undefined {
  if (typeof value === 'string') return { path: value }
  if (isPlainObject(value) && typeof value.path === 'string') {
    return typeof value.format === 'string' ? { path: value.path, format: value.format } : { path: value.path }
  }
  return undefined
}

/**
 * A quarantine entry with its date as `expires`: `until` (DESIGN.md §7's name) is an alias of it. The loader refuses
 * an entry that gives both, so at most one is set here.
 */
function normalizeQuarantineEntry(value: unknown): unknown {
  if (!isPlainObject(value) || !Object.hasOwn(value, 'until')) return structuredClone(value)
  const { until, ...rest } = value
  return structuredClone(rest.expires === undefined ? { ...rest, expires: until } : rest)
}

function mergeInto(target: Record<string, unknown>, layer: Record<string, unknown>, at: string): void {
  for (const key of Object.keys(layer)) {
    // The schema refuses unknown keys, so this only guards against prototype pollution from a future caller.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue
    const path = at === '' ? key : `${at}.${key}`
    const value = layer[key]
    if (value === undefined) continue
    if (REPORT_KEYS.includes(path)) {
      target[key] = normalizeReportRef(value)
    } else if (path === 'stages.refactoring.security.reports' && Array.isArray(value)) {
      target[key] = value.map(normalizeReportRef)
    } else if (path === 'quality_gates.test_pass_rate.quarantine' && Array.isArray(value)) {
      target[key] = value.map(normalizeQuarantineEntry)
    } else if (isPlainObject(value)) {
      // Recurse into new mappings too, so report refs nested inside them are normalized.
      if (!isPlainObject(target[key])) target[key] = {}
      mergeInto(target[key] as Record<string, unknown>, value, path)
    } else {
      target[key] = structuredClone(value)
    }
  }
}

/**
 * A new Config: `base` with each layer deep-merged over it in turn (mappings key by key; lists, scalars and reports
 * replace). Neither `base` nor the layers are modified: the result is a copy.
 */
export function mergeLayers(base: Config, ...layers: Array<DeepPartial<Config> | FileLayer | undefined>): Config {
  const result = structuredClone(base) as unknown as Record<string, unknown>
  for (const layer of layers) {
    if (layer) mergeInto(result, layer as Record<string, unknown>, '')
  }
  return result as unknown as Config
}
