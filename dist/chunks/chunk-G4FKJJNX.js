import {
  emitWorkflowAnnotations,
  inBatches,
  planAnnotations,
  reportFindings,
  whereWhole
} from "./chunk-A57JNBKH.js";
import {
  clipText,
  count,
  escapeMarkdown,
  fmtDuration,
  reportView,
  testCountsLine
} from "./chunk-NP6TI2MO.js";
import {
  clipChars
} from "./chunk-4CLWEP5D.js";

// src/github/checks.ts
var OUTPUT_MAX_BYTES = 65535;
var TITLE_MAX_CHARS = 255;
function checkRunName(component, name, leg = {}) {
  if (!name) return leg.leg ? `spec-to-production / ${component} (${leg.leg})` : `spec-to-production / ${component}`;
  let named = fill(fill(name.replaceAll("{component}", component), "target", leg.target), "leg", leg.leg).trim();
  if (!SEPARATOR_FIRST.test(name.trim())) named = named.replace(SEPARATOR_FIRST, "");
  return named || `spec-to-production / ${component}`;
}
var SEPARATOR_FIRST = /^[-–—/:|,·]\s*/;
function fill(name, key, value) {
  const placeholder = `{${key}}`;
  if (value) return name.replaceAll(placeholder, value);
  const p = `\\{${key}\\}`;
  return name.replace(new RegExp(`\\s*(?:[-\u2013\u2014/:|,\xB7]\\s*)?(?:\\(${p}\\)|\\[${p}\\]|${p})`, "g"), "").replaceAll(placeholder, "");
}
function timestamp(now) {
  return now().toISOString().replace(/\.\d{3}Z$/, "Z");
}
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function describe(error) {
  const status = httpStatus(error);
  const message = error?.message ?? String(error);
  return status !== void 0 && !message.startsWith(String(status)) ? `${status} ${message}` : message;
}
function shortReason(error) {
  return clipChars(describe(error).split(/: | - /)[0], 200);
}
function isPermissionError(error) {
  const status = httpStatus(error);
  return (status === 403 || status === 404) && !/rate limit/i.test(error?.message ?? "");
}
async function startCheckRun(octokit, options) {
  const target = {
    owner: options.owner,
    repo: options.repo,
    headSha: options.headSha,
    name: checkRunName(options.component, options.name, { target: options.target, leg: options.leg })
  };
  try {
    const { data } = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      status: "in_progress",
      started_at: timestamp(options.now ?? (() => /* @__PURE__ */ new Date())),
      ...options.detailsUrl ? { details_url: options.detailsUrl } : {},
      output: {
        title: `${options.component}: running`,
        summary: "The stages and quality gates are running; the verdict and the findings appear here when they end."
      }
    });
    options.log.info(`check run '${target.name}' started on ${target.headSha}: ${data.html_url ?? data.id}`);
    return { handle: { ...target, id: data.id, html_url: data.html_url } };
  } catch (error) {
    const permissionDenied = isPermissionError(error);
    const reason = describe(error);
    if (permissionDenied) options.log.info(`no check run (${reason}): the token may not write checks; findings will be reported as workflow annotations`);
    else options.log.warning(`could not create the check run '${target.name}' (${reason}); will try again when the run ends`);
    return { handle: null, target, reason, permissionDenied };
  }
}
function conclusionOf(report) {
  return report.cancelled ? "cancelled" : report.success ? "success" : "failure";
}
function verdictTitle(report) {
  return clipChars(reportView(report).headline.replace(/\s+/g, " ").trim(), TITLE_MAX_CHARS);
}
function keyText(key) {
  return /^[\w.-]+$/.test(key) ? key : escapeMarkdown(key);
}
function fitLines(lines, maxBytes, what = "lines", whole) {
  const out = [];
  let bytes = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    const note = `

_Truncated: ${count(rest)} more ${what} not shown (GitHub limits this field to ${count(OUTPUT_MAX_BYTES)} bytes); the full list is in ${whereWhole(whole, "findings", escapeMarkdown)}._`;
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size + Buffer.byteLength(note) > maxBytes) {
      return out.join("\n") + note;
    }
    out.push(line);
    bytes += size;
  }
  return out.join("\n");
}
function checkRunSummary(report, plan, unposted, whole) {
  const view = reportView(report);
  const verdict = view.verdict === "cancelled" ? "\u2298 cancelled" : view.verdict === "passed" ? view.qualified ? "\u26A0\uFE0F passed" : "\u2705 passed" : "\u274C failed";
  const lines = [
    `### ${verdict}: ${escapeMarkdown(view.component)} \u2192 ${escapeMarkdown(view.target)}`,
    "",
    `Total time ${fmtDuration(view.duration_ms)}. Stages completed: ${report.stages_completed.join(", ") || "none"}.`,
    ...view.tests.map((t) => `- ${testCountsLine(t, escapeMarkdown).join(": ")}`),
    ...view.deployments.map((d) => `- ${escapeMarkdown(d.environment ?? d.stage)}: ${d.url ? escapeMarkdown(d.url) : escapeMarkdown(d.state)}${[d.rollback, ...d.notes].filter((x) => !!x).map((x) => ` \xB7 ${escapeMarkdown(x)}`).join("")}`),
    // Clipped as on the job summary: one line too long for the field would take the tables below it with it.
    ...view.errors.slice(0, 50).map((e) => `- ${escapeMarkdown(clipText(e, 2e3))}`),
    ...view.errors.length > 50 ? [`- \u2026 ${count(view.errors.length - 50)} more in ${whereWhole(whole, "report", escapeMarkdown)}`] : [],
    "",
    "| Stage | Status | Time | Retries |",
    "| --- | --- | --- | --- |",
    ...view.stages.map(
      (s) => s.status === "skipped" ? `| ${keyText(s.key)} | skipped${s.note ? `: ${escapeMarkdown(s.note)}` : ""} | \u2014 | \u2014 |` : `| ${keyText(s.key)} | ${s.status}${s.caveats.map((c) => ` \u26A0\uFE0F ${escapeMarkdown(clipText(c, 300))}`).join("")} | ${fmtDuration(s.duration_ms).replace("not timed", "\u2014")} | ${s.retries} |`
    )
  ];
  if (view.gates.length > 0) {
    lines.push("", "| Gate | Result | Value | Details |", "| --- | --- | --- | --- |");
    for (const g of view.gates) {
      const result = g.status === "passed" ? g.caveats.length ? "\u26A0\uFE0F" : "\u2705" : g.status === "cancelled" ? "\u2298" : "\u274C";
      const details = [...g.caveats, ...g.status !== "passed" && g.why ? [g.why] : [], ...g.criteria.filter((c) => !c.met).map((c) => `${c.name}: ${c.value}, needs ${c.threshold}`), ...g.facts.length ? [g.facts.join(" \xB7 ")] : []];
      lines.push(`| ${keyText(g.key)} | ${result} | ${escapeMarkdown(clipText(g.value, 2e3))} | ${escapeMarkdown(clipText(details.join("; "), 600))} |`);
    }
  }
  if (view.insights) lines.push("", ...insightsMarkdown(view.insights, CHECK_INSIGHT_ITEMS, whole));
  lines.push("", annotationLine(plan, unposted, whole));
  return fitLines(lines, OUTPUT_MAX_BYTES, "lines", whole);
}
var CHECK_INSIGHT_ITEMS = 20;
function insightsMarkdown(insights, perList, whole) {
  const id = (text) => `**${escapeMarkdown(clipText(text, 300))}**`;
  const lines = ["#### Tests"];
  if (insights.basis) lines.push("", `_${escapeMarkdown(insights.basis)}_`);
  for (const e of insights.expired) lines.push("", `\u274C expired quarantine entry: ${escapeMarkdown(e)}`);
  for (const l of insights.lists) {
    const shown = l.items.slice(0, perList);
    lines.push("", `**${escapeMarkdown(l.title)}** (${count(l.count)}${l.detail ? `; ${escapeMarkdown(l.detail)}` : ""})`, ...shown.map((i) => `- ${id(i.id)}${i.note ? ` \u2014 ${escapeMarkdown(i.note)}` : ""}`));
    if (l.count > shown.length) lines.push(`- \u2026 ${count(l.count - shown.length)} more in ${whereWhole(whole, "report", escapeMarkdown)}`);
  }
  for (const n of insights.notes) lines.push("", `\u26A0\uFE0F ${escapeMarkdown(n)}`);
  return lines;
}
function annotationLine(plan, unposted, whole) {
  const lost = unposted?.count ?? 0;
  const parts = [`**Findings:** ${count(plan.total)}; ${count(plan.annotations.length - lost)} shown as annotations (errors first)`];
  if (lost > 0) parts.push(`${count(lost)} not posted (GitHub answered ${escapeMarkdown(unposted.reason)}): they are in ${whereWhole(whole, "findings", escapeMarkdown)}`);
  if (plan.omitted > 0) parts.push(`${count(plan.omitted)} not annotated: over the cap of ${count(plan.annotations.length)} annotations`);
  if (plan.withoutFile > 0) parts.push(`${count(plan.withoutFile)} name no file in the repository`);
  return `${parts.join("; ")}.`;
}
function findingLine(f) {
  const where = f.file ? `${escapeMarkdown(f.file)}${typeof f.line === "number" && f.line > 0 ? `:${f.line}` : ""}` : "(no file)";
  return `- **${escapeMarkdown(String(f.severity))}** ${where} ${escapeMarkdown(f.rule ? `${f.tool} ${f.rule}` : f.tool)}: ${escapeMarkdown(f.message)}`;
}
function checkRunText(plan, unposted, whole) {
  const lines = [annotationLine(plan, unposted, whole)];
  if (plan.omitted > 0) {
    lines.push("", `#### Over the annotation cap (${count(plan.omitted)})`, "", ...plan.omittedFindings.map(findingLine));
  }
  if (plan.withoutFile > 0) {
    lines.push("", `#### Without a file in the repository (${count(plan.withoutFile)})`, "", ...plan.withoutFileFindings.map(findingLine));
  }
  return fitLines(lines, OUTPUT_MAX_BYTES, "lines", whole);
}
async function completeCheckRun(octokit, start, report, options) {
  const { log } = options;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const findings = reportFindings(report);
  const plan = planAnnotations(findings, { cap: options.cap, pathPrefix: options.pathPrefix });
  const conclusion = conclusionOf(report);
  const outcome = {
    url: null,
    requests: 0,
    annotations_posted: 0,
    annotations_omitted: plan.omitted,
    findings_without_file: plan.withoutFile,
    conclusion,
    fallback: false
  };
  const target = start.handle ?? start.target;
  if (start.handle === null && start.permissionDenied) return fallBack(outcome, findings, target, start.reason, true, options);
  try {
    const output = { title: verdictTitle(report), summary: checkRunSummary(report, plan, void 0, options.whole), text: checkRunText(plan, void 0, options.whole) };
    const batches = plan.annotations.length > 0 ? inBatches(plan.annotations) : [[]];
    const completion = { status: "completed", conclusion, completed_at: timestamp(now) };
    let id;
    try {
      outcome.requests++;
      if (start.handle) {
        const { data } = await octokit.rest.checks.update({
          owner: target.owner,
          repo: target.repo,
          check_run_id: start.handle.id,
          ...completion,
          output: { ...output, annotations: batches[0] }
        });
        id = data.id;
        outcome.url = data.html_url ?? start.handle.html_url;
      } else {
        const { data } = await octokit.rest.checks.create({
          owner: target.owner,
          repo: target.repo,
          name: target.name,
          head_sha: target.headSha,
          ...completion,
          output: { ...output, annotations: batches[0] }
        });
        id = data.id;
        outcome.url = data.html_url;
      }
    } catch (error) {
      if (start.handle && !isPermissionError(error)) await completeBare(octokit, start.handle, output.title, conclusion, now, outcome, log, options.whole);
      return fallBack(outcome, findings, target, describe(error), isPermissionError(error), options);
    }
    outcome.annotations_posted = batches[0].length;
    for (const [i, batch] of batches.entries()) {
      if (i === 0) continue;
      try {
        outcome.requests++;
        await octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: { ...output, annotations: batch } });
        outcome.annotations_posted += batch.length;
      } catch (error) {
        const left = plan.annotations.length - outcome.annotations_posted;
        outcome.annotations_omitted += left;
        log.warning(`check run '${target.name}': ${count(left)} annotations not posted (${describe(error)}); the verdict is posted`);
        await correctCount(octokit, { ...target, id }, report, plan, { count: left, reason: shortReason(error) }, outcome, log, options.whole);
        break;
      }
    }
    log.info(`check run '${target.name}' ${conclusion}: ${count(outcome.annotations_posted)} annotations in ${outcome.requests} requests${outcome.url ? `: ${outcome.url}` : ""}`);
    return outcome;
  } catch (error) {
    log.warning(`check run '${target.name}' not completed: ${error?.stack ?? String(error)}`);
    return fallBack(outcome, findings, target, describe(error), false, options);
  }
}
async function updateOnce(octokit, run, fields, outcome, failed) {
  try {
    outcome.requests++;
    await octokit.rest.checks.update({ ...fields, owner: run.owner, repo: run.repo, check_run_id: run.id });
    return true;
  } catch (error) {
    failed(describe(error));
    return false;
  }
}
async function correctCount(octokit, run, report, plan, unposted, outcome, log, whole) {
  const output = { title: verdictTitle(report), summary: checkRunSummary(report, plan, unposted, whole), text: checkRunText(plan, unposted, whole) };
  await updateOnce(
    octokit,
    run,
    { output },
    outcome,
    (why) => log.warning(`check run '${run.name}' says ${count(plan.annotations.length)} annotations, but holds ${count(outcome.annotations_posted)}: correcting its text failed (${why})`)
  );
}
async function completeBare(octokit, handle, title, conclusion, now, outcome, log, whole) {
  const summary = `The findings could not be posted here; the workflow run's log says why. All of them are in ${whereWhole(whole, "findings", escapeMarkdown)}.`;
  const done = await updateOnce(
    octokit,
    handle,
    { status: "completed", conclusion, completed_at: timestamp(now), output: { title, summary } },
    outcome,
    (why) => log.warning(`check run '${handle.name}' may remain in progress: completing it failed (${why})`)
  );
  if (done) outcome.url = handle.html_url;
}
function fallBack(outcome, findings, target, reason, permissionDenied, options) {
  const counts = emitWorkflowAnnotations(findings, options.sink, { pathPrefix: options.pathPrefix, reserve: { notice: 1 } });
  const shown = counts.error + counts.warning + counts.notice;
  const about = `${count(shown)} most important of ${count(findings.length)} findings shown as annotations of this step; all of them are in ${whereWhole(options.whole, "findings")}.`;
  if (permissionDenied) {
    options.sink.notice(
      `spec-to-production could not write the check run '${target.name}' (${reason}). Grant \`checks: write\` in the workflow's \`permissions:\` to get every finding as an annotation. Pull requests from forks get a read-only GITHUB_TOKEN, whatever the workflow asks. ${about}`,
      { title: "spec-to-production: permission checks: write needed" }
    );
  } else {
    options.log.warning(`check run '${target.name}' not written (${reason}). ${about}`);
  }
  return {
    ...outcome,
    annotations_posted: 0,
    annotations_omitted: findings.length - outcome.findings_without_file - shown,
    fallback: true,
    workflow_annotations: counts
  };
}

export {
  OUTPUT_MAX_BYTES,
  checkRunName,
  startCheckRun,
  verdictTitle,
  insightsMarkdown,
  completeCheckRun
};
