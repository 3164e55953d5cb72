import {
  MAX_RUNS_PER_BRANCH,
  MAX_TRACKED_TESTS,
  indexTest,
  outcomeName,
  runTestsOf
} from "./chunk-X7YZXP6B.js";

// src/observability/test-insights.ts
var LIST_LIMIT = 50;
var SLOWEST = 10;
var LAST_SEEN = 5;
var MIN_FLIPS = 2;
var SLOWER = 1.25;
var FASTER = 0.8;
var TREND_MIN_MS = 20;
var PASS = 0;
var FAIL = 1;
var NONE = 255;
var CLASS = [PASS, FAIL, FAIL, NONE, 2];
function space(history, current) {
  const run = runTestsOf(current.results);
  const index = history.index;
  if (index && (run.numberedBy === index && run.index !== void 0 || history.tests.size + run.size <= MAX_TRACKED_TESTS)) {
    const numbers = run.numberedBy === index ? run.index : void 0;
    return build(history, current, run, index.tests, index.files, index.testFiles, numbers ?? ((k) => indexTest(index, run.ids, k, fileName(run, k))));
  }
  const ids = history.tests.clone();
  const files = history.files.slice();
  const testFiles = Array.from(history.testFiles);
  let byFile;
  const fileOf = (path) => {
    if (byFile === void 0) {
      byFile = /* @__PURE__ */ new Map();
      files.forEach((f2, i) => byFile.has(f2) || byFile.set(f2, i));
    }
    let f = byFile.get(path);
    if (f === void 0) {
      f = files.length;
      files.push(path);
      byFile.set(path, f);
    }
    return f;
  };
  return build(history, current, run, ids, files, testFiles, (k) => {
    const file = fileName(run, k);
    let i = ids.findIn(run.ids, k);
    if (i < 0) {
      i = ids.appendFrom(run.ids, k);
      testFiles.push(file ? fileOf(file) : -1);
    } else if (file && testFiles[i] < 0) testFiles[i] = fileOf(file);
    return i;
  });
}
var fileName = (run, k) => run.files[k] >= 0 ? run.fileNames[run.files[k]] : void 0;
function build(history, current, run, ids, files, testFiles, number) {
  const n = run.size;
  const tests = new Uint32Array(n);
  const outcomes = new Uint8Array(n);
  const durations = new Uint32Array(n);
  const fileHashes = /* @__PURE__ */ new Map();
  const hashes = current.fileHashes;
  const numbers = typeof number === "function" ? null : number;
  const numberOf = typeof number === "function" ? number : null;
  let hashed = new Uint8Array(files.length + run.fileNames.length + 1);
  let sorted = true;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = numbers !== null ? numbers[k] : numberOf(k);
    if (i < 0) continue;
    if (count > 0 && i <= tests[count - 1]) sorted = false;
    tests[count] = i;
    outcomes[count] = run.outcomes[k];
    durations[count] = Math.min(Math.max(0, Math.round(run.durations[k])), 2 ** 32 - 1);
    count++;
    const f = testFiles[i];
    if (f >= 0) {
      if (f >= hashed.length) {
        const more = new Uint8Array(Math.max(f + 1, hashed.length * 2));
        more.set(hashed);
        hashed = more;
      }
      if (hashed[f] === 0) {
        hashed[f] = 1;
        const h = hashes.get(files[f]);
        if (h) fileHashes.set(f, h);
      }
    }
  }
  let cur = { meta: current.meta, tests: tests.subarray(0, count), outcomes: outcomes.subarray(0, count), durations: durations.subarray(0, count), fileHashes };
  if (!sorted) {
    const order = Uint32Array.from({ length: count }, (_, k) => k).sort((a, b) => tests[a] - tests[b]);
    cur = { ...cur, tests: order.map((k) => tests[k]), outcomes: Uint8Array.from(order, (k) => outcomes[k]), durations: order.map((k) => durations[k]) };
  }
  const runs = history.runs.filter((r) => r.meta.key !== cur.meta.key);
  return { ids, files, testFiles, runs, current: cur };
}
function find(run, t) {
  let lo = 0;
  let hi = run.tests.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const v = run.tests[mid];
    if (v === t) return mid;
    if (v < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
var isFail = (code) => code === 1 || code === 2;
var ref = (meta) => ({ run_id: meta.run_id, ...meta.sha ? { sha: meta.sha } : {}, at: meta.at });
function classifyTests(history, current, opts) {
  const s = space(history, current);
  const n = s.ids.size;
  const warnings = [...opts.warnings ?? []];
  const LIMIT = opts.limit ?? LIST_LIMIT;
  const baseName = opts.baseBranch && opts.baseBranch !== current.meta.branch ? opts.baseBranch : current.meta.branch;
  const baseRuns = s.runs.filter((r) => r.meta.branch === baseName);
  const baseLatest = baseRuns.at(-1) ?? null;
  const cur = s.current;
  const fileOf = (t) => s.testFiles[t] >= 0 ? s.files[s.testFiles[t]] : void 0;
  const testRef = (t) => {
    const id = s.ids.id(t);
    const file = fileOf(t);
    const message = current.messages?.get(id);
    return { id, ...file ? { file } : {}, ...message ? { message } : {} };
  };
  const newFailures = [];
  const knownFailures = [];
  let newCount = 0;
  let knownCount = 0;
  if (!baseLatest) {
    warnings.push(
      baseName === current.meta.branch && baseName === opts.baseBranch ? `no earlier run of ${baseName} in the test history: every failure is counted as new` : `no run of ${baseName} in the test history: every failure is counted as new`
    );
  }
  for (let k = 0, m = cur.tests.length; k < m; k++) {
    const o = cur.outcomes[k];
    if (o !== 1 && o !== 2) continue;
    const t = cur.tests[k];
    const at = baseLatest ? find(baseLatest, t) : -1;
    if (baseLatest && at >= 0 && isFail(baseLatest.outcomes[at])) {
      knownCount++;
      if (knownFailures.length < LIMIT) {
        let since = baseLatest;
        for (let r = baseRuns.length - 2; r >= 0; r--) {
          const p = find(baseRuns[r], t);
          if (p < 0 || !isFail(baseRuns[r].outcomes[p])) break;
          since = baseRuns[r];
        }
        knownFailures.push({ ...testRef(t), failing_since: ref(since.meta) });
      }
    } else {
      newCount++;
      if (newFailures.length < LIMIT) newFailures.push(testRef(t));
    }
  }
  const all = [...s.runs, cur];
  const sameSha = new Uint8Array(n);
  const bySha = /* @__PURE__ */ new Map();
  for (const r of all) {
    if (!r.meta.sha) continue;
    const state = codeState(r.meta);
    const list = bySha.get(state);
    if (list) list.push(r);
    else bySha.set(state, [r]);
  }
  const shaFlips = new Uint16Array(n);
  const shaRuns = new Uint16Array(n);
  for (const r of all) {
    const tests = r.tests;
    const outcomes = r.outcomes;
    for (let k = 0, m = tests.length; k < m; k++) {
      if (outcomes[k] === 4) {
        const t = tests[k];
        sameSha[t] = 1;
        shaFlips[t]++;
        shaRuns[t]++;
      }
    }
  }
  for (const group of bySha.values()) {
    if (group.length < 2) continue;
    const last = new Uint8Array(n).fill(NONE);
    const runsIn = new Uint16Array(n);
    const flipsIn = new Uint16Array(n);
    for (const r of group) {
      const tests = r.tests;
      const outcomes = r.outcomes;
      for (let k = 0, m = tests.length; k < m; k++) {
        const t = tests[k];
        const c = CLASS[outcomes[k]];
        if (c === NONE || c === 2) continue;
        runsIn[t]++;
        if (last[t] !== NONE && last[t] !== c) flipsIn[t]++;
        last[t] = c;
      }
    }
    for (let t = 0; t < n; t++) {
      if (flipsIn[t] > 0) {
        sameSha[t] = 1;
        shaFlips[t] += flipsIn[t];
        shaRuns[t] += runsIn[t];
      }
    }
  }
  const seq = baseRuns.slice(-MAX_RUNS_PER_BRANCH);
  if (cur.meta.branch === baseName) seq.push(cur);
  const lastClass = new Uint8Array(n).fill(NONE);
  const lastRun = new Int32Array(n).fill(-1);
  const seqRuns = new Uint16Array(n);
  const seqFlips = new Uint16Array(n);
  for (let ri = 0; seq.length >= MIN_FLIPS && ri < seq.length; ri++) {
    const r = seq[ri];
    const tests = r.tests;
    const outcomes = r.outcomes;
    for (let k = 0, m = tests.length; k < m; k++) {
      const t = tests[k];
      const c = CLASS[outcomes[k]];
      if (c === NONE) continue;
      seqRuns[t]++;
      if (c === 2) {
        seqFlips[t]++;
        lastClass[t] = PASS;
        lastRun[t] = ri;
        continue;
      }
      if (lastClass[t] !== NONE && lastClass[t] !== c && unchanged(s, seq[lastRun[t]], r, t)) seqFlips[t]++;
      lastClass[t] = c;
      lastRun[t] = ri;
    }
  }
  const flakyAll = [];
  for (let t = 0; t < n; t++) if (sameSha[t] || seqFlips[t] >= MIN_FLIPS) flakyAll.push(t);
  const flakyStats = (t) => {
    const byBase = seqFlips[t] >= MIN_FLIPS;
    const runs = byBase ? seqRuns[t] : shaRuns[t];
    const flips = byBase ? seqFlips[t] : shaFlips[t];
    return { runs, flips, flip_rate: Math.min(1, Math.round(flips / Math.max(1, runs - 1) * 1e3) / 1e3) };
  };
  const lastSeen = (t) => {
    const out = [];
    for (let r = all.length - 1; r >= 0 && out.length < LAST_SEEN; r--) {
      const p = find(all[r], t);
      if (p >= 0) out.push({ ...ref(all[r].meta), outcome: outcomeName(all[r].outcomes[p]) });
    }
    return out;
  };
  const ranked = flakyAll.map((t) => ({ t, ...flakyStats(t) })).sort((a, b) => b.flip_rate - a.flip_rate || b.flips - a.flips || (s.ids.id(a.t) < s.ids.id(b.t) ? -1 : 1));
  const flaky = ranked.slice(0, LIMIT).map(({ t, runs, flips, flip_rate }) => {
    const file = fileOf(t);
    return { id: s.ids.id(t), ...file ? { file } : {}, flip_rate, runs, flips, same_sha: sameSha[t] === 1, last_seen: lastSeen(t) };
  });
  const top = opts.slowest ?? SLOWEST;
  const order = [];
  const curOutcomes = cur.outcomes;
  const curDurations = cur.durations;
  for (let k = 0, m = cur.tests.length; k < m; k++) {
    if (CLASS[curOutcomes[k]] === NONE) continue;
    const d = curDurations[k];
    if (order.length === top && d <= curDurations[order[top - 1]]) continue;
    let at = order.length;
    while (at > 0 && curDurations[order[at - 1]] < d) at--;
    order.splice(at, 0, k);
    if (order.length > top) order.pop();
  }
  const recent = s.runs.slice(-MAX_RUNS_PER_BRANCH);
  const slowest = order.map((k) => {
    const t = cur.tests[k];
    const d = cur.durations[k];
    const past = [];
    for (const r of recent) {
      const p = find(r, t);
      if (p >= 0 && CLASS[r.outcomes[p]] !== NONE) past.push(r.durations[p]);
    }
    const file = fileOf(t);
    const base = { id: s.ids.id(t), ...file ? { file } : {}, duration_ms: d };
    if (past.length === 0) return { ...base, trend: "new" };
    past.sort((a, b) => a - b);
    const mid = past.length >> 1;
    const median = past.length % 2 ? past[mid] : Math.round((past[mid - 1] + past[mid]) / 2);
    const trend = d > median * SLOWER && d - median > TREND_MIN_MS ? "slower" : d < median * FASTER && median - d > TREND_MIN_MS ? "faster" : "steady";
    return { ...base, median_ms: median, trend };
  });
  const untracked = current.untracked ?? current.meta.untracked ?? 0;
  return {
    history_runs: s.runs.length,
    base: baseLatest ? { branch: baseName, ...ref(baseLatest.meta) } : null,
    tracked_tests: cur.tests.length,
    new_failures: newFailures,
    new_failures_count: newCount,
    known_failures: knownFailures,
    known_failures_count: knownCount,
    flaky,
    flaky_count: flakyAll.length,
    slowest,
    ...untracked > 0 ? { truncated: `${untracked} test(s) of this run beyond the first ${cur.tests.length} were not tracked (bound: 100,000 tests per component)` } : {},
    ...warnings.length ? { warnings } : {}
  };
}
function codeState(meta) {
  return meta.changes ? `${meta.sha}\0${meta.changes}` : meta.sha;
}
function unchanged(s, a, b, t) {
  if (a.meta.sha && a.meta.sha === b.meta.sha && a.meta.changes === b.meta.changes) return true;
  const f = s.testFiles[t];
  if (f < 0) return false;
  const ha = a.fileHashes.get(f);
  return ha !== void 0 && ha === b.fileHashes.get(f);
}
function latestInsights(history, opts) {
  let at = -1;
  for (let r = history.runs.length - 1; r >= 0; r--) {
    if (opts.branch === void 0 || history.runs[r].meta.branch === opts.branch) {
      at = r;
      break;
    }
  }
  if (at < 0) return null;
  const run = history.runs[at];
  const results = Array.from(run.tests, (t, k) => {
    const f = history.testFiles[t];
    return { id: history.tests.id(t), ...f >= 0 ? { file: history.files[f] } : {}, outcome: outcomeName(run.outcomes[k]), duration_ms: run.durations[k] };
  });
  const fileHashes = /* @__PURE__ */ new Map();
  for (const [f, h] of run.fileHashes) fileHashes.set(history.files[f], h);
  const before = { ...history, runs: history.runs.slice(0, at) };
  return { run, insights: classifyTests(before, { meta: run.meta, results, fileHashes }, opts) };
}

export {
  classifyTests,
  latestInsights
};
