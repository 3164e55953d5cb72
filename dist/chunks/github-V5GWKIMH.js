import {
  artifactName
} from "./chunk-E6KVO3D7.js";
import {
  overwriteProblem
} from "./chunk-PWW3LDXW.js";
import {
  checkRunName,
  completeCheckRun,
  startCheckRun
} from "./chunk-G4FKJJNX.js";
import {
  mostSevereFirst,
  reportFindings,
  repositoryPath
} from "./chunk-A57JNBKH.js";
import {
  sarifFileName,
  writeTextAtomically
} from "./chunk-SKZ7FANQ.js";
import "./chunk-DUVFWLAD.js";
import "./chunk-IA6DIEBA.js";
import "./chunk-NP6TI2MO.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-4CLWEP5D.js";
import {
  readEventContext
} from "./chunk-T64AFLAQ.js";
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
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";

// src/action/github.ts
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";

// src/github/deployments.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var MAX_PAGES = 5;
var MAX_EVENT_PAGES = 10;
function statusOf(error2) {
  return error2.status;
}
function deployedComponent(d) {
  let payload = d.payload;
  if (typeof payload === "string") {
    try {
      payload = JSON.parse(payload);
    } catch {
      payload = void 0;
    }
  }
  const named = typeof payload === "object" && payload !== null ? payload.component : void 0;
  if (typeof named === "string") return named;
  return /^spec-to-production (\S+)$/.exec(d.description ?? "")?.[1] ?? null;
}
function createGitHubPort(settings) {
  const { octokit, owner, repo, log: log2 } = settings;
  async function startDeployment(o) {
    let id;
    let url;
    try {
      const res = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: o.sha,
        environment: o.environment,
        description: o.description,
        auto_merge: false,
        required_contexts: [],
        production_environment: o.production,
        transient_environment: false,
        // Which component it deployed: components of one repository share commits and, often, environment names.
        ...o.component !== void 0 ? { payload: { component: o.component } } : {}
      });
      if (res.status !== 201 || !("id" in res.data)) {
        log2.warning(`GitHub did not create a deployment for ${o.environment} (${res.status}): the deploy runs without a GitHub Deployment record`);
        return null;
      }
      id = res.data.id;
      url = res.data.url;
    } catch (error2) {
      const status = statusOf(error2);
      log2.warning(
        status === 403 || status === 404 ? `cannot create a GitHub Deployment (${status}): grant 'deployments: write' to record deployments; the deploy still runs` : `cannot create a GitHub Deployment: ${error2.message}; the deploy still runs`
      );
      return null;
    }
    return {
      url,
      async status(state, extra = {}) {
        try {
          await octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state,
            description: extra.description?.slice(0, 140),
            ...extra.environmentUrl ? { environment_url: extra.environmentUrl } : {},
            ...settings.runUrl ? { log_url: settings.runUrl } : {},
            // A new successful deployment marks the environment's earlier ones inactive.
            auto_inactive: state === "success"
          });
        } catch (error2) {
          log2.warning(`cannot set the GitHub Deployment status to ${state}: ${error2.message}`);
        }
      }
    };
  }
  async function soak(o) {
    try {
      const { data: listed } = await octokit.rest.repos.listDeployments({ owner, repo, environment: o.environment, sha: o.sha, per_page: 100 });
      const others = o.component === void 0 ? [] : listed.filter((d) => deployedComponent(d) !== null && deployedComponent(d) !== o.component);
      const forCommit = listed.filter((d) => !others.includes(d));
      let firstSuccess = null;
      for (const d of forCommit) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d.id, per_page: 100 });
        for (const s of statuses) {
          const at = Date.parse(s.created_at);
          if (s.state === "success" && (firstSuccess === null || at < firstSuccess)) firstSuccess = at;
        }
      }
      if (firstSuccess === null) {
        const otherNames = [...new Set(others.map(deployedComponent))].slice(0, 5).join(", ");
        return {
          met: false,
          value: "never",
          reason: `${o.sha.slice(0, 7)} has no successful deployment${o.component !== void 0 ? ` of ${o.component}` : ""} to ${o.environment}${others.length ? ` (its ${others.length} deployment(s) there are of other components: ${otherNames})` : ""}`
        };
      }
      const ageDays = (o.now - firstSuccess) / DAY_MS;
      const value = `${ageDays.toFixed(1)} days`;
      if (ageDays < o.days) {
        return { met: false, value, reason: `deployed to ${o.environment} ${value} ago, less than ${o.days}` };
      }
      let readAll = false;
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data: recent } = await octokit.rest.repos.listDeployments({ owner, repo, environment: o.environment, per_page: 100, page });
        for (const d of recent) {
          if (Date.parse(d.updated_at) < firstSuccess) continue;
          const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d.id, per_page: 100 });
          const failure = statuses.find((s) => (s.state === "failure" || s.state === "error") && Date.parse(s.created_at) >= firstSuccess);
          if (failure) {
            return { met: false, value, reason: `${o.environment} had a ${failure.state} status on ${failure.created_at} (deployment ${d.id}) since this commit was deployed` };
          }
        }
        if (recent.length < 100 || recent.every((d) => Date.parse(d.created_at) < firstSuccess)) {
          readAll = true;
          break;
        }
      }
      if (!readAll) {
        return {
          met: false,
          value,
          reason: `${o.environment} has more than ${MAX_PAGES * 100} deployments since this commit was deployed there; only the latest ${MAX_PAGES * 100} were checked for a failure, so "no failure since" cannot be verified`
        };
      }
      return { met: true, value, reason: `deployed to ${o.environment} ${value} ago with no failure since` };
    } catch (error2) {
      const status = statusOf(error2);
      return { met: false, value: "unknown", reason: `cannot read deployments (${status ?? error2.message})${status === 403 || status === 404 ? ": grant 'deployments: read'" : ""}` };
    }
  }
  async function labelAdders(number) {
    const added = /* @__PURE__ */ new Map();
    try {
      let pages = 0;
      for await (const { data } of octokit.paginate.iterator(octokit.rest.issues.listEvents, { owner, repo, issue_number: number, per_page: 100 })) {
        if (pages++ === MAX_EVENT_PAGES) return `more than ${MAX_EVENT_PAGES * 100} events on #${number}`;
        for (const e of data) if (e.event === "labeled" && "label" in e && e.label?.name && e.actor?.login) added.set(e.label.name, e.actor.login);
      }
      return added;
    } catch (error2) {
      const status = statusOf(error2);
      return `${status ?? error2.message}${status === 403 || status === 404 ? ": grant 'issues: read'" : ""}`;
    }
  }
  async function securityReview(o) {
    try {
      const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: o.sha });
      const pr = pulls.find((p) => p.merged_at) ?? pulls[0];
      if (!pr) return { met: false, value: "no pull request", reason: `no pull request brought ${o.sha.slice(0, 7)}: nothing was reviewed` };
      const head = pr.head?.sha ?? null;
      const merge = pr.merge_commit_sha ?? null;
      if (head !== null && o.sha !== head && o.sha !== merge) {
        return {
          met: false,
          value: `an earlier commit of #${pr.number}`,
          reason: `${o.sha.slice(0, 7)} is neither the last commit of pull request #${pr.number} (${head.slice(0, 7)}) nor its merge${merge ? ` (${merge.slice(0, 7)})` : ""}: an approval or label of the pull request does not cover this earlier state of its code`
        };
      }
      const labelled = pr.labels.map((l) => l.name).filter((name) => o.labels.includes(name));
      let labelNote = "";
      if (labelled.length) {
        const author = pr.user?.login ?? null;
        const added = await labelAdders(pr.number);
        if (typeof added === "string") {
          labelNote = `; who added the label ${labelled.join(", ")} cannot be read (${added}), so it is no review`;
        } else {
          const byOther = labelled.find((name) => added.has(name) && (author === null || added.get(name).toLowerCase() !== author.toLowerCase()));
          if (byOther) {
            const by = added.get(byOther);
            return { met: true, value: `label ${byOther} on #${pr.number}, added by ${by}`, reason: `${by} added the label ${byOther} to pull request #${pr.number}` };
          }
          const why = labelled.map((name) => added.has(name) ? `${name} was added by the pull request's author ${added.get(name)}` : `${name}: no record of who added it`);
          labelNote = `; the label ${why.join(", ")}: a review is someone else's`;
        }
      }
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pr.number, per_page: 100 });
      const latest = /* @__PURE__ */ new Map();
      for (const r of reviews) if (r.user && r.state !== "COMMENTED") latest.set(r.user.login, { state: r.state, commit: r.commit_id ?? null });
      const approved = [...latest].filter(([, r]) => r.state === "APPROVED");
      const approvers = approved.filter(([, r]) => head !== null && r.commit === head).map(([login]) => login);
      const stale = approved.filter(([, r]) => head === null || r.commit !== head).map(([login]) => login);
      const byUser = approvers.find((login) => o.users.some((u) => u.toLowerCase() === login.toLowerCase()));
      if (byUser) return { met: true, value: `approved by ${byUser} on #${pr.number}`, reason: `${byUser} approved pull request #${pr.number}` };
      for (const team of o.teams) {
        const [org, slug] = team.split("/");
        if (!org || !slug) continue;
        for (const login of approvers) {
          try {
            const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
            if (data.state === "active") return { met: true, value: `approved by ${login} (${team}) on #${pr.number}`, reason: `${login} of ${team} approved pull request #${pr.number}` };
          } catch (error2) {
            if (statusOf(error2) !== 404) throw error2;
          }
        }
      }
      const staleNote = stale.length ? ` (${stale.join(", ")} approved an earlier commit than its last${head ? `, ${head.slice(0, 7)}` : ""}: that approval does not cover the commits pushed after it)` : "";
      return {
        met: false,
        value: approvers.length ? `approved by ${approvers.join(", ")}` : stale.length ? `approved an earlier commit: ${stale.join(", ")}` : labelled.length ? `label ${labelled[0]}, not a review` : "no approval",
        reason: `pull request #${pr.number} has no approval of its last commit from ${[...o.users, ...o.teams].join(", ") || "the configured reviewers"} and ${labelled.length ? "no label added by another than its author" : `none of the labels ${o.labels.join(", ") || "(none configured)"}`}${staleNote}${labelNote}`
      };
    } catch (error2) {
      const status = statusOf(error2);
      return { met: false, value: "unknown", reason: `cannot read the pull request's reviews (${status ?? error2.message})${status === 403 ? ": grant 'pull-requests: read' (and 'members: read' for teams)" : ""}` };
    }
  }
  return { startDeployment, soak, securityReview };
}

// src/github/suggestions.ts
var MAX_COMMENTS = 50;
function parseFixDiff(diff) {
  const hunks = [];
  let unanchored = 0;
  let path = null;
  let current = null;
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      path = null;
      current = null;
    } else if (line.startsWith("--- ")) {
      current = null;
    } else if (line.startsWith("+++ ")) {
      path = line.startsWith("+++ b/") ? line.slice(6) : null;
    } else if (line.startsWith("@@ ")) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(line);
      current = null;
      if (!m || path === null) continue;
      const count = m[2] === void 0 ? 1 : Number(m[2]);
      if (count === 0) {
        unanchored++;
        continue;
      }
      current = { path, start: Number(m[1]), count, lines: [] };
      hunks.push(current);
    } else if (current && line.startsWith("+")) {
      current.lines.push(line.slice(1));
    }
  }
  return { hunks, unanchored };
}
function linesInPatch(patch) {
  const lines = /* @__PURE__ */ new Set();
  let next = 0;
  for (const line of patch.split("\n")) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (m) next = Number(m[1]);
    else if (line.startsWith("-") || line.startsWith("\\")) continue;
    else if (next > 0) lines.add(next++);
  }
  return lines;
}
function suggestionBody(lines) {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = "`".repeat(longest + 1);
  return `${fence}suggestion
${lines.map((l) => `${l}
`).join("")}${fence}`;
}
function statusOf2(error2) {
  return error2.status;
}
function createFixSuggester(s) {
  const none = (reason, skipped = 0) => ({ posted: 0, skipped, url: null, reason });
  return async ({ diff, fixable }) => {
    if (s.pullRequest === null) return none("not a pull request");
    if (s.isFork) {
      s.notice("the lint fix is not posted as review suggestions: a fork's pull request token cannot write reviews (the fix is lint-fix.patch in the artifact)");
      return none("pull request from a fork");
    }
    const { hunks, unanchored } = parseFixDiff(diff);
    let inDiff;
    try {
      const files = await s.octokit.paginate(s.octokit.rest.pulls.listFiles, { owner: s.owner, repo: s.repo, pull_number: s.pullRequest, per_page: 100 });
      inDiff = new Map(files.map((f) => [f.filename, linesInPatch(f.patch ?? "")]));
    } catch (error2) {
      const status = statusOf2(error2);
      s.notice(`the lint fix is not posted as review suggestions: cannot read the pull request's files (${status ?? error2.message}); the fix is lint-fix.patch in the artifact`);
      return none(`cannot read the pull request's files (${status ?? "error"})`, hunks.length + unanchored);
    }
    const postable = hunks.filter((h) => {
      const lines = inDiff.get(h.path);
      if (!lines) return false;
      for (let n = h.start; n < h.start + h.count; n++) if (!lines.has(n)) return false;
      return true;
    });
    const chosen = postable.slice(0, MAX_COMMENTS);
    const skipped = hunks.length + unanchored - chosen.length;
    if (chosen.length === 0) return none("no line the fixer changes is in the pull request's diff", skipped);
    const comments = chosen.map((h) => ({
      path: h.path,
      line: h.start + h.count - 1,
      side: "RIGHT",
      ...h.count > 1 ? { start_line: h.start, start_side: "RIGHT" } : {},
      body: suggestionBody(h.lines)
    }));
    const count = fixable === null ? "some" : String(fixable);
    const body = `spec-to-production: the lint fixer can fix ${count} issue(s) here. ${chosen.length} suggestion(s) below${skipped ? ` (${skipped} change(s) outside this pull request's diff or over the limit of ${MAX_COMMENTS} are only in the patch)` : ""}; the whole fix is lint-fix.patch in the run's artifact. The gates judged this commit as it is.`;
    try {
      const { data } = await s.octokit.rest.pulls.createReview({ owner: s.owner, repo: s.repo, pull_number: s.pullRequest, commit_id: s.headSha, event: "COMMENT", body, comments });
      s.log.info(`lint fix: ${chosen.length} review suggestion(s) posted on pull request #${s.pullRequest}`);
      return { posted: chosen.length, skipped, url: data.html_url ?? null, reason: null };
    } catch (error2) {
      const status = statusOf2(error2);
      if (status === 403 || status === 404) {
        s.notice(`the lint fix is not posted as review suggestions (${status}): grant 'pull-requests: write' to get them; the fix is lint-fix.patch in the artifact`);
      } else s.log.warning(`cannot post the lint fix as review suggestions: ${error2.message}`);
      return none(`createReview failed (${status ?? "error"})`, hunks.length + unanchored);
    }
  };
}

// src/github/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var LEVEL_RANK = { error: 0, warning: 1, note: 2 };
var SECURITY_SEVERITY = { critical: 9.5, high: 8, medium: 5.5, low: 2 };
var SECRET_TOOLS = /* @__PURE__ */ new Set(["secretlint", "detect-secrets", "gitleaks"]);
function ruleIdOf(finding) {
  return finding.rule?.trim() || finding.tool;
}
function fingerprint(finding, path, occurrence) {
  const hash = createHash("sha256").update([finding.tool, ruleIdOf(finding), path ?? "", finding.message.trim()].join("\0")).digest("hex");
  return `${hash.slice(0, 32)}:${occurrence}`;
}
function findingsToSarif(findings, options = {}) {
  const runs = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const finding of mostSevereFirst(findings)) {
    let entry = runs.get(finding.tool);
    if (!entry) {
      entry = {
        run: {
          tool: { driver: { name: finding.tool, rules: [] } },
          conversion: { tool: { driver: { name: "spec-to-production", ...options.version ? { version: options.version } : {} } } },
          ...options.component ? { automationDetails: { id: `spec-to-production/${options.component}/${options.leg ? `${options.leg.replace(/\//g, "-")}/` : ""}` } } : {},
          results: []
        },
        rules: /* @__PURE__ */ new Map(),
        severities: /* @__PURE__ */ new Map()
      };
      runs.set(finding.tool, entry);
    }
    const ruleId = ruleIdOf(finding);
    const level = LEVEL[finding.severity];
    let rule = entry.rules.get(ruleId);
    if (!rule) {
      const tags = SECRET_TOOLS.has(finding.tool) ? ["security", "secret"] : finding.security_severity ? ["security", "vulnerability"] : [];
      rule = { id: ruleId, name: ruleId, shortDescription: { text: `${finding.tool} ${ruleId}` }, defaultConfiguration: { level }, properties: { tags } };
      entry.rules.set(ruleId, rule);
      entry.run.tool.driver.rules.push(rule);
    }
    if (LEVEL_RANK[level] < LEVEL_RANK[rule.defaultConfiguration.level]) rule.defaultConfiguration.level = level;
    if (finding.security_severity) {
      const score = Math.max(SECURITY_SEVERITY[finding.security_severity], entry.severities.get(ruleId) ?? 0);
      entry.severities.set(ruleId, score);
      rule.properties["security-severity"] = score.toFixed(1);
    }
    const path = repositoryPath(finding.file, options);
    const identity = [finding.tool, ruleId, path, finding.message].join("\0");
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const startLine = finding.line && finding.line >= 1 ? Math.trunc(finding.line) : 1;
    const result = {
      ruleId,
      ruleIndex: entry.run.tool.driver.rules.indexOf(rule),
      level,
      message: { text: finding.message.trim() || `${finding.tool} ${ruleId}` },
      partialFingerprints: { "specToProduction/v1": fingerprint(finding, path, occurrence) }
    };
    if (path !== null) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: path, uriBaseId: "%SRCROOT%" },
            region: {
              startLine,
              ...finding.end_line && finding.end_line > startLine ? { endLine: Math.trunc(finding.end_line) } : {},
              ...finding.column && finding.column >= 1 ? { startColumn: Math.trunc(finding.column) } : {}
            }
          }
        }
      ];
    }
    entry.run.results.push(result);
  }
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [...runs.values()].map((e) => e.run) };
}
function reportToSarif(report, options = {}) {
  return findingsToSarif(reportFindings(report), { ...options, component: report.component_name, leg: typeof report.leg === "string" ? report.leg : null, version: options.version ?? report.generator.version });
}

// src/action/github.ts
var log = {
  info: (m) => logInert(m),
  warning: (m) => warning(m),
  error: (m) => error(m),
  debug: (m) => debug(m)
};
function runUrl() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : void 0;
}
function noGitHub() {
  return { event: null, octokit: null, port: void 0, check: null };
}
async function openGitHub(inputs, options = {}) {
  const session = { event: null, octokit: null, port: void 0, check: null };
  try {
    session.event = readEventContext(process.env, await options.checkedOut);
  } catch (error2) {
    warning(`cannot read the workflow event: ${error2.message}; check runs and deployments are off`);
    return session;
  }
  const { owner, repo, headSha } = session.event;
  const { createOctokit } = await import("./octokit-EGYSJFZ4.js");
  session.octokit = createOctokit({ token: inputs.token, log, requestTimeoutMs: options.requestTimeoutMs });
  session.port = {
    ...createGitHubPort({ octokit: session.octokit, owner, repo, log, runUrl: runUrl() }),
    suggestFixes: createFixSuggester({
      octokit: session.octokit,
      owner,
      repo,
      pullRequest: session.event.pullRequest,
      headSha,
      isFork: session.event.isFork,
      log,
      notice: (m) => notice(m)
    })
  };
  if (inputs.checkRun) {
    const naming = { target: inputs.target, leg: inputs.leg };
    const name = checkRunName(inputs.component, inputs.checkName, naming);
    if (inputs.leg && !name.includes(inputs.leg)) {
      warning(
        `check-name names no leg: when ${inputs.component} runs in more than one leg of this job's matrix (this one is ${inputs.leg}), each posts the check run '${name}', and GitHub shows the latest check run of a name, so a passing leg's would stand for a failing one's (and meet a required check). Add {leg} (or {target}, when the legs differ by target) to check-name`
      );
    }
    session.check = await startCheckRun(session.octokit, { owner, repo, headSha, component: inputs.component, name: inputs.checkName, ...naming, detailsUrl: runUrl(), log });
  }
  return session;
}
async function publishResults(inputs, session, report, files, budget) {
  let checkRunUrl = null;
  let annotations = 0;
  const { octokit, check } = session;
  const sarif = reportToSarif(report, { pathPrefix: files.pathPrefix });
  const sarifPath = join(dirname(files.reportPath), sarifFileName(report.component_name));
  const written = await writeSarif(sarifPath, JSON.stringify(sarif), inputs.workspace);
  const name = artifactFor(inputs, report.component_name);
  const place = (upload) => wholePlace(inputs, { reportPath: files.reportPath, sarifPath: written ? sarifPath : null }, name, upload);
  if (octokit && check) {
    const outcome = await budget.run(
      "the check run completion",
      () => completeCheckRun(octokit, check, report, {
        log,
        sink: { error, warning, notice },
        cap: inputs.annotationCap,
        pathPrefix: files.pathPrefix,
        whole: place(inputs.uploadArtifacts ? "pending" : "off")
      })
    );
    checkRunUrl = outcome?.url ?? null;
    annotations = outcome && !outcome.fallback ? outcome.annotations_posted : 0;
  }
  if (inputs.uploadSarif) {
    const { event } = session;
    if (octokit && event) {
      const { uploadSarif } = await import("./code-scanning-A6OIOY2Q.js");
      await budget.run("the code scanning upload", () => uploadSarif(octokit, { owner: event.owner, repo: event.repo, commitSha: event.sha, ref: event.ref, sarif, log }));
    } else warning("upload-sarif is on but there is no github-token or repository: the SARIF file is only in the artifact");
  }
  let artifact = null;
  let artifactHolds = [];
  if (inputs.uploadArtifacts) {
    const filesToUpload = await artifactFiles(report, { reportPath: files.reportPath, sarifPath: written ? sarifPath : null, dashboardPath: files.dashboardPath });
    const kinds = [
      ["report", (f) => f === files.reportPath],
      ["SARIF", (f) => f === sarifPath],
      ["dashboard", (f) => f === files.dashboardPath],
      ["fix patch", (f) => f.endsWith(".patch")],
      ["logs", (f) => f.endsWith(".log")]
    ];
    artifactHolds = kinds.filter(([, is]) => filesToUpload.some(is)).map(([kind]) => kind);
    const { uploadArtifacts } = await import("./artifacts-3QIRTLWV.js");
    const result = await budget.run(
      "the artifact upload",
      () => uploadArtifacts({ name, files: filesToUpload, rootDirectory: commonRoot(filesToUpload, inputs.workspace), retentionDays: inputs.retentionDays, timeoutMs: budget.remainingMs, log })
    );
    if (result?.uploaded) artifact = name;
    else artifactHolds = [];
    if (result && !result.uploaded && /already exists/i.test(result.error ?? "")) {
      warning(
        `the artifact name ${name} is taken in this workflow run (by another job of the run with the same component, such as a second matrix leg): this leg's report, SARIF and logs are in no artifact, and an aggregate expecting every leg counts it missing. Give each leg its own name: artifact-name: spec-to-production-${report.component_name}-\${{ strategy.job-index }}`
      );
    }
  }
  return { checkRunUrl, artifact, artifactHolds, annotations, whole: place(!inputs.uploadArtifacts ? "off" : artifact ? "uploaded" : "failed") };
}
function artifactFor(inputs, component) {
  return inputs.artifactName ? artifactName(inputs.artifactName) : artifactName(`spec-to-production-${component}`, void 0, inputs.leg ?? void 0);
}
function wholePlace(inputs, files, artifact, upload) {
  const shown = (path) => {
    const rel = relative(inputs.workspace, path);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  };
  return { report: shown(files.reportPath), sarif: files.sarifPath ? shown(files.sarifPath) : null, artifact: upload === "off" ? null : artifact, upload };
}
async function artifactFiles(report, files) {
  const runDir = report.reports_dir ? dirname(report.reports_dir) : null;
  const fixPatch = report.stage_results.refactoring?.outputs.fix_patch;
  const candidates = [files.reportPath, ...files.sarifPath ? [files.sarifPath] : [], ...files.dashboardPath ? [files.dashboardPath] : [], ...typeof fixPatch === "string" ? [fixPatch] : []];
  const logs = runDir ? await listLogs(join(runDir, "logs")) : [];
  return [...candidates.filter((f) => existsSync(f)), ...logs];
}
async function listLogs(dir) {
  const { readdir } = await import("node:fs/promises");
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith(".log")).map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}
function commonRoot(files, workspace) {
  return files.every((f) => !relative(workspace, f).startsWith("..")) ? workspace : dirname(files[0] ?? workspace);
}
async function writeSarif(path, text, workspace) {
  const problem = await overwriteProblem(path, { cwd: workspace, what: "SARIF file", option: "report-path" });
  if (problem) {
    warning(`${problem}; the SARIF file was not written, and the artifact goes without it`);
    return false;
  }
  try {
    await writeTextAtomically(path, text, "the SARIF file");
    return true;
  } catch (error2) {
    warning(error2.message);
    return false;
  }
}
export {
  artifactFiles,
  artifactFor,
  noGitHub,
  openGitHub,
  publishResults,
  wholePlace
};
