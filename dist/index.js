import {
  branchKeyPart,
  cacheKey,
  cacheKeyPrefix
} from "./chunks/chunk-E6KVO3D7.js";
import {
  currentSha,
  runCommand,
  runWorkflow
} from "./chunks/chunk-O2PDDNV6.js";
import "./chunks/chunk-QJ23TXMC.js";
import "./chunks/chunk-S3CR7PYX.js";
import "./chunks/chunk-ANDOKIBV.js";
import "./chunks/chunk-XBKYPAZG.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-II6WLSSD.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-YGN7UKGT.js";
import "./chunks/chunk-CME52BVJ.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-J5FNZRHM.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-BNVAI32A.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import {
  repositoryPrefix
} from "./chunks/chunk-FTMVJO6L.js";
import {
  writeJobSummary
} from "./chunks/chunk-UMQ4XUJQ.js";
import {
  logInert
} from "./chunks/chunk-ZLMDMGZR.js";
import "./chunks/chunk-W5WOKZCS.js";
import "./chunks/chunk-Q3SWUYYB.js";
import {
  causeGate,
  reportView
} from "./chunks/chunk-FLJIU4LE.js";
import {
  booleanInput,
  changeBase,
  commentMode,
  defaultBranch,
  pullRequestHead
} from "./chunks/chunk-OK7YJVGC.js";
import {
  checkedOutCommit,
  readEventContext
} from "./chunks/chunk-MPNY5IRK.js";
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
  warning
} from "./chunks/chunk-PLYXDVHF.js";
import "./chunks/chunk-4BCAUY6V.js";
import "./chunks/chunk-XAMYV3A6.js";
import "./chunks/chunk-UNBEHMKL.js";
import {
  validateComponentName
} from "./chunks/chunk-4GTCQ74A.js";
import {
  ConfigurationError,
  TARGETS
} from "./chunks/chunk-3TGGJRN5.js";
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
  const workspace = isAbsolute(dir) ? dir : resolve(base, dir);
  const token = getInput("github-token");
  if (token) setSecret(token);
  return {
    spec,
    component,
    target,
    config: getInput("config") || void 0,
    workspace,
    reportPath: getInput("report-path") || void 0,
    token,
    checkRun: booleanInput("check-run", true),
    checkName: getInput("check-name") || void 0,
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
  const keys = (what, component) => ({
    key: cacheKey(["spec-to-production", what, "v1", component, branch, run2]),
    restoreKeys: [cacheKeyPrefix(["spec-to-production", what, "v1", component, branch]), cacheKeyPrefix(["spec-to-production", what, "v1", component])]
  });
  const available = Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
  let said = false;
  const unavailable = () => {
    if (!said) log.warning("the Actions cache service is not available to this job: context sessions and metrics history start fresh and are not kept");
    said = true;
    return false;
  };
  let stalled = null;
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
    const restoreKeys = onBranch ? [cacheKeyPrefix(["spec-to-production", what, "v1", component, branchKeyPart(onBranch)])] : k.restoreKeys;
    const { restoreFromCache } = await import("./chunks/cache-B6BMMAEF.js");
    const primaryKey = onBranch ? cacheKey(["spec-to-production", what, "v1", component, branchKeyPart(onBranch), "none"]) : k.key;
    const result = await restoreFromCache({ paths: [portable(dir)], primaryKey, restoreKeys, timeoutMs, log });
    noted(result.reason);
    if (result.hit) log.info(`${what} of ${component} restored from the cache (${result.matchedKey})`);
    return result.hit;
  };
  const save = async (what, dir, component) => {
    if (!available) return void unavailable();
    if (stalled) return void skipped(`${what} save`);
    const { saveToCache } = await import("./chunks/cache-B6BMMAEF.js");
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
          const { mergeMetrics } = await import("./chunks/metrics-BKZKFOLJ.js");
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
      if (contextClosed && own && ownDirectory(contextDir)) list.push({ name: "the context cache save", run: () => save("context", contextDir, component) });
      if (own && ownDirectory(metricsDir)) list.push({ name: "the metrics cache save", run: () => save("metrics", metricsDir, component) });
      if (own && ownDirectory(stateDir) && writtenSince(stateDir, startedAt)) list.push({ name: "the run-state cache save", run: () => save(stateKey, stateDir, component) });
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
  return {
    github,
    sessionStore,
    restoreState,
    workspace,
    sha: sha ?? currentSha(workspace),
    branch: runBranch(),
    info: (message) => logInert(message),
    // warning, error, debug and group names are written as escaped command data by @actions/core.
    warning: (message, p) => warning(message, p ?? {}),
    error: (message, p) => error(message, p ?? {}),
    debug: (message) => debug(message),
    mask: (secret) => setSecret(secret),
    group: (name, fn) => group(name, fn),
    runCommand,
    now: () => Date.now()
  };
}

// src/action/budget.ts
var EXPIRED = /* @__PURE__ */ Symbol("expired");
var PublishBudget = class {
  constructor(ms, onError, now = Date.now) {
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

// src/action/main.ts
async function run() {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const inputs = getInputs();
    const budgetMs = inputs.publishTimeoutSeconds * 1e3;
    const requestTimeoutMs = Math.min(3e4, budgetMs);
    const prHead = pullRequestHead();
    const checkedOut = checkedOutCommit(inputs.workspace, prHead ? [prHead] : []);
    const githubReady = inputs.token ? import("./chunks/github-LZXS6HS5.js").then((m) => m.openGitHub(inputs, { requestTimeoutMs, checkedOut })) : null;
    if (!inputs.token) notice("no github-token: check runs, the pull-request comment, GitHub Deployments and code scanning are off (results are still in the summary, outputs and artifact)");
    const memory = inputs.cache ? createMemoryStores(inputs.workspace, { info, warning }, { timeoutMs: Math.min(6e4, budgetMs) }) : null;
    const restoreState = memory ? () => memory.restoreState(inputs.component) : void 0;
    const pathPrefix = repositoryPrefix(inputs.workspace);
    const judged = await checkedOut;
    const { sha: commitSha, holdsPullRequest } = judgedCommit(judged);
    const baseSha = holdsPullRequest ? changeBase() : null;
    if (baseSha && judged) {
      const { bringBase } = await import("./chunks/git-base-DAVSVIYD.js");
      const brought = await bringBase(inputs.workspace, baseSha, judged.sha);
      if (brought) info(brought.message);
    }
    if (inputs.onlyChanged && !baseSha) {
      notice(holdsPullRequest ? "only-changed applies to pull requests and merge queues: this event has no base commit, so every finding is judged" : "only-changed: the checkout does not hold the pull request's change, so every finding is judged");
    }
    const result = await runWorkflow({
      specFile: inputs.spec,
      componentName: inputs.component,
      targetStage: inputs.target,
      configFile: inputs.config,
      workspace: inputs.workspace,
      output: inputs.reportPath,
      outputOption: "the report-path input",
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
      // The per-test history: this run's identity, and the branch its failures are compared with (a pull request's
      // base, else the default branch; on the default branch itself, its previous run).
      testRun: {
        runId: process.env.GITHUB_RUN_ID || void 0,
        attempt: Number(process.env.GITHUB_RUN_ATTEMPT) || 1,
        sha: commitSha ?? null,
        baseBranch: process.env.GITHUB_BASE_REF || defaultBranch()
      }
    });
    const { report } = result;
    const view = reportView(report);
    const coverage = view.coverage?.percent;
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
    const { commentOnPullRequest, coverageDelta, findBaseline } = await import("./chunks/comment-D6AEGFKU.js");
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
        await writeJobSummary(report, { ...links, commitSha, pathPrefix }, overwrite);
      } catch (error2) {
        summaryFailed = true;
        warning(`could not write the job summary: ${error2.message}`);
      }
    };
    await summarize({ checkRunUrl: earlyCheckUrl }, false);
    if (report.cancelled) setFailed("the run was cancelled; a partial report was written");
    else if (!report.success) {
      const failed = report.stages_failed.join(", ") || "configuration";
      setFailed(`spec-to-production failed at ${failed}: ${firstError(report) ?? "see the log"}`);
    }
    const budget = new PublishBudget(budgetMs, (m) => warning(m));
    const { publishResults, noGitHub } = await import("./chunks/github-LZXS6HS5.js");
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
      await summarize({ checkRunUrl: published.checkRunUrl, annotations: published.annotations, artifact: published.artifact, artifactHolds: published.artifactHolds, commentUrl }, true);
    }
  } catch (error2) {
    if (error2 instanceof ConfigurationError) setFailed(error2.message);
    else setFailed(`internal error: ${error2.stack ?? String(error2)}`);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
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
