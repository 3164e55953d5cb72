import {
  dotGitDirectory,
  gitSteered,
  mayBeGit
} from "./chunk-DAQTANZ3.js";

// src/exec/git-index.ts
import { execFile } from "node:child_process";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_LISTING_BYTES = 512 * 1024 * 1024;
var OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var cache = /* @__PURE__ */ new Map();
var KEPT = 2;
function gitDirectory(dir) {
  if (gitSteered()) return null;
  const top = dotGitDirectory(dir);
  if (top === null) return null;
  const dotGit = join(top, ".git");
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const m = /^gitdir: (.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
    return m ? resolve(top, m[1]) : null;
  } catch {
    return null;
  }
}
function indexIdentity(gitDir) {
  try {
    const s = statSync(join(gitDir, "index"), { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}
function parse(text) {
  const entries = [];
  for (const line of text.split("\0")) {
    const tab = line.indexOf("	");
    if (tab < 0) continue;
    const [mode, object] = line.slice(0, tab).split(" ");
    entries.push({ mode, object, path: line.slice(tab + 1) });
  }
  return entries;
}
async function listNow(dir) {
  try {
    const { stdout } = await run("git", ["ls-files", "-s", "-z"], { cwd: dir, env: process.env, maxBuffer: MAX_LISTING_BYTES, encoding: "buffer", timeout: 6e4 });
    return { entries: parse(stdout.toString("utf8")), bytes: stdout.length };
  } catch (error) {
    return error.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER" ? "too-many" : null;
  }
}
async function indexListing(dir) {
  if (!mayBeGit(dir)) return null;
  const gitDir = gitDirectory(dir);
  const identity = gitDir === null ? null : indexIdentity(gitDir);
  if (identity === null) return listNow(dir);
  let key;
  try {
    key = realpathSync(dir);
  } catch {
    return listNow(dir);
  }
  const hit = cache.get(key);
  if (hit && hit.identity === identity) return hit.listing;
  const listing = listNow(dir);
  cache.delete(key);
  cache.set(key, { identity, listing });
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT) break;
    cache.delete(oldest);
  }
  return listing;
}
async function trackedFromListing(real) {
  for (const [dir, hit] of cache) {
    const rel = relative(dir, real);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
    const gitDir = gitDirectory(dir);
    if (gitDir === null || indexIdentity(gitDir) !== hit.identity) continue;
    const listing = await hit.listing;
    if (listing === null || listing === "too-many") continue;
    const path = sep === "/" ? rel : rel.split(sep).join("/");
    return listing.entries.some((e) => e.path === path);
  }
  return void 0;
}
function headBranch(dir) {
  const head = headFile(dir);
  if (head === void 0) return void 0;
  if (OBJECT_ID.test(head)) return null;
  const m = /^ref: refs\/heads\/(.+)$/.exec(head);
  if (!m || m[1] === ".invalid") return void 0;
  return m[1];
}
function detachedHead(dir) {
  const head = headFile(dir);
  return head !== void 0 && OBJECT_ID.test(head) ? head : void 0;
}
function headCommitRead(dir) {
  const gitDir = gitDirectory(dir);
  const head = gitDir === null ? void 0 : headFile(dir, gitDir);
  if (gitDir === null || head === void 0) return void 0;
  const top = dotGitDirectory(dir);
  try {
    const uid = process.geteuid?.();
    if (uid === void 0 || top === null || statSync(top).uid !== uid || statSync(gitDir).uid !== uid) return void 0;
  } catch {
    return void 0;
  }
  if (OBJECT_ID.test(head)) return head;
  const m = /^ref: (refs\/heads\/.+)$/.exec(head);
  if (!m || m[1] === "refs/heads/.invalid") return void 0;
  let common = gitDir;
  try {
    common = resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim());
  } catch {
  }
  try {
    const loose = readFileSync(join(common, m[1]), "utf8").trim();
    return OBJECT_ID.test(loose) ? loose : void 0;
  } catch (error) {
    if (error.code !== "ENOENT") return void 0;
  }
  try {
    for (const line of readFileSync(join(common, "packed-refs"), "utf8").split("\n")) {
      const space = line.indexOf(" ");
      if (space > 0 && line.slice(space + 1) === m[1] && OBJECT_ID.test(line.slice(0, space))) return line.slice(0, space);
    }
  } catch {
  }
  return void 0;
}
function headFile(dir, gitDir = gitDirectory(dir)) {
  if (gitDir === null) return void 0;
  try {
    return readFileSync(join(gitDir, "HEAD"), "utf8").trim();
  } catch {
    return void 0;
  }
}
function forgetListings() {
  cache.clear();
}

export {
  MAX_LISTING_BYTES,
  indexListing,
  trackedFromListing,
  headBranch,
  detachedHead,
  headCommitRead,
  forgetListings
};
