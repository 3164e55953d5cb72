import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getOctokit,
  require_light,
  retry
} from "./chunks/chunk-534O5AVS.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-VWJD6EPP.js";
import {
  restoreFromCache,
  saveToCache
} from "./chunks/chunk-FFXQDCRI.js";
import {
  currentSha,
  runCommand,
  runWorkflow
} from "./chunks/chunk-5HS6JUSH.js";
import "./chunks/chunk-QYEBU6CG.js";
import "./chunks/chunk-VUQQCLJI.js";
import {
  validateComponentName
} from "./chunks/chunk-FHEQNACH.js";
import {
  ConfigurationError,
  TARGETS
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-PQADDHOS.js";
import "./chunks/chunk-SMKNRI2L.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-HU5KFTCI.js";
import {
  __require,
  __toESM
} from "./chunks/chunk-HANBNIMK.js";

// src/action/main.ts
import { relative as relative3 } from "node:path";

// src/action/inputs.ts
import { isAbsolute, resolve } from "node:path";
function bool(name, fallback) {
  const raw = getInput(name).trim().toLowerCase();
  if (raw === "") return fallback;
  if (["true", "yes", "1", "on"].includes(raw)) return true;
  if (["false", "no", "0", "off"].includes(raw)) return false;
  throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected true or false.`);
}
function int(name, min, max) {
  const raw = getInput(name).trim();
  if (raw === "") return void 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected a whole number from ${min} to ${max}.`);
  }
  return value;
}
function getInputs() {
  const spec = getInput("spec", { required: true });
  const component = validateComponentName(getInput("component", { required: true }));
  const target = getInput("target") || "dev";
  if (!TARGETS.includes(target)) {
    throw new ConfigurationError(`Invalid target '${target}'. Expected one of: ${TARGETS.join(", ")}.`);
  }
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  const dir = getInput("working-directory") || ".";
  const workspace = isAbsolute(dir) ? dir : resolve(base, dir);
  const token = getInput("github-token");
  if (token) setSecret(token);
  return {
    spec,
    component,
    target,
    config: getInput("config") || void 0,
    workspace,
    reportPath: getInput("report-path") || void 0,
    token,
    checkRun: bool("check-run", true),
    checkName: getInput("check-name") || void 0,
    annotationCap: int("annotation-cap", 0, 1e5) ?? 1e3,
    summary: bool("summary", true),
    uploadArtifacts: bool("upload-artifacts", true),
    artifactName: getInput("artifact-name") || void 0,
    retentionDays: int("artifact-retention-days", 1, 90),
    uploadSarif: bool("upload-sarif", false),
    onlyChanged: bool("only-changed", false),
    cache: bool("cache", true)
  };
}

// src/action/cache-store.ts
import { isAbsolute as isAbsolute2, join, relative } from "node:path";

// src/github/names.ts
import { createHash } from "node:crypto";
var FORBIDDEN_IN_ARTIFACT_NAME = /[":<>|*?\\/\x00-\x1f\x7f]/g;
var MAX_ARTIFACT_NAME_LENGTH = 200;
var MAX_CACHE_KEY_LENGTH = 512;
var shortHash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 8);
function cleanArtifactPart(part) {
  return part.replace(FORBIDDEN_IN_ARTIFACT_NAME, "_").trim();
}
function artifactName(component, jobIndex, suffix, maxLength = MAX_ARTIFACT_NAME_LENGTH) {
  const head = cleanArtifactPart(component) || "component";
  const tail = [jobIndex === void 0 || jobIndex === "" ? "" : cleanArtifactPart(String(jobIndex)), suffix ? cleanArtifactPart(suffix) : ""].filter(Boolean).map((part) => `-${part}`).join("");
  const name = `${head}${tail}`;
  if (name.length <= maxLength) return name;
  const hash = `~${shortHash(`${component}\0${jobIndex ?? ""}\0${suffix ?? ""}`)}`;
  const room = maxLength - tail.length - hash.length;
  if (room >= 1) return `${head.slice(0, room)}${hash}${tail}`;
  return `${name.slice(0, Math.max(1, maxLength - hash.length))}${hash}`.slice(0, maxLength);
}
var SEPARATOR = ":";
function escapeKeyPart(part) {
  return part.replace(/%/g, "%25").replace(/:/g, "%3A").replace(/,/g, "%2C").replace(/[\x00-\x1f\x7f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`);
}
function capKey(key) {
  if (key.length <= MAX_CACHE_KEY_LENGTH) return key;
  const hash = `~${shortHash(key)}`;
  return `${key.slice(0, MAX_CACHE_KEY_LENGTH - hash.length)}${hash}`;
}
function cacheKey(parts) {
  return capKey(
    parts.filter((p) => p !== void 0 && p !== null && String(p) !== "").map((p) => escapeKeyPart(String(p))).join(SEPARATOR)
  );
}
function cacheKeyPrefix(parts) {
  const key = cacheKey(parts);
  return key.length < MAX_CACHE_KEY_LENGTH ? `${key}${SEPARATOR}` : key;
}

// src/action/cache-store.ts
var TIMEOUT_MS = 6e4;
function createMemoryStores(workspace, log2) {
  const env = process.env;
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || "unknown";
  const run2 = `${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  const root = join(workspace, ".spec-to-production");
  const keys = (what, component) => ({
    key: cacheKey(["spec-to-production", what, "v1", component, branch, run2]),
    restoreKeys: [cacheKeyPrefix(["spec-to-production", what, "v1", component, branch]), cacheKeyPrefix(["spec-to-production", what, "v1", component])]
  });
  const restore = async (what, dir, component) => {
    const k = keys(what, component);
    const result = await restoreFromCache({ paths: [portable(dir)], primaryKey: k.key, restoreKeys: k.restoreKeys, timeoutMs: TIMEOUT_MS, log: log2 });
    if (result.hit) log2.info(`${what} of ${component} restored from the cache (${result.matchedKey})`);
    return result.hit;
  };
  const save = async (what, dir, component) => {
    const result = await saveToCache({ paths: [portable(dir)], key: keys(what, component).key, timeoutMs: TIMEOUT_MS, log: log2 });
    if (result.saved) log2.info(`${what} of ${component} saved to the cache`);
  };
  const base = env.GITHUB_WORKSPACE || process.cwd();
  const portable = (dir) => {
    const rel = relative(base, dir);
    return rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : dir;
  };
  const contextDir = join(root, "context");
  const metricsDir = join(root, "metrics");
  return {
    sessions: {
      // Restored into the context directory itself: nothing of this run is written there before the restore.
      restore: async (component) => await restore("context", contextDir, component) ? contextDir : null,
      save: (component) => save("context", contextDir, component)
    },
    restoreMetrics: async (component) => void await restore("metrics", metricsDir, component),
    saveMetrics: (component) => save("metrics", metricsDir, component)
  };
}

// src/action/github.ts
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join as join2, relative as relative2 } from "node:path";

// src/github/annotations.ts
var ANNOTATIONS_PER_REQUEST = 50;
var DEFAULT_ANNOTATION_CAP = 1e3;
var STEP_ANNOTATIONS_PER_LEVEL = 10;
var TITLE_MAX_CHARS = 255;
var MESSAGE_MAX_BYTES = 64 * 1024;
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function reportFindings(report) {
  return Object.values(report.stage_results).flatMap((stage) => Object.values(stage?.quality_gates ?? {}).flatMap((gate) => gate.findings));
}
function mostSevereFirst(findings) {
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index).map((x) => x.finding);
}
function repositoryPath(file, options = {}) {
  let path = file.trim().replace(/\\/g, "/");
  if (!path || /^([a-zA-Z]:)?\//.test(path) || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return null;
  path = path.replace(/^(\.\/)+/, "");
  const prefix = (options.pathPrefix ?? "").replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  const joined = prefix && prefix !== "." ? `${prefix}/${path}` : path;
  const parts = [];
  for (const part of joined.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join("/") : null;
}
function truncateUtf8(text, maxBytes, marker = "\u2026") {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const room = maxBytes - Buffer.byteLength(marker);
  const cut = new TextDecoder().decode(Buffer.from(text).subarray(0, Math.max(0, room)));
  return `${cut.replace(/\uFFFD$/, "")}${marker}`;
}
function truncateChars(text, max, marker = "\u2026") {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - marker.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${marker}`;
}
function findingTitle(finding) {
  return truncateChars(finding.rule ? `${finding.tool}: ${finding.rule}` : finding.tool, TITLE_MAX_CHARS);
}
function lines(finding) {
  const start = Number.isFinite(finding.line) && (finding.line ?? 0) >= 1 ? Math.trunc(finding.line) : 1;
  const end = Number.isFinite(finding.end_line) && (finding.end_line ?? 0) >= start ? Math.trunc(finding.end_line) : start;
  const column = start === end && Number.isFinite(finding.column) && (finding.column ?? 0) >= 1 ? Math.trunc(finding.column) : void 0;
  return { start, end, ...column !== void 0 ? { column } : {} };
}
function toCheckAnnotation(finding, options = {}) {
  const path = repositoryPath(finding.file, options);
  if (path === null) return null;
  const { start, end, column } = lines(finding);
  return {
    path,
    start_line: start,
    end_line: end,
    ...column !== void 0 ? { start_column: column, end_column: column } : {},
    annotation_level: LEVEL[finding.severity],
    message: truncateUtf8(finding.message.trim() || "(no message)", MESSAGE_MAX_BYTES),
    title: findingTitle(finding)
  };
}
function planAnnotations(findings, options = {}) {
  const cap = Math.max(0, options.cap ?? DEFAULT_ANNOTATION_CAP);
  const annotations = [];
  const omittedFindings = [];
  const withoutFileFindings = [];
  for (const finding of mostSevereFirst(findings)) {
    const annotation = toCheckAnnotation(finding, options);
    if (annotation === null) withoutFileFindings.push(finding);
    else if (annotations.length < cap) annotations.push(annotation);
    else omittedFindings.push(finding);
  }
  return {
    annotations,
    total: findings.length,
    withoutFile: withoutFileFindings.length,
    omitted: omittedFindings.length,
    omittedFindings,
    withoutFileFindings
  };
}
function inBatches(items, size = ANNOTATIONS_PER_REQUEST) {
  const batches = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
function emitWorkflowAnnotations(findings, sink, options = {}) {
  const perLevel = options.perLevel ?? STEP_ANNOTATIONS_PER_LEVEL;
  const counts = { error: 0, warning: 0, notice: 0, left: 0 };
  for (const finding of mostSevereFirst(findings)) {
    const annotation = toCheckAnnotation(finding, options);
    const room = perLevel - (options.reserve?.[finding.severity] ?? 0);
    if (annotation === null || counts[finding.severity] >= room) {
      counts.left++;
      continue;
    }
    counts[finding.severity]++;
    sink[finding.severity](annotation.message, {
      title: annotation.title,
      file: annotation.path,
      startLine: annotation.start_line,
      endLine: annotation.end_line,
      ...annotation.start_column !== void 0 ? { startColumn: annotation.start_column, endColumn: annotation.end_column } : {}
    });
  }
  return counts;
}

// src/github/checks.ts
var OUTPUT_MAX_CHARS = 65535;
var TITLE_MAX_CHARS2 = 255;
function checkRunName(component, name) {
  return name ? name.replaceAll("{component}", component) : `spec-to-production / ${component}`;
}
function timestamp(now) {
  return now().toISOString().replace(/\.\d{3}Z$/, "Z");
}
function httpStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function describe(error2) {
  const status = httpStatus(error2);
  const message = error2?.message ?? String(error2);
  return status !== void 0 && !message.startsWith(String(status)) ? `${status} ${message}` : message;
}
function isPermissionError(error2) {
  const status = httpStatus(error2);
  return (status === 403 || status === 404) && !/rate limit/i.test(error2?.message ?? "");
}
async function startCheckRun(octokit, options) {
  const target = {
    owner: options.owner,
    repo: options.repo,
    headSha: options.headSha,
    name: checkRunName(options.component, options.name)
  };
  try {
    const { data } = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      status: "in_progress",
      started_at: timestamp(options.now ?? (() => /* @__PURE__ */ new Date())),
      ...options.detailsUrl ? { details_url: options.detailsUrl } : {},
      output: {
        title: `${options.component}: running`,
        summary: "The stages and quality gates are running; the verdict and the findings appear here when they end."
      }
    });
    options.log.info(`check run '${target.name}' started on ${target.headSha}: ${data.html_url ?? data.id}`);
    return { handle: { ...target, id: data.id, html_url: data.html_url } };
  } catch (error2) {
    const permissionDenied = isPermissionError(error2);
    const reason = describe(error2);
    if (permissionDenied) options.log.info(`no check run (${reason}): the token may not write checks; findings will be reported as workflow annotations`);
    else options.log.warning(`could not create the check run '${target.name}' (${reason}); will try again when the run ends`);
    return { handle: null, target, reason, permissionDenied };
  }
}
function conclusionOf(report) {
  return report.cancelled ? "cancelled" : report.success ? "success" : "failure";
}
var num = (value) => typeof value === "number" && Number.isFinite(value) ? value : null;
function gateHeadline(gate) {
  const d = gate.details;
  switch (gate.gate_name) {
    case "test_coverage": {
      const [coverage, threshold] = [num(d.coverage), num(d.threshold)];
      return coverage !== null && threshold !== null ? `coverage ${coverage}% < ${threshold}%` : null;
    }
    case "test_pass_rate": {
      const [total, skipped, failed, errors] = [num(d.total), num(d.skipped) ?? 0, num(d.failed) ?? 0, num(d.errors) ?? 0];
      return total !== null && total - skipped > 0 ? `${failed + errors} of ${total - skipped} tests failed` : null;
    }
    case "linting": {
      const [count2, max] = [num(d.issue_count), num(d.max_issues)];
      return count2 !== null && max !== null ? `${count2} lint issues > ${max} allowed` : null;
    }
    case "type_checking": {
      const [count2, max] = [num(d.error_count), num(d.max_errors)];
      return count2 !== null && max !== null && count2 > max ? `${count2} type errors > ${max} allowed` : null;
    }
    default:
      return null;
  }
}
function firstFailure(report) {
  const key = report.stages_failed[0];
  if (!key) return null;
  const stage = report.stage_results[key];
  return { key, stage, gate: stage && Object.values(stage.quality_gates).find((g) => !g.passed) };
}
function verdictTitle(report) {
  let title;
  if (report.cancelled) {
    const where = report.stages_failed[0] ?? report.stages_completed.at(-1);
    title = `\u2298 cancelled${where ? ` during ${where}` : ""}`;
  } else if (report.success) {
    const n = report.stages_completed.length;
    title = `\u2713 ${n} stage${n === 1 ? "" : "s"} passed for ${report.target_stage}`;
  } else {
    const failure = firstFailure(report);
    if (!failure) title = `\u2717 failed: ${report.errors[0] ?? "see the log"}`;
    else {
      const why = failure.gate ? gateHeadline(failure.gate) ?? `${failure.gate.gate_name}: ${failure.gate.errors[0] ?? "failed"}` : failure.stage?.errors[0] ?? "see the log";
      title = `\u2717 ${failure.key} failed: ${why}`;
    }
  }
  return truncateChars(title.replace(/\s+/g, " ").trim(), TITLE_MAX_CHARS2);
}
function escapeMarkdown(text) {
  return text.replace(/([\\*_[\]~])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/`/g, "&#96;").replace(/\r?\n/g, " ");
}
var seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
var count = (n) => n.toLocaleString("en-US");
function gateMeasure(details) {
  const pairs = [
    ["pass_rate", "required", "%"],
    ["coverage", "threshold", "%"],
    ["issue_count", "max_issues", ""],
    ["error_count", "max_errors", ""],
    ["secret_count", "max_secrets", ""]
  ];
  for (const [value, limit, unit] of pairs) {
    if (value in details) return [`${String(details[value])}${unit}`, details[limit] === void 0 ? "" : `${String(details[limit])}${unit}`];
  }
  return ["", ""];
}
function fitLines(lines2, max, what = "lines") {
  const out = [];
  let length = 0;
  for (const [i, line] of lines2.entries()) {
    const rest = lines2.length - i;
    const note = `

_Truncated: ${count(rest)} more ${what} not shown (GitHub limits this field to ${count(OUTPUT_MAX_CHARS)} characters); the full list is in the JSON report and the SARIF file._`;
    if (length + line.length + 1 + note.length > max) {
      return out.join("\n") + note;
    }
    out.push(line);
    length += line.length + 1;
  }
  return out.join("\n");
}
function checkRunSummary(report, plan) {
  const verdict = report.cancelled ? "\u2298 cancelled" : report.success ? "\u2705 passed" : "\u274C failed";
  const lines2 = [
    `### ${verdict}: ${escapeMarkdown(report.component_name)} \u2192 ${report.target_stage}`,
    "",
    `Total time ${seconds(report.total_execution_time_ms)}. Stages completed: ${report.stages_completed.join(", ") || "none"}.`,
    ...report.errors.map((e) => `- ${escapeMarkdown(e)}`),
    "",
    "| Stage | Status | Time | Retries |",
    "| --- | --- | --- | --- |",
    ...Object.values(report.stage_results).map((s) => `| ${s.stage_name} | ${s.status} | ${seconds(s.execution_time_ms)} | ${s.retries} |`),
    ...report.stages_skipped.map((k) => `| ${k} | skipped${report.skip_reasons[k] ? `: ${escapeMarkdown(report.skip_reasons[k] ?? "")}` : ""} | | |`)
  ];
  const gates = Object.values(report.stage_results).flatMap((s) => Object.values(s.quality_gates).map((g) => ({ stage: s.stage_name, gate: g })));
  if (gates.length > 0) {
    lines2.push("", "| Gate | Result | Value | Limit | Why |", "| --- | --- | --- | --- | --- |");
    for (const { stage, gate } of gates) {
      const [value, limit] = gateMeasure(gate.details);
      lines2.push(`| ${stage}.${gate.gate_name} | ${gate.passed ? "\u2705" : "\u274C"} | ${escapeMarkdown(value)} | ${escapeMarkdown(limit)} | ${escapeMarkdown(gate.errors[0] ?? "")} |`);
    }
  }
  lines2.push("", annotationLine(plan));
  return fitLines(lines2, OUTPUT_MAX_CHARS);
}
function annotationLine(plan) {
  const parts = [`**Findings:** ${count(plan.total)}; ${count(plan.annotations.length)} shown as annotations (errors first)`];
  if (plan.omitted > 0) parts.push(`${count(plan.omitted)} not annotated: over the cap of ${count(plan.annotations.length)} annotations`);
  if (plan.withoutFile > 0) parts.push(`${count(plan.withoutFile)} name no file in the repository`);
  return `${parts.join("; ")}.`;
}
function findingLine(f) {
  const where = f.file ? `${escapeMarkdown(f.file)}${f.line ? `:${f.line}` : ""}` : "(no file)";
  return `- **${f.severity}** ${where} ${escapeMarkdown(f.rule ? `${f.tool} ${f.rule}` : f.tool)}: ${escapeMarkdown(f.message)}`;
}
function checkRunText(plan) {
  const lines2 = [annotationLine(plan)];
  if (plan.omitted > 0) {
    lines2.push("", `#### Over the annotation cap (${count(plan.omitted)})`, "", ...plan.omittedFindings.map(findingLine));
  }
  if (plan.withoutFile > 0) {
    lines2.push("", `#### Without a file in the repository (${count(plan.withoutFile)})`, "", ...plan.withoutFileFindings.map(findingLine));
  }
  return fitLines(lines2, OUTPUT_MAX_CHARS, "lines");
}
async function completeCheckRun(octokit, start, report, options) {
  const { log: log2 } = options;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const findings = reportFindings(report);
  const plan = planAnnotations(findings, { cap: options.cap, pathPrefix: options.pathPrefix });
  const conclusion = conclusionOf(report);
  const outcome = {
    url: null,
    requests: 0,
    annotations_posted: 0,
    annotations_omitted: plan.omitted,
    findings_without_file: plan.withoutFile,
    conclusion,
    fallback: false
  };
  const target = start.handle ?? start.target;
  if (start.handle === null && start.permissionDenied) return fallBack(outcome, findings, target, start.reason, true, options);
  try {
    const output = { title: verdictTitle(report), summary: checkRunSummary(report, plan), text: checkRunText(plan) };
    const batches = plan.annotations.length > 0 ? inBatches(plan.annotations) : [[]];
    const completion = { status: "completed", conclusion, completed_at: timestamp(now) };
    let id;
    try {
      outcome.requests++;
      if (start.handle) {
        const { data } = await octokit.rest.checks.update({
          owner: target.owner,
          repo: target.repo,
          check_run_id: start.handle.id,
          ...completion,
          output: { ...output, annotations: batches[0] }
        });
        id = data.id;
        outcome.url = data.html_url ?? start.handle.html_url;
      } else {
        const { data } = await octokit.rest.checks.create({
          owner: target.owner,
          repo: target.repo,
          name: target.name,
          head_sha: target.headSha,
          ...completion,
          output: { ...output, annotations: batches[0] }
        });
        id = data.id;
        outcome.url = data.html_url;
      }
    } catch (error2) {
      if (start.handle && !isPermissionError(error2)) await completeBare(octokit, start.handle, output.title, conclusion, now, outcome, log2);
      return fallBack(outcome, findings, target, describe(error2), isPermissionError(error2), options);
    }
    outcome.annotations_posted = batches[0].length;
    for (const [i, batch] of batches.entries()) {
      if (i === 0) continue;
      try {
        outcome.requests++;
        await octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: { ...output, annotations: batch } });
        outcome.annotations_posted += batch.length;
      } catch (error2) {
        const left = plan.annotations.length - outcome.annotations_posted;
        outcome.annotations_omitted += left;
        log2.warning(`check run '${target.name}': ${count(left)} annotations not posted (${describe(error2)}); the verdict is posted`);
        break;
      }
    }
    log2.info(`check run '${target.name}' ${conclusion}: ${count(outcome.annotations_posted)} annotations in ${outcome.requests} requests${outcome.url ? `: ${outcome.url}` : ""}`);
    return outcome;
  } catch (error2) {
    log2.warning(`check run '${target.name}' not completed: ${error2?.stack ?? String(error2)}`);
    return fallBack(outcome, findings, target, describe(error2), false, options);
  }
}
async function completeBare(octokit, handle, title, conclusion, now, outcome, log2) {
  try {
    outcome.requests++;
    await octokit.rest.checks.update({
      owner: handle.owner,
      repo: handle.repo,
      check_run_id: handle.id,
      status: "completed",
      conclusion,
      completed_at: timestamp(now),
      output: { title, summary: "The findings could not be posted here; see the workflow run's job summary and artifacts." }
    });
    outcome.url = handle.html_url;
  } catch (error2) {
    log2.warning(`check run '${handle.name}' may remain in progress: completing it failed (${describe(error2)})`);
  }
}
function fallBack(outcome, findings, target, reason, permissionDenied, options) {
  const counts = emitWorkflowAnnotations(findings, options.sink, { pathPrefix: options.pathPrefix, reserve: { notice: 1 } });
  const shown = counts.error + counts.warning + counts.notice;
  const about = `${count(shown)} most important of ${count(findings.length)} findings shown as annotations of this step; all of them are in the job summary and the artifacts.`;
  if (permissionDenied) {
    options.sink.notice(
      `spec-to-production could not write the check run '${target.name}' (${reason}). Grant \`checks: write\` in the workflow's \`permissions:\` to get every finding as an annotation. Pull requests from forks get a read-only GITHUB_TOKEN, whatever the workflow asks. ${about}`,
      { title: "spec-to-production: permission checks: write needed" }
    );
  } else {
    options.log.warning(`check run '${target.name}' not written (${reason}). ${about}`);
  }
  return {
    ...outcome,
    annotations_posted: 0,
    annotations_omitted: findings.length - outcome.findings_without_file - shown,
    fallback: true,
    workflow_annotations: counts
  };
}

// src/github/deployments.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var MAX_PAGES = 5;
function statusOf(error2) {
  return error2.status;
}
function createGitHubPort(settings) {
  const { octokit, owner, repo, log: log2 } = settings;
  async function startDeployment(o) {
    let id;
    let url;
    try {
      const res = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: o.sha,
        environment: o.environment,
        description: o.description,
        auto_merge: false,
        required_contexts: [],
        production_environment: o.production,
        transient_environment: false
      });
      if (res.status !== 201 || !("id" in res.data)) {
        log2.warning(`GitHub did not create a deployment for ${o.environment} (${res.status}): the deploy runs without a GitHub Deployment record`);
        return null;
      }
      id = res.data.id;
      url = res.data.url;
    } catch (error2) {
      const status = statusOf(error2);
      log2.warning(
        status === 403 || status === 404 ? `cannot create a GitHub Deployment (${status}): grant 'deployments: write' to record deployments; the deploy still runs` : `cannot create a GitHub Deployment: ${error2.message}; the deploy still runs`
      );
      return null;
    }
    return {
      url,
      async status(state, extra = {}) {
        try {
          await octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state,
            description: extra.description?.slice(0, 140),
            ...extra.environmentUrl ? { environment_url: extra.environmentUrl } : {},
            ...settings.runUrl ? { log_url: settings.runUrl } : {},
            // A new successful deployment marks the environment's earlier ones inactive.
            auto_inactive: state === "success"
          });
        } catch (error2) {
          log2.warning(`cannot set the GitHub Deployment status to ${state}: ${error2.message}`);
        }
      }
    };
  }
  async function soak(o) {
    try {
      const { data: forCommit } = await octokit.rest.repos.listDeployments({ owner, repo, environment: o.environment, sha: o.sha, per_page: 100 });
      let firstSuccess = null;
      for (const d of forCommit) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d.id, per_page: 100 });
        for (const s of statuses) {
          const at = Date.parse(s.created_at);
          if (s.state === "success" && (firstSuccess === null || at < firstSuccess)) firstSuccess = at;
        }
      }
      if (firstSuccess === null) {
        return { met: false, value: "never", reason: `${o.sha.slice(0, 7)} has no successful deployment to ${o.environment}` };
      }
      const ageDays = (o.now - firstSuccess) / DAY_MS;
      const value = `${ageDays.toFixed(1)} days`;
      if (ageDays < o.days) {
        return { met: false, value, reason: `deployed to ${o.environment} ${value} ago, less than ${o.days}` };
      }
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data: recent } = await octokit.rest.repos.listDeployments({ owner, repo, environment: o.environment, per_page: 100, page });
        for (const d of recent) {
          if (Date.parse(d.updated_at) < firstSuccess) continue;
          const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d.id, per_page: 100 });
          const failure = statuses.find((s) => (s.state === "failure" || s.state === "error") && Date.parse(s.created_at) >= firstSuccess);
          if (failure) {
            return { met: false, value, reason: `${o.environment} had a ${failure.state} status on ${failure.created_at} (deployment ${d.id}) since this commit was deployed` };
          }
        }
        if (recent.length < 100 || recent.every((d) => Date.parse(d.created_at) < firstSuccess)) break;
      }
      return { met: true, value, reason: `deployed to ${o.environment} ${value} ago with no failure since` };
    } catch (error2) {
      const status = statusOf(error2);
      return { met: false, value: "unknown", reason: `cannot read deployments (${status ?? error2.message})${status === 403 || status === 404 ? ": grant 'deployments: read'" : ""}` };
    }
  }
  async function securityReview(o) {
    try {
      const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: o.sha });
      const pr = pulls.find((p) => p.merged_at) ?? pulls[0];
      if (!pr) return { met: false, value: "no pull request", reason: `no pull request brought ${o.sha.slice(0, 7)}: nothing was reviewed` };
      const labelled = pr.labels.map((l) => l.name).filter((name) => o.labels.includes(name));
      if (labelled.length) return { met: true, value: `label ${labelled[0]} on #${pr.number}`, reason: `pull request #${pr.number} carries the label ${labelled[0]}` };
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pr.number, per_page: 100 });
      const latest = /* @__PURE__ */ new Map();
      for (const r of reviews) if (r.user && r.state !== "COMMENTED") latest.set(r.user.login, r.state);
      const approvers = [...latest].filter(([, state]) => state === "APPROVED").map(([login]) => login);
      const byUser = approvers.find((login) => o.users.some((u) => u.toLowerCase() === login.toLowerCase()));
      if (byUser) return { met: true, value: `approved by ${byUser} on #${pr.number}`, reason: `${byUser} approved pull request #${pr.number}` };
      for (const team of o.teams) {
        const [org, slug] = team.split("/");
        if (!org || !slug) continue;
        for (const login of approvers) {
          try {
            const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
            if (data.state === "active") return { met: true, value: `approved by ${login} (${team}) on #${pr.number}`, reason: `${login} of ${team} approved pull request #${pr.number}` };
          } catch (error2) {
            if (statusOf(error2) !== 404) throw error2;
          }
        }
      }
      return {
        met: false,
        value: approvers.length ? `approved by ${approvers.join(", ")}` : "no approval",
        reason: `pull request #${pr.number} has no approval from ${[...o.users, ...o.teams].join(", ") || "the configured reviewers"} and none of the labels ${o.labels.join(", ") || "(none configured)"}`
      };
    } catch (error2) {
      const status = statusOf(error2);
      return { met: false, value: "unknown", reason: `cannot read the pull request's reviews (${status ?? error2.message})${status === 403 ? ": grant 'pull-requests: read' (and 'members: read' for teams)" : ""}` };
    }
  }
  return { startDeployment, soak, securityReview };
}

// src/github/event.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function readEventContext(env = process.env) {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new Error(`Invalid GITHUB_REPOSITORY '${repository}'. Expected format {owner}/{repo}.`);
  }
  const sha = env.GITHUB_SHA ?? "";
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request ?? null;
  let headSha = sha;
  let pullRequest = null;
  let isFork = false;
  if (pr && PULL_REQUEST_EVENTS.has(eventName)) {
    headSha = pr.head?.sha || sha;
    pullRequest = typeof pr.number === "number" ? pr.number : typeof payload.number === "number" ? payload.number : null;
    const headRepo = pr.head?.repo;
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    isFork = headRepo === null || headRepo?.full_name !== void 0 && headRepo.full_name.toLowerCase() !== baseRepo.toLowerCase();
  }
  if (!headSha) throw new Error("GITHUB_SHA is not set and the event names no commit: nothing to attach results to.");
  return { owner, repo, eventName, headSha, sha: sha || headSha, ref: env.GITHUB_REF ?? "", pullRequest, isFork };
}
function readPayload(path) {
  if (!path) return {};
  try {
    const value = JSON.parse(readFileSync(path, "utf8"));
    return value && typeof value === "object" ? value : {};
  } catch (error2) {
    throw new Error(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${error2.message}`, { cause: error2 });
  }
}

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/github/octokit.ts
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
var unspacedGroup = {
  key: () => ({
    schedule: (...args) => {
      const [, fn, ...rest] = args;
      return Promise.resolve(fn(...rest));
    }
  })
};
function createOctokit(settings) {
  const { log: log2 } = settings;
  const rateLimitRetries = settings.rateLimitRetries ?? 3;
  const maxWait = settings.maxRateLimitWaitSeconds ?? 60;
  const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
    if (retryAfter > maxWait) {
      log2.warning(`GitHub ${kind} on ${options.method} ${options.url}: lifts in ${retryAfter} s, longer than the ${maxWait} s this run waits; not retrying`);
      return false;
    }
    if (retryCount < rateLimitRetries) {
      log2.warning(`GitHub ${kind} on ${options.method} ${options.url}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
      return true;
    }
    log2.warning(`GitHub ${kind} on ${options.method} ${options.url}: giving up after ${rateLimitRetries} retries`);
    return false;
  };
  return getOctokit(
    settings.token,
    {
      baseUrl: settings.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com",
      log: {
        debug: (message) => log2.debug(message),
        info: (message) => log2.debug(message),
        warn: (message) => log2.warning(message),
        error: (message) => log2.error(message)
      },
      throttle: {
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
        retryAfterBaseValue: settings.retryAfterBaseValue ?? 1e3,
        ...settings.spaceWrites === false ? { write: unspacedGroup } : {}
      },
      retry: {
        retries: settings.serverErrorRetries ?? 3,
        retryAfterBaseValue: settings.retryAfterBaseValue ?? 1e3,
        doNotRetry: DO_NOT_RETRY
      }
    },
    throttling,
    retry
  );
}

// src/github/sarif.ts
import { createHash as createHash2 } from "node:crypto";
var LEVEL2 = { error: "error", warning: "warning", notice: "note" };
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
var SECURITY_SEVERITY = { critical: 9.5, high: 8, medium: 5.5, low: 2 };
var SECRET_TOOLS = /* @__PURE__ */ new Set(["secretlint", "detect-secrets", "gitleaks"]);
function ruleIdOf(finding) {
  return finding.rule?.trim() || finding.tool;
}
function fingerprint(finding, path, occurrence) {
  const hash = createHash2("sha256").update([finding.tool, ruleIdOf(finding), path ?? "", finding.message.trim()].join("\0")).digest("hex");
  return `${hash.slice(0, 32)}:${occurrence}`;
}
function findingsToSarif(findings, options = {}) {
  const runs = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const finding of mostSevereFirst(findings)) {
    let entry = runs.get(finding.tool);
    if (!entry) {
      entry = {
        run: {
          tool: { driver: { name: finding.tool, rules: [] } },
          conversion: { tool: { driver: { name: "spec-to-production", ...options.version ? { version: options.version } : {} } } },
          ...options.component ? { automationDetails: { id: `spec-to-production/${options.component}/` } } : {},
          results: []
        },
        rules: /* @__PURE__ */ new Map(),
        severities: /* @__PURE__ */ new Map()
      };
      runs.set(finding.tool, entry);
    }
    const ruleId = ruleIdOf(finding);
    const level = LEVEL2[finding.severity];
    let rule = entry.rules.get(ruleId);
    if (!rule) {
      const tags = SECRET_TOOLS.has(finding.tool) ? ["security", "secret"] : finding.security_severity ? ["security", "vulnerability"] : [];
      rule = { id: ruleId, name: ruleId, shortDescription: { text: `${finding.tool} ${ruleId}` }, defaultConfiguration: { level }, properties: { tags } };
      entry.rules.set(ruleId, rule);
      entry.run.tool.driver.rules.push(rule);
    }
    if (LEVEL_RANK[level] < LEVEL_RANK[rule.defaultConfiguration.level]) rule.defaultConfiguration.level = level;
    if (finding.security_severity) {
      const score = Math.max(SECURITY_SEVERITY[finding.security_severity], entry.severities.get(ruleId) ?? 0);
      entry.severities.set(ruleId, score);
      rule.properties["security-severity"] = score.toFixed(1);
    }
    const path = repositoryPath(finding.file, options);
    const identity = [finding.tool, ruleId, path, finding.message].join("\0");
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const startLine = finding.line && finding.line >= 1 ? Math.trunc(finding.line) : 1;
    const result = {
      ruleId,
      ruleIndex: entry.run.tool.driver.rules.indexOf(rule),
      level,
      message: { text: finding.message.trim() || `${finding.tool} ${ruleId}` },
      partialFingerprints: { "specToProduction/v1": fingerprint(finding, path, occurrence) }
    };
    if (path !== null) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: path, uriBaseId: "%SRCROOT%" },
            region: {
              startLine,
              ...finding.end_line && finding.end_line > startLine ? { endLine: Math.trunc(finding.end_line) } : {},
              ...finding.column && finding.column >= 1 ? { startColumn: Math.trunc(finding.column) } : {}
            }
          }
        }
      ];
    }
    entry.run.results.push(result);
  }
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [...runs.values()].map((e) => e.run) };
}
function reportToSarif(report, options = {}) {
  return findingsToSarif(reportFindings(report), { ...options, component: report.component_name, version: options.version ?? report.generator.version });
}

// src/action/github.ts
var log = {
  info: (m) => info(m),
  warning: (m) => warning(m),
  error: (m) => error(m),
  debug: (m) => debug(m)
};
function runUrl() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run2 } = process.env;
  return server && repo && run2 ? `${server}/${repo}/actions/runs/${run2}` : void 0;
}
async function openGitHub(inputs) {
  const session = { event: null, octokit: null, port: void 0, check: null, baseSha: null };
  try {
    session.event = readEventContext();
  } catch (error2) {
    warning(`cannot read the workflow event: ${error2.message}; check runs and deployments are off`);
    return session;
  }
  session.baseSha = pullRequestBase();
  if (!inputs.token) {
    notice("no github-token: check runs, GitHub Deployments and code scanning are off (results are still in the summary, outputs and artifact)");
    return session;
  }
  const { owner, repo, headSha } = session.event;
  session.octokit = createOctokit({ token: inputs.token, log });
  session.port = createGitHubPort({ octokit: session.octokit, owner, repo, log, runUrl: runUrl() });
  if (inputs.checkRun) {
    session.check = await startCheckRun(session.octokit, { owner, repo, headSha, component: inputs.component, name: inputs.checkName, detailsUrl: runUrl(), log });
  }
  return session;
}
function pullRequestBase() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return null;
  try {
    const payload = JSON.parse(__require("node:fs").readFileSync(path, "utf8"));
    return payload.pull_request?.base?.sha ?? null;
  } catch {
    return null;
  }
}
async function publishResults(inputs, session, report, files) {
  let checkRunUrl = null;
  if (session.octokit && session.check) {
    const outcome = await completeCheckRun(session.octokit, session.check, report, {
      log,
      sink: { error, warning, notice },
      cap: inputs.annotationCap
    });
    checkRunUrl = outcome.url;
  }
  const sarif = reportToSarif(report);
  const sarifPath = join2(dirname(files.reportPath), `spec-to-production-${report.component_name}.sarif`);
  await writeFile(sarifPath, JSON.stringify(sarif));
  if (inputs.uploadSarif) {
    if (session.octokit && session.event) {
      const { uploadSarif } = await import("./chunks/code-scanning-A6OIOY2Q.js");
      await uploadSarif(session.octokit, { owner: session.event.owner, repo: session.event.repo, commitSha: session.event.sha, ref: session.event.ref, sarif, log });
    } else warning("upload-sarif is on but there is no github-token or repository: the SARIF file is only in the artifact");
  }
  let artifact = null;
  if (inputs.uploadArtifacts) {
    const runDir = report.reports_dir ? dirname(report.reports_dir) : null;
    const candidates = [files.reportPath, sarifPath, ...files.dashboardPath ? [files.dashboardPath] : []];
    const logs = runDir ? await listFiles(join2(runDir, "logs")) : [];
    const filesToUpload = [...candidates.filter((f) => existsSync(f)), ...logs];
    const name = artifactName(inputs.artifactName ?? `spec-to-production-${report.component_name}`);
    const { uploadArtifacts } = await import("./chunks/artifacts-QOQHIFYB.js");
    const result = await uploadArtifacts({ name, files: filesToUpload, rootDirectory: commonRoot(filesToUpload, inputs.workspace), retentionDays: inputs.retentionDays, log });
    if (result.uploaded) artifact = name;
  }
  return { checkRunUrl, artifact };
}
async function listFiles(dir) {
  const { readdir } = await import("node:fs/promises");
  try {
    return (await readdir(dir)).map((f) => join2(dir, f));
  } catch {
    return [];
  }
}
function commonRoot(files, workspace) {
  return files.every((f) => !relative2(workspace, f).startsWith("..")) ? workspace : dirname(files[0] ?? workspace);
}

// src/action/host.ts
function createActionHost(workspace, github, sessionStore) {
  return {
    github,
    sessionStore,
    workspace,
    sha: currentSha(workspace),
    info: (message) => info(message),
    warning: (message, p) => warning(message, p ?? {}),
    error: (message, p) => error(message, p ?? {}),
    debug: (message) => debug(message),
    group: (name, fn) => group(name, fn),
    runCommand,
    now: () => Date.now()
  };
}

// src/action/summary.ts
function escapeCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\|/g, "&#124;").replace(/`/g, "&#96;").replace(/\r?\n/g, " ");
}
function gateValue(details) {
  for (const [value, threshold] of [
    ["pass_rate", "required"],
    ["coverage", "threshold"],
    ["issue_count", "max_issues"],
    ["error_count", "max_errors"],
    ["secret_count", "max_secrets"]
  ]) {
    if (value in details) return `${String(details[value])}${value.endsWith("rate") || value === "coverage" ? "%" : ""} (limit ${String(details[threshold])})`;
  }
  if ("source" in details) return `exit status ${String(details.exit_code)}`;
  return "";
}
async function writeJobSummary(report, links = {}) {
  const verdict = report.success ? "\u2705 passed" : report.cancelled ? "\u2298 cancelled" : "\u274C failed";
  const summary2 = summary.addHeading(`spec-to-production: ${escapeCell(report.component_name)} \u2192 ${report.target_stage}: ${verdict}`, 2);
  const stageRows = [
    [{ data: "Stage", header: true }, { data: "Status", header: true }, { data: "Time", header: true }, { data: "Retries", header: true }],
    ...Object.values(report.stage_results).map((s) => [s.stage_name, s.status, `${s.execution_time_ms} ms`, String(s.retries)]),
    ...report.stages_skipped.map((k) => [k, `skipped: ${escapeCell(report.skip_reasons[k] ?? "")}`, "", ""])
  ];
  summary2.addTable(stageRows);
  const gateRows = Object.values(report.stage_results).flatMap(
    (s) => Object.values(s.quality_gates).map((g) => [
      `${s.stage_name}.${g.gate_name}`,
      g.passed ? "\u2705" : "\u274C",
      escapeCell(gateValue(g.details)),
      escapeCell(g.errors[0] ?? "")
    ])
  );
  if (gateRows.length) {
    summary2.addHeading("Quality gates", 3).addTable([
      [{ data: "Gate", header: true }, { data: "Result", header: true }, { data: "Value", header: true }, { data: "Why", header: true }],
      ...gateRows
    ]);
  }
  const where = [];
  if (links.checkRunUrl) where.push(`<a href="${escapeCell(links.checkRunUrl)}">check run with annotations</a>`);
  if (links.artifact) where.push(`artifact <code>${escapeCell(links.artifact)}</code> (report, SARIF, dashboard, logs)`);
  if (where.length) summary2.addRaw(`<p>Details: ${where.join(" \xB7 ")}</p>`, true);
  const errors = [...report.errors, ...Object.values(report.stage_results).flatMap((s) => s.errors.map((e) => `${s.stage_name}: ${e}`))];
  if (errors.length) summary2.addHeading("Errors", 3).addList(errors.slice(0, 50).map(escapeCell));
  await summary2.write();
}

// src/action/main.ts
async function run() {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const inputs = getInputs();
    const github = await openGitHub(inputs);
    const memory = inputs.cache ? createMemoryStores(inputs.workspace, { info, warning }) : null;
    await memory?.restoreMetrics(inputs.component);
    if (inputs.onlyChanged && !github.baseSha) notice("only-changed applies to pull requests: this event has no base commit, so every finding is judged");
    const result = await runWorkflow({
      specFile: inputs.spec,
      componentName: inputs.component,
      targetStage: inputs.target,
      configFile: inputs.config,
      workspace: inputs.workspace,
      output: inputs.reportPath,
      onlyChangedSince: inputs.onlyChanged && github.baseSha ? github.baseSha : void 0,
      signal: controller.signal,
      host: createActionHost(inputs.workspace, github.port, memory?.sessions)
    });
    await memory?.saveMetrics(inputs.component);
    const { report } = result;
    const coverage = report.stage_results.testing?.quality_gates.test_coverage?.details.coverage;
    setOutput("success", String(report.success));
    setOutput("stages-completed", report.stages_completed.join(","));
    setOutput("stages-failed", report.stages_failed.join(","));
    setOutput("stages-skipped", report.stages_skipped.join(","));
    setOutput("report", relative3(inputs.workspace, result.reportPath) || result.reportPath);
    setOutput("coverage", typeof coverage === "number" ? String(coverage) : "");
    setOutput("dashboard", report.metrics_dashboard ? relative3(inputs.workspace, report.metrics_dashboard) : "");
    setOutput("context-session", report.context_session_id ?? "");
    const published = await publishResults(inputs, github, report, { reportPath: result.reportPath, dashboardPath: report.metrics_dashboard });
    setOutput("check-run-url", published.checkRunUrl ?? "");
    setOutput("artifact", published.artifact ?? "");
    if (inputs.summary) {
      try {
        await writeJobSummary(report, { checkRunUrl: published.checkRunUrl, artifact: published.artifact });
      } catch (error2) {
        warning(`could not write the job summary: ${error2.message}`);
      }
    }
    if (report.cancelled) setFailed("the run was cancelled; a partial report was written");
    else if (!report.success) {
      const failed = report.stages_failed.join(", ") || "configuration";
      setFailed(`spec-to-production failed at ${failed}: ${firstError(report) ?? "see the log"}`);
    }
  } catch (error2) {
    if (error2 instanceof ConfigurationError) setFailed(error2.message);
    else setFailed(`internal error: ${error2.stack ?? String(error2)}`);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
function firstError(report) {
  if (report.errors[0]) return report.errors[0];
  for (const key of report.stages_failed) {
    const stage = report.stage_results[key];
    const gate = stage && Object.values(stage.quality_gates).find((g) => !g.passed);
    if (gate?.errors[0]) return `${gate.gate_name}: ${gate.errors[0]}`;
    if (stage?.errors[0]) return stage.errors[0];
  }
  return void 0;
}

// src/index.ts
void run();
