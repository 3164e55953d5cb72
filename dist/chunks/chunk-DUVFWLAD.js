
// src/engine/write-errors.ts
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
var REASONS = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a directory",
  ENOTDIR: "a parent is not a directory"
};
function isDiskWriteError(error) {
  return (error?.code ?? "") in REASONS;
}
function writeFailure(what, path, error) {
  const code = error?.code;
  const reason = code && REASONS[code] ? `${REASONS[code]} (${code})` : error?.message ?? String(error);
  return `cannot write ${what} ${path}: ${reason}`;
}
async function makeDirectory(path) {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    const chain = [];
    for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) chain.unshift(dir);
    for (const dir of chain) {
      try {
        await mkdir(dir);
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
    }
  }
}

export {
  isDiskWriteError,
  writeFailure,
  makeDirectory
};
