/**
 * The page shell both dashboards share (this component's and the combined one of every leg): the head with its
 * Content-Security-Policy, the palette, the header with the verdict, the sticky navigation, the cards, tiles and
 * pills, and the footer. Each dashboard adds only the CSS of its own pieces. No script, no font, no remote load.
 */

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text and attribute escaping; control characters (but tab and newlines) and bidirectional controls become U+FFFD. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/[&<>"']/g, (c) => ESC[c])
    // Bidirectional embeddings, overrides and isolates too: a name with U+202E would display as another (Trojan Source).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
}

/** Palette, layout, header, navigation, cards, tiles, pills, tables and footer. */
export const SHELL_STYLE = `
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
`

export interface PageParts {
  /** The document's title, before ` · spec-to-production` (escaped here). */
  title: string
  /** CSS of this page's own pieces, after the shell's. */
  style: string
  /** The header's heading and the line under it (HTML). */
  heading: string
  sub: string
  /** The verdict box: its status class and text (escaped here). */
  status: 'success' | 'failure' | 'cancelled' | 'skipped'
  verdict: string
  /** Navigation links (HTML). */
  nav: string
  main: string
  footer: string
  /** Widest the content grows, in pixels (default 1180). */
  width?: number
}

/** The whole HTML document around one dashboard's content. */
export function renderPage(p: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${esc(p.title)} · spec-to-production</title>
<style>${SHELL_STYLE}${p.width ? `:root{--page-width:${Math.round(p.width)}px}\n` : ''}${p.style}</style>
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
`
}
