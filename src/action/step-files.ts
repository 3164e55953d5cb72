/**
 * This step's outputs file and job summary ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY) are the action's. The repository's
 * commands (tests, checks, deploy scripts) run inside the step and inherit its environment, so without this they wrote
 * into them: a deploy script that failed could append "✅ every gate passed, deployed" above the verdict, or an
 * output `deployed=true` beside the action's. While the pipeline runs, the variables name files of the commands' own
 * (as a `run:` step has its own); afterwards what a command wrote to the summary is shown below the verdict, said to be
 * the commands', and what it wrote as outputs is named in a warning and not taken.
 */
import { mkdtemp, rm, writeFile, type FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openRegularFile } from '../reports/read.js'

/** The step files diverted, by variable. */
const VARIABLES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'] as const

/** Most of a command's summary shown (the step's summary holds 1 MiB in all); most of its outputs file read. */
const MAX_SUMMARY_BYTES = 256 * 1024
const MAX_OUTPUT_BYTES = 1024 * 1024

/** What the repository's commands wrote to the step's files while the pipeline ran. */
export interface CommandsWrote {
  /** Their job-summary text (cut to MAX_SUMMARY_BYTES, saying so); '' for none. */
  summary: string
  /** The names of the outputs they wrote, in order, once each. */
  outputs: string[]
}

export interface DivertedStepFiles {
  /** Puts the step's own files back in the environment, and says what the commands wrote to theirs. */
  restore(): Promise<CommandsWrote>
}

/** Points the step-file variables that are set at empty files of the commands' own, until `restore`. */
export async function divertStepFiles(env: NodeJS.ProcessEnv = process.env): Promise<DivertedStepFiles> {
  const own = VARIABLES.filter((name) => env[name])
  if (own.length === 0) return { restore: async () => ({ summary: '', outputs: [] }) }
  const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'spec-to-production-commands-'))
  // Every file made before any variable is changed: a failure leaves the step's own in place.
  try {
    for (const name of own) await writeFile(join(dir, name.toLowerCase()), '')
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  const saved = new Map<string, string>()
  for (const name of own) {
    saved.set(name, env[name]!)
    env[name] = join(dir, name.toLowerCase())
  }
  let done: Promise<CommandsWrote> | null = null
  return {
    restore: () =>
      (done ??= (async () => {
        for (const [name, path] of saved) env[name] = path
        try {
          return {
            summary: saved.has('GITHUB_STEP_SUMMARY') ? await readSummary(join(dir, 'github_step_summary')) : '',
            outputs: saved.has('GITHUB_OUTPUT') ? outputNames(await readText(join(dir, 'github_output'), MAX_OUTPUT_BYTES)) : []
          }
        } finally {
          await rm(dir, { recursive: true, force: true })
        }
      })())
  }
}

/** The first `max` bytes of the file, as text; '' when it is gone or not a regular file (a command replaced it). */
async function readText(path: string, max: number): Promise<string> {
  let handle: FileHandle
  try {
    handle = await openRegularFile(path)
  } catch {
    return ''
  }
  try {
    const buffer = Buffer.alloc(max)
    const { bytesRead } = await handle.read(buffer, 0, max, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

async function readSummary(path: string): Promise<string> {
  const text = await readText(path, MAX_SUMMARY_BYTES + 1)
  if (Buffer.byteLength(text) <= MAX_SUMMARY_BYTES) return text
  // Cut on a character, not inside one.
  const cut = Buffer.from(text).subarray(0, MAX_SUMMARY_BYTES).toString('utf8').replace(/\uFFFD$/, '')
  return `${cut}\n\n(cut at ${MAX_SUMMARY_BYTES / 1024} KiB)\n`
}

/** The names a GITHUB_OUTPUT file sets (`name=value`, `name<<DELIMITER` … `DELIMITER`), once each. */
function outputNames(text: string): string[] {
  const names: string[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<\s][^=<]*)<<(.+)$/.exec(line)
    const plain = /^([^=<\s][^=]*)=/.exec(line)
    if (heredoc) {
      names.push(heredoc[1])
      while (i + 1 < lines.length && lines[i + 1] !== heredoc[2]) i++
      i++
    } else if (plain) names.push(plain[1])
  }
  return [...new Set(names)].map((n) => n.slice(0, 100))
}
