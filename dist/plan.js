import {
  runPlan
} from "./chunks/chunk-XDU76DIW.js";
import "./chunks/chunk-EYOESVHO.js";
import "./chunks/chunk-I6DMVYMR.js";
import "./chunks/chunk-YVVYAGKQ.js";
import "./chunks/chunk-XGPSAGC3.js";
import "./chunks/chunk-23VMDGJY.js";
import "./chunks/chunk-IYSRWP7Z.js";
import "./chunks/chunk-A5RKFQW4.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-KBGJQHLC.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-RNCRGQAW.js";
import "./chunks/chunk-WBXXZJVE.js";
import {
  pullRequestBase
} from "./chunks/chunk-XOTTUHTG.js";
import {
  error,
  getInput,
  getMultilineInput,
  info,
  notice,
  setFailed,
  setOutput
} from "./chunks/chunk-PLYXDVHF.js";
import "./chunks/chunk-S5FHVQSP.js";
import "./chunks/chunk-4GTCQ74A.js";
import "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";

// src/action/plan.ts
import { isAbsolute, resolve } from "node:path";
async function runPlanAction() {
  try {
    const base = process.env.GITHUB_WORKSPACE || process.cwd();
    const dir = getInput("working-directory") || ".";
    const workspace = isAbsolute(dir) ? dir : resolve(base, dir);
    const globs = getMultilineInput("specs").flatMap((l) => l.split(",")).map((g) => g.trim()).filter(Boolean);
    const changedOnly = (getInput("changed-only") || "false").trim().toLowerCase() === "true";
    const prBase = pullRequestBase();
    if (changedOnly && !prBase) notice("changed-only applies to pull requests: this event has no base commit, so every component is planned");
    const plan = await runPlan({
      workspace,
      globs,
      configPath: getInput("config") || void 0,
      changedSince: changedOnly && prBase ? { base: prBase } : void 0
    });
    for (const p of plan.problems) error(p.message, { file: p.file, startLine: p.line });
    setOutput("matrix", plan.outputs.matrix);
    setOutput("count", plan.outputs.count);
    setOutput("components", plan.selected.map((c) => c.component).join(","));
    const why = plan.reason ? ` (${Object.entries(plan.reason).map(([c, r]) => `${c}: ${r}`).join("; ")})` : "";
    info(`planned ${plan.selected.length} of ${plan.discovered.length} component(s)${why}`);
    if (plan.problems.length) setFailed(`${plan.problems.length} spec(s) could not be planned; see the annotations`);
  } catch (error2) {
    setFailed(error2.message);
  }
}

// src/plan-action.ts
void runPlanAction();
