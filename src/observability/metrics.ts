/**
 * Execution metrics (DESIGN.md §5): one JSON line per tracked execution — every stage, every gate and the run —
 * appended to `<workspace>/metrics/<YYYY-MM-DD>.jsonl` (UTC day of the append), pruned by retention, and read back
 * as a bounded history for the dashboard's trends. The history directory is what the cache carries between CI runs.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { appendWholeLines } from './jsonl.js'
import { basename, dirname, join } from 'node:path'
import { once } from 'node:events'
import type { ErrorType, GateResult, StageResult, WorkflowReport } from '../engine/model.js'

/** The subdirectory of the workspace directory (`.spec-to-production`) that holds the metrics files. */
export const METRICS_SUBDIR = 'metrics'
/** Version of one metrics line; readers accept lines without it (treated as 1). */
export const METRICS_LINE_VERSION = 1

export type MetricStatus = 'success' | 'failure' | 'cancelled' | 'skipped'
const STATUSES: ReadonlySet<string> = new Set(['success', 'failure', 'cancelled', 'skipped'])

/** A scalar metadata value; `findings_by_tool` is the one nested object (tool → count). */
export type MetricValue = string | number | boolean | null | Record<string, number>

export interface MetricRecord {
  v: number
  /** `run`, `stage:<stage key>` or `gate:<stage key>.<gate name>`. */
  name: string
  component: string
  run_id: string
  started_at: string
  ended_at: string
  duration_ms: number
  status: MetricStatus
  retries: number
  /** Why it failed (timeout, exit_code, crash, transient_network, threshold_not_met, cancelled, configuration, report); null when it did not. */
  error_type: ErrorType | string | null
  /** Value vs threshold of a gate (`value`, `threshold`, `direction` min|max, `unit`), the gate's scalar details, and more. */
  metadata: Record<string, MetricValue>
}

export interface MetricsOptions {
  /** Identity of the run; default: the run directory's name (`<component>-<stamp>-<hex>`), else component + start time. */
  runId?: string
}

const DAY_MS = 86_400_000
const FILE_RE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_STRING = 300

// ---------------------------------------------------------------------------------------------------------------
// Report → records

/** One record per stage (run, cancelled or skipped), per gate, and one for the whole run (last). */
export function metricsFromReport(report: WorkflowReport, opts: MetricsOptions = {}): MetricRecord[] {
  const runId = opts.runId ?? runIdOf(report)
  const base = { v: METRICS_LINE_VERSION, component: report.component_name, run_id: runId }
  const records: MetricRecord[] = []
  const runEnd = report.finished_at || report.started_at
  let gatesTotal = 0
  let gatesFailed = 0
  let findingsTotal = 0
  let coverage: number | null = null
  let coverageThreshold: number | null = null
  let passRate: number | null = null

  for (const [key, stage] of stageEntries(report)) {
    records.push({
      ...base,
      name: `stage:${key}`,
      started_at: stage.started_at,
      ended_at: stage.finished_at,
      duration_ms: nonNegative(stage.execution_time_ms),
      status: stageStatus(stage),
      retries: nonNegative(stage.retries),
      error_type: stage.status === 'passed' ? null : (stage.error_type ?? (stage.status === 'cancelled' ? 'cancelled' : 'exit_code')),
      metadata: compact({
        stage: key,
        target: report.target_stage,
        commands: stage.commands?.length ?? 0,
        gates: Object.keys(stage.quality_gates ?? {}).length,
        error: stage.errors?.[0] ?? null,
        warnings: stage.warnings?.length ?? 0
      })
    })
    for (const gate of Object.values(stage.quality_gates ?? {})) {
      const status = gateStatus(gate)
      gatesTotal++
      if (status === 'failure') gatesFailed++
      findingsTotal += gate.findings?.length ?? 0
      const meta = gateMetadata(gate)
      if (gate.gate_name === 'test_coverage' && typeof meta.value === 'number') {
        coverage = meta.value
        coverageThreshold = typeof meta.threshold === 'number' ? meta.threshold : null
      }
      if (gate.gate_name === 'test_pass_rate' && typeof meta.value === 'number') passRate = meta.value
      const duration = nonNegative(gate.execution_time_ms)
      // A gate's own start is not in the report; gates start with their stage (the refactoring checks run
      // concurrently), so the stage's start is the closest truth there is.
      const started = Date.parse(stage.started_at)
      records.push({
        ...base,
        name: `gate:${key}.${gate.gate_name}`,
        started_at: stage.started_at,
        ended_at: Number.isFinite(started) ? new Date(started + duration).toISOString() : stage.finished_at,
        duration_ms: duration,
        status,
        retries: nonNegative(stage.retries),
        error_type: status === 'success' ? null : (gate.error_type ?? 'threshold_not_met'),
        metadata: { stage: key, gate: gate.gate_name, ...meta, error: clip(gate.errors?.[0] ?? null) }
      })
    }
  }
  for (const key of report.stages_skipped ?? []) {
    records.push({
      ...base,
      name: `stage:${key}`,
      // Never started: stamped with the moment the run ended, when the skip was final.
      started_at: runEnd,
      ended_at: runEnd,
      duration_ms: 0,
      status: 'skipped',
      retries: 0,
      error_type: null,
      metadata: { stage: key, target: report.target_stage, skip_reason: clip(report.skip_reasons?.[key] ?? null) }
    })
  }

  const runStatus: MetricStatus = report.cancelled ? 'cancelled' : report.success ? 'success' : 'failure'
  const firstFailed = report.stages_failed?.[0]
  const failedStage = firstFailed ? report.stage_results[firstFailed] : undefined
  records.push({
    ...base,
    name: 'run',
    started_at: report.started_at,
    ended_at: runEnd,
    duration_ms: nonNegative(report.total_execution_time_ms),
    status: runStatus,
    retries: stageEntries(report).reduce((n, [, s]) => n + nonNegative(s.retries), 0),
    error_type:
      runStatus === 'success'
        ? null
        : runStatus === 'cancelled'
          ? 'cancelled'
          : (failedStage?.error_type ?? (report.errors?.length ? 'configuration' : 'exit_code')),
    metadata: {
      target: report.target_stage,
      stages_completed: report.stages_completed?.length ?? 0,
      stages_failed: (report.stages_failed ?? []).join(',') || null,
      stages_skipped: report.stages_skipped?.length ?? 0,
      gates_total: gatesTotal,
      gates_failed: gatesFailed,
      findings_total: findingsTotal,
      coverage,
      coverage_threshold: coverageThreshold,
      pass_rate: passRate,
      error: clip(report.errors?.[0] ?? failedStage?.errors?.[0] ?? null),
      version: report.generator?.version ?? null
    }
  })
  return records
}

function stageEntries(report: WorkflowReport): Array<[string, StageResult]> {
  return Object.entries(report.stage_results ?? {}).filter((e): e is [string, StageResult] => e[1] !== undefined)
}

function runIdOf(report: WorkflowReport): string {
  // reports_dir is `<workspace>/.spec-to-production/runs/<component>-<stamp>-<hex>/reports`: unique per run.
  if (report.reports_dir) {
    const runDir = basename(dirname(report.reports_dir))
    if (runDir && runDir !== '.' && runDir !== '/') return runDir
  }
  return `${report.component_name}-${report.started_at}`
}

function stageStatus(stage: StageResult): MetricStatus {
  switch (stage.status) {
    case 'passed':
      return 'success'
    case 'cancelled':
      return 'cancelled'
    case 'skipped':
      return 'skipped'
    default:
      return 'failure'
  }
}

/** A failed gate is a failure, whatever else it says; a gate stopped by cancellation is cancelled. */
function gateStatus(gate: GateResult): MetricStatus {
  if (gate.passed) return 'success'
  return gate.error_type === 'cancelled' ? 'cancelled' : 'failure'
}

export interface GateMeasure {
  value: number | null
  threshold: number | null
  /** min: value must be ≥ threshold; max: value must be ≤ threshold. */
  direction: 'min' | 'max'
  unit: '%' | 'count'
}

/** Which detail of each known gate is its value and which its threshold (DESIGN.md §3). */
export function gateMeasure(gate: GateResult): GateMeasure | null {
  const d = gate.details ?? {}
  const num = (k: string): number | null => finite(d[k])
  switch (gate.gate_name) {
    case 'test_pass_rate':
      return { value: num('pass_rate'), threshold: num('required'), direction: 'min', unit: '%' }
    case 'test_coverage':
      return { value: num('coverage'), threshold: num('threshold'), direction: 'min', unit: '%' }
    case 'linting':
      return { value: num('issue_count'), threshold: num('max_issues'), direction: 'max', unit: 'count' }
    case 'type_checking':
      return { value: num('error_count'), threshold: num('max_errors'), direction: 'max', unit: 'count' }
    case 'instructions_validation':
      return { value: num('error_count'), threshold: 0, direction: 'max', unit: 'count' }
    case 'security': {
      // Blocking findings: secrets, critical and high (each limited separately; the sum against the sum of limits).
      const parts = [num('secret_count'), num('critical'), num('high')]
      const limits = [num('max_secrets'), num('max_critical'), num('max_high')]
      const measured = parts.some((p) => p !== null)
      return {
        value: measured ? parts.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
        threshold: limits.every((l) => l !== null) ? limits.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
        direction: 'max',
        unit: 'count'
      }
    }
    default:
      if (Array.isArray(d.criteria)) {
        const criteria = d.criteria as Array<{ met?: unknown }>
        return { value: criteria.filter((c) => c && c.met !== true).length, threshold: 0, direction: 'max', unit: 'count' }
      }
      if (finite(d.value) !== null) return { value: num('value'), threshold: num('threshold'), direction: 'min', unit: 'count' }
      return null
  }
}

const MAX_DETAIL_KEYS = 24

function gateMetadata(gate: GateResult): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {}
  let kept = 0
  for (const [k, v] of Object.entries(gate.details ?? {})) {
    if (UNSAFE_KEYS.has(k) || kept >= MAX_DETAIL_KEYS) continue
    if (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'boolean' || v === null) {
      out[k] = v as MetricValue
      kept++
    } else if (typeof v === 'string') {
      out[k] = clip(v)
      kept++
    }
  }
  const m = gateMeasure(gate)
  if (m) Object.assign(out, { value: m.value, threshold: m.threshold, direction: m.direction, unit: m.unit })
  const byTool = new Map<string, number>()
  for (const f of gate.findings ?? []) {
    const tool = clip(String(f.tool ?? 'unknown')) ?? 'unknown'
    byTool.set(tool, (byTool.get(tool) ?? 0) + 1)
  }
  out.findings = gate.findings?.length ?? 0
  // Object.fromEntries defines own properties: a tool named "__proto__" stays data, never a prototype.
  if (byTool.size) out.findings_by_tool = Object.fromEntries(byTool)
  return out
}

function compact(o: Record<string, MetricValue>): Record<string, MetricValue> {
  for (const k of Object.keys(o)) if (typeof o[k] === 'string') o[k] = clip(o[k] as string)
  return o
}

function clip(s: string | null): string | null {
  if (s === null) return null
  return s.length > MAX_STRING ? `${s.slice(0, MAX_STRING - 1)}…` : s
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

function nonNegative(v: unknown): number {
  const n = finite(v)
  return n !== null && n > 0 ? Math.round(n) : 0
}

// ---------------------------------------------------------------------------------------------------------------
// Files

export function metricsDir(workspaceDir: string): string {
  return join(workspaceDir, METRICS_SUBDIR)
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function toMs(now: Date | number): number {
  const ms = typeof now === 'number' ? now : now.getTime()
  if (!Number.isFinite(ms)) throw new RangeError('now is not a valid time')
  return ms
}

/**
 * Appends the records as JSON lines to `<workspaceDir>/metrics/<UTC day of now>.jsonl`, in one write. A file left
 * without its final newline (a writer killed mid-line) is closed first, so the torn line stays the only bad one.
 */
export async function appendMetrics(workspaceDir: string, records: readonly MetricRecord[], now: Date | number): Promise<{ file: string; lines: number }> {
  const dir = metricsDir(workspaceDir)
  await mkdir(dir, { recursive: true })
  const file = join(dir, `${utcDay(toMs(now))}.jsonl`)
  if (records.length === 0) return { file, lines: 0 }
  await appendWholeLines(file, records.map((r) => JSON.stringify(r)))
  return { file, lines: records.length }
}

export interface MergeResult {
  files: number
  /** Records added to the destination. */
  added: number
  /** Records the destination already had (same component, run and name). */
  duplicates: number
  malformed: number
}

/**
 * Merges the metrics of another workspace directory (e.g. a history restored from the cache into a staging
 * directory) into this one. A run is written in one append, so runs are the unit: records of a run the destination
 * already holds are duplicates; the others are appended to the same day file, re-serialized from their validated
 * form; malformed lines are left out. Restoring, then merging, never loses a local line, and merging twice adds
 * nothing. Memory: one key per run of the destination.
 */
export async function mergeMetrics(fromWorkspaceDir: string, toWorkspaceDir: string): Promise<MergeResult> {
  const result: MergeResult = { files: 0, added: 0, duplicates: 0, malformed: 0 }
  const from = metricsDir(fromWorkspaceDir)
  const to = metricsDir(toWorkspaceDir)
  const runKey = (r: MetricRecord) => `${r.component}\u0000${r.run_id}`
  const local = new Set<string>()
  for (const { name } of await dayFiles(to)) {
    const path = join(to, name)
    if (!(await isFile(path))) continue
    for await (const line of lineIterator(path)) {
      const rec = line === null ? null : toMetricRecord(parseRecordObject(line))
      if (rec) local.add(runKey(rec))
    }
  }
  for (const { name } of await dayFiles(from)) {
    const src = join(from, name)
    if (!(await isFile(src))) continue
    result.files++
    const dest = join(to, name)
    await mkdir(to, { recursive: true })
    let batch: string[] = []
    for await (const line of lineIterator(src)) {
      if (line !== null && !line.trim()) continue
      const rec = line === null ? null : toMetricRecord(parseRecordObject(line))
      if (!rec) {
        result.malformed++
        continue
      }
      if (local.has(runKey(rec))) {
        result.duplicates++
        continue
      }
      batch.push(JSON.stringify(rec))
      result.added++
      if (batch.length >= 1000) {
        await appendWholeLines(dest, batch)
        batch = []
      }
    }
    await appendWholeLines(dest, batch)
  }
  return result
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

export interface PruneResult {
  removedFiles: number
  removedEntries: number
}

/**
 * Drops what is older than `retentionDays` before `now`: whole day files past the cutoff, and the entries of the
 * file that straddles it (rewritten atomically; lines without a readable time go too). Other files are left alone.
 */
export async function pruneMetrics(workspaceDir: string, retentionDays: number, now: Date | number): Promise<PruneResult> {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) throw new RangeError(`retention days must be a positive number, got ${retentionDays}`)
  const cutoff = toMs(now) - retentionDays * DAY_MS
  const dir = metricsDir(workspaceDir)
  const result: PruneResult = { removedFiles: 0, removedEntries: 0 }
  for (const { name, day } of await dayFiles(dir)) {
    const path = join(dir, name)
    if (day + DAY_MS <= cutoff) {
      // Everything in it was appended before the cutoff.
      result.removedEntries += await countLines(path)
      await rm(path, { force: true })
      result.removedFiles++
    } else if (day < cutoff) {
      result.removedEntries += await rewriteKeeping(path, (rec) => {
        const t = rec ? Date.parse(String(rec.ended_at ?? rec.started_at)) : NaN
        return Number.isFinite(t) && t >= cutoff
      })
    }
  }
  return result
}

async function dayFiles(dir: string): Promise<Array<{ name: string; day: number }>> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const out: Array<{ name: string; day: number }> = []
  for (const name of names) {
    const m = FILE_RE.exec(name)
    const day = m ? Date.parse(`${m[1]}T00:00:00Z`) : NaN
    if (Number.isFinite(day)) out.push({ name, day })
  }
  return out.sort((a, b) => a.day - b.day)
}

async function countLines(path: string): Promise<number> {
  let n = 0
  for await (const line of lineIterator(path)) if (line === null || line.trim()) n++
  return n
}

async function rewriteKeeping(path: string, keep: (rec: Record<string, unknown> | null) => boolean): Promise<number> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  const out = createWriteStream(tmp)
  let removed = 0
  try {
    for await (const line of lineIterator(path)) {
      if (line !== null && !line.trim()) continue
      if (line === null || !keep(parseRecordObject(line))) {
        removed++
        continue
      }
      if (!out.write(`${line}\n`)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'finish')
  } catch (error) {
    out.destroy()
    await rm(tmp, { force: true })
    throw error
  }
  if (removed === 0) {
    await rm(tmp, { force: true })
    return 0
  }
  await rename(tmp, path)
  return removed
}

/** Longest line read; a longer one is skipped (counted malformed) without being held in memory. */
export const MAX_LINE_BYTES = 64 * 1024

/**
 * A line as a plain object, or null. JSON.parse defines a `"__proto__"` key as an own property (never the
 * prototype); readers then take only named fields, and `toMetricRecord` skips `__proto__`, `constructor` and
 * `prototype` wherever it copies keys — cheaper than a reviver on every value.
 */
function parseRecordObject(line: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(line)
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Validates and normalizes one parsed line; null when it is not a metrics record. */
export function toMetricRecord(v: Record<string, unknown> | null): MetricRecord | null {
  if (!v) return null
  const str = (x: unknown, max = MAX_STRING): string | null => (typeof x === 'string' && x.length > 0 && x.length <= max ? x : null)
  const name = str(v.name)
  const component = str(v.component)
  const runId = str(v.run_id)
  const startedAt = str(v.started_at, 40)
  const status = typeof v.status === 'string' && STATUSES.has(v.status) ? (v.status as MetricStatus) : null
  const duration = finite(v.duration_ms)
  if (!name || !component || !runId || !startedAt || !status || duration === null || duration < 0) return null
  const startMs = Date.parse(startedAt)
  if (!Number.isFinite(startMs)) return null
  const endMs = Date.parse(str(v.ended_at, 40) ?? '')
  const metadata: Record<string, MetricValue> = {}
  if (v.metadata && typeof v.metadata === 'object' && !Array.isArray(v.metadata)) {
    for (const [k, x] of Object.entries(v.metadata as Record<string, unknown>)) {
      if (UNSAFE_KEYS.has(k)) continue
      if (typeof x === 'number' ? Number.isFinite(x) : typeof x === 'boolean' || x === null) metadata[k] = x as MetricValue
      else if (typeof x === 'string') metadata[k] = clip(x)
    }
  }
  return {
    v: finite(v.v) ?? 1,
    name,
    component,
    run_id: runId,
    // Normalized to ISO form: day keys and sorting rely on it.
    started_at: new Date(startMs).toISOString(),
    ended_at: new Date(Number.isFinite(endMs) ? endMs : startMs).toISOString(),
    duration_ms: duration,
    status,
    retries: nonNegative(v.retries),
    error_type: str(v.error_type, 40),
    metadata
  }
}

export interface ReadOptions {
  /** Only this component's records. */
  component?: string
  /** Only records that started within this many days before `now`. */
  sinceDays?: number
  now?: Date | number
}

export interface ReadStats {
  files: number
  lines: number
  /** Lines that were not a valid metrics record (bad JSON, wrong shape, over-long), skipped. */
  malformed: number
}

/**
 * Streams the valid records of every day file, oldest file first; `stats` counts what was read and skipped.
 * Memory stays bounded whatever the files hold.
 */
export async function* iterateMetrics(workspaceDir: string, opts: ReadOptions = {}, stats: ReadStats = { files: 0, lines: 0, malformed: 0 }): AsyncGenerator<MetricRecord> {
  const now = opts.now === undefined ? Date.now() : toMs(opts.now)
  const since = opts.sinceDays !== undefined && Number.isFinite(opts.sinceDays) ? now - opts.sinceDays * DAY_MS : -Infinity
  const dir = metricsDir(workspaceDir)
  for (const { name, day } of await dayFiles(dir)) {
    if (day + DAY_MS <= since) continue
    const path = join(dir, name)
    if (!(await isFile(path))) continue
    stats.files++
    for await (const line of lineIterator(path)) {
      if (line !== null && !line.trim()) continue
      stats.lines++
      const rec = line === null ? null : toMetricRecord(parseRecordObject(line))
      if (!rec) {
        stats.malformed++
        continue
      }
      if (opts.component !== undefined && rec.component !== opts.component) continue
      if (Date.parse(rec.started_at) < since) continue
      yield rec
    }
  }
}

/**
 * The lines of a file, streamed: memory stays within one chunk plus one line. An over-long line comes as null,
 * without being held in memory.
 */
async function* lineIterator(path: string): AsyncGenerator<string | null> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 })
  let parts: Buffer[] = []
  let size = 0
  let overflow = false
  const take = (): string | null => {
    let line: string | null = null
    if (!overflow) {
      line = Buffer.concat(parts, size).toString('utf8')
      if (line.endsWith('\r')) line = line.slice(0, -1)
    }
    parts = []
    size = 0
    overflow = false
    return line
  }
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0
    for (;;) {
      const nl = chunk.indexOf(0x0a, start)
      const end = nl === -1 ? chunk.length : nl
      if (!overflow && end > start) {
        if (size + (end - start) > MAX_LINE_BYTES) {
          overflow = true
          parts = []
          size = 0
        } else {
          parts.push(chunk.subarray(start, end))
          size += end - start
        }
      }
      if (nl === -1) break
      yield take()
      start = nl + 1
    }
  }
  if (overflow || size > 0) yield take()
}

// ---------------------------------------------------------------------------------------------------------------
// History: the records folded into per-run summaries and per-day aggregates, within fixed bounds.

export interface HistoryStage {
  /** Stage key. */
  name: string
  status: MetricStatus
  started_at: string
  ended_at: string
  duration_ms: number
  retries: number
  error_type: string | null
}

export interface HistoryGate {
  /** `<stage>.<gate>`, e.g. `testing.test_coverage`. */
  name: string
  status: MetricStatus
  value: number | null
  threshold: number | null
  direction: 'min' | 'max' | null
  unit: string | null
  duration_ms: number
}

export interface HistoryRun {
  run_id: string
  component: string
  started_at: string
  ended_at: string
  /** From the run's own record; derived from its stages when that line is missing. */
  status: MetricStatus
  duration_ms: number
  retries: number
  target: string | null
  error_type: string | null
  coverage: number | null
  coverage_threshold: number | null
  pass_rate: number | null
  gates_total: number
  gates_failed: number
  stages: HistoryStage[]
  gates: HistoryGate[]
}

/** Every run of one UTC day (by start), those evicted from `runs` included. */
export interface HistoryDay {
  day: string
  runs: number
  failed_runs: number
  cancelled_runs: number
  duration_ms_avg: number | null
  coverage_avg: number | null
  pass_rate_avg: number | null
  gates_failed: number
  retries: number
}

export interface History {
  /** Runs, oldest first; at most `maxRuns` (the latest). */
  runs: HistoryRun[]
  /** Per-day aggregates over every run read, oldest first; at most `maxDays` (the latest). */
  days: HistoryDay[]
  /** Distinct runs read (before the cap). */
  runs_seen: number
  /** True when older runs were folded into `days` only. */
  truncated: boolean
  stats: ReadStats
}

export interface HistoryOptions extends ReadOptions {
  /** Runs kept whole (default 1000); older ones count in `days` only. */
  maxRuns?: number
  /** Days kept (default 400). */
  maxDays?: number
}

const MAX_STAGES_PER_RUN = 16
const MAX_GATES_PER_RUN = 64

interface RunAcc {
  run_id: string
  component: string
  run: MetricRecord | null
  stages: Map<string, HistoryStage>
  gates: Map<string, HistoryGate>
}

interface DayAcc {
  runs: number
  failed: number
  cancelled: number
  duration: [number, number]
  coverage: [number, number]
  passRate: [number, number]
  gatesFailed: number
  retries: number
}

/** Reads the metrics history with bounded memory: at most `maxRuns` runs and `maxDays` days are held. */
export async function readHistory(workspaceDir: string, opts: HistoryOptions = {}): Promise<History> {
  const maxRuns = Math.max(1, Math.floor(opts.maxRuns ?? 1000))
  const maxDays = Math.max(1, Math.floor(opts.maxDays ?? 400))
  const stats: ReadStats = { files: 0, lines: 0, malformed: 0 }
  const runs = new Map<string, RunAcc>()
  const days = new Map<string, DayAcc>()
  let seen = 0
  let truncated = false

  const fold = (run: HistoryRun): void => {
    const key = run.started_at.slice(0, 10)
    let d = days.get(key)
    if (!d) {
      d = { runs: 0, failed: 0, cancelled: 0, duration: [0, 0], coverage: [0, 0], passRate: [0, 0], gatesFailed: 0, retries: 0 }
      days.set(key, d)
      if (days.size > maxDays) {
        const oldest = [...days.keys()].sort()[0]
        days.delete(oldest)
      }
    }
    d.runs++
    if (run.status === 'failure') d.failed++
    if (run.status === 'cancelled') d.cancelled++
    d.duration[0] += run.duration_ms
    d.duration[1]++
    if (run.coverage !== null) {
      d.coverage[0] += run.coverage
      d.coverage[1]++
    }
    if (run.pass_rate !== null) {
      d.passRate[0] += run.pass_rate
      d.passRate[1]++
    }
    d.gatesFailed += run.gates_failed
    d.retries += run.retries
  }

  for await (const rec of iterateMetrics(workspaceDir, opts, stats)) {
    const key = `${rec.component}\u0000${rec.run_id}`
    let acc = runs.get(key)
    if (!acc) {
      seen++
      acc = { run_id: rec.run_id, component: rec.component, run: null, stages: new Map(), gates: new Map() }
      runs.set(key, acc)
      if (runs.size > maxRuns) {
        // Files are read oldest first, so the first run inserted is the oldest one.
        const [oldestKey, oldest] = runs.entries().next().value as [string, RunAcc]
        runs.delete(oldestKey)
        fold(summarize(oldest))
        truncated = true
      }
    }
    // A record seen twice (a history restored over itself) counts once: the last line wins.
    if (rec.name === 'run') acc.run = rec
    else if (rec.name.startsWith('stage:')) {
      const name = rec.name.slice(6)
      if (acc.stages.has(name) || acc.stages.size < MAX_STAGES_PER_RUN) {
        acc.stages.set(name, {
          name,
          status: rec.status,
          started_at: rec.started_at,
          ended_at: rec.ended_at,
          duration_ms: rec.duration_ms,
          retries: rec.retries,
          error_type: rec.error_type
        })
      }
    } else if (rec.name.startsWith('gate:')) {
      const name = rec.name.slice(5)
      if (acc.gates.has(name) || acc.gates.size < MAX_GATES_PER_RUN) {
        const m = rec.metadata
        acc.gates.set(name, {
          name,
          status: rec.status,
          value: finite(m.value),
          threshold: finite(m.threshold),
          direction: m.direction === 'min' || m.direction === 'max' ? m.direction : null,
          unit: typeof m.unit === 'string' ? m.unit : null,
          duration_ms: rec.duration_ms
        })
      }
    }
  }
  const kept = [...runs.values()].map(summarize).sort((a, b) => Date.parse(a.started_at) - Date.parse(b.started_at))
  for (const run of kept) fold(run)
  const dayList = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, d]): HistoryDay => ({
      day,
      runs: d.runs,
      failed_runs: d.failed,
      cancelled_runs: d.cancelled,
      duration_ms_avg: d.duration[1] ? Math.round(d.duration[0] / d.duration[1]) : null,
      coverage_avg: d.coverage[1] ? round2(d.coverage[0] / d.coverage[1]) : null,
      pass_rate_avg: d.passRate[1] ? round2(d.passRate[0] / d.passRate[1]) : null,
      gates_failed: d.gatesFailed,
      retries: d.retries
    }))
  return { runs: kept, days: dayList, runs_seen: seen, truncated, stats }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

function summarize(acc: RunAcc): HistoryRun {
  const stages = [...acc.stages.values()]
  const gates = [...acc.gates.values()]
  const r = acc.run
  const times = [...stages.flatMap((s) => [s.started_at, s.ended_at]), ...(r ? [r.started_at, r.ended_at] : [])]
    .map((t) => Date.parse(t))
    .filter(Number.isFinite)
  const first = times.length ? Math.min(...times) : 0
  const last = times.length ? Math.max(...times) : 0
  const derivedStatus: MetricStatus = stages.some((s) => s.status === 'cancelled')
    ? 'cancelled'
    : stages.some((s) => s.status === 'failure') || gates.some((g) => g.status === 'failure')
      ? 'failure'
      : 'success'
  const gate = (suffix: string) => gates.find((g) => g.name.endsWith(`.${suffix}`))
  const m = r?.metadata ?? {}
  return {
    run_id: acc.run_id,
    component: acc.component,
    started_at: r?.started_at ?? new Date(first).toISOString(),
    ended_at: r?.ended_at ?? new Date(last).toISOString(),
    status: r?.status ?? derivedStatus,
    duration_ms: r?.duration_ms ?? Math.max(0, last - first),
    retries: r?.retries ?? stages.reduce((n, s) => n + s.retries, 0),
    target: typeof m.target === 'string' ? m.target : null,
    error_type: r ? r.error_type : null,
    coverage: finite(m.coverage) ?? gate('test_coverage')?.value ?? null,
    coverage_threshold: finite(m.coverage_threshold) ?? gate('test_coverage')?.threshold ?? null,
    pass_rate: finite(m.pass_rate) ?? gate('test_pass_rate')?.value ?? null,
    gates_total: gates.length || (finite(m.gates_total) ?? 0),
    gates_failed: gates.length ? gates.filter((g) => g.status === 'failure').length : (finite(m.gates_failed) ?? 0),
    stages,
    gates
  }
}
