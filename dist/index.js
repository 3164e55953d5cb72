import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheKey,
  cacheKeyPrefix
} from "./chunks/chunk-IGM76MYG.js";
import {
  currentSha,
  runCommand,
  runWorkflow
} from "./chunks/chunk-3VBRBGDY.js";
import "./chunks/chunk-QYEBU6CG.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-BPW7JIC5.js";
import "./chunks/chunk-SMKNRI2L.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-LEJ6JWSO.js";
import {
  validateComponentName
} from "./chunks/chunk-FHEQNACH.js";
import {
  writeJobSummary
} from "./chunks/chunk-P6WKEPXA.js";
import {
  pullRequestBase
} from "./chunks/chunk-DHVECDQB.js";
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
} from "./chunks/chunk-ATSSY4MR.js";
import {
  ConfigurationError,
  TARGETS
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";

// src/action/main.ts
import { relative as relative2 } from "node:path";

// src/action/inputs.ts
import { isAbsolute, resolve } from "node:path";
function bool(name, fallback) {
  const raw = getInput(name).trim().toLowerCase();
  if (raw === "") return fallback;
  if (["true", "yes", "1", "on"].includes(raw)) return true;
  if (["false", "no", "0", "off"].includes(raw)) return false;
  throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected true or false.`);
}
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
    checkRun: bool("check-run", true),
    checkName: getInput("check-name") || void 0,
    annotationCap: int("annotation-cap", 0, 1e5) ?? 1e3,
    summary: bool("summary", true),
    uploadArtifacts: bool("upload-artifacts", true),
    artifactName: getInput("artifact-name") || void 0,
    retentionDays: int("artifact-retention-days", 1, 90),
    uploadSarif: bool("upload-sarif", false),
    onlyChanged: bool("only-changed", false),
    cache: bool("cache", true)
  };
}

// src/action/cache-store.ts
import { isAbsolute as isAbsolute2, join, relative } from "node:path";
var TIMEOUT_MS = 6e4;
function createMemoryStores(workspace, log) {
  const env = process.env;
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || "unknown";
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
  const restore = async (what, dir, component) => {
    if (!available) return unavailable();
    const k = keys(what, component);
    const { restoreFromCache } = await import("./chunks/cache-LQTRZWSY.js");
    const result = await restoreFromCache({ paths: [portable(dir)], primaryKey: k.key, restoreKeys: k.restoreKeys, timeoutMs: TIMEOUT_MS, log });
    if (result.hit) log.info(`${what} of ${component} restored from the cache (${result.matchedKey})`);
    return result.hit;
  };
  const save = async (what, dir, component) => {
    if (!available) return void unavailable();
    const { saveToCache } = await import("./chunks/cache-LQTRZWSY.js");
    const result = await saveToCache({ paths: [portable(dir)], key: keys(what, component).key, timeoutMs: TIMEOUT_MS, log });
    if (result.saved) log.info(`${what} of ${component} saved to the cache`);
  };
  const base = env.GITHUB_WORKSPACE || process.cwd();
  const portable = (dir) => {
    const rel = relative(base, dir);
    return rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : dir;
  };
  const contextDir = join(root, "context");
  const metricsDir = join(root, "metrics");
  return {
    sessions: {
      // Restored into the context directory itself: nothing of this run is written there before the restore.
      restore: async (component) => await restore("context", contextDir, component) ? contextDir : null,
      save: (component) => save("context", contextDir, component)
    },
    restoreMetrics: async (component) => void await restore("metrics", metricsDir, component),
    saveMetrics: (component) => save("metrics", metricsDir, component)
  };
}

// src/action/deferred-port.ts
function deferredPort(ready) {
  const noClient = { met: false, value: "unknown", reason: "the GitHub client could not be set up (see the warnings above)" };
  return {
    startDeployment: async (o) => (await ready)?.startDeployment(o) ?? null,
    soak: async (o) => (await ready)?.soak(o) ?? noClient,
    securityReview: async (o) => (await ready)?.securityReview(o) ?? noClient
  };
}

// src/action/host.ts
function createActionHost(workspace, github, sessionStore) {
  return {
    github,
    sessionStore,
    workspace,
    sha: currentSha(workspace),
    info: (message) => info(message),
    warning: (message, p) => warning(message, p ?? {}),
    error: (message, p) => error(message, p ?? {}),
    debug: (message) => debug(message),
    group: (name, fn) => group(name, fn),
    runCommand,
    now: () => Date.now()
  };
}

// src/action/main.ts
async function run() {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const inputs = getInputs();
    const githubReady = inputs.token ? import("./chunks/github-TRN7TVXD.js").then((m) => m.openGitHub(inputs)) : null;
    if (!inputs.token) notice("no github-token: check runs, GitHub Deployments and code scanning are off (results are still in the summary, outputs and artifact)");
    const memory = inputs.cache ? createMemoryStores(inputs.workspace, { info, warning }) : null;
    const baseSha = pullRequestBase();
    if (inputs.onlyChanged && !baseSha) notice("only-changed applies to pull requests: this event has no base commit, so every finding is judged");
    const result = await runWorkflow({
      specFile: inputs.spec,
      componentName: inputs.component,
      targetStage: inputs.target,
      configFile: inputs.config,
      workspace: inputs.workspace,
      output: inputs.reportPath,
      onlyChangedSince: inputs.onlyChanged && baseSha ? baseSha : void 0,
      signal: controller.signal,
      host: createActionHost(inputs.workspace, githubReady ? deferredPort(githubReady.then((g) => g.port)) : void 0, memory?.sessions),
      // The history comes back from the cache just before this run's metrics join it: the cache SDK stays off the
      // start-up path.
      beforeObserve: async () => memory?.restoreMetrics(inputs.component)
    });
    await memory?.saveMetrics(inputs.component);
    const { publishResults, noGitHub } = await import("./chunks/github-TRN7TVXD.js");
    const github = githubReady ? await githubReady : noGitHub();
    const { report } = result;
    const coverage = report.stage_results.testing?.quality_gates.test_coverage?.details.coverage;
    setOutput("success", String(report.success));
    setOutput("stages-completed", report.stages_completed.join(","));
    setOutput("stages-failed", report.stages_failed.join(","));
    setOutput("stages-skipped", report.stages_skipped.join(","));
    setOutput("report", relative2(inputs.workspace, result.reportPath) || result.reportPath);
    setOutput("coverage", typeof coverage === "number" ? String(coverage) : "");
    setOutput("dashboard", report.metrics_dashboard ? relative2(inputs.workspace, report.metrics_dashboard) : "");
    setOutput("context-session", report.context_session_id ?? "");
    const published = await publishResults(inputs, github, report, { reportPath: result.reportPath, dashboardPath: report.metrics_dashboard });
    setOutput("check-run-url", published.checkRunUrl ?? "");
    setOutput("artifact", published.artifact ?? "");
    if (inputs.summary) {
      try {
        await writeJobSummary(report, { checkRunUrl: published.checkRunUrl, artifact: published.artifact, commitSha: github.event?.headSha ?? process.env.GITHUB_SHA });
      } catch (error2) {
        warning(`could not write the job summary: ${error2.message}`);
      }
    }
    if (report.cancelled) setFailed("the run was cancelled; a partial report was written");
    else if (!report.success) {
      const failed = report.stages_failed.join(", ") || "configuration";
      setFailed(`spec-to-production failed at ${failed}: ${firstError(report) ?? "see the log"}`);
    }
  } catch (error2) {
    if (error2 instanceof ConfigurationError) setFailed(error2.message);
    else setFailed(`internal error: ${error2.stack ?? String(error2)}`);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
function firstError(report) {
  if (report.errors[0]) return report.errors[0];
  for (const key of report.stages_failed) {
    const stage = report.stage_results[key];
    const gate = stage && Object.values(stage.quality_gates).find((g) => !g.passed);
    if (gate?.errors[0]) return `${gate.gate_name}: ${gate.errors[0]}`;
    if (stage?.errors[0]) return stage.errors[0];
  }
  return void 0;
}

// src/index.ts
void run();
