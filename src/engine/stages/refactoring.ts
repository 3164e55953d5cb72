/**
 * Refactoring stage: `linting`, `type_checking` and `security`, run concurrently on the commit's tree, and
 * `instructions_validation`. The lint fixer (`quality_gates.linting.auto_fix`) never changes what is judged behind
 * the gates' back: `suggest` tries it on a copy and offers the patch; `commit` pushes a fix commit and judges that.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { AutoFix, LintingStep, ReportRef, SecurityStep, ToolStep } from '../../config/types.js'
import type { CommandResult } from '../../exec/types.js'
import { halfOfFormat, halfOfReport, halfVerdict, judgeLinting, judgeSecurity, judgeTypeChecking, noteOutsideChangedLines, noteSecurityOutsideChangedLines, noteSuppressed, noteTypeErrorsOutside, SECURITY_HALVES, uncheckedComponent, type HalfState, type SecurityHalf } from '../../gates/tools.js'
import type { Judgment } from '../../gates/tests.js'
import { BLANK_REPORT_FORMAT, readFindingsFile } from '../../reports/findings/index.js'
import { cleanMessage } from '../../reports/findings/collect.js'
import { secretValuesIn } from '../../reports/findings/secret-values.js'
import type { FindingsReport } from '../../reports/types.js'
import { classifyCommand } from '../../resilience/classify.js'
import type { AttemptOutcome } from '../../resilience/policies.js'
import type { RunContext } from '../context.js'
import { COPY_SCRATCH, commitAndPush, currentBranch, headCommit, makeFixCopy, remoteTip, resetTo, trackedChanges, workspaceDiff, type FixCopy } from '../fix-git.js'
import { onChangedLines } from '../changed.js'
import { ReportSnapshot, readFreshReport } from '../fresh.js'
import type { ErrorType, GateResult } from '../model.js'
import { validateInstructions } from '../../instructions/validate.js'
import { ConfigurationError } from '../../config/types.js'
import { gateResult, type StageRecorder } from '../stage.js'
import { lastLines, outputGist, runStep } from '../steps.js'
import { commandFor, reportPathFor } from './templates.js'
import { componentCoverageScope } from './coverage-scope.js'
import { TrackedFiles } from './unchecked-sources.js'
import {
  fileOptOuts,
  lineSuppressionsAdded,
  noteFilesNotChecked,
  noteLineSuppressions,
  noteOptOuts,
  noteTscFilesNotChecked,
  noteTypeCheckingOff,
  tscFilesNotChecked,
  typeCheckingOff,
  type ToolOptOuts,
  type TypeCheckingOffFound
} from './blind-spots.js'
import { changeLinesOf } from '../change-lines.js'
import type { CoverageScope } from '../../reports/coverage-scope.js'

export type GateName = 'linting' | 'type_checking' | 'security'

/** What one run of a tool gave: its findings when it wrote a report, or why it could not be judged. */
export interface ToolRun {
  result: CommandResult
  /** Every report the step reads, in configuration order; set only when all were read. */
  reports?: FindingsReport[]
  problem?: string
  problemType?: ErrorType
  /** Security: reports of a known half that could not be read (that half is not measured), and why. */
  unread?: Array<{ half: SecurityHalf; where: string; problem: string }>
  /** Security: reports of a half that is off by configuration, not read. */
  skipped?: Array<{ half: SecurityHalf; where: string }>
}

export async function refactoringStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  const r = ctx.config.stages.refactoring
  const gates: Array<[GateName, ToolStep]> = [
    ['linting', r.linting],
    ['type_checking', r.type_checking],
    ['security', r.security]
  ]
  const halvesOn = SECURITY_HALVES.filter((half) => ctx.config.quality_gates.security[half] !== false)
  const enabled = gates.filter(([name, step]) => step.enabled && (name !== 'security' || halvesOn.length > 0))
  for (const [name, step] of gates) {
    if (!step.enabled) stage.warnings.push(`${name} is disabled (stages.refactoring.${name}.enabled: false): not checked`)
  }
  if (r.security.enabled && halvesOn.length === 0) {
    // Nothing the step could measure is wanted: its command does not run, and no gate says "passed".
    stage.warnings.push('security: both halves are off by configuration (quality_gates.security.secrets: false, quality_gates.security.vulnerabilities: false): the step did not run, nothing was checked')
  }
  const instructions = r.instructions_validation.enabled ? instructionsGate(ctx) : undefined
  if (enabled.length === 0 && !instructions) {
    stage.fail('every refactoring gate is disabled: nothing was checked. Set stages.refactoring.enabled: false to skip the stage on purpose.', 'configuration')
    return
  }

  // All checks run concurrently, on the commit's tree: these are the results judged. The lint fixer never rewrites
  // that tree: in `suggest` mode it runs on a copy and its patch is offered; in `commit` mode its fix becomes a
  // commit on the branch, and that commit is the one judged (and deployed).
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
  const mode = r.linting.enabled ? autoFixMode(ctx, stage) : false
  let fix: FixOutcome = { fixed_count: null, fixable_count: null }
  if (mode && !r.linting.fix_command) {
    stage.warnings.push(`linting.auto_fix is ${mode} but stages.refactoring.linting.fix_command is not set: no fix was tried`)
  }
  const lint = runs.find((x) => x.name === 'linting')?.run
  if (mode && r.linting.fix_command) {
    fix = { fixed_count: 0, fixable_count: 0 }
    if (lint && needsFix(lint) && !stage.cancelled) {
      fix = mode === 'commit' ? await commitFix(ctx, stage, r.linting) : await suggestFix(ctx, stage, r.linting, lint)
      if (fix.committed) {
        runs = await runAll()
        const after = issueCount(runs.find((x) => x.name === 'linting')?.run)
        const before = issueCount(lint)
        fix.fixed_count = fix.fixable_count = before !== null && after !== null ? Math.max(0, before - after) : null
      }
      stage.outputs.auto_fix = { mode, ran: true, issues_before: issueCount(lint), fixable_count: fix.fixable_count, fixed_count: fix.fixed_count, ...fix.outputs }
    }
  }
  if (stage.cancelled) {
    stage.fail('cancelled while the refactoring checks ran', 'cancelled')
    return
  }
  // The component's source paths: a tool whose report lists the files it checked must have checked some of them.
  const { scope } = await componentCoverageScope(ctx)
  // The component's tracked files, to name those a tool that lists its files left out.
  const lists = runs.some(({ run }) => run?.reports?.some((r) => r.checked_files !== undefined))
  const files = new TrackedFiles(ctx.host.workspace)
  const tracked = lists ? await files.under(scope.sources) : null
  // A secret scan of a component that is the whole repository must have seen every tracked file: a file committed under
  // a name the scan leaves out (the run outputs `workflow_report_*.json`, `.spec-to-production/`) is named too.
  // (A linter's is not looked for there: a repository that tracks its build output and lints none of it is common.)
  const secretsTracked = lists && scope.sources?.includes('.') ? await files.under(['.'], { whole: true }) : tracked
  const optOuts = await fileOptOuts(ctx, runs, scope, files)
  const noCheck = await typeCheckingOff(ctx, runs, files, scope)
  const silenced = await lineSuppressionsAdded(ctx, runs, scope, files, await changeLinesOf(ctx))
  // tsc lists no file it checked: the component's TypeScript files outside the project it checked are asked of it.
  const types = runs.find((r) => r.name === 'type_checking')?.run
  const outsideProject = types ? await tscFilesNotChecked(ctx, types, await files.under(scope.sources)) : null
  for (const { name, started, ended, run } of runs) {
    if (!run) continue
    const gate = judgeRun(ctx, name, run, started, ended, name === 'linting' ? fix : null, scope, name === 'security' ? secretsTracked : tracked, optOuts.get(name) ?? [], name === 'type_checking' ? noCheck : [])
    noteLineSuppressions(gate, silenced.get(name), ctx.changeBase)
    if (name === 'type_checking') noteTscFilesNotChecked(gate, outsideProject)
    // pylint told to check nothing (disable=all, no enable): its "0 issues" is no measurement.
    if (name === 'linting' && (run.reports ?? []).some((r) => r.tool.toLowerCase() === 'pylint')) {
      const { pylintChecksNothing } = await import('../../gates/pylint-config.js')
      const where = await pylintChecksNothing(ctx.host.workspace, run.result.command)
      if (where) {
        gate.passed = false
        gate.errors.push(`${where}: pylint checks no message, so its report of 0 issues is not a measurement; enable the messages to check (enable=…), or turn the linting gate off on purpose`)
        gate.details.linting_off = where
      }
    }
    if (name === 'linting' && fix.error) {
      // A fixer that failed did not do what the configuration asks: never a pass.
      gate.passed = false
      gate.errors.push(fix.error)
      gate.error_type ??= 'exit_code'
    }
    stage.addGate(gate)
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

/** What the lint fixer did, for the linting gate's details and the stage's outputs. */
interface FixOutcome {
  /** Issues the fix removed from the judged tree: 0 in `suggest` mode (the judged tree is never changed). */
  fixed_count: number | null
  /** Issues the fixer can fix: the lint run on the fixed tree against the lint run on the commit. */
  fixable_count: number | null
  /** Why the fixer did not do its job (it failed, or its commit could not be made): the linting gate fails with it. */
  error?: string
  /** True when a fix commit was pushed: the checks run again on it. */
  committed?: boolean
  outputs?: Record<string, unknown>
}

/** `quality_gates.linting.auto_fix`, with `true` read as `suggest` (deprecated, said once). */
function autoFixMode(ctx: RunContext, stage: StageRecorder): AutoFix {
  const value = ctx.config.quality_gates.linting.auto_fix
  if (value !== true) return value
  stage.warnings.push("quality_gates.linting.auto_fix: true is deprecated and means 'suggest' (the fix is offered, never applied to the judged tree); write suggest, commit or false")
  return 'suggest'
}

/**
 * `suggest`: the fixer runs on a copy of the judged tree; the lint command runs again there to count what it fixed.
 * The workspace is not touched. The fix is kept as `{reports}/lint-fix.patch` and, on pull requests, offered as
 * review suggestions.
 */
async function suggestFix(ctx: RunContext, stage: StageRecorder, step: LintingStep, lint: ToolRun): Promise<FixOutcome> {
  const out: FixOutcome = { fixed_count: 0, fixable_count: null, outputs: {} }
  let copy: FixCopy
  try {
    copy = await makeFixCopy(ctx.host.workspace)
  } catch (error) {
    stage.warnings.push(`auto_fix: suggest tries the fixer on a copy made with git, and none could be made (${gitError(error)}): no fix was tried`)
    return out
  }
  try {
    const scratch = join(copy.dir, COPY_SCRATCH, 'reports')
    await mkdir(scratch, { recursive: true })
    const inCopy: RunContext = {
      ...ctx,
      host: Object.create(ctx.host, { workspace: { value: copy.dir } }) as RunContext['host'],
      reportsDir: scratch,
      templateVars: { ...ctx.templateVars, reports: scratch }
    }
    ctx.host.info(`auto_fix: suggest: trying the fixer on a copy of the judged tree (${copy.root})`)
    const fixRun = await runFix(inCopy, stage, step)
    if (fixRun.cancelled) stage.cancelled = true
    if (fixRun.error || fixRun.cancelled) return { ...out, error: fixRun.error }
    const diff = await copy.diff()
    await keepPatch(ctx, stage, diff)
    if (!diff.patch) {
      out.fixable_count = 0
      return out
    }
    const again = await runTool(inCopy, stage, 'linting', step, 'linting-on-fixed-copy')
    const before = issueCount(lint)
    const after = issueCount(again)
    out.fixable_count = before !== null && after !== null ? Math.max(0, before - after) : null
    if (out.fixable_count === null) stage.warnings.push('the lint run on the fixed copy gave no count: how many issues the fixer can fix is unknown')
    if (ctx.host.github?.suggestFixes) {
      out.outputs!.review = await ctx.host.github.suggestFixes({ diff: diff.unified0, fixable: out.fixable_count })
    }
    return out
  } finally {
    // The trial's command logs join the run's (and its artifact) before the copy goes.
    await cp(join(copy.dir, COPY_SCRATCH, 'logs'), join(ctx.reportsDir, '..', 'logs'), { recursive: true }).catch(() => undefined)
    await copy.dispose()
  }
}

/**
 * `commit`: the fixer runs in the workspace, its changes are committed and pushed to the branch, and that commit is
 * what the checks judge again and later stages deploy. Anything that stops it is an error of the linting gate.
 */
async function commitFix(ctx: RunContext, stage: StageRecorder, step: LintingStep): Promise<FixOutcome> {
  const ws = ctx.host.workspace
  const out: FixOutcome = { fixed_count: 0, fixable_count: null, outputs: {} }
  const fail = (why: string): FixOutcome => ({ ...out, error: `auto_fix: commit: ${why}` })
  let head: string
  try {
    head = await headCommit(ws)
    if ((await trackedChanges(ws)).length > 0) {
      return fail('tracked files have uncommitted changes, which a fix commit would carry: commit them first, or use auto_fix: suggest')
    }
  } catch (error) {
    return fail(`the workspace is not a git repository with a commit (${gitError(error)})`)
  }
  const branch = ctx.host.branch ?? (await currentBranch(ws))
  if (!branch) {
    return fail('HEAD is detached and no branch is known to push the fix to (on pull requests, check out the head branch: actions/checkout with ref: ${{ github.head_ref }})')
  }
  const remote = 'origin'
  // The remote gets the stage's time limit, as its commands do; a cancel stops it.
  const timeoutSeconds = ctx.config.stages.refactoring.timeout_seconds
  const limits = { timeoutMs: timeoutSeconds * 1000, signal: ctx.signal }
  const remoteError = (error: unknown): string =>
    ctx.signal.aborted
      ? 'the run was cancelled'
      : (error as { killed?: boolean }).killed
        ? `no answer within ${timeoutSeconds} s (stages.refactoring.timeout_seconds)`
        : gitError(error)
  let tip: string | null
  try {
    tip = await remoteTip(ws, remote, branch, limits)
  } catch (error) {
    if (ctx.signal.aborted) stage.cancelled = true
    return fail(`cannot read ${remote}/${branch}: ${remoteError(error)}`)
  }
  if (tip !== head) {
    return fail(`HEAD ${head.slice(0, 12)} is not the tip of ${remote}/${branch} (${tip ? tip.slice(0, 12) : 'no such branch'}): a fix commit on it would not be a fix of the branch (on pull requests, check out the head branch: actions/checkout with ref: \${{ github.head_ref }})`)
  }
  const fixRun = await runFix(ctx, stage, step)
  if (fixRun.error || fixRun.cancelled) {
    if (fixRun.cancelled) stage.cancelled = true
    await resetTo(ws, head).catch(() => undefined)
    return { ...out, error: fixRun.error }
  }
  const diff = await workspaceDiff(ws)
  await keepPatch(ctx, stage, diff)
  if (!diff.patch) return { ...out, fixable_count: 0 }
  try {
    const sha = await commitAndPush(ws, { remote, branch, message: `style(${ctx.component}): lint fixes (spec-to-production auto_fix: commit)` }, limits)
    // Later stages (deployments, their GitHub records) use the commit that holds the fix.
    ctx.templateVars.sha = sha
    ctx.host.info(
      `auto_fix: commit: pushed ${sha} to ${remote}/${branch}; lint, types and security run again on it now, the tests after this stage, and later stages use it (a push made with the default GITHUB_TOKEN starts no new workflow run)`
    )
    return { ...out, committed: true, outputs: { commit_sha: sha, parent_sha: head, pushed_to: `${remote}/${branch}`, tests_ran_on: ctx.results.testing ? head : null } }
  } catch (error) {
    await resetTo(ws, head).catch(() => undefined)
    if (ctx.signal.aborted) stage.cancelled = true
    const why = remoteError(error)
    const hint = why === gitError(error) ? 'the token needs contents: write; ' : ''
    return fail(`could not commit and push the fix to ${remote}/${branch}: ${why} (${hint}the fix is in lint-fix.patch)`)
  }
}

/** The last line git wrote on stderr, with any credentials in a URL removed. */
function gitError(error: unknown): string {
  const e = error as { stderr?: string; message?: string }
  const text = (e.stderr?.trim() || e.message || String(error)).split('\n').filter((l) => l.trim()).at(-1) ?? 'failed'
  return text.replace(/\/\/[^/@\s]+@/g, '//***@').trim()
}

/** Keeps what the fix changed as `{reports}/lint-fix.patch`, so a user can apply it (`git apply`). */
async function keepPatch(ctx: RunContext, stage: StageRecorder, diff: { patch: string; files: string[] }): Promise<void> {
  if (!diff.patch) {
    stage.outputs.fix_patch = null
    return
  }
  const path = join(ctx.reportsDir, 'lint-fix.patch')
  await writeFile(path, diff.patch)
  stage.outputs.fix_patch = path
  stage.outputs.fixed_files = diff.files
  ctx.host.info(`lint fix: ${diff.files.length} file(s) changed; patch kept at ${path} (apply with git apply)`)
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

/**
 * Runs the fix command (in the workspace, or in the copy `ctx` points at). Exit 0 and exit 1 (fixers' "problems
 * remain that I cannot fix") mean it did its job; anything else (2: a crash or bad usage, 126/127: it cannot run, a
 * signal, a timeout) is a failure, reported with the command, its exit status and the end of its output.
 */
async function runFix(ctx: RunContext, stage: StageRecorder, step: LintingStep): Promise<{ error?: string; cancelled?: boolean }> {
  const command = commandFor(ctx, step.fix_command, 'stages.refactoring.linting.fix_command')!
  const policy = ctx.config.error_recovery.refactoring
  const result = await runStep<CommandResult>(ctx, stage, {
    purpose: 'linting-fix',
    command,
    cwd: ctx.host.workspace,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    judge: async (res) => {
      const cls = classifyCommand(res, policy.retry_on_timeout)
      const ran = !res.spawnError && !res.timedOut && !res.signal && (res.exitCode === 0 || res.exitCode === 1)
      return { value: res, ok: ran, retryable: cls.transient, reason: cls.description }
    }
  })
  if (result.cancelled) return { cancelled: true }
  if (!result.outcome.ok) {
    // Quoted in the run's own words: its terminal escapes and direction overrides replaced, as a finding's.
    const tail = result.outcome.value ? cleanMessage(lastLines(result.outcome.value.tail, 5)) : ''
    return { error: `the lint fix command failed (${result.outcome.reason}): ${command}${tail ? ` — output ends: ${tail}` : ''}` }
  }
  return {}
}

/** Runs one tool (under the refactoring retry policy for transient failures) and reads the report it wrote. */
async function runTool(ctx: RunContext, stage: StageRecorder, name: GateName, step: ToolStep, purpose: string = name): Promise<ToolRun | undefined> {
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
  const security = name === 'security'
  const configured = [
    ...(step.report ? [{ ref: step.report, where: `${where}.report` }] : []),
    ...(security ? (step as SecurityStep).reports.map((ref, i) => ({ ref, where: `${where}.reports[${i}]` })) : [])
  ]
  // Security: a report whose format names a half that is off is not read (the half is reported as off, not passed).
  const skipped: Array<{ half: SecurityHalf; where: string; path: string }> = []
  const reports: Array<{ ref: ReportRef; where: string; path: string }> = []
  for (const { ref, where: at } of configured) {
    const path = reportPathFor(ctx, ref.path, at)
    const half = security ? halfOfFormat(ref.format) : null
    if (half !== null && ctx.config.quality_gates.security[half] === false) skipped.push({ half, where: at, path })
    else reports.push({ ref, where: at, path })
  }
  let snapshot: ReportSnapshot | undefined
  const policy = ctx.config.error_recovery.refactoring
  const result = await runStep<ToolRun>(ctx, stage, {
    purpose,
    command,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    // A secret scan's output may quote what it found: shown only once the secrets are known and redacted.
    deferOutput: security,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take(reports.map((r) => r.path))
    },
    judge: async (res): Promise<AttemptOutcome<ToolRun>> => {
      const cls = classifyCommand(res, policy.retry_on_timeout)
      const run: ToolRun = { result: res, ...(security && skipped.length ? { skipped: skipped.map(({ half, where: at }) => ({ half, where: at })) } : {}) }
      // Security: a network error is often one half's (an audit the registry refused): its reports are read all the
      // same, and what could not be read says which half was not measured.
      const readAnyway = security && cls.errorType === 'transient_network'
      if (cls.errorType !== null && cls.errorType !== 'exit_code' && !readAnyway) {
        run.problem = `the ${name} command ${cls.description}`
        run.problemType = cls.errorType
        return { value: run, ok: false, retryable: cls.transient, reason: cls.description }
      }
      if (configured.length === 0) return { value: run, ok: res.exitCode === 0, retryable: false, reason: cls.description }
      const read: FindingsReport[] = []
      for (const { ref, where: at, path } of reports) {
        const got = await readFreshReport(
          snapshot!,
          path,
          { workspace: ctx.host.workspace, what: 'report', ran: `the ${name} command (${cls.description})` },
          () => readFindingsFile(path, { workspace: ctx.host.workspace, format: ref.format })
        )
        if (got.problem) {
          // A security report whose half is known leaves that half unmeasured; any other unreadable report is a problem.
          const half = security ? halfOfFormat(ref.format) : null
          if (half) {
            ;(run.unread ??= []).push({ half, where: at, problem: got.problem })
            continue
          }
          run.problem = got.problem
          // A tool that failed and left no report it could have written (mypy exits 2 on a module that shadows a
          // library one, saying so on stderr): the gate's error says what the tool said, not only what the file lacks.
          // Not for the security step, whose output may quote a secret its unread report would have named.
          const gist = res.exitCode !== 0 && !security ? outputGist(res.tail, (text) => ctx.redactor.redact(text)) : ''
          if (gist) run.problem = `the ${name} command failed (${cls.description}), and ${gist}; ${got.problem}`
          run.problemType = 'report'
          break
        }
        if (name === 'linting' && got.value!.format === BLANK_REPORT_FORMAT && ref.format === undefined) {
          // No linter read here writes nothing on a clean run: the tool wrote its report elsewhere, or did not run.
          run.problem =
            `the report ${relative(ctx.host.workspace, path).split(sep).join('/')} (${at}) is empty: no linter read here writes nothing when it finds nothing (eslint, ruff and pylint write [], a SARIF writer a log), ` +
            'so the linter wrote its report elsewhere or did not run (stylelint 16 and later print theirs on standard error: write it with --output-file); ' +
            "a tool whose clean output is empty is judged so when the report's format is named"
          run.problemType = 'report'
          break
        }
        read.push(got.value!)
        if (halfOfReport(got.value!) === 'secrets') {
          for (const piece of ctx.redactor.add(await secretValuesIn(path))) ctx.host.mask?.(piece)
        }
      }
      // A secret scan whose half is off may still have run (one command, two scans): its values are redacted all the same.
      for (const { half, path } of skipped) {
        if (half === 'secrets') for (const piece of ctx.redactor.add(await secretValuesIn(path))) ctx.host.mask?.(piece)
      }
      if (!run.problem) run.reports = read
      const unread = run.unread?.map((u) => `${u.half} not measured: ${u.where} could not be read (${u.problem})`).join('; ')
      if (readAnyway && (run.problem || unread)) {
        return { value: run, ok: false, retryable: cls.transient, reason: `${cls.description}; ${run.problem ?? unread}` }
      }
      return { value: run, ok: run.problem === undefined, retryable: false, reason: run.problem ?? (unread ? `${cls.description}; ${unread}` : cls.description) }
    }
  })
  if (result.cancelled) {
    stage.cancelled = true
    return undefined
  }
  return result.outcome.value
}

function judgeRun(
  ctx: RunContext,
  name: GateName,
  run: ToolRun,
  started: number,
  now: number,
  fix: FixOutcome | null,
  scope: CoverageScope,
  tracked: string[] | null,
  optOuts: ToolOptOuts,
  noCheck: TypeCheckingOffFound[]
) {
  const q = ctx.config.quality_gates
  if (run.problem) {
    return gateResult(name, started, now, { passed: false, details: {}, errors: [run.problem], error_type: run.problemType ?? 'report' })
  }
  const exit = classifyCommand(run.result)
  if (!run.reports) {
    // No report configured: the exit status is the only verdict there is, and the report says so.
    const ok = run.result.exitCode === 0
    const errors = ok ? [] : [`the ${name} command failed (${exit.description})`]
    const warnings = [`no report is configured (stages.refactoring.${name}.report): judged by exit status only, no counts`]
    const details: Record<string, unknown> = { source: 'exit status', exit_code: run.result.exitCode }
    if (name === 'security') {
      // An exit status measures neither half: each enabled one is unmeasured, which staging and production refuse.
      const halves: Record<string, HalfState> = {}
      for (const half of SECURITY_HALVES) {
        halves[half] =
          q.security[half] === false
            ? { status: 'off', tools: [] }
            : { status: 'unmeasured', reason: 'no report of it is configured (stages.refactoring.security.report, .reports): the command was judged by its exit status only', tools: [] }
        const v = halfVerdict(half, halves[half], ctx.target)
        errors.push(...v.errors)
        warnings.push(...v.warnings)
      }
      details.halves = halves
    }
    const passed = errors.length === 0
    return gateResult(name, started, now, {
      passed,
      details,
      errors,
      warnings,
      ...(passed ? {} : { error_type: ok ? ('threshold_not_met' as const) : ('exit_code' as const) })
    })
  }
  // Diff-aware mode judges only what the change touched; the totals stay in the details.
  const judged = ctx.changed ? run.reports.map((r) => onChangedLines(r, ctx.changed!)) : run.reports
  const all = combined(judged)
  // A linter or scanner that lists the files it checked and checked none of the component's found nothing in it. A
  // type checker checks a whole project (files outside the component included): only one that says it checked no
  // file at all (pyright's filesAnalyzed: 0) is caught.
  const listing =
    name === 'type_checking'
      ? run.reports.filter((r) => r.checked_files === undefined && r.checked_count === 0)
      : run.reports.filter((r) => r.checked_files !== undefined || r.checked_count !== undefined)
  const unchecked = listing
    .map((r) => {
      const half = name === 'security' ? halfOfReport(r) : null
      const what = name === 'type_checking' ? 'type-checked' : half === null ? 'linted' : half === 'secrets' ? 'scanned for secrets' : 'scanned for vulnerabilities'
      return { half: half ?? 'vulnerabilities', problem: uncheckedComponent(r, what, scope.sources) }
    })
    .filter((u): u is { half: SecurityHalf; problem: string } => u.problem !== null)
  const j: Judgment =
    name === 'linting'
      ? judgeLinting(all, q.linting, fix ?? { fixed_count: null, fixable_count: null })
      : name === 'type_checking'
        ? judgeTypeChecking(all, q.type_checking)
        : judgeSecurity(judged, q.security, {
            target: ctx.target,
            unread: run.unread,
            skipped: run.skipped,
            unchecked
          })
  if (listing.length > 0) {
    j.details.files_checked = listing.reduce((n, r) => n + (r.checked_files?.length ?? r.checked_count!), 0)
    j.details.component_checked = unchecked.length === 0
  }
  if ((name === 'linting' || name === 'type_checking') && unchecked.length > 0) {
    j.passed = false
    j.errors.push(...unchecked.map((u) => u.problem))
  }
  // A tool that stopped before checking (mypy's blocking errors) measured nothing, whatever the limit or the lines judged.
  // First among the gate's errors: the surfaces show a failed gate by its first, and the count beside it is no measure.
  const stopped = run.reports.flatMap((r) => (r.incomplete === undefined ? [] : [r.incomplete]))
  if ((name === 'linting' || name === 'type_checking') && stopped.length > 0) {
    j.passed = false
    j.errors.unshift(...stopped)
  }
  noteTypeCheckingOff(j, noCheck)
  if (unchecked.length === 0) noteOptOuts(j, optOuts)
  if (unchecked.length === 0 && name !== 'type_checking') noteFilesNotChecked(j, name === 'security' ? run.reports.filter((r) => halfOfReport(r) === 'secrets') : run.reports, tracked, name === 'security')
  if (name === 'type_checking') noteTypeErrorsOutside(j, all, ctx.config.paths.source)
  noteSuppressed(j, judged)
  const whole = combined(run.reports)
  const total = whole.counts.error + whole.counts.warning + whole.counts.notice
  if (ctx.changed) {
    j.details.only_changed = true
    j.details.total_in_repository = total
    if (name !== 'security') noteOutsideChangedLines(j, name, whole, all)
    else noteSecurityOutsideChangedLines(j, run.reports, judged, q.security)
    if (run.reports.some((r) => r.findings_truncated)) j.warnings.push('the report listed more findings than were kept: changed-line counts come from the kept ones')
  }
  const truncated = run.reports.filter((r) => r.findings_truncated)
  if (truncated.length > 0) {
    // Every count stays exact; only the list is bounded. Said, so that "Findings (5000)" in the summary and on the
    // check run is not read as all the problems there are.
    const listed = truncated.reduce((n, r) => n + r.findings.length, 0)
    const reported = truncated.reduce((n, r) => n + r.counts.error + r.counts.warning + r.counts.notice, 0)
    j.warnings.push(
      `${truncated.map((r) => r.tool).join(', ')} reported ${reported} findings; ${listed} are listed, the most severe first: the annotations, the summary, the SARIF file and the JSON report's findings show only those, the counts all ${reported}`
    )
  }
  if (run.result.exitCode !== 0 && total === 0) {
    const notRead = [...(run.unread ?? []).map((u) => `${u.where} (${u.half}, unreadable)`), ...(run.skipped ?? []).map((u) => `${u.where} (${u.half}, off)`)]
    if (notRead.length > 0) {
      // One command, several scans: a report that was not read is the scan that may have failed (its half says so).
      j.warnings.push(`the ${name} command ${exit.description} and the reports read list no problem: the exit status is put down to the report(s) not read, ${notRead.join(', ')}`)
    } else {
      j.passed = false
      j.errors.push(`the ${name} command failed (${exit.description}) but its report lists no problem: the report cannot be trusted`)
    }
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
