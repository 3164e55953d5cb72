/**
 * Reading JSON reports: parse errors located by line and column, and typed field access that names the JSON path of
 * whatever is wrong. Error details never quote the report's text: a secret scanner's report may hold secrets.
 */
import { ReportError } from '../types.js'

export type JsonObject = { readonly [key: string]: unknown }

/**
 * What a JSON report may make of memory. V8's JSON.parse stops the whole process, with no error to catch, on an array
 * of 2^27 elements ('Fatal JavaScript invalid size error': a 256 MB `[1,1,…]`) and when the heap runs out (256 MB of
 * `[{},{},…]` makes some 85 million objects, 5.7 GB); an object of millions of members takes it minutes.
 */
export interface JsonLimits {
  /** Texts of at most this many characters are parsed unscanned: none can pass the limits below. */
  scanAbove: number
  /** Most members of one object. */
  maxMembers: number
  /** Most memory the parsed values may take, estimated (see {@link estimatedBytes}). */
  maxBytes: number
}

export const JSON_LIMITS: JsonLimits = { scanAbove: 16 * 1024 * 1024, maxMembers: 4 * 1024 * 1024, maxBytes: 2 * 1024 ** 3 }

/** Bytes V8 takes for an object or array (its header and a slot in its parent), and for any other value, at most. */
const CONTAINER_BYTES = 72
const SCALAR_BYTES = 24

/** Parses a JSON report; a syntax error becomes a ReportError at its line and column. */
export function parseJsonText(text: string, file: string, format: string, limits: JsonLimits = JSON_LIMITS): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.length > limits.scanAbove) {
    const over = beyondLimits(body, limits)
    if (over) throw new ReportError(file, format, lineColumn(body, over.at), over.detail)
  }
  try {
    return JSON.parse(body) as unknown
  } catch {
    // V8's own message quotes the input around the error, so the location and wording are worked out here instead.
    const at = jsonErrorOffset(body)
    if (at < 0) throw new ReportError(file, format, 'JSON', 'the JSON could not be parsed (too deeply nested?)')
    if (at >= body.length) {
      throw new ReportError(file, format, lineColumn(body, body.length), 'unexpected end of input: the JSON is empty or truncated')
    }
    throw new ReportError(file, format, lineColumn(body, at), `unexpected ${describeChar(body.charCodeAt(at))} in JSON`)
  }
}

/**
 * Where a JSON text passes the limits, and how, or undefined. A count of values, not a check of the syntax (JSON.parse
 * does that): objects and arrays cost {@link CONTAINER_BYTES}, strings, numbers and literals {@link SCALAR_BYTES}.
 */
function beyondLimits(text: string, limits: JsonLimits): { at: number; detail: string } | undefined {
  const members: number[] = []
  const starts: number[] = []
  const inObject: boolean[] = []
  let containers = 0
  let scalars = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x3a) continue
    if (c === 0x7d || c === 0x5d) {
      members.pop()
      starts.pop()
      inObject.pop()
      continue
    }
    const depth = members.length - 1
    if (c === 0x22) {
      // A string: to its closing quote, past escaped ones.
      let j = i
      for (;;) {
        j = text.indexOf('"', j + 1)
        if (j === -1) return undefined
        let backslashes = 0
        while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++
        if (backslashes % 2 === 0) break
      }
      const key = depth >= 0 && inObject[depth] && text.charCodeAt(nextNonBlank(text, j + 1)) === 0x3a
      if (key) {
        if (++members[depth] > limits.maxMembers) {
          return { at: starts[depth], detail: `an object of more than ${limits.maxMembers.toLocaleString('en-US')} members: not read` }
        }
      } else scalars++
      i = j
    } else if (c === 0x7b || c === 0x5b) {
      containers++
      members.push(0)
      starts.push(i)
      inObject.push(c === 0x7b)
    } else {
      // A number or a literal: to its end.
      scalars++
      while (i + 1 < n && !STOPS.has(text.charCodeAt(i + 1))) i++
    }
    const bytes = containers * CONTAINER_BYTES + scalars * SCALAR_BYTES
    if (bytes > limits.maxBytes) {
      const gb = (limits.maxBytes / 1024 ** 3).toLocaleString('en-US', { maximumFractionDigits: 3 })
      return { at: i, detail: `its values would take more than the ${gb} GB of memory a JSON report may take (${containers.toLocaleString('en-US')} objects and arrays and ${scalars.toLocaleString('en-US')} other values by here): not read` }
    }
  }
  return undefined
}

/** Characters that end a number or a literal. */
const STOPS = new Set([0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x3a, 0x7d, 0x5d, 0x7b, 0x5b, 0x22])

function nextNonBlank(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d || text.charCodeAt(i) === 0x09)) i++
  return i
}

/** `line L, column C` (both 1-based) of an offset into the text. */
export function lineColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return `line ${line}, column ${offset - lineStart + 1}`
}

function describeChar(code: number): string {
  const ch = String.fromCharCode(code)
  if ('{}[]:,"'.includes(ch)) return `'${ch}'`
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return 'character'
}

type ScanState = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after'
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/**
 * Where a text that JSON.parse refused stops being JSON, as `: unexpected character at line L, column C` (or end of
 * input). V8's own message quotes the text around the error, and a file's terminal escapes and workflow commands with
 * it, into the run's warnings: never shown.
 */
export function jsonSyntaxPlace(text: string): string {
  const at = jsonErrorOffset(text)
  if (at < 0) return ' (too deeply nested?)'
  return at >= text.length ? `: unexpected end of input at ${lineColumn(text, text.length)}` : `: unexpected character at ${lineColumn(text, at)}`
}

/**
 * Offset of the first JSON syntax error (text.length when the input ends early), or -1 when the text is valid.
 * Iterative, so hostile nesting depth cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length
  const stack: boolean[] = [] // true: object, false: array
  let state: ScanState = 'value'
  let i = 0
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
    if (i >= n) return state === 'after' && stack.length === 0 ? -1 : n
    const c = text[i]
    switch (state) {
      case 'value':
      case 'valueOrClose': {
        if (state === 'valueOrClose' && c === ']') {
          stack.pop()
          i++
          state = 'after'
        } else if (c === '{') {
          stack.push(true)
          i++
          state = 'keyOrClose'
        } else if (c === '[') {
          stack.push(false)
          i++
          state = 'valueOrClose'
        } else {
          const end = scanScalar(text, i)
          if (end < 0) return -end - 1
          i = end
          state = 'after'
        }
        break
      }
      case 'key':
      case 'keyOrClose': {
        if (state === 'keyOrClose' && c === '}') {
          stack.pop()
          i++
          state = 'after'
        } else if (c === '"') {
          const end = scanString(text, i)
          if (end < 0) return -end - 1
          i = end
          state = 'colon'
        } else return i
        break
      }
      case 'colon':
        if (c !== ':') return i
        i++
        state = 'value'
        break
      case 'after': {
        if (stack.length === 0) return i
        const inObject = stack[stack.length - 1]
        if (c === ',') {
          i++
          state = inObject ? 'key' : 'value'
        } else if (c === (inObject ? '}' : ']')) {
          stack.pop()
          i++
        } else return i
        break
      }
    }
  }
}

/** End offset of the string, number or literal at `i`, or -(offset of the error) - 1. */
function scanScalar(text: string, i: number): number {
  const c = text[i]
  if (c === '"') return scanString(text, i)
  for (const literal of ['true', 'false', 'null']) {
    if (c === literal[0]) return text.startsWith(literal, i) ? i + literal.length : -i - 1
  }
  NUMBER.lastIndex = i
  const m = NUMBER.exec(text)
  return m ? i + m[0].length : -i - 1
}

function scanString(text: string, start: number): number {
  const n = text.length
  let j = start + 1
  while (j < n) {
    const code = text.charCodeAt(j)
    if (code === 0x22) return j + 1
    if (code < 0x20) return -j - 1
    if (code === 0x5c) {
      const next = text[j + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -j - 1
        j += 6
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) j += 2
      else return -(next === undefined ? n : j) - 1
    } else j++
  }
  return -n - 1
}

/** Typed access to a parsed JSON report; each failure is a ReportError naming the JSON path. */
export class JsonReader {
  constructor(
    readonly file: string,
    readonly format: string
  ) {}

  fail(path: string, detail: string): never {
    throw new ReportError(this.file, this.format, path, detail)
  }

  array(value: unknown, path: string): readonly unknown[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, found ${kind(value)}`)
    return value
  }

  object(value: unknown, path: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, `expected an object, found ${kind(value)}`)
    return value as JsonObject
  }

  string(obj: JsonObject, key: string, path: string): string {
    const value = own(obj, key)
    if (typeof value !== 'string') this.fail(member(path, key), `expected a string, found ${kind(value)}`)
    return value
  }

  optionalString(obj: JsonObject, key: string, path: string): string | undefined {
    const value = own(obj, key)
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') this.fail(member(path, key), `expected a string, found ${kind(value)}`)
    return value
  }

  integer(obj: JsonObject, key: string, path: string): number {
    const value = own(obj, key)
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) this.fail(member(path, key), `expected a whole number, found ${kind(value)}`)
    return value
  }

  optionalInteger(obj: JsonObject, key: string, path: string): number | undefined {
    const value = own(obj, key)
    if (value === undefined || value === null) return undefined
    return this.integer(obj, key, path)
  }

  optionalObject(obj: JsonObject, key: string, path: string): JsonObject | undefined {
    const value = own(obj, key)
    if (value === undefined || value === null) return undefined
    return this.object(value, member(path, key))
  }
}

/** A property the JSON itself holds: never one inherited from Object.prototype (`constructor`, `__proto__`, …). */
export function own(obj: JsonObject, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined
}

/** JSON path of a member: `$.a.b`, `$.results["src/a.py"]`. */
export function member(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}.${key}`
  const quoted = JSON.stringify(key.length > 80 ? `${key.slice(0, 79)}…` : key)
  return `${path}[${quoted}]`
}

export function index(path: string, i: number): string {
  return `${path}[${i}]`
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value === undefined) return 'nothing'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
