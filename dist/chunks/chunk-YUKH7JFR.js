import {
  getInput
} from "./chunk-PLYXDVHF.js";
import {
  jsonErrorOffset,
  lineColumn
} from "./chunk-ETVTLQDI.js";
import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";

// src/action/input-values.ts
var TRUE = ["true", "yes", "1", "on"];
var FALSE = ["false", "no", "0", "off"];
function booleanInput(name, fallback) {
  const raw = getInput(name).trim().toLowerCase();
  if (raw === "") return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected true or false.`);
}
function commentMode(raw) {
  const value = raw.trim().toLowerCase();
  if (value === "" || value === "auto") return "auto";
  if (TRUE.includes(value)) return "true";
  if (FALSE.includes(value)) return "false";
  if (value === "on-failure") return "on-failure";
  throw new ConfigurationError(`Invalid input comment: '${value}'. Expected true, false or on-failure.`);
}

// src/action/event-payload.ts
import { readFileSync } from "node:fs";
function payload() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return null;
  const fail = (why) => {
    throw new ConfigurationError(
      `cannot read the event payload ${path} (GITHUB_EVENT_PATH) of this ${process.env.GITHUB_EVENT_NAME || "workflow"} run: ${why}; the commit judged, the pull request and the base it is compared with are read from it`
    );
  };
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail(error.code === "ENOENT" ? "no such file" : error.message);
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    const at = jsonErrorOffset(body);
    fail(at >= body.length ? `${lineColumn(body, body.length)}: unexpected end of input (empty, or cut short)` : at >= 0 ? `${lineColumn(body, at)}: not valid JSON` : "not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail("not a JSON object");
  return value;
}
function changeBase() {
  const event = payload();
  const pr = event?.pull_request;
  if (typeof pr?.base?.sha === "string") return pr.base.sha;
  const group = event?.merge_group;
  return typeof group?.base_sha === "string" ? group.base_sha : null;
}
function pullRequestHead() {
  const pr = payload()?.pull_request;
  return typeof pr?.head?.sha === "string" ? pr.head.sha : null;
}
function changeHead() {
  const head = pullRequestHead();
  if (head) return head;
  const group = payload()?.merge_group;
  return typeof group?.head_sha === "string" ? group.head_sha : null;
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
  booleanInput,
  commentMode,
  changeBase,
  changeHead,
  workflowRun,
  defaultBranch
};
