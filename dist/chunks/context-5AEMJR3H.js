import {
  defaultContextRoot,
  exportSession,
  listSessions,
  showSession
} from "./chunk-2UFCFUHD.js";
import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import "./chunk-NP6TI2MO.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-4CLWEP5D.js";
import "./chunk-ETVTLQDI.js";
import "./chunk-6G4JLRTB.js";
import {
  printInert
} from "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/cli/context.ts
import { parseArgs } from "node:util";
async function contextCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { workspace: { type: "string" }, format: { type: "string", default: "md" } },
    allowPositionals: true,
    strict: true
  });
  const root = defaultContextRoot(workspaceDirectory(values.workspace));
  const [action, id] = positionals;
  let text;
  if (action === "list") text = await listSessions(root);
  else if (action === "show" && id) text = await showSession(root, id);
  else if (action === "export" && id) {
    if (values.format !== "md" && values.format !== "json") throw new Error(`--format must be md or json, not '${values.format}'`);
    text = await exportSession(root, id, values.format);
  } else throw new Error("usage: context list | context show <session-id> | context export <session-id> [--format md|json]");
  printInert(process.stdout, text.endsWith("\n") ? text : `${text}
`);
  return 0;
}
export {
  contextCommand
};
