/** Gates `linting`, `type_checking` and `security`: judgments of a tool's findings against the configured limits. */
import type { Config } from '../config/types.js'
import type { FindingsReport } from '../reports/types.js'
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
    errors: ok ? [] : [`${issueCount} lint issue(s) (${report.counts.error} errors, ${report.counts.warning} warnings), more than the ${limits.max_issues} allowed`],
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

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const

/** Secrets and vulnerabilities by severity, summed over every security report this run wrote. */
export function judgeSecurity(reports: FindingsReport[], limits: Config['quality_gates']['security']): Judgment {
  const errors: string[] = []
  const warnings: string[] = []
  let secretCount: number | null = null
  let severities: Record<(typeof SEVERITIES)[number], number> | null = null
  /** Vulnerabilities whose advisory gives no severity (pip-audit gives none): held to the max_high limit. */
  let ungraded = 0
  for (const report of reports) {
    const total = report.counts.error + report.counts.warning + report.counts.notice
    if (report.kind === 'secrets' || SECRET_TOOLS.has(report.tool)) {
      secretCount = (secretCount ?? 0) + total
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
    if (!report.vulnerabilities && report.findings_truncated) {
      warnings.push(`${report.tool}: severities counted from the ${report.findings.length} findings kept of ${total}`)
    }
    severities ??= { critical: 0, high: 0, medium: 0, low: 0 }
    for (const level of SEVERITIES) severities[level] += counts[level]
    if (report.kind === 'vulnerabilities') ungraded += Math.max(0, total - SEVERITIES.reduce((n, level) => n + counts[level], 0))
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
    tools: reports.map((r) => r.tool)
  }
  if (secretCount === null && severities === null && errors.length === 0) {
    errors.push('the security reports measured neither secrets nor vulnerabilities')
  }
  if (secretCount === null) warnings.push('no secret scan report was read: secrets are not measured')
  else if (secretCount > limits.max_secrets) errors.push(`${secretCount} secret(s) found, more than the ${limits.max_secrets} allowed`)
  if (severities === null) warnings.push('no vulnerability report was read: critical/high/medium/low are not measured')
  else {
    const max = { critical: limits.max_critical, high: limits.max_high, medium: limits.max_medium }
    for (const level of ['critical', 'high', 'medium'] as const) {
      if (severities[level] > max[level]) errors.push(`${severities[level]} ${level} vulnerabilit${severities[level] === 1 ? 'y' : 'ies'}, more than the ${max[level]} allowed`)
    }
    if (ungraded > max.high) {
      errors.push(`${ungraded} vulnerabilit${ungraded === 1 ? 'y' : 'ies'} with no severity in the advisory, more than the ${max.high} allowed (held to max_high: an unknown severity is not assumed low)`)
    }
  }
  return { passed: errors.length === 0, details, errors, warnings, findings: reports.flatMap((r) => r.findings) }
}

/** Severity counts from findings that carry one (bandit, SARIF security-severity); null when none does. */
function countBySeverity(report: FindingsReport): Record<(typeof SEVERITIES)[number], number> | null {
  const graded = report.findings.filter((f) => f.security_severity)
  if (graded.length === 0) return null
  const counts = { critical: 0, high: 0, medium: 0, low: 0 }
  for (const f of graded) counts[f.security_severity!]++
  return counts
}
