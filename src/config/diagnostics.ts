/**
 * Turning schema violations into messages a user can act on: where (`file:line:column` and the key path), what is
 * wrong, and what is allowed.
 */
import type { ErrorObject } from 'ajv'
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml'

/** A key path into the configuration: mapping keys and list indexes. */
export type KeyPath = Array<string | number>

/** One problem in the file, before it is given a position. */
export interface Problem {
  path: KeyPath
  /** Point at the key itself (an unknown key) rather than at its value. */
  onKey: boolean
  message: string
}

const IDENTIFIER = /^[A-Za-z0-9_-]+$/

/** `quality_gates.test_coverage.staging_threshold`, `stages.specification.required_sections[1]`, `components["a.b"]`. */
export function formatKeyPath(path: KeyPath): string {
  if (path.length === 0) return '(top level)'
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

/** The key path of a JSON pointer (ajv's `instancePath`), with list indexes as numbers. */
export function pointerToPath(pointer: string, data: unknown): KeyPath {
  if (pointer === '') return []
  const path: KeyPath = []
  let current = data
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(current)) {
      path.push(Number(segment))
      current = current[Number(segment)]
    } else {
      path.push(segment)
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined
    }
  }
  return path
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]
}

/** The candidate closest to `word`, if it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const normalized = word.toLowerCase().replace(/-/g, '_')
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = levenshtein(normalized, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function shown(value: unknown): string {
  if (value === null) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  // As the file spells them: JSON would print .nan and .inf as null, a value the file does not hold.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null'
}

function typeMessage(expected: string[], data: unknown, schema: Record<string, unknown>): string {
  const words = expected.map((t) => TYPE_WORDS[t] ?? t)
  if (expected.includes('object') && schema.properties && typeof schema.properties === 'object') {
    const keys = Object.keys(schema.properties)
    const index = expected.indexOf('object')
    words[index] = `a mapping with keys ${keys.join(', ')}`
  }
  const want = words.join(' or ')
  if (data === null && expected.includes('object')) return `is empty; give it ${want}, or remove the key`
  const hint = typeof data === 'string' && /^(yes|no|on|off|y|n)$/i.test(data) ? ' (YAML 1.2 reads yes/no/on/off as strings)' : ''
  return `must be ${want} (got ${shown(data)})${hint}`
}

function rangeMessage(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>
  const { minimum, maximum } = schema
  if (typeof minimum === 'number' && typeof maximum === 'number') {
    return `must be between ${minimum} and ${maximum} (got ${shown(error.data)})`
  }
  const bound = (error.params as { comparison?: string; limit?: number }) ?? {}
  return `must be ${bound.comparison ?? ''} ${bound.limit ?? ''} (got ${shown(error.data)})`.replace(/ {2,}/g, ' ')
}

const COMPONENT_RULE = "use 1 to 100 letters, digits, '.', '_' or '-' (and not '.' or '..')"

/**
 * A problem for one ajv error, or null when another error already says it (ajv reports a failed `propertyNames`
 * both for the name and for the mapping).
 */
export function describeSchemaError(error: ErrorObject, data: unknown): Problem | null {
  const path = pointerToPath(error.instancePath, data)
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>
  const params = error.params as Record<string, unknown>
  // A bad component name yields one error for the name (with propertyName) and one for the mapping: keep the first.
  if (error.keyword === 'propertyNames') return null
  if (error.propertyName !== undefined) {
    return {
      path: [...path, error.propertyName],
      onKey: true,
      message: `component name ${JSON.stringify(error.propertyName)} is not valid: ${COMPONENT_RULE}`
    }
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {})
      const guess = suggest(key, allowed)
      const what = guess ? `unknown key; did you mean '${guess}'? Allowed keys` : 'unknown key; allowed keys'
      return { path: [...path, key], onKey: true, message: `${what}: ${allowed.join(', ')}` }
    }
    case 'required':
      return { path, onKey: false, message: `missing key '${String(params.missingProperty)}'` }
    case 'type': {
      const expected = String(params.type).split(',')
      return { path, onKey: false, message: typeMessage(expected, error.data, parent) }
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      const guess = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined
      const didYouMean = guess ? `; did you mean '${guess}'?` : ''
      return { path, onKey: false, message: `must be one of: ${allowed.join(', ')} (got ${shown(error.data)})${didYouMean}` }
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, onKey: false, message: rangeMessage(error) }
    case 'minLength':
      return { path, onKey: false, message: 'must not be empty' }
    case 'not': {
      // `not: { required: [a, b] }`: keys that must not be given together (an alias beside the key it names). The
      // position is the later key's; the schema's description says why.
      const schema = (error.schema ?? {}) as { required?: unknown; description?: unknown }
      if (schema.description === 'percent-written-as-fraction' && typeof error.data === 'number') {
        // 0.8 meant as 80%: read as 0.8%, the gate would pass on almost anything.
        const percent = Number((error.data * 100).toPrecision(12))
        return {
          path,
          onKey: false,
          message: `is a percent from 0 to 100, and ${error.data} reads as ${error.data}%, not a fraction of 1: write ${percent} for ${percent}% (got ${shown(error.data)})`
        }
      }
      const keys = Array.isArray(schema.required) ? schema.required.map(String) : []
      if (keys.length >= 2) {
        const why = typeof schema.description === 'string' ? `: ${schema.description}` : ''
        return { path: [...path, keys[keys.length - 1]], onKey: true, message: `${keys.join(' and ')} are both given${why}` }
      }
      return { path, onKey: false, message: `${error.message ?? 'is not valid'} (got ${shown(error.data)})` }
    }
    case 'pattern':
      if (params.pattern === '\\S') return { path, onKey: false, message: 'must not be blank' }
      if (params.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return { path, onKey: false, message: `must be a date written YYYY-MM-DD (got ${shown(error.data)})` }
      return { path, onKey: false, message: `${error.message ?? 'is not valid'} (got ${shown(error.data)})` }
    default:
      return { path, onKey: false, message: `${error.message ?? 'is not valid'} (got ${shown(error.data)})` }
  }
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined
}

/** The pair for `key` in a mapping, looking through YAML merge keys (`<<: *defaults`) as toJS does. */
function findPair(map: unknown, key: string, doc: Document, depth = 0): Pair | undefined {
  const node = isAlias(map) ? map.resolve(doc) : map
  if (!isMap(node) || depth > 10) return undefined
  const own = node.items.find((pair) => keyOf(pair) === key)
  if (own) return own
  for (const pair of node.items) {
    if (keyOf(pair) !== '<<') continue
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
    for (const source of sources) {
      const found = findPair(source, key, doc, depth + 1)
      if (found) return found
    }
  }
  return undefined
}

/** 1-based line and column of a key path in the document: the deepest node found along it. */
export function locate(doc: Document, lineCounter: LineCounter, path: KeyPath, onKey: boolean): { line: number; col: number } {
  let node: unknown = doc.contents
  let at: Node | null = isAlias(node) || isMap(node) || isSeq(node) || isScalar(node) ? (node as Node) : null
  for (const [i, segment] of path.entries()) {
    const current = isAlias(node) ? node.resolve(doc) : node
    let next: unknown
    let key: unknown
    if (isSeq(current) && typeof segment === 'number') {
      next = current.items[segment]
    } else if (isMap(current)) {
      const pair = findPair(current, String(segment), doc)
      key = pair?.key
      next = pair?.value
    }
    const last = i === path.length - 1
    const target = last && onKey && key ? key : (next ?? key)
    if (!target) break
    at = target as Node
    node = next
    if (!next) break
  }
  const offset = at?.range?.[0] ?? 0
  return lineCounter.linePos(offset)
}
