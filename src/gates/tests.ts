/** Gates `test_pass_rate` and `test_coverage`: pure judgments of parsed reports against thresholds. */
import type { Target } from '../config/types.js'
import { gatedCoverage, meetsThreshold } from '../reports/coverage-figures.js'
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

/**
 * The coverage gate. It compares exact counts (covered × 100 ≥ threshold × total) of the figure the producing tool
 * prints for its format (see `gatedCoverage`): no rounded percentage decides it. `coverage` is that figure truncated to
 * two decimals, so it is on the same side of a two-decimal threshold as the exact value; line coverage (and branch
 * coverage) stay beside it. Files the report measured outside the workspace or the component were left out of the
 * counts before this (the report says which in `left_out`).
 */
export function judgeCoverage(report: CoverageReport, threshold: number): Judgment {
  const gated = gatedCoverage(report)
  const details: Record<string, unknown> = {
    coverage: gated.percent,
    coverage_kind: gated.kind,
    threshold,
    lines_covered: report.lines_covered,
    lines_total: report.lines_total,
    line_coverage: gated.line_percent,
    format: report.format,
    files: report.files.length
  }
  if (report.producer !== undefined) details.tool = report.producer
  if (gated.tool_reported !== undefined) details.tool_reported = gated.tool_reported
  if (report.branches_total !== undefined) {
    details.branches_covered = report.branches_covered
    details.branches_total = report.branches_total
    details.branch_coverage = gated.branch_percent
  }
  const warnings = [...(report.warnings ?? [])]
  const left = report.left_out
  if (left && left.outside_workspace + left.outside_component > 0) {
    details.left_out = left
    const count = left.outside_workspace + left.outside_component
    const why = [
      left.outside_workspace ? `${left.outside_workspace} outside the workspace` : '',
      left.outside_component ? `${left.outside_component} outside the component's paths` : ''
    ].filter(Boolean)
    warnings.push(
      `${count} file(s) of the coverage report (${left.lines_total} lines) do not count toward the component: ${why.join(', ')} (${left.examples.join(', ')}${count > left.examples.length ? ', …' : ''})`
    )
  } else if (report.display_percent !== undefined && gated.tool_reported !== undefined && report.display_percent !== gated.tool_reported) {
    warnings.push(`the report states a total of ${report.display_percent}% but its file data give ${gated.tool_reported}%; the data are judged`)
  }
  if (gated.total === 0 || report.lines_total === 0) {
    return {
      passed: false,
      details,
      errors: ['the coverage report measured no line of the component: nothing was covered'],
      warnings,
      findings: []
    }
  }
  const ok = meetsThreshold(gated.covered, gated.total, threshold)
  const how =
    gated.kind === 'statements+branches'
      ? `statements and branches together, as coverage.py's TOTAL${gated.tool_reported !== undefined ? ` ${gated.tool_reported}%` : ''}: ${gated.covered} of ${gated.total}; lines alone ${gated.line_percent}%`
      : `${gated.covered} of ${gated.total} lines${gated.tool_reported !== undefined && gated.tool_reported !== String(gated.percent) ? `; the tool prints ${gated.tool_reported}%` : ''}`
  details.gated = `${gated.kind === 'lines' ? 'line coverage' : 'statements+branches'}: ${gated.covered} of ${gated.total} ${ok ? '≥' : '<'} ${threshold}%`
  return {
    passed: ok,
    details,
    errors: ok ? [] : [`${gated.kind === 'lines' ? 'line coverage' : 'coverage'} ${gated.percent}% is below the threshold ${threshold}% (${how})`],
    warnings,
    findings: []
  }
}
