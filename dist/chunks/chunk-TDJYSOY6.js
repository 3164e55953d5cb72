import {
  indexListing
} from "./chunk-TE4YH7PC.js";
import {
  mayBeGit
} from "./chunk-DAQTANZ3.js";

// src/engine/stages/unchecked-sources.ts
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { isAbsolute, join, posix } from "node:path";
import { promisify } from "node:util";

// src/gates/opt-outs.ts
function optOutFamily(name) {
  const tool = name.toLowerCase();
  if (tool === "tsc") return "typescript";
  if (tool === "mypy" || tool === "pyright") return "python-types";
  if (tool === "ruff" || tool === "flake8") return "ruff";
  if (tool === "pylint") return "pylint";
  return null;
}
function optOutApplies(family, file) {
  return family === "typescript" || family === "eslint" ? /\.(?:[cm]?[jt]s|[jt]sx)$/.test(file) && !/\.d\.[cm]?ts$/.test(file) : /\.pyi?$/.test(file);
}
var TS_NOCHECK = /^\/\/\s*@ts-nocheck\b/;
var MYPY_IGNORE_ERRORS = /^#\s*mypy:.*\bignore-errors\b(?!\s*=\s*(?:false|False))/;
var TYPE_IGNORE = /^#\s*type:\s*ignore\s*(?:#.*)?$/;
var RUFF_NOQA = /^#\s*(?:ruff|flake8)\s*:\s*noqa\s*(?:#.*)?$/i;
var PYLINT_OFF = /^#\s*pylint\s*:\s*(?:skip-file\b|disable\s*=\s*all\b)/;
function findOptOut(family, text) {
  if (family === "typescript") return tsNoCheck(text);
  const lines = text.split(/\r\n?|\n/);
  let leading = true;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    const blank = line === "";
    if (family === "python-types") {
      if (MYPY_IGNORE_ERRORS.test(line)) return { line: i + 1, directive: line };
      if (leading && TYPE_IGNORE.test(line)) return { line: i + 1, directive: line };
      if (!blank && !line.startsWith("#")) leading = false;
      continue;
    }
    if (family === "ruff" ? RUFF_NOQA.test(line) : PYLINT_OFF.test(line)) return { line: i + 1, directive: line };
  }
  return null;
}
function tsNoCheck(text) {
  let at = text.startsWith("#!") ? text.indexOf("\n") + 1 || text.length : 0;
  const space = /\s*/y;
  while (at < text.length) {
    space.lastIndex = at;
    space.exec(text);
    at = space.lastIndex;
    if (text.startsWith("//", at)) {
      const newline = text.indexOf("\n", at);
      const comment = (newline === -1 ? text.slice(at) : text.slice(at, newline)).trim();
      if (TS_NOCHECK.test(comment)) return { line: text.slice(0, at).split("\n").length, directive: comment };
      if (newline === -1) return null;
      at = newline + 1;
    } else if (text.startsWith("/*", at)) {
      const end = text.indexOf("*/", at + 2);
      if (end === -1) return null;
      at = end + 2;
    } else return null;
  }
  return null;
}
function secretAllowComments(tool, text, max = 20) {
  const pattern = SECRET_ALLOWS[tool.toLowerCase()];
  if (!pattern) return [];
  const out = [];
  const lines = text.split(/\r\n?|\n/);
  for (const [i, line] of lines.entries()) {
    for (const match of line.matchAll(pattern)) {
      out.push({ line: i + 1, directive: match[0].trim() });
      if (out.length >= max) return out;
    }
  }
  return out;
}
var SECRET_ALLOWS = {
  secretlint: /secretlint-(?:disable-next-line|disable-line|disable)\b/g,
  "detect-secrets": /pragma:\s*allowlist(?:\s+nextline)?\s+secret/g,
  gitleaks: /gitleaks:allow/g
};
function hasSecretAllows(tool) {
  return tool.toLowerCase() in SECRET_ALLOWS;
}
var LINE_SUPPRESSIONS = {
  typescript: /(?:\/\/|\/\*)\s*@ts-(?:ignore|expect-error)\b/,
  // And the inline configuration that loosens the whole file: mypy's `# mypy: disable-error-code=…`, `allow-…`,
  // `no-strict-optional`, `no-warn-…`; pyright's `# pyright: basic` and a rule set to false, none, warning or information.
  "python-types": /#\s*(?:type:\s*ignore|pyright:\s*ignore)\b|^\s*#\s*mypy:.*?(?<![\w-])(?:disable-error-code|allow-[\w-]+|no-strict-optional|no-warn-[\w-]+)\b|^\s*#\s*pyright:\s*(?:basic\b|.*?\breport\w+\s*=\s*(?:false|none|warning|information)\b)/,
  ruff: /#\s*noqa\b/i,
  pylint: /#\s*pylint\s*:\s*disable(?:-next)?\s*=/,
  // eslint's inline configuration `/* eslint no-unused-vars: "off" */` (or 0, or ["off", …]) turns a rule off from
  // there to the end of its file: not a suppression, so its report lists nothing of it, not even as suppressed.
  eslint: /\/\*\s*eslint\s+[^*]*?:\s*\[?\s*(?:"off"|'off'|0)(?![\w.])[^*]*\*\//
};
function silencingFamily(name) {
  return optOutFamily(name) ?? (name.toLowerCase() === "eslint" ? "eslint" : null);
}
function lineSuppressionsIn(family, text, lines) {
  const out = [];
  const all = text.split(/\r\n?|\n/);
  for (const n of [...lines].sort((a, b) => a - b)) {
    const line = all[n - 1];
    const match = line === void 0 ? null : LINE_SUPPRESSIONS[family].exec(line);
    if (match) out.push({ line: n, directive: line.slice(match.index).trim().slice(0, 120) });
  }
  return out;
}

// src/engine/stages/unchecked-sources.ts
var run = promisify(execFile);
var MAX_TRACKED = 2e5;
var MAX_NAMED = 50;
var LINTABLE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var DECLARATION = /\.d\.[cm]?ts$/;
var SECRETLINT_DEFAULT_IGNORES = /(?:^|\/)(?:node_modules\/|\.secretlintrc(?:\.(?:json|yaml|yml|js)|\/|$)|\.secretlintignore)/;
async function trackedUnder(workspace, sources, opts = {}) {
  const whole = !sources || sources.length === 0 || sources.includes(".");
  if (whole && !opts.whole) return null;
  const listed = await listTracked(workspace, whole ? ["."] : sources);
  return listed === null || listed === "too-many" || listed.length > MAX_TRACKED ? null : listed;
}
var TrackedFiles = class {
  constructor(workspace) {
    this.workspace = workspace;
  }
  workspace;
  all;
  /** What {@link trackedUnder} answers, from one listing of the workspace. */
  async under(sources, opts = {}) {
    const whole = !sources || sources.length === 0 || sources.includes(".");
    if (whole && !opts.whole) return null;
    const all = await (this.all ??= listTracked(this.workspace, ["."]));
    if (all === null) return null;
    if (all === "too-many") return whole ? null : trackedUnder(this.workspace, sources);
    const found = whole ? all : all.filter((file) => sources.some((s) => file === s || file.startsWith(`${s}/`)));
    return found.length > MAX_TRACKED ? null : found;
  }
};
var MAX_LISTING_BYTES = 64 * 1024 * 1024;
async function listTracked(workspace, pathspecs) {
  if (!mayBeGit(workspace)) return null;
  const whole = pathspecs.length === 1 && pathspecs[0] === ".";
  const dirs = whole ? [] : plainDirectories(pathspecs);
  if (whole || dirs !== null) {
    const listing = await indexListing(workspace);
    if (listing === null) return null;
    const tooMany = listing === "too-many" || listing.bytes > MAX_LISTING_BYTES;
    if (whole || !tooMany) {
      if (tooMany) return "too-many";
      const files = listing.entries.filter((e) => e.mode !== "120000" && e.mode !== "160000").map((e) => e.path);
      return [...new Set(whole ? files : files.filter((file) => dirs.some((d) => file === d || file.startsWith(`${d}/`))))];
    }
  }
  try {
    const { stdout } = await run("git", ["ls-files", "-s", "-z", "--", ...pathspecs], { cwd: workspace, env: process.env, maxBuffer: MAX_LISTING_BYTES, encoding: "utf8" });
    return [
      ...new Set(
        stdout.split("\0").filter(Boolean).flatMap((entry) => {
          const m = /^(\d{6}) [0-9a-f]+ \d\t(.*)$/s.exec(entry);
          return m && m[1] !== "120000" && m[1] !== "160000" ? [m[2]] : [];
        })
      )
    ];
  } catch (error) {
    return error.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER" ? "too-many" : null;
  }
}
function plainDirectories(pathspecs) {
  if (process.env.GIT_ICASE_PATHSPECS || process.env.GIT_GLOB_PATHSPECS) return null;
  const out = [];
  for (const spec of pathspecs) {
    if (spec === "" || /[*?[\\]|^:/.test(spec) || isAbsolute(spec)) return null;
    const path = posix.normalize(spec).replace(/\/+$/, "");
    if (path === "." || path === ".." || path.startsWith("../")) return null;
    out.push(path);
  }
  return out;
}
function filesNotChecked(report, tracked, secrets) {
  if (tracked === null || report.checked_files === void 0 || report.checked_files.length === 0) return null;
  const checked = new Set(report.checked_files);
  const wanted = secrets ? (file) => report.tool !== "secretlint" || !SECRETLINT_DEFAULT_IGNORES.test(file) : (file) => LINTABLE.test(file) && !DECLARATION.test(file);
  return tracked.filter((file) => wanted(file) && !checked.has(file)).sort();
}
function notCheckedWarning(tool, files, secrets) {
  const shown = files.slice(0, 5).join(", ") + (files.length > 5 ? `, \u2026 (${files.length} in all)` : "");
  const how = secrets ? `${tool}'s report does not list them: they were not given to it or its configuration ignores them (.secretlintignore, a '!' glob), so a secret in them is not counted` : `${tool}'s report does not list them: they were not given to it or its configuration skips them (ignores, .eslintignore, a files pattern or --ext that does not match them), so their problems are not counted`;
  return `${files.length} tracked file(s) of the component not checked by ${tool} (${shown}): ${how}`;
}
var MAX_OPT_OUT_FILES = 2e4;
var MAX_SCANNED_BYTES = 512 * 1024 * 1024;
async function optOutsIn(workspace, tracked, family) {
  const out = [];
  for (const file of tracked.filter((f) => optOutApplies(family, f)).slice(0, MAX_OPT_OUT_FILES)) {
    const text = await readHead(join(workspace, file), MAX_SCANNED_BYTES);
    const found = text === null ? null : findOptOut(family, text);
    if (found) out.push({ file, ...found });
  }
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
async function readHead(path, max) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return null;
    const buffer = Buffer.alloc(Math.min(info.size, max));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
function optOutWarning(tool, found) {
  const shown = found.slice(0, 5).map((o) => `${o.file}:${o.line} ${o.directive}`).join(", ") + (found.length > 5 ? `, \u2026 (${found.length} in all)` : "");
  return `${found.length} file(s) of the component opt out of ${tool} with a file-wide comment and are not checked by it (${shown}): their problems are not counted`;
}
async function secretAllowsIn(workspace, files, tool) {
  const out = [];
  for (const file of files.slice(0, MAX_OPT_OUT_FILES)) {
    if (file.startsWith("../") || file.startsWith("/")) continue;
    const text = await readHead(join(workspace, file), MAX_SCANNED_BYTES);
    if (text !== null) for (const found of secretAllowComments(tool, text)) out.push({ file, ...found });
  }
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
}
function secretAllowWarning(tool, found) {
  const shown = found.slice(0, 5).map((o) => `${o.file}:${o.line} ${o.directive}`).join(", ") + (found.length > 5 ? `, \u2026 (${found.length} in all)` : "");
  return `${found.length} comment(s) in the component's files tell ${tool} not to report secrets (${shown}): what they cover is not checked by it, and its report says nothing of what they hid`;
}

export {
  optOutFamily,
  optOutApplies,
  hasSecretAllows,
  silencingFamily,
  lineSuppressionsIn,
  MAX_NAMED,
  trackedUnder,
  TrackedFiles,
  filesNotChecked,
  notCheckedWarning,
  optOutsIn,
  readHead,
  optOutWarning,
  secretAllowsIn,
  secretAllowWarning
};
