import {
  classifyTests
} from "./chunk-IUGIDCPH.js";
import {
  resolveTestFiles,
  workTreeChanges,
  workTreeEntries
} from "./chunk-SHVKISER.js";
import {
  appendTestRun,
  historyReadWarnings,
  numberTests,
  pruneTestHistory,
  readTestHistory,
  runIdOf
} from "./chunk-X7YZXP6B.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-HYULKLIY.js";
import "./chunk-IGIGMMYD.js";
import {
  headBranch
} from "./chunk-TE4YH7PC.js";
import {
  mayBeGit
} from "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";

// src/observability/test-observe.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { dirname } from "node:path";
var run = promisify(execFile);
async function recordTests(opts) {
  const { report, collector, identity } = opts;
  const warnings = [];
  const listed = opts.listed ?? workTreeEntries(opts.workspace);
  const [files, changes] = await Promise.all([resolveTestFiles(opts.workspace, collector, listed), workTreeChanges(opts.workspace, listed)]);
  if (files.warning) warnings.push(files.warning);
  const key = runIdOf(report);
  const meta = {
    key,
    run_id: identity.runId ?? key,
    attempt: identity.attempt ?? 1,
    branch: identity.branch ?? await gitBranch(opts.workspace) ?? "unknown",
    ...identity.sha ? { sha: identity.sha } : {},
    ...changes ? { changes } : {},
    at: report.started_at,
    component: report.component_name,
    ...collector.untracked > 0 ? { untracked: collector.untracked } : {}
  };
  const history = await readTestHistory(opts.workspaceDir, report.component_name, { sinceDays: opts.retentionDays, now: opts.now });
  numberTests(history, collector);
  const readWarnings = historyReadWarnings(history, dirname(opts.workspaceDir));
  const insights = classifyTests(
    history,
    { meta, results: collector, fileHashes: files.hashes, untracked: collector.untracked, messages: opts.messages },
    { baseBranch: identity.baseBranch ?? null, warnings: readWarnings }
  );
  let bytes = 0;
  try {
    bytes = (await appendTestRun(opts.workspaceDir, meta, collector, files.hashes, { history })).bytes;
    await pruneTestHistory(opts.workspaceDir, opts.retentionDays, opts.now, { component: report.component_name, history });
  } catch (error) {
    warnings.push(`this run's tests were not added to the test history: ${error.message}`);
  }
  return { insights, warnings, bytes };
}
async function gitBranch(workspace) {
  if (!mayBeGit(workspace)) return null;
  const read = headBranch(workspace);
  if (read !== void 0) return read;
  try {
    const { stdout } = await run("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd: workspace, timeout: 1e4 });
    const branch = stdout.trim();
    return branch && branch !== "HEAD" ? branch : null;
  } catch {
    return null;
  }
}
export {
  recordTests
};
