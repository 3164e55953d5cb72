/** Gates `linting`, `type_checking` and `security`: judgments of a tool's findings against the configured limits. */
import type { Config, Target } from '../config/types.js'
import { isUnder } from '../plan/paths.js'
import type { FindingsReport, SuppressedFinding } from '../reports/types.js'
import type { Judgment } from './tests.js'

/** Tools whose every finding is a secret (as opposed to a vulnerability with a severity). */
export const SECRET_TOOLS = new Set(['secretlint', 'detect-secrets', 'gitleaks'])

/**
 * `fix.fixed_count`: issues the fixer removed from the judged tree (0 with `auto_fix: suggest`, which never changes
 * it); `fix.fixable_count`: issues the fixer can fix (offered as a patch). Both null when no fixer is configured.
 */
export function judgeLinting(
  report: FindingsReport,
  limits: Config['quality_gates']['linting'],
  fix: { fixed_count: number | null; fixable_count: number | null }
): Judgment {
  const issueCount = report.counts.error + report.counts.warning
  const details = {
    issue_count: issueCount,
    errors: report.counts.error,
    warnings: report.counts.warning,
    fixed_count: fix.fixed_count,
    fixable_count: fix.fixable_count,
    max_issues: limits.max_issues,
    tool: report.tool,
    ...(report.fixable !== undefined ? { fixable: report.fixable } : {})
  }
  const ok = issueCount <= limits.max_issues
  return {
    passed: ok,
    details,
    errors: ok ? [] : [`${issueCount} lint issue(s) (${report.counts.error} ${report.counts.error === 1 ? 'error' : 'errors'}, ${report.counts.warning} ${report.counts.warning === 1 ? 'warning' : 'warnings'}), more than the ${limits.max_issues} allowed`],
    warnings: [],
    findings: report.findings
  }
}

export function judgeTypeChecking(report: FindingsReport, limits: Config['quality_gates']['type_checking']): Judgment {
  const errorCount = report.counts.error
  const warningCount = report.counts.warning
  const details = {
    error_count: errorCount,
    warning_count: warningCount,
    max_errors: limits.max_errors,
    max_warnings: limits.max_warnings,
    tool: report.tool
  }
  const errors: string[] = []
  if (errorCount > limits.max_errors) errors.push(`${errorCount} type error(s), more than the ${limits.max_errors} allowed`)
  if (limits.max_warnings !== null && warningCount > limits.max_warnings)
    errors.push(`${warningCount} type warning(s), more than the ${limits.max_warnings} allowed`)
  return { passed: errors.length === 0, details, errors, warnings: [], findings: report.findings }
}

/**
 * A type checker checks the whole project its configuration names (tsc: tsconfig.json), not the component: in a
 * monorepo its errors in other packages are counted by every package's gate (changesets/changesets, packages/parse:
 * 242 errors, 1 of them in parse). The gate still counts them all — an error the component's change caused elsewhere
 * is its own — but says how many lie outside the component's source path, so none is taken for the component's.
 * Counted from the findings kept; `at least` when the report listed more than were kept.
 */
export function noteTypeErrorsOutside(j: Judgment, report: FindingsReport, source: string): void {
  const root = source.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')
  if (root === '.' || root === '' || /[*?[{]/.test(root)) return
  const outside = report.findings.filter((f) => f.severity === 'error' && f.file !== root && !f.file.startsWith(`${root}/`)).length
  if (outside === 0) return
  j.details.errors_outside_component = outside
  const some = report.findings_truncated ? 'at least ' : ''
  j.warnings.push(
    `${some}${outside} of the ${report.counts.error} type error(s) are in files outside the component's source path ${root} (other parts of the repository): ` +
      `the type checker checks the whole project and the gate counts them all; to judge only this component, give stages.refactoring.type_checking.command a configuration of its own (tsc -p ${root}/tsconfig.json, mypy ${root})`
  )
}

/**
 * Diff-aware mode (only-changed) judges the findings on the lines a change touches; those elsewhere are not judged,
 * which is the mode's point for a codebase's old problems. But a change breaks lines it does not touch too (a renamed
 * export's callers, a type narrowed under its users), and their errors are reported there. So what was not judged is
 * never hidden: counted in the gate's own unit (lint issues: errors and warnings; type errors) as
 * `details.outside_changed_lines`, and named, the first five, in a warning — a caveat on every surface, never a clean
 * "0 errors". `whole` is every report's findings, `judged` those kept on the changed lines (the same objects).
 */
export function noteOutsideChangedLines(j: Judgment, gate: 'linting' | 'type_checking', whole: FindingsReport, judged: FindingsReport): void {
  const counted = (r: FindingsReport) => (gate === 'linting' ? r.counts.error + r.counts.warning : r.counts.error)
  const outside = counted(whole) - counted(judged)
  j.details.outside_changed_lines = Math.max(0, outside)
  if (outside <= 0) return
  const kept = new Set(judged.findings)
  const named = whole.findings
    .filter((f) => !kept.has(f) && (f.severity === 'error' || (gate === 'linting' && f.severity === 'warning')))
    .slice(0, 5)
    .map((f) => `${f.file}${f.line === undefined ? '' : `:${f.line}`}${f.rule ? ` ${f.rule}` : ''} ${f.message.replace(/\s+/g, ' ').slice(0, 120)}`.trim())
  const unit = gate === 'linting' ? 'lint issue' : 'type error'
  j.warnings.push(
    `only-changed: ${outside} ${unit}${outside === 1 ? '' : 's'} outside the lines this change touches, not judged: ${named.join('; ')}${outside > named.length ? `; and ${outside - named.length} more` : ''}` +
      `; the change can cause such ${unit}s on lines it does not touch (a renamed export's callers), so look at them before trusting this pass`
  )
}

/**
 * The security gate's part of {@link noteOutsideChangedLines}: secrets and vulnerabilities the reports hold off the
 * changed lines (a secret committed before, an advisory published for a dependency the change did not touch), counted
 * for each half that is on (`details.outside_changed_lines`: `secrets`, `vulnerabilities`) and named in a warning.
 * `whole` and `judged` are the reports as read and as kept on the changed lines, in the same order.
 */
export function noteSecurityOutsideChangedLines(
  j: Judgment,
  whole: readonly FindingsReport[],
  judged: readonly FindingsReport[],
  limits: Config['quality_gates']['security']
): void {
  let secrets = 0
  let vulnerabilities = 0
  const named: string[] = []
  whole.forEach((report, i) => {
    const kept = judged[i]
    if (!kept) return
    const keptSet = new Set(kept.findings)
    const off = report.findings.filter((f) => !keptSet.has(f))
    if (halfOfReport(report) === 'secrets') {
      if (limits.secrets === false) return
      secrets += report.counts.error + report.counts.warning + report.counts.notice - (kept.counts.error + kept.counts.warning + kept.counts.notice)
    } else {
      if (limits.vulnerabilities === false) return
      const all = report.vulnerabilities ?? countBySeverity(report)
      const on = kept.vulnerabilities ?? countBySeverity(kept)
      if (!all || !on) return
      for (const level of SEVERITIES) vulnerabilities += all[level] - on[level]
    }
    for (const f of off.slice(0, 5 - named.length)) named.push(`${f.file}${f.line === undefined ? '' : `:${f.line}`}${f.rule ? ` ${f.rule}` : ''}`)
  })
  if (secrets <= 0 && vulnerabilities <= 0) return
  j.details.outside_changed_lines = { secrets: Math.max(0, secrets), vulnerabilities: Math.max(0, vulnerabilities) }
  const parts = [secrets > 0 ? `${secrets} secret${secrets === 1 ? '' : 's'}` : '', vulnerabilities > 0 ? `${vulnerabilities} vulnerabilit${vulnerabilities === 1 ? 'y' : 'ies'}` : ''].filter(Boolean)
  j.warnings.push(
    `only-changed: ${parts.join(' and ')} outside the lines this change touches, not judged${named.length ? `: ${named.join('; ')}` : ''}` +
      ' — still in the repository (a secret committed before is leaked all the same; an advisory published since concerns the code as it ships)'
  )
}

/**
 * Whether a tool whose report lists every file it checked (eslint, secretlint: `checked_files`) looked at the
 * component's code. One that checked no file (eslint --no-error-on-unmatched-pattern on a glob that matched nothing
 * writes `[]`), or only files outside the component's source paths (a configuration that ignores them, a command
 * pointed elsewhere), found no problem because it checked nothing of the component: returns why, in words ending
 * with `what` (linted, scanned for secrets); a tool that only counts them (pylint json2) is caught when it counts 0.
 * Null when it did, when the report does not list its files, or when the
 * component's paths are not known (`sources` undefined: then only a report listing no file at all is caught).
 */
export function uncheckedComponent(report: FindingsReport, what: string, sources: readonly string[] | undefined): string | null {
  const files = report.checked_files
  if (files === undefined) {
    return report.checked_count === 0 ? `${report.tool} checked no file (its report says it checked 0): nothing was ${what}` : null
  }
  if (files.length === 0) return `${report.tool} checked no file (its report lists none): nothing was ${what}`
  if (!sources || sources.length === 0) return null
  if (files.some((file) => sources.some((source) => isUnder(file, source)))) return null
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '')
  return (
    `none of the ${files.length} file(s) ${report.tool} checked (${shown}) is in the component's source path${sources.length === 1 ? '' : 's'} ` +
    `${sources.join(', ')}: the component's code was not ${what}`
  )
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const

/**
 * The two halves of the security gate: a secret scan, and vulnerabilities (a dependency audit, or a scan whose findings
 * carry a severity). Each is required unless `quality_gates.security.<half>: false` turns it off.
 */
export type SecurityHalf = 'secrets' | 'vulnerabilities'
export const SECURITY_HALVES: readonly SecurityHalf[] = ['secrets', 'vulnerabilities']

/** measured: a report of the half was read and judged; unmeasured: none was (or one could not be read); off: by configuration. */
export type HalfStatus = 'measured' | 'unmeasured' | 'off'
export interface HalfState {
  status: HalfStatus
  /** Why an unmeasured half was not measured, or what an off half left unread. */
  reason?: string
  /** The tools whose reports were judged for it. */
  tools: string[]
}

/** Formats (and their aliases) whose half is known before the report is read; SARIF can be either, told from its content. */
const FORMAT_HALVES = new Map<string, SecurityHalf>([
  ['secretlint-json', 'secrets'],
  ['detect-secrets-json', 'secrets'],
  ['gitleaks-json', 'secrets'],
  ['gitleaks-sarif', 'secrets'],
  ['npm-audit-json', 'vulnerabilities'],
  ['npm-audit', 'vulnerabilities'],
  ['pip-audit-json', 'vulnerabilities'],
  ['osv-scanner-json', 'vulnerabilities'],
  ['osv', 'vulnerabilities'],
  ['bandit-json', 'vulnerabilities']
])

/** The half a report named with `format` belongs to, or null when only its content can tell (SARIF, or no format named). */
export function halfOfFormat(format: string | undefined): SecurityHalf | null {
  return format === undefined ? null : (FORMAT_HALVES.get(format) ?? null)
}

/** The half a report that was read belongs to: secrets when it lists secrets, vulnerabilities otherwise. */
export function halfOfReport(report: FindingsReport): SecurityHalf {
  return report.kind === 'secrets' || SECRET_TOOLS.has(report.tool) ? 'secrets' : 'vulnerabilities'
}

/** What the stage knows of the security step besides the reports it read. */
export interface SecurityRun {
  target: Target
  /** Reports of a known half that could not be read, and why: that half is not measured. */
  unread?: Array<{ half: SecurityHalf; where: string; problem: string }>
  /** Reports of a half that is off, left unread. */
  skipped?: Array<{ half: SecurityHalf; where: string }>
  /** Reports read that checked none of the component's files (uncheckedComponent), and why: that half is not measured. */
  unchecked?: Array<{ half: SecurityHalf; problem: string }>
}

const NO_REPORT: Record<SecurityHalf, string> = {
  secrets: 'no secret scan report was read',
  vulnerabilities: 'no vulnerability report was read'
}

/**
 * The verdict on a half that is not measured: at staging and production an enabled half must be measured (an error
 * naming the half, why, and the key that turns it off); at dev a warning that says so. An off half is a caveat, never
 * a pass of that half.
 */
export function halfVerdict(half: SecurityHalf, state: HalfState, target: Target): { errors: string[]; warnings: string[] } {
  const key = `quality_gates.security.${half}`
  if (state.status === 'off') {
    return { errors: [], warnings: [`${half} off by configuration (${key}: false): not checked${state.reason ? `; ${state.reason}` : ''}`] }
  }
  if (state.status === 'measured') return { errors: [], warnings: [] }
  const why = state.reason ?? NO_REPORT[half]
  if (target === 'dev') {
    return {
      errors: [],
      warnings: [`${half} not measured: ${why}. A warning at target dev only: at staging and production this fails the gate (set ${key}: false to turn the half off explicitly)`]
    }
  }
  return {
    errors: [`${half} not measured: ${why}. At target ${target} every enabled half of the security gate must be measured: make it run here, or set ${key}: false to turn the half off explicitly`],
    warnings: []
  }
}

/**
 * Secrets and vulnerabilities by severity, summed over every security report this run read, and the state of each
 * half (`details.halves`): measured, unmeasured (and why) or off by configuration.
 */
export function judgeSecurity(reports: FindingsReport[], limits: Config['quality_gates']['security'], run: SecurityRun): Judgment {
  const errors: string[] = []
  const warnings: string[] = []
  const on: Record<SecurityHalf, boolean> = { secrets: limits.secrets !== false, vulnerabilities: limits.vulnerabilities !== false }
  const tools: Record<SecurityHalf, string[]> = { secrets: [], vulnerabilities: [] }
  /** Reports read whose half is off: not judged. */
  const ignored: Record<SecurityHalf, string[]> = { secrets: [], vulnerabilities: [] }
  const judged: FindingsReport[] = []
  let secretCount: number | null = null
  let severities: Record<(typeof SEVERITIES)[number], number> | null = null
  /** Vulnerabilities whose advisory gives no severity (pip-audit gives none): held to the max_high limit. */
  let ungraded = 0
  /** Vulnerabilities rated below low (npm's `info`): counted by no limit, said in a warning. */
  let informational = 0
  /** Audits that looked at no package (no lock file found, an empty environment), and whether any other one was judged. */
  const auditedNothing: string[] = []
  let auditedSomething = false
  for (const report of reports) {
    const total = report.counts.error + report.counts.warning + report.counts.notice
    if (halfOfReport(report) === 'secrets') {
      if (!on.secrets) {
        ignored.secrets.push(report.tool)
        continue
      }
      secretCount = (secretCount ?? 0) + total
      tools.secrets.push(report.tool)
      judged.push(report)
      continue
    }
    if (report.tool === 'unknown') {
      errors.push('a security report is empty and its format cannot be detected from it: name it, e.g. report: { path: …, format: secretlint-json }')
      continue
    }
    const counts = report.vulnerabilities ?? countBySeverity(report)
    if (!counts) {
      errors.push(`${report.tool} reports no secrets and no severities: this version cannot judge it as a security report`)
      continue
    }
    if (!on.vulnerabilities) {
      ignored.vulnerabilities.push(report.tool)
      continue
    }
    if (!report.vulnerabilities && report.findings_truncated) {
      warnings.push(`${report.tool}: severities counted from the ${report.findings.length} findings kept of ${total}`)
    }
    severities ??= { critical: 0, high: 0, medium: 0, low: 0 }
    for (const level of SEVERITIES) severities[level] += counts[level]
    // npm's `info` advisories have a grade, below low: not of unknown severity, and under every limit.
    if (report.kind === 'vulnerabilities') ungraded += Math.max(0, total - SEVERITIES.reduce((n, level) => n + counts[level], 0) - (report.informational ?? 0))
    informational += report.informational ?? 0
    tools.vulnerabilities.push(report.tool)
    judged.push(report)
    if (report.audited === 0) auditedNothing.push(report.tool)
    else auditedSomething = true
  }
  const measured: Record<SecurityHalf, boolean> = { secrets: secretCount !== null, vulnerabilities: severities !== null }
  const halves = {} as Record<SecurityHalf, HalfState>
  for (const half of SECURITY_HALVES) {
    if (!on[half]) {
      const left = [...(run.skipped ?? []).filter((s) => s.half === half).map((s) => `${s.where} not read`), ...ignored[half].map((t) => `the ${t} report not judged`)]
      halves[half] = { status: 'off', ...(left.length ? { reason: left.join(', ') } : {}), tools: [] }
      continue
    }
    const unread = (run.unread ?? []).filter((u) => u.half === half)
    const unchecked = (run.unchecked ?? []).filter((u) => u.half === half)
    if (unread.length > 0 || unchecked.length > 0) {
      const reasons = [...unread.map((u) => `${u.where} could not be read (${u.problem})`), ...unchecked.map((u) => u.problem)]
      halves[half] = { status: 'unmeasured', reason: reasons.join('; '), tools: tools[half] }
    } else if (!measured[half]) {
      halves[half] = { status: 'unmeasured', reason: NO_REPORT[half], tools: [] }
    } else if (half === 'vulnerabilities' && !auditedSomething) {
      // "0 vulnerabilities" of an audit that audited nothing is no measurement.
      halves[half] = {
        status: 'unmeasured',
        reason: `${[...new Set(auditedNothing)].join(' and ')} audited no package (no lock file or manifest found, or an empty environment): nothing was checked`,
        tools: tools[half]
      }
    } else halves[half] = { status: 'measured', tools: tools[half] }
  }
  const details = {
    secret_count: secretCount,
    critical: severities?.critical ?? null,
    high: severities?.high ?? null,
    medium: severities?.medium ?? null,
    low: severities?.low ?? null,
    unknown_severity: severities ? ungraded : null,
    max_secrets: limits.max_secrets,
    max_critical: limits.max_critical,
    max_high: limits.max_high,
    max_medium: limits.max_medium,
    tools: reports.map((r) => r.tool),
    halves
  }
  if (secretCount !== null && secretCount > limits.max_secrets) errors.push(`${secretCount} secret(s) found, more than the ${limits.max_secrets} allowed`)
  if (severities !== null) {
    const max = { critical: limits.max_critical, high: limits.max_high, medium: limits.max_medium }
    for (const level of ['critical', 'high', 'medium'] as const) {
      if (severities[level] > max[level]) errors.push(`${severities[level]} ${level} vulnerabilit${severities[level] === 1 ? 'y' : 'ies'}, more than the ${max[level]} allowed`)
    }
    if (ungraded > max.high) {
      errors.push(`${ungraded} vulnerabilit${ungraded === 1 ? 'y' : 'ies'} with no severity in the advisory, more than the ${max.high} allowed (held to max_high: an unknown severity is not assumed low)`)
    }
    if (informational > 0) {
      warnings.push(`${informational} vulnerabilit${informational === 1 ? 'y' : 'ies'} rated info (below low) by the advisory: under every limit, as npm audit's default audit level (low) does not fail on them either`)
    }
  }
  for (const half of SECURITY_HALVES) {
    const v = halfVerdict(half, halves[half], run.target)
    errors.push(...v.errors)
    warnings.push(...v.warnings)
  }
  // A gate that measured nothing is not passed, whatever the target.
  if (errors.length === 0 && SECURITY_HALVES.every((h) => halves[h].status !== 'measured')) {
    errors.push(
      SECURITY_HALVES.every((h) => halves[h].status === 'off')
        ? 'both halves of the security gate are off by configuration: nothing was checked (set stages.refactoring.security.enabled: false to skip the step on purpose)'
        : 'the security gate measured nothing: no half of it was measured'
    )
  }
  return { passed: errors.length === 0, details, errors, warnings, findings: judged.flatMap((r) => r.findings) }
}

/** Severity counts from findings that carry one (bandit, SARIF security-severity); null when none does. */
function countBySeverity(report: FindingsReport): Record<(typeof SEVERITIES)[number], number> | null {
  const graded = report.findings.filter((f) => f.security_severity)
  if (graded.length === 0) return null
  const counts = { critical: 0, high: 0, medium: 0, low: 0 }
  for (const f of graded) counts[f.security_severity!]++
  return counts
}

/** Most suppressed problems listed in a gate's `details.suppressed` (`suppressed_count` stays exact). */
const MAX_SUPPRESSED_LISTED = 50

/**
 * Problems the tools found and comments in the source suppressed (`/* eslint-disable *\/`, SARIF `inSource`
 * suppressions), and vulnerabilities osv-scanner's analysis hides (uncalled, unimportant): the gate does not count
 * them, as the tools do not, but says so — `details.suppressed_count`,
 * `details.suppressed` (`file:line rule`, at most 50) and a warning naming the first few — so "0 issues" of a change
 * that silenced its problems reads as what it is on every surface. Suppressions a team wrote are not failed.
 */
export function noteSuppressed(j: Judgment, reports: FindingsReport[]): void {
  const count = reports.reduce((n, r) => n + (r.suppressed?.count ?? 0), 0)
  if (count === 0) return
  const kept = reports.flatMap((r) => (r.suppressed?.kept ?? []).map((s) => ({ tool: r.tool, ...s })))
  const place = (s: SuppressedFinding & { tool: string }) =>
    `${s.file}${s.line !== undefined ? `:${s.line}` : ''}${s.rule ? ` ${s.rule}` : ''}${s.justification ? ` (${s.justification})` : ''}`
  j.details.suppressed_count = count
  j.details.suppressed = kept.slice(0, MAX_SUPPRESSED_LISTED).map(place)
  const tools = [...new Set(kept.map((s) => s.tool))].join(', ')
  const shown = kept.slice(0, 5).map(place).join(', ') + (count > 5 ? `, … (${count} in all)` : '')
  // osv-scanner's are not comments: its own analysis hides them from its counts (uncalled, unimportant).
  const byTool = reports.some((r) => r.suppressed && r.tool === 'osv-scanner')
  const bySource = reports.some((r) => r.suppressed && r.tool !== 'osv-scanner')
  const how = [
    bySource ? 'suppressed by comments in the source (eslint-disable, SARIF suppressions)' : '',
    byTool ? "left out of osv-scanner's own counts (vulnerabilities its analysis finds uncalled or unimportant)" : ''
  ].filter(Boolean).join(' or ')
  j.warnings.push(`${count} problem(s) ${tools || 'the tool'} found are ${how} and not counted: ${shown}`)
}
