import {
  filterFindingsToChanged
} from "./chunk-CH4V4NRA.js";
import "./chunk-HANBNIMK.js";

// src/diff/changed-lines.ts
import { execFile, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
var run = promisify(execFile);
var CONFIG = ["-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "-c", "color.ui=false"];
async function git(cwd, args) {
  const { stdout } = await run("git", [...CONFIG, ...args], { cwd, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}
async function resolveCommit(cwd, ref, role) {
  if (ref === "" || ref.startsWith("-") || /[\0\n]/.test(ref)) throw new Error(`invalid ${role} ref ${JSON.stringify(ref)}`);
  try {
    return await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch (error) {
    const stderr = String(error.stderr ?? "");
    if (/not a git repository/i.test(stderr)) throw new Error(`${cwd} is not inside a git repository; diff-aware mode needs one`, { cause: error });
    throw new Error(
      `${role} ref "${ref}" does not exist in the repository at ${cwd} (is it fetched? a shallow checkout needs fetch-depth: 0)`,
      { cause: error }
    );
  }
}
async function changedLines(opts) {
  const cwd = opts.workspace;
  const head = await resolveCommit(cwd, opts.head ?? "HEAD", "head");
  const base = await resolveCommit(cwd, opts.base, "base");
  let mergeBase;
  try {
    mergeBase = await git(cwd, ["merge-base", base, head]);
  } catch (error) {
    throw new Error(
      `base ref "${opts.base}" and head "${opts.head ?? "HEAD"}" have no common ancestor (a shallow checkout? fetch with fetch-depth: 0)`,
      { cause: error }
    );
  }
  const [gitDir, prefix] = await Promise.all([git(cwd, ["rev-parse", "--absolute-git-dir"]), git(cwd, ["rev-parse", "--show-prefix"])]);
  const args = [
    "--git-dir",
    gitDir,
    ...CONFIG,
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    ...prefix ? [`--relative=${prefix}`] : [],
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--ignore-submodules=all",
    mergeBase,
    head,
    "--"
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd: gitDir, stdio: ["ignore", "pipe", "pipe"], shell: false });
    const parser = new DiffParser();
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 8192) stderr += chunk;
    });
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    lines.on("line", (line) => parser.line(line));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`git diff ${mergeBase}..${head} failed (exit ${code}): ${stderr.trim()}`));
      else resolve(parser.finish());
    });
  });
}
var DiffParser = class {
  result = /* @__PURE__ */ new Map();
  /** The file of the current `diff --git` block, once known, and whether it is kept. */
  path;
  header = "";
  lines;
  skip = false;
  inHunks = false;
  line(text) {
    if (text.startsWith("diff --git ")) {
      this.flush();
      this.header = text.slice("diff --git ".length);
      return;
    }
    if (this.skip) return;
    if (this.inHunks) {
      if (text.startsWith("@@")) this.hunk(text);
      return;
    }
    if (text.startsWith("@@")) {
      this.inHunks = true;
      this.hunk(text);
    } else if (text.startsWith("+++ ")) {
      const name = text.slice(4).replace(/\t$/, "");
      if (name === "/dev/null") this.skip = true;
      else this.path = stripPrefix(unquote(name), "b/");
    } else if (text.startsWith("deleted file mode ")) {
      this.skip = true;
    } else if (text.startsWith("rename to ") || text.startsWith("copy to ")) {
      this.path = unquote(text.slice(text.indexOf(" to ") + 4));
    } else if (text.startsWith("Binary files ") || text === "GIT binary patch") {
      this.skip = true;
    }
  }
  hunk(text) {
    const match = /^@@@* -[\d,]+ \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (!match) return;
    const start = Number(match[1]);
    const count = match[2] === void 0 ? 1 : Number(match[2]);
    this.lines ??= /* @__PURE__ */ new Set();
    for (let n = start; n < start + count; n++) this.lines.add(n);
  }
  flush() {
    if (this.header !== "" && !this.skip) {
      const file = this.path ?? newPathFromHeader(this.header);
      if (file !== void 0) {
        const seen = this.result.get(file);
        if (seen) for (const n of this.lines ?? []) seen.add(n);
        else this.result.set(file, this.lines ?? /* @__PURE__ */ new Set());
      }
    }
    this.header = "";
    this.path = void 0;
    this.lines = void 0;
    this.skip = false;
    this.inHunks = false;
  }
  finish() {
    this.flush();
    return this.result;
  }
};
function stripPrefix(name, prefix) {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
function newPathFromHeader(header) {
  if (header.startsWith('"')) {
    const names = [...header.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => unquote(`"${m[1]}"`));
    const last = names.at(-1);
    return last === void 0 ? void 0 : stripPrefix(last, "b/");
  }
  if ((header.length - 5) % 2 !== 0 || !header.startsWith("a/")) return void 0;
  const length = (header.length - 5) / 2;
  const name = header.slice(2, 2 + length);
  return header.slice(2 + length) === ` b/${name}` ? name : void 0;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote(name) {
  if (!(name.length >= 2 && name.startsWith('"') && name.endsWith('"'))) return name;
  const bytes = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      const point = body.codePointAt(i) ?? 0;
      if (point > 65535) i++;
      bytes.push(...Buffer.from(String.fromCodePoint(point), "utf8"));
      continue;
    }
    const next = body[++i] ?? "";
    if (/[0-7]/.test(next)) {
      const octal = body.slice(i, i + 3);
      bytes.push(parseInt(octal, 8) & 255);
      i += octal.length - 1;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}
export {
  DiffParser,
  changedLines,
  filterFindingsToChanged,
  unquote
};
