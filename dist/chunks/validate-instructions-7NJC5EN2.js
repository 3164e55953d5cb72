import {
  DEFAULT_INSTRUCTION_GLOBS,
  formatInstructionsResult,
  validateInstructions
} from "./chunk-LI566WBR.js";
import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import "./chunk-I6DMVYMR.js";
import "./chunk-KEV4FWKC.js";
import "./chunk-4LSZ7FBK.js";
import {
  printInert
} from "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/cli/validate-instructions.ts
import { parseArgs } from "node:util";
async function validateInstructionsCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { workspace: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  const workspace = workspaceDirectory(values.workspace);
  const result = await validateInstructions({ workspace, globs: positionals.length ? positionals : [...DEFAULT_INSTRUCTION_GLOBS] });
  printInert(process.stdout, `${formatInstructionsResult(result)}
`);
  return result.error_count > 0 ? 1 : 0;
}
export {
  validateInstructionsCommand
};
