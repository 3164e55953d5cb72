import {
  inheritedEnvironment
} from "./chunk-6N4VMDZ6.js";

// src/exec/hookless-git.ts
import { execFile } from "node:child_process";
import { devNull } from "node:os";
import { promisify } from "node:util";
var run = promisify(execFile);
async function hooklessGit(cwd, args, opts = {}) {
  const { stdout } = await run("git", ["-c", `core.hooksPath=${devNull}`, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: opts.maxBuffer ?? 256 * 1024 * 1024,
    ...opts.timeout !== void 0 ? { timeout: opts.timeout } : {},
    ...opts.signal ? { signal: opts.signal } : {},
    env: { ...inheritedEnvironment(process.env), ...opts.env }
  });
  return stdout;
}
var NO_PROMPT = { GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never" };

export {
  hooklessGit,
  NO_PROMPT
};
