import {
  insightsMarkdown
} from "./chunk-G4FKJJNX.js";
import {
  cleanLeg
} from "./chunk-JYRDO3GB.js";
import {
  whereWhole
} from "./chunk-A57JNBKH.js";
import {
  clipText,
  count,
  escapeMarkdown,
  exactPct,
  figure,
  gateMark,
  pct,
  reportView,
  testCountsLine
} from "./chunk-NP6TI2MO.js";
import {
  pairSafeEnd
} from "./chunk-4CLWEP5D.js";

// src/github/comment.ts
var COMMENT_INSIGHT_ITEMS = 10;
var COMMENT_MAX_CHARS = 65536;
function commentMarker(component, leg) {
  const shown = leg ? cleanLeg(leg) : null;
  const of = shown ? ` leg:${shown.replace(/-{2,}/g, "-")}` : "";
  return `<!-- spec-to-production:${component.replace(/--+/g, "-")}${of} -->`;
}
function coverageDelta(report, baseline) {
  const now = reportView(report).coverage?.reported ?? null;
  if (now === null || baseline?.coverage === null || baseline?.coverage === void 0) return null;
  return Math.round((now - baseline.coverage) * 100) / 100;
}
function code(text) {
  return `\`${text.replace(/`/g, "'").replace(/\s+/g, " ").slice(0, 200)}\``;
}
function cellCode(text) {
  return code(text).replace(/\|/g, "\\|");
}
function signed(points) {
  return `${points > 0 ? "+" : points < 0 ? "\u2212" : "\xB1"}${figure(Math.abs(points))} points`;
}
function renderComment(report, baseline, links = {}) {
  for (const perList of [COMMENT_INSIGHT_ITEMS, 5, 2, 0]) {
    const parts = commentParts(report, baseline, links, perList);
    const body = [...parts.head, ...parts.body, ...parts.tail].join("\n");
    if (body.length <= COMMENT_MAX_CHARS) return body;
    if (perList === 0) return fitComment(parts, links);
  }
  return "";
}
function fitComment(parts, links) {
  const report = whereWhole(links.whole, "report", escapeMarkdown);
  const where = links.checkRunUrl ? `the [check run](${links.checkRunUrl}) and ${report} have` : `${report} has`;
  const note = (n) => `_Cut to fit GitHub's limit of ${count(COMMENT_MAX_CHARS)} characters: ${count(n)} more line(s) not shown here; ${where} all of it._`;
  const fixed = [...parts.head, ...parts.tail].join("\n").length + note(parts.body.length).length + 32;
  const kept = [];
  let used = 0;
  let open = 0;
  for (const line of parts.body) {
    if (fixed + used + line.length + 1 > COMMENT_MAX_CHARS) break;
    kept.push(line);
    used += line.length + 1;
    open += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
  }
  const left = parts.body.length - kept.length;
  const body = [...parts.head, ...kept, ...open > 0 ? ["</details>"] : [], "", note(left), "", ...parts.tail].join("\n");
  if (body.length <= COMMENT_MAX_CHARS) return body;
  return `${body.slice(0, pairSafeEnd(body, COMMENT_MAX_CHARS - 80))}

\u2026 (cut at GitHub's comment limit)`;
}
function commentParts(report, baseline, links, perList) {
  const view = reportView(report);
  const icon = view.verdict === "passed" ? view.qualified ? "\u26A0\uFE0F" : "\u2705" : view.verdict === "cancelled" ? "\u2298" : "\u274C";
  const leg = typeof report.leg === "string" ? cleanLeg(report.leg) : null;
  const head = [
    commentMarker(view.component, leg),
    `### ${icon} spec-to-production: ${escapeMarkdown(view.component)}${leg ? ` (${escapeMarkdown(leg)})` : ""} \u2192 ${escapeMarkdown(view.target)}`,
    "",
    `**${escapeMarkdown(view.headline)}**`,
    ""
  ];
  const lines = [];
  const failing = view.gates.filter((g) => g.status !== "passed");
  const isNew = (g) => baseline !== null && !baseline.failed_gates.includes(g.key);
  const fresh = failing.filter(isNew);
  const known = failing.filter((g) => !isNew(g));
  if (fresh.length) lines.push(`**New failures** (passing on ${code(baseline.branch)}'s last run):`, ...fresh.map((g) => `- \u274C ${code(g.key)}: ${escapeMarkdown(clipText(g.why ?? g.value, 1e3))}`), "");
  if (known.length) {
    lines.push(baseline ? `**Also failing on ${code(baseline.branch)}'s last run:**` : "**Failures:**", ...known.map((g) => `- \u274C ${code(g.key)}: ${escapeMarkdown(clipText(g.why ?? g.value, 1e3))}`), "");
  }
  const failedTests = Object.values(report.stage_results ?? {}).flatMap((s) => Object.values(s?.quality_gates ?? {})).filter((g) => /test_pass_rate$/.test(g.gate_name)).flatMap((g) => g.findings ?? []);
  const insights = view.insights;
  if (insights) lines.push(...insightsMarkdown(insights, perList, links.whole), "");
  const listed = insights?.lists.some((l) => l.title.startsWith("New failures") || l.title.startsWith("Already failing")) ?? false;
  const testsShown = Math.min(20, perList * 2);
  if (failedTests.length && !listed) {
    lines.push(
      "<details><summary>Failing tests</summary>",
      "",
      ...failedTests.slice(0, testsShown).map((f) => `- ${escapeMarkdown(clipText(f.message, 300))}`),
      failedTests.length > testsShown ? `- \u2026 and ${count(failedTests.length - testsShown)} more in ${whereWhole(links.whole, "findings", escapeMarkdown)}` : "",
      "</details>",
      ""
    );
  }
  const facts = [];
  for (const t of view.tests) {
    const [suite, counts] = testCountsLine(t, escapeMarkdown);
    facts.push(`**${suite}**: ${counts}`);
  }
  if (view.coverage) {
    const delta = coverageDelta(report, baseline);
    const against = baseline ? delta !== null ? ` (${signed(delta)} against ${code(baseline.branch)}: ${pct(baseline.coverage)})` : ` (${code(baseline.branch)}'s last run measured no coverage)` : " (no run of the base branch in the history to compare with)";
    facts.push(`**Coverage**: ${exactPct(view.coverage.percent)}${view.coverage.threshold !== null ? `, threshold ${exactPct(view.coverage.threshold)}` : ""}${against}`);
  }
  for (const d of view.deployments) {
    facts.push(`**${escapeMarkdown(d.environment ?? d.stage)}**: ${escapeMarkdown(d.url ?? d.state)}${[d.rollback, ...d.notes].filter((x) => !!x).map((x) => ` \xB7 ${escapeMarkdown(x)}`).join("")}`);
  }
  if (facts.length) lines.push(...facts.map((f) => `- ${f}`), "");
  if (view.gates.length) {
    lines.push("| Gate | | Value | Details |", "| --- | --- | --- | --- |");
    for (const g of [...failing, ...view.gates.filter((x) => x.status === "passed")]) {
      const details = [...g.caveats, ...g.facts].join(" \xB7 ");
      lines.push(`| ${cellCode(g.key)} | ${gateMark(g)} | ${escapeMarkdown(g.value)} | ${escapeMarkdown(clipText(details, 300))} |`);
    }
    lines.push("");
  }
  const tail = [];
  const where = [];
  if (links.checkRunUrl) where.push(`[check run](${links.checkRunUrl})`);
  if (links.artifact) {
    const name = `artifact ${code(links.artifact)}`;
    where.push(links.runUrl ? `[${name}](${links.runUrl}#artifacts)` : name);
    if (links.dashboard) where.push(`dashboard ${code(links.dashboard)} in the artifact`);
  }
  if (where.length) tail.push(where.join(" \xB7 "), "");
  const of = links.commit ? `Verdict of commit ${code(links.commit.slice(0, 12))}. ` : "";
  tail.push(`<sub>${of}Updated on every run of this pull request's head${baseline ? `; compared with run ${code(baseline.run_id)} of ${code(baseline.branch)}` : ""}.</sub>`);
  return { head, body: lines, tail };
}
function status(error) {
  const s = error?.status;
  return typeof s === "number" ? s : void 0;
}
function mayBeOurs(c) {
  return c.user?.type === "Bot" || ["OWNER", "MEMBER", "COLLABORATOR"].includes(c.author_association ?? "");
}
async function currentHead(octokit, o) {
  try {
    const { data } = await octokit.rest.pulls.get({ owner: o.owner, repo: o.repo, pull_number: o.pullRequest });
    return data.head?.sha ?? null;
  } catch (error) {
    o.log.debug(`pull request #${o.pullRequest} not read (${error?.message ?? String(error)}): its head is not compared with the commit judged`);
    return null;
  }
}
async function upsertComment(octokit, o) {
  const marker = commentMarker(o.component, o.leg);
  let requests = 0;
  try {
    if (o.headSha) {
      requests++;
      const head = await currentHead(octokit, o);
      if (head !== null && head !== o.headSha) {
        o.notice(
          `no pull-request comment: pull request #${o.pullRequest}'s head is now ${head.slice(0, 12)}, and this run judged ${o.headSha.slice(0, 12)}, an earlier commit (a re-run of an older workflow run, or a run that ended after a later push's): the comment keeps the verdict of the head's run; this run's verdict is on its own commit's check run`
        );
        return { url: null, action: "skipped", requests };
      }
    }
    let found = null;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: o.owner, repo: o.repo, issue_number: o.pullRequest, per_page: 100 })) {
      requests++;
      const hit = page.data.find((c) => typeof c.body === "string" && c.body.startsWith(marker) && mayBeOurs(c));
      if (hit) {
        found = { id: hit.id, html_url: hit.html_url };
        break;
      }
    }
    requests++;
    if (found) {
      const { data: data2 } = await octokit.rest.issues.updateComment({ owner: o.owner, repo: o.repo, comment_id: found.id, body: o.body });
      o.log.info(`pull-request comment of ${o.component} updated: ${data2.html_url}`);
      return { url: data2.html_url, action: "updated", requests };
    }
    const { data } = await octokit.rest.issues.createComment({ owner: o.owner, repo: o.repo, issue_number: o.pullRequest, body: o.body });
    o.log.info(`pull-request comment of ${o.component} created: ${data.html_url}`);
    return { url: data.html_url, action: "created", requests };
  } catch (error) {
    const s = status(error);
    if (s === 403 || s === 404) {
      o.notice(
        `spec-to-production did not comment on pull request #${o.pullRequest} (${s}: the token may not write). Grant \`pull-requests: write\` in the workflow's \`permissions:\`; pull requests from forks get a read-only GITHUB_TOKEN: run the aggregate in workflow_run mode to comment from a trusted run.`
      );
    } else o.log.warning(`pull-request comment not written: ${error?.message ?? String(error)}`);
    return { url: null, action: "skipped", requests };
  }
}

export {
  coverageDelta,
  renderComment,
  upsertComment
};
