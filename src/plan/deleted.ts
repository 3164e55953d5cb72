/**
 * Components a change removes from the plan by deleting their spec. A component is planned from its spec: a pull
 * request that deletes `specs/api.md` takes api out of the matrix, and so out of every gate and out of the aggregate's
 * expected legs — its code, changed or not, is judged by no leg, and the run still passes. Retiring a component is a
 * change a team may make; it is never silent: the plan names each one.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { promisify } from 'node:util'
import { parseSpec } from '../spec/parse.js'
import { findSpecs, type PlannedComponent } from './discover.js'

const run = promisify(execFile)

export interface DeletedSpec {
  /** The spec file the change deleted, workspace-relative. */
  spec: string
  /** The component it declared (its frontmatter `component`, else its file name). */
  component: string
}

async function git(cwd: string, args: string[]): Promise<string> {
  return (await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })).stdout
}

/**
 * The specs among `changed` that the head no longer has and the globs matched at the base, whose component no spec of
 * the head declares (a spec moved or renamed keeps its component). The globs are matched as discovery matches them:
 * the deleted files are laid out, empty, in a scratch directory and globbed there.
 */
export async function deletedSpecs(opts: {
  workspace: string
  base: string
  head?: string
  changed: readonly string[]
  globs: readonly string[]
  components: readonly PlannedComponent[]
}): Promise<DeletedSpec[]> {
  // Specs are found inside the workspace: a file changed above it (`../NOTES.md`, a plan run in a directory of the
  // repository) is none, and laid out below the scratch directory it would land outside it.
  const inside = (file: string) => !file.startsWith('../') && !isAbsolute(file)
  const gone = opts.changed.filter((file) => /\.(?:md|markdown)$/i.test(file) && inside(file) && !existsSync(join(opts.workspace, file)))
  if (gone.length === 0) return []
  const scratch = await mkdtemp(join(tmpdir(), 's2p-deleted-specs-'))
  let matched: string[]
  try {
    for (const file of gone) {
      await mkdir(join(scratch, dirname(file)), { recursive: true })
      await writeFile(join(scratch, file), '')
    }
    matched = (await findSpecs(scratch, opts.globs)).files
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  if (matched.length === 0) return []
  const head = opts.head ?? 'HEAD'
  const from = (await git(opts.workspace, ['merge-base', opts.base, head]).catch(() => opts.base)).trim() || opts.base
  const planned = new Set(opts.components.map((c) => c.component))
  const out: DeletedSpec[] = []
  for (const spec of matched) {
    const text = await git(opts.workspace, ['show', `${from}:./${spec}`]).catch(() => '')
    const declared = parseSpec(text, spec).frontmatter['component']
    const component = typeof declared === 'string' && declared !== '' ? declared : basename(spec).replace(/\.(md|markdown)$/i, '')
    if (!planned.has(component)) out.push({ spec, component })
  }
  return out
}

/** What the plan says of a deleted spec, in the log and as a warning. */
export function deletedSpecWarning(deleted: DeletedSpec): string {
  return (
    `spec ${deleted.spec} was deleted by this change: component ${deleted.component} is planned no more, so no leg judges its code ` +
    `and the aggregate does not expect it — a component retired, or its gates dropped from the run`
  )
}
