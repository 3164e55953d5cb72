#!/usr/bin/env node
// Per-test history figures (issue 15): with 29 runs of 50,000 tests already kept, the time one more run costs —
// read the history, classify this run (new/known failures, flaky, slowest), append it, prune — and the size of the
// history: bytes per test per run, index size. Also the cost of the JUnit parser's per-case callback feeding the
// collector, on a 50,000-case report, next to the same parse without it. Prints a table and writes
// bench/results/test-history.json.
//
//   node bench/test-history.mjs
//   BENCH_TESTS=100000 BENCH_RUNS=30 BENCH_ROUNDS=5 node bench/test-history.mjs
//
// The modules are bundled on the fly from src/ with esbuild, so the figures are those of the sources as they are.
// The whole measurement runs in one `node --expose-gc` child, whose peak RSS (`process.resourceUsage().maxRSS`) is
// reported. The suite: 500 test files; every run, ~1% of tests fail (half of them the same on every run: known),
// 0.2% flip at random (flaky), durations vary around each test's own median.
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { generateJUnit } from './gen-junit.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const TESTS = Number(process.env.BENCH_TESTS ?? 50_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

const CHILD = `
import { performance } from 'node:perf_hooks'
import { readdirSync, statSync, rmSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
const [bundle, junitFile, TESTS, RUNS, ROUNDS] = [process.argv[2], process.argv[3], ...process.argv.slice(4).map(Number)]
const m = await import(bundle)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
// A deterministic generator, so every round sees the same suite.
let seed = 42
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const T0 = Date.parse('2026-11-01T00:00:00Z')
const ids = Array.from({ length: TESTS }, (_, i) => 'tests.module_' + (i % 500) + '.TestCase' + (i % 7) + '::test_case_' + i)
const files = Array.from({ length: TESTS }, (_, i) => 'tests/module_' + (i % 500) + '.py')
const base = Array.from({ length: TESTS }, () => Math.round(5 + rand() * 400))
const hashes = new Map(Array.from({ length: 500 }, (_, f) => ['tests/module_' + f + '.py', (f * 2654435761 % 4294967296).toString(16).padStart(8, '0').repeat(5)]))
function runOf(r) {
  const results = new Array(TESTS)
  for (let i = 0; i < TESTS; i++) {
    let outcome = 'passed'
    if (i % 200 === 0) outcome = 'failed' // known: fails every run
    else if (rand() < 0.005) outcome = 'failed'
    else if (i % 500 === 7 && rand() < 0.5) outcome = 'failed' // flaky
    else if (i % 50 === 49) outcome = 'skipped'
    results[i] = { id: ids[i], file: files[i], outcome, duration_ms: Math.round(base[i] * (0.8 + rand() * 0.4)) }
  }
  return { meta: { key: 'run-' + r, run_id: String(1000 + r), attempt: 1, branch: r % 3 === 2 ? 'feature' : 'main', sha: 'sha' + r, at: new Date(T0 + r * 3_600_000).toISOString(), component: 'big' }, results }
}
const out = { tests: TESTS, runs: RUNS }
const dirSize = (d) => readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(join(d, e.name)) : statSync(join(d, e.name)).size), 0)
const update = [], read = [], classify = [], append = [], prune = [], build = []
let bytesPerRun = 0, indexBytes = 0, totalBytes = 0, insights
for (let round = 0; round < ROUNDS; round++) {
  seed = 42
  const ws = mkdtempSync(join(tmpdir(), 'bench-th-'))
  const tb = performance.now()
  for (let r = 0; r < RUNS - 1; r++) {
    const { meta, results } = runOf(r)
    await m.appendTestRun(ws, meta, results, hashes)
  }
  build.push((performance.now() - tb) / (RUNS - 1))
  const { meta, results } = runOf(RUNS - 1)
  // The collector's columns, which the parser's callback fills while the report is read (timed with the parse below).
  const run = m.runTestsOf(results)
  globalThis.gc()
  const t0 = performance.now()
  const history = await m.readTestHistory(ws, 'big', { sinceDays: 90, now: T0 + RUNS * 3_600_000 })
  m.numberTests(history, run)
  const t1 = performance.now()
  insights = m.classifyTests(history, { meta, results: run, fileHashes: hashes }, { baseBranch: 'main' })
  const t2 = performance.now()
  const a = await m.appendTestRun(ws, meta, run, hashes, { history })
  const t3 = performance.now()
  await m.pruneTestHistory(ws, 90, T0 + RUNS * 3_600_000)
  const t4 = performance.now()
  read.push(t1 - t0); classify.push(t2 - t1); append.push(t3 - t2); prune.push(t4 - t3); update.push(t4 - t0)
  bytesPerRun = a.bytes
  const dir = m.testHistoryDir(ws, 'big')
  indexBytes = statSync(join(dir, 'index.txt')).size
  totalBytes = dirSize(dir)
  if (history.runs.length !== RUNS - 1) throw new Error('expected ' + (RUNS - 1) + ' runs, read ' + history.runs.length)
  rmSync(ws, { recursive: true, force: true })
}
Object.assign(out, {
  update_ms: median(update), read_ms: median(read), classify_ms: median(classify), append_ms: median(append), prune_ms: median(prune),
  append_while_building_ms: median(build),
  run_bytes: bytesPerRun, bytes_per_test_per_run: bytesPerRun / TESTS, index_bytes: indexBytes, history_bytes: totalBytes,
  history_bytes_per_test_per_run: totalBytes / (TESTS * RUNS),
  found: { new: insights.new_failures_count, known: insights.known_failures_count, flaky: insights.flaky_count, slowest: insights.slowest.length }
})
// The parser's per-case callback: the same report parsed without and with the collector.
const plain = [], collected = []
let folded = 0
for (let round = 0; round < ROUNDS; round++) {
  globalThis.gc()
  let t = performance.now()
  await m.readTestReport(junitFile, { workspace: '/w' })
  plain.push(performance.now() - t)
  globalThis.gc()
  const c = new m.TestCaseCollector()
  t = performance.now()
  await m.readTestReport(junitFile, { workspace: '/w', onCase: c.onCase })
  collected.push(performance.now() - t)
  folded = c.size
}
Object.assign(out, { junit_parse_ms: median(plain), junit_parse_with_collector_ms: median(collected), junit_cases_folded: folded })
out.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024)
process.stdout.write(JSON.stringify(out))
`

const dir = mkdtempSync(join(tmpdir(), 'bench-test-history-'))
try {
  const entry = join(dir, 'entry.ts')
  writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(join(ROOT, 'src/observability/test-history.ts'))}`,
      `export { classifyTests } from ${JSON.stringify(join(ROOT, 'src/observability/test-insights.ts'))}`,
      `export { TestCaseCollector } from ${JSON.stringify(join(ROOT, 'src/observability/test-run.ts'))}`,
      `export { readTestReport } from ${JSON.stringify(join(ROOT, 'src/reports/tests-and-coverage.ts'))}`
    ].join('\n')
  )
  const bundle = join(dir, 'th.mjs')
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'silent' })
  writeFileSync(join(dir, 'child.mjs'), CHILD)
  const junit = join(dir, 'junit.xml')
  const stream = createWriteStream(junit)
  for await (const chunk of generateJUnit(TESTS)) if (!stream.write(chunk)) await once(stream, 'drain')
  stream.end()
  await once(stream, 'finish')
  const child = spawnSync(process.execPath, ['--expose-gc', join(dir, 'child.mjs'), bundle, junit, String(TESTS), String(RUNS), String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1 << 24 })
  if (child.status !== 0) throw new Error(`the benchmark child failed:\n${child.stderr}`)
  const r = JSON.parse(child.stdout)
  const rows = [
    ['history update (read + classify + append + prune)', `${round(r.update_ms)} ms`],
    ['  read the history, number this run in its index', `${round(r.read_ms)} ms`],
    ['  classify this run', `${round(r.classify_ms)} ms`],
    ['  append this run', `${round(r.append_ms)} ms`],
    ['  prune', `${round(r.prune_ms)} ms`],
    ['one run recorded (building the history)', `${round(r.append_while_building_ms)} ms`],
    ['bytes per test per run (one run file)', `${round(r.bytes_per_test_per_run, 2)} (${r.run_bytes} B)`],
    ['history on disk per test per run (index included)', `${round(r.history_bytes_per_test_per_run, 2)} (${round(r.history_bytes / 1048576, 2)} MB, index ${round(r.index_bytes / 1048576, 2)} MB)`],
    [`JUnit parse of ${TESTS.toLocaleString('en')} cases, without / with the collector`, `${round(r.junit_parse_ms)} / ${round(r.junit_parse_with_collector_ms)} ms`],
    ['peak RSS of the whole measurement', `${r.peak_rss_mb} MB`],
    ['found in the last run', `new ${r.found.new}, known ${r.found.known}, flaky ${r.found.flaky}, slowest ${r.found.slowest}`]
  ]
  console.log(`per-test history, ${TESTS.toLocaleString('en')} tests × ${RUNS} runs (median of ${ROUNDS} rounds)`)
  const w = Math.max(...rows.map((x) => x[0].length))
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`)
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results/test-history.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rounds: ROUNDS, ...r }, null, 2)}\n`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
