import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import {
  MAX_LINE_BYTES,
  appendMetrics,
  iterateMetrics,
  mergeMetrics,
  metricsFromReport,
  pruneMetrics,
  readHistory,
  type MetricRecord
} from '../../src/observability/metrics.js'
import { makeReport } from './fixtures.js'

const DAY = 86_400_000
let ws: string
beforeEach(async () => {
  ws = await mkdtemp(join(tmpdir(), 's2p-metrics-'))
})
afterEach(async () => {
  await rm(ws, { recursive: true, force: true })
})

const byName = (records: MetricRecord[]) => new Map(records.map((r) => [r.name, r]))

describe('metricsFromReport: status truth', () => {
  it('records a failing gate as a failure with its value against its threshold', () => {
    const recs = byName(metricsFromReport(makeReport({ failTests: true })))
    const gate = recs.get('gate:testing.test_pass_rate')!
    expect(gate.status).toBe('failure')
    expect(gate.error_type).toBe('threshold_not_met')
    expect(gate.metadata).toMatchObject({ value: 97.5, threshold: 100, direction: 'min', unit: '%', failed: 1, findings: 1 })
    expect(gate.metadata.findings_by_tool).toEqual({ tests: 1 })
    expect(gate.component).toBe('player_experience')
    expect(gate.run_id).toBe('player_experience-20251020T120000Z-a1b2c3')

    const cov = recs.get('gate:testing.test_coverage')!
    expect(cov).toMatchObject({ status: 'success', error_type: null })
    expect(cov.metadata).toMatchObject({ value: 82.35, threshold: 70, lines_total: 1700 })

    expect(recs.get('stage:testing')).toMatchObject({ status: 'failure', retries: 1, error_type: 'threshold_not_met', duration_ms: 8000 })
    expect(recs.get('stage:specification')).toMatchObject({ status: 'success', error_type: null })
    const run = recs.get('run')!
    expect(run).toMatchObject({ status: 'failure', error_type: 'threshold_not_met', duration_ms: 8060, retries: 1 })
    expect(run.metadata).toMatchObject({ gates_total: 2, gates_failed: 1, coverage: 82.35, coverage_threshold: 70, pass_rate: 97.5, stages_failed: 'testing' })
  })

  it('records the stages a failure stopped as skipped, with the reason, never as success', () => {
    const recs = byName(metricsFromReport(makeReport({ failTests: true })))
    for (const key of ['refactoring', 'staging_deployment']) {
      expect(recs.get(`stage:${key}`)).toMatchObject({ status: 'skipped', duration_ms: 0, error_type: null, metadata: { skip_reason: 'stage testing failed' } })
    }
    // No gate record for a stage that never ran.
    expect([...recs.keys()].filter((k) => k.startsWith('gate:refactoring'))).toEqual([])
  })

  it('records a cancelled stage and run as cancelled', () => {
    const recs = byName(metricsFromReport(makeReport({ cancelled: true })))
    expect(recs.get('stage:testing')).toMatchObject({ status: 'cancelled', error_type: 'cancelled' })
    expect(recs.get('run')).toMatchObject({ status: 'cancelled', error_type: 'cancelled' })
  })

  it('records a passing run as success everywhere, one record per stage and gate plus the run', () => {
    const recs = metricsFromReport(makeReport({ failTests: false }))
    expect(recs.map((r) => r.name)).toEqual([
      'stage:specification',
      'stage:testing',
      'gate:testing.test_pass_rate',
      'gate:testing.test_coverage',
      'stage:refactoring',
      'gate:refactoring.linting',
      'gate:refactoring.type_checking',
      'gate:refactoring.security',
      'stage:staging_deployment',
      'run'
    ])
    expect(recs.filter((r) => r.status !== 'success').map((r) => r.name)).toEqual(['stage:staging_deployment'])
    const sec = recs.find((r) => r.name === 'gate:refactoring.security')!
    expect(sec.metadata).toMatchObject({ value: 0, threshold: 0, direction: 'max', medium: 1, max_medium: 5 })
    // A non-scalar detail (tools: [...]) is not copied.
    expect(sec.metadata.tools).toBeUndefined()
  })

  it('a failing gate is a failure even when its stage claims success', () => {
    const report = makeReport({ failTests: false })
    const g = report.stage_results.refactoring!.quality_gates.linting
    g.passed = false
    expect(byName(metricsFromReport(report)).get('gate:refactoring.linting')).toMatchObject({ status: 'failure', error_type: 'threshold_not_met' })
  })
})

describe('appendMetrics', () => {
  it('appends JSON lines to the UTC day file of now, closing a torn last line first', async () => {
    const now = Date.parse('2025-10-20T23:59:59.000Z')
    const recs = metricsFromReport(makeReport())
    const { file } = await appendMetrics(ws, recs, now)
    expect(file).toBe(join(ws, 'metrics', '2025-10-20.jsonl'))
    await writeFile(file, (await readFile(file, 'utf8')) + '{"name":"torn')
    await appendMetrics(ws, recs, new Date(now))
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(recs.length * 2 + 1)
    const h = await readHistory(ws, { now })
    expect(h.stats.malformed).toBe(1)
    expect(h.runs).toHaveLength(1) // the same run twice counts once
    await appendMetrics(ws, recs, now + 1000)
    expect((await readdir(join(ws, 'metrics'))).sort()).toEqual(['2025-10-20.jsonl', '2025-10-21.jsonl'])
  })
})

describe('pruneMetrics', () => {
  it('drops day files past retention, the old entries of the straddling file, and nothing else', async () => {
    const now = Date.parse('2025-10-31T06:00:00.000Z')
    const dir = join(ws, 'metrics')
    for (let d = 0; d < 40; d++) {
      const t = now - d * DAY
      await appendMetrics(ws, metricsFromReport(makeReport({ startedAt: t - 20_000 })), t)
    }
    // The straddling file (cutoff 2025-10-01T06:00Z): one entry before the cutoff, one after, one unreadable.
    const straddle = join(dir, '2025-10-01.jsonl')
    const rec = (at: string) => JSON.stringify({ name: 'run', component: 'c', run_id: at, started_at: at, ended_at: at, duration_ms: 1, status: 'success' })
    await writeFile(straddle, `${rec('2025-10-01T01:00:00.000Z')}\n${rec('2025-10-01T07:00:00.000Z')}\nnot json\n`)
    await writeFile(join(dir, 'README.txt'), 'keep me')
    await writeFile(join(dir, '2099-01-01.jsonl'), `${rec('2099-01-01T00:00:00.000Z')}\n`)

    const result = await pruneMetrics(ws, 30, now)
    const files = (await readdir(dir)).sort()
    expect(files[0]).toBe('2025-10-01.jsonl')
    expect(files).toContain('README.txt')
    expect(files).toContain('2099-01-01.jsonl')
    expect(files.filter((f) => f.endsWith('.jsonl'))).toHaveLength(32) // Oct 1..31 + the future file
    expect(result.removedFiles).toBe(9) // Sep 22 .. Sep 30, wholly before the cutoff
    expect((await readFile(straddle, 'utf8')).trim().split('\n')).toEqual([rec('2025-10-01T07:00:00.000Z')])
    expect(result.removedEntries).toBeGreaterThan(9 * 5)
    // Pruning again changes nothing.
    expect(await pruneMetrics(ws, 30, now)).toEqual({ removedFiles: 0, removedEntries: 0 })
    await expect(pruneMetrics(ws, 0, now)).rejects.toThrow(RangeError)
  })

  it('is a no-op without a metrics directory', async () => {
    expect(await pruneMetrics(join(ws, 'nothing'), 30, Date.now())).toEqual({ removedFiles: 0, removedEntries: 0 })
  })
})

describe('readHistory: hostile and malformed lines', () => {
  it('skips and counts malformed lines, and ignores __proto__ keys', async () => {
    const now = Date.parse('2025-10-20T13:00:00.000Z')
    await appendMetrics(ws, metricsFromReport(makeReport()), now)
    const good = { name: 'run', component: 'player_experience', run_id: 'r2', started_at: '2025-10-20T12:30:00.000Z', ended_at: '2025-10-20T12:31:00.000Z', duration_ms: 60_000, status: 'success', retries: 0, error_type: null }
    const lines = [
      'not json at all',
      '[1,2,3]',
      'null',
      '"a string"',
      '{"name":"run"}',
      JSON.stringify({ ...good, status: 'exploded' }),
      JSON.stringify({ ...good, duration_ms: -5 }),
      JSON.stringify({ ...good, started_at: 'yesterday-ish' }),
      JSON.stringify({ ...good, duration_ms: 'NaN' }),
      `{"name":"run","component":"player_experience","run_id":"big","started_at":"2025-10-20T12:30:00.000Z","duration_ms":1,"status":"success","pad":"${'x'.repeat(MAX_LINE_BYTES + 10)}"}`,
      '',
      '   ',
      // Hostile keys at the top and inside metadata, then a valid record.
      `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(good).slice(1, -1)},"metadata":{"__proto__":{"polluted":true},"coverage":91.5,"target":"dev"}}`,
      '\r',
      JSON.stringify({ ...good, run_id: 'r3', started_at: '2025-10-20T12:40:00.000Z' }) + '\r'
    ]
    const before = await readFile(join(ws, 'metrics', '2025-10-20.jsonl'), 'utf8')
    await writeFile(join(ws, 'metrics', '2025-10-20.jsonl'), before + lines.join('\n') + '\n')
    const h = await readHistory(ws, { now })
    expect(h.stats.malformed).toBe(10)
    // The first one named by file and line, for the warning: 'not json at all' follows the lines appendMetrics wrote.
    expect(h.stats.first_malformed).toEqual({ file: join(ws, 'metrics', '2025-10-20.jsonl'), line: before.split('\n').length })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(h.runs.map((r) => r.run_id)).toEqual(['player_experience-20251020T120000Z-a1b2c3', 'r2', 'r3'])
    const r2 = h.runs[1]
    expect(r2).toMatchObject({ status: 'success', coverage: 91.5, target: 'dev', duration_ms: 60_000 })
    expect(Object.getPrototypeOf(r2)).toBe(Object.prototype)
    // Straight iteration sees the same records.
    const names: string[] = []
    for await (const rec of iterateMetrics(ws, { now })) {
      expect(Object.prototype.hasOwnProperty.call(rec.metadata, '__proto__')).toBe(false)
      names.push(rec.name)
    }
    expect(names.filter((x) => x === 'run')).toHaveLength(3)
    // Past 1 MiB the file is streamed rather than read whole: the same lines, the same verdicts.
    await writeFile(join(ws, 'metrics', '2025-10-20.jsonl'), `${'\n'.repeat(1_100_000)}${await readFile(join(ws, 'metrics', '2025-10-20.jsonl'), 'utf8')}`)
    const streamed = await readHistory(ws, { now })
    // The same lines 1,100,000 further down.
    expect(streamed.stats).toEqual({ ...h.stats, first_malformed: { file: h.stats.first_malformed!.file, line: h.stats.first_malformed!.line + 1_100_000 } })
    expect(streamed.runs).toEqual(h.runs)
  })

  it('filters by component and age, and bounds what it holds', async () => {
    const now = Date.parse('2025-12-31T12:00:00.000Z')
    for (let d = 0; d < 20; d++) {
      for (let k = 0; k < 3; k++) {
        const t = now - d * DAY - k * 3_600_000
        const report = makeReport({ startedAt: t - 20_000, failTests: k === 0 })
        await appendMetrics(ws, metricsFromReport(report, { runId: `run-${d}-${k}` }), t)
      }
    }
    const other = makeReport({ startedAt: now - 1000 })
    other.component_name = 'narrative_engine'
    await appendMetrics(ws, metricsFromReport(other, { runId: 'other' }), now)

    const all = await readHistory(ws, { now })
    expect(all.runs).toHaveLength(61)
    const mine = await readHistory(ws, { now, component: 'player_experience', sinceDays: 7 })
    expect(mine.runs.every((r) => r.component === 'player_experience')).toBe(true)
    expect(mine.runs).toHaveLength(7 * 3)
    expect(mine.runs[0].started_at < mine.runs[20].started_at).toBe(true)

    const capped = await readHistory(ws, { now, component: 'player_experience', maxRuns: 10 })
    expect(capped.runs).toHaveLength(10)
    expect(capped.truncated).toBe(true)
    expect(capped.runs_seen).toBe(60)
    // Evicted runs still count in the per-day aggregates.
    expect(capped.days.reduce((a, d) => a + d.runs, 0)).toBe(60)
    expect(capped.days.reduce((a, d) => a + d.failed_runs, 0)).toBe(20)
    expect(capped.runs.at(-1)!.run_id).toBe('run-0-0')
    const day = capped.days.at(-1)!
    expect(day).toMatchObject({ runs: 3, failed_runs: 1, coverage_avg: 82.35 })
  })

  it('derives a run summary from its stages when the run line is missing', async () => {
    const now = Date.parse('2025-10-20T13:00:00.000Z')
    const recs = metricsFromReport(makeReport()).filter((r) => r.name !== 'run')
    await appendMetrics(ws, recs, now)
    const [run] = (await readHistory(ws, { now })).runs
    expect(run).toMatchObject({ status: 'failure', coverage: 82.35, pass_rate: 97.5, gates_total: 2, gates_failed: 1 })
  })

  it('read again after appends, edits and rewrites, says what reading it afresh says (lines read before are not parsed again)', async () => {
    const now = Date.parse('2025-10-20T13:00:00.000Z')
    const file = join(ws, 'metrics', '2025-10-20.jsonl')
    const run = (id: string, minute: number, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ name: 'run', component: 'player_experience', run_id: id, started_at: `2025-10-20T12:${String(minute).padStart(2, '0')}:00.000Z`, duration_ms: 1000, status: 'success', retries: 0, error_type: null, ...extra })
    // The same text read by a process that never read it: another module instance, no lines remembered.
    const fresh = async () => {
      const text = await readFile(file, 'utf8')
      const other = await mkdtemp(join(tmpdir(), 's2p-metrics-fresh-'))
      await mkdir(join(other, 'metrics'))
      await writeFile(join(other, 'metrics', '2025-10-20.jsonl'), text)
      try {
        return await readHistory(other, { now })
      } finally {
        await rm(other, { recursive: true, force: true })
      }
    }
    const same = async () => {
      const h = await readHistory(ws, { now })
      const f = await fresh()
      // The same stats, the first malformed line at the same line of its (other) directory's file.
      const where = (s: typeof h.stats) => ({ ...s, first_malformed: s.first_malformed && { ...s.first_malformed, file: basename(s.first_malformed.file) } })
      expect(where(h.stats)).toEqual(where(f.stats))
      expect(h.runs).toEqual(f.runs)
      expect(h.days).toEqual(f.days)
      return h
    }
    await mkdir(join(ws, 'metrics'))
    await writeFile(file, `${run('a', 1)}\nnot json\n\n${run('b', 2)}\n`)
    expect((await same()).runs.map((r) => r.run_id)).toEqual(['a', 'b'])
    // Appended, with a torn last line (no line feed yet).
    await writeFile(file, `${await readFile(file, 'utf8')}${run('c', 3)}\n${run('d', 4).slice(0, 30)}`)
    const torn = await same()
    expect(torn.runs.map((r) => r.run_id)).toEqual(['a', 'b', 'c'])
    expect(torn.stats.malformed).toBe(2)
    // The torn line completed in place (the file only grew): now a record.
    await writeFile(file, `${(await readFile(file, 'utf8')).slice(0, -30)}${run('d', 4)}\n`)
    expect((await same()).runs.map((r) => r.run_id)).toEqual(['a', 'b', 'c', 'd'])
    // Edited in place, same length, then appended to: the edit is seen.
    const text = await readFile(file, 'utf8')
    await writeFile(file, `${text.replace(run('a', 1), run('a', 1).replace('"success"', '"failure"'))}${run('e', 5)}\n`)
    expect((await same()).runs.map((r) => [r.run_id, r.status])).toEqual([['a', 'failure'], ['b', 'success'], ['c', 'success'], ['d', 'success'], ['e', 'success']])
    // Rewritten shorter (as a prune does): the old lines are gone.
    await writeFile(file, `${run('f', 6)}\n`)
    expect((await same()).runs.map((r) => r.run_id)).toEqual(['f'])
    // The records given out are not changed by a later read.
    const first = await readHistory(ws, { now })
    await writeFile(file, `${run('f', 6)}\n${run('g', 7, { metadata: { target: 'staging' } })}\n`)
    await same()
    expect(first.runs.map((r) => r.run_id)).toEqual(['f'])
  })

  it('reads nothing from a missing directory', async () => {
    const h = await readHistory(join(ws, 'none'))
    expect(h).toMatchObject({ runs: [], days: [], stats: { files: 0, lines: 0, malformed: 0 } })
  })
})

describe('metrics files stay line-oriented', () => {
  it('never writes a raw newline inside a record', async () => {
    const report = makeReport()
    report.stage_results.testing!.errors = ['line one\nline two\r\n{"name":"run"}']
    await appendMetrics(ws, metricsFromReport(report), Date.now())
    const [file] = await readdir(join(ws, 'metrics'))
    const lines = (await readFile(join(ws, 'metrics', file), 'utf8')).trimEnd().split('\n')
    expect(lines.every((l) => JSON.parse(l).v === 1)).toBe(true)
    await mkdir(join(ws, 'metrics', '2025-01-01.jsonl'), { recursive: true }) // a directory with a day name is skipped
    expect((await readHistory(ws)).stats.malformed).toBe(0)
  })
})

describe('mergeMetrics (a history restored from the cache)', () => {
  it('adds what the destination lacks, once, and keeps every local line', async () => {
    const now = Date.parse('2025-10-20T13:00:00.000Z')
    const restored = join(ws, 'restored')
    const local = join(ws, 'local')
    const a = metricsFromReport(makeReport({ startedAt: now - 90_000_000 }), { runId: 'a' })
    const b = metricsFromReport(makeReport({ startedAt: now - 3_600_000 }), { runId: 'b' })
    const c = metricsFromReport(makeReport({ startedAt: now - 1_800_000 }), { runId: 'c' })
    await appendMetrics(restored, a, now - 86_400_000)
    await appendMetrics(restored, [...b, ...c], now)
    await writeFile(join(restored, 'metrics', '2025-10-20.jsonl'), (await readFile(join(restored, 'metrics', '2025-10-20.jsonl'), 'utf8')) + '{"torn')
    await appendMetrics(local, b, now) // this run, already appended locally

    expect(await mergeMetrics(restored, local)).toEqual({ files: 2, added: a.length + c.length, duplicates: b.length, malformed: 1, tests: { added: 0, duplicates: 0, malformed: 0 } })
    expect(await mergeMetrics(restored, local)).toEqual({ files: 2, added: 0, duplicates: a.length + b.length + c.length, malformed: 1, tests: { added: 0, duplicates: 0, malformed: 0 } })
    expect((await readdir(join(local, 'metrics'))).sort()).toEqual(['2025-10-19.jsonl', '2025-10-20.jsonl'])
    const h = await readHistory(local, { now })
    expect(h.runs.map((r) => r.run_id)).toEqual(['a', 'b', 'c'])
    expect(h.stats.lines).toBe(a.length + b.length + c.length)
    expect(h.stats.malformed).toBe(0)
    expect(await mergeMetrics(join(ws, 'nothing'), local)).toEqual({ files: 0, added: 0, duplicates: 0, malformed: 0, tests: { added: 0, duplicates: 0, malformed: 0 } })
  })
})
