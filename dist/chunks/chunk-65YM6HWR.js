
// src/github/event.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function readEventContext(env = process.env) {
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
  if (pr && PULL_REQUEST_EVENTS.has(eventName)) {
    headSha = pr.head?.sha || sha;
    pullRequest = typeof pr.number === "number" ? pr.number : typeof payload.number === "number" ? payload.number : null;
    const headRepo = pr.head?.repo;
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    isFork = headRepo === null || headRepo?.full_name !== void 0 && headRepo.full_name.toLowerCase() !== baseRepo.toLowerCase();
  }
  if (!headSha) throw new Error("GITHUB_SHA is not set and the event names no commit: nothing to attach results to.");
  return { owner, repo, eventName, headSha, sha: sha || headSha, ref: env.GITHUB_REF ?? "", pullRequest, isFork };
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
  readEventContext
};
