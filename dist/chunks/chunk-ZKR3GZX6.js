import {
  gatedCoverage,
  meetsThreshold
} from "./chunk-S5VWDAK6.js";
import {
  cleanLine,
  cleanMessage
} from "./chunk-IA6DIEBA.js";

// src/gates/tests.ts
function coverageThreshold(thresholds, target) {
  return { dev: thresholds.dev_threshold, staging: thresholds.staging_threshold, production: thresholds.production_threshold }[target];
}
var FLAKY_LISTED = 50;
function passRatePercent(passed, executed) {
  if (executed <= 0) return 0;
  return Number(BigInt(passed) * 10000n / BigInt(executed)) / 100;
}
function meetsPassRate(passed, executed, required) {
  if (required <= 0) return true;
  if (executed <= 0) return false;
  const [whole, fraction = ""] = required.toFixed(10).replace(/0+$/, "").split(".");
  const scale = 10n ** BigInt(fraction.length);
  return BigInt(passed) * 100n * scale >= BigInt(whole + fraction) * BigInt(executed);
}
var QUARANTINED_LISTED = 50;
var OUTCOME_ORDER = { error: 0, failed: 1, passed: 2, skipped: 3 };
function judgePassRate(report, required, rerunFlaky = [], policy = { flaky: "warn" }) {
  const { total, passed, failed, errors, skipped } = report.totals;
  const executed = Math.max(total - skipped, passed + failed + errors);
  const passRate = passRatePercent(passed, executed);
  const flakyIds = /* @__PURE__ */ new Set();
  const flaky = [];
  for (const test of [...report.flaky ?? [], ...rerunFlaky]) {
    const key = `${test.suite ?? ""}\0${test.id}`;
    if (flakyIds.has(key)) continue;
    flakyIds.add(key);
    flaky.push(test);
  }
  const flakyCount = (report.flaky_count ?? report.flaky?.length ?? 0) + (flaky.length - (report.flaky?.length ?? 0));
  const q = quarantineOf(report, flaky.slice(report.flaky?.length ?? 0), policy.quarantine);
  const details = {
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
  };
  if (policy.quarantine && policy.quarantine.active.length + policy.quarantine.expired.length > 0) {
    Object.assign(details, { quarantined: q.listed, quarantined_count: q.count, quarantined_failures: q.failures });
  }
  if (policy.quarantine?.expired.length) {
    details.expired_quarantine = policy.quarantine.expired.map((e) => ({ pattern: e.test, reason: e.reason, expires: e.expires }));
  }
  const findings = report.failures.map((f) => {
    const key = policy.quarantine?.active.length ? policy.quarantine.match({ id: f.id, name: f.name, ...f.file ? { file: f.file } : {} }) : -1;
    const entry = key >= 0 ? policy.quarantine.active[key] : void 0;
    return {
      tool: "tests",
      rule: f.kind,
      severity: entry ? "warning" : "error",
      // A test without a file stays without one: its classname (a describe block, node's `test`) is no path.
      // Cleaned as every other tool's findings are: no terminal escape, NUL or bidirectional override of a test's
      // name or message reaches the report, an annotation or a log.
      file: cleanLine(f.file ?? ""),
      ...f.line ? { line: f.line } : {},
      // The JUnit reader bounds the message already.
      // jest-junit's default writes the full title as both classname and name: said once.
      message: cleanMessage(`${f.classname && f.classname !== f.name ? `${f.classname} \u203A ` : ""}${f.name}: ${f.message}${entry ? ` (quarantined: ${entry.reason}${entry.expires ? `, until ${entry.expires}` : ""})` : ""}`, Number.POSITIVE_INFINITY)
    };
  });
  const warnings = [...report.warnings ?? []];
  if (report.failures_truncated) warnings.push(`only the first ${report.failures.length} failing tests are listed`);
  const chargedFlaky = policy.flaky === "fail" ? Math.max(0, flakyCount - q.flaky) : 0;
  if (flakyCount > 0 && policy.flaky === "warn") {
    const names = flaky.slice(0, 10).map((t) => `${t.id} (${t.attempts} attempts)`);
    warnings.push(`${flakyCount} flaky test(s) failed first and passed on a rerun: ${names.join(", ")}${flakyCount > names.length ? ", \u2026" : ""}`);
  }
  for (const entry of q.stale) {
    warnings.push(`quarantine entry ${JSON.stringify(entry.test)} matches no test of the report (reason: ${entry.reason}): remove it if the test was fixed or renamed`);
  }
  const errorsOut = [...report.unlisted_failures ?? []];
  for (const entry of policy.quarantine?.expired ?? []) {
    errorsOut.push(
      `quarantine entry ${JSON.stringify(entry.test)} expired on ${entry.expires} (reason: ${entry.reason}): fix the test and remove the entry, or give it a later date (expires, or its alias until)`
    );
  }
  if (executed === 0) {
    const why = total > 0 ? `all ${total} test(s) in the report were skipped or not run` : "the report holds no test case";
    return { passed: false, details, errors: [`the report has no executed test (${why}): nothing was verified`, ...errorsOut], warnings, findings };
  }
  const judgedExecuted = executed - q.failures;
  const judgedPassed = Math.max(0, passed - chargedFlaky);
  const adjusted = judgedExecuted !== executed || judgedPassed !== passed;
  if (adjusted) details.judged = { passed: judgedPassed, executed: judgedExecuted, pass_rate: judgedExecuted > 0 ? passRatePercent(judgedPassed, judgedExecuted) : null };
  if (judgedExecuted === 0) {
    errorsOut.unshift(`every executed test that failed is quarantined and no other test ran (${q.failures} quarantined failure(s)): nothing was verified`);
    return { passed: false, details, errors: errorsOut, warnings, findings };
  }
  const ok = meetsPassRate(judgedPassed, judgedExecuted, required);
  if (!ok) {
    const how = [
      q.failures > 0 ? `${q.failures} quarantined failure(s) left out` : "",
      chargedFlaky > 0 ? `${chargedFlaky} flaky test(s) counted as failed (flaky: fail)` : ""
    ].filter(Boolean);
    const rate = adjusted ? passRatePercent(judgedPassed, judgedExecuted) : passRate;
    errorsOut.unshift(
      `pass rate ${rate}% is below the required ${required}% (${judgedPassed} of ${judgedExecuted} ${adjusted ? "judged" : "executed"} tests passed: ${failed} failed, ${errors} ${errors === 1 ? "error" : "errors"}${how.length ? `; ${how.join(", ")}` : ""})`
    );
  } else if (q.failures > 0) {
    warnings.push(`${q.failures} quarantined test failure(s) did not count against the gate: ${q.listed.filter((t) => t.outcome === "failed" || t.outcome === "error").slice(0, 5).map((t) => t.id).join(", ")}${q.failures > 5 ? ", \u2026" : ""}`);
  }
  return { passed: ok && errorsOut.length === 0, details, errors: errorsOut, warnings, findings };
}
function quarantineOf(report, extraFlaky, policy) {
  const none = { listed: [], count: 0, failures: 0, flaky: 0, stale: [] };
  if (!policy || policy.active.length === 0) return none;
  if (!report.matched) throw new Error("judgePassRate: a quarantine needs a report parsed with its matcher (readTestReport match option)");
  const out = { ...none };
  policy.active.forEach((entry, key) => {
    const c = report.matched.counts[key];
    const n = c ? c.passed + c.failed + c.errors + c.skipped : 0;
    if (n === 0) out.stale.push(entry);
    if (!c) return;
    out.count += n;
    out.failures += c.failed + c.errors;
    out.flaky += c.flaky;
  });
  for (const test of extraFlaky) if (policy.match(test) >= 0) out.flaky++;
  out.listed = [...report.matched.tests].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || (a.flaky ? 0 : 1) - (b.flaky ? 0 : 1)).slice(0, QUARANTINED_LISTED).map((t) => {
    const entry = policy.active[t.key];
    return { id: t.id, pattern: entry.test, reason: entry.reason, ...entry.expires ? { expires: entry.expires } : {}, outcome: t.outcome, ...t.flaky ? { flaky: true } : {} };
  });
  return out;
}
function judgeCoverage(report, threshold) {
  const gated = gatedCoverage(report);
  const details = {
    coverage: gated.percent,
    coverage_kind: gated.kind,
    threshold,
    lines_covered: report.lines_covered,
    lines_total: report.lines_total,
    line_coverage: gated.line_percent,
    format: report.format,
    files: report.files.length
  };
  if (report.producer !== void 0) details.tool = report.producer;
  const left = report.left_out;
  const leftCount = left ? left.outside_workspace + left.outside_component + left.test_files + (left.run_outputs ?? 0) : 0;
  const printed = leftCount === 0 ? gated.tool_reported : void 0;
  if (printed !== void 0) details.tool_reported = printed;
  if (report.branches_total !== void 0) {
    details.branches_covered = report.branches_covered;
    details.branches_total = report.branches_total;
    details.branch_coverage = gated.branch_percent;
  }
  const warnings = [...report.warnings ?? []];
  if (left && leftCount > 0) {
    details.left_out = left;
    const why = [
      left.outside_workspace ? `${left.outside_workspace} outside the workspace` : "",
      left.outside_component ? `${left.outside_component} outside the component's paths` : "",
      left.test_files ? `${left.test_files} test file(s) inside them` : "",
      left.run_outputs ? `${left.run_outputs} written by this run under .spec-to-production/` : ""
    ].filter(Boolean);
    warnings.push(
      `${leftCount} file(s) of the coverage report (${left.lines_total} lines) do not count toward the component: ${why.join(", ")} (${left.examples.join(", ")}${leftCount > left.examples.length ? ", \u2026" : ""})`
    );
  } else if (report.display_percent !== void 0 && gated.tool_reported !== void 0 && report.display_percent !== gated.tool_reported) {
    warnings.push(`the report states a total of ${report.display_percent}% but its file data give ${gated.tool_reported}%; the data are judged`);
  }
  if (gated.total === 0 || report.lines_total === 0) {
    details.coverage = null;
    if (report.lines_total === 0) details.line_coverage = null;
    if (report.branches_total === 0) details.branch_coverage = null;
    delete details.tool_reported;
    return {
      passed: false,
      details,
      errors: ["the coverage report measured no line of the component: nothing was covered"],
      warnings,
      findings: []
    };
  }
  const ok = meetsThreshold(gated.covered, gated.total, threshold);
  const how = gated.kind === "statements+branches" ? `statements and branches together, as coverage.py${printed !== void 0 ? `'s TOTAL ${printed}%` : " counts them"}: ${gated.covered} of ${gated.total}; lines alone ${gated.line_percent}%` : `${gated.covered} of ${gated.total} lines${printed !== void 0 && printed !== String(gated.percent) ? `; the tool prints ${printed}%` : ""}`;
  details.gated = `${gated.kind === "lines" ? "line coverage" : "statements+branches"}: ${gated.covered} of ${gated.total} ${ok ? "\u2265" : "<"} ${threshold}%`;
  return {
    passed: ok,
    details,
    errors: ok ? [] : [
      `${gated.kind === "lines" ? "line coverage" : "coverage"} ${gated.percent}% is below the threshold ${threshold}% (${how})` + // dateutil with its src/ layout not installed: the tests imported an installed copy, and not one line of
      // the working tree's ran. Said, since the tests' own verdict cannot show it.
      (report.lines_covered === 0 ? `; not one line of the component's ${report.files.length} measured file(s) ran: the tests imported no code from them \u2014 another copy of it (an installed release on the import path, a src/ layout not installed into the environment) or none at all` : "")
    ],
    warnings,
    findings: []
  };
}

export {
  coverageThreshold,
  passRatePercent,
  judgePassRate,
  judgeCoverage
};
