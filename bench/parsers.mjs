#!/usr/bin/env node
// Parser figures: parse time, MB/s and peak RSS of the JUnit and lcov parsers on generated reports, next to the time
// merely reading the same file takes (the floor). Prints a table and writes bench/results/parsers.json.
//
//   node bench/parsers.mjs              # JUnit 100,000 cases, lcov 20,000 files, JUnit 1,000,000 cases
//   BENCH_ROUNDS=5 node bench/parsers.mjs
//
// The parsers are bundled on the fly from src/reports/tests-and-coverage.ts with esbuild into a temporary folder, so
// the figures are those of the TypeScript sources as they are, with no build step. Each measurement runs in its own
// `node --expose-gc` child process, so one file's memory never shows in another's peak RSS
// (`process.resourceUsage().maxRSS`); a child that only loads the bundle gives the baseline RSS.
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { once } from 'node:events'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { expectedJUnitTotals, generateJUnit } from './gen-junit.mjs'
import { expectedLcovTotals, generateLcov } from './gen-lcov.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const MB = 1024 * 1024
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

/**
 * What one child process does: `load` (baseline), `read` (whole file), `stream` (chunks), `junit`, `lcov`, and
 * `saxes`: the same JUnit file through saxes (the streaming XML library the JUnit parser used before `xml.ts`),
 * merely counting the opened <testcase> elements, as the floor any saxes-based reader has.
 */
const CHILD = `
import { createReadStream, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
const [mode, file, bundle, saxesUrl] = process.argv.slice(2)
const { readTestReport, readCoverageReport } = await import(bundle)
const { SaxesParser } = mode === 'saxes' ? await import(saxesUrl) : {}
globalThis.gc()
const t0 = performance.now()
let result
if (mode === 'read') result = { bytes: readFileSync(file).length }
else if (mode === 'saxes') {
  const parser = new SaxesParser({ xmlns: false, position: true })
  let total = 0
  parser.on('opentag', (tag) => { if (tag.name === 'testcase') total++ })
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024, encoding: 'utf8' })) parser.write(chunk)
  parser.close()
  result = { total }
}
else if (mode === 'stream') {
  let bytes = 0
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) bytes += chunk.length
  result = { bytes }
} else if (mode === 'junit') result = (await readTestReport(file, { workspace: '/w' })).totals
else if (mode === 'lcov') {
  const r = await readCoverageReport(file, { workspace: '/w', format: 'lcov' })
  result = { lines_total: r.lines_total, lines_covered: r.lines_covered, branches_total: r.branches_total, branches_covered: r.branches_covered, files: r.files.length }
}
const ms = performance.now() - t0
process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, result }))
`

const SAXES_URL = pathToFileURL(createRequire(import.meta.url).resolve('saxes')).href

function runChild(dir, mode, file, bundle) {
  const out = spawnSync(process.execPath, ['--expose-gc', join(dir, 'child.mjs'), mode, file, bundle, SAXES_URL], { encoding: 'utf8', maxBuffer: 16 * MB })
  if (out.status !== 0) throw new Error(`${mode} ${file} failed (exit ${out.status}): ${out.stderr.slice(-2000)}`)
  return JSON.parse(out.stdout)
}

async function writeGenerated(path, chunks) {
  const stream = createWriteStream(path)
  for await (const chunk of chunks) if (!stream.write(chunk)) await once(stream, 'drain')
  stream.end()
  await once(stream, 'finish')
}

const dir = mkdtempSync(join(tmpdir(), 's2p-bench-parsers-'))
try {
  const bundle = join(dir, 'reports.mjs')
  await build({
    entryPoints: [join(ROOT, 'src/reports/tests-and-coverage.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error'
  })
  writeFileSync(join(dir, 'child.mjs'), CHILD)

  const cases = [
    { name: 'JUnit 100,000 cases', mode: 'junit', file: join(dir, 'junit-100k.xml'), make: () => generateJUnit(100_000), expected: expectedJUnitTotals(100_000) },
    { name: 'lcov 20,000 files', mode: 'lcov', file: join(dir, 'lcov-20k.info'), make: () => generateLcov(20_000), expected: { ...expectedLcovTotals(20_000), files: 20_000 } },
    { name: 'JUnit 1,000,000 cases', mode: 'junit', file: join(dir, 'junit-1m.xml'), make: () => generateJUnit(1_000_000), expected: expectedJUnitTotals(1_000_000) }
  ]
  const baseline = median(Array.from({ length: ROUNDS }, () => runChild(dir, 'load', bundle, bundle).maxRssKb)) / 1024
  const rows = []
  for (const c of cases) {
    await writeGenerated(c.file, c.make())
    const size = statSync(c.file).size
    const parse = []
    const read = []
    const stream = []
    const saxes = []
    // Alternate the runs so a slow moment of a shared machine hits all of them alike.
    for (let i = 0; i < ROUNDS; i++) {
      const p = runChild(dir, c.mode, c.file, bundle)
      for (const [key, want] of Object.entries(c.expected)) {
        if (p.result[key] !== want) throw new Error(`${c.name}: ${key} is ${p.result[key]}, expected ${want}`)
      }
      parse.push(p)
      read.push(runChild(dir, 'read', c.file, bundle))
      stream.push(runChild(dir, 'stream', c.file, bundle))
      if (c.mode === 'junit') {
        const s = runChild(dir, 'saxes', c.file, bundle)
        if (s.result.total !== c.expected.total) throw new Error(`${c.name}: saxes counted ${s.result.total} test cases`)
        saxes.push(s)
      }
    }
    const parseMs = median(parse.map((r) => r.ms))
    const rssMb = median(parse.map((r) => r.maxRssKb)) / 1024
    const readMs = median(read.map((r) => r.ms))
    const streamMs = median(stream.map((r) => r.ms))
    rows.push({
      report: c.name,
      size_mb: round(size / MB),
      parse_ms: round(parseMs),
      parse_mb_per_s: round(size / MB / (parseMs / 1000)),
      peak_rss_mb: round(rssMb),
      rss_over_baseline_mb: round(rssMb - baseline),
      read_whole_ms: round(readMs),
      read_whole_peak_rss_mb: round(median(read.map((r) => r.maxRssKb)) / 1024),
      read_stream_ms: round(streamMs),
      read_mb_per_s: round(size / MB / (readMs / 1000)),
      ...(saxes.length > 0
        ? {
            saxes_count_only_ms: round(median(saxes.map((r) => r.ms))),
            saxes_peak_rss_mb: round(median(saxes.map((r) => r.maxRssKb)) / 1024),
            speedup_over_saxes: round(median(saxes.map((r) => r.ms)) / parseMs, 2)
          }
        : {}),
      totals: parse[0].result
    })
    rmSync(c.file, { force: true })
  }

  const header = ['report', 'size MB', 'parse ms', 'MB/s', 'peak RSS MB', 'RSS − base', 'read ms', 'read MB/s', 'stream ms']
  const table = rows.map((r) => [r.report, r.size_mb, r.parse_ms, r.parse_mb_per_s, r.peak_rss_mb, r.rss_over_baseline_mb, r.read_whole_ms, r.read_mb_per_s, r.read_stream_ms].map(String))
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  console.log(line(header))
  for (const row of table) console.log(line(row))
  console.log(`baseline RSS (node + the parser bundle loaded, nothing parsed): ${round(baseline)} MB; median of ${ROUNDS} runs each`)
  for (const r of rows.filter((r) => r.saxes_count_only_ms !== undefined)) {
    console.log(`${r.report}: saxes alone, only counting <testcase>, ${r.saxes_count_only_ms} ms (peak RSS ${r.saxes_peak_rss_mb} MB); the full parse is ${r.speedup_over_saxes}x faster`)
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    rounds: ROUNDS,
    baseline_rss_mb: round(baseline),
    parsers: rows,
    note: 'parse: readTestReport/readCoverageReport (format detection + streaming parse) in a fresh `node --expose-gc` process; read_whole: fs.readFileSync of the whole file; read_stream: createReadStream with 256 KiB chunks; saxes_count_only: saxes 6 tokenizing the same file and counting <testcase> opens (the floor of the saxes-based reader used before src/reports/xml.ts), run alternately with the others; MB = 2^20 bytes'
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results/parsers.json'), `${JSON.stringify(results, null, 2)}\n`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
