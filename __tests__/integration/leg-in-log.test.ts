/**
 * A matrix leg's values reach the job log: a matrix may be computed (from a plan, from a previous job's output), so a
 * value may hold `##[`, which the runner reads as a command anywhere in a plain line (`##[stop-commands]token` silences
 * every later workflow command of the step: annotations, `::add-mask::`). Every line the action writes that quotes
 * the leg is framed when it would read as a command. The bundled action, two runs of one leg, the cache shared
 * through the Results API stand-in (with azurite): the second run restores the leg's history under a key naming it.
 */
import { jest, expect, test } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resultsStandIn } from '../servers/results-stand-in.js'
import { git } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(180_000)
const stand = resultsStandIn()
const dirs = stand.dirs

/**
 * Plain lines holding `##[` outside a stop-commands frame of the action's own. A `::warning::`, `::error::`, `::notice::` or `::debug::`
 * line is parsed as that command first (the runner's TryParseV2), so the text after its `::` is data.
 */
function unframedCommands(log: string): string[] {
  let frame: string | null = null
  const unframed: string[] = []
  for (const line of log.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart()
    if (frame !== null) {
      if (trimmed === `::${frame}::`) frame = null
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(trimmed)
    if (stop) frame = stop[1]
    else if (line.includes('##[') && !/^::(warning|error|notice|debug)( [^:]*)?::/.test(trimmed)) unframed.push(line)
  }
  return unframed
}

test("a leg named 'x##[stop-commands]…': the cache's log lines that name its key issue no workflow command", async () => {
  const origin = await tinyRepo()
  dirs.push(origin)
  const sha = git(origin, 'rev-parse', 'HEAD').trim()
  const leg = JSON.stringify({ node: 'x##[stop-commands]pwned-token' })
  const run = async (runId: string) => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-leg-'))
    dirs.push(dir)
    git(dir, 'clone', '-q', origin, '.')
    const env: Record<string, string> = { GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' }
    Object.assign(env, stand.env(dir, { repository: 'acme/app', runId, ref: env.GITHUB_REF }))
    return runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, env, { 'github-token': '', cache: 'true', leg, 'report-path': 'report.json' })
  }
  const first = await run('100')
  expect(first.code).toBe(0)
  const second = await run('101')
  expect(second.code).toBe(0)
  // The leg's history came back from the cache, and the log says under which key (the leg in it).
  expect(second.log).toMatch(/metrics of tiny restored from the cache \(.*x##\[stop-commands\]pwned-token/)
  expect(unframedCommands(first.log)).toEqual([])
  expect(unframedCommands(second.log)).toEqual([])
})
