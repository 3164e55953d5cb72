/**
 * Execution metrics, the history: the records folded into per-run summaries and per-day aggregates, within fixed
 * bounds, for the dashboard's trends and the pull-request comment's change against the base branch.
 */
import { finite, type MetricRecord, type MetricStatus } from './record.js'
import { iterateMetrics, type ReadOptions, type ReadStats } from './store.js'

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
  /** The branch the run judged, when it was recorded. */
  branch: string | null
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
      coverage_avg: d.coverage[1] ? truncate2(d.coverage[0] / d.coverage[1]) : null,
      pass_rate_avg: d.passRate[1] ? truncate2(d.passRate[0] / d.passRate[1]) : null,
      gates_failed: d.gatesFailed,
      retries: d.retries
    }))
  return { runs: kept, days: dayList, runs_seen: seen, truncated, stats }
}

/**
 * A mean percent at two decimals, truncated as every rate shown is (never rounded up: a day with one run of 99.99% among
 * 100% runs is no 100% day); the epsilon keeps a mean that is exactly 99.5 from reading 99.49 through floating error.
 */
function truncate2(n: number): number {
  return Math.floor(n * 100 + 1e-9) / 100
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
    branch: typeof m.branch === 'string' ? m.branch : null,
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

/** The latest run of `component` on `branch` (other than `exceptRunId`), as the base of a comparison; null when none. */
export function lastRunOn(history: History, component: string, branch: string, exceptRunId?: string): HistoryRun | null {
  for (let i = history.runs.length - 1; i >= 0; i--) {
    const run = history.runs[i]
    if (run.component === component && run.branch === branch && run.run_id !== exceptRunId) return run
  }
  return null
}
