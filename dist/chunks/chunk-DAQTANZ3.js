
// src/exec/git-location.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function dotGitDirectory(dir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return null;
  }
}
function mayBeGit(dir) {
  return Boolean(process.env.GIT_DIR) || dotGitDirectory(dir) !== null;
}
var STEERING = ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"];
function gitSteered() {
  return STEERING.some((name) => Boolean(process.env[name]));
}

export {
  dotGitDirectory,
  mayBeGit,
  gitSteered
};
