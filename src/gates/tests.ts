/** Gates `test_pass_rate` and `test_coverage`: pure judgments of parsed reports against thresholds. */
import type { Target } from '../config/types.js'
import type { CoverageReport, Finding, FlakyTest, TestReport } from '../reports/types.js'

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
