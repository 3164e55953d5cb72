import {
  NO_PROMPT,
  hooklessGit
} from "./chunk-2R5D4IJT.js";
import {
  workingTreeContent
} from "./chunk-HYULKLIY.js";
import {
  dotGitDirectory,
  mayBeGit
} from "./chunk-XAMYV3A6.js";

// src/engine/fix-git.ts
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var COPY_SCRATCH = ".s2p-fix";
var BOT_AUTHOR = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
function git(cwd, args, env) {
  return hooklessGit(cwd, args, env ? { env } : {});
}
function remoteGit(cwd, args, limits) {
  return hooklessGit(cwd, args, { timeout: limits.timeoutMs, signal: limits.signal, env: NO_PROMPT });
}
function nulList(text) {
  return text.split("\0").filter(Boolean);
}
function anchored(path) {
  return "/" + path.replace(/\/$/, "").replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`);
}
async function makeFixCopy(workspace) {
  const top = (await git(workspace, ["rev-parse", "--show-toplevel"])).trim();
  const prefix = (await git(workspace, ["rev-parse", "--show-prefix"])).trim();
  const tmp = await mkdtemp(join(tmpdir(), "s2p-fix-"));
  const root = join(tmp, "tree");
  const exclude = join(tmp, "exclude");
  let added = false;
  const dispose = async () => {
    if (added) await git(top, ["worktree", "remove", "--force", root]).catch(() => void 0);
    await rm(tmp, { recursive: true, force: true });
    if (added) await git(top, ["worktree", "prune"]).catch(() => void 0);
  };
  try {
    await git(top, ["worktree", "add", "--detach", "--quiet", root, "HEAD"]);
    added = true;
    const [changed, deleted, ignored] = await Promise.all([
      git(top, ["ls-files", "-z", "-m", "-o", "--exclude-standard"]),
      git(top, ["ls-files", "-z", "-d"]),
      git(top, ["ls-files", "-z", "-o", "-i", "--exclude-standard", "--directory"])
    ]);
    const gone = new Set(nulList(deleted));
    for (const path of nulList(changed)) {
      if (gone.has(path)) continue;
      await mkdir(dirname(join(root, path)), { recursive: true });
      await cp(join(top, path), join(root, path), { force: true, recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    }
    for (const path of gone) await rm(join(root, path), { force: true });
    const links = nulList(ignored).map((p) => p.replace(/\/$/, ""));
    for (const path of links) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await symlink(join(top, path), join(root, path)).catch(() => void 0);
    }
    await writeFile(exclude, [`${COPY_SCRATCH}/`, ...links.map(anchored)].join("\n") + "\n");
    const withExclude = ["-c", `core.excludesFile=${exclude}`];
    await git(root, [...withExclude, "add", "-A"]);
    const base = (await git(root, ["write-tree"])).trim();
    return {
      root,
      dir: join(root, prefix),
      base,
      async diff() {
        await git(root, [...withExclude, "add", "-A"]);
        const [patch, names, unified0] = await Promise.all([
          git(root, ["diff", "--cached", "--binary", "--no-color", "--no-ext-diff", base]),
          git(root, ["diff", "--cached", "--name-only", "--no-ext-diff", base]),
          git(root, ["diff", "--cached", "--no-color", "--no-ext-diff", "--unified=0", base])
        ]);
        return { patch, files: names.split("\n").filter(Boolean), unified0 };
      },
      dispose
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
async function currentBranch(workspace) {
  try {
    return (await git(workspace, ["symbolic-ref", "--short", "-q", "HEAD"])).trim() || null;
  } catch {
    return null;
  }
}
async function headCommit(workspace) {
  return (await git(workspace, ["rev-parse", "HEAD"])).trim();
}
async function trackedChanges(workspace) {
  return (await git(workspace, ["status", "--porcelain", "--untracked-files=no"])).split("\n").filter(Boolean);
}
async function trackedState(workspace, top) {
  if (top === void 0 && !mayBeGit(workspace)) return null;
  let names;
  try {
    top ??= (process.env.GIT_DIR || process.env.GIT_WORK_TREE ? null : dotGitDirectory(workspace)) ?? (await git(workspace, ["rev-parse", "--show-toplevel"])).trim();
    names = nulList(await git(top, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "HEAD"]));
  } catch {
    return null;
  }
  const files = /* @__PURE__ */ new Map();
  for (const name of names) {
    const content = workingTreeContent(join(top, name));
    files.set(name, content === null ? "deleted" : createHash("sha256").update(content).digest("hex"));
  }
  return { top, files };
}
function changedBetween(before, after) {
  const names = /* @__PURE__ */ new Set([...before.files.keys(), ...after.files.keys()]);
  return [...names].filter((name) => before.files.get(name) !== after.files.get(name)).sort();
}
async function remoteTip(workspace, remote, branch, limits) {
  const out = await remoteGit(workspace, ["ls-remote", remote, `refs/heads/${branch}`], limits);
  return out.split("	")[0].trim() || null;
}
async function workspaceDiff(workspace) {
  const [patch, names, unified0] = await Promise.all([
    git(workspace, ["diff", "--binary", "--no-color", "--no-ext-diff", "HEAD"]),
    git(workspace, ["diff", "--name-only", "--no-ext-diff", "HEAD"]),
    git(workspace, ["diff", "--no-color", "--no-ext-diff", "--unified=0", "HEAD"])
  ]);
  return { patch, files: names.split("\n").filter(Boolean), unified0 };
}
async function commitAndPush(workspace, o, limits) {
  const name = process.env.GIT_AUTHOR_NAME || BOT_AUTHOR.name;
  const email = process.env.GIT_AUTHOR_EMAIL || BOT_AUTHOR.email;
  const identity = {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email
  };
  await git(workspace, ["add", "-u"]);
  await git(workspace, ["commit", "--quiet", "--no-verify", "-m", o.message], identity);
  const sha = await headCommit(workspace);
  await remoteGit(workspace, ["push", "--quiet", o.remote, `${sha}:refs/heads/${o.branch}`], limits);
  return sha;
}
async function resetTo(workspace, commit) {
  await git(workspace, ["reset", "--quiet", "--hard", commit]);
}

export {
  COPY_SCRATCH,
  makeFixCopy,
  currentBranch,
  headCommit,
  trackedChanges,
  trackedState,
  changedBetween,
  remoteTip,
  workspaceDiff,
  commitAndPush,
  resetTo
};
