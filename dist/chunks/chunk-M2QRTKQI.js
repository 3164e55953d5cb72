import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/engine/fresh.ts
import { stat } from "node:fs/promises";
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
  ReportSnapshot
};
