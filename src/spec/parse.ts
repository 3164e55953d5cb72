/**
 * Spec parsing: optional YAML frontmatter, ATX headings (outside fenced and indented code and HTML comments), and the
 * list items (or table rows) of requirement and acceptance-criteria sections. Never throws; problems with the file
 * itself are returned in `issues`. Line-oriented and linear in the input size.
 */
import { parseFrontmatter } from './frontmatter.js'
import { MAX_SPEC_BYTES } from './types.js'
import type { ParsedSpec, SpecItem, SpecSection } from './types.js'

export type { ParsedSpec, SpecIssue, SpecItem, SpecSection, SpecRule } from './types.js'
export { MAX_SPEC_BYTES } from './types.js'

type Kind = 'requirement' | 'acceptance'

interface Draft {
  kind: Kind
  line: number
  section: string
  depth: number
  parts: string[]
  table?: boolean
}

interface OpenItem {
  contentIndent: number
  draft: Draft | null
}

/** Which kind of items a section title introduces: 'acceptance' wins over 'requirement'. */
export function sectionKind(title: string): Kind | null {
  const t = title.toLowerCase()
  if (t.includes('acceptance')) return 'acceptance'
  if (t.includes('requirement')) return 'requirement'
  return null
}

/** A spec with nothing in it, for callers that could not read the file (add an issue and set `rejected`). */
export function emptySpec(file: string): ParsedSpec {
  return {
    file,
    title: null,
    title_line: 1,
    frontmatter: Object.create(null) as Record<string, unknown>,
    frontmatter_lines: Object.create(null) as Record<string, number>,
    sections: [],
    requirements: [],
    acceptance_criteria: [],
    line_count: 0,
    issues: [],
    rejected: false
  }
}

/**
 * Parses a spec's text. `file` is only used to label issues. Never throws: a file over {@link MAX_SPEC_BYTES} or
 * with NUL bytes yields `rejected: true` and one error issue; frontmatter problems are reported in `issues`.
 */
export function parseSpec(text: string, file: string): ParsedSpec {
  const spec = emptySpec(file)
  if (typeof text !== 'string') text = ''

  // Refuse oversized and binary content before doing anything else with it.
  // UTF-8 needs at least one byte per UTF-16 code unit, so a long string is too large without measuring it.
  if (text.length > MAX_SPEC_BYTES || Buffer.byteLength(text, 'utf8') > MAX_SPEC_BYTES) {
    spec.rejected = true
    spec.issues.push({
      severity: 'error',
      file,
      line: 1,
      rule: 'file-too-large',
      message: `Spec file is larger than ${MAX_SPEC_BYTES / (1024 * 1024)} MB; it was not parsed`
    })
    return spec
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    spec.rejected = true
    spec.issues.push({
      severity: 'error',
      file,
      line: lineOfOffset(text, nul),
      rule: 'binary-content',
      message: 'Spec file contains NUL bytes (binary content?); it was not parsed'
    })
    return spec
  }

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  spec.line_count = text === '' ? 0 : lines.length

  // Frontmatter: `---` on the very first line, closed by `---` (or YAML's `...`).
  let bodyStart = 0
  if (lines.length > 0 && lines[0]!.trimEnd() === '---') {
    let close = -1
    for (let i = 1; i < lines.length; i++) {
      const l = lines[i]!.trimEnd()
      if (l === '---' || l === '...') {
        close = i
        break
      }
    }
    if (close === -1) {
      spec.issues.push({
        severity: 'error',
        file,
        line: 1,
        rule: 'frontmatter-unterminated',
        message: "Frontmatter opened with '---' on line 1 is never closed (expected a line with only '---')"
      })
    } else {
      const fm = parseFrontmatter(lines.slice(1, close).join('\n'), 2, file)
      spec.frontmatter = fm.data
      spec.frontmatter_lines = fm.lines
      spec.frontmatter_range = { start: 1, end: close + 1 }
      spec.issues.push(...fm.issues)
      bodyStart = close + 1
    }
  }

  scanBody(lines, bodyStart, spec)

  if (spec.title === null) {
    const fmTitle = spec.frontmatter['title']
    if (typeof fmTitle === 'string' && fmTitle.trim() !== '') {
      spec.title = fmTitle.trim()
      spec.title_line = spec.frontmatter_lines['/title'] ?? 1
    }
  }
  return spec
}

function scanBody(lines: string[], start: number, spec: ParsedSpec): void {
  const headingStack: Array<{ level: number; kind: Kind | null }> = []
  let section: SpecSection | null = null
  let sectionKindNow: Kind | null = null
  const listStack: OpenItem[] = []
  const drafts: Draft[] = []
  let fence: { char: string; len: number; base: number } | null = null
  let inComment = false
  let inParagraph = false
  let inTable = false

  const countContent = (): void => {
    if (section) section.content_lines++
  }
  const closeSection = (endLine: number): void => {
    if (section) section.end_line = Math.max(section.line, endLine)
  }
  const top = (): OpenItem | undefined => listStack[listStack.length - 1]

  for (let i = start; i < lines.length; i++) {
    const lineNo = i + 1
    const raw = lines[i]!

    if (fence) {
      const { indent, pos } = leading(raw)
      if (indent <= fence.base + 3 && isFenceClose(raw.slice(pos), fence.char, fence.len)) fence = null
      if (pos < raw.length) countContent()
      continue
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false
      continue
    }

    const { indent, pos } = leading(raw)
    if (pos === raw.length) {
      inParagraph = false
      inTable = false
      continue
    }
    const stripped = raw.slice(pos).trimEnd()
    const heading = indent <= 3 ? parseAtx(stripped) : null
    const startsBlock =
      heading !== null || fenceOpen(stripped) !== null || isThematicBreak(stripped) || listMarker(stripped) !== null || stripped.startsWith('<!--')

    // Leave the list items this line is not part of (a paragraph's lazy continuation line stays in its item).
    const lazy = inParagraph && !startsBlock
    if (!lazy) while (listStack.length > 0 && indent < top()!.contentIndent) listStack.pop()
    const base = listStack.length > 0 ? top()!.contentIndent : 0

    if (indent - base >= 4) {
      // Indented: a paragraph continuation, or indented code (which cannot interrupt a paragraph).
      countContent()
      if (inParagraph) appendText(top(), stripped)
      continue
    }

    if (heading) {
      listStack.length = 0
      inParagraph = false
      inTable = false
      if (heading.level === 1 && spec.title === null) {
        closeSection(lineNo - 1)
        section = null
        sectionKindNow = null
        headingStack.length = 0
        headingStack.push({ level: 1, kind: null })
        spec.title = heading.title
        spec.title_line = lineNo
        continue
      }
      closeSection(lineNo - 1)
      while (headingStack.length > 0 && headingStack[headingStack.length - 1]!.level >= heading.level) headingStack.pop()
      const kind = sectionKind(heading.title) ?? headingStack[headingStack.length - 1]?.kind ?? null
      headingStack.push({ level: heading.level, kind })
      section = { title: heading.title, level: heading.level, line: lineNo, content_lines: 0, end_line: lineNo }
      sectionKindNow = kind
      spec.sections.push(section)
      continue
    }

    const fenceInfo = fenceOpen(stripped)
    if (fenceInfo) {
      fence = { ...fenceInfo, base }
      inParagraph = false
      inTable = false
      countContent()
      continue
    }
    if (stripped.startsWith('<!--')) {
      if (!stripped.includes('-->', 4)) inComment = true
      inParagraph = false
      inTable = false
      continue
    }
    // A line a reader sees nothing in (`\u200b`, `&nbsp;`, a thematic break) is not content: a section of such lines
    // is empty, however many it has. An image is something, alt text or not (a section holding only a diagram).
    if (saysSomething(stripped) || showsMedia(stripped)) countContent()
    if (isThematicBreak(stripped)) {
      listStack.length = 0
      inParagraph = false
      inTable = false
      continue
    }

    const marker = listMarker(stripped)
    if (marker) {
      inTable = false
      const afterMarker = stripped.slice(marker.length)
      const ws = leading(afterMarker, indent + marker.length)
      const rest = afterMarker.slice(ws.pos)
      const markerEnd = indent + marker.length
      const contentIndent = rest === '' || ws.indent - markerEnd >= 5 ? markerEnd + 1 : ws.indent
      let draft: Draft | null = null
      if (sectionKindNow && section) {
        draft = { kind: sectionKindNow, line: lineNo, section: section.title, depth: listStack.length, parts: [] }
        if (rest !== '') draft.parts.push(rest)
        drafts.push(draft)
      }
      listStack.push({ contentIndent, draft })
      inParagraph = rest !== ''
      continue
    }

    // Tables: rows of a table in a requirement or acceptance section become items.
    if (listStack.length === 0 && sectionKindNow && section) {
      if (inTable && stripped.includes('|')) {
        const cells = tableCells(stripped)
        if (cells.some(c => c !== '')) {
          drafts.push({ kind: sectionKindNow, line: lineNo, section: section.title, depth: 0, parts: cells, table: true })
        }
        continue
      }
      if (stripped.includes('|') && i + 1 < lines.length && isTableDelimiter(lines[i + 1]!)) {
        inTable = true
        i++
        countContent()
        continue
      }
    }
    inTable = false

    // Paragraph text: joins the open list item, if any.
    appendText(top(), stripped)
    inParagraph = true
  }
  closeSection(spec.line_count)

  for (const d of drafts) {
    const item = d.table ? finishTableRow(d) : finishItem(d)
    if (!item) continue
    if (!saysSomething(item.text)) {
      // `- <!-- TODO -->`, `- \u200b`, `- [x]`, `- REQ-1:`: a bullet a reader sees nothing in is no requirement, and
      // a box ticked beside nothing meets no criterion; counted, they filled a required section with nothing.
      const noun = d.kind === 'requirement' ? 'requirement' : 'acceptance criterion'
      spec.issues.push({
        severity: 'warning',
        file: spec.file,
        line: d.line,
        rule: 'empty-item',
        message:
          `${d.table ? 'Table row' : 'List item'}${item.id === undefined ? '' : ` "${item.id}"`} in section "${d.section}" says nothing a reader sees ` +
          `(only ${item.id === undefined ? '' : 'an id, '}markup, an HTML comment or invisible characters): not counted as ${noun === 'requirement' ? 'a' : 'an'} ${noun}`
      })
      continue
    }
    if (d.kind === 'requirement') spec.requirements.push(item)
    else spec.acceptance_criteria.push(item)
  }
}

/**
 * Whether a line shows an image (`![](a.png)`, `![][ref]`, `<img src>`) or other embedded media, whatever its text
 * says. Told by its marks alone (`![` and `](` or `][`), each found in one pass: a pattern spanning the alt text tried
 * it from every `![` of a line to the line's end.
 */
function showsMedia(line: string): boolean {
  return (line.includes('![') && (line.includes('](') || line.includes(']['))) || MEDIA_TAG.test(line)
}

const MEDIA_TAG = /<(?:img|picture|svg|video|object|embed|iframe)\b/i

/** Named character references that render as nothing or as blank space. */
const BLANK_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|hairsp|numsp|puncsp|zwnj|zwj|lrm|rlm|shy|NoBreak|ZeroWidthSpace|InvisibleTimes|InvisibleComma|it|ic|af|ApplyFunction);/gi

/**
 * Whether an item's text, as a reader sees it rendered, holds a letter or a digit: HTML comments, tags, empty links,
 * emphasis and code marks, entities and characters that render blank (format characters such as U+200B, the Hangul
 * fillers, which Unicode counts as letters) are not read.
 */
export function saysSomething(text: string): boolean {
  const seen = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    // A tag and a link's target run to the next `<` or bracket at most: to the line's end from every unclosed one, the
    // search took time in the square of the line (a 200 kB requirement of `<a<a…` parsed in 31 s).
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\]\([^()[\]]*\)/g, ']')
    .replace(/&#(?:[xX]([0-9A-Fa-f]{1,6})|(\d{1,7}));/g, (_, hex: string | undefined, dec: string | undefined) => {
      const point = hex !== undefined ? parseInt(hex, 16) : Number(dec)
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : ' '
    })
    .replace(BLANK_ENTITY, ' ')
    .replace(/[\p{Cf}\u115f\u1160\u3164\uffa0]/gu, '')
  return /[\p{L}\p{N}]/u.test(seen)
}

function appendText(open: OpenItem | undefined, text: string): void {
  if (open?.draft) open.draft.parts.push(text)
}

function finishItem(d: Draft): SpecItem | null {
  let text = d.parts.join(' ').replace(/[ \t]+/g, ' ').trim()
  let checked: boolean | undefined
  const box = /^\[([ xX])\](?:[ \t]+|$)/.exec(text)
  if (box) {
    checked = box[1] !== ' '
    text = text.slice(box[0].length)
  }
  const { id, rest } = extractId(text)
  if (id === undefined && text === '' && checked === undefined) return null
  const item: SpecItem = { text: rest, line: d.line, section: d.section, depth: d.depth }
  if (id !== undefined) item.id = id
  if (checked !== undefined) item.checked = checked
  return item
}

function finishTableRow(d: Draft): SpecItem | null {
  const cells = d.parts
  const first = cells[0] ?? ''
  const m = TABLE_ID.exec(first)
  const id = m && looksLikeId(m[1]!, false) ? m[1]! : undefined
  let item: SpecItem
  if (id !== undefined) {
    item = { id, text: cells.slice(1).filter(c => c !== '').join(' | '), line: d.line, section: d.section, depth: 0 }
  } else {
    item = { text: cells.filter(c => c !== '').join(' | '), line: d.line, section: d.section, depth: 0 }
  }
  return item.text === '' && item.id === undefined ? null : item
}

const ID = '[A-Za-z][A-Za-z0-9]{0,31}(?:[-_.][A-Za-z0-9]{1,32}){0,8}'
const SEP = '(?:[ \\t]*[:.)\\-\u2013\u2014][ \\t]*|[ \\t]+)?'
const DECORATED_ID: RegExp[] = [
  new RegExp(`^\\*\\*(${ID})[ \\t]*[:.]?\\*\\*${SEP}`),
  new RegExp(`^__(${ID})[ \\t]*[:.]?__${SEP}`),
  new RegExp(`^\\[(${ID})\\](?![(\\[:])${SEP}`),
  new RegExp(`^\\[(${ID})\\]:[ \\t]*`),
  new RegExp(`^\`(${ID})\`${SEP}`)
]
const TABLE_ID = new RegExp(`^(?:\\*\\*|__|\`|\\[)?(${ID})(?:\\*\\*|__|\`|\\])?$`)
const BARE_ID = new RegExp(`^(${ID})(?:[ \\t]*:|\\.(?=[ \\t])|\\)|[ \\t]+[-\u2013\u2014](?=[ \\t]))[ \\t]*`)

/** Splits a leading identifier (`REQ-001:`, `**R1**`, `[AC-2]`, `` `FR-3` ``) off an item's text. */
export function extractId(text: string): { id?: string; rest: string } {
  const c = text.charCodeAt(0)
  if (c === 42 || c === 95 || c === 91 || c === 96) {
    // * _ [ `
    for (const re of DECORATED_ID) {
      const m = re.exec(text)
      if (m && looksLikeId(m[1]!, false)) return { id: m[1]!, rest: text.slice(m[0].length).trim() }
    }
    return { rest: text }
  }
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return { rest: text }
  const m = BARE_ID.exec(text)
  if (m && looksLikeId(m[1]!, true)) return { id: m[1]!, rest: text.slice(m[0].length).trim() }
  return { rest: text }
}

/** An id has a digit (`R1`, `REQ-001`); decorated ids may instead be upper-case with a separator (`SEC-A`). */
function looksLikeId(id: string, bare: boolean): boolean {
  if (/\d/.test(id)) return true
  return !bare && /^[A-Z]+[-_.][A-Z0-9]+$/.test(id)
}

/** Column of the first non-blank character (tabs to multiples of 4) and its index. */
function leading(s: string, startColumn = 0): { indent: number; pos: number } {
  let col = startColumn
  let pos = 0
  while (pos < s.length) {
    const c = s.charCodeAt(pos)
    if (c === 32) col++
    else if (c === 9) col += 4 - (col % 4)
    else break
    pos++
  }
  return { indent: col, pos }
}

function parseAtx(s: string): { level: number; title: string } | null {
  let n = 0
  while (n < s.length && n < 7 && s[n] === '#') n++
  if (n < 1 || n > 6) return null
  if (n < s.length && s[n] !== ' ' && s[n] !== '\t') return null
  let title = s.slice(n).trim()
  let end = title.length
  while (end > 0 && title[end - 1] === '#') end--
  if (end === 0) title = ''
  else if (end < title.length && (title[end - 1] === ' ' || title[end - 1] === '\t')) title = title.slice(0, end).trimEnd()
  return { level: n, title }
}

function fenceOpen(s: string): { char: string; len: number } | null {
  const c = s[0]
  if (c !== '`' && c !== '~') return null
  let n = 0
  while (n < s.length && s[n] === c) n++
  if (n < 3) return null
  if (c === '`' && s.includes('`', n)) return null
  return { char: c, len: n }
}

function isFenceClose(s: string, char: string, len: number): boolean {
  let n = 0
  while (n < s.length && s[n] === char) n++
  return n >= len && s.slice(n).trim() === ''
}

function isThematicBreak(s: string): boolean {
  const c = s[0]
  if (c !== '-' && c !== '*' && c !== '_') return false
  let count = 0
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === c) count++
    else if (ch !== ' ' && ch !== '\t') return false
  }
  return count >= 3
}

/** The list marker at the start of `s` (`-`, `*`, `+`, `1.`, `1)`), when followed by whitespace or the end. */
function listMarker(s: string): string | null {
  const m = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(s)
  return m ? m[0] : null
}

function isTableDelimiter(line: string): boolean {
  const s = line.trim()
  if (!s.includes('-') || !s.includes('|')) return false
  const cells = tableCells(s)
  return cells.length > 0 && cells.every(c => /^:?-+:?$/.test(c))
}

function tableCells(row: string): string[] {
  let s = row.trim()
  if (s.startsWith('|')) s = s.slice(1)
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1)
  const cells: string[] = []
  let cur = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|'
      i++
    } else if (ch === '|') {
      cells.push(cur.trim())
      cur = ''
    } else cur += ch
  }
  cells.push(cur.trim())
  return cells
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) line++
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++
  }
  return line
}
