import {
  appendMetrics,
  pruneMetrics,
  readHistory
} from "./chunk-GYCQ7M7A.js";
import {
  gateMeasure,
  metricsFromReport
} from "./chunk-X7YZXP6B.js";
import {
  STATUS_LABEL,
  STATUS_MARK,
  axisMs,
  clip,
  esc,
  fmtLimit,
  fmtMs,
  fmtNum,
  fmtTime,
  n,
  pill,
  renderPage
} from "./chunk-5M3EAJZP.js";
import {
  writeFailure
} from "./chunk-DUVFWLAD.js";
import {
  count,
  exactPct,
  gateView,
  percentAgainst,
  reportView
} from "./chunk-NP6TI2MO.js";
import {
  replaceFileSync
} from "./chunk-IGIGMMYD.js";
import {
  STAGE_ORDER
} from "./chunk-3TGGJRN5.js";

// src/observability/index.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// src/observability/charts.ts
var W = 960;
function timeline(view) {
  const rows = view.stages;
  if (rows.length === 0) return '<p class="muted">No stage ran.</p>';
  const starts = rows.map((r) => r.started).filter((x2) => x2 !== null);
  const ends = rows.map((r) => r.ended).filter((x2) => x2 !== null);
  const t0 = view.started ?? (starts.length ? Math.min(...starts) : 0);
  const t1 = Math.max(view.ended ?? 0, ...ends, t0 + 1);
  const span = t1 - t0;
  const left = 190;
  const right = 110;
  const plot = W - left - right;
  const rowH = 30;
  const top = 8;
  const h = top + rows.length * rowH + 26;
  const x = (t) => left + (t - t0) / span * plot;
  const parts = [];
  for (let i = 0; i <= 4; i++) {
    const gx = left + plot * i / 4;
    parts.push(`<line class="grid" x1="${n(gx)}" y1="${top}" x2="${n(gx)}" y2="${n(h - 22)}"/>`);
    parts.push(`<text class="axis" x="${n(gx)}" y="${n(h - 8)}" text-anchor="middle">${esc(fmtMs(span * i / 4))}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(`<text class="label" x="${left - 10}" y="${n(y + 19)}" text-anchor="end">${esc(r.key)}</text>`);
    if (r.started === null || r.status === "skipped") {
      parts.push(`<rect class="skip" x="${left}" y="${n(y + 6)}" width="${n(plot)}" height="18" rx="3"/>`);
      parts.push(`<text class="note" x="${left + 10}" y="${n(y + 19)}">skipped${r.skip_reason ? ` \u2014 ${esc(clip(r.skip_reason, 110))}` : ""}</text>`);
      return;
    }
    const bx = x(r.started);
    const bw = Math.max(3, x(r.ended ?? r.started + r.duration_ms) - bx);
    parts.push(
      `<rect class="f-${r.status}" x="${n(bx)}" y="${n(y + 6)}" width="${n(bw)}" height="18" rx="3"><title>${esc(r.key)}: ${esc(STATUS_LABEL[r.status])}, ${esc(fmtMs(r.duration_ms))}${r.retries ? `, ${r.retries} ${r.retries === 1 ? "retry" : "retries"}` : ""}</title></rect>`
    );
    parts.push(`<text class="value" x="${W - right + 10}" y="${n(y + 19)}">${esc(fmtMs(r.duration_ms))}${r.retries ? ` \u21BB${r.retries}` : ""}</text>`);
  });
  return `<div class="scroll"><svg class="chart wide" viewBox="0 0 ${W} ${h}" role="img" aria-label="Stages timeline">${parts.join("")}</svg></div>`;
}
function gauge(g) {
  if (g.value === null) return '<span class="muted">not measured</span>';
  const w = 160;
  const max = g.unit === "%" ? 100 : Math.max(g.value, g.threshold ?? 0, 1) * 1.25;
  const vx = Math.min(w, Math.max(0, g.value) / max * w);
  const tick = g.threshold !== null ? Math.min(w, Math.max(0, g.threshold) / max * w) : null;
  const title = g.text ?? `${fmtNum(g.value, g.unit)}${g.threshold !== null ? ` vs ${g.direction === "max" ? "at most" : "at least"} ${fmtLimit(g.threshold, g.unit)}` : ""}`;
  return `<svg class="gauge" viewBox="0 0 ${w} 14" width="${w}" height="14" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title><rect class="track" x="0" y="3" width="${w}" height="8" rx="4"/><rect class="f-${g.status}" x="0" y="3" width="${n(Math.max(vx, 2))}" height="8" rx="4"/>` + (tick !== null ? `<rect class="tick" x="${n(Math.max(0, tick - 1))}" y="0" width="2" height="14"/>` : "") + `</svg>`;
}
function valueVsThreshold(g) {
  if (g.value === null) return "\u2014";
  const op = g.direction === "max" ? "\u2264" : "\u2265";
  return `<b>${esc(fmtNum(g.value, g.unit))}</b>${g.threshold !== null ? ` <span class="muted">${op} ${esc(fmtLimit(g.threshold, g.unit))}</span>` : ""}`;
}
function hbars(rows) {
  if (rows.length === 0) return '<p class="muted">Nothing ran.</p>';
  const left = 250;
  const right = 130;
  const plot = W - left - right;
  const rowH = 24;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const h = rows.length * rowH + 6;
  const parts = rows.map((r, i) => {
    const y = i * rowH + 3;
    const bw = Math.max(2, r.value / max * plot);
    return `<text class="${r.indent ? "sublabel" : "label"}" x="${r.indent ? 24 : 4}" y="${n(y + 15)}">${esc(clip(r.label, 34))}</text><rect class="f-${r.status}${r.indent ? " soft" : ""}" x="${left}" y="${n(y + (r.indent ? 6 : 3))}" width="${n(bw)}" height="${r.indent ? 10 : 16}" rx="2"><title>${esc(r.label)}: ${esc(fmtMs(r.value))}</title></rect><text class="value" x="${n(left + bw + 8)}" y="${n(y + 15)}">${esc(fmtMs(r.value))}${r.note ? ` ${esc(r.note)}` : ""}</text>`;
  });
  return `<div class="scroll"><svg class="chart wide" viewBox="0 0 ${W} ${h}" role="img" aria-label="Durations">${parts.join("")}</svg></div>`;
}
var FRAME = (() => {
  const vw = 460;
  const vh = 190;
  const L = 56;
  const R = 14;
  const T = 14;
  const B = 30;
  return { vw, vh, L, R, T, B, pw: vw - L - R, ph: vh - T - B };
})();
function lineChart(opts) {
  const { points, unit } = opts;
  const { vw, vh, L, R, T, pw, ph } = FRAME;
  const vals = points.map((p) => p.value).filter((v) => v !== null);
  if (vals.length === 0) return `<div class="chart-empty">No ${esc(opts.title.toLowerCase())} measured in this window.</div>`;
  let lo = opts.fixedMin ?? Math.min(...vals, opts.threshold ?? Infinity);
  let hi = opts.fixedMax ?? Math.max(...vals, opts.threshold ?? -Infinity);
  if (unit === "%" && opts.fixedMin === void 0) lo = Math.max(0, Math.floor((lo - 5) / 10) * 10);
  if (unit !== "%") lo = 0;
  if (hi <= lo) hi = lo + 1;
  if (unit !== "%") hi = hi * 1.1;
  const fmt = (v) => unit === "ms" ? axisMs(v) : unit === "%" ? `${Math.round(v)}%` : String(Math.round(v));
  const xs = (i) => L + (points.length === 1 ? pw / 2 : i / (points.length - 1) * pw);
  const ys = (v) => T + ph - (v - lo) / (hi - lo) * ph;
  const parts = [];
  for (let i = 0; i <= 3; i++) {
    const v = lo + (hi - lo) * i / 3;
    parts.push(`<line class="grid" x1="${L}" y1="${n(ys(v))}" x2="${vw - R}" y2="${n(ys(v))}"/>`);
    parts.push(`<text class="axis" x="${L - 6}" y="${n(ys(v) + 4)}" text-anchor="end">${esc(fmt(v))}</text>`);
  }
  if (opts.threshold !== null && opts.threshold !== void 0 && Number.isFinite(opts.threshold)) {
    const ty = ys(opts.threshold);
    const limit = unit === "ms" ? axisMs(opts.threshold) : fmtLimit(opts.threshold, unit === "%" ? "%" : null);
    parts.push(`<line class="threshold" x1="${L}" y1="${n(ty)}" x2="${vw - R}" y2="${n(ty)}"><title>threshold ${esc(limit)}</title></line>`);
    parts.push(`<text class="axis thr" x="${vw - R}" y="${n(ty - 4)}" text-anchor="end">threshold ${esc(limit)}</text>`);
  }
  let seg = [];
  const segs = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (seg.length > 1) segs.push(seg.join(" "));
      seg = [];
      return;
    }
    seg.push(`${n(xs(i))},${n(ys(p.value))}`);
  });
  if (seg.length > 1) segs.push(seg.join(" "));
  for (const s of segs) parts.push(`<polyline class="line" points="${s}"/>`);
  const dots = points.length <= 60;
  points.forEach((p, i) => {
    if (p.value === null) return;
    if (dots || i === points.length - 1) {
      parts.push(`<circle class="dot d-${p.status ?? "success"}" cx="${n(xs(i))}" cy="${n(ys(p.value))}" r="3"><title>${esc(p.tip)}</title></circle>`);
    }
  });
  parts.push(`<text class="axis" x="${L}" y="${vh - 8}">${esc(points[0].label)}</text>`);
  if (points.length > 1) parts.push(`<text class="axis" x="${vw - R}" y="${vh - 8}" text-anchor="end">${esc(points[points.length - 1].label)}</text>`);
  return `<svg class="chart" viewBox="0 0 ${vw} ${vh}" role="img" aria-label="${esc(opts.title)}">${parts.join("")}</svg>`;
}
function failureBars(points, what) {
  const { vw, vh, L, R, T, pw, ph } = FRAME;
  const max = Math.max(1, ...points.map((p) => p.total));
  const bw = Math.max(1, Math.min(24, pw / points.length - 2));
  const parts = [];
  for (let i = 0; i <= 2; i++) {
    const v = max * i / 2;
    const y = T + ph - v / max * ph;
    parts.push(`<line class="grid" x1="${L}" y1="${n(y)}" x2="${vw - R}" y2="${n(y)}"/>`);
    parts.push(`<text class="axis" x="${L - 6}" y="${n(y + 4)}" text-anchor="end">${esc(Number.isInteger(v) ? v : v.toFixed(1))}</text>`);
  }
  points.forEach((p, i) => {
    const cx = L + (points.length === 1 ? pw / 2 : i / (points.length - 1) * (pw - bw) + bw / 2);
    const th = p.total / max * ph;
    const fh = p.failed / max * ph;
    parts.push(
      `<g><title>${esc(p.tip)}</title><rect class="bar-total" x="${n(cx - bw / 2)}" y="${n(T + ph - th)}" width="${n(bw)}" height="${n(th)}"/>` + (p.failed > 0 ? `<rect class="f-failure" x="${n(cx - bw / 2)}" y="${n(T + ph - fh)}" width="${n(bw)}" height="${n(fh)}"/>` : "") + `</g>`
    );
  });
  parts.push(`<text class="axis" x="${L}" y="${vh - 8}">${esc(points[0].label)}</text>`);
  if (points.length > 1) parts.push(`<text class="axis" x="${vw - R}" y="${vh - 8}" text-anchor="end">${esc(points[points.length - 1].label)}</text>`);
  return `<svg class="chart" viewBox="0 0 ${vw} ${vh}" role="img" aria-label="${esc(what)}">${parts.join("")}</svg>`;
}
function sparkline(values) {
  const w = 140;
  const h = 24;
  const vals = values.map((x) => x.v).filter((v) => v !== null);
  if (vals.length === 0) {
    const step = w / Math.max(1, values.length);
    return `<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${values.map((x, i) => `<rect class="f-${x.s}" x="${n(i * step + 1)}" y="8" width="${n(Math.max(1, step - 2))}" height="8" rx="1"/>`).join("")}</svg>`;
  }
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  const span = hi - lo || 1;
  const xs = (i) => 2 + (values.length === 1 ? (w - 4) / 2 : i / (values.length - 1) * (w - 4));
  const ys = (v) => h - 3 - (v - lo) / span * (h - 6);
  const pts = values.map((x, i) => x.v === null ? null : `${n(xs(i))},${n(ys(x.v))}`).filter((p) => p !== null).join(" ");
  const fails = values.map((x, i) => x.s === "failure" && x.v !== null ? `<circle class="d-failure" cx="${n(xs(i))}" cy="${n(ys(x.v))}" r="2"/>` : "").join("");
  return `<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><polyline class="line thin" points="${pts}"/>${fails}</svg>`;
}

// src/observability/trends.ts
var MAX_TREND_POINTS = 90;
var MAX_GATE_ROWS = 40;
var SPARK_POINTS = 30;
function trendPoints(history, component) {
  const runs = history.runs.filter((r) => component === null || r.component === component);
  if (!history.truncated && runs.length <= MAX_TREND_POINTS) {
    return {
      per: "run",
      points: runs.map((r) => ({
        label: r.started_at.slice(5, 16).replace("T", " "),
        tip: `${fmtTime(r.started_at)} \u2014 ${STATUS_LABEL[r.status]}; coverage ${fmtNum(r.coverage, "%")}; pass rate ${fmtNum(r.pass_rate, "%")}; ${fmtMs(r.duration_ms)}; ${count(r.gates_failed)}/${count(r.gates_total)} gates failed`,
        status: r.status,
        coverage: r.coverage,
        threshold: r.coverage_threshold,
        pass_rate: r.pass_rate,
        duration: r.duration_ms,
        total: r.gates_total,
        failed: r.gates_failed
      }))
    };
  }
  let days = history.days;
  if (component !== null && history.runs.some((r) => r.component !== component)) days = daysOf(runs);
  const group = Math.ceil(days.length / MAX_TREND_POINTS);
  const points = [];
  for (let i = 0; i < days.length; i += group) {
    const ds = days.slice(i, i + group);
    const runsN = ds.reduce((a, d) => a + d.runs, 0);
    const failed = ds.reduce((a, d) => a + d.failed_runs + d.cancelled_runs, 0);
    const avg = (f) => {
      let s = 0;
      let c = 0;
      for (const d of ds) {
        const v = f(d);
        if (v !== null) {
          s += v * d.runs;
          c += d.runs;
        }
      }
      return c ? Math.floor(s / c * 100 + 1e-9) / 100 : null;
    };
    const label = ds.length === 1 ? ds[0].day : `${ds[0].day}\u2026${ds[ds.length - 1].day.slice(5)}`;
    const coverage = avg((d) => d.coverage_avg);
    const passRate = avg((d) => d.pass_rate_avg);
    const duration = avg((d) => d.duration_ms_avg);
    points.push({
      label,
      tip: `${label} \u2014 ${count(runsN)} run(s), ${count(failed)} failed; coverage ${fmtNum(coverage, "%")}; pass rate ${fmtNum(passRate, "%")}; mean ${fmtMs(duration)}`,
      status: failed > 0 ? "failure" : "success",
      coverage,
      threshold: null,
      pass_rate: passRate,
      duration,
      total: runsN,
      failed
    });
  }
  return { per: group > 1 ? "days" : "day", points };
}
function daysOf(runs) {
  const m = /* @__PURE__ */ new Map();
  for (const r of runs) {
    const k = r.started_at.slice(0, 10);
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  const mean = (xs) => {
    const v = xs.filter((x) => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  return [...m.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([day, rs]) => ({
    day,
    runs: rs.length,
    failed_runs: rs.filter((r) => r.status === "failure").length,
    cancelled_runs: rs.filter((r) => r.status === "cancelled").length,
    duration_ms_avg: mean(rs.map((r) => r.duration_ms)),
    coverage_avg: mean(rs.map((r) => r.coverage)),
    pass_rate_avg: mean(rs.map((r) => r.pass_rate)),
    gates_failed: rs.reduce((a, r) => a + r.gates_failed, 0),
    retries: rs.reduce((a, r) => a + r.retries, 0)
  }));
}
function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function relation(value, threshold, direction) {
  const op = direction === "max" ? "\u2264" : "\u2265";
  if (value === null) return op;
  return (direction === "max" ? value <= threshold : value >= threshold) ? op : "vs";
}
function trendsView(history, component) {
  const runs = history.runs.filter((r) => component === null || r.component === component);
  const totalRuns = history.truncated ? history.days.reduce((a, d) => a + d.runs, 0) : runs.length;
  const malformed = history.stats.malformed ? `<p class="note-box">${count(history.stats.malformed)} malformed line(s) in the metrics history were skipped.</p>` : "";
  if (totalRuns < 2) {
    return `<section id="trends" class="card">
<h2>Historical trends</h2>
${malformed}
<div class="empty"><div class="empty-title">No history yet</div>
<p>${totalRuns === 1 ? "This is the only recorded run" : "No run is recorded"}${component ? ` of <b>${esc(component)}</b>` : ""} in the metrics history. Coverage, pass rate, duration and failures over runs appear here from the second run on.</p>
<p class="muted small">Runs are recorded under <code>.spec-to-production/metrics/</code>; in GitHub Actions the history travels between runs through the Actions cache.</p></div>
</section>`;
  }
  const { points, per } = trendPoints(history, component);
  const perText = per === "run" ? "per run" : per === "day" ? "per day (mean of the day\u2019s runs)" : "per group of days (mean)";
  const thresholds = runs.map((r) => r.coverage_threshold).filter((t) => t !== null);
  const threshold = thresholds.length ? thresholds[thresholds.length - 1] : null;
  const pt = (f) => points.map((p) => ({ label: p.label, value: f(p), tip: p.tip, status: p.status }));
  const durations = runs.map((r) => r.duration_ms);
  const succeeded = runs.filter((r) => r.status === "success").length;
  const latestCov = [...runs].reverse().find((r) => r.coverage !== null)?.coverage ?? null;
  const tiles = [
    ["Runs", count(totalRuns)],
    // A share of counts, truncated: 201 of 202 is 99.5%, never 100% beside a failed run.
    ["Successful runs", runs.length ? exactPct(percentAgainst(succeeded, runs.length, null) ?? 0) : "\u2014"],
    ["Median duration", fmtMs(median(durations))],
    ["Latest coverage", fmtNum(latestCov, "%")]
  ];
  const gateNames = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of runs) {
    for (const g of r.gates) {
      if (seen.has(g.name) || seen.size >= MAX_GATE_ROWS) continue;
      seen.add(g.name);
      gateNames.push(g.name);
    }
  }
  const gateRows = gateNames.map((name) => {
    const samples = runs.flatMap((r) => r.gates.filter((g) => g.name === name));
    const last = samples[samples.length - 1];
    const failures = samples.filter((g) => g.status === "failure").length;
    const spark = sparkline(samples.slice(-SPARK_POINTS).map((g) => ({ v: g.value, s: g.status })));
    const rate = percentAgainst(samples.length - failures, samples.length, null) ?? 0;
    return `<tr><td class="gname">${esc(name)}</td><td>${pill(last.status)}</td><td class="num">${last.value === null ? "\u2014" : `<b>${esc(fmtNum(last.value, last.unit))}</b>`}${last.threshold !== null ? ` <span class="muted">${esc(relation(last.value, last.threshold, last.direction))} ${esc(fmtLimit(last.threshold, last.unit))}</span>` : ""}</td><td class="num">${count(samples.length)}</td><td class="num">${count(failures)}</td><td class="num">${exactPct(rate)}</td><td>${spark}</td></tr>`;
  });
  return `<section id="trends" class="card">
<h2>Historical trends</h2>
${malformed}
<div class="tiles small-tiles">${tiles.map(([k, v]) => `<div class="tile"><div class="k">${k}</div><span class="big">${esc(v)}</span></div>`).join("")}</div>
<p class="muted small">${count(points.length)} points, ${esc(perText)}${history.truncated ? "; older runs are counted per day only" : ""}.</p>
<div class="grid2">
<figure><figcaption>Line coverage</figcaption>${lineChart({ title: "Coverage", points: pt((p) => p.coverage), unit: "%", threshold, fixedMax: 100 })}</figure>
<figure><figcaption>Test pass rate</figcaption>${lineChart({ title: "Pass rate", points: pt((p) => p.pass_rate), unit: "%", fixedMax: 100 })}</figure>
<figure><figcaption>Run duration</figcaption>${lineChart({ title: "Duration", points: pt((p) => p.duration), unit: "ms" })}</figure>
<figure><figcaption>${per === "run" ? "Failed gates per run (grey: gates measured)" : "Failed runs (grey: runs)"}</figcaption>${failureBars(points.map((p) => ({ label: p.label, total: p.total, failed: p.failed, tip: p.tip })), "Failures")}</figure>
</div>
${gateRows.length ? `<h3>Gates over the last ${count(runs.length)} run(s)</h3><table class="gates-hist"><thead><tr><th>Gate</th><th>Last</th><th class="num">Last value</th><th class="num">Runs</th><th class="num">Failed</th><th class="num">Pass</th><th>Last ${SPARK_POINTS} values</th></tr></thead><tbody>${gateRows.join("")}</tbody></table>` : ""}
</section>`;
}

// src/observability/view.ts
function statusOfStage(s) {
  return s === "passed" ? "success" : s === "cancelled" ? "cancelled" : s === "skipped" ? "skipped" : "failure";
}
function time(s) {
  const t = Date.parse(String(s ?? ""));
  return Number.isFinite(t) ? t : null;
}
function fromReport(report) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(report.stage_results ?? {}), ...report.stages_skipped ?? []]);
  const order = [...STAGE_ORDER.filter((k) => keys.has(k)), ...[...keys].filter((k) => !STAGE_ORDER.includes(k))];
  const stages = order.map((key) => {
    const s = report.stage_results[key];
    if (!s) {
      return {
        key,
        status: "skipped",
        started: null,
        ended: null,
        duration_ms: 0,
        retries: 0,
        error_type: null,
        errors: [],
        warnings: [],
        skip_reason: report.skip_reasons?.[key] ?? null,
        gates: []
      };
    }
    return {
      key,
      // Reports written before `status` existed say only `success`.
      status: statusOfStage(s.status ?? (s.success ? "passed" : "failed")),
      started: time(s.started_at),
      ended: time(s.finished_at),
      duration_ms: s.execution_time_ms,
      retries: s.retries ?? 0,
      error_type: s.error_type ?? null,
      errors: s.errors ?? [],
      warnings: s.warnings ?? [],
      skip_reason: null,
      gates: Object.values(s.quality_gates ?? {}).map((g) => {
        const shared = gateView(key, g);
        const m = shared.criteria.length ? null : gateMeasure(g);
        return {
          stage: key,
          name: g.gate_name,
          status: g.passed ? "success" : g.error_type === "cancelled" ? "cancelled" : "failure",
          value: m?.value ?? null,
          threshold: m?.threshold ?? null,
          direction: m?.direction ?? null,
          unit: m?.unit ?? null,
          duration_ms: g.execution_time_ms,
          text: shared.value,
          facts: shared.facts,
          caveats: shared.caveats,
          criteria: shared.criteria,
          errors: g.errors ?? [],
          warnings: g.warnings ?? [],
          findings: g.findings ?? []
        };
      })
    };
  });
  return {
    source: "report",
    component: report.component_name,
    target: report.target_stage,
    status: report.cancelled ? "cancelled" : report.success ? "success" : "failure",
    run_id: null,
    started: time(report.started_at),
    ended: time(report.finished_at),
    duration_ms: report.total_execution_time_ms,
    retries: stages.reduce((a, s) => a + s.retries, 0),
    stages,
    commands: Object.values(report.stage_results ?? {}).flatMap((s) => s?.commands ?? []),
    errors: report.errors ?? [],
    context_session_id: report.context_session_id,
    version: report.generator?.version ?? null,
    report: reportView(report)
  };
}
function fromHistoryRun(run) {
  const rank = (k) => {
    const i = STAGE_ORDER.indexOf(k);
    return i === -1 ? STAGE_ORDER.length : i;
  };
  const stages = [...run.stages].sort((a, b) => rank(a.name) - rank(b.name)).map((s) => ({
    key: s.name,
    status: s.status,
    started: s.status === "skipped" ? null : time(s.started_at),
    ended: s.status === "skipped" ? null : time(s.ended_at),
    duration_ms: s.duration_ms,
    retries: s.retries,
    error_type: s.error_type,
    errors: [],
    warnings: [],
    skip_reason: null,
    gates: run.gates.filter((g) => g.name.startsWith(`${s.name}.`)).map((g) => ({
      stage: s.name,
      name: g.name.slice(s.name.length + 1),
      status: g.status,
      value: g.value,
      threshold: g.threshold,
      direction: g.direction,
      unit: g.unit,
      duration_ms: g.duration_ms,
      text: null,
      facts: [],
      caveats: [],
      criteria: [],
      errors: [],
      warnings: [],
      findings: []
    }))
  }));
  return {
    source: "history",
    component: run.component,
    target: run.target,
    status: run.status,
    run_id: run.run_id,
    started: time(run.started_at),
    ended: time(run.ended_at),
    duration_ms: run.duration_ms,
    retries: run.retries,
    stages,
    commands: [],
    errors: [],
    context_session_id: null,
    version: null,
    report: null
  };
}
function emptyView() {
  return {
    source: "none",
    component: "unknown",
    target: null,
    status: "skipped",
    run_id: null,
    started: null,
    ended: null,
    duration_ms: null,
    retries: 0,
    stages: [],
    commands: [],
    errors: [],
    context_session_id: null,
    version: null,
    report: null
  };
}

// src/observability/dashboard.ts
var MAX_FINDINGS_LISTED = 100;
function overviewView(view, history) {
  const gates = view.stages.flatMap((s) => s.gates);
  const passed = gates.filter((g) => g.status === "success").length;
  const done = view.stages.filter((s) => s.status === "success").length;
  const failedStages = view.stages.filter((s) => s.status === "failure" || s.status === "cancelled");
  const findings = gates.reduce((a, g) => a + g.findings.length, 0);
  const tiles = [
    [
      "Verdict",
      view.status === "success" && view.report?.qualified === true ? `<span class="big c-${view.status}">\u26A0 ${esc(STATUS_LABEL[view.status])}</span><div class="small muted">not everything measured</div>` : `<span class="big c-${view.status}">${STATUS_MARK[view.status]} ${esc(view.source === "none" ? "no run" : STATUS_LABEL[view.status])}</span>`
    ],
    ["Total time", `<span class="big">${esc(fmtMs(view.duration_ms))}</span>`],
    ["Stages passed", `<span class="big">${count(done)}/${count(view.stages.length)}</span>`],
    ["Gates passed", `<span class="big">${gates.length ? `${count(passed)}/${count(gates.length)}` : "\u2014"}</span>`],
    ["Retries", `<span class="big">${count(view.retries)}</span>`],
    ["Findings", `<span class="big">${view.source === "report" ? count(findings) : "\u2014"}</span>`]
  ];
  const rv = view.report;
  const main = rv?.tests.find((t) => t.suite === "testing") ?? rv?.tests[0];
  if (main) tiles.splice(4, 0, ["Tests passed", `<span class="big">${main.total - main.skipped > 0 ? `${count(main.passed)}/${count(main.total - main.skipped)}` : "\u2014"}</span><div class="small muted">${count(main.failed)} failed \xB7 ${main.errors ? `${count(main.errors)} ${main.errors === 1 ? "error" : "errors"} \xB7 ` : ""}${count(main.skipped)} skipped${main.flaky ? ` \xB7 ${count(main.flaky)} flaky` : ""}</div>`]);
  if (rv?.coverage) tiles.splice(5, 0, ["Coverage", `<span class="big">${esc(exactPct(rv.coverage.percent))}</span>${rv.coverage.threshold !== null ? `<div class="small muted">threshold ${esc(exactPct(rv.coverage.threshold))}</div>` : ""}`]);
  const deployments = (rv?.deployments ?? []).map(
    (d) => `<div><dt>${esc(d.environment ?? d.stage)}</dt><dd>${d.url ? /^https?:\/\//i.test(d.url) ? `<a href="${esc(d.url)}">${esc(clip(d.url, 200))}</a>` : esc(clip(d.url, 200)) : esc(d.state)}${[d.rollback, ...d.notes].filter((x) => !!x).map((x) => ` \xB7 ${esc(x)}`).join("")}</dd></div>`
  );
  const problems = [];
  for (const e of view.errors) problems.push(`<li>${esc(clip(e, 600))}</li>`);
  for (const s of failedStages) {
    for (const g of s.gates.filter((x) => x.status !== "success")) {
      problems.push(`<li><b>${esc(s.key)}.${esc(g.name)}</b>: ${esc(clip(g.errors[0] ?? STATUS_LABEL[g.status], 600))}</li>`);
    }
    for (const e of s.errors) problems.push(`<li><b>${esc(s.key)}</b>: ${esc(clip(e, 600))}</li>`);
    if (s.errors.length === 0 && s.gates.every((g) => g.status === "success")) {
      problems.push(`<li><b>${esc(s.key)}</b>: ${esc(STATUS_LABEL[s.status])}${s.error_type ? ` (${esc(s.error_type)})` : ""}</li>`);
    }
  }
  const source = view.source === "history" ? `<p class="note-box">Drawn from the metrics history (latest run <code>${esc(view.run_id)}</code>): gate details and findings live in the JSON report.</p>` : view.source === "none" ? `<p class="note-box">No report and no recorded run${history.stats.files ? "" : " (the metrics directory is empty)"}.</p>` : "";
  return `<section id="overview" class="card">
<h2>Workflow overview</h2>
${source}
<div class="tiles">${tiles.map(([k, v]) => `<div class="tile"><div class="k">${k}</div>${v}</div>`).join("")}</div>
<dl class="facts">
<div><dt>Started</dt><dd>${esc(fmtTime(view.started))}</dd></div>
<div><dt>Finished</dt><dd>${esc(fmtTime(view.ended))}</dd></div>
<div><dt>Target</dt><dd>${esc(view.target ?? "\u2014")}</dd></div>
<div><dt>Context session</dt><dd>${esc(view.context_session_id ?? "\u2014")}</dd></div>
${view.run_id ? `<div><dt>Run</dt><dd>${esc(view.run_id)}</dd></div>` : ""}
${deployments.join("")}
</dl>
<h3>Stages timeline</h3>
${timeline(view)}
${problems.length ? `<h3>What failed</h3><ul class="problems">${problems.slice(0, 30).join("")}</ul>` : ""}
</section>`;
}
function criteriaTable(g) {
  if (!g.criteria.length) return "";
  const rows = g.criteria.map(
    (c) => `<tr><td>${c.met ? '<span class="c-success">\u2713</span>' : '<span class="c-failure">\u2717</span>'} ${esc(clip(c.name, 120))}</td><td class="num"><b>${esc(clip(c.value, 120))}</b></td><td class="num">${esc(clip(c.threshold, 80))}</td><td class="muted">${esc(clip(c.source, 160))}${c.reason ? `<div>${esc(clip(c.reason, 300))}</div>` : ""}</td></tr>`
  );
  return `<table class="criteria"><thead><tr><th>Criterion</th><th class="num">Value</th><th class="num">Needs</th><th>From</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function specView(view) {
  const spec = view.report?.spec;
  if (!spec) return "";
  const item = (i, links) => `<tr><td class="gname">${esc(i.id ?? "\u2014")}</td><td class="msg">${i.checked === null ? "" : i.checked ? "\u2611 " : "\u2610 "}${esc(clip(i.text, 500))}</td><td class="small trace">${links}${i.failing_in.length ? `<div class="err">failing in ${esc(i.failing_in.join(", "))}</div>` : ""}</td></tr>`;
  const reqs = spec.requirements.map(
    (r) => item(r, r.links.length ? `acceptance criteria ${esc(r.links.join(", "))}` : `<span class="muted">${r.id ? "no acceptance criterion cites it" : "no ID to cite it by"}</span>`)
  );
  const acs = spec.acceptance_criteria.map((a) => item(a, a.links.length ? `covers ${esc(a.links.join(", "))}` : '<span class="muted">cites no requirement ID</span>'));
  const verified = spec.verified_by.length ? `Checked in this run by the test gates ${spec.verified_by.map((k) => `<code>${esc(k)}</code>`).join(", ")}; a requirement or criterion is linked to a failing test when the test's name carries its ID.` : "No test gate measured anything in this run: nothing here was checked by tests.";
  return `<section id="spec" class="card">
<h2>Specification${spec.title ? `: ${esc(clip(spec.title, 200))}` : ""}</h2>
<p class="muted small">${spec.file ? `<code>${esc(clip(spec.file, 200))}</code> \xB7 ` : ""}${count(spec.requirements.length)} requirement${spec.requirements.length === 1 ? "" : "s"}, ${count(spec.acceptance_criteria.length)} acceptance ${spec.acceptance_criteria.length === 1 ? "criterion" : "criteria"}. ${verified}</p>
${reqs.length ? `<h3>Requirements</h3><table><thead><tr><th>ID</th><th>Requirement</th><th>Traced to</th></tr></thead><tbody>${reqs.join("")}</tbody></table>` : ""}
${acs.length ? `<h3>Acceptance criteria</h3><table><thead><tr><th>ID</th><th>Criterion</th><th>Covers</th></tr></thead><tbody>${acs.join("")}</tbody></table>` : ""}
</section>`;
}
function testsView(view) {
  const insights = view.report?.insights;
  if (!insights) return "";
  const lists = insights.lists.map((l) => {
    const rows = l.items.map((i) => `<tr><td class="gname"><code>${esc(clip(i.id, 300))}</code></td><td class="msg">${esc(clip(i.note, 600))}</td></tr>`);
    const more = l.count - l.items.length;
    return `<h3>${esc(l.title)} (${count(l.count)}${l.detail ? `; ${esc(l.detail)}` : ""})</h3><table><tbody>${rows.join("")}</tbody></table>${more > 0 ? `<p class="muted small">${count(more)} more in the JSON report.</p>` : ""}`;
  });
  return `<section id="tests" class="card">
<h2>Tests</h2>
${insights.basis ? `<p class="muted small">${esc(insights.basis)}</p>` : ""}
${insights.expired.map((e) => `<p class="err">\u2717 expired quarantine entry: ${esc(clip(e, 600))}</p>`).join("")}
${lists.join("\n")}
${insights.notes.map((n2) => `<p class="note-box">${esc(clip(n2, 600))}</p>`).join("")}
</section>`;
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
var CAVEAT_PILL = '<span class="pill s-caveat">\u26A0 passed</span>';
function gatesView(view) {
  const gates = view.stages.flatMap((s) => s.gates);
  const rows = gates.map(
    (g) => `<tr class="r-${g.status}">
<td>${g.status === "success" && g.caveats.length > 0 ? CAVEAT_PILL : pill(g.status)}</td>
<td><div class="gname">${esc(g.name)}</div><div class="muted small">${esc(g.stage)}</div></td>
<td class="val">${g.text !== null ? `<b>${esc(clip(g.text, 200))}</b>` : valueVsThreshold(g)}</td>
<td>${g.criteria.length || g.value === null && g.text !== null ? "" : gauge(g)}</td>
<td class="small details">${g.caveats.length + g.facts.length + g.errors.length + g.warnings.length === 0 ? '<span class="muted">\u2014</span>' : ""}${g.caveats.map((c) => `<div class="warn">\u26A0 ${esc(clip(c, 300))}</div>`).join("")}${g.facts.length ? `<div>${esc(clip(g.facts.join(" \xB7 "), 400))}</div>` : ""}${g.errors.slice(0, 3).map((e) => `<div class="err">${esc(clip(e, 400))}</div>`).join("")}${g.warnings.filter((w) => !g.caveats.includes(w)).slice(0, 2).map((w) => `<div class="warn">${esc(clip(w, 400))}</div>`).join("")}</td>
</tr>${g.criteria.length ? `<tr class="sub"><td></td><td colspan="4">${criteriaTable(g)}</td></tr>` : ""}`
  );
  const stageCaveats = (view.report?.stages ?? []).flatMap((st) => st.caveats.map((c) => `<div class="warn">\u26A0 ${esc(st.key)}: ${esc(clip(c, 400))}</div>`));
  const table = (gates.length ? `<table class="gates"><thead><tr><th>Status</th><th>Gate</th><th class="val">Value vs threshold</th><th></th><th>Details</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : `<p class="muted">No quality gate was measured${view.source === "none" ? "" : " in this run"}.</p>`) + stageCaveats.join("");
  const all = gates.flatMap((g) => g.findings.map((f) => ({ f, gate: g })));
  const byTool = /* @__PURE__ */ new Map();
  for (const { f } of all) {
    const key = String(f.tool ?? "unknown");
    const c = byTool.get(key) ?? { error: 0, warning: 0, notice: 0 };
    const sev = f.severity === "error" || f.severity === "warning" || f.severity === "notice" ? f.severity : "notice";
    c[sev]++;
    byTool.set(key, c);
  }
  let findings = "";
  if (view.source !== "report") {
  } else if (all.length === 0) findings = '<h3>Findings by tool</h3><p class="muted">No finding was reported.</p>';
  else {
    const maxTool = Math.max(...[...byTool.values()].map((c) => c.error + c.warning + c.notice));
    const toolRows = [...byTool.entries()].sort((a, b) => b[1].error + b[1].warning + b[1].notice - (a[1].error + a[1].warning + a[1].notice)).map(([tool, c]) => {
      const total = c.error + c.warning + c.notice;
      const scale = 220 / maxTool;
      return `<tr><td class="gname">${esc(tool)}</td><td class="num">${count(c.error)}</td><td class="num">${count(c.warning)}</td><td class="num">${count(c.notice)}</td><td class="num"><b>${count(total)}</b></td><td><svg class="gauge" viewBox="0 0 222 12" width="222" height="12"><rect class="sev-error" x="0" y="1" width="${n(c.error * scale)}" height="10"/><rect class="sev-warning" x="${n(c.error * scale)}" y="1" width="${n(c.warning * scale)}" height="10"/><rect class="sev-notice" x="${n((c.error + c.warning) * scale)}" y="1" width="${n(c.notice * scale)}" height="10"/></svg></td></tr>`;
    });
    const listed = [...all].sort((a, b) => (SEVERITY_ORDER[a.f.severity] ?? 3) - (SEVERITY_ORDER[b.f.severity] ?? 3)).slice(0, MAX_FINDINGS_LISTED);
    const items = listed.map(({ f, gate }) => {
      const where = `${f.file ?? ""}${f.line ? `:${f.line}` : ""}${f.column ? `:${f.column}` : ""}`;
      return `<tr><td><span class="sev sev-${esc(f.severity)}">${esc(f.severity)}</span></td><td class="small">${esc(f.tool)}${f.rule ? `<div class="muted">${esc(clip(String(f.rule), 80))}</div>` : ""}</td><td class="small mono">${esc(clip(where, 160))}</td><td class="msg">${esc(clip(String(f.message ?? ""), 500))}</td><td class="small muted">${esc(gate.name)}</td></tr>`;
    });
    findings = `<h3>Findings by tool</h3>
<table class="tools"><thead><tr><th>Tool</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Notices</th><th class="num">Total</th><th></th></tr></thead><tbody>${toolRows.join("")}</tbody></table>
<h3>Findings${all.length > listed.length ? ` (first ${count(listed.length)} of ${count(all.length)}; all are in the JSON report)` : ""}</h3>
<table class="findings"><thead><tr><th>Severity</th><th>Tool</th><th>Where</th><th>Message</th><th>Gate</th></tr></thead><tbody>${items.join("")}</tbody></table>`;
  }
  return `<section id="quality-gates" class="card">
<h2>Quality gates</h2>
${table}
${findings}
</section>`;
}
function performanceView(view) {
  const rows = [];
  for (const s of view.stages) {
    if (s.status === "skipped") continue;
    rows.push({ label: s.key, value: s.duration_ms, status: s.status, indent: false, note: s.retries ? `\u21BB ${s.retries}` : "" });
    for (const g of s.gates) rows.push({ label: g.name, value: g.duration_ms, status: g.status, indent: true, note: "" });
  }
  const retryRows = view.stages.filter((s) => s.status !== "skipped").map(
    (s) => `<tr><td class="gname">${esc(s.key)}</td><td>${pill(s.status)}</td><td class="num">${esc(fmtMs(s.duration_ms))}</td><td class="num">${count(s.retries)}</td><td>${esc(s.error_type ?? "\u2014")}</td></tr>`
  );
  const cmds = view.commands.slice(0, 60).map((c) => {
    const status = c.exit_code === 0 && !c.timed_out ? "success" : "failure";
    const outcome = c.timed_out ? "timed out" : c.signal ? `signal ${c.signal}` : `exit ${c.exit_code ?? "\u2014"}`;
    return `<tr><td class="gname nowrap">${esc(c.purpose)}</td><td class="num">${esc(c.attempt)}</td><td>${pill(status, outcome)}</td><td class="num">${esc(fmtMs(c.duration_ms))}</td><td class="mono small cmd">${esc(clip(String(c.command ?? ""), 200))}</td></tr>`;
  });
  return `<section id="performance" class="card">
<h2>Performance</h2>
<h3>Durations per stage and gate</h3>
${hbars(rows)}
<h3>Retries per stage</h3>
${retryRows.length ? `<table><thead><tr><th>Stage</th><th>Status</th><th class="num">Duration</th><th class="num">Retries</th><th>Error type</th></tr></thead><tbody>${retryRows.join("")}</tbody></table>` : '<p class="muted">No stage ran.</p>'}
${cmds.length ? `<h3>Commands${view.commands.length > cmds.length ? ` (first ${count(cmds.length)} of ${count(view.commands.length)})` : ""}</h3><table><thead><tr><th>Purpose</th><th class="num">Attempt</th><th>Outcome</th><th class="num">Duration</th><th>Command</th></tr></thead><tbody>${cmds.join("")}</tbody></table>` : ""}
</section>`;
}
var STYLE = `
dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(210px,1fr));gap:8px 20px;margin:0 0 6px}
dl.facts dt{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}dl.facts dd{margin:0;word-break:break-word}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;background:#fbfcfd}
td.num,th.num{text-align:right;white-space:nowrap}
.gname{font-weight:600;white-space:nowrap}
table.criteria{margin:0 0 4px;font-size:12px}table.criteria td,table.criteria th{padding:3px 8px}tr.sub>td{border-bottom:1px solid var(--line);padding-top:0}
td.val,th.val{text-align:right;min-width:150px;max-width:330px}td.details{min-width:220px;max-width:380px;word-break:break-word}td.trace{min-width:190px}
.msg{word-break:break-word;white-space:pre-wrap;min-width:220px}.cmd{word-break:break-all;min-width:220px}.nowrap{white-space:nowrap}
.sev{font-size:11px;font-weight:600;text-transform:uppercase;padding:1px 6px;border-radius:4px;color:#fff}
span.sev-error{background:var(--bad)}span.sev-warning{background:var(--warnf);color:#3b2300}span.sev-notice{background:var(--skip)}
rect.sev-error{fill:var(--badf)}rect.sev-warning{fill:var(--warnf)}rect.sev-notice{fill:var(--skip)}
.note-box{background:#ddf4ff;border:1px solid #b6e3ff;border-radius:6px;padding:8px 12px}
.empty{border:1px dashed var(--line);border-radius:8px;padding:22px;text-align:center;background:#fbfcfd}
.empty-title{font-size:16px;font-weight:600;margin-bottom:6px}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr));gap:14px}
figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:8px 10px;min-width:0}
figcaption{font-weight:600;font-size:13px;margin-bottom:4px}
.chart-empty{color:var(--muted);padding:30px 0;text-align:center}
svg.chart{width:100%;height:auto;display:block}svg.chart.wide{min-width:680px}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.grid{stroke:#e6eaef;stroke-width:1}
.axis{fill:var(--muted);font-size:11px}.axis.thr{fill:#8c959f}
.label{fill:var(--fg);font-size:13px;font-weight:600}.sublabel{fill:var(--muted);font-size:12px}
.value{fill:var(--fg);font-size:12px}.note{fill:var(--muted);font-size:12px;font-style:italic}
.f-success{fill:var(--okf)}.f-failure{fill:var(--badf)}.f-cancelled{fill:var(--warnf)}.f-skipped{fill:#afb8c1}.soft{opacity:.65}
.skip{fill:#f6f8fa;stroke:#d1d9e0;stroke-dasharray:4 3}
.track{fill:#eaeef2}.tick{fill:#1f2328}.bar-total{fill:#d8dee4}
.line{fill:none;stroke:var(--accent);stroke-width:2}.line.thin{stroke-width:1.5}
.threshold{stroke:#8c959f;stroke-width:1.5;stroke-dasharray:5 4}
.dot{stroke:#fff;stroke-width:1}.d-success{fill:var(--accent)}.d-failure{fill:var(--badf)}.d-cancelled{fill:var(--warnf)}.d-skipped{fill:#afb8c1}
`;
function scrollTables(html) {
  return html.replace(/<table\b/g, '<div class="scroll"><table').replace(/<\/table>/g, "</table></div>");
}
function renderDashboard(input) {
  const { report, history } = input;
  const generated = typeof input.generatedAt === "number" ? input.generatedAt : input.generatedAt.getTime();
  const latest = history.runs.length ? history.runs[history.runs.length - 1] : null;
  const view = report ? fromReport(report) : latest ? fromHistoryRun(latest) : emptyView();
  const component = report?.component_name ?? latest?.component ?? null;
  const verdict = view.source === "none" ? "NO RUN" : STATUS_LABEL[view.status].toUpperCase();
  const qualified = view.status === "success" && view.report?.qualified === true;
  return renderPage({
    title: `${component ?? "spec-to-production"} \u2014 ${verdict.toLowerCase()}`,
    style: STYLE,
    heading: esc(component ?? "spec-to-production"),
    sub: `target ${esc(view.target ?? "\u2014")} \xB7 run ${esc(fmtTime(view.started))} \xB7 generated ${esc(fmtTime(generated))}`,
    status: view.status,
    verdict: qualified ? `\u26A0 ${verdict}, NOT EVERYTHING MEASURED` : `${STATUS_MARK[view.status]} ${verdict}`,
    nav: `<a href="#overview">Overview</a><a href="#quality-gates">Quality gates</a>${view.report?.insights ? '<a href="#tests">Tests</a>' : ""}${view.report?.spec ? '<a href="#spec">Spec</a>' : ""}<a href="#performance">Performance</a><a href="#trends">Trends</a>`,
    main: scrollTables(`${overviewView(view, history)}
${gatesView(view)}
${testsView(view)}
${specView(view)}
${performanceView(view)}
${trendsView(history, component)}`),
    footer: `spec-to-production${view.version ? ` ${esc(view.version)}` : ""} \xB7 self-contained dashboard: no script, no network \xB7 ${count(history.stats.files)} metrics file(s), ${count(history.stats.lines)} line(s) read`
  });
}

// src/observability/index.ts
async function writeObservability(opts) {
  const { workspaceDir, report, retentionDays, now } = opts;
  const records = opts.recordMetrics === false ? [] : metricsFromReport(report, { runId: opts.runId, branch: opts.branch });
  const warnings = [];
  let pruned = { removedFiles: 0, removedEntries: 0 };
  try {
    if (records.length) await appendMetrics(workspaceDir, records, now);
    if (opts.recordMetrics !== false) pruned = await pruneMetrics(workspaceDir, retentionDays, now);
  } catch (error) {
    warnings.push(`this run's metrics were not recorded: ${error.message}`);
  }
  const history = await readHistory(workspaceDir, { component: report.component_name, sinceDays: retentionDays, now });
  let dashboardPath = null;
  if (opts.dashboardPath) {
    const html = renderDashboard({ report, history, generatedAt: now });
    await writeAtomically(opts.dashboardPath, html);
    dashboardPath = opts.dashboardPath;
  }
  return { dashboardPath, records, historyRuns: history.runs_seen, malformed: history.stats.malformed, firstMalformed: history.stats.first_malformed, pruned, history, warnings };
}
async function regenerateDashboard(opts) {
  const history = await readHistory(opts.workspaceDir, { component: opts.component ?? opts.report?.component_name, sinceDays: opts.sinceDays, now: opts.now });
  await writeAtomically(opts.dashboardPath, renderDashboard({ report: opts.report ?? null, history, generatedAt: opts.now }));
  return { dashboardPath: opts.dashboardPath, historyRuns: history.runs_seen };
}
async function writeAtomically(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text);
    replaceFileSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
    }
    throw new Error(writeFailure("the dashboard", path, error), { cause: error });
  }
}

export {
  MAX_TREND_POINTS,
  renderDashboard,
  writeObservability,
  regenerateDashboard
};
