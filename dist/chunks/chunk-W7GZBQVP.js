import {
  matchPrefix,
  normalizeRelative
} from "./chunk-ZLMVAJEV.js";

// src/engine/stages/coverage-scope.ts
import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
async function componentCoverageScope(ctx) {
  const workspace = ctx.host.workspace;
  const real = await realpath(workspace).catch(() => workspace);
  const base = real !== resolve(workspace) ? { realWorkspace: real } : {};
  const { list, fromSpec } = componentPaths(ctx, "source");
  const where = fromSpec ? "the spec's frontmatter paths.source" : "paths.source";
  const sources = [];
  for (const raw of list) {
    const normalized = normalizeRelative(raw);
    if ("error" in normalized) return { scope: base, note: `${where} "${raw}" ${normalized.error}: coverage is limited to the workspace only` };
    sources.push(matchPrefix(normalized.path));
  }
  const withTests = (scope) => {
    const tests = testPaths(ctx);
    return tests.length > 0 ? { ...scope, tests } : scope;
  };
  if (sources.length === 0 || sources.includes(".")) return { scope: withTests({ ...base, sources: ["."] }) };
  const existing = [];
  for (const source of sources) {
    if (await stat(resolve(workspace, source)).then(() => true, () => false)) existing.push(source);
  }
  if (existing.length === 0) {
    return {
      scope: base,
      note: `${where} (${sources.join(", ")}) does not exist in the workspace: coverage is limited to the workspace, not to the component's paths; set paths.source to where the component's code is`
    };
  }
  return { scope: withTests({ ...base, sources: existing }) };
}
function testPaths(ctx) {
  const out = [];
  for (const raw of componentPaths(ctx, "tests").list) {
    if (/[*?[\]{}]/.test(raw)) continue;
    const normalized = normalizeRelative(raw);
    if (!("error" in normalized)) out.push(matchPrefix(normalized.path));
  }
  return out;
}
function componentPaths(ctx, key) {
  const declared = ctx.spec?.frontmatter?.paths;
  const fromSpec = declared !== null && typeof declared === "object" && !Array.isArray(declared) ? declared[key] : void 0;
  const given = fromSpec !== void 0 && fromSpec !== null ? fromSpec : ctx.config.paths[key];
  return { list: (Array.isArray(given) ? given : [given]).filter((p) => typeof p === "string"), fromSpec: fromSpec !== void 0 && fromSpec !== null };
}

// src/engine/change-lines.ts
var asked = /* @__PURE__ */ new WeakMap();
function changeLinesOf(ctx) {
  if (ctx.changed) return Promise.resolve(ctx.changed);
  const base = ctx.changeBase;
  if (!base) return Promise.resolve(null);
  let lines = asked.get(ctx);
  if (!lines) {
    lines = import("./changed-lines-SHOAJS77.js").then(({ changedLines }) => changedLines({ workspace: ctx.host.workspace, base })).catch((error) => {
      ctx.host.info(`the lines this change adds are not known, so what it marks in them is not looked for: ${error.message}`);
      return null;
    });
    asked.set(ctx, lines);
  }
  return lines;
}

export {
  componentCoverageScope,
  changeLinesOf
};
