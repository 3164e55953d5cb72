/**
 * The metrics history (`.spec-to-production/metrics/`) lies in the workspace, where the run's own commands can write:
 * a test command that adds a line for a run of the base branch with the pull request's coverage makes the comment
 * and the `coverage-delta` output say the coverage did not drop, and one that adds a failing test to the base's last
 * run makes a new failure read as one the base had. This run writes its history only after its stages, so the
 * component's history is then put back as it was before the first command: its records in the day files (a line a
 * command added, or a file it rewrote or deleted) and its per-test history (`tests/<component>/`). Lines of other
 * components that were appended meanwhile are kept (another component's run in the same workspace). The action
 * restores its history from the cache only after the stages, so there it finds none at the start, and takes out
 * whatever a command put there. A change is seen by the file's status time (ctime), which no command can set back,
 * and by its content.
 */
import { lstatSync, readdirSync } from 'node:fs'
import { readRegularFileSync } from '../reports/read.js'
import { lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Entries looked at, at most: a history is a few files per component. */
const MAX_ENTRIES = 10_000
/** Content kept to put back, at most (a component's history of 30 days is well under it). */
const MAX_KEPT_BYTES = 64 * 1024 * 1024

interface Entry {
  /** Kind, inode, size and status time: a file written since has another. */
  id: string
  directory: boolean
  /** A regular file's content, to put back; absent beyond MAX_KEPT_BYTES (such a file changed is removed). */
  content?: Buffer
}

/** The entries the component's history is read from, by path relative to the metrics directory. */
export interface HistorySnapshot {
  component: string
  entries: Map<string, Entry>
}

/**
 * The day files (top level) and the component's per-test history, by path relative to `dir`. Read synchronously: a
 * few dozen small files, before any command runs or after the stages, where a hop to the thread pool per file (an
 * lstat and a read each) cost 10 ms a run for 34 files.
 */
async function entries(dir: string, component: string, keep: boolean): Promise<Map<string, Entry>> {
  const out = new Map<string, Entry>()
  const list = (path: string, recursive = false): string[] => {
    try {
      return readdirSync(path, { recursive, encoding: 'utf8' })
    } catch {
      return []
    }
  }
  const top = list(dir)
  const tests = join('tests', component)
  const below = list(join(dir, tests), true)
  const names = [...top.filter((n) => n !== 'tests'), 'tests', tests, ...below.map((n) => join(tests, n))].slice(0, MAX_ENTRIES)
  let kept = 0
  for (const name of names) {
    const stat = lstatSync(join(dir, name), { throwIfNoEntry: false })
    if (!stat || (stat.isDirectory() && !name.startsWith('tests'))) continue
    const entry: Entry = { id: `${stat.isSymbolicLink() ? 'l' : stat.isDirectory() ? 'd' : stat.isFile() ? 'f' : 'o'}:${stat.ino}:${stat.isDirectory() ? 0 : stat.size}:${stat.ctimeMs}`, directory: stat.isDirectory() }
    if (keep && stat.isFile() && kept + stat.size <= MAX_KEPT_BYTES) {
      // A link or a FIFO put there since the lstat is neither followed nor waited on.
      const content = readRegularFileSync(join(dir, name), MAX_KEPT_BYTES - kept, true)
      if (content) {
        entry.content = content
        kept += content.length
      }
    }
    out.set(name, entry)
  }
  return out
}

/** The component's history as it is before the run's first command. */
export async function historySnapshot(dir: string, component: string): Promise<HistorySnapshot> {
  return { component, entries: await entries(dir, component, true) }
}

/** Lines of `text` that are records of another component than `component` (what another run appended). */
function othersLines(text: string, component: string): string {
  return text
    .split('\n')
    .filter((line) => {
      try {
        const rec = JSON.parse(line) as { component?: unknown } | null
        return typeof rec?.component === 'string' && rec.component !== component
      } catch {
        return false
      }
    })
    .map((line) => `${line}\n`)
    .join('')
}

/**
 * Puts the component's history under `dir` back as `before` had it. Returns what was changed, relative to `dir`.
 * `dir` itself replaced by a link or a file is removed (`.`).
 */
export async function restoreHistory(dir: string, before: HistorySnapshot): Promise<string[]> {
  const { component } = before
  const root = await lstat(dir).catch(() => null)
  if (root && !root.isDirectory()) {
    await rm(dir, { force: true })
    return ['.', ...(await restoreHistory(dir, before))]
  }
  const now = await entries(dir, component, false)
  const touched: string[] = []
  const put = async (name: string, content: Buffer | string) => {
    // Whatever is at the name goes first: a link there is not written through.
    await rm(join(dir, name), { recursive: true, force: true })
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), content)
  }
  // A directory that is now a link or a file: removed, so that what was in it is put back in a directory again (a
  // link's target is never written through).
  for (const name of ['tests', join('tests', component)]) {
    const is = now.get(name)
    if (is && !is.directory) {
      await rm(join(dir, name), { force: true })
      touched.push(name)
      for (const key of [...now.keys()]) if (key === name || key.startsWith(`${name}/`)) now.delete(key)
    }
  }
  // What was not there: a day file keeps only other components' lines; the component's per-test files go.
  // (`tests` itself is the other components' too: only the component's own directory under it is looked at.)
  const added = [...now.keys()].filter((name) => name !== 'tests' && !before.entries.has(name)).sort((a, b) => b.length - a.length)
  for (const name of added) {
    const is = now.get(name)!
    if (!name.startsWith('tests/') && is.id.startsWith('f:')) {
      const text = await readFile(join(dir, name), 'utf8').catch(() => '')
      const others = othersLines(text, component)
      if (others === text) continue
      if (others) await put(name, others)
      else await rm(join(dir, name), { force: true })
    } else await rm(join(dir, name), { recursive: true, force: true })
    if (!added.some((other) => other !== name && name.startsWith(`${other}/`))) touched.push(name)
  }
  // What was there and is not as it was.
  for (const [name, was] of before.entries) {
    if (was.directory) continue
    const is = now.get(name)
    if (is?.id === was.id) continue
    const content = is && !is.directory ? await readFile(join(dir, name)).catch(() => null) : null
    if (content && was.content && content.equals(was.content)) continue
    if (!was.content) {
      // Too large to have been kept: what it has now cannot be told from what a command wrote.
      await rm(join(dir, name), { recursive: true, force: true })
    } else {
      // Appended to: other components' lines after what it had stay.
      const appended = content && content.length > was.content.length && content.subarray(0, was.content.length).equals(was.content) && !name.startsWith('tests/')
      const others = appended ? othersLines(content.subarray(was.content.length).toString('utf8'), component) : ''
      await put(name, others ? Buffer.concat([was.content, Buffer.from(others)]) : was.content)
      if (appended && content.length === was.content.length + Buffer.byteLength(others)) continue
    }
    touched.push(name)
  }
  return touched
}
