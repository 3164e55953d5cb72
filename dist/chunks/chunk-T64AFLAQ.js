import {
  detachedHead
} from "./chunk-TE4YH7PC.js";

// src/github/event.ts
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function readEventContext(env = process.env, checkedOut) {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new Error(`Invalid GITHUB_REPOSITORY '${repository}'. Expected format {owner}/{repo}.`);
  }
  const sha = env.GITHUB_SHA ?? "";
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request ?? null;
  let headSha = sha;
  let pullRequest = null;
  let isFork = false;
  const aboutPullRequest = pr !== null && PULL_REQUEST_EVENTS.has(eventName);
  if (aboutPullRequest) {
    headSha = pr.head?.sha || sha;
    pullRequest = typeof pr.number === "number" ? pr.number : typeof payload.number === "number" ? payload.number : null;
    const headRepo = pr.head?.repo;
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    const fromElsewhere = headRepo === null || headRepo?.full_name !== void 0 && headRepo.full_name.toLowerCase() !== baseRepo.toLowerCase();
    isFork = fromElsewhere && eventName !== "pull_request_target";
  }
  let redirected = null;
  const short = (s) => s.slice(0, 12);
  if (checkedOut && headSha && checkedOut.sha !== headSha && !((aboutPullRequest || eventName === "merge_group") && checkedOut.contains.includes(headSha))) {
    if (aboutPullRequest) {
      const message = `the workspace is at ${short(checkedOut.sha)}, which is neither pull request ${pullRequest === null ? "" : `#${pullRequest}'s `}head ${short(headSha)} nor a commit that contains it${eventName === "pull_request_target" ? " (a pull_request_target run checks out the base branch unless actions/checkout is given the head as its ref)" : ""}: the results are posted on ${short(checkedOut.sha)}, the commit judged, and no pull-request comment or review suggestion is written, since the pull request's code was not what ran`;
      redirected = { message, fromPullRequest: true };
      pullRequest = null;
    } else if (eventName === "merge_group") {
      const message = `the workspace is at ${short(checkedOut.sha)}, not at the merge queue's commit ${short(headSha)} (GITHUB_SHA), and does not hold the queued change: the results are posted on ${short(checkedOut.sha)}, the commit judged, and say nothing of the change the queue would merge (check out the event's commit)`;
      redirected = { message, fromPullRequest: true };
    } else {
      const message = `the workspace is at ${short(checkedOut.sha)}, not at the event's commit ${short(headSha)} (GITHUB_SHA): the results are posted on ${short(checkedOut.sha)}, the commit judged`;
      redirected = { message, fromPullRequest: false };
    }
    headSha = checkedOut.sha;
  }
  if (!headSha) throw new Error("GITHUB_SHA is not set and the event names no commit: nothing to attach results to.");
  return { owner, repo, eventName, headSha, sha: sha || headSha, ref: env.GITHUB_REF ?? "", pullRequest, isFork, redirected };
}
var execFileAsync = promisify(execFile);
async function checkedOutCommit(workspace, candidates = []) {
  const git = async (args) => (await execFileAsync("git", args, { cwd: workspace, encoding: "utf8", timeout: 1e4 })).stdout;
  try {
    const sha = detachedHead(workspace) ?? (await git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])).trim();
    if (!/^[0-9a-f]{40,64}$/.test(sha)) return null;
    if (candidates.length === 0) return { sha, contains: [] };
    const object = await git(["cat-file", "commit", sha]);
    const end = object.indexOf("\n\n");
    const header = end === -1 ? object : object.slice(0, end);
    const contains = header.split("\n").flatMap((line) => line.startsWith("parent ") ? [line.slice("parent ".length).trim()] : []);
    for (const candidate of candidates) {
      if (candidate === sha || contains.includes(candidate) || !/^[0-9a-f]{40,64}$/.test(candidate)) continue;
      if (await git(["merge-base", "--is-ancestor", candidate, sha]).then(() => true, () => false)) contains.push(candidate);
    }
    return { sha, contains };
  } catch {
    return null;
  }
}
function readPayload(path) {
  if (!path) return {};
  try {
    const value = JSON.parse(readFileSync(path, "utf8"));
    return value && typeof value === "object" ? value : {};
  } catch (error) {
    throw new Error(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${error.message}`, { cause: error });
  }
}

export {
  readEventContext,
  checkedOutCommit
};
