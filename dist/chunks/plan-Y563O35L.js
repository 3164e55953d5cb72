import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import {
  DEFAULT_SPEC_GLOBS,
  deletedSpecWarning,
  runPlan
} from "./chunk-BVHSQLJ6.js";
import "./chunk-I6DMVYMR.js";
import "./chunk-ZLMVAJEV.js";
import "./chunk-EYOESVHO.js";
import "./chunk-YXJYYI5Q.js";
import "./chunk-LLSBVFXH.js";
import "./chunk-QFJOODSQ.js";
import "./chunk-YJ4WECTM.js";
import "./chunk-JAHX4E5E.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-V5KI2VEC.js";
import "./chunk-HXZPDVJ2.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-24GEDJX4.js";
import "./chunk-LEJ6JWSO.js";
import "./chunk-KEV4FWKC.js";
import "./chunk-4LSZ7FBK.js";
import "./chunk-HYULKLIY.js";
import {
  printInert
} from "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/cli/plan.ts
import { parseArgs } from "node:util";
var PLAN_HELP = `Usage: spec-to-production plan [--workspace DIR] [--specs GLOB\u2026] [--config FILE]
                              [--changed-only --base REF [--head REF]]

Discovers one component per spec file and prints the matrix for strategy.matrix (one line of JSON:
{"include":[{"component":\u2026,"spec":\u2026}]}) on stdout; a summary goes to stderr.

Options:
  --workspace DIR   repository root (default: current directory)
  --specs GLOB\u2026     spec files, relative to the workspace (default specs/*.md); repeat the option or list
                    several globs after it
  --config FILE     configuration file (default .github/spec-to-production.yml): component paths for specs
                    whose frontmatter has no paths
  --changed-only    keep only components whose spec, source or test paths changed since --base, and those
                    whose manifest (package.json, pyproject.toml, Cargo.toml, go.mod, pom.xml) depends on
                    the package of one whose sources changed
                    (all of them when the configuration file or a workflow file changed)
  --base REF        base of the change (e.g. the pull request's base sha); needs the history: fetch-depth: 0
  --head REF        head of the change (default HEAD)
  -h, --help        this help

An empty plan prints {"include":[]}: GitHub refuses an empty matrix, so skip the matrix job with
if: needs.plan.outputs.count != '0'.

Exit status: 0 planned, 1 some specs could not be planned (the others are still in the matrix),
2 bad usage, bad configuration or a base ref git does not have.`;
function usage(message) {
  process.stderr.write(`spec-to-production plan: ${message}
Try spec-to-production plan --help.
`);
  return 2;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function rows(result, withReason) {
  const width = Math.max(0, ...result.selected.map((c) => c.component.length));
  return result.selected.map((c) => {
    const why = withReason && result.reason ? `  ${result.reason[c.component]}` : "";
    return `  ${c.component.padEnd(width)}  ${c.spec}${why}`;
  });
}
function formatPlanSummary(result, globs, base) {
  const lines = [];
  lines.push(`plan: ${plural(result.discovered.length, "component")} from ${globs.join(", ")}`);
  if (base !== void 0 && result.changed) {
    lines.push(
      `plan: ${result.selected.length} of ${result.discovered.length} selected: ${plural(result.changed.length, "file")} changed since ${base}`
    );
  }
  lines.push(...rows(result, base !== void 0));
  for (const deleted of result.deleted ?? []) lines.push(`plan: warning: ${deletedSpecWarning(deleted)}`);
  if (result.selected.length === 0) lines.push("plan: the matrix is empty; skip the matrix job with if: needs.plan.outputs.count != '0'");
  if (result.problems.length > 0) {
    lines.push(`plan: ${plural(result.problems.length, "problem")}; these specs are not in the matrix:`);
    for (const p of result.problems) lines.push(`  ${p.file}${p.line === void 0 ? "" : `:${p.line}`}: ${p.message}`);
  }
  return `${lines.join("\n")}
`;
}
async function planCommand(argv) {
  let values;
  let positionals;
  try {
    ;
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        workspace: { type: "string" },
        specs: { type: "string", multiple: true },
        config: { type: "string" },
        "changed-only": { type: "boolean" },
        base: { type: "string" },
        head: { type: "string" },
        help: { type: "boolean", short: "h" }
      },
      allowPositionals: true,
      strict: true
    }));
  } catch (error) {
    return usage(error.message);
  }
  if (values.help) {
    process.stdout.write(`${PLAN_HELP}
`);
    return 0;
  }
  if (positionals.length > 0 && !values.specs) return usage(`unexpected argument '${positionals[0]}' (spec globs follow --specs)`);
  const globs = [...values.specs ?? [], ...positionals];
  if (globs.some((g) => g.trim() === "")) return usage("--specs needs a glob, not an empty string");
  if (values["changed-only"] && !values.base) return usage("--changed-only needs --base REF (the base of the change)");
  if (!values["changed-only"] && (values.base !== void 0 || values.head !== void 0)) {
    return usage("--base and --head only apply with --changed-only");
  }
  const effectiveGlobs = globs.length > 0 ? globs : [...DEFAULT_SPEC_GLOBS];
  let result;
  try {
    result = await runPlan({
      workspace: workspaceDirectory(values.workspace),
      globs: effectiveGlobs,
      configPath: values.config,
      changedSince: values["changed-only"] ? { base: values.base, head: values.head } : void 0
    });
  } catch (error) {
    if (error instanceof Error) return usage(error.message);
    throw error;
  }
  process.stdout.write(`${result.outputs.matrix}
`);
  printInert(process.stderr, formatPlanSummary(result, effectiveGlobs, values["changed-only"] ? values.base : void 0));
  return result.problems.length > 0 ? 1 : 0;
}
export {
  PLAN_HELP,
  formatPlanSummary,
  planCommand
};
