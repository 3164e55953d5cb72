/** Gates `test_pass_rate` and `test_coverage`: pure judgments of parsed reports against thresholds. */
import type { Target } from '../config/types.js'
import { gatedCoverage, meetsThreshold } from '../reports/coverage-figures.js'
import type { CoverageReport, Finding, FlakyTest, TestReport } from '../reports/types.js'

export interface Judgment {
  passed: boolean
  details: Record<string, unknown>
  errors: string[]
  warnings: string[]
  findings: Finding[]
}

export function coverageThreshold(
  thresholds: { dev_threshold: number; staging_threshold: number; production_threshold: number },
  target: Target
): number {
  return { dev: thresholds.dev_threshold, staging: thresholds.staging_threshold, production: thresholds.production_threshold }[target]
}

/** Most flaky tests listed in a gate's `details.flaky` (`flaky_count` stays exact). */
export const FLAKY_LISTED = 50

/**
 * Percent of executed tests that passed, for display: truncated to two decimals, never rounded up, so that it
 * shows 100 only when nothing failed (20,000 passed of 20,001 shows 99.99, not 100). Computed on integers.
 */
export function passRatePercent(passed: number, executed: number): number {
  if (executed <= 0) return 0
  return Number((BigInt(passed) * 10_000n) / BigInt(executed)) / 100
}

/**
 * Whether `passed` of `executed` reaches `required` percent, compared exactly on integers (no rounding): 100 means
 * every executed test passed. `required` is a decimal with at most a few digits after the point (the schema's
 * percent); it is read from its shortest decimal form, so 99.9 is 999/10, not the nearest binary fraction.
 */
export function meetsPassRate(passed: number, executed: number, required: number): boolean {
  if (required <= 0) return true
  if (executed <= 0) return false
  const [whole, fraction = ''] = required.toFixed(10).replace(/0+$/, '').split('.')
  const scale = 10n ** BigInt(fraction.length)
  // passed / executed >= required / 100  ⇔  passed · 100 · scale >= required · scale · executed
  return BigInt(passed) * 100n * scale >= BigInt(whole + fraction) * BigInt(executed)
}

/**
 * Gate `test_pass_rate`: exact counts against `required`. Flaky tests (failed, then passed on a rerun inside the
 * report or on a rerun of the command) count as passed and are listed in `details.flaky` with their failed
 * attempts; `details.flaky_count` is exact.
 */
export function judgePassRate(report: TestReport, required: number, rerunFlaky: FlakyTest[] = []): Judgment {
  const { total, passed, failed, errors, skipped } = report.totals
  const executed = total - skipped
  const passRate = passRatePercent(passed, executed)
  const flakyIds = new Set<string>()
  const flaky: FlakyTest[] = []
  for (const test of [...(report.flaky ?? []), ...rerunFlaky]) {
    const key = `${test.suite ?? ''}\u0000${test.id}`
    if (flakyIds.has(key)) continue
    flakyIds.add(key)
    flaky.push(test)
  }
  const flakyCount = (report.flaky_count ?? report.flaky?.length ?? 0) + (flaky.length - (report.flaky?.length ?? 0))
  const details = {
    total,
    passed,
    failed,
    errors,
    skipped,
    executed,
    pass_rate: passRate,
    required,
    flaky: flaky.slice(0, FLAKY_LISTED),
    flaky_count: flakyCount
  }
  const findings: Finding[] = report.failures.map((f) => ({
    tool: 'tests',
    rule: f.kind,
    severity: 'error',
    file: f.file ?? f.classname ?? '',
    ...(f.line ? { line: f.line } : {}),
    message: `${f.classname ? `${f.classname} › ` : ''}${f.name}: ${f.message}`
  }))
  const warnings: string[] = [...(report.warnings ?? [])]
  if (report.failures_truncated) warnings.push(`only the first ${report.failures.length} failing tests are listed`)
  if (flakyCount > 0) {
    const names = flaky.slice(0, 10).map((t) => `${t.id} (${t.attempts} attempts)`)
    warnings.push(`${flakyCount} flaky test(s) failed first and passed on a rerun: ${names.join(', ')}${flakyCount > names.length ? ', …' : ''}`)
  }
  if (executed === 0) {
    const why = total > 0 ? `all ${total} test(s) in the report were skipped or not run` : 'the report holds no test case'
    return { passed: false, details, errors: [`the report has no executed test (${why}): nothing was verified`], warnings, findings }
  }
  const ok = meetsPassRate(passed, executed, required)
  // The shown rate is truncated, so it is below 100 whenever a test failed; the counts say the rest.
  const errorsOut = ok
    ? []
    : [`pass rate ${passRate}% is below the required ${required}% (${passed} of ${executed} executed tests passed: ${failed} failed, ${errors} errors)`]
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
