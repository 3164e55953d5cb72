import {
  readRegularFileSync,
  replaceFileSync
} from "./chunk-IGIGMMYD.js";

// src/observability/record.ts
import { basename, dirname } from "node:path";
var METRICS_SUBDIR = "metrics";
var METRICS_LINE_VERSION = 1;
var STATUSES = /* @__PURE__ */ new Set(["success", "failure", "cancelled", "skipped"]);
var UNSAFE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_STRING = 300;
function metricsFromReport(report, opts = {}) {
  const runId = opts.runId ?? runIdOf(report);
  const base = { v: METRICS_LINE_VERSION, component: report.component_name, run_id: runId };
  const records = [];
  const runEnd = report.finished_at || report.started_at;
  let gatesTotal = 0;
  let gatesFailed = 0;
  let findingsTotal = 0;
  let coverage = null;
  let coverageThreshold = null;
  let passRate = null;
  for (const [key, stage] of stageEntries(report)) {
    records.push({
      ...base,
      name: `stage:${key}`,
      started_at: stage.started_at,
      ended_at: stage.finished_at,
      duration_ms: nonNegative(stage.execution_time_ms),
      status: stageStatus(stage),
      retries: nonNegative(stage.retries),
      error_type: stage.status === "passed" ? null : stage.error_type ?? (stage.status === "cancelled" ? "cancelled" : "exit_code"),
      metadata: compact({
        stage: key,
        target: report.target_stage,
        commands: stage.commands?.length ?? 0,
        gates: Object.keys(stage.quality_gates ?? {}).length,
        error: stage.errors?.[0] ?? null,
        warnings: stage.warnings?.length ?? 0
      })
    });
    for (const gate of Object.values(stage.quality_gates ?? {})) {
      const status = gateStatus(gate);
      gatesTotal++;
      if (status === "failure") gatesFailed++;
      findingsTotal += gate.findings?.length ?? 0;
      const meta = gateMetadata(gate);
      if (gate.gate_name === "test_coverage" && typeof meta.value === "number") {
        coverage = meta.value;
        coverageThreshold = typeof meta.threshold === "number" ? meta.threshold : null;
      }
      if (gate.gate_name === "test_pass_rate" && typeof meta.value === "number") passRate = meta.value;
      const duration = nonNegative(gate.execution_time_ms);
      const started = Date.parse(stage.started_at);
      records.push({
        ...base,
        name: `gate:${key}.${gate.gate_name}`,
        started_at: stage.started_at,
        ended_at: Number.isFinite(started) ? new Date(started + duration).toISOString() : stage.finished_at,
        duration_ms: duration,
        status,
        retries: nonNegative(stage.retries),
        error_type: status === "success" ? null : gate.error_type ?? "threshold_not_met",
        metadata: { stage: key, gate: gate.gate_name, ...meta, error: clip(gate.errors?.[0] ?? null) }
      });
    }
  }
  for (const key of report.stages_skipped ?? []) {
    records.push({
      ...base,
      name: `stage:${key}`,
      // Never started: stamped with the moment the run ended, when the skip was final.
      started_at: runEnd,
      ended_at: runEnd,
      duration_ms: 0,
      status: "skipped",
      retries: 0,
      error_type: null,
      metadata: { stage: key, target: report.target_stage, skip_reason: clip(report.skip_reasons?.[key] ?? null) }
    });
  }
  const runStatus = report.cancelled ? "cancelled" : report.success ? "success" : "failure";
  const firstFailed = report.stages_failed?.[0];
  const failedStage = firstFailed ? report.stage_results[firstFailed] : void 0;
  records.push({
    ...base,
    name: "run",
    started_at: report.started_at,
    ended_at: runEnd,
    duration_ms: nonNegative(report.total_execution_time_ms),
    status: runStatus,
    retries: stageEntries(report).reduce((n, [, s]) => n + nonNegative(s.retries), 0),
    error_type: runStatus === "success" ? null : runStatus === "cancelled" ? "cancelled" : failedStage?.error_type ?? (report.errors?.length ? "configuration" : "exit_code"),
    metadata: {
      target: report.target_stage,
      stages_completed: report.stages_completed?.length ?? 0,
      stages_failed: (report.stages_failed ?? []).join(",") || null,
      stages_skipped: report.stages_skipped?.length ?? 0,
      gates_total: gatesTotal,
      gates_failed: gatesFailed,
      findings_total: findingsTotal,
      coverage,
      coverage_threshold: coverageThreshold,
      pass_rate: passRate,
      error: clip(report.errors?.[0] ?? failedStage?.errors?.[0] ?? null),
      version: report.generator?.version ?? null,
      branch: clip(opts.branch ?? null)
    }
  });
  return records;
}
function stageEntries(report) {
  return Object.entries(report.stage_results ?? {}).filter((e) => e[1] !== void 0);
}
function runIdOf(report) {
  if (report.reports_dir) {
    const runDir = basename(dirname(report.reports_dir));
    if (runDir && runDir !== "." && runDir !== "/") return runDir;
  }
  return `${report.component_name}-${report.started_at}`;
}
function stageStatus(stage) {
  switch (stage.status) {
    case "passed":
      return "success";
    case "cancelled":
      return "cancelled";
    case "skipped":
      return "skipped";
    default:
      return "failure";
  }
}
function gateStatus(gate) {
  if (gate.passed) return "success";
  return gate.error_type === "cancelled" ? "cancelled" : "failure";
}
function gateMeasure(gate) {
  const d = gate.details ?? {};
  const num = (k) => finite(d[k]);
  const kind = /(^|_)test_pass_rate$/.test(gate.gate_name) ? "test_pass_rate" : /(^|_)test_coverage$/.test(gate.gate_name) ? "test_coverage" : gate.gate_name;
  switch (kind) {
    case "test_pass_rate":
      return { value: num("pass_rate"), threshold: num("required"), direction: "min", unit: "%" };
    case "test_coverage":
      return { value: num("coverage"), threshold: num("threshold"), direction: "min", unit: "%" };
    case "spec_validation":
      return { value: num("error_count"), threshold: 0, direction: "max", unit: "count" };
    case "linting":
      return { value: num("issue_count"), threshold: num("max_issues"), direction: "max", unit: "count" };
    case "type_checking":
      return { value: num("error_count"), threshold: num("max_errors"), direction: "max", unit: "count" };
    case "instructions_validation":
      return { value: num("error_count"), threshold: 0, direction: "max", unit: "count" };
    case "security": {
      const parts = [num("secret_count"), num("critical"), num("high")];
      const limits = [num("max_secrets"), num("max_critical"), num("max_high")];
      const measured = parts.some((p) => p !== null);
      return {
        value: measured ? parts.reduce((a, b) => a + (b ?? 0), 0) : null,
        threshold: limits.every((l) => l !== null) ? limits.reduce((a, b) => a + (b ?? 0), 0) : null,
        direction: "max",
        unit: "count"
      };
    }
    default:
      if (Array.isArray(d.criteria)) {
        const criteria = d.criteria;
        return { value: criteria.filter((c) => c && c.met !== true).length, threshold: 0, direction: "max", unit: "count" };
      }
      if (finite(d.value) !== null) return { value: num("value"), threshold: num("threshold"), direction: "min", unit: "count" };
      return null;
  }
}
var MAX_DETAIL_KEYS = 24;
function gateMetadata(gate) {
  const out = {};
  let kept = 0;
  for (const [k, v] of Object.entries(gate.details ?? {})) {
    if (UNSAFE_KEYS.has(k) || kept >= MAX_DETAIL_KEYS) continue;
    if (typeof v === "number" ? Number.isFinite(v) : typeof v === "boolean" || v === null) {
      out[k] = v;
      kept++;
    } else if (typeof v === "string") {
      out[k] = clip(v);
      kept++;
    }
  }
  const m = gateMeasure(gate);
  if (m) Object.assign(out, { value: m.value, threshold: m.threshold, direction: m.direction, unit: m.unit });
  const byTool = /* @__PURE__ */ new Map();
  for (const f of gate.findings ?? []) {
    const tool = clip(String(f.tool ?? "unknown")) ?? "unknown";
    byTool.set(tool, (byTool.get(tool) ?? 0) + 1);
  }
  out.findings = gate.findings?.length ?? 0;
  if (byTool.size) out.findings_by_tool = Object.fromEntries(byTool);
  return out;
}
function compact(o) {
  for (const k of Object.keys(o)) if (typeof o[k] === "string") o[k] = clip(o[k]);
  return o;
}
function clip(s) {
  if (s === null) return null;
  return s.length > MAX_STRING ? `${s.slice(0, MAX_STRING - 1)}\u2026` : s;
}
function finite(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function nonNegative(v) {
  const n = finite(v);
  return n !== null && n > 0 ? Math.round(n) : 0;
}
function toMetricRecord(v) {
  if (!v) return null;
  const str = (x, max = MAX_STRING) => typeof x === "string" && x.length > 0 && x.length <= max ? x : null;
  const name = str(v.name);
  const component = str(v.component);
  const runId = str(v.run_id);
  const startedAt = str(v.started_at, 40);
  const status = typeof v.status === "string" && STATUSES.has(v.status) ? v.status : null;
  const duration = finite(v.duration_ms);
  if (!name || !component || !runId || !startedAt || !status || duration === null || duration < 0) return null;
  const startMs = Date.parse(startedAt);
  if (!Number.isFinite(startMs)) return null;
  const endMs = Date.parse(str(v.ended_at, 40) ?? "");
  const metadata = {};
  if (v.metadata && typeof v.metadata === "object" && !Array.isArray(v.metadata)) {
    for (const [k, x] of Object.entries(v.metadata)) {
      if (UNSAFE_KEYS.has(k)) continue;
      if (typeof x === "number" ? Number.isFinite(x) : typeof x === "boolean" || x === null) metadata[k] = x;
      else if (typeof x === "string") metadata[k] = clip(x);
    }
  }
  return {
    v: finite(v.v) ?? 1,
    name,
    component,
    run_id: runId,
    // Normalized to ISO form: day keys and sorting rely on it.
    started_at: new Date(startMs).toISOString(),
    ended_at: new Date(Number.isFinite(endMs) ? endMs : startMs).toISOString(),
    duration_ms: duration,
    status,
    retries: nonNegative(v.retries),
    error_type: str(v.error_type, 40),
    metadata
  };
}

// src/observability/test-history.ts
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

// src/observability/test-ids.ts
var QUOTE = 1;
var TestIds = class _TestIds {
  arena;
  used = 0;
  starts;
  ends;
  hashes;
  flags;
  /** Entry + 1 per slot, 0 empty; built on the first lookup. */
  slots = null;
  /** The empty slot the last probe that found nothing ended at. */
  free = -1;
  mask = 0;
  size = 0;
  constructor(bytes = 1 << 16, entries = 1024) {
    this.arena = Buffer.allocUnsafe(Math.max(16, bytes));
    this.starts = new Int32Array(Math.max(16, entries));
    this.ends = new Int32Array(this.starts.length);
    this.hashes = new Int32Array(this.starts.length);
    this.flags = new Uint8Array(this.starts.length);
  }
  /** A table of these ids, in this order (a repeated id is entered again). */
  static of(ids) {
    const t = new _TestIds();
    for (const id of ids) t.appendString(id);
    return t;
  }
  /** The id of entry `k`. */
  id(k) {
    return this.arena.toString("utf8", this.starts[k], this.ends[k]);
  }
  /** Every id, in order (for tools and tests; the hot paths never make them all). */
  toArray() {
    const out = new Array(this.size);
    for (let k = 0; k < this.size; k++) out[k] = this.id(k);
    return out;
  }
  /** The first entry whose id is `buf[start, end)`, or -1. */
  find(buf, start, end) {
    return this.probe(buf, start, end, hashBytes(buf, start, end));
  }
  findString(id) {
    const n = this.scratchOf(id);
    return this.find(SCRATCH, 0, n);
  }
  /** The first entry of this table whose id is entry `k` of `other`, or -1. */
  findIn(other, k) {
    return this.probe(other.arena, other.starts[k], other.ends[k], other.hashes[k]);
  }
  /**
   * The entry of `buf[start, end)`: the first one with that id, else a new one — unless the table already holds
   * `limit` entries, then -1.
   */
  add(buf, start, end, limit = Infinity) {
    const len = end - start;
    if (this.used + len > this.arena.length) this.widen(len);
    const a = this.arena;
    const at = this.used;
    let h = 2166136261 | 0;
    let flag = len > 0 && buf[start] === 34 ? QUOTE : 0;
    for (let i = 0; i < len; i++) {
      const b = buf[start + i];
      if (b === 10 || b === 13) flag = QUOTE;
      a[at + i] = b;
      h = Math.imul(h ^ b, 16777619);
    }
    const k = this.probe(a, at, at + len, h);
    if (k >= 0) return k;
    if (this.size >= limit) return -1;
    return this.commit(len, h, flag, this.free);
  }
  addString(id, limit = Infinity) {
    const n = this.scratchOf(id);
    return this.add(SCRATCH, 0, n, limit);
  }
  /** Enters `buf[start, end)` as a new entry, even when the id is already in the table. */
  append(buf, start, end) {
    return this.enter(buf, start, end, hashBytes(buf, start, end));
  }
  /**
   * Enters the bytes from `buf[start]` up to the next line feed as a new entry (as {@link append} does), found,
   * copied and hashed in one pass; returns the line feed's position, or -1 when there is none (nothing entered).
   */
  appendLine(buf, start) {
    const room = this.arena.length - this.used;
    const max = buf.length - start;
    if (max > room) this.widen(max);
    const a = this.arena;
    const at = this.used;
    let h = 2166136261 | 0;
    let flag = max > 0 && buf[start] === 34 ? QUOTE : 0;
    for (let i = 0; i < max; i++) {
      const b = buf[start + i];
      if (b === 10) {
        this.commit(i, h, flag);
        return start + i;
      }
      if (b === 13) flag = QUOTE;
      a[at + i] = b;
      h = Math.imul(h ^ b, 16777619);
    }
    return -1;
  }
  appendString(id) {
    const n = this.scratchOf(id);
    return this.enter(SCRATCH, 0, n, hashBytes(SCRATCH, 0, n));
  }
  /** Enters entry `k` of `other` as a new entry. */
  appendFrom(other, k) {
    return this.enter(other.arena, other.starts[k], other.ends[k], other.hashes[k]);
  }
  /** A copy of the first `count` entries (all by default). */
  clone(count = this.size) {
    const n = Math.min(count, this.size);
    const bytes = n === 0 ? 0 : this.ends[n - 1];
    const t = new _TestIds(bytes + (1 << 12), n + 16);
    this.arena.copy(t.arena, 0, 0, bytes);
    t.used = bytes;
    t.starts.set(this.starts.subarray(0, n));
    t.ends.set(this.ends.subarray(0, n));
    t.hashes.set(this.hashes.subarray(0, n));
    t.flags.set(this.flags.subarray(0, n));
    t.size = n;
    return t;
  }
  /**
   * Entries `from`… as index records: `<prefix><id>\n` each, the id as is, or as a JSON string when it holds a line
   * break or starts with a quote. One buffer, no string per entry.
   */
  lines(from, prefix) {
    const pre = Buffer.from(prefix);
    const quoted = [];
    const flags = this.flags;
    let total = from < this.size ? (pre.length + 1) * (this.size - from) + this.ends[this.size - 1] - this.starts[from] : 0;
    for (let k = from; k < this.size; k++) {
      if (flags[k] & QUOTE) {
        const q2 = Buffer.from(JSON.stringify(this.id(k)));
        quoted.push(q2);
        total += q2.length - (this.ends[k] - this.starts[k]);
      }
    }
    const out = Buffer.allocUnsafe(total);
    const a = this.arena;
    let p = 0;
    let q = 0;
    for (let k = from; k < this.size; k++) {
      for (let i = 0; i < pre.length; i++) out[p++] = pre[i];
      if (flags[k] & QUOTE) p += quoted[q++].copy(out, p);
      else {
        const s = this.starts[k];
        const e = this.ends[k];
        if (e - s < 64) for (let i = s; i < e; i++) out[p++] = a[i];
        else p += a.copy(out, p, s, e);
      }
      out[p++] = 10;
    }
    if (p !== total) throw new Error(`test ids: ${p} bytes of index records, ${total} expected`);
    return out;
  }
  probe(buf, start, end, h) {
    if (this.slots === null) this.rehash(Math.max(this.size * 2, this.starts.length));
    const slots = this.slots;
    const len = end - start;
    for (let s = h & this.mask; ; s = s + 1 & this.mask) {
      const e = slots[s] - 1;
      if (e < 0) {
        this.free = s;
        return -1;
      }
      if (this.hashes[e] !== h || this.ends[e] - this.starts[e] !== len) continue;
      const a = this.arena;
      let i = 0;
      for (let at = this.starts[e]; i < len && a[at + i] === buf[start + i]; i++) ;
      if (i === len) return e;
    }
  }
  enter(buf, start, end, h) {
    const len = end - start;
    if (this.used + len > this.arena.length) this.widen(len);
    const a = this.arena;
    let flag = len > 0 && buf[start] === 34 ? QUOTE : 0;
    for (let i = 0; i < len; i++) {
      const b = buf[start + i];
      if (b === 10 || b === 13) flag = QUOTE;
      a[this.used + i] = b;
    }
    return this.commit(len, h, flag);
  }
  /** A larger arena, with room for `len` more bytes. */
  widen(len) {
    const next = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + len));
    this.arena.copy(next, 0, 0, this.used);
    this.arena = next;
  }
  /**
   * The `len` bytes at the arena's free end become entry `size`; `free`: the empty slot a probe for these very bytes
   * just ended at (found absent), where {@link slot} would put it.
   */
  commit(len, h, flag, free = -1) {
    const k = this.size;
    if (k === this.starts.length) this.grow();
    this.starts[k] = this.used;
    this.ends[k] = this.used + len;
    this.hashes[k] = h;
    this.flags[k] = flag;
    this.used += len;
    this.size = k + 1;
    if (this.slots !== null) {
      if (this.size * 2 > this.slots.length) this.rehash(this.size * 2);
      else if (free >= 0) this.slots[free] = k + 1;
      else this.slot(k);
    }
    return k;
  }
  /** Puts entry `k` in its slot, unless an entry with the same id is there first. */
  slot(k) {
    const slots = this.slots;
    const h = this.hashes[k];
    const len = this.ends[k] - this.starts[k];
    const a = this.arena;
    for (let s = h & this.mask; ; s = s + 1 & this.mask) {
      const e = slots[s] - 1;
      if (e < 0) {
        slots[s] = k + 1;
        return;
      }
      if (this.hashes[e] !== h || this.ends[e] - this.starts[e] !== len) continue;
      let i = 0;
      for (const x = this.starts[e], y = this.starts[k]; i < len && a[x + i] === a[y + i]; i++) ;
      if (i === len) return;
    }
  }
  rehash(atLeast) {
    let n = 64;
    while (n < atLeast * 2) n *= 2;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    for (let k = 0; k < this.size; k++) this.slot(k);
  }
  grow() {
    const n = this.starts.length * 2;
    const grown = (a, b) => (b.set(a), b);
    this.starts = grown(this.starts, new Int32Array(n));
    this.ends = grown(this.ends, new Int32Array(n));
    this.hashes = grown(this.hashes, new Int32Array(n));
    this.flags = grown(this.flags, new Uint8Array(n));
  }
  scratchOf(id) {
    if (id.length * 3 > SCRATCH.length) SCRATCH = Buffer.allocUnsafe(id.length * 3);
    return SCRATCH.write(id, 0, "utf8");
  }
};
var SCRATCH = Buffer.allocUnsafe(1 << 12);
function hashBytes(buf, start, end) {
  let h = 2166136261 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 16777619);
  return h;
}

// src/observability/test-history.ts
var metricsDir = (workspaceDir) => join(workspaceDir, METRICS_SUBDIR);
var TESTS_SUBDIR = "tests";
var MAX_TRACKED_TESTS = 1e5;
var MAX_RUNS_PER_BRANCH = 30;
var MAX_RUNS = 120;
var FORMAT_VERSION = 1;
var DAY_MS = 864e5;
var OUTCOMES = ["passed", "failed", "error", "skipped", "flaky"];
var OUTCOME_CODE = { passed: 0, failed: 1, error: 2, skipped: 3, flaky: 4 };
function testHistoryDir(workspaceDir, component) {
  return join(metricsDir(workspaceDir), TESTS_SUBDIR, component);
}
function outcomeName(code) {
  return OUTCOMES[code] ?? "skipped";
}
function isRunTests(x) {
  return typeof x === "object" && x !== null && x.outcomes instanceof Uint8Array && x.ids instanceof TestIds;
}
function runTestsOf(results) {
  if (isRunTests(results)) return results;
  const list = Array.isArray(results) ? results : [...results];
  const ids = new TestIds();
  const outcomes = new Uint8Array(list.length);
  const durations = new Float64Array(list.length);
  const files = new Int32Array(list.length);
  const fileNames = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const r of list) {
    const k = ids.size;
    if (ids.addString(r.id) !== k) continue;
    outcomes[k] = OUTCOME_CODE[r.outcome];
    durations[k] = r.duration_ms ?? 0;
    let f = -1;
    if (r.file) {
      f = byFile.get(r.file) ?? -1;
      if (f < 0) {
        f = fileNames.length;
        fileNames.push(r.file);
        byFile.set(r.file, f);
      }
    }
    files[k] = f;
  }
  return { size: ids.size, ids, outcomes, durations, files, fileNames };
}
var INDEX_FILE = "index.txt";
var INDEX_MAGIC = "spec-to-production test index v2";
function setTestFile(index, test, file) {
  index.testFiles[test] = file;
  if (test < index.savedTests) index.setFiles.push(test, file);
  index.dirty = true;
}
function numberTests(history, run) {
  const index = history.index;
  if (!index) return;
  const size = run.size;
  const numbers = new Int32Array(size).fill(-1);
  const fileMap = new Int32Array(run.fileNames.length).fill(-2);
  const runFiles2 = run.files;
  const tests = index.tests;
  if (tests.size === 0) {
    const n = Math.min(size, MAX_TRACKED_TESTS);
    index.tests = n === size ? run.ids : run.ids.clone(n);
    const testFiles = new Array(n);
    for (let k = 0; k < n; k++) {
      numbers[k] = k;
      const rf = runFiles2[k];
      let f = -1;
      if (rf >= 0) {
        f = fileMap[rf];
        if (f === -2) f = fileMap[rf] = fileIndex(index, run.fileNames[rf]);
      }
      testFiles[k] = f;
    }
    index.testFiles = testFiles;
    if (n > 0) index.dirty = true;
  } else {
    let numbered = 0;
    if (size > 0) {
      for (let i = 0; i < tests.size; i++) {
        const k = run.ids.findIn(tests, i);
        if (k >= 0 && numbers[k] < 0) {
          numbers[k] = i;
          numbered++;
          const rf = runFiles2[k];
          if (rf >= 0 && index.testFiles[i] < 0) {
            let f = fileMap[rf];
            if (f === -2) f = fileMap[rf] = fileIndex(index, run.fileNames[rf]);
            setTestFile(index, i, f);
          }
        }
      }
    }
    for (let k = 0; numbered < size && k < size; k++) {
      if (numbers[k] >= 0 || index.tests.size >= MAX_TRACKED_TESTS) continue;
      numbers[k] = index.tests.appendFrom(run.ids, k);
      const rf = runFiles2[k];
      let f = -1;
      if (rf >= 0) {
        f = fileMap[rf];
        if (f === -2) f = fileMap[rf] = fileIndex(index, run.fileNames[rf]);
      }
      index.testFiles.push(f);
      index.dirty = true;
    }
  }
  run.index = numbers;
  run.numberedBy = index;
}
function emptyIndex() {
  return { tests: new TestIds(), testFiles: [], files: [], byFile: /* @__PURE__ */ new Map(), savedTests: 0, savedFiles: 0, setFiles: [], rewrite: true };
}
var QUOTED = /^"|[\n\r]/;
function field(s) {
  return QUOTED.test(s) ? JSON.stringify(s) : s;
}
async function readIndex(dir) {
  const path = join(dir, INDEX_FILE);
  let buf;
  try {
    buf = readRegularFileSync(path);
  } catch (error) {
    if (error.code === "ENOENT") return emptyIndex();
    throw error;
  }
  const magic = Buffer.from(`${INDEX_MAGIC}
`);
  if (buf.length < magic.length || buf.compare(magic, 0, magic.length, 0, magic.length) !== 0) throw new Error(`${path}: not a test history index`);
  const index = emptyIndex();
  index.rewrite = false;
  index.tests = new TestIds(buf.length);
  const bad = (n, why) => new Error(`${path}:${n + 1}: ${why}`);
  const text = (from, to, n) => buf[from] === 34 ? unquote(buf.toString("utf8", from, to), () => bad(n, "a quoted field is not a JSON string")) : buf.toString("utf8", from, to);
  for (let pos = magic.length, n = 1, end; pos < buf.length; pos = end + 1, n++) {
    if (buf[pos] === 116 && buf[pos + 1] === 9 && buf[pos + 2] !== 34 && index.tests.size < MAX_TRACKED_TESTS * 2) {
      end = index.tests.appendLine(buf, pos + 2);
      if (end < 0) {
        index.rewrite = true;
        break;
      }
      index.testFiles.push(-1);
      continue;
    }
    end = buf.indexOf(10, pos);
    if (end < 0) {
      index.rewrite = true;
      break;
    }
    const kind = buf[pos];
    if (end - pos < 2 || buf[pos + 1] !== 9) throw bad(n, "not a record");
    if (kind === 116) {
      if (index.tests.size >= MAX_TRACKED_TESTS * 2) throw new Error(`${path}: more than ${MAX_TRACKED_TESTS * 2} tests`);
      if (buf[pos + 2] === 34) index.tests.appendString(text(pos + 2, end, n));
      else index.tests.append(buf, pos + 2, end);
      index.testFiles.push(-1);
    } else if (kind === 102) {
      const file = text(pos + 2, end, n);
      index.byFile.set(file, index.files.length);
      index.files.push(file);
    } else if (kind === 115) {
      const line = buf.toString("utf8", pos, end);
      const tab = line.indexOf("	", 2);
      let t = tab < 0 ? NaN : Number(line.slice(2, tab));
      if (!Number.isInteger(t) || t < 0) throw bad(n, "not a record");
      for (const item of line.slice(tab + 1).split(",")) {
        const x = item.indexOf("x");
        const file = item === "" || x === 0 ? -1 : Number(x < 0 ? item : item.slice(0, x));
        const count = x < 0 ? 1 : Number(item.slice(x + 1));
        if (!Number.isInteger(file) || file >= index.files.length || !Number.isInteger(count) || count < 1 || t + count > index.tests.size) throw bad(n, "no such test or file");
        if (file >= 0) for (const end2 = t + count; t < end2; t++) index.testFiles[t] = file;
        else t += count;
      }
    } else throw bad(n, "unknown record");
  }
  index.savedTests = index.tests.size;
  index.savedFiles = index.files.length;
  return index;
}
function unquote(s, error) {
  try {
    const v = JSON.parse(s);
    if (typeof v === "string") return v;
  } catch {
  }
  throw error();
}
function fileRecord(index, from, parts) {
  const files = index.testFiles;
  if (from >= files.length) return;
  const items = [];
  for (let t = from; t < files.length; ) {
    const f = files[t];
    let end = t + 1;
    while (end < files.length && files[end] === f) end++;
    const file = f < 0 ? "" : String(f);
    items.push(end - t === 1 ? file : `${file}x${end - t}`);
    t = end;
  }
  parts.push(`s	${from}	${items.join(",")}
`);
}
async function writeIndex(dir, index) {
  const path = join(dir, INDEX_FILE);
  const whole = index.rewrite;
  const from = whole ? 0 : index.savedTests;
  const head = whole ? [`${INDEX_MAGIC}
`] : [];
  for (let f = whole ? 0 : index.savedFiles; f < index.files.length; f++) head.push(`f	${field(index.files[f])}
`);
  const ids = index.tests.lines(from, "t	");
  const tail = [];
  if (!whole) for (let k = 0; k < index.setFiles.length; k += 2) tail.push(`s	${index.setFiles[k]}	${index.setFiles[k + 1]}
`);
  fileRecord(index, from, tail);
  const parts = [Buffer.from(head.join("")), ids, Buffer.from(tail.join(""))];
  if (whole) await writeAtomic(path, parts);
  else appendNoFollow(path, Buffer.concat(parts));
  index.savedTests = index.tests.size;
  index.savedFiles = index.files.length;
  index.setFiles = [];
  index.rewrite = false;
  index.dirty = false;
}
function fileIndex(index, path) {
  let i = index.byFile.get(path);
  if (i === void 0) {
    i = index.files.length;
    index.files.push(path);
    index.byFile.set(path, i);
    index.dirty = true;
  }
  return i;
}
function indexTest(index, ids, k, file) {
  return testIndex(index, ids, k, file);
}
function testIndex(index, ids, k, file) {
  let i = index.tests.findIn(ids, k);
  if (i < 0) {
    if (index.tests.size >= MAX_TRACKED_TESTS) return null;
    i = index.tests.appendFrom(ids, k);
    index.testFiles.push(file ? fileIndex(index, file) : -1);
    index.dirty = true;
  } else if (file && index.testFiles[i] < 0) {
    setTestFile(index, i, fileIndex(index, file));
  }
  return i;
}
var Writer = class {
  buf = Buffer.allocUnsafe(1 << 16);
  len = 0;
  room(n) {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }
  varint(v) {
    this.room(10);
    while (v >= 128) {
      this.buf[this.len++] = v % 128 | 128;
      v = Math.floor(v / 128);
    }
    this.buf[this.len++] = v;
  }
  bytes(b) {
    this.room(b.length);
    b.copy(this.buf, this.len);
    this.len += b.length;
  }
  done() {
    return this.buf.subarray(0, this.len);
  }
};
var Reader = class {
  constructor(buf, start) {
    this.buf = buf;
    this.pos = start;
  }
  buf;
  pos;
  varint() {
    let v = 0;
    let mul = 1;
    for (; ; ) {
      if (this.pos >= this.buf.length) throw new RangeError("truncated");
      const b = this.buf[this.pos++];
      v += (b & 127) * mul;
      if (b < 128) return v;
      mul *= 128;
      if (mul > 2 ** 49) throw new RangeError("varint too long");
    }
  }
  bytes(n) {
    if (this.pos + n > this.buf.length) throw new RangeError("truncated");
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
};
function ascending(tests) {
  for (let k = 1; k < tests.length; k++) {
    if (tests[k] <= tests[k - 1]) {
      const order = Uint32Array.from({ length: tests.length }, (_, i) => i);
      return order.sort((a, b) => tests[a] - tests[b]);
    }
  }
  return null;
}
function encodeRun(run) {
  const tests = run.tests;
  const outcomes = run.outcomes;
  const durations = run.durations;
  const n = tests.length;
  const files = [...run.fileHashes].sort((a, b) => a[0] - b[0]);
  const head = runHead(run.meta, files, n);
  const out = Buffer.allocUnsafe(head.length + n * 10);
  head.copy(out, 0);
  let p = head.length;
  let prev = -1;
  const clamped = durations instanceof Uint32Array;
  for (let k = 0; k < n; k++) {
    const test = tests[k];
    if (test <= prev) return encodeRunSorting(run, files);
    let v = test - prev - 1;
    prev = test;
    while (v >= 128) {
      out[p++] = v % 128 | 128;
      v = Math.floor(v / 128);
    }
    out[p++] = v;
    const d = durations[k];
    v = (clamped ? d : Math.min(Math.max(0, Math.round(d)), 2 ** 32 - 1)) * 8 + outcomes[k];
    while (v >= 128) {
      out[p++] = v % 128 | 128;
      v = Math.floor(v / 128);
    }
    out[p++] = v;
  }
  return out.subarray(0, p);
}
function runHead(meta, files, tests) {
  const header = JSON.stringify({ v: FORMAT_VERSION, ...meta, files: files.length, tests });
  const w = new Writer();
  w.bytes(Buffer.from(`${header}
`));
  let prev = -1;
  for (const [file, hash] of files) {
    w.varint(file - prev - 1);
    prev = file;
    const raw = /^[0-9a-f]*$/.test(hash) && hash.length % 2 === 0 ? Buffer.from(hash, "hex").subarray(0, 32) : Buffer.alloc(0);
    w.varint(raw.length);
    w.bytes(raw);
  }
  return w.done();
}
function encodeRunSorting(run, files) {
  const order = ascending(run.tests);
  const n = run.tests.length;
  const at = (j) => order === null ? j : order[j];
  let unique = 0;
  for (let j = 0, prev2 = -1; j < n; j++) {
    const test = run.tests[at(j)];
    if (test !== prev2) unique++;
    prev2 = test;
  }
  const w = new Writer();
  w.bytes(runHead(run.meta, files, unique));
  let prev = -1;
  for (let j = 0; j < n; j++) {
    const k = at(j);
    const test = run.tests[k];
    if (test === prev) continue;
    w.varint(test - prev - 1);
    prev = test;
    const ms = Math.min(Math.max(0, Math.round(run.durations[k])), 2 ** 32 - 1);
    w.varint(ms * 8 + run.outcomes[k]);
  }
  return w.done();
}
function decodeRun(buf, testCount) {
  const nl = buf.indexOf(10);
  if (nl < 0) throw new RangeError("no header");
  const h = JSON.parse(buf.subarray(0, nl).toString("utf8"));
  const meta = toMeta(h);
  if (!meta || h.v !== FORMAT_VERSION) throw new RangeError("bad header");
  const nFiles = Number(h.files);
  const nTests = Number(h.tests);
  if (!Number.isInteger(nFiles) || !Number.isInteger(nTests) || nTests < 0 || nFiles < 0 || nTests > MAX_TRACKED_TESTS) throw new RangeError("bad counts");
  const r = new Reader(buf, nl + 1);
  const fileHashes = /* @__PURE__ */ new Map();
  let prev = -1;
  for (let i = 0; i < nFiles; i++) {
    const file = prev + 1 + r.varint();
    prev = file;
    const len2 = r.varint();
    if (len2 > 32) throw new RangeError("bad hash");
    fileHashes.set(file, r.bytes(len2).toString("hex"));
  }
  const tests = new Uint32Array(nTests);
  const outcomes = new Uint8Array(nTests);
  const durations = new Uint32Array(nTests);
  prev = -1;
  let pos = r.pos;
  const len = buf.length;
  for (let i = 0; i < nTests; i++) {
    let d = 0;
    for (let mul = 1; ; ) {
      if (pos >= len) throw new RangeError("truncated");
      const b = buf[pos++];
      d += (b & 127) * mul;
      if (b < 128) break;
      mul *= 128;
      if (mul > 2 ** 49) throw new RangeError("varint too long");
    }
    const test = prev + 1 + d;
    if (test >= testCount) throw new RangeError("test index out of range");
    prev = test;
    let v = 0;
    for (let mul = 1; ; ) {
      if (pos >= len) throw new RangeError("truncated");
      const b = buf[pos++];
      v += (b & 127) * mul;
      if (b < 128) break;
      mul *= 128;
      if (mul > 2 ** 49) throw new RangeError("varint too long");
    }
    tests[i] = test;
    outcomes[i] = v % 8;
    durations[i] = Math.floor(v / 8);
    if (outcomes[i] > 4) throw new RangeError("bad outcome");
  }
  return { meta, tests, outcomes, durations, fileHashes };
}
function toMeta(h) {
  const str = (v) => typeof v === "string" && v.length <= 500 ? v : void 0;
  const key = str(h.key);
  const at = str(h.at);
  if (!key || !at || !Number.isFinite(Date.parse(at))) return null;
  return {
    key,
    run_id: str(h.run_id) ?? key,
    attempt: Number.isInteger(h.attempt) ? h.attempt : 1,
    branch: str(h.branch) ?? "",
    ...str(h.sha) ? { sha: str(h.sha) } : {},
    ...str(h.changes) ? { changes: str(h.changes) } : {},
    at,
    component: str(h.component) ?? "",
    ...Number.isInteger(h.untracked) && h.untracked > 0 ? { untracked: h.untracked } : {}
  };
}
function runFileName(meta) {
  const stamp = new Date(Date.parse(meta.at)).toISOString().replace(/[-:.]/g, "");
  let key = meta.key.replace(/[^A-Za-z0-9_.-]/g, "_");
  if (key.length > 80) key = createHash("sha256").update(meta.key).digest("hex").slice(0, 32);
  return `${stamp}-${key}.run`;
}
var RUN_FILE_RE = /^(\d{8}T\d{9}Z)-[A-Za-z0-9_.-]+\.run$/;
function stampTime(name) {
  const m = RUN_FILE_RE.exec(name);
  if (!m) return NaN;
  const s = m[1];
  return Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);
}
async function runFiles(dir) {
  let names;
  try {
    names = readdirSync(join(dir, "runs"));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return names.filter((n) => RUN_FILE_RE.test(n)).sort();
}
function appendNoFollow(path, data) {
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 420);
  try {
    writeFileSync(fd, data);
  } finally {
    closeSync(fd);
  }
}
async function writeAtomic(path, data) {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(tmp, "w");
    try {
      for (const part of Array.isArray(data) ? data : [data]) writeFileSync(fd, part);
    } finally {
      closeSync(fd);
    }
    replaceFileSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
    }
    throw error;
  }
}
async function appendTestRun(workspaceDir, meta, results, fileHashes, opts = {}) {
  const dir = testHistoryDir(workspaceDir, meta.component);
  mkdirSync(join(dir, "runs"), { recursive: true });
  const run = runTestsOf(results);
  let index = opts.history?.index ?? await readIndex(dir);
  const numbers = run.numberedBy === index ? run.index : void 0;
  if (numbers === void 0) {
    let newIds = 0;
    for (let k = 0, size = run.size; k < size; k++) if (index.tests.findIn(run.ids, k) < 0) newIds++;
    if (index.tests.size + Math.min(newIds, MAX_TRACKED_TESTS) > MAX_TRACKED_TESTS) {
      index = await compact2(dir, index);
    }
  }
  const n = Math.min(run.size, MAX_TRACKED_TESTS);
  const tests = new Uint32Array(n);
  const outcomes = new Uint8Array(n);
  const durations = new Uint32Array(n);
  const hashes = /* @__PURE__ */ new Map();
  let count = 0;
  let untracked = meta.untracked ?? 0;
  let hashed = new Uint8Array(index.files.length + run.fileNames.length);
  for (let k = 0, size = run.size; k < size; k++) {
    let i;
    if (count >= MAX_TRACKED_TESTS) i = null;
    else if (numbers !== void 0) i = numbers[k] < 0 ? null : numbers[k];
    else i = testIndex(index, run.ids, k, run.files[k] >= 0 ? run.fileNames[run.files[k]] : void 0);
    if (i === null) {
      untracked++;
      continue;
    }
    if (index.files.length > hashed.length) {
      const more = new Uint8Array(index.files.length * 2);
      more.set(hashed);
      hashed = more;
    }
    tests[count] = i;
    outcomes[count] = run.outcomes[k];
    durations[count] = Math.min(Math.max(0, Math.round(run.durations[k])), 2 ** 32 - 1);
    count++;
    const f = index.testFiles[i];
    if (f >= 0 && hashed[f] === 0) {
      hashed[f] = 1;
      const hash = fileHashes.get(index.files[f]);
      if (hash) hashes.set(f, hash);
    }
  }
  const stored = { ...meta, ...untracked > 0 ? { untracked } : {} };
  if (untracked === 0) delete stored.untracked;
  const data = encodeRun({ meta: stored, tests: tests.subarray(0, count), outcomes, durations, fileHashes: hashes });
  if (index.dirty || index.rewrite) await writeIndex(dir, index);
  const file = join(dir, "runs", runFileName(meta));
  await writeAtomic(file, data);
  return { file, bytes: data.length, tests: count, untracked };
}
async function compact2(dir, index) {
  const names = await runFiles(dir);
  const next = emptyIndex();
  const runs = [];
  for (const name of names) {
    try {
      runs.push({ name, run: decodeRun(readRegularFileSync(join(dir, "runs", name)), index.tests.size) });
    } catch {
      rmSync(join(dir, "runs", name), { force: true });
    }
  }
  const rewritten = runs.map(({ name, run }) => ({ name, data: reencode(run, index, next) }));
  next.rewrite = true;
  await writeIndex(dir, next);
  for (const { name, data } of rewritten) await writeAtomic(join(dir, "runs", name), data);
  return next;
}
function reencode(run, from, to) {
  const tests = [];
  const outcomes = [];
  const durations = [];
  const hashes = /* @__PURE__ */ new Map();
  for (let k = 0; k < run.tests.length; k++) {
    const t = run.tests[k];
    const f = from.testFiles[t];
    const file = f >= 0 ? from.files[f] : void 0;
    const i = testIndex(to, from.tests, t, file);
    if (i === null) continue;
    tests.push(i);
    outcomes.push(run.outcomes[k]);
    durations.push(run.durations[k]);
    const h = f >= 0 ? run.fileHashes.get(f) : void 0;
    if (h !== void 0 && file !== void 0) hashes.set(fileIndex(to, file), h);
  }
  return encodeRun({ meta: run.meta, tests, outcomes, durations, fileHashes: hashes });
}
async function readTestHistory(workspaceDir, component, opts = {}) {
  const dir = testHistoryDir(workspaceDir, component);
  let index;
  try {
    index = await readIndex(dir);
  } catch (error) {
    const unreadable2 = { file: join(dir, INDEX_FILE), reason: error.message, index: true };
    return { tests: new TestIds(), testFiles: [], files: [], runs: [], malformed: 1, unreadable: unreadable2 };
  }
  const now = opts.now === void 0 ? Date.now() : typeof opts.now === "number" ? opts.now : opts.now.getTime();
  const since = opts.sinceDays !== void 0 ? now - opts.sinceDays * DAY_MS : -Infinity;
  const runs = [];
  const branches = /* @__PURE__ */ new Map();
  let malformed = 0;
  let unreadable;
  for (const name of await runFiles(dir)) {
    if (stampTime(name) < since) continue;
    try {
      const buf = readRegularFileSync(join(dir, "runs", name));
      branches.set(name, branchOf(buf));
      runs.push(decodeRun(buf, index.tests.size));
    } catch (error) {
      malformed++;
      unreadable ??= { file: join(dir, "runs", name), reason: error.message };
    }
  }
  return { tests: index.tests, testFiles: index.testFiles, files: index.files, runs, malformed, ...unreadable ? { unreadable } : {}, index, branches };
}
function historyReadWarnings(history, from) {
  if (!history.malformed) return [];
  const bad = history.unreadable;
  if (bad?.index) return [`test history: its index ${relative(from, bad.file)} cannot be read (${bad.reason}), so none of its runs was read`];
  return [`test history: ${history.malformed} unreadable run file(s) skipped${bad ? ` (the first: ${relative(from, bad.file)}: ${bad.reason})` : ""}`];
}
async function pruneTestHistory(workspaceDir, retentionDays, now, read) {
  const cutoff = (typeof now === "number" ? now : now.getTime()) - retentionDays * DAY_MS;
  const root = join(metricsDir(workspaceDir), TESTS_SUBDIR);
  let components;
  try {
    components = readdirSync(root);
  } catch {
    return { removedRuns: 0 };
  }
  let removedRuns = 0;
  for (const component of components) {
    const dir = join(root, component);
    const names = await runFiles(dir);
    const keep = [];
    for (const name of names) {
      if (stampTime(name) < cutoff) {
        rmSync(join(dir, "runs", name), { force: true });
        removedRuns++;
      } else keep.push(name);
    }
    if (keep.length <= MAX_RUNS_PER_BRANCH) continue;
    const perBranch = /* @__PURE__ */ new Map();
    const drop = /* @__PURE__ */ new Set();
    const known = read?.component === component ? read.history.branches : void 0;
    for (const name of [...keep].reverse()) {
      const branch = known?.get(name) ?? await headerBranch(join(dir, "runs", name));
      const n = (perBranch.get(branch) ?? 0) + 1;
      perBranch.set(branch, n);
      if (n > MAX_RUNS_PER_BRANCH) drop.add(name);
    }
    const left = keep.filter((n) => !drop.has(n));
    for (const name of left.slice(0, Math.max(0, left.length - MAX_RUNS))) drop.add(name);
    for (const name of drop) rmSync(join(dir, "runs", name), { force: true });
    removedRuns += drop.size;
  }
  return { removedRuns };
}
async function headerBranch(path) {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buf = Buffer.alloc(HEADER_BYTES);
    const bytesRead = fstatSync(fd).isFile() ? readSync(fd, buf, 0, buf.length, 0) : 0;
    return branchOf(buf.subarray(0, bytesRead));
  } catch {
    return "";
  } finally {
    closeSync(fd);
  }
}
var HEADER_BYTES = 4096;
function branchOf(data) {
  const buf = data.subarray(0, HEADER_BYTES);
  const nl = buf.indexOf(10);
  try {
    const h = JSON.parse(buf.subarray(0, nl < 0 ? buf.length : nl).toString("utf8"));
    return typeof h?.branch === "string" ? h.branch : "";
  } catch {
    return "";
  }
}
async function mergeTestHistory(fromWorkspaceDir, toWorkspaceDir) {
  const result = { added: 0, duplicates: 0, malformed: 0 };
  const fromRoot = join(metricsDir(fromWorkspaceDir), TESTS_SUBDIR);
  let components;
  try {
    components = readdirSync(fromRoot);
  } catch {
    return result;
  }
  for (const component of components) {
    const from = join(fromRoot, component);
    const names = await runFiles(from);
    if (names.length === 0) continue;
    let fromIndex;
    try {
      fromIndex = await readIndex(from);
    } catch {
      result.malformed += names.length;
      continue;
    }
    const to = testHistoryDir(toWorkspaceDir, component);
    mkdirSync(join(to, "runs"), { recursive: true });
    const have = new Set(await runFiles(to));
    const toIndex = await readIndex(to);
    const pending = [];
    for (const name of names) {
      if (have.has(name)) {
        result.duplicates++;
        continue;
      }
      try {
        pending.push({ name, data: reencode(decodeRun(readRegularFileSync(join(from, "runs", name)), fromIndex.tests.size), fromIndex, toIndex) });
      } catch {
        result.malformed++;
      }
    }
    if (pending.length === 0) continue;
    if (toIndex.dirty) await writeIndex(to, toIndex);
    for (const { name, data } of pending) await writeAtomic(join(to, "runs", name), data);
    result.added += pending.length;
  }
  return result;
}

export {
  METRICS_SUBDIR,
  METRICS_LINE_VERSION,
  metricsFromReport,
  runIdOf,
  gateMeasure,
  finite,
  toMetricRecord,
  TestIds,
  TESTS_SUBDIR,
  MAX_TRACKED_TESTS,
  MAX_RUNS_PER_BRANCH,
  outcomeName,
  runTestsOf,
  numberTests,
  indexTest,
  appendTestRun,
  readTestHistory,
  historyReadWarnings,
  pruneTestHistory,
  mergeTestHistory
};
