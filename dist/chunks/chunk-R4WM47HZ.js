import {
  inheritedEnvironment
} from "./chunk-6N4VMDZ6.js";
import {
  renderTemplate
} from "./chunk-4GTCQ74A.js";
import {
  fileKind
} from "./chunk-HYULKLIY.js";
import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";
import {
  mayBeGit
} from "./chunk-DAQTANZ3.js";

// src/engine/fresh.ts
import { execFile } from "node:child_process";
import { realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative } from "node:path";
var ReportSnapshot = class _ReportSnapshot {
  constructor(before) {
    this.before = before;
  }
  before;
  static async take(paths) {
    const before = /* @__PURE__ */ new Map();
    for (const p of paths) before.set(p, await identity(p));
    return new _ReportSnapshot(before);
  }
  /** Notes more reports' identities (the files a glob or a directory of reports matches before the command runs). */
  async include(paths) {
    for (const p of paths) this.before.set(p, await identity(p));
  }
  /** Whether the path was a directory when its identity was noted (a directory of reports). */
  wasDirectory(path) {
    return this.before.get(path)?.directory === true;
  }
  /** 'fresh' when written by this run, 'missing' when absent, 'stale' when untouched since the snapshot. */
  async check(path) {
    const now = await identity(path);
    if (!now) return "missing";
    const was = this.before.get(path);
    if (!was) return "fresh";
    const same = was.ino === now.ino && was.size === now.size && was.mtimeMs === now.mtimeMs && was.ctimeMs === now.ctimeMs;
    return same ? "stale" : "fresh";
  }
};
async function identity(path) {
  try {
    const s = await stat(path);
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, directory: s.isDirectory() };
  } catch {
    return null;
  }
}
async function readFreshReport(snapshot, path, opts, read) {
  const state = await snapshot.check(path);
  if (state === "missing") return { problem: `${opts.ran} wrote no ${opts.what} at ${path}` };
  if (state === "stale") {
    return { problem: `${opts.ran} did not rewrite the ${opts.what} at ${path}: the file there is left over from an earlier run and is not read` };
  }
  const [real, root] = await Promise.all([realpath(path), realpath(opts.workspace)]);
  const rel = relative(root, real);
  if (rel.startsWith("..") || isAbsolute(rel)) return { problem: `the ${opts.what} at ${path} resolves outside the workspace (${real}): not read` };
  const info = await stat(real);
  if (!info.isFile()) return { problem: `the ${opts.what} at ${path} is ${fileKind(info)}, not a regular file: not read` };
  try {
    return { value: await read() };
  } catch (error) {
    return { problem: error.message };
  }
}
async function committedReportProblem(path, what) {
  const real = await realpath(path).catch(() => null);
  if (real === null || !mayBeGit(dirname(real))) return null;
  const git = (args) => new Promise((done) => execFile("git", ["-C", dirname(real), ...args, "--", real], { env: inheritedEnvironment(process.env) }, (error) => done(error === null)));
  if (!await git(["ls-files", "--error-unmatch"]) || !await git(["diff", "--quiet", "HEAD"])) return null;
  return `the ${what} ${path} is a file git tracks, unchanged from the commit: a figure checked in with the code, not one measured in this run, so it is not read. Write the report in this run (a command or an earlier step, e.g. under {reports}) and do not commit it`;
}

// src/engine/stages/templates.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve } from "node:path";
function commandFor(ctx, template, where, extra = {}) {
  if (!template || template.trim() === "") return void 0;
  return renderTemplate(template, { ...ctx.templateVars, ...extra }, where);
}
function textFor(ctx, template, where, extra = {}) {
  return renderTemplate(template, { ...ctx.templateVars, ...extra }, where, { quote: false });
}
function reportPathFor(ctx, template, where, extra = {}) {
  const rendered = renderTemplate(template, { ...ctx.templateVars, ...extra }, where, { quote: false });
  const path = resolve(ctx.host.workspace, rendered);
  const rel = relative2(ctx.host.workspace, path);
  if (rel === "" || rel.startsWith("..") || isAbsolute2(rel)) {
    throw new ConfigurationError(`${where}: report path '${rendered}' is outside the workspace ${ctx.host.workspace}; reports must be written inside it`);
  }
  return path;
}
function isGlobTemplate(template) {
  return /[*?]/.test(template.replace(/\{[A-Za-z_][A-Za-z0-9_]*\}/g, ""));
}

export {
  ReportSnapshot,
  readFreshReport,
  committedReportProblem,
  commandFor,
  textFor,
  reportPathFor,
  isGlobTemplate
};
