/** Synthetic metrics history: `days` days of `runsPerDay` runs with `gates` gates each, written as real jsonl files. */
import { appendMetrics, type MetricRecord, type MetricStatus } from '../../src/observability/metrics.js'

const DAY = 86_400_000

export async function writeSyntheticHistory(
  workspaceDir: string,
  opts: { component: string; days: number; runsPerDay: number; gates: number; now: number }
): Promise<number> {
  let lines = 0
  let seed = 7
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  for (let d = opts.days - 1; d >= 0; d--) {
    for (let k = 0; k < opts.runsPerDay; k++) {
      const start = opts.now - d * DAY - (opts.runsPerDay - k) * 3_600_000
      const runId = `${opts.component}-${d}-${k}`
      const base = { v: 1, component: opts.component, run_id: runId }
      const records: MetricRecord[] = []
      let failed = 0
      const coverage = Math.round((70 + 15 * Math.sin(d / 9) + rand() * 4) * 100) / 100
      const passRate = rand() < 0.15 ? Math.round((95 + rand() * 4.9) * 100) / 100 : 100
      for (let g = 0; g < opts.gates; g++) {
        const stage = g < 2 ? 'testing' : 'refactoring'
        const name = g === 0 ? 'test_coverage' : g === 1 ? 'test_pass_rate' : `check_${String(g).padStart(2, '0')}`
        const value = g === 0 ? coverage : g === 1 ? passRate : rand() < 0.02 ? 2 : Math.floor(rand() * 2)
        const threshold = g === 0 ? 70 : g === 1 ? 100 : 1
        const ok = g < 2 ? value >= threshold : value <= threshold
        const status: MetricStatus = ok ? 'success' : 'failure'
        if (!ok) failed++
        const dur = Math.round(500 + rand() * 4000)
        records.push({
          ...base,
          name: `gate:${stage}.${name}`,
          started_at: new Date(start).toISOString(),
          ended_at: new Date(start + dur).toISOString(),
          duration_ms: dur,
          status,
          retries: 0,
          error_type: ok ? null : 'threshold_not_met',
          metadata: { stage, gate: name, value, threshold, direction: g < 2 ? 'min' : 'max', unit: g < 2 ? '%' : 'count' }
        })
      }
      const total = Math.round(30_000 + rand() * 30_000)
      for (const stage of ['specification', 'testing', 'refactoring']) {
        records.push({ ...base, name: `stage:${stage}`, started_at: new Date(start).toISOString(), ended_at: new Date(start + total / 3).toISOString(), duration_ms: Math.round(total / 3), status: failed ? 'failure' : 'success', retries: 0, error_type: null, metadata: { stage } })
      }
      records.push({
        ...base,
        name: 'run',
        started_at: new Date(start).toISOString(),
        ended_at: new Date(start + total).toISOString(),
        duration_ms: total,
        status: failed ? 'failure' : 'success',
        retries: 0,
        error_type: failed ? 'threshold_not_met' : null,
        metadata: { target: 'staging', coverage, coverage_threshold: 70, pass_rate: passRate, gates_total: opts.gates, gates_failed: failed }
      })
      await appendMetrics(workspaceDir, records, start + total)
      lines += records.length
    }
  }
  return lines
}
