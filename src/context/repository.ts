/**
 * Sessions on disk: `<root>/sessions/<session_id>.json` while a run works on them, `<root>/archive/<session_id>.json`
 * once it ended (root is usually `.spec-to-production/context`). Writes are atomic; reads are defensive: a file that
 * is too large, not a regular file, not JSON, carries prototype keys or has the wrong shape is ignored with a reason.
 */
import { randomUUID } from 'node:crypto'
import { constants, existsSync } from 'node:fs'
import { mkdir, open, readdir, rename, replaceFileSync, rm, stat, writeFile } from './fs.js'
import { join, sep } from 'node:path'
import { isValidComponent, isValidSessionId, parseSessionId } from './ids.js'
import { parseJsonStrict } from './json.js'
import { withFileLock } from './lock.js'
import { mergeSessions, messageKey, recountSession } from './session.js'
import type { Session } from './types.js'
import { CLOCK_SKEW_MS, validateSession } from './validate.js'

/** Largest session file read. */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024

export type Location = 'sessions' | 'archive'

export interface SessionSummary {
  id: string
  component: string
  created_at: string
  updated_at: string
  messages: number
  tokens: number
  max_tokens: number
  continued_from: string | null
  /** True when the session file is under archive/. */
  archived: boolean
  file: string
}

export interface IgnoredFile {
  file: string
  reason: string
}

export type LoadResult =
  | { ok: true; session: Session; file: string; archived: boolean }
  | { ok: false; file: string | null; reason: string }

export interface LatestSession {
  session: Session
  file: string
  archived: boolean
}

export interface SessionListing {
  /** Newest first (updated_at, then id); a session both active and archived is listed twice. */
  sessions: SessionSummary[]
  ignored: IgnoredFile[]
}

/** `.spec-to-production/context` under `workspace`. */
export function defaultContextRoot(workspace: string): string {
  return join(workspace, '.spec-to-production', 'context')
}

/** Writes `text` to `path` through a temporary file and a rename, so readers never see half a file. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`
  try {
    await writeFile(tmp, text, { flag: 'wx' })
    await rename(tmp, path)
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined)
    throw e
  }
}

/** What changes whenever a file is replaced or written: device, inode, size, modification and change times. */
function stampOf(s: { dev: number; ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`
}

function isErrno(e: unknown, ...codes: string[]): boolean {
  return typeof e === 'object' && e !== null && codes.includes((e as NodeJS.ErrnoException).code ?? '')
}

export class SessionRepository {
  readonly root: string
  readonly maxFileBytes: number

  constructor(root: string, options: { maxFileBytes?: number } = {}) {
    this.root = root
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  }

  dir(location: Location): string {
    return join(this.root, location)
  }

  /** Path of a session file; throws on an id that is not a session id (so ids never become paths elsewhere). */
  path(id: string, location: Location = 'sessions'): string {
    if (!isValidSessionId(id)) throw new Error(`invalid session id "${id}"`)
    return join(this.root, location, `${id}.json`)
  }

  /** Path of the agent brief written next to the session JSON. */
  briefPath(id: string, location: Location = 'sessions'): string {
    if (!isValidSessionId(id)) throw new Error(`invalid session id "${id}"`)
    return join(this.root, location, `${id}.context.md`)
  }

  /** Writes `sessions/<id>.json` atomically, merged with what other runs saved meanwhile; returns its path. */
  async save(session: Session): Promise<string> {
    return (await this.saveMerged(session)).path
  }

  /**
   * Saves `session` under the session's lock file: the copy on disk (active, else archived by a run that ended
   * meanwhile) is read and `session` merged into it, so concurrent runs of one component lose none of each other's
   * messages. Returns the path and the session as written.
   */
  async saveMerged(session: Session): Promise<{ path: string; session: Session }> {
    this.check(session)
    return this.locked(session.session_id, () => this.mergeAndWrite(session))
  }

  /**
   * Ends a run's use of `session` in one locked step: saved merged (as `saveMerged`), its brief rendered from the
   * merged session and written next to it, both moved to archive/. Returns the archived JSON's path and the brief's.
   */
  async archiveWithBrief(session: Session, brief: (merged: Session) => Promise<string>): Promise<{ file: string; brief: string; ignored: IgnoredFile[] }> {
    this.check(session)
    const id = session.session_id
    await mkdir(this.dir('archive'), { recursive: true })
    return this.locked(id, async () => {
      const saved = await this.mergeAndWrite(session)
      const text = await brief(saved.session)
      await writeAtomic(this.briefPath(id), text.endsWith('\n') ? text : `${text}\n`)
      const file = await this.moveToArchive(id, this.path(id, 'sessions'), this.path(id, 'archive'))
      return { file, brief: this.briefPath(id, 'archive'), ignored: saved.ignored }
    })
  }

  private async mergeAndWrite(session: Session): Promise<{ path: string; session: Session; ignored: IgnoredFile[] }> {
    const path = this.path(session.session_id)
    let current = await this.load(session.session_id)
    const ignored: IgnoredFile[] = []
    // A copy updated after this session beyond the clock skew is not merged (as `scan` does not continue it): its
    // date would become the merged session's, and the archived session would be passed over by every later run.
    if (current.ok && latestDate(current.session).ms > Date.parse(session.metadata.updated_at) + CLOCK_SKEW_MS) {
      ignored.push({ file: current.file, reason: `${latestDate(current.session).said}, after this run's session (${session.metadata.updated_at}): not merged, written over` })
      current = { ok: false, file: current.file, reason: 'not merged' }
    } else if (!current.ok && current.file !== null) ignored.push({ file: current.file, reason: `${current.reason}: written over` })
    // The copy on disk may be anyone's (restored from the cache, written by hand): its token counts are counted again.
    const merged = current.ok ? mergeSessions(await recountSession(current.session, session), session, this.seenOf(session.session_id)) : session
    const { text, readBack } = this.check(merged)
    this.written.delete(path)
    await writeAtomic(path, text)
    this.remember(merged)
    // Still under the lock: the file is the one just written. The next save reads it back from here while unchanged.
    const written = await stat(path).catch(() => undefined)
    if (written) this.written.set(path, { stamp: stampOf(written), session: readBack })
    return { path, session: merged, ignored }
  }

  /**
   * The session's JSON text, and the session the loader reads back from it; throws when the loader would refuse
   * it (never write what cannot be read back).
   */
  private check(session: Session): { text: string; readBack: Session } {
    const text = `${JSON.stringify(session, null, 2)}\n`
    const parsed = parseJsonStrict(text)
    const checked = parsed.ok ? validateSession(parsed.value) : parsed
    if (!checked.ok) throw new Error(`refusing to save an invalid session: ${checked.reason}`)
    if (Buffer.byteLength(text) > this.maxFileBytes) throw new Error(`refusing to save session ${session.session_id}: larger than ${this.maxFileBytes} bytes`)
    return { text, readBack: checked.session }
  }

  /**
   * Session files this repository wrote or read, with their inode, size and times right after the write (or when
   * read), and the session their text parses and validates to: reading such a file again while all of those are
   * unchanged gives that session without parsing it again. Any other write (a new file renamed over it, an edit, a
   * touch) changes the stamp.
   */
  private readonly written = new Map<string, { stamp: string; session: Session }>()

  /** Messages this repository has read or written per session id: the merge tells pruned messages from new ones. */
  private readonly seen = new Map<string, Set<string>>()

  private seenOf(id: string): Set<string> {
    let set = this.seen.get(id)
    if (!set) this.seen.set(id, (set = new Set()))
    return set
  }

  private remember(session: Session): void {
    const set = this.seenOf(session.session_id)
    for (const m of session.messages) set.add(messageKey(m))
  }

  /** Runs `fn` holding `sessions/<id>.lock` (saves and archiving of one session never interleave). */
  private async locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    await mkdir(this.dir('sessions'), { recursive: true })
    return withFileLock(join(this.dir('sessions'), `${id}.lock`), fn)
  }

  /** Writes the agent brief `sessions/<id>.context.md` atomically; returns its path. */
  async writeBrief(id: string, text: string): Promise<string> {
    const path = this.briefPath(id)
    await mkdir(this.dir('sessions'), { recursive: true })
    await writeAtomic(path, text.endsWith('\n') ? text : `${text}\n`)
    return path
  }

  /** Reads and checks one file. Never throws for the file's content or absence. */
  async readFile(file: string, expectedId?: string): Promise<LoadResult> {
    let handle
    try {
      // O_NONBLOCK: a FIFO planted here (e.g. restored from a cache) must not hang the run; fstat refuses it below.
      handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return { ok: false, file, reason: 'not found' }
      if (isErrno(e, 'ELOOP', 'EMLINK')) return { ok: false, file, reason: 'is a symbolic link' }
      return { ok: false, file, reason: `unreadable: ${(e as Error).message}` }
    }
    let text: string
    let stamp: string
    try {
      const stat = await handle.stat()
      if (!stat.isFile()) return { ok: false, file, reason: 'not a regular file' }
      if (stat.size > this.maxFileBytes) return { ok: false, file, reason: `too large (${stat.size} bytes, limit ${this.maxFileBytes})` }
      stamp = stampOf(stat)
      const known = this.written.get(file)
      if (known && known.stamp === stamp) return this.loaded(file, known.session, expectedId)
      const buf = Buffer.alloc(stat.size)
      const { bytesRead } = await handle.read(buf, 0, stat.size, 0)
      text = buf.subarray(0, bytesRead).toString('utf8')
    } catch (e) {
      return { ok: false, file, reason: `unreadable: ${(e as Error).message}` }
    } finally {
      await handle.close().catch(() => undefined)
    }
    const parsed = parseJsonStrict(text)
    if (!parsed.ok) return { ok: false, file, reason: parsed.reason }
    const checked = validateSession(parsed.value)
    if (!checked.ok) return { ok: false, file, reason: `not a session: ${checked.reason}` }
    // Read again while unchanged (the run's open lists, then loads; its close merges into it), it is not parsed again.
    this.written.set(file, { stamp, session: checked.session })
    return this.loaded(file, checked.session, expectedId)
  }

  private loaded(file: string, session: Session, expectedId: string | undefined): LoadResult {
    if (expectedId !== undefined && session.session_id !== expectedId) {
      return { ok: false, file, reason: `holds session ${session.session_id}, not ${expectedId}` }
    }
    this.remember(session)
    return { ok: true, session, file, archived: file.startsWith(this.dir('archive') + sep) }
  }

  /** Loads a session by id from sessions/, else from archive/. */
  async load(id: string): Promise<LoadResult> {
    if (!isValidSessionId(id)) return { ok: false, file: null, reason: `invalid session id "${id}"` }
    const active = await this.readFile(this.path(id, 'sessions'), id)
    if (active.ok || active.reason !== 'not found') return active
    const archived = await this.readFile(this.path(id, 'archive'), id)
    if (archived.ok || archived.reason !== 'not found') return archived
    return { ok: false, file: null, reason: `no session ${id}` }
  }

  /**
   * Every readable session in sessions/ and archive/, and the files ignored with why. With `component`, only the files
   * named for it (`<component>-workflow-<date>.json`) are read: a file's content must match its name, so no other file
   * can hold one of its sessions, and a directory restored from the cache with thousands of other files (other
   * components', or planted) costs a directory listing, not a read, a parse and a warning per file on every run.
   */
  async list(component?: string): Promise<SessionListing> {
    const sessions: SessionSummary[] = []
    const ignored: IgnoredFile[] = []
    for (const location of ['sessions', 'archive'] as const) {
      const dir = this.dir(location)
      let entries
      try {
        entries = await readdir(dir, { withFileTypes: true })
      } catch (e) {
        if (isErrno(e, 'ENOENT', 'ENOTDIR')) continue
        ignored.push({ file: dir, reason: `unreadable: ${(e as Error).message}` })
        continue
      }
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (!entry.name.endsWith('.json')) continue
        const file = join(dir, entry.name)
        const id = entry.name.slice(0, -'.json'.length)
        if (component !== undefined && parseSessionId(id)?.component !== component) continue
        if (!isValidSessionId(id)) {
          ignored.push({ file, reason: 'file name is not <session_id>.json' })
          continue
        }
        const r = await this.readFile(file, id)
        if (!r.ok) {
          ignored.push({ file, reason: r.reason })
          continue
        }
        const s = r.session
        sessions.push({
          id: s.session_id,
          component: s.metadata.component,
          created_at: s.metadata.created_at,
          updated_at: s.metadata.updated_at,
          messages: s.messages.length,
          tokens: s.current_tokens,
          max_tokens: s.max_tokens,
          continued_from: s.metadata.continued_from,
          archived: location === 'archive',
          file
        })
      }
    }
    sessions.sort(newestFirst)
    return { sessions, ignored }
  }

  /**
   * The most recent session of `component` in sessions/ or archive/ (runs archive theirs at the end, so the previous
   * run's session is usually in archive/). Newest by updated_at, then by id; an active file wins a tie.
   */
  async latest(component: string): Promise<LatestSession | null> {
    return (await this.scan(component)).latest
  }

  /**
   * `latest(component)` and every file ignored on the way (for warnings). With `now` (epoch ms), a session updated
   * after it (beyond a clock skew of an hour) is ignored, saying so: "newest" is by `updated_at`, which a file states,
   * and a session dated 2099 (a hand-written cache entry, a runner whose clock ran ahead) would otherwise be the one
   * every later run continues, each dropping what the runs since it wrote.
   */
  async scan(component: string, now?: number): Promise<{ latest: LatestSession | null; ignored: IgnoredFile[] }> {
    if (!isValidComponent(component)) return { latest: null, ignored: [] }
    const { sessions, ignored } = await this.list(component)
    for (const s of sessions) {
      if (s.component !== component || parseSessionId(s.id)?.component !== component) continue
      if (now !== undefined && Date.parse(s.updated_at) > now + CLOCK_SKEW_MS) {
        ignored.push({ file: s.file, reason: `updated ${s.updated_at}, after this run's clock (${new Date(now).toISOString()}): not continued` })
        continue
      }
      const r = await this.readFile(s.file, s.id)
      if (r.ok && now !== undefined && latestDate(r.session).ms > now + CLOCK_SKEW_MS) {
        ignored.push({ file: s.file, reason: `${latestDate(r.session).said}, after this run's clock (${new Date(now).toISOString()}): not continued` })
        continue
      }
      if (r.ok) return { latest: { session: r.session, file: r.file, archived: r.archived }, ignored }
    }
    return { latest: null, ignored }
  }

  /** Moves `sessions/<id>.json` (and its brief, if any) to archive/; returns the archived JSON's path. */
  async archive(id: string): Promise<string> {
    const from = this.path(id, 'sessions')
    const to = this.path(id, 'archive')
    await mkdir(this.dir('archive'), { recursive: true })
    return this.locked(id, () => this.moveToArchive(id, from, to))
  }

  private async moveToArchive(id: string, from: string, to: string): Promise<string> {
    // The archived copy of an earlier run of the day is replaced (see replaceFileSync); until the rename the session
    // is still under sessions/, so a reader looking there, then in archive/, always finds it.
    if (!existsSync(from)) throw new Error(`cannot archive session ${id}: ${from} does not exist`)
    replaceFileSync(from, to)
    const brief = this.briefPath(id, 'sessions')
    if (existsSync(brief)) replaceFileSync(brief, this.briefPath(id, 'archive'))
    return to
  }

  /** Deletes archived sessions of `component` beyond the `keep` newest (JSON and brief); returns the ids deleted. */
  async trimArchive(component: string, keep: number): Promise<string[]> {
    if (!isValidComponent(component)) return []
    // No more archived files named for the component than it keeps: nothing to delete, nothing to read. (A file
    // counts in the listing only when its content matches its name's component.)
    const names = await readdir(this.dir('archive')).catch((e: unknown) => {
      if (isErrno(e, 'ENOENT', 'ENOTDIR')) return []
      throw e
    })
    const named = names.filter((n) => n.endsWith('.json') && parseSessionId(n.slice(0, -'.json'.length))?.component === component).length
    if (named <= Math.max(0, keep)) return []
    const { sessions } = await this.list(component)
    const archived = sessions.filter((s) => s.archived && s.component === component)
    const deleted: string[] = []
    for (const s of archived.slice(Math.max(0, keep))) {
      await rm(this.path(s.id, 'archive'), { force: true })
      await rm(this.briefPath(s.id, 'archive'), { force: true })
      deleted.push(s.id)
    }
    return deleted
  }
}

function newestFirst(a: SessionSummary, b: SessionSummary): number {
  const ta = Date.parse(a.updated_at)
  const tb = Date.parse(b.updated_at)
  if (ta !== tb) return tb - ta
  if (a.id !== b.id) return a.id < b.id ? 1 : -1
  if (a.archived !== b.archived) return a.archived ? 1 : -1
  return 0
}

/** The latest date a session states, its `updated_at` or a message's, in words: `updated …` or `a message dated …`. */
function latestDate(session: Session): { ms: number; said: string } {
  let out = { ms: Date.parse(session.metadata.updated_at), said: `updated ${session.metadata.updated_at}` }
  for (const m of session.messages) {
    const ms = Date.parse(m.timestamp)
    if (ms > out.ms) out = { ms, said: `a message dated ${m.timestamp}` }
  }
  return out
}
