/**
 * A leg's verdict is derived from what its stages and gates say, never taken from its top-level `success` alone, and a
 * report whose fields contradict each other is refused: a leg that claims success while its testing stage failed is
 * either a bug in the writer or a forgery, and in both cases the aggregate must not count it as passed.
 */
import { STAGE_ORDER, type StageKey, type Target } from '../config/types.js'
import type { WorkflowReport } from '../engine/model.js'

type Raw = Record<string, unknown>

const KNOWN_STAGES = new Set<string>(STAGE_ORDER)
/** The last stage each target runs (DESIGN.md §2); the engine's `stagesFor` says the same. */
const LAST_STAGE: Record<Target, StageKey> = { dev: 'refactoring', staging: 'staging_deployment', production: 'production_deployment' }

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stageList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && KNOWN_STAGES.has(v)) : []
}

/** The stages a target runs, in order. */
export function plannedStages(target: Target): StageKey[] {
  return STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(LAST_STAGE[target]) + 1)
}

/**
 * Every pair of fields in a raw leg report (already checked to be a report of a known target) that cannot both be
 * true, each in words naming the fields; empty when the report is self-consistent.
 */
export function contradictions(data: Raw, target: Target): string[] {
  const out: string[] = []
  const lists = { stages_completed: stageList(data.stages_completed), stages_failed: stageList(data.stages_failed), stages_skipped: stageList(data.stages_skipped) }
  const names = Object.keys(lists) as Array<keyof typeof lists>
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      for (const key of lists[a].filter((k) => lists[b].includes(k))) out.push(`stage ${key} is listed in both ${a} and ${b}`)
    }
  }
  const results = isRecord(data.stage_results) ? data.stage_results : {}
  for (const [key, value] of Object.entries(results)) {
    if (!KNOWN_STAGES.has(key) || !isRecord(value)) continue
    const where = `stage_results.${key}`
    if (typeof value.success !== 'boolean') {
      out.push(`${where}.success is not a boolean`)
      continue
    }
    const success = value.success
    if (typeof value.status === 'string' && (value.status === 'passed') !== success) out.push(`${where}.success is ${success} but ${where}.status is "${value.status}"`)
    if (success) {
      for (const [gate, g] of Object.entries(isRecord(value.quality_gates) ? value.quality_gates : {})) {
        const passed = isRecord(g) ? g.passed : undefined
        if (passed !== true) out.push(`${where}.success is true but ${where}.quality_gates.${gate}.passed is ${JSON.stringify(passed) ?? 'missing'}`)
      }
      if (Array.isArray(value.errors) && value.errors.length) out.push(`${where}.success is true but ${where}.errors lists ${value.errors.length} error(s)`)
      if (lists.stages_failed.includes(key)) out.push(`${where}.success is true but stages_failed lists ${key}`)
    } else if (lists.stages_completed.includes(key)) out.push(`${where}.success is false but stages_completed lists ${key}`)
    const listed = names.filter((n) => lists[n].includes(key))
    if (!listed.length) out.push(`${where} is present but ${key} is in none of stages_completed, stages_failed, stages_skipped`)
    else if (lists.stages_skipped.includes(key) && value.status !== 'skipped') out.push(`${where} ran (status ${JSON.stringify(value.status) ?? 'missing'}) but stages_skipped lists ${key}`)
  }
  for (const name of ['stages_completed', 'stages_failed'] as const) {
    for (const key of lists[name]) if (!isRecord(results[key])) out.push(`${name} lists ${key} but stage_results has no ${key}`)
  }
  if (data.success === true) {
    if (lists.stages_failed.length) out.push(`success is true but stages_failed lists ${lists.stages_failed.join(', ')}`)
    if (data.cancelled === true) out.push('success is true but cancelled is true')
    if (Array.isArray(data.errors) && data.errors.length) out.push(`success is true but errors lists ${data.errors.length} error(s)`)
    if (!lists.stages_completed.length) out.push('success is true but no stage ran (stages_completed is empty)')
    const accounted = new Set([...lists.stages_completed, ...lists.stages_failed, ...lists.stages_skipped])
    const unaccounted = plannedStages(target).filter((k) => !accounted.has(k))
    if (unaccounted.length) out.push(`success is true but ${unaccounted.join(', ')} (run for target ${target}) is in none of stages_completed, stages_failed, stages_skipped`)
  }
  return out
}

/**
 * The leg's verdict from its stage and gate results: passed only when at least one stage ran, every stage that ran
 * passed with every gate passed, none failed, the run was not cancelled, no error outside a stage was recorded, and
 * the report itself says it passed.
 */
export function derivedSuccess(report: WorkflowReport): boolean {
  const ran = Object.values(report.stage_results).filter((s) => s && s.status !== 'skipped')
  return (
    report.success &&
    !report.cancelled &&
    report.stages_failed.length === 0 &&
    report.errors.length === 0 &&
    ran.length > 0 &&
    ran.every((s) => s!.success && s!.status === 'passed' && s!.errors.length === 0 && Object.values(s!.quality_gates).every((g) => g.passed))
  )
}
