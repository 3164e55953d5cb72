import {
  gateResult
} from "./chunk-HU5KFTCI.js";
import {
  loadSpec,
  sectionKind
} from "./chunk-YXJYYI5Q.js";
import {
  suggest,
  validateFrontmatter
} from "./chunk-24GEDJX4.js";
import "./chunk-LEJ6JWSO.js";
import "./chunk-KEV4FWKC.js";
import "./chunk-4LSZ7FBK.js";
import "./chunk-HYULKLIY.js";
import "./chunk-HANBNIMK.js";

// src/engine/stages/specification.ts
import { relative } from "node:path";

// schema/spec-frontmatter.schema.json
var spec_frontmatter_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/org/spec-to-production/schema/spec-frontmatter.schema.json",
  title: "spec-to-production spec frontmatter",
  description: "YAML frontmatter at the top of a component specification (between --- lines). Every field is optional; fields not listed here are allowed.",
  type: "object",
  properties: {
    title: {
      description: "Human-readable title; used when the document has no '# ' heading.",
      type: "string",
      minLength: 1
    },
    component: {
      description: "Component name, as passed to --component.",
      type: "string",
      pattern: "^[A-Za-z0-9._-]+$"
    },
    version: {
      description: "Version of the specification.",
      type: ["string", "number"]
    },
    status: {
      description: "Life-cycle status of the specification.",
      type: "string",
      enum: ["draft", "review", "approved", "implemented", "deprecated"]
    },
    owners: {
      description: "People or teams that own the component.",
      type: "array",
      items: { type: "string" }
    },
    paths: {
      description: "Where the component's source and tests live, relative to the repository root: source and tests, no other key.",
      type: "object",
      properties: {
        source: { $ref: "#/definitions/pathList" },
        tests: { $ref: "#/definitions/pathList" }
      },
      additionalProperties: false
    },
    tags: {
      description: "Free-form labels.",
      type: "array",
      items: { type: "string" }
    }
  },
  additionalProperties: true,
  definitions: {
    pathList: {
      anyOf: [
        { type: "string" },
        { type: "array", items: { type: "string" } }
      ]
    }
  }
};

// src/spec/validate.ts
var MAX_ISSUES_PER_RULE = 50;
function frontmatterValidator() {
  return validateFrontmatter;
}
function validateSpec(spec, opts) {
  const issues = [...spec.issues];
  if (spec.rejected) return issues;
  const file = spec.file;
  const lastLine = Math.max(1, spec.line_count);
  issues.push(...schemaIssues(spec), ...nearMissFields(spec));
  const fmComponent = spec.frontmatter["component"];
  const deploying = opts.target !== void 0 && opts.target !== "dev";
  if (opts.component !== void 0 && typeof fmComponent === "string" && fmComponent !== opts.component) {
    issues.push({
      severity: deploying ? "error" : "warning",
      file,
      line: spec.frontmatter_lines["/component"] ?? 1,
      field: "component",
      rule: "component-mismatch",
      message: `Frontmatter names component "${fmComponent}" but the workflow runs component "${opts.component}"` + (deploying ? `: the spec's paths and criteria are another component's, so nothing here gates ${opts.target} of "${opts.component}"` : "")
    });
  }
  const status = spec.frontmatter["status"];
  const statusSeverity = typeof status !== "string" || opts.target === void 0 ? void 0 : opts.target === "production" ? status === "draft" ? "error" : status === "review" || status === "deprecated" ? "warning" : void 0 : opts.target === "staging" && status === "draft" ? "warning" : void 0;
  if (statusSeverity !== void 0) {
    issues.push({
      severity: statusSeverity,
      file,
      line: spec.frontmatter_lines["/status"] ?? 1,
      field: "status",
      rule: "spec-status",
      message: status === "deprecated" ? `Frontmatter status is "deprecated": the spec says this component is on its way out \u2014 deploying to ${opts.target} all the same` : `Frontmatter status is "${status}": the spec says it is not yet agreed` + (statusSeverity === "error" ? `, and a draft does not go to ${opts.target} (set status to "approved" or "implemented" once it is)` : ` \u2014 deploying to ${opts.target} all the same`)
    });
  }
  if (spec.title === null) {
    issues.push({
      severity: "error",
      file,
      line: 1,
      rule: "missing-title",
      message: 'Spec has no title: add a "# Title" heading or a "title" field to the frontmatter'
    });
  }
  const present = new Set(spec.sections.map((s) => normalizeTitle(s.title)));
  const required = opts.requiredSections.filter((r) => r.trim() !== "");
  const missing = required.filter((r) => !present.has(normalizeTitle(r)));
  if (missing.length > 0) {
    const found = spec.sections.filter((s) => s.level <= 2).map((s) => s.title);
    const foundText = found.length === 0 ? "none" : list(found, 20);
    for (const name of missing) {
      issues.push({
        severity: "error",
        file,
        line: lastLine,
        rule: "missing-section",
        message: `Required section "${name}" is missing (required: ${list(required, 20)}; found: ${foundText})`
      });
    }
  }
  const flagged = /* @__PURE__ */ new Set();
  const spanEnds = sectionSpanEnds(spec);
  const requiredTitles = new Set(required.map(normalizeTitle));
  spec.sections.forEach((section, index) => {
    if (!requiredTitles.has(normalizeTitle(section.title)) || sectionKind(section.title) === "requirement") return;
    let content = 0;
    for (let i = index; i < spec.sections.length && spec.sections[i].line <= spanEnds[index]; i++) content += spec.sections[i].content_lines;
    if (content > 0) return;
    for (let i = index; i < spec.sections.length && spec.sections[i].line <= spanEnds[index]; i++) flagged.add(i);
    issues.push({
      severity: "error",
      file,
      line: section.line,
      rule: "empty-required-section",
      message: `Required section "${section.title}" says nothing a reader sees: it is there in name only`
    });
  });
  const requirementLines = spec.requirements.map((r) => r.line).sort((a, b) => a - b);
  spec.sections.forEach((section, index) => {
    if (sectionKind(section.title) !== "requirement") return;
    const count = countAtMost(requirementLines, spanEnds[index]) - countAtMost(requirementLines, section.line);
    if (count === 0) {
      flagged.add(index);
      issues.push({
        severity: "error",
        file,
        line: section.line,
        rule: "empty-requirements",
        message: `Section "${section.title}" lists no requirements: write each requirement as a list item, for example "- REQ-1: ..."`
      });
    }
  });
  if (spec.acceptance_criteria.length === 0) {
    spec.sections.forEach((section, index) => {
      if (sectionKind(section.title) === "acceptance") flagged.add(index);
    });
  }
  spec.sections.forEach((section, index) => {
    if (flagged.has(index) || section.content_lines > 0) return;
    const next = spec.sections[index + 1];
    if (next && next.level > section.level) return;
    issues.push({ severity: "warning", file, line: section.line, rule: "empty-section", message: `Section "${section.title}" is empty` });
  });
  const seen = /* @__PURE__ */ new Map();
  const items = [...spec.requirements, ...spec.acceptance_criteria].sort((a, b) => a.line - b.line);
  for (const item of items) {
    if (item.id === void 0) continue;
    const key = item.id.toUpperCase();
    const first = seen.get(key);
    if (first) {
      issues.push({
        severity: "error",
        file,
        line: item.line,
        rule: "duplicate-id",
        message: `Duplicate id "${item.id}" (first used on line ${first.line})`
      });
    } else seen.set(key, item);
  }
  if (spec.acceptance_criteria.length === 0) {
    const section = spec.sections.find((s) => sectionKind(s.title) === "acceptance");
    issues.push({
      severity: "warning",
      file,
      line: section?.line ?? lastLine,
      rule: "no-acceptance-criteria",
      message: section ? `Section "${section.title}" lists no acceptance criteria` : 'Spec has no acceptance criteria: add an "Acceptance Criteria" section with a list of checkable items'
    });
  }
  const sorted = issues.map((issue, i) => ({ issue, i })).sort((a, b) => a.issue.line - b.issue.line || a.i - b.i).map((x) => x.issue);
  return capPerRule(sorted);
}
function capPerRule(issues) {
  const counts = /* @__PURE__ */ new Map();
  for (const issue of issues) counts.set(issue.rule, (counts.get(issue.rule) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const issue of issues) {
    const n = (seen.get(issue.rule) ?? 0) + 1;
    seen.set(issue.rule, n);
    if (n <= MAX_ISSUES_PER_RULE) out.push(issue);
    else if (n === MAX_ISSUES_PER_RULE + 1) {
      const more = counts.get(issue.rule) - MAX_ISSUES_PER_RULE;
      const { severity, file, line, rule } = issue;
      out.push({ severity, file, line, rule, message: `${more} more ${rule} issue${more === 1 ? "" : "s"} not shown (first: ${issue.message})` });
    }
  }
  return out;
}
function normalizeTitle(title) {
  const unmarked = title.replace(/[*_`]/g, "").replace(/^\s*(?:\d+(?:\.\d+)*\.?|[IVXivx]+\.)\s+/, "").trimEnd();
  return (unmarked.endsWith(":") ? unmarked.slice(0, -1) : unmarked).replace(/\s+/g, " ").trim().toLowerCase();
}
function sectionSpanEnds(spec) {
  const ends = new Array(spec.sections.length).fill(Math.max(1, spec.line_count));
  const open = [];
  spec.sections.forEach((section, index) => {
    while (open.length > 0 && spec.sections[open[open.length - 1]].level >= section.level) ends[open.pop()] = section.line - 1;
    open.push(index);
  });
  return ends;
}
function countAtMost(sorted, limit) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var FIELDS_READ = ["title", "component", "status", "paths"];
function nearMissFields(spec) {
  const out = [];
  const known = Object.keys(spec_frontmatter_schema_default.properties);
  for (const key of Object.keys(spec.frontmatter)) {
    if (known.includes(key)) continue;
    const guess = suggest(key, FIELDS_READ);
    if (guess === void 0 || Object.hasOwn(spec.frontmatter, guess)) continue;
    out.push({
      severity: "warning",
      file: spec.file,
      line: spec.frontmatter_lines[`/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`] ?? spec.frontmatter_range?.start ?? 1,
      field: key,
      rule: "frontmatter-unknown-field",
      message: `Frontmatter field "${key}" is not one this tool reads: did you mean "${guess}"? As written, it is kept as free metadata and judged by nothing`
    });
  }
  return out;
}
function schemaIssues(spec) {
  const validate = frontmatterValidator();
  if (validate(spec.frontmatter)) return [];
  const errors = validate.errors ?? [];
  const relevant = resolveAnyOf(errors);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of relevant) {
    const pointer = e.keyword === "additionalProperties" ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.instancePath;
    const field = pointerToField(pointer);
    const message = `Frontmatter field "${field}" ${schemaMessage(e)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ severity: "error", file: spec.file, line: lineOfPointer(spec, pointer), field, rule: "frontmatter-schema", message });
  }
  return out;
}
function resolveAnyOf(errors) {
  const anyOfs = errors.filter((e) => e.keyword === "anyOf");
  const isBranchError = (a, e) => e !== a && e.schemaPath.startsWith(`${a.schemaPath}/`) && (e.instancePath === a.instancePath || e.instancePath.startsWith(`${a.instancePath}/`));
  const replaced = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Set();
  for (const a of anyOfs) {
    const branches = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!isBranchError(a, e)) continue;
      dropped.add(e);
      const branch = e.schemaPath.slice(a.schemaPath.length + 1).split("/")[0];
      branches.set(branch, [...branches.get(branch) ?? [], e]);
    }
    const typeMatched = [...branches.values()].filter((errs) => errs.every((e) => e.instancePath !== a.instancePath));
    if (typeMatched.length === 1) {
      replaced.add(a);
      for (const e of typeMatched[0]) replaced.add(e);
    }
  }
  return errors.filter((e) => e.keyword === "anyOf" ? !replaced.has(e) : !dropped.has(e) || replaced.has(e));
}
function schemaMessage(e) {
  const got = ` (got ${describeValue(e.data)})`;
  switch (e.keyword) {
    case "type":
      return `must be ${describeSchema(e.parentSchema)}${got}`;
    case "anyOf":
      return `must be ${describeSchema(e.parentSchema)}${got}`;
    case "enum": {
      const allowed = e.params.allowedValues ?? [];
      return `must be one of: ${allowed.map(String).join(", ")}${got}`;
    }
    case "pattern":
      return `must match ${e.params.pattern ?? "the pattern"} (letters, digits, '.', '_' and '-')${got}`;
    case "minLength":
      return "must not be empty";
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const parent = pointerToField(e.instancePath);
      const allowed = Object.keys((e.parentSchema ?? {}).properties ?? {});
      const guess = suggest(key, allowed);
      const takes = allowed.length === 2 ? `${allowed[0]} and ${allowed[1]}` : allowed.join(", ");
      return `is not a key of ${parent}${guess ? `; did you mean "${guess}"?` : ";"} ${parent} takes ${takes}`;
    }
    default:
      return `${e.message ?? "is invalid"}${got}`;
  }
}
function describeSchema(schema) {
  if (schema === null || typeof schema !== "object") return "valid";
  const s = schema;
  if (Array.isArray(s.anyOf)) return s.anyOf.map(describeSchema).join(" or ");
  const types = Array.isArray(s.type) ? s.type : [s.type];
  return types.map((t) => {
    switch (t) {
      case "string":
        return "a string";
      case "number":
        return "a number";
      case "integer":
        return "an integer";
      case "boolean":
        return "true or false";
      case "object":
        return "a mapping";
      case "array":
        return s.items?.type === "string" ? "a list of strings" : "a list";
      default:
        return "valid";
    }
  }).join(" or ");
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}
function pointerToField(pointer) {
  if (pointer === "") return "frontmatter";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(seg) ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  }
  return out;
}
function lineOfPointer(spec, pointer) {
  let p = pointer;
  while (p !== "") {
    const line = spec.frontmatter_lines[p];
    if (line !== void 0) return line;
    p = p.slice(0, p.lastIndexOf("/"));
  }
  return spec.frontmatter_range?.start ?? 1;
}
function list(values, max) {
  const shown = values.slice(0, max).join(", ");
  return values.length > max ? `${shown}, \u2026 (${values.length - max} more)` : shown;
}

// src/engine/stages/specification.ts
async function specificationStage(ctx, stage) {
  const { host } = ctx;
  const started = host.now();
  const display = relative(host.workspace, ctx.specFile) || ctx.specFile;
  const spec = await loadSpec(ctx.specFile, display);
  ctx.spec = spec;
  const issues = validateSpec(spec, { requiredSections: ctx.config.stages.specification.required_sections, component: ctx.component, target: ctx.target });
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const where = (i) => `${i.file}:${i.line}${i.field ? ` (${i.field})` : ""}: ${i.message}`;
  stage.outputs.title = spec.title;
  stage.outputs.sections = spec.sections.map((s) => s.title);
  stage.outputs.requirements = spec.requirements;
  stage.outputs.acceptance_criteria = spec.acceptance_criteria;
  stage.outputs.frontmatter = spec.frontmatter;
  stage.warnings.push(...warnings.map(where));
  const unchecked = spec.acceptance_criteria.filter((c) => c.checked === false);
  const uncheckedWarning = ctx.target !== "dev" && unchecked.length > 0 ? `${unchecked.length} of ${spec.acceptance_criteria.length} acceptance criteria are unchecked (- [ ]) in ${display}, which says they are not met: ` + unchecked.slice(0, 5).map((c) => `${c.id ? `${c.id} ` : ""}(line ${c.line})`).join(", ") + (unchecked.length > 5 ? `, and ${unchecked.length - 5} more` : "") + ` \u2014 deploying to ${ctx.target} all the same` : null;
  stage.addGate(
    gateResult("spec_validation", started, host.now(), {
      passed: errors.length === 0,
      details: {
        file: display,
        requirements: spec.requirements.length,
        acceptance_criteria: spec.acceptance_criteria.length,
        sections: spec.sections.length,
        required_sections: ctx.config.stages.specification.required_sections,
        acceptance_unchecked: unchecked.length,
        error_count: errors.length,
        warning_count: warnings.length + (uncheckedWarning ? 1 : 0)
      },
      errors: errors.map(where),
      warnings: [...warnings.map(where), ...uncheckedWarning ? [uncheckedWarning] : []],
      findings: issues.map((i) => ({
        tool: "spec",
        rule: i.rule,
        severity: i.severity,
        file: i.file,
        line: i.line,
        message: i.message
      })),
      ...errors.length ? { error_type: "configuration" } : {}
    })
  );
}
export {
  specificationStage
};
