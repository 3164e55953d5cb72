import {
  renderTemplate
} from "./chunk-4GTCQ74A.js";
import {
  fileKind
} from "./chunk-HYULKLIY.js";
import {
  ReportError
} from "./chunk-6G4JLRTB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/engine/stages/junit-files.ts
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
var MAX_JUNIT_FILES = 1e4;
var MAX_FAILURES = 200;
var NAMED = 5;
var LISTED = 50;
var MAX_NOTES = 100;
var TRACKED_IDS = 1e6;
var COMPANIONS = {
  "failsafe-summary": "Maven Failsafe's run summary",
  "testng-results": "TestNG's own results",
  suite: "TestNG's suite file"
};
function companionOf(error) {
  if (!(error instanceof ReportError)) return void 0;
  const root = /^(?:the root element is|[^:]*: XML whose root element is) <([^>\s]+)>/.exec(error.detail)?.[1];
  return root !== void 0 && Object.hasOwn(COMPANIONS, root) ? `${COMPANIONS[root]} (<${root}>)` : void 0;
}
async function globSource(template, vars, workspace, shownAbsolute, where) {
  const { escapePath } = await import("./dist-4CZYXE77.js");
  const escaped = {};
  for (const [name, value] of Object.entries(vars)) escaped[name] = escapePath(insideAsRelative(value, workspace));
  let pattern = renderTemplate(template, escaped, where, { quote: false });
  if (isAbsolute(pattern)) pattern = relative(workspace, pattern);
  return { kind: "glob", shown: toSlashes(relative(workspace, shownAbsolute)), target: toSlashes(pattern) };
}
function directorySource(dir, workspace) {
  return { kind: "directory", shown: toSlashes(relative(workspace, dir)) || ".", target: dir };
}
function describeSource(source) {
  return `${source.kind} ${source.shown}`;
}
async function listJUnitFiles(source, workspace) {
  if (source.kind === "directory") {
    const entries = await readdir(source.target, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.name.toLowerCase().endsWith(".xml") && !e.isDirectory()).map((e) => join(source.target, e.name)).sort(byName);
  }
  const { glob } = await import("./dist-4CZYXE77.js");
  const found = await glob([source.target], {
    cwd: workspace,
    dot: true,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: true,
    absolute: true,
    ignore: ["**/node_modules/**", "**/.git/**"]
  });
  return [...new Set(found)].sort(byName);
}
async function readJUnitFiles(snapshot, source, opts, read) {
  const { workspace } = opts;
  const rel = (path) => toSlashes(relative(workspace, path));
  const detail = { count: 0, [source.kind]: source.shown, files: [], stale_count: 0, stale: [], duplicate_ids: 0 };
  const warnings = [];
  const fail = (problem) => ({ problem, warnings, detail });
  const what = `JUnit files (${describeSource(source)})`;
  const matched = await listJUnitFiles(source, workspace);
  if (matched.length > MAX_JUNIT_FILES) {
    return fail(
      `${matched.length} files match the ${what}, more than the ${MAX_JUNIT_FILES.toLocaleString("en-US")} read at most: none is read (a part of them would be no measure of the run). Narrow the glob, or have the tool write fewer files`
    );
  }
  const fresh = [];
  const stale = [];
  for (const path of matched) {
    const state = await snapshot.check(path);
    if (state === "fresh") fresh.push(path);
    else if (state === "stale") stale.push(path);
    else return fail(`the JUnit file ${rel(path)} matched the ${what} and then could not be read (removed, or a link to nothing): not read`);
  }
  detail.stale_count = stale.length;
  detail.stale = stale.slice(0, LISTED).map(rel);
  const staleText = `${stale.length} file(s) ${named(stale.map(rel))} that this attempt did not write (left over from an earlier run) are not read`;
  if (fresh.length === 0) {
    return fail(`${opts.ran} wrote no JUnit report matching ${source.shown} (${source.kind}): ${stale.length > 0 ? `it matches only ${staleText}` : "no file matches"}`);
  }
  if (stale.length > 0) warnings.push(`of the ${what}, ${staleText}: the gate counts the ${fresh.length} file(s) this attempt wrote`);
  const [root, files] = [await realpath(workspace), []];
  const reals = /* @__PURE__ */ new Set();
  for (const path of fresh) {
    const real = await realpath(path).catch(() => null);
    if (real === null) return fail(`the JUnit file ${rel(path)} matched the ${what} and then could not be read: not read`);
    const inside = relative(root, real);
    if (inside.startsWith("..") || isAbsolute(inside)) return fail(`the JUnit file ${rel(path)} (${what}) resolves outside the workspace (${real}): not read`);
    const info = await stat(real);
    if (!info.isFile()) return fail(`the JUnit file ${rel(path)} (${what}) is ${fileKind(info)}, not a regular file: not read`);
    if (reals.has(real)) continue;
    reals.add(real);
    files.push(path);
  }
  detail.count = files.length;
  detail.files = files.slice(0, LISTED).map(rel);
  const firstFile = /* @__PURE__ */ new Map();
  const shared = /* @__PURE__ */ new Map();
  const parts = [];
  const companions = [];
  for (let i = 0; i < files.length; i++) {
    const onCase = (test) => {
      opts.onCase?.(test);
      const id = test.id !== "" || test.idBytes === void 0 ? test.id : test.idBytes.toString("utf8", 0, test.idLength);
      const first = firstFile.get(id);
      if (first === void 0) {
        if (firstFile.size < TRACKED_IDS) firstFile.set(id, i);
      } else if (first !== i && first >= 0) {
        firstFile.set(id, -1 - first);
        const key = `${first}\0${i}`;
        const pair = shared.get(key) ?? { ids: 0, example: id };
        pair.ids++;
        shared.set(key, pair);
      }
    };
    try {
      parts.push({ file: rel(files[i]), report: await read(files[i], onCase) });
    } catch (error) {
      const companion = source.kind === "directory" ? companionOf(error) : void 0;
      if (companion === void 0) return fail(`${error.message} (the ${ordinal(i + 1)} of the ${files.length} ${what})`);
      companions.push(`${rel(files[i])}: ${companion}`);
    }
  }
  if (companions.length > 0) {
    detail.not_junit = companions.slice(0, LISTED);
    detail.count = parts.length;
    detail.files = parts.slice(0, LISTED).map((p) => p.file);
    if (parts.length === 0) return fail(`${opts.ran} wrote no JUnit report in ${source.shown} (directory): it holds only ${companions.join("; ")}, not JUnit XML`);
  }
  const duplicates = [...shared.values()].reduce((n, p) => n + p.ids, 0);
  detail.duplicate_ids = duplicates;
  if (duplicates > 0) {
    const pairs = [...shared.entries()].sort((a, b) => b[1].ids - a[1].ids);
    const shown = pairs.slice(0, 3).map(([key, p]) => {
      const [a, b] = key.split("\0").map(Number);
      return `${rel(files[a])} and ${rel(files[b])} share ${p.ids} (e.g. ${p.example})`;
    });
    warnings.push(
      `${duplicates} test id(s) appear in more than one of the ${what}: ${shown.join("; ")}${pairs.length > 3 ? `; and ${pairs.length - 3} more pair(s) of files` : ""}. Each file counts as the tool wrote it, so those tests count once per file and the totals cannot be trusted as counts of distinct tests (a failure in either file still fails the gate); if one file merges the others, narrow the glob to one kind`
    );
  }
  return { value: mergeTestReports(parts), warnings, detail };
}
function mergeTestReports(parts) {
  const totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  let time;
  const failures = [];
  const flaky = [];
  let truncated = false;
  let flakyCount = 0;
  const warnings = [];
  const unlisted = [];
  let matched;
  const picked = { failing: [], other: [] };
  for (const { file, report } of parts) {
    for (const k of ["total", "passed", "failed", "errors", "skipped"]) totals[k] += report.totals[k];
    if (report.totals.time_seconds !== void 0) time = (time ?? 0) + report.totals.time_seconds;
    for (const f of report.failures) {
      if (failures.length < MAX_FAILURES) failures.push(f);
      else truncated = true;
    }
    truncated ||= report.failures_truncated;
    for (const f of report.flaky ?? []) if (flaky.length < MAX_FAILURES) flaky.push(f);
    flakyCount += report.flaky_count ?? report.flaky?.length ?? 0;
    const own = (text) => text.includes(file) ? text : `${file}: ${text}`;
    for (const w of report.warnings ?? []) warnings.push(own(w));
    for (const u of report.unlisted_failures ?? []) unlisted.push(own(u));
    if (report.matched) {
      matched ??= { counts: {}, tests: [] };
      for (const [key, c] of Object.entries(report.matched.counts)) {
        const sum = matched.counts[Number(key)] ??= { passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
        for (const k of ["passed", "failed", "errors", "skipped", "flaky"]) sum[k] += c[k];
      }
      for (const t of report.matched.tests) {
        const list = t.outcome === "failed" || t.outcome === "error" ? picked.failing : picked.other;
        if (list.length < MAX_FAILURES) list.push(t);
      }
    }
  }
  if (time !== void 0) totals.time_seconds = Math.round(time * 1e6) / 1e6;
  bound(warnings, "warnings");
  bound(unlisted, "failures stated outside test cases");
  if (matched) matched.tests = [...picked.failing, ...picked.other];
  return {
    format: "junit",
    totals,
    failures,
    failures_truncated: truncated,
    flaky,
    flaky_count: flakyCount,
    warnings,
    ...unlisted.length > 0 ? { unlisted_failures: unlisted } : {},
    ...matched ? { matched } : {}
  };
}
function insideAsRelative(value, workspace) {
  if (!isAbsolute(value)) return value;
  const rel = relative(workspace, value);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? value : rel;
}
function bound(notes, what) {
  if (notes.length <= MAX_NOTES) return;
  const more = notes.length - (MAX_NOTES - 1);
  notes.length = MAX_NOTES - 1;
  notes.push(`and ${more} more ${what} in the other JUnit files`);
}
function toSlashes(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function named(files) {
  return `(${files.slice(0, NAMED).join(", ")}${files.length > NAMED ? `, and ${files.length - NAMED} more` : ""})`;
}
function ordinal(n) {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
function byName(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
export {
  MAX_JUNIT_FILES,
  describeSource,
  directorySource,
  globSource,
  listJUnitFiles,
  mergeTestReports,
  readJUnitFiles
};
