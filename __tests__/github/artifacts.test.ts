/**
 * Artifacts with the real @actions/artifact SDK against the local Results service (Twirp JSON) and azurite (blobs):
 * upload, list, download and compare bytes; hostile names; retries and failures that never throw.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startAzurite, type Azurite } from '../servers/azurite.js'
import { actionsEnv, applyEnv, startResultsApi, type ResultsApi } from '../servers/results-api.js'
import { downloadArtifact, uploadArtifacts } from '../../src/github/artifacts.js'
import { artifactName, branchKeyPart, cacheKey, cacheKeyPrefix, MAX_ARTIFACT_NAME_LENGTH } from '../../src/github/names.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const REFUSED = /[":<>|*?\r\n\\/]/

let azurite: Azurite
let api: ResultsApi
let scratch: string
let restoreEnv: () => void

const newLog = () => ({ info: jest.fn<(m: string) => void>(), warning: jest.fn<(m: string) => void>() })

/** Records what reaches stdout (after any capture by the code under test). */
function spyStdout(): { text: () => string; stop: () => void } {
  const original = process.stdout.write
  let text = ''
  process.stdout.write = function (chunk: unknown, ...rest: unknown[]) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8')
    return (original as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest)
  } as typeof process.stdout.write
  return { text: () => text, stop: () => void (process.stdout.write = original) }
}

/**
 * The SDK's own retry of a failed service call (5 attempts, 3 s then ×1.5, not configurable) would take ~30 s per
 * upload attempt; while this is active, pauses between 1 s and 60 s last 5 ms instead.
 */
function compressSdkBackoff(): () => void {
  const real = globalThis.setTimeout
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    real(fn, ms !== undefined && ms >= 1000 && ms <= 60_000 ? 5 : ms, ...args)) as typeof setTimeout
  return () => {
    globalThis.setTimeout = real
  }
}

beforeAll(async () => {
  azurite = await startAzurite()
  api = await startResultsApi({ azurite })
  scratch = await mkdtemp(join(tmpdir(), 's2p-artifacts-'))
})

afterAll(async () => {
  await api?.close()
  await azurite?.close()
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

beforeEach(async () => {
  const workspace = join(scratch, `ws-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`)
  await mkdir(join(workspace, 'tmp'), { recursive: true })
  restoreEnv = applyEnv(actionsEnv(api, { workspace, tempDir: join(workspace, 'tmp') }))
  api.clearFailures()
})

afterEach(() => restoreEnv())

async function reportFiles(dir: string) {
  const files = {
    'workflow_report_x.json': Buffer.from(JSON.stringify({ success: true, component_name: 'x', note: 'ünïcødé ✓' }, null, 2)),
    'dashboard/workflow_dashboard_x.bin': Buffer.concat([Buffer.from([0, 1, 2, 255, 0, 10, 13]), randomBytes(64 * 1024)]),
    'logs/commands.log': randomBytes(3 * 1024 * 1024)
  }
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), bytes)
  }
  return files
}

describe('names', () => {
  test('artifact names: refused characters replaced, unique per matrix leg, capped', () => {
    const hostile = 'a"b:c<d>e|f*g?h\r\ni\\j/k'
    const name = artifactName(hostile, 3, 'reports')
    expect(name).not.toMatch(REFUSED)
    expect(name).toBe('a_b_c_d_e_f_g_h__i_j_k-3-reports')
    expect(artifactName('player_experience', 0)).not.toBe(artifactName('player_experience', 1))
    expect(artifactName('   ')).toBe('component')
    const long = artifactName('x'.repeat(500), 12, 'reports')
    expect(long.length).toBeLessThanOrEqual(MAX_ARTIFACT_NAME_LENGTH)
    expect(long.endsWith('-12-reports')).toBe(true)
    expect(long).not.toBe(artifactName(`${'x'.repeat(499)}y`, 12, 'reports'))
  })

  test('cache keys: at most 512 characters, no commas, prefixes match whole parts only', () => {
    const key = cacheKey(['s2p', 'context', 'a,b:c', 'refs/heads/main', 42, undefined])
    expect(key).toBe('s2p:context:a%2Cb%3Ac:refs/heads/main:42')
    expect(key).not.toContain(',')
    expect(cacheKey(['ctx', 'main-fix', 1]).startsWith(cacheKeyPrefix(['ctx', 'main']))).toBe(false)
    expect(cacheKey(['ctx', 'main', 1]).startsWith(cacheKeyPrefix(['ctx', 'main']))).toBe(true)
    const long = cacheKey(['p', 'x'.repeat(600)])
    expect(long.length).toBe(512)
    expect(long).not.toBe(cacheKey(['p', `${'x'.repeat(599)}y`]))
  })

  test('a branch longer than 200 characters becomes a part of 200, unique, under which its runs\' keys still fall', () => {
    expect(branchKeyPart('feature/x')).toBe('feature/x')
    const branch = `release/${'a'.repeat(230)}/${'b'.repeat(240)}`
    const part = branchKeyPart(branch)
    expect(part).toHaveLength(200)
    expect(part).not.toBe(branchKeyPart(`${branch}c`))
    const key = cacheKey(['spec-to-production', 'metrics', 'v1', 'c'.repeat(100), part, '123456789012-3'])
    expect(key.length).toBeLessThanOrEqual(512)
    expect(key.startsWith(cacheKeyPrefix(['spec-to-production', 'metrics', 'v1', 'c'.repeat(100), part]))).toBe(true)
  })
})

describe('lazy loading', () => {
  test('no static import of @actions/artifact or @actions/cache in src/github (loaded only when called)', async () => {
    for (const file of ['artifacts.ts', 'cache.ts', 'names.ts']) {
      const source = await readFile(join(ROOT, 'src/github', file), 'utf8')
      const staticImports = [...source.matchAll(/^\s*(?:import|export)\b[^;()]*?\bfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])
      const bare = [...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])
      for (const specifier of [...staticImports, ...bare]) expect(specifier).not.toMatch(/^@actions\/(artifact|cache)/)
    }
    expect(await readFile(join(ROOT, 'src/github/artifacts.ts'), 'utf8')).toContain("await import('@actions/artifact')")
    expect(await readFile(join(ROOT, 'src/github/cache.ts'), 'utf8')).toContain("import('@actions/cache')")
  })
})

describe('artifacts against the Results service and azurite', () => {
  test('round trip: upload three files (text, binary, 3 MB), list, download, same bytes', async () => {
    const dir = join(scratch, 'round-trip')
    const files = await reportFiles(dir)
    const name = artifactName('player:experience/"<leg>"*?', 1, 'reports')
    expect(name).not.toMatch(REFUSED)
    const log = newLog()
    const result = await uploadArtifacts({
      name,
      files: Object.keys(files).map((f) => join(dir, f)),
      rootDirectory: dir,
      retentionDays: 5,
      log
    })
    expect(result).toMatchObject({ uploaded: true, attempts: 1 })
    expect(result.id).toEqual(expect.any(Number))
    expect(result.size).toBeGreaterThan(3 * 1024 * 1024)
    expect(log.warning).not.toHaveBeenCalled()

    // What the SDK sent, as the real service would receive it.
    const create = api.callsTo('CreateArtifact').at(-1)!
    expect(create.authorized).toBe(true)
    expect(create.body).toMatchObject({
      workflow_run_backend_id: api.runId,
      workflow_job_run_backend_id: api.jobId,
      name,
      version: 7,
      mime_type: 'application/zip'
    })
    const expiresAt = Date.parse((create.body as { expires_at: string }).expires_at)
    expect(expiresAt - Date.now()).toBeGreaterThan(4.9 * 86_400_000)
    expect(expiresAt - Date.now()).toBeLessThan(5.1 * 86_400_000)
    const finalize = api.callsTo('FinalizeArtifact').at(-1)!
    expect(finalize.body).toMatchObject({ name, size: String(result.size), hash: `sha256:${result.digest}` })

    // Listed through the SDK like any later step of the run would.
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const listed = await new DefaultArtifactClient().listArtifacts()
    expect(listed.artifacts).toContainEqual(expect.objectContaining({ name, id: result.id, size: result.size }))

    const into = join(scratch, 'downloaded')
    const downloaded = await downloadArtifact({ name, path: into, log })
    expect(downloaded).toMatchObject({ downloaded: true, id: result.id })
    for (const [file, bytes] of Object.entries(files)) {
      expect(Buffer.compare(await readFile(join(into, file)), bytes)).toBe(0)
    }
    expect(api.calls.every((c) => c.authorized)).toBe(true)
  })

  test('a name already used in the run is refused by the service (409): one attempt, a warning, no throw', async () => {
    const dir = join(scratch, 'duplicate')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'a.txt'), 'a')
    const name = artifactName('duplicate', 0)
    const first = await uploadArtifacts({ name, files: [join(dir, 'a.txt')], rootDirectory: dir, log: newLog() })
    expect(first.uploaded).toBe(true)
    const log = newLog()
    const second = await uploadArtifacts({ name, files: [join(dir, 'a.txt')], rootDirectory: dir, backoffMs: 1, log })
    expect(second).toMatchObject({ uploaded: false, attempts: 1 })
    expect(second.error).toMatch(/409/)
    expect(log.warning).toHaveBeenCalledTimes(1)
  })

  test('a dropped connection is retried by the wrapper and the upload then succeeds', async () => {
    const dir = join(scratch, 'reset')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'a.txt'), 'after a reset')
    api.fail({ service: 'ArtifactService', method: 'CreateArtifact', mode: 'reset', times: 1 })
    const log = newLog()
    const result = await uploadArtifacts({ name: artifactName('reset', 0), files: [join(dir, 'a.txt')], rootDirectory: dir, backoffMs: 10, log })
    expect(result).toMatchObject({ uploaded: true, attempts: 2 })
    expect(log.warning).not.toHaveBeenCalled()
    expect(log.info.mock.calls.some(([m]) => /attempt 1 of 3 failed/.test(m))).toBe(true)
  })

  test('the service answering 500: retried (SDK 5 × wrapper 3), then one warning, uploaded false, no throw', async () => {
    const dir = join(scratch, 'failing')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'a.txt'), 'never stored')
    api.fail({ service: 'ArtifactService', method: 'CreateArtifact', status: 500 })
    const before = api.callsTo('CreateArtifact').length
    const log = newLog()
    const stdout = spyStdout()
    const restoreTimers = compressSdkBackoff()
    let result
    try {
      result = await uploadArtifacts({ name: artifactName('failing', 0), files: [join(dir, 'a.txt')], rootDirectory: dir, attempts: 3, backoffMs: 10, log })
    } finally {
      restoreTimers()
      stdout.stop()
    }
    expect(result).toMatchObject({ uploaded: false, attempts: 3 })
    expect(result.error).toMatch(/500/)
    expect(api.callsTo('CreateArtifact').length - before).toBe(15)
    expect(log.warning).toHaveBeenCalledTimes(1)
    expect(log.warning.mock.calls[0]![0]).toMatch(/not uploaded after 3 attempts/)
    // No SDK warning annotation got through: the only warning is ours.
    expect(stdout.text()).not.toContain('::warning::')
  })

  test('retention is clamped to the repository maximum before the SDK sees it', async () => {
    const dir = join(scratch, 'retention')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'a.txt'), 'kept briefly')
    const restore = applyEnv({ GITHUB_RETENTION_DAYS: '3' })
    const stdout = spyStdout()
    try {
      const result = await uploadArtifacts({ name: 'retention', files: [join(dir, 'a.txt')], rootDirectory: dir, retentionDays: 400, log: newLog() })
      expect(result.uploaded).toBe(true)
    } finally {
      stdout.stop()
      restore()
    }
    const expiresAt = Date.parse((api.callsTo('CreateArtifact').at(-1)!.body as { expires_at: string }).expires_at)
    expect(Math.round((expiresAt - Date.now()) / 86_400_000)).toBe(3)
    expect(stdout.text()).not.toContain('::warning::')
  })

  test('missing files and a missing token fail at once, without retries', async () => {
    const log = newLog()
    const dir = join(scratch, 'missing')
    await mkdir(dir, { recursive: true })
    const missing = await uploadArtifacts({ name: 'missing', files: [join(dir, 'nope.txt')], rootDirectory: dir, log })
    expect(missing).toMatchObject({ uploaded: false, attempts: 1 })
    await writeFile(join(dir, 'a.txt'), 'a')
    const restore = applyEnv({ ACTIONS_RUNTIME_TOKEN: undefined })
    try {
      const noToken = await uploadArtifacts({ name: 'no-token', files: [join(dir, 'a.txt')], rootDirectory: dir, log })
      expect(noToken).toMatchObject({ uploaded: false, attempts: 1 })
      expect(noToken.error).toMatch(/ACTIONS_RUNTIME_TOKEN/)
    } finally {
      restore()
    }
    const wrongToken = applyEnv({ ACTIONS_RUNTIME_TOKEN: 'x.eyJzY3AiOiJBY3Rpb25zLlJlc3VsdHM6YTpiIn0.' })
    try {
      const refused = await uploadArtifacts({ name: 'wrong-token', files: [join(dir, 'a.txt')], rootDirectory: dir, log })
      expect(refused).toMatchObject({ uploaded: false, attempts: 1 })
      expect(refused.error).toMatch(/401/)
    } finally {
      wrongToken()
    }
    expect(log.warning).toHaveBeenCalledTimes(3)
  })

  test('downloading an artifact that does not exist: a warning, no throw', async () => {
    const log = newLog()
    const result = await downloadArtifact({ name: 'never-uploaded', path: join(scratch, 'nothing'), log })
    expect(result.downloaded).toBe(false)
    expect(result.error).toMatch(/not found/i)
    expect(log.warning).toHaveBeenCalledTimes(1)
  })
})
