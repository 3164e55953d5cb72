import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";

// src/config/workspace-dir.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
function workspaceDirectory(dir, option = "--workspace") {
  const absolute = resolve(dir ?? process.cwd());
  let isDirectory;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new ConfigurationError(`${option} ${dir ?? absolute}: no such directory (give the repository's root, which must exist)`);
    }
    throw new ConfigurationError(`${option} ${dir ?? absolute}: cannot be read: ${error.message}`);
  }
  if (!isDirectory) throw new ConfigurationError(`${option} ${dir ?? absolute}: not a directory (give the repository's root)`);
  return absolute;
}

export {
  workspaceDirectory
};
