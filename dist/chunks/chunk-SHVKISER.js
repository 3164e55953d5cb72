import {
  MAX_TRACKED_TESTS,
  TestIds,
  outcomeName
} from "./chunk-X7YZXP6B.js";
import {
  inheritedEnvironment
} from "./chunk-6N4VMDZ6.js";
import {
  workingTreeContent
} from "./chunk-HYULKLIY.js";
import {
  indexListing
} from "./chunk-TE4YH7PC.js";
import {
  mayBeGit
} from "./chunk-DAQTANZ3.js";

// src/observability/test-run.ts
import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var RANK = [1, 3, 4, 0, 2];
var PASSED = 0;
var FAILED = 1;
var ERROR = 2;
var FLAKY = 4;
var CODE = { passed: 0, failed: 1, error: 2, skipped: 3 };
var Names = class {
  names = [];
  at = /* @__PURE__ */ new Map();
  last;
  lastAt = -1;
  of(name) {
    if (name === void 0) return -1;
    if (name === this.last) return this.lastAt;
    let at = this.at.get(name);
    if (at === void 0) {
      at = this.names.length;
      this.names.push(name);
      this.at.set(name, at);
    }
    this.last = name;
    this.lastAt = at;
    return at;
  }
};
var TestCaseCollector = class {
  ids;
  outcomes;
  durations;
  files;
  fileNumbers = new Names();
  fileNames = this.fileNumbers.names;
  /** Per test, its suite's position in `suiteNames` (-1 none): where a test without a file may live. */
  suites;
  suiteNumbers = new Names();
  suiteNames = this.suiteNumbers.names;
  index;
  numberedBy;
  untracked = 0;
  /**
   * @param reportBytes the size of the JUnit report, when known: the tables are sized for the test cases it can hold
   *   (a JUnit test case takes 64 bytes or more), up to the tracked maximum, so they do not grow case by case.
   */
  constructor(reportBytes = 0) {
    const n = Math.max(1024, Math.min(MAX_TRACKED_TESTS, Math.ceil(reportBytes / 64)));
    this.ids = new TestIds(n * 32, n);
    this.outcomes = new Uint8Array(n);
    this.durations = new Float64Array(n);
    this.files = new Int32Array(n);
    this.suites = new Int32Array(n);
  }
  onCase = (c) => {
    const outcome = c.flaky ? FLAKY : CODE[c.outcome];
    const ms = c.duration_ms ?? 0;
    const at = this.ids.size;
    const k = c.idBytes !== void 0 ? this.ids.add(c.idBytes, 0, c.idLength ?? 0, MAX_TRACKED_TESTS) : this.ids.addString(c.id, MAX_TRACKED_TESTS);
    if (k < 0) {
      this.untracked++;
      return;
    }
    if (k === at) {
      if (at === this.outcomes.length) this.grow();
      this.outcomes[at] = outcome;
      this.durations[at] = ms;
      this.files[at] = this.fileNumbers.of(c.file);
      this.suites[at] = this.suiteNumbers.of(c.suite);
      return;
    }
    this.durations[k] += ms;
    const seen = this.outcomes[k];
    if ((seen === FAILED || seen === ERROR) && outcome === PASSED) this.outcomes[k] = c.rerun ? FLAKY : seen;
    else if (seen === FLAKY && (outcome === FAILED || outcome === ERROR)) this.outcomes[k] = outcome;
    else if (RANK[outcome] > RANK[seen]) this.outcomes[k] = outcome;
  };
  grow() {
    const n = this.outcomes.length * 2;
    const grown = (a, b) => (b.set(a), b);
    this.outcomes = grown(this.outcomes, new Uint8Array(n));
    this.durations = grown(this.durations, new Float64Array(n));
    this.files = grown(this.files, new Int32Array(n));
    this.suites = grown(this.suites, new Int32Array(n));
  }
  /** Marks tests that failed in an earlier attempt of the command and passed in this one. */
  markFlaky(ids) {
    for (const id of ids) {
      const k = this.ids.findString(id);
      if (k >= 0 && this.outcomes[k] === PASSED) this.outcomes[k] = FLAKY;
    }
  }
  get size() {
    return this.ids.size;
  }
  /** The results as objects (for reading them in tests and tools; the history takes the columns). */
  results() {
    return this.ids.toArray().map((id, k) => ({ id, outcome: outcomeName(this.outcomes[k]), file: this.files[k] >= 0 ? this.fileNames[this.files[k]] : void 0, duration_ms: this.durations[k] }));
  }
  /** Gives test `k` a file (a name guessed for it). */
  setFile(k, file) {
    this.files[k] = this.fileNumbers.of(file);
  }
};
async function resolveTestFiles(workspace, tests, listed = workTreeEntries(workspace)) {
  const hashes = /* @__PURE__ */ new Map();
  const tracked = await gitBlobs(workspace, listed);
  const known = (path) => tracked ? tracked.has(path) : false;
  const guessed = /* @__PURE__ */ new Map();
  const guess = (id, suite) => {
    const cls = id.includes("::") ? id.slice(0, id.indexOf("::")) : "";
    const memo = guessed.get(cls + "\0" + (suite ?? ""));
    if (memo !== void 0) return memo ?? void 0;
    let found = null;
    for (const candidate of [suite, cls]) {
      if (candidate && known(candidate.replace(/^\.\//, ""))) {
        found = candidate.replace(/^\.\//, "");
        break;
      }
    }
    if (!found && cls && /^[A-Za-z_][\w.]*$/.test(cls)) {
      const parts = cls.split(".");
      for (let k = parts.length; k > 0 && !found; k--) {
        const path = `${parts.slice(0, k).join("/")}.py`;
        if (known(path)) found = path;
      }
    }
    guessed.set(cls + "\0" + (suite ?? ""), found);
    return found ?? void 0;
  };
  if (tracked) {
    for (let k = 0; k < tests.size; k++) {
      if (tests.files[k] >= 0) continue;
      const s = tests.suites[k];
      const file = guess(tests.ids.id(k), s >= 0 ? tests.suiteNames[s] : void 0);
      if (file) tests.setFile(k, file);
    }
  }
  const files = tests.fileNames;
  if (tracked) {
    for (const f of files) {
      const blob = tracked.get(f);
      if (blob) hashes.set(f, blob);
    }
    return { hashes };
  }
  let n = 0;
  for (const f of files) {
    if (++n > 5e3) return { hashes, warning: `more than 5000 test files outside git: the others have no content hash` };
    const path = join(workspace, f);
    const content = workingTreeContent(path);
    if (content) hashes.set(f, blobId(content));
  }
  return { hashes };
}
var RUN_OUTPUT = /^\.spec-to-production\/|(?:^|\/)(?:workflow_report_[^/]*\.json|workflow_dashboard_[^/]*\.html|spec-to-production-[^/]*\.sarif)$/;
var MAX_CHANGED_PATHS = 5e3;
async function workTreeChanges(workspace, listed = workTreeEntries(workspace)) {
  const all = await listed;
  if (all === null) return void 0;
  const entries = all.filter((e) => !RUN_OUTPUT.test(e.slice(2)));
  if (entries.length === 0) return void 0;
  if (entries.length > MAX_CHANGED_PATHS) return `unbounded:${randomUUID()}`;
  const hash = createHash("sha1");
  for (const entry of entries) {
    hash.update(`${entry}\0`);
    if (!entry.startsWith("C ")) continue;
    const content = workingTreeContent(join(workspace, entry.slice(2)));
    hash.update(content ? blobId(content) : "unreadable");
    hash.update("\0");
  }
  return hash.digest("hex");
}
async function workTreeEntries(workspace) {
  try {
    if (!mayBeGit(workspace)) return null;
    const opts = { cwd: workspace, env: inheritedEnvironment(process.env), maxBuffer: 512 * 1024 * 1024, encoding: "buffer", timeout: 6e4 };
    const { stdout } = await run("git", ["ls-files", "-t", "-m", "-d", "-o", "--exclude-standard", "-z"], opts);
    return [...new Set(stdout.toString("utf8").split("\0"))].filter((e) => e.length > 2).sort();
  } catch {
    return null;
  }
}
function blobId(content) {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
async function gitBlobs(workspace, listed) {
  if (!mayBeGit(workspace)) return null;
  try {
    const [listing, entries] = await Promise.all([indexListing(workspace), listed]);
    if (listing === null || listing === "too-many" || entries === null) return null;
    const map = /* @__PURE__ */ new Map();
    for (const entry of listing.entries) map.set(entry.path, entry.object);
    for (const entry of entries) {
      if (!entry.startsWith("C ")) continue;
      const path = entry.slice(2);
      const content = workingTreeContent(join(workspace, path));
      if (content) map.set(path, blobId(content));
      else map.delete(path);
    }
    return map;
  } catch {
    return null;
  }
}

export {
  TestCaseCollector,
  resolveTestFiles,
  workTreeChanges,
  workTreeEntries
};
