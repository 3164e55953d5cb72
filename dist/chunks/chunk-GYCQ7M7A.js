import {
  METRICS_SUBDIR,
  finite,
  mergeTestHistory,
  toMetricRecord
} from "./chunk-X7YZXP6B.js";
import {
  writeFailure
} from "./chunk-DUVFWLAD.js";

// src/observability/store.ts
import { closeSync as closeSync2, constants as constants2, createReadStream, createWriteStream, fstatSync as fstatSync2, mkdirSync, openSync as openSync2, readFileSync, readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";

// src/observability/jsonl.ts
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, writeSync } from "node:fs";
async function appendWholeLines(file, lines) {
  if (lines.length === 0) return;
  let fd;
  try {
    fd = openSync(file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK | constants.O_NOFOLLOW, 420);
  } catch (error) {
    if (error.code === "ELOOP") {
      throw new Error(`cannot write the metrics file ${file}: it is a symbolic link, not followed`, { cause: error });
    }
    throw new Error(writeFailure("the metrics file", file, error), { cause: error });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error(`cannot write the metrics file ${file}: it is not a regular file`);
    const size = stats.size;
    let prefix = "";
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 10) prefix = "\n";
    }
    const data = Buffer.from(`${prefix}${lines.join("\n")}
`, "utf8");
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    } catch (error) {
      try {
        ftruncateSync(fd, size);
      } catch {
      }
      throw new Error(`${writeFailure("the metrics file", file, error)}; the file is left as it was`, { cause: error });
    }
  } finally {
    closeSync(fd);
  }
}

// src/observability/store.ts
import { join } from "node:path";
import { once } from "node:events";
var DAY_MS = 864e5;
var FILE_RE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
function metricsDir(workspaceDir) {
  return join(workspaceDir, METRICS_SUBDIR);
}
function utcDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function toMs(now) {
  const ms = typeof now === "number" ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("now is not a valid time");
  return ms;
}
async function appendMetrics(workspaceDir, records, now) {
  const dir = metricsDir(workspaceDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${utcDay(toMs(now))}.jsonl`);
  if (records.length === 0) return { file, lines: 0 };
  await appendWholeLines(file, records.map((r) => JSON.stringify(r)));
  return { file, lines: records.length };
}
async function mergeMetrics(fromWorkspaceDir, toWorkspaceDir) {
  const result = { files: 0, added: 0, duplicates: 0, malformed: 0, tests: { added: 0, duplicates: 0, malformed: 0 } };
  const from = metricsDir(fromWorkspaceDir);
  const to = metricsDir(toWorkspaceDir);
  const runKey = (r) => `${r.component}\0${r.run_id}`;
  const local = /* @__PURE__ */ new Set();
  for (const { name } of await dayFiles(to)) {
    const path = join(to, name);
    if (!await isFile(path)) continue;
    for await (const line of lineIterator(path)) {
      const rec = line === null ? null : toMetricRecord(parseRecordObject(line));
      if (rec) local.add(runKey(rec));
    }
  }
  for (const { name } of await dayFiles(from)) {
    const src = join(from, name);
    if (!await isFile(src)) continue;
    result.files++;
    const dest = join(to, name);
    await mkdir(to, { recursive: true });
    let batch = [];
    for await (const line of lineIterator(src)) {
      if (line !== null && !line.trim()) continue;
      const rec = line === null ? null : toMetricRecord(parseRecordObject(line));
      if (!rec) {
        result.malformed++;
        continue;
      }
      if (local.has(runKey(rec))) {
        result.duplicates++;
        continue;
      }
      batch.push(JSON.stringify(rec));
      result.added++;
      if (batch.length >= 1e3) {
        await appendWholeLines(dest, batch);
        batch = [];
      }
    }
    await appendWholeLines(dest, batch);
  }
  result.tests = await mergeTestHistory(fromWorkspaceDir, toWorkspaceDir);
  return result;
}
async function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
async function pruneMetrics(workspaceDir, retentionDays, now) {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) throw new RangeError(`retention days must be a positive number, got ${retentionDays}`);
  const cutoff = toMs(now) - retentionDays * DAY_MS;
  const dir = metricsDir(workspaceDir);
  const result = { removedFiles: 0, removedEntries: 0 };
  for (const { name, day } of await dayFiles(dir)) {
    const path = join(dir, name);
    if (day + DAY_MS <= cutoff) {
      result.removedEntries += await countLines(path);
      await rm(path, { force: true });
      result.removedFiles++;
    } else if (day < cutoff) {
      result.removedEntries += await rewriteKeeping(path, (rec) => {
        const t = rec ? Date.parse(String(rec.ended_at ?? rec.started_at)) : NaN;
        return Number.isFinite(t) && t >= cutoff;
      });
    }
  }
  return result;
}
async function dayFiles(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const out = [];
  for (const name of names) {
    const m = FILE_RE.exec(name);
    const day = m ? Date.parse(`${m[1]}T00:00:00Z`) : NaN;
    if (Number.isFinite(day)) out.push({ name, day });
  }
  return out.sort((a, b) => a.day - b.day);
}
async function countLines(path) {
  let n = 0;
  for await (const line of lineIterator(path)) if (line === null || line.trim()) n++;
  return n;
}
async function rewriteKeeping(path, keep) {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const out = createWriteStream(tmp);
  let removed = 0;
  try {
    for await (const line of lineIterator(path)) {
      if (line !== null && !line.trim()) continue;
      if (line === null || !keep(parseRecordObject(line))) {
        removed++;
        continue;
      }
      if (!out.write(`${line}
`)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
  } catch (error) {
    out.destroy();
    await rm(tmp, { force: true });
    throw error;
  }
  if (removed === 0) {
    await rm(tmp, { force: true });
    return 0;
  }
  await rename(tmp, path);
  return removed;
}
var MAX_LINE_BYTES = 64 * 1024;
function parseRecordObject(line) {
  try {
    const v = JSON.parse(line);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
async function* iterateMetrics(workspaceDir, opts = {}, stats = { files: 0, lines: 0, malformed: 0 }) {
  const now = opts.now === void 0 ? Date.now() : toMs(opts.now);
  const since = opts.sinceDays !== void 0 && Number.isFinite(opts.sinceDays) ? now - opts.sinceDays * DAY_MS : -Infinity;
  const dir = metricsDir(workspaceDir);
  for (const { name, day } of await dayFiles(dir)) {
    if (day + DAY_MS <= since) continue;
    const path = join(dir, name);
    if (!await isFile(path)) continue;
    stats.files++;
    const whole = await readIfSmall(path);
    let lineNo = 0;
    for await (const line of whole ? readLines(path, whole) : lineIterator(path)) {
      lineNo++;
      if (typeof line === "string" && !line.trim()) continue;
      stats.lines++;
      const rec = typeof line === "string" ? toMetricRecord(parseRecordObject(line)) : line;
      if (!rec) {
        stats.malformed++;
        stats.first_malformed ??= { file: path, line: lineNo };
        continue;
      }
      if (opts.component !== void 0 && rec.component !== opts.component) continue;
      if (Date.parse(rec.started_at) < since) continue;
      yield rec;
    }
  }
}
var parsedFiles = /* @__PURE__ */ new Map();
var parsedBytes = 0;
var PARSED_CACHE_BYTES = 4 * 1024 * 1024;
function* readLines(path, whole) {
  const known = parsedFiles.get(path);
  let from = 0;
  const lines = [];
  if (known && known.bytes.length <= whole.length && whole.compare(known.bytes, 0, known.bytes.length, 0, known.bytes.length) === 0) {
    from = known.bytes.length;
    for (const line of known.lines) {
      lines.push(line);
      yield line;
    }
  }
  let end = from;
  for (let start = from; start < whole.length; ) {
    const nl = whole.indexOf(10, start);
    const stop = nl === -1 ? whole.length : nl;
    const cut = stop > start && whole[stop - 1] === 13 ? stop - 1 : stop;
    const text = stop - start > MAX_LINE_BYTES ? null : whole.toString("utf8", start, cut);
    if (nl === -1) {
      yield text;
      break;
    }
    const read = text === null ? null : !text.trim() ? "" : toMetricRecord(parseRecordObject(text));
    lines.push(read);
    yield read === "" ? text : read;
    start = end = nl + 1;
  }
  if (known) parsedBytes -= known.bytes.length;
  parsedFiles.delete(path);
  if (end > PARSED_CACHE_BYTES) return;
  if (parsedBytes + end > PARSED_CACHE_BYTES) {
    parsedFiles.clear();
    parsedBytes = 0;
  }
  parsedFiles.set(path, { bytes: whole.subarray(0, end), lines });
  parsedBytes += end;
}
var WHOLE_FILE_BYTES = 1024 * 1024;
async function* lineIterator(path) {
  const whole = await readIfSmall(path);
  if (whole) {
    let start = 0;
    while (start < whole.length) {
      const nl = whole.indexOf(10, start);
      const end = nl === -1 ? whole.length : nl;
      const cut = end > start && whole[end - 1] === 13 ? end - 1 : end;
      yield end - start > MAX_LINE_BYTES ? null : whole.toString("utf8", start, cut);
      start = end + 1;
    }
    return;
  }
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  let parts = [];
  let size = 0;
  let overflow = false;
  const take = () => {
    let line = null;
    if (!overflow) {
      line = Buffer.concat(parts, size).toString("utf8");
      if (line.endsWith("\r")) line = line.slice(0, -1);
    }
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (; ; ) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      if (!overflow && end > start) {
        if (size + (end - start) > MAX_LINE_BYTES) {
          overflow = true;
          parts = [];
          size = 0;
        } else {
          parts.push(chunk.subarray(start, end));
          size += end - start;
        }
      }
      if (nl === -1) break;
      yield take();
      start = nl + 1;
    }
  }
  if (overflow || size > 0) yield take();
}
async function readIfSmall(path) {
  const fd = openSync2(path, constants2.O_RDONLY | constants2.O_NONBLOCK);
  try {
    const info = fstatSync2(fd);
    return info.isFile() && info.size <= WHOLE_FILE_BYTES ? readFileSync(fd) : null;
  } finally {
    closeSync2(fd);
  }
}

// src/observability/history.ts
var MAX_STAGES_PER_RUN = 16;
var MAX_GATES_PER_RUN = 64;
async function readHistory(workspaceDir, opts = {}) {
  const maxRuns = Math.max(1, Math.floor(opts.maxRuns ?? 1e3));
  const maxDays = Math.max(1, Math.floor(opts.maxDays ?? 400));
  const stats = { files: 0, lines: 0, malformed: 0 };
  const runs = /* @__PURE__ */ new Map();
  const days = /* @__PURE__ */ new Map();
  let seen = 0;
  let truncated = false;
  const fold = (run) => {
    const key = run.started_at.slice(0, 10);
    let d = days.get(key);
    if (!d) {
      d = { runs: 0, failed: 0, cancelled: 0, duration: [0, 0], coverage: [0, 0], passRate: [0, 0], gatesFailed: 0, retries: 0 };
      days.set(key, d);
      if (days.size > maxDays) {
        const oldest = [...days.keys()].sort()[0];
        days.delete(oldest);
      }
    }
    d.runs++;
    if (run.status === "failure") d.failed++;
    if (run.status === "cancelled") d.cancelled++;
    d.duration[0] += run.duration_ms;
    d.duration[1]++;
    if (run.coverage !== null) {
      d.coverage[0] += run.coverage;
      d.coverage[1]++;
    }
    if (run.pass_rate !== null) {
      d.passRate[0] += run.pass_rate;
      d.passRate[1]++;
    }
    d.gatesFailed += run.gates_failed;
    d.retries += run.retries;
  };
  for await (const rec of iterateMetrics(workspaceDir, opts, stats)) {
    const key = `${rec.component}\0${rec.run_id}`;
    let acc = runs.get(key);
    if (!acc) {
      seen++;
      acc = { run_id: rec.run_id, component: rec.component, run: null, stages: /* @__PURE__ */ new Map(), gates: /* @__PURE__ */ new Map() };
      runs.set(key, acc);
      if (runs.size > maxRuns) {
        const [oldestKey, oldest] = runs.entries().next().value;
        runs.delete(oldestKey);
        fold(summarize(oldest));
        truncated = true;
      }
    }
    if (rec.name === "run") acc.run = rec;
    else if (rec.name.startsWith("stage:")) {
      const name = rec.name.slice(6);
      if (acc.stages.has(name) || acc.stages.size < MAX_STAGES_PER_RUN) {
        acc.stages.set(name, {
          name,
          status: rec.status,
          started_at: rec.started_at,
          ended_at: rec.ended_at,
          duration_ms: rec.duration_ms,
          retries: rec.retries,
          error_type: rec.error_type
        });
      }
    } else if (rec.name.startsWith("gate:")) {
      const name = rec.name.slice(5);
      if (acc.gates.has(name) || acc.gates.size < MAX_GATES_PER_RUN) {
        const m = rec.metadata;
        acc.gates.set(name, {
          name,
          status: rec.status,
          value: finite(m.value),
          threshold: finite(m.threshold),
          direction: m.direction === "min" || m.direction === "max" ? m.direction : null,
          unit: typeof m.unit === "string" ? m.unit : null,
          duration_ms: rec.duration_ms
        });
      }
    }
  }
  const kept = [...runs.values()].map(summarize).sort((a, b) => Date.parse(a.started_at) - Date.parse(b.started_at));
  for (const run of kept) fold(run);
  const dayList = [...days.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([day, d]) => ({
    day,
    runs: d.runs,
    failed_runs: d.failed,
    cancelled_runs: d.cancelled,
    duration_ms_avg: d.duration[1] ? Math.round(d.duration[0] / d.duration[1]) : null,
    coverage_avg: d.coverage[1] ? truncate2(d.coverage[0] / d.coverage[1]) : null,
    pass_rate_avg: d.passRate[1] ? truncate2(d.passRate[0] / d.passRate[1]) : null,
    gates_failed: d.gatesFailed,
    retries: d.retries
  }));
  return { runs: kept, days: dayList, runs_seen: seen, truncated, stats };
}
function truncate2(n) {
  return Math.floor(n * 100 + 1e-9) / 100;
}
function summarize(acc) {
  const stages = [...acc.stages.values()];
  const gates = [...acc.gates.values()];
  const r = acc.run;
  const times = [...stages.flatMap((s) => [s.started_at, s.ended_at]), ...r ? [r.started_at, r.ended_at] : []].map((t) => Date.parse(t)).filter(Number.isFinite);
  const first = times.length ? Math.min(...times) : 0;
  const last = times.length ? Math.max(...times) : 0;
  const derivedStatus = stages.some((s) => s.status === "cancelled") ? "cancelled" : stages.some((s) => s.status === "failure") || gates.some((g) => g.status === "failure") ? "failure" : "success";
  const gate = (suffix) => gates.find((g) => g.name.endsWith(`.${suffix}`));
  const m = r?.metadata ?? {};
  return {
    run_id: acc.run_id,
    component: acc.component,
    started_at: r?.started_at ?? new Date(first).toISOString(),
    ended_at: r?.ended_at ?? new Date(last).toISOString(),
    status: r?.status ?? derivedStatus,
    duration_ms: r?.duration_ms ?? Math.max(0, last - first),
    retries: r?.retries ?? stages.reduce((n, s) => n + s.retries, 0),
    target: typeof m.target === "string" ? m.target : null,
    branch: typeof m.branch === "string" ? m.branch : null,
    error_type: r ? r.error_type : null,
    coverage: finite(m.coverage) ?? gate("test_coverage")?.value ?? null,
    coverage_threshold: finite(m.coverage_threshold) ?? gate("test_coverage")?.threshold ?? null,
    pass_rate: finite(m.pass_rate) ?? gate("test_pass_rate")?.value ?? null,
    gates_total: gates.length || (finite(m.gates_total) ?? 0),
    gates_failed: gates.length ? gates.filter((g) => g.status === "failure").length : finite(m.gates_failed) ?? 0,
    stages,
    gates
  };
}
function lastRunOn(history, component, branch, exceptRunId) {
  for (let i = history.runs.length - 1; i >= 0; i--) {
    const run = history.runs[i];
    if (run.component === component && run.branch === branch && run.run_id !== exceptRunId) return run;
  }
  return null;
}

export {
  metricsDir,
  appendMetrics,
  mergeMetrics,
  pruneMetrics,
  MAX_LINE_BYTES,
  iterateMetrics,
  readHistory,
  lastRunOn
};
