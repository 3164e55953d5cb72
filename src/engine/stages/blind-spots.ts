/**
 * What a linter, type checker or secret scanner did not look at, though its report reads as if it had: tracked files
 * of the component its report does not list, files that opt out of it with a comment, comments that tell a secret
 * scanner not to report, and configurations that turn type checking off. Each is named on the gate it concerns — a
 * caveat, or a failure when the check as a whole did not happen — so "0 issues" is never said of what was not seen.
 */
import type { Judgment } from '../../gates/tests.js'
import { halfOfReport } from '../../gates/tools.js'
import { hasSecretAllows, lineSuppressionsIn, optOutApplies, optOutFamily, silencingFamily, type OptOut } from '../../gates/opt-outs.js'
import { mypyIgnoresErrors, mypyModuleMatches, pyrightOff } from '../../gates/python-type-config.js'
import { isTsConfig, noCheckProjects, projectsOfCommand } from '../../gates/ts-no-check.js'
import type { CoverageScope } from '../../reports/coverage-scope.js'
import type { FindingsReport } from '../../reports/types.js'
import type { RunContext } from '../context.js'
import type { GateName, ToolRun } from './refactoring.js'
import { filesNotChecked, MAX_NAMED, notCheckedWarning, optOutsIn, optOutWarning, readHead, secretAllowsIn, secretAllowWarning, type TrackedFiles } from './unchecked-sources.js'
import { join } from 'node:path'

/**
 * Tracked files of the component that a linter or secret scanner whose report lists its files did not check (a new
 * `.mts` file no `files` pattern matches, a path the change added to `ignores` or `.secretlintignore`): named in a
 * warning that is a caveat on every surface, and in `details.files_not_checked`, so "0 issues" is never said of them.
 */
export function noteFilesNotChecked(j: Judgment, reports: FindingsReport[], tracked: string[] | null, secrets: boolean): void {
  for (const report of reports) {
    const files = filesNotChecked(report, tracked, secrets)
    if (!files || files.length === 0) continue
    const before = Array.isArray(j.details.files_not_checked) ? (j.details.files_not_checked as string[]) : []
    j.details.files_not_checked = [...new Set([...before, ...files])].slice(0, MAX_NAMED)
    j.details.files_not_checked_count = (typeof j.details.files_not_checked_count === 'number' ? j.details.files_not_checked_count : 0) + files.length
    j.warnings.push(notCheckedWarning(report.tool, files, secrets))
  }
}

/** What one tool's file-wide opt-outs are: the tool and the files that opt out of it. */
export type ToolOptOuts = Array<{ tool: string; found: Awaited<ReturnType<typeof optOutsIn>>; secrets?: boolean }>

/**
 * The component's files that opt out of the linter or type checker that ran with a file-wide comment (`// @ts-nocheck`,
 * `# mypy: ignore-errors`, `# ruff: noqa`, `# pylint: skip-file`), and the comments that tell the secret scanner not to
 * report (`secretlint-disable`, `pragma: allowlist secret`, `gitleaks:allow`): the tool reports nothing of them, so its
 * "0" needs saying what it did not look at. eslint is not searched: its report lists what its comments suppressed.
 */
export async function fileOptOuts(
  ctx: RunContext,
  runs: Array<{ name: GateName; run: ToolRun | undefined }>,
  scope: CoverageScope,
  files: TrackedFiles
): Promise<Map<GateName, ToolOptOuts>> {
  const out = new Map<GateName, ToolOptOuts>()
  let tracked: string[] | null | undefined
  for (const { name, run } of runs) {
    if (!run?.reports) continue
    for (const report of run.reports) {
      if (name === 'security') {
        // A secret scanner's allow comments (secretlint-disable, pragma: allowlist secret, gitleaks:allow): in the files
        // it lists as checked, else in the component's tracked files.
        if (halfOfReport(report) !== 'secrets' || !hasSecretAllows(report.tool)) continue
        tracked ??= await files.under(scope.sources, { whole: true })
        const scanned = report.checked_files ?? tracked
        if (!scanned) continue
        const found = await secretAllowsIn(ctx.host.workspace, scanned, report.tool)
        if (found.length > 0) out.set(name, [...(out.get(name) ?? []), { tool: report.tool, found, secrets: true }])
        continue
      }
      const family = optOutFamily(report.tool)
      if (!family) continue
      tracked ??= await files.under(scope.sources, { whole: true })
      if (!tracked) return out
      const found = await optOutsIn(ctx.host.workspace, tracked, family)
      if (found.length > 0) out.set(name, [...(out.get(name) ?? []), { tool: report.tool, found }])
    }
  }
  return out
}

/**
 * Configurations that turn the type checker that ran off: tracked tsconfig files with `"noCheck": true` (directly or
 * through `extends`), `judged` when it is the project the command checks (`-p`, `--project`, `-b`, else the workspace's
 * tsconfig.json); mypy's `ignore_errors` and pyright's `typeCheckingMode: "off"`, `judged` when set for every module.
 */
export async function typeCheckingOff(
  ctx: RunContext,
  runs: Array<{ name: GateName; run: ToolRun | undefined }>,
  files: TrackedFiles,
  scope?: CoverageScope
): Promise<TypeCheckingOffFound[]> {
  const run = runs.find((r) => r.name === 'type_checking')?.run
  const tools = new Set((run?.reports ?? []).map((r) => r.tool.toLowerCase()))
  const out: TypeCheckingOffFound[] = []
  // mypy and pyright: their own configuration's switch (ignore_errors, typeCheckingMode "off").
  let modules: string[] | null | undefined
  for (const [tool, find] of [['mypy', mypyIgnoresErrors], ['pyright', pyrightOff]] as const) {
    if (!tools.has(tool)) continue
    for (const off of await find(ctx.host.workspace)) {
      // A section for modules that are none of the component's (hukkin/tomli: `module = "run"`, its benchmark script,
      // and "fuzz", beside src/tomli) leaves every file of the component checked: no caveat of the component's gate.
      if (!off.global && off.modules && off.modules.length > 0) {
        modules ??= await componentModules(files, scope)
        if (modules && !modules.some((m) => off.modules!.some((p) => mypyModuleMatches(p, m)))) continue
      }
      out.push({ tool, judged: off.global, where: off.where, what: off.global ? 'every module' : 'the modules that section names' })
    }
  }
  if (!run || !tools.has('tsc')) return out
  const tracked = await files.under(undefined, { whole: true })
  if (!tracked) return out
  const found = await noCheckProjects(ctx.host.workspace, tracked.filter(isTsConfig))
  const named = projectsOfCommand(run.result.command)
  const judged = new Set(named.length > 0 ? named : ['tsconfig.json'])
  for (const p of found) {
    out.push({
      tool: 'tsc',
      judged: judged.has(p.file),
      where: `${p.file} sets compilerOptions.noCheck: true${p.setBy !== p.file ? ` (through extends: ${p.setBy})` : ''}`,
      what: judged.has(p.file) ? 'the project the command checks' : 'that project',
      project: p.file
    })
  }
  return out
}

/**
 * The module names mypy gives the component's tracked Python files: the dotted path from the first directory above the
 * file that is no package (has no `__init__.py`, `__init__.pyi`), as mypy crawls up (`src/tomli/_parser.py` is
 * `tomli._parser`). Null when the component's files cannot be listed.
 */
async function componentModules(files: TrackedFiles, scope: CoverageScope | undefined): Promise<string[] | null> {
  const tracked = await files.under(scope?.sources ?? ['.'], { whole: true })
  if (!tracked) return null
  // A package above the component's path (src/acme/__init__.py over src/acme/calc) is tracked outside it.
  const all = new Set([...tracked, ...((await files.under(['.'], { whole: true })) ?? [])])
  const isPackage = (dir: string) => all.has(`${dir}/__init__.py`) || all.has(`${dir}/__init__.pyi`)
  const out: string[] = []
  for (const file of tracked) {
    if (!/\.pyi?$/.test(file)) continue
    const parts = file.replace(/\.pyi?$/, '').split('/')
    if (parts.at(-1) === '__init__') parts.pop()
    let first = parts.length - 1
    while (first > 0 && isPackage(parts.slice(0, first).join('/'))) first--
    if (parts.length > 0) out.push(parts.slice(first).join('.'))
  }
  return out
}

/** A configuration that turns the type checker off: the gate fails when it covers what the command checks. */
export interface TypeCheckingOffFound {
  tool: string
  judged: boolean
  where: string
  what: string
  /** tsc: the project file. */
  project?: string
}

/** Configurations that turn the type checker off: the gate fails for what the command checks, else a caveat. */
export function noteTypeCheckingOff(j: Judgment, noCheck: TypeCheckingOffFound[]): void {
  for (const p of noCheck) {
    if (p.tool === 'tsc') {
      if (p.judged) {
        // The project the command checks had type checking turned off: its "0 errors" is no measurement.
        j.passed = false
        j.errors.push(`${p.where}: tsc type-checked nothing in the project the command checks, so its report of 0 errors is not a measurement; remove noCheck`)
      } else {
        j.warnings.push(`${p.where}: tsc type-checks nothing in that project, so its files are not checked when the command checks it (through references or another command)`)
      }
    } else if (p.judged) {
      j.passed = false
      j.errors.push(`${p.where}: ${p.tool} type-checks nothing in ${p.what}, so its report of 0 errors is not a measurement; remove it`)
    } else {
      j.warnings.push(`${p.where}: ${p.tool} reports no type error in ${p.what}, which are not checked`)
    }
  }
  const projects = noCheck.flatMap((p) => (p.project ? [p.project] : []))
  if (projects.length > 0) j.details.no_check_projects = projects
  const off = noCheck.filter((p) => p.tool !== 'tsc').map((p) => p.where)
  if (off.length > 0) j.details.type_checking_off = off
}

/** Files that opt out of the tool, and comments that tell a secret scanner not to report: a caveat naming them. */
export function noteOptOuts(j: Judgment, optOuts: ToolOptOuts): void {
  for (const { tool, found, secrets } of optOuts) {
    const [list, count] = secrets ? ['secret_allow_comments', 'secret_allow_comments_count'] : ['files_opted_out', 'files_opted_out_count']
    const listed = Array.isArray(j.details[list]) ? (j.details[list] as string[]) : []
    j.details[list] = [...listed, ...found.map((o) => `${o.file}:${o.line} ${o.directive}`)].slice(0, MAX_NAMED)
    j.details[count] = (typeof j.details[count] === 'number' ? (j.details[count] as number) : 0) + found.length
    j.warnings.push(secrets ? secretAllowWarning(tool, found) : optOutWarning(tool, found))
  }
}

/** Comments on lines a change adds that silence the linter or type checker that ran: per gate, per tool. */
export type ToolLineSuppressions = Array<{ tool: string; found: Array<OptOut & { file: string }> }>
export type LineSuppressions = Map<GateName, ToolLineSuppressions>

/**
 * The comments that silence a checker on one line (`// @ts-ignore`, `# type: ignore`, `# noqa`, `# pylint:
 * disable=`), on the lines the change adds or modifies in the component's tracked files, for the tools that ran:
 * the tools' reports hold no trace of what they silenced, so a change that silences every error it brings reads as
 * a clean "0 errors". A team's own, already on the base, are not named (they are its decisions, reviewed before).
 */
export async function lineSuppressionsAdded(
  ctx: RunContext,
  runs: Array<{ name: GateName; run: ToolRun | undefined }>,
  scope: CoverageScope,
  files: TrackedFiles,
  changed: ReadonlyMap<string, ReadonlySet<number>> | null
): Promise<LineSuppressions> {
  const out: LineSuppressions = new Map()
  if (!changed || changed.size === 0) return out
  let tracked: Set<string> | null | undefined
  for (const { name, run } of runs) {
    if (name === 'security' || !run?.reports) continue
    for (const tool of new Set(run.reports.map((r) => r.tool))) {
      const family = silencingFamily(tool)
      if (!family) continue
      if (tracked === undefined) {
        const listed = await files.under(scope.sources, { whole: true })
        tracked = listed ? new Set(listed) : null
      }
      if (!tracked) return out
      const found: Array<OptOut & { file: string }> = []
      for (const [file, lines] of changed) {
        if (lines.size === 0 || !tracked.has(file) || !optOutApplies(family, file)) continue
        const text = await readHead(join(ctx.host.workspace, file), 2 * 1024 * 1024)
        if (text !== null) found.push(...lineSuppressionsIn(family, text, lines).map((o) => ({ file, ...o })))
      }
      if (found.length > 0) out.set(name, [...(out.get(name) ?? []), { tool, found: found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)) }])
    }
  }
  return out
}

/** A comment that configures its checker for the rest of its file, rather than silencing one line. */
const FILE_WIDE = /^(?:\/\*\s*eslint\s|#\s*mypy:|#\s*pyright:\s*(?!ignore\b))/

/** The caveat naming them, with `details.suppressions_added` (at most 50) and `suppressions_added_count`. */
export function noteLineSuppressions(j: { warnings: string[]; details: Record<string, unknown> }, found: ToolLineSuppressions | undefined, base: string | undefined): void {
  for (const { tool, found: comments } of found ?? []) {
    const listed = Array.isArray(j.details.suppressions_added) ? (j.details.suppressions_added as string[]) : []
    j.details.suppressions_added = [...listed, ...comments.map((o) => `${o.file}:${o.line} ${o.directive}`)].slice(0, MAX_NAMED)
    j.details.suppressions_added_count = (typeof j.details.suppressions_added_count === 'number' ? j.details.suppressions_added_count : 0) + comments.length
    const shown = comments.slice(0, 10).map((o) => `${o.file}:${o.line} ${o.directive}`).join(', ') + (comments.length > 10 ? `, … (${comments.length} in all)` : '')
    // A configuration comment (eslint's rule off, mypy's and pyright's inline configuration) loosens its whole file.
    const wide = comments.filter((o) => FILE_WIDE.test(o.directive)).length
    const what =
      wide === comments.length
        ? `turn ${tool} ${tool.toLowerCase() === 'eslint' ? 'rules' : 'checks'} off for the rest of their file`
        : wide > 0
          ? `tell ${tool} not to report a problem on a line or in the rest of their file`
          : `tell ${tool} not to report a problem on a line`
    j.warnings.push(
      `this change adds ${comments.length} comment(s) that ${what}${base ? ` (against ${base.slice(0, 12)})` : ''}; ${tool}'s report holds no trace of what they silence, so those lines are not checked: ${shown}`
    )
  }
}

/** TypeScript sources tsc type-checks (declarations aside). */
const TS_SOURCE = /\.(?:[cm]?ts|tsx)$/
const TS_DECLARATION = /\.d\.[cm]?ts$/

/**
 * The component's tracked TypeScript files that the project tsc checked does not hold: tsc prints nothing of a file
 * outside its project's `files`/`include` (or in its `exclude`) that no file of the project imports, so a new module
 * with type errors beside a narrow tsconfig read as "0 errors" (measured with TypeScript 5). The project's files are
 * read from the listing tsc printed when the command ran it with `--listFiles` (the preset does), else asked of the
 * checker the command ran — tsc, tsgo or vue-tsc — with `--listFilesOnly` (which type-checks nothing), for each
 * project the command names (`-p`, `--project`, else the workspace's tsconfig.json). Null when it cannot be told: tsc
 * was not the tool, the command names files or build mode (`-b` follows references the listing would not), runs tsc
 * from another directory, or the checker could not list.
 */
export async function tscFilesNotChecked(ctx: RunContext, run: ToolRun, tracked: readonly string[] | null): Promise<{ files: string[]; projects: string[] } | null> {
  if (tracked === null || !(run.reports ?? []).some((r) => r.tool.toLowerCase() === 'tsc')) return null
  if (!tracked.some((f) => TS_SOURCE.test(f) && !TS_DECLARATION.test(f))) return null
  const command = run.result.command
  const words = command.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ''))
  if (words.some((w) => w === '-b' || w === '--build' || (TS_SOURCE.test(w) && !w.startsWith('-')))) return null
  // tsc run from another directory (`cd pkg &&`, `pnpm --dir pkg exec tsc`, `npm --prefix pkg`): its project is not
  // the workspace's, and is not guessed.
  if (words.some((w) => /^(?:cd|pushd|--dir|-C|--prefix|--cwd|--filter|-F|--workspace|-w)$/.test(w) || /^--(?:dir|prefix|cwd|filter|workspace)=/.test(w))) return null
  const { execFile } = await import('node:child_process')
  const { promisify } = await import('node:util')
  const { existsSync } = await import('node:fs')
  const { relative, resolve, sep } = await import('node:path')
  const workspace = ctx.host.workspace
  // Asked of the checker the command ran: tsgo's and vue-tsc's programs are theirs, and a project type-checked by tsgo
  // alone has no tsc to ask (the question failed, and a file outside its tsconfig went unnamed).
  const checker = words.map((w) => /(?:^|\/)(tsgo|vue-tsc|tsc)$/.exec(w)?.[1]).find((c) => c !== undefined) ?? 'tsc'
  const local = join(workspace, 'node_modules', '.bin', checker)
  const tsc = existsSync(local) ? local : checker
  const named = projectsOfCommand(command)
  const projects = named.length > 0 ? named : ['tsconfig.json']
  const listed = new Set<string>()
  const add = (line: string) => listed.add(relative(workspace, resolve(workspace, line.trim())).split(sep).join('/'))
  // tsc run with --listFiles (the preset's command) printed its programs' files after its diagnostics: read there,
  // with no second tsc process (which took a quarter of the type check's time again on a real repository).
  const tscReports = (run.reports ?? []).filter((r) => r.tool.toLowerCase() === 'tsc')
  if (tscReports.every((r) => r.program_files !== undefined)) {
    for (const r of tscReports) for (const line of r.program_files!) add(line)
  } else for (const project of projects) {
    try {
      const { stdout } = await promisify(execFile)(tsc, ['--listFilesOnly', '-p', project], { cwd: workspace, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 })
      for (const line of stdout.split(/\r?\n/)) if (line.trim() !== '') add(line)
    } catch (error) {
      ctx.host.info(`type_checking: the files of ${project} could not be listed (${((error as Error).message.split('\n')[0] ?? '').trim()}), so the component's files tsc did not check are not looked for`)
      return null
    }
  }
  const files = tracked.filter((f) => TS_SOURCE.test(f) && !TS_DECLARATION.test(f) && !listed.has(f)).sort()
  return { files, projects }
}

/** Names them on the type_checking gate: a caveat on every surface, with `details.files_not_checked`. */
export function noteTscFilesNotChecked(j: Judgment, found: { files: string[]; projects: string[] } | null): void {
  if (!found || found.files.length === 0) return
  const before = Array.isArray(j.details.files_not_checked) ? (j.details.files_not_checked as string[]) : []
  j.details.files_not_checked = [...new Set([...before, ...found.files])].slice(0, MAX_NAMED)
  j.details.files_not_checked_count = (typeof j.details.files_not_checked_count === 'number' ? j.details.files_not_checked_count : 0) + found.files.length
  const shown = found.files.slice(0, 5).join(', ') + (found.files.length > 5 ? `, … (${found.files.length} in all)` : '')
  j.warnings.push(
    `${found.files.length} tracked TypeScript file(s) of the component not checked by tsc (${shown}): the project it checked (${found.projects.join(', ')}) does not hold them — outside its files or include, or in its exclude, and imported by none of its files — so their type errors are not counted`
  )
}
