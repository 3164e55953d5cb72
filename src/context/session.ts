/**
 * Context sessions (DESIGN.md §5): created from the spec at workflow start, one message per stage, pruned to the
 * token budget, continued across days. Functions return new session objects and leave their inputs as they were.
 */
import type { ParsedSpec, SpecItem } from '../spec/types.js'
import { importanceOf, isValidKind, REQUIREMENT_KIND } from './importance.js'
import { isValidComponent, sessionIdFor, toDate } from './ids.js'
import { toPlainJson } from './json.js'
import { messageCap, pruneLimit, resolveMaxTokens, resolvePolicy, systemBudget, type PolicyOptions } from './policy.js'
import { loadTokenizer, truncateWithMarker, type Tokenizer } from './tokens.js'
import { ROLES } from './types.js'
import type { ContextPolicy, Message, PruneRecord, Role, Session, SessionMetadata } from './types.js'

/** Longest message content read before counting tokens; the rest is cut with a marker. */
export const MAX_CONTENT_CHARS = 32_768
/** Prune records kept per session (oldest dropped first). */
export const MAX_PRUNE_RECORDS = 50
/** Longest requirement or criterion text in the spec summary. */
const SPEC_ITEM_CHARS = 400

export interface CreateSessionOptions extends PolicyOptions {
  component: string
  spec: ParsedSpec
  now: Date | number
}

export interface ContinueSessionOptions extends PolicyOptions {
  now: Date | number
  /** This run's spec: replaces the previous spec summary. */
  spec?: ParsedSpec
}

export interface MessageInput {
  /** Scored by the importance table (`test_results`, `architectural_decision`, …). */
  kind: string
  content: string
  /** Default `assistant`. */
  role?: Role
  stage?: string
  /** Overrides the table's score. */
  importance?: number
  /** Extra plain data (copied, JSON-safe). */
  metadata?: Record<string, unknown>
}

function iso(now: Date | number): string {
  return toDate(now).toISOString()
}

// ---------------------------------------------------------------------------------------------------------------
// Pruning

export interface PruneOptions {
  /** Tokens the session may hold (`max_tokens * prune_threshold`). */
  limit: number
  importanceFloor: number
  keepRecent: number
}

export interface PrunePlan {
  kept: Message[]
  dropped: Message[]
  /** Tokens of `kept` plus the incoming message. */
  tokensAfter: number
  /** True when pruning was needed: the messages plus the incoming message were over the limit. */
  needed: boolean
  /** True when, after dropping all it may, the total is still over the limit. */
  overBudget: boolean
  /** Of `dropped`, the important ones a later run's message about the same stage superseded. */
  superseded: number
}

/** Whether pruning may drop `m`, the `index`-th of `count` messages. */
function droppable(m: Message, index: number, count: number, opts: PruneOptions): boolean {
  if (m.role === 'system') return false
  if (m.metadata.kind === REQUIREMENT_KIND) return false
  if (m.importance >= opts.importanceFloor) return false
  if (index >= count - opts.keepRecent) return false
  return true
}

/**
 * Messages a run wrote about a stage (with a `run_id` and a `stage`: the engine's stage results and test insights)
 * for which a later run wrote a message of the same kind about the same stage: that later message is the current
 * account. Messages without a run id (an agent's decisions) are never superseded.
 */
function supersededRunMessages(messages: readonly Message[]): Set<number> {
  const out = new Set<number>()
  /** kind + stage → the run of the latest message of that kind and stage. */
  const latest = new Map<string, string>()
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!
    const run = m.metadata.run_id
    if (m.role === 'system' || m.metadata.kind === REQUIREMENT_KIND || typeof run !== 'string' || run === '' || typeof m.metadata.stage !== 'string') continue
    const key = `${m.metadata.kind}\u0000${m.metadata.stage}`
    const newest = latest.get(key)
    if (newest === undefined) latest.set(key, run)
    else if (newest !== run) out.add(i)
  }
  return out
}

/**
 * What to drop so that `messages` plus an `incoming` message of that many tokens fit under `limit`: nothing when they
 * already do (being exactly at the limit is fine). Keeps system messages, requirements, messages at or above the
 * importance floor and the `keepRecent` most recent messages; drops the others oldest first, only as many as needed.
 * When that is not enough, an important message a run wrote about a stage goes too, oldest first, once a later run
 * wrote the same kind of message about that stage (see {@link supersededRunMessages}). Pure and deterministic.
 */
export function planPrune(messages: readonly Message[], incoming: number, opts: PruneOptions): PrunePlan {
  let total = incoming
  for (const m of messages) total += m.tokens
  if (total <= opts.limit) return { kept: [...messages], dropped: [], tokensAfter: total, needed: false, overBudget: false, superseded: 0 }
  const drop = new Set<number>()
  for (let i = 0; i < messages.length && total > opts.limit; i++) {
    if (!droppable(messages[i]!, i, messages.length, opts)) continue
    drop.add(i)
    total -= messages[i]!.tokens
  }
  let superseded = 0
  if (total > opts.limit) {
    // Still over: a run's own account of a stage (its test results, its deployment status: important, so kept above)
    // gives way to a later run's account of the same stage, oldest first. Without this a session kept every run's
    // results and grew without end past its budget. Decisions, requirements and the latest account of each stage stay.
    const later = supersededRunMessages(messages)
    for (let i = 0; i < messages.length && total > opts.limit; i++) {
      if (drop.has(i) || !later.has(i) || i >= messages.length - opts.keepRecent) continue
      drop.add(i)
      total -= messages[i]!.tokens
      superseded++
    }
  }
  return {
    kept: messages.filter((_, i) => !drop.has(i)),
    dropped: messages.filter((_, i) => drop.has(i)),
    tokensAfter: total,
    needed: true,
    overBudget: total > opts.limit,
    superseded
  }
}

/** Applies `planPrune` to a copy of `session`, recording the pass in `metadata.pruned` when pruning was needed. */
function pruneInto(session: Session, incoming: number, timestamp: string, why: string): Session {
  const policy = session.metadata.policy
  const limit = pruneLimit(session.max_tokens, policy)
  const plan = planPrune(session.messages, incoming, {
    limit,
    importanceFloor: policy.importance_floor,
    keepRecent: policy.keep_recent
  })
  if (!plan.needed) return session
  const before = session.current_tokens + incoming
  const dropTokens = plan.dropped.reduce((n, m) => n + m.tokens, 0)
  const counts = new Map<string, number>()
  for (const m of plan.dropped) counts.set(m.metadata.kind, (counts.get(m.metadata.kind) ?? 0) + 1)
  const kinds: Record<string, number> = Object.fromEntries(counts)
  const percent = Math.round(policy.prune_threshold * 100_000) / 1000
  const reasons = [`${why}: ${before} tokens would be over the limit of ${limit} (${percent}% of ${session.max_tokens})`]
  if (plan.dropped.length > plan.superseded) {
    reasons.push(
      `dropped ${plan.dropped.length - plan.superseded} message(s) oldest first below importance ${policy.importance_floor}, outside the ${policy.keep_recent} most recent`
    )
  }
  if (plan.superseded > 0) {
    reasons.push(`dropped ${plan.superseded} earlier run(s)' account of a stage, oldest first, that a later run's account of the same stage supersedes`)
  }
  if (plan.overBudget) {
    reasons.push(
      `still over the limit at ${plan.tokensAfter} tokens: every remaining message is a system message, a requirement, at or above importance ${policy.importance_floor} and the latest of its kind for its stage, or among the ${policy.keep_recent} most recent`
    )
  }
  const record: PruneRecord = {
    timestamp,
    count: plan.dropped.length,
    tokens: dropTokens,
    reasons,
    kinds,
    tokens_before: before,
    tokens_after: plan.tokensAfter,
    limit,
    over_budget: plan.overBudget
  }
  return {
    ...session,
    messages: plan.kept,
    current_tokens: plan.tokensAfter - incoming,
    metadata: { ...session.metadata, pruned: [...session.metadata.pruned, record].slice(-MAX_PRUNE_RECORDS) }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

/** `content` cut to `cap` tokens with a marker saying so; returns the content, its tokens and whether it was cut. */
function fitContent(tk: Tokenizer, content: string, cap: number): { content: string; tokens: number; truncated: boolean } {
  let text = content
  let cutChars = false
  if (text.length > MAX_CONTENT_CHARS) {
    text = text.slice(0, MAX_CONTENT_CHARS)
    if (/[\uD800-\uDBFF]$/u.test(text)) text = text.slice(0, -1)
    cutChars = true
  }
  const tokens = tk.count(text)
  if (tokens <= cap && !cutChars) return { content: text, tokens, truncated: false }
  const marker = cutChars
    ? `\n… [truncated: ${content.length} characters in the original]`
    : `\n… [truncated: ${tokens} tokens in the original]`
  const out = truncateWithMarker(tk, text, cap, marker)
  return { content: out, tokens: tk.count(out), truncated: true }
}

function buildMessage(tk: Tokenizer, session: Session, input: MessageInput, timestamp: string): Message {
  if (!isValidKind(input.kind)) throw new TypeError(`message kind "${String(input.kind)}" is not a snake_case name`)
  if (typeof input.content !== 'string') throw new TypeError('message content must be a string')
  const role = input.role ?? 'assistant'
  if (!ROLES.includes(role)) throw new TypeError(`message role "${String(role)}" is not one of ${ROLES.join(', ')}`)
  if (input.importance !== undefined && !(Number.isFinite(input.importance) && input.importance >= 0 && input.importance <= 1)) {
    throw new TypeError('message importance must be from 0 to 1')
  }
  const policy = session.metadata.policy
  const cap = role === 'system' ? systemBudget(session.max_tokens, policy) : messageCap(session.max_tokens, policy)
  const fitted = fitContent(tk, input.content, cap)
  const extra = input.metadata ? (toPlainJson(input.metadata) as Record<string, unknown>) : {}
  return {
    role,
    content: fitted.content,
    timestamp,
    metadata: {
      ...extra,
      kind: input.kind,
      ...(input.stage !== undefined ? { stage: String(input.stage) } : {}),
      ...(fitted.truncated ? { truncated: true } : {})
    },
    tokens: fitted.tokens,
    importance: role === 'system' ? 1 : (input.importance ?? importanceOf(input.kind, policy.importance))
  }
}

/**
 * Adds a message, pruning first when it would take the session past the threshold. Content over the per-message cap
 * is truncated with a marker. Returns the new session.
 */
export async function addMessage(session: Session, input: MessageInput, now: Date | number = Date.now()): Promise<Session> {
  const tk = await loadTokenizer()
  const timestamp = iso(now)
  const message = buildMessage(tk, session, input, timestamp)
  const pruned = pruneInto(session, message.tokens, timestamp, `adding a ${message.metadata.kind} message of ${message.tokens} tokens`)
  return {
    ...pruned,
    messages: [...pruned.messages, message],
    current_tokens: pruned.current_tokens + message.tokens,
    metadata: { ...pruned.metadata, updated_at: timestamp }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The spec summary

function oneLine(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim()
  return s.length > max ? `${s.slice(0, max - 1)}…` : s
}

function itemLine(item: SpecItem): string {
  const box = item.checked === undefined ? '' : item.checked ? '[x] ' : '[ ] '
  return `- ${box}${item.id ? `${item.id}: ` : ''}${oneLine(item.text, SPEC_ITEM_CHARS)}`
}

/** `1 requirement`, `2 requirements`. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The system message text: component, title, counts, each requirement and acceptance criterion, within `budget`
 * tokens. Items that do not fit are summarized as a count (requirements are listed before criteria).
 */
export function summarizeSpec(
  tk: Tokenizer,
  component: string,
  spec: ParsedSpec,
  budget: number
): { content: string; requirementsListed: number; criteriaListed: number } {
  const head = [
    `Component "${oneLine(component, 100)}". This session carries what earlier runs of spec-to-production learned about it.`,
    `Specification: ${spec.title ? oneLine(spec.title, 200) : '(untitled)'} (${oneLine(spec.file, 300)})`,
    `Counts: ${count(spec.requirements.length, 'requirement', 'requirements')}, ${count(spec.acceptance_criteria.length, 'acceptance criterion', 'acceptance criteria')}, ` +
      `${count(spec.sections.length, 'section', 'sections')}, ${count(spec.line_count, 'line', 'lines')}.`
  ]
  const status = spec.frontmatter['status']
  if (typeof status === 'string') head.push(`Status: ${oneLine(status, 40)}`)
  const reqLines = spec.requirements.map(itemLine)
  const acLines = spec.acceptance_criteria.map(itemLine)

  const render = (nReq: number, nAc: number): string => {
    const out = [...head, '', `Requirements (${reqLines.length}):`]
    if (reqLines.length === 0) out.push('- none found in the spec')
    out.push(...reqLines.slice(0, nReq))
    if (nReq < reqLines.length) out.push(`- … and ${reqLines.length - nReq} more requirements, not listed to keep this summary within ${budget} tokens`)
    out.push('', `Acceptance criteria (${acLines.length}):`)
    if (acLines.length === 0) out.push('- none found in the spec')
    out.push(...acLines.slice(0, nAc))
    if (nAc < acLines.length) out.push(`- … and ${acLines.length - nAc} more acceptance criteria, not listed to keep this summary within ${budget} tokens`)
    return out.join('\n')
  }

  // Greedy estimate with per-line counts, then an exact check (and trimming) on the rendered text.
  let used = tk.count(render(0, 0))
  let nReq = 0
  while (nReq < reqLines.length) {
    const cost = tk.count(reqLines[nReq]!) + 1
    if (used + cost > budget) break
    used += cost
    nReq++
  }
  let nAc = 0
  if (nReq === reqLines.length) {
    while (nAc < acLines.length) {
      const cost = tk.count(acLines[nAc]!) + 1
      if (used + cost > budget) break
      used += cost
      nAc++
    }
  }
  let content = render(nReq, nAc)
  while (tk.count(content) > budget && nReq + nAc > 0) {
    if (nAc > 0) nAc--
    else nReq--
    content = render(nReq, nAc)
  }
  if (tk.count(content) > budget) content = tk.truncate(content, budget)
  return { content, requirementsListed: nReq, criteriaListed: nAc }
}

function specMessage(tk: Tokenizer, component: string, spec: ParsedSpec, maxTokens: number, policy: ContextPolicy, timestamp: string): Message {
  const summary = summarizeSpec(tk, component, spec, systemBudget(maxTokens, policy))
  return {
    role: 'system',
    content: summary.content,
    timestamp,
    metadata: {
      kind: REQUIREMENT_KIND,
      source: 'specification',
      spec_file: spec.file,
      requirements: spec.requirements.length,
      requirements_listed: summary.requirementsListed,
      acceptance_criteria: spec.acceptance_criteria.length,
      acceptance_criteria_listed: summary.criteriaListed
    },
    tokens: tk.count(summary.content),
    importance: 1
  }
}

function specInfo(spec: ParsedSpec): SessionMetadata['spec'] {
  return { file: spec.file, title: spec.title, requirements: spec.requirements.length, acceptance_criteria: spec.acceptance_criteria.length }
}

function isSpecSummary(m: Message): boolean {
  return m.role === 'system' && m.metadata.source === 'specification'
}

// ---------------------------------------------------------------------------------------------------------------
// Create and continue

/** A new session for today's run: one system message summarizing the spec (importance 1.0). */
export async function createSession(opts: CreateSessionOptions): Promise<Session> {
  if (!isValidComponent(opts.component)) throw new TypeError(`invalid component name "${opts.component}"`)
  const tk = await loadTokenizer()
  const policy = resolvePolicy(null, opts)
  const maxTokens = resolveMaxTokens(opts.maxTokens)
  const timestamp = iso(opts.now)
  const system = specMessage(tk, opts.component, opts.spec, maxTokens, policy, timestamp)
  return {
    session_id: sessionIdFor(opts.component, opts.now),
    messages: [system],
    max_tokens: maxTokens,
    current_tokens: system.tokens,
    metadata: {
      component: opts.component,
      created_at: timestamp,
      updated_at: timestamp,
      continued_from: null,
      pruned: [],
      policy,
      spec: specInfo(opts.spec)
    }
  }
}

/** Each message's tokens counted again and its content cut to the per-message cap of `maxTokens` and `policy`. */
function recountWith(tk: Tokenizer, messages: readonly Message[], maxTokens: number, policy: ContextPolicy): Message[] {
  return messages.map((m) => {
    const cap = m.role === 'system' ? systemBudget(maxTokens, policy) : messageCap(maxTokens, policy)
    const fitted = fitContent(tk, m.content, cap)
    return {
      ...m,
      content: fitted.content,
      tokens: fitted.tokens,
      importance: m.role === 'system' ? 1 : m.importance,
      metadata: fitted.truncated ? { ...m.metadata, truncated: true } : m.metadata
    }
  })
}

/**
 * `disk`, a session as a file holds it, with its messages' tokens counted again and over-long content cut, under
 * `budget`'s limits (the session it is about to be merged into): a file's counts are not trusted. A message that
 * claims 0 tokens for megabytes of text would otherwise ride every merge past pruning and the budget.
 */
export async function recountSession(disk: Session, budget: Pick<Session, 'max_tokens' | 'metadata'>): Promise<Session> {
  const tk = await loadTokenizer()
  const messages = recountWith(tk, disk.messages, budget.max_tokens, budget.metadata.policy)
  return { ...disk, messages, current_tokens: messages.reduce((n, m) => n + m.tokens, 0) }
}

/**
 * Continues `previous` (e.g. restored from the cache) for a run at `now`. The same UTC day keeps the session id; a
 * new day starts `<component>-workflow-<today>` with `continued_from` naming the previous one and carries its
 * messages. Token counts are recomputed (a file's counts are not trusted), over-long content is truncated, a given
 * spec replaces the old spec summary, and the result is pruned to the budget.
 */
export async function continueSession(previous: Session, opts: ContinueSessionOptions): Promise<Session> {
  const tk = await loadTokenizer()
  const component = previous.metadata.component
  const policy = resolvePolicy(previous.metadata.policy, opts)
  const maxTokens = resolveMaxTokens(opts.maxTokens, previous.max_tokens)
  const timestamp = iso(opts.now)
  const id = sessionIdFor(component, opts.now)
  const sameDay = id === previous.session_id

  let messages = recountWith(tk, previous.messages, maxTokens, policy)
  if (opts.spec) messages = [specMessage(tk, component, opts.spec, maxTokens, policy, timestamp), ...messages.filter((m) => !isSpecSummary(m))]

  const session: Session = {
    session_id: id,
    messages,
    max_tokens: maxTokens,
    current_tokens: messages.reduce((n, m) => n + m.tokens, 0),
    metadata: {
      component,
      created_at: sameDay ? previous.metadata.created_at : timestamp,
      updated_at: timestamp,
      continued_from: sameDay ? previous.metadata.continued_from : previous.session_id,
      pruned: sameDay ? [...previous.metadata.pruned] : [],
      policy,
      spec: opts.spec ? specInfo(opts.spec) : previous.metadata.spec
    }
  }
  return pruneInto(session, 0, timestamp, sameDay ? `continuing ${id}` : `continuing ${previous.session_id} as ${id}`)
}

// ---------------------------------------------------------------------------------------------------------------
// Concurrent runs

/** Keys already computed: messages are never modified once made (every change builds new ones). */
const messageKeys = new WeakMap<Message, string>()

/** What tells one message from another when two runs' copies of a session are merged. */
export function messageKey(m: Message): string {
  let key = messageKeys.get(m)
  if (key === undefined) {
    const run = typeof m.metadata.run_id === 'string' ? m.metadata.run_id : ''
    key = JSON.stringify([m.role, m.timestamp, m.metadata.kind, m.metadata.stage ?? '', run, m.content])
    messageKeys.set(m, key)
  }
  return key
}

/**
 * `ours` saved over `disk`, the copy another run of the same component wrote meanwhile: the disk's messages, plus
 * ours that the disk does not have and that this process has never seen there (`seen`: a message it read or wrote
 * before and that is gone now was pruned by the other run, and stays pruned). The newest spec summary is kept, the
 * messages in time order, pruned again to the budget. Nothing either run added is lost short of pruning.
 */
export function mergeSessions(disk: Session, ours: Session, seen: ReadonlySet<string>): Session {
  const diskKeys = new Set(disk.messages.map(messageKey))
  const added = ours.messages.filter((m) => !isSpecSummary(m) && !seen.has(messageKey(m)) && !diskKeys.has(messageKey(m)))
  const summaries = [...disk.messages, ...ours.messages].filter(isSpecSummary).sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp))
  const rest = [...disk.messages.filter((m) => !isSpecSummary(m)), ...added]
    .map((m, i) => ({ m, i, t: Date.parse(m.timestamp) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.m)
  const messages = [...summaries.slice(0, 1), ...rest]
  const pruned = new Map<string, PruneRecord>()
  for (const r of [...disk.metadata.pruned, ...ours.metadata.pruned]) pruned.set(JSON.stringify(r), r)
  const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b)
  const merged: Session = {
    ...ours,
    messages,
    current_tokens: messages.reduce((n, m) => n + m.tokens, 0),
    metadata: {
      ...ours.metadata,
      created_at: later(ours.metadata.created_at, disk.metadata.created_at) === ours.metadata.created_at ? disk.metadata.created_at : ours.metadata.created_at,
      updated_at: later(ours.metadata.updated_at, disk.metadata.updated_at),
      continued_from: disk.metadata.continued_from ?? ours.metadata.continued_from,
      pruned: [...pruned.values()].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp)).slice(-MAX_PRUNE_RECORDS)
    }
  }
  return pruneInto(merged, 0, merged.metadata.updated_at, `merging the messages of concurrent runs into ${merged.session_id}`)
}

/**
 * `session` with the messages a run left in its journal when it ended without closing its session (see journal.ts):
 * those it does not hold yet, their tokens counted again (a file's counts are not trusted), in time order, pruned
 * to the budget. System messages are not taken (each run writes its own spec summary).
 */
export async function adoptMessages(session: Session, messages: readonly Message[], now: Date | number): Promise<Session> {
  const have = new Set(session.messages.map(messageKey))
  const tk = await loadTokenizer()
  const policy = session.metadata.policy
  const fresh: Message[] = []
  for (const m of messages) {
    if (m.role === 'system' || have.has(messageKey(m))) continue
    have.add(messageKey(m))
    const fitted = fitContent(tk, m.content, messageCap(session.max_tokens, policy))
    fresh.push({ ...m, content: fitted.content, tokens: fitted.tokens, metadata: fitted.truncated ? { ...m.metadata, truncated: true } : m.metadata })
  }
  if (fresh.length === 0) return session
  const summaries = session.messages.filter(isSpecSummary)
  const rest = [...session.messages.filter((m) => !isSpecSummary(m)), ...fresh]
    .map((m, i) => ({ m, i, t: Date.parse(m.timestamp) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.m)
  const all = [...summaries, ...rest]
  const adopted: Session = { ...session, messages: all, current_tokens: all.reduce((n, m) => n + m.tokens, 0) }
  return pruneInto(adopted, 0, iso(now), `taking in ${fresh.length} message(s) of a run that ended without closing ${session.session_id}`)
}
