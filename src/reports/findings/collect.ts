/** What every findings parser shares: its options, workspace-relative paths, clean text and a bounded finding list. */
import { realpathSync } from 'node:fs'
import { posix } from 'node:path'
import type { Finding, FindingsReport, Severity, SuppressedFinding, VulnerabilitySeverity } from '../types.js'
import { clipChars } from '../clip.js'

/** Options every findings parser takes. */
export interface FindingsOptions {
  /** Path of the report, named in errors. */
  file: string
  /** Absolute path of the workspace the tool ran in; finding paths are made relative to it. */
  workspace: string
  /** Most findings kept in `findings` (default 5000); `counts` stay exact past it. */
  maxFindings?: number
}

export const DEFAULT_MAX_FINDINGS = 5000
/** Longest message kept; a tool that prints a whole file into one message does not fill the report. */
export const MAX_MESSAGE_CHARS = 4000
const MAX_RULE_CHARS = 200
/** Most suppressed problems kept by place; their count stays exact. */
export const MAX_SUPPRESSED = 50

/** A finding as a parser reads it, before its path is made relative and its text cleaned. */
export interface RawFinding {
  rule?: string | null
  severity: Severity
  file: string
  line?: number
  end_line?: number
  column?: number
  message: string
  /** The advisory's severity, for vulnerabilities and security findings that grade one. */
  security_severity?: VulnerabilitySeverity
}

/** What a report says about the kind of its findings, and whether to give counts by advisory severity. */
export interface ReportShape {
  kind?: FindingsReport['kind']
  /**
   * `vulnerabilities` counts by advisory severity: 'always' (a vulnerability scanner: zeros are a measurement), 'graded'
   * (only when some finding carried a severity) or 'never' (the default).
   */
  vulnerabilities?: 'always' | 'graded' | 'never'
  fixable?: number
  /** Packages a dependency audit looked at, when it says. */
  audited?: number
  /** The tool's report lists every file it checked (eslint, secretlint): give them as `checked_files`. */
  listsFiles?: boolean
  /** How many files (modules) the tool says it checked, when it says without naming them (pylint json2). */
  checkedCount?: number
}

/**
 * Collects findings: counts every one, keeps `maxFindings` of them, the most severe first — the first errors, then the
 * first warnings, then the first notices, in the tool's order. Keeping the first ones whatever their severity lost
 * the one error a linter printed after 5,000 warnings (eslint orders its results by file): the gate failed on a count
 * of 1 error that no annotation, summary row or SARIF result could show.
 */
export class FindingsCollector {
  /** Kept findings by severity, each with its place in the tool's order. */
  private readonly kept: Record<Severity, Array<{ at: number; finding: Finding }>> = { error: [], warning: [], notice: [] }
  private keptCount = 0
  private seen = 0
  private readonly counts = { error: 0, warning: 0, notice: 0 }
  private readonly graded: Record<VulnerabilitySeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 }
  private anyGraded = false
  private truncated = false
  private readonly limit: number
  private readonly files: string[] = []
  private readonly suppressedKept: SuppressedFinding[] = []
  private suppressedCount = 0
  /** The workspace's real path when a symbolic link leads to it: tools print real paths (their cwd is resolved). */
  private readonly realWorkspace: string | undefined

  constructor(
    private readonly tool: string,
    private readonly options: FindingsOptions
  ) {
    this.realWorkspace = realPath(options.workspace)
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS
    if (!Number.isInteger(max) || max < 0) throw new RangeError(`maxFindings must be a whole number ≥ 0, not ${max}`)
    this.limit = max
  }

  get errorCount(): number {
    return this.counts.error
  }

  get warningCount(): number {
    return this.counts.warning
  }

  get noticeCount(): number {
    return this.counts.notice
  }

  /** Findings counted so far, of every severity. */
  get total(): number {
    return this.counts.error + this.counts.warning + this.counts.notice
  }

  /** Counts by advisory severity so far (exact past the kept list's bound). */
  get vulnerabilityCounts(): Readonly<Record<VulnerabilitySeverity, number>> {
    return this.graded
  }

  /** A file the tool says it checked, with or without problems (eslint and secretlint list every one). */
  checked(file: string): void {
    this.files.push(this.relative(file))
  }

  /** A problem the tool found and a comment in the source suppressed: counted apart, never in `counts`. */
  suppressed(raw: { file: string; line?: number; rule?: string | null; justification?: string | null }): void {
    this.suppressedCount++
    if (this.suppressedKept.length >= MAX_SUPPRESSED) return
    const rule = raw.rule ? cleanLine(raw.rule, MAX_RULE_CHARS) : undefined
    const justification = raw.justification?.trim() ? cleanLine(raw.justification.trim(), MAX_RULE_CHARS) : undefined
    this.suppressedKept.push({
      file: this.relative(raw.file),
      ...(isPositive(raw.line) ? { line: raw.line } : {}),
      ...(rule ? { rule } : {}),
      ...(justification ? { justification } : {})
    })
  }

  add(raw: RawFinding, tool?: string): void {
    this.counts[raw.severity]++
    if (raw.security_severity !== undefined) {
      this.graded[raw.security_severity]++
      this.anyGraded = true
    }
    const at = this.seen++
    if (this.keptCount >= this.limit) {
      this.truncated = true
      // Full: a finding more severe than the least severe kept one takes the place of the last of those.
      const lesser = LESS_SEVERE[raw.severity].find((severity) => this.kept[severity].length > 0)
      if (lesser === undefined) return
      this.kept[lesser].pop()
      this.keptCount--
    }
    const rule = raw.rule ? cleanLine(raw.rule, MAX_RULE_CHARS) : undefined
    // Keys in the contract's order, whichever parser made the finding.
    const finding: Finding = {
      tool: tool ?? this.tool,
      ...(rule ? { rule } : {}),
      severity: raw.severity,
      file: this.relative(raw.file),
      ...(isPositive(raw.line) ? { line: raw.line } : {}),
      ...(isPositive(raw.end_line) ? { end_line: raw.end_line } : {}),
      ...(isPositive(raw.column) ? { column: raw.column } : {}),
      message: cleanMessage(raw.message),
      ...(raw.security_severity !== undefined ? { security_severity: raw.security_severity } : {})
    }
    this.kept[raw.severity].push({ at, finding })
    this.keptCount++
  }

  /** The kept findings in the tool's order. */
  private keptInOrder(): Finding[] {
    const { error, warning, notice } = this.kept
    if (warning.length === 0 && notice.length === 0) return error.map((k) => k.finding)
    return [...error, ...warning, ...notice].sort((a, b) => a.at - b.at).map((k) => k.finding)
  }

  /** A path the tool printed, relative to the workspace: through its real path too (eslint, ruff print real paths). */
  private relative(file: string): string {
    const relative = workspacePath(file, this.options.workspace)
    if (this.realWorkspace === undefined || !isAbsolutePath(relative.replace(/\\/g, '/'))) return relative
    const real = workspacePath(file, this.realWorkspace)
    return isAbsolutePath(real.replace(/\\/g, '/')) ? relative : real
  }

  /**
   * The report: `fixable` when the tool tells it, `findings_truncated` only when findings were dropped, `kind` and
   * `vulnerabilities` as the shape asks.
   */
  report(format: string, shape: number | ReportShape = {}, tool = this.tool): FindingsReport {
    const { fixable, kind, vulnerabilities = 'never', audited, listsFiles, checkedCount } = typeof shape === 'number' ? { fixable: shape } : shape
    const report: FindingsReport = { format, tool, findings: this.keptInOrder(), counts: { ...this.counts } }
    if (fixable !== undefined) report.fixable = fixable
    if (this.truncated) report.findings_truncated = true
    if (kind !== undefined) report.kind = kind
    if (audited !== undefined) report.audited = audited
    if (listsFiles) report.checked_files = this.files
    if (checkedCount !== undefined) report.checked_count = checkedCount
    if (this.suppressedCount > 0) report.suppressed = { count: this.suppressedCount, kept: this.suppressedKept }
    if (vulnerabilities === 'always' || (vulnerabilities === 'graded' && this.anyGraded)) report.vulnerabilities = { ...this.graded }
    return report
  }
}

/** Severities less severe than each, least severe first: which kept finding gives way to a more severe one. */
const LESS_SEVERE: Record<Severity, Severity[]> = { error: ['notice', 'warning'], warning: ['notice'], notice: [] }

function isPositive(n: number | undefined): n is number {
  return n !== undefined && Number.isSafeInteger(n) && n > 0
}

/**
 * The path a finding names, relative to the workspace with forward slashes. Pure string work: nothing is resolved on
 * the file system, so a symlink or a hostile `..` cannot make a path outside the workspace look inside it. A path
 * outside the workspace is returned exactly as given (only control characters replaced).
 */
export function workspacePath(given: string, workspace: string): string {
  const slashed = given.replace(/\\/g, '/')
  if (slashed === '') return ''
  // A URI that is not a path (SARIF may locate a result at https://…, or on a file: host) is kept as given.
  if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(slashed)) return cleanLine(given)
  const normal = posix.normalize(slashed)
  if (!isAbsolutePath(slashed)) {
    // Tools that print relative paths print them relative to where they ran: the workspace.
    if (normal === '..' || normal.startsWith('../')) return cleanLine(given)
    return cleanLine(normal)
  }
  const root = workspaceRoot(workspace)
  if (root !== undefined) {
    const windows = /^[A-Za-z]:\//.test(normal)
    const a = windows ? normal.toLowerCase() : normal
    const b = windows ? root.toLowerCase() : root
    if (a === b) return '.'
    const prefix = b.endsWith('/') ? b : `${b}/`
    if (a.startsWith(prefix)) return cleanLine(normal.slice(prefix.length))
  }
  return cleanLine(given)
}

/** The real path of an absolute workspace when it differs from it (a symbolic link on the way), else undefined. */
function realPath(workspace: string): string | undefined {
  if (!workspace || !isAbsolutePath(workspace.replace(/\\/g, '/'))) return undefined
  try {
    const real = realpathSync.native(workspace)
    return real !== posix.normalize(workspace.replace(/\\/g, '/')).replace(/\/+$/, '') ? real : undefined
  } catch {
    return undefined
  }
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p)
}

function workspaceRoot(workspace: string): string | undefined {
  const slashed = workspace.replace(/\\/g, '/')
  if (!isAbsolutePath(slashed)) return undefined
  const normal = posix.normalize(slashed)
  return normal.length > 1 && normal.endsWith('/') && !/^[A-Za-z]:\/$/.test(normal) ? normal.slice(0, -1) : normal
}

// Control characters other than tab and newline (NUL among them) never reach a report, an annotation or a log.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F]/g

/**
 * Nor do the bidirectional embedding, override and isolate controls (Trojan Source, CVE-2021-42574: a test name or a
 * path with U+202E RIGHT-TO-LEFT OVERRIDE displays as another, on every surface), nor lone surrogates, which are no
 * text (a JSON reader that checks Unicode, as GitHub's API may, refuses the request that carries one).
 */
export const UNSHOWABLE = /[\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Message text: line breaks kept (normalized to \n), other control characters replaced, length bounded. */
export function cleanMessage(text: string, max = MAX_MESSAGE_CHARS): string {
  return bound(text.replace(/\r\n?/g, '\n').replace(CONTROL, '\uFFFD').replace(UNSHOWABLE, '\uFFFD'), max)
}

/** One-line text (a path, a rule): every control character replaced. */
export function cleanLine(text: string, max = Number.POSITIVE_INFINITY): string {
  return bound(text.replace(CONTROL_OR_BREAK, '\uFFFD').replace(UNSHOWABLE, '\uFFFD'), max)
}

function bound(text: string, max: number): string {
  return clipChars(text, max)
}

/** A report with no findings, for a clean run whose format cannot be told from its (empty) content. */
export function emptyReport(format: string, tool: string): FindingsReport {
  return { format, tool, findings: [], counts: { error: 0, warning: 0, notice: 0 } }
}
