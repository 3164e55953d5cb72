/**
 * Reading the matrix legs' reports for the aggregate. Each file is one `workflow_report_<component>.json`
 * (DESIGN.md §3) downloaded from a leg's artifact; nothing in it is trusted: sizes are capped, `__proto__` keys are
 * dropped while parsing, every field the aggregate reads is type-checked, and the kept copy is rebuilt from known
 * fields only (findings, command tails and stage outputs are left out, so 500 legs stay small in memory).
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { STAGE_ORDER, TARGETS, type StageKey, type Target } from '../config/types.js'
import type { ErrorType, GateResult, StageResult, StageStatus, WorkflowReport } from '../engine/model.js'
import type { Finding } from '../reports/types.js'
import { contradictions, derivedSuccess } from './consistency.js'
import type { ExpectedLeg } from './matrix.js'
import { cleanLeg } from '../github/leg.js'
import { clipChars } from '../reports/clip.js'
import { jsonSyntaxPlace } from '../reports/findings/json-text.js'

/** Largest report file read; a larger one is reported invalid without being read. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024
/** Files read at the same time. */
const READ_CONCURRENCY = 16

/** One matrix leg: the report one leg uploaded. Two legs of one component (different targets) are two legs. */
export interface Leg {
  component: string
  target: Target
  /** The validated report, rebuilt from the fields the aggregate reads (every gate's `findings` is empty). */
  report: WorkflowReport
  /** The file it was read from. */
  file: string
  /** Findings the leg's gates reported (they are not kept; the leg's own check run carries them). */
  findings: number
}

export interface InvalidReport {
  file: string
  reason: string
  /** Set when the report was read but refused because its fields contradict each other: the leg it names. */
  component?: string
  /** The refused leg's target. */
  target?: Target
}

export interface AggregateInput {
  /** Sorted by component, then target, then file. */
  legs: Leg[]
  /**
   * The promised legs no report answers, sorted: a component's name, with its target (`api → production`) when the
   * matrix named one, and how many legs (`api (2 legs)`) when more than one of it is missing.
   */
  missing: string[]
  /** The components of those legs, sorted (absent in inputs built before legs were counted: then `missing`). */
  missingComponents?: string[]
  invalid: InvalidReport[]
  /**
   * True when no legs were expected (no plan's matrix, no names): only the legs that sent a report are known, and one
   * that crashed or uploaded nothing cannot be told missing; the verdict says so wherever it is shown.
   */
  expectedUnknown?: boolean
}

export interface ReadLegReportsOptions {
  files: string[]
  /**
   * The legs the plan promised (its matrix, see expectedLegsFromMatrix) or component names: each promised leg without
   * a report of its own is missing. A leg with a target needs a report of that component and target; one without, a
   * report of that component. Two promised legs of one component need two reports.
   */
  expected?: Array<string | ExpectedLeg>
}

export async function readLegReports(opts: ReadLegReportsOptions): Promise<AggregateInput> {
  const files = [...new Set(opts.files)]
  const outcomes = await mapLimit(files, READ_CONCURRENCY, readLeg)
  const legs: Leg[] = []
  const invalid: InvalidReport[] = []
  outcomes.forEach((outcome, i) => {
    if ('reason' in outcome) invalid.push({ file: files[i], ...outcome })
    else legs.push(outcome)
  })
  legs.sort((a, b) => compare(a.component, b.component) || compare(a.target, b.target) || compare(a.file, b.file))
  invalid.sort((a, b) => compare(a.file, b.file))
  const reported = [
    ...legs.map((l) => ({ component: l.component, target: l.target as Target | undefined })),
    // A refused report (fields contradicting each other) is failed, not missing.
    ...invalid.flatMap((bad) => (bad.component === undefined ? [] : [{ component: bad.component, target: bad.target }]))
  ]
  const unanswered = missingLegs(opts.expected ?? [], reported)
  const labels = new Map<string, number>()
  for (const leg of unanswered) {
    const label = leg.target ? `${leg.component} → ${leg.target}` : leg.component
    labels.set(label, (labels.get(label) ?? 0) + 1)
  }
  // A bare name: no report of that component at all. Otherwise the legs it still owes are counted.
  const some = new Set(reported.map((r) => r.component))
  const missing = [...labels]
    .map(([label, n]) => (some.has(label) ? `${label} (${n === 1 ? 'one more leg' : `${n} more legs`})` : n > 1 ? `${label} (${n} legs)` : label))
    .sort(compare)
  const missingComponents = [...new Set(unanswered.map((leg) => leg.component))].sort(compare)
  return { legs, missing, missingComponents, invalid, ...(opts.expected === undefined ? { expectedUnknown: true } : {}) }
}

/**
 * The promised legs no report answers. Each report answers one leg: first a leg of its component and target, then a
 * leg of its component whose target was not named (names given as plain text each promise one leg, however often
 * they are repeated).
 */
function missingLegs(expected: Array<string | ExpectedLeg>, reported: Array<{ component: string; target?: Target }>): ExpectedLeg[] {
  const names = new Set<string>()
  const wanted: ExpectedLeg[] = []
  for (const entry of expected) {
    if (typeof entry === 'string') {
      const name = entry.trim()
      if (name && !names.has(name)) wanted.push({ component: name })
      names.add(name)
    } else if (entry.component.trim()) wanted.push({ component: entry.component.trim(), ...(entry.target ? { target: entry.target } : {}) })
  }
  const pool = new Map<string, Array<Target | undefined>>()
  for (const r of reported) pool.set(r.component, [...(pool.get(r.component) ?? []), r.target])
  const take = (component: string, match: (t: Target | undefined) => boolean): boolean => {
    const left = pool.get(component) ?? []
    const i = left.findIndex(match)
    if (i === -1) return false
    left.splice(i, 1)
    return true
  }
  const missing: ExpectedLeg[] = []
  // Legs with a target first: a report of another target must not be spent on a leg that accepts any.
  for (const leg of wanted.filter((l) => l.target)) {
    if (!take(leg.component, (t) => t === leg.target) && !take(leg.component, (t) => t === undefined)) missing.push(leg)
  }
  for (const leg of wanted.filter((l) => !l.target)) if (!take(leg.component, () => true)) missing.push(leg)
  return missing
}

/**
 * The report files among `paths`: a file is taken as given; a directory (an artifact downloaded as a folder) is
 * searched, sub-folders included, for `workflow_report_*.json`.
 */
export async function collectReportFiles(paths: string[]): Promise<string[]> {
  const out: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true })
      const found = entries
        .filter((e) => e.isFile() && /^workflow_report_.*\.json$/.test(e.name))
        .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .sort(compare)
      out.push(...found)
    } else {
      // Unreadable or absent: kept, so that reading it reports why.
      out.push(path)
    }
  }
  return [...new Set(out)]
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function clip(text: string, max: number): string {
  return clipChars(text, max)
}

async function readLeg(file: string): Promise<Leg | { reason: string; component?: string; target?: Target }> {
  let text: string
  try {
    const info = await stat(file)
    if (!info.isFile()) return { reason: 'not a regular file' }
    if (info.size > MAX_REPORT_BYTES) {
      return { reason: `${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_REPORT_BYTES / 1024 / 1024} MB limit for a report` }
    }
    text = await readFile(file, 'utf8')
  } catch (error) {
    return { reason: `cannot be read: ${clip((error as Error).message, 200)}` }
  }
  let data: unknown
  try {
    // `__proto__` keys are dropped, so no later copy or lookup can reach a prototype through them.
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => (key === '__proto__' ? undefined : value))
  } catch {
    // Where, not V8's message: that quotes the file's text (a fork's report in workflow_run mode), escapes and all.
    return { reason: `not JSON${jsonSyntaxPlace(text.replace(/^\uFEFF/, ''))}` }
  }
  try {
    const report = validateReport(data)
    const found = contradictions(data as Record<string, unknown>, report.target_stage)
    if (found.length) {
      const shown = found.slice(0, 5).map((c) => clip(c, 300))
      const more = found.length > shown.length ? `; and ${found.length - shown.length} more` : ''
      return { component: report.component_name, target: report.target_stage, reason: `leg ${clip(JSON.stringify(report.component_name), 120)} (target ${report.target_stage}) refused: its fields contradict each other: ${shown.join('; ')}${more}` }
    }
    // The verdict comes from the stages and gates, not from the top-level flag alone.
    report.success = derivedSuccess(report)
    let findings = 0
    for (const stage of Object.values(asRecord(data).stage_results as Record<string, unknown>)) {
      for (const gate of Object.values(asRecord(asRecord(stage).quality_gates))) {
        const list = asRecord(gate).findings
        if (Array.isArray(list)) findings += list.length
      }
    }
    return { component: report.component_name, target: report.target_stage, report, file, findings }
  } catch (error) {
    // A report shaped in a way the checks above did not foresee is unreadable, not a crash of the whole aggregate.
    return { reason: error instanceof NotAReport ? error.message : `could not be checked: ${clip((error as Error).message, 200)}` }
  }
}

class NotAReport extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

function strings(value: unknown, max = 50): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, max).map((s) => clip(s, 2000)) : []
}

function finite(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback
}

/** A record without a prototype: a key like `constructor` read from it is undefined, not Object's. */
function bare<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

const STATUSES: readonly StageStatus[] = ['passed', 'failed', 'cancelled', 'skipped']
const KNOWN_STAGES = new Set<string>(STAGE_ORDER)

/** Only numbers, short strings, booleans and null survive in gate details (the aggregate reads numbers). */
function details(value: unknown): Record<string, unknown> {
  const out = bare<unknown>()
  let kept = 0
  for (const [k, v] of Object.entries(asRecord(value))) {
    if (kept >= 40) break
    if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || v === null) out[k] = v
    else if (typeof v === 'string') out[k] = clip(v, 500)
    else continue
    kept++
  }
  return out
}

function gate(name: string, value: unknown): GateResult {
  const g = asRecord(value)
  return {
    gate_name: clip(text(g.gate_name, name), 200),
    passed: g.passed === true,
    details: details(g.details),
    errors: strings(g.errors),
    warnings: strings(g.warnings, 10),
    execution_time_ms: finite(g.execution_time_ms),
    findings: [],
    ...(typeof g.error_type === 'string' ? { error_type: g.error_type as ErrorType } : {})
  }
}

function stage(key: string, value: unknown): StageResult {
  const s = asRecord(value)
  const success = s.success === true
  const status = STATUSES.includes(s.status as StageStatus) ? (s.status as StageStatus) : success ? 'passed' : 'failed'
  const gates = bare<GateResult>()
  for (const [name, g] of Object.entries(asRecord(s.quality_gates)).slice(0, 50)) gates[name] = gate(name, g)
  return {
    stage_name: key as StageKey,
    success,
    status,
    outputs: {},
    errors: strings(s.errors),
    warnings: strings(s.warnings, 10),
    execution_time_ms: finite(s.execution_time_ms),
    retries: finite(s.retries),
    quality_gates: gates,
    commands: [],
    ...(typeof s.error_type === 'string' ? { error_type: s.error_type as ErrorType } : {}),
    started_at: text(s.started_at),
    finished_at: text(s.finished_at)
  }
}

function stageKeys(value: unknown): StageKey[] {
  return strings(value).filter((k): k is StageKey => KNOWN_STAGES.has(k))
}

/** The report rebuilt from its checked fields; throws NotAReport with the reason a user can act on. */
export function validateReport(data: unknown): WorkflowReport {
  if (!isRecord(data)) throw new NotAReport(`not a report: the file holds ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`}, not a JSON object`)
  if (!('schema_version' in data) && !('component_name' in data)) {
    throw new NotAReport('not a spec-to-production report: no schema_version and no component_name')
  }
  if (data.schema_version !== 1) throw new NotAReport(`schema_version ${clip(JSON.stringify(data.schema_version) ?? 'missing', 40)} is not supported (expected 1)`)
  if (typeof data.component_name !== 'string' || data.component_name.trim() === '') throw new NotAReport('component_name is missing or not a non-empty string')
  if (!TARGETS.includes(data.target_stage as Target)) {
    throw new NotAReport(`target_stage ${clip(JSON.stringify(data.target_stage) ?? 'missing', 60)} is not one of ${TARGETS.join(', ')}`)
  }
  if (typeof data.success !== 'boolean') throw new NotAReport('success is missing or not a boolean')
  if (!isRecord(data.stage_results)) throw new NotAReport('stage_results is missing or not an object')
  for (const field of ['stages_completed', 'stages_failed', 'stages_skipped', 'errors'] as const) {
    if (field in data && !Array.isArray(data[field])) throw new NotAReport(`${field} is not an array`)
  }
  const stageResults = bare<StageResult>()
  for (const [key, value] of Object.entries(data.stage_results)) {
    if (KNOWN_STAGES.has(key) && isRecord(value)) stageResults[key] = stage(key, value)
  }
  const skipReasons = bare<string>()
  for (const [key, value] of Object.entries(asRecord(data.skip_reasons))) {
    if (KNOWN_STAGES.has(key) && typeof value === 'string') skipReasons[key] = clip(value, 500)
  }
  const generator = asRecord(data.generator)
  return {
    schema_version: 1,
    success: data.success,
    component_name: data.component_name,
    target_stage: data.target_stage as Target,
    stages_completed: stageKeys(data.stages_completed),
    stages_failed: stageKeys(data.stages_failed),
    stages_skipped: stageKeys(data.stages_skipped),
    skip_reasons: skipReasons,
    cancelled: data.cancelled === true,
    stage_results: stageResults,
    total_execution_time_ms: finite(data.total_execution_time_ms),
    context_session_id: typeof data.context_session_id === 'string' ? data.context_session_id : null,
    metrics_dashboard: typeof data.metrics_dashboard === 'string' ? data.metrics_dashboard : null,
    started_at: text(data.started_at),
    finished_at: text(data.finished_at),
    spec_file: text(data.spec_file),
    config_file: typeof data.config_file === 'string' ? data.config_file : null,
    preset: text(data.preset),
    reports_dir: text(data.reports_dir),
    errors: strings(data.errors),
    generator: { name: 'spec-to-production', version: text(generator.version, 'unknown') },
    // The matrix leg, when the component ran in several: its check run and comment are named by it (see leg.ts).
    ...(typeof data.leg === 'string' && cleanLeg(data.leg) ? { leg: cleanLeg(data.leg)! } : {})
  }
}

/** The name a report file is shown by: its folder (the artifact) and its name. */
export function shownFile(file: string): string {
  const parts = file.split(/[\\/]/)
  return parts.length > 1 ? `${parts[parts.length - 2]}/${basename(file)}` : file
}

const SEVERITIES = new Set(['error', 'warning', 'notice'])

/** A finding of a fork's report as the surfaces read it, or why it is none (`message is not text`). */
function findingOf(value: unknown): Finding | string {
  if (!isRecord(value)) return 'is not an object'
  for (const field of ['tool', 'file', 'message'] as const) if (typeof value[field] !== 'string') return `${field} is not text`
  if (!SEVERITIES.has(value.severity as string)) return 'severity is not error, warning or notice'
  if (value.rule !== undefined && typeof value.rule !== 'string') return 'rule is not text'
  for (const field of ['line', 'end_line', 'column'] as const) {
    if (value[field] !== undefined && !(typeof value[field] === 'number' && Number.isFinite(value[field]))) return `${field} is not a number`
  }
  return value as unknown as Finding
}

/**
 * The leg's report as its check run and comment show it in the aggregate's workflow_run mode: the file as the fork's
 * run wrote it (its test insights, deployment outputs, gate details, which the view reads field by field), with the
 * fields the surfaces write as text taken from the checked report (verdict, stages, gates, errors and warnings), and
 * its findings kept only when each is one. `left` names what was left out and why (`stage_results.testing.
 * quality_gates.test_pass_rate.findings[1] (message is not text)`), so that a value of another type is said, not a
 * crash that leaves the leg's check run in progress.
 */
export function shownReport(raw: unknown, leg: Leg): { report: WorkflowReport; left: string[] } {
  const left: string[] = []
  const data = asRecord(raw)
  const rawStages = asRecord(data.stage_results)
  const stages = bare<StageResult>()
  for (const [key, checked] of Object.entries(leg.report.stage_results)) {
    const rawStage = asRecord(rawStages[key])
    const rawGates = asRecord(rawStage.quality_gates)
    const path = `stage_results.${key}`
    noteNotText(rawStage.errors, `${path}.errors`, left)
    noteNotText(rawStage.warnings, `${path}.warnings`, left)
    const gates = bare<GateResult>()
    for (const [name, gate] of Object.entries(checked.quality_gates)) {
      const rawGate = asRecord(rawGates[name])
      noteNotText(rawGate.errors, `${path}.quality_gates.${name}.errors`, left)
      noteNotText(rawGate.warnings, `${path}.quality_gates.${name}.warnings`, left)
      const findings: Finding[] = []
      const list = Array.isArray(rawGate.findings) ? rawGate.findings : []
      list.forEach((value, i) => {
        const f = findingOf(value)
        if (typeof f === 'string') left.push(`${path}.quality_gates.${name}.findings[${i}] (${f.startsWith('is ') ? `it ${f}` : f})`)
        else findings.push(f)
      })
      gates[name] = { ...gate, details: isRecord(rawGate.details) ? rawGate.details : gate.details, findings }
    }
    stages[key] = { ...checked, outputs: isRecord(rawStage.outputs) ? rawStage.outputs : {}, quality_gates: gates }
  }
  noteNotText(data.errors, 'errors', left)
  return { report: { ...(data as unknown as WorkflowReport), ...leg.report, leg: leg.report.leg, stage_results: stages }, left }
}

/** Notes each entry of a list of texts that is no text. */
function noteNotText(value: unknown, path: string, left: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => typeof v !== 'string' && left.push(`${path}[${i}] (not text)`))
}
