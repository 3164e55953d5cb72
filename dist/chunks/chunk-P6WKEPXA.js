import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  summary
} from "./chunk-ATSSY4MR.js";

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
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
var SUMMARY_FINDINGS = 50;
function blobLink(file, line, sha) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
  if (!server || !repo || !sha || !file || file.startsWith("/") || file.startsWith("..")) return null;
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ""}`;
}
function renderJobSummary(report, links = {}, budget = SUMMARY_MAX_BYTES) {
  const verdict = report.success ? "\u2705 passed" : report.cancelled ? "\u2298 cancelled" : "\u274C failed";
  const parts = [`<h2>spec-to-production: ${escapeCell(report.component_name)} \u2192 ${report.target_stage}: ${verdict}</h2>`];
  const table = (head, rows2) => `<table><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr>${rows2.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
  parts.push(
    table(["Stage", "Status", "Time", "Retries"], [
      ...Object.values(report.stage_results).map((st) => [st.stage_name, st.status, `${st.execution_time_ms} ms`, String(st.retries)]),
      ...report.stages_skipped.map((k) => [k, `skipped: ${escapeCell(report.skip_reasons[k] ?? "")}`, "", ""])
    ])
  );
  const gateRows = Object.values(report.stage_results).flatMap(
    (st) => Object.values(st.quality_gates).map((g) => [`${st.stage_name}.${g.gate_name}`, g.passed ? "\u2705" : "\u274C", escapeCell(gateValue(g.details)), escapeCell((g.errors[0] ?? "").slice(0, 500))])
  );
  if (gateRows.length) parts.push("<h3>Quality gates</h3>", table(["Gate", "Result", "Value", "Why"], gateRows));
  const where = [];
  if (links.checkRunUrl) where.push(`<a href="${escapeCell(links.checkRunUrl)}">check run with annotations</a>`);
  if (links.artifact) where.push(`artifact <code>${escapeCell(links.artifact)}</code> (report, SARIF, dashboard, logs)`);
  if (where.length) parts.push(`<p>Details: ${where.join(" \xB7 ")}</p>`);
  const errors = [...report.errors, ...Object.values(report.stage_results).flatMap((st) => st.errors.map((e) => `${st.stage_name}: ${e}`))];
  if (errors.length) parts.push("<h3>Errors</h3>", `<ul>${errors.slice(0, 50).map((e) => `<li>${escapeCell(e.slice(0, 2e3))}</li>`).join("")}</ul>`);
  const rank = { error: 0, warning: 1, notice: 2 };
  const findings = Object.values(report.stage_results).flatMap((st) => Object.values(st.quality_gates).flatMap((g) => g.findings)).map((f, i) => ({ f, i })).sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i).map(({ f }) => f);
  let used = Buffer.byteLength(parts.join("\n"));
  const rows = [];
  let cut = 0;
  for (const f of findings) {
    if (rows.length >= SUMMARY_FINDINGS) {
      cut = findings.length - rows.length;
      break;
    }
    const place = `${f.file}${f.line ? `:${f.line}` : ""}`;
    const link = blobLink(f.file, f.line, links.commitSha);
    const row = `<tr><td>${f.severity}</td><td>${escapeCell(f.tool)}${f.rule ? ` <code>${escapeCell(f.rule.slice(0, 200))}</code>` : ""}</td><td>${link ? `<a href="${escapeCell(link)}">${escapeCell(place)}</a>` : escapeCell(place)}</td><td>${escapeCell(f.message.slice(0, 1e3))}</td></tr>`;
    if (used + Buffer.byteLength(row) + 512 > budget) {
      cut = findings.length - rows.length;
      break;
    }
    rows.push(row);
    used += Buffer.byteLength(row);
  }
  if (rows.length) {
    parts.push(`<h3>Findings (${findings.length})</h3>`, `<table><tr><th>Severity</th><th>Tool</th><th>Where</th><th>Message</th></tr>${rows.join("")}</table>`);
    if (cut) parts.push(`<p>${cut} more finding(s) not shown here: all of them are in the check run's annotations and the SARIF file in the artifact.</p>`);
  }
  let html = parts.join("\n");
  if (Buffer.byteLength(html) > budget) {
    html = `${Buffer.from(html).subarray(0, budget - 200).toString("utf8").replace(/\uFFFD*$/, "")}
<p>(summary cut at ${budget} bytes)</p>`;
  }
  return html;
}
async function writeJobSummary(report, links = {}) {
  await summary.addRaw(renderJobSummary(report, links), true).write();
}

export {
  escapeCell,
  writeJobSummary
};
