import {
  verdictTitle
} from "./chunk-G4FKJJNX.js";
import {
  esc,
  fmtMs,
  renderPage
} from "./chunk-5M3EAJZP.js";
import {
  passRatePercent
} from "./chunk-ZKR3GZX6.js";
import {
  cleanLeg
} from "./chunk-JYRDO3GB.js";
import {
  causeGate,
  count,
  escapeMarkdown,
  exactPct,
  gatedPercent,
  reportView,
  testSuites
} from "./chunk-NP6TI2MO.js";
import {
  clipChars
} from "./chunk-4CLWEP5D.js";
import {
  jsonSyntaxPlace
} from "./chunk-ETVTLQDI.js";
import {
  STAGE_ORDER,
  TARGETS
} from "./chunk-3TGGJRN5.js";

// src/aggregate/read.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";

// src/aggregate/consistency.ts
var KNOWN_STAGES = new Set(STAGE_ORDER);
var LAST_STAGE = { dev: "refactoring", staging: "staging_deployment", production: "production_deployment" };
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stageList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string" && KNOWN_STAGES.has(v)) : [];
}
function plannedStages(target) {
  return STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(LAST_STAGE[target]) + 1);
}
function contradictions(data, target) {
  const out = [];
  const lists = { stages_completed: stageList(data.stages_completed), stages_failed: stageList(data.stages_failed), stages_skipped: stageList(data.stages_skipped) };
  const names = Object.keys(lists);
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      for (const key of lists[a].filter((k) => lists[b].includes(k))) out.push(`stage ${key} is listed in both ${a} and ${b}`);
    }
  }
  const results = isRecord(data.stage_results) ? data.stage_results : {};
  for (const [key, value] of Object.entries(results)) {
    if (!KNOWN_STAGES.has(key) || !isRecord(value)) continue;
    const where = `stage_results.${key}`;
    if (typeof value.success !== "boolean") {
      out.push(`${where}.success is not a boolean`);
      continue;
    }
    const success = value.success;
    if (typeof value.status === "string" && value.status === "passed" !== success) out.push(`${where}.success is ${success} but ${where}.status is "${value.status}"`);
    if (success) {
      for (const [gate2, g] of Object.entries(isRecord(value.quality_gates) ? value.quality_gates : {})) {
        const passed = isRecord(g) ? g.passed : void 0;
        if (passed !== true) out.push(`${where}.success is true but ${where}.quality_gates.${gate2}.passed is ${JSON.stringify(passed) ?? "missing"}`);
      }
      if (Array.isArray(value.errors) && value.errors.length) out.push(`${where}.success is true but ${where}.errors lists ${value.errors.length} error(s)`);
      if (lists.stages_failed.includes(key)) out.push(`${where}.success is true but stages_failed lists ${key}`);
    } else if (lists.stages_completed.includes(key)) out.push(`${where}.success is false but stages_completed lists ${key}`);
    const listed = names.filter((n) => lists[n].includes(key));
    if (!listed.length) out.push(`${where} is present but ${key} is in none of stages_completed, stages_failed, stages_skipped`);
    else if (lists.stages_skipped.includes(key) && value.status !== "skipped") out.push(`${where} ran (status ${JSON.stringify(value.status) ?? "missing"}) but stages_skipped lists ${key}`);
  }
  for (const name of ["stages_completed", "stages_failed"]) {
    for (const key of lists[name]) if (!isRecord(results[key])) out.push(`${name} lists ${key} but stage_results has no ${key}`);
  }
  if (data.success === true) {
    if (lists.stages_failed.length) out.push(`success is true but stages_failed lists ${lists.stages_failed.join(", ")}`);
    if (data.cancelled === true) out.push("success is true but cancelled is true");
    if (Array.isArray(data.errors) && data.errors.length) out.push(`success is true but errors lists ${data.errors.length} error(s)`);
    if (!lists.stages_completed.length) out.push("success is true but no stage ran (stages_completed is empty)");
    const accounted = /* @__PURE__ */ new Set([...lists.stages_completed, ...lists.stages_failed, ...lists.stages_skipped]);
    const unaccounted = plannedStages(target).filter((k) => !accounted.has(k));
    if (unaccounted.length) out.push(`success is true but ${unaccounted.join(", ")} (run for target ${target}) is in none of stages_completed, stages_failed, stages_skipped`);
  }
  return out;
}
function derivedSuccess(report) {
  const ran = Object.values(report.stage_results).filter((s) => s && s.status !== "skipped");
  return report.success && !report.cancelled && report.stages_failed.length === 0 && report.errors.length === 0 && ran.length > 0 && ran.every((s) => s.success && s.status === "passed" && s.errors.length === 0 && Object.values(s.quality_gates).every((g) => g.passed));
}

// src/aggregate/read.ts
var MAX_REPORT_BYTES = 50 * 1024 * 1024;
var READ_CONCURRENCY = 16;
async function readLegReports(opts) {
  const files = [...new Set(opts.files)];
  const outcomes = await mapLimit(files, READ_CONCURRENCY, readLeg);
  const legs = [];
  const invalid = [];
  outcomes.forEach((outcome, i) => {
    if ("reason" in outcome) invalid.push({ file: files[i], ...outcome });
    else legs.push(outcome);
  });
  legs.sort((a, b) => compare(a.component, b.component) || compare(a.target, b.target) || compare(a.file, b.file));
  invalid.sort((a, b) => compare(a.file, b.file));
  const reported = [
    ...legs.map((l) => ({ component: l.component, target: l.target })),
    // A refused report (fields contradicting each other) is failed, not missing.
    ...invalid.flatMap((bad) => bad.component === void 0 ? [] : [{ component: bad.component, target: bad.target }])
  ];
  const unanswered = missingLegs(opts.expected ?? [], reported);
  const labels = /* @__PURE__ */ new Map();
  for (const leg2 of unanswered) {
    const label = leg2.target ? `${leg2.component} \u2192 ${leg2.target}` : leg2.component;
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const some = new Set(reported.map((r) => r.component));
  const missing = [...labels].map(([label, n]) => some.has(label) ? `${label} (${n === 1 ? "one more leg" : `${n} more legs`})` : n > 1 ? `${label} (${n} legs)` : label).sort(compare);
  const missingComponents = [...new Set(unanswered.map((leg2) => leg2.component))].sort(compare);
  return { legs, missing, missingComponents, invalid, ...opts.expected === void 0 ? { expectedUnknown: true } : {} };
}
function missingLegs(expected, reported) {
  const names = /* @__PURE__ */ new Set();
  const wanted = [];
  for (const entry of expected) {
    if (typeof entry === "string") {
      const name = entry.trim();
      if (name && !names.has(name)) wanted.push({ component: name });
      names.add(name);
    } else if (entry.component.trim()) wanted.push({ component: entry.component.trim(), ...entry.target ? { target: entry.target } : {} });
  }
  const pool = /* @__PURE__ */ new Map();
  for (const r of reported) pool.set(r.component, [...pool.get(r.component) ?? [], r.target]);
  const take = (component, match) => {
    const left = pool.get(component) ?? [];
    const i = left.findIndex(match);
    if (i === -1) return false;
    left.splice(i, 1);
    return true;
  };
  const missing = [];
  for (const leg2 of wanted.filter((l) => l.target)) {
    if (!take(leg2.component, (t) => t === leg2.target) && !take(leg2.component, (t) => t === void 0)) missing.push(leg2);
  }
  for (const leg2 of wanted.filter((l) => !l.target)) if (!take(leg2.component, () => true)) missing.push(leg2);
  return missing;
}
async function collectReportFiles(paths) {
  const out = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const found = entries.filter((e) => e.isFile() && /^workflow_report_.*\.json$/.test(e.name)).map((e) => join(e.parentPath ?? e.path, e.name)).sort(compare);
      out.push(...found);
    } else {
      out.push(path);
    }
  }
  return [...new Set(out)];
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function clip(text2, max) {
  return clipChars(text2, max);
}
async function readLeg(file) {
  let text2;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { reason: "not a regular file" };
    if (info.size > MAX_REPORT_BYTES) {
      return { reason: `${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_REPORT_BYTES / 1024 / 1024} MB limit for a report` };
    }
    text2 = await readFile(file, "utf8");
  } catch (error) {
    return { reason: `cannot be read: ${clip(error.message, 200)}` };
  }
  let data;
  try {
    data = JSON.parse(text2.replace(/^\uFEFF/, ""), (key, value) => key === "__proto__" ? void 0 : value);
  } catch {
    return { reason: `not JSON${jsonSyntaxPlace(text2.replace(/^\uFEFF/, ""))}` };
  }
  try {
    const report = validateReport(data);
    const found = contradictions(data, report.target_stage);
    if (found.length) {
      const shown = found.slice(0, 5).map((c) => clip(c, 300));
      const more = found.length > shown.length ? `; and ${found.length - shown.length} more` : "";
      return { component: report.component_name, target: report.target_stage, reason: `leg ${clip(JSON.stringify(report.component_name), 120)} (target ${report.target_stage}) refused: its fields contradict each other: ${shown.join("; ")}${more}` };
    }
    report.success = derivedSuccess(report);
    let findings = 0;
    for (const stage2 of Object.values(asRecord(data).stage_results)) {
      for (const gate2 of Object.values(asRecord(asRecord(stage2).quality_gates))) {
        const list = asRecord(gate2).findings;
        if (Array.isArray(list)) findings += list.length;
      }
    }
    return { component: report.component_name, target: report.target_stage, report, file, findings };
  } catch (error) {
    return { reason: error instanceof NotAReport ? error.message : `could not be checked: ${clip(error.message, 200)}` };
  }
}
var NotAReport = class extends Error {
};
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isRecord2(value) ? value : {};
}
function strings(value, max = 50) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string").slice(0, max).map((s) => clip(s, 2e3)) : [];
}
function finite(value, fallback = 0) {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
function text(value, fallback = "") {
  return typeof value === "string" ? value : fallback;
}
function bare() {
  return /* @__PURE__ */ Object.create(null);
}
var STATUSES = ["passed", "failed", "cancelled", "skipped"];
var KNOWN_STAGES2 = new Set(STAGE_ORDER);
function details(value) {
  const out = bare();
  let kept = 0;
  for (const [k, v] of Object.entries(asRecord(value))) {
    if (kept >= 40) break;
    if (typeof v === "number" && Number.isFinite(v) || typeof v === "boolean" || v === null) out[k] = v;
    else if (typeof v === "string") out[k] = clip(v, 500);
    else continue;
    kept++;
  }
  return out;
}
function gate(name, value) {
  const g = asRecord(value);
  return {
    gate_name: clip(text(g.gate_name, name), 200),
    passed: g.passed === true,
    details: details(g.details),
    errors: strings(g.errors),
    warnings: strings(g.warnings, 10),
    execution_time_ms: finite(g.execution_time_ms),
    findings: [],
    ...typeof g.error_type === "string" ? { error_type: g.error_type } : {}
  };
}
function stage(key, value) {
  const s = asRecord(value);
  const success = s.success === true;
  const status = STATUSES.includes(s.status) ? s.status : success ? "passed" : "failed";
  const gates = bare();
  for (const [name, g] of Object.entries(asRecord(s.quality_gates)).slice(0, 50)) gates[name] = gate(name, g);
  return {
    stage_name: key,
    success,
    status,
    outputs: {},
    errors: strings(s.errors),
    warnings: strings(s.warnings, 10),
    execution_time_ms: finite(s.execution_time_ms),
    retries: finite(s.retries),
    quality_gates: gates,
    commands: [],
    ...typeof s.error_type === "string" ? { error_type: s.error_type } : {},
    started_at: text(s.started_at),
    finished_at: text(s.finished_at)
  };
}
function stageKeys(value) {
  return strings(value).filter((k) => KNOWN_STAGES2.has(k));
}
function validateReport(data) {
  if (!isRecord2(data)) throw new NotAReport(`not a report: the file holds ${Array.isArray(data) ? "an array" : data === null ? "null" : `a ${typeof data}`}, not a JSON object`);
  if (!("schema_version" in data) && !("component_name" in data)) {
    throw new NotAReport("not a spec-to-production report: no schema_version and no component_name");
  }
  if (data.schema_version !== 1) throw new NotAReport(`schema_version ${clip(JSON.stringify(data.schema_version) ?? "missing", 40)} is not supported (expected 1)`);
  if (typeof data.component_name !== "string" || data.component_name.trim() === "") throw new NotAReport("component_name is missing or not a non-empty string");
  if (!TARGETS.includes(data.target_stage)) {
    throw new NotAReport(`target_stage ${clip(JSON.stringify(data.target_stage) ?? "missing", 60)} is not one of ${TARGETS.join(", ")}`);
  }
  if (typeof data.success !== "boolean") throw new NotAReport("success is missing or not a boolean");
  if (!isRecord2(data.stage_results)) throw new NotAReport("stage_results is missing or not an object");
  for (const field of ["stages_completed", "stages_failed", "stages_skipped", "errors"]) {
    if (field in data && !Array.isArray(data[field])) throw new NotAReport(`${field} is not an array`);
  }
  const stageResults = bare();
  for (const [key, value] of Object.entries(data.stage_results)) {
    if (KNOWN_STAGES2.has(key) && isRecord2(value)) stageResults[key] = stage(key, value);
  }
  const skipReasons = bare();
  for (const [key, value] of Object.entries(asRecord(data.skip_reasons))) {
    if (KNOWN_STAGES2.has(key) && typeof value === "string") skipReasons[key] = clip(value, 500);
  }
  const generator = asRecord(data.generator);
  return {
    schema_version: 1,
    success: data.success,
    component_name: data.component_name,
    target_stage: data.target_stage,
    stages_completed: stageKeys(data.stages_completed),
    stages_failed: stageKeys(data.stages_failed),
    stages_skipped: stageKeys(data.stages_skipped),
    skip_reasons: skipReasons,
    cancelled: data.cancelled === true,
    stage_results: stageResults,
    total_execution_time_ms: finite(data.total_execution_time_ms),
    context_session_id: typeof data.context_session_id === "string" ? data.context_session_id : null,
    metrics_dashboard: typeof data.metrics_dashboard === "string" ? data.metrics_dashboard : null,
    started_at: text(data.started_at),
    finished_at: text(data.finished_at),
    spec_file: text(data.spec_file),
    config_file: typeof data.config_file === "string" ? data.config_file : null,
    preset: text(data.preset),
    reports_dir: text(data.reports_dir),
    errors: strings(data.errors),
    generator: { name: "spec-to-production", version: text(generator.version, "unknown") },
    // The matrix leg, when the component ran in several: its check run and comment are named by it (see leg.ts).
    ...typeof data.leg === "string" && cleanLeg(data.leg) ? { leg: cleanLeg(data.leg) } : {}
  };
}
function shownFile(file) {
  const parts = file.split(/[\\/]/);
  return parts.length > 1 ? `${parts[parts.length - 2]}/${basename(file)}` : file;
}
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "notice"]);
function findingOf(value) {
  if (!isRecord2(value)) return "is not an object";
  for (const field of ["tool", "file", "message"]) if (typeof value[field] !== "string") return `${field} is not text`;
  if (!SEVERITIES.has(value.severity)) return "severity is not error, warning or notice";
  if (value.rule !== void 0 && typeof value.rule !== "string") return "rule is not text";
  for (const field of ["line", "end_line", "column"]) {
    if (value[field] !== void 0 && !(typeof value[field] === "number" && Number.isFinite(value[field]))) return `${field} is not a number`;
  }
  return value;
}
function shownReport(raw, leg2) {
  const left = [];
  const data = asRecord(raw);
  const rawStages = asRecord(data.stage_results);
  const stages = bare();
  for (const [key, checked] of Object.entries(leg2.report.stage_results)) {
    const rawStage = asRecord(rawStages[key]);
    const rawGates = asRecord(rawStage.quality_gates);
    const path = `stage_results.${key}`;
    noteNotText(rawStage.errors, `${path}.errors`, left);
    noteNotText(rawStage.warnings, `${path}.warnings`, left);
    const gates = bare();
    for (const [name, gate2] of Object.entries(checked.quality_gates)) {
      const rawGate = asRecord(rawGates[name]);
      noteNotText(rawGate.errors, `${path}.quality_gates.${name}.errors`, left);
      noteNotText(rawGate.warnings, `${path}.quality_gates.${name}.warnings`, left);
      const findings = [];
      const list = Array.isArray(rawGate.findings) ? rawGate.findings : [];
      list.forEach((value, i) => {
        const f = findingOf(value);
        if (typeof f === "string") left.push(`${path}.quality_gates.${name}.findings[${i}] (${f.startsWith("is ") ? `it ${f}` : f})`);
        else findings.push(f);
      });
      gates[name] = { ...gate2, details: isRecord2(rawGate.details) ? rawGate.details : gate2.details, findings };
    }
    stages[key] = { ...checked, outputs: isRecord2(rawStage.outputs) ? rawStage.outputs : {}, quality_gates: gates };
  }
  noteNotText(data.errors, "errors", left);
  return { report: { ...data, ...leg2.report, leg: leg2.report.leg, stage_results: stages }, left };
}
function noteNotText(value, path, left) {
  if (Array.isArray(value)) value.forEach((v, i) => typeof v !== "string" && left.push(`${path}[${i}] (not text)`));
}

// src/aggregate/matrix.ts
var MAX_LEGS = 256;
function expectedLegsFromMatrix(data) {
  if (Array.isArray(data)) return data.map((entry, i) => leg(typeof entry === "string" ? { component: entry } : entry, `matrix[${i}]`));
  if (typeof data === "object" && data !== null) {
    const m = data;
    const dimensions = Object.entries(m).filter(([key, value]) => key !== "include" && key !== "exclude" && Array.isArray(value));
    if (dimensions.length > 0 || Array.isArray(m.include)) {
      const combos = expand(dimensions, Array.isArray(m.exclude) ? m.exclude : [], Array.isArray(m.include) ? m.include : []);
      return combos.map((combo, i) => leg(combo, dimensions.length ? `leg ${i + 1} of the matrix (${describe(combo)})` : `include[${i}]`));
    }
  }
  throw new Error('the matrix JSON should be {"include":[{"component":"name"},\u2026]}, {"component":["name",\u2026]} or ["name",\u2026]');
}
function leg(entry, where) {
  const component = typeof entry === "object" && entry !== null ? entry.component : void 0;
  if (typeof component !== "string" || component.trim() === "") throw new Error(`${where} has no component name`);
  const target = entry.target;
  return TARGETS.includes(target) ? { component: component.trim(), target } : { component: component.trim() };
}
function expand(dimensions, exclude, include) {
  let combos = dimensions.length ? [{}] : [];
  for (const [key, values] of dimensions) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })));
    if (combos.length > MAX_LEGS * 4) throw new Error(`the matrix expands to more than ${MAX_LEGS} legs, more than GitHub runs`);
  }
  const excluded = exclude.filter((e) => typeof e === "object" && e !== null && !Array.isArray(e));
  combos = combos.filter((combo) => !excluded.some((e) => Object.entries(e).every(([k, v]) => same(combo[k], v))));
  const original = new Set(dimensions.map(([key]) => key));
  const base = combos.map((combo) => ({ ...combo }));
  for (const entry of include) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      combos.push(entry);
      continue;
    }
    let extended = false;
    base.forEach((combo, i) => {
      if (Object.entries(entry).every(([k, v]) => !original.has(k) || same(combo[k], v))) {
        Object.assign(combos[i], entry);
        extended = true;
      }
    });
    if (!extended) combos.push({ ...entry });
  }
  if (combos.length > MAX_LEGS) throw new Error(`the matrix expands to ${combos.length} legs, more than the ${MAX_LEGS} GitHub runs`);
  return combos;
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function describe(combo) {
  return (JSON.stringify(combo) ?? String(combo)).slice(0, 120);
}

// src/aggregate/verdict.ts
var finite2 = (value) => typeof value === "number" && Number.isFinite(value) ? value : null;
function stageStatus(report, key) {
  const stage2 = report.stage_results[key];
  if (stage2) return stage2.status;
  return report.stages_skipped.includes(key) ? "skipped" : "absent";
}
function firstFailure(report) {
  if (report.success && !report.cancelled) return null;
  const key = report.stages_failed[0] ?? null;
  const stage2 = key ? report.stage_results[key] : void 0;
  const gate2 = causeGate(stage2);
  const message = verdictTitle(report).replace(/^[✗⊘✓]\s*/, "");
  return { stage: key, gate: gate2?.gate_name ?? null, message };
}
function legCaveat(report) {
  const view = reportView(report);
  if (!view.qualified) return null;
  const said = view.headline.indexOf("; ");
  return said === -1 ? "not a clean pass" : view.headline.slice(said + 2);
}
var whole = (n) => Number.isSafeInteger(n) && n >= 0;
function legTests(report) {
  const suites = testSuites(report).map((c) => {
    const addsUp = [c.total, c.passed, c.failed, c.errors, c.skipped].every(whole) && c.passed + c.failed + c.errors + c.skipped === c.total;
    const executed = addsUp ? c.total - c.skipped : null;
    return {
      suite: c.suite,
      total: c.total,
      passed: c.passed,
      failed: c.failed,
      errors: c.errors,
      skipped: c.skipped,
      executed,
      pass_rate: executed ? passRatePercent(c.passed, executed) : null,
      counts_add_up: addsUp
    };
  });
  if (suites.length) return { suites, none: null };
  const testing = report.stage_results.testing;
  const none = !testing || testing.status === "skipped" ? "testing not run" : testing.status === "cancelled" ? "testing cancelled before any test count" : "the report records no test counts";
  return { suites, none };
}
function testTotals(views) {
  const bySuite = /* @__PURE__ */ new Map();
  for (const v of views) {
    for (const s of v.tests.suites) {
      let t = bySuite.get(s.suite);
      if (!t) bySuite.set(s.suite, t = { suite: s.suite, legs: 0, total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, executed: 0, pass_rate: null, left_out: 0 });
      if (!s.counts_add_up) {
        t.left_out++;
        continue;
      }
      t.legs++;
      t.total += s.total;
      t.passed += s.passed;
      t.failed += s.failed;
      t.errors += s.errors;
      t.skipped += s.skipped;
      t.executed += s.executed ?? 0;
    }
  }
  const out = [...bySuite.values()];
  for (const t of out) t.pass_rate = t.executed > 0 ? passRatePercent(t.passed, t.executed) : null;
  return out;
}
function legView(leg2) {
  const r = leg2.report;
  const coverageGate = r.stage_results.testing?.quality_gates.test_coverage;
  const stages = {};
  for (const key of STAGE_ORDER) stages[key] = stageStatus(r, key);
  return {
    component: leg2.component,
    leg: r.leg ?? null,
    target: leg2.target,
    status: r.cancelled ? "cancelled" : r.success ? "success" : "failure",
    stages,
    // Compared with a threshold of more than two decimals at its own decimals (gatedPercent), as the leg's gate was.
    coverage: (coverageGate && finite2(coverageGate.details.coverage) !== null ? gatedPercent(coverageGate.details) : null) ?? finite2(coverageGate?.details.coverage),
    coverage_threshold: finite2(coverageGate?.details.threshold),
    total_execution_time_ms: r.total_execution_time_ms,
    retries: Object.values(r.stage_results).reduce((sum, s) => sum + (s?.retries ?? 0), 0),
    failure: firstFailure(r),
    caveat: legCaveat(r),
    tests: legTests(r),
    file: leg2.file
  };
}
function orderedViews(legs) {
  return legs.map(legView).sort((a, b) => Number(a.status === "success") - Number(b.status === "success") || cmp(a.component, b.component) || cmp(a.target, b.target) || cmp(a.leg ?? "", b.leg ?? "") || cmp(a.file, b.file));
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function aggregateVerdict(result) {
  const refused = result.invalid.flatMap((bad) => bad.component === void 0 ? [] : [bad.component]);
  const failed = [.../* @__PURE__ */ new Set([...result.legs.filter((l) => !l.report.success || l.report.cancelled).map((l) => l.component), ...refused])].sort(cmp);
  const missing = [...result.missingComponents ?? result.missing];
  const success = result.legs.length > 0 && failed.length === 0 && missing.length === 0 && result.invalid.length === 0;
  return { success, failed, missing };
}
function verdictSentence(result) {
  const v = aggregateVerdict(result);
  const n = result.legs.length;
  if (v.success) {
    const caveated = result.legs.filter((l) => legCaveat(l.report) !== null).map((l) => l.component);
    const names = [...new Set(caveated)].sort(cmp);
    const shown = names.slice(0, 5).join(", ") + (names.length > 5 ? ", \u2026" : "");
    const all = result.expectedUnknown ? `all ${n} leg${n === 1 ? " that" : "s that"} sent a report passed \u2014 no legs were expected (the plan's matrix: the input expected, --expect-file), so a leg that crashed or uploaded nothing is not known to be missing` : `all ${n} leg${n === 1 ? "" : "s"} passed`;
    return `${all}${caveated.length ? `, ${caveated.length} of them not cleanly (\u26A0\uFE0F not everything measured or checked: ${shown})` : ""}`;
  }
  const parts = [];
  const failedLegs = result.legs.filter((l) => !l.report.success || l.report.cancelled).length;
  if (failedLegs) parts.push(`${failedLegs} of ${n} leg${n === 1 ? "" : "s"} failed`);
  if (result.missing.length) {
    const legs = result.missing.length;
    const byName = result.missing.every((m) => v.missing.includes(m));
    parts.push(byName ? `${legs} component${legs === 1 ? "" : "s"} without a report` : `${legs === 1 ? "a promised leg" : `${legs} promised legs`} without a report: ${result.missing.join(", ")}`);
  }
  const refused = result.invalid.filter((bad) => bad.component !== void 0).length;
  const unreadable = result.invalid.length - refused;
  if (refused) parts.push(`${refused} report${refused === 1 ? "" : "s"} refused (fields contradict each other)`);
  if (unreadable) parts.push(`${unreadable} unreadable report${unreadable === 1 ? "" : "s"}`);
  if (n === 0 && !result.missing.length && !result.invalid.length) parts.push("no report at all");
  return parts.join(", ");
}
function aggregateJson(result, generatedAt = Date.now()) {
  const v = aggregateVerdict(result);
  const views = orderedViews(result.legs);
  return {
    schema_version: 1,
    success: v.success,
    failed_components: v.failed,
    missing_components: v.missing,
    invalid_reports: result.invalid,
    legs: views.map((l) => ({
      component: l.component,
      leg: l.leg,
      target: l.target,
      success: l.status === "success",
      status: l.status,
      coverage: l.coverage,
      coverage_threshold: l.coverage_threshold,
      total_execution_time_ms: l.total_execution_time_ms,
      retries: l.retries,
      stages: l.stages,
      first_failure: l.failure,
      tests: l.tests.suites,
      no_tests: l.tests.none,
      file: l.file
    })),
    tests_totals: testTotals(views),
    generated_at: new Date(generatedAt).toISOString()
  };
}

// src/aggregate/summary.ts
var SUMMARY_MAX_BYTES = 1024 * 1024 - 32 * 1024;
var NAME_MAX_CHARS = 100;
var MESSAGE_MAX_CHARS = 300;
var STAGE_MARK = { passed: "\u2705", failed: "\u274C", cancelled: "\u2298", skipped: "\u2013", absent: "\u2013" };
var LEG_MARK = { success: "\u2705", failure: "\u274C", cancelled: "\u2298" };
var STAGE_LABEL = {
  specification: "Spec",
  testing: "Tests",
  refactoring: "Refactoring",
  staging_deployment: "Staging",
  production_deployment: "Production"
};
function clip2(text2, max) {
  return clipChars(text2, max);
}
function cell(text2, max = MESSAGE_MAX_CHARS) {
  return escapeMarkdown(clip2(text2, max));
}
function pct(value) {
  return `${Number.isInteger(value) ? value : value.toFixed(2).replace(/0$/, "")}%`;
}
function coverageCell(view) {
  if (view.coverage === null) return "\u2014";
  if (view.coverage_threshold === null) return exactPct(view.coverage);
  const met = view.coverage >= view.coverage_threshold;
  return `${met ? "" : "\u274C "}${exactPct(view.coverage)} ${met ? "\u2265" : "&lt;"} ${exactPct(view.coverage_threshold)}`;
}
function countCells(s, addsUp, noTests) {
  const ran = addsUp && s.executed !== null ? count(s.executed) : "\u2014";
  let rate;
  if (!addsUp) rate = "\u26A0\uFE0F counts do not add up (passed + failed + errors + skipped \u2260 total)";
  else if (s.total === 0) rate = noTests;
  else if (s.pass_rate === null) rate = `\u2014 none ran (all ${count(s.skipped)} skipped)`;
  else rate = pct(s.pass_rate);
  return `${ran} | ${count(s.passed)} | ${count(s.failed)} | ${count(s.errors)} | ${count(s.skipped)} | ${rate}`;
}
function legName(v) {
  return `${cell(v.component, NAME_MAX_CHARS)}${v.leg ? ` (${cell(v.leg, NAME_MAX_CHARS)})` : ""}`;
}
function testRows(v) {
  const who = `${legName(v)} | ${v.target}`;
  if (!v.tests.suites.length) return [`| ${who} | \u2014 | \u2014 | \u2014 | \u2014 | \u2014 | \u2014 | no tests: ${cell(v.tests.none ?? "none recorded")} |`];
  return v.tests.suites.map((s) => `| ${who} | ${cell(s.suite, NAME_MAX_CHARS)} | ${countCells(s, s.counts_add_up, "no tests: the test report holds no test case")} |`);
}
function totalRow(t) {
  const legs = `**total** \xB7 ${t.legs} leg${t.legs === 1 ? "" : "s"}${t.left_out ? ` (${t.left_out} left out: counts do not add up)` : ""}`;
  return `| ${legs} | | ${cell(t.suite, NAME_MAX_CHARS)} | ${countCells(t, true, "no tests")} |`;
}
function bytes(text2) {
  return Buffer.byteLength(text2, "utf8");
}
function aggregateSummary(result, opts = {}) {
  const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  const verdict = aggregateVerdict(result);
  const views = orderedViews(result.legs);
  const stages = STAGE_ORDER.filter((k) => views.some((v) => v.stages[k] !== "absent"));
  const passed = views.filter((v) => v.status === "success").length;
  const targets = [...new Set(views.map((v) => v.target))];
  const head = [
    `## ${verdict.success ? "\u2705" : "\u274C"} spec-to-production aggregate: ${verdict.success ? "passed" : "failed"} \u2014 ${escapeMarkdown(verdictSentence(result))}`,
    "",
    `${views.length} leg${views.length === 1 ? "" : "s"} reported \xB7 ${passed} passed \xB7 ${views.length - passed} failed \xB7 ${result.missing.length} missing \xB7 ${result.invalid.length} unreadable or refused${targets.length ? ` \xB7 target${targets.length === 1 ? "" : "s"} ${targets.join(", ")}` : ""}`,
    ""
  ];
  const items = [];
  result.missing.forEach(
    (name, i) => items.push({
      kind: "missing",
      line: `- \u274C **no report from ${cell(name, NAME_MAX_CHARS)}** \u2014 the leg crashed or uploaded nothing`,
      before: i === 0 ? ["### Missing legs", ""] : void 0
    })
  );
  result.invalid.forEach(
    (bad, i) => items.push({
      kind: "invalid",
      line: `- \u274C ${cell(shownFile(bad.file), 200)}: ${cell(bad.reason)}`,
      before: i === 0 ? [...result.missing.length ? [""] : [], "### Unreadable or refused reports", ""] : void 0
    })
  );
  const tableHead = [
    ...result.missing.length || result.invalid.length ? [""] : [],
    "### Components",
    "",
    `| | Component | Target | ${stages.map((k) => STAGE_LABEL[k]).join(" | ")}${stages.length ? " | " : ""}Coverage | Time | Retries | First failure |`,
    `|---|---|---|${stages.map(() => ":-:|").join("")}--:|--:|--:|---|`
  ];
  const missingRows = result.missing.map(
    (name) => `| \u2753 | ${cell(name, NAME_MAX_CHARS)} | \u2014 | ${stages.map(() => "\u2013").join(" | ")}${stages.length ? " | " : ""}\u2014 | \u2014 | \u2014 | missing: no report |`
  );
  const legRows = views.map(
    (v) => (
      // A pass its leg's own surfaces call ⚠️ (something unmeasured, a gate weakened by configuration) is not ✅ here.
      `| ${v.status === "success" && v.caveat ? "\u26A0\uFE0F" : LEG_MARK[v.status]} | ${legName(v)} | ${v.target} | ${stages.map((k) => STAGE_MARK[v.stages[k]]).join(" | ")}${stages.length ? " | " : ""}${coverageCell(v)} | ${fmtMs(v.total_execution_time_ms)} | ${v.retries} | ${v.failure ? cell(v.failure.message) : v.caveat ? `\u26A0\uFE0F passed, ${cell(v.caveat)}` : ""} |`
    )
  );
  [...missingRows, ...legRows].forEach((line, i) => items.push({ kind: "row", line, before: i === 0 ? tableHead : void 0 }));
  const testsHead = [
    "",
    "### Tests",
    "",
    "Each leg's counts as its report holds them; the pass rate is of the tests that ran (skipped tests are not counted as passed).",
    "",
    "| Component | Target | Suite | Ran | Passed | Failed | Errors | Skipped | Pass rate |",
    "|---|---|---|--:|--:|--:|--:|--:|--:|"
  ];
  [...testTotals(views).map(totalRow), ...views.flatMap(testRows)].forEach((line, i) => items.push({ kind: "tests", line, before: i === 0 ? testsHead : void 0 }));
  const legend = ["", "\u2705 passed \xB7 \u26A0\uFE0F passed, not a clean pass (its reason in the last column) \xB7 \u274C failed \xB7 \u2298 cancelled \xB7 \u2013 skipped or not run for the target."];
  const reserve = 400;
  let used = bytes(head.join("\n")) + bytes(legend.join("\n")) + 2 + reserve;
  const body = [];
  const cut = { missing: 0, invalid: 0, row: 0, tests: 0 };
  let full = false;
  let legendAt = -1;
  for (const item of items) {
    const lines = [...item.before ?? [], item.line];
    const size = lines.reduce((sum, l) => sum + bytes(l) + 1, 0);
    if (full || used + size > maxBytes) {
      full = true;
      cut[item.kind]++;
      continue;
    }
    used += size;
    body.push(...lines);
    if (item.kind === "row") legendAt = body.length;
  }
  if (legendAt >= 0) body.splice(legendAt, 0, ...legend);
  const out = [...head, ...body];
  if (full) {
    const what = [
      cut.missing ? `${cut.missing} missing component(s)` : "",
      cut.invalid ? `${cut.invalid} unreadable report(s)` : "",
      cut.row ? `${cut.row} table row(s)` : "",
      cut.tests ? `${cut.tests} row(s) of the Tests table` : ""
    ].filter(Boolean);
    out.push("", `_\u2026 ${what.join(", ")} not shown: the summary is limited to ${count(maxBytes)} bytes. The combined dashboard and JSON list every leg._`);
  }
  return `${out.join("\n")}
`;
}

// src/aggregate/dashboard.ts
var NAME_MAX_CHARS2 = 80;
var TITLE_MAX_CHARS = 300;
var MESSAGE_MAX_CHARS2 = 240;
function clip3(text2, max) {
  return clipChars(text2, max);
}
function pct2(value) {
  return `${Number.isInteger(value) ? value : value.toFixed(2).replace(/0$/, "")}%`;
}
function css(value) {
  return Number.isFinite(value) ? String(Math.round(Math.min(100, Math.max(0, value)) * 10) / 10) : "0";
}
function fmtTime(ms) {
  return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC` : "\u2014";
}
var STATUS_TEXT = { success: "\u2713 passed", failure: "\u2717 failed", cancelled: "\u2298 cancelled" };
var STAGE_SHORT = {
  specification: "spec",
  testing: "tests",
  refactoring: "refactor",
  staging_deployment: "staging",
  production_deployment: "prod"
};
function stageDots(view) {
  return STAGE_ORDER.filter((k) => view.stages[k] !== "absent").map((k) => {
    const s = view.stages[k];
    return `<span class="st st-${s}" title="${k}: ${s}">${STAGE_SHORT[k]}</span>`;
  }).join("");
}
function coverageBar(view) {
  if (view.coverage === null) return '<div class="cov"><span class="muted small">coverage not measured</span></div>';
  const met = view.coverage_threshold === null || view.coverage >= view.coverage_threshold;
  const label = `${exactPct(view.coverage)}${view.coverage_threshold !== null ? ` ${met ? "\u2265" : "<"} ${exactPct(view.coverage_threshold)}` : ""}`;
  return `<div class="cov" title="line coverage ${esc(label)}"><div class="bar"><span class="fill f-${met ? "success" : "failure"}" style="width:${css(view.coverage)}%"></span>` + (view.coverage_threshold !== null ? `<span class="thr" style="left:${css(view.coverage_threshold)}%"></span>` : "") + `</div><span class="covtext${met ? "" : " err"}">${esc(label)}</span></div>`;
}
function suiteLine(s) {
  if (!s.counts_add_up) return `${s.suite}: counts do not add up (passed + failed + errors + skipped \u2260 total)`;
  if (s.total === 0) return `${s.suite}: no tests (the report holds no test case)`;
  const ran = s.executed ?? 0;
  const parts = [ran === 0 ? `none ran (all ${count(s.skipped)} skipped)` : `${count(s.passed)} of ${count(ran)} ran passed${s.pass_rate !== null ? ` (${pct2(s.pass_rate)})` : ""}`];
  if (s.failed) parts.push(`${count(s.failed)} failed`);
  if (s.errors) parts.push(`${count(s.errors)} errored`);
  if (ran > 0 && s.skipped) parts.push(`${count(s.skipped)} skipped`);
  return `${s.suite}: ${parts.join(" \xB7 ")}`;
}
function testsLines(view) {
  const lines = view.tests.suites.length ? view.tests.suites.map(suiteLine) : [`no tests: ${view.tests.none ?? "none recorded"}`];
  return `<div class="meta">${lines.map((l) => esc(clip3(l, MESSAGE_MAX_CHARS2))).join("<br>")}</div>`;
}
function legCard(view) {
  return `<article class="leg s-${view.status}"><div class="leg-head"><span class="name" title="${esc(clip3(view.component, TITLE_MAX_CHARS))}">${esc(clip3(view.component, NAME_MAX_CHARS2))}</span><span class="pill s-${view.status}">${view.status === "success" && view.caveat ? "\u26A0 passed" : STATUS_TEXT[view.status]}</span></div><div class="meta">${view.leg ? `leg ${esc(view.leg)} \xB7 ` : ""}${esc(view.target)} \xB7 ${esc(fmtMs(view.total_execution_time_ms))}${view.retries ? ` \xB7 \u21BB ${view.retries} retr${view.retries === 1 ? "y" : "ies"}` : ""}</div><div class="stages">${stageDots(view)}</div>` + coverageBar(view) + testsLines(view) + (view.failure ? `<p class="why">${esc(clip3(view.failure.message, MESSAGE_MAX_CHARS2))}</p>` : "") + // A pass its leg's own surfaces call ⚠ says why here too.
  (!view.failure && view.caveat ? `<p class="why">${esc(clip3(view.caveat, MESSAGE_MAX_CHARS2))}</p>` : "") + `</article>`;
}
function missingCard(name) {
  return `<article class="leg s-missing"><div class="leg-head"><span class="name" title="${esc(clip3(name, TITLE_MAX_CHARS))}">${esc(clip3(name, NAME_MAX_CHARS2))}</span><span class="pill s-missing">? missing</span></div><p class="why">No report: the leg crashed or uploaded nothing.</p></article>`;
}
function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
var STYLE = `
.pill.s-missing{color:#fff;background:var(--bad);border-color:var(--bad)}
.legs{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:10px}
.leg{border:1px solid var(--line);border-left:4px solid var(--okf);border-radius:8px;padding:8px 10px;background:#fff;min-width:0}
.leg.s-failure{border-left-color:var(--badf)}.leg.s-cancelled{border-left-color:var(--warnf)}
.leg.s-missing{border:1px dashed var(--bad);border-left:4px dashed var(--bad);background:#fff8f7}
.leg-head{display:flex;gap:8px;align-items:baseline;justify-content:space-between}
.name{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.meta{color:var(--muted);font-size:12px}
.stages{display:flex;flex-wrap:wrap;gap:3px;margin:5px 0}
.st{font-size:11px;padding:0 6px;border-radius:4px;border:1px solid var(--line);color:var(--muted)}
.st-passed{background:#dafbe1;border-color:#aceebb;color:var(--ok)}.st-failed{background:#ffebe9;border-color:#ffcecb;color:var(--bad);font-weight:600}
.st-cancelled{background:#fff8c5;border-color:#f5e0a0;color:var(--warn)}.st-skipped{border-style:dashed;background:#f6f8fa}
.cov{display:flex;align-items:center;gap:8px}
.bar{position:relative;flex:1;height:8px;border-radius:4px;background:#eaeef2;min-width:60px}
.fill{position:absolute;left:0;top:0;bottom:0;border-radius:4px}.f-success{background:var(--okf)}.f-failure{background:var(--badf)}
.thr{position:absolute;top:-3px;width:2px;height:14px;margin-left:-1px;background:#1f2328}
.covtext{font-size:12px;white-space:nowrap}
.why{margin:5px 0 0;font-size:12px;color:var(--bad);word-break:break-word}
.legend{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-bottom:10px}
.tiles{margin-bottom:4px}
@media print{.leg{break-inside:avoid}}
`;
function renderCombinedDashboard(result, generatedAt) {
  const generated = typeof generatedAt === "number" ? generatedAt : generatedAt.getTime();
  const verdict = aggregateVerdict(result);
  const views = orderedViews(result.legs);
  const failing = views.filter((v) => v.status !== "success");
  const passing = views.filter((v) => v.status === "success");
  const status = verdict.success ? "success" : "failure";
  const coverages = views.map((v) => v.coverage).filter((c) => c !== null);
  const med = median(coverages);
  const slowest = views.reduce((a, v) => !a || v.total_execution_time_ms > a.total_execution_time_ms ? v : a, null);
  const tiles = [
    ["Legs", String(views.length)],
    ["Passed", String(passing.length), passing.length ? "c-success" : void 0],
    ["Failed", String(failing.length), failing.length ? "c-failure" : void 0],
    ["Missing", String(result.missing.length), result.missing.length ? "c-failure" : void 0],
    ["Unreadable", String(result.invalid.length), result.invalid.length ? "c-failure" : void 0],
    // Truncated as every coverage figure is: the median of 79.99 and 80 is no 80.
    ["Median coverage", med === null ? "\u2014" : pct2(Math.floor(med * 100 + 1e-9) / 100)],
    ...testTotals(views).filter((t) => t.suite === "testing").map((t) => [
      "Tests passed",
      t.executed === 0 ? "\u2014" : `${count(t.passed)} of ${count(t.executed)}`,
      t.failed + t.errors > 0 ? "c-failure" : void 0
    ]),
    ["Slowest leg", slowest ? fmtMs(slowest.total_execution_time_ms) : "\u2014"]
  ];
  const sections = [];
  const nav = ['<a href="#overview">Overview</a>'];
  if (result.missing.length || result.invalid.length) {
    nav.push('<a href="#missing">Missing</a>');
    sections.push(`<section id="missing" class="card">
<h2>Missing and unreadable reports</h2>
${result.missing.length ? `<p>Absence is failure: these components were planned, but no leg uploaded a report for them.</p><div class="legs">${result.missing.map(missingCard).join("")}</div>` : ""}
${result.invalid.length ? `<h2 style="margin-top:16px">Unreadable reports (${result.invalid.length})</h2><ul class="problems">${result.invalid.map((bad) => `<li><code>${esc(clip3(shownFile(bad.file), 200))}</code>: ${esc(clip3(bad.reason, MESSAGE_MAX_CHARS2))}</li>`).join("")}</ul>` : ""}
</section>`);
  }
  if (failing.length) {
    nav.push('<a href="#failing">Failing</a>');
    sections.push(`<section id="failing" class="card"><h2>Failing legs (${failing.length})</h2><div class="legs">${failing.map(legCard).join("")}</div></section>`);
  }
  if (passing.length) {
    nav.push('<a href="#passing">Passing</a>');
    sections.push(`<section id="passing" class="card"><h2>Passing legs (${passing.length})</h2><div class="legs">${passing.map(legCard).join("")}</div></section>`);
  }
  if (!views.length && !result.missing.length && !result.invalid.length) {
    sections.push('<section class="card"><h2>No report</h2><p class="muted">No leg report was given to the aggregate: nothing ran, or nothing was downloaded.</p></section>');
  }
  const title = `${views.length + result.missing.length} components \u2014 ${verdict.success ? "passed" : "failed"}`;
  return renderPage({
    title,
    style: STYLE,
    width: 1400,
    heading: "All components",
    sub: `${esc(verdictSentence(result))} \xB7 generated ${esc(fmtTime(generated))}`,
    status,
    verdict: verdict.success ? "\u2713 PASSED" : "\u2717 FAILED",
    nav: nav.join(""),
    main: `<section id="overview" class="card">
<h2>Overview</h2>
<div class="tiles">${tiles.map(([k, v, c]) => `<div class="tile"><div class="k">${k}</div><span class="big${c ? ` ${c}` : ""}">${esc(v)}</span></div>`).join("")}</div>
<div class="legend small muted">Stages: <span class="st st-passed">passed</span><span class="st st-failed">failed</span><span class="st st-cancelled">cancelled</span><span class="st st-skipped">skipped</span> \xB7 bar: line coverage, tick: the target's threshold</div>
</section>
${sections.join("\n")}`,
    footer: `spec-to-production \xB7 combined dashboard of ${views.length} leg report(s) \xB7 self-contained: no script, no network`
  });
}

export {
  readLegReports,
  collectReportFiles,
  shownReport,
  expectedLegsFromMatrix,
  aggregateVerdict,
  verdictSentence,
  aggregateJson,
  aggregateSummary,
  renderCombinedDashboard
};
