import {
  fmtDuration,
  grouped
} from "./chunk-NP6TI2MO.js";
import {
  clipChars
} from "./chunk-4CLWEP5D.js";

// src/observability/page.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ESC[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}
var SHELL_STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;--ok:#1a7f37;--okf:#2da44e;--bad:#cf222e;--badf:#e5534b;--warn:#9a6700;--warnf:#d4a72c;--skip:#818b98;--accent:#0969da}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:18px 28px;display:flex;flex-wrap:wrap;gap:12px 20px;align-items:center;justify-content:space-between}
header.top h1{margin:0;font-size:22px;font-weight:600;word-break:break-all}
header.top .sub{color:var(--muted);font-size:13px}
.verdict{font-size:15px;font-weight:700;padding:8px 16px;border-radius:8px;white-space:nowrap;color:#fff}
.verdict.s-success{background:var(--ok)}.verdict.s-failure{background:var(--bad)}.verdict.s-cancelled{background:var(--warn)}.verdict.s-skipped{background:var(--skip)}
nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:0 20px;display:flex;flex-wrap:wrap;gap:0 4px}
nav a{color:var(--fg);text-decoration:none;padding:10px 12px;border-bottom:2px solid transparent;font-weight:500}
nav a:hover{border-bottom-color:var(--accent);color:var(--accent)}
main{max-width:var(--page-width,1180px);margin:0 auto;padding:20px 28px 40px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin-bottom:20px;scroll-margin-top:50px}
h2{margin:0 0 14px;font-size:18px}
h3{margin:20px 0 8px;font-size:14px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px;margin-bottom:14px}
.tile{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfcfd}
.tile .k{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.big{font-size:20px;font-weight:600}
.c-success{color:var(--ok)}.c-failure{color:var(--bad)}.c-cancelled{color:var(--warn)}.c-skipped{color:var(--skip)}
.small{font-size:12px}.muted{color:var(--muted)}.mono,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.err{color:var(--bad)}.warn{color:var(--warn)}
.pill{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid}
.pill.s-success{color:var(--ok);background:#dafbe1;border-color:#aceebb}.pill.s-failure{color:var(--bad);background:#ffebe9;border-color:#ffcecb}
.pill.s-cancelled,.pill.s-caveat{color:var(--warn);background:#fff8c5;border-color:#f5e0a0}.pill.s-skipped{color:var(--muted);background:#f6f8fa;border-color:var(--line)}
ul.problems{margin:0;padding-left:20px}ul.problems li{margin:3px 0;word-break:break-word}
footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 30px}
@media (max-width:640px){main{padding:12px}header.top{padding:14px 12px}.card{padding:14px 12px}}
@media print{nav{display:none}.card{break-inside:avoid}}
`;
function renderPage(p) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${esc(p.title)} \xB7 spec-to-production</title>
<style>${SHELL_STYLE}${p.width ? `:root{--page-width:${Math.round(p.width)}px}
` : ""}${p.style}</style>
</head>
<body>
<header class="top">
<div><h1>${p.heading}</h1>
<div class="sub">${p.sub}</div></div>
<div class="verdict s-${p.status}">${esc(p.verdict)}</div>
</header>
<nav>${p.nav}</nav>
<main>
${p.main}
</main>
<footer>${p.footer}</footer>
</body>
</html>
`;
}

// src/observability/format.ts
function clip(s, max) {
  return clipChars(s, max);
}
function n(x) {
  return Number.isFinite(x) ? String(Math.round(x * 10) / 10) : "0";
}
function fmtMs(ms) {
  const text = fmtDuration(ms ?? null);
  return text === "not timed" ? "\u2014" : text;
}
function axisMs(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${Math.round(ms / 100) / 10} s`;
  if (ms < 72e5) return `${Math.round(ms / 6e3) / 10} min`;
  return `${Math.round(ms / 36e4) / 10} h`;
}
function fmtNum(v, unit) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "\u2014";
  const s = grouped(Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0$/, ""));
  return unit === "%" ? `${s}%` : s;
}
function fmtLimit(v, unit) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "\u2014";
  return unit === "%" ? `${grouped(String(v))}%` : grouped(String(v));
}
function fmtTime(t) {
  const ms = typeof t === "number" ? t : Date.parse(String(t ?? ""));
  if (!Number.isFinite(ms)) return "\u2014";
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
var STATUS_LABEL = { success: "passed", failure: "failed", cancelled: "cancelled", skipped: "skipped" };
var STATUS_MARK = { success: "\u2713", failure: "\u2717", cancelled: "\u2298", skipped: "\u2013" };
function pill(status, text) {
  return `<span class="pill s-${status}">${STATUS_MARK[status]} ${esc(text ?? STATUS_LABEL[status])}</span>`;
}

export {
  CSP,
  esc,
  renderPage,
  clip,
  n,
  fmtMs,
  axisMs,
  fmtNum,
  fmtLimit,
  fmtTime,
  STATUS_LABEL,
  STATUS_MARK,
  pill
};
