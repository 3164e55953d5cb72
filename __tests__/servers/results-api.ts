/**
 * A local stand-in for GitHub's Actions Results service, the backend `@actions/artifact` 6 and `@actions/cache` 6
 * (cache service v2) talk to: Twirp JSON over `node:http` on 127.0.0.1, blobs in azurite through SAS URLs.
 *
 * Routes (`POST /twirp/<service>/<method>`, JSON bodies with the proto field names the SDKs' generated clients send,
 * int64 as strings, wrappers as bare values, timestamps as RFC 3339):
 * - `github.actions.results.api.v1.ArtifactService/`
 *   CreateArtifact { workflow_run_backend_id, workflow_job_run_backend_id, name, expires_at?, version, mime_type? }
 *     → { ok, signed_upload_url }
 *   FinalizeArtifact { workflow_run_backend_id, workflow_job_run_backend_id, name, size, hash? } → { ok, artifact_id }
 *   ListArtifacts { workflow_run_backend_id, workflow_job_run_backend_id, name_filter?, id_filter? }
 *     → { artifacts: [{ workflow_run_backend_id, workflow_job_run_backend_id, database_id, name, size, created_at,
 *         digest? }] }
 *   GetSignedArtifactURL { workflow_run_backend_id, workflow_job_run_backend_id, name } → { signed_url }
 *   DeleteArtifact { workflow_run_backend_id, workflow_job_run_backend_id, name } → { ok, artifact_id }
 * - `github.actions.results.api.v1.CacheService/`
 *   CreateCacheEntry { key, version, metadata? } → { ok, signed_upload_url, message? }
 *   FinalizeCacheEntryUpload { key, version, size_bytes, metadata? } → { ok, entry_id, message? }
 *   GetCacheEntryDownloadURL { key, restore_keys[], version, metadata? } → { ok, signed_download_url, matched_key }
 *
 * Behaviour modelled on the real service: the bearer token must be one this server issued (401 otherwise); the run
 * and job ids must be the token's `Actions.Results:<run>:<job>` scope (403); artifact names are unique per run once
 * finalized (409); cache entries are immutable per key + version + scope (409 `already_exists` "cache entry with the
 * same key, version, and scope already exists", which @actions/cache reports as "Unable to reserve cache"); a token
 * without a writable cache scope gets `ok: false` "cache write denied: ..."; lookups go through the token's readable
 * cache scopes in order (its `ac` claim, as in real runtime tokens: current branch, then the default branch) and, in
 * each, try the exact key, then the newest entry whose key starts with the key, then each restore key in order
 * (newest prefix match), always with the same version. Errors are Twirp JSON `{ code, msg }`.
 *
 * Tests can script failures (`fail`): an HTTP status (500 by default), a hang (the request is never answered), a
 * reset connection or a delay, for a service or method, a number of times or until cleared. Every call is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
  type ContainerClient
} from '@azure/storage-blob'
import type { Azurite } from './azurite.js'

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService'
export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService'

// ---------------------------------------------------------------------------------------------------------------------
// Runtime token and environment
// ---------------------------------------------------------------------------------------------------------------------

/** A cache scope of a runtime token: permission 1 read, 2 write, 3 both. */
export interface CacheScope {
  scope: string
  permission: number
}

export interface TokenOptions {
  runId?: string
  jobId?: string
  /** Readable scopes are searched in this order; the first writable one receives saved entries. */
  cacheScopes?: CacheScope[]
}

export const DEFAULT_RUN_ID = 'b4f0a4f6-6f2e-4c1e-9d1a-2f4d5e6a7b8c'
export const DEFAULT_JOB_ID = '0c9a8b7d-1e2f-4a3b-8c5d-6e7f8a9b0c1d'
export const DEFAULT_CACHE_SCOPES: CacheScope[] = [{ scope: 'refs/heads/main', permission: 3 }]

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/**
 * An unsigned JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN: `scp` holds `Actions.Results:<run>:<job>` (what
 * @actions/artifact decodes) and `ac` the cache scopes (what the cache service reads).
 */
export function runtimeToken(options: TokenOptions = {}): string {
  const now = Math.floor(Date.now() / 1000)
  const payload = {
    scp: `Actions.ExampleScope Actions.Results:${options.runId ?? DEFAULT_RUN_ID}:${options.jobId ?? DEFAULT_JOB_ID}`,
    ac: JSON.stringify((options.cacheScopes ?? DEFAULT_CACHE_SCOPES).map((s) => ({ Scope: s.scope, Permission: s.permission }))),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:spec-to-production-tests',
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600
  }
  return `${base64url({ typ: 'JWT', alg: 'none' })}.${base64url(payload)}.`
}

interface DecodedToken {
  runId: string
  jobId: string
  cacheScopes: CacheScope[]
}

function decodeToken(token: string): DecodedToken | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: string; ac?: string }
    const results = (payload.scp ?? '').split(' ').map((s) => s.split(':')).find((p) => p[0] === 'Actions.Results' && p.length === 3)
    if (!results) return undefined
    const scopes = payload.ac ? (JSON.parse(payload.ac) as { Scope: string; Permission: number }[]) : []
    return { runId: results[1]!, jobId: results[2]!, cacheScopes: scopes.map((s) => ({ scope: s.Scope, permission: s.Permission })) }
  } catch {
    return undefined
  }
}

export interface EnvOptions {
  workspace: string
  /** RUNNER_TEMP: where @actions/cache writes its archives. */
  tempDir: string
  token?: string
  repository?: string
  runId?: string
  /** Must be github.com, *.ghe.com or *.localhost for @actions/artifact (anything else is treated as GHES). */
  serverUrl?: string
  ref?: string
}

/**
 * The environment variables a runner gives a step, pointed at this server. Variables that would change the SDKs'
 * behaviour behind a test's back are listed as undefined (applyEnv deletes them).
 */
export function actionsEnv(api: { url: string; token: string }, options: EnvOptions): Record<string, string | undefined> {
  return {
    ACTIONS_RESULTS_URL: `${api.url}/`,
    ACTIONS_RUNTIME_TOKEN: options.token ?? api.token,
    ACTIONS_CACHE_SERVICE_V2: '1',
    GITHUB_SERVER_URL: options.serverUrl ?? 'http://github.localhost',
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: options.tempDir,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-repo',
    GITHUB_RUN_ID: options.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'ship',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_ACTIONS: 'true',
    ACTIONS_CACHE_URL: undefined,
    ACTIONS_CACHE_MODE: undefined,
    GITHUB_RETENTION_DAYS: undefined,
    SEGMENT_DOWNLOAD_TIMEOUT_MINS: undefined,
    ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY: undefined,
    ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: undefined,
    ACTIONS_STEP_DEBUG: undefined,
    RUNNER_DEBUG: undefined
  }
}

/** Sets (or, for undefined values, deletes) process.env entries; returns a function restoring the previous values. */
export function applyEnv(env: Record<string, string | undefined>): () => void {
  const previous = new Map<string, string | undefined>()
  for (const [name, value] of Object.entries(env)) {
    previous.set(name, process.env[name])
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------------------

export interface ResultsApiCall {
  service: string
  method: string
  body: unknown
  /** false when the bearer token was missing or not issued by this server. */
  authorized: boolean
  /** the HTTP status answered; 0 for a scripted hang or reset. */
  status: number
  at: number
}

export interface Failure {
  /** Full service name or its short form ('ArtifactService', 'CacheService'); all services when absent. */
  service?: string
  /** e.g. 'CreateArtifact'; all methods when absent. */
  method?: string
  /** status: answer `status` (default 500) with a Twirp error; hang: never answer; reset: destroy the connection;
   *  delay: answer normally after delayMs. */
  mode?: 'status' | 'hang' | 'reset' | 'delay'
  status?: number
  delayMs?: number
  /** How many matching requests fail; unlimited when absent. */
  times?: number
}

export interface StoredArtifact {
  id: number
  runId: string
  jobId: string
  name: string
  blobName: string
  version?: number
  mimeType?: string
  expiresAt?: string
  size?: number
  hash?: string
  createdAt: Date
  finalized: boolean
}

export interface StoredCacheEntry {
  id: number
  key: string
  version: string
  scope: string
  blobName: string
  sizeBytes?: number
  /** creation order; the newest prefix match wins. */
  sequence: number
  createdAt: Date
  finalized: boolean
}

export interface ResultsApi {
  /** origin, e.g. http://127.0.0.1:41234 */
  url: string
  /** a token this server accepts (default run, job and cache scope) */
  token: string
  runId: string
  jobId: string
  container: string
  calls: ResultsApiCall[]
  artifacts: StoredArtifact[]
  cacheEntries: StoredCacheEntry[]
  /** Issues another accepted token (another job, other cache scopes). */
  issueToken(options?: TokenOptions): string
  /** Calls to one method (short name), in order. */
  callsTo(method: string): ResultsApiCall[]
  fail(failure: Failure): void
  clearFailures(): void
  /** Forgets calls, artifacts, cache entries and failures (blobs stay in azurite). */
  reset(): void
  /** Closes the server, dropping hanging requests. */
  close(): Promise<void>
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

type Body = Record<string, unknown>

const str = (body: Body, field: string): string => {
  const value = body[field]
  if (typeof value !== 'string' || value === '') throw new TwirpError(400, 'invalid_argument', `${field} is required`)
  return value
}
const optionalStr = (body: Body, field: string): string | undefined => (typeof body[field] === 'string' ? (body[field] as string) : undefined)
const int64 = (body: Body, field: string): number | undefined => {
  const value = body[field]
  if (value === undefined) return undefined
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN
  if (!Number.isSafeInteger(n)) throw new TwirpError(400, 'invalid_argument', `${field} must be an int64`)
  return n
}

export async function startResultsApi(options: { azurite: Azurite; container?: string; runId?: string; jobId?: string; cacheScopes?: CacheScope[] }): Promise<ResultsApi> {
  const { azurite } = options
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey)
  const container = options.container ?? `results-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
  const containerClient: ContainerClient = new BlobServiceClient(azurite.blobUrl, credential).getContainerClient(container)
  await containerClient.createIfNotExists()

  const runId = options.runId ?? DEFAULT_RUN_ID
  const jobId = options.jobId ?? DEFAULT_JOB_ID
  const accepted = new Map<string, DecodedToken>()
  const issueToken = (o: TokenOptions = {}) => {
    const token = runtimeToken({ runId, jobId, cacheScopes: options.cacheScopes, ...o })
    accepted.set(token, decodeToken(token)!)
    return token
  }
  const token = issueToken()

  const calls: ResultsApiCall[] = []
  const artifacts: StoredArtifact[] = []
  const cacheEntries: StoredCacheEntry[] = []
  let failures: Failure[] = []
  let nextId = 1000
  let sequence = 0

  const sasUrl = (blobName: string, permissions: string) => {
    const now = Date.now()
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(now - 5 * 60_000),
        expiresOn: new Date(now + 60 * 60_000),
        protocol: SASProtocol.HttpsAndHttp
      },
      credential
    ).toString()
    return `${containerClient.getBlockBlobClient(blobName).url}?${sas}`
  }
  const blobSize = async (blobName: string): Promise<number | undefined> => {
    try {
      return (await containerClient.getBlobClient(blobName).getProperties()).contentLength
    } catch {
      return undefined
    }
  }

  const checkIds = (body: Body, who: DecodedToken) => {
    const run = str(body, 'workflow_run_backend_id')
    const job = str(body, 'workflow_job_run_backend_id')
    if (run !== who.runId || job !== who.jobId) throw new TwirpError(403, 'permission_denied', 'workflow run or job does not match the token')
    return { run, job }
  }

  const artifactMethods: Record<string, (body: Body, who: DecodedToken) => Promise<unknown>> = {
    CreateArtifact: async (body, who) => {
      const { run, job } = checkIds(body, who)
      const name = str(body, 'name')
      if (artifacts.some((a) => a.runId === run && a.name === name && a.finalized)) {
        throw new TwirpError(409, 'already_exists', 'an artifact with this name already exists on the workflow run')
      }
      const version = int64(body, 'version')
      if (version === undefined) throw new TwirpError(400, 'invalid_argument', 'version is required')
      // An unfinalized artifact of the same name (an interrupted attempt) is replaced.
      const pending = artifacts.findIndex((a) => a.runId === run && a.name === name && !a.finalized)
      if (pending >= 0) artifacts.splice(pending, 1)
      const id = nextId++
      const artifact: StoredArtifact = {
        id,
        runId: run,
        jobId: job,
        name,
        blobName: `artifacts/${run}/${id}.zip`,
        version,
        mimeType: optionalStr(body, 'mime_type'),
        expiresAt: optionalStr(body, 'expires_at'),
        createdAt: new Date(),
        finalized: false
      }
      artifacts.push(artifact)
      return { ok: true, signed_upload_url: sasUrl(artifact.blobName, 'racw') }
    },
    FinalizeArtifact: async (body, who) => {
      const { run, job } = checkIds(body, who)
      const name = str(body, 'name')
      const artifact = artifacts.find((a) => a.runId === run && a.jobId === job && a.name === name && !a.finalized)
      if (!artifact) throw new TwirpError(404, 'not_found', `no artifact named ${name} is being uploaded`)
      const size = int64(body, 'size') ?? 0
      const stored = await blobSize(artifact.blobName)
      if (stored === undefined) throw new TwirpError(400, 'failed_precondition', 'nothing was uploaded for this artifact')
      if (stored !== size) throw new TwirpError(400, 'invalid_argument', `size ${size} does not match the uploaded ${stored} bytes`)
      artifact.size = size
      artifact.hash = optionalStr(body, 'hash')
      artifact.finalized = true
      return { ok: true, artifact_id: String(artifact.id) }
    },
    ListArtifacts: async (body, who) => {
      const { run } = checkIds(body, who)
      const nameFilter = optionalStr(body, 'name_filter')
      const idFilter = int64(body, 'id_filter')
      return {
        artifacts: artifacts
          .filter((a) => a.finalized && a.runId === run)
          .filter((a) => nameFilter === undefined || a.name === nameFilter)
          .filter((a) => idFilter === undefined || a.id === idFilter)
          .map((a) => ({
            workflow_run_backend_id: a.runId,
            workflow_job_run_backend_id: a.jobId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: a.createdAt.toISOString(),
            ...(a.hash ? { digest: a.hash } : {})
          }))
      }
    },
    GetSignedArtifactURL: async (body, who) => {
      const { run } = checkIds(body, who)
      const name = str(body, 'name')
      const artifact = artifacts.find((a) => a.runId === run && a.name === name && a.finalized)
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`)
      return { signed_url: sasUrl(artifact.blobName, 'r') }
    },
    DeleteArtifact: async (body, who) => {
      const { run } = checkIds(body, who)
      const name = str(body, 'name')
      const index = artifacts.findIndex((a) => a.runId === run && a.name === name && a.finalized)
      if (index < 0) throw new TwirpError(404, 'not_found', `artifact ${name} not found`)
      const [artifact] = artifacts.splice(index, 1)
      await containerClient.getBlobClient(artifact!.blobName).deleteIfExists()
      return { ok: true, artifact_id: String(artifact!.id) }
    }
  }

  const readableScopes = (who: DecodedToken) => who.cacheScopes.filter((s) => (s.permission & 1) !== 0).map((s) => s.scope)
  const writableScope = (who: DecodedToken) => who.cacheScopes.find((s) => (s.permission & 2) !== 0)?.scope

  const cacheMethods: Record<string, (body: Body, who: DecodedToken) => Promise<unknown>> = {
    CreateCacheEntry: async (body, who) => {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const scope = writableScope(who)
      if (!scope) return { ok: false, signed_upload_url: '', message: 'cache write denied: token has no writable scopes' }
      if (cacheEntries.some((e) => e.key === key && e.version === version && e.scope === scope)) {
        throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists')
      }
      const id = nextId++
      const entry: StoredCacheEntry = {
        id,
        key,
        version,
        scope,
        blobName: `caches/${id}`,
        sequence: sequence++,
        createdAt: new Date(),
        finalized: false
      }
      cacheEntries.push(entry)
      return { ok: true, signed_upload_url: sasUrl(entry.blobName, 'racw') }
    },
    FinalizeCacheEntryUpload: async (body, who) => {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const scope = writableScope(who)
      const entry = cacheEntries.find((e) => e.key === key && e.version === version && e.scope === scope && !e.finalized)
      if (!entry) throw new TwirpError(404, 'not_found', 'cache entry not found')
      const size = int64(body, 'size_bytes') ?? 0
      const stored = await blobSize(entry.blobName)
      if (stored === undefined) return { ok: false, entry_id: '0', message: 'cache entry was not uploaded' }
      if (stored !== size) return { ok: false, entry_id: '0', message: `size ${size} does not match the uploaded ${stored} bytes` }
      entry.sizeBytes = size
      entry.finalized = true
      return { ok: true, entry_id: String(entry.id) }
    },
    GetCacheEntryDownloadURL: async (body, who) => {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as unknown[]).filter((k): k is string => typeof k === 'string') : []
      const scopes = readableScopes(who)
      if (scopes.length === 0) throw new TwirpError(403, 'permission_denied', 'cache read denied: token has no readable scopes')
      for (const scope of scopes) {
        const candidates = cacheEntries.filter((e) => e.finalized && e.scope === scope && e.version === version)
        const newestWithPrefix = (prefix: string) =>
          candidates.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.sequence - a.sequence)[0]
        const match = candidates.find((e) => e.key === key) ?? newestWithPrefix(key) ?? restoreKeys.map(newestWithPrefix).find(Boolean)
        if (match) return { ok: true, signed_download_url: sasUrl(match.blobName, 'r'), matched_key: match.key }
      }
      return { ok: false, signed_download_url: '', matched_key: '' }
    }
  }

  const services: Record<string, Record<string, (body: Body, who: DecodedToken) => Promise<unknown>>> = {
    [ARTIFACT_SERVICE]: artifactMethods,
    [CACHE_SERVICE]: cacheMethods
  }

  const matchingFailure = (service: string, method: string): Failure | undefined => {
    const failure = failures.find(
      (f) =>
        (f.service === undefined || f.service === service || service.endsWith(`.${f.service}`)) &&
        (f.method === undefined || f.method === method) &&
        (f.times === undefined || f.times > 0)
    )
    if (failure && failure.times !== undefined) failure.times--
    return failure
  }

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body)
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
    res.end(text)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const match = /^\/twirp\/([^/]+)\/([^/?]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)
    const service = match?.[1] ?? ''
    const method = match?.[2] ?? ''
    let body: unknown
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
    } catch {
      body = undefined
    }
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')
    const who = auth ? accepted.get(auth[1]!) : undefined
    const call: ResultsApiCall = { service, method, body, authorized: who !== undefined, status: 0, at: Date.now() }
    calls.push(call)
    const answer = (status: number, payload: unknown) => {
      call.status = status
      send(res, status, payload)
    }

    const failure = matchingFailure(service, method)
    if (failure) {
      const mode = failure.mode ?? 'status'
      if (mode === 'hang') return
      if (mode === 'reset') {
        req.socket.destroy()
        return
      }
      if (mode === 'status') {
        const status = failure.status ?? 500
        answer(status, { code: status === 429 ? 'resource_exhausted' : status === 503 ? 'unavailable' : 'internal', msg: `scripted failure (${status})` })
        return
      }
      await new Promise((r) => setTimeout(r, failure.delayMs ?? 0))
    }

    if (req.method !== 'POST' || !match) return answer(404, { code: 'bad_route', msg: `no handler for ${req.method} ${req.url}` })
    const handler = services[service]?.[method]
    if (!handler) return answer(404, { code: 'bad_route', msg: `no handler for ${service}/${method}` })
    if (!who) return answer(401, { code: 'unauthenticated', msg: 'missing or invalid bearer token' })
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return answer(400, { code: 'malformed', msg: 'expected Content-Type application/json' })
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return answer(400, { code: 'malformed', msg: 'body is not a JSON object' })
    try {
      answer(200, await handler(body as Body, who))
    } catch (error) {
      if (error instanceof TwirpError) answer(error.status, { code: error.code, msg: error.message })
      else answer(500, { code: 'internal', msg: error instanceof Error ? error.message : String(error) })
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { code: 'internal', msg: String(error) })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    runId,
    jobId,
    container,
    calls,
    artifacts,
    cacheEntries,
    issueToken,
    callsTo: (method) => calls.filter((c) => c.method === method),
    fail: (failure) => void failures.push({ ...failure }),
    clearFailures: () => {
      failures = []
    },
    reset: () => {
      calls.length = 0
      artifacts.length = 0
      cacheEntries.length = 0
      failures = []
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
