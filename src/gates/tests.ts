/** Gates `test_pass_rate` and `test_coverage`: pure judgments of parsed reports against thresholds. */
import type { FlakyPolicy, Target } from '../config/types.js'
import type { QuarantinePolicy } from './quarantine.js'
import { gatedCoverage, meetsThreshold } from '../reports/coverage-figures.js'
import type { CoverageReport, Finding, FlakyTest, TestReport } from '../reports/types.js'
import { cleanLine, cleanMessage } from '../reports/findings/collect.js'

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

/** Most quarantined tests listed in `details.quarantined` (`quarantined_count` stays exact). */
export const QUARANTINED_LISTED = 50

/** `quality_gates.test_pass_rate` beyond `required`: how flaky tests count, and the quarantine. */
export interface PassRatePolicy {
  flaky: FlakyPolicy
  /** Needs a report parsed with its `match`, so that its counts are exact. */
  quarantine?: QuarantinePolicy
}

const OUTCOME_ORDER: Record<string, number> = { error: 0, failed: 1, passed: 2, skipped: 3 }

/**
 * Gate `test_pass_rate`: exact counts against `required`. Flaky tests (failed, then passed on a rerun inside the
 * report or on a rerun of the command) count as passed (policy `warn`, with a warning, or `ignore`) or as failed
 * (`fail`), and are listed in `details.flaky` with their failed attempts; `details.flaky_count` is exact.
 * Quarantined tests that failed or errored are left out of the executed tests the verdict counts (the shown counts
 * stay the tool's); an expired quarantine entry fails the gate, one that matches no test is warned about.
 */
export function judgePassRate(report: TestReport, required: number, rerunFlaky: FlakyTest[] = [], policy: PassRatePolicy = { flaky: 'warn' }): Judgment {
  const { total, passed, failed, errors, skipped } = report.totals
  // Never fewer than the tests that passed, failed or errored: a report whose counts do not add up (or whose huge
  // skipped count lost units in floating point) cannot make its failing tests vanish from the denominator.
  const executed = Math.max(total - skipped, passed + failed + errors)
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
  const q = quarantineOf(report, flaky.slice(report.flaky?.length ?? 0), policy.quarantine)
  const details: Record<string, unknown> = {
    total,
    passed,
    failed,
    errors,
    skipped,
    executed,
    // A percent of no executed test is no figure: null, as the aggregate has it (the gate fails, saying why).
    pass_rate: executed > 0 ? passRate : null,
    required,
    flaky: flaky.slice(0, FLAKY_LISTED),
    flaky_count: flakyCount,
    flaky_policy: policy.flaky
  }
  if (policy.quarantine && policy.quarantine.active.length + policy.quarantine.expired.length > 0) {
    Object.assign(details, { quarantined: q.listed, quarantined_count: q.count, quarantined_failures: q.failures })
  }
  if (policy.quarantine?.expired.length) {
    details.expired_quarantine = policy.quarantine.expired.map((e) => ({ pattern: e.test, reason: e.reason, expires: e.expires }))
  }
  const findings: Finding[] = report.failures.map((f) => {
    // A quarantined failure is shown, as a warning that says why it did not count.
    const key = policy.quarantine?.active.length ? policy.quarantine.match({ id: f.id, name: f.name, ...(f.file ? { file: f.file } : {}) }) : -1
    const entry = key >= 0 ? policy.quarantine!.active[key] : undefined
    return {
      tool: 'tests',
      rule: f.kind,
      severity: entry ? 'warning' : 'error',
      // A test without a file stays without one: its classname (a describe block, node's `test`) is no path.
      // Cleaned as every other tool's findings are: no terminal escape, NUL or bidirectional override of a test's
      // name or message reaches the report, an annotation or a log.
      file: cleanLine(f.file ?? ''),
      ...(f.line ? { line: f.line } : {}),
      // The JUnit reader bounds the message already.
      // jest-junit's default writes the full title as both classname and name: said once.
      message: cleanMessage(`${f.classname && f.classname !== f.name ? `${f.classname} › ` : ''}${f.name}: ${f.message}${entry ? ` (quarantined: ${entry.reason}${entry.expires ? `, until ${entry.expires}` : ''})` : ''}`, Number.POSITIVE_INFINITY)
    }
  })
  const warnings: string[] = [...(report.warnings ?? [])]
  if (report.failures_truncated) warnings.push(`only the first ${report.failures.length} failing tests are listed`)
  // Flaky tests that are quarantined are excused like quarantined failures.
  const chargedFlaky = policy.flaky === 'fail' ? Math.max(0, flakyCount - q.flaky) : 0
  if (flakyCount > 0 && policy.flaky === 'warn') {
    const names = flaky.slice(0, 10).map((t) => `${t.id} (${t.attempts} attempts)`)
    warnings.push(`${flakyCount} flaky test(s) failed first and passed on a rerun: ${names.join(', ')}${flakyCount > names.length ? ', …' : ''}`)
  }
  for (const entry of q.stale) {
    warnings.push(`quarantine entry ${JSON.stringify(entry.test)} matches no test of the report (reason: ${entry.reason}): remove it if the test was fixed or renamed`)
  }
  const errorsOut: string[] = [...(report.unlisted_failures ?? [])]
  for (const entry of policy.quarantine?.expired ?? []) {
    errorsOut.push(
      `quarantine entry ${JSON.stringify(entry.test)} expired on ${entry.expires} (reason: ${entry.reason}): fix the test and remove the entry, or give it a later date (expires, or its alias until)`
    )
  }
  if (executed === 0) {
    const why = total > 0 ? `all ${total} test(s) in the report were skipped or not run` : 'the report holds no test case'
    return { passed: false, details, errors: [`the report has no executed test (${why}): nothing was verified`, ...errorsOut], warnings, findings }
  }
  // The verdict's counts: quarantined failures left out, flaky tests counted as failed under `flaky: fail`.
  const judgedExecuted = executed - q.failures
  const judgedPassed = Math.max(0, passed - chargedFlaky)
  const adjusted = judgedExecuted !== executed || judgedPassed !== passed
  if (adjusted) details.judged = { passed: judgedPassed, executed: judgedExecuted, pass_rate: judgedExecuted > 0 ? passRatePercent(judgedPassed, judgedExecuted) : null }
  if (judgedExecuted === 0) {
    errorsOut.unshift(`every executed test that failed is quarantined and no other test ran (${q.failures} quarantined failure(s)): nothing was verified`)
    return { passed: false, details, errors: errorsOut, warnings, findings }
  }
  const ok = meetsPassRate(judgedPassed, judgedExecuted, required)
  if (!ok) {
    const how = [
      q.failures > 0 ? `${q.failures} quarantined failure(s) left out` : '',
      chargedFlaky > 0 ? `${chargedFlaky} flaky test(s) counted as failed (flaky: fail)` : ''
    ].filter(Boolean)
    // The shown rate is truncated, so it is below 100 whenever a test failed; the counts say the rest.
    const rate = adjusted ? passRatePercent(judgedPassed, judgedExecuted) : passRate
    errorsOut.unshift(
      `pass rate ${rate}% is below the required ${required}% (${judgedPassed} of ${judgedExecuted} ${adjusted ? 'judged' : 'executed'} tests passed: ${failed} failed, ${errors} ${errors === 1 ? 'error' : 'errors'}${how.length ? `; ${how.join(', ')}` : ''})`
    )
  } else if (q.failures > 0) {
    warnings.push(`${q.failures} quarantined test failure(s) did not count against the gate: ${q.listed.filter((t) => t.outcome === 'failed' || t.outcome === 'error').slice(0, 5).map((t) => t.id).join(', ')}${q.failures > 5 ? ', …' : ''}`)
  }
  return { passed: ok && errorsOut.length === 0, details, errors: errorsOut, warnings, findings }
}

interface QuarantineCounts {
  listed: Array<{ id: string; pattern: string; reason: string; expires?: string; outcome: string; flaky?: true }>
  /** Tests matched by an active entry, whatever their outcome. */
  count: number
  /** Of them, those that failed or errored (excused). */
  failures: number
  /** Of them, those that were flaky (in the report, or on a rerun of the command). */
  flaky: number
  /** Active entries that matched no test. */
  stale: QuarantinePolicy['active']
}

/** The quarantine's exact counts from a report parsed with the policy's matcher, plus the command's flaky reruns. */
function quarantineOf(report: TestReport, extraFlaky: FlakyTest[], policy: QuarantinePolicy | undefined): QuarantineCounts {
  const none: QuarantineCounts = { listed: [], count: 0, failures: 0, flaky: 0, stale: [] }
  if (!policy || policy.active.length === 0) return none
  if (!report.matched) throw new Error('judgePassRate: a quarantine needs a report parsed with its matcher (readTestReport match option)')
  const out = { ...none }
  policy.active.forEach((entry, key) => {
    const c = report.matched!.counts[key]
    const n = c ? c.passed + c.failed + c.errors + c.skipped : 0
    if (n === 0) out.stale.push(entry)
    if (!c) return
    out.count += n
    out.failures += c.failed + c.errors
    out.flaky += c.flaky
  })
  for (const test of extraFlaky) if (policy.match(test) >= 0) out.flaky++
  out.listed = [...report.matched.tests]
    .sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || (a.flaky ? 0 : 1) - (b.flaky ? 0 : 1))
    .slice(0, QUARANTINED_LISTED)
    .map((t) => {
      const entry = policy.active[t.key]
      return { id: t.id, pattern: entry.test, reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}), outcome: t.outcome, ...(t.flaky ? { flaky: true as const } : {}) }
    })
  return out
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
  // The tool's printed TOTAL counted every file it measured: with some left out, no figure it printed is this one.
  const left = report.left_out
  const leftCount = left ? left.outside_workspace + left.outside_component + left.test_files + (left.run_outputs ?? 0) : 0
  const printed = leftCount === 0 ? gated.tool_reported : undefined
  if (printed !== undefined) details.tool_reported = printed
  if (report.branches_total !== undefined) {
    details.branches_covered = report.branches_covered
    details.branches_total = report.branches_total
    details.branch_coverage = gated.branch_percent
  }
  const warnings = [...(report.warnings ?? [])]
  if (left && leftCount > 0) {
    details.left_out = left
    const why = [
      left.outside_workspace ? `${left.outside_workspace} outside the workspace` : '',
      left.outside_component ? `${left.outside_component} outside the component's paths` : '',
      left.test_files ? `${left.test_files} test file(s) inside them` : '',
      left.run_outputs ? `${left.run_outputs} written by this run under .spec-to-production/` : ''
    ].filter(Boolean)
    warnings.push(
      `${leftCount} file(s) of the coverage report (${left.lines_total} lines) do not count toward the component: ${why.join(', ')} (${left.examples.join(', ')}${leftCount > left.examples.length ? ', …' : ''})`
    )
  } else if (report.display_percent !== undefined && gated.tool_reported !== undefined && report.display_percent !== gated.tool_reported) {
    warnings.push(`the report states a total of ${report.display_percent}% but its file data give ${gated.tool_reported}%; the data are judged`)
  }
  if (gated.total === 0 || report.lines_total === 0) {
    // 0 of 0 is no percentage: shown as 100 (what truncatedPercent gives it) it would be the `coverage` output, the
    // summary's and the dashboard's figure for a report that measured nothing.
    details.coverage = null
    if (report.lines_total === 0) details.line_coverage = null
    if (report.branches_total === 0) details.branch_coverage = null
    delete details.tool_reported
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
      ? `statements and branches together, as coverage.py${printed !== undefined ? `'s TOTAL ${printed}%` : ' counts them'}: ${gated.covered} of ${gated.total}; lines alone ${gated.line_percent}%`
      : `${gated.covered} of ${gated.total} lines${printed !== undefined && printed !== String(gated.percent) ? `; the tool prints ${printed}%` : ''}`
  details.gated = `${gated.kind === 'lines' ? 'line coverage' : 'statements+branches'}: ${gated.covered} of ${gated.total} ${ok ? '≥' : '<'} ${threshold}%`
  return {
    passed: ok,
    details,
    errors: ok
      ? []
      : [
          `${gated.kind === 'lines' ? 'line coverage' : 'coverage'} ${gated.percent}% is below the threshold ${threshold}% (${how})` +
            // dateutil with its src/ layout not installed: the tests imported an installed copy, and not one line of
            // the working tree's ran. Said, since the tests' own verdict cannot show it.
            (report.lines_covered === 0
              ? `; not one line of the component's ${report.files.length} measured file(s) ran: the tests imported no code from them — another copy of it (an installed release on the import path, a src/ layout not installed into the environment) or none at all`
              : '')
        ],
    warnings,
    findings: []
  }
}
