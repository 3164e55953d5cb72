import {
  cleanLine,
  cleanMessage
} from "./chunk-IA6DIEBA.js";
import {
  clipChars
} from "./chunk-4CLWEP5D.js";

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
function findingTitle(finding) {
  return clipChars(cleanLine(finding.rule ? `${finding.tool}: ${finding.rule}` : finding.tool), TITLE_MAX_CHARS);
}
var MAX_POSITION = 2147483647;
var position = (n, min) => Number.isFinite(n) && n >= min && n <= MAX_POSITION ? Math.trunc(n) : void 0;
function lines(finding) {
  const start = position(finding.line, 1) ?? 1;
  const end = position(finding.end_line, start) ?? start;
  const column = start === end ? position(finding.column, 1) : void 0;
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
    message: truncateUtf8(cleanMessage(finding.message, Number.POSITIVE_INFINITY).trim() || "(no message)", MESSAGE_MAX_BYTES),
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
    else omittedFindings.push({ ...finding, file: annotation.path });
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

// src/view/whole.ts
function whereWhole(place, what, esc = (t) => t) {
  if (!place) return "the JSON report";
  const files = `the JSON report ${esc(place.report)}${what === "findings" && place.sarif ? ` and the SARIF file ${esc(place.sarif)}` : ""}`;
  const artifact = `'${esc(place.artifact ?? "")}'`;
  switch (place.upload) {
    case "uploaded":
      return `${files} in the artifact ${artifact}${place.run ? ` of workflow run ${esc(place.run)}` : ""}`;
    case "pending":
      return `${files} on the runner, uploaded after this was written as the artifact ${artifact} (should the upload fail, a warning in the job's log says so, and they end with the job)`;
    case "failed":
      return `${files}, only on the runner and gone when the job ends: the artifact upload failed (a warning in the job's log says why)`;
    case "off":
      return `${files}, only on the runner and gone when the job ends: upload-artifacts is false (set it to true to keep them as an artifact)`;
  }
}

export {
  reportFindings,
  mostSevereFirst,
  repositoryPath,
  truncateUtf8,
  planAnnotations,
  inBatches,
  emitWorkflowAnnotations,
  whereWhole
};
