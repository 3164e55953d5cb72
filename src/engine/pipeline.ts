/**
 * The pipeline: stages in the contract's order for the target, stopping at the first failed stage. It knows nothing
 * of @actions: it talks to a Host. It never throws for a stage's failure; the report says what happened.
 */
import { randomBytes } from 'node:crypto'
import { constants, existsSync, lstatSync, readFileSync } from 'node:fs'
import { lstat, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { loadConfig } from '../config/load.js'
import { validateComponentName } from '../config/templates.js'
import { ConfigurationError, STAGE_ORDER, type LoadedConfig, type StageKey, type Target } from '../config/types.js'
import type { ChangedLines } from '../diff/changed-lines.js'
import type { RunContext, TestCaseSink } from './context.js'
import { ContextMemory } from './memory.js'
import type { AnnotationProperties, Host } from './host.js'
import { Redactor } from './redact.js'
import type { StageResult, WorkflowReport } from './model.js'
import { StageRecorder } from './stage.js'
import { changedBetween, trackedState, type TrackedState } from './fix-git.js'
import { forgetWorkTree, trackedStateRead } from './work-tree.js'
import { isDiskWriteError, makeDirectory, writeFailure } from './write-errors.js'
import { STATE_DIR, stateDirectoryLinks, stateLinksMessage } from './state-dir.js'
import type { CommandOf } from './command-files.js'
import { gateLogLine, gateView } from '../view/report-view.js'
import { originLineOf } from '../config/origins.js'
import { defaultConfig } from '../config/presets.js'
import { formatKeyPath } from '../config/diagnostics.js'

export const VERSION = '1.0.0'

type StageFn = (ctx: RunContext, stage: StageRecorder) => Promise<void>

/** Each stage's code is loaded when the stage runs: report parsers and policies stay off the start-up path. */
const STAGES: Record<StageKey, () => Promise<StageFn>> = {
  specification: async () => (await import('./stages/specification.js')).specificationStage,
  testing: async () => (await import('./stages/testing.js')).testingStage,
  refactoring: async () => (await import('./stages/refactoring.js')).refactoringStage,
  staging_deployment: async () => (await import('./stages/deployment.js')).stagingDeploymentStage,
  production_deployment: async () => (await import('./stages/deployment.js')).productionDeploymentStage
}

/** Which stages a target runs (DESIGN.md §2). */
export function stagesFor(target: Target): StageKey[] {
  const last = { dev: 'refactoring', staging: 'staging_deployment', production: 'production_deployment' }[target]
  return STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(last as StageKey) + 1)
}

export interface PipelineOptions {
  host: Host
  /** Path of the spec, relative to the workspace or absolute. */
  specFile: string
  component: string
  target: Target
  /** Config file, relative to the workspace or absolute; default `.github/spec-to-production.yml`. */
  configFile?: string
  /** Diff-aware mode: judge findings only on lines changed since this base (a ref or commit). */
  onlyChangedSince?: string
  /**
   * The base the change is compared with (a pull request's base commit, `--base`): gates whose configuration files the
   * change modifies say so. Compared only when the base is in the checkout.
   */
  changeBase?: string
  /** Aborting cancels the run: the running command's process tree is killed and the stage marked cancelled. */
  signal?: AbortSignal
  /**
   * Return before the context session is closed (saved, brief written, archived): `closing` settles when it is.
   * Default false: closed before returning.
   */
  deferClose?: boolean
  /**
   * Runs once the verdict is in and before the context session closes, so that what it adds to the report (the
   * per-test history's `test_insights`) reaches the session's message and the agent brief. Its failure is a warning.
   */
  beforeClose?: (report: WorkflowReport, loaded: LoadedConfig | null, testCases?: TestCaseSink) => Promise<void>
  /** The matrix leg of this run (the action's `leg`): named on the run's context messages and in the agent brief. */
  leg?: string
}

export interface PipelineOutcome {
  report: WorkflowReport
  /** 0 every stage passed, 1 a gate or stage failed (or the run was cancelled), 2 bad usage or configuration. */
  exitCode: 0 | 1 | 2
  loaded: LoadedConfig | null
  /** With `deferClose`: settles once the context session is closed (never rejects: failures are warnings). */
  closing?: Promise<void>
  /** The testing stage's tests (last attempt), when the per-test history is kept and a test report was read. */
  testCases?: TestCaseSink
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineOutcome> {
  const { host } = opts
  const startedAt = host.now()
  const signal = opts.signal ?? new AbortController().signal
  const report: WorkflowReport = {
    schema_version: 1,
    success: false,
    component_name: opts.component,
    target_stage: opts.target,
    stages_completed: [],
    stages_failed: [],
    stages_skipped: [],
    skip_reasons: {},
    cancelled: false,
    stage_results: {},
    total_execution_time_ms: 0,
    context_session_id: null,
    metrics_dashboard: null,
    started_at: new Date(startedAt).toISOString(),
    finished_at: '',
    spec_file: opts.specFile,
    config_file: null,
    preset: 'none',
    reports_dir: '',
    errors: [],
    generator: { name: 'spec-to-production', version: VERSION }
  }
  const planned = stagesFor(opts.target)
  const finish = (exitCode: 0 | 1 | 2, loaded: LoadedConfig | null): PipelineOutcome => {
    const done = host.now()
    report.finished_at = new Date(done).toISOString()
    report.total_execution_time_ms = Math.round(done - startedAt)
    report.cancelled = signal.aborted
    report.success = exitCode === 0
    return { report, exitCode, loaded }
  }
  const skipRest = (from: number, reason: string) => {
    for (const key of planned.slice(from)) {
      report.stages_skipped.push(key)
      report.skip_reasons[key] = reason
    }
  }

  // A spec path that names no file is a mistyped flag or input, as a named configuration file that does not exist is:
  // bad usage (exit 2), said before any stage — not a failed specification stage (exit 1).
  const specPath = resolve(host.workspace, opts.specFile)
  if (await missingFile(specPath)) {
    const message = `the spec file ${opts.specFile} does not exist (looked for ${specPath})`
    report.errors.push(message)
    host.error(message)
    skipRest(0, 'the spec file does not exist')
    return finish(2, null)
  }

  let loaded: LoadedConfig
  try {
    validateComponentName(opts.component)
    loaded = await loadConfig({ workspace: host.workspace, configPath: opts.configFile, component: opts.component, specFile: opts.specFile })
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    report.errors.push(error.message)
    // On the file and line it names first (the pull request's diff shows it there), when that is a file of the workspace.
    host.error(error.message, configurationErrorPlace(host.workspace, error.message))
    skipRest(0, 'the configuration is invalid')
    return finish(2, null)
  }
  // Before anything is written under .spec-to-production/ (the run directory, the context session, the metrics).
  const links = await stateDirectoryLinks(host.workspace)
  if (links.length > 0) {
    const message = stateLinksMessage(links)
    report.errors.push(message)
    host.error(message)
    skipRest(0, `${STATE_DIR}/ holds a symbolic link`)
    return finish(2, null)
  }
  const { config } = loaded
  report.config_file = loaded.file
  report.preset = config.preset
  host.info(`configuration: ${loaded.file ?? 'none (preset only)'}; preset ${config.preset} (${loaded.presetSource})`)
  for (const c of loaded.choices) host.info(`  ${c.topic}: ${c.chose} — ${c.because}`)
  // Paths and tools are checked before any command runs, and every problem is reported at once.
  const { preflight, preflightReason } = await import('../config/preflight.js')
  const problems = await preflight(loaded, { workspace: host.workspace, stages: planned })
  if (problems.length > 0) {
    const message = `the configuration cannot run here:\n${problems.join('\n')}`
    report.errors.push(message)
    host.error(message)
    skipRest(0, preflightReason(problems))
    return finish(2, loaded)
  }

  // A run that judges nothing must not say it passed: every target runs testing and refactoring, and at least one
  // of them must be on (the refactoring stage itself refuses to run with every gate off).
  if (!config.stages.testing.enabled && !config.stages.refactoring.enabled) {
    const message =
      `no quality gate would run: stages.testing and stages.refactoring are both disabled (enabled: false, in stages or in components.${opts.component}.stages), ` +
      `so nothing about the code would be checked and a success would mean nothing. Enable at least one of them.`
    report.errors.push(message)
    host.error(message)
    for (const key of planned) {
      report.stages_skipped.push(key)
      report.skip_reasons[key] = config.stages[key].enabled
        ? 'not run: no quality gate would run (testing and refactoring are disabled)'
        : `disabled in the configuration (stages.${key}.enabled: false): not run`
    }
    return finish(1, loaded)
  }

  const runDir = join(host.workspace, STATE_DIR, 'runs', `${opts.component}-${stamp(startedAt)}-${randomBytes(3).toString('hex')}`)
  const reportsDir = join(runDir, 'reports')
  try {
    await makeDirectory(reportsDir)
    await ignoreRunsDirectory(join(host.workspace, STATE_DIR, 'runs', '.gitignore'))
  } catch (error) {
    // A full or read-only disk: no command could write its reports, so nothing is run; the report says why.
    if (!isDiskWriteError(error)) throw error
    const message = `${writeFailure('the run directory', reportsDir, error)}: no stage can run without a place for its reports`
    report.errors.push(message)
    host.error(message)
    skipRest(0, 'the run directory could not be created')
    return finish(1, loaded)
  }
  report.reports_dir = reportsDir

  let changed: ChangedLines | undefined
  if (opts.onlyChangedSince) {
    try {
      const { changedLines } = await import('../diff/changed-lines.js')
      changed = await changedLines({ workspace: host.workspace, base: opts.onlyChangedSince })
      host.info(`only-changed: ${changed.size} file(s) changed since ${opts.onlyChangedSince}`)
    } catch (error) {
      const message = `only-changed: cannot diff against ${opts.onlyChangedSince}: ${(error as Error).message} (in GitHub Actions, check out with fetch-depth: 0 so the base commit is there)`
      report.errors.push(message)
      host.error(message)
      skipRest(0, 'the changed lines could not be determined')
      return finish(2, loaded)
    }
  }

  const base = { component: opts.component, reports: reportsDir, sha: host.sha ?? '' }
  const redactor = new Redactor()
  const ctx: RunContext = {
    // Once a scan has found secrets, nothing the engine logs carries them.
    host: redactingHost(host, redactor),
    redactor,
    config,
    component: opts.component,
    target: opts.target,
    specFile: resolve(host.workspace, opts.specFile),
    reportsDir,
    signal,
    // The loader has already substituted {component} in paths.
    templateVars: { ...base, path: config.paths.source, tests: config.paths.tests },
    results: report.stage_results,
    changed,
    ...(opts.changeBase ? { changeBase: opts.changeBase } : {}),
    testsLeftOut: loaded.choices.flatMap((c) => (c.topic === 'tests and coverage' && c.warning !== undefined && c.given === undefined ? [c.warning] : [])),
    // The per-test history rides with the metrics: kept when they are.
    ...(config.observability.metrics.enabled ? { testCases: { collector: null } } : {})
  }

  if (opts.target === 'production' && config.stages.production_deployment.enabled) {
    const { criteriaReportsSnapshot } = await import('./stages/criteria-reports.js')
    ctx.criteriaReportsAtStart = await criteriaReportsSnapshot(ctx)
  }
  const memory = config.context_management.session.enabled ? new ContextMemory(ctx, opts.component, opts.leg) : null
  const weakened = weakenedLimits(loaded, opts.target)
  if (opts.changeBase) weakened.push(...(await configurationChangedBy(host, loaded, opts.changeBase, opts.specFile)))
  let exitCode: 0 | 1 | 2 = 0
  for (const [index, key] of planned.entries()) {
    if (!config.stages[key].enabled) {
      report.stages_skipped.push(key)
      report.skip_reasons[key] = `disabled in the configuration (stages.${key}.enabled: false): not run`
      host.warning(`${key}: skipped, disabled in the configuration — nothing was checked or done for it`)
      continue
    }
    const result = redactor.redactDeep(await host.group(`${key}`, () => runStage(ctx, key)))
    noteWeakened(result, weakened)
    report.stage_results[key] = result
    logStage(host, result)
    if (memory) {
      if (key === 'specification' && ctx.spec && !ctx.spec.rejected) report.context_session_id = await memory.open(ctx.spec)
      await memory.record(result)
    }
    if (result.success) {
      report.stages_completed.push(key)
      const fix = key === 'refactoring' ? fixCommitOf(result) : undefined
      if (fix === undefined || !report.stage_results.testing) continue
      // auto_fix: commit pushed a commit the tests never ran on, and later stages deploy it: the fixer's edits can
      // change behaviour (an unsafe ruff fix, a plugin's rewrite), so the tests run again on that commit, and the
      // testing stage's result is that commit's.
      const first = report.stage_results.testing
      host.info(`testing: running again on the lint fix commit ${fix.commit.slice(0, 12)} (auto_fix: commit), which later stages use: the tests ran on ${fix.parent.slice(0, 12)}`)
      const again = redactor.redactDeep(await host.group('testing (again, on the fix commit)', () => runStage(ctx, 'testing')))
      noteWeakened(again, weakened)
      again.outputs.tested_commit = fix.commit
      again.outputs.first_run = { commit: fix.parent, status: first.status, success: first.success }
      report.stage_results.testing = again
      ;(result.outputs.auto_fix as Record<string, unknown>).tests_ran_on = fix.commit
      logStage(host, again)
      if (memory) await memory.record(again)
      if (again.success) continue
      report.stages_completed.splice(report.stages_completed.indexOf('testing'), 1)
      report.stages_failed.push('testing')
      exitCode = again.errors.some((e) => e.startsWith('configuration: ')) ? 2 : 1
      skipRest(index + 1, again.status === 'cancelled' ? 'the run was cancelled' : 'stage testing failed on the lint fix commit')
      break
    }
    report.stages_failed.push(key)
    // A template or path the configuration got wrong is bad configuration (2); anything else a failed stage (1).
    exitCode = result.errors.some((e) => e.startsWith('configuration: ')) ? 2 : 1
    skipRest(index + 1, result.status === 'cancelled' ? 'the run was cancelled' : `stage ${key} failed`)
    break
  }
  // The verdict and finish time first, then the secrets out: the agent brief written at close states them.
  const outcome = finish(exitCode, loaded)
  if (redactor.size > 0) {
    redactor.redactDeep(report)
    await redactFiles(join(runDir, 'logs'), redactor, host)
  }
  const testCases = ctx.testCases ? { testCases: ctx.testCases } : {}
  if (opts.beforeClose) {
    try {
      await opts.beforeClose(report, loaded, ctx.testCases)
    } catch (error) {
      host.warning(`after the stages: ${(error as Error).message}`)
    }
  }
  const closing = memory ? memory.close(report) : Promise.resolve()
  if (opts.deferClose) return { ...outcome, ...testCases, closing }
  await closing
  return { ...outcome, ...testCases }
}

/** Puts each `[stage.gate, warning]` of `weakened` on the stage's gate (`<stage>.*`: on every gate of the stage). */
function noteWeakened(result: StageResult, weakened: ReadonlyArray<[string, string]>): void {
  for (const [gate, warning] of weakened) {
    const [stageKey, gateName] = gate.split('.')
    if (stageKey !== result.stage_name) continue
    // `<stage>.*`: every gate of the stage (a deployment's criteria, health checks and test suites).
    for (const judged of gateName === '*' ? Object.values(result.quality_gates) : [result.quality_gates[gateName]]) judged?.warnings.push(warning)
  }
}

/** The lint fix commit the refactoring stage pushed (`auto_fix: commit`), and its parent, if it pushed one. */
function fixCommitOf(result: StageResult): { commit: string; parent: string } | undefined {
  const fix = result.outputs.auto_fix as { commit_sha?: unknown; parent_sha?: unknown } | undefined
  return typeof fix?.commit_sha === 'string' && typeof fix.parent_sha === 'string' ? { commit: fix.commit_sha, parent: fix.parent_sha } : undefined
}

/**
 * `[stage.gate, warning]` for the gates whose configuration files the change modifies against `base` (see
 * config-changes.ts); when the base is not in the checkout, a caveat on every gate the comparison covers.
 */
async function configurationChangedBy(host: Host, loaded: LoadedConfig, base: string, specPath: string): Promise<[string, string][]> {
  const { changedSharedParts, changedSpecPaths, configurationChanges, configurationNotCompared, filesChangedSince, referencedByConfiguration, TEST_GATES } = await import('./config-changes.js')
  const got = await filesChangedSince(host.workspace, base)
  if ('unknown' in got) {
    // Everything a change is judged for — the configuration it loosens, the tests it skips, the checks it silences —
    // goes unseen: a warning (an annotation in the action), not a line of the log only.
    host.warning(
      `this change was not compared with its base, so the configuration it changes, the tests it skips and the problems it silences are not looked for: ${got.unknown}` +
        (/fetch-depth/.test(got.unknown) ? '' : ' (check out with fetch-depth: 0, or 2 for a pull request\'s merge commit)')
    )
    // Not known is not "nothing changed": every gate the comparison covers carries the caveat.
    return configurationNotCompared(got.unknown)
  }
  const configFile = loaded.file ? relative(host.workspace, loaded.file).split(sep).join('/') : null
  const specFile = relative(host.workspace, resolve(host.workspace, specPath)).split(sep).join('/')
  // The files the gates' own commands run (a Makefile, tox's [testenv], a script): see command-files.ts.
  const { commandSources } = await import('./command-files.js')
  const { stages, paths } = loaded.config
  const run = commandSources(
    [
      [TEST_GATES, 'stages.testing.command', stages.testing.enabled ? stages.testing.command : undefined],
      [['refactoring.linting'], 'stages.refactoring.linting.command', stages.refactoring.linting.command],
      [['refactoring.linting'], 'stages.refactoring.linting.fix_command', stages.refactoring.linting.fix_command],
      [['refactoring.type_checking'], 'stages.refactoring.type_checking.command', stages.refactoring.type_checking.command],
      [['refactoring.security'], 'stages.refactoring.security.command', stages.refactoring.security.command],
      // The deployments' commands: a script that prints a canned JUnit report for the integration tests, or a canned
      // 100% for the uptime monitor, changes what their gates judge as surely as the configuration file does. Staging's
      // govern production's criteria too (production follows staging's deploy and its integration tests).
      ...deploymentCommands(loaded.config)
    ],
    [paths.source, paths.tests]
  )
  const [shared, spec, named] = await Promise.all([
    changedSharedParts(host.workspace, got.from, got.files, run.parts),
    changedSpecPaths(host.workspace, got.from, got.files, specFile),
    // Files a tool's configuration names (a set-up file, a transformer, an extended tsconfig).
    referencedByConfiguration(host.workspace, got.files)
  ])
  for (const [file, by] of named) {
    const at = run.files.get(file) ?? { gates: new Set<string>(), keys: new Set<string>() }
    for (const g of by.gates) at.gates.add(g)
    for (const k of by.keys) at.keys.add(k)
    run.files.set(file, at)
  }
  return configurationChanges(got.files, configFile, base, [...spec, ...shared], run.files)
}

/** The deployment stages' commands (when the stage is enabled), each with the gates it serves: see command-files.ts. */
function deploymentCommands(config: LoadedConfig['config']): CommandOf[] {
  const staging = config.stages.staging_deployment
  const production = config.stages.production_deployment
  const criteria = production.criteria
  const stagingGates = ['staging_deployment.*', 'production_deployment.production_deployment_criteria']
  const productionGates = ['production_deployment.*']
  return [
    ...(staging.enabled
      ? ([
          [stagingGates, 'stages.staging_deployment.command', staging.command],
          [stagingGates, 'stages.staging_deployment.rollback_command', staging.rollback_command],
          [stagingGates, 'stages.staging_deployment.integration_tests.command', staging.integration_tests?.command]
        ] satisfies CommandOf[])
      : []),
    ...(production.enabled
      ? ([
          [productionGates, 'stages.production_deployment.command', production.command],
          [productionGates, 'stages.production_deployment.rollback_command', production.rollback_command],
          [productionGates, 'stages.production_deployment.e2e_tests.command', production.e2e_tests?.command],
          [productionGates, 'stages.production_deployment.criteria.performance.command', criteria?.performance?.command],
          [productionGates, 'stages.production_deployment.criteria.uptime.command', criteria?.uptime?.command]
        ] satisfies CommandOf[])
      : [])
  ]
}

/**
 * Limits this run is held to that the configuration sets looser than the product's defaults, as `[stage.gate,
 * warning]`: each names the key, its value, the default and the file (or component entry) that set it, so that a
 * gate passed against a lowered bar says so wherever it is shown (a caveat: never a clean pass).
 */
export function weakenedLimits(loaded: LoadedConfig, target: Target): [string, string][] {
  const { config, layers } = loaded
  const d = defaultConfig()
  const out: [string, string][] = []
  const check = (gate: string, path: string[], value: unknown, base: unknown, looser: 'lower' | 'higher') => {
    if (typeof value !== 'number' || typeof base !== 'number') return
    if (looser === 'lower' ? !(value < base) : !(value > base)) return
    const by = originLineOf(layers, path)
    out.push([gate, `weakened by configuration: ${formatKeyPath(path)} is ${value}, ${looser === 'lower' ? 'below' : 'above'} the default ${base} (set in ${by})`])
  }
  const qg = config.quality_gates
  const threshold = `${target}_threshold` as const
  // The deployments' test suites are judged against the same required pass rate as the testing stage.
  const passRateGates = ['testing.test_pass_rate', ...(target !== 'dev' ? ['staging_deployment.integration_test_pass_rate'] : []), ...(target === 'production' ? ['production_deployment.e2e_test_pass_rate'] : [])]
  for (const gate of passRateGates) {
    check(gate, ['quality_gates', 'test_pass_rate', 'required'], qg.test_pass_rate.required, d.quality_gates.test_pass_rate.required, 'lower')
  }
  check('testing.test_coverage', ['quality_gates', 'test_coverage', threshold], qg.test_coverage[threshold], d.quality_gates.test_coverage[threshold], 'lower')
  check('refactoring.linting', ['quality_gates', 'linting', 'max_issues'], qg.linting.max_issues, d.quality_gates.linting.max_issues, 'higher')
  check('refactoring.type_checking', ['quality_gates', 'type_checking', 'max_errors'], qg.type_checking.max_errors, d.quality_gates.type_checking.max_errors, 'higher')
  for (const limit of ['max_secrets', 'max_critical', 'max_high', 'max_medium'] as const) {
    check('refactoring.security', ['quality_gates', 'security', limit], qg.security[limit], d.quality_gates.security[limit], 'higher')
  }
  if (target !== 'dev') {
    // Staging's criteria and its integration tests are held to the staging threshold at either target.
    for (const gate of ['staging_deployment.staging_deployment_criteria', 'staging_deployment.integration_test_coverage']) {
      check(gate, ['quality_gates', 'test_coverage', 'staging_threshold'], qg.test_coverage.staging_threshold, d.quality_gates.test_coverage.staging_threshold, 'lower')
    }
  }
  if (target === 'production') {
    const c = config.stages.production_deployment.criteria
    const dc = d.stages.production_deployment.criteria
    const at = ['stages', 'production_deployment', 'criteria']
    const gate = 'production_deployment.production_deployment_criteria'
    if (c && dc) {
      check(gate, [...at, 'integration_coverage', 'threshold'], c.integration_coverage.threshold, dc.integration_coverage.threshold, 'lower')
      check(gate, [...at, 'soak', 'days'], c.soak.days, dc.soak.days, 'lower')
      check(gate, [...at, 'uptime', 'threshold'], c.uptime.threshold, dc.uptime.threshold, 'lower')
      check(gate, [...at, 'uptime', 'days'], c.uptime.days, dc.uptime.days, 'lower')
    }
    // The soak is read from another environment than the one staging deploys to: it measures some other deployment
    // (a preview environment that every commit reaches, say), not this commit's time on staging.
    const soakEnv = c?.soak?.environment
    const stagingEnv = config.stages.staging_deployment.environment
    if (typeof soakEnv === 'string' && soakEnv.trim().toLowerCase() !== stagingEnv.trim().toLowerCase()) {
      const by = originLineOf(layers, [...at, 'soak', 'environment'])
      out.push([gate, `weakened by configuration: ${formatKeyPath([...at, 'soak', 'environment'])} is '${soakEnv}', not the environment staging deploys to ('${stagingEnv}'): the soak is not staging's (set in ${by})`])
    }
  }
  return out
}

/** The host with every message redacted (the action's host also has the runner mask them). */
function redactingHost(host: Host, redactor: Redactor): Host {
  const r = (m: string) => redactor.redact(m)
  return Object.create(host, {
    info: { value: (m: string) => host.info(r(m)) },
    warning: { value: (m: string, p?: AnnotationProperties) => host.warning(r(m), p) },
    error: { value: (m: string, p?: AnnotationProperties) => host.error(r(m), p) },
    debug: { value: (m: string) => host.debug(r(m)) }
  }) as Host
}

/** Rewrites the run's command logs without the secrets, before anything uploads them. */
async function redactFiles(dir: string, redactor: Redactor, host: Host): Promise<void> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    try {
      const text = await readFile(path, 'utf8')
      const clean = redactor.redact(text)
      if (clean !== text) await writeFile(path, clean)
    } catch (error) {
      // A log that keeps a secret must not be uploaded: remove it rather than leave it.
      await rm(path, { force: true })
      host.warning(`${path}: could not redact secrets (${(error as Error).message}); the log was removed`)
    }
  }
}

/**
 * The tracked state after the last watched stage, while no other stage has run since: the next watched stage starts
 * from it (nothing runs between two stages that could change tracked files) instead of asking git again.
 */
const trackedAfter = new WeakMap<RunContext, TrackedState>()

/** The tracked state the first deployment stage started from: the commit's tree, as the gates judged it. */
const judgedTree = new WeakMap<RunContext, TrackedState>()

async function runStage(ctx: RunContext, key: StageKey): Promise<StageResult> {
  const carried = trackedAfter.get(ctx)
  trackedAfter.delete(ctx)
  forgetWorkTree(ctx)
  const stage = new StageRecorder(key, () => ctx.host.now())
  ctx.host.info(`▶ ${key}`)
  if (ctx.signal.aborted) {
    stage.cancelled = true
    stage.fail('cancelled before the stage started', 'cancelled')
    return stage.finish()
  }
  // The tests and the checks judge the commit's tree: one of their commands that rewrites tracked files (a lint
  // command with --fix, jest -u rewriting failing snapshots) makes the verdict about another tree, which a later
  // stage would then deploy.
  const watched = key === 'testing' || key === 'refactoring'
  // A deployment's commands may write tracked files for a reason (a manifest stamped with the version), but what its
  // deploy command shipped is then not the tree the gates judged: said on the stage's criteria gate (a caveat).
  const deploying = key === 'staging_deployment' || key === 'production_deployment'
  const before = watched || deploying ? (carried ?? (await trackedState(ctx.host.workspace))) : null
  // Production deploys from the workspace staging's commands left: what they rewrote is shipped again.
  if (deploying && before && !judgedTree.has(ctx)) judgedTree.set(ctx, before)
  const judged = deploying ? judgedTree.get(ctx) : undefined
  const inherited = judged && before && judged !== before ? changedBetween(judged, before) : []
  try {
    const run = await STAGES[key]()
    await run(ctx, stage)
  } catch (error) {
    if (error instanceof ConfigurationError) stage.fail(`configuration: ${error.message}`, 'configuration')
    else {
      stage.fail(`internal error: ${(error as Error).message} — this is a bug in spec-to-production; please report it with the log`, 'crash')
      ctx.host.debug((error as Error).stack ?? String(error))
    }
  }
  if (ctx.signal.aborted) stage.cancelled = true
  // The testing stage read the work tree when its last command had ended (one git status for the test history and
  // this): taken while no command has started since.
  const after = before ? ((key === 'testing' ? await trackedStateRead(ctx, before.top) : undefined) ?? (await trackedState(ctx.host.workspace, before.top))) : null
  const changed = before && after ? changedBetween(before, after) : []
  if (after) trackedAfter.set(ctx, after)
  if (inherited.length > 0 && stage.outputs.deployed === true) {
    const shown = inherited.slice(0, 5).join(', ') + (inherited.length > 5 ? `, … (${inherited.length} files)` : '')
    const warning = `the workspace ${key} deployed from is not the commit's tree (${shown}, changed by an earlier deployment stage's commands): what was deployed was not judged by the gates — review the change the deploy makes`
    const criteria = stage.gates[`${key}_criteria`]
    if (criteria) criteria.warnings = [...criteria.warnings, warning]
    else stage.warnings.push(warning)
  }
  if (changed.length > 0 && deploying) {
    const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, … (${changed.length} files)` : '')
    const warning = `the ${key} commands changed tracked files of the workspace (${shown}): what was deployed from it was not judged by the gates, which judged the commit's tree — review the change the deploy makes`
    const criteria = stage.gates[`${key}_criteria`]
    if (criteria) criteria.warnings = [...criteria.warnings, warning]
    else stage.warnings.push(warning)
  } else if (changed.length > 0) {
    const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, … (${changed.length} files)` : '')
    const how =
      key === 'testing'
        ? 'A test command must not rewrite sources or snapshots (jest -u / --updateSnapshot rewrites a failing snapshot into a passing one)'
        : 'A check must not write to the sources: a fix (eslint --fix, ruff --fix) belongs in stages.refactoring.linting.fix_command, which never changes the judged tree behind the gates'
    stage.fail(`the ${key} commands changed tracked files of the workspace (${shown}): what was judged is not the commit's tree, and a later stage would deploy it. ${how}`, 'configuration')
  }
  return stage.finish()
}

function logStage(host: Host, result: StageResult): void {
  for (const gate of Object.values(result.quality_gates)) {
    host.info(`  ${gateLogLine(gateView(result.stage_name, gate))}`)
    // What qualifies the figure (files left out of coverage, a report's odd counts) is said where the figure is.
    for (const w of gate.warnings) host.warning(`${result.stage_name}.${gate.gate_name}: ${w}`)
  }
  const mark = { passed: '✓', failed: '✗', cancelled: '⊘', skipped: '–' }[result.status]
  const retries = result.retries ? `, ${result.retries} retr${result.retries === 1 ? 'y' : 'ies'}` : ''
  host.info(`${mark} ${result.stage_name} ${result.status} (${result.execution_time_ms} ms${retries})`)
  for (const e of result.errors) host.error(`${result.stage_name}: ${e}`)
  for (const w of result.warnings) host.warning(`${result.stage_name}: ${w}`)
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

/**
 * `runs/.gitignore` holding `*`: written when it is missing or says anything else, left as it is when it already says
 * so (rewriting a file in place costs a writeback on ext4 each run). Never written through a link made since the
 * state directory's check (a command of the previous run, a restored cache): O_NOFOLLOW makes that an error.
 */
async function ignoreRunsDirectory(path: string): Promise<void> {
  const want = '*\n'
  try {
    const found = lstatSync(path)
    // Its size first: a file planted there is never read whole.
    if (found.isFile() && found.size === want.length && readFileSync(path, 'utf8') === want) return
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await writeFile(path, want, { flag: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW })
}

/** Nothing at `path` (ENOENT, or a parent that is a file): anything else there is for the specification stage to judge. */
async function missingFile(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return false
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR'
  }
}

/**
 * Where a configuration error points first: `cfg.yml:12:3: …` (the loader's form) as an annotation's file, line and
 * column, for a file inside the workspace that exists; undefined otherwise.
 */
function configurationErrorPlace(workspace: string, message: string): AnnotationProperties | undefined {
  const at = /^(.+?):(\d+):(\d+): /m.exec(message)
  if (!at) return undefined
  const [, file, line, column] = at
  const inside = relative(workspace, resolve(workspace, file))
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !existsSync(join(workspace, inside))) return undefined
  return { title: 'spec-to-production: invalid configuration', file: inside.split(sep).join('/'), startLine: Number(line), startColumn: Number(column) }
}
