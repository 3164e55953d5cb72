import "./chunk-HANBNIMK.js";

// src/engine/config-changes.ts
import { execFile } from "node:child_process";
import { posix, relative } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var CONFIG = ["-c", "core.quotePath=false", "-c", "diff.renames=true"];
var GATE_FILES = [
  ["refactoring.linting", /(?:^|\/)(?:eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.[a-z]+)?|\.eslintignore|ruff\.toml|\.ruff\.toml|\.pylintrc|pylintrc|\.flake8|biome\.jsonc?|\.oxlintrc\.json)$/],
  ["refactoring.type_checking", /(?:^|\/)(?:[jt]sconfig[^/]*\.json|mypy\.ini|\.mypy\.ini|pyrightconfig\.json)$/],
  ["refactoring.security", /(?:^|\/)(?:\.secretlintrc(?:\.[a-z]+)?|\.secretlintignore|\.secrets\.baseline|\.gitleaks\.toml|\.gitleaksignore|\.npmrc)$/]
];
var ALL_GATES = ["testing.test_pass_rate", "testing.test_coverage", "refactoring.linting", "refactoring.type_checking", "refactoring.security"];
async function filesChangedSince(workspace, base) {
  if (base === "" || base.startsWith("-") || /[\0\n]/.test(base)) return { unknown: `invalid base ${JSON.stringify(base)}` };
  const git = async (args) => (await run("git", [...CONFIG, ...args], { cwd: workspace, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;
  try {
    await git(["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  } catch {
    return { unknown: `the base commit ${base.slice(0, 12)} is not in the checkout (check out with fetch-depth: 0)` };
  }
  try {
    const from = (await git(["merge-base", base, "HEAD"]).catch(() => base)).trim() || base;
    const top = (await git(["rev-parse", "--show-toplevel"])).trim();
    const names = (await git(["diff", "--name-only", "-z", "--no-ext-diff", from, "HEAD"])).split("\0").filter(Boolean);
    const inside = posix.normalize(relative(top, workspace).replace(/\\/g, "/"));
    const prefix = inside === "." || inside === "" ? "" : `${inside}/`;
    return { files: names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)) };
  } catch (error) {
    return { unknown: `git could not compare with ${base.slice(0, 12)}: ${(error.message.split("\n")[0] ?? "").trim()}` };
  }
}
function configurationChanges(changed, configFile, base) {
  const byGate = /* @__PURE__ */ new Map();
  const add = (gate, file) => byGate.set(gate, [...byGate.get(gate) ?? [], file]);
  for (const file of changed) {
    if (configFile !== null && file === configFile) for (const gate of ALL_GATES) add(gate, file);
    for (const [gate, pattern] of GATE_FILES) if (pattern.test(file)) add(gate, file);
  }
  return [...byGate].map(([gate, files]) => {
    const shown = files.slice(0, 5).join(", ") + (files.length > 5 ? `, \u2026 (${files.length} in all)` : "");
    return [gate, `configuration changed by this change (against ${base.slice(0, 12)}): ${shown} \u2014 the gate judged the change by the configuration as the change has it; review what it loosens`];
  });
}
export {
  configurationChanges,
  filesChangedSince
};
