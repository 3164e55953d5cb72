import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/engine/fresh.ts
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
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
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
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
  try {
    return { value: await read() };
  } catch (error) {
    return { problem: error.message };
  }
}

// src/reports/types.ts
var ReportError = class extends Error {
  constructor(file, format, where, detail) {
    super(`${file}: not a valid ${format} report (${where}): ${detail}`);
    this.file = file;
    this.format = format;
    this.where = where;
    this.name = "ReportError";
  }
  file;
  format;
  where;
};

export {
  ReportError,
  ReportSnapshot,
  readFreshReport
};
