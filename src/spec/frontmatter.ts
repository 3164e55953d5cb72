/** YAML frontmatter: parsing with file line numbers, and conversion to prototype-free plain data. */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import { MAX_FRONTMATTER_CHARS, type SpecIssue } from './types.js'

export interface FrontmatterResult {
  /** The mapping as plain data (null-prototype objects); `{}` when invalid or empty. */
  data: Record<string, unknown>
  /** JSON pointer → file line, for keys and sequence items up to {@link MAX_POINTER_DEPTH} levels. */
  lines: Record<string, number>
  issues: SpecIssue[]
}

const MAX_POINTER_DEPTH = 3
const MAX_REPORTED_YAML_ERRORS = 10

/** Deepest nesting of flow collections a frontmatter may have: metadata needs two or three. */
export const MAX_FLOW_DEPTH = 64

/**
 * Whether the YAML opens more than `max` flow collections (`[`, `{`) without closing them, counting every bracket
 * (quoted or not: only a scalar with dozens of unmatched brackets is taken for nesting). The YAML parser takes about
 * 23 µs a character of deep nesting before it gives up on the depth; this scan takes nanoseconds.
 */
export function nestsTooDeep(yaml: string, max = MAX_FLOW_DEPTH): boolean {
  return tooDeepAt(yaml, max) >= 0
}

/** The offset of the bracket that opens level `max` + 1 (see {@link nestsTooDeep}), or -1. */
export function tooDeepAt(yaml: string, max = MAX_FLOW_DEPTH): number {
  let depth = 0
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i)
    if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--
  }
  return -1
}

/**
 * Parses the YAML between the frontmatter fences.
 * @param yamlText the lines between the `---` fences, joined with `\n`
 * @param firstLine file line (1-based) of the first YAML line
 */
export function parseFrontmatter(yamlText: string, firstLine: number, file: string): FrontmatterResult {
  const lines: Record<string, number> = Object.create(null) as Record<string, number>
  const issues: SpecIssue[] = []
  const empty = (): FrontmatterResult => ({ data: Object.create(null) as Record<string, unknown>, lines, issues })
  const lineCounter = new LineCounter()
  const lineAt = (offset: number): number => lineCounter.linePos(Math.max(0, offset)).line + firstLine - 1

  if (yamlText.length > MAX_FRONTMATTER_CHARS) {
    issues.push({
      severity: 'error',
      file,
      line: firstLine,
      rule: 'frontmatter-too-large',
      message: `Frontmatter is ${yamlText.length} characters; at most ${MAX_FRONTMATTER_CHARS} are parsed (it holds metadata: title, owners, paths)`
    })
    return empty()
  }
  if (nestsTooDeep(yamlText)) {
    issues.push({
      severity: 'error',
      file,
      line: firstLine,
      rule: 'frontmatter-yaml',
      message: `Invalid YAML in frontmatter: it nests [ or { more than ${MAX_FLOW_DEPTH} levels deep; not parsed`
    })
    return empty()
  }
  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' })
  } catch (err) {
    issues.push({ severity: 'error', file, line: firstLine, rule: 'frontmatter-yaml', message: `Invalid YAML in frontmatter: ${errorText(err)}` })
    return empty()
  }

  if (doc.errors.length > 0) {
    for (const err of doc.errors.slice(0, MAX_REPORTED_YAML_ERRORS)) {
      issues.push({
        severity: 'error',
        file,
        line: lineAt(err.pos[0]),
        rule: 'frontmatter-yaml',
        message: `Invalid YAML in frontmatter: ${firstLineOf(err.message)}`
      })
    }
    return empty()
  }
  for (const warning of doc.warnings.slice(0, MAX_REPORTED_YAML_ERRORS)) {
    issues.push({
      severity: 'warning',
      file,
      line: lineAt(warning.pos[0]),
      rule: 'frontmatter-yaml-warning',
      message: `YAML warning in frontmatter: ${firstLineOf(warning.message)}`
    })
  }

  const contents = doc.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) return empty()
  if (!isMap(contents)) {
    const kind = isSeq(contents) ? 'a sequence' : isAlias(contents) ? 'an alias' : 'a scalar'
    issues.push({
      severity: 'error',
      file,
      line: contents.range ? lineAt(contents.range[0]) : firstLine,
      rule: 'frontmatter-not-mapping',
      message: `Frontmatter must be a YAML mapping of fields (key: value), found ${kind}`
    })
    return empty()
  }

  let js: unknown
  try {
    js = doc.toJS({ maxAliasCount: 100 })
  } catch (err) {
    issues.push({ severity: 'error', file, line: firstLine, rule: 'frontmatter-yaml', message: `Invalid YAML in frontmatter: ${errorText(err)}` })
    return empty()
  }
  collectLines(contents, '', 0, lines, lineAt)
  const data = toPlainData(js)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return empty()
  return { data: data as Record<string, unknown>, lines, issues }
}

/** Records the line of every key (maps) and item (sequences) along JSON pointers, to a bounded depth. */
function collectLines(node: unknown, pointer: string, depth: number, out: Record<string, number>, lineAt: (offset: number) => number): void {
  if (depth >= MAX_POINTER_DEPTH) return
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key
      if (!isScalar(key) || key.range == null) continue
      const p = `${pointer}/${escapePointer(String(key.value))}`
      if (!(p in out)) out[p] = lineAt(key.range[0])
      collectLines(pair.value, p, depth + 1, out, lineAt)
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const p = `${pointer}/${index}`
      const range = (item as { range?: [number, number, number] } | null)?.range
      if (range) out[p] = lineAt(range[0])
      collectLines(item, p, depth + 1, out, lineAt)
    })
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * Deep-copies plain YAML data into arrays and null-prototype objects, so keys such as `__proto__` or `constructor`
 * are ordinary own properties. Iterative (no recursion limit) and safe for shared or cyclic references from aliases.
 */
export function toPlainData(root: unknown): unknown {
  const memo = new Map<object, unknown>()
  const work: Array<[object, Record<string, unknown> | unknown[]]> = []
  const shallow = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value
    const seen = memo.get(value)
    if (seen !== undefined) return seen
    if (Array.isArray(value)) {
      const out: unknown[] = []
      memo.set(value, out)
      work.push([value, out])
      return out
    }
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto === Object.prototype || proto === null) {
      const out = Object.create(null) as Record<string, unknown>
      memo.set(value, out)
      work.push([value, out])
      return out
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString()
    return String(value)
  }
  const result = shallow(root)
  while (work.length > 0) {
    const [src, dst] = work.pop() as [object, Record<string, unknown> | unknown[]]
    if (Array.isArray(dst)) {
      for (const item of src as unknown[]) dst.push(shallow(item))
    } else {
      for (const key of Object.keys(src)) {
        dst[key] = shallow((src as Record<string, unknown>)[key])
      }
    }
  }
  return result
}

function firstLineOf(message: string): string {
  return message.split('\n')[0]?.replace(/\s+at line \d+, column \d+:?$/, '').trim() ?? message
}

function errorText(err: unknown): string {
  return err instanceof Error ? firstLineOf(err.message) : String(err)
}
