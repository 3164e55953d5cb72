import {
  clipChars
} from "./chunk-4CLWEP5D.js";

// src/reports/findings/collect.ts
import { realpathSync } from "node:fs";
import { posix } from "node:path";
var DEFAULT_MAX_FINDINGS = 5e3;
var MAX_MESSAGE_CHARS = 4e3;
var MAX_RULE_CHARS = 200;
var MAX_SUPPRESSED = 50;
var FindingsCollector = class {
  constructor(tool, options) {
    this.tool = tool;
    this.options = options;
    this.realWorkspace = realPath(options.workspace);
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    if (!Number.isInteger(max) || max < 0) throw new RangeError(`maxFindings must be a whole number \u2265 0, not ${max}`);
    this.limit = max;
  }
  tool;
  options;
  /** Kept findings by severity, each with its place in the tool's order. */
  kept = { error: [], warning: [], notice: [] };
  keptCount = 0;
  seen = 0;
  counts = { error: 0, warning: 0, notice: 0 };
  graded = { critical: 0, high: 0, medium: 0, low: 0 };
  anyGraded = false;
  truncated = false;
  limit;
  files = [];
  suppressedKept = [];
  suppressedCount = 0;
  /** The workspace's real path when a symbolic link leads to it: tools print real paths (their cwd is resolved). */
  realWorkspace;
  get errorCount() {
    return this.counts.error;
  }
  get warningCount() {
    return this.counts.warning;
  }
  get noticeCount() {
    return this.counts.notice;
  }
  /** Findings counted so far, of every severity. */
  get total() {
    return this.counts.error + this.counts.warning + this.counts.notice;
  }
  /** Counts by advisory severity so far (exact past the kept list's bound). */
  get vulnerabilityCounts() {
    return this.graded;
  }
  /** A file the tool says it checked, with or without problems (eslint and secretlint list every one). */
  checked(file) {
    this.files.push(this.relative(file));
  }
  /** A problem the tool found and a comment in the source suppressed: counted apart, never in `counts`. */
  suppressed(raw) {
    this.suppressedCount++;
    if (this.suppressedKept.length >= MAX_SUPPRESSED) return;
    const rule = raw.rule ? cleanLine(raw.rule, MAX_RULE_CHARS) : void 0;
    const justification = raw.justification?.trim() ? cleanLine(raw.justification.trim(), MAX_RULE_CHARS) : void 0;
    this.suppressedKept.push({
      file: this.relative(raw.file),
      ...isPositive(raw.line) ? { line: raw.line } : {},
      ...rule ? { rule } : {},
      ...justification ? { justification } : {}
    });
  }
  add(raw, tool) {
    this.counts[raw.severity]++;
    if (raw.security_severity !== void 0) {
      this.graded[raw.security_severity]++;
      this.anyGraded = true;
    }
    const at = this.seen++;
    if (this.keptCount >= this.limit) {
      this.truncated = true;
      const lesser = LESS_SEVERE[raw.severity].find((severity) => this.kept[severity].length > 0);
      if (lesser === void 0) return;
      this.kept[lesser].pop();
      this.keptCount--;
    }
    const rule = raw.rule ? cleanLine(raw.rule, MAX_RULE_CHARS) : void 0;
    const finding = {
      tool: tool ?? this.tool,
      ...rule ? { rule } : {},
      severity: raw.severity,
      file: this.relative(raw.file),
      ...isPositive(raw.line) ? { line: raw.line } : {},
      ...isPositive(raw.end_line) ? { end_line: raw.end_line } : {},
      ...isPositive(raw.column) ? { column: raw.column } : {},
      message: cleanMessage(raw.message),
      ...raw.security_severity !== void 0 ? { security_severity: raw.security_severity } : {}
    };
    this.kept[raw.severity].push({ at, finding });
    this.keptCount++;
  }
  /** The kept findings in the tool's order. */
  keptInOrder() {
    const { error, warning, notice } = this.kept;
    if (warning.length === 0 && notice.length === 0) return error.map((k) => k.finding);
    return [...error, ...warning, ...notice].sort((a, b) => a.at - b.at).map((k) => k.finding);
  }
  /** A path the tool printed, relative to the workspace: through its real path too (eslint, ruff print real paths). */
  relative(file) {
    const relative = workspacePath(file, this.options.workspace);
    if (this.realWorkspace === void 0 || !isAbsolutePath(relative.replace(/\\/g, "/"))) return relative;
    const real = workspacePath(file, this.realWorkspace);
    return isAbsolutePath(real.replace(/\\/g, "/")) ? relative : real;
  }
  /**
   * The report: `fixable` when the tool tells it, `findings_truncated` only when findings were dropped, `kind` and
   * `vulnerabilities` as the shape asks.
   */
  report(format, shape = {}, tool = this.tool) {
    const { fixable, kind, vulnerabilities = "never", audited, listsFiles, checkedCount } = typeof shape === "number" ? { fixable: shape } : shape;
    const report = { format, tool, findings: this.keptInOrder(), counts: { ...this.counts } };
    if (fixable !== void 0) report.fixable = fixable;
    if (this.truncated) report.findings_truncated = true;
    if (kind !== void 0) report.kind = kind;
    if (audited !== void 0) report.audited = audited;
    if (listsFiles) report.checked_files = this.files;
    if (checkedCount !== void 0) report.checked_count = checkedCount;
    if (this.suppressedCount > 0) report.suppressed = { count: this.suppressedCount, kept: this.suppressedKept };
    if (vulnerabilities === "always" || vulnerabilities === "graded" && this.anyGraded) report.vulnerabilities = { ...this.graded };
    return report;
  }
};
var LESS_SEVERE = { error: ["notice", "warning"], warning: ["notice"], notice: [] };
function isPositive(n) {
  return n !== void 0 && Number.isSafeInteger(n) && n > 0;
}
function workspacePath(given, workspace) {
  const slashed = given.replace(/\\/g, "/");
  if (slashed === "") return "";
  if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(slashed)) return cleanLine(given);
  const normal = posix.normalize(slashed);
  if (!isAbsolutePath(slashed)) {
    if (normal === ".." || normal.startsWith("../")) return cleanLine(given);
    return cleanLine(normal);
  }
  const root = workspaceRoot(workspace);
  if (root !== void 0) {
    const windows = /^[A-Za-z]:\//.test(normal);
    const a = windows ? normal.toLowerCase() : normal;
    const b = windows ? root.toLowerCase() : root;
    if (a === b) return ".";
    const prefix = b.endsWith("/") ? b : `${b}/`;
    if (a.startsWith(prefix)) return cleanLine(normal.slice(prefix.length));
  }
  return cleanLine(given);
}
function realPath(workspace) {
  if (!workspace || !isAbsolutePath(workspace.replace(/\\/g, "/"))) return void 0;
  try {
    const real = realpathSync.native(workspace);
    return real !== posix.normalize(workspace.replace(/\\/g, "/")).replace(/\/+$/, "") ? real : void 0;
  } catch {
    return void 0;
  }
}
function isAbsolutePath(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function workspaceRoot(workspace) {
  const slashed = workspace.replace(/\\/g, "/");
  if (!isAbsolutePath(slashed)) return void 0;
  const normal = posix.normalize(slashed);
  return normal.length > 1 && normal.endsWith("/") && !/^[A-Za-z]:\/$/.test(normal) ? normal.slice(0, -1) : normal;
}
var CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
var CONTROL_OR_BREAK = /[\u0000-\u001F\u007F]/g;
var UNSHOWABLE = /[\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function cleanMessage(text, max = MAX_MESSAGE_CHARS) {
  return bound(text.replace(/\r\n?/g, "\n").replace(CONTROL, "\uFFFD").replace(UNSHOWABLE, "\uFFFD"), max);
}
function cleanLine(text, max = Number.POSITIVE_INFINITY) {
  return bound(text.replace(CONTROL_OR_BREAK, "\uFFFD").replace(UNSHOWABLE, "\uFFFD"), max);
}
function bound(text, max) {
  return clipChars(text, max);
}
function emptyReport(format, tool) {
  return { format, tool, findings: [], counts: { error: 0, warning: 0, notice: 0 } };
}

export {
  MAX_MESSAGE_CHARS,
  FindingsCollector,
  cleanMessage,
  cleanLine,
  emptyReport
};
