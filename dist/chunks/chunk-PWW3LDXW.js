import {
  trackedFromListing
} from "./chunk-TE4YH7PC.js";
import {
  mayBeGit
} from "./chunk-DAQTANZ3.js";

// src/engine/output-guard.ts
import { execFile } from "node:child_process";
import { realpath, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function overwriteProblem(path, opts) {
  const shape = await notAFilePath(path);
  if (shape) return `the ${opts.what} path ${path} cannot be written: ${shape}. Give ${opts.option} the path of a file`;
  const real = await realpath(path).catch(() => null);
  if (real === null) return null;
  for (const input of opts.inputs ?? []) {
    if (input && await realpath(resolve(opts.cwd, input)).catch(() => null) === real) {
      return `the ${opts.what} path ${path} is the run's own input ${input}: writing the ${opts.what} would replace it. Give ${opts.option} a path of its own`;
    }
  }
  if (!mayBeGit(dirname(real))) return null;
  const tracked = await trackedFromListing(real) ?? await new Promise((done) => execFile("git", ["ls-files", "--error-unmatch", "--", real], { cwd: dirname(real), env: process.env }, (error) => done(error === null)));
  return tracked ? `the ${opts.what} path ${path} is a file git tracks: writing the ${opts.what} would replace it. Give ${opts.option} a path of its own` : null;
}
async function notAFilePath(path) {
  try {
    return (await stat(path)).isDirectory() ? "it is a directory" : null;
  } catch (error) {
    if (error.code !== "ENOTDIR") return null;
    for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
      const info = await stat(dir).catch(() => null);
      if (info && !info.isDirectory()) return `${dir} is a file, not a directory`;
    }
    return null;
  }
}

export {
  overwriteProblem
};
