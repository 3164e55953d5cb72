import {
  regenerateDashboard
} from "./chunk-AQXFFSMJ.js";
import "./chunk-GYCQ7M7A.js";
import "./chunk-X7YZXP6B.js";
import {
  overwriteProblem
} from "./chunk-PWW3LDXW.js";
import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import {
  validateComponentName
} from "./chunk-4GTCQ74A.js";
import "./chunk-5M3EAJZP.js";
import {
  defaultDashboardName,
  defaultReportName
} from "./chunk-SKZ7FANQ.js";
import "./chunk-DUVFWLAD.js";
import "./chunk-NP6TI2MO.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-4CLWEP5D.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";

// src/cli/dashboard.ts
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
async function dashboardCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { component: { type: "string" }, workspace: { type: "string" }, output: { type: "string" }, report: { type: "string" }, days: { type: "string" } },
    strict: true
  });
  if (!values.component) throw new Error("dashboard needs --component NAME");
  const component = validateComponentName(values.component);
  const workspace = workspaceDirectory(values.workspace);
  const reportPath = resolve(workspace, values.report ?? defaultReportName(component));
  const report = await readFile(reportPath, "utf8").then((t) => JSON.parse(t), () => null);
  const days = values.days === void 0 ? void 0 : Number(values.days);
  if (days !== void 0 && !(days > 0)) throw new Error(`--days must be a positive number, not '${values.days}'`);
  const dashboardPath = resolve(workspace, values.output ?? defaultDashboardName(component));
  const overwrite = await overwriteProblem(dashboardPath, { cwd: workspace, inputs: [reportPath], what: "dashboard", option: "--output" });
  if (overwrite) throw new Error(overwrite);
  const result = await regenerateDashboard({
    workspaceDir: join(workspace, ".spec-to-production"),
    component,
    sinceDays: days,
    dashboardPath,
    now: Date.now(),
    report
  });
  process.stdout.write(`dashboard written: ${result.dashboardPath} (${result.historyRuns} run(s) of history${report ? ", latest report included" : ""})
`);
  return 0;
}
export {
  dashboardCommand
};
