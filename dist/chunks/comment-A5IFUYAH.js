import {
  lastRunOn,
  readHistory
} from "./chunk-GYCQ7M7A.js";
import {
  runIdOf
} from "./chunk-X7YZXP6B.js";
import {
  coverageDelta,
  renderComment,
  upsertComment
} from "./chunk-KTU5XAC3.js";
import "./chunk-G4FKJJNX.js";
import "./chunk-JYRDO3GB.js";
import "./chunk-A57JNBKH.js";
import "./chunk-DUVFWLAD.js";
import "./chunk-IA6DIEBA.js";
import "./chunk-NP6TI2MO.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-4CLWEP5D.js";
import {
  logInert
} from "./chunk-5ZYWHYXM.js";
import {
  debug,
  error,
  notice,
  warning
} from "./chunk-PLYXDVHF.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/action/comment.ts
import { join } from "node:path";
var log = { info: (m) => logInert(m), warning: (m) => warning(m), error: (m) => error(m), debug: (m) => debug(m) };
async function findBaseline(workspace, report, env = process.env) {
  const branch = env.GITHUB_BASE_REF || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
  if (!branch) return null;
  try {
    const history = await readHistory(join(workspace, ".spec-to-production"), { component: report.component_name });
    const run = lastRunOn(history, report.component_name, branch, runIdOf(report));
    if (!run) return null;
    return { branch, run_id: run.run_id, started_at: run.started_at, coverage: run.coverage, failed_gates: run.gates.filter((g) => g.status === "failure").map((g) => g.name) };
  } catch (error2) {
    warning(`metrics history not read for the comparison: ${error2.message}`);
    return null;
  }
}
function runUrl(env = process.env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}
async function commentOnPullRequest(inputs, session, report, baseline, published) {
  if (inputs.comment === "false") return null;
  if (inputs.comment === "on-failure" && report.success) return null;
  const pr = session.event?.pullRequest ?? null;
  if (pr === null || !session.event) {
    if (inputs.comment === "true" || inputs.comment === "on-failure") notice("comment: the event is not a pull request, so there is no pull request to comment on");
    return null;
  }
  if (!session.octokit) return null;
  if (session.event.isFork) {
    notice(
      `no pull-request comment: pull request #${pr} comes from a fork, whose GITHUB_TOKEN is read-only. Run the aggregate sub-action in workflow_run mode (report-from-run) to comment from a trusted run.`
    );
    return null;
  }
  const { headSha } = session.event;
  const body = renderComment(report, baseline, { checkRunUrl: published.checkRunUrl, artifact: published.artifact, runUrl: runUrl(), dashboard: published.artifact ? published.dashboard : null, commit: headSha, whole: published.whole });
  const result = await upsertComment(session.octokit, { owner: session.event.owner, repo: session.event.repo, pullRequest: pr, component: report.component_name, leg: report.leg ?? null, body, headSha, log, notice: (m) => notice(m) });
  return result.url;
}
export {
  commentOnPullRequest,
  coverageDelta,
  findBaseline
};
