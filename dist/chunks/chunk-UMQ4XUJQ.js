import {
  repositoryPath
} from "./chunk-W5WOKZCS.js";
import {
  clipText,
  exactPct,
  fmtDuration,
  inertMarkup,
  mark,
  reportView,
  testCountsLine
} from "./chunk-FLJIU4LE.js";
import {
  summary
} from "./chunk-PLYXDVHF.js";

// src/action/summary.ts
function escapeCell(text) {
  return inertMarkup(text).replace(/"/g, "&quot;");
}
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
var SUMMARY_FINDINGS = 50;
function blobLink(file, line, sha, pathPrefix) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
  const inRepository = sha ? repositoryPath(file, { pathPrefix }) : null;
  if (!server || !repo || !sha || !inRepository) return null;
  const path = inRepository.split("/").map(encodeURIComponent).join("/");
  return `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ""}`;
}
var CELL_MAX = 500;
function cell(text, max = CELL_MAX) {
  return escapeCell(clipText(text, max));
}
function resultMark(g) {
  if (g.status === "passed") return g.caveats.length ? "\u26A0\uFE0F" : "\u2705";
  return g.status === "cancelled" ? "\u2298" : "\u274C";
}
function renderJobSummary(report, links = {}, budget = SUMMARY_MAX_BYTES) {
  const view = reportView(report);
  const verdict = view.verdict === "passed" ? view.qualified ? "\u26A0\uFE0F passed" : "\u2705 passed" : view.verdict === "cancelled" ? "\u2298 cancelled" : "\u274C failed";
  const parts = [`<h2>spec-to-production: ${escapeCell(view.component)} \u2192 ${escapeCell(view.target)}: ${verdict}</h2>`, `<p>${cell(view.headline)} \xB7 ${fmtDuration(view.duration_ms)}</p>`];
  const table = (head, rows2) => `<table><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr>${rows2.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
  const facts = [];
  for (const t of view.tests) {
    const [suite, counts] = testCountsLine(t, escapeCell);
    facts.push(`<b>${suite}</b>: ${counts}`);
  }
  if (view.coverage) facts.push(`<b>Coverage</b>: ${cell(exactPct(view.coverage.percent))}${view.coverage.threshold !== null ? ` (threshold ${cell(exactPct(view.coverage.threshold))})` : ""}`);
  for (const d of view.deployments) {
    const where2 = d.url ? /^https?:\/\//i.test(d.url) ? `<a href="${escapeCell(d.url)}">${cell(d.url, 300)}</a>` : cell(d.url, 300) : escapeCell(d.state);
    facts.push(`<b>${escapeCell(d.environment ?? d.stage)}</b>: ${where2}${[d.rollback, ...d.notes].filter((x) => !!x).map((x) => ` \xB7 ${cell(x)}`).join("")}`);
  }
  if (facts.length) parts.push(`<ul>${facts.map((f) => `<li>${f}</li>`).join("")}</ul>`);
  if (view.insights) parts.push(insightsHtml(view.insights));
  parts.push(
    table(
      ["Stage", "Status", "Time", "Retries"],
      view.stages.map((st) => [escapeCell(st.key), `${mark(st.status)} ${st.status}${st.status === "skipped" && st.note ? `: ${cell(st.note)}` : ""}${st.caveats.map((c) => `<br>\u26A0\uFE0F ${cell(c)}`).join("")}`, st.duration_ms === null ? "\u2014" : fmtDuration(st.duration_ms), st.status === "skipped" ? "\u2014" : String(st.retries)])
    )
  );
  if (view.gates.length) {
    parts.push(
      "<h3>Quality gates</h3>",
      table(
        ["Gate", "Result", "Value", "Details"],
        view.gates.map((g) => [
          escapeCell(g.key),
          resultMark(g),
          cell(g.value),
          [...g.caveats.map((c) => `\u26A0\uFE0F ${cell(c)}`), ...g.status !== "passed" && g.why && !g.value.endsWith(g.why) ? [cell(g.why)] : [], ...g.facts.length ? [cell(g.facts.join(" \xB7 "))] : []].join("<br>")
        ])
      )
    );
    for (const g of view.gates.filter((x) => x.criteria.length)) {
      parts.push(
        `<h4>${escapeCell(g.key)}</h4>`,
        table(
          ["Criterion", "Met", "Value", "Needs", "From"],
          g.criteria.map((c) => [cell(c.name), c.met ? "\u2705" : "\u274C", cell(c.value), cell(c.threshold), `${cell(c.source, 200)}${c.reason ? `<br>${cell(c.reason)}` : ""}`])
        )
      );
    }
  }
  const where = [];
  if (links.checkRunUrl) where.push(`<a href="${escapeCell(links.checkRunUrl)}">check run</a>${links.annotations ? ` with ${links.annotations} annotation(s)` : ""}`);
  if (links.commentUrl) where.push(`<a href="${escapeCell(links.commentUrl)}">pull-request comment</a>`);
  if (links.artifact) where.push(`artifact <code>${escapeCell(links.artifact)}</code>${links.artifactHolds?.length ? ` (${links.artifactHolds.join(", ")})` : ""}`);
  if (where.length) parts.push(`<p>Details: ${where.join(" \xB7 ")}</p>`);
  const errors = [...report.errors, ...Object.values(report.stage_results).flatMap((st) => st.errors.map((e) => `${st.stage_name}: ${e}`))];
  if (errors.length) parts.push("<h3>Errors</h3>", `<ul>${errors.slice(0, 50).map((e) => `<li>${escapeCell(clipText(e, 2e3))}</li>`).join("")}</ul>`);
  const rank = { error: 0, warning: 1, notice: 2 };
  const findings = Object.values(report.stage_results).flatMap((st) => Object.values(st.quality_gates).flatMap((g) => g.findings)).map((f, i) => ({ f, i })).sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i).map(({ f }) => f);
  let used = Buffer.byteLength(parts.join("\n"));
  const rows = [];
  let cut = 0;
  for (const f of findings) {
    if (rows.length >= SUMMARY_FINDINGS) {
      cut = findings.length - rows.length;
      break;
    }
    const place = `${repositoryPath(f.file, { pathPrefix: links.pathPrefix }) ?? f.file}${f.line ? `:${f.line}` : ""}`;
    const link = blobLink(f.file, f.line, links.commitSha, links.pathPrefix);
    const row = `<tr><td>${f.severity}</td><td>${escapeCell(f.tool)}${f.rule ? ` <code>${escapeCell(f.rule.slice(0, 200))}</code>` : ""}</td><td>${link ? `<a href="${escapeCell(link)}">${escapeCell(place)}</a>` : escapeCell(place)}</td><td>${escapeCell(clipText(f.message, 1e3))}</td></tr>`;
    if (used + Buffer.byteLength(row) + 768 > budget) {
      cut = findings.length - rows.length;
      break;
    }
    rows.push(row);
    used += Buffer.byteLength(row);
  }
  if (rows.length) {
    parts.push(`<h3>Findings (${findings.length})</h3>`, `<table><tr><th>Severity</th><th>Tool</th><th>Where</th><th>Message</th></tr>${rows.join("")}</table>`);
    if (cut) parts.push(`<p>${cut} more finding(s) not shown here${elsewhere(links, findings.length)}.</p>`);
  }
  let html = parts.join("\n");
  if (Buffer.byteLength(html) > budget) {
    html = `${Buffer.from(html).subarray(0, budget - 200).toString("utf8").replace(/\uFFFD*$/, "")}
<p>(summary cut at ${budget} bytes)</p>`;
  }
  return html;
}
var SUMMARY_INSIGHT_ITEMS = 25;
function insightsHtml(insights) {
  const out = ["<h3>Tests</h3>"];
  if (insights.basis) out.push(`<p>${cell(insights.basis)}</p>`);
  for (const e of insights.expired) out.push(`<p>\u274C expired quarantine entry: ${cell(e)}</p>`);
  for (const l of insights.lists) {
    const shown = l.items.slice(0, SUMMARY_INSIGHT_ITEMS);
    const more = l.count - shown.length;
    out.push(
      `<p><b>${escapeCell(l.title)}</b> (${l.count}${l.detail ? `; ${escapeCell(l.detail)}` : ""})</p>`,
      `<ul>${shown.map((i) => `<li><code>${cell(i.id, 300)}</code>${i.note ? ` \u2014 ${cell(i.note)}` : ""}</li>`).join("")}${more > 0 ? `<li>\u2026 ${more} more in the JSON report</li>` : ""}</ul>`
    );
  }
  for (const n of insights.notes) out.push(`<p>\u26A0\uFE0F ${cell(n)}</p>`);
  return out.join("\n");
}
function elsewhere(links, total) {
  const places = [];
  if (links.artifact) {
    const files = links.artifactHolds?.includes("SARIF") ? "the SARIF file and the JSON report" : "the JSON report";
    places.push(`all ${total} are in ${files} of the artifact <code>${escapeCell(links.artifact)}</code>`);
  }
  if (links.checkRunUrl && links.annotations) {
    places.push(`${links.annotations >= total ? "all of them" : `${links.annotations} of them`} are annotations of the <a href="${escapeCell(links.checkRunUrl)}">check run</a>`);
  }
  return places.length ? `: ${places.join("; ")}` : ": all of them are in the JSON report this run wrote";
}
async function writeJobSummary(report, links = {}, overwrite = false) {
  await summary.addRaw(renderJobSummary(report, links), true).write({ overwrite });
}

export {
  escapeCell,
  writeJobSummary
};
