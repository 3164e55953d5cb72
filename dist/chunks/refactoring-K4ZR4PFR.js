import {
  validateInstructions
} from "./chunk-LI566WBR.js";
import {
  changeLinesOf,
  componentCoverageScope
} from "./chunk-W7GZBQVP.js";
import {
  ReportSnapshot,
  commandFor,
  readFreshReport,
  reportPathFor
} from "./chunk-R4WM47HZ.js";
import {
  onChangedLines
} from "./chunk-EHBLILDY.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-27QPBA24.js";
import "./chunk-LVE5LOEJ.js";
import {
  MAX_NAMED,
  TrackedFiles,
  filesNotChecked,
  hasSecretAllows,
  lineSuppressionsIn,
  notCheckedWarning,
  optOutApplies,
  optOutFamily,
  optOutWarning,
  optOutsIn,
  readHead,
  secretAllowWarning,
  secretAllowsIn,
  silencingFamily
} from "./chunk-TDJYSOY6.js";
import {
  COPY_SCRATCH,
  classifyCommand,
  commitAndPush,
  currentBranch,
  headCommit,
  lastLines,
  makeFixCopy,
  outputGist,
  remoteTip,
  resetTo,
  runStep,
  trackedChanges,
  workspaceDiff
} from "./chunk-QDEQBNGY.js";
import "./chunk-2R5D4IJT.js";
import {
  gateResult
} from "./chunk-HU5KFTCI.js";
import "./chunk-I6DMVYMR.js";
import {
  isUnder
} from "./chunk-ZLMVAJEV.js";
import "./chunk-JAHX4E5E.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-KEV4FWKC.js";
import "./chunk-4LSZ7FBK.js";
import {
  NotARegularFileError,
  openRegularFile,
  readRegularFile,
  readTextFile,
  reportText
} from "./chunk-HYULKLIY.js";
import "./chunk-S5VWDAK6.js";
import {
  FindingsCollector,
  MAX_MESSAGE_CHARS,
  cleanLine,
  cleanMessage,
  emptyReport
} from "./chunk-IA6DIEBA.js";
import "./chunk-4CLWEP5D.js";
import {
  JsonReader,
  index,
  member,
  own,
  parseJsonText
} from "./chunk-ETVTLQDI.js";
import {
  ReportError
} from "./chunk-6G4JLRTB.js";
import "./chunk-Q3SWUYYB.js";
import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";

// src/engine/stages/refactoring.ts
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join as join4, relative, sep } from "node:path";

// src/gates/tools.ts
var SECRET_TOOLS = /* @__PURE__ */ new Set(["secretlint", "detect-secrets", "gitleaks"]);
function judgeLinting(report, limits, fix) {
  const issueCount2 = report.counts.error + report.counts.warning;
  const details = {
    issue_count: issueCount2,
    errors: report.counts.error,
    warnings: report.counts.warning,
    fixed_count: fix.fixed_count,
    fixable_count: fix.fixable_count,
    max_issues: limits.max_issues,
    tool: report.tool,
    ...report.fixable !== void 0 ? { fixable: report.fixable } : {}
  };
  const ok = issueCount2 <= limits.max_issues;
  return {
    passed: ok,
    details,
    errors: ok ? [] : [`${issueCount2} lint issue(s) (${report.counts.error} ${report.counts.error === 1 ? "error" : "errors"}, ${report.counts.warning} ${report.counts.warning === 1 ? "warning" : "warnings"}), more than the ${limits.max_issues} allowed`],
    warnings: [],
    findings: report.findings
  };
}
function judgeTypeChecking(report, limits) {
  const errorCount = report.counts.error;
  const warningCount = report.counts.warning;
  const details = {
    error_count: errorCount,
    warning_count: warningCount,
    max_errors: limits.max_errors,
    max_warnings: limits.max_warnings,
    tool: report.tool
  };
  const errors = [];
  if (errorCount > limits.max_errors) errors.push(`${errorCount} type error(s), more than the ${limits.max_errors} allowed`);
  if (limits.max_warnings !== null && warningCount > limits.max_warnings)
    errors.push(`${warningCount} type warning(s), more than the ${limits.max_warnings} allowed`);
  return { passed: errors.length === 0, details, errors, warnings: [], findings: report.findings };
}
function noteTypeErrorsOutside(j, report, source) {
  const root = source.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
  if (root === "." || root === "" || /[*?[{]/.test(root)) return;
  const outside = report.findings.filter((f) => f.severity === "error" && f.file !== root && !f.file.startsWith(`${root}/`)).length;
  if (outside === 0) return;
  j.details.errors_outside_component = outside;
  const some = report.findings_truncated ? "at least " : "";
  j.warnings.push(
    `${some}${outside} of the ${report.counts.error} type error(s) are in files outside the component's source path ${root} (other parts of the repository): the type checker checks the whole project and the gate counts them all; to judge only this component, give stages.refactoring.type_checking.command a configuration of its own (tsc -p ${root}/tsconfig.json, mypy ${root})`
  );
}
function noteOutsideChangedLines(j, gate, whole, judged) {
  const counted = (r) => gate === "linting" ? r.counts.error + r.counts.warning : r.counts.error;
  const outside = counted(whole) - counted(judged);
  j.details.outside_changed_lines = Math.max(0, outside);
  if (outside <= 0) return;
  const kept = new Set(judged.findings);
  const named = whole.findings.filter((f) => !kept.has(f) && (f.severity === "error" || gate === "linting" && f.severity === "warning")).slice(0, 5).map((f) => `${f.file}${f.line === void 0 ? "" : `:${f.line}`}${f.rule ? ` ${f.rule}` : ""} ${f.message.replace(/\s+/g, " ").slice(0, 120)}`.trim());
  const unit = gate === "linting" ? "lint issue" : "type error";
  j.warnings.push(
    `only-changed: ${outside} ${unit}${outside === 1 ? "" : "s"} outside the lines this change touches, not judged: ${named.join("; ")}${outside > named.length ? `; and ${outside - named.length} more` : ""}; the change can cause such ${unit}s on lines it does not touch (a renamed export's callers), so look at them before trusting this pass`
  );
}
function noteSecurityOutsideChangedLines(j, whole, judged, limits) {
  let secrets = 0;
  let vulnerabilities = 0;
  const named = [];
  whole.forEach((report, i) => {
    const kept = judged[i];
    if (!kept) return;
    const keptSet = new Set(kept.findings);
    const off = report.findings.filter((f) => !keptSet.has(f));
    if (halfOfReport(report) === "secrets") {
      if (limits.secrets === false) return;
      secrets += report.counts.error + report.counts.warning + report.counts.notice - (kept.counts.error + kept.counts.warning + kept.counts.notice);
    } else {
      if (limits.vulnerabilities === false) return;
      const all = report.vulnerabilities ?? countBySeverity(report);
      const on = kept.vulnerabilities ?? countBySeverity(kept);
      if (!all || !on) return;
      for (const level of SEVERITIES) vulnerabilities += all[level] - on[level];
    }
    for (const f of off.slice(0, 5 - named.length)) named.push(`${f.file}${f.line === void 0 ? "" : `:${f.line}`}${f.rule ? ` ${f.rule}` : ""}`);
  });
  if (secrets <= 0 && vulnerabilities <= 0) return;
  j.details.outside_changed_lines = { secrets: Math.max(0, secrets), vulnerabilities: Math.max(0, vulnerabilities) };
  const parts = [secrets > 0 ? `${secrets} secret${secrets === 1 ? "" : "s"}` : "", vulnerabilities > 0 ? `${vulnerabilities} vulnerabilit${vulnerabilities === 1 ? "y" : "ies"}` : ""].filter(Boolean);
  j.warnings.push(
    `only-changed: ${parts.join(" and ")} outside the lines this change touches, not judged${named.length ? `: ${named.join("; ")}` : ""} \u2014 still in the repository (a secret committed before is leaked all the same; an advisory published since concerns the code as it ships)`
  );
}
function uncheckedComponent(report, what, sources) {
  const files = report.checked_files;
  if (files === void 0) {
    return report.checked_count === 0 ? `${report.tool} checked no file (its report says it checked 0): nothing was ${what}` : null;
  }
  if (files.length === 0) return `${report.tool} checked no file (its report lists none): nothing was ${what}`;
  if (!sources || sources.length === 0) return null;
  if (files.some((file) => sources.some((source) => isUnder(file, source)))) return null;
  const shown = files.slice(0, 3).join(", ") + (files.length > 3 ? ", \u2026" : "");
  return `none of the ${files.length} file(s) ${report.tool} checked (${shown}) is in the component's source path${sources.length === 1 ? "" : "s"} ${sources.join(", ")}: the component's code was not ${what}`;
}
var SEVERITIES = ["critical", "high", "medium", "low"];
var SECURITY_HALVES = ["secrets", "vulnerabilities"];
var FORMAT_HALVES = /* @__PURE__ */ new Map([
  ["secretlint-json", "secrets"],
  ["detect-secrets-json", "secrets"],
  ["gitleaks-json", "secrets"],
  ["gitleaks-sarif", "secrets"],
  ["npm-audit-json", "vulnerabilities"],
  ["npm-audit", "vulnerabilities"],
  ["pip-audit-json", "vulnerabilities"],
  ["osv-scanner-json", "vulnerabilities"],
  ["osv", "vulnerabilities"],
  ["bandit-json", "vulnerabilities"]
]);
function halfOfFormat(format) {
  return format === void 0 ? null : FORMAT_HALVES.get(format) ?? null;
}
function halfOfReport(report) {
  return report.kind === "secrets" || SECRET_TOOLS.has(report.tool) ? "secrets" : "vulnerabilities";
}
var NO_REPORT = {
  secrets: "no secret scan report was read",
  vulnerabilities: "no vulnerability report was read"
};
function halfVerdict(half, state, target) {
  const key = `quality_gates.security.${half}`;
  if (state.status === "off") {
    return { errors: [], warnings: [`${half} off by configuration (${key}: false): not checked${state.reason ? `; ${state.reason}` : ""}`] };
  }
  if (state.status === "measured") return { errors: [], warnings: [] };
  const why = state.reason ?? NO_REPORT[half];
  if (target === "dev") {
    return {
      errors: [],
      warnings: [`${half} not measured: ${why}. A warning at target dev only: at staging and production this fails the gate (set ${key}: false to turn the half off explicitly)`]
    };
  }
  return {
    errors: [`${half} not measured: ${why}. At target ${target} every enabled half of the security gate must be measured: make it run here, or set ${key}: false to turn the half off explicitly`],
    warnings: []
  };
}
function judgeSecurity(reports, limits, run) {
  const errors = [];
  const warnings = [];
  const on = { secrets: limits.secrets !== false, vulnerabilities: limits.vulnerabilities !== false };
  const tools = { secrets: [], vulnerabilities: [] };
  const ignored = { secrets: [], vulnerabilities: [] };
  const judged = [];
  let secretCount = null;
  let severities = null;
  let ungraded = 0;
  let informational = 0;
  const auditedNothing = [];
  let auditedSomething = false;
  for (const report of reports) {
    const total = report.counts.error + report.counts.warning + report.counts.notice;
    if (halfOfReport(report) === "secrets") {
      if (!on.secrets) {
        ignored.secrets.push(report.tool);
        continue;
      }
      secretCount = (secretCount ?? 0) + total;
      tools.secrets.push(report.tool);
      judged.push(report);
      continue;
    }
    if (report.tool === "unknown") {
      errors.push("a security report is empty and its format cannot be detected from it: name it, e.g. report: { path: \u2026, format: secretlint-json }");
      continue;
    }
    const counts = report.vulnerabilities ?? countBySeverity(report);
    if (!counts) {
      errors.push(`${report.tool} reports no secrets and no severities: this version cannot judge it as a security report`);
      continue;
    }
    if (!on.vulnerabilities) {
      ignored.vulnerabilities.push(report.tool);
      continue;
    }
    if (!report.vulnerabilities && report.findings_truncated) {
      warnings.push(`${report.tool}: severities counted from the ${report.findings.length} findings kept of ${total}`);
    }
    severities ??= { critical: 0, high: 0, medium: 0, low: 0 };
    for (const level of SEVERITIES) severities[level] += counts[level];
    if (report.kind === "vulnerabilities") ungraded += Math.max(0, total - SEVERITIES.reduce((n, level) => n + counts[level], 0) - (report.informational ?? 0));
    informational += report.informational ?? 0;
    tools.vulnerabilities.push(report.tool);
    judged.push(report);
    if (report.audited === 0) auditedNothing.push(report.tool);
    else auditedSomething = true;
  }
  const measured = { secrets: secretCount !== null, vulnerabilities: severities !== null };
  const halves = {};
  for (const half of SECURITY_HALVES) {
    if (!on[half]) {
      const left = [...(run.skipped ?? []).filter((s) => s.half === half).map((s) => `${s.where} not read`), ...ignored[half].map((t) => `the ${t} report not judged`)];
      halves[half] = { status: "off", ...left.length ? { reason: left.join(", ") } : {}, tools: [] };
      continue;
    }
    const unread = (run.unread ?? []).filter((u) => u.half === half);
    const unchecked = (run.unchecked ?? []).filter((u) => u.half === half);
    if (unread.length > 0 || unchecked.length > 0) {
      const reasons = [...unread.map((u) => `${u.where} could not be read (${u.problem})`), ...unchecked.map((u) => u.problem)];
      halves[half] = { status: "unmeasured", reason: reasons.join("; "), tools: tools[half] };
    } else if (!measured[half]) {
      halves[half] = { status: "unmeasured", reason: NO_REPORT[half], tools: [] };
    } else if (half === "vulnerabilities" && !auditedSomething) {
      halves[half] = {
        status: "unmeasured",
        reason: `${[...new Set(auditedNothing)].join(" and ")} audited no package (no lock file or manifest found, or an empty environment): nothing was checked`,
        tools: tools[half]
      };
    } else halves[half] = { status: "measured", tools: tools[half] };
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
    tools: reports.map((r) => r.tool),
    halves
  };
  if (secretCount !== null && secretCount > limits.max_secrets) errors.push(`${secretCount} secret(s) found, more than the ${limits.max_secrets} allowed`);
  if (severities !== null) {
    const max = { critical: limits.max_critical, high: limits.max_high, medium: limits.max_medium };
    for (const level of ["critical", "high", "medium"]) {
      if (severities[level] > max[level]) errors.push(`${severities[level]} ${level} vulnerabilit${severities[level] === 1 ? "y" : "ies"}, more than the ${max[level]} allowed`);
    }
    if (ungraded > max.high) {
      errors.push(`${ungraded} vulnerabilit${ungraded === 1 ? "y" : "ies"} with no severity in the advisory, more than the ${max.high} allowed (held to max_high: an unknown severity is not assumed low)`);
    }
    if (informational > 0) {
      warnings.push(`${informational} vulnerabilit${informational === 1 ? "y" : "ies"} rated info (below low) by the advisory: under every limit, as npm audit's default audit level (low) does not fail on them either`);
    }
  }
  for (const half of SECURITY_HALVES) {
    const v = halfVerdict(half, halves[half], run.target);
    errors.push(...v.errors);
    warnings.push(...v.warnings);
  }
  if (errors.length === 0 && SECURITY_HALVES.every((h) => halves[h].status !== "measured")) {
    errors.push(
      SECURITY_HALVES.every((h) => halves[h].status === "off") ? "both halves of the security gate are off by configuration: nothing was checked (set stages.refactoring.security.enabled: false to skip the step on purpose)" : "the security gate measured nothing: no half of it was measured"
    );
  }
  return { passed: errors.length === 0, details, errors, warnings, findings: judged.flatMap((r) => r.findings) };
}
function countBySeverity(report) {
  const graded = report.findings.filter((f) => f.security_severity);
  if (graded.length === 0) return null;
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of graded) counts[f.security_severity]++;
  return counts;
}
var MAX_SUPPRESSED_LISTED = 50;
function noteSuppressed(j, reports) {
  const count = reports.reduce((n, r) => n + (r.suppressed?.count ?? 0), 0);
  if (count === 0) return;
  const kept = reports.flatMap((r) => (r.suppressed?.kept ?? []).map((s) => ({ tool: r.tool, ...s })));
  const place = (s) => `${s.file}${s.line !== void 0 ? `:${s.line}` : ""}${s.rule ? ` ${s.rule}` : ""}${s.justification ? ` (${s.justification})` : ""}`;
  j.details.suppressed_count = count;
  j.details.suppressed = kept.slice(0, MAX_SUPPRESSED_LISTED).map(place);
  const tools = [...new Set(kept.map((s) => s.tool))].join(", ");
  const shown = kept.slice(0, 5).map(place).join(", ") + (count > 5 ? `, \u2026 (${count} in all)` : "");
  const byTool = reports.some((r) => r.suppressed && r.tool === "osv-scanner");
  const bySource = reports.some((r) => r.suppressed && r.tool !== "osv-scanner");
  const how = [
    bySource ? "suppressed by comments in the source (eslint-disable, SARIF suppressions)" : "",
    byTool ? "left out of osv-scanner's own counts (vulnerabilities its analysis finds uncalled or unimportant)" : ""
  ].filter(Boolean).join(" or ");
  j.warnings.push(`${count} problem(s) ${tools || "the tool"} found are ${how} and not counted: ${shown}`);
}

// src/reports/findings/bandit.ts
var BANDIT_FORMAT = "bandit-json";
var SEVERITIES2 = /* @__PURE__ */ new Map([
  ["HIGH", { severity: "error", security: "high" }],
  ["MEDIUM", { severity: "warning", security: "medium" }],
  ["LOW", { severity: "notice", security: "low" }],
  ["UNDEFINED", { severity: "notice" }]
]);
var QUOTES_SECRET = /* @__PURE__ */ new Set(["B105", "B106", "B107"]);
function banditFromJson(data, options) {
  const r = new JsonReader(options.file, BANDIT_FORMAT);
  const out = new FindingsCollector("bandit", options);
  const root = r.object(data, "$");
  const listPath = member("$", "results");
  const counted = /* @__PURE__ */ new Map();
  r.array(own(root, "results"), listPath).forEach((item, i) => {
    const at = index(listPath, i);
    const result = r.object(item, at);
    const level = r.string(result, "issue_severity", at).toUpperCase();
    const grade = SEVERITIES2.get(level);
    if (!grade) r.fail(member(at, "issue_severity"), "unknown severity (expected HIGH, MEDIUM, LOW or UNDEFINED)");
    counted.set(level, (counted.get(level) ?? 0) + 1);
    const test = r.optionalString(result, "test_id", at);
    const line = r.optionalInteger(result, "line_number", at);
    const column = r.optionalInteger(result, "col_offset", at);
    const confidence = r.optionalString(result, "issue_confidence", at);
    const cweObject = r.optionalObject(result, "issue_cwe", at);
    const cwe = cweObject && r.optionalInteger(cweObject, "id", member(at, "issue_cwe"));
    const text3 = test !== void 0 && QUOTES_SECRET.has(test) ? "Possible hardcoded password (value not shown)" : r.string(result, "issue_text", at);
    const notes = [confidence ? `confidence: ${confidence.toLowerCase()}` : void 0, cwe ? `CWE-${cwe}` : void 0].filter(Boolean);
    out.add({
      rule: test,
      severity: grade.severity,
      file: r.string(result, "filename", at),
      line,
      end_line: lastLine(r.optionalInteger(result, "end_line_number", at), own(result, "line_range"), line),
      column: column === void 0 ? void 0 : column + 1,
      message: notes.length > 0 ? `${text3} (${notes.join(", ")})` : text3,
      security_severity: grade.security
    });
  });
  const errorsPath = member("$", "errors");
  const errors = own(root, "errors");
  if (errors !== void 0 && errors !== null) {
    r.array(errors, errorsPath).forEach((item, i) => {
      const at = index(errorsPath, i);
      const error = r.object(item, at);
      out.add({
        rule: "bandit-skipped-file",
        severity: "warning",
        file: r.string(error, "filename", at),
        message: `bandit could not scan this file: ${r.optionalString(error, "reason", at) ?? "no reason given"}`
      });
    });
  }
  const metrics = r.optionalObject(root, "metrics", "$");
  if (metrics) {
    for (const file of Object.keys(metrics)) if (file !== "_totals") out.checked(file);
  }
  const totals = metrics && r.optionalObject(metrics, "_totals", member("$", "metrics"));
  if (totals) {
    const totalsPath = member(member("$", "metrics"), "_totals");
    for (const level of SEVERITIES2.keys()) {
      const key = `SEVERITY.${level}`;
      const stated = own(totals, key);
      if (stated === void 0 || stated === null) continue;
      if (typeof stated !== "number" || !Number.isFinite(stated)) r.fail(member(totalsPath, key), "expected a number");
      const listed = counted.get(level) ?? 0;
      if (listed > stated) r.fail(member(totalsPath, key), `says ${stated} but the results hold ${listed}`);
    }
  }
  return out.report(BANDIT_FORMAT, { kind: "problems", vulnerabilities: "always", listsFiles: metrics !== void 0 });
}
function lastLine(end, range, line) {
  if (end !== void 0) return end;
  if (!Array.isArray(range) || range.length === 0) return void 0;
  const last = range[range.length - 1];
  return typeof last === "number" && Number.isSafeInteger(last) && (line === void 0 || last >= line) ? last : void 0;
}

// src/reports/findings/detect-secrets.ts
var DETECT_SECRETS_FORMAT = "detect-secrets-json";
function detectSecretsFromJson(data, options) {
  const r = new JsonReader(options.file, DETECT_SECRETS_FORMAT);
  const out = new FindingsCollector("detect-secrets", options);
  const root = r.object(data, "$");
  const resultsPath = member("$", "results");
  const results = r.object(own(root, "results"), resultsPath);
  for (const file of Object.keys(results)) {
    const filePath = member(resultsPath, file);
    r.array(own(results, file), filePath).forEach((entry, i) => {
      const at = index(filePath, i);
      const secret = r.object(entry, at);
      const type = r.string(secret, "type", at);
      const line = r.optionalInteger(secret, "line_number", at);
      const verdict = own(secret, "is_secret");
      if (verdict !== void 0 && verdict !== null && typeof verdict !== "boolean") {
        r.fail(member(at, "is_secret"), "expected true, false or null");
      }
      if (verdict === false) return;
      out.add({ rule: type, severity: "error", file, line, message: `Potential secret: ${type} (value not shown)` });
    });
  }
  return out.report(DETECT_SECRETS_FORMAT, { kind: "secrets" });
}

// src/reports/findings/eslint.ts
var ESLINT_FORMAT = "eslint-json";
function eslintFromJson(data, options) {
  const r = new JsonReader(options.file, ESLINT_FORMAT);
  const out = new FindingsCollector("eslint", options);
  let fixable = 0;
  r.array(data, "$").forEach((item, i) => {
    const path = index("$", i);
    const result = r.object(item, path);
    const filePath = r.string(result, "filePath", path);
    out.checked(filePath);
    const messagesPath = member(path, "messages");
    let errors = 0;
    let warnings = 0;
    r.array(own(result, "messages"), messagesPath).forEach((entry, j) => {
      const at = index(messagesPath, j);
      const message = r.object(entry, at);
      const severity = r.integer(message, "severity", at);
      if (severity !== 1 && severity !== 2) r.fail(member(at, "severity"), `expected 1 (warning) or 2 (error), found ${severity}`);
      if (severity === 2) errors++;
      else warnings++;
      out.add({
        rule: r.optionalString(message, "ruleId", at),
        severity: severity === 2 ? "error" : "warning",
        file: filePath,
        line: r.optionalInteger(message, "line", at),
        end_line: r.optionalInteger(message, "endLine", at),
        column: r.optionalInteger(message, "column", at),
        message: r.string(message, "message", at)
      });
    });
    const suppressedPath = member(path, "suppressedMessages");
    const suppressed = own(result, "suppressedMessages");
    if (suppressed !== void 0 && suppressed !== null) {
      r.array(suppressed, suppressedPath).forEach((entry, j) => {
        const at = index(suppressedPath, j);
        const message = r.object(entry, at);
        const reasons = own(message, "suppressions");
        const justification = Array.isArray(reasons) ? reasons.map((s) => s !== null && typeof s === "object" && typeof s.justification === "string" ? s.justification : "").find((t) => t.trim()) : void 0;
        out.suppressed({ file: filePath, line: r.optionalInteger(message, "line", at), rule: r.optionalString(message, "ruleId", at), justification });
      });
    }
    checkCount(r, result, "errorCount", errors, path);
    checkCount(r, result, "warningCount", warnings, path);
    fixable += (r.optionalInteger(result, "fixableErrorCount", path) ?? 0) + (r.optionalInteger(result, "fixableWarningCount", path) ?? 0);
  });
  return out.report(ESLINT_FORMAT, { fixable, listsFiles: true });
}
function checkCount(r, result, key, counted, path) {
  const stated = r.optionalInteger(result, key, path);
  if (stated !== void 0 && stated !== counted) {
    r.fail(member(path, key), `says ${stated} but the file's messages hold ${counted}`);
  }
}

// src/reports/findings/sarif.ts
var SARIF_FORMAT = "sarif";
var LEVELS = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["note", "notice"],
  ["none", "notice"]
]);
var SECRET_SCANNERS = /* @__PURE__ */ new Set([
  "gitleaks",
  "secretlint",
  "trufflehog",
  "detect-secrets",
  "ggshield",
  "noseyparker",
  "nosey parker",
  "kingfisher",
  "betterleaks"
]);
var MAX_BASE_DEPTH = 8;
function cvssLevel(score) {
  if (!Number.isFinite(score) || score <= 0) return void 0;
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  return "low";
}
function sarifFromJson(data, options) {
  const r = new JsonReader(options.file, SARIF_FORMAT);
  const out = new FindingsCollector("sarif", options);
  const root = r.object(data, "$");
  const version = own(root, "version");
  if (version !== "2.1.0") {
    r.fail("$.version", typeof version === "string" ? `SARIF ${cleanLine(version, 40)} is not read; only 2.1.0 is` : 'expected "2.1.0"');
  }
  const names = /* @__PURE__ */ new Set();
  let secretRuns = 0;
  const runs = r.array(own(root, "runs"), "$.runs");
  if (runs.length === 0) r.fail("$.runs", "the log holds no run: no tool wrote results into it, so it shows nothing was checked");
  runs.forEach((item, i) => {
    const run = new Run(r, r.object(item, index("$.runs", i)), index("$.runs", i));
    names.add(run.tool);
    if (run.secrets) secretRuns++;
    run.readResults(out);
    run.readNotifications(out);
  });
  const tool = names.size === 1 ? [...names][0] : "sarif";
  if (runs.length > 0 && secretRuns === runs.length) return out.report(SARIF_FORMAT, { kind: "secrets" }, tool);
  const graded = Object.values(out.vulnerabilityCounts).some((n) => n > 0);
  return out.report(SARIF_FORMAT, graded ? { kind: "vulnerabilities", vulnerabilities: "always" } : {}, tool);
}
var Run = class {
  constructor(r, run, path) {
    this.r = r;
    this.run = run;
    this.path = path;
    const toolPath = member(path, "tool");
    const tool = r.object(own(run, "tool"), toolPath);
    const driverPath = member(toolPath, "driver");
    const driver = r.object(own(tool, "driver"), driverPath);
    const name = r.string(driver, "name", driverPath).trim().toLowerCase();
    this.tool = cleanLine(name, 100) || "sarif";
    this.secrets = SECRET_SCANNERS.has(this.tool);
    this.rules = this.optionalArray(driver, "rules", driverPath);
    this.rules.forEach((rule, i) => {
      const at = index(member(driverPath, "rules"), i);
      const id = r.string(r.object(rule, at), "id", at);
      if (!this.rulesById.has(id)) this.rulesById.set(id, rule);
    });
    this.extensions = this.optionalArray(tool, "extensions", toolPath);
    this.artifacts = this.optionalArray(run, "artifacts", path);
    this.bases = r.optionalObject(run, "originalUriBaseIds", path);
  }
  r;
  run;
  path;
  tool;
  secrets;
  rules;
  rulesById = /* @__PURE__ */ new Map();
  extensions;
  artifacts;
  bases;
  readResults(out) {
    const results = own(this.run, "results");
    const listPath = member(this.path, "results");
    if (results === void 0 || results === null) {
      this.r.fail(listPath, `${results === null ? "null" : "absent"}: SARIF says ${this.tool} failed to produce results (an empty list is a run that found nothing), so this run checked nothing`);
    }
    this.r.array(results, listPath).forEach((item, i) => {
      const at = index(listPath, i);
      const result = this.r.object(item, at);
      const kind = this.r.optionalString(result, "kind", at) ?? "fail";
      if (kind === "pass" || kind === "notApplicable") return;
      if (this.r.optionalString(result, "baselineState", at) === "absent") return;
      const suppression = this.suppression(result, at);
      const rule = this.rule(result, at);
      const ruleId = this.r.optionalString(result, "ruleId", at) ?? (rule && this.r.optionalString(rule, "id", at));
      if (suppression) {
        const where2 = this.location(result, at);
        out.suppressed({ file: where2.file, line: where2.line, rule: ruleId, justification: suppression.justification });
        return;
      }
      const level = this.r.optionalString(result, "level", at) ?? (kind === "fail" ? this.defaultLevel(rule, this.secrets ? "error" : "warning") : "none");
      const severity = LEVELS.get(level);
      if (!severity) this.r.fail(member(at, "level"), "unknown level (expected error, warning, note or none)");
      const where = this.location(result, at);
      out.add(
        {
          rule: ruleId,
          severity,
          file: where.file,
          line: where.line,
          end_line: where.endLine,
          column: where.column,
          message: this.secrets ? secretMessage(this.tool, ruleId) : this.message(result, rule, at),
          security_severity: this.securitySeverity(result, rule, at)
        },
        this.tool
      );
    });
  }
  /** Error-level tool notifications: files or rules the tool could not check. */
  readNotifications(out) {
    const invocationsPath = member(this.path, "invocations");
    this.optionalArray(this.run, "invocations", this.path).forEach((item, i) => {
      const at = index(invocationsPath, i);
      const invocation = this.r.object(item, at);
      const before = out.errorCount;
      for (const key of ["toolConfigurationNotifications", "toolExecutionNotifications"]) {
        const listPath = member(at, key);
        this.optionalArray(invocation, key, at).forEach((entry, j) => {
          const nAt = index(listPath, j);
          const notification = this.r.object(entry, nAt);
          if ((this.r.optionalString(notification, "level", nAt) ?? "warning") !== "error") return;
          const descriptor = this.r.optionalObject(notification, "descriptor", nAt);
          const rule = descriptor && this.r.optionalString(descriptor, "id", member(nAt, "descriptor"));
          const where = this.location(notification, nAt);
          const message = this.r.optionalObject(notification, "message", nAt);
          const text3 = message && this.r.optionalString(message, "text", member(nAt, "message"));
          out.add(
            {
              rule,
              severity: "error",
              file: where.file,
              line: where.line,
              end_line: where.endLine,
              column: where.column,
              message: this.secrets ? `${this.tool} could not scan this (tool error; message not shown)` : text3 ?? `${this.tool} reported an error`
            },
            this.tool
          );
        });
      }
      if (own(invocation, "executionSuccessful") === false && out.errorCount === before) {
        this.r.fail(member(at, "executionSuccessful"), `false: ${this.tool} says its execution failed and names no error: its results cannot be taken as a complete check`);
      }
    });
  }
  optionalArray(obj, key, path) {
    const value = own(obj, key);
    return value === void 0 || value === null ? [] : this.r.array(value, member(path, key));
  }
  /**
   * The suppression in force on a result, with the first justification given; null when none. As SARIF's own
   * guidance for viewers says: suppressed when it has suppressions and none of them is under review or rejected — one
   * the team rejected keeps the result, whatever other suppressions say.
   */
  suppression(result, at) {
    const suppressions = this.optionalArray(result, "suppressions", at);
    if (suppressions.length === 0) return null;
    let justification;
    for (const [i, item] of suppressions.entries()) {
      const sAt = index(member(at, "suppressions"), i);
      const suppression = this.r.object(item, sAt);
      const status = this.r.optionalString(suppression, "status", sAt);
      if (status === "underReview" || status === "rejected") return null;
      justification ??= this.r.optionalString(suppression, "justification", sAt);
    }
    return justification !== void 0 ? { justification } : {};
  }
  /** The rule a result names: by `rule` reference (driver or extension), `ruleIndex`, or `ruleId`. */
  rule(result, at) {
    const reference = this.r.optionalObject(result, "rule", at);
    if (reference) {
      const refAt = member(at, "rule");
      const component = this.r.optionalObject(reference, "toolComponent", refAt);
      const componentIndex = component && this.r.optionalInteger(component, "index", member(refAt, "toolComponent"));
      const ruleIndex2 = this.r.optionalInteger(reference, "index", refAt);
      let rules = this.rules;
      if (componentIndex !== void 0) {
        const extension = this.extensions[componentIndex];
        rules = isObject(extension) && Array.isArray(own(extension, "rules")) ? own(extension, "rules") : [];
      }
      const byIndex = ruleIndex2 !== void 0 ? rules[ruleIndex2] : void 0;
      if (isObject(byIndex)) return byIndex;
      const id = this.r.optionalString(reference, "id", refAt);
      if (id !== void 0) {
        const found = rules.find((rule) => isObject(rule) && own(rule, "id") === id);
        if (isObject(found)) return found;
      }
    }
    const ruleIndex = this.r.optionalInteger(result, "ruleIndex", at);
    if (ruleIndex !== void 0 && ruleIndex >= 0 && isObject(this.rules[ruleIndex])) return this.rules[ruleIndex];
    const ruleId = this.r.optionalString(result, "ruleId", at);
    return ruleId === void 0 ? void 0 : this.rulesById.get(ruleId);
  }
  defaultLevel(rule, otherwise) {
    const config = rule && own(rule, "defaultConfiguration");
    const level = isObject(config) ? own(config, "level") : void 0;
    return typeof level === "string" && LEVELS.has(level) ? level : otherwise;
  }
  securitySeverity(result, rule, at) {
    for (const [holder, whose] of [
      [result, "the result"],
      [rule, "its rule"]
    ]) {
      const properties = holder && own(holder, "properties");
      if (!isObject(properties)) continue;
      const value = own(properties, "security-severity");
      if (value === void 0 || value === null) continue;
      const score = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
      if (Number.isNaN(score)) this.r.fail(at, `the security-severity of ${whose} is not a CVSS score (a number from 0 to 10)`);
      return cvssLevel(score);
    }
    return void 0;
  }
  message(result, rule, at) {
    const message = this.r.optionalObject(result, "message", at);
    const msgAt = member(at, "message");
    let text3 = message && (this.r.optionalString(message, "text", msgAt) ?? this.r.optionalString(message, "markdown", msgAt));
    const id = message && this.r.optionalString(message, "id", msgAt);
    if (text3 === void 0 && id !== void 0 && rule) {
      const strings3 = own(rule, "messageStrings");
      const entry = isObject(strings3) ? own(strings3, id) : void 0;
      const template = isObject(entry) ? own(entry, "text") : void 0;
      if (typeof template === "string") text3 = template;
    }
    if (text3 === void 0 && rule) {
      const short = own(rule, "shortDescription");
      const description = isObject(short) ? own(short, "text") : void 0;
      if (typeof description === "string") text3 = description;
    }
    if (text3 === void 0) return this.r.optionalString(result, "ruleId", at) ?? "no message";
    const args = message ? own(message, "arguments") : void 0;
    if (!Array.isArray(args) || args.length === 0) return text3;
    return text3.replace(/\{(\d+)\}/g, (whole, n) => {
      const arg = args[Number(n)];
      return typeof arg === "string" ? arg : whole;
    });
  }
  location(holder, at) {
    const locations = this.optionalArray(holder, "locations", at);
    if (locations.length === 0) return { file: "" };
    const locAt = index(member(at, "locations"), 0);
    const location = this.r.object(locations[0], locAt);
    const physical = this.r.optionalObject(location, "physicalLocation", locAt);
    if (!physical) return { file: "" };
    const physAt = member(locAt, "physicalLocation");
    const artifact = this.r.optionalObject(physical, "artifactLocation", physAt);
    const file = artifact ? this.artifactPath(artifact, member(physAt, "artifactLocation"), 0) : "";
    const region = this.r.optionalObject(physical, "region", physAt);
    if (!region) return { file };
    const regAt = member(physAt, "region");
    const line = this.r.optionalInteger(region, "startLine", regAt);
    return {
      file,
      line,
      endLine: this.r.optionalInteger(region, "endLine", regAt),
      // A start column means something only on a start line.
      column: line === void 0 ? void 0 : this.r.optionalInteger(region, "startColumn", regAt)
    };
  }
  /** The path an artifactLocation names: its URI resolved through its base, or the artifact its index points to. */
  artifactPath(location, at, depth) {
    const uri = this.r.optionalString(location, "uri", at);
    const baseId = this.r.optionalString(location, "uriBaseId", at);
    if (uri !== void 0) return this.resolve(uri, baseId, at, depth);
    const i = this.r.optionalInteger(location, "index", at);
    if (i === void 0 || depth > 0) return "";
    const artifact = this.artifacts[i];
    const artifactLocation = isObject(artifact) ? own(artifact, "location") : void 0;
    return isObject(artifactLocation) ? this.artifactPath(artifactLocation, `${member(this.path, "artifacts")}[${i}].location`, depth + 1) : "";
  }
  resolve(uri, baseId, at, depth) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) return fileUriPath(uri);
    const relative2 = decode(uri);
    if (baseId === void 0 || relative2.startsWith("/")) return relative2;
    const base = this.bases && own(this.bases, baseId);
    if (!isObject(base)) return relative2;
    if (depth >= MAX_BASE_DEPTH) this.r.fail(member(member(this.path, "originalUriBaseIds"), baseId), "base URIs refer to one another too deeply");
    const baseUri = own(base, "uri");
    const parentId = own(base, "uriBaseId");
    if (typeof baseUri !== "string") return relative2;
    const basePath = this.resolve(baseUri, typeof parentId === "string" ? parentId : void 0, at, depth + 1);
    if (basePath === "") return relative2;
    return basePath.endsWith("/") ? `${basePath}${relative2}` : `${basePath}/${relative2}`;
  }
};
function fileUriPath(uri) {
  if (!/^file:/i.test(uri)) return uri;
  let url;
  try {
    url = new URL(uri);
  } catch {
    return uri;
  }
  if (url.host !== "" && url.host !== "localhost") return uri;
  const path = decode(url.pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}
function decode(text3) {
  try {
    return decodeURIComponent(text3);
  } catch {
    return text3;
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function secretMessage(tool, rule) {
  return `Possible secret found by ${tool}${rule ? ` rule ${rule}` : ""} (value not shown)`;
}

// src/reports/findings/gitleaks.ts
var GITLEAKS_FORMAT = "gitleaks-json";
function gitleaksFromJson(data, options) {
  if (typeof data === "object" && data !== null && !Array.isArray(data) && Object.hasOwn(data, "runs")) return sarifFromJson(data, options);
  const r = new JsonReader(options.file, GITLEAKS_FORMAT);
  const out = new FindingsCollector("gitleaks", options);
  r.array(data, "$").forEach((item, i) => {
    const at = index("$", i);
    const leak = r.object(item, at);
    const rule = r.string(leak, "RuleID", at);
    const commit = r.optionalString(leak, "Commit", at);
    const shortCommit = commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 12) : void 0;
    out.add({
      rule,
      severity: "error",
      file: r.optionalString(leak, "File", at) ?? "",
      line: r.optionalInteger(leak, "StartLine", at),
      end_line: r.optionalInteger(leak, "EndLine", at),
      column: r.optionalInteger(leak, "StartColumn", at),
      message: `${secretMessage("gitleaks", rule)}${shortCommit ? ` in commit ${shortCommit}` : ""}`
    });
  });
  return out.report(GITLEAKS_FORMAT, { kind: "secrets" });
}

// src/reports/findings/mypy.ts
var MYPY_FORMAT = "mypy-text";
var HEADER = /^(.+?)(?::(\d+))?(?::(\d+))?(?::(\d+):(\d+))?: (error|warning|note): (.*)$/;
var SUMMARY = /^Found (\d+) errors? in \d+ files?\b/;
var SUCCESS = /^Success: no issues found/;
var BLOCKED = /\(errors prevented further checking\)\s*$/;
var CODE = /\[([A-Za-z0-9_-]+)\]$/;
var SEVERITIES3 = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["note", "notice"]
]);
function parseMypyText(text3, options) {
  const out = new FindingsCollector("mypy", options);
  let pending;
  let notes = [];
  let state = "none";
  const summaries = [];
  let firstOther;
  let blocked = false;
  const flush = () => {
    if (pending) {
      const finding = withCode(pending);
      if (notes.length > 0) append(finding, `
${notes.join("\n")}`);
      out.add(finding);
    }
    pending = void 0;
    notes = [];
  };
  text3.split(/\r?\n/).forEach((line, i) => {
    const header = /^\s/.test(line) ? null : HEADER.exec(line);
    if (header) {
      const [, name, lineNo, column, endLine, , kind, message] = header;
      const severity = SEVERITIES3.get(kind) ?? "error";
      const at = lineNo === void 0 ? void 0 : Number(lineNo);
      const file = at === void 0 && name === "mypy" ? "" : name;
      if (severity === "notice" && pending && pending.file === file && pending.line === at) {
        if (notes.length < 100) notes.push(message);
      } else {
        flush();
        pending = {
          severity,
          file,
          line: at,
          column: column === void 0 ? void 0 : Number(column),
          end_line: endLine === void 0 ? void 0 : Number(endLine),
          message
        };
      }
      state = "message";
      return;
    }
    const summary = SUMMARY.exec(line);
    if (summary || SUCCESS.test(line)) {
      if (summary && BLOCKED.test(line)) blocked = true;
      flush();
      summaries.push({ count: summary ? Number(summary[1]) : 0, line: i + 1 });
      state = "none";
      return;
    }
    if (line.trim() === "") return;
    if (line.startsWith("    ")) {
      if (state === "message") state = "frame";
      return;
    }
    if (state === "message" && pending) {
      const wrapped = line.trim();
      if (notes.length > 0 && notes[notes.length - 1].length <= MAX_MESSAGE_CHARS) notes[notes.length - 1] += ` ${wrapped}`;
      else if (notes.length === 0) append(pending, ` ${wrapped}`);
      return;
    }
    if (state === "none" && firstOther === void 0) firstOther = i + 1;
  });
  flush();
  const total = out.errorCount + out.warningCount + out.noticeCount;
  if (total === 0 && summaries.length === 0 && firstOther !== void 0) {
    throw new ReportError(options.file, MYPY_FORMAT, `line ${firstOther}`, 'no mypy diagnostic and no "Found N errors" or "Success" line: is this mypy output?');
  }
  if (total === 0 && summaries.length === 0) {
    throw new ReportError(
      options.file,
      MYPY_FORMAT,
      "file",
      'no diagnostic and no "Success: no issues found" or "Found N errors" line: mypy ends every run with one, so mypy did not run (with --no-error-summary or error_summary = False a clean run cannot be told from none: turn the summary back on; mypy -O json writes nothing on a clean run: name its report format mypy-json)'
    );
  }
  if (summaries.length === 1 && summaries[0].count !== out.errorCount) {
    const s = summaries[0];
    throw new ReportError(options.file, MYPY_FORMAT, `line ${s.line}`, `mypy says ${s.count} errors but ${out.errorCount} error lines were found`);
  }
  const report = out.report(MYPY_FORMAT);
  if (blocked) {
    const first = report.findings.find((f) => f.severity === "error");
    const where = first ? `; ${first.file}${first.line === void 0 ? "" : `:${first.line}`}` : "";
    report.incomplete = `mypy stopped at a blocking error ("errors prevented further checking"${where}): it type-checked no file, so its count of ${report.counts.error} error(s) is not a measurement; fix that error, or leave the file out of the check (exclude in the mypy configuration)`;
  }
  return report;
}
function isMypyLine(line) {
  return HEADER.test(line) || SUCCESS.test(line) || /^Found \d+ errors? in \d+ files? \(/.test(line);
}
function append(finding, text3) {
  if (finding.message.length <= MAX_MESSAGE_CHARS) finding.message += text3;
}
function withCode(finding) {
  const m = CODE.exec(finding.message);
  if (!m) return finding;
  const before = finding.message.slice(0, m.index);
  const message = before.trimEnd();
  return message.length < before.length ? { ...finding, rule: m[1], message } : finding;
}

// src/reports/findings/mypy-json.ts
var MYPY_JSON_FORMAT = "mypy-json";
var SEVERITIES4 = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["note", "notice"]
]);
var MEMBERS = ["file", "line", "column", "message", "hint", "code", "severity"];
function isMypyJsonLine(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && MEMBERS.every((k) => own(value, k) !== void 0);
}
function looksLikeMypyJson(text3) {
  const first = text3.replace(/^\uFEFF/, "").split(/\r?\n/).find((line) => line.trim() !== "");
  if (first === void 0 || !first.trimStart().startsWith("{")) return false;
  try {
    return isMypyJsonLine(JSON.parse(first));
  } catch {
    return false;
  }
}
function parseMypyJson(text3, options) {
  const out = new FindingsCollector("mypy", options);
  const lines = text3.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `line ${i + 1}`;
    const fail = (detail) => {
      throw new ReportError(options.file, MYPY_JSON_FORMAT, where, detail);
    };
    if (!line.trimStart().startsWith("{")) fail("not a JSON object: mypy -O json writes one diagnostic object per line and nothing else");
    let data;
    try {
      data = parseJsonText(line, options.file, MYPY_JSON_FORMAT);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      const column2 = /column (\d+)/.exec(error.where);
      throw new ReportError(options.file, MYPY_JSON_FORMAT, column2 ? `${where}, column ${column2[1]}` : where, error.message.slice(error.message.indexOf(`(${error.where}): `) + error.where.length + 4));
    }
    if (!isMypyJsonLine(data)) fail(`expected an object with ${MEMBERS.join(", ")}`);
    const item = data;
    const field = (name, ok, expected) => {
      const value = own(item, name);
      return ok(value) ? value : fail(`"${name}": expected ${expected}`);
    };
    const isString = (v) => typeof v === "string";
    const isStringOrNull = (v) => v === null || typeof v === "string";
    const isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= -1;
    const file = field("file", isString, "a string");
    const at = field("line", isCount, "a whole number");
    const column = field("column", isCount, "a whole number");
    const message = field("message", isString, "a string");
    const hint = field("hint", isStringOrNull, "a string or null");
    const code = field("code", isStringOrNull, "a string or null");
    const kind = field("severity", isString, "a string");
    const severity = SEVERITIES4.get(kind) ?? fail(`"severity": "${kind.slice(0, 20)}" is none of error, warning, note`);
    const endLine = own(item, "end_line");
    out.add({
      severity,
      // mypy's own complaints (bad configuration) name no source file and line -1.
      file,
      ...at > 0 ? { line: at } : {},
      ...at > 0 && column >= 0 ? { column: column + 1 } : {},
      ...typeof endLine === "number" && Number.isInteger(endLine) && endLine >= at && at > 0 ? { end_line: endLine } : {},
      message: hint ? `${message}
${hint}` : message,
      rule: code
    });
  });
  return out.report(MYPY_JSON_FORMAT);
}

// src/reports/findings/npm-audit.ts
var NPM_AUDIT_FORMAT = "npm-audit-json";
var LEVELS2 = /* @__PURE__ */ new Map([
  ["critical", { severity: "error", security: "critical" }],
  ["high", { severity: "error", security: "high" }],
  ["moderate", { severity: "warning", security: "medium" }],
  ["low", { severity: "warning", security: "low" }],
  ["info", { severity: "notice" }]
]);
var RANK = ["info", "low", "moderate", "high", "critical"];
function npmAuditFromJson(data, options) {
  const r = new JsonReader(options.file, NPM_AUDIT_FORMAT);
  const out = new FindingsCollector("npm-audit", options);
  const root = r.object(data, "$");
  const error = own(root, "error");
  if (own(root, "vulnerabilities") === void 0 && isObject2(error)) {
    r.fail("$.error", `npm audit itself failed, so nothing was audited: ${npmError(root, error)}`);
  }
  if (own(root, "advisories") !== void 0 && own(root, "vulnerabilities") === void 0) {
    r.fail("$", "this is npm 6 audit output (auditReportVersion 1, `advisories`); run the audit with npm 7 or later");
  }
  const version = own(root, "auditReportVersion");
  if (version !== void 0 && version !== 2) r.fail("$.auditReportVersion", "expected 2 (npm 7 and later)");
  const vulnsPath = member("$", "vulnerabilities");
  const vulnerabilities = r.object(own(root, "vulnerabilities"), vulnsPath);
  const counted = /* @__PURE__ */ new Map();
  for (const key of Object.keys(vulnerabilities)) {
    const at = member(vulnsPath, key);
    const entry = r.object(own(vulnerabilities, key), at);
    const level = r.string(entry, "severity", at);
    const grade = LEVELS2.get(level);
    if (!grade) r.fail(member(at, "severity"), `unknown severity (expected one of ${[...LEVELS2.keys()].join(", ")})`);
    counted.set(level, (counted.get(level) ?? 0) + 1);
    const name = r.optionalString(entry, "name", at) ?? key;
    const range = r.optionalString(entry, "range", at);
    const { ids, text: text3 } = describeVia(r, entry, at);
    const direct = own(entry, "isDirect") === true;
    out.add({
      rule: ids[0] ?? "vulnerable-dependency",
      severity: grade.severity,
      file: direct ? "package.json" : "package-lock.json",
      message: `${name}${range ? ` ${range}` : ""} (${level}): ${text3}; ${describeFix(own(entry, "fixAvailable"))}`,
      security_severity: grade.security
    });
  }
  const metadata = r.optionalObject(root, "metadata", "$");
  const stated = metadata && r.optionalObject(metadata, "vulnerabilities", member("$", "metadata"));
  if (stated) {
    const statedPath = member(member("$", "metadata"), "vulnerabilities");
    for (const level of LEVELS2.keys()) {
      const n = r.optionalInteger(stated, level, statedPath);
      const listed = counted.get(level) ?? 0;
      if (n !== void 0 && n !== listed) r.fail(member(statedPath, level), `says ${n} but vulnerabilities hold ${listed}`);
    }
    const total = r.optionalInteger(stated, "total", statedPath);
    if (total !== void 0 && total !== out.total) r.fail(member(statedPath, "total"), `says ${total} but vulnerabilities hold ${out.total}`);
  }
  const deps = metadata && own(metadata, "dependencies");
  const audited = deps && typeof deps === "object" && !Array.isArray(deps) ? r.optionalInteger(deps, "total", member(member("$", "metadata"), "dependencies")) : void 0;
  if (audited === void 0 && out.total === 0) {
    r.fail("$.metadata.dependencies.total", "absent, and no vulnerability listed: npm 7 and later always write the packages they audited there, so nothing shows that an audit ran");
  }
  const report = out.report(NPM_AUDIT_FORMAT, { kind: "vulnerabilities", vulnerabilities: "always", ...audited !== void 0 ? { audited } : {} });
  const info = counted.get("info") ?? 0;
  if (info > 0) report.informational = info;
  return report;
}
function describeVia(r, entry, at) {
  const viaPath = member(at, "via");
  const via = own(entry, "via");
  const items = via === void 0 || via === null ? [] : r.array(via, viaPath);
  const advisories = [];
  const packages = [];
  for (const item of items) {
    if (typeof item === "string") {
      packages.push(item);
    } else if (isObject2(item)) {
      const title = typeof own(item, "title") === "string" ? own(item, "title") : "advisory";
      const url = own(item, "url");
      const id = typeof url === "string" ? /\/(GHSA-[\w-]+)$/i.exec(url)?.[1] : void 0;
      const severity = own(item, "severity");
      const rank = typeof severity === "string" ? RANK.indexOf(severity) : -1;
      advisories.push({ id, text: id ? `${title} (${id})` : title, rank });
    }
  }
  const ids = [...advisories].sort((a, b) => b.rank - a.rank).map((a) => a.id).filter((id) => id !== void 0);
  const parts = advisories.map((a) => a.text);
  if (packages.length > 0) parts.push(`depends on vulnerable versions of ${packages.join(", ")}`);
  return { ids, text: parts.length > 0 ? parts.join("; ") : "vulnerable" };
}
function describeFix(fix) {
  if (fix === true) return "fix available via `npm audit fix`";
  if (isObject2(fix)) {
    const name = own(fix, "name");
    const version = own(fix, "version");
    const target = typeof name === "string" && typeof version === "string" ? `${name}@${version}` : "a fixed version";
    return own(fix, "isSemVerMajor") === true ? `fix available via \`npm audit fix --force\` (installs ${target}, a breaking change)` : `fix available via \`npm audit fix --force\` (installs ${target})`;
  }
  return "no fix available";
}
function npmError(root, error) {
  const parts = [own(error, "summary"), own(root, "message"), own(error, "code"), own(error, "detail")];
  const reason = parts.find((p) => typeof p === "string" && p.trim() !== "") ?? "no reason given";
  return cleanLine(reason.replace(/\/\/[^/@\s]+@/g, "//***@"), 300);
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/reports/findings/osv-scanner.ts
var OSV_SCANNER_FORMAT = "osv-scanner-json";
var DATABASE_LEVELS = /* @__PURE__ */ new Map([
  ["CRITICAL", "critical"],
  ["HIGH", "high"],
  ["MODERATE", "medium"],
  ["MEDIUM", "medium"],
  ["LOW", "low"]
]);
var RANK2 = { low: 1, medium: 2, high: 3, critical: 4 };
function osvScannerFromJson(data, options) {
  const r = new JsonReader(options.file, OSV_SCANNER_FORMAT);
  const out = new FindingsCollector("osv-scanner", options);
  const root = r.object(data, "$");
  const resultsPath = member("$", "results");
  const results = own(root, "results");
  const list = results === null ? [] : r.array(results, resultsPath);
  let audited = 0;
  list.forEach((item, i) => {
    const at = index(resultsPath, i);
    const result = r.object(item, at);
    const source = r.optionalObject(result, "source", at);
    const file = (source && r.optionalString(source, "path", member(at, "source"))) ?? "";
    const packagesPath = member(at, "packages");
    const packages = own(result, "packages");
    if (packages === void 0 || packages === null) return;
    r.array(packages, packagesPath).forEach((entry, j) => {
      const pAt = index(packagesPath, j);
      audited++;
      readPackage(r, out, r.object(entry, pAt), pAt, file);
    });
  });
  return out.report(OSV_SCANNER_FORMAT, { kind: "vulnerabilities", vulnerabilities: "always", audited });
}
function readPackage(r, out, entry, at, file) {
  const pkg = r.object(own(entry, "package"), member(at, "package"));
  const name = r.string(pkg, "name", member(at, "package"));
  const version = r.optionalString(pkg, "version", member(at, "package")) ?? r.optionalString(pkg, "commit", member(at, "package"));
  const ecosystem = r.optionalString(pkg, "ecosystem", member(at, "package"));
  const vulnsPath = member(at, "vulnerabilities");
  const byId = /* @__PURE__ */ new Map();
  const vulns = own(entry, "vulnerabilities");
  const vulnList = vulns === void 0 || vulns === null ? [] : r.array(vulns, vulnsPath);
  vulnList.forEach((item, k) => {
    const vAt = index(vulnsPath, k);
    const vuln = r.object(item, vAt);
    byId.set(r.string(vuln, "id", vAt), vuln);
  });
  const what = `${name}${version ? ` ${version}` : ""}${ecosystem ? ` (${ecosystem})` : ""}`;
  const groups = own(entry, "groups");
  if (groups !== void 0 && groups !== null && r.array(groups, member(at, "groups")).length > 0) {
    const groupsPath = member(at, "groups");
    r.array(groups, groupsPath).forEach((item, k) => {
      const gAt = index(groupsPath, k);
      const group = r.object(item, gAt);
      const ids = strings(r, own(group, "ids"), member(gAt, "ids"));
      if (ids.length === 0) r.fail(member(gAt, "ids"), "a group names no vulnerability");
      const members = ids.map((id) => byId.get(id)).filter((v) => v !== void 0);
      const maxSeverity = r.optionalString(group, "max_severity", gAt);
      const score = maxSeverity !== void 0 && /^\s*\d+(\.\d+)?\s*$/.test(maxSeverity) ? Number(maxSeverity) : void 0;
      const hidden = hiddenBecause(r, group, gAt);
      if (hidden !== void 0) {
        out.suppressed({ file, rule: ids[0], justification: `${what}: ${hidden}` });
        return;
      }
      const grade = (score !== void 0 ? cvssLevel(score) : void 0) ?? databaseLevel(members);
      add(out, ids[0], grade, file, `${what}: ${summaryOf(members)} (${ids.join(", ")})`, score);
    });
    return;
  }
  for (const [id, vuln] of byId) add(out, id, databaseLevel([vuln]), file, `${what}: ${summaryOf([vuln])} (${id})`, void 0);
}
function add(out, rule, grade, file, text3, score) {
  const severity = grade === "medium" || grade === "low" ? "warning" : "error";
  const rating = grade ? `severity ${grade}${score !== void 0 && score > 0 ? ` (CVSS ${score})` : ""}` : "severity unknown";
  out.add({ rule, severity, file, message: `${text3}, ${rating}`, security_severity: grade });
}
function hiddenBecause(r, group, at) {
  const key = own(group, "experimental_analysis") !== void 0 ? "experimental_analysis" : "experimentalAnalysis";
  const analysis = r.optionalObject(group, key, at);
  if (!analysis) return void 0;
  const entries = Object.keys(analysis).map((id) => r.object(own(analysis, id), member(member(at, key), id)));
  if (entries.length === 0) return void 0;
  if (entries.some((entry) => own(entry, "unimportant") === true)) return "rated unimportant (osv-scanner's analysis)";
  if (!entries.some((entry) => own(entry, "called") === true)) return "not called by the code (osv-scanner's call analysis)";
  return void 0;
}
function databaseLevel(vulns) {
  let best;
  for (const vuln of vulns) {
    const specific = own(vuln, "database_specific");
    const rating = isObject3(specific) ? own(specific, "severity") : void 0;
    const level = typeof rating === "string" ? DATABASE_LEVELS.get(rating.toUpperCase()) : void 0;
    if (level && (!best || RANK2[level] > RANK2[best])) best = level;
  }
  return best;
}
function summaryOf(vulns) {
  for (const vuln of vulns) {
    const summary = own(vuln, "summary");
    if (typeof summary === "string" && summary.trim() !== "") return summary.trim();
  }
  return "known vulnerability";
}
function strings(r, value, path) {
  if (value === void 0 || value === null) return [];
  return r.array(value, path).map((item, i) => {
    if (typeof item !== "string") r.fail(index(path, i), "expected a string");
    return item;
  });
}
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/reports/findings/oxlint.ts
var OXLINT_FORMAT = "oxlint-json";
var SEVERITIES5 = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["advice", "notice"]
]);
function oxlintFromJson(data, options) {
  const r = new JsonReader(options.file, OXLINT_FORMAT);
  const out = new FindingsCollector("oxlint", options);
  const root = r.object(data, "$");
  const listPath = member("$", "diagnostics");
  r.array(own(root, "diagnostics"), listPath).forEach((item, i) => {
    const at = index(listPath, i);
    const diagnostic = r.object(item, at);
    const severity = SEVERITIES5.get(r.string(diagnostic, "severity", at)) ?? r.fail(member(at, "severity"), `unknown severity (expected one of ${[...SEVERITIES5.keys()].join(", ")})`);
    const labels = own(diagnostic, "labels");
    const first = Array.isArray(labels) && labels.length > 0 ? r.object(labels[0], index(member(at, "labels"), 0)) : void 0;
    const span = first && r.optionalObject(first, "span", index(member(at, "labels"), 0));
    const spanPath = member(index(member(at, "labels"), 0), "span");
    out.add({
      rule: r.optionalString(diagnostic, "code", at) ?? null,
      severity,
      // A diagnostic of no file (a configuration problem) is the run's, not a file's.
      file: r.optionalString(diagnostic, "filename", at) ?? "",
      line: span && r.optionalInteger(span, "line", spanPath),
      column: span && r.optionalInteger(span, "column", spanPath),
      message: r.string(diagnostic, "message", at)
    });
  });
  const files = r.optionalInteger(root, "number_of_files", "$");
  return out.report(OXLINT_FORMAT, files === void 0 ? {} : { checkedCount: files });
}
function looksLikeOxlintJson(data) {
  return Array.isArray(own(data, "diagnostics")) && (own(data, "number_of_files") !== void 0 || own(data, "number_of_rules") !== void 0);
}

// src/reports/findings/pip-audit.ts
var PIP_AUDIT_FORMAT = "pip-audit-json";
function pipAuditFromJson(data, options) {
  const r = new JsonReader(options.file, PIP_AUDIT_FORMAT);
  const out = new FindingsCollector("pip-audit", options);
  const legacy = Array.isArray(data);
  const listPath = legacy ? "$" : member("$", "dependencies");
  const dependencies = r.array(legacy ? data : own(r.object(data, "$"), "dependencies"), listPath);
  let audited = 0;
  dependencies.forEach((item, i) => {
    const at = index(listPath, i);
    const dependency = r.object(item, at);
    const name = r.string(dependency, "name", at);
    if (own(dependency, "skip_reason") !== void 0 && own(dependency, "vulns") === void 0) return;
    audited++;
    const version = r.optionalString(dependency, "version", at);
    const vulnsPath = member(at, "vulns");
    r.array(own(dependency, "vulns"), vulnsPath).forEach((entry, j) => {
      const vAt = index(vulnsPath, j);
      const vuln = r.object(entry, vAt);
      const id = r.string(vuln, "id", vAt);
      const aliases = strings2(r, own(vuln, "aliases"), member(vAt, "aliases"));
      const fixes = strings2(r, own(vuln, "fix_versions"), member(vAt, "fix_versions"));
      const description = r.optionalString(vuln, "description", vAt);
      const summary = description?.trim().split("\n")[0];
      out.add({
        rule: id,
        severity: "error",
        file: "",
        message: `${name}${version ? ` ${version}` : ""}: ${id}${aliases.length > 0 ? ` (${aliases.join(", ")})` : ""}, severity unknown (pip-audit reports none); ${fixes.length > 0 ? `fixed in ${fixes.join(", ")}` : "no fixed version"}` + (summary ? `
${summary}` : "")
      });
    });
  });
  return out.report(PIP_AUDIT_FORMAT, { kind: "vulnerabilities", vulnerabilities: "always", audited });
}
function strings2(r, value, path) {
  if (value === void 0 || value === null) return [];
  return r.array(value, path).map((item, i) => {
    if (typeof item !== "string") r.fail(index(path, i), "expected a string");
    return item;
  });
}

// src/reports/findings/pylint.ts
var PYLINT_FORMAT = "pylint-json";
var TYPES = /* @__PURE__ */ new Map([
  ["fatal", "error"],
  ["error", "error"],
  ["warning", "warning"],
  ["refactor", "warning"],
  ["convention", "warning"],
  ["info", "notice"]
]);
function pylintFromJson(data, options) {
  const r = new JsonReader(options.file, PYLINT_FORMAT);
  const out = new FindingsCollector("pylint", options);
  const json2 = !Array.isArray(data);
  const root = json2 ? r.object(data, "$") : void 0;
  const listPath = json2 ? member("$", "messages") : "$";
  const messages = r.array(root ? own(root, "messages") : data, listPath);
  const byType = /* @__PURE__ */ new Map();
  messages.forEach((item, i) => {
    const at = index(listPath, i);
    const message = r.object(item, at);
    const type = r.string(message, "type", at);
    const severity = TYPES.get(type);
    if (!severity) r.fail(member(at, "type"), `unknown message type (expected one of ${[...TYPES.keys()].join(", ")})`);
    byType.set(type, (byType.get(type) ?? 0) + 1);
    const column = r.optionalInteger(message, "column", at);
    out.add({
      rule: r.optionalString(message, "symbol", at) ?? r.optionalString(message, json2 ? "messageId" : "message-id", at),
      severity,
      file: messagePath(r, message, at),
      line: r.optionalInteger(message, "line", at),
      end_line: r.optionalInteger(message, "endLine", at),
      column: column === void 0 ? void 0 : column + 1,
      message: r.string(message, "message", at)
    });
  });
  const statistics = root && r.optionalObject(root, "statistics", "$");
  const tally = statistics && r.optionalObject(statistics, "messageTypeCount", member("$", "statistics"));
  if (tally) {
    const tallyPath = member(member("$", "statistics"), "messageTypeCount");
    for (const type of TYPES.keys()) {
      const stated = r.optionalInteger(tally, type, tallyPath);
      const counted = byType.get(type) ?? 0;
      if (stated !== void 0 && stated !== counted) r.fail(member(tallyPath, type), `says ${stated} but the messages hold ${counted}`);
    }
  }
  const linted = statistics ? r.optionalInteger(statistics, "modulesLinted", member("$", "statistics")) : void 0;
  return out.report(PYLINT_FORMAT, linted === void 0 ? {} : { checkedCount: linted });
}
function messagePath(r, message, at) {
  const absolute = r.optionalString(message, "absolutePath", at);
  if (absolute !== void 0 && (absolute.startsWith("/") || /^[A-Za-z]:[\\/]/.test(absolute))) return absolute;
  return r.optionalString(message, "path", at) ?? absolute ?? r.string(message, "path", at);
}

// src/reports/findings/pyright.ts
var PYRIGHT_FORMAT = "pyright-json";
var SEVERITIES6 = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["information", "notice"]
]);
function pyrightFromJson(data, options) {
  const r = new JsonReader(options.file, PYRIGHT_FORMAT);
  const out = new FindingsCollector("pyright", options);
  const root = r.object(data, "$");
  const listPath = member("$", "generalDiagnostics");
  r.array(own(root, "generalDiagnostics"), listPath).forEach((item, i) => {
    const at = index(listPath, i);
    const diagnostic = r.object(item, at);
    const severity = SEVERITIES6.get(r.string(diagnostic, "severity", at));
    if (!severity) r.fail(member(at, "severity"), "unknown severity (expected error, warning or information)");
    const range = r.optionalObject(diagnostic, "range", at);
    const start = range && position(r, range, "start", member(at, "range"));
    const end = range && position(r, range, "end", member(at, "range"));
    out.add({
      rule: r.optionalString(diagnostic, "rule", at),
      severity,
      file: diagnosticFile(r, diagnostic, at),
      line: start?.line,
      end_line: end?.line,
      column: start?.column,
      message: r.string(diagnostic, "message", at)
    });
  });
  const summary = r.optionalObject(root, "summary", "$");
  let analyzed;
  if (summary) {
    const summaryPath = member("$", "summary");
    check(r, summary, "errorCount", out.errorCount, summaryPath);
    check(r, summary, "warningCount", out.warningCount, summaryPath);
    check(r, summary, "informationCount", out.noticeCount, summaryPath);
    analyzed = r.optionalInteger(summary, "filesAnalyzed", summaryPath);
  }
  return out.report(PYRIGHT_FORMAT, analyzed === void 0 ? {} : { checkedCount: analyzed });
}
function position(r, range, key, path) {
  const p = r.optionalObject(range, key, path);
  if (!p) return void 0;
  const at = member(path, key);
  return { line: r.integer(p, "line", at) + 1, column: r.integer(p, "character", at) + 1 };
}
function diagnosticFile(r, diagnostic, at) {
  const file = r.optionalString(diagnostic, "file", at);
  if (file !== void 0) return file;
  const uri = r.optionalString(diagnostic, "uri", at);
  if (uri?.startsWith("file://")) {
    try {
      const path = decodeURIComponent(new URL(uri).pathname);
      return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
    } catch {
      r.fail(member(at, "uri"), "not a valid file URI");
    }
  }
  return r.fail(member(at, "file"), "expected a string, found nothing");
}
function check(r, summary, key, counted, path) {
  const stated = r.optionalInteger(summary, key, path);
  if (stated !== void 0 && stated !== counted) r.fail(member(path, key), `says ${stated} but generalDiagnostics hold ${counted}`);
}

// src/reports/findings/ruff.ts
var RUFF_FORMAT = "ruff-json";
var SEVERITIES7 = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["info", "notice"],
  ["information", "notice"],
  ["hint", "notice"]
]);
var APPLIED_BY_FIX = /* @__PURE__ */ new Set(["safe", "Automatic"]);
function ruffFromJson(data, options) {
  const r = new JsonReader(options.file, RUFF_FORMAT);
  const out = new FindingsCollector("ruff", options);
  let fixable = 0;
  r.array(data, "$").forEach((item, i) => {
    const at = index("$", i);
    const diagnostic = r.object(item, at);
    const start = r.optionalObject(diagnostic, "location", at);
    const end = r.optionalObject(diagnostic, "end_location", at);
    const fix = r.optionalObject(diagnostic, "fix", at);
    if (fix) {
      const applicability = r.optionalString(fix, "applicability", member(at, "fix"));
      if (applicability === void 0 || APPLIED_BY_FIX.has(applicability)) fixable++;
    }
    const severityName = r.optionalString(diagnostic, "severity", at) ?? "error";
    const severity = SEVERITIES7.get(severityName);
    if (!severity) r.fail(member(at, "severity"), `unknown severity (expected one of ${[...SEVERITIES7.keys()].join(", ")})`);
    out.add({
      rule: r.optionalString(diagnostic, "code", at),
      severity,
      file: r.string(diagnostic, "filename", at),
      line: start && r.optionalInteger(start, "row", member(at, "location")),
      end_line: end && r.optionalInteger(end, "row", member(at, "end_location")),
      column: start && r.optionalInteger(start, "column", member(at, "location")),
      message: r.string(diagnostic, "message", at)
    });
  });
  return out.report(RUFF_FORMAT, fixable);
}

// src/reports/findings/secretlint.ts
var SECRETLINT_FORMAT = "secretlint-json";
var SEVERITIES8 = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["info", "notice"]
]);
function secretlintFromJson(data, options) {
  const r = new JsonReader(options.file, SECRETLINT_FORMAT);
  const out = new FindingsCollector("secretlint", options);
  r.array(data, "$").forEach((item, i) => {
    const path = index("$", i);
    const result = r.object(item, path);
    const filePath = r.string(result, "filePath", path);
    out.checked(filePath);
    const messagesPath = member(path, "messages");
    r.array(own(result, "messages"), messagesPath).forEach((entry, j) => {
      const at = index(messagesPath, j);
      const message = r.object(entry, at);
      const severity = SEVERITIES8.get(r.string(message, "severity", at));
      if (!severity) r.fail(member(at, "severity"), "unknown severity (expected error, warning or info)");
      const rule = r.optionalString(message, "ruleId", at);
      const loc = r.optionalObject(message, "loc", at);
      const start = loc && r.optionalObject(loc, "start", member(at, "loc"));
      out.add({
        rule,
        severity,
        file: filePath,
        line: start && r.optionalInteger(start, "line", member(member(at, "loc"), "start")),
        message: secretMessage2(rule)
      });
    });
  });
  return out.report(SECRETLINT_FORMAT, { kind: "secrets", listsFiles: true });
}
function secretMessage2(rule) {
  return `Possible secret found by ${rule ?? "secretlint"} (value not shown)`;
}

// src/reports/findings/svelte-check.ts
var SVELTE_CHECK_FORMAT = "svelte-check-machine";
var QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
var START = new RegExp(`^\\d+ START ${QUOTED}$`);
var COMPLETED = /^\d+ COMPLETED (\d+) FILES (\d+) ERRORS (\d+) WARNINGS\b/;
var FAILURE = /^\d+ FAILURE (.*)$/;
var PLAIN = new RegExp(`^\\d+ (ERROR|WARNING) (${QUOTED}) (\\d+):(\\d+) (${QUOTED})$`);
var VERBOSE = /^\d+ (\{.*\})$/;
var NPM_BANNER = /^> /;
var SEVERITIES9 = /* @__PURE__ */ new Map([
  ["ERROR", "error"],
  ["WARNING", "warning"]
]);
function parseSvelteCheckText(text3, options) {
  const out = new FindingsCollector("svelte-check", options);
  let completed;
  text3.split(/\r?\n/).forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (line.trim() === "" || NPM_BANNER.test(line) || START.test(line)) return;
    const done = COMPLETED.exec(line);
    if (done) {
      completed = { errors: Number(done[2]), warnings: Number(done[3]), line: i + 1 };
      return;
    }
    const failure = FAILURE.exec(line);
    if (failure) throw new ReportError(options.file, SVELTE_CHECK_FORMAT, where, `svelte-check stopped: ${unquote(failure[1])}`);
    const finding = PLAIN.test(line) ? plainFinding(line) : verboseFinding(line, options.file, where);
    if (!finding) throw new ReportError(options.file, SVELTE_CHECK_FORMAT, where, "a line svelte-check --output machine or machine-verbose does not write");
    out.add(finding);
  });
  if (!completed) {
    throw new ReportError(
      options.file,
      SVELTE_CHECK_FORMAT,
      "end",
      'no "COMPLETED \u2026 FILES \u2026 ERRORS \u2026 WARNINGS" line, which svelte-check writes at the end of every run: the run did not finish, or this is not its machine output'
    );
  }
  if (completed.errors !== out.errorCount || completed.warnings !== out.warningCount) {
    throw new ReportError(
      options.file,
      SVELTE_CHECK_FORMAT,
      `line ${completed.line}`,
      `svelte-check says ${completed.errors} errors and ${completed.warnings} warnings but ${out.errorCount} and ${out.warningCount} were found`
    );
  }
  return out.report(SVELTE_CHECK_FORMAT);
}
function isSvelteCheckLine(line) {
  return START.test(line) || COMPLETED.test(line);
}
function plainFinding(line) {
  const m = PLAIN.exec(line);
  return { severity: SEVERITIES9.get(m[1]), file: unquote(m[2]), line: Number(m[3]), column: Number(m[4]), message: unquote(m[5]) };
}
function verboseFinding(line, file, where) {
  const m = VERBOSE.exec(line);
  if (!m) return void 0;
  let data;
  try {
    data = JSON.parse(m[1]);
  } catch {
    throw new ReportError(file, SVELTE_CHECK_FORMAT, where, "a diagnostic that is not JSON");
  }
  const d = data;
  const severity = typeof d.type === "string" ? SEVERITIES9.get(d.type) : void 0;
  if (severity === void 0) throw new ReportError(file, SVELTE_CHECK_FORMAT, where, `type: ${JSON.stringify(d.type)}, expected "ERROR" or "WARNING"`);
  if (typeof d.filename !== "string" || typeof d.message !== "string") throw new ReportError(file, SVELTE_CHECK_FORMAT, where, "a diagnostic without filename or message");
  const at = (n) => typeof n === "number" && Number.isInteger(n) && n >= 0 ? n + 1 : void 0;
  return {
    // TypeScript's diagnostics carry tsc's number (with source "ts", or none for a .ts file): named as tsc names them;
    // svelte's and css's are words (a11y_missing_attribute).
    rule: typeof d.code === "number" ? `TS${d.code}` : typeof d.code === "string" && d.code !== "" ? d.code : null,
    severity,
    file: d.filename,
    line: at(d.start?.line),
    end_line: at(d.end?.line),
    column: at(d.start?.character),
    message: d.message
  };
}
function unquote(quoted) {
  try {
    const value = JSON.parse(quoted);
    if (typeof value === "string") return value;
  } catch {
  }
  return quoted.replace(/^"|"$/g, "");
}

// src/reports/findings/tsc.ts
var TSC_FORMAT = "tsc-text";
var ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
var PLAIN2 = /^(.+?)\((\d+),(\d+)\): (error|warning|message|suggestion) TS(\d+): (.*)$/;
var PRETTY = /^(.+?):(\d+):(\d+) - (error|warning|message|suggestion) TS(\d+): (.*)$/;
var NO_FILE = /^(error|warning|message|suggestion) TS(\d+): (.*)$/;
var SUMMARY2 = /^Found (\d+) errors?\b/;
var LISTED = /^(?:\/|[A-Za-z]:\/)\S.*\.(?:[cm]?[jt]sx?|json)$/;
var NPM_BANNER2 = /^> /;
var CATEGORIES = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["message", "notice"],
  ["suggestion", "notice"]
]);
function parseTscText(text3, options) {
  const out = new FindingsCollector("tsc", options);
  const lines = text3.split(/\r?\n/);
  let pending;
  let state = "none";
  const summaries = [];
  const listed = [];
  let firstOther;
  const flush = () => {
    if (pending) out.add(pending);
    pending = void 0;
  };
  lines.forEach((rawLine, i) => {
    const line = rawLine.replace(ANSI, "");
    const diagnostic = state === "frame" && /^\d+ /.test(line) ? void 0 : matchDiagnostic(line);
    if (diagnostic) {
      flush();
      pending = diagnostic;
      state = "message";
      return;
    }
    const summary = SUMMARY2.exec(line);
    if (summary) {
      flush();
      summaries.push({ count: Number(summary[1]), line: i + 1 });
      state = "none";
      return;
    }
    if (line.trim() === "") {
      if (state === "message") state = "frame";
      return;
    }
    if (state === "message" && pending && line.startsWith("  ")) {
      if (pending.message.length <= MAX_MESSAGE_CHARS) pending.message += `
${line.slice(2)}`;
      return;
    }
    if (LISTED.test(line)) {
      flush();
      listed.push(line);
      state = "none";
      return;
    }
    if (state === "message") state = "none";
    if (state === "none" && firstOther === void 0 && !NPM_BANNER2.test(line) && !/^\s/.test(line)) firstOther = i + 1;
  });
  flush();
  const total = out.errorCount + out.warningCount + out.noticeCount;
  if (total === 0 && summaries.length === 0 && listed.length === 0 && firstOther !== void 0) {
    throw new ReportError(options.file, TSC_FORMAT, `line ${firstOther}`, 'no tsc diagnostic and no "Found N errors" line: is this tsc output?');
  }
  if (summaries.length === 1 && summaries[0].count !== out.errorCount) {
    const s = summaries[0];
    throw new ReportError(options.file, TSC_FORMAT, `line ${s.line}`, `tsc says ${s.count} errors but ${out.errorCount} error diagnostics were found`);
  }
  const report = out.report(TSC_FORMAT);
  return listed.length > 0 ? { ...report, program_files: listed } : report;
}
function isTscLine(line) {
  return matchDiagnostic(line.replace(ANSI, "")) !== void 0;
}
function matchDiagnostic(line) {
  const located = PLAIN2.exec(line) ?? (/^\s/.test(line) ? null : PRETTY.exec(line));
  if (located) {
    return {
      rule: `TS${located[5]}`,
      severity: CATEGORIES.get(located[4]) ?? "error",
      file: located[1],
      line: Number(located[2]),
      column: Number(located[3]),
      message: located[6]
    };
  }
  const global = NO_FILE.exec(line);
  if (global) return { rule: `TS${global[2]}`, severity: CATEGORIES.get(global[1]) ?? "error", file: "", message: global[3] };
  return void 0;
}

// src/reports/findings/index.ts
var JSON_PARSERS = /* @__PURE__ */ new Map([
  [ESLINT_FORMAT, eslintFromJson],
  [RUFF_FORMAT, ruffFromJson],
  [PYRIGHT_FORMAT, pyrightFromJson],
  [SECRETLINT_FORMAT, secretlintFromJson],
  [DETECT_SECRETS_FORMAT, detectSecretsFromJson],
  [SARIF_FORMAT, sarifFromJson],
  [PYLINT_FORMAT, pylintFromJson],
  [BANDIT_FORMAT, banditFromJson],
  [NPM_AUDIT_FORMAT, npmAuditFromJson],
  [PIP_AUDIT_FORMAT, pipAuditFromJson],
  [OSV_SCANNER_FORMAT, osvScannerFromJson],
  [GITLEAKS_FORMAT, gitleaksFromJson],
  [OXLINT_FORMAT, oxlintFromJson]
]);
var TEXT_PARSERS = /* @__PURE__ */ new Map([
  [TSC_FORMAT, parseTscText],
  [MYPY_FORMAT, parseMypyText],
  [MYPY_JSON_FORMAT, parseMypyJson],
  [SVELTE_CHECK_FORMAT, parseSvelteCheckText]
]);
var FINDINGS_FORMATS = [...JSON_PARSERS.keys(), ...TEXT_PARSERS.keys()];
var ALIASES = /* @__PURE__ */ new Map([
  ["sarif-json", "sarif"],
  ["sarif-2.1.0", "sarif"],
  ["gitleaks-sarif", "sarif"],
  ["pylint-json2", "pylint-json"],
  ["npm-audit", "npm-audit-json"],
  ["osv", "osv-scanner-json"]
]);
var MAX_FINDINGS_FILE_BYTES = 256 * 1024 * 1024;
var UNKNOWN_EMPTY_FORMAT = "unknown";
var BLANK_REPORT_FORMAT = "blank";
function parseFindings(text3, options) {
  const { format, ...rest } = options;
  if (format !== void 0) {
    const known = findingsFormat(format);
    if (!known) {
      throw new ReportError(options.file, format, "format", `unknown findings format; expected one of ${FINDINGS_FORMATS.join(", ")}`);
    }
    const fromJson = JSON_PARSERS.get(known);
    if (fromJson) return fromJson(parseJsonText(text3, options.file, known), rest);
    if (known === MYPY_FORMAT && looksLikeMypyJson(text3)) return parseMypyJson(text3, rest);
    return TEXT_PARSERS.get(known)(text3, rest);
  }
  return parseDetected(text3, rest);
}
function findingsFormat(name) {
  const key = name.trim().toLowerCase();
  return ALIASES.get(key) ?? FINDINGS_FORMATS.find((f) => f === key || f.slice(0, f.lastIndexOf("-")) === key);
}
function parseDetected(text3, options) {
  const body = text3.replace(/^\uFEFF/, "").trimStart();
  if (body === "") return emptyReport(BLANK_REPORT_FORMAT, UNKNOWN_EMPTY_FORMAT);
  if (looksLikeMypyJson(body)) return parseMypyJson(text3, options);
  if (body.startsWith("[") || body.startsWith("{")) {
    const data = parseJsonText(text3, options.file, "findings JSON");
    if (Array.isArray(data) && data.length === 0) return emptyReport(UNKNOWN_EMPTY_FORMAT, UNKNOWN_EMPTY_FORMAT);
    const format2 = detectJsonFormat(data);
    if (!format2) {
      const other = unreadJsonFormat(data);
      if (other) throw new ReportError(options.file, "findings JSON", other.where, `${other.what}, which is not read here: ${other.instead}`);
      throw new ReportError(
        options.file,
        "findings JSON",
        "$",
        'no known report shape: expected an array of eslint or secretlint results ({filePath, messages}), of ruff diagnostics ({code, location, filename}), of pylint messages ({type, message-id}) or of gitleaks leaks ({RuleID, File}), pyright output ({generalDiagnostics}), a detect-secrets baseline ({results}), SARIF ({version: "2.1.0", runs}), pylint json2 ({messages, statistics}), bandit ({results, metrics}), npm audit ({auditReportVersion, vulnerabilities}), pip-audit ({dependencies}), osv-scanner ({results: [{source, packages}]}) or oxlint ({diagnostics, number_of_files}); or mypy -O json lines ({file, line, severity})'
      );
    }
    return JSON_PARSERS.get(format2)(data, options);
  }
  const format = detectTextFormat(text3);
  if (format === "empty") return emptyReport(BLANK_REPORT_FORMAT, UNKNOWN_EMPTY_FORMAT);
  if (!format) {
    if (/^(<\?xml[^>]*\?>\s*)?<checkstyle[\s>]/.test(body)) {
      throw new ReportError(
        options.file,
        "findings",
        "root element <checkstyle>",
        "checkstyle XML (golangci-lint, shellcheck -f checkstyle, \u2026), which is not read here: write SARIF instead (golangci-lint run --output.sarif.path=FILE, v1: --out-format sarif)"
      );
    }
    throw new ReportError(
      options.file,
      "findings",
      "line 1",
      "not JSON, and no line of tsc, mypy or svelte-check output: the text formats read are tsc, mypy and svelte-check --output machine; the others are SARIF and JSON (name the report format)"
    );
  }
  return TEXT_PARSERS.get(format)(text3, options);
}
function detectJsonFormat(data) {
  if (Array.isArray(data)) {
    let results = false;
    for (const item of data) {
      if (!isObject4(item)) return void 0;
      if (typeof own(item, "code") !== "undefined" && typeof own(item, "filename") === "string" && own(item, "location") !== void 0) {
        return RUFF_FORMAT;
      }
      if (typeof own(item, "type") === "string" && typeof own(item, "message-id") === "string") return PYLINT_FORMAT;
      if (typeof own(item, "RuleID") === "string" && own(item, "File") !== void 0) return GITLEAKS_FORMAT;
      if (typeof own(item, "name") === "string" && (Array.isArray(own(item, "vulns")) || typeof own(item, "skip_reason") === "string")) {
        return PIP_AUDIT_FORMAT;
      }
      const messages = own(item, "messages");
      if (typeof own(item, "filePath") !== "string" || !Array.isArray(messages)) return void 0;
      results = true;
      if (typeof own(item, "errorCount") === "number" || typeof own(item, "warningCount") === "number") return ESLINT_FORMAT;
      for (const message of messages) {
        if (!isObject4(message)) continue;
        const severity = own(message, "severity");
        if (typeof severity === "number") return ESLINT_FORMAT;
        const rule = own(message, "ruleId");
        if (typeof severity === "string" || typeof rule === "string" && rule.startsWith("@secretlint/")) return SECRETLINT_FORMAT;
      }
    }
    return results ? SECRETLINT_FORMAT : void 0;
  }
  if (isObject4(data)) {
    if (Array.isArray(own(data, "runs")) && (own(data, "version") === "2.1.0" || /sarif/i.test(String(own(data, "$schema") ?? "")))) {
      return SARIF_FORMAT;
    }
    if (Array.isArray(own(data, "messages")) && isObject4(own(data, "statistics"))) return PYLINT_FORMAT;
    if (Array.isArray(own(data, "results")) && isObject4(own(data, "metrics"))) return BANDIT_FORMAT;
    if (own(data, "auditReportVersion") !== void 0 || isObject4(own(data, "vulnerabilities")) && isObject4(own(data, "metadata"))) {
      return NPM_AUDIT_FORMAT;
    }
    if (isNpmError(data)) return NPM_AUDIT_FORMAT;
    if (Array.isArray(own(data, "dependencies")) && (Array.isArray(own(data, "fixes")) || hasOwnIn(own(data, "dependencies"), "vulns"))) {
      return PIP_AUDIT_FORMAT;
    }
    const results = own(data, "results");
    if (Array.isArray(results) && hasOwnIn(results, "packages", "source") || own(data, "experimental_config") !== void 0 && results !== void 0) {
      return OSV_SCANNER_FORMAT;
    }
    if (Array.isArray(own(data, "generalDiagnostics"))) return PYRIGHT_FORMAT;
    if (looksLikeOxlintJson(data)) return OXLINT_FORMAT;
    if (isObject4(own(data, "results")) && ["plugins_used", "filters_used", "generated_at"].some((k) => own(data, k) !== void 0)) {
      return DETECT_SECRETS_FORMAT;
    }
  }
  return void 0;
}
function unreadJsonFormat(data) {
  if (Array.isArray(data)) {
    const first = data[0];
    if (isObject4(first) && typeof own(first, "source") === "string" && Array.isArray(own(first, "warnings")) && typeof own(first, "errored") === "boolean") {
      return {
        where: "$[0].warnings",
        what: "stylelint's JSON",
        instead: "write SARIF instead (the stylelint-sarif-formatter package: stylelint --custom-formatter \u2026 --output-file FILE)"
      };
    }
    return void 0;
  }
  if (!isObject4(data)) return void 0;
  if (Array.isArray(own(data, "Issues")) && own(data, "Report") !== void 0) {
    return { where: "$.Issues", what: "golangci-lint's JSON", instead: "write SARIF instead (golangci-lint run --output.sarif.path=FILE, v1: --out-format sarif)" };
  }
  if (typeof own(data, "SchemaVersion") === "number" && (own(data, "Results") !== void 0 || isObject4(own(data, "Trivy")))) {
    return { where: "$.SchemaVersion", what: "Trivy's JSON", instead: "write SARIF instead (trivy \u2026 --format sarif --output FILE)" };
  }
  if (Array.isArray(own(data, "matches")) && isObject4(own(data, "descriptor"))) {
    return { where: "$.matches", what: "Grype's JSON", instead: "write SARIF instead (grype \u2026 -o sarif --file FILE)" };
  }
  return void 0;
}
function detectTextFormat(text3) {
  let onlyBlank = true;
  for (const line of text3.split(/\r?\n/)) {
    if (isTscLine(line)) return TSC_FORMAT;
    if (isMypyLine(line)) return MYPY_FORMAT;
    if (isSvelteCheckLine(line)) return SVELTE_CHECK_FORMAT;
    if (/^Found \d+ errors?\b/.test(line)) return TSC_FORMAT;
    if (line.trim() !== "" && !line.startsWith("> ")) onlyBlank = false;
  }
  return onlyBlank ? "empty" : void 0;
}
function isObject4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function hasOwnIn(list, ...keys) {
  if (!Array.isArray(list) || list.length === 0) return false;
  const first = list[0];
  return isObject4(first) && keys.some((k) => own(first, k) !== void 0);
}
function isNpmError(data) {
  const error = own(data, "error");
  return isObject4(error) && (own(error, "summary") !== void 0 || own(error, "detail") !== void 0) && own(data, "results") === void 0;
}
async function readFindingsFile(path, options) {
  const format = options.format ?? "findings";
  let text3;
  try {
    const handle = await openRegularFile(path);
    try {
      const stats = await handle.stat();
      if (stats.size > MAX_FINDINGS_FILE_BYTES) {
        throw new ReportError(path, format, "file", `${stats.size} bytes is more than the 256 MB a findings report may have`);
      }
      text3 = reportText(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    if (error instanceof NotARegularFileError) throw new ReportError(path, format, "file", `${error.kind}, not a regular file: not read`);
    const code = error.code;
    const detail = code === "ENOENT" ? "no such file: the tool wrote no report" : `cannot be read (${code ?? error.message})`;
    throw new ReportError(path, format, "file", detail);
  }
  return parseFindings(text3, { ...options, file: path });
}

// src/reports/findings/secret-values.ts
var MAX_BYTES = 64 * 1024 * 1024;
var MASKED = /^\*+$/;
function isObject5(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value) {
  return typeof value === "string" && value.trim() !== "" && !MASKED.test(value.trim()) ? value : null;
}
async function secretValuesIn(path) {
  try {
    return secretValuesOf(JSON.parse(reportText(await readRegularFile(path, MAX_BYTES)).replace(/^\uFEFF/, "")));
  } catch {
    return [];
  }
}
function secretValuesOf(data) {
  const values = [];
  const push = (v) => {
    const t = text(v);
    if (t !== null) values.push(t);
  };
  if (Array.isArray(data)) {
    for (const item of data) {
      if (!isObject5(item)) continue;
      push(item.Secret);
      push(item.Match);
      const source = typeof item.sourceContent === "string" ? item.sourceContent : null;
      if (!Array.isArray(item.messages)) continue;
      for (const message of item.messages) {
        if (!isObject5(message)) continue;
        const range = message.range;
        if (source && Array.isArray(range) && Number.isInteger(range[0]) && Number.isInteger(range[1])) {
          push(source.slice(range[0], range[1]));
        }
        if (isObject5(message.data)) for (const v of Object.values(message.data)) push(v);
      }
    }
  } else if (isObject5(data) && Array.isArray(data.runs)) {
    for (const run of data.runs) {
      if (!isObject5(run) || !Array.isArray(run.results)) continue;
      for (const result of run.results) {
        if (!isObject5(result)) continue;
        const message = isObject5(result.message) && typeof result.message.text === "string" ? result.message.text : "";
        const colon = message.indexOf(": ");
        if (colon > 0) push(message.slice(colon + 2));
        if (!Array.isArray(result.locations)) continue;
        for (const location of result.locations) {
          const region = isObject5(location) && isObject5(location.physicalLocation) ? location.physicalLocation.region : void 0;
          if (isObject5(region) && isObject5(region.snippet)) push(region.snippet.text);
        }
      }
    }
  }
  return values;
}

// src/gates/python-type-config.ts
import { join as join2 } from "node:path";

// src/gates/ts-no-check.ts
import { dirname, join, posix } from "node:path";
var TYPE_CONFIG_MAX_BYTES = 128 * 1024 * 1024;
function isTsConfig(file) {
  return /(?:^|\/)[jt]sconfig[^/]*\.json$/.test(file);
}
function parseTsConfig(text3) {
  let out = "";
  let i = 0;
  while (i < text3.length) {
    const c = text3[i];
    if (c === '"') {
      const end = stringEnd(text3, i);
      out += text3.slice(i, end);
      i = end;
    } else if (c === "/" && text3[i + 1] === "/") {
      while (i < text3.length && text3[i] !== "\n") i++;
    } else if (c === "/" && text3[i + 1] === "*") {
      const end = text3.indexOf("*/", i + 2);
      i = end === -1 ? text3.length : end + 2;
      out += " ";
    } else {
      out += c;
      i++;
    }
  }
  try {
    const value = JSON.parse(out.replace(/,(\s*[}\]])/g, "$1").replace(/^\uFEFF/, ""));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function stringEnd(text3, start) {
  let i = start + 1;
  while (i < text3.length && text3[i] !== '"' && text3[i] !== "\n") i += text3[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, text3.length);
}
async function noCheckProjects(workspace, configs) {
  const cache = /* @__PURE__ */ new Map();
  const read = (file) => {
    if (!cache.has(file)) cache.set(file, Promise.resolve(readTextFile(join(workspace, file), TYPE_CONFIG_MAX_BYTES)).then((text3) => text3 === null ? null : parseTsConfig(text3)));
    return cache.get(file);
  };
  const setter = async (file, depth) => {
    const config = await read(file);
    if (!config) return null;
    const options = config.compilerOptions;
    if (options && typeof options === "object" && "noCheck" in options) return options.noCheck === true ? file : null;
    if (depth >= 10) return null;
    const bases = typeof config.extends === "string" ? [config.extends] : Array.isArray(config.extends) ? config.extends.filter((e) => typeof e === "string") : [];
    let found = null;
    for (const base of bases) {
      if (!base.startsWith(".")) continue;
      const path = posix.normalize(posix.join(dirname(file).replace(/\\/g, "/"), base.endsWith(".json") ? base : `${base}.json`));
      if (path.startsWith("../")) continue;
      found = await setter(path, depth + 1) ?? found;
    }
    return found;
  };
  const out = [];
  for (const file of configs) {
    const setBy = await setter(file, 0);
    if (setBy) out.push({ file, setBy });
  }
  return out;
}
function projectsOfCommand(command) {
  const words = command.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ""));
  const out = [];
  for (const [i, word] of words.entries()) {
    if ((word === "-p" || word === "--project") && words[i + 1]) out.push(words[i + 1]);
    if (word.startsWith("--project=")) out.push(word.slice("--project=".length));
    if (word === "-b" || word === "--build") {
      for (const next of words.slice(i + 1)) {
        if (next.startsWith("-") || /[;&|>]/.test(next)) break;
        out.push(next);
      }
    }
  }
  return out.map((p) => {
    const normal = posix.normalize(p.replace(/\\/g, "/")).replace(/\/$/, "");
    return normal.endsWith(".json") ? normal : `${normal === "." ? "" : `${normal}/`}tsconfig.json`;
  });
}

// src/gates/python-type-config.ts
function sectionModules(header, lines) {
  const ini = /^\[mypy-(.+)\]$/.exec(header);
  if (ini) return ini[1].split(",").map((m) => m.trim()).filter(Boolean);
  const body = lines.join("\n");
  const value = /^\s*module\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/m.exec(body)?.[1];
  return value ? [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => (m[1] ?? m[2]).trim()).filter(Boolean) : [];
}
function mypyModuleMatches(pattern, module) {
  let source = "^";
  pattern.split(".").forEach((part, i) => {
    if (part === "*") source += i === 0 ? "(?:[^.]+(?:\\.[^.]+)*)?" : "(?:\\.[^.]+)*";
    else source += (i === 0 ? "" : "\\.") + part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`${source}$`).test(module);
}
var TRUE = /^\s*ignore_errors\s*=\s*(?:true|yes|on|1)\s*(?:[#;].*)?$/i;
function sections(text3) {
  const out = [];
  let current = null;
  for (const line of text3.split(/\r?\n/)) {
    const m = /^\s*(\[\[?[^\]]+\]\]?)\s*(?:[#;].*)?$/.exec(line);
    if (m) {
      current = { header: m[1].trim(), lines: [] };
      out.push(current);
    } else current?.lines.push(line);
  }
  return out;
}
async function text2(workspace, file) {
  return readTextFile(join2(workspace, file), TYPE_CONFIG_MAX_BYTES);
}
async function mypyIgnoresErrors(workspace) {
  const out = [];
  const files = [
    ["mypy.ini", (h) => h === "[mypy]" ? "global" : /^\[mypy-.+\]$/.test(h) ? "module" : null],
    [".mypy.ini", (h) => h === "[mypy]" ? "global" : /^\[mypy-.+\]$/.test(h) ? "module" : null],
    ["pyproject.toml", (h) => h === "[tool.mypy]" ? "global" : h === "[[tool.mypy.overrides]]" ? "module" : null],
    ["setup.cfg", (h) => h === "[mypy]" ? "global" : /^\[mypy-.+\]$/.test(h) ? "module" : null]
  ];
  for (const [file, kind] of files) {
    const body = await text2(workspace, file);
    if (body === null) continue;
    const parts = sections(body);
    if (file.endsWith(".toml") || file.endsWith(".cfg")) {
      if (!parts.some((s) => kind(s.header) === "global")) continue;
    }
    for (const s of parts) {
      const k = kind(s.header);
      if (k === null) continue;
      const line = s.lines.find((l) => TRUE.test(l));
      if (!line) continue;
      if (k === "global") {
        out.push({ where: `${file} ${s.header} ${line.trim()}`, global: true });
        continue;
      }
      const modules = sectionModules(s.header, s.lines);
      const named = s.header.startsWith("[[") && modules.length > 0 ? ` module = ${modules.map((m) => JSON.stringify(m)).join(", ")}` : "";
      out.push({ where: `${file} ${s.header}${named} ${line.trim()}`, global: false, modules });
    }
    return out;
  }
  return out;
}
async function pyrightOff(workspace) {
  const out = [];
  const json = await text2(workspace, "pyrightconfig.json");
  if (json !== null && parseTsConfig(json)?.typeCheckingMode === "off") out.push({ where: 'pyrightconfig.json typeCheckingMode: "off"', global: true });
  const toml = await text2(workspace, "pyproject.toml");
  for (const s of toml === null ? [] : sections(toml)) {
    if (s.header !== "[tool.pyright]") continue;
    const line = s.lines.find((l) => /^\s*typeCheckingMode\s*=\s*["']off["']\s*(?:#.*)?$/.test(l));
    if (line) out.push({ where: `pyproject.toml [tool.pyright] ${line.trim()}`, global: true });
  }
  return out;
}

// src/engine/stages/blind-spots.ts
import { join as join3 } from "node:path";
function noteFilesNotChecked(j, reports, tracked, secrets) {
  for (const report of reports) {
    const files = filesNotChecked(report, tracked, secrets);
    if (!files || files.length === 0) continue;
    const before = Array.isArray(j.details.files_not_checked) ? j.details.files_not_checked : [];
    j.details.files_not_checked = [.../* @__PURE__ */ new Set([...before, ...files])].slice(0, MAX_NAMED);
    j.details.files_not_checked_count = (typeof j.details.files_not_checked_count === "number" ? j.details.files_not_checked_count : 0) + files.length;
    j.warnings.push(notCheckedWarning(report.tool, files, secrets));
  }
}
async function fileOptOuts(ctx, runs, scope, files) {
  const out = /* @__PURE__ */ new Map();
  let tracked;
  for (const { name, run } of runs) {
    if (!run?.reports) continue;
    for (const report of run.reports) {
      if (name === "security") {
        if (halfOfReport(report) !== "secrets" || !hasSecretAllows(report.tool)) continue;
        tracked ??= await files.under(scope.sources, { whole: true });
        const scanned = report.checked_files ?? tracked;
        if (!scanned) continue;
        const found2 = await secretAllowsIn(ctx.host.workspace, scanned, report.tool);
        if (found2.length > 0) out.set(name, [...out.get(name) ?? [], { tool: report.tool, found: found2, secrets: true }]);
        continue;
      }
      const family = optOutFamily(report.tool);
      if (!family) continue;
      tracked ??= await files.under(scope.sources, { whole: true });
      if (!tracked) return out;
      const found = await optOutsIn(ctx.host.workspace, tracked, family);
      if (found.length > 0) out.set(name, [...out.get(name) ?? [], { tool: report.tool, found }]);
    }
  }
  return out;
}
async function typeCheckingOff(ctx, runs, files, scope) {
  const run = runs.find((r) => r.name === "type_checking")?.run;
  const tools = new Set((run?.reports ?? []).map((r) => r.tool.toLowerCase()));
  const out = [];
  let modules;
  for (const [tool, find] of [["mypy", mypyIgnoresErrors], ["pyright", pyrightOff]]) {
    if (!tools.has(tool)) continue;
    for (const off of await find(ctx.host.workspace)) {
      if (!off.global && off.modules && off.modules.length > 0) {
        modules ??= await componentModules(files, scope);
        if (modules && !modules.some((m) => off.modules.some((p) => mypyModuleMatches(p, m)))) continue;
      }
      out.push({ tool, judged: off.global, where: off.where, what: off.global ? "every module" : "the modules that section names" });
    }
  }
  if (!run || !tools.has("tsc")) return out;
  const tracked = await files.under(void 0, { whole: true });
  if (!tracked) return out;
  const found = await noCheckProjects(ctx.host.workspace, tracked.filter(isTsConfig));
  const named = projectsOfCommand(run.result.command);
  const judged = new Set(named.length > 0 ? named : ["tsconfig.json"]);
  for (const p of found) {
    out.push({
      tool: "tsc",
      judged: judged.has(p.file),
      where: `${p.file} sets compilerOptions.noCheck: true${p.setBy !== p.file ? ` (through extends: ${p.setBy})` : ""}`,
      what: judged.has(p.file) ? "the project the command checks" : "that project",
      project: p.file
    });
  }
  return out;
}
async function componentModules(files, scope) {
  const tracked = await files.under(scope?.sources ?? ["."], { whole: true });
  if (!tracked) return null;
  const all = /* @__PURE__ */ new Set([...tracked, ...await files.under(["."], { whole: true }) ?? []]);
  const isPackage = (dir) => all.has(`${dir}/__init__.py`) || all.has(`${dir}/__init__.pyi`);
  const out = [];
  for (const file of tracked) {
    if (!/\.pyi?$/.test(file)) continue;
    const parts = file.replace(/\.pyi?$/, "").split("/");
    if (parts.at(-1) === "__init__") parts.pop();
    let first = parts.length - 1;
    while (first > 0 && isPackage(parts.slice(0, first).join("/"))) first--;
    if (parts.length > 0) out.push(parts.slice(first).join("."));
  }
  return out;
}
function noteTypeCheckingOff(j, noCheck) {
  for (const p of noCheck) {
    if (p.tool === "tsc") {
      if (p.judged) {
        j.passed = false;
        j.errors.push(`${p.where}: tsc type-checked nothing in the project the command checks, so its report of 0 errors is not a measurement; remove noCheck`);
      } else {
        j.warnings.push(`${p.where}: tsc type-checks nothing in that project, so its files are not checked when the command checks it (through references or another command)`);
      }
    } else if (p.judged) {
      j.passed = false;
      j.errors.push(`${p.where}: ${p.tool} type-checks nothing in ${p.what}, so its report of 0 errors is not a measurement; remove it`);
    } else {
      j.warnings.push(`${p.where}: ${p.tool} reports no type error in ${p.what}, which are not checked`);
    }
  }
  const projects = noCheck.flatMap((p) => p.project ? [p.project] : []);
  if (projects.length > 0) j.details.no_check_projects = projects;
  const off = noCheck.filter((p) => p.tool !== "tsc").map((p) => p.where);
  if (off.length > 0) j.details.type_checking_off = off;
}
function noteOptOuts(j, optOuts) {
  for (const { tool, found, secrets } of optOuts) {
    const [list, count] = secrets ? ["secret_allow_comments", "secret_allow_comments_count"] : ["files_opted_out", "files_opted_out_count"];
    const listed = Array.isArray(j.details[list]) ? j.details[list] : [];
    j.details[list] = [...listed, ...found.map((o) => `${o.file}:${o.line} ${o.directive}`)].slice(0, MAX_NAMED);
    j.details[count] = (typeof j.details[count] === "number" ? j.details[count] : 0) + found.length;
    j.warnings.push(secrets ? secretAllowWarning(tool, found) : optOutWarning(tool, found));
  }
}
async function lineSuppressionsAdded(ctx, runs, scope, files, changed) {
  const out = /* @__PURE__ */ new Map();
  if (!changed || changed.size === 0) return out;
  let tracked;
  for (const { name, run } of runs) {
    if (name === "security" || !run?.reports) continue;
    for (const tool of new Set(run.reports.map((r) => r.tool))) {
      const family = silencingFamily(tool);
      if (!family) continue;
      if (tracked === void 0) {
        const listed = await files.under(scope.sources, { whole: true });
        tracked = listed ? new Set(listed) : null;
      }
      if (!tracked) return out;
      const found = [];
      for (const [file, lines] of changed) {
        if (lines.size === 0 || !tracked.has(file) || !optOutApplies(family, file)) continue;
        const text3 = await readHead(join3(ctx.host.workspace, file), 2 * 1024 * 1024);
        if (text3 !== null) found.push(...lineSuppressionsIn(family, text3, lines).map((o) => ({ file, ...o })));
      }
      if (found.length > 0) out.set(name, [...out.get(name) ?? [], { tool, found: found.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line) }]);
    }
  }
  return out;
}
var FILE_WIDE = /^(?:\/\*\s*eslint\s|#\s*mypy:|#\s*pyright:\s*(?!ignore\b))/;
function noteLineSuppressions(j, found, base) {
  for (const { tool, found: comments } of found ?? []) {
    const listed = Array.isArray(j.details.suppressions_added) ? j.details.suppressions_added : [];
    j.details.suppressions_added = [...listed, ...comments.map((o) => `${o.file}:${o.line} ${o.directive}`)].slice(0, MAX_NAMED);
    j.details.suppressions_added_count = (typeof j.details.suppressions_added_count === "number" ? j.details.suppressions_added_count : 0) + comments.length;
    const shown = comments.slice(0, 10).map((o) => `${o.file}:${o.line} ${o.directive}`).join(", ") + (comments.length > 10 ? `, \u2026 (${comments.length} in all)` : "");
    const wide = comments.filter((o) => FILE_WIDE.test(o.directive)).length;
    const what = wide === comments.length ? `turn ${tool} ${tool.toLowerCase() === "eslint" ? "rules" : "checks"} off for the rest of their file` : wide > 0 ? `tell ${tool} not to report a problem on a line or in the rest of their file` : `tell ${tool} not to report a problem on a line`;
    j.warnings.push(
      `this change adds ${comments.length} comment(s) that ${what}${base ? ` (against ${base.slice(0, 12)})` : ""}; ${tool}'s report holds no trace of what they silence, so those lines are not checked: ${shown}`
    );
  }
}
var TS_SOURCE = /\.(?:[cm]?ts|tsx)$/;
var TS_DECLARATION = /\.d\.[cm]?ts$/;
async function tscFilesNotChecked(ctx, run, tracked) {
  if (tracked === null || !(run.reports ?? []).some((r) => r.tool.toLowerCase() === "tsc")) return null;
  if (!tracked.some((f) => TS_SOURCE.test(f) && !TS_DECLARATION.test(f))) return null;
  const command = run.result.command;
  const words = command.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ""));
  if (words.some((w) => w === "-b" || w === "--build" || TS_SOURCE.test(w) && !w.startsWith("-"))) return null;
  if (words.some((w) => /^(?:cd|pushd|--dir|-C|--prefix|--cwd|--filter|-F|--workspace|-w)$/.test(w) || /^--(?:dir|prefix|cwd|filter|workspace)=/.test(w))) return null;
  const { execFile } = await import("node:child_process");
  const { promisify } = await import("node:util");
  const { existsSync } = await import("node:fs");
  const { relative: relative2, resolve, sep: sep2 } = await import("node:path");
  const workspace = ctx.host.workspace;
  const checker = words.map((w) => /(?:^|\/)(tsgo|vue-tsc|tsc)$/.exec(w)?.[1]).find((c) => c !== void 0) ?? "tsc";
  const local = join3(workspace, "node_modules", ".bin", checker);
  const tsc = existsSync(local) ? local : checker;
  const named = projectsOfCommand(command);
  const projects = named.length > 0 ? named : ["tsconfig.json"];
  const listed = /* @__PURE__ */ new Set();
  const add2 = (line) => listed.add(relative2(workspace, resolve(workspace, line.trim())).split(sep2).join("/"));
  const tscReports = (run.reports ?? []).filter((r) => r.tool.toLowerCase() === "tsc");
  if (tscReports.every((r) => r.program_files !== void 0)) {
    for (const r of tscReports) for (const line of r.program_files) add2(line);
  } else for (const project of projects) {
    try {
      const { stdout } = await promisify(execFile)(tsc, ["--listFilesOnly", "-p", project], { cwd: workspace, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 12e4 });
      for (const line of stdout.split(/\r?\n/)) if (line.trim() !== "") add2(line);
    } catch (error) {
      ctx.host.info(`type_checking: the files of ${project} could not be listed (${(error.message.split("\n")[0] ?? "").trim()}), so the component's files tsc did not check are not looked for`);
      return null;
    }
  }
  const files = tracked.filter((f) => TS_SOURCE.test(f) && !TS_DECLARATION.test(f) && !listed.has(f)).sort();
  return { files, projects };
}
function noteTscFilesNotChecked(j, found) {
  if (!found || found.files.length === 0) return;
  const before = Array.isArray(j.details.files_not_checked) ? j.details.files_not_checked : [];
  j.details.files_not_checked = [.../* @__PURE__ */ new Set([...before, ...found.files])].slice(0, MAX_NAMED);
  j.details.files_not_checked_count = (typeof j.details.files_not_checked_count === "number" ? j.details.files_not_checked_count : 0) + found.files.length;
  const shown = found.files.slice(0, 5).join(", ") + (found.files.length > 5 ? `, \u2026 (${found.files.length} in all)` : "");
  j.warnings.push(
    `${found.files.length} tracked TypeScript file(s) of the component not checked by tsc (${shown}): the project it checked (${found.projects.join(", ")}) does not hold them \u2014 outside its files or include, or in its exclude, and imported by none of its files \u2014 so their type errors are not counted`
  );
}

// src/engine/stages/refactoring.ts
async function refactoringStage(ctx, stage) {
  const r = ctx.config.stages.refactoring;
  const gates = [
    ["linting", r.linting],
    ["type_checking", r.type_checking],
    ["security", r.security]
  ];
  const halvesOn = SECURITY_HALVES.filter((half) => ctx.config.quality_gates.security[half] !== false);
  const enabled = gates.filter(([name, step]) => step.enabled && (name !== "security" || halvesOn.length > 0));
  for (const [name, step] of gates) {
    if (!step.enabled) stage.warnings.push(`${name} is disabled (stages.refactoring.${name}.enabled: false): not checked`);
  }
  if (r.security.enabled && halvesOn.length === 0) {
    stage.warnings.push("security: both halves are off by configuration (quality_gates.security.secrets: false, quality_gates.security.vulnerabilities: false): the step did not run, nothing was checked");
  }
  const instructions = r.instructions_validation.enabled ? instructionsGate(ctx) : void 0;
  if (enabled.length === 0 && !instructions) {
    stage.fail("every refactoring gate is disabled: nothing was checked. Set stages.refactoring.enabled: false to skip the stage on purpose.", "configuration");
    return;
  }
  const runAll = () => Promise.all(
    enabled.map(async ([name, step]) => {
      const started = ctx.host.now();
      const run = await runTool(ctx, stage, name, step);
      return { name, started, ended: ctx.host.now(), run };
    })
  );
  let runs = await runAll();
  const mode = r.linting.enabled ? autoFixMode(ctx, stage) : false;
  let fix = { fixed_count: null, fixable_count: null };
  if (mode && !r.linting.fix_command) {
    stage.warnings.push(`linting.auto_fix is ${mode} but stages.refactoring.linting.fix_command is not set: no fix was tried`);
  }
  const lint = runs.find((x) => x.name === "linting")?.run;
  if (mode && r.linting.fix_command) {
    fix = { fixed_count: 0, fixable_count: 0 };
    if (lint && needsFix(lint) && !stage.cancelled) {
      fix = mode === "commit" ? await commitFix(ctx, stage, r.linting) : await suggestFix(ctx, stage, r.linting, lint);
      if (fix.committed) {
        runs = await runAll();
        const after = issueCount(runs.find((x) => x.name === "linting")?.run);
        const before = issueCount(lint);
        fix.fixed_count = fix.fixable_count = before !== null && after !== null ? Math.max(0, before - after) : null;
      }
      stage.outputs.auto_fix = { mode, ran: true, issues_before: issueCount(lint), fixable_count: fix.fixable_count, fixed_count: fix.fixed_count, ...fix.outputs };
    }
  }
  if (stage.cancelled) {
    stage.fail("cancelled while the refactoring checks ran", "cancelled");
    return;
  }
  const { scope } = await componentCoverageScope(ctx);
  const lists = runs.some(({ run }) => run?.reports?.some((r2) => r2.checked_files !== void 0));
  const files = new TrackedFiles(ctx.host.workspace);
  const tracked = lists ? await files.under(scope.sources) : null;
  const secretsTracked = lists && scope.sources?.includes(".") ? await files.under(["."], { whole: true }) : tracked;
  const optOuts = await fileOptOuts(ctx, runs, scope, files);
  const noCheck = await typeCheckingOff(ctx, runs, files, scope);
  const silenced = await lineSuppressionsAdded(ctx, runs, scope, files, await changeLinesOf(ctx));
  const types = runs.find((r2) => r2.name === "type_checking")?.run;
  const outsideProject = types ? await tscFilesNotChecked(ctx, types, await files.under(scope.sources)) : null;
  for (const { name, started, ended, run } of runs) {
    if (!run) continue;
    const gate = judgeRun(ctx, name, run, started, ended, name === "linting" ? fix : null, scope, name === "security" ? secretsTracked : tracked, optOuts.get(name) ?? [], name === "type_checking" ? noCheck : []);
    noteLineSuppressions(gate, silenced.get(name), ctx.changeBase);
    if (name === "type_checking") noteTscFilesNotChecked(gate, outsideProject);
    if (name === "linting" && (run.reports ?? []).some((r2) => r2.tool.toLowerCase() === "pylint")) {
      const { pylintChecksNothing } = await import("./pylint-config-GRUSK7JU.js");
      const where = await pylintChecksNothing(ctx.host.workspace, run.result.command);
      if (where) {
        gate.passed = false;
        gate.errors.push(`${where}: pylint checks no message, so its report of 0 issues is not a measurement; enable the messages to check (enable=\u2026), or turn the linting gate off on purpose`);
        gate.details.linting_off = where;
      }
    }
    if (name === "linting" && fix.error) {
      gate.passed = false;
      gate.errors.push(fix.error);
      gate.error_type ??= "exit_code";
    }
    stage.addGate(gate);
  }
  if (instructions) stage.addGate(await instructions);
}
async function instructionsGate(ctx) {
  const started = ctx.host.now();
  const { globs } = ctx.config.stages.refactoring.instructions_validation;
  try {
    const result = await validateInstructions({ workspace: ctx.host.workspace, globs });
    return gateResult("instructions_validation", started, ctx.host.now(), {
      passed: result.error_count === 0,
      details: { files: result.files.length, error_count: result.error_count, warning_count: result.warning_count, globs },
      errors: result.error_count ? [`${result.error_count} error(s) in ${result.files.length} instruction file(s)`] : [],
      warnings: result.files.length === 0 ? [`no instruction file matches ${globs.join(", ")}`] : [],
      findings: result.findings,
      ...result.error_count ? { error_type: "threshold_not_met" } : {}
    });
  } catch (error) {
    throw new ConfigurationError(`stages.refactoring.instructions_validation.globs: ${error.message}`);
  }
}
function autoFixMode(ctx, stage) {
  const value = ctx.config.quality_gates.linting.auto_fix;
  if (value !== true) return value;
  stage.warnings.push("quality_gates.linting.auto_fix: true is deprecated and means 'suggest' (the fix is offered, never applied to the judged tree); write suggest, commit or false");
  return "suggest";
}
async function suggestFix(ctx, stage, step, lint) {
  const out = { fixed_count: 0, fixable_count: null, outputs: {} };
  let copy;
  try {
    copy = await makeFixCopy(ctx.host.workspace);
  } catch (error) {
    stage.warnings.push(`auto_fix: suggest tries the fixer on a copy made with git, and none could be made (${gitError(error)}): no fix was tried`);
    return out;
  }
  try {
    const scratch = join4(copy.dir, COPY_SCRATCH, "reports");
    await mkdir(scratch, { recursive: true });
    const inCopy = {
      ...ctx,
      host: Object.create(ctx.host, { workspace: { value: copy.dir } }),
      reportsDir: scratch,
      templateVars: { ...ctx.templateVars, reports: scratch }
    };
    ctx.host.info(`auto_fix: suggest: trying the fixer on a copy of the judged tree (${copy.root})`);
    const fixRun = await runFix(inCopy, stage, step);
    if (fixRun.cancelled) stage.cancelled = true;
    if (fixRun.error || fixRun.cancelled) return { ...out, error: fixRun.error };
    const diff = await copy.diff();
    await keepPatch(ctx, stage, diff);
    if (!diff.patch) {
      out.fixable_count = 0;
      return out;
    }
    const again = await runTool(inCopy, stage, "linting", step, "linting-on-fixed-copy");
    const before = issueCount(lint);
    const after = issueCount(again);
    out.fixable_count = before !== null && after !== null ? Math.max(0, before - after) : null;
    if (out.fixable_count === null) stage.warnings.push("the lint run on the fixed copy gave no count: how many issues the fixer can fix is unknown");
    if (ctx.host.github?.suggestFixes) {
      out.outputs.review = await ctx.host.github.suggestFixes({ diff: diff.unified0, fixable: out.fixable_count });
    }
    return out;
  } finally {
    await cp(join4(copy.dir, COPY_SCRATCH, "logs"), join4(ctx.reportsDir, "..", "logs"), { recursive: true }).catch(() => void 0);
    await copy.dispose();
  }
}
async function commitFix(ctx, stage, step) {
  const ws = ctx.host.workspace;
  const out = { fixed_count: 0, fixable_count: null, outputs: {} };
  const fail = (why) => ({ ...out, error: `auto_fix: commit: ${why}` });
  let head;
  try {
    head = await headCommit(ws);
    if ((await trackedChanges(ws)).length > 0) {
      return fail("tracked files have uncommitted changes, which a fix commit would carry: commit them first, or use auto_fix: suggest");
    }
  } catch (error) {
    return fail(`the workspace is not a git repository with a commit (${gitError(error)})`);
  }
  const branch = ctx.host.branch ?? await currentBranch(ws);
  if (!branch) {
    return fail("HEAD is detached and no branch is known to push the fix to (on pull requests, check out the head branch: actions/checkout with ref: ${{ github.head_ref }})");
  }
  const remote = "origin";
  const timeoutSeconds = ctx.config.stages.refactoring.timeout_seconds;
  const limits = { timeoutMs: timeoutSeconds * 1e3, signal: ctx.signal };
  const remoteError = (error) => ctx.signal.aborted ? "the run was cancelled" : error.killed ? `no answer within ${timeoutSeconds} s (stages.refactoring.timeout_seconds)` : gitError(error);
  let tip;
  try {
    tip = await remoteTip(ws, remote, branch, limits);
  } catch (error) {
    if (ctx.signal.aborted) stage.cancelled = true;
    return fail(`cannot read ${remote}/${branch}: ${remoteError(error)}`);
  }
  if (tip !== head) {
    return fail(`HEAD ${head.slice(0, 12)} is not the tip of ${remote}/${branch} (${tip ? tip.slice(0, 12) : "no such branch"}): a fix commit on it would not be a fix of the branch (on pull requests, check out the head branch: actions/checkout with ref: \${{ github.head_ref }})`);
  }
  const fixRun = await runFix(ctx, stage, step);
  if (fixRun.error || fixRun.cancelled) {
    if (fixRun.cancelled) stage.cancelled = true;
    await resetTo(ws, head).catch(() => void 0);
    return { ...out, error: fixRun.error };
  }
  const diff = await workspaceDiff(ws);
  await keepPatch(ctx, stage, diff);
  if (!diff.patch) return { ...out, fixable_count: 0 };
  try {
    const sha = await commitAndPush(ws, { remote, branch, message: `style(${ctx.component}): lint fixes (spec-to-production auto_fix: commit)` }, limits);
    ctx.templateVars.sha = sha;
    ctx.host.info(
      `auto_fix: commit: pushed ${sha} to ${remote}/${branch}; lint, types and security run again on it now, the tests after this stage, and later stages use it (a push made with the default GITHUB_TOKEN starts no new workflow run)`
    );
    return { ...out, committed: true, outputs: { commit_sha: sha, parent_sha: head, pushed_to: `${remote}/${branch}`, tests_ran_on: ctx.results.testing ? head : null } };
  } catch (error) {
    await resetTo(ws, head).catch(() => void 0);
    if (ctx.signal.aborted) stage.cancelled = true;
    const why = remoteError(error);
    const hint = why === gitError(error) ? "the token needs contents: write; " : "";
    return fail(`could not commit and push the fix to ${remote}/${branch}: ${why} (${hint}the fix is in lint-fix.patch)`);
  }
}
function gitError(error) {
  const e = error;
  const text3 = (e.stderr?.trim() || e.message || String(error)).split("\n").filter((l) => l.trim()).at(-1) ?? "failed";
  return text3.replace(/\/\/[^/@\s]+@/g, "//***@").trim();
}
async function keepPatch(ctx, stage, diff) {
  if (!diff.patch) {
    stage.outputs.fix_patch = null;
    return;
  }
  const path = join4(ctx.reportsDir, "lint-fix.patch");
  await writeFile(path, diff.patch);
  stage.outputs.fix_patch = path;
  stage.outputs.fixed_files = diff.files;
  ctx.host.info(`lint fix: ${diff.files.length} file(s) changed; patch kept at ${path} (apply with git apply)`);
}
function combined(reports) {
  if (reports.length === 1) return reports[0];
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const r of reports) for (const k of ["error", "warning", "notice"]) counts[k] += r.counts[k];
  return { format: reports.map((r) => r.format).join("+"), tool: reports.map((r) => r.tool).join("+"), findings: reports.flatMap((r) => r.findings), counts };
}
function issueCount(run) {
  if (!run?.reports) return null;
  const r = combined(run.reports);
  return r.counts.error + r.counts.warning;
}
function needsFix(run) {
  if (run.reports) return (issueCount(run) ?? 0) > 0;
  return run.result.exitCode !== 0 && !run.problemType;
}
async function runFix(ctx, stage, step) {
  const command = commandFor(ctx, step.fix_command, "stages.refactoring.linting.fix_command");
  const policy = ctx.config.error_recovery.refactoring;
  const result = await runStep(ctx, stage, {
    purpose: "linting-fix",
    command,
    cwd: ctx.host.workspace,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    judge: async (res) => {
      const cls = classifyCommand(res, policy.retry_on_timeout);
      const ran = !res.spawnError && !res.timedOut && !res.signal && (res.exitCode === 0 || res.exitCode === 1);
      return { value: res, ok: ran, retryable: cls.transient, reason: cls.description };
    }
  });
  if (result.cancelled) return { cancelled: true };
  if (!result.outcome.ok) {
    const tail = result.outcome.value ? cleanMessage(lastLines(result.outcome.value.tail, 5)) : "";
    return { error: `the lint fix command failed (${result.outcome.reason}): ${command}${tail ? ` \u2014 output ends: ${tail}` : ""}` };
  }
  return {};
}
async function runTool(ctx, stage, name, step, purpose = name) {
  const where = `stages.refactoring.${name}`;
  const command = commandFor(ctx, step.command, `${where}.command`);
  if (!command) {
    stage.addGate(
      gateResult(name, ctx.host.now(), ctx.host.now(), {
        passed: false,
        details: {},
        errors: [`no command is configured (${where}.command): ${name} was not checked. Configure one, or set ${where}.enabled: false.`],
        error_type: "configuration"
      })
    );
    return void 0;
  }
  const security = name === "security";
  const configured = [
    ...step.report ? [{ ref: step.report, where: `${where}.report` }] : [],
    ...security ? step.reports.map((ref, i) => ({ ref, where: `${where}.reports[${i}]` })) : []
  ];
  const skipped = [];
  const reports = [];
  for (const { ref, where: at } of configured) {
    const path = reportPathFor(ctx, ref.path, at);
    const half = security ? halfOfFormat(ref.format) : null;
    if (half !== null && ctx.config.quality_gates.security[half] === false) skipped.push({ half, where: at, path });
    else reports.push({ ref, where: at, path });
  }
  let snapshot;
  const policy = ctx.config.error_recovery.refactoring;
  const result = await runStep(ctx, stage, {
    purpose,
    command,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    // A secret scan's output may quote what it found: shown only once the secrets are known and redacted.
    deferOutput: security,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take(reports.map((r) => r.path));
    },
    judge: async (res) => {
      const cls = classifyCommand(res, policy.retry_on_timeout);
      const run = { result: res, ...security && skipped.length ? { skipped: skipped.map(({ half, where: at }) => ({ half, where: at })) } : {} };
      const readAnyway = security && cls.errorType === "transient_network";
      if (cls.errorType !== null && cls.errorType !== "exit_code" && !readAnyway) {
        run.problem = `the ${name} command ${cls.description}`;
        run.problemType = cls.errorType;
        return { value: run, ok: false, retryable: cls.transient, reason: cls.description };
      }
      if (configured.length === 0) return { value: run, ok: res.exitCode === 0, retryable: false, reason: cls.description };
      const read = [];
      for (const { ref, where: at, path } of reports) {
        const got = await readFreshReport(
          snapshot,
          path,
          { workspace: ctx.host.workspace, what: "report", ran: `the ${name} command (${cls.description})` },
          () => readFindingsFile(path, { workspace: ctx.host.workspace, format: ref.format })
        );
        if (got.problem) {
          const half = security ? halfOfFormat(ref.format) : null;
          if (half) {
            ;
            (run.unread ??= []).push({ half, where: at, problem: got.problem });
            continue;
          }
          run.problem = got.problem;
          const gist = res.exitCode !== 0 && !security ? outputGist(res.tail, (text3) => ctx.redactor.redact(text3)) : "";
          if (gist) run.problem = `the ${name} command failed (${cls.description}), and ${gist}; ${got.problem}`;
          run.problemType = "report";
          break;
        }
        if (name === "linting" && got.value.format === BLANK_REPORT_FORMAT && ref.format === void 0) {
          run.problem = `the report ${relative(ctx.host.workspace, path).split(sep).join("/")} (${at}) is empty: no linter read here writes nothing when it finds nothing (eslint, ruff and pylint write [], a SARIF writer a log), so the linter wrote its report elsewhere or did not run (stylelint 16 and later print theirs on standard error: write it with --output-file); a tool whose clean output is empty is judged so when the report's format is named`;
          run.problemType = "report";
          break;
        }
        read.push(got.value);
        if (halfOfReport(got.value) === "secrets") {
          for (const piece of ctx.redactor.add(await secretValuesIn(path))) ctx.host.mask?.(piece);
        }
      }
      for (const { half, path } of skipped) {
        if (half === "secrets") for (const piece of ctx.redactor.add(await secretValuesIn(path))) ctx.host.mask?.(piece);
      }
      if (!run.problem) run.reports = read;
      const unread = run.unread?.map((u) => `${u.half} not measured: ${u.where} could not be read (${u.problem})`).join("; ");
      if (readAnyway && (run.problem || unread)) {
        return { value: run, ok: false, retryable: cls.transient, reason: `${cls.description}; ${run.problem ?? unread}` };
      }
      return { value: run, ok: run.problem === void 0, retryable: false, reason: run.problem ?? (unread ? `${cls.description}; ${unread}` : cls.description) };
    }
  });
  if (result.cancelled) {
    stage.cancelled = true;
    return void 0;
  }
  return result.outcome.value;
}
function judgeRun(ctx, name, run, started, now, fix, scope, tracked, optOuts, noCheck) {
  const q = ctx.config.quality_gates;
  if (run.problem) {
    return gateResult(name, started, now, { passed: false, details: {}, errors: [run.problem], error_type: run.problemType ?? "report" });
  }
  const exit = classifyCommand(run.result);
  if (!run.reports) {
    const ok = run.result.exitCode === 0;
    const errors = ok ? [] : [`the ${name} command failed (${exit.description})`];
    const warnings = [`no report is configured (stages.refactoring.${name}.report): judged by exit status only, no counts`];
    const details = { source: "exit status", exit_code: run.result.exitCode };
    if (name === "security") {
      const halves = {};
      for (const half of SECURITY_HALVES) {
        halves[half] = q.security[half] === false ? { status: "off", tools: [] } : { status: "unmeasured", reason: "no report of it is configured (stages.refactoring.security.report, .reports): the command was judged by its exit status only", tools: [] };
        const v = halfVerdict(half, halves[half], ctx.target);
        errors.push(...v.errors);
        warnings.push(...v.warnings);
      }
      details.halves = halves;
    }
    const passed = errors.length === 0;
    return gateResult(name, started, now, {
      passed,
      details,
      errors,
      warnings,
      ...passed ? {} : { error_type: ok ? "threshold_not_met" : "exit_code" }
    });
  }
  const judged = ctx.changed ? run.reports.map((r) => onChangedLines(r, ctx.changed)) : run.reports;
  const all = combined(judged);
  const listing = name === "type_checking" ? run.reports.filter((r) => r.checked_files === void 0 && r.checked_count === 0) : run.reports.filter((r) => r.checked_files !== void 0 || r.checked_count !== void 0);
  const unchecked = listing.map((r) => {
    const half = name === "security" ? halfOfReport(r) : null;
    const what = name === "type_checking" ? "type-checked" : half === null ? "linted" : half === "secrets" ? "scanned for secrets" : "scanned for vulnerabilities";
    return { half: half ?? "vulnerabilities", problem: uncheckedComponent(r, what, scope.sources) };
  }).filter((u) => u.problem !== null);
  const j = name === "linting" ? judgeLinting(all, q.linting, fix ?? { fixed_count: null, fixable_count: null }) : name === "type_checking" ? judgeTypeChecking(all, q.type_checking) : judgeSecurity(judged, q.security, {
    target: ctx.target,
    unread: run.unread,
    skipped: run.skipped,
    unchecked
  });
  if (listing.length > 0) {
    j.details.files_checked = listing.reduce((n, r) => n + (r.checked_files?.length ?? r.checked_count), 0);
    j.details.component_checked = unchecked.length === 0;
  }
  if ((name === "linting" || name === "type_checking") && unchecked.length > 0) {
    j.passed = false;
    j.errors.push(...unchecked.map((u) => u.problem));
  }
  const stopped = run.reports.flatMap((r) => r.incomplete === void 0 ? [] : [r.incomplete]);
  if ((name === "linting" || name === "type_checking") && stopped.length > 0) {
    j.passed = false;
    j.errors.unshift(...stopped);
  }
  noteTypeCheckingOff(j, noCheck);
  if (unchecked.length === 0) noteOptOuts(j, optOuts);
  if (unchecked.length === 0 && name !== "type_checking") noteFilesNotChecked(j, name === "security" ? run.reports.filter((r) => halfOfReport(r) === "secrets") : run.reports, tracked, name === "security");
  if (name === "type_checking") noteTypeErrorsOutside(j, all, ctx.config.paths.source);
  noteSuppressed(j, judged);
  const whole = combined(run.reports);
  const total = whole.counts.error + whole.counts.warning + whole.counts.notice;
  if (ctx.changed) {
    j.details.only_changed = true;
    j.details.total_in_repository = total;
    if (name !== "security") noteOutsideChangedLines(j, name, whole, all);
    else noteSecurityOutsideChangedLines(j, run.reports, judged, q.security);
    if (run.reports.some((r) => r.findings_truncated)) j.warnings.push("the report listed more findings than were kept: changed-line counts come from the kept ones");
  }
  const truncated = run.reports.filter((r) => r.findings_truncated);
  if (truncated.length > 0) {
    const listed = truncated.reduce((n, r) => n + r.findings.length, 0);
    const reported = truncated.reduce((n, r) => n + r.counts.error + r.counts.warning + r.counts.notice, 0);
    j.warnings.push(
      `${truncated.map((r) => r.tool).join(", ")} reported ${reported} findings; ${listed} are listed, the most severe first: the annotations, the summary, the SARIF file and the JSON report's findings show only those, the counts all ${reported}`
    );
  }
  if (run.result.exitCode !== 0 && total === 0) {
    const notRead = [...(run.unread ?? []).map((u) => `${u.where} (${u.half}, unreadable)`), ...(run.skipped ?? []).map((u) => `${u.where} (${u.half}, off)`)];
    if (notRead.length > 0) {
      j.warnings.push(`the ${name} command ${exit.description} and the reports read list no problem: the exit status is put down to the report(s) not read, ${notRead.join(", ")}`);
    } else {
      j.passed = false;
      j.errors.push(`the ${name} command failed (${exit.description}) but its report lists no problem: the report cannot be trusted`);
    }
  }
  return gateResult(name, started, now, {
    passed: j.passed,
    details: j.details,
    errors: j.errors,
    warnings: j.warnings,
    findings: j.findings,
    ...j.passed ? {} : { error_type: "threshold_not_met" }
  });
}
export {
  refactoringStage
};
