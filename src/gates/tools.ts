/** Gates `linting`, `type_checking` and `security`: judgments of a tool's findings against the configured limits. */
import type { Config } from '../config/types.js'
import type { FindingsReport } from '../reports/types.js'
import type { Judgment } from './tests.js'

/** Tools whose every finding is a secret (as opposed to a vulnerability with a severity). */
const SECRET_TOOLS = new Set(['secretlint', 'detect-secrets', 'gitleaks'])

export function judgeLinting(report: FindingsReport, limits: Config['quality_gates']['linting'], fixedCount: number | null): Judgment {
  const issueCount = report.counts.error + report.counts.warning
  const details = {
    issue_count: issueCount,
    errors: report.counts.error,
    warnings: report.counts.warning,
    fixed_count: fixedCount,
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

export function judgeSecurity(report: FindingsReport, limits: Config['quality_gates']['security']): Judgment {
  const secrets = SECRET_TOOLS.has(report.tool)
  const details = {
    secret_count: null as number | null,
    critical: null as number | null,
    high: null as number | null,
    medium: null as number | null,
    low: null as number | null,
    max_secrets: limits.max_secrets,
    max_critical: limits.max_critical,
    max_high: limits.max_high,
    max_medium: limits.max_medium,
    tool: report.tool
  }
  const errors: string[] = []
  const warnings: string[] = []
  if (secrets) {
    const count = report.counts.error + report.counts.warning + report.counts.notice
    details.secret_count = count
    if (count > limits.max_secrets) errors.push(`${count} secret(s) found, more than the ${limits.max_secrets} allowed`)
    warnings.push('no vulnerability report was read: critical/high/medium/low are not measured')
  } else if (report.tool === 'unknown') {
    errors.push('the security report is empty and its format cannot be detected from it: name it, e.g. report: { path: …, format: secretlint-json }')
  } else {
    errors.push(`${report.tool} is not a secret scanner this version can judge: configure secretlint or detect-secrets`)
  }
  return { passed: errors.length === 0, details, errors, warnings, findings: report.findings }
}
