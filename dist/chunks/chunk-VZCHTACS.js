import {
  commandsStarted,
  trackedStateOf
} from "./chunk-QDEQBNGY.js";
import {
  inheritedEnvironment
} from "./chunk-6N4VMDZ6.js";
import {
  dotGitDirectory,
  gitSteered
} from "./chunk-DAQTANZ3.js";

// src/exec/git-status.ts
import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function workTreeStatus(workspace) {
  if (gitSteered()) return null;
  const top = dotGitDirectory(workspace);
  if (top === null) return null;
  let out;
  try {
    out = (await run("git", ["--no-optional-locks", "status", "--porcelain=v2", "-z", "--untracked-files=all", "--no-renames", "--ignore-submodules=none"], {
      cwd: top,
      // As the repository's commands get it (a clean filter or an fsmonitor hook the repository configures runs in
      // it): never the action's inputs or runtime token.
      env: inheritedEnvironment(process.env),
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
      timeout: 6e4
    })).stdout;
  } catch {
    return null;
  }
  let rel;
  try {
    rel = relative(realpathSync(top), realpathSync(workspace)).split(sep).join("/");
  } catch {
    return null;
  }
  if (rel === ".." || rel.startsWith("../") || isAbsolute(rel)) return null;
  const prefix = rel === "" ? "" : `${rel}/`;
  const entries = /* @__PURE__ */ new Set();
  const changedFromHead = [];
  for (const record of out.split("\0")) {
    if (record === "") continue;
    if (record.startsWith("? ")) {
      const path2 = record.slice(2);
      if (path2.startsWith(prefix)) entries.add(`? ${path2.slice(prefix.length)}`);
      continue;
    }
    const m = /^1 ([.A-Z])([.A-Z]) (\S+) \S+ \S+ \S+ \S+ \S+ (.*)$/s.exec(record);
    if (!m) return null;
    const [, x, y, sub, path] = m;
    if (sub !== "N..." || x !== "." && y !== ".") return null;
    changedFromHead.push(path);
    if (y !== "." && path.startsWith(prefix)) {
      entries.add(`C ${path.slice(prefix.length)}`);
      if (y === "D") entries.add(`R ${path.slice(prefix.length)}`);
    }
  }
  return { top, entries: [...entries].sort(), changedFromHead };
}

// src/engine/work-tree.ts
var reads = /* @__PURE__ */ new WeakMap();
function listWorkTree(ctx, fallback) {
  const commands = commandsStarted();
  const status = workTreeStatus(ctx.host.workspace);
  reads.set(ctx, { commands, state: status.then((s) => s ? trackedStateOf(s.top, s.changedFromHead) : null) });
  return status.then((s) => s ? s.entries : fallback(ctx.host.workspace));
}
async function trackedStateRead(ctx, top) {
  const read = reads.get(ctx);
  if (!read || read.commands !== commandsStarted()) return void 0;
  const state = await read.state;
  return state && state.top === top && read.commands === commandsStarted() ? state : void 0;
}
function forgetWorkTree(ctx) {
  reads.delete(ctx);
}

export {
  listWorkTree,
  trackedStateRead,
  forgetWorkTree
};
