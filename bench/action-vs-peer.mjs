// The whole action side by side with mikepenz/action-junit-report v6.4.2 on the same pytest-shaped JUnit files.
//
//   npm run bundle && node bench/action-vs-peer.mjs            (part of `npm run bench`)
//   BENCH_SIZES=50000,200000 BENCH_ROUNDS=5 node bench/action-vs-peer.mjs
//   BENCH_OURS=<other build>/index.js BENCH_OUT=<file.json> …    (an earlier build of ours, figures elsewhere)
//   BENCH_NODE=<path to node 24> BENCH_OUT=… node bench/action-vs-peer.mjs   (both actions on another Node: both
//     declare `using: node24`, which is what the runner runs them on; `npm i --prefix /tmp/n24 node@24`)
//   BENCH_FIFO=1 BENCH_OUT=… node bench/action-vs-peer.mjs   (both actions under `chrt -f 50`, real-time priority
//     over the machine's other processes: on a shared, busy machine the figures then vary far less; needs root)
//
// Both run as the runner runs a node action: `node <action>/dist/index.js` in the workspace with INPUT_* variables and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files. The peer is read from ../shared/peers/mikepenz-v6.4.2
// beside the repository (never copied into it; BENCH_PEER=<dir> points elsewhere); without it this benchmark says so
// and stops.
//
// Comparable work, no network: the peer parses the report, writes annotations as workflow commands, the job summary
// (detailed) and its outputs. Ours runs its testing stage (a trivial command that touches the reports, then the same
// JUnit file read and judged: 97.4% pass against a required 95) with the defaults on — context session, metrics, dashboard, report JSON — and writes its job summary and
// outputs; no token, no cache service, no artifact upload (each would be a network call the peer does not make).
//
// Each size alternates ours and the peer's, BENCH_ROUNDS times (default 3); figures are medians of wall time (spawn
// to exit), of peak RSS (ru_maxrss of the process) and of CPU time (user + system; less disturbed than wall time
// on a busy machine), read by /usr/bin/time -f when present, else by a preloaded module that writes
// process.resourceUsage() at exit. The load average is recorded with the figures.
import { execFileSync, spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { expectedJUnitTotals, generateJUnit } from './gen-junit.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const PEER = resolve(process.env.BENCH_PEER ?? join(ROOT, '../shared/peers/mikepenz-v6.4.2'))
const OURS = resolve(process.env.BENCH_OURS ?? join(ROOT, 'dist/index.js'))
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SIZES = (process.env.BENCH_SIZES ?? '50000,200000,1000000').split(',').map(Number)
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p))
/** Both actions run at real-time priority, ahead of the machine's other processes (see the header). */
const FIFO = process.env.BENCH_FIFO === '1'
/** The node both actions run on (default: the one running this script). */
const NODE = process.env.BENCH_NODE ?? process.execPath
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

if (!existsSync(join(PEER, 'dist/index.js'))) {
  console.error(`action-vs-peer: the peer is absent: no ${join(PEER, 'dist/index.js')} (expected shared/peers/ beside the repository). Nothing measured.`)
  process.exit(2)
}
if (!existsSync(OURS)) {
  console.error(`action-vs-peer: ${OURS} is missing: run npm run bundle first.`)
  process.exit(2)
}

/** The peer's action.yml defaults as INPUT_* variables (the runner passes every input). */
function peerDefaults() {
  const yml = readFileSync(join(PEER, 'action.yml'), 'utf8')
  const inputs = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'))
  const env = {}
  let name = null
  for (const line of inputs.split('\n')) {
    const key = /^ {2}([a-z_]+):\s*$/.exec(line)
    if (key) {
      name = key[1]
      env[`INPUT_${name.toUpperCase()}`] = ''
      continue
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line)
    if (def && name) {
      let v = def[1].trim()
      if (/^'.*'$/.test(v) || /^".*"$/.test(v)) v = v.slice(1, -1)
      env[`INPUT_${name.toUpperCase()}`] = v.includes('${{') ? '' : v
    }
  }
  return env
}

async function writeJUnit(file, n) {
  const out = createWriteStream(file)
  for await (const chunk of generateJUnit(n)) if (!out.write(chunk)) await new Promise((r) => out.once('drain', r))
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())))
}

function workspace(n) {
  const dir = mkdtempSync(join(tmpdir(), `s2p-vs-peer-${n}-`))
  mkdirSync(join(dir, 'specs'))
  writeFileSync(join(dir, 'specs/bench.md'), '# Bench\n\n## Requirements\n\n- R1: the tests run\n\n## Acceptance Criteria\n\n- [x] the report is read\n')
  writeFileSync(
    join(dir, 'bench.yml'),
    `preset: none
stages:
  specification: { required_sections: [Requirements] }
  testing:
    command: "touch junit.xml lcov.info"
    reports: { junit: "junit.xml", coverage: "lcov.info" }
  refactoring: { enabled: false }
quality_gates: { test_pass_rate: { required: 95 } }
`
  )
  writeFileSync(join(dir, 'lcov.info'), 'SF:src/a.py\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\n')
  writeFileSync(join(dir, 'event.json'), '{}')
  return dir
}

/** Runs `node script` in `cwd`; resolves wall ms, peak RSS in MB and the exit code. */
function measure(script, cwd, env) {
  const rssFile = join(cwd, `rss-${process.hrtime.bigint()}.txt`)
  const preload = `data:text/javascript,${encodeURIComponent(`import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(rssFile)},u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)/1e6)})`)}`
  const argv = [...(FIFO ? ['chrt', '-f', '50'] : []), ...(TIME ? [TIME, '-f', '%M %U %S', '-o', rssFile, NODE, script] : [NODE, '--import', preload, script])]
  return new Promise((done, fail) => {
    const t0 = performance.now()
    const child = spawn(argv[0], argv.slice(1), { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err = (err + d).slice(-2000)))
    child.on('error', fail)
    child.on('close', (code) => {
      const wall = performance.now() - t0
      // /usr/bin/time may print "Command exited with non-zero status N" first: the figures are on the last line.
      const [kb, ...cpu] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
      rmSync(rssFile, { force: true })
      if (!Number.isFinite(kb) || kb <= 0) return fail(new Error(`no peak RSS for ${script}: ${err}`))
      done({ wall, rssMB: kb / 1024, cpuMs: cpu.reduce((a, b) => a + b, 0) * 1000, code, err })
    })
  })
}

function githubFiles(dir, who) {
  const out = join(dir, `${who}-output.txt`)
  const summary = join(dir, `${who}-summary.md`)
  writeFileSync(out, '')
  writeFileSync(summary, '')
  return { out, summary, env: { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_WORKSPACE: dir } }
}

const common = { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_REPOSITORY: 'bench/bench', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '1', GITHUB_JOB: 'bench', RUNNER_TEMP: tmpdir() }

async function runOurs(dir) {
  const f = githubFiles(dir, 'ours')
  rmSync(join(dir, '.spec-to-production'), { recursive: true, force: true })
  const r = await measure(OURS, dir, {
    ...common,
    ...f.env,
    INPUT_SPEC: 'specs/bench.md',
    INPUT_COMPONENT: 'bench',
    INPUT_CONFIG: 'bench.yml',
    INPUT_TARGET: 'dev',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_GITHUB-TOKEN': '',
    'INPUT_CHECK-RUN': 'true',
    INPUT_SUMMARY: 'true',
    'INPUT_UPLOAD-ARTIFACTS': 'false',
    'INPUT_UPLOAD-SARIF': 'false',
    'INPUT_ONLY-CHANGED': 'false',
    INPUT_CACHE: 'false',
    'INPUT_ANNOTATION-CAP': '1000'
  })
  const out = readFileSync(f.out, 'utf8')
  if (!readFileSync(f.summary, 'utf8').includes('testing') || !out.includes('success')) throw new Error(`ours wrote no summary/outputs (exit ${r.code}): ${r.err}`)
  return r
}

async function runPeer(dir, n) {
  const f = githubFiles(dir, 'peer')
  const r = await measure(join(PEER, 'dist/index.js'), dir, {
    ...common,
    ...peerDefaults(),
    ...f.env,
    // It refuses to start without a token; with annotate_only it never uses it (no GitHub API call).
    INPUT_TOKEN: 'bench-no-network',
    INPUT_REPORT_PATHS: 'junit.xml',
    INPUT_ANNOTATE_ONLY: 'true',
    INPUT_DETAILED_SUMMARY: 'true'
  })
  const out = readFileSync(f.out, 'utf8')
  if (r.code !== 0 || !new RegExp(`total<<[^\\n]*\\n${n}\\n`).test(out)) throw new Error(`peer did not report ${n} tests (exit ${r.code}): ${out.slice(0, 300)} ${r.err}`)
  return r
}

const rows = []
for (const n of SIZES) {
  const dir = workspace(n)
  await writeJUnit(join(dir, 'junit.xml'), n)
  const ours = []
  const peer = []
  for (let i = 0; i < ROUNDS; i++) {
    ours.push(await runOurs(dir))
    peer.push(await runPeer(dir, n))
  }
  const report = JSON.parse(readFileSync(join(dir, 'workflow_report_bench.json'), 'utf8'))
  const gate = report.stage_results.testing.quality_gates.test_pass_rate.details
  const want = expectedJUnitTotals(n)
  if (gate.total !== want.total) throw new Error(`ours read ${gate.total} tests, expected ${want.total}`)
  const row = {
    cases: n,
    file_mb: Math.round((readFileSync(join(dir, 'junit.xml')).length / 1e6) * 10) / 10,
    ours_ms: Math.round(median(ours.map((r) => r.wall))),
    peer_ms: Math.round(median(peer.map((r) => r.wall))),
    ours_cpu_ms: Math.round(median(ours.map((r) => r.cpuMs))),
    peer_cpu_ms: Math.round(median(peer.map((r) => r.cpuMs))),
    ours_rss_mb: Math.round(median(ours.map((r) => r.rssMB)) * 10) / 10,
    peer_rss_mb: Math.round(median(peer.map((r) => r.rssMB)) * 10) / 10
  }
  row.speedup = Math.round((row.peer_ms / row.ours_ms) * 100) / 100
  row.rss_ratio = Math.round((row.ours_rss_mb / row.peer_rss_mb) * 100) / 100
  rows.push(row)
  console.log(
    `${String(n).padStart(8)} cases (${row.file_mb} MB): ours ${row.ours_ms} ms (cpu ${row.ours_cpu_ms}) / ${row.ours_rss_mb} MB, peer ${row.peer_ms} ms (cpu ${row.peer_cpu_ms}) / ${row.peer_rss_mb} MB → ${row.speedup}× faster, RSS ${row.rss_ratio} of the peer's`
  )
  rmSync(dir, { recursive: true, force: true })
}

const results = {
  date: new Date().toISOString(),
  node: NODE === process.execPath ? process.version : execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim(),
  rounds: ROUNDS,
  priority: FIFO ? 'both under chrt -f 50 (real-time FIFO)' : 'normal',
  load_average: loadavg().map((x) => Math.round(x * 10) / 10),
  rss_by: TIME ? `${TIME} -f %M` : 'process.resourceUsage().maxRSS at exit',
  peer: 'mikepenz/action-junit-report v6.4.2 (annotate_only, detailed_summary)',
  ours: 'dist/index.js, testing stage only, sessions/metrics/dashboard on, no token/cache/artifact',
  rows
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
const saved = process.env.BENCH_OUT ?? join(ROOT, 'bench/results/action-vs-peer.json')
writeFileSync(saved, `${JSON.stringify(results, null, 2)}\n`)
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(`saved ${saved}`)
