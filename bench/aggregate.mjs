#!/usr/bin/env node
// Aggregate figures: time and peak RSS of `spec-to-production aggregate` over 50 and 500 leg reports — read every
// report, judge, write the job summary, the combined dashboard and the combined JSON. Prints a table and writes
// bench/results/aggregate.json.
//
//   node bench/aggregate.mjs
//   BENCH_ROUNDS=5 node bench/aggregate.mjs
//
// The legs are generated from one template report shaped like the greeter example's real report (about 15 kB:
// specification outputs, testing and refactoring gates, command tails); every fifth leg fails its coverage gate and
// carries 25 findings, every tenth has retries. The command is bundled on the fly from src/cli/aggregate.ts with
// esbuild, and each measurement runs in its own `node` child process, so one run's memory never shows in another's
// peak RSS (`process.resourceUsage().maxRSS`); a child that only loads the bundle gives the baseline RSS.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const ROOT = resolve(import.meta.dirname, '..')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SIZES = [50, 500]
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

/** The template: the structure and sizes of a real dev run of the greeter example. */
function templateReport(component, i) {
  const failing = i % 5 === 4
  const coverage = failing ? 30 + (i % 20) : 60 + (i % 41)
  const requirement = (n) => ({ text: `Requirement ${n}: the component does what the specification says in one sentence of about this length.`, line: 20 + n, section: 'Requirements', depth: 0, id: `REQ-${n}` })
  const finding = (n) => ({ tool: 'lcov', severity: 'warning', file: `src/${component}/module${n}.ts`, line: n * 3 + 1, end_line: n * 3 + 4, message: `lines ${n * 3 + 1}-${n * 3 + 4} are not covered by any test` })
  const tail = `PASS tests/${component}.test.ts\n${'-'.repeat(60)}\nFile        | % Stmts | % Branch | % Funcs | % Lines\n`.repeat(12)
  const gate = (name, passed, details, extra = {}) => ({ gate_name: name, errors: [], warnings: [], findings: [], passed, details, execution_time_ms: 3000 + i, ...extra })
  const at = (s) => new Date(Date.UTC(2025, 9, 20, 12, 0, s)).toISOString()
  const stage = (name, status, gates, extra = {}) => ({
    stage_name: name, success: status === 'passed', status, outputs: {}, errors: [], warnings: [], execution_time_ms: 3200 + i, retries: 0,
    quality_gates: gates, commands: [], started_at: at(1), finished_at: at(4), ...extra
  })
  const report = {
    schema_version: 1, success: !failing, component_name: component, target_stage: 'dev',
    stages_completed: failing ? ['specification'] : ['specification', 'testing', 'refactoring'],
    stages_failed: failing ? ['testing'] : [], stages_skipped: failing ? ['refactoring'] : [],
    skip_reasons: failing ? { refactoring: 'an earlier stage failed: testing' } : {}, cancelled: false,
    stage_results: {
      specification: stage('specification', 'passed', { spec_validation: gate('spec_validation', true, { file: `specs/${component}.md`, requirements: 8, acceptance_criteria: 7, sections: 4, error_count: 0, warning_count: 0 }) }, {
        outputs: { title: component, sections: ['Overview', 'Requirements', 'Acceptance Criteria'], requirements: Array.from({ length: 8 }, (_, n) => requirement(n + 1)), acceptance_criteria: Array.from({ length: 7 }, (_, n) => ({ ...requirement(n + 1), id: `AC-${n + 1}`, checked: true })) }
      }),
      testing: stage('testing', failing ? 'failed' : 'passed', {
        test_pass_rate: gate('test_pass_rate', true, { total: 19, passed: 19, failed: 0, errors: 0, skipped: 0, pass_rate: 100, required: 100, flaky: [] }),
        test_coverage: gate('test_coverage', !failing, { coverage, threshold: 50, lines_covered: coverage, lines_total: 100, format: 'lcov', files: 2 }, failing
          ? { errors: [`line coverage ${coverage}% is below the dev threshold 50%`], findings: Array.from({ length: 25 }, (_, n) => finding(n)), error_type: 'threshold_not_met' }
          : {})
      }, {
        retries: i % 10 === 0 ? 1 : 0, outputs: { attempts: i % 10 === 0 ? 2 : 1, flaky_tests: [], coverage },
        commands: [{ purpose: 'testing', command: `npx jest --ci --coverage --coverageDirectory=/home/runner/work/_temp/${component}/reports/coverage`, exit_code: failing ? 1 : 0, signal: null, timed_out: false, duration_ms: 3182, attempt: 1, tail }]
      })
    },
    total_execution_time_ms: 8000 + i * 3, context_session_id: `${component}-workflow-2025-10-20`, metrics_dashboard: `workflow_dashboard_${component}.html`,
    started_at: at(0), finished_at: at(9), spec_file: `specs/${component}.md`, config_file: '.github/spec-to-production.yml', preset: 'node',
    reports_dir: `/home/runner/work/_temp/${component}/reports`, errors: [], generator: { name: 'spec-to-production', version: '0.1.0' }
  }
  if (!failing) {
    report.stage_results.refactoring = stage('refactoring', 'passed', {
      linting: gate('linting', true, { issue_count: 0, errors: 0, warnings: 0, fixed_count: 0, max_issues: 0, tool: 'eslint' }),
      type_checking: gate('type_checking', true, { error_count: 0, warning_count: 0, max_errors: 0, tool: 'tsc' }),
      security: gate('security', true, { secret_count: 0, critical: null, high: null, medium: null, low: null, max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }, { warnings: ['no vulnerability report was read: critical/high/medium/low are not measured'] }),
      instructions_validation: gate('instructions_validation', true, { files: 0, error_count: 0, warning_count: 0 })
    })
  }
  return report
}

/** One folder per leg, as `actions/download-artifact` lays them out. */
function writeLegs(dir, n) {
  let bytes = 0
  for (let i = 0; i < n; i++) {
    const component = `component-${String(i).padStart(3, '0')}`
    const text = JSON.stringify(templateReport(component, i), null, 2)
    mkdirSync(join(dir, `report-${component}`), { recursive: true })
    writeFileSync(join(dir, `report-${component}`, `workflow_report_${component}.json`), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

const CHILD = `
import { performance } from 'node:perf_hooks'
const [mode, bundle, legs, out] = process.argv.slice(2)
const t0 = performance.now()
const { aggregateCommand } = await import(bundle)
let code = null
const t1 = performance.now()
if (mode === 'run') {
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = () => true
  process.stderr.write = () => true
  code = await aggregateCommand([legs, '--summary', out + '/summary.md', '--dashboard', out + '/dashboard.html', '--json', out + '/aggregate.json'])
  process.stdout.write = write
}
const t2 = performance.now()
process.stdout.write(JSON.stringify({ load_ms: t1 - t0, ms: t2 - t1, maxRssKb: process.resourceUsage().maxRSS, code }))
`

function runChild(dir, mode, bundle, legs = '', out = '') {
  const r = spawnSync(process.execPath, [join(dir, 'child.mjs'), mode, bundle, legs, out], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`child ${mode} failed (${r.status}): ${r.stderr}`)
  return JSON.parse(r.stdout)
}

const dir = mkdtempSync(join(tmpdir(), 's2p-bench-aggregate-'))
try {
  const bundle = join(dir, 'aggregate.js')
  await build({
    entryPoints: [join(ROOT, 'src/cli/aggregate.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent'
  })
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  writeFileSync(join(dir, 'child.mjs'), CHILD)
  const baseline = median(Array.from({ length: ROUNDS }, () => runChild(dir, 'load', bundle).maxRssKb))
  const results = []
  for (const n of SIZES) {
    const legs = join(dir, `legs-${n}`)
    const out = join(dir, `out-${n}`)
    mkdirSync(out)
    const inputBytes = writeLegs(legs, n)
    const runs = Array.from({ length: ROUNDS }, () => runChild(dir, 'run', bundle, legs, out))
    if (runs.some((r) => r.code !== 1)) throw new Error(`aggregate of ${n} legs exited ${runs.map((r) => r.code)}; expected 1 (every fifth leg fails)`)
    const size = (f) => statSync(join(out, f)).size
    results.push({
      legs: n,
      input_mb: round(inputBytes / 1024 / 1024, 2),
      ms: round(median(runs.map((r) => r.ms))),
      ms_per_leg: round(median(runs.map((r) => r.ms)) / n, 2),
      peak_rss_mb: round(median(runs.map((r) => r.maxRssKb)) / 1024),
      rss_over_baseline_mb: round((median(runs.map((r) => r.maxRssKb)) - baseline) / 1024),
      summary_kb: round(size('summary.md') / 1024),
      dashboard_kb: round(size('dashboard.html') / 1024),
      json_kb: round(size('aggregate.json') / 1024)
    })
  }
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    rounds: ROUNDS,
    baseline_rss_mb: round(baseline / 1024),
    what: 'spec-to-production aggregate DIR --summary --dashboard --json, in-process time after the bundle is loaded (median of rounds), peak RSS of the child process',
    results
  }
  console.log(`aggregate (median of ${ROUNDS}; baseline RSS ${report.baseline_rss_mb} MB after loading the bundle)`)
  console.log('legs  input MB   time ms  ms/leg  peak RSS MB  over baseline  summary kB  dashboard kB  json kB')
  for (const r of results) {
    console.log(
      `${String(r.legs).padStart(4)}  ${String(r.input_mb).padStart(8)}  ${String(r.ms).padStart(8)}  ${String(r.ms_per_leg).padStart(6)}  ${String(r.peak_rss_mb).padStart(11)}  ${String(r.rss_over_baseline_mb).padStart(13)}  ${String(r.summary_kb).padStart(10)}  ${String(r.dashboard_kb).padStart(12)}  ${String(r.json_kb).padStart(7)}`
    )
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results/aggregate.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log('saved bench/results/aggregate.json')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
