import {
  aggregateJson,
  aggregateSummary,
  aggregateVerdict,
  collectReportFiles,
  expectedLegsFromMatrix,
  readLegReports,
  renderCombinedDashboard,
  shownReport,
  verdictSentence
} from "./chunks/chunk-CGSAA4EU.js";
import {
  renderComment,
  upsertComment
} from "./chunks/chunk-KTU5XAC3.js";
import {
  OUTPUT_MAX_BYTES,
  completeCheckRun,
  startCheckRun
} from "./chunks/chunk-G4FKJJNX.js";
import {
  createOctokit
} from "./chunks/chunk-TZEP4XW5.js";
import "./chunks/chunk-ZKW6OAFF.js";
import "./chunks/chunk-5M3EAJZP.js";
import "./chunks/chunk-ZKR3GZX6.js";
import "./chunks/chunk-S5VWDAK6.js";
import {
  reportedRepositoryPath
} from "./chunks/chunk-IJDR4CMQ.js";
import "./chunks/chunk-JYRDO3GB.js";
import {
  truncateUtf8
} from "./chunks/chunk-A57JNBKH.js";
import {
  sarifFileName
} from "./chunks/chunk-SKZ7FANQ.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-IA6DIEBA.js";
import "./chunks/chunk-NP6TI2MO.js";
import "./chunks/chunk-IGIGMMYD.js";
import "./chunks/chunk-4CLWEP5D.js";
import {
  booleanInput,
  commentMode,
  workflowRun
} from "./chunks/chunk-YUKH7JFR.js";
import {
  readEventContext
} from "./chunks/chunk-T64AFLAQ.js";
import {
  logInert
} from "./chunks/chunk-5ZYWHYXM.js";
import {
  debug,
  error,
  getInput,
  getMultilineInput,
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
import "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-MDKOTDWZ.js";
import "./chunks/chunk-TE4YH7PC.js";
import "./chunks/chunk-DAQTANZ3.js";
import "./chunks/chunk-HANBNIMK.js";

// src/action/aggregate.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { existsSync } from "node:fs";
import { dirname, join as join2, relative, resolve, sep } from "node:path";

// src/github/run-artifacts.ts
import { join } from "node:path";
async function downloadRunArtifacts(options) {
  const { prefix, dir, log: log2, fromRun } = options;
  const result = { downloaded: [], failed: [] };
  const findBy = fromRun && { token: fromRun.token, workflowRunId: fromRun.runId, repositoryOwner: fromRun.owner, repositoryName: fromRun.repo };
  let artifacts;
  try {
    const { DefaultArtifactClient } = await import("./chunks/artifact-7JKU4IKH.js");
    const client = new DefaultArtifactClient();
    artifacts = (await client.listArtifacts({ latest: true, ...findBy ? { findBy } : {} })).artifacts.filter((a) => a.name.startsWith(prefix));
    for (const artifact of artifacts) {
      try {
        await client.downloadArtifact(artifact.id, { path: join(dir, artifact.name), ...findBy ? { findBy } : {} });
        result.downloaded.push(artifact.name);
      } catch (error2) {
        result.failed.push({ name: artifact.name, error: error2.message });
        log2.warning(`artifact ${artifact.name} not downloaded: ${error2.message}`);
      }
    }
  } catch (error2) {
    const status = error2.status;
    result.error = `cannot list the artifacts of ${fromRun ? `run ${fromRun.runId}` : "this run"}: ${error2.message}${status === 403 ? " (grant 'actions: read')" : ""}`;
    log2.warning(result.error);
    return result;
  }
  log2.info(`${result.downloaded.length} report artifact(s) downloaded${artifacts.length === 0 ? ` (no artifact named ${prefix}\u2026)` : ""}`);
  return result;
}

// src/action/aggregate.ts
var log = { info: (m) => logInert(m), warning: (m) => warning(m), error: (m) => error(m), debug };
function expected() {
  const raw = getInput("expected").trim();
  if (!raw) return void 0;
  try {
    return expectedLegsFromMatrix(JSON.parse(raw));
  } catch {
    return raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  }
}
async function runAggregateAction() {
  try {
    const token = getInput("github-token");
    if (token) setSecret(token);
    const checkRun = booleanInput("check-run", true);
    const comment = commentMode(getInput("comment"));
    const commentMode2 = comment === "auto" ? "true" : comment;
    const fromRunInput = getInput("report-from-run").trim();
    const dir = join2(process.env.RUNNER_TEMP || tmpdir(), "spec-to-production-aggregate");
    await mkdir(dir, { recursive: true });
    let headSha = null;
    let fromRun;
    const { owner, repo, headSha: eventHead } = readEventContext();
    if (fromRunInput) {
      const runId = Number(fromRunInput);
      if (!Number.isInteger(runId) || runId <= 0) throw new Error(`Invalid input report-from-run: '${fromRunInput}'. Expected a workflow run id.`);
      if (!token) throw new Error("report-from-run needs github-token (with 'actions: read' and 'checks: write')");
      fromRun = { token, runId, owner, repo };
      const triggering = workflowRun();
      headSha = triggering?.runId === runId ? triggering.headSha : null;
      if (!headSha) warning(`the event is not the workflow_run of run ${runId}: its head commit is unknown, so no check runs are posted`);
    } else headSha = eventHead;
    const download = await downloadRunArtifacts({ prefix: getInput("artifact-prefix") || "spec-to-production-", dir, log, fromRun });
    const localReports = getMultilineInput("reports").map((p) => resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p));
    const files = await collectReportFiles([dir, ...localReports]);
    const promised = expected();
    if (promised === void 0) {
      warning(
        "no legs were expected (input expected: the plan's matrix, or the ship job's matrix as JSON): the verdict is of the legs that sent a report, and a leg that crashed or uploaded nothing is not known to be missing"
      );
    }
    const input = await readLegReports({ files, expected: promised });
    const verdict = aggregateVerdict(input);
    const summary2 = aggregateSummary(input);
    await summary.addRaw(summary2, true).write();
    const dashboardPath = resolve(process.env.GITHUB_WORKSPACE || process.cwd(), getInput("dashboard-path") || "workflow_dashboard_all.html");
    await writeFile(dashboardPath, renderCombinedDashboard(input, Date.now()));
    const jsonPath = join2(dir, "aggregate.json");
    await writeFile(jsonPath, JSON.stringify(aggregateJson(input), null, 2));
    let checkRunUrl = "";
    if (token && headSha && checkRun) {
      const octokit = createOctokit({ token, log });
      if (fromRun) {
        const pullRequest = commentMode2 !== "false" ? await triggeringPullRequest(octokit, owner, repo, workflowRun(), headSha) : null;
        for (const leg of input.legs) {
          const raw = JSON.parse(await readFile(leg.file, "utf8"), (key, value) => key === "__proto__" ? void 0 : value);
          const { report, left } = shownReport(raw, leg);
          if (left.length) {
            warning(
              `the report of ${leg.component} (${leg.file}) holds ${left.length} ${left.length === 1 ? "entry" : "entries"} its check run and comment cannot show, left out of them: ${left.slice(0, 5).join(", ")}${left.length > 5 ? `, and ${left.length - 5} more` : ""}`
            );
          }
          const start = await startCheckRun(octokit, { owner, repo, headSha, component: leg.component, target: leg.target, leg: report.leg ?? null, log });
          let pathPrefix = reportedRepositoryPath(raw.repository_path);
          if (pathPrefix === null) {
            warning(`the report of ${leg.component} gives an unusable repository_path (${JSON.stringify(String(raw.repository_path).slice(0, 80))}): its annotations are placed from the repository's root`);
            pathPrefix = "";
          }
          const whole = downloadedFrom(dir, leg.file, leg.component, fromRun.runId);
          const outcome = await completeCheckRun(octokit, start, report, { log, sink: { error, warning, notice }, pathPrefix, whole });
          if (pullRequest !== null && !(commentMode2 === "on-failure" && report.success)) {
            const body = renderComment(report, null, { checkRunUrl: outcome.url, commit: headSha, whole });
            await upsertComment(octokit, { owner, repo, pullRequest, component: leg.component, leg: report.leg ?? null, body, headSha, log, notice });
          }
        }
      }
      try {
        const text = verdictSentence(input);
        const res = await octokit.rest.checks.create({
          owner,
          repo,
          head_sha: headSha,
          name: getInput("check-name") || "spec-to-production / all components",
          status: "completed",
          conclusion: verdict.success ? "success" : "failure",
          // GitHub measures the summary in UTF-8 bytes: the legs' ✅ and ❌ make it larger than its characters.
          output: { title: text.slice(0, 255), summary: truncateUtf8(summary2, OUTPUT_MAX_BYTES, "\n\n\u2026 (cut; see the job summary)") }
        });
        checkRunUrl = res.data.html_url ?? "";
      } catch (error2) {
        const status = error2.status;
        warning(`overall check run not posted (${status ?? error2.message})${status === 403 ? ": grant 'checks: write'" : ""}`);
      }
    }
    setOutput("success", String(verdict.success));
    setOutput("failed-components", verdict.failed.join(","));
    setOutput("missing-components", verdict.missing.join(","));
    setOutput("dashboard", dashboardPath);
    setOutput("check-run-url", checkRunUrl);
    if (download.error) setFailed(download.error);
    else if (!verdict.success) setFailed(verdictSentence(input));
  } catch (error2) {
    setFailed(error2.message);
  }
}
async function triggeringPullRequest(octokit, owner, repo, run, headSha) {
  if (!run) return null;
  if (run.pullRequest !== null) return run.pullRequest;
  if (run.event !== "pull_request" && run.event !== "pull_request_target") return null;
  if (!run.headOwner || !run.headBranch) {
    notice(`no pull-request comment: the workflow_run payload names no head repository or branch for run ${run.runId}, so its pull request cannot be found`);
    return null;
  }
  try {
    const { data } = await octokit.rest.pulls.list({ owner, repo, state: "open", head: `${run.headOwner}:${run.headBranch}`, per_page: 100 });
    const pull = data.find((p) => p.head.sha === headSha);
    if (pull) return pull.number;
    notice(`no pull-request comment: no open pull request of ${owner}/${repo} has ${run.headOwner}:${run.headBranch} at ${headSha.slice(0, 12)} as its head`);
  } catch (error2) {
    const status = error2.status;
    warning(`no pull-request comment: the pull request of run ${run.runId} could not be looked up (${status ?? error2.message})${status === 403 ? ": grant 'pull-requests: read'" : ""}`);
  }
  return null;
}
function downloadedFrom(dir, file, component, runId) {
  const [artifact, ...inside] = relative(dir, file).split(sep);
  if (!artifact || artifact === ".." || inside.length === 0) return null;
  const sarif = join2(dirname(file), sarifFileName(component));
  return { report: inside.join("/"), sarif: existsSync(sarif) ? relative(join2(dir, artifact), sarif).split(sep).join("/") : null, artifact, upload: "uploaded", run: String(runId) };
}

// src/aggregate-action.ts
void runAggregateAction();
