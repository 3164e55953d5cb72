
// src/action/event-payload.ts
import { readFileSync } from "node:fs";
function payload() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}
function pullRequestBase() {
  const pr = payload()?.pull_request;
  return typeof pr?.base?.sha === "string" ? pr.base.sha : null;
}
function workflowRun() {
  const run = payload()?.workflow_run;
  if (typeof run?.id !== "number" || typeof run.head_sha !== "string") return null;
  const number = run.pull_requests?.[0]?.number;
  const text = (v) => typeof v === "string" && v !== "" ? v : null;
  return {
    runId: run.id,
    headSha: run.head_sha,
    pullRequest: typeof number === "number" ? number : null,
    event: text(run.event),
    headBranch: text(run.head_branch),
    headOwner: text(run.head_repository?.owner?.login)
  };
}
function defaultBranch() {
  const repo = payload()?.repository;
  return typeof repo?.default_branch === "string" && repo.default_branch !== "" ? repo.default_branch : null;
}

export {
  pullRequestBase,
  workflowRun,
  defaultBranch
};
