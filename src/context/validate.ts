/**
 * Shape checks for session files. A file that fails them is ignored with the reason; what passes is rebuilt from
 * known fields into fresh objects, so nothing unexpected in a file reaches the rest of the program.
 */
import { isValidKind, resolveImportanceTable } from './importance.js'
import { isPlainObject, toPlainJson } from './json.js'
import { isValidComponent, isValidSessionId, parseSessionId } from './ids.js'
import { ROLES } from './types.js'
import type { ContextPolicy, Message, MessageMetadata, PruneRecord, Role, Session, SessionMetadata } from './types.js'
import { defaultPolicy } from './policy.js'

export const MAX_MESSAGES = 10_000
/** How far ahead of a clock a date may be (another runner's clock) and still be taken as written then. */
export const CLOCK_SKEW_MS = 60 * 60 * 1000
const MAX_PRUNE_RECORDS_READ = 1_000

export type ValidationResult = { ok: true; session: Session } | { ok: false; reason: string }

class Invalid extends Error {}

function fail(path: string, what: string): never {
  throw new Invalid(`${path}: ${what}`)
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'must be a string')
  return v
}

/**
 * `2025-10-20T09:30:00.000Z`, or with an offset. `Date.parse` alone takes far more: `Jan 1 2026 (…)` with anything in
 * the parentheses, terminal escapes and newlines included, which `context list` and the brief would print.
 */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

function timestamp(v: unknown, path: string): string {
  const s = str(v, path)
  if (!ISO_8601.test(s) || Number.isNaN(Date.parse(s))) fail(path, 'must be an ISO 8601 timestamp')
  return s
}

function int(v: unknown, path: string, min: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) fail(path, `must be an integer >= ${min}`)
  return v
}

function unit(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) fail(path, 'must be a number from 0 to 1')
  return v
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(v)) fail(path, 'must be an object')
  return v
}

function message(v: unknown, path: string): Message {
  const m = obj(v, path)
  if (typeof m.role !== 'string' || !ROLES.includes(m.role as Role)) fail(`${path}.role`, `must be one of ${ROLES.join(', ')}`)
  const rawMeta = obj(m.metadata, `${path}.metadata`)
  if (!isValidKind(rawMeta.kind)) fail(`${path}.metadata.kind`, 'must be a snake_case name')
  const metadata = toPlainJson(rawMeta) as MessageMetadata
  return {
    role: m.role as Role,
    content: str(m.content, `${path}.content`),
    timestamp: timestamp(m.timestamp, `${path}.timestamp`),
    metadata,
    tokens: int(m.tokens, `${path}.tokens`, 0),
    importance: unit(m.importance, `${path}.importance`)
  }
}

function pruneRecord(v: unknown, path: string): PruneRecord {
  const r = obj(v, path)
  const kinds: Record<string, number> = {}
  if (r.kinds !== undefined) {
    for (const [k, n] of Object.entries(obj(r.kinds, `${path}.kinds`))) {
      if (!isValidKind(k)) fail(`${path}.kinds`, `"${k}" is not a kind name`)
      kinds[k] = int(n, `${path}.kinds.${k}`, 0)
    }
  }
  const reasons = r.reasons === undefined ? [] : r.reasons
  if (!Array.isArray(reasons) || reasons.some((x) => typeof x !== 'string')) fail(`${path}.reasons`, 'must be a list of strings')
  const num = (x: unknown, p: string): number => {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) fail(p, 'must be a number >= 0')
    return x
  }
  return {
    timestamp: timestamp(r.timestamp, `${path}.timestamp`),
    count: int(r.count, `${path}.count`, 0),
    tokens: int(r.tokens, `${path}.tokens`, 0),
    reasons: (reasons as string[]).slice(0, 20),
    kinds,
    tokens_before: r.tokens_before === undefined ? 0 : int(r.tokens_before, `${path}.tokens_before`, 0),
    tokens_after: r.tokens_after === undefined ? 0 : int(r.tokens_after, `${path}.tokens_after`, 0),
    limit: r.limit === undefined ? 0 : num(r.limit, `${path}.limit`),
    over_budget: r.over_budget === true
  }
}

function policy(v: unknown, path: string): ContextPolicy {
  if (v === undefined) return defaultPolicy()
  const p = obj(v, path)
  let importance
  try {
    importance = resolveImportanceTable(p.importance === undefined ? undefined : obj(p.importance, `${path}.importance`))
  } catch (e) {
    if (e instanceof Invalid) throw e
    fail(`${path}.importance`, (e as Error).message)
  }
  const base = defaultPolicy()
  const threshold = p.prune_threshold === undefined ? base.prune_threshold : unit(p.prune_threshold, `${path}.prune_threshold`)
  if (threshold === 0) fail(`${path}.prune_threshold`, 'must be above 0')
  return {
    importance,
    importance_floor: p.importance_floor === undefined ? base.importance_floor : unit(p.importance_floor, `${path}.importance_floor`),
    keep_recent: p.keep_recent === undefined ? base.keep_recent : int(p.keep_recent, `${path}.keep_recent`, 0),
    prune_threshold: threshold,
    max_message_tokens:
      p.max_message_tokens === undefined || p.max_message_tokens === null ? null : int(p.max_message_tokens, `${path}.max_message_tokens`, 1)
  }
}

function specInfo(v: unknown, path: string): SessionMetadata['spec'] {
  if (v === undefined || v === null) return null
  const s = obj(v, path)
  if (s.title !== null && typeof s.title !== 'string') fail(`${path}.title`, 'must be a string or null')
  return {
    file: str(s.file, `${path}.file`),
    title: s.title as string | null,
    requirements: int(s.requirements, `${path}.requirements`, 0),
    acceptance_criteria: int(s.acceptance_criteria, `${path}.acceptance_criteria`, 0)
  }
}

function session(v: unknown): Session {
  const s = obj(v, 'session')
  if (!isValidSessionId(s.session_id)) fail('session_id', 'must be <component>-workflow-<YYYY-MM-DD>')
  const id = s.session_id
  if (!Array.isArray(s.messages)) fail('messages', 'must be a list')
  if (s.messages.length > MAX_MESSAGES) fail('messages', `more than ${MAX_MESSAGES} messages`)
  const messages = s.messages.map((m, i) => message(m, `messages[${i}]`))
  const maxTokens = int(s.max_tokens, 'max_tokens', 1)
  int(s.current_tokens, 'current_tokens', 0)
  const meta = obj(s.metadata, 'metadata')
  const updatedAt = timestamp(meta.updated_at, 'metadata.updated_at')
  // A message is never written after its session's last update: one dated later (a spec summary "from 2099") would
  // win every merge as the newest and stay the latest account of its stage for good.
  const late = messages.findIndex((m) => Date.parse(m.timestamp) > Date.parse(updatedAt) + CLOCK_SKEW_MS)
  if (late >= 0) fail(`messages[${late}].timestamp`, `${messages[late]!.timestamp} is after the session's updated_at ${updatedAt}`)
  const component = str(meta.component, 'metadata.component')
  if (!isValidComponent(component)) fail('metadata.component', 'is not a valid component name')
  if (parseSessionId(id)?.component !== component) fail('metadata.component', `does not match session_id ${id}`)
  const continuedFrom = meta.continued_from ?? null
  if (continuedFrom !== null && !isValidSessionId(continuedFrom)) fail('metadata.continued_from', 'must be a session id or null')
  const pruned = meta.pruned ?? []
  if (!Array.isArray(pruned)) fail('metadata.pruned', 'must be a list')
  if (pruned.length > MAX_PRUNE_RECORDS_READ) fail('metadata.pruned', `more than ${MAX_PRUNE_RECORDS_READ} records`)
  return {
    session_id: id,
    messages,
    max_tokens: maxTokens,
    // Recomputed rather than trusted.
    current_tokens: messages.reduce((n, m) => n + m.tokens, 0),
    metadata: {
      component,
      created_at: timestamp(meta.created_at, 'metadata.created_at'),
      updated_at: updatedAt,
      continued_from: continuedFrom as string | null,
      pruned: pruned.map((r, i) => pruneRecord(r, `metadata.pruned[${i}]`)),
      policy: policy(meta.policy, 'metadata.policy'),
      spec: specInfo(meta.spec, 'metadata.spec')
    }
  }
}

/** Checks `value` (parsed JSON) against the message shape (as in a session file); returns a fresh copy or the problem. */
export function validateMessage(value: unknown): { ok: true; message: Message } | { ok: false; reason: string } {
  try {
    return { ok: true, message: message(value, 'message') }
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message }
    throw e
  }
}

/** Checks `value` (parsed JSON) against the session shape; returns a fresh copy or the first problem found. */
export function validateSession(value: unknown): ValidationResult {
  try {
    return { ok: true, session: session(value) }
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message }
    throw e
  }
}
