import {
  overwriteProblem
} from "./chunk-PWW3LDXW.js";
import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import {
  steadyNow
} from "./chunk-JOUZQ3LF.js";
import {
  forgetWorkTree,
  trackedStateRead
} from "./chunk-VZCHTACS.js";
import {
  changedBetween,
  trackedState
} from "./chunk-QDEQBNGY.js";
import {
  StageRecorder
} from "./chunk-HU5KFTCI.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-LLSBVFXH.js";
import {
  originLineOf
} from "./chunk-QFJOODSQ.js";
import {
  inheritedEnvironment
} from "./chunk-6N4VMDZ6.js";
import {
  validateComponentName
} from "./chunk-4GTCQ74A.js";
import {
  formatKeyPath
} from "./chunk-24GEDJX4.js";
import {
  readRegularFileSync
} from "./chunk-HYULKLIY.js";
import {
  defaultDashboardName,
  defaultReportName,
  writeReport
} from "./chunk-SKZ7FANQ.js";
import {
  isDiskWriteError,
  makeDirectory,
  writeFailure
} from "./chunk-DUVFWLAD.js";
import {
  gateLogLine,
  gateView
} from "./chunk-NP6TI2MO.js";
import {
  isJobLog,
  writeInert
} from "./chunk-Q3SWUYYB.js";
import {
  ConfigurationError,
  STAGE_ORDER,
  TARGETS
} from "./chunk-3TGGJRN5.js";
import {
  headCommitRead
} from "./chunk-TE4YH7PC.js";
import {
  mayBeGit
} from "./chunk-DAQTANZ3.js";

// src/api.ts
import { tmpdir } from "node:os";
import { basename as basename4, join as join5, relative as relative2, resolve as resolve2 } from "node:path";

// src/hosts/console.ts
import { execFileSync } from "node:child_process";

// src/exec/run.ts
import { spawn } from "node:child_process";
import { accessSync as accessSync2, constants as constants2, statSync as statSync2 } from "node:fs";
import { basename as basename2, delimiter, join } from "node:path";
import { performance as performance2 } from "node:perf_hooks";
import { StringDecoder } from "node:string_decoder";

// src/exec/direct.ts
import { accessSync, closeSync, constants, openSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, isAbsolute } from "node:path";
var WORD = /^[A-Za-z0-9_./:@%+,-]+$/;
var ARG = /^[A-Za-z0-9_./:@%+,=-]+$/;
var BASH_WORDS = new Set(
  ". : [ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown echo enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type typeset ulimit umask unalias unset wait if then else elif fi case esac for select while until do done in function time { } ! [[ ]] coproc".split(" ")
);
function shellAffectingEnv(env) {
  for (const key of Object.keys(env)) {
    if (env[key] === void 0) continue;
    if (key.startsWith("BASH") || key === "SHELLOPTS" || key === "POSIXLY_CORRECT" || key === "ENV") return true;
  }
  return false;
}
function directCommand(command, shell, env, cwd) {
  if (basename(shell) !== "bash") return void 0;
  const words = command.split(/[ \t]+/).filter((w) => w !== "");
  if (words.length === 0) return void 0;
  const [first, ...args] = words;
  if (!WORD.test(first) || BASH_WORDS.has(first) || !args.every((a) => ARG.test(a))) return void 0;
  if (shellAffectingEnv(env)) return void 0;
  const shlvl = shellLevel(env.SHLVL);
  if (shlvl === void 0) return void 0;
  const file = first.includes("/") ? first : searchPath(first, env.PATH);
  if (file === void 0 || !kernelExecutable(file, cwd)) return void 0;
  let pwd;
  try {
    pwd = workingDirectory(env.PWD, cwd);
  } catch {
    return void 0;
  }
  const out = { ...env, PWD: pwd, SHLVL: shlvl, _: file };
  if (out.OLDPWD !== void 0 && !isDirectory(out.OLDPWD)) delete out.OLDPWD;
  return { file, args, argv0: first, env: out };
}
function shellLevel(value) {
  if (value === void 0) return "0";
  if (!/^[0-9]{1,3}$/.test(value)) return void 0;
  const n = Number(value);
  return n < 999 ? String(n) : void 0;
}
function workingDirectory(inherited, cwd) {
  const here = statSync(cwd);
  if (inherited !== void 0 && isAbsolute(inherited)) {
    try {
      const there = statSync(inherited);
      if (there.dev === here.dev && there.ino === here.ino) return inherited;
    } catch {
    }
  }
  return realpathSync.native(cwd);
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function searchPath(name, path) {
  if (!path) return void 0;
  const dirs = path.split(":");
  if (dirs.some((d) => !d.startsWith("/") || d.length > 1 && d.endsWith("/"))) return void 0;
  for (const dir of dirs) {
    const candidate = dir === "/" ? `/${name}` : `${dir}/${name}`;
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function kernelExecutable(file, cwd) {
  let fd;
  try {
    fd = openSync(isAbsolute(file) ? file : `${cwd}/${file}`, constants.O_RDONLY | constants.O_NONBLOCK);
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    return n >= 2 && head[0] === 35 && head[1] === 33 || n === 4 && head.toString("latin1") === "\x7FELF";
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

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
  const deadline = performance.now() + Math.max(0, timeoutMs);
  let interval = 5;
  for (; ; ) {
    if (!isProcessGroupAlive(pgid)) return true;
    const left = deadline - performance.now();
    if (left <= 0) return false;
    await new Promise((resolve3) => setTimeout(resolve3, Math.min(interval, left)));
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
  let entries2;
  try {
    entries2 = readdirSync("/proc");
  } catch {
    return void 0;
  }
  let seenAny = false;
  for (const name of entries2) {
    const first = name.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    const stat = readStat(name);
    if (!stat) continue;
    seenAny = true;
    if (stat.pgrp === pgid && !isDead(stat.state)) return true;
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
var runningGroups = /* @__PURE__ */ new Set();
function killRunningCommands() {
  let count = 0;
  for (const pgid of runningGroups) if (signalProcessGroup(pgid, "SIGKILL")) count++;
  return count;
}
var runCommand = async (command, options) => {
  const startedAt = performance2.now();
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
  if (options.signal?.aborted) return { ...base, cancelled: true, durationMs: performance2.now() - startedAt };
  const env = { ...inheritedEnvironment(process.env), ...options.env };
  const shell = resolveShell(env.PATH);
  const direct = directCommand(command, shell, env, options.cwd);
  if (direct) {
    const child2 = await spawnStarted(direct.file, direct.args, { argv0: direct.argv0, cwd: options.cwd, env: direct.env });
    if (child2) return supervise(child2, child2.pid, base, options, startedAt);
  }
  let child;
  try {
    child = spawn(shell, [...basename2(shell) === "bash" ? ["-o", "pipefail"] : [], "-c", command], {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
  } catch (err) {
    return { ...base, durationMs: performance2.now() - startedAt, spawnError: describeSpawnError(err, options.cwd) };
  }
  if (child.pid === void 0) {
    const err = await new Promise((resolve3) => child.once("error", resolve3));
    child.stdout?.destroy();
    child.stderr?.destroy();
    return { ...base, durationMs: performance2.now() - startedAt, spawnError: describeSpawnError(err, options.cwd) };
  }
  return supervise(child, child.pid, base, options, startedAt);
};
async function spawnStarted(file, args, options) {
  let child;
  try {
    child = spawn(file, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    return void 0;
  }
  if (child.pid !== void 0) return child;
  await new Promise((resolve3) => child.once("error", resolve3));
  child.stdout?.destroy();
  child.stderr?.destroy();
  return void 0;
}
function supervise(child, pgid, base, options, startedAt) {
  const tail = new TailBuffer(nonNegative(options.tailBytes, DEFAULT_TAIL_BYTES));
  const killGraceMs = nonNegative(options.killGraceMs, DEFAULT_KILL_GRACE_MS);
  const timeoutMs = nonNegative(options.timeoutMs, 0);
  const { onLine, signal: abortSignal } = options;
  runningGroups.add(pgid);
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
  return new Promise((resolve3) => {
    child.once("exit", (code, sig) => {
      exited = true;
      if (timer) clearTimeout(timer);
      abortSignal?.removeEventListener("abort", onAbort);
      void Promise.all([drain(readers), killing]).then(() => {
        runningGroups.delete(pgid);
        for (const reader of readers) reader.finish();
        resolve3({
          ...base,
          exitCode: code,
          signal: sig,
          timedOut,
          ...timedOut ? { timeoutMs } : {},
          cancelled,
          durationMs: performance2.now() - startedAt,
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
  return new Promise((resolve3) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const reader of open) reader.stream.off("close", check);
      for (const reader of open) if (!reader.closed) reader.stream.destroy();
      resolve3();
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
        accessSync2(candidate, constants2.X_OK);
        if (statSync2(candidate).isFile()) {
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
      if (!statSync2(cwd).isDirectory()) return `working directory is not a directory: ${cwd} (${message})`;
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
  const rawOut = options.out ?? ((line) => void process.stdout.write(`${line}
`));
  const rawErr = options.err ?? ((line) => void process.stderr.write(`${line}
`));
  const jobLog = options.jobLog ?? isJobLog(1);
  const out = jobLog ? (line) => writeInert(line, rawOut) : rawOut;
  const err = jobLog ? (line) => writeInert(line, rawErr) : rawErr;
  const verbose = options.verbose ?? process.env.SPEC_TO_PRODUCTION_DEBUG === "1";
  const where = (p, message = "") => {
    const place = p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ""}` : "";
    return place === "" || message.includes(`${place}:`) ? "" : `${place}: `;
  };
  const started = steadyNow();
  const elapsed = () => `[${((steadyNow() - started) / 1e3).toFixed(1).padStart(5)}s]`;
  return {
    workspace: options.workspace,
    sha: currentSha(options.workspace),
    info: (message) => out(`${elapsed()} ${message}`),
    warning: (message, p) => err(`${elapsed()} warning: ${where(p, message)}${message}`),
    error: (message, p) => err(`${elapsed()} error: ${where(p, message)}${message}`),
    debug: (message) => {
      if (verbose) err(`${elapsed()} debug: ${message}`);
    },
    group: async (name, fn) => {
      out(`${elapsed()} \u2500\u2500 ${name} ${"\u2500".repeat(Math.max(0, 50 - name.length))}`);
      return fn();
    },
    runCommand,
    now: steadyNow
  };
}
function currentSha(workspace) {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  if (!mayBeGit(workspace)) return null;
  const read = headCommitRead(workspace);
  if (read !== void 0) return read;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: workspace, env: process.env, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

// src/engine/pipeline.ts
import { randomBytes } from "node:crypto";
import { constants as constants3, existsSync, lstatSync, readFileSync as readFileSync2 } from "node:fs";
import { lstat as lstat2, readdir as readdir2, readFile, rm, writeFile } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join3, relative, resolve, sep } from "node:path";

// src/engine/memory.ts
import { basename as basename3, dirname } from "node:path";
var ContextMemory = class {
  constructor(ctx, component, leg) {
    this.ctx = ctx;
    this.component = component;
    this.leg = leg;
    void this.lib.then((m) => m.loadTokenizer()).catch(() => void 0);
  }
  ctx;
  component;
  leg;
  opened = null;
  lib = import("./context-6U7OWVW3.js");
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
        log: this.log,
        deferSave: true
      });
      this.opened = { session: opened.session, repository: opened.repository, journal: opened.journal, adopted: opened.adopted };
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
      const message = m.stageMessage(result);
      message.metadata = { ...message.metadata, run_id: basename3(dirname(this.ctx.reportsDir)), ...this.leg ? { leg: this.leg } : {} };
      this.opened.session = await m.addMessage(this.opened.session, message, this.ctx.host.now());
      await this.opened.journal?.append(this.opened.session.messages.at(-1));
    } catch (error) {
      this.ctx.host.warning(`context session not updated after ${result.stage_name}: ${error.message}`);
    }
  }
  async close(report) {
    if (!this.opened) return;
    try {
      const m = await this.lib;
      const insights = m.insightsMessage(report);
      if (insights) {
        insights.metadata = { ...insights.metadata, run_id: basename3(dirname(this.ctx.reportsDir)), ...this.leg ? { leg: this.leg } : {} };
        this.opened.session = await m.addMessage(this.opened.session, insights, this.ctx.host.now());
      }
      const closed = await m.closeSession(this.opened.repository, this.opened.session, {
        component: this.component,
        // The brief names the leg whose results it shows (the report is given its leg only after the close).
        report: this.leg ? { ...report, leg: this.leg } : report,
        store: this.ctx.host.sessionStore,
        log: this.log,
        journals: { own: this.opened.journal, adopted: this.opened.adopted }
      });
      if (closed.brief) this.ctx.host.info(`agent brief: ${closed.brief}`);
    } catch (error) {
      this.ctx.host.warning(`context session not archived: ${error.message}`);
    }
  }
};

// src/engine/redact.ts
var MIN_PIECE = 4;
var REDACTED = "***";
var Redactor = class {
  pieces = [];
  known = /* @__PURE__ */ new Set();
  /** Secrets registered so far (pieces: the value, each of its lines, its JSON-escaped form). */
  get size() {
    return this.pieces.length;
  }
  /** Registers secret values; returns the pieces that are new (to mask them in the job log too). */
  add(values) {
    const added = [];
    for (const value of values) {
      const candidates = [value, ...value.split(/\r\n|\r|\n/)].flatMap((v) => [v, JSON.stringify(v).slice(1, -1)]);
      for (const raw of candidates) {
        const piece = raw.trim();
        if (piece.length < MIN_PIECE || this.known.has(piece)) continue;
        this.known.add(piece);
        added.push(piece);
      }
    }
    if (added.length > 0) this.pieces = [...this.known].sort((a, b) => b.length - a.length);
    return added;
  }
  redact(text) {
    if (this.pieces.length === 0 || text === "") return text;
    let out = text;
    for (const piece of this.pieces) if (out.includes(piece)) out = out.split(piece).join(REDACTED);
    return out;
  }
  /** Redacts every string inside `value` in place (objects and arrays), and returns it. */
  redactDeep(value) {
    if (this.pieces.length === 0) return value;
    const seen = /* @__PURE__ */ new Set();
    const walk = (node) => {
      if (typeof node === "string") return this.redact(node);
      if (node === null || typeof node !== "object" || seen.has(node)) return node;
      seen.add(node);
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) node[i] = walk(node[i]);
      } else {
        const record = node;
        for (const key of Object.keys(record)) {
          const clean = this.redact(key);
          const v = walk(record[key]);
          if (clean !== key) delete record[key];
          record[clean] = v;
        }
      }
      return node;
    };
    return walk(value);
  }
};

// src/engine/state-dir.ts
import { lstat, readdir, readlink } from "node:fs/promises";
import { join as join2 } from "node:path";
var STATE_DIR = ".spec-to-production";
var NOT_WALKED = `${STATE_DIR}/deploy`;
var RUNS = `${STATE_DIR}/runs`;
var MAX_ENTRIES = 2e5;
var MAX_NAMED = 5;
async function stateDirectoryLinks(workspace, maxEntries = MAX_ENTRIES) {
  const found = [];
  const link = async (rel) => {
    let target = "?";
    try {
      target = await readlink(join2(workspace, rel));
    } catch {
    }
    found.push({ path: rel, target });
  };
  try {
    const top = await lstat(join2(workspace, STATE_DIR));
    if (top.isSymbolicLink()) {
      await link(STATE_DIR);
      return found;
    }
    if (!top.isDirectory()) return found;
  } catch (error) {
    if (error.code === "ENOENT") return found;
    throw error;
  }
  let seen = 0;
  const pending = [STATE_DIR];
  while (pending.length > 0 && found.length < MAX_NAMED && seen < maxEntries) {
    const dir = pending.pop();
    let entries2;
    try {
      entries2 = await readdir(join2(workspace, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries2) {
      if (++seen > maxEntries || found.length >= MAX_NAMED) break;
      const rel = `${dir}/${entry.name}`;
      if (entry.isSymbolicLink()) await link(rel);
      else if (entry.isDirectory() && rel !== NOT_WALKED && dir !== RUNS) pending.push(rel);
    }
  }
  return found;
}
function stateLinksMessage(links) {
  const named = links.map((l) => `${l.path} -> ${l.target}`).join(", ");
  return `${STATE_DIR}/ holds a symbolic link (${named}): the run writes its reports, sessions and metrics there by name, and a link would have them written wherever it points, outside the workspace. Nothing was run; remove the link (git rm, when the repository holds it) and let the run create ${STATE_DIR}/ itself.`;
}

// src/engine/pipeline.ts
var VERSION = "1.0.0";
var STAGES = {
  specification: async () => (await import("./specification-LBUFH22V.js")).specificationStage,
  testing: async () => (await import("./testing-CNBQVLW5.js")).testingStage,
  refactoring: async () => (await import("./refactoring-K4ZR4PFR.js")).refactoringStage,
  staging_deployment: async () => (await import("./deployment-6KQ7DIJS.js")).stagingDeploymentStage,
  production_deployment: async () => (await import("./deployment-6KQ7DIJS.js")).productionDeploymentStage
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
  const specPath = resolve(host.workspace, opts.specFile);
  if (await missingFile(specPath)) {
    const message = `the spec file ${opts.specFile} does not exist (looked for ${specPath})`;
    report.errors.push(message);
    host.error(message);
    skipRest(0, "the spec file does not exist");
    return finish(2, null);
  }
  let loaded;
  try {
    validateComponentName(opts.component);
    loaded = await loadConfig({ workspace: host.workspace, configPath: opts.configFile, component: opts.component, specFile: opts.specFile });
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    report.errors.push(error.message);
    host.error(error.message, configurationErrorPlace(host.workspace, error.message));
    skipRest(0, "the configuration is invalid");
    return finish(2, null);
  }
  const links = await stateDirectoryLinks(host.workspace);
  if (links.length > 0) {
    const message = stateLinksMessage(links);
    report.errors.push(message);
    host.error(message);
    skipRest(0, `${STATE_DIR}/ holds a symbolic link`);
    return finish(2, null);
  }
  const { config } = loaded;
  report.config_file = loaded.file;
  report.preset = config.preset;
  host.info(`configuration: ${loaded.file ?? "none (preset only)"}; preset ${config.preset} (${loaded.presetSource})`);
  for (const c of loaded.choices) host.info(`  ${c.topic}: ${c.chose} \u2014 ${c.because}`);
  const { preflight, preflightReason } = await import("./preflight-RVCKJEEY.js");
  const problems = await preflight(loaded, { workspace: host.workspace, stages: planned });
  if (problems.length > 0) {
    const message = `the configuration cannot run here:
${problems.join("\n")}`;
    report.errors.push(message);
    host.error(message);
    skipRest(0, preflightReason(problems));
    return finish(2, loaded);
  }
  if (!config.stages.testing.enabled && !config.stages.refactoring.enabled) {
    const message = `no quality gate would run: stages.testing and stages.refactoring are both disabled (enabled: false, in stages or in components.${opts.component}.stages), so nothing about the code would be checked and a success would mean nothing. Enable at least one of them.`;
    report.errors.push(message);
    host.error(message);
    for (const key of planned) {
      report.stages_skipped.push(key);
      report.skip_reasons[key] = config.stages[key].enabled ? "not run: no quality gate would run (testing and refactoring are disabled)" : `disabled in the configuration (stages.${key}.enabled: false): not run`;
    }
    return finish(1, loaded);
  }
  const runDir = join3(host.workspace, STATE_DIR, "runs", `${opts.component}-${stamp(startedAt)}-${randomBytes(3).toString("hex")}`);
  const reportsDir = join3(runDir, "reports");
  try {
    await makeDirectory(reportsDir);
    await ignoreRunsDirectory(join3(host.workspace, STATE_DIR, "runs", ".gitignore"));
  } catch (error) {
    if (!isDiskWriteError(error)) throw error;
    const message = `${writeFailure("the run directory", reportsDir, error)}: no stage can run without a place for its reports`;
    report.errors.push(message);
    host.error(message);
    skipRest(0, "the run directory could not be created");
    return finish(1, loaded);
  }
  report.reports_dir = reportsDir;
  let changed;
  if (opts.onlyChangedSince) {
    try {
      const { changedLines } = await import("./changed-lines-SHOAJS77.js");
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
  const redactor = new Redactor();
  const ctx = {
    // Once a scan has found secrets, nothing the engine logs carries them.
    host: redactingHost(host, redactor),
    redactor,
    config,
    component: opts.component,
    target: opts.target,
    specFile: resolve(host.workspace, opts.specFile),
    reportsDir,
    signal: signal2,
    // The loader has already substituted {component} in paths.
    templateVars: { ...base, path: config.paths.source, tests: config.paths.tests },
    results: report.stage_results,
    changed,
    ...opts.changeBase ? { changeBase: opts.changeBase } : {},
    testsLeftOut: loaded.choices.flatMap((c) => c.topic === "tests and coverage" && c.warning !== void 0 && c.given === void 0 ? [c.warning] : []),
    // The per-test history rides with the metrics: kept when they are.
    ...config.observability.metrics.enabled ? { testCases: { collector: null } } : {}
  };
  if (opts.target === "production" && config.stages.production_deployment.enabled) {
    const { criteriaReportsSnapshot } = await import("./criteria-reports-K6HYY5U7.js");
    ctx.criteriaReportsAtStart = await criteriaReportsSnapshot(ctx);
  }
  const memory = config.context_management.session.enabled ? new ContextMemory(ctx, opts.component, opts.leg) : null;
  const weakened = weakenedLimits(loaded, opts.target);
  if (opts.changeBase) weakened.push(...await configurationChangedBy(host, loaded, opts.changeBase, opts.specFile));
  let exitCode = 0;
  for (const [index, key] of planned.entries()) {
    if (!config.stages[key].enabled) {
      report.stages_skipped.push(key);
      report.skip_reasons[key] = `disabled in the configuration (stages.${key}.enabled: false): not run`;
      host.warning(`${key}: skipped, disabled in the configuration \u2014 nothing was checked or done for it`);
      continue;
    }
    const result = redactor.redactDeep(await host.group(`${key}`, () => runStage(ctx, key)));
    noteWeakened(result, weakened);
    report.stage_results[key] = result;
    logStage(host, result);
    if (memory) {
      if (key === "specification" && ctx.spec && !ctx.spec.rejected) report.context_session_id = await memory.open(ctx.spec);
      await memory.record(result);
    }
    if (result.success) {
      report.stages_completed.push(key);
      const fix = key === "refactoring" ? fixCommitOf(result) : void 0;
      if (fix === void 0 || !report.stage_results.testing) continue;
      const first = report.stage_results.testing;
      host.info(`testing: running again on the lint fix commit ${fix.commit.slice(0, 12)} (auto_fix: commit), which later stages use: the tests ran on ${fix.parent.slice(0, 12)}`);
      const again = redactor.redactDeep(await host.group("testing (again, on the fix commit)", () => runStage(ctx, "testing")));
      noteWeakened(again, weakened);
      again.outputs.tested_commit = fix.commit;
      again.outputs.first_run = { commit: fix.parent, status: first.status, success: first.success };
      report.stage_results.testing = again;
      result.outputs.auto_fix.tests_ran_on = fix.commit;
      logStage(host, again);
      if (memory) await memory.record(again);
      if (again.success) continue;
      report.stages_completed.splice(report.stages_completed.indexOf("testing"), 1);
      report.stages_failed.push("testing");
      exitCode = again.errors.some((e) => e.startsWith("configuration: ")) ? 2 : 1;
      skipRest(index + 1, again.status === "cancelled" ? "the run was cancelled" : "stage testing failed on the lint fix commit");
      break;
    }
    report.stages_failed.push(key);
    exitCode = result.errors.some((e) => e.startsWith("configuration: ")) ? 2 : 1;
    skipRest(index + 1, result.status === "cancelled" ? "the run was cancelled" : `stage ${key} failed`);
    break;
  }
  const outcome = finish(exitCode, loaded);
  if (redactor.size > 0) {
    redactor.redactDeep(report);
    await redactFiles(join3(runDir, "logs"), redactor, host);
  }
  const testCases = ctx.testCases ? { testCases: ctx.testCases } : {};
  if (opts.beforeClose) {
    try {
      await opts.beforeClose(report, loaded, ctx.testCases);
    } catch (error) {
      host.warning(`after the stages: ${error.message}`);
    }
  }
  const closing = memory ? memory.close(report) : Promise.resolve();
  if (opts.deferClose) return { ...outcome, ...testCases, closing };
  await closing;
  return { ...outcome, ...testCases };
}
function noteWeakened(result, weakened) {
  for (const [gate, warning] of weakened) {
    const [stageKey, gateName] = gate.split(".");
    if (stageKey !== result.stage_name) continue;
    for (const judged of gateName === "*" ? Object.values(result.quality_gates) : [result.quality_gates[gateName]]) judged?.warnings.push(warning);
  }
}
function fixCommitOf(result) {
  const fix = result.outputs.auto_fix;
  return typeof fix?.commit_sha === "string" && typeof fix.parent_sha === "string" ? { commit: fix.commit_sha, parent: fix.parent_sha } : void 0;
}
async function configurationChangedBy(host, loaded, base, specPath) {
  const { changedSharedParts, changedSpecPaths, configurationChanges, configurationNotCompared, filesChangedSince, referencedByConfiguration, TEST_GATES } = await import("./config-changes-KVCJC6J4.js");
  const got = await filesChangedSince(host.workspace, base);
  if ("unknown" in got) {
    host.warning(
      `this change was not compared with its base, so the configuration it changes, the tests it skips and the problems it silences are not looked for: ${got.unknown}` + (/fetch-depth/.test(got.unknown) ? "" : " (check out with fetch-depth: 0, or 2 for a pull request's merge commit)")
    );
    return configurationNotCompared(got.unknown);
  }
  const configFile = loaded.file ? relative(host.workspace, loaded.file).split(sep).join("/") : null;
  const specFile = relative(host.workspace, resolve(host.workspace, specPath)).split(sep).join("/");
  const { commandSources } = await import("./command-files-BCWI3GG4.js");
  const { stages, paths } = loaded.config;
  const run = commandSources(
    [
      [TEST_GATES, "stages.testing.command", stages.testing.enabled ? stages.testing.command : void 0],
      [["refactoring.linting"], "stages.refactoring.linting.command", stages.refactoring.linting.command],
      [["refactoring.linting"], "stages.refactoring.linting.fix_command", stages.refactoring.linting.fix_command],
      [["refactoring.type_checking"], "stages.refactoring.type_checking.command", stages.refactoring.type_checking.command],
      [["refactoring.security"], "stages.refactoring.security.command", stages.refactoring.security.command],
      // The deployments' commands: a script that prints a canned JUnit report for the integration tests, or a canned
      // 100% for the uptime monitor, changes what their gates judge as surely as the configuration file does. Staging's
      // govern production's criteria too (production follows staging's deploy and its integration tests).
      ...deploymentCommands(loaded.config)
    ],
    [paths.source, paths.tests]
  );
  const [shared, spec, named] = await Promise.all([
    changedSharedParts(host.workspace, got.from, got.files, run.parts),
    changedSpecPaths(host.workspace, got.from, got.files, specFile),
    // Files a tool's configuration names (a set-up file, a transformer, an extended tsconfig).
    referencedByConfiguration(host.workspace, got.files)
  ]);
  for (const [file, by] of named) {
    const at = run.files.get(file) ?? { gates: /* @__PURE__ */ new Set(), keys: /* @__PURE__ */ new Set() };
    for (const g of by.gates) at.gates.add(g);
    for (const k of by.keys) at.keys.add(k);
    run.files.set(file, at);
  }
  return configurationChanges(got.files, configFile, base, [...spec, ...shared], run.files);
}
function deploymentCommands(config) {
  const staging = config.stages.staging_deployment;
  const production = config.stages.production_deployment;
  const criteria = production.criteria;
  const stagingGates = ["staging_deployment.*", "production_deployment.production_deployment_criteria"];
  const productionGates = ["production_deployment.*"];
  return [
    ...staging.enabled ? [
      [stagingGates, "stages.staging_deployment.command", staging.command],
      [stagingGates, "stages.staging_deployment.rollback_command", staging.rollback_command],
      [stagingGates, "stages.staging_deployment.integration_tests.command", staging.integration_tests?.command]
    ] : [],
    ...production.enabled ? [
      [productionGates, "stages.production_deployment.command", production.command],
      [productionGates, "stages.production_deployment.rollback_command", production.rollback_command],
      [productionGates, "stages.production_deployment.e2e_tests.command", production.e2e_tests?.command],
      [productionGates, "stages.production_deployment.criteria.performance.command", criteria?.performance?.command],
      [productionGates, "stages.production_deployment.criteria.uptime.command", criteria?.uptime?.command]
    ] : []
  ];
}
function weakenedLimits(loaded, target) {
  const { config, layers } = loaded;
  const d = defaultConfig();
  const out = [];
  const check = (gate, path, value, base, looser) => {
    if (typeof value !== "number" || typeof base !== "number") return;
    if (looser === "lower" ? !(value < base) : !(value > base)) return;
    const by = originLineOf(layers, path);
    out.push([gate, `weakened by configuration: ${formatKeyPath(path)} is ${value}, ${looser === "lower" ? "below" : "above"} the default ${base} (set in ${by})`]);
  };
  const qg = config.quality_gates;
  const threshold = `${target}_threshold`;
  const passRateGates = ["testing.test_pass_rate", ...target !== "dev" ? ["staging_deployment.integration_test_pass_rate"] : [], ...target === "production" ? ["production_deployment.e2e_test_pass_rate"] : []];
  for (const gate of passRateGates) {
    check(gate, ["quality_gates", "test_pass_rate", "required"], qg.test_pass_rate.required, d.quality_gates.test_pass_rate.required, "lower");
  }
  check("testing.test_coverage", ["quality_gates", "test_coverage", threshold], qg.test_coverage[threshold], d.quality_gates.test_coverage[threshold], "lower");
  check("refactoring.linting", ["quality_gates", "linting", "max_issues"], qg.linting.max_issues, d.quality_gates.linting.max_issues, "higher");
  check("refactoring.type_checking", ["quality_gates", "type_checking", "max_errors"], qg.type_checking.max_errors, d.quality_gates.type_checking.max_errors, "higher");
  for (const limit of ["max_secrets", "max_critical", "max_high", "max_medium"]) {
    check("refactoring.security", ["quality_gates", "security", limit], qg.security[limit], d.quality_gates.security[limit], "higher");
  }
  if (target !== "dev") {
    for (const gate of ["staging_deployment.staging_deployment_criteria", "staging_deployment.integration_test_coverage"]) {
      check(gate, ["quality_gates", "test_coverage", "staging_threshold"], qg.test_coverage.staging_threshold, d.quality_gates.test_coverage.staging_threshold, "lower");
    }
  }
  if (target === "production") {
    const c = config.stages.production_deployment.criteria;
    const dc = d.stages.production_deployment.criteria;
    const at = ["stages", "production_deployment", "criteria"];
    const gate = "production_deployment.production_deployment_criteria";
    if (c && dc) {
      check(gate, [...at, "integration_coverage", "threshold"], c.integration_coverage.threshold, dc.integration_coverage.threshold, "lower");
      check(gate, [...at, "soak", "days"], c.soak.days, dc.soak.days, "lower");
      check(gate, [...at, "uptime", "threshold"], c.uptime.threshold, dc.uptime.threshold, "lower");
      check(gate, [...at, "uptime", "days"], c.uptime.days, dc.uptime.days, "lower");
    }
    const soakEnv = c?.soak?.environment;
    const stagingEnv = config.stages.staging_deployment.environment;
    if (typeof soakEnv === "string" && soakEnv.trim().toLowerCase() !== stagingEnv.trim().toLowerCase()) {
      const by = originLineOf(layers, [...at, "soak", "environment"]);
      out.push([gate, `weakened by configuration: ${formatKeyPath([...at, "soak", "environment"])} is '${soakEnv}', not the environment staging deploys to ('${stagingEnv}'): the soak is not staging's (set in ${by})`]);
    }
  }
  return out;
}
function redactingHost(host, redactor) {
  const r = (m) => redactor.redact(m);
  return Object.create(host, {
    info: { value: (m) => host.info(r(m)) },
    warning: { value: (m, p) => host.warning(r(m), p) },
    error: { value: (m, p) => host.error(r(m), p) },
    debug: { value: (m) => host.debug(r(m)) }
  });
}
async function redactFiles(dir, redactor, host) {
  let names;
  try {
    names = await readdir2(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join3(dir, name);
    try {
      const text = await readFile(path, "utf8");
      const clean = redactor.redact(text);
      if (clean !== text) await writeFile(path, clean);
    } catch (error) {
      await rm(path, { force: true });
      host.warning(`${path}: could not redact secrets (${error.message}); the log was removed`);
    }
  }
}
var trackedAfter = /* @__PURE__ */ new WeakMap();
var judgedTree = /* @__PURE__ */ new WeakMap();
async function runStage(ctx, key) {
  const carried = trackedAfter.get(ctx);
  trackedAfter.delete(ctx);
  forgetWorkTree(ctx);
  const stage = new StageRecorder(key, () => ctx.host.now());
  ctx.host.info(`\u25B6 ${key}`);
  if (ctx.signal.aborted) {
    stage.cancelled = true;
    stage.fail("cancelled before the stage started", "cancelled");
    return stage.finish();
  }
  const watched = key === "testing" || key === "refactoring";
  const deploying = key === "staging_deployment" || key === "production_deployment";
  const before = watched || deploying ? carried ?? await trackedState(ctx.host.workspace) : null;
  if (deploying && before && !judgedTree.has(ctx)) judgedTree.set(ctx, before);
  const judged = deploying ? judgedTree.get(ctx) : void 0;
  const inherited = judged && before && judged !== before ? changedBetween(judged, before) : [];
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
  const after = before ? (key === "testing" ? await trackedStateRead(ctx, before.top) : void 0) ?? await trackedState(ctx.host.workspace, before.top) : null;
  const changed = before && after ? changedBetween(before, after) : [];
  if (after) trackedAfter.set(ctx, after);
  if (inherited.length > 0 && stage.outputs.deployed === true) {
    const shown = inherited.slice(0, 5).join(", ") + (inherited.length > 5 ? `, \u2026 (${inherited.length} files)` : "");
    const warning = `the workspace ${key} deployed from is not the commit's tree (${shown}, changed by an earlier deployment stage's commands): what was deployed was not judged by the gates \u2014 review the change the deploy makes`;
    const criteria = stage.gates[`${key}_criteria`];
    if (criteria) criteria.warnings = [...criteria.warnings, warning];
    else stage.warnings.push(warning);
  }
  if (changed.length > 0 && deploying) {
    const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? `, \u2026 (${changed.length} files)` : "");
    const warning = `the ${key} commands changed tracked files of the workspace (${shown}): what was deployed from it was not judged by the gates, which judged the commit's tree \u2014 review the change the deploy makes`;
    const criteria = stage.gates[`${key}_criteria`];
    if (criteria) criteria.warnings = [...criteria.warnings, warning];
    else stage.warnings.push(warning);
  } else if (changed.length > 0) {
    const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? `, \u2026 (${changed.length} files)` : "");
    const how = key === "testing" ? "A test command must not rewrite sources or snapshots (jest -u / --updateSnapshot rewrites a failing snapshot into a passing one)" : "A check must not write to the sources: a fix (eslint --fix, ruff --fix) belongs in stages.refactoring.linting.fix_command, which never changes the judged tree behind the gates";
    stage.fail(`the ${key} commands changed tracked files of the workspace (${shown}): what was judged is not the commit's tree, and a later stage would deploy it. ${how}`, "configuration");
  }
  return stage.finish();
}
function logStage(host, result) {
  for (const gate of Object.values(result.quality_gates)) {
    host.info(`  ${gateLogLine(gateView(result.stage_name, gate))}`);
    for (const w of gate.warnings) host.warning(`${result.stage_name}.${gate.gate_name}: ${w}`);
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
async function ignoreRunsDirectory(path) {
  const want = "*\n";
  try {
    const found = lstatSync(path);
    if (found.isFile() && found.size === want.length && readFileSync2(path, "utf8") === want) return;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  await writeFile(path, want, { flag: constants3.O_WRONLY | constants3.O_CREAT | constants3.O_TRUNC | constants3.O_NOFOLLOW });
}
async function missingFile(path) {
  try {
    await lstat2(path);
    return false;
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" || code === "ENOTDIR";
  }
}
function configurationErrorPlace(workspace, message) {
  const at = /^(.+?):(\d+):(\d+): /m.exec(message);
  if (!at) return void 0;
  const [, file, line, column] = at;
  const inside = relative(workspace, resolve(workspace, file));
  if (inside === "" || inside.startsWith("..") || isAbsolute2(inside) || !existsSync(join3(workspace, inside))) return void 0;
  return { title: "spec-to-production: invalid configuration", file: inside.split(sep).join("/"), startLine: Number(line), startColumn: Number(column) };
}

// src/observability/history-guard.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync2 } from "node:fs";
import { lstat as lstat3, mkdir, readFile as readFile2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, join as join4 } from "node:path";
var MAX_ENTRIES2 = 1e4;
var MAX_KEPT_BYTES = 64 * 1024 * 1024;
async function entries(dir, component, keep) {
  const out = /* @__PURE__ */ new Map();
  const list = (path, recursive = false) => {
    try {
      return readdirSync2(path, { recursive, encoding: "utf8" });
    } catch {
      return [];
    }
  };
  const top = list(dir);
  const tests = join4("tests", component);
  const below = list(join4(dir, tests), true);
  const names = [...top.filter((n) => n !== "tests"), "tests", tests, ...below.map((n) => join4(tests, n))].slice(0, MAX_ENTRIES2);
  let kept = 0;
  for (const name of names) {
    const stat = lstatSync2(join4(dir, name), { throwIfNoEntry: false });
    if (!stat || stat.isDirectory() && !name.startsWith("tests")) continue;
    const entry = { id: `${stat.isSymbolicLink() ? "l" : stat.isDirectory() ? "d" : stat.isFile() ? "f" : "o"}:${stat.ino}:${stat.isDirectory() ? 0 : stat.size}:${stat.ctimeMs}`, directory: stat.isDirectory() };
    if (keep && stat.isFile() && kept + stat.size <= MAX_KEPT_BYTES) {
      const content = readRegularFileSync(join4(dir, name), MAX_KEPT_BYTES - kept, true);
      if (content) {
        entry.content = content;
        kept += content.length;
      }
    }
    out.set(name, entry);
  }
  return out;
}
async function historySnapshot(dir, component) {
  return { component, entries: await entries(dir, component, true) };
}
function othersLines(text, component) {
  return text.split("\n").filter((line) => {
    try {
      const rec = JSON.parse(line);
      return typeof rec?.component === "string" && rec.component !== component;
    } catch {
      return false;
    }
  }).map((line) => `${line}
`).join("");
}
async function restoreHistory(dir, before) {
  const { component } = before;
  const root = await lstat3(dir).catch(() => null);
  if (root && !root.isDirectory()) {
    await rm2(dir, { force: true });
    return [".", ...await restoreHistory(dir, before)];
  }
  const now = await entries(dir, component, false);
  const touched = [];
  const put = async (name, content) => {
    await rm2(join4(dir, name), { recursive: true, force: true });
    await mkdir(dirname2(join4(dir, name)), { recursive: true });
    await writeFile2(join4(dir, name), content);
  };
  for (const name of ["tests", join4("tests", component)]) {
    const is = now.get(name);
    if (is && !is.directory) {
      await rm2(join4(dir, name), { force: true });
      touched.push(name);
      for (const key of [...now.keys()]) if (key === name || key.startsWith(`${name}/`)) now.delete(key);
    }
  }
  const added = [...now.keys()].filter((name) => name !== "tests" && !before.entries.has(name)).sort((a, b) => b.length - a.length);
  for (const name of added) {
    const is = now.get(name);
    if (!name.startsWith("tests/") && is.id.startsWith("f:")) {
      const text = await readFile2(join4(dir, name), "utf8").catch(() => "");
      const others = othersLines(text, component);
      if (others === text) continue;
      if (others) await put(name, others);
      else await rm2(join4(dir, name), { force: true });
    } else await rm2(join4(dir, name), { recursive: true, force: true });
    if (!added.some((other) => other !== name && name.startsWith(`${other}/`))) touched.push(name);
  }
  for (const [name, was] of before.entries) {
    if (was.directory) continue;
    const is = now.get(name);
    if (is?.id === was.id) continue;
    const content = is && !is.directory ? await readFile2(join4(dir, name)).catch(() => null) : null;
    if (content && was.content && content.equals(was.content)) continue;
    if (!was.content) {
      await rm2(join4(dir, name), { recursive: true, force: true });
    } else {
      const appended = content && content.length > was.content.length && content.subarray(0, was.content.length).equals(was.content) && !name.startsWith("tests/");
      const others = appended ? othersLines(content.subarray(was.content.length).toString("utf8"), component) : "";
      await put(name, others ? Buffer.concat([was.content, Buffer.from(others)]) : was.content);
      if (appended && content.length === was.content.length + Buffer.byteLength(others)) continue;
    }
    touched.push(name);
  }
  return touched;
}

// src/api.ts
async function recordTestHistory(host, workspace, report, config, options, tests) {
  const { branch } = options;
  const { metrics } = config.observability;
  if (metrics.enabled && tests?.collector) {
    try {
      const { recordTests } = await import("./test-observe-2OL7MW7E.js");
      const recorded = await recordTests({
        workspace,
        workspaceDir: join5(workspace, ".spec-to-production"),
        report,
        collector: tests.collector,
        messages: tests.messages,
        ...tests.listed ? { listed: tests.listed } : {},
        retentionDays: metrics.retention_days,
        now: host.now(),
        identity: { ...options.testRun, sha: options.testRun?.sha ?? host.sha, ...branch ? { branch } : {} }
      });
      report.test_insights = recorded.insights;
      for (const warning of recorded.warnings) host.warning(warning);
    } catch (error) {
      host.warning(`test history not read or written: ${error.message}`);
    }
    tests.collector = null;
  }
}
async function observe(host, workspace, report, config, options) {
  const { dashboard, branch } = options;
  const { metrics, dashboard: board } = config.observability;
  if (!metrics.enabled && !board.enabled) return;
  try {
    const { writeObservability } = await import("./observability-SDIIOBXS.js");
    let path = board.enabled ? resolve2(workspace, dashboard ?? defaultDashboardName(report.component_name)) : null;
    const overwrite = path ? await overwriteProblem(path, { cwd: workspace, inputs: [options.specFile, options.configFile], what: "dashboard", option: "a dashboard path" }) : null;
    if (overwrite) {
      host.warning(`${overwrite}; the dashboard was not written`);
      path = null;
    }
    if (path) report.metrics_dashboard = path;
    const result = await writeObservability({
      workspaceDir: join5(workspace, ".spec-to-production"),
      report,
      retentionDays: metrics.retention_days,
      dashboardPath: path,
      now: host.now(),
      recordMetrics: metrics.enabled,
      branch
    });
    if (result.malformed) {
      const first = result.firstMalformed ? ` (the first: ${relative2(workspace, result.firstMalformed.file)} line ${result.firstMalformed.line})` : "";
      host.warning(`metrics history: ${result.malformed} malformed line(s) skipped${first}: not JSON metrics records, so not in the dashboard's trends or the history`);
    }
    for (const warning of result.warnings) host.warning(warning);
  } catch (error) {
    report.metrics_dashboard = null;
    host.warning(`metrics and dashboard not written: ${error.message}`);
  }
}
function refuseUnsupportedPlatform(platform) {
  if (platform !== "win32") return;
  throw new ConfigurationError(
    "spec-to-production does not run on Windows: it runs each command through bash in a POSIX process group, so that a timeout or a cancelled job stops the whole command, which Windows cannot do. Use a Linux runner (runs-on: ubuntu-latest)."
  );
}
async function runWorkflow(options) {
  if (!TARGETS.includes(options.targetStage)) {
    throw new ConfigurationError(`Invalid target '${String(options.targetStage)}'. Expected one of: ${TARGETS.join(", ")}.`);
  }
  validateComponentName(options.componentName);
  refuseUnsupportedPlatform(process.platform);
  const workspace = workspaceDirectory(options.workspace, options.workspaceOption ?? "the workspace");
  const host = options.host ?? createConsoleHost({ workspace });
  const reportPath = resolve2(workspace, options.output ?? defaultReportName(options.componentName));
  const overwrite = await overwriteProblem(reportPath, { cwd: workspace, inputs: [options.specFile, options.configFile], what: "report", option: options.outputOption ?? "--output" });
  if (overwrite) throw new ConfigurationError(overwrite);
  const metricsDir = join5(workspace, ".spec-to-production", "metrics");
  const historyBefore = await historySnapshot(metricsDir, options.componentName);
  const outcome = await runPipeline({
    host,
    specFile: options.specFile,
    component: options.componentName,
    target: options.targetStage,
    configFile: options.configFile,
    onlyChangedSince: options.onlyChangedSince,
    changeBase: options.changeBase,
    signal: options.signal,
    deferClose: true,
    ...options.leg ? { leg: options.leg } : {},
    // Before the session closes, so its message and the agent brief say which failures are new: the history is
    // restored (the action's cache), this run's tests classified against it, then appended.
    beforeClose: async (report2, loaded, testCases) => {
      if (!loaded) return;
      const written = await restoreHistory(metricsDir, historyBefore);
      if (written.length > 0) {
        const shown = written.slice(0, 5).map((name) => join5(".spec-to-production", "metrics", name === "." ? "" : name)).join(", ");
        host.warning(
          `${shown}${written.length > 5 ? `, \u2026 (${written.length} in all)` : ""}: written in the metrics history while this run's commands ran (the run writes its own only after its stages): put back as it was before them, not read as history \u2014 the base branch's runs the change is compared with are never records a command of the run wrote`
        );
      }
      await options.beforeObserve?.();
      await recordTestHistory(host, workspace, report2, loaded.config, options, testCases);
    }
  });
  const { report } = outcome;
  const closing = outcome.closing ?? Promise.resolve();
  if (outcome.loaded) {
    const held = [];
    const holding = Object.create(host, {
      info: { value: (m) => held.push(() => host.info(m)) },
      warning: { value: (m) => held.push(() => host.warning(m)) },
      error: { value: (m) => held.push(() => host.error(m)) }
    });
    const observed = observe(holding, workspace, report, outcome.loaded.config, options);
    await closing;
    await observed;
    for (const say of held) say();
  } else await closing;
  if (options.repositoryPath !== void 0) report.repository_path = options.repositoryPath;
  if (options.leg) report.leg = options.leg;
  const saved = await saveReport(host, reportPath, report);
  if (saved.error && outcome.exitCode === 0) outcome.exitCode = 1;
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
    const { exportTrace } = await import("./otel-VIUKXVXM.js");
    const traced = await exportTrace(report, { log: host });
    if (traced.exported) host.info(`trace exported: ${traced.spans} spans`);
  }
  return {
    success: report.success,
    stagesCompleted: report.stages_completed,
    stagesFailed: report.stages_failed,
    stagesSkipped: report.stages_skipped,
    metricsDashboard: report.metrics_dashboard,
    report,
    reportPath: saved.path ?? reportPath,
    reportError: saved.error,
    exitCode: outcome.exitCode
  };
}
async function saveReport(host, path, report) {
  try {
    await writeReport(path, report);
    return { path, error: null };
  } catch (error) {
    const message = error.message;
    report.errors.push(message);
    report.success = false;
    host.error(message);
    const fallback = join5(tmpdir(), `spec-to-production-${process.pid}-${Date.now()}`, basename4(path));
    try {
      await writeReport(fallback, report);
      host.warning(`the report was written to ${fallback} instead`);
      return { path: fallback, error: message };
    } catch (again) {
      host.error(`nor could it be written to ${fallback}: ${again.message}; the summary below is all that is left`);
      return { path: null, error: message };
    }
  }
}

export {
  killRunningCommands,
  runCommand,
  createConsoleHost,
  currentSha,
  VERSION,
  refuseUnsupportedPlatform,
  runWorkflow
};
