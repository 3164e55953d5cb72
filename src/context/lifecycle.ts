/**
 * A run's use of its context session: open (restore through the store if any, continue the latest session of the
 * component or create one), save after each stage, close (brief, archive, store). Failures of the store or of the
 * disk are warnings: the run goes on, at worst with a fresh session.
 */
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ParsedSpec } from '../spec/types.js'
import type { WorkflowReport } from '../engine/model.js'
import { renderBrief } from './brief.js'
import { Journal, leftJournals } from './journal.js'
import type { PolicyOptions } from './policy.js'
import { toDate } from './ids.js'
import { SessionRepository } from './repository.js'
import { adoptMessages, continueSession, createSession } from './session.js'
import type { Session, SessionStore } from './types.js'

/** Default time allowed to one store call (restore or save). */
export const DEFAULT_STORE_TIMEOUT_MS = 60_000
/** Archived sessions kept per component (the oldest are deleted at close). */
export const DEFAULT_ARCHIVE_KEEP = 30

export interface ContextLog {
  info(message: string): void
  warning(message: string): void
}

export interface OpenSessionOptions extends PolicyOptions {
  component: string
  spec: ParsedSpec
  now: Date | number
  /** The context directory, usually `defaultContextRoot(workspace)`. */
  root: string
  /** The Actions cache in CI; absent locally. */
  store?: SessionStore | null
  log?: ContextLog
  storeTimeoutMs?: number
  /**
   * Nothing is saved at open: the caller journals each message it adds (`OpenedSession.journal`) and the session is
   * saved once, by `closeSession`. Default false: the session is saved at open, and after each `saveSession`.
   */
  deferSave?: boolean
}

export interface OpenedSession {
  session: Session
  repository: SessionRepository
  /** Where the continued session came from; null for a fresh session. */
  restoredFrom: { source: 'store' | 'local'; id: string; file: string } | null
  /** Path of the saved session file, null when saving failed (see warnings) or was deferred. */
  file: string | null
  warnings: string[]
  /** With `deferSave`: where the run journals the messages it adds until `closeSession` saves the session. */
  journal: Journal | null
  /** Journals of runs that ended without closing, whose messages the session took in (removed once it is saved). */
  adopted: string[]
}

export interface CloseSessionOptions {
  component: string
  report?: WorkflowReport
  store?: SessionStore | null
  log?: ContextLog
  storeTimeoutMs?: number
  /** Archived sessions kept for the component (default 30). */
  archiveKeep?: number
  /** The run's journal and the journals its session took in: removed once the session is archived. */
  journals?: { own: Journal | null; adopted: readonly string[] }
}

export interface ClosedSession {
  /** Archived JSON and brief, null where writing failed. */
  file: string | null
  brief: string | null
  warnings: string[]
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** `fn()` or a rejection after `ms`; the timer does not keep the process alive. */
export async function withTimeout<T>(fn: () => Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms)
    timer.unref()
  })
  try {
    return await Promise.race([Promise.resolve().then(fn), timeout])
  } finally {
    clearTimeout(timer)
  }
}

function warner(log: ContextLog | undefined, warnings: string[]): (text: string) => void {
  return (text) => {
    warnings.push(text)
    log?.warning(text)
  }
}

/**
 * Opens today's session for `component`: restores through `store` (when given), continues the newest session found
 * there or under `root` (the previous day's becomes `continued_from`), else creates one from the spec; saves it.
 * Policy options that are invalid throw (configuration mistakes); everything else degrades to a warning.
 */
export async function openSession(opts: OpenSessionOptions): Promise<OpenedSession> {
  const warnings: string[] = []
  const warn = warner(opts.log, warnings)
  const repository = new SessionRepository(opts.root)
  const timeoutMs = opts.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS

  let restoredDir: string | null = null
  if (opts.store) {
    const store = opts.store
    try {
      restoredDir = await withTimeout(() => store.restore(opts.component), timeoutMs, 'context cache restore')
      if (restoredDir) opts.log?.info(`Context: restored ${opts.component}'s sessions from the cache into ${restoredDir}`)
      else opts.log?.info(`Context: no cached session for ${opts.component}`)
    } catch (e) {
      warn(`Context cache unavailable (${message(e)}); continuing with local sessions or a fresh one`)
    }
  }

  type Found = { session: Session; file: string; source: 'store' | 'local' }
  const candidates: Found[] = []
  const look = async (repo: SessionRepository, source: 'store' | 'local'): Promise<void> => {
    try {
      const { latest, ignored } = await repo.scan(opts.component, toDate(opts.now).getTime())
      for (const i of ignored) warn(`Context: ignored ${i.file}: ${i.reason}`)
      if (latest) candidates.push({ session: latest.session, file: latest.file, source })
    } catch (e) {
      warn(`Context: cannot read sessions under ${repo.root}: ${message(e)}`)
    }
  }
  const sameDir = restoredDir !== null && resolve(restoredDir) === resolve(opts.root)
  if (restoredDir && !sameDir) await look(new SessionRepository(restoredDir), 'store')
  await look(repository, sameDir ? 'store' : 'local')
  candidates.sort((a, b) => Date.parse(b.session.metadata.updated_at) - Date.parse(a.session.metadata.updated_at))
  const previous = candidates[0] ?? null

  let session: Session | null = null
  let restoredFrom: OpenedSession['restoredFrom'] = null
  if (previous) {
    try {
      session = await continueSession(previous.session, { ...opts, now: opts.now, spec: opts.spec })
      restoredFrom = { source: previous.source, id: previous.session.session_id, file: previous.file }
    } catch (e) {
      if (e instanceof TypeError) throw e
      warn(`Context: cannot continue ${previous.session.session_id} (${message(e)}); starting a fresh session`)
    }
  }
  session ??= await createSession(opts)

  // Messages that runs killed before closing their session left in their journals.
  let adopted: string[] = []
  try {
    const left = await leftJournals(repository.dir('sessions'), opts.component, toDate(opts.now).getTime())
    for (const i of left.ignored) warn(`Context: ignored ${i.file}: ${i.reason}`)
    if (left.messages.length > 0) {
      const before = session.messages.length
      session = await adoptMessages(session, left.messages, opts.now)
      opts.log?.info(`Context: took in ${session.messages.length - before} message(s) from ${left.files.length} journal(s) of runs that ended without closing their session`)
    }
    adopted = left.files
  } catch (e) {
    warn(`Context: cannot read the journals under ${repository.dir('sessions')}: ${message(e)}`)
  }

  if (opts.deferSave) return { session, repository, restoredFrom, file: null, warnings, journal: new Journal(repository.dir('sessions'), opts.component), adopted }
  let file: string | null = null
  try {
    file = await repository.save(session)
  } catch (e) {
    warn(`Context: cannot save ${session.session_id}: ${message(e)}`)
  }
  if (file) {
    await removeJournals(null, adopted).catch((e: unknown) => warn(`Context: cannot remove the journals taken in: ${message(e)}`))
    adopted = []
  }
  return { session, repository, restoredFrom, file, warnings, journal: null, adopted }
}

/** Removes journals whose messages a saved session holds (a journal left behind is only taken in again). */
async function removeJournals(own: Journal | null, adopted: readonly string[]): Promise<void> {
  await own?.remove()
  for (const file of adopted) await rm(file, { force: true })
}

/** Saves the session after a stage; a failure is a warning (returned), not an error. */
export async function saveSession(repository: SessionRepository, session: Session, log?: ContextLog): Promise<string | null> {
  try {
    return await repository.save(session)
  } catch (e) {
    log?.warning(`Context: cannot save ${session.session_id}: ${message(e)}`)
    return null
  }
}

/**
 * Ends the run's use of the session: writes the brief next to the JSON, archives both, trims old archived sessions
 * of the component, and saves the context directory through the store.
 */
export async function closeSession(repository: SessionRepository, session: Session, opts: CloseSessionOptions): Promise<ClosedSession> {
  const warnings: string[] = []
  const warn = warner(opts.log, warnings)
  let file: string | null = null
  let brief: string | null = null
  try {
    // Merged with what concurrent runs of the component saved, the brief drawn from the merged session.
    const archived = await repository.archiveWithBrief(session, (merged) => renderBrief(merged, opts.report))
    file = archived.file
    brief = archived.brief
    for (const i of archived.ignored) warn(`Context: ignored ${i.file}: ${i.reason}`)
  } catch (e) {
    // The journals stay: the next run takes their messages in.
    warn(`Context: cannot archive ${session.session_id}: ${message(e)}`)
  }
  if (file && opts.journals) {
    try {
      await removeJournals(opts.journals.own, opts.journals.adopted)
    } catch (e) {
      warn(`Context: cannot remove the run's journal: ${message(e)}`)
    }
  }
  try {
    await repository.trimArchive(opts.component, opts.archiveKeep ?? DEFAULT_ARCHIVE_KEEP)
  } catch (e) {
    warn(`Context: cannot trim the archive: ${message(e)}`)
  }
  if (opts.store) {
    const store = opts.store
    try {
      await withTimeout(() => store.save(opts.component), opts.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS, 'context cache save')
    } catch (e) {
      warn(`Context cache save failed (${message(e)}); the next run starts from what it finds`)
    }
  }
  return { file, brief, warnings }
}
