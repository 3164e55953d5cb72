import {
  deletedSpecWarning,
  runPlan
} from "./chunks/chunk-BVHSQLJ6.js";
import "./chunks/chunk-I6DMVYMR.js";
import "./chunks/chunk-ZLMVAJEV.js";
import "./chunks/chunk-EYOESVHO.js";
import "./chunks/chunk-YXJYYI5Q.js";
import "./chunks/chunk-LLSBVFXH.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-YJ4WECTM.js";
import "./chunks/chunk-JAHX4E5E.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-V5KI2VEC.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-4GTCQ74A.js";
import "./chunks/chunk-24GEDJX4.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import "./chunks/chunk-HYULKLIY.js";
import {
  booleanInput,
  changeBase,
  changeHead
} from "./chunks/chunk-YUKH7JFR.js";
import {
  checkedOutCommit
} from "./chunks/chunk-T64AFLAQ.js";
import {
  logInert
} from "./chunks/chunk-5ZYWHYXM.js";
import {
  error,
  getInput,
  getMultilineInput,
  info,
  notice,
  setFailed,
  setOutput,
  warning
} from "./chunks/chunk-PLYXDVHF.js";
import "./chunks/chunk-ETVTLQDI.js";
import "./chunks/chunk-6G4JLRTB.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-TE4YH7PC.js";
import "./chunks/chunk-DAQTANZ3.js";
import "./chunks/chunk-HANBNIMK.js";

// src/action/plan.ts
import { isAbsolute, resolve } from "node:path";
async function runPlanAction() {
  try {
    const base = process.env.GITHUB_WORKSPACE || process.cwd();
    const dir = getInput("working-directory") || ".";
    const workspace = isAbsolute(dir) ? dir : resolve(base, dir);
    const globs = getMultilineInput("specs").flatMap((l) => l.split(",")).map((g) => g.trim()).filter(Boolean);
    const changedOnly = booleanInput("changed-only", false);
    const prBase = changeBase();
    if (changedOnly && !prBase) notice("changed-only applies to pull requests and merge queues: this event has no base commit, so every component is planned");
    const compare = changedOnly && prBase !== null && await holdsPullRequest(workspace);
    if (compare) {
      const [{ bringBase }, head] = await Promise.all([import("./chunks/git-base-AY5GVT56.js"), checkedOutCommit(workspace)]);
      const brought = head ? await bringBase(workspace, prBase, head.sha) : null;
      if (brought) info(brought.message);
    }
    const plan = await runPlan({
      workspace,
      globs,
      configPath: getInput("config") || void 0,
      changedSince: compare ? { base: prBase } : void 0
    });
    for (const p of plan.problems) error(p.message, { file: p.file, startLine: p.line });
    for (const deleted of plan.deleted ?? []) warning(deletedSpecWarning(deleted));
    setOutput("matrix", plan.outputs.matrix);
    setOutput("count", plan.outputs.count);
    setOutput("components", plan.selected.map((c) => c.component).join(","));
    const why = plan.reason ? ` (${Object.entries(plan.reason).map(([c, r]) => `${c}: ${r}`).join("; ")})` : "";
    logInert(`planned ${plan.selected.length} of ${plan.discovered.length} component(s)${why}`);
    if (plan.problems.length) setFailed(`${plan.problems.length} spec(s) could not be planned; see the annotations`);
  } catch (error2) {
    setFailed(error2.message);
  }
}
async function holdsPullRequest(workspace) {
  const head = changeHead();
  if (!head) return true;
  const checkedOut = await checkedOutCommit(workspace, [head]);
  if (!checkedOut || checkedOut.sha === head || checkedOut.contains.includes(head)) return true;
  const queue = process.env.GITHUB_EVENT_NAME === "merge_group";
  warning(
    `changed-only: the workspace is at ${checkedOut.sha.slice(0, 12)}, which is neither the ${queue ? "merge queue's commit" : "pull request's head"} ${head.slice(0, 12)} nor a commit that contains it${process.env.GITHUB_EVENT_NAME === "pull_request_target" ? " (a pull_request_target run checks out the base branch unless actions/checkout is given the head as its ref)" : ""}: the change is not in the checkout, so every component is planned`
  );
  return false;
}

// src/plan-action.ts
void runPlanAction();
