import {
  dotGitDirectory
} from "./chunk-DAQTANZ3.js";

// src/action/repo-prefix.ts
import { execFileSync } from "node:child_process";
import { isAbsolute, relative, resolve } from "node:path";
var GIT_LOCATION = ["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"];
function repositoryPrefix(workspace, env = process.env) {
  const located = GIT_LOCATION.some((name) => env[name]);
  const found = located ? null : dotGitDirectory(workspace);
  if (found === resolve(workspace)) return "";
  if (located || found !== null) {
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
