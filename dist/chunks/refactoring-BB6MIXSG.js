import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ReportError,
  ReportSnapshot,
  readFreshReport
} from "./chunk-PFHWOKUK.js";
import {
  classifyCommand,
  commandFor,
  reportPathFor,
  runStep
} from "./chunk-D3S6FLNS.js";
import "./chunk-UBBZE3T4.js";
import {
  gateResult
} from "./chunk-HU5KFTCI.js";
import "./chunk-PY5VAGIZ.js";

// src/gates/tools.ts
var SECRET_TOOLS = /* @__PURE__ */ new Set(["secretlint", "detect-secrets", "gitleaks"]);
function judgeLinting(report, limits, fixedCount) {
  const issueCount = report.counts.error + report.counts.warning;
  const details = {
    issue_count: issueCount,
    errors: report.counts.error,
    warnings: report.counts.warning,
    fixed_count: fixedCount,
    max_issues: limits.max_issues,
    tool: report.tool,
    ...report.fixable !== void 0 ? { fixable: report.fixable } : {}
  };
  const ok = issueCount <= limits.max_issues;
  return {
    passed: ok,
    details,
    errors: ok ? [] : [`${issueCount} lint issue(s) (${report.counts.error} errors, ${report.counts.warning} warnings), more than the ${limits.max_issues} allowed`],
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
function judgeSecurity(report, limits) {
  const secrets = SECRET_TOOLS.has(report.tool);
  const details = {
    secret_count: null,
    critical: null,
    high: null,
    medium: null,
    low: null,
    max_secrets: limits.max_secrets,
    max_critical: limits.max_critical,
    max_high: limits.max_high,
    max_medium: limits.max_medium,
    tool: report.tool
  };
  const errors = [];
  const warnings = [];
  if (secrets) {
    const count = report.counts.error + report.counts.warning + report.counts.notice;
    details.secret_count = count;
    if (count > limits.max_secrets) errors.push(`${count} secret(s) found, more than the ${limits.max_secrets} allowed`);
    warnings.push("no vulnerability report was read: critical/high/medium/low are not measured");
  } else if (report.tool === "unknown") {
    errors.push("the security report is empty and its format cannot be detected from it: name it, e.g. report: { path: \u2026, format: secretlint-json }");
  } else {
    errors.push(`${report.tool} is not a secret scanner this version can judge: configure secretlint or detect-secrets`);
  }
  return { passed: errors.length === 0, details, errors, warnings, findings: report.findings };
}

// src/reports/findings/index.ts
import { open } from "node:fs/promises";

// src/reports/findings/collect.ts
import { posix } from "node:path";
var DEFAULT_MAX_FINDINGS = 5e3;
var MAX_MESSAGE_CHARS = 4e3;
var MAX_RULE_CHARS = 200;
var FindingsCollector = class {
  constructor(tool, options) {
    this.tool = tool;
    this.options = options;
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    if (!Number.isInteger(max) || max < 0) throw new RangeError(`maxFindings must be a whole number \u2265 0, not ${max}`);
    this.limit = max;
  }
  tool;
  options;
  kept = [];
  counts = { error: 0, warning: 0, notice: 0 };
  limit;
  get errorCount() {
    return this.counts.error;
  }
  get warningCount() {
    return this.counts.warning;
  }
  get noticeCount() {
    return this.counts.notice;
  }
  add(raw) {
    this.counts[raw.severity]++;
    if (this.kept.length >= this.limit) return;
    const rule = raw.rule ? cleanLine(raw.rule, MAX_RULE_CHARS) : void 0;
    this.kept.push({
      tool: this.tool,
      ...rule ? { rule } : {},
      severity: raw.severity,
      file: workspacePath(raw.file, this.options.workspace),
      ...isPositive(raw.line) ? { line: raw.line } : {},
      ...isPositive(raw.end_line) ? { end_line: raw.end_line } : {},
      ...isPositive(raw.column) ? { column: raw.column } : {},
      message: cleanMessage(raw.message)
    });
  }
  report(format, fixable) {
    const report = { format, tool: this.tool, findings: this.kept, counts: { ...this.counts } };
    if (fixable !== void 0) report.fixable = fixable;
    return report;
  }
};
function isPositive(n) {
  return n !== void 0 && Number.isSafeInteger(n) && n > 0;
}
function workspacePath(given, workspace) {
  const slashed = given.replace(/\\/g, "/");
  if (slashed === "") return "";
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
function cleanMessage(text) {
  return bound(text.replace(/\r\n?/g, "\n").replace(CONTROL, "\uFFFD"), MAX_MESSAGE_CHARS);
}
function cleanLine(text, max = Number.POSITIVE_INFINITY) {
  return bound(text.replace(CONTROL_OR_BREAK, "\uFFFD"), max);
}
function bound(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function emptyReport(format, tool) {
  return { format, tool, findings: [], counts: { error: 0, warning: 0, notice: 0 } };
}

// src/reports/findings/json-text.ts
function parseJsonText(text, file, format) {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const at = jsonErrorOffset(body);
    if (at < 0) throw new ReportError(file, format, "JSON", "the JSON could not be parsed (too deeply nested?)");
    if (at >= body.length) {
      throw new ReportError(file, format, lineColumn(body, body.length), "unexpected end of input: the JSON is empty or truncated");
    }
    throw new ReportError(file, format, lineColumn(body, at), `unexpected ${describeChar(body.charCodeAt(at))} in JSON`);
  }
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
function describeChar(code) {
  const ch = String.fromCharCode(code);
  if ('{}[]:,"'.includes(ch)) return `'${ch}'`;
  if (code < 32 || code === 127) return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return "character";
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function jsonErrorOffset(text) {
  const n = text.length;
  const stack = [];
  let state = "value";
  let i = 0;
  for (; ; ) {
    while (i < n && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
    if (i >= n) return state === "after" && stack.length === 0 ? -1 : n;
    const c = text[i];
    switch (state) {
      case "value":
      case "valueOrClose": {
        if (state === "valueOrClose" && c === "]") {
          stack.pop();
          i++;
          state = "after";
        } else if (c === "{") {
          stack.push(true);
          i++;
          state = "keyOrClose";
        } else if (c === "[") {
          stack.push(false);
          i++;
          state = "valueOrClose";
        } else {
          const end = scanScalar(text, i);
          if (end < 0) return -end - 1;
          i = end;
          state = "after";
        }
        break;
      }
      case "key":
      case "keyOrClose": {
        if (state === "keyOrClose" && c === "}") {
          stack.pop();
          i++;
          state = "after";
        } else if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
          state = "colon";
        } else return i;
        break;
      }
      case "colon":
        if (c !== ":") return i;
        i++;
        state = "value";
        break;
      case "after": {
        if (stack.length === 0) return i;
        const inObject = stack[stack.length - 1];
        if (c === ",") {
          i++;
          state = inObject ? "key" : "value";
        } else if (c === (inObject ? "}" : "]")) {
          stack.pop();
          i++;
        } else return i;
        break;
      }
    }
  }
}
function scanScalar(text, i) {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  for (const literal of ["true", "false", "null"]) {
    if (c === literal[0]) return text.startsWith(literal, i) ? i + literal.length : -i - 1;
  }
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  return m ? i + m[0].length : -i - 1;
}
function scanString(text, start) {
  const n = text.length;
  let j = start + 1;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (code === 34) return j + 1;
    if (code < 32) return -j - 1;
    if (code === 92) {
      const next = text[j + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -j - 1;
        j += 6;
      } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) j += 2;
      else return -(next === void 0 ? n : j) - 1;
    } else j++;
  }
  return -n - 1;
}
var JsonReader = class {
  constructor(file, format) {
    this.file = file;
    this.format = format;
  }
  file;
  format;
  fail(path, detail) {
    throw new ReportError(this.file, this.format, path, detail);
  }
  array(value, path) {
    if (!Array.isArray(value)) this.fail(path, `expected an array, found ${kind(value)}`);
    return value;
  }
  object(value, path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(path, `expected an object, found ${kind(value)}`);
    return value;
  }
  string(obj, key, path) {
    const value = own(obj, key);
    if (typeof value !== "string") this.fail(member(path, key), `expected a string, found ${kind(value)}`);
    return value;
  }
  optionalString(obj, key, path) {
    const value = own(obj, key);
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "string") this.fail(member(path, key), `expected a string, found ${kind(value)}`);
    return value;
  }
  integer(obj, key, path) {
    const value = own(obj, key);
    if (typeof value !== "number" || !Number.isSafeInteger(value)) this.fail(member(path, key), `expected a whole number, found ${kind(value)}`);
    return value;
  }
  optionalInteger(obj, key, path) {
    const value = own(obj, key);
    if (value === void 0 || value === null) return void 0;
    return this.integer(obj, key, path);
  }
  optionalObject(obj, key, path) {
    const value = own(obj, key);
    if (value === void 0 || value === null) return void 0;
    return this.object(value, member(path, key));
  }
};
function own(obj, key) {
  return Object.hasOwn(obj, key) ? obj[key] : void 0;
}
function member(path, key) {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}.${key}`;
  const quoted = JSON.stringify(key.length > 80 ? `${key.slice(0, 79)}\u2026` : key);
  return `${path}[${quoted}]`;
}
function index(path, i) {
  return `${path}[${i}]`;
}
function kind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value === void 0) return "nothing";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
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
  return out.report(DETECT_SECRETS_FORMAT);
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
    checkCount(r, result, "errorCount", errors, path);
    checkCount(r, result, "warningCount", warnings, path);
    fixable += (r.optionalInteger(result, "fixableErrorCount", path) ?? 0) + (r.optionalInteger(result, "fixableWarningCount", path) ?? 0);
  });
  return out.report(ESLINT_FORMAT, fixable);
}
function checkCount(r, result, key, counted, path) {
  const stated = r.optionalInteger(result, key, path);
  if (stated !== void 0 && stated !== counted) {
    r.fail(member(path, key), `says ${stated} but the file's messages hold ${counted}`);
  }
}

// src/reports/findings/mypy.ts
var MYPY_FORMAT = "mypy-text";
var HEADER = /^(.+?)(?::(\d+))?(?::(\d+))?(?::(\d+):(\d+))?: (error|warning|note): (.*)$/;
var SUMMARY = /^Found (\d+) errors? in \d+ files?\b/;
var SUCCESS = /^Success: no issues found/;
var CODE = /^(.*?)\s+\[([A-Za-z0-9_-]+)\]$/s;
var SEVERITIES = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["note", "notice"]
]);
function parseMypyText(text, options) {
  const out = new FindingsCollector("mypy", options);
  let pending;
  let notes = [];
  let state = "none";
  const summaries = [];
  let firstOther;
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
  text.split(/\r?\n/).forEach((line, i) => {
    const header = /^\s/.test(line) ? null : HEADER.exec(line);
    if (header) {
      const [, name, lineNo, column, endLine, , kind2, message] = header;
      const severity = SEVERITIES.get(kind2) ?? "error";
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
  if (summaries.length === 1 && summaries[0].count !== out.errorCount) {
    const s = summaries[0];
    throw new ReportError(options.file, MYPY_FORMAT, `line ${s.line}`, `mypy says ${s.count} errors but ${out.errorCount} error lines were found`);
  }
  return out.report(MYPY_FORMAT);
}
function isMypyLine(line) {
  return HEADER.test(line) || SUCCESS.test(line) || /^Found \d+ errors? in \d+ files? \(/.test(line);
}
function append(finding, text) {
  if (finding.message.length <= MAX_MESSAGE_CHARS) finding.message += text;
}
function withCode(finding) {
  const m = CODE.exec(finding.message);
  return m ? { ...finding, rule: m[2], message: m[1] } : finding;
}

// src/reports/findings/pyright.ts
var PYRIGHT_FORMAT = "pyright-json";
var SEVERITIES2 = /* @__PURE__ */ new Map([
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
    const severity = SEVERITIES2.get(r.string(diagnostic, "severity", at));
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
  if (summary) {
    const summaryPath = member("$", "summary");
    check(r, summary, "errorCount", out.errorCount, summaryPath);
    check(r, summary, "warningCount", out.warningCount, summaryPath);
    check(r, summary, "informationCount", out.noticeCount, summaryPath);
  }
  return out.report(PYRIGHT_FORMAT);
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
var SEVERITIES3 = /* @__PURE__ */ new Map([
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
    const severity = SEVERITIES3.get(severityName);
    if (!severity) r.fail(member(at, "severity"), `unknown severity (expected one of ${[...SEVERITIES3.keys()].join(", ")})`);
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
var SEVERITIES4 = /* @__PURE__ */ new Map([
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
    const messagesPath = member(path, "messages");
    r.array(own(result, "messages"), messagesPath).forEach((entry, j) => {
      const at = index(messagesPath, j);
      const message = r.object(entry, at);
      const severity = SEVERITIES4.get(r.string(message, "severity", at));
      if (!severity) r.fail(member(at, "severity"), "unknown severity (expected error, warning or info)");
      const rule = r.optionalString(message, "ruleId", at);
      const loc = r.optionalObject(message, "loc", at);
      const start = loc && r.optionalObject(loc, "start", member(at, "loc"));
      out.add({
        rule,
        severity,
        file: filePath,
        line: start && r.optionalInteger(start, "line", member(member(at, "loc"), "start")),
        message: secretMessage(rule)
      });
    });
  });
  return out.report(SECRETLINT_FORMAT);
}
function secretMessage(rule) {
  return `Possible secret found by ${rule ?? "secretlint"} (value not shown)`;
}

// src/reports/findings/tsc.ts
var TSC_FORMAT = "tsc-text";
var ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
var PLAIN = /^(.+?)\((\d+),(\d+)\): (error|warning|message|suggestion) TS(\d+): (.*)$/;
var PRETTY = /^(.+?):(\d+):(\d+) - (error|warning|message|suggestion) TS(\d+): (.*)$/;
var NO_FILE = /^(error|warning|message|suggestion) TS(\d+): (.*)$/;
var SUMMARY2 = /^Found (\d+) errors?\b/;
var NPM_BANNER = /^> /;
var CATEGORIES = /* @__PURE__ */ new Map([
  ["error", "error"],
  ["warning", "warning"],
  ["message", "notice"],
  ["suggestion", "notice"]
]);
function parseTscText(text, options) {
  const out = new FindingsCollector("tsc", options);
  const lines = text.split(/\r?\n/);
  let pending;
  let state = "none";
  const summaries = [];
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
    if (state === "message") state = "none";
    if (state === "none" && firstOther === void 0 && !NPM_BANNER.test(line) && !/^\s/.test(line)) firstOther = i + 1;
  });
  flush();
  const total = out.errorCount + out.warningCount + out.noticeCount;
  if (total === 0 && summaries.length === 0 && firstOther !== void 0) {
    throw new ReportError(options.file, TSC_FORMAT, `line ${firstOther}`, 'no tsc diagnostic and no "Found N errors" line: is this tsc output?');
  }
  if (summaries.length === 1 && summaries[0].count !== out.errorCount) {
    const s = summaries[0];
    throw new ReportError(options.file, TSC_FORMAT, `line ${s.line}`, `tsc says ${s.count} errors but ${out.errorCount} error diagnostics were found`);
  }
  return out.report(TSC_FORMAT);
}
function isTscLine(line) {
  return matchDiagnostic(line.replace(ANSI, "")) !== void 0;
}
function matchDiagnostic(line) {
  const located = PLAIN.exec(line) ?? (/^\s/.test(line) ? null : PRETTY.exec(line));
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
  [DETECT_SECRETS_FORMAT, detectSecretsFromJson]
]);
var TEXT_PARSERS = /* @__PURE__ */ new Map([
  [TSC_FORMAT, parseTscText],
  [MYPY_FORMAT, parseMypyText]
]);
var FINDINGS_FORMATS = [...JSON_PARSERS.keys(), ...TEXT_PARSERS.keys()];
var MAX_FINDINGS_FILE_BYTES = 256 * 1024 * 1024;
var UNKNOWN_EMPTY_FORMAT = "unknown";
function parseFindings(text, options) {
  const { format, ...rest } = options;
  if (format !== void 0) {
    const known = findingsFormat(format);
    if (!known) {
      throw new ReportError(options.file, format, "format", `unknown findings format; expected one of ${FINDINGS_FORMATS.join(", ")}`);
    }
    const fromJson = JSON_PARSERS.get(known);
    if (fromJson) return fromJson(parseJsonText(text, options.file, known), rest);
    return TEXT_PARSERS.get(known)(text, rest);
  }
  return parseDetected(text, rest);
}
function findingsFormat(name) {
  const key = name.trim().toLowerCase();
  return FINDINGS_FORMATS.find((f) => f === key || f.slice(0, f.lastIndexOf("-")) === key);
}
function parseDetected(text, options) {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (body === "") return emptyReport(UNKNOWN_EMPTY_FORMAT, UNKNOWN_EMPTY_FORMAT);
  if (body.startsWith("[") || body.startsWith("{")) {
    const data = parseJsonText(text, options.file, "findings JSON");
    if (Array.isArray(data) && data.length === 0) return emptyReport(UNKNOWN_EMPTY_FORMAT, UNKNOWN_EMPTY_FORMAT);
    const format2 = detectJsonFormat(data);
    if (!format2) {
      throw new ReportError(
        options.file,
        "findings JSON",
        "$",
        "no known report shape: expected an array of eslint or secretlint results ({filePath, messages}) or of ruff diagnostics ({code, location, filename}), pyright output ({generalDiagnostics}) or a detect-secrets baseline ({results})"
      );
    }
    return JSON_PARSERS.get(format2)(data, options);
  }
  const format = detectTextFormat(text);
  if (format === "empty") return emptyReport(UNKNOWN_EMPTY_FORMAT, UNKNOWN_EMPTY_FORMAT);
  if (!format) {
    throw new ReportError(options.file, "findings", "line 1", "not JSON, and no line of tsc or mypy output: name the report format");
  }
  return TEXT_PARSERS.get(format)(text, options);
}
function detectJsonFormat(data) {
  if (Array.isArray(data)) {
    let results = false;
    for (const item of data) {
      if (!isObject(item)) return void 0;
      if (typeof own(item, "code") !== "undefined" && typeof own(item, "filename") === "string" && own(item, "location") !== void 0) {
        return RUFF_FORMAT;
      }
      const messages = own(item, "messages");
      if (typeof own(item, "filePath") !== "string" || !Array.isArray(messages)) return void 0;
      results = true;
      if (typeof own(item, "errorCount") === "number" || typeof own(item, "warningCount") === "number") return ESLINT_FORMAT;
      for (const message of messages) {
        if (!isObject(message)) continue;
        const severity = own(message, "severity");
        if (typeof severity === "number") return ESLINT_FORMAT;
        const rule = own(message, "ruleId");
        if (typeof severity === "string" || typeof rule === "string" && rule.startsWith("@secretlint/")) return SECRETLINT_FORMAT;
      }
    }
    return results ? SECRETLINT_FORMAT : void 0;
  }
  if (isObject(data)) {
    if (Array.isArray(own(data, "generalDiagnostics"))) return PYRIGHT_FORMAT;
    if (isObject(own(data, "results")) && ["plugins_used", "filters_used", "generated_at"].some((k) => own(data, k) !== void 0)) {
      return DETECT_SECRETS_FORMAT;
    }
  }
  return void 0;
}
function detectTextFormat(text) {
  let onlyBlank = true;
  for (const line of text.split(/\r?\n/)) {
    if (isTscLine(line)) return TSC_FORMAT;
    if (isMypyLine(line)) return MYPY_FORMAT;
    if (/^Found \d+ errors?\b/.test(line)) return TSC_FORMAT;
    if (line.trim() !== "" && !line.startsWith("> ")) onlyBlank = false;
  }
  return onlyBlank ? "empty" : void 0;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function readFindingsFile(path, options) {
  const format = options.format ?? "findings";
  let text;
  try {
    const handle = await open(path, "r");
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw new ReportError(path, format, "file", "not a regular file");
      if (stats.size > MAX_FINDINGS_FILE_BYTES) {
        throw new ReportError(path, format, "file", `${stats.size} bytes is more than the 256 MB a findings report may have`);
      }
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = error.code;
    const detail = code === "ENOENT" ? "no such file: the tool wrote no report" : `cannot be read (${code ?? error.message})`;
    throw new ReportError(path, format, "file", detail);
  }
  return parseFindings(text, { ...options, file: path });
}

// src/engine/stages/refactoring.ts
async function refactoringStage(ctx, stage) {
  const r = ctx.config.stages.refactoring;
  const gates = [
    ["linting", r.linting],
    ["type_checking", r.type_checking],
    ["security", r.security]
  ];
  const enabled = gates.filter(([, step]) => step.enabled);
  for (const [name, step] of gates) {
    if (!step.enabled) stage.warnings.push(`${name} is disabled (stages.refactoring.${name}.enabled: false): not checked`);
  }
  if (enabled.length === 0) {
    stage.fail("every refactoring gate is disabled: nothing was checked. Set stages.refactoring.enabled: false to skip the stage on purpose.", "configuration");
    return;
  }
  const runAll = () => Promise.all(
    enabled.map(async ([name, step]) => {
      const started = ctx.host.now();
      return { name, started, run: await runTool(ctx, stage, name, step) };
    })
  );
  let runs = await runAll();
  const autoFix = r.linting.enabled && ctx.config.quality_gates.linting.auto_fix;
  let fixedCount = autoFix && r.linting.fix_command ? 0 : null;
  if (autoFix && !r.linting.fix_command) {
    stage.warnings.push("linting.auto_fix is on but stages.refactoring.linting.fix_command is not set: nothing was fixed");
  }
  const lint = runs.find((x) => x.name === "linting")?.run;
  if (autoFix && r.linting.fix_command && lint && needsFix(lint) && !stage.cancelled) {
    const before = lint.report ? lint.report.counts.error + lint.report.counts.warning : null;
    if (!await runFix(ctx, stage, r.linting)) return;
    runs = await runAll();
    const after = runs.find((x) => x.name === "linting")?.run?.report;
    fixedCount = before !== null && after ? Math.max(0, before - (after.counts.error + after.counts.warning)) : null;
    stage.outputs.auto_fix = { ran: true, issues_before: before, fixed_count: fixedCount };
  }
  if (stage.cancelled) {
    stage.fail("cancelled while the refactoring checks ran", "cancelled");
    return;
  }
  for (const { name, started, run } of runs) {
    if (run) stage.addGate(judgeRun(ctx, name, run, started, name === "linting" ? fixedCount : null));
  }
}
function needsFix(run) {
  if (run.report) return run.report.counts.error + run.report.counts.warning > 0;
  return run.result.exitCode !== 0 && !run.problemType;
}
async function runFix(ctx, stage, step) {
  const command = commandFor(ctx, step.fix_command, "stages.refactoring.linting.fix_command");
  const policy = ctx.config.error_recovery.refactoring;
  let errorType = "exit_code";
  const result = await runStep(ctx, stage, {
    purpose: "linting-fix",
    command,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    // A fixer exits non-zero when problems remain that it cannot fix; the lint run after it judges those.
    judge: async (res) => {
      const cls = classifyCommand(res, policy.retry_on_timeout);
      errorType = cls.errorType ?? "exit_code";
      const broken = cls.errorType !== null && cls.errorType !== "exit_code";
      return { value: void 0, ok: !broken, retryable: cls.transient, reason: cls.description };
    }
  });
  if (result.cancelled) {
    stage.cancelled = true;
    return false;
  }
  if (!result.outcome.ok) {
    stage.fail(`the lint fix command failed: ${result.outcome.reason}`, errorType);
    return false;
  }
  return true;
}
async function runTool(ctx, stage, name, step) {
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
  const reportPath = step.report ? reportPathFor(ctx, step.report.path, `${where}.report`) : void 0;
  let snapshot;
  const policy = ctx.config.error_recovery.refactoring;
  const result = await runStep(ctx, stage, {
    purpose: name,
    command,
    timeoutSeconds: ctx.config.stages.refactoring.timeout_seconds,
    policy,
    beforeAttempt: async () => {
      if (reportPath) snapshot = await ReportSnapshot.take([reportPath]);
    },
    judge: async (res) => {
      const cls = classifyCommand(res, policy.retry_on_timeout);
      const run = { result: res };
      if (cls.errorType !== null && cls.errorType !== "exit_code") {
        run.problem = `the ${name} command ${cls.description}`;
        run.problemType = cls.errorType;
        return { value: run, ok: false, retryable: cls.transient, reason: cls.description };
      }
      if (!reportPath) return { value: run, ok: res.exitCode === 0, retryable: false, reason: cls.description };
      const read = await readFreshReport(
        snapshot,
        reportPath,
        { workspace: ctx.host.workspace, what: "report", ran: `the ${name} command (${cls.description})` },
        () => readFindingsFile(reportPath, { workspace: ctx.host.workspace, format: step.report?.format })
      );
      run.report = read.value;
      if (read.problem) {
        run.problem = read.problem;
        run.problemType = "report";
      }
      return { value: run, ok: run.problem === void 0, retryable: false, reason: run.problem ?? cls.description };
    }
  });
  if (result.cancelled) {
    stage.cancelled = true;
    return void 0;
  }
  return result.outcome.value;
}
function judgeRun(ctx, name, run, started, fixedCount) {
  const now = ctx.host.now();
  const q = ctx.config.quality_gates;
  if (run.problem) {
    return gateResult(name, started, now, { passed: false, details: {}, errors: [run.problem], error_type: run.problemType ?? "report" });
  }
  const exit = classifyCommand(run.result);
  if (!run.report) {
    const ok = run.result.exitCode === 0;
    return gateResult(name, started, now, {
      passed: ok,
      details: { source: "exit status", exit_code: run.result.exitCode },
      errors: ok ? [] : [`the ${name} command failed (${exit.description})`],
      warnings: [`no report is configured (stages.refactoring.${name}.report): judged by exit status only, no counts`],
      ...ok ? {} : { error_type: "exit_code" }
    });
  }
  const j = name === "linting" ? judgeLinting(run.report, q.linting, fixedCount) : name === "type_checking" ? judgeTypeChecking(run.report, q.type_checking) : judgeSecurity(run.report, q.security);
  const total = run.report.counts.error + run.report.counts.warning + run.report.counts.notice;
  if (run.result.exitCode !== 0 && total === 0) {
    j.passed = false;
    j.errors.push(`the ${name} command failed (${exit.description}) but its report lists no problem: the report cannot be trusted`);
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
