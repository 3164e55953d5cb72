/** Budget and pruning settings, their defaults and the token limits derived from them. */
import { resolveImportanceTable } from './importance.js'
import type { ContextPolicy } from './types.js'

export const DEFAULT_MAX_TOKENS = 8000
export const DEFAULT_IMPORTANCE_FLOOR = 0.8
export const DEFAULT_KEEP_RECENT = 5
export const DEFAULT_PRUNE_THRESHOLD = 0.8
/** Largest budget accepted; sessions are read whole, so they must stay small files. */
export const MAX_MAX_TOKENS = 1_000_000

/** Options that shape a session's budget and pruning (the configuration's `context_management.session`). */
export interface PolicyOptions {
  /** Token budget (`context_management.session.max_tokens`), default 8000. */
  maxTokens?: number
  /** Overrides of the importance table, by kind. */
  importance?: Readonly<Record<string, unknown>>
  /** Messages at or above it survive pruning (default 0.8). */
  importanceFloor?: number
  /** The most recent messages that survive pruning (default 5). */
  keepRecent?: number
  /** Fraction of max_tokens that triggers pruning (default 0.8). */
  pruneThreshold?: number
  /** Token cap of one non-system message (default: half the pruning threshold). */
  maxMessageTokens?: number
}

export function defaultPolicy(): ContextPolicy {
  return {
    importance: resolveImportanceTable(),
    importance_floor: DEFAULT_IMPORTANCE_FLOOR,
    keep_recent: DEFAULT_KEEP_RECENT,
    prune_threshold: DEFAULT_PRUNE_THRESHOLD,
    max_message_tokens: null
  }
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new TypeError(message)
}

/** `base` (a stored policy, or the defaults) with the options laid over it. Throws a TypeError on a bad value. */
export function resolvePolicy(base: ContextPolicy | null, opts: PolicyOptions): ContextPolicy {
  const b = base ?? defaultPolicy()
  const p: ContextPolicy = {
    importance: opts.importance ? resolveImportanceTable({ ...b.importance, ...opts.importance }) : resolveImportanceTable(b.importance),
    importance_floor: opts.importanceFloor ?? b.importance_floor,
    keep_recent: opts.keepRecent ?? b.keep_recent,
    prune_threshold: opts.pruneThreshold ?? b.prune_threshold,
    max_message_tokens: opts.maxMessageTokens ?? b.max_message_tokens
  }
  check(Number.isFinite(p.importance_floor) && p.importance_floor >= 0 && p.importance_floor <= 1, 'importanceFloor must be from 0 to 1')
  check(Number.isSafeInteger(p.keep_recent) && p.keep_recent >= 0, 'keepRecent must be an integer >= 0')
  check(Number.isFinite(p.prune_threshold) && p.prune_threshold > 0 && p.prune_threshold <= 1, 'pruneThreshold must be above 0 and at most 1')
  check(
    p.max_message_tokens === null || (Number.isSafeInteger(p.max_message_tokens) && p.max_message_tokens >= 1),
    'maxMessageTokens must be an integer >= 1'
  )
  return p
}

export function resolveMaxTokens(value: number | undefined, fallback = DEFAULT_MAX_TOKENS): number {
  const v = value ?? fallback
  check(Number.isSafeInteger(v) && v >= 1 && v <= MAX_MAX_TOKENS, `maxTokens must be an integer from 1 to ${MAX_MAX_TOKENS}`)
  return v
}

/** Tokens a session may hold before a new message must prune first: `max_tokens * prune_threshold`. */
export function pruneLimit(maxTokens: number, policy: ContextPolicy): number {
  return Math.round(maxTokens * policy.prune_threshold * 1e6) / 1e6
}

/** Largest non-system message, in tokens. */
export function messageCap(maxTokens: number, policy: ContextPolicy): number {
  return policy.max_message_tokens ?? Math.max(1, Math.floor(pruneLimit(maxTokens, policy) / 2))
}

/** Budget of the system message that summarizes the spec: half the pruning threshold. */
export function systemBudget(maxTokens: number, policy: ContextPolicy): number {
  return Math.max(1, Math.floor(pruneLimit(maxTokens, policy) / 2))
}
