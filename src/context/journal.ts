/**
 * A run's journal: the messages it added to its session since it opened it, one JSON line each, appended as they
 * come (`<root>/sessions/journal-<uuid>.jsonl`). The session itself is saved (merged under its lock) once, when the
 * run closes it; the journal is what makes that safe. A run killed before closing leaves its journal behind, and
 * the next run of the component takes its messages into the session it opens, so nothing a stage recorded is lost.
 * The journal is removed once the session holding its messages is saved.
 */
import { randomUUID } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdir, open, readdir, rm } from './fs.js'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { isValidComponent } from './ids.js'
import { parseJsonStrict } from './json.js'
import type { Message } from './types.js'
import { CLOCK_SKEW_MS, validateMessage } from './validate.js'
import { alive, errno } from './lock.js'

const NAME = /^journal-[0-9a-f-]{36}\.jsonl$/
/** Largest journal read (a run adds a few messages of at most 32 KiB each). */
const MAX_JOURNAL_BYTES = 4 * 1024 * 1024

interface Header {
  journal: 1
  component: string
  pid: number
  host: string
  started_at: string
}

/** One run's journal, created on its first message. */
export class Journal {
  readonly path: string
  private started = false

  constructor(
    private readonly sessionsDir: string,
    private readonly component: string,
    private readonly now: () => number = Date.now
  ) {
    if (!isValidComponent(component)) throw new TypeError(`invalid component name "${component}"`)
    this.path = join(sessionsDir, `journal-${randomUUID()}.jsonl`)
  }

  /** Appends `message` in one write (with the header first time); resolves once the kernel has it. */
  async append(message: Message): Promise<void> {
    let text = `${JSON.stringify(message)}\n`
    if (!this.started) {
      const header: Header = { journal: 1, component: this.component, pid: process.pid, host: hostname(), started_at: new Date(this.now()).toISOString() }
      text = `${JSON.stringify(header)}\n${text}`
      await mkdir(this.sessionsDir, { recursive: true })
    }
    // O_NOFOLLOW: a symbolic link planted under the name is refused rather than written through; O_NONBLOCK: a FIFO
    // is refused rather than waited on.
    const handle = await open(this.path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644)
    try {
      await handle.writeFile(text)
    } finally {
      await handle.close()
    }
    this.started = true
  }

  /** Removes the journal (its messages are in a saved session). */
  async remove(): Promise<void> {
    if (this.started) await rm(this.path, { force: true })
  }
}

export interface LeftJournals {
  /** Messages of the component from journals whose run is gone, oldest journal line first. */
  messages: Message[]
  /** Those journals: remove them once a session holding their messages is saved. */
  files: string[]
  /** Journal lines or files that could not be read, with why (the rest of the file is still taken). */
  ignored: Array<{ file: string; reason: string }>
}

/**
 * The journals under `sessionsDir` that runs of `component` left behind (with `now`, epoch ms, none of their messages
 * dated after it beyond the clock skew): runs on this machine whose process is gone,
 * and any run of another machine (a directory restored from the cache, where no run of ours is writing). A journal
 * of a run still going is left to that run.
 */
export async function leftJournals(sessionsDir: string, component: string, now?: number): Promise<LeftJournals> {
  const out: LeftJournals = { messages: [], files: [], ignored: [] }
  let names: string[]
  try {
    names = await readdir(sessionsDir)
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return out
    throw e
  }
  const here = hostname()
  for (const name of names.filter((n) => NAME.test(n)).sort()) {
    const file = join(sessionsDir, name)
    const text = await readSmallFile(file).catch((e: Error) => {
      if (errno(e) !== 'ENOENT') out.ignored.push({ file, reason: `unreadable: ${e.message}` })
      return null
    })
    if (text === null) continue
    const lines = text.split('\n')
    const head = parseJsonStrict(lines[0] ?? '')
    const header = head.ok ? (head.value as Partial<Header> | null) : null
    if (!header || typeof header !== 'object' || header.journal !== 1 || typeof header.component !== 'string' || typeof header.pid !== 'number') {
      out.ignored.push({ file, reason: 'not a session journal (bad first line)' })
      continue
    }
    if (header.component !== component) continue
    if (header.host === here && header.pid !== process.pid && alive(header.pid)) continue
    if (header.host === here && header.pid === process.pid) continue
    // The last line may be torn (the run was killed mid-write): every whole line before it still counts.
    lines.slice(1).forEach((line, i) => {
      if (line === '') return
      const parsed = parseJsonStrict(line)
      const checked = parsed.ok ? validateMessage(parsed.value) : parsed
      // A message dated after this run's clock (beyond the skew) is no message a run of the past wrote: taken in, it
      // would stay the session's newest for good, and the session holding it could not be saved.
      if (checked.ok && now !== undefined && Date.parse(checked.message.timestamp) > now + CLOCK_SKEW_MS) {
        out.ignored.push({ file, reason: `line ${i + 2}: dated ${checked.message.timestamp}, after this run's clock (${new Date(now).toISOString()}): not taken in` })
      } else if (checked.ok) out.messages.push(checked.message)
      else out.ignored.push({ file, reason: `line ${i + 2}: ${checked.reason}` })
    })
    out.files.push(file)
  }
  return out
}

async function readSmallFile(file: string): Promise<string | null> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new Error('not a regular file')
    if (info.size > MAX_JOURNAL_BYTES) throw new Error(`too large (${info.size} bytes, limit ${MAX_JOURNAL_BYTES})`)
    return await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
}
