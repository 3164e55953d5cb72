import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultDashboardName,
  defaultReportName,
  writeReport
} from "./chunk-QYEBU6CG.js";
import {
  changedLines
} from "./chunk-VUQQCLJI.js";
import {
  COMMAND_VARS,
  DEPLOYMENT_VARS,
  PATH_VARS,
  renderTemplate,
  templateProblem,
  validateComponentName
} from "./chunk-FHEQNACH.js";
import {
  ConfigurationError,
  STAGE_ORDER,
  TARGETS
} from "./chunk-3TGGJRN5.js";
import {
  validateConfig
} from "./chunk-SMKNRI2L.js";
import {
  require_dist
} from "./chunk-366W3JI3.js";
import {
  StageRecorder
} from "./chunk-HU5KFTCI.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/api.ts
import { join as join4, resolve as resolve4 } from "node:path";

// src/hosts/console.ts
import { execFileSync } from "node:child_process";

// src/exec/run.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { performance } from "node:perf_hooks";
import { StringDecoder } from "node:string_decoder";

// src/exec/output.ts
var MAX_LINE_CHARS = 64 * 1024;
var MERGE_BELOW_BYTES = 4096;
var TailBuffer = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  pieces = [];
  sizes = [];
  head = 0;
  bytes = 0;
  push(text) {
    if (this.limit <= 0 || text === "") return;
    let size = Buffer.byteLength(text);
    if (size > this.limit) {
      text = lastBytes(text, this.limit);
      size = Buffer.byteLength(text);
    }
    const last = this.pieces.length - 1;
    if (last >= this.head && this.sizes[last] < MERGE_BELOW_BYTES && size < MERGE_BELOW_BYTES) {
      this.pieces[last] += text;
      this.sizes[last] += size;
    } else {
      this.pieces.push(text);
      this.sizes.push(size);
    }
    this.bytes += size;
    while (this.head < this.pieces.length - 1 && this.bytes - this.sizes[this.head] >= this.limit) {
      this.bytes -= this.sizes[this.head];
      this.pieces[this.head] = "";
      this.head++;
    }
    if (this.head > 64 && this.head * 2 > this.pieces.length) {
      this.pieces = this.pieces.slice(this.head);
      this.sizes = this.sizes.slice(this.head);
      this.head = 0;
    }
  }
  toString() {
    const text = this.pieces.slice(this.head).join("");
    return this.bytes > this.limit ? lastBytes(text, this.limit) : text;
  }
};
function lastBytes(text, limit) {
  const buf = Buffer.from(text, "utf8");
  if (buf.length <= limit) return text;
  let start = buf.length - limit;
  while (start < buf.length && (buf[start] & 192) === 128) start++;
  return buf.toString("utf8", start);
}
var LineSplitter = class {
  constructor(emit) {
    this.emit = emit;
  }
  emit;
  pending = "";
  push(text) {
    if (text === "") return;
    const buffer = this.pending + text;
    let start = 0;
    for (let nl = buffer.indexOf("\n"); nl !== -1; nl = buffer.indexOf("\n", start)) {
      const end = nl > start && buffer.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.emitBounded(buffer.slice(start, end));
      start = nl + 1;
    }
    let rest = buffer.slice(start);
    while (rest.length > MAX_LINE_CHARS) {
      const cut = safeCut(rest, MAX_LINE_CHARS);
      this.emit(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    this.pending = rest;
  }
  /** Passes on the last line when it has no newline at the end. */
  flush() {
    if (this.pending !== "") this.emit(this.pending);
    this.pending = "";
  }
  emitBounded(line) {
    while (line.length > MAX_LINE_CHARS) {
      const cut = safeCut(line, MAX_LINE_CHARS);
      this.emit(line.slice(0, cut));
      line = line.slice(cut);
    }
    this.emit(line);
  }
};
function safeCut(text, at) {
  const code = text.charCodeAt(at - 1);
  return code >= 55296 && code <= 56319 ? at - 1 : at;
}

// src/exec/process-group.ts
import { readdirSync, readFileSync } from "node:fs";
var AFTER_SIGKILL_WAIT_MS = 2e3;
function isProcessGroupAlive(pgid) {
  if (!signal(-pgid, 0)) return false;
  return linuxGroupHasLiveMember(pgid) ?? true;
}
function signalProcessGroup(pgid, sig) {
  return signal(-pgid, sig);
}
async function terminateProcessGroup(pgid, graceMs) {
  if (!signalProcessGroup(pgid, "SIGTERM")) return true;
  signalProcessGroup(pgid, "SIGCONT");
  if (await waitForProcessGroupExit(pgid, graceMs)) return true;
  signalProcessGroup(pgid, "SIGKILL");
  return waitForProcessGroupExit(pgid, AFTER_SIGKILL_WAIT_MS);
}
async function waitForProcessGroupExit(pgid, timeoutMs) {
  const deadline = Date.now() + Math.max(0, timeoutMs);
  let interval = 5;
  for (; ; ) {
    if (!isProcessGroupAlive(pgid)) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await new Promise((resolve5) => setTimeout(resolve5, Math.min(interval, left)));
    interval = Math.min(interval * 2, 50);
  }
}
function signal(target, sig) {
  try {
    process.kill(target, sig);
    return true;
  } catch (err) {
    return err.code === "EPERM" && sig === 0;
  }
}
function linuxGroupHasLiveMember(pgid) {
  if (process.platform !== "linux") return void 0;
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return void 0;
  }
  let seenAny = false;
  for (const name of entries) {
    const first = name.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    const stat3 = readStat(name);
    if (!stat3) continue;
    seenAny = true;
    if (stat3.pgrp === pgid && !isDead(stat3.state)) return true;
  }
  return seenAny ? false : void 0;
}
function readStat(pid) {
  if (process.platform !== "linux") return void 0;
  let text;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return void 0;
  }
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const pgrp = Number(fields[2]);
  return fields[0] && Number.isInteger(pgrp) ? { state: fields[0], pgrp } : void 0;
}
function isDead(state) {
  return state === "Z" || state === "X" || state === "x";
}

// src/exec/run.ts
var DEFAULT_TAIL_BYTES = 64 * 1024;
var DEFAULT_KILL_GRACE_MS = 3e3;
var STREAM_DRAIN_MS = 200;
var MAX_TIMER_MS = 2 ** 31 - 1;
var runCommand = async (command, options) => {
  const startedAt = performance.now();
  const base = {
    command,
    exitCode: null,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationMs: 0,
    tail: "",
    outputBytes: 0
  };
  if (options.signal?.aborted) return { ...base, cancelled: true, durationMs: performance.now() - startedAt };
  const env = { ...process.env, ...options.env };
  let child;
  try {
    child = spawn(resolveShell(env.PATH), ["-c", command], {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
  } catch (err) {
    return { ...base, durationMs: performance.now() - startedAt, spawnError: describeSpawnError(err, options.cwd) };
  }
  if (child.pid === void 0) {
    const err = await new Promise((resolve5) => child.once("error", resolve5));
    child.stdout?.destroy();
    child.stderr?.destroy();
    return { ...base, durationMs: performance.now() - startedAt, spawnError: describeSpawnError(err, options.cwd) };
  }
  return supervise(child, child.pid, base, options, startedAt);
};
function supervise(child, pgid, base, options, startedAt) {
  const tail = new TailBuffer(nonNegative(options.tailBytes, DEFAULT_TAIL_BYTES));
  const killGraceMs = nonNegative(options.killGraceMs, DEFAULT_KILL_GRACE_MS);
  const timeoutMs = nonNegative(options.timeoutMs, 0);
  const { onLine, signal: abortSignal } = options;
  let outputBytes = 0;
  let timedOut = false;
  let cancelled = false;
  let exited = false;
  let killing;
  const readers = [];
  for (const [stream, name] of [
    [child.stdout, "stdout"],
    [child.stderr, "stderr"]
  ]) {
    if (!stream) continue;
    readers.push(
      new OutputReader(stream, name, onLine, (bytes, text) => {
        outputBytes += bytes;
        tail.push(text);
      })
    );
  }
  const kill = (reason) => {
    if (exited || killing) return;
    if (reason === "timeout") timedOut = true;
    else cancelled = true;
    killing = terminateProcessGroup(pgid, killGraceMs);
  };
  const onAbort = () => kill("abort");
  const timer = timeoutMs > 0 ? setTimeout(() => kill("timeout"), Math.min(timeoutMs, MAX_TIMER_MS)) : void 0;
  abortSignal?.addEventListener("abort", onAbort, { once: true });
  child.on("error", () => void 0);
  return new Promise((resolve5) => {
    child.once("exit", (code, sig) => {
      exited = true;
      if (timer) clearTimeout(timer);
      abortSignal?.removeEventListener("abort", onAbort);
      void Promise.all([drain(readers), killing]).then(() => {
        for (const reader of readers) reader.finish();
        resolve5({
          ...base,
          exitCode: code,
          signal: sig,
          timedOut,
          cancelled,
          durationMs: performance.now() - startedAt,
          tail: tail.toString(),
          outputBytes
        });
      });
    });
  });
}
function drain(readers) {
  const open = readers.filter((reader) => !reader.closed);
  if (open.length === 0) return Promise.resolve();
  return new Promise((resolve5) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const reader of open) reader.stream.off("close", check);
      for (const reader of open) if (!reader.closed) reader.stream.destroy();
      resolve5();
    };
    const check = () => {
      if (open.every((reader) => reader.closed)) finish();
    };
    const timer = setTimeout(finish, STREAM_DRAIN_MS);
    for (const reader of open) reader.stream.once("close", check);
  });
}
var OutputReader = class {
  constructor(stream, name, onLine, sink) {
    this.stream = stream;
    this.sink = sink;
    this.lines = onLine ? new LineSplitter((line) => {
      try {
        onLine(line, name);
      } catch {
      }
    }) : void 0;
    stream.on("data", (chunk) => this.take(chunk.length, this.decoder.write(chunk)));
    stream.on("error", () => void 0);
    stream.once("close", () => {
      this.closed = true;
    });
  }
  stream;
  sink;
  closed = false;
  decoder = new StringDecoder("utf8");
  lines;
  /** Passes on what the decoder and the line splitter still hold. */
  finish() {
    this.take(0, this.decoder.end());
    this.lines?.flush();
  }
  take(bytes, text) {
    this.sink(bytes, text);
    this.lines?.push(text);
  }
};
var shellCache = /* @__PURE__ */ new Map();
function resolveShell(path) {
  const key = path ?? "";
  let shell = shellCache.get(key);
  if (shell === void 0) {
    shell = "/bin/sh";
    for (const dir of key.split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, "bash");
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) {
          shell = candidate;
          break;
        }
      } catch {
      }
    }
    shellCache.set(key, shell);
  }
  return shell;
}
function describeSpawnError(err, cwd) {
  const code = err?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === "ENOENT" || code === "ENOTDIR" || code === "EACCES") {
    try {
      if (!statSync(cwd).isDirectory()) return `working directory is not a directory: ${cwd} (${message})`;
    } catch {
      return `working directory does not exist: ${cwd} (${message})`;
    }
  }
  return message;
}
function nonNegative(value, fallback) {
  return value !== void 0 && Number.isFinite(value) && value >= 0 ? value : fallback;
}

// src/hosts/console.ts
function createConsoleHost(options) {
  const out = options.out ?? ((line) => void process.stdout.write(`${line}
`));
  const err = options.err ?? ((line) => void process.stderr.write(`${line}
`));
  const verbose = options.verbose ?? process.env.SPEC_TO_PRODUCTION_DEBUG === "1";
  const where = (p) => p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ""}: ` : "";
  const started = Date.now();
  const elapsed = () => `[${((Date.now() - started) / 1e3).toFixed(1).padStart(5)}s]`;
  return {
    workspace: options.workspace,
    sha: currentSha(options.workspace),
    info: (message) => out(`${elapsed()} ${message}`),
    warning: (message, p) => err(`${elapsed()} warning: ${where(p)}${message}`),
    error: (message, p) => err(`${elapsed()} error: ${where(p)}${message}`),
    debug: (message) => {
      if (verbose) err(`${elapsed()} debug: ${message}`);
    },
    group: async (name, fn) => {
      out(`${elapsed()} \u2500\u2500 ${name} ${"\u2500".repeat(Math.max(0, 50 - name.length))}`);
      return fn();
    },
    runCommand,
    now: () => Date.now()
  };
}
function currentSha(workspace) {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: workspace, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

// src/engine/pipeline.ts
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join as join3, resolve as resolve3 } from "node:path";

// src/config/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile, stat as stat2 } from "node:fs/promises";
import { isAbsolute, relative, resolve as resolve2 } from "node:path";

// src/config/detect.ts
import { readdir, stat } from "node:fs/promises";
import { join as join2, resolve } from "node:path";
var NODE_MARKERS = ["package.json"];
var PYTHON_MARKERS = ["pyproject.toml", "setup.py", "setup.cfg", "requirements.txt"];
var NODE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var PYTHON_EXTENSIONS = /\.pyi?$/;
var MAX_ENTRIES = 2e3;
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function present(workspace, names) {
  const found = [];
  for (const name of names) if (await isFile(join2(workspace, name))) found.push(name);
  return found;
}
async function countSources(dir) {
  const counts = { python: 0, node: 0 };
  const queue = [dir];
  let seen = 0;
  while (queue.length > 0 && seen < MAX_ENTRIES) {
    const current = queue.shift();
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) break;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) queue.push(join2(current, entry.name));
      } else if (PYTHON_EXTENSIONS.test(entry.name)) {
        counts.python++;
      } else if (NODE_EXTENSIONS.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        counts.node++;
      }
    }
  }
  return counts;
}
async function detectPreset(workspace, sourcePath) {
  const node = await present(workspace, NODE_MARKERS);
  const python = await present(workspace, PYTHON_MARKERS);
  if (node.length > 0 && python.length === 0) return { preset: "node", source: `detected: ${node.join(", ")}` };
  if (python.length > 0 && node.length === 0) return { preset: "python", source: `detected: ${python.join(", ")}` };
  if (node.length === 0) {
    return { preset: "none", source: `detected: none of ${[...NODE_MARKERS, ...PYTHON_MARKERS].join(", ")} found` };
  }
  const markers = [...node, ...python].join(", ");
  const counts = await countSources(resolve(workspace, sourcePath));
  if (counts.python > counts.node) {
    return { preset: "python", source: `detected: ${markers}; ${sourcePath} holds mostly Python files` };
  }
  const why = counts.node > counts.python ? `${sourcePath} holds mostly JavaScript/TypeScript files` : `${sourcePath} decides nothing, node by default`;
  return { preset: "node", source: `detected: ${markers}; ${why}` };
}

// src/config/diagnostics.ts
var import_yaml = __toESM(require_dist(), 1);
var IDENTIFIER = /^[A-Za-z0-9_-]+$/;
function formatKeyPath(path) {
  if (path.length === 0) return "(top level)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = typeof current === "object" && current !== null ? current[segment] : void 0;
    }
  }
  return path;
}
function levenshtein(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
function suggest(word, candidates) {
  const normalized = word.toLowerCase().replace(/-/g, "_");
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(normalized, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function shown(value) {
  if (value === null) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var TYPE_WORDS = {
  integer: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function typeMessage(expected, data, schema) {
  const words = expected.map((t) => TYPE_WORDS[t] ?? t);
  if (expected.includes("object") && schema.properties && typeof schema.properties === "object") {
    const keys = Object.keys(schema.properties);
    const index = expected.indexOf("object");
    words[index] = `a mapping with keys ${keys.join(", ")}`;
  }
  const want = words.join(" or ");
  if (data === null && expected.includes("object")) return `is empty; give it ${want}, or remove the key`;
  const hint = typeof data === "string" && /^(yes|no|on|off|y|n)$/i.test(data) ? " (YAML 1.2 reads yes/no/on/off as strings)" : "";
  return `must be ${want} (got ${shown(data)})${hint}`;
}
function rangeMessage(error) {
  const schema = error.parentSchema ?? {};
  const { minimum, maximum } = schema;
  if (typeof minimum === "number" && typeof maximum === "number") {
    return `must be between ${minimum} and ${maximum} (got ${shown(error.data)})`;
  }
  const bound = error.params ?? {};
  return `must be ${bound.comparison ?? ""} ${bound.limit ?? ""} (got ${shown(error.data)})`.replace(/ {2,}/g, " ");
}
var COMPONENT_RULE = "use 1 to 100 letters, digits, '.', '_' or '-' (and not '.' or '..')";
function describeSchemaError(error, data) {
  const path = pointerToPath(error.instancePath, data);
  const parent = error.parentSchema ?? {};
  const params = error.params;
  if (error.keyword === "propertyNames") return null;
  if (error.propertyName !== void 0) {
    return {
      path: [...path, error.propertyName],
      onKey: true,
      message: `component name ${JSON.stringify(error.propertyName)} is not valid: ${COMPONENT_RULE}`
    };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const guess = suggest(key, allowed);
      const what = guess ? `unknown key; did you mean '${guess}'? Allowed keys` : "unknown key; allowed keys";
      return { path: [...path, key], onKey: true, message: `${what}: ${allowed.join(", ")}` };
    }
    case "required":
      return { path, onKey: false, message: `missing key '${String(params.missingProperty)}'` };
    case "type": {
      const expected = String(params.type).split(",");
      return { path, onKey: false, message: typeMessage(expected, error.data, parent) };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const guess = typeof error.data === "string" ? suggest(error.data, allowed) : void 0;
      const didYouMean = guess ? `; did you mean '${guess}'?` : "";
      return { path, onKey: false, message: `must be one of: ${allowed.join(", ")} (got ${shown(error.data)})${didYouMean}` };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path, onKey: false, message: rangeMessage(error) };
    case "minLength":
      return { path, onKey: false, message: "must not be empty" };
    default:
      return { path, onKey: false, message: `${error.message ?? "is not valid"} (got ${shown(error.data)})` };
  }
}
function keyOf(pair) {
  return (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
}
function findPair(map, key, doc, depth = 0) {
  const node = (0, import_yaml.isAlias)(map) ? map.resolve(doc) : map;
  if (!(0, import_yaml.isMap)(node) || depth > 10) return void 0;
  const own = node.items.find((pair) => keyOf(pair) === key);
  if (own) return own;
  for (const pair of node.items) {
    if (keyOf(pair) !== "<<") continue;
    const sources = (0, import_yaml.isSeq)(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const found = findPair(source, key, doc, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}
function locate(doc, lineCounter, path, onKey) {
  let node = doc.contents;
  let at = (0, import_yaml.isAlias)(node) || (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) || (0, import_yaml.isScalar)(node) ? node : null;
  for (const [i, segment] of path.entries()) {
    const current = (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
    let next;
    let key;
    if ((0, import_yaml.isSeq)(current) && typeof segment === "number") {
      next = current.items[segment];
    } else if ((0, import_yaml.isMap)(current)) {
      const pair = findPair(current, String(segment), doc);
      key = pair?.key;
      next = pair?.value;
    }
    const last = i === path.length - 1;
    const target = last && onKey && key ? key : next ?? key;
    if (!target) break;
    at = target;
    node = next;
    if (!next) break;
  }
  const offset = at?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

// src/config/merge.ts
var REPORT_KEYS = [
  "stages.testing.reports.junit",
  "stages.testing.reports.coverage",
  "stages.refactoring.linting.report",
  "stages.refactoring.type_checking.report",
  "stages.refactoring.security.report",
  "stages.staging_deployment.integration_tests.reports.junit",
  "stages.staging_deployment.integration_tests.reports.coverage",
  "stages.production_deployment.e2e_tests.reports.junit",
  "stages.production_deployment.e2e_tests.reports.coverage",
  "stages.production_deployment.criteria.integration_coverage.report"
];
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function normalizeReportRef(value) {
  if (typeof value === "string") return { path: value };
  if (isPlainObject(value) && typeof value.path === "string") {
    return typeof value.format === "string" ? { path: value.path, format: value.format } : { path: value.path };
  }
  return void 0;
}
function mergeInto(target, layer, at) {
  for (const key of Object.keys(layer)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const path = at === "" ? key : `${at}.${key}`;
    const value = layer[key];
    if (value === void 0) continue;
    if (REPORT_KEYS.includes(path)) {
      target[key] = normalizeReportRef(value);
    } else if (path === "stages.refactoring.security.reports" && Array.isArray(value)) {
      target[key] = value.map(normalizeReportRef);
    } else if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      mergeInto(target[key], value, path);
    } else {
      target[key] = structuredClone(value);
    }
  }
}
function mergeLayers(base, ...layers) {
  const result = structuredClone(base);
  for (const layer of layers) {
    if (layer) mergeInto(result, layer, "");
  }
  return result;
}

// src/config/presets.ts
function retry(max_retries, base_delay, exponential_base, max_delay) {
  return { max_retries, base_delay, exponential_base, max_delay, jitter: true, retry_on_timeout: false };
}
var DEFAULTS = {
  preset: "none",
  paths: { source: "src/{component}", tests: "tests/{component}" },
  quality_gates: {
    test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 },
    test_pass_rate: { required: 100 },
    linting: { max_issues: 0, auto_fix: true },
    type_checking: { max_errors: 0, max_warnings: null },
    security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }
  },
  stages: {
    // One required section keeps an ordinary spec valid while still refusing an empty or unrelated file.
    specification: { enabled: true, required_sections: ["Requirements"] },
    testing: { enabled: true, reports: {}, timeout_seconds: 600 },
    refactoring: {
      enabled: true,
      timeout_seconds: 600,
      linting: { enabled: true },
      type_checking: { enabled: true },
      security: { enabled: true, reports: [] },
      instructions_validation: { enabled: true, globs: [".github/instructions/**/*.instructions.md"] }
    },
    staging_deployment: { enabled: true, environment: "staging", timeout_seconds: 600, github_deployment: true },
    production_deployment: {
      enabled: true,
      environment: "production",
      timeout_seconds: 600,
      github_deployment: true,
      criteria: {
        integration_coverage: { threshold: 80 },
        soak: { days: 7, environment: "staging" },
        uptime: { threshold: 99.5, days: 7 }
      }
    }
  },
  error_recovery: {
    testing: retry(3, 1, 2, 10),
    refactoring: retry(2, 1, 2, 10),
    staging_deployment: retry(5, 2, 2, 30),
    production_deployment: retry(3, 5, 1.5, 60),
    circuit_breaker: { failure_threshold: 5, recovery_timeout: 60, half_open_max_calls: 1 }
  },
  context_management: { session: { enabled: true, max_tokens: 8e3 } },
  observability: { metrics: { enabled: true, retention_days: 30 }, dashboard: { enabled: true } }
};
var PYTHON = {
  preset: "python",
  stages: {
    testing: {
      command: "uvx --with pytest-cov pytest {tests} --cov={path} --cov-report=json:{reports}/coverage.json --junitxml={reports}/junit.xml",
      reports: {
        junit: { path: "{reports}/junit.xml", format: "junit" },
        coverage: { path: "{reports}/coverage.json", format: "coverage.py-json" }
      }
    },
    refactoring: {
      linting: {
        command: "uvx ruff check {path} --output-format=json --output-file={reports}/ruff.json",
        fix_command: "uvx ruff check --fix {path} && uvx ruff format {path}",
        report: { path: "{reports}/ruff.json", format: "ruff-json" }
      },
      type_checking: {
        command: "uvx pyright {path} --outputjson > {reports}/pyright.json",
        report: { path: "{reports}/pyright.json", format: "pyright-json" }
      },
      security: {
        command: "uvx detect-secrets scan {path} > {reports}/secrets.json",
        report: { path: "{reports}/secrets.json", format: "detect-secrets-json" }
      }
    }
  }
};
var NODE = {
  preset: "node",
  stages: {
    testing: {
      command: "JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml npm test -- --ci --reporters=default --reporters=jest-junit --coverage --coverageReporters=json-summary --coverageReporters=lcov --coverageDirectory={reports}/coverage",
      reports: {
        junit: { path: "{reports}/junit.xml", format: "junit" },
        coverage: { path: "{reports}/coverage/coverage-summary.json", format: "istanbul-summary" }
      }
    },
    refactoring: {
      linting: {
        command: "npx eslint {path} -f json -o {reports}/eslint.json",
        fix_command: "npx eslint {path} --fix",
        report: { path: "{reports}/eslint.json", format: "eslint-json" }
      },
      type_checking: {
        command: "npx tsc --noEmit --pretty false > {reports}/tsc.txt",
        report: { path: "{reports}/tsc.txt", format: "tsc-text" }
      },
      security: {
        command: "npx secretlint {path}/'**/*' --format json --output {reports}/secretlint.json",
        report: { path: "{reports}/secretlint.json", format: "secretlint-json" }
      }
    }
  }
};
var PRESETS = { python: PYTHON, node: NODE, none: { preset: "none" } };
function defaultConfig() {
  return structuredClone(DEFAULTS);
}
function presetLayer(name) {
  return structuredClone(PRESETS[name]);
}

// src/config/schema.ts
function schemaErrors(data) {
  return validateConfig(data) ? [] : [...validateConfig.errors ?? []];
}

// src/config/load.ts
var DEFAULT_PATHS = [".github/spec-to-production.yml", ".github/spec-to-production.yaml"];
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var MAX_SYNTAX_ERRORS = 5;
var PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*\}/;
var QUOTE_HINT = 'a value that starts with a {placeholder}, or has one inside { } or [ ], must be quoted: "{reports}/junit.xml"';
var TEMPLATE_KEYS = [
  [["paths", "source"], PATH_VARS],
  [["paths", "tests"], PATH_VARS],
  [["stages", "testing", "command"], COMMAND_VARS],
  [["stages", "testing", "reports", "junit"], COMMAND_VARS],
  [["stages", "testing", "reports", "coverage"], COMMAND_VARS],
  [["stages", "refactoring", "linting", "command"], COMMAND_VARS],
  [["stages", "refactoring", "linting", "fix_command"], COMMAND_VARS],
  [["stages", "refactoring", "linting", "report"], COMMAND_VARS],
  [["stages", "refactoring", "type_checking", "command"], COMMAND_VARS],
  [["stages", "refactoring", "type_checking", "report"], COMMAND_VARS],
  [["stages", "refactoring", "security", "command"], COMMAND_VARS],
  [["stages", "refactoring", "security", "report"], COMMAND_VARS],
  [["stages", "staging_deployment", "command"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "rollback_command"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "health_check", "url"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "integration_tests", "command"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "integration_tests", "reports", "junit"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "integration_tests", "reports", "coverage"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "rollback_command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "health_check", "url"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "e2e_tests", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "e2e_tests", "reports", "junit"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "e2e_tests", "reports", "coverage"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "integration_coverage", "report"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "performance", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "performance", "report"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "uptime", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "uptime", "url"], DEPLOYMENT_VARS]
];
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (!isPlainObject2(current) || !Object.hasOwn(current, segment)) return void 0;
    current = current[segment];
  }
  return current;
}
async function exists(path) {
  try {
    await stat2(path);
    return true;
  } catch {
    return false;
  }
}
async function findConfigFile(workspace, configPath) {
  if (configPath !== void 0 && configPath !== "") {
    const file = resolve2(workspace, configPath);
    if (!await exists(file)) throw new ConfigurationError(`Configuration file '${configPath}' not found (looked for ${file})`);
    return file;
  }
  const found = [];
  for (const candidate of DEFAULT_PATHS) if (await exists(resolve2(workspace, candidate))) found.push(candidate);
  if (found.length > 1) throw new ConfigurationError(`Both ${found.join(" and ")} exist; keep one of them`);
  return found.length === 1 ? resolve2(workspace, found[0]) : null;
}
function displayName(workspace, file) {
  const rel = relative(workspace, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
async function readConfigText(file, shown2) {
  try {
    const info = await stat2(file);
    if (!info.isFile()) throw new ConfigurationError(`Configuration file ${shown2} is not a file`);
    if (info.size > MAX_FILE_BYTES) {
      throw new ConfigurationError(`Configuration file ${shown2} is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}`);
    }
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`Cannot read configuration file ${shown2}: ${error.message}`);
  }
}
function fail(shown2, lines) {
  const count = lines.length === 1 ? "1 error" : `${lines.length} errors`;
  throw new ConfigurationError(`Invalid configuration file ${shown2} (${count}):
${lines.join("\n")}`);
}
function parseYaml(text, shown2) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { prettyErrors: true, uniqueKeys: true, merge: true, lineCounter });
  if (doc.errors.length > 0) {
    const lines = text.split(/\r?\n/);
    const messages = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => {
      const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
      const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const hint = PLACEHOLDER.test(lines[pos.line - 1] ?? "") ? ` (${QUOTE_HINT})` : "";
      return `${shown2}:${pos.line}:${pos.col}: ${message}${hint}`;
    });
    const more = doc.errors.length - messages.length;
    if (more > 0) messages.push(`${shown2}: ${more} more YAML errors, probably following from the ones above`);
    fail(shown2, messages);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ConfigurationError(
      `Invalid configuration file ${shown2}: ${error.message} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes)`
    );
  }
  return { doc, lineCounter, data: data ?? {} };
}
function templateProblems(layer, at) {
  const problems = [];
  for (const [path, allowed] of TEMPLATE_KEYS) {
    let value = valueAt(layer, path);
    let where = path;
    if (isPlainObject2(value) && typeof value.path === "string") {
      value = value.path;
      where = [...path, "path"];
    }
    if (typeof value !== "string") continue;
    const problem = templateProblem(value, allowed);
    if (problem) problems.push({ path: [...at, ...where], onKey: false, message: problem });
  }
  return problems;
}
function validate(data, doc, lineCounter, shown2) {
  const problems = [];
  for (const error of schemaErrors(data)) {
    const problem = describeSchemaError(error, data);
    if (problem) problems.push(problem);
  }
  problems.push(...templateProblems(data, []));
  const components = valueAt(data, ["components"]);
  if (isPlainObject2(components)) {
    for (const name of Object.keys(components)) problems.push(...templateProblems(components[name], ["components", name]));
  }
  const located = problems.map((problem) => ({ ...locate(doc, lineCounter, problem.path, problem.onKey), problem }));
  located.sort((a, b) => a.line - b.line || a.col - b.col);
  const lines = located.map(({ line, col, problem }) => `${shown2}:${line}:${col}: ${formatKeyPath(problem.path)}: ${problem.message}`);
  return [...new Set(lines)];
}
async function loadConfig(opts) {
  const component = validateComponentName(opts.component);
  const workspace = resolve2(opts.workspace);
  const file = await findConfigFile(workspace, opts.configPath);
  let top = {};
  let overrides = {};
  let shown2 = "";
  if (file) {
    shown2 = displayName(workspace, file);
    const { doc, lineCounter, data } = parseYaml(await readConfigText(file, shown2), shown2);
    const problems = validate(data, doc, lineCounter, shown2);
    if (problems.length > 0) fail(shown2, problems);
    const { components, ...rest } = data;
    top = rest;
    if (isPlainObject2(components) && Object.hasOwn(components, component)) overrides = components[component];
  }
  const sourceTemplate = valueAt(overrides, ["paths", "source"]) ?? valueAt(top, ["paths", "source"]) ?? defaultConfig().paths.source;
  let preset;
  let presetSource;
  if (typeof overrides.preset === "string") {
    preset = overrides.preset;
    presetSource = `named in ${shown2} at components.${component}.preset`;
  } else if (typeof top.preset === "string") {
    preset = top.preset;
    presetSource = `named in ${shown2}`;
  } else {
    const sourcePath = renderTemplate(sourceTemplate, { component }, "paths.source", { quote: false });
    const detected = await detectPreset(workspace, sourcePath);
    preset = detected.preset;
    presetSource = detected.source;
  }
  const config = mergeLayers(defaultConfig(), presetLayer(preset), top, overrides);
  config.preset = preset;
  config.paths.source = renderTemplate(config.paths.source, { component }, "paths.source", { quote: false });
  config.paths.tests = renderTemplate(config.paths.tests, { component }, "paths.tests", { quote: false });
  return { config, file, presetSource };
}

// src/engine/memory.ts
var ContextMemory = class {
  constructor(ctx, component) {
    this.ctx = ctx;
    this.component = component;
    void this.lib.then((m) => m.loadTokenizer()).catch(() => void 0);
  }
  ctx;
  component;
  opened = null;
  lib = import("./context-PFH2SJ6G.js");
  get log() {
    return { info: (m) => this.ctx.host.info(m), warning: (m) => this.ctx.host.warning(m) };
  }
  async open(spec) {
    try {
      const m = await this.lib;
      const { host, config } = this.ctx;
      const opened = await m.openSession({
        component: this.component,
        spec,
        now: host.now(),
        root: m.defaultContextRoot(host.workspace),
        maxTokens: config.context_management.session.max_tokens,
        store: host.sessionStore,
        log: this.log
      });
      this.opened = { session: opened.session, repository: opened.repository };
      host.info(`context session ${opened.session.session_id}${opened.restoredFrom ? ` (continuing ${opened.restoredFrom.id} from ${opened.restoredFrom.source})` : " (new)"}`);
      return opened.session.session_id;
    } catch (error) {
      this.ctx.host.warning(`context session not opened: ${error.message}`);
      return null;
    }
  }
  async record(result) {
    if (!this.opened) return;
    try {
      const m = await this.lib;
      this.opened.session = await m.addMessage(this.opened.session, m.stageMessage(result), this.ctx.host.now());
      await m.saveSession(this.opened.repository, this.opened.session, this.log);
    } catch (error) {
      this.ctx.host.warning(`context session not updated after ${result.stage_name}: ${error.message}`);
    }
  }
  async close(report) {
    if (!this.opened) return;
    try {
      const m = await this.lib;
      const closed = await m.closeSession(this.opened.repository, this.opened.session, { component: this.component, report, store: this.ctx.host.sessionStore, log: this.log });
      if (closed.brief) this.ctx.host.info(`agent brief: ${closed.brief}`);
    } catch (error) {
      this.ctx.host.warning(`context session not archived: ${error.message}`);
    }
  }
};

// src/engine/pipeline.ts
var VERSION = "0.1.0";
var STAGES = {
  specification: async () => (await import("./specification-V7W56JEQ.js")).specificationStage,
  testing: async () => (await import("./testing-HU47XKCK.js")).testingStage,
  refactoring: async () => (await import("./refactoring-4WKFFYUX.js")).refactoringStage,
  staging_deployment: async () => (await import("./deployment-IQK4WSE6.js")).stagingDeploymentStage,
  production_deployment: async () => (await import("./deployment-IQK4WSE6.js")).productionDeploymentStage
};
function stagesFor(target) {
  const last = { dev: "refactoring", staging: "staging_deployment", production: "production_deployment" }[target];
  return STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(last) + 1);
}
async function runPipeline(opts) {
  const { host } = opts;
  const startedAt = host.now();
  const signal2 = opts.signal ?? new AbortController().signal;
  const report = {
    schema_version: 1,
    success: false,
    component_name: opts.component,
    target_stage: opts.target,
    stages_completed: [],
    stages_failed: [],
    stages_skipped: [],
    skip_reasons: {},
    cancelled: false,
    stage_results: {},
    total_execution_time_ms: 0,
    context_session_id: null,
    metrics_dashboard: null,
    started_at: new Date(startedAt).toISOString(),
    finished_at: "",
    spec_file: opts.specFile,
    config_file: null,
    preset: "none",
    reports_dir: "",
    errors: [],
    generator: { name: "spec-to-production", version: VERSION }
  };
  const planned = stagesFor(opts.target);
  const finish = (exitCode2, loaded2) => {
    const done = host.now();
    report.finished_at = new Date(done).toISOString();
    report.total_execution_time_ms = Math.round(done - startedAt);
    report.cancelled = signal2.aborted;
    report.success = exitCode2 === 0;
    return { report, exitCode: exitCode2, loaded: loaded2 };
  };
  const skipRest = (from, reason) => {
    for (const key of planned.slice(from)) {
      report.stages_skipped.push(key);
      report.skip_reasons[key] = reason;
    }
  };
  let loaded;
  try {
    validateComponentName(opts.component);
    loaded = await loadConfig({ workspace: host.workspace, configPath: opts.configFile, component: opts.component });
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    report.errors.push(error.message);
    host.error(error.message);
    skipRest(0, "the configuration is invalid");
    return finish(2, null);
  }
  const { config } = loaded;
  report.config_file = loaded.file;
  report.preset = config.preset;
  host.info(`configuration: ${loaded.file ?? "none (preset only)"}; preset ${config.preset} (${loaded.presetSource})`);
  const runDir = join3(host.workspace, ".spec-to-production", "runs", `${opts.component}-${stamp(startedAt)}-${randomBytes(3).toString("hex")}`);
  const reportsDir = join3(runDir, "reports");
  await mkdir(reportsDir, { recursive: true });
  await writeFile(join3(host.workspace, ".spec-to-production", "runs", ".gitignore"), "*\n");
  report.reports_dir = reportsDir;
  let changed;
  if (opts.onlyChangedSince) {
    try {
      changed = await changedLines({ workspace: host.workspace, base: opts.onlyChangedSince });
      host.info(`only-changed: ${changed.size} file(s) changed since ${opts.onlyChangedSince}`);
    } catch (error) {
      const message = `only-changed: cannot diff against ${opts.onlyChangedSince}: ${error.message} (in GitHub Actions, check out with fetch-depth: 0 so the base commit is there)`;
      report.errors.push(message);
      host.error(message);
      skipRest(0, "the changed lines could not be determined");
      return finish(2, loaded);
    }
  }
  const base = { component: opts.component, reports: reportsDir, sha: host.sha ?? "" };
  const ctx = {
    host,
    config,
    component: opts.component,
    target: opts.target,
    specFile: resolve3(host.workspace, opts.specFile),
    reportsDir,
    signal: signal2,
    // The loader has already substituted {component} in paths.
    templateVars: { ...base, path: config.paths.source, tests: config.paths.tests },
    results: report.stage_results,
    changed
  };
  const memory = config.context_management.session.enabled ? new ContextMemory(ctx, opts.component) : null;
  let exitCode = 0;
  for (const [index, key] of planned.entries()) {
    if (!config.stages[key].enabled) {
      report.stages_skipped.push(key);
      report.skip_reasons[key] = `disabled in the configuration (stages.${key}.enabled: false): not run`;
      host.warning(`${key}: skipped, disabled in the configuration \u2014 nothing was checked or done for it`);
      continue;
    }
    const result = await host.group(`${key}`, () => runStage(ctx, key));
    report.stage_results[key] = result;
    logStage(host, result);
    if (memory) {
      if (key === "specification" && ctx.spec && !ctx.spec.rejected) report.context_session_id = await memory.open(ctx.spec);
      await memory.record(result);
    }
    if (result.success) {
      report.stages_completed.push(key);
      continue;
    }
    report.stages_failed.push(key);
    exitCode = result.errors.some((e) => e.startsWith("configuration: ")) ? 2 : 1;
    skipRest(index + 1, result.status === "cancelled" ? "the run was cancelled" : `stage ${key} failed`);
    break;
  }
  await memory?.close(report);
  return finish(exitCode, loaded);
}
async function runStage(ctx, key) {
  const stage = new StageRecorder(key, () => ctx.host.now());
  ctx.host.info(`\u25B6 ${key}`);
  if (ctx.signal.aborted) {
    stage.cancelled = true;
    stage.fail("cancelled before the stage started", "cancelled");
    return stage.finish();
  }
  try {
    const run = await STAGES[key]();
    await run(ctx, stage);
  } catch (error) {
    if (error instanceof ConfigurationError) stage.fail(`configuration: ${error.message}`, "configuration");
    else {
      stage.fail(`internal error: ${error.message} \u2014 this is a bug in spec-to-production; please report it with the log`, "crash");
      ctx.host.debug(error.stack ?? String(error));
    }
  }
  if (ctx.signal.aborted) stage.cancelled = true;
  return stage.finish();
}
function logStage(host, result) {
  for (const gate of Object.values(result.quality_gates)) {
    host.info(`  ${gate.passed ? "\u2713" : "\u2717"} gate ${gate.gate_name} (${gate.execution_time_ms} ms)${gate.errors.length ? `: ${gate.errors[0]}` : ""}`);
  }
  const mark = { passed: "\u2713", failed: "\u2717", cancelled: "\u2298", skipped: "\u2013" }[result.status];
  const retries = result.retries ? `, ${result.retries} retr${result.retries === 1 ? "y" : "ies"}` : "";
  host.info(`${mark} ${result.stage_name} ${result.status} (${result.execution_time_ms} ms${retries})`);
  for (const e of result.errors) host.error(`${result.stage_name}: ${e}`);
  for (const w of result.warnings) host.warning(`${result.stage_name}: ${w}`);
}
function stamp(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

// src/api.ts
async function observe(host, workspace, report, config, dashboard) {
  const { metrics, dashboard: board } = config.observability;
  if (!metrics.enabled && !board.enabled) return;
  try {
    const { writeObservability } = await import("./observability-M7HVJBA7.js");
    const path = board.enabled ? resolve4(workspace, dashboard ?? defaultDashboardName(report.component_name)) : null;
    if (path) report.metrics_dashboard = path;
    const result = await writeObservability({
      workspaceDir: join4(workspace, ".spec-to-production"),
      report,
      retentionDays: metrics.retention_days,
      dashboardPath: path,
      now: host.now(),
      recordMetrics: metrics.enabled
    });
    if (result.malformed) host.warning(`metrics history: ${result.malformed} malformed line(s) skipped`);
  } catch (error) {
    report.metrics_dashboard = null;
    host.warning(`metrics and dashboard not written: ${error.message}`);
  }
}
async function runWorkflow(options) {
  if (!TARGETS.includes(options.targetStage)) {
    throw new ConfigurationError(`Invalid target '${String(options.targetStage)}'. Expected one of: ${TARGETS.join(", ")}.`);
  }
  validateComponentName(options.componentName);
  const workspace = resolve4(options.workspace ?? process.cwd());
  const host = options.host ?? createConsoleHost({ workspace });
  const outcome = await runPipeline({
    host,
    specFile: options.specFile,
    component: options.componentName,
    target: options.targetStage,
    configFile: options.configFile,
    onlyChangedSince: options.onlyChangedSince,
    signal: options.signal
  });
  const reportPath = resolve4(workspace, options.output ?? defaultReportName(options.componentName));
  const { report } = outcome;
  if (outcome.loaded) await observe(host, workspace, report, outcome.loaded.config, options.dashboard);
  await writeReport(reportPath, report);
  return {
    success: report.success,
    stagesCompleted: report.stages_completed,
    stagesFailed: report.stages_failed,
    stagesSkipped: report.stages_skipped,
    metricsDashboard: report.metrics_dashboard,
    report,
    reportPath,
    exitCode: outcome.exitCode
  };
}

export {
  runCommand,
  createConsoleHost,
  currentSha,
  VERSION,
  runWorkflow
};
