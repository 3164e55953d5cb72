/** Context sessions (DESIGN.md §5): importance, token counting, pruning, persistence, the agent brief, CLI text. */
export type { ContextPolicy, ImportanceTable, Message, MessageMetadata, PruneRecord, Role, Session, SessionMetadata, SessionStore } from './types.js'
export { ROLES } from './types.js'
export { DEFAULT_IMPORTANCE, REQUIREMENT_KIND, UNKNOWN_KIND_IMPORTANCE, importanceOf, isValidKind, resolveImportanceTable } from './importance.js'
export { loadTokenizer, countTokens, type Tokenizer } from './tokens.js'
export { isValidSessionId, parseSessionId, sessionIdFor, utcDay } from './ids.js'
export {
  DEFAULT_IMPORTANCE_FLOOR,
  DEFAULT_KEEP_RECENT,
  DEFAULT_MAX_TOKENS,
  DEFAULT_PRUNE_THRESHOLD,
  defaultPolicy,
  pruneLimit,
  resolvePolicy,
  type PolicyOptions
} from './policy.js'
export {
  addMessage,
  continueSession,
  createSession,
  planPrune,
  summarizeSpec,
  type ContinueSessionOptions,
  type CreateSessionOptions,
  type MessageInput,
  type PruneOptions,
  type PrunePlan
} from './session.js'
export { validateSession, type ValidationResult } from './validate.js'
export {
  SessionRepository,
  defaultContextRoot,
  type IgnoredFile,
  type LatestSession,
  type LoadResult,
  type SessionListing,
  type SessionSummary
} from './repository.js'
export { renderBrief, type BriefOptions } from './brief.js'
export { gateLine, gateMeasurements, insightsMessage, stageKind, stageMessage } from './describe.js'
export {
  DEFAULT_STORE_TIMEOUT_MS,
  closeSession,
  openSession,
  saveSession,
  withTimeout,
  type CloseSessionOptions,
  type ClosedSession,
  type ContextLog,
  type OpenSessionOptions,
  type OpenedSession
} from './lifecycle.js'
export { EXPORT_FORMATS, exportSession, listSessions, showSession, type ExportFormat } from './cli.js'
