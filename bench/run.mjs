// npm run bench: figures measured side by side in one run, printed and saved as JSON (bench/results/latest.json).
// Timings on a shared machine are noisy: each figure is the median of several alternating runs, and ratios compare
// runs made in the same loop.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

const ROOT = resolve(import.meta.dirname, '..')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x) => Math.round(x * 10) / 10

/** A workspace whose pipeline runs trivial commands that write minimal reports of each format the gates read. */
function trivialWorkspace(memory = false, git = false) {
  const dir = mkdtempSync(join(tmpdir(), 's2p-bench-'))
  mkdirSync(join(dir, 'specs'))
  writeFileSync(join(dir, 'specs/bench.md'), '# Bench\n\n## Requirements\n\n- R1: it runs\n\n## Acceptance Criteria\n\n- [x] it ran\n')
  const junit = `<testsuite name="s" tests="1"><testcase classname="c" name="t" time="0.001"/></testsuite>`
  writeFileSync(join(dir, 'junit.xml.src'), junit)
  writeFileSync(join(dir, 'lcov.src'), 'SF:src/a.ts\nDA:1,1\nLF:1\nLH:1\nend_of_record\n')
  // eslint lists every file it linted: a report listing none says nothing was checked, and the gate fails.
  mkdirSync(join(dir, 'src'))
  writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1\n')
  writeFileSync(join(dir, 'eslint.src'), JSON.stringify([{ filePath: join(dir, 'src/a.ts'), messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }]))
  const commands = {
    testing: 'cp junit.xml.src {reports}/junit.xml && cp lcov.src {reports}/lcov.info',
    linting: 'cp eslint.src {reports}/eslint.json',
    type_checking: ': > {reports}/tsc.txt',
  }
  writeFileSync(
    join(dir, 'bench.yml'),
    `preset: none
stages:
  specification: { required_sections: [Requirements] }
  testing:
    command: "${commands.testing}"
    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }
  refactoring:
    linting: { command: "${commands.linting}", report: { path: "{reports}/eslint.json", format: eslint-json } }
    type_checking: { command: "${commands.type_checking}", report: { path: "{reports}/tsc.txt", format: tsc-text } }
    security: { enabled: false }
quality_gates: { linting: { auto_fix: false } }
context_management: { session: { enabled: ${memory} } }
observability: { metrics: { enabled: ${memory} }, dashboard: { enabled: ${memory} } }
`
  )
  if (git) {
    // A committed git work tree, as actions/checkout leaves one: the engine then asks git what it cannot tell otherwise
    // (commands that rewrote tracked files, files a linter left out, the test files' identities).
    const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com' }
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-qm', 'bench']]) spawnSync('git', args, { cwd: dir, env })
  }
  return { dir, commands }
}

/** Milliseconds from spawn until `marker` appears on stdout (then the process is killed), or until exit. */
function timeProcess(args, { cwd, env, marker } = {}) {
  return new Promise((done, fail) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let at
    child.stdout.on('data', (d) => {
      out += d
      if (marker && at === undefined && out.includes(marker)) {
        at = performance.now() - t0
        child.kill('SIGKILL')
      }
    })
    child.on('error', fail)
    child.on('close', (code) => {
      if (marker && at === undefined) fail(new Error(`marker ${marker} never printed (exit ${code}): ${out.slice(-500)}`))
      else done(at ?? performance.now() - t0)
    })
  })
}

async function coldStart() {
  const { dir } = trivialWorkspace()
  const out = join(dir, 'out.txt')
  writeFileSync(out, '')
  const env = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    INPUT_SPEC: 'specs/bench.md',
    INPUT_COMPONENT: 'bench',
    INPUT_CONFIG: 'bench.yml',
    INPUT_TARGET: 'dev',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
  }
  const action = []
  const bare = []
  for (let i = 0; i < ROUNDS; i++) {
    bare.push(await timeProcess(['-e', '0']))
    action.push(await timeProcess([join(ROOT, 'dist/index.js')], { cwd: dir, env, marker: 'specification' }))
  }
  rmSync(dir, { recursive: true, force: true })
  return { rounds: ROUNDS, node_e0_ms: ms(median(bare)), action_to_first_stage_ms: ms(median(action)), overhead_ms: ms(median(action) - median(bare)) }
}

async function engineOverhead(memory, git = false) {
  const { runWorkflow } = await import(join(ROOT, 'dist/api.js'))
  const { dir, commands } = trivialWorkspace(memory, git)
  const quiet = {
    workspace: dir,
    sha: null,
    info() {},
    warning() {},
    error() {},
    debug() {},
    group: (_n, fn) => fn(),
    now: () => Date.now()
  }
  const { runCommand } = await import(join(ROOT, 'dist/api.js'))
  const host = { ...quiet, runCommand }
  // 4 pipeline runs × 5 gates (spec_validation, test_pass_rate, test_coverage, linting, type_checking) = 20 gates,
  // 12 commands (the two test gates share one).
  const runs = 4
  const script = join(dir, 'plain.sh')
  const reports = join(dir, 'plain-reports')
  mkdirSync(reports)
  const lines = Object.values(commands).map((c) => c.replaceAll('{reports}', reports))
  writeFileSync(script, `set -e\ncd ${JSON.stringify(dir)}\n${Array.from({ length: runs }, () => lines.join('\n')).join('\n')}\n`)
  // The floor: the same 12 command lines run one after another through runCommand (each its own bash, as the
  // engine runs them), with no pipeline around them.
  const alone = Array.from({ length: runs }, () => lines).flat()
  const engine = []
  const shell = []
  const commandsAlone = []
  for (let i = 0; i < Math.max(5, Math.floor(ROUNDS / 2)); i++) {
    let t0 = performance.now()
    spawnSync('bash', [script])
    shell.push(performance.now() - t0)
    t0 = performance.now()
    for (const line of alone) {
      const r = await runCommand(line, { cwd: dir, onLine() {} })
      if (r.exitCode !== 0) throw new Error(`bench command failed: ${line}`)
    }
    commandsAlone.push(performance.now() - t0)
    t0 = performance.now()
    for (let r = 0; r < runs; r++) {
      const res = await runWorkflow({ specFile: 'specs/bench.md', componentName: 'bench', targetStage: 'dev', configFile: 'bench.yml', workspace: dir, host, output: join(dir, 'r.json') })
      if (!res.success) throw new Error(`bench pipeline failed: ${JSON.stringify(res.report.stage_results, null, 1).slice(0, 2000)}`)
    }
    engine.push(performance.now() - t0)
  }
  rmSync(dir, { recursive: true, force: true })
  const gates = runs * 5
  return {
    gates,
    commands: runs * lines.length,
    engine_ms: ms(median(engine)),
    plain_shell_ms: ms(median(shell)),
    overhead_ms: ms(median(engine) - median(shell)),
    overhead_per_gate_ms: ms((median(engine) - median(shell)) / gates),
    // The goal of issue 14: engine_ms within 1.05 × plain_shell_ms + 100 ms.
    goal_ms: ms(1.05 * median(shell) + 100),
    commands_alone_ms: ms(median(commandsAlone)),
    note: 'engine: 4 pipeline runs in-process (spec, 2 test gates, linting, type_checking; each command through bash -c in its own process group, reports parsed, report JSON written); shell: the same 12 commands in one bash script; commands_alone: the 12 commands through runCommand one by one, without the pipeline (the floor the engine cannot go below)'
  }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  // Wall times on a shared machine scale with its load: compare figures measured at similar loads.
  load_average: loadavg().map((x) => Math.round(x * 10) / 10),
  cold_start: await coldStart(),
  // The engine alone (the figure asked for), then with context sessions, metrics and the dashboard on (the defaults).
  engine_overhead: await engineOverhead(false),
  engine_overhead_with_memory_and_dashboard: await engineOverhead(true),
  // The same in a committed git work tree, where every user's run is (actions/checkout).
  engine_overhead_with_memory_and_dashboard_in_git_work_tree: await engineOverhead(true, true)
}
console.log(JSON.stringify(results, null, 2))
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`)
