import {
  clipChars,
  pairSafeEnd
} from "./chunk-4CLWEP5D.js";
import {
  STAGE_ORDER
} from "./chunk-3TGGJRN5.js";

// src/view/report-view.ts
function testCountsLine(t, name) {
  const suite = name(t.suite === "testing" ? "Tests" : t.suite.replace(/_/g, " "));
  return [suite, `${count(t.passed)} passed, ${count(t.failed)} failed${t.errors ? `, ${count(t.errors)} ${t.errors === 1 ? "error" : "errors"}` : ""}, ${count(t.skipped)} skipped of ${count(t.total)}${t.flaky ? ` (${count(t.flaky)} flaky)` : ""}`];
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function grouped(text2) {
  return text2.replace(/^(-?)(\d{4,})/, (_, sign, digits) => `${sign}${digits.replace(/\B(?=(\d{3})+$)/g, ",")}`);
}
function count(n) {
  return grouped(String(n));
}
function figure(v) {
  return grouped(plainFigure(v));
}
function plainFigure(v) {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}
function pct(v) {
  return `${figure(v)}%`;
}
function clipText(text2, max) {
  if (text2.length <= max) return text2;
  const cut = text2.slice(0, pairSafeEnd(text2, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
function limitFigure(v) {
  return grouped(String(v));
}
function decimalsOf(v) {
  const fraction = /\.(\d+)$/.exec(String(v));
  return fraction ? Math.min(fraction[1].length, 12) : 0;
}
function percentAgainst(part, whole, limit) {
  if (part === null || whole === null || !Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0 || part < 0) return null;
  const decimals = Math.max(2, limit === null ? 2 : decimalsOf(limit));
  const scaled = BigInt(part) * 100n * 10n ** BigInt(decimals) / BigInt(whole);
  return Number(`${scaled / 10n ** BigInt(decimals)}.${(scaled % 10n ** BigInt(decimals)).toString().padStart(decimals, "0")}`);
}
function exactPct(v) {
  return `${grouped(String(v))}%`;
}
function plural(n, one, many = `${one}s`) {
  return `${figure(n)} ${n === 1 ? one : many}`;
}
function scalar(v) {
  if (typeof v === "number") return Number.isFinite(v) ? plainFigure(v) : null;
  if (typeof v === "string") return v.length ? v : null;
  if (typeof v === "boolean") return v ? "yes" : "no";
  return null;
}
function describeValue(v) {
  const own = scalar(v);
  if (own !== null) return own;
  if (Array.isArray(v)) return v.map(scalar).filter((x) => x !== null).slice(0, 5).join(", ") || "recorded";
  if (v && typeof v === "object") {
    const parts = Object.entries(v).map(([k, x]) => [k.replace(/_/g, " "), scalar(x)]).filter(([, x]) => x !== null).slice(0, 6).map(([k, x]) => `${k} ${x}`);
    return parts.join(", ") || "recorded";
  }
  return "recorded";
}
function fmtDuration(ms) {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "not timed";
  if (Math.round(ms) < 1e3) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1e3);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const two = (v) => String(v).padStart(2, "0");
  return h > 0 ? `${h} h ${two(m)} min ${two(s)} s` : `${m} min ${two(s)} s`;
}
var VERDICT_MARK = { passed: "\u2713", failed: "\u2717", cancelled: "\u2298", skipped: "\u2013" };
function mark(status) {
  return VERDICT_MARK[status];
}
var SHOWN = {
  test_pass_rate: ["total", "passed", "failed", "errors", "skipped", "pass_rate", "required", "flaky", "flaky_policy", "quarantined", "quarantined_count", "quarantined_failures", "expired_quarantine", "judged", "junit_files"],
  test_coverage: ["coverage", "threshold", "lines_covered", "lines_total", "format", "files", "line_coverage", "branch_coverage", "branches_covered", "branches_total", "coverage_kind", "tool_reported"],
  linting: ["issue_count", "errors", "warnings", "fixed_count", "max_issues", "tool", "fixable", "fixable_count", "component_checked", "suppressed_count", "suppressed"],
  type_checking: ["error_count", "warning_count", "max_errors", "max_warnings", "tool", "component_checked", "suppressed_count", "suppressed"],
  security: ["secret_count", "critical", "high", "medium", "low", "unknown_severity", "max_secrets", "max_critical", "max_high", "max_medium", "tools", "halves", "suppressed_count", "suppressed"],
  instructions_validation: ["files", "error_count", "warning_count", "globs"],
  spec_validation: ["file", "requirements", "acceptance_criteria", "sections", "required_sections", "error_count", "warning_count"],
  health_check: ["url", "attempts", "last_status", "expected_status", "elapsed_ms", "json_field", "expected_value", "observed"],
  exit: ["source", "exit_code"]
};
function kindOf(name, d) {
  if (d.source === "exit status") return "exit";
  if (/(^|_)test_pass_rate$/.test(name)) return "test_pass_rate";
  if (/(^|_)test_coverage$/.test(name)) return "test_coverage";
  if (/(^|_)health_check$/.test(name)) return "health_check";
  if (Array.isArray(d.criteria)) return "criteria";
  return name;
}
function gatedPercent(d) {
  const thr = num(d.threshold);
  if (num(d.coverage) === null || thr === null || decimalsOf(thr) <= 2) return null;
  const counts = gatedCounts(d);
  return counts && percentAgainst(counts.covered, counts.total, thr);
}
function gatedCounts(d) {
  const [lc, lt, bc, bt] = [num(d.lines_covered), num(d.lines_total), num(d.branches_covered) ?? 0, num(d.branches_total) ?? 0];
  if (![lc, lt, bc, bt].every((n) => n !== null && Number.isSafeInteger(n))) return null;
  return d.coverage_kind === "statements+branches" ? { covered: lc + bc, total: lt + bt } : { covered: lc, total: lt };
}
function testCounts(d) {
  const [total, passed] = [num(d.total), num(d.passed)];
  if (total === null || passed === null) return null;
  return { total, passed, failed: num(d.failed) ?? 0, errors: num(d.errors) ?? 0, skipped: num(d.skipped) ?? 0 };
}
function flakyOf(v) {
  if (Array.isArray(v)) {
    const names = v.map((x) => typeof x === "string" ? x : scalar(x?.id ?? x?.name)).filter((x) => !!x);
    return { count: v.length, names: names.map(shownTestId) };
  }
  if (num(v) !== null) return { count: num(v), names: [] };
  if (v && typeof v === "object") {
    const o = v;
    const list2 = Array.isArray(o.tests) ? o.tests : Array.isArray(o.names) ? o.names : null;
    const count2 = num(o.count) ?? list2?.length ?? null;
    return count2 === null ? null : { count: count2, names: (list2 ?? []).filter((x) => typeof x === "string").map(shownTestId) };
  }
  return null;
}
function junitFilesText(v) {
  if (!v || typeof v !== "object") return null;
  const o = v;
  const count2 = num(o.count);
  const source = typeof o.glob === "string" ? `glob ${o.glob}` : typeof o.directory === "string" ? `directory ${o.directory}` : null;
  if (count2 === null || source === null) return null;
  const stale = num(o.stale_count);
  const other = Array.isArray(o.not_junit) ? o.not_junit.length : 0;
  return `${plural(count2, "JUnit file")} (${source}${stale ? `; ${figure(stale)} stale left out` : ""}${other ? `; ${figure(other)} not JUnit left out` : ""})`;
}
function suppressedText(d) {
  const n = num(d.suppressed_count);
  return n ? `, ${figure(n)} more suppressed in the source` : "";
}
function limitText(value, limit, cmp, met, unit = "") {
  if (limit === null) return `${value} (no limit recorded)`;
  const op = cmp === "\u2265" ? met ? "\u2265" : "<" : met ? "\u2264" : ">";
  return `${value} ${op} ${limitFigure(limit)}${unit}`;
}
function criterionOf(c) {
  const text2 = (v, shown = figure) => {
    if (v === null || v === void 0) return "not measured";
    if (typeof v === "number") return Number.isFinite(v) ? shown(v) : "not measured";
    if (typeof v === "string") return v || "not measured";
    if (typeof v === "boolean") return v ? "yes" : "no";
    return JSON.stringify(v) ?? "not measured";
  };
  return {
    name: String(c?.name ?? "criterion"),
    met: c?.met === true,
    // A limit as configured, never rounded (79.995 shown as 80 is another limit); a value at two decimals unless that
    // puts it on the other side of its limit (79.995 of a 79.995 limit, or 123.456 ms of a 123.457 ms SLA, as 80 or
    // 123.46), where it is shown as recorded.
    value: text2(c?.value, (v) => {
      const limit = num(c?.threshold);
      const rounded = Math.round(v * 100) / 100;
      return limit !== null && Math.sign(rounded - limit) !== Math.sign(v - limit) ? grouped(String(v)) : figure(v);
    }),
    threshold: text2(c?.threshold, limitFigure).replace(/^not measured$/, "none recorded"),
    source: typeof c?.source === "string" ? c.source : "unknown source",
    reason: typeof c?.reason === "string" && c.reason ? c.reason : null
  };
}
function measure(gate, kind) {
  const d = gate.details ?? {};
  const facts = [];
  const criteria = [];
  const notMeasured = (why) => ({ value: `not measured: ${why}`, measured: false, facts, criteria });
  const firstError = gate.errors?.[0];
  switch (kind) {
    case "test_pass_rate": {
      const counts = testCounts(d);
      const rate = num(d.pass_rate);
      if (counts) {
        facts.push(`${figure(counts.passed)} passed`, `${figure(counts.failed)} failed`);
        if (counts.errors) facts.push(plural(counts.errors, "error"));
        facts.push(`${figure(counts.skipped)} skipped`, `${figure(counts.total)} total`);
      }
      const flaky = flakyOf(d.flaky);
      if (flaky && flaky.count > 0) facts.push(`${plural(flaky.count, "flaky test")}${flaky.names.length ? `: ${flaky.names.slice(0, 5).join(", ")}${flaky.names.length > 5 ? ", \u2026" : ""}` : ""}`);
      if (d.flaky_policy === "fail" || d.flaky_policy === "ignore") facts.push(d.flaky_policy === "fail" ? "flaky tests count as failed (flaky: fail)" : "flaky tests count as passed, unreported (flaky: ignore)");
      const [qCount, qFailures] = [num(d.quarantined_count), num(d.quarantined_failures)];
      if (qCount !== null && qCount > 0) facts.push(`${plural(qCount, "quarantined test")}${qFailures ? `, ${plural(qFailures, "failure")} excused` : ""}`);
      const expired = Array.isArray(d.expired_quarantine) ? d.expired_quarantine.map((e) => scalar(e?.pattern)).filter((x) => x !== null) : [];
      if (expired.length) facts.push(`expired quarantine: ${expired.slice(0, 5).join(", ")}${expired.length > 5 ? ", \u2026" : ""}`);
      const read = junitFilesText(d.junit_files);
      if (read && rate === null) facts.push(read);
      if (rate === null) return notMeasured(firstError ?? "no test report was read");
      const of = counts ? ` (${figure(counts.passed)} of ${plural(counts.total - counts.skipped, "executed test")}${read ? `, from ${read}` : ""})` : "";
      const judged = d.judged && typeof d.judged === "object" ? d.judged : null;
      const [jRate, jPassed, jExecuted] = [num(judged?.pass_rate), num(judged?.passed), num(judged?.executed)];
      if (jRate !== null && jPassed !== null && jExecuted !== null) {
        const shown2 = percentAgainst(jPassed, jExecuted, num(d.required)) ?? jRate;
        return {
          value: `${limitText(exactPct(shown2), num(d.required), "\u2265", shown2 >= (num(d.required) ?? 0), "%")} (${figure(jPassed)} of ${plural(jExecuted, "judged test")}; the report: ${pct(rate)}${of})`,
          measured: true,
          facts,
          criteria
        };
      }
      const required = num(d.required);
      if (!gate.passed && required !== null && rate >= required) {
        return { value: `${pct(rate)} in the report${of}, not a pass`, measured: true, facts, criteria };
      }
      const shown = (counts && percentAgainst(counts.passed, counts.total - counts.skipped, required)) ?? rate;
      return { value: `${limitText(exactPct(shown), required, "\u2265", shown >= (required ?? 0), "%")}${of}`, measured: true, facts, criteria };
    }
    case "test_coverage": {
      const cov = num(d.coverage);
      const [covered, total] = [num(d.lines_covered), num(d.lines_total)];
      if (covered !== null && total !== null) facts.push(`${figure(covered)} of ${plural(total, "line")}`);
      if (typeof d.format === "string") facts.push(d.format);
      for (const k of ["line_coverage", "branch_coverage"]) if (num(d[k]) !== null) facts.push(`${k.replace("_", " ")} ${pct(num(d[k]))}`);
      if (num(d.branches_covered) !== null && num(d.branches_total) !== null) facts.push(`${figure(num(d.branches_covered))} of ${plural(num(d.branches_total), "branch", "branches")}`);
      if (typeof d.coverage_kind === "string") facts.push(`kind: ${d.coverage_kind}`);
      const patch = d.patch_coverage && typeof d.patch_coverage === "object" ? d.patch_coverage : null;
      const [patchCovered, patchTotal] = [num(patch?.covered), num(patch?.total)];
      if (patchCovered !== null && patchTotal !== null) {
        facts.push(
          patchTotal === 0 ? "patch coverage: no changed executable line" : `patch coverage ${exactPct(percentAgainst(patchCovered, patchTotal, null) ?? num(patch?.percent) ?? 0)} (${figure(patchCovered)} of ${plural(patchTotal, "changed line")})`
        );
      }
      if (cov === null) return notMeasured(firstError ?? "no coverage report was read");
      const thr = num(d.threshold);
      const shown = gatedPercent(d) ?? cov;
      return { value: limitText(exactPct(shown), thr, "\u2265", thr === null || shown >= thr, "%"), measured: true, facts, criteria };
    }
    case "linting": {
      const n = num(d.issue_count);
      if (num(d.errors) !== null) facts.push(plural(num(d.errors), "error"));
      if (num(d.warnings) !== null) facts.push(plural(num(d.warnings), "warning"));
      if (num(d.fixed_count) !== null) facts.push(`auto-fixed ${figure(num(d.fixed_count))}`);
      const fixable = num(d.fixable_count) ?? num(d.fixable);
      if (fixable !== null) facts.push(`${figure(fixable)} fixable`);
      if (typeof d.tool === "string") facts.push(d.tool);
      if (n === null) return notMeasured(firstError ?? "no lint report was read");
      if (d.component_checked === false) return notMeasured(firstError ?? "the linter checked none of the component's files");
      const max = num(d.max_issues);
      if (!gate.passed && max !== null && n <= max) return { value: `${plural(n, "issue")} in the report, not a pass`, measured: true, facts, criteria };
      return { value: limitText(plural(n, "issue"), max, "\u2264", max === null || n <= max) + suppressedText(d), measured: true, facts, criteria };
    }
    case "type_checking": {
      const n = num(d.error_count);
      if (num(d.warning_count) !== null) facts.push(plural(num(d.warning_count), "warning"));
      if (typeof d.tool === "string") facts.push(d.tool);
      if (n === null) return notMeasured(firstError ?? "no type-checker report was read");
      if (d.component_checked === false) return notMeasured(firstError ?? "the type checker checked no file");
      const max = num(d.max_errors);
      const maxWarnings = num(d.max_warnings);
      const warnings = num(d.warning_count);
      const overWarnings = maxWarnings !== null && warnings !== null && warnings > maxWarnings;
      if (!gate.passed && max !== null && n <= max && !overWarnings) return { value: `${plural(n, "error")} in the report, not a pass`, measured: true, facts, criteria };
      return { value: limitText(plural(n, "error"), max, "\u2264", max === null || n <= max) + suppressedText(d), measured: true, facts, criteria };
    }
    case "security": {
      const part = (k, max, label) => {
        const v = num(d[k]);
        if (v === null) return null;
        const limit = max ? num(d[max]) : null;
        return `${label} ${figure(v)}${limit !== null ? `/${figure(limit)}` : ""}`;
      };
      if (num(d.unknown_severity)) facts.push(`${figure(num(d.unknown_severity))} without a severity`);
      if (num(d.suppressed_count)) facts.push(`${figure(num(d.suppressed_count))} suppressed, not counted`);
      if (Array.isArray(d.tools) && d.tools.length) facts.push(d.tools.filter((t) => typeof t === "string").join(", "));
      const halves = d.halves && typeof d.halves === "object" ? d.halves : null;
      if (halves) {
        const said = [];
        let anyMeasured = false;
        for (const [half, keys] of [
          ["secrets", [["secret_count", "max_secrets", "secrets"]]],
          ["vulnerabilities", [["critical", "max_critical", "critical"], ["high", "max_high", "high"], ["medium", "max_medium", "medium"], ["low", "", "low"]]]
        ]) {
          const state = halves[half] && typeof halves[half] === "object" ? halves[half] : {};
          const counts = keys.map(([k, max, label]) => part(k, max, label)).filter((x) => x !== null);
          if (state.status === "off") said.push(`${half} off by configuration`);
          else if (state.status === "measured") {
            anyMeasured = true;
            said.push(half === "secrets" ? counts.join(" \xB7 ") : `vulnerabilities: ${counts.join(" \xB7 ")}`);
          } else said.push(`${half} not measured${counts.length ? ` (partly read: ${counts.join(" \xB7 ")})` : ""}`);
          const reason = typeof state.reason === "string" ? state.reason : "";
          const told = [...gate.warnings ?? [], firstError ?? ""].some((m) => reason && m.includes(reason));
          if (state.status === "unmeasured" && reason && !told) facts.push(`${half}: ${reason}`);
        }
        return { value: said.join(" \xB7 "), measured: anyMeasured, facts, criteria };
      }
      const parts = [];
      const unmeasured = [];
      for (const [k, max, label] of [
        ["secret_count", "max_secrets", "secrets"],
        ["critical", "max_critical", "critical"],
        ["high", "max_high", "high"],
        ["medium", "max_medium", "medium"],
        ["low", "", "low"]
      ]) {
        const text2 = part(k, max, label);
        if (text2 === null) unmeasured.push(label);
        else parts.push(text2);
      }
      if (parts.length === 0) return notMeasured(firstError ?? "no security report was read");
      return { value: `${parts.join(" \xB7 ")}${unmeasured.length ? ` \xB7 not measured: ${unmeasured.join(", ")}` : ""}`, measured: true, facts, criteria };
    }
    case "instructions_validation": {
      const [files, errs] = [num(d.files), num(d.error_count)];
      if (num(d.warning_count) !== null) facts.push(plural(num(d.warning_count), "warning"));
      if (files === null || errs === null) return notMeasured(firstError ?? "the instruction files were not read");
      return { value: `${plural(errs, "error")} in ${plural(files, "instruction file")}`, measured: true, facts, criteria };
    }
    case "spec_validation": {
      const [reqs, acs, errs] = [num(d.requirements), num(d.acceptance_criteria), num(d.error_count)];
      if (num(d.warning_count) !== null) facts.push(plural(num(d.warning_count), "warning"));
      if (num(d.sections) !== null) facts.push(plural(num(d.sections), "section"));
      if (typeof d.file === "string") facts.push(d.file);
      if (reqs === null || errs === null) return notMeasured(firstError ?? "the spec was not read");
      return { value: `${plural(reqs, "requirement")}, ${plural(acs ?? 0, "acceptance criterion", "acceptance criteria")}, ${plural(errs, "error")}`, measured: true, facts, criteria };
    }
    case "health_check": {
      const [attempts, status, expected] = [num(d.attempts), num(d.last_status), num(d.expected_status)];
      if (typeof d.url === "string") facts.push(d.url);
      if (num(d.elapsed_ms) !== null) facts.push(`in ${fmtDuration(num(d.elapsed_ms))}`);
      if (typeof d.json_field === "string") facts.push(`${d.json_field} = ${scalar(d.observed) ?? "absent"} (expected ${scalar(d.expected_value) ?? "any"})`);
      if (attempts === null) return notMeasured(firstError ?? "the health check did not run");
      const got = status === null ? "no answer" : `status ${figure(status)}`;
      const health = gate.passed ? "healthy" : gate.error_type === "cancelled" ? "health not known (stopped by the cancel)" : "not healthy";
      const field = !gate.passed && gate.error_type !== "cancelled" && typeof d.json_field === "string" && status !== null && (expected === null || status === expected) ? `, but its JSON field ${d.json_field} is ${scalar(d.observed) ?? "absent"} (expected ${scalar(d.expected_value) ?? "a value saying healthy"})` : "";
      return { value: `${health}: ${got}${expected !== null && field === "" ? ` (expected ${figure(expected)})` : ""}${field} after ${plural(attempts, "attempt")}`, measured: true, facts, criteria };
    }
    case "criteria": {
      for (const c of d.criteria) criteria.push(criterionOf(c));
      const met = criteria.filter((c) => c.met).length;
      return { value: `${met} of ${plural(criteria.length, "criterion", "criteria")} met`, measured: true, facts, criteria };
    }
    case "exit": {
      const code = num(d.exit_code);
      return { value: code === null ? "not measured: the command did not exit" : `exit status ${figure(code)} (no report: judged by exit status only)`, measured: code !== null, facts, criteria };
    }
    default:
      return { value: gate.passed ? "passed" : `failed${firstError ? "" : " (no measurement recorded)"}`, measured: false, facts, criteria };
  }
}
var NAMING_KEY = /(^|_)(id|ids|number|pid|port|status|code|year|sha|version)$/i;
function otherFacts(gate, kind) {
  const shown = new Set(SHOWN[kind] ?? []);
  const out = [];
  for (const [k, v] of Object.entries(gate.details ?? {})) {
    if (shown.has(k) || k === "criteria") continue;
    const text2 = (typeof v === "number" && Number.isFinite(v) && !NAMING_KEY.test(k) ? figure(v) : scalar(v)) ?? (Array.isArray(v) && v.length && v.every((x) => scalar(x) !== null) ? `${v.slice(0, 5).map(scalar).join(", ")}${v.length > 5 ? ", \u2026" : ""}` : null);
    if (text2 !== null) out.push(`${k.replace(/_/g, " ")}: ${text2}`);
    if (out.length >= 8) break;
  }
  return out;
}
function whyOf(gate, criteria) {
  const first = gate.errors?.[0] ?? null;
  const unmet = criteria.filter((c) => !c.met).map((c) => c.name);
  return first !== null && unmet.length > 1 ? `${first}; also not met: ${unmet.slice(1).join(", ")}` : first;
}
var CAVEAT = /not measured|not checked|not judged|judged by exit status only|cannot be trusted|weakened by configuration|configuration changed by this change/i;
var STAGE_CAVEAT = new RegExp(`${CAVEAT.source}|nothing was checked|^nothing verified the deployment`, "i");
function caveatSubject(stage, caveat) {
  return /^(linting|type_checking|security|instructions_validation)\b/.exec(caveat)?.[1] ?? stage;
}
function gateView(stage, gate) {
  const kind = kindOf(gate.gate_name, gate.details ?? {});
  const m = measure(gate, kind);
  const warnings = gate.warnings ?? [];
  return {
    stage,
    name: gate.gate_name,
    key: `${stage}.${gate.gate_name}`,
    status: gate.passed ? "passed" : gate.error_type === "cancelled" ? "cancelled" : "failed",
    value: m.value,
    measured: m.measured,
    facts: [...m.facts, ...otherFacts(gate, kind)],
    caveats: warnings.filter((w) => CAVEAT.test(w)),
    criteria: m.criteria,
    why: whyOf(gate, m.criteria),
    errors: gate.errors ?? [],
    warnings,
    duration_ms: num(gate.execution_time_ms) ?? 0,
    findings: gate.findings?.length ?? 0
  };
}
function stageEntries(report) {
  const results = report.stage_results ?? {};
  const keys = [...STAGE_ORDER.filter((k) => results[k]), ...Object.keys(results).filter((k) => !STAGE_ORDER.includes(k))];
  return keys.map((k) => [k, results[k]]);
}
function statusOf(s) {
  const st = s.status ?? (s.success ? "passed" : "failed");
  return st === "passed" ? "passed" : st === "cancelled" ? "cancelled" : "failed";
}
var ID_RE = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+\b/g;
function specView(report, gates, findings) {
  const spec = report.stage_results?.specification;
  const o = spec?.outputs ?? {};
  const items = (v) => Array.isArray(v) ? v.filter((x) => x && typeof x === "object") : [];
  const reqs = items(o.requirements);
  const acs = items(o.acceptance_criteria);
  if (!spec || typeof o.title !== "string" && reqs.length === 0 && acs.length === 0) return null;
  const failingIn = (id) => id ? [...new Set(findings.filter((f) => new RegExp(`\\b${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(f.message)).map((f) => f.gate))] : [];
  const toView = (x) => {
    const id = typeof x.id === "string" && x.id ? x.id : null;
    const text2 = typeof x.text === "string" ? x.text : "";
    return { id, text: text2, links: [...new Set(text2.match(ID_RE) ?? [])].filter((l) => l !== id), failing_in: failingIn(id), checked: typeof x.checked === "boolean" ? x.checked : null };
  };
  const acceptance = acs.map(toView);
  const requirements = reqs.map(toView).map((r) => ({
    ...r,
    // A requirement is traced by the acceptance criteria that cite it.
    links: r.id ? acceptance.filter((a) => a.links.includes(r.id)).map((a) => a.id ?? a.text.slice(0, 40)) : []
  }));
  const verifiedBy = gates.filter((g) => /test_pass_rate$/.test(g.name) && g.measured).map((g) => g.key);
  return {
    title: typeof o.title === "string" ? o.title : null,
    file: typeof spec.quality_gates?.spec_validation?.details?.file === "string" ? spec.quality_gates.spec_validation.details.file : report.spec_file || null,
    requirements,
    acceptance_criteria: acceptance,
    verified_by: verifiedBy
  };
}
function failureInWords(gate) {
  const d = gate.details ?? {};
  const prefix = gate.gate_name.replace(/_?test_(pass_rate|coverage)$/, "").replace(/_/g, " ");
  const named = (what) => prefix && prefix !== gate.gate_name.replace(/_/g, " ") ? `${prefix} ${what}` : what;
  switch (kindOf(gate.gate_name, d)) {
    case "test_pass_rate": {
      const c = testCounts(d);
      const judged = d.judged && typeof d.judged === "object" ? d.judged : null;
      const [jPassed, jExecuted] = [num(judged?.passed), num(judged?.executed)];
      if (jPassed !== null && jExecuted !== null) {
        if (jExecuted > jPassed) return `${jExecuted - jPassed} of ${jExecuted} judged ${named("tests")} failed`;
        break;
      }
      if (c && c.total - c.skipped > 0 && c.failed + c.errors > 0) return `${count(c.failed + c.errors)} of ${count(c.total - c.skipped)} ${named("tests")} failed`;
      break;
    }
    case "test_coverage": {
      const [cov, thr] = [gatedPercent(d) ?? num(d.coverage), num(d.threshold)];
      if (cov !== null && thr !== null && cov < thr) return `${named("coverage")} ${exactPct(cov)} < ${exactPct(thr)}`;
      break;
    }
    case "linting": {
      const [n, max] = [num(d.issue_count), num(d.max_issues)];
      if (n !== null && max !== null && n > max) return `${plural(n, "lint issue")} > ${max} allowed`;
      break;
    }
    case "type_checking": {
      const [n, max] = [num(d.error_count), num(d.max_errors)];
      if (n !== null && max !== null && n > max) return `${plural(n, "type error")} > ${max} allowed`;
      break;
    }
    case "criteria": {
      const unmet = d.criteria.filter((c) => c?.met !== true).map((c) => String(c?.name ?? "criterion"));
      if (unmet.length) return `${unmet.length} criteri${unmet.length === 1 ? "on" : "a"} not met: ${unmet.join(", ")}`;
      break;
    }
  }
  return `${gate.gate_name}: ${gate.errors?.[0] ?? "failed"}`;
}
function rollbackText(rb) {
  if (!rb || typeof rb !== "object") return null;
  if (rb.ran !== true) return `not rolled back: ${scalar(rb.reason) ?? "no rollback ran"}`;
  if (rb.succeeded !== true) return `not rolled back: the rollback command failed${scalar(rb.reason) ? ` (${scalar(rb.reason)})` : ""}`;
  if (rb.healthy_after === false) return "rolled back, but still unhealthy";
  if (rb.health_check_stopped === true) return "rolled back (unverified: the health check after it was stopped by the cancel)";
  if (scalar(rb.unverified)) return `rolled back (unverified: ${scalar(rb.unverified)}; only the rollback command exited 0)`;
  return rb.healthy_after === true ? "rolled back" : "rolled back (unverified: no health check ran after it, only its command exited 0)";
}
function deploymentState(o) {
  if (o.deployed === true && o.outputs_unreadable === true) return "deployed; what the deploy command reported could not be read";
  if (o.deployed === true) return "deployed; the deploy command reported no URL";
  if (o.interrupted === true) return "state unknown: the run was cancelled while the deploy command ran (no rollback ran after it)";
  if (o.killed_at_timeout === true) return "state unknown: the deploy command was killed at its timeout, midway (what it changed is not known)";
  return "not deployed";
}
function attemptNotes(o) {
  const attempts = num(o.attempts);
  if (attempts === null || attempts < 1) return [];
  if (o.deployed === true) return attempts > 1 ? [`deployed on attempt ${figure(attempts)}`] : [];
  return [`${figure(attempts)} deploy attempt${attempts === 1 ? "" : "s"}, none succeeded`];
}
var TARGET_STAGE = { dev: "refactoring", staging: "staging_deployment", production: "production_deployment" };
function headline(report, gates, stages) {
  if (report.cancelled) {
    const where = report.stages_failed?.[0] ?? report.stages_completed?.at(-1);
    return `\u2298 cancelled${where ? ` during ${where}` : ""}`;
  }
  if (report.success) {
    const n = report.stages_completed?.length ?? 0;
    const skipped = report.stages_skipped ?? [];
    const target = TARGET_STAGE[report.target_stage];
    const others = skipped.filter((k) => k !== target);
    const notRun = skipped.includes(target) ? `; ${target} did not run (${report.skip_reasons?.[target] ?? "skipped"})${others.length ? `; also not run: ${others.join(", ")}` : ""}` : skipped.length ? `; not run: ${skipped.join(", ")}` : "";
    const caveated = [
      .../* @__PURE__ */ new Set([...gates.filter((g) => g.status === "passed" && g.caveats.length > 0).map((g) => g.name), ...stages.flatMap((st) => st.caveats.map((c) => caveatSubject(st.key, c)))])
    ];
    const partly = caveated.length ? `; \u26A0 not everything measured: ${caveated.join(", ")}` : "";
    return `\u2713 ${plural(n, "stage")} passed for ${report.target_stage}${notRun}${partly}`;
  }
  const key = report.stages_failed?.[0];
  if (!key) return `\u2717 failed: ${report.errors?.[0] ?? "no stage ran"}`;
  const result = report.stage_results?.[key];
  const gate = causeGate(result);
  if (gate) return `\u2717 ${key} failed: ${failureInWords(gate)}`;
  return `\u2717 ${key} failed: ${result?.errors?.[0] ?? "see the log"}`;
}
function causeGate(result) {
  const failed = Object.values(result?.quality_gates ?? {}).filter((g) => !g.passed);
  if (failed.length === 0) return void 0;
  if (result?.errors?.[0] && failed.every((g) => g.error_type === "report")) return void 0;
  return failed[0];
}
function testSuites(report) {
  const tests = [];
  for (const [key, s] of stageEntries(report)) {
    for (const g of Object.values(s.quality_gates ?? {})) {
      if (kindOf(g.gate_name, g.details ?? {}) !== "test_pass_rate") continue;
      const c = testCounts(g.details ?? {});
      if (c) tests.push({ suite: g.gate_name === "test_pass_rate" ? key : g.gate_name.replace(/_test_pass_rate$/, "_tests"), ...c, flaky: flakyOf(g.details?.flaky)?.count ?? null });
    }
  }
  return tests;
}
function reportView(report) {
  const entries = stageEntries(report);
  const gates = entries.flatMap(([key, s]) => Object.values(s.quality_gates ?? {}).map((g) => gateView(key, g)));
  const stages = entries.map(([key, s]) => ({
    key,
    status: statusOf(s),
    duration_ms: num(s.execution_time_ms),
    retries: num(s.retries) ?? 0,
    note: s.errors?.[0] ?? null,
    errors: s.errors ?? [],
    warnings: s.warnings ?? [],
    caveats: statusOf(s) === "passed" ? (s.warnings ?? []).filter((w) => STAGE_CAVEAT.test(w)) : []
  }));
  for (const key of report.stages_skipped ?? []) {
    stages.push({ key, status: "skipped", duration_ms: null, retries: 0, note: report.skip_reasons?.[key] ?? "not run", errors: [], warnings: [], caveats: [] });
  }
  const tests = testSuites(report);
  let coverage = null;
  for (const [key, s] of entries) {
    for (const g of Object.values(s.quality_gates ?? {})) {
      const kind = kindOf(g.gate_name, g.details ?? {});
      if (kind === "test_coverage" && g.gate_name === "test_coverage" && num(g.details?.coverage) !== null) {
        coverage = { suite: key, percent: gatedPercent(g.details) ?? num(g.details.coverage), reported: num(g.details.coverage), threshold: num(g.details.threshold), lines_covered: num(g.details.lines_covered), lines_total: num(g.details.lines_total) };
      }
    }
  }
  const deployments = entries.filter(([key]) => key.endsWith("_deployment")).map(([key, s]) => {
    const o = s.outputs ?? {};
    const rb = o.rollback;
    return {
      stage: key,
      environment: typeof o.environment === "string" ? o.environment : null,
      url: typeof o.environment_url === "string" && o.environment_url ? o.environment_url : null,
      github_deployment: typeof o.github_deployment === "string" && o.github_deployment ? o.github_deployment : null,
      deployed: typeof o.deployed === "boolean" ? o.deployed : null,
      state: deploymentState(o),
      rollback: rollbackText(rb),
      notes: [
        ...attemptNotes(o),
        ...o.deployed === true && !Object.keys(s.quality_gates ?? {}).some((g) => g === "health_check" || g.endsWith("_test_pass_rate")) ? ["unverified: no health check or tests ran against it"] : [],
        ...o.circuit_breaker !== void 0 && o.circuit_breaker !== null ? [`circuit breaker: ${describeValue(o.circuit_breaker)}`] : []
      ]
    };
  });
  const allFindings = entries.flatMap(([key, s]) => Object.values(s.quality_gates ?? {}).flatMap((g) => (g.findings ?? []).map((f) => ({ f, gate: `${key}.${g.gate_name}` }))));
  const findings = { total: allFindings.length, error: 0, warning: 0, notice: 0 };
  for (const { f } of allFindings) if (f.severity === "error" || f.severity === "warning" || f.severity === "notice") findings[f.severity]++;
  return {
    component: report.component_name,
    target: report.target_stage,
    verdict: report.cancelled ? "cancelled" : report.success ? "passed" : "failed",
    headline: headline(report, gates, stages),
    qualified: !!report.success && !report.cancelled && (gates.some((g) => g.status === "passed" && g.caveats.length > 0) || stages.some((st) => st.caveats.length > 0) || (report.stages_skipped ?? []).includes(TARGET_STAGE[report.target_stage])),
    duration_ms: num(report.total_execution_time_ms) ?? 0,
    stages,
    gates,
    tests,
    coverage,
    deployments,
    spec: specView(report, gates, allFindings.map(({ f, gate }) => ({ gate, message: `${f.message ?? ""} ${f.rule ?? ""}` }))),
    errors: report.errors ?? [],
    findings,
    insights: insightsView(report)
  };
}
var INSIGHT_ITEMS = 50;
var text = (v, max = 300) => {
  if (typeof v !== "string") return null;
  const t = v.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD").trim();
  if (t === "") return null;
  return clipChars(t, max);
};
var objects = (v) => Array.isArray(v) ? v.filter((x) => !!x && typeof x === "object" && !Array.isArray(x)) : [];
var shortSha = (v) => {
  const t = text(v, 64);
  return t ? t.slice(0, 7) : null;
};
function runWords(r) {
  if (!r || typeof r !== "object") return null;
  const o = r;
  const id = text(o.run_id, 80);
  if (!id) return null;
  const more = [shortSha(o.sha), text(o.at, 40)].filter((x) => x !== null);
  return `run ${id}${more.length ? ` (${more.join(", ")})` : ""}`;
}
function shownTestId(id) {
  const half = (id.length - 2) / 2;
  return half > 0 && Number.isInteger(half) && id.startsWith("::", half) && id.slice(0, half) === id.slice(half + 2) ? id.slice(0, half) : id;
}
function list(title, entries, count2, item) {
  const items = entries.map(item).filter((x) => x !== null).slice(0, INSIGHT_ITEMS).map((x) => ({ ...x, id: shownTestId(x.id) }));
  const n = num(count2);
  const total = n !== null && n >= items.length ? n : items.length;
  return total > 0 ? { title, items, count: total } : null;
}
function insightsView(report) {
  const raw = report.test_insights;
  const ti = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : null;
  const gate = report.stage_results?.testing?.quality_gates?.test_pass_rate;
  const d = gate?.details ?? {};
  const lists = [];
  const notes = [];
  let basis = null;
  const base = ti?.base && typeof ti.base === "object" ? ti.base : null;
  const branch = text(base?.branch, 100);
  if (ti) {
    const runs = num(ti.history_runs);
    const tracked = num(ti.tracked_tests);
    const from = [runs !== null ? plural(runs, "run") : null, tracked !== null ? plural(tracked, "tracked test") : null].filter(Boolean).join(", ");
    basis = branch ? `compared with ${branch}'s ${runWords(base) ?? "latest run"}${from ? `; history: ${from}` : ""}` : `no run of the base branch in the history to compare with${from ? `; history: ${from}` : ""}`;
    const failure = (e) => {
      const id = text(e.id);
      return id ? { id, note: text(e.message) ?? text(e.file, 200) ?? "" } : null;
    };
    const fresh = list(branch ? `New failures (passing on ${branch} or new)` : "New failures", objects(ti.new_failures), ti.new_failures_count, failure);
    if (fresh) lists.push(fresh);
    const known = list(branch ? `Already failing on ${branch}` : "Already failing on the base branch", objects(ti.known_failures), ti.known_failures_count, (e) => {
      const f = failure(e);
      if (!f) return null;
      const since = runWords(e.failing_since);
      return { id: f.id, note: [since ? `failing since ${since}` : null, f.note || null].filter(Boolean).join(" \xB7 ") };
    });
    if (known) lists.push(known);
    const flaky = list("Flaky", objects(ti.flaky), ti.flaky_count, (e) => {
      const id = text(e.id);
      if (!id) return null;
      const rate = num(e.flip_rate);
      const [runsOf, flips] = [num(e.runs), num(e.flips)];
      const last = objects(e.last_seen).slice(0, 3).map((r) => {
        const w = runWords(r);
        const outcome = text(r.outcome, 20);
        return w ? `${outcome ? `${outcome} in ` : ""}${w}` : null;
      }).filter((x) => x !== null);
      const parts = [
        rate !== null && rate >= 0 && rate <= 1 ? `flip rate ${pct(Math.round(rate * 1e3) / 10)}${runsOf !== null ? ` over ${plural(runsOf, "run")}` : ""}${flips !== null ? ` (${plural(flips, "flip")})` : ""}` : null,
        e.same_sha === true ? "failed and passed on the same commit" : null,
        last.length ? `last seen: ${last.join("; ")}` : null
      ];
      return { id, note: parts.filter(Boolean).join(" \xB7 ") };
    });
    if (flaky) lists.push(flaky);
    const trunc = text(ti.truncated, 500);
    if (trunc) notes.push(trunc);
    for (const w of Array.isArray(ti.warnings) ? ti.warnings : []) {
      const t = text(w, 500);
      if (t && notes.length < 10) notes.push(t);
    }
  }
  const quarantined = list("Quarantined", objects(d.quarantined), d.quarantined_count, (e) => {
    const id = text(e.id);
    if (!id) return null;
    const outcome = text(e.outcome, 20);
    const reason = text(e.reason);
    const expires = text(e.expires, 20);
    return { id, note: [outcome ? `${outcome}${e.flaky === true ? " (flaky)" : ""}` : null, reason ? `reason: ${reason}` : null, expires ? `expires ${expires}` : null].filter(Boolean).join(" \xB7 ") };
  });
  const excused = num(d.quarantined_failures);
  if (quarantined) {
    if (excused !== null) quarantined.detail = `${plural(excused, "failure")} excused`;
    lists.push(quarantined);
  }
  const expired = objects(d.expired_quarantine).map((e) => {
    const pattern = text(e.pattern);
    if (!pattern) return null;
    const [reason, expires] = [text(e.reason), text(e.expires, 20)];
    return `${pattern}${expires ? ` expired on ${expires}` : " expired"}${reason ? ` (reason: ${reason})` : ""}`;
  }).filter((x) => x !== null);
  if (ti) {
    const slow = list("Slowest tests", objects(ti.slowest), void 0, (e) => {
      const id = text(e.id);
      const ms = num(e.duration_ms);
      if (!id || ms === null) return null;
      const median = num(e.median_ms);
      const trend = text(e.trend, 20);
      const words = trend === "new" ? "new" : trend === "steady" ? `steady${median !== null ? ` (median ${fmtDuration(median)})` : ""}` : trend ? `${trend}${median !== null ? ` than its median ${fmtDuration(median)}` : ""}` : median !== null ? `median ${fmtDuration(median)}` : null;
      return { id, note: `${fmtDuration(ms)}${words ? ` \xB7 ${words}` : ""}` };
    });
    if (slow) lists.push(slow);
  }
  if (!ti && lists.length === 0 && expired.length === 0) return null;
  return { basis, lists, expired, notes };
}
function insightLines(insights, perList = 5) {
  const out = [];
  if (insights.basis) out.push(`Test history: ${insights.basis}`);
  for (const l of insights.lists) {
    const shown = l.items.slice(0, perList).map((i) => `${i.id}${i.note ? ` \u2014 ${i.note}` : ""}`);
    out.push(`${l.title} (${count(l.count)}${l.detail ? `; ${l.detail}` : ""}): ${shown.join("; ")}${l.count > shown.length ? `; \u2026 ${count(l.count - shown.length)} more` : ""}`);
  }
  for (const e of insights.expired) out.push(`Expired quarantine entry: ${e}`);
  return out;
}
function gateMark(g) {
  if (g.status === "passed" && g.caveats.length) return "\u26A0";
  return mark(g.status);
}
function gateLogLine(g) {
  const why = g.status === "passed" ? "" : g.why && g.why !== g.value.replace(/^not measured: /, "") ? ` \u2014 ${g.why}` : "";
  const caveat = g.caveats.length ? ` \u2014 ${g.caveats.join("; ")}` : "";
  return `${gateMark(g)} gate ${g.name} (${Math.round(g.duration_ms)} ms): ${g.value}${why}${caveat}`;
}
function inertMarkup(text2) {
  return text2.replace(/&/g, "&amp;").replace(/#(?=\d)/g, "#&#8203;").replace(/\bGH-(?=\d)/gi, (m) => `${m}&#8203;`).replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/`/g, "&#96;").replace(/@/g, "@&#8203;").replace(/\r\n?|\n/g, " ").replace(UNSHOWABLE_IN_MARKUP, "\uFFFD");
}
var UNSHOWABLE_IN_MARKUP = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeMarkdown(text2) {
  return inertMarkup(text2.replace(/([\\*_[\]~])/g, "\\$1"));
}

export {
  testCountsLine,
  grouped,
  count,
  figure,
  pct,
  clipText,
  percentAgainst,
  exactPct,
  fmtDuration,
  mark,
  gatedPercent,
  gatedCounts,
  gateView,
  causeGate,
  testSuites,
  reportView,
  insightLines,
  gateMark,
  gateLogLine,
  inertMarkup,
  escapeMarkdown
};
