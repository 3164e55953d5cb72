/**
 * Comments that take a whole file out of a checker's sight. The checker then reports nothing for it — not a
 * suppressed problem, nothing — so "0 errors" cannot tell a clean file from one that opted out. Measured with the real
 * tools: tsc honours `// @ts-nocheck` only among the file's leading `//` comments (after an import, or inside a
 * `/** … *\/` block, it is ignored); mypy honours `# mypy: ignore-errors` anywhere and `# type: ignore` only on a line
 * of its own before any code or docstring (PEP 484), as pyright does; pylint `# pylint: skip-file` and `# pylint:
 * disable=all`; ruff and flake8 a bare `# ruff: noqa` / `# flake8: noqa` (one that names codes exempts only those).
 */

/** A file-wide opt-out: the line it is on and the directive as written. */
export interface OptOut {
  line: number
  directive: string
}

/** Which checker a gate's report came from, as far as opt-outs go. */
export type OptOutFamily = 'typescript' | 'python-types' | 'ruff' | 'pylint'

/** The family of a report's tool, or null when its file-wide opt-outs are not looked for (eslint lists what it suppressed). */
export function optOutFamily(name: string): OptOutFamily | null {
  // SARIF names its driver as the tool does (Ruff, Pylint, Pyright).
  const tool = name.toLowerCase()
  if (tool === 'tsc') return 'typescript'
  if (tool === 'mypy' || tool === 'pyright') return 'python-types'
  if (tool === 'ruff' || tool === 'flake8') return 'ruff'
  if (tool === 'pylint') return 'pylint'
  return null
}

/** The files a family's opt-outs apply to. */
export function optOutApplies(family: SilencingFamily, file: string): boolean {
  return family === 'typescript' || family === 'eslint' ? /\.(?:[cm]?[jt]s|[jt]sx)$/.test(file) && !/\.d\.[cm]?ts$/.test(file) : /\.pyi?$/.test(file)
}

const TS_NOCHECK = /^\/\/\s*@ts-nocheck\b/
const MYPY_IGNORE_ERRORS = /^#\s*mypy:.*\bignore-errors\b(?!\s*=\s*(?:false|False))/
const TYPE_IGNORE = /^#\s*type:\s*ignore\s*(?:#.*)?$/
const RUFF_NOQA = /^#\s*(?:ruff|flake8)\s*:\s*noqa\s*(?:#.*)?$/i
const PYLINT_OFF = /^#\s*pylint\s*:\s*(?:skip-file\b|disable\s*=\s*all\b)/

/** The first file-wide opt-out of `family` in `text`, or null when the file does not opt out. */
export function findOptOut(family: OptOutFamily, text: string): OptOut | null {
  if (family === 'typescript') return tsNoCheck(text)
  const lines = text.split(/\r\n?|\n/)
  let leading = true
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim()
    const blank = line === ''
    if (family === 'python-types') {
      if (MYPY_IGNORE_ERRORS.test(line)) return { line: i + 1, directive: line }
      if (leading && TYPE_IGNORE.test(line)) return { line: i + 1, directive: line }
      if (!blank && !line.startsWith('#')) leading = false
      continue
    }
    if (family === 'ruff' ? RUFF_NOQA.test(line) : PYLINT_OFF.test(line)) return { line: i + 1, directive: line }
  }
  return null
}

/**
 * `// @ts-nocheck` among the file's leading comments: tsc reads pragmas from the comments before the first token (a
 * shebang, `/* … *\/` blocks and `//` lines, in any order), and only from `//` lines.
 */
function tsNoCheck(text: string): OptOut | null {
  let at = text.startsWith('#!') ? text.indexOf('\n') + 1 || text.length : 0
  const space = /\s*/y
  while (at < text.length) {
    space.lastIndex = at
    space.exec(text)
    at = space.lastIndex
    if (text.startsWith('//', at)) {
      const newline = text.indexOf('\n', at)
      const comment = (newline === -1 ? text.slice(at) : text.slice(at, newline)).trim()
      if (TS_NOCHECK.test(comment)) return { line: text.slice(0, at).split('\n').length, directive: comment }
      if (newline === -1) return null
      at = newline + 1
    } else if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2)
      if (end === -1) return null
      at = end + 2
    } else return null
  }
  return null
}

/**
 * Comments that tell a secret scanner not to report what follows them, as each scanner reads them: secretlint (its
 * recommended preset's filter-comments rule matches `secretlint-disable`, `-disable-line`, `-disable-next-line` anywhere
 * in the text, comment or not; `secretlint-disable` holds until a `secretlint-enable`), detect-secrets (`pragma:
 * allowlist secret`, `pragma: allowlist nextline secret`), gitleaks (`gitleaks:allow`). The scanner's report says nothing
 * of what they hid; each one is returned with its line (at most `max` per file).
 */
export function secretAllowComments(tool: string, text: string, max = 20): OptOut[] {
  const pattern = SECRET_ALLOWS[tool.toLowerCase()]
  if (!pattern) return []
  const out: OptOut[] = []
  const lines = text.split(/\r\n?|\n/)
  for (const [i, line] of lines.entries()) {
    for (const match of line.matchAll(pattern)) {
      out.push({ line: i + 1, directive: match[0].trim() })
      if (out.length >= max) return out
    }
  }
  return out
}

const SECRET_ALLOWS: Record<string, RegExp> = {
  secretlint: /secretlint-(?:disable-next-line|disable-line|disable)\b/g,
  'detect-secrets': /pragma:\s*allowlist(?:\s+nextline)?\s+secret/g,
  gitleaks: /gitleaks:allow/g
}

/** Whether a secret scanner's allow comments are looked for. */
export function hasSecretAllows(tool: string): boolean {
  return tool.toLowerCase() in SECRET_ALLOWS
}

/**
 * Comments that silence a checker on one line (or the next), as each checker reads them: tsc `// @ts-ignore` and
 * `// @ts-expect-error` (the next line's errors; also in a `/* … *\/` comment), mypy and pyright `# type: ignore` (with
 * or without codes) and pyright's `# pyright: ignore`, ruff and flake8 `# noqa` (with or without codes), pylint
 * `# pylint: disable=…` and `disable-next=…`. Unlike eslint, none of them lists what it silenced: the report has no
 * trace of the error at all. eslint is not searched: its report carries its suppressed messages.
 */
const LINE_SUPPRESSIONS: Record<SilencingFamily, RegExp> = {
  typescript: /(?:\/\/|\/\*)\s*@ts-(?:ignore|expect-error)\b/,
  // And the inline configuration that loosens the whole file: mypy's `# mypy: disable-error-code=…`, `allow-…`,
  // `no-strict-optional`, `no-warn-…`; pyright's `# pyright: basic` and a rule set to false, none, warning or information.
  'python-types':
    /#\s*(?:type:\s*ignore|pyright:\s*ignore)\b|^\s*#\s*mypy:.*?(?<![\w-])(?:disable-error-code|allow-[\w-]+|no-strict-optional|no-warn-[\w-]+)\b|^\s*#\s*pyright:\s*(?:basic\b|.*?\breport\w+\s*=\s*(?:false|none|warning|information)\b)/,
  ruff: /#\s*noqa\b/i,
  pylint: /#\s*pylint\s*:\s*disable(?:-next)?\s*=/,
  // eslint's inline configuration `/* eslint no-unused-vars: "off" */` (or 0, or ["off", …]) turns a rule off from
  // there to the end of its file: not a suppression, so its report lists nothing of it, not even as suppressed.
  eslint: /\/\*\s*eslint\s+[^*]*?:\s*\[?\s*(?:"off"|'off'|0)(?![\w.])[^*]*\*\//
}

/**
 * The checkers whose silencing comments leave no trace in their report: those with file-wide opt-outs, and eslint,
 * whose `/* eslint-disable *\/` comments its report lists as suppressed but whose rule-configuration comments it does not.
 */
export type SilencingFamily = OptOutFamily | 'eslint'

/** The family of a report's tool for its silencing comments, or null when they are not looked for. */
export function silencingFamily(name: string): SilencingFamily | null {
  return optOutFamily(name) ?? (name.toLowerCase() === 'eslint' ? 'eslint' : null)
}

/** The line-silencing comments of `family` on the given lines of `text` (1-based), with the comment as written. */
export function lineSuppressionsIn(family: SilencingFamily, text: string, lines: ReadonlySet<number>): OptOut[] {
  const out: OptOut[] = []
  const all = text.split(/\r\n?|\n/)
  for (const n of [...lines].sort((a, b) => a - b)) {
    const line = all[n - 1]
    const match = line === undefined ? null : LINE_SUPPRESSIONS[family].exec(line)
    if (match) out.push({ line: n, directive: line.slice(match.index).trim().slice(0, 120) })
  }
  return out
}
