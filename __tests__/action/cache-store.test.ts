/**
 * The action's memory in the Actions cache (createMemoryStores) against the local Results API and azurite: a pull
 * request whose base branch has a name long enough to take a cache key past GitHub's 512 characters still reads the
 * base branch's metrics history.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, applyEnv, startResultsApi, type ResultsApi } from '../servers/results-api.js'
import { createMemoryStores } from '../../src/action/cache-store.js'

let azurite: Azurite
let api: ResultsApi
let scratch: string

beforeAll(async () => {
  azurite = await startAzurite()
  api = await startResultsApi({ azurite })
  scratch = await mkdtemp(join(tmpdir(), 's2p-cache-store-'))
}, 60_000)

afterAll(async () => {
  await api?.close()
  await azurite?.close()
  await rm(scratch, { recursive: true, force: true })
})

const newLog = () => ({ info: jest.fn<(m: string) => void>(), warning: jest.fn<(m: string) => void>() })

/** One job: its own workspace, the runner's environment for the branch, the stores' calls. */
async function job(name: string, env: Record<string, string>, work: (stores: ReturnType<typeof createMemoryStores>, workspace: string) => Promise<void>) {
  const workspace = join(scratch, name)
  await mkdir(join(scratch, `${name}-temp`), { recursive: true })
  await mkdir(workspace, { recursive: true })
  const restore = applyEnv({ ...actionsEnv(api, { workspace, tempDir: join(scratch, `${name}-temp`) }), GITHUB_BASE_REF: undefined, GITHUB_HEAD_REF: undefined, ...env })
  const log = newLog()
  // The runner starts the action in the workspace; the cache SDK finds the paths from there.
  const cwd = process.cwd()
  process.chdir(workspace)
  try {
    await work(createMemoryStores(workspace, log), workspace)
  } finally {
    process.chdir(cwd)
    restore()
  }
  return log
}

test("a base branch of 480 characters: its history is saved under keys GitHub takes and read by the pull request's run", async () => {
  // Git takes it (each part under 255 bytes); the keys built from it would be over 512 characters.
  const base = `release/${'a'.repeat(230)}/${'b'.repeat(240)}`
  const onBase = await job('base', { GITHUB_REF_NAME: base, GITHUB_RUN_ID: '9001' }, async (stores, workspace) => {
    await stores.restoreMetrics('player_experience')
    await mkdir(join(workspace, '.spec-to-production/metrics'), { recursive: true })
    await writeFile(join(workspace, '.spec-to-production/metrics/run.jsonl'), '{"name":"run","run_id":"9001-1"}\n')
    for (const save of stores.saves('player_experience')) await save.run()
  })
  expect(onBase.warning).not.toHaveBeenCalled()
  expect(onBase.info.mock.calls.flat().join('\n')).toContain('metrics of player_experience saved to the cache')
  for (const entry of api.cacheEntries) expect(entry.key.length).toBeLessThanOrEqual(512)

  const onPullRequest = await job('pr', { GITHUB_BASE_REF: base, GITHUB_HEAD_REF: 'feature', GITHUB_REF_NAME: '42/merge', GITHUB_RUN_ID: '9002' }, async (stores, workspace) => {
    await stores.restoreMetrics('player_experience')
    expect(await readdir(join(workspace, '.spec-to-production/metrics'))).toContain('run.jsonl')
  })
  expect(onPullRequest.warning).not.toHaveBeenCalled()
  expect(onPullRequest.info.mock.calls.flat().join('\n')).toMatch(/metrics of player_experience on release\/a+\/b+: \d+ record/)
}, 120_000)

test('a metrics restore that fails (not a miss) is not followed by a save: the history kept stays the newest entry', async () => {
  const component = 'restore_failed'
  const first = await job('rf-1', { GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '9101' }, async (stores, workspace) => {
    await stores.restoreMetrics(component)
    await mkdir(join(workspace, '.spec-to-production/metrics'), { recursive: true })
    await writeFile(join(workspace, '.spec-to-production/metrics/runs.jsonl'), '{"name":"run","run_id":"9101-1"}\n{"name":"run","run_id":"9100-1"}\n')
    for (const save of stores.saves(component)) await save.run()
  })
  expect(first.info.mock.calls.flat().join('\n')).toContain(`metrics of ${component} saved to the cache`)

  // The service refuses the lookup: nothing restored, and this run writes a history of itself alone.
  api.fail({ service: 'CacheService', method: 'GetCacheEntryDownloadURL', status: 403, times: 1 })
  const second = await job('rf-2', { GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '9102' }, async (stores, workspace) => {
    await stores.restoreMetrics(component)
    await mkdir(join(workspace, '.spec-to-production/metrics'), { recursive: true })
    await writeFile(join(workspace, '.spec-to-production/metrics/runs.jsonl'), '{"name":"run","run_id":"9102-1"}\n')
    expect(stores.saves(component).map((s) => s.name)).not.toContain('the metrics cache save')
  })
  expect(second.warning.mock.calls.flat().join('\n')).toMatch(/the metrics cache save: not made, as the restore failed \(.+\): this run's part alone would replace the history/)
  expect(api.cacheEntries.map((e) => e.key).filter((k) => k.includes(component))).toHaveLength(1)

  // The next run restores the full history.
  await job('rf-3', { GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '9103' }, async (stores, workspace) => {
    await stores.restoreMetrics(component)
    const { readFile } = await import('node:fs/promises')
    expect(await readFile(join(workspace, '.spec-to-production/metrics/runs.jsonl'), 'utf8')).toContain('9100-1')
  })
}, 120_000)
