import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  appendMetrics,
  metricsFromReport,
  pruneMetrics,
  readHistory,
  renderDashboard
} from "./chunk-MMJOWMJU.js";

// src/observability/index.ts
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function writeObservability(opts) {
  const { workspaceDir, report, retentionDays, now } = opts;
  const records = opts.recordMetrics === false ? [] : metricsFromReport(report, { runId: opts.runId });
  if (records.length) await appendMetrics(workspaceDir, records, now);
  const pruned = opts.recordMetrics === false ? { removedFiles: 0, removedEntries: 0 } : await pruneMetrics(workspaceDir, retentionDays, now);
  const history = await readHistory(workspaceDir, { component: report.component_name, sinceDays: retentionDays, now });
  let dashboardPath = null;
  if (opts.dashboardPath) {
    const html = renderDashboard({ report, history, generatedAt: now });
    await writeAtomically(opts.dashboardPath, html);
    dashboardPath = opts.dashboardPath;
  }
  return { dashboardPath, records, historyRuns: history.runs_seen, malformed: history.stats.malformed, pruned, history };
}
async function regenerateDashboard(opts) {
  const history = await readHistory(opts.workspaceDir, { component: opts.component ?? opts.report?.component_name, sinceDays: opts.sinceDays, now: opts.now });
  await writeAtomically(opts.dashboardPath, renderDashboard({ report: opts.report ?? null, history, generatedAt: opts.now }));
  return { dashboardPath: opts.dashboardPath, historyRuns: history.runs_seen };
}
async function writeAtomically(path, text) {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

export {
  writeObservability,
  regenerateDashboard
};
