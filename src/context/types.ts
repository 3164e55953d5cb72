/** The context session as written to `.spec-to-production/context/sessions/<session_id>.json` (DESIGN.md §5). */

export type Role = 'system' | 'user' | 'assistant' | 'tool'
export const ROLES: readonly Role[] = ['system', 'user', 'assistant', 'tool']

/** Importance (0..1) per message kind. Kinds are snake_case words (`test_results`). */
export type ImportanceTable = Record<string, number>

export interface MessageMetadata {
  /** What the message records; scored by the importance table. `requirement` is never pruned. */
  kind: string
  /** Stage that wrote it, when a stage did. */
  stage?: string
  /** `specification` on the system message that summarizes the spec (replaced when a new run brings the spec). */
  source?: string
  /** Set when the content was shortened to fit the per-message token cap. */
  truncated?: boolean
  [key: string]: unknown
}

export interface Message {
  role: Role
  content: string
  /** ISO 8601, UTC. */
  timestamp: string
  metadata: MessageMetadata
  /** cl100k_base tokens of `content`. */
  tokens: number
  /** 0..1; system messages are 1. */
  importance: number
}

/** One pruning pass. */
export interface PruneRecord {
  timestamp: string
  /** Messages dropped. */
  count: number
  /** Tokens dropped. */
  tokens: number
  /** Why pruning ran and how it ended, in words. */
  reasons: string[]
  /** Dropped messages per kind. */
  kinds: Record<string, number>
  tokens_before: number
  tokens_after: number
  /** The prune threshold in tokens (`max_tokens * prune_threshold`). */
  limit: number
  /** True when nothing more could be dropped and the session stays over the limit. */
  over_budget: boolean
}

/** How the session scores and prunes; kept in the session so later runs prune alike unless told otherwise. */
export interface ContextPolicy {
  importance: ImportanceTable
  /** Messages at or above it are kept when pruning. */
  importance_floor: number
  /** The most recent messages kept when pruning, whatever their importance. */
  keep_recent: number
  /** Fraction of `max_tokens` a new message may not take the session past without pruning first (0.8). */
  prune_threshold: number
  /** Largest non-system message in tokens (longer content is truncated with a marker); null: half the threshold. */
  max_message_tokens: number | null
}

export interface SessionMetadata {
  component: string
  created_at: string
  updated_at: string
  /** Id of the session this one continues (the previous day's), or null. */
  continued_from: string | null
  pruned: PruneRecord[]
  policy: ContextPolicy
  /** The spec the session was last given. */
  spec: { file: string; title: string | null; requirements: number; acceptance_criteria: number } | null
}

export interface Session {
  session_id: string
  messages: Message[]
  max_tokens: number
  current_tokens: number
  metadata: SessionMetadata
}

/**
 * Where sessions live between runs (the Actions cache in CI). Both calls may fail or hang; callers treat that as a
 * warning and go on with a fresh session.
 */
export interface SessionStore {
  /** Restores this component's latest saved context directory; returns the directory restored into, or null. */
  restore(component: string): Promise<string | null>
  /** Saves the context directory for this component. */
  save(component: string): Promise<void>
}
