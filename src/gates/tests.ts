/** Gates `test_pass_rate` and `test_coverage`: pure judgments of parsed reports against thresholds. */
import type { Target } from '../config/types.js'
import type { CoverageReport, Finding, TestReport } from '../reports/types.js'

export interface Judgment {
  passed: boolean
  details: Record<string, unknown>
  errors: string[]
  warnings: string[]
  findings: Finding[]
}

/** Percent with two decimals, as the report shows it and as thresholds are compared (coverage.py does the same). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100
}

export function coverageThreshold(
  thresholds: { dev_threshold: number; staging_threshold: number; production_threshold: number },
  target: Target
): number {
  return { dev: thresholds.dev_threshold, staging: thresholds.staging_threshold, production: thresholds.production_threshold }[target]
}

export function judgePassRate(report: TestReport, required: number, flaky: string[] = []): Judgment {
  const { total, passed, failed, errors, skipped } = report.totals
  const executed = total - skipped
  const passRate = executed > 0 ? round2((passed / executed) * 100) : 0
  const details = { total, passed, failed, errors, skipped, pass_rate: passRate, required, flaky }
  const findings: Finding[] = report.failures.map((f) => ({
    tool: 'tests',
    rule: f.kind,
    severity: 'error',
    file: f.file ?? f.classname ?? '',
    ...(f.line ? { line: f.line } : {}),
    message: `${f.classname ? `${f.classname} › ` : ''}${f.name}: ${f.message}`
  }))
  const warnings: string[] = []
  if (report.failures_truncated) warnings.push(`only the first ${report.failures.length} failing tests are listed`)
  if (flaky.length > 0) warnings.push(`${flaky.length} flaky test(s) failed first and passed on a rerun: ${flaky.slice(0, 10).join(', ')}`)
  if (executed === 0) {
    return { passed: false, details, errors: ['the report has no executed test: nothing was verified'], warnings, findings }
  }
  const ok = passRate >= required
  const errorsOut = ok
    ? []
    : [`pass rate ${passRate}% is below the required ${required}% (${failed} failed, ${errors} errors of ${executed} executed)`]
  return { passed: ok, details, errors: errorsOut, warnings, findings }
}

export function judgeCoverage(report: CoverageReport, threshold: number): Judgment {
  const coverage = round2(report.percent)
  const details: Record<string, unknown> = {
    coverage,
    threshold,
    lines_covered: report.lines_covered,
    lines_total: report.lines_total,
    format: report.format,
    files: report.files.length
  }
  if (report.display_percent !== undefined) details.tool_reported = report.display_percent
  if (report.branches_total !== undefined) {
    details.branches_covered = report.branches_covered
    details.branches_total = report.branches_total
  }
  if (report.lines_total === 0) {
    return {
      passed: false,
      details,
      errors: ['the coverage report measured no line: nothing was covered'],
      warnings: [],
      findings: []
    }
  }
  const ok = coverage >= threshold
  return {
    passed: ok,
    details,
    errors: ok ? [] : [`line coverage ${coverage}% is below the threshold ${threshold}%`],
    warnings: [],
    findings: []
  }
}
