import {
  NO_PROMPT,
  hooklessGit
} from "./chunk-2R5D4IJT.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-HANBNIMK.js";

// src/exec/git-base.ts
var FETCH_TIMEOUT_MS = 6e4;
async function git(workspace, args, timeout = 1e4, signal) {
  return (await hooklessGit(workspace, args, { timeout, signal, env: NO_PROMPT })).trim();
}
var has = (workspace, sha) => git(workspace, ["cat-file", "-e", `${sha}^{commit}`]).then(() => true, () => false);
var related = (workspace, base) => git(workspace, ["merge-base", base, "HEAD"]).then(() => true, () => false);
async function bringBase(workspace, base, head, signal) {
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(base) || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(head)) return null;
  let shallow;
  try {
    shallow = await git(workspace, ["rev-parse", "--is-shallow-repository"]) === "true";
  } catch {
    return null;
  }
  if (!shallow || await has(workspace, base) && await related(workspace, base)) return null;
  const remote = await git(workspace, ["remote"]).then((out) => out.split("\n"), () => []);
  if (!remote.includes("origin")) return { fetched: false, message: `the checkout is shallow and has no remote named origin to fetch the base ${base.slice(0, 12)} from` };
  const fetch = (sha, depth) => git(workspace, ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", `--depth=${depth}`, "origin", sha], FETCH_TIMEOUT_MS, signal);
  try {
    await fetch(head, 2);
    if (!await has(workspace, base)) await fetch(base, 1);
  } catch (error) {
    if (signal?.aborted) return { fetched: false, message: `the fetch of the base ${base.slice(0, 12)} into the shallow checkout was stopped: the run was cancelled` };
    const why = (error.stderr ?? error.message).trim().split("\n").at(-1) ?? "";
    return { fetched: false, message: `could not fetch the base ${base.slice(0, 12)} into the shallow checkout: ${why}` };
  }
  if (!await has(workspace, base)) return { fetched: false, message: `origin did not give the base ${base.slice(0, 12)}` };
  return { fetched: true, message: `fetched the base ${base.slice(0, 12)} into the shallow checkout (as fetch-depth: 2 would), to compare the change with it` };
}
export {
  bringBase
};
