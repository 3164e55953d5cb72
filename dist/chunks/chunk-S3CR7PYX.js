import {
  trackedFromListing
} from "./chunk-4BCAUY6V.js";
import {
  mayBeGit
} from "./chunk-XAMYV3A6.js";

// src/engine/output-guard.ts
import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function overwriteProblem(path, opts) {
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

export {
  overwriteProblem
};
