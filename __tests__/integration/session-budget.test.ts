/**
 * A component's context session over many runs stays within its token budget: every run adds its stages' results,
 * which are important (0.9) and so outlive the unimportant messages; a run's results give way to a later run's
 * results of the same stage. Before, the session kept every run's results and grew past its budget without end.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runWorkflow } from '../../src/api.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import type { Session } from '../../src/context/types.js'
import { removeDir, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

test('twelve runs of a component: the session stays under its budget and keeps the latest results and the spec', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'cfg.yml', `${tinyConfig({ extra: 'context_management: { session: { max_tokens: 1200 } }\n' })}\n`)
  const host = createConsoleHost({ workspace: dir, out: () => {}, err: () => {} })
  let last = ''
  for (let i = 0; i < 12; i++) {
    const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: 'dev', configFile: 'cfg.yml', workspace: dir, host })
    expect(result.success).toBe(true)
    last = result.report.context_session_id ?? ''
  }
  // A closed session is archived.
  const archive = join(dir, '.spec-to-production/context/archive')
  expect(await readdir(archive)).toContain(`${last}.json`)
  const session = JSON.parse(await readFile(join(archive, `${last}.json`), 'utf8')) as Session
  // Pruned past 80% of max_tokens; a run adds its messages after pruning, so the session holds at most the limit.
  expect(session.current_tokens).toBeLessThanOrEqual(0.8 * 1200)
  expect(session.metadata.pruned.at(-1)?.over_budget).toBe(false)
  expect(session.metadata.pruned.some((p) => p.reasons.some((r) => r.includes("earlier run(s)' account of a stage")))).toBe(true)
  // The spec's summary and the last run's test results are still there.
  expect(session.messages[0]!.role).toBe('system')
  const results = session.messages.filter((m) => m.metadata.kind === 'test_results' && m.metadata.stage === 'testing')
  const runs = new Set(results.map((m) => m.metadata.run_id))
  expect(runs.size).toBeGreaterThan(0)
  expect(runs.size).toBeLessThan(12)
  expect(results.at(-1)!.metadata.run_id).toBe(session.messages.at(-1)!.metadata.run_id)
})
