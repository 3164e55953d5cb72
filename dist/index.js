import {
  branchKeyPart,
  cacheKey,
  cacheKeyPrefix
} from "./chunks/chunk-E6KVO3D7.js";
import {
  currentSha,
  runCommand,
  runWorkflow
} from "./chunks/chunk-XWHCXGOC.js";
import "./chunks/chunk-PWW3LDXW.js";
import {
  workspaceDirectory
} from "./chunks/chunk-TQDXKE7M.js";
import {
  steadyNow
} from "./chunks/chunk-JOUZQ3LF.js";
import "./chunks/chunk-VZCHTACS.js";
import "./chunks/chunk-QDEQBNGY.js";
import "./chunks/chunk-2R5D4IJT.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-LLSBVFXH.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-YJ4WECTM.js";
import "./chunks/chunk-JAHX4E5E.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-V5KI2VEC.js";
import "./chunks/chunk-HXZPDVJ2.js";
import {
  validateComponentName
} from "./chunks/chunk-4GTCQ74A.js";
import "./chunks/chunk-24GEDJX4.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import {
  openRegularFile
} from "./chunks/chunk-HYULKLIY.js";
import {
  repositoryPrefix
} from "./chunks/chunk-IJDR4CMQ.js";
import {
  legIdentity
} from "./chunks/chunk-JYRDO3GB.js";
import {
  repositoryPath,
  whereWhole
} from "./chunks/chunk-A57JNBKH.js";
import "./chunks/chunk-SKZ7FANQ.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-IA6DIEBA.js";
import {
  causeGate,
  clipText,
  count,
  exactPct,
  fmtDuration,
  inertMarkup,
  mark,
  reportView,
  testCountsLine
} from "./chunks/chunk-NP6TI2MO.js";
import "./chunks/chunk-IGIGMMYD.js";
import "./chunks/chunk-4CLWEP5D.js";
import {
  booleanInput,
  changeBase,
  changeHead,
  commentMode,
  defaultBranch
} from "./chunks/chunk-YUKH7JFR.js";
import {
  checkedOutCommit,
  readEventContext
} from "./chunks/chunk-T64AFLAQ.js";
import {
  logInert
} from "./chunks/chunk-5ZYWHYXM.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-PLYXDVHF.js";
import "./chunks/chunk-ETVTLQDI.js";
import "./chunks/chunk-6G4JLRTB.js";
import "./chunks/chunk-Q3SWUYYB.js";
import {
  ConfigurationError,
  TARGETS
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-TE4YH7PC.js";
import "./chunks/chunk-DAQTANZ3.js";
import "./chunks/chunk-HANBNIMK.js";

// src/action/main.ts
import { basename, relative as relative2 } from "node:path";

// src/action/inputs.ts
import { isAbsolute, resolve } from "node:path";
function int(name, min, max) {
  const raw = getInput(name).trim();
  if (raw === "") return void 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected a whole number from ${min} to ${max}.`);
  }
  return value;
}
function getInputs() {
  const spec = getInput("spec", { required: true });
  const component = validateComponentName(getInput("component", { required: true }));
  const target = getInput("target") || "dev";
  if (!TARGETS.includes(target)) {
    throw new ConfigurationError(`Invalid target '${target}'. Expected one of: ${TARGETS.join(", ")}.`);
  }
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  const dir = getInput("working-directory") || ".";
  const workspace = workspaceDirectory(isAbsolute(dir) ? dir : resolve(base, dir), "working-directory");
  const token = getInput("github-token");
  if (token) setSecret(token);
  const config = getInput("config") || void 0;
  const reportPath = getInput("report-path") || void 0;
  return {
    spec,
    component,
    target,
    config,
    workspace,
    reportPath,
    token,
    checkRun: booleanInput("check-run", true),
    checkName: getInput("check-name") || void 0,
    leg: legIdentity(getInput("leg"), [component, spec, config, dir, reportPath]),
    annotationCap: int("annotation-cap", 0, 1e5) ?? 1e3,
    summary: booleanInput("summary", true),
    uploadArtifacts: booleanInput("upload-artifacts", true),
    artifactName: getInput("artifact-name") || void 0,
    retentionDays: int("artifact-retention-days", 1, 90),
    uploadSarif: booleanInput("upload-sarif", false),
    onlyChanged: booleanInput("only-changed", false),
    cache: booleanInput("cache", true),
    publishTimeoutSeconds: int("publish-timeout-seconds", 1, 3600) ?? 180,
    comment: commentMode(getInput("comment"))
  };
}

// src/action/cache-store.ts
import { lstatSync, readdirSync, statSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join, relative } from "node:path";
var TIMEOUT_MS = 6e4;
function createMemoryStores(workspace, log, options = {}) {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const startedAt = Date.now();
  const env = process.env;
  const branch = branchKeyPart(env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || "unknown");
  const run2 = `${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  const root = join(workspace, ".spec-to-production");
  const leg = options.leg || null;
  const head = (what, component) => what === "metrics" && leg ? ["spec-to-production", what, "v1-leg", component, leg] : ["spec-to-production", what, "v1", component];
  const keys = (what, component) => ({
    // Entries are immutable: the legs of one run each save under a key of their own.
    key: cacheKey([...head(what, component), branch, run2, what === "metrics" ? null : leg]),
    restoreKeys: [cacheKeyPrefix([...head(what, component), branch]), cacheKeyPrefix(head(what, component))]
  });
  const available = Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
  let said = false;
  const unavailable = () => {
    if (!said) log.warning("the Actions cache service is not available to this job: context sessions and metrics history start fresh and are not kept");
    said = true;
    return false;
  };
  let stalled = null;
  const notRestored = /* @__PURE__ */ new Map();
  const skipped = (what) => {
    log.info(`${what}: skipped, ${stalled}`);
    return false;
  };
  const noted = (reason) => {
    if (reason?.includes("timed out")) stalled = `the Actions cache did not answer within ${timeoutMs / 1e3} s earlier in this run`;
  };
  const restore = async (what, dir, component, onBranch) => {
    if (!available) return unavailable();
    if (stalled) return skipped(`${what} restore`);
    const k = keys(what, component);
    const restoreKeys = onBranch ? [cacheKeyPrefix([...head(what, component), branchKeyPart(onBranch)])] : k.restoreKeys;
    const { restoreFromCache } = await import("./chunks/cache-W3YIOQXD.js");
    const primaryKey = onBranch ? cacheKey([...head(what, component), branchKeyPart(onBranch), "none"]) : k.key;
    const result = await restoreFromCache({ paths: [portable(dir)], primaryKey, restoreKeys, timeoutMs, log });
    noted(result.reason);
    if (result.failed && !onBranch) notRestored.set(what, result.reason ?? "the restore failed");
    if (result.hit) log.info(`${what} of ${component} restored from the cache (${result.matchedKey})`);
    return result.hit;
  };
  const save = async (what, dir, component) => {
    if (!available) return void unavailable();
    if (stalled) return void skipped(`${what} save`);
    const { saveToCache } = await import("./chunks/cache-W3YIOQXD.js");
    const result = await saveToCache({ paths: [portable(dir)], key: keys(what, component).key, timeoutMs, log });
    noted(result.reason);
    if (result.saved) log.info(`${what} of ${component} saved to the cache`);
  };
  const base = env.GITHUB_WORKSPACE || process.cwd();
  const portable = (dir) => {
    const rel = relative(base, dir);
    return rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : dir;
  };
  const contextDir = join(root, "context");
  const metricsDir = join(root, "metrics");
  const stateDir = join(root, "state");
  const stateKey = "state";
  let contextClosed = false;
  let stateRestore = null;
  return {
    sessions: {
      // Restored into the context directory itself: nothing of this run is written there before the restore.
      restore: async (component) => await restore("context", contextDir, component) ? contextDir : null,
      save: async () => {
        contextClosed = true;
      }
    },
    restoreMetrics: async (component) => {
      const base2 = env.GITHUB_BASE_REF;
      let aside = null;
      if (base2 && base2 !== branch && await restore("metrics", metricsDir, component, base2)) {
        await mkdir(root, { recursive: true });
        aside = await mkdtemp(join(root, "base-metrics-"));
        await rename(metricsDir, join(aside, "metrics"));
      }
      await restore("metrics", metricsDir, component);
      if (aside) {
        try {
          const { mergeMetrics } = await import("./chunks/metrics-NOLMESCD.js");
          const merged = await mergeMetrics(aside, root);
          log.info(`metrics of ${component} on ${base2}: ${merged.added} record(s) and ${merged.tests.added} test run(s) merged into this branch's history`);
        } finally {
          await rm(aside, { recursive: true, force: true });
        }
      }
    },
    restoreState(component) {
      stateRestore ??= restore(stateKey, stateDir, component).then(() => void 0);
      return stateRestore;
    },
    saves(component) {
      const list = [];
      const own = ownDirectory(root);
      const restored = (what, name) => {
        const why = notRestored.get(what);
        if (why !== void 0) log.warning(`${name}: not made, as the restore failed (${why}): this run's part alone would replace the history kept in the cache for the runs after it`);
        return why === void 0;
      };
      if (contextClosed && own && ownDirectory(contextDir) && restored("context", "the context cache save")) list.push({ name: "the context cache save", run: () => save("context", contextDir, component) });
      if (own && ownDirectory(metricsDir) && restored("metrics", "the metrics cache save")) list.push({ name: "the metrics cache save", run: () => save("metrics", metricsDir, component) });
      if (own && ownDirectory(stateDir) && writtenSince(stateDir, startedAt) && restored(stateKey, "the run-state cache save")) {
        list.push({ name: "the run-state cache save", run: () => save(stateKey, stateDir, component) });
      }
      return list;
    }
  };
}
function ownDirectory(path) {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
function writtenSince(dir, since) {
  try {
    return readdirSync(dir).some((f) => statSync(join(dir, f)).mtimeMs >= since - 1e3);
  } catch {
    return false;
  }
}

// src/action/deferred-port.ts
function deferredPort(ready) {
  const noClient = { met: false, value: "unknown", reason: "the GitHub client could not be set up (see the warnings above)" };
  return {
    startDeployment: async (o) => (await ready)?.startDeployment(o) ?? null,
    soak: async (o) => (await ready)?.soak(o) ?? noClient,
    securityReview: async (o) => (await ready)?.securityReview(o) ?? noClient,
    suggestFixes: async (o) => {
      const port = await ready;
      return port?.suggestFixes ? port.suggestFixes(o) : { posted: 0, skipped: 0, url: null, reason: "the GitHub client could not be set up" };
    }
  };
}

// src/action/host.ts
function runBranch(env = process.env) {
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  return env.GITHUB_REF?.startsWith("refs/heads/") ? env.GITHUB_REF.slice("refs/heads/".length) : null;
}
function createActionHost(workspace, sha, github, sessionStore, restoreState) {
  let prefix;
  const located = (p) => {
    if (!p?.file) return p ?? {};
    prefix ??= repositoryPrefix(workspace);
    return { ...p, file: prefix ? `${prefix}/${p.file}` : p.file };
  };
  return {
    github,
    sessionStore,
    restoreState,
    workspace,
    sha: sha ?? currentSha(workspace),
    branch: runBranch(),
    info: (message) => logInert(message),
    // warning, error, debug and group names are written as escaped command data by @actions/core.
    warning: (message, p) => warning(message, located(p)),
    error: (message, p) => error(message, located(p)),
    debug: (message) => debug(message),
    mask: (secret) => setSecret(secret),
    group: (name, fn) => group(name, fn),
    runCommand,
    now: steadyNow
  };
}

// src/action/budget.ts
var EXPIRED = /* @__PURE__ */ Symbol("expired");
var PublishBudget = class {
  constructor(ms, onError, now = steadyNow) {
    this.ms = ms;
    this.onError = onError;
    this.now = now;
    this.deadline = now() + ms;
  }
  ms;
  onError;
  now;
  deadline;
  abandoned = [];
  /** Milliseconds left (0 once expired). */
  get remainingMs() {
    return Math.max(0, this.deadline - this.now());
  }
  get expired() {
    return this.abandoned.length > 0 || this.now() >= this.deadline;
  }
  /** Runs `task` if time is left; undefined when it was abandoned or skipped (or failed: `onError` is told). */
  async run(name, task) {
    if (this.expired) {
      this.abandoned.push(name);
      return void 0;
    }
    let timer;
    const expiry = new Promise((resolve2) => {
      timer = setTimeout(() => resolve2(EXPIRED), Math.max(0, this.deadline - this.now()));
    });
    try {
      const result = await Promise.race([task(), expiry]);
      if (result === EXPIRED) {
        this.abandoned.push(name);
        return void 0;
      }
      return result;
    } catch (error2) {
      this.onError(`${name} failed: ${error2.message}`);
      return void 0;
    } finally {
      clearTimeout(timer);
    }
  }
  /** One warning naming everything abandoned, or null when everything ran. */
  warning() {
    if (this.abandoned.length === 0) return null;
    const list = this.abandoned.length === 1 ? this.abandoned[0] : `${this.abandoned.slice(0, -1).join(", ")} and ${this.abandoned.at(-1)}`;
    return `publishing ran out of its ${this.ms / 1e3} s budget (publish-timeout-seconds): abandoned ${list}. The verdict, the outputs and the job summary are complete; a service did not answer in time.`;
  }
};

// src/action/summary.ts
function escapeCell(text) {
  return inertMarkup(text).replace(/"/g, "&quot;");
}
function href(url) {
  return url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
var SUMMARY_FINDINGS = 50;
function wholeIn(links, what) {
  if (links.whole) return whereWhole(links.whole, what, escapeCell);
  return links.artifact ? `the JSON report in the artifact <code>${escapeCell(links.artifact)}</code>` : "the JSON report this run wrote";
}
function blobLink(file, line, sha, pathPrefix) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
  const inRepository = sha ? repositoryPath(file, { pathPrefix }) : null;
  if (!server || !repo || !sha || !inRepository) return null;
  const path = inRepository.split("/").map(encodeURIComponent).join("/");
  return `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ""}`;
}
var CELL_MAX = 500;
function cell(text, max = CELL_MAX) {
  return escapeCell(clipText(text, max));
}
function resultMark(g) {
  if (g.status === "passed") return g.caveats.length ? "\u26A0\uFE0F" : "\u2705";
  return g.status === "cancelled" ? "\u2298" : "\u274C";
}
var SUMMARY_LIMITS = [
  { insightItems: 25, errors: 50 },
  { insightItems: 10, errors: 10 },
  { insightItems: 3, errors: 3 },
  { insightItems: 0, errors: 0 }
];
var FINDINGS_ROOM = 768;
function renderJobSummary(report, links = {}, budget = SUMMARY_MAX_BYTES) {
  let parts = [];
  for (const limits of SUMMARY_LIMITS) {
    parts = summaryParts(report, links, limits);
    if (Buffer.byteLength(parts.join("\n")) + FINDINGS_ROOM <= budget) return withFindings(report, links, budget, parts);
  }
  const findings = Object.values(report.stage_results).reduce((n, st) => n + Object.values(st.quality_gates).reduce((m, g) => m + g.findings.length, 0), 0);
  return fitParts(parts, links, budget, findings);
}
function fitParts(parts, links, budget, findings) {
  const report = wholeIn(links, "report");
  const note = (n) => `<p>\u26A0\uFE0F This summary was cut to fit GitHub's limit of 1 MiB for a job summary: ${count(n)} more section(s)${findings ? ` and the ${count(findings)} finding(s)` : ""} not shown; ${report} has all of it.</p>`;
  const room = budget - Buffer.byteLength(note(parts.length));
  const kept = [];
  let used = 0;
  for (const [i, part] of parts.entries()) {
    const size = Buffer.byteLength(part) + 1;
    if (used + size > room && i >= 2) break;
    kept.push(part);
    used += size;
  }
  const html = `${kept.join("\n")}
${note(parts.length - kept.length)}`;
  if (Buffer.byteLength(html) <= budget) return html;
  return `${Buffer.from(html).subarray(0, budget - 200).toString("utf8").replace(/\uFFFD*$/, "")}
<p>(summary cut at ${budget} bytes)</p>`;
}
function summaryParts(report, links, limits) {
  const view = reportView(report);
  const verdict = view.verdict === "passed" ? view.qualified ? "\u26A0\uFE0F passed" : "\u2705 passed" : view.verdict === "cancelled" ? "\u2298 cancelled" : "\u274C failed";
  const parts = [`<h2>spec-to-production: ${escapeCell(view.component)} \u2192 ${escapeCell(view.target)}: ${verdict}</h2>`, `<p>${cell(view.headline)} \xB7 ${fmtDuration(view.duration_ms)}</p>`];
  const table = (head, rows) => `<table><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
  const facts = [];
  for (const t of view.tests) {
    const [suite, counts] = testCountsLine(t, escapeCell);
    facts.push(`<b>${suite}</b>: ${counts}`);
  }
  if (view.coverage) facts.push(`<b>Coverage</b>: ${cell(exactPct(view.coverage.percent))}${view.coverage.threshold !== null ? ` (threshold ${cell(exactPct(view.coverage.threshold))})` : ""}`);
  for (const d of view.deployments) {
    const where2 = d.url ? /^https?:\/\//i.test(d.url) ? `<a href="${href(d.url)}">${cell(d.url, 300)}</a>` : cell(d.url, 300) : escapeCell(d.state);
    facts.push(`<b>${escapeCell(d.environment ?? d.stage)}</b>: ${where2}${[d.rollback, ...d.notes].filter((x) => !!x).map((x) => ` \xB7 ${cell(x)}`).join("")}`);
  }
  if (facts.length) parts.push(`<ul>${facts.map((f) => `<li>${f}</li>`).join("")}</ul>`);
  if (view.insights) parts.push(insightsHtml(view.insights, limits.insightItems, wholeIn(links, "report")));
  parts.push(
    table(
      ["Stage", "Status", "Time", "Retries"],
      view.stages.map((st) => [escapeCell(st.key), `${mark(st.status)} ${st.status}${st.status === "skipped" && st.note ? `: ${cell(st.note)}` : ""}${st.caveats.map((c) => `<br>\u26A0\uFE0F ${cell(c)}`).join("")}`, st.duration_ms === null ? "\u2014" : fmtDuration(st.duration_ms), st.status === "skipped" ? "\u2014" : String(st.retries)])
    )
  );
  if (view.gates.length) {
    parts.push(
      "<h3>Quality gates</h3>\n" + table(
        ["Gate", "Result", "Value", "Details"],
        view.gates.map((g) => [
          escapeCell(g.key),
          resultMark(g),
          cell(g.value),
          [...g.caveats.map((c) => `\u26A0\uFE0F ${cell(c)}`), ...g.status !== "passed" && g.why && !g.value.endsWith(g.why) ? [cell(g.why)] : [], ...g.facts.length ? [cell(g.facts.join(" \xB7 "))] : []].join("<br>")
        ])
      )
    );
    for (const g of view.gates.filter((x) => x.criteria.length)) {
      parts.push(
        `<h4>${escapeCell(g.key)}</h4>
` + table(
          ["Criterion", "Met", "Value", "Needs", "From"],
          g.criteria.map((c) => [cell(c.name), c.met ? "\u2705" : "\u274C", cell(c.value), cell(c.threshold), `${cell(c.source, 200)}${c.reason ? `<br>${cell(c.reason)}` : ""}`])
        )
      );
    }
  }
  const where = [];
  if (links.checkRunUrl) where.push(`<a href="${href(links.checkRunUrl)}">check run</a>${links.annotations ? ` with ${count(links.annotations)} annotation(s)` : ""}`);
  if (links.commentUrl) where.push(`<a href="${href(links.commentUrl)}">pull-request comment</a>`);
  if (links.artifact) where.push(`artifact <code>${escapeCell(links.artifact)}</code>${links.artifactHolds?.length ? ` (${links.artifactHolds.join(", ")})` : ""}`);
  if (where.length) parts.push(`<p>Details: ${where.join(" \xB7 ")}</p>`);
  const errors = [...report.errors, ...Object.values(report.stage_results).flatMap((st) => st.errors.map((e) => `${st.stage_name}: ${e}`))];
  if (errors.length) {
    const shown = errors.slice(0, limits.errors);
    const more = errors.length - shown.length;
    parts.push(`<h3>Errors</h3>
<ul>${shown.map((e) => `<li>${escapeCell(clipText(e, 2e3))}</li>`).join("")}${more > 0 ? `<li>\u2026 ${count(more)} more in ${wholeIn(links, "report")}</li>` : ""}</ul>`);
  }
  return parts;
}
function withFindings(report, links, budget, parts) {
  const rank = { error: 0, warning: 1, notice: 2 };
  const findings = Object.values(report.stage_results).flatMap((st) => Object.values(st.quality_gates).flatMap((g) => g.findings)).map((f, i) => ({ f, i })).sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i).map(({ f }) => f);
  let used = Buffer.byteLength(parts.join("\n"));
  const rows = [];
  let cut = 0;
  for (const f of findings) {
    if (rows.length >= SUMMARY_FINDINGS) {
      cut = findings.length - rows.length;
      break;
    }
    const place = `${repositoryPath(f.file, { pathPrefix: links.pathPrefix }) ?? f.file}${f.line ? `:${f.line}` : ""}`;
    const link = blobLink(f.file, f.line, links.commitSha, links.pathPrefix);
    const row = `<tr><td>${f.severity}</td><td>${escapeCell(f.tool)}${f.rule ? ` <code>${escapeCell(f.rule.slice(0, 200))}</code>` : ""}</td><td>${link ? `<a href="${href(link)}">${escapeCell(place)}</a>` : escapeCell(place)}</td><td>${escapeCell(clipText(f.message, 1e3))}</td></tr>`;
    if (used + Buffer.byteLength(row) + FINDINGS_ROOM > budget) {
      cut = findings.length - rows.length;
      break;
    }
    rows.push(row);
    used += Buffer.byteLength(row);
  }
  if (rows.length) {
    parts.push(`<h3>Findings (${count(findings.length)})</h3>`, `<table><tr><th>Severity</th><th>Tool</th><th>Where</th><th>Message</th></tr>${rows.join("")}</table>`);
    if (cut) parts.push(`<p>${count(cut)} more finding(s) not shown here${elsewhere(links, findings.length)}.</p>`);
  }
  return parts.join("\n");
}
function insightsHtml(insights, perList, whole) {
  const out = ["<h3>Tests</h3>"];
  if (insights.basis) out.push(`<p>${cell(insights.basis)}</p>`);
  for (const e of insights.expired) out.push(`<p>\u274C expired quarantine entry: ${cell(e)}</p>`);
  for (const l of insights.lists) {
    const shown = l.items.slice(0, perList);
    const more = l.count - shown.length;
    out.push(
      `<p><b>${escapeCell(l.title)}</b> (${count(l.count)}${l.detail ? `; ${escapeCell(l.detail)}` : ""})</p>`,
      `<ul>${shown.map((i) => `<li><code>${cell(i.id, 300)}</code>${i.note ? ` \u2014 ${cell(i.note)}` : ""}</li>`).join("")}${more > 0 ? `<li>\u2026 ${count(more)} more in ${whole}</li>` : ""}</ul>`
    );
  }
  for (const n of insights.notes) out.push(`<p>\u26A0\uFE0F ${cell(n)}</p>`);
  return out.join("\n");
}
function elsewhere(links, total) {
  const places = [];
  if (links.whole) places.push(`all ${count(total)} are in ${wholeIn(links, "findings")}`);
  else if (links.artifact) {
    const files = links.artifactHolds?.includes("SARIF") ? "the SARIF file and the JSON report" : "the JSON report";
    places.push(`all ${count(total)} are in ${files} of the artifact <code>${escapeCell(links.artifact)}</code>`);
  }
  if (links.checkRunUrl && links.annotations) {
    places.push(`${links.annotations >= total ? "all of them" : `${count(links.annotations)} of them`} are annotations of the <a href="${href(links.checkRunUrl)}">check run</a>`);
  }
  return places.length ? `: ${places.join("; ")}` : ": all of them are in the JSON report this run wrote";
}
function commandsSummary(text, room) {
  const head = "\n<h3>Written to this step's job summary by the repository's commands</h3>\n<p>What follows was written by the commands the run ran (tests, checks, deploy scripts), not by spec-to-production: its verdict is above.</p>\n";
  const cutNote = `

(cut: the step's job summary holds ${Math.round(SUMMARY_MAX_BYTES / 1024)} KiB with the verdict)
`;
  const body = text.endsWith("\n") ? text : `${text}
`;
  if (Buffer.byteLength(head) + Buffer.byteLength(body) <= room) return head + body;
  const left = room - Buffer.byteLength(head) - Buffer.byteLength(cutNote);
  if (left < 256) {
    return `
<p>The repository's commands also wrote ${count(Buffer.byteLength(text))} bytes to this step's job summary: not shown, since the step's job summary holds ${Math.round(SUMMARY_MAX_BYTES / 1024)} KiB and the verdict above takes it.</p>
`;
  }
  return head + Buffer.from(body).subarray(0, left).toString("utf8").replace(/\uFFFD$/, "") + cutNote;
}
async function writeJobSummary(report, links = {}, overwrite = false, commands = "") {
  const ours = renderJobSummary(report, links);
  const theirs = commands.trim() === "" ? "" : commandsSummary(commands, SUMMARY_MAX_BYTES - Buffer.byteLength(ours));
  await summary.addRaw(ours + theirs, true).write({ overwrite });
}

// src/action/step-files.ts
import { mkdtemp as mkdtemp2, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
var VARIABLES = ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"];
var MAX_SUMMARY_BYTES = 256 * 1024;
var MAX_OUTPUT_BYTES = 1024 * 1024;
async function divertStepFiles(env = process.env) {
  const own = VARIABLES.filter((name) => env[name]);
  if (own.length === 0) return { restore: async () => ({ summary: "", outputs: [] }) };
  const dir = await mkdtemp2(join2(env.RUNNER_TEMP || tmpdir(), "spec-to-production-commands-"));
  try {
    for (const name of own) await writeFile(join2(dir, name.toLowerCase()), "");
  } catch (error2) {
    await rm2(dir, { recursive: true, force: true });
    throw error2;
  }
  const saved = /* @__PURE__ */ new Map();
  for (const name of own) {
    saved.set(name, env[name]);
    env[name] = join2(dir, name.toLowerCase());
  }
  let done = null;
  return {
    restore: () => done ??= (async () => {
      for (const [name, path] of saved) env[name] = path;
      try {
        return {
          summary: saved.has("GITHUB_STEP_SUMMARY") ? await readSummary(join2(dir, "github_step_summary")) : "",
          outputs: saved.has("GITHUB_OUTPUT") ? outputNames(await readText(join2(dir, "github_output"), MAX_OUTPUT_BYTES)) : []
        };
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
    })()
  };
}
async function readText(path, max) {
  let handle;
  try {
    handle = await openRegularFile(path);
  } catch {
    return "";
  }
  try {
    const buffer = Buffer.alloc(max);
    const { bytesRead } = await handle.read(buffer, 0, max, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
async function readSummary(path) {
  const text = await readText(path, MAX_SUMMARY_BYTES + 1);
  if (Buffer.byteLength(text) <= MAX_SUMMARY_BYTES) return text;
  const cut = Buffer.from(text).subarray(0, MAX_SUMMARY_BYTES).toString("utf8").replace(/\uFFFD$/, "");
  return `${cut}

(cut at ${MAX_SUMMARY_BYTES / 1024} KiB)
`;
}
function outputNames(text) {
  const names = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<\s][^=<]*)<<(.+)$/.exec(line);
    const plain = /^([^=<\s][^=]*)=/.exec(line);
    if (heredoc) {
      names.push(heredoc[1]);
      while (i + 1 < lines.length && lines[i + 1] !== heredoc[2]) i++;
      i++;
    } else if (plain) names.push(plain[1]);
  }
  return [...new Set(names)].map((n) => n.slice(0, 100));
}

// src/action/main.ts
async function run() {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let ran = false;
  try {
    const inputs = getInputs();
    const budgetMs = inputs.publishTimeoutSeconds * 1e3;
    const requestTimeoutMs = Math.min(3e4, budgetMs);
    const prHead = changeHead();
    const checkedOut = checkedOutCommit(inputs.workspace, prHead ? [prHead] : []);
    const githubReady = inputs.token ? import("./chunks/github-V5GWKIMH.js").then((m) => m.openGitHub(inputs, { requestTimeoutMs, checkedOut })) : null;
    if (!inputs.token) notice("no github-token: check runs, the pull-request comment, GitHub Deployments and code scanning are off (results are still in the summary, outputs and artifact)");
    const memory = inputs.cache ? createMemoryStores(inputs.workspace, { info: (m) => logInert(m), warning }, { timeoutMs: Math.min(6e4, budgetMs), leg: inputs.leg }) : null;
    const restoreState = memory ? () => memory.restoreState(inputs.component) : void 0;
    const pathPrefix = repositoryPrefix(inputs.workspace);
    const judged = await checkedOut;
    const { sha: commitSha, holdsPullRequest } = judgedCommit(judged);
    const baseSha = holdsPullRequest ? changeBase() : null;
    if (baseSha && judged) {
      const { bringBase } = await import("./chunks/git-base-AY5GVT56.js");
      const brought = await bringBase(inputs.workspace, baseSha, judged.sha, controller.signal);
      if (brought) info(brought.message);
    }
    if (inputs.onlyChanged && !baseSha) {
      notice(holdsPullRequest ? "only-changed applies to pull requests and merge queues: this event has no base commit, so every finding is judged" : "only-changed: the checkout does not hold the pull request's change, so every finding is judged");
    }
    const stepFiles = await divertStepFiles().catch((error2) => {
      warning(`the commands run with this step's own outputs file and job summary (no temporary directory for theirs: ${error2.message}); what they write there is not told apart from the action's`);
      return { restore: async () => ({ summary: "", outputs: [] }) };
    });
    let commandsWrote = { summary: "", outputs: [] };
    let result;
    try {
      result = await runWorkflow({
        specFile: inputs.spec,
        componentName: inputs.component,
        targetStage: inputs.target,
        configFile: inputs.config,
        workspace: inputs.workspace,
        output: inputs.reportPath,
        outputOption: "the report-path input",
        workspaceOption: "working-directory",
        onlyChangedSince: inputs.onlyChanged && baseSha ? baseSha : void 0,
        // On pull requests: gates whose configuration the pull request modifies say so (when the base is checked out).
        ...baseSha ? { changeBase: baseSha } : {},
        signal: controller.signal,
        host: createActionHost(inputs.workspace, judged?.sha ?? null, githubReady ? deferredPort(githubReady.then((g) => g.port)) : void 0, memory?.sessions, restoreState),
        // The history comes back from the cache just before this run's metrics join it: the cache SDK stays off the
        // start-up path.
        beforeObserve: async () => memory?.restoreMetrics(inputs.component),
        // The branch judged, kept with this run's metrics: a pull request compares with its base branch's last run.
        branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || void 0,
        repositoryPath: pathPrefix,
        leg: inputs.leg,
        // The per-test history: this run's identity, and the branch its failures are compared with (a pull request's
        // base, else the default branch; on the default branch itself, its previous run).
        testRun: {
          runId: process.env.GITHUB_RUN_ID || void 0,
          attempt: Number(process.env.GITHUB_RUN_ATTEMPT) || 1,
          sha: commitSha ?? null,
          baseBranch: process.env.GITHUB_BASE_REF || defaultBranch()
        }
      });
    } finally {
      commandsWrote = await stepFiles.restore();
    }
    const { report } = result;
    ran = true;
    const view = reportView(report);
    const coverage = view.coverage?.percent;
    if (commandsWrote.outputs.length > 0) {
      warning(`the repository's commands wrote to this step's outputs file ($GITHUB_OUTPUT): ${commandsWrote.outputs.slice(0, 10).join(", ")}${commandsWrote.outputs.length > 10 ? ", \u2026" : ""} \u2014 not taken as the action's outputs`);
    }
    setOutput("success", String(report.success));
    setOutput("stages-completed", report.stages_completed.join(","));
    setOutput("stages-failed", report.stages_failed.join(","));
    setOutput("stages-skipped", report.stages_skipped.join(","));
    setOutput("report", relative2(inputs.workspace, result.reportPath) || result.reportPath);
    setOutput("coverage", typeof coverage === "number" ? String(coverage) : "");
    setOutput("dashboard", report.metrics_dashboard ? relative2(inputs.workspace, report.metrics_dashboard) : "");
    setOutput("context-session", report.context_session_id ?? "");
    const tests = view.tests.find((t) => t.suite === "testing");
    setOutput("tests-total", tests ? String(tests.total) : "");
    setOutput("tests-failed", tests ? String(tests.failed + tests.errors) : "");
    const { commentOnPullRequest, coverageDelta, findBaseline } = await import("./chunks/comment-A5IFUYAH.js");
    const baseline = await findBaseline(inputs.workspace, report);
    const delta = coverageDelta(report, baseline);
    setOutput("coverage-delta", delta === null ? "" : String(delta));
    setOutput("comment-url", "");
    const early = githubReady ? await settledValue(githubReady) : void 0;
    const earlyCheckUrl = early?.check?.handle?.html_url ?? null;
    setOutput("check-run-url", earlyCheckUrl ?? "");
    setOutput("artifact", "");
    let summaryFailed = false;
    const summarize = async (links, overwrite) => {
      if (!inputs.summary || summaryFailed) return;
      try {
        await writeJobSummary(report, { ...links, commitSha, pathPrefix }, overwrite, commandsWrote.summary);
      } catch (error2) {
        summaryFailed = true;
        warning(`could not write the job summary: ${error2.message}`);
      }
    };
    const { artifactFor, wholePlace } = await import("./chunks/github-V5GWKIMH.js");
    const whole = wholePlace(inputs, { reportPath: result.reportPath, sarifPath: null }, artifactFor(inputs, report.component_name), inputs.uploadArtifacts ? "pending" : "off");
    await summarize({ checkRunUrl: earlyCheckUrl, whole }, false);
    if (report.cancelled) setFailed("the run was cancelled; a partial report was written");
    else if (!report.success) {
      const failed = report.stages_failed.join(", ") || "configuration";
      setFailed(`spec-to-production failed at ${failed}: ${firstError(report) ?? "see the log"}`);
    }
    const budget = new PublishBudget(budgetMs, (m) => warning(m));
    const { publishResults, noGitHub } = await import("./chunks/github-V5GWKIMH.js");
    const github = (githubReady ? await budget.run("the GitHub set-up (check run start)", () => githubReady) : void 0) ?? noGitHub();
    const published = await publishResults(inputs, github, report, { reportPath: result.reportPath, dashboardPath: report.metrics_dashboard, pathPrefix }, budget);
    const dashboardName = report.metrics_dashboard ? basename(report.metrics_dashboard) : null;
    const comment = () => commentOnPullRequest(inputs, github, report, baseline, { ...published, dashboard: dashboardName });
    const talks = Boolean(github.octokit && github.event?.pullRequest != null && !github.event.isFork);
    const commentUrl = (talks ? await budget.run("the pull-request comment", comment) : await comment()) ?? null;
    if (commentUrl) setOutput("comment-url", commentUrl);
    for (const save of memory?.saves(inputs.component) ?? []) await budget.run(save.name, save.run);
    const abandoned = budget.warning();
    if (abandoned) warning(abandoned);
    if (published.checkRunUrl !== earlyCheckUrl) setOutput("check-run-url", published.checkRunUrl ?? "");
    if (published.artifact) setOutput("artifact", published.artifact);
    if (published.checkRunUrl || published.artifact || commentUrl) {
      await summarize({ checkRunUrl: published.checkRunUrl, annotations: published.annotations, artifact: published.artifact, artifactHolds: published.artifactHolds, commentUrl, whole: published.whole }, true);
    }
  } catch (error2) {
    const message = error2 instanceof ConfigurationError ? error2.message : `internal error: ${error2.stack ?? String(error2)}`;
    setFailed(message);
    if (!ran) await sayNotRun(error2 instanceof ConfigurationError ? message : `internal error: ${error2.message}`);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
async function sayNotRun(message) {
  setOutput("success", "false");
  let wanted = true;
  try {
    wanted = booleanInput("summary", true);
  } catch {
  }
  if (!wanted) return;
  const component = getInput("component").trim();
  try {
    const title = `spec-to-production${component ? `: ${escapeCell(component.slice(0, 100))}` : ""}: \u274C did not run`;
    await summary.addRaw(`<h2>${title}</h2>
<p>${escapeCell(clipText(message, 4e3))}</p>
`, true).write();
  } catch (error2) {
    warning(`could not write the job summary: ${error2.message}`);
  }
}
async function settledValue(promise) {
  const pending = /* @__PURE__ */ Symbol("pending");
  const first = await Promise.race([promise.catch(() => void 0), new Promise((r) => setImmediate(() => r(pending)))]);
  return first === pending ? void 0 : first;
}
function judgedCommit(judged) {
  try {
    const event = readEventContext(process.env, judged);
    if (event.redirected) (event.redirected.fromPullRequest ? warning : notice)(event.redirected.message);
    return { sha: event.headSha, holdsPullRequest: !event.redirected?.fromPullRequest };
  } catch {
    return { sha: judged?.sha ?? process.env.GITHUB_SHA, holdsPullRequest: true };
  }
}
function firstError(report) {
  if (report.errors[0]) return report.errors[0];
  for (const key of report.stages_failed) {
    const stage = report.stage_results[key];
    const gate = causeGate(stage);
    if (gate?.errors[0]) return `${gate.gate_name}: ${gate.errors[0]}`;
    if (stage?.errors[0]) return stage.errors[0];
  }
  return void 0;
}

// src/index.ts
void run().finally(() => process.exit());
