/**
 * Refactoring stage: `linting` (with auto-fix: lint, fix, lint again), `type_checking` and `security`. The fix runs
 * first because it rewrites files the other tools read; then the remaining checks run concurrently.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { LintingStep, SecurityStep, ToolStep } from '../../config/types.js'
import type { CommandResult } from '../../exec/types.js'
import { judgeLinting, judgeSecurity, judgeTypeChecking } from '../../gates/tools.js'
import type { Judgment } from '../../gates/tests.js'
import { readFindingsFile } from '../../reports/findings/index.js'
import type { FindingsReport } from '../../reports/types.js'
import { classifyCommand } from '../../resilience/classify.js'
import type { AttemptOutcome } from '../../resilience/policies.js'
import type { RunContext } from '../context.js'
import { diffSince, snapshotWorkingTree } from '../git.js'
import { onChangedLines } from '../changed.js'
import { ReportSnapshot, readFreshReport } from '../fresh.js'
import type { ErrorType, GateResult } from '../model.js'
import { validateInstructions } from '../../instructions/validate.js'
import { ConfigurationError } from '../../config/types.js'
import { gateResult, type StageRecorder } from '../stage.js'
import { runStep } from '../steps.js'
import { commandFor, reportPathFor } from './templates.js'

type GateName = 'linting' | 'type_checking' | 'security'

/** What one run of a tool gave: its findings when it wrote a report, or why it could not be judged. */
interface ToolRun {
  result: CommandResult
  /** Every report the step reads, in configuration order; set only when all were read. */
  reports?: FindingsReport[]
  problem?: string
  problemType?: ErrorType
}

export async function refactoringStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  const r = ctx.config.stages.refactoring
  const gates: Array<[GateName, ToolStep]> = [
    ['linting', r.linting],
    ['type_checking', r.type_checking],
    ['security', r.security]
  ]
  const enabled = gates.filter(([, step]) => step.enabled)
  for (const [name, step] of gates) {
    if (!step.enabled) stage.warnings.push(`${name} is disabled (stages.refactoring.${name}.enabled: false): not checked`)
  }
  const instructions = r.instructions_validation.enabled ? instructionsGate(ctx) : undefined
  if (enabled.length === 0 && !instructions) {
    stage.fail('every refactoring gate is disabled: nothing was checked. Set stages.refactoring.enabled: false to skip the stage on purpose.', 'configuration')
    return
  }

  // All checks run concurrently. When lint found problems and auto-fix is on, the fix rewrites files every check
  // reads, so after it the checks run again and their second results are the ones judged.
  // Each gate's time is its own tool's (command, retries, reading its report), not the slowest tool's.
  const runAll = (): Promise<Array<{ name: GateName; started: number; ended: number; run: ToolRun | undefined }>> =>
    Promise.all(
      enabled.map(async ([name, step]) => {
        const started = ctx.host.now()
        const run = await runTool(ctx, stage, name, step)
        return { name, started, ended: ctx.host.now(), run }
      })
    )
  let runs = await runAll()
  const autoFix = r.linting.enabled && ctx.config.quality_gates.linting.auto_fix
  // 0 when auto-fix is on and there was nothing to fix; null when it is off.
  let fixedCount: number | null = autoFix && r.linting.fix_command ? 0 : null
  if (autoFix && !r.linting.fix_command) {
    stage.warnings.push('linting.auto_fix is on but stages.refactoring.linting.fix_command is not set: nothing was fixed')
  }
  const lint = runs.find((x) => x.name === 'linting')?.run
  if (autoFix && r.linting.fix_command && lint && needsFix(lint) && !stage.cancelled) {
    const before = issueCount(lint)
    const base = await snapshotWorkingTree(ctx.host.workspace)
    if (!(await runFix(ctx, stage, r.linting))) return
    await keepFixAsPatch(ctx, stage, base)
    runs = await runAll()
    const after = issueCount(runs.find((x) => x.name === 'linting')?.run)
    fixedCount = before !== null && after !== null ? Math.max(0, before - after) : null
    stage.outputs.auto_fix = { ran: true, issues_before: before, fixed_count: fixedCount }
  }
  if (stage.cancelled) {
    stage.fail('cancelled while the refactoring checks ran', 'cancelled')
    return
  }
  for (const { name, started, ended, run } of runs) {
    if (run) stage.addGate(judgeRun(ctx, name, run, started, ended, name === 'linting' ? fixedCount : null))
  }
  if (instructions) stage.addGate(await instructions)
}

/** Gate `instructions_validation`: the instruction files' frontmatter and content (no command to run). */
async function instructionsGate(ctx: RunContext): Promise<GateResult> {
  const started = ctx.host.now()
  const { globs } = ctx.config.stages.refactoring.instructions_validation
  try {
    const result = await validateInstructions({ workspace: ctx.host.workspace, globs })
    return gateResult('instructions_validation', started, ctx.host.now(), {
      passed: result.error_count === 0,
      details: { files: result.files.length, error_count: result.error_count, warning_count: result.warning_count, globs },
      errors: result.error_count ? [`${result.error_count} error(s) in ${result.files.length} instruction file(s)`] : [],
      warnings: result.files.length === 0 ? [`no instruction file matches ${globs.join(', ')}`] : [],
      findings: result.findings,
      ...(result.error_count ? { error_type: 'threshold_not_met' as const } : {})
    })
  } catch (error) {
    // A glob that escapes the workspace or does not parse is the configuration's mistake.
    throw new ConfigurationError(`stages.refactoring.instructions_validation.globs: ${(error as Error).message}`)
  }
}

/** Keeps what the fix changed as `{reports}/lint-fix.patch`, so a user can apply it (`git apply`). */
async function keepFixAsPatch(ctx: RunContext, stage: StageRecorder, base: string | null): Promise<void> {
  if (!base) {
    stage.warnings.push('the workspace is not a git repository: the lint fix was applied but could not be kept as a patch')
    return
  }
  const { patch, files } = await diffSince(ctx.host.workspace, base)
  if (!patch) {
    stage.outputs.fix_patch = null
    return
  }
  const path = join(ctx.reportsDir, 'lint-fix.patch')
  await writeFile(path, patch)
  stage.outputs.fix_patch = path
  stage.outputs.fixed_files = files
  ctx.host.info(`lint fix changed ${files.length} file(s); patch kept at ${path}`)
}

/** The problems of all a run's reports, as one report (linting and type checking read one tool each). */
function combined(reports: FindingsReport[]): FindingsReport {
  if (reports.length === 1) return reports[0]
  const counts = { error: 0, warning: 0, notice: 0 }
  for (const r of reports) for (const k of ['error', 'warning', 'notice'] as const) counts[k] += r.counts[k]
  return { format: reports.map((r) => r.format).join('+'), tool: reports.map((r) => r.tool).join('+'), findings: reports.flatMap((r) => r.findings), counts }
}

function issueCount(run: ToolRun | undefined): number | null {
  if (!run?.reports) return null
  const r = combined(run.reports)
  return r.counts.error + r.counts.warning
}

function needsFix(run: ToolRun): boolean {
  if (run.reports) return (issueCount(run) ?? 0) > 0
  return run.result.exitCode !== 0 && !run.problemType
}

async function runFix(ctx: RunContext, stage: StageRecorder, step: LintingStep): Promise<boolean> {
  const command = commandFor(ctx, step.fix_command, 'stages.refactoring.linting.fix_command')!
  const policy = ctx.config.error_recovery.refactoring
  let errorType: ErrorType = 'exit_code'
  const result = await runStep(ctx, stage, {
    purpose: 'linting-fix',
    command,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    // A fixer exits non-zero when problems remain that it cannot fix; the lint run after it judges those.
    judge: async (res) => {
      const cls = classifyCommand(res, policy.retry_on_timeout)
      errorType = cls.errorType ?? 'exit_code'
      const broken = cls.errorType !== null && cls.errorType !== 'exit_code'
      return { value: undefined, ok: !broken, retryable: cls.transient, reason: cls.description }
    }
  })
  if (result.cancelled) {
    stage.cancelled = true
    return false
  }
  if (!result.outcome.ok) {
    stage.fail(`the lint fix command failed: ${result.outcome.reason}`, errorType)
    return false
  }
  return true
}

/** Runs one tool (under the refactoring retry policy for transient failures) and reads the report it wrote. */
async function runTool(ctx: RunContext, stage: StageRecorder, name: GateName, step: ToolStep): Promise<ToolRun | undefined> {
  const where = `stages.refactoring.${name}`
  const command = commandFor(ctx, step.command, `${where}.command`)
  if (!command) {
    stage.addGate(
      gateResult(name, ctx.host.now(), ctx.host.now(), {
        passed: false,
        details: {},
        errors: [`no command is configured (${where}.command): ${name} was not checked. Configure one, or set ${where}.enabled: false.`],
        error_type: 'configuration'
      })
    )
    return undefined
  }
  const refs = [
    ...(step.report ? [{ ref: step.report, where: `${where}.report` }] : []),
    ...(name === 'security' ? (step as SecurityStep).reports.map((ref, i) => ({ ref, where: `${where}.reports[${i}]` })) : [])
  ]
  const reports = refs.map(({ ref, where: at }) => ({ ref, path: reportPathFor(ctx, ref.path, at) }))
  let snapshot: ReportSnapshot | undefined
  const policy = ctx.config.error_recovery.refactoring
  const result = await runStep<ToolRun>(ctx, stage, {
    purpose: name,
    command,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take(reports.map((r) => r.path))
    },
    judge: async (res): Promise<AttemptOutcome<ToolRun>> => {
      const cls = classifyCommand(res, policy.retry_on_timeout)
      const run: ToolRun = { result: res }
      if (cls.errorType !== null && cls.errorType !== 'exit_code') {
        run.problem = `the ${name} command ${cls.description}`
        run.problemType = cls.errorType
        return { value: run, ok: false, retryable: cls.transient, reason: cls.description }
      }
      if (reports.length === 0) return { value: run, ok: res.exitCode === 0, retryable: false, reason: cls.description }
      const read: FindingsReport[] = []
      for (const { ref, path } of reports) {
        const got = await readFreshReport(
          snapshot!,
          path,
          { workspace: ctx.host.workspace, what: 'report', ran: `the ${name} command (${cls.description})` },
          () => readFindingsFile(path, { workspace: ctx.host.workspace, format: ref.format })
        )
        if (got.problem) {
          run.problem = got.problem
          run.problemType = 'report'
          break
        }
        read.push(got.value!)
      }
      if (!run.problem) run.reports = read
      return { value: run, ok: run.problem === undefined, retryable: false, reason: run.problem ?? cls.description }
    }
  })
  if (result.cancelled) {
    stage.cancelled = true
    return undefined
  }
  return result.outcome.value
}

function judgeRun(ctx: RunContext, name: GateName, run: ToolRun, started: number, now: number, fixedCount: number | null) {
  const q = ctx.config.quality_gates
  if (run.problem) {
    return gateResult(name, started, now, { passed: false, details: {}, errors: [run.problem], error_type: run.problemType ?? 'report' })
  }
  const exit = classifyCommand(run.result)
  if (!run.reports) {
    // No report configured: the exit status is the only verdict there is, and the report says so.
    const ok = run.result.exitCode === 0
    return gateResult(name, started, now, {
      passed: ok,
      details: { source: 'exit status', exit_code: run.result.exitCode },
      errors: ok ? [] : [`the ${name} command failed (${exit.description})`],
      warnings: [`no report is configured (stages.refactoring.${name}.report): judged by exit status only, no counts`],
      ...(ok ? {} : { error_type: 'exit_code' as const })
    })
  }
  // Diff-aware mode judges only what the change touched; the totals stay in the details.
  const judged = ctx.changed ? run.reports.map((r) => onChangedLines(r, ctx.changed!)) : run.reports
  const all = combined(judged)
  const j: Judgment =
    name === 'linting'
      ? judgeLinting(all, q.linting, fixedCount)
      : name === 'type_checking'
        ? judgeTypeChecking(all, q.type_checking)
        : judgeSecurity(judged, q.security)
  const whole = combined(run.reports)
  const total = whole.counts.error + whole.counts.warning + whole.counts.notice
  if (ctx.changed) {
    j.details.only_changed = true
    j.details.total_in_repository = total
    if (run.reports.some((r) => r.findings_truncated)) j.warnings.push('the report listed more findings than were kept: changed-line counts come from the kept ones')
  }
  if (run.result.exitCode !== 0 && total === 0) {
    j.passed = false
    j.errors.push(`the ${name} command failed (${exit.description}) but its report lists no problem: the report cannot be trusted`)
  }
  return gateResult(name, started, now, {
    passed: j.passed,
    details: j.details,
    errors: j.errors,
    warnings: j.warnings,
    findings: j.findings,
    ...(j.passed ? {} : { error_type: 'threshold_not_met' as const })
  })
}
