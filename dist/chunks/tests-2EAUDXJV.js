import {
  latestInsights
} from "./chunk-IUGIDCPH.js";
import {
  METRICS_SUBDIR,
  TESTS_SUBDIR,
  historyReadWarnings,
  outcomeName,
  readTestHistory
} from "./chunk-X7YZXP6B.js";
import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import {
  validateComponentName
} from "./chunk-4GTCQ74A.js";
import "./chunk-IGIGMMYD.js";
import {
  printInert
} from "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/cli/tests.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
var TESTS_HELP = `Usage: spec-to-production tests --flaky | --slow | --history ID
         [--component NAME] [--base BRANCH] [--limit N] [--days N] [--workspace DIR] [--json]

Reads the per-test history the runs kept (.spec-to-production/metrics/tests/<component>/).
  --flaky          tests that passed and failed on one SHA, or flipped on the base branch with
                   their file unchanged, by flip rate (the latest run against the runs before it)
  --slow           the latest run's slowest tests, with the median of their earlier runs and a trend
  --history ID     every recorded run of one test (its id: classname::name), newest first
  --component NAME the component (default: the only one in the history)
  --base BRANCH    the branch flips are counted on (default: the latest run's branch)
  --limit N        most tests listed (default 20)
  --days N         only runs of the last N days
  --json           JSON instead of a table
Exit status: 0, or 2 on bad usage or an unknown component or test.`;
async function testsCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      flaky: { type: "boolean" },
      slow: { type: "boolean" },
      history: { type: "string" },
      component: { type: "string" },
      base: { type: "string" },
      limit: { type: "string" },
      days: { type: "string" },
      workspace: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    process.stdout.write(`${TESTS_HELP}
`);
    return 0;
  }
  const modes = [values.flaky, values.slow, values.history !== void 0].filter(Boolean).length;
  if (modes !== 1) throw new Error("tests needs exactly one of --flaky, --slow or --history ID (see tests --help)");
  const limit = values.limit === void 0 ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a positive whole number, not '${values.limit}'`);
  const days = values.days === void 0 ? void 0 : Number(values.days);
  if (days !== void 0 && !(days > 0)) throw new Error(`--days must be a positive number, not '${values.days}'`);
  const workspace = workspaceDirectory(values.workspace);
  const workspaceDir = join(workspace, ".spec-to-production");
  const component = values.component ? validateComponentName(values.component) : await onlyComponent(workspaceDir);
  const history = await readTestHistory(workspaceDir, component, { sinceDays: days });
  const skipped = historyReadWarnings(history, workspace);
  if (history.unreadable?.index) throw new Error(skipped[0]);
  if (history.runs.length === 0) throw new Error(`no test history for ${component} in ${join(workspaceDir, METRICS_SUBDIR, TESTS_SUBDIR, component)}`);
  const out = (text) => printInert(process.stdout, `${text}
`);
  for (const warning of skipped) printInert(process.stderr, `warning: ${warning}
`);
  if (values.history !== void 0) return showHistory(history, values.history, limit, Boolean(values.json), out);
  const latest = latestInsights(history, { baseBranch: values.base ?? null, limit, slowest: limit });
  const { insights } = latest;
  const base = values.base ?? latest.run.meta.branch;
  if (values.flaky) {
    if (values.json) out(JSON.stringify({ component, runs: history.runs.length, base, flaky_count: insights.flaky_count, flaky: insights.flaky }, null, 2));
    else {
      out(`${insights.flaky_count} flaky test(s) in ${history.runs.length} run(s) of ${component} (flips counted on ${base})`);
      if (insights.flaky.length) {
        out(table(
          ["flip rate", "flips/runs", "same SHA", "test", "last seen"],
          insights.flaky.map((f) => [
            `${Math.round(f.flip_rate * 100)}%`,
            `${f.flips}/${f.runs}`,
            f.same_sha ? "yes" : "no",
            f.id,
            f.last_seen.map((r) => `${r.outcome} ${shortSha(r.sha)}`).join(", ")
          ])
        ));
      }
    }
    return 0;
  }
  const meta = latest.run.meta;
  if (values.json) out(JSON.stringify({ component, run: meta, slowest: insights.slowest }, null, 2));
  else {
    out(`slowest tests of ${component}'s latest run (${meta.branch} ${shortSha(meta.sha)}, ${meta.at})`);
    out(table(
      ["duration", "median", "trend", "test"],
      insights.slowest.map((t) => [ms(t.duration_ms), t.median_ms === void 0 ? "\u2014" : ms(t.median_ms), t.trend, t.id])
    ));
  }
  return 0;
}
function showHistory(history, id, limit, json, out) {
  const t = history.tests.findString(id);
  if (t < 0) {
    const near = history.tests.toArray().filter((x) => x.includes(id)).slice(0, 5);
    throw new Error(`no test '${id}' in the history${near.length ? `; did you mean: ${near.join(", ")}` : ""}`);
  }
  const f = history.testFiles[t];
  const file = f >= 0 ? history.files[f] : void 0;
  const rows = [];
  for (let r = history.runs.length - 1; r >= 0 && rows.length < limit; r--) {
    const run = history.runs[r];
    const k = run.tests.indexOf(t);
    if (k < 0) continue;
    const hash = f >= 0 ? run.fileHashes.get(f) : void 0;
    rows.push({ run_id: run.meta.run_id, attempt: run.meta.attempt, branch: run.meta.branch, ...run.meta.sha ? { sha: run.meta.sha } : {}, at: run.meta.at, outcome: outcomeName(run.outcomes[k]), duration_ms: run.durations[k], ...hash ? { file_hash: hash } : {} });
  }
  if (json) out(JSON.stringify({ id, ...file ? { file } : {}, runs: rows }, null, 2));
  else {
    out(`${id}${file ? ` (${file})` : ""}: ${rows.length} run(s), newest first`);
    out(table(
      ["at", "branch", "sha", "run", "outcome", "duration", "file"],
      rows.map((x) => [x.at.replace("T", " ").slice(0, 19), x.branch, shortSha(x.sha), `${x.run_id}#${x.attempt}`, x.outcome, ms(x.duration_ms), x.file_hash ? x.file_hash.slice(0, 8) : "\u2014"])
    ));
  }
  return 0;
}
async function onlyComponent(workspaceDir) {
  const dir = join(workspaceDir, METRICS_SUBDIR, TESTS_SUBDIR);
  const names = await readdir(dir).catch(() => []);
  if (names.length === 1) return names[0];
  throw new Error(names.length === 0 ? `no test history in ${dir}: run the workflow first` : `several components have a test history (${names.join(", ")}): name one with --component`);
}
var shortSha = (sha) => sha ? sha.slice(0, 8) : "\u2014";
var ms = (v) => v >= 1e3 ? `${(v / 1e3).toFixed(2)} s` : `${v} ms`;
function table(head, rows) {
  const clean = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  const all = [head, ...rows.map((r) => r.map(clean))];
  const width = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(width[i])).join("  ")).join("\n");
}
export {
  TESTS_HELP,
  testsCommand
};
