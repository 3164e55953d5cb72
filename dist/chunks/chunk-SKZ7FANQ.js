import {
  makeDirectory,
  writeFailure
} from "./chunk-DUVFWLAD.js";
import {
  insightLines,
  reportView
} from "./chunk-NP6TI2MO.js";
import {
  replaceFileSync
} from "./chunk-IGIGMMYD.js";

// src/engine/report.ts
import { rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
async function writeReport(path, report) {
  await writeTextAtomically(path, `${JSON.stringify(report, null, 2)}
`, "the report");
}
async function writeTextAtomically(path, text, what) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await makeDirectory(dirname(path));
    rmSync(tmp, { force: true });
    writeFileSync(tmp, text, { flag: "wx" });
    replaceFileSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
    }
    throw new Error(writeFailure(what, path, error), { cause: error });
  }
}
function defaultReportName(component) {
  return `workflow_report_${component}.json`;
}
function defaultDashboardName(component) {
  return `workflow_dashboard_${component}.html`;
}
function sarifFileName(component) {
  return `spec-to-production-${component}.sarif`;
}
var GITIGNORE_LINES = [".spec-to-production/", "workflow_report_*.json", "workflow_dashboard_*.html", "spec-to-production-*.sarif"];
var RULE = "=".repeat(60);
function formatSummary(report, reportPath) {
  const view = reportView(report);
  const said = view.headline.indexOf("; ");
  const caveat = view.qualified && said !== -1 ? view.headline.slice(said + 2) : null;
  const lines = [
    RULE,
    "WORKFLOW SUMMARY",
    RULE,
    `Component: ${report.component_name}`,
    `Target Stage: ${report.target_stage}`,
    `Success: ${report.success ? "\u2713 YES" : "\u2717 NO"}${report.cancelled ? " (cancelled)" : ""}${caveat ? ` (${caveat})` : ""}`,
    `Stages Completed: ${report.stages_completed.join(", ") || "none"}`
  ];
  if (report.stages_failed.length) {
    lines.push(`Stages Failed: ${report.stages_failed.map((k) => report.stage_results[k]?.status === "cancelled" ? `${k} (cancelled)` : k).join(", ")}`);
  }
  if (report.stages_skipped.length) {
    lines.push(`Stages Skipped: ${report.stages_skipped.map((s) => `${s} (${report.skip_reasons[s] ?? "skipped"})`).join("; ")}`);
  }
  for (const key of report.stages_failed) {
    const stage = report.stage_results[key];
    if (!stage) continue;
    for (const gate of Object.values(stage.quality_gates).filter((g) => !g.passed)) {
      const said2 = Array.isArray(gate.details?.criteria) && gate.errors.length > 1 ? gate.errors : [gate.errors[0] ?? "failed"];
      for (const error of said2) lines.push(`  \u2717 ${key}.${gate.gate_name}: ${error}`);
    }
    for (const e of stage.errors) lines.push(`  \u2717 ${key}: ${e}`);
  }
  for (const e of report.errors) lines.push(`Error: ${e}`);
  const insights = view.insights;
  if (insights) lines.push("Tests:", ...insightLines(insights).map((l) => `  ${l}`));
  lines.push(
    `Total Time: ${report.total_execution_time_ms}ms`,
    `Context Session: ${report.context_session_id ?? "none"}`,
    `Metrics Dashboard: ${report.metrics_dashboard ?? "none"}`,
    `Report Saved: ${reportPath ?? "not written"}`,
    RULE
  );
  return lines.join("\n");
}

export {
  writeReport,
  writeTextAtomically,
  defaultReportName,
  defaultDashboardName,
  sarifFileName,
  GITIGNORE_LINES,
  formatSummary
};
