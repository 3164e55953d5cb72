
// src/action/repo-prefix.ts
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
var GIT_LOCATION = ["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"];
function repositoryPrefix(workspace, env = process.env) {
  const located = GIT_LOCATION.some((name) => env[name]);
  const where = located ? "ask" : gitAbove(workspace);
  if (where === "root") return "";
  if (where === "ask") {
    try {
      const prefix = execFileSync("git", ["rev-parse", "--show-prefix"], { cwd: workspace, env, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 1e4 });
      return prefix.trim().replace(/\/+$/, "");
    } catch {
    }
  }
  const root = env.GITHUB_WORKSPACE;
  if (!root) return "";
  const rel = relative(root, workspace).replace(/\\/g, "/");
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? "" : rel;
}
function gitAbove(workspace) {
  const start = resolve(workspace);
  for (let dir = start; ; ) {
    if (existsSync(join(dir, ".git"))) return dir === start ? "root" : "ask";
    const up = dirname(dir);
    if (up === dir) return "none";
    dir = up;
  }
}
function reportedRepositoryPath(value) {
  if (value === void 0) return "";
  if (typeof value !== "string" || value.length > 1024) return null;
  if (value === "") return "";
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  return value.split("/").every((s) => s !== "" && s !== "." && s !== "..") ? value : null;
}

export {
  repositoryPrefix,
  reportedRepositoryPath
};
