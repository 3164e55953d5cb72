/** Plain-data helpers: what goes into a session file is JSON that our own loader accepts again. */
import { jsonSyntaxPlace } from '../reports/findings/json-text.js'

/** Keys that could reach a prototype when data is copied carelessly; refused in files, dropped from metadata. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const MAX_DEPTH = 8
const MAX_STRING = 4096
const MAX_ENTRIES = 200

/**
 * A JSON-safe copy of `value` in fresh plain objects: forbidden keys dropped, functions and undefined dropped,
 * non-finite numbers as null, strings, entries and depth bounded.
 */
export function toPlainJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value
  if (typeof value === 'bigint') return value.toString()
  if (typeof value !== 'object') return undefined
  if (depth >= MAX_DEPTH) return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (Array.isArray(value)) {
    return value.slice(0, MAX_ENTRIES).map((v) => {
      const c = toPlainJson(v, depth + 1)
      return c === undefined ? null : c
    })
  }
  const out: Record<string, unknown> = {}
  let n = 0
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (FORBIDDEN_KEYS.has(k)) continue
    if (n++ >= MAX_ENTRIES) break
    const c = toPlainJson(v, depth + 1)
    if (c !== undefined) out[k] = c
  }
  return out
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; reason: string }

/** JSON.parse that refuses documents with prototype-related keys anywhere (reported, never applied). */
export function parseJsonStrict(text: string): ParseResult {
  // Fast path: a plain parse (several times faster than one with a reviver) and a walk over the own keys. Only a
  // document that does hold a forbidden key is parsed again with the reviver, which names the key it meets first.
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: `not valid JSON${jsonSyntaxPlace(text)}` }
  }
  return hasForbiddenKey(value) ? parseWithReviver(text) : { ok: true, value }
}


function hasForbiddenKey(root: unknown): boolean {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null) continue
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object' && item !== null) stack.push(item)
      continue
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return true
      const item = (v as Record<string, unknown>)[key]
      if (typeof item === 'object' && item !== null) stack.push(item)
    }
  }
  return false
}

function parseWithReviver(text: string): ParseResult {
  let forbidden: string | null = null
  let value: unknown
  try {
    value = JSON.parse(text, function (this: unknown, key: string, v: unknown) {
      if (forbidden === null && FORBIDDEN_KEYS.has(key)) forbidden = key
      return v
    })
  } catch {
    return { ok: false, reason: `not valid JSON${jsonSyntaxPlace(text)}` }
  }
  if (forbidden !== null) return { ok: false, reason: `forbidden key "${forbidden}"` }
  return { ok: true, value }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}
