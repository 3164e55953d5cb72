import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/gates/tests.ts
function round2(value) {
  return Math.round(value * 100) / 100;
}
function coverageThreshold(thresholds, target) {
  return { dev: thresholds.dev_threshold, staging: thresholds.staging_threshold, production: thresholds.production_threshold }[target];
}
function judgePassRate(report, required, flaky = []) {
  const { total, passed, failed, errors, skipped } = report.totals;
  const executed = total - skipped;
  const passRate = executed > 0 ? round2(passed / executed * 100) : 0;
  const details = { total, passed, failed, errors, skipped, pass_rate: passRate, required, flaky };
  const findings = report.failures.map((f) => ({
    tool: "tests",
    rule: f.kind,
    severity: "error",
    file: f.file ?? f.classname ?? "",
    ...f.line ? { line: f.line } : {},
    message: `${f.classname ? `${f.classname} \u203A ` : ""}${f.name}: ${f.message}`
  }));
  const warnings = [];
  if (report.failures_truncated) warnings.push(`only the first ${report.failures.length} failing tests are listed`);
  if (flaky.length > 0) warnings.push(`${flaky.length} flaky test(s) failed first and passed on a rerun: ${flaky.slice(0, 10).join(", ")}`);
  if (executed === 0) {
    return { passed: false, details, errors: ["the report has no executed test: nothing was verified"], warnings, findings };
  }
  const ok = passRate >= required;
  const errorsOut = ok ? [] : [`pass rate ${passRate}% is below the required ${required}% (${failed} failed, ${errors} errors of ${executed} executed)`];
  return { passed: ok, details, errors: errorsOut, warnings, findings };
}
function judgeCoverage(report, threshold) {
  const coverage = round2(report.percent);
  const details = {
    coverage,
    threshold,
    lines_covered: report.lines_covered,
    lines_total: report.lines_total,
    format: report.format,
    files: report.files.length
  };
  if (report.display_percent !== void 0) details.tool_reported = report.display_percent;
  if (report.branches_total !== void 0) {
    details.branches_covered = report.branches_covered;
    details.branches_total = report.branches_total;
  }
  if (report.lines_total === 0) {
    return {
      passed: false,
      details,
      errors: ["the coverage report measured no line: nothing was covered"],
      warnings: [],
      findings: []
    };
  }
  const ok = coverage >= threshold;
  return {
    passed: ok,
    details,
    errors: ok ? [] : [`line coverage ${coverage}% is below the threshold ${threshold}%`],
    warnings: [],
    findings: []
  };
}

export {
  coverageThreshold,
  judgePassRate,
  judgeCoverage
};
