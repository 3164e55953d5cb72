/**
 * api.github.com for tests: a `node:http` server on a free loopback port that checks every request against GitHub's
 * own REST description (`@octokit/openapi`, dereferenced): method and path must name an operation, path and query
 * parameters must fit their schemas, a JSON body must validate (ajv). A request that does not fit is recorded as a
 * contract violation and answered 400, so a test that forgets to look still fails on the 400.
 *
 * Responses come from per-route scripts (a queue of `{ status, headers, body }`, consumed first) and otherwise from
 * small stateful defaults for the routes the action uses: check runs (create, update, annotations appended) and SARIF
 * uploads (decoded and kept). Anything else answers 404.
 *
 * The description is 73 MB and takes seconds to parse, so it is parsed at most once per package version: the
 * operations (parameters and request-body schemas only) are cached in the temporary directory, and held in memory
 * once loaded. Validators are compiled per operation on first use.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { readFile, rename, stat, writeFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'

type Schema = Record<string, unknown>

interface OperationParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: Schema
  /** GitHub's marker for path parameters that may contain slashes (`{path}` of the contents API). */
  multiSegment: boolean
}

/** One operation of the description, as much of it as request checking needs. */
interface Operation {
  method: string
  /** Path template as GitHub writes it, e.g. `/repos/{owner}/{repo}/check-runs`. */
  template: string
  operationId: string
  parameters: OperationParameter[]
  /** Request body schemas by media type, when the operation takes a body. */
  body: { required: boolean; content: Record<string, Schema | null> } | null
}

interface IndexedOperation extends Operation {
  regex: RegExp
  /** Path parameter names in template order. */
  pathNames: string[]
  /** Literal characters in the template: the more, the more specific (`/check-runs/{id}` beats `/{a}/{b}`). */
  specificity: number
}

export interface RecordedRequest {
  method: string
  /** Path without the query string. */
  path: string
  query: Record<string, string | string[]>
  /** `METHOD template` of the matched operation, or null when none matched. */
  route: string | null
  /** Parsed JSON body (undefined when there was none). */
  body: unknown
  headers: IncomingHttpHeaders
}

export interface ContractViolation {
  method: string
  url: string
  route: string | null
  problems: string[]
}

export interface ScriptedResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** A check run as the fake keeps it, with every annotation appended over its updates. */
export interface StoredCheckRun {
  id: number
  owner: string
  repo: string
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  output: { title?: string; summary?: string; text?: string }
  annotations: Record<string, unknown>[]
  html_url: string
}

export interface StoredSarifUpload {
  id: string
  owner: string
  repo: string
  commit_sha: string
  ref: string
  /** The decoded (gunzipped, parsed) SARIF log. */
  sarif: unknown
}

export interface StoredComment {
  id: number
  owner: string
  repo: string
  issue_number: number
  body: string
  html_url: string
  /** How many times the body was replaced (PATCH). */
  updates: number
  /** Who wrote it: github-actions[bot] (the default), or a person a test names. */
  user?: { login: string; id: number; type: 'User' | 'Bot' }
  /** GitHub's author_association of the writer; NONE (the default, as for a bot). */
  author_association?: string
}

export interface GitHubApi {
  /** `http://127.0.0.1:<port>`: the Octokit `baseUrl`. */
  url: string
  /** Every request, in arrival order. */
  requests: RecordedRequest[]
  /** Requests that broke the contract; a test asserts this stays empty. */
  violations: ContractViolation[]
  /**
   * Queues responses for a route named `METHOD template`, e.g. `POST /repos/{owner}/{repo}/check-runs`; `'default'`
   * in the queue lets that request through to the default handler, and `'hang'` never answers it (a stalled service:
   * the connection stays open until the client gives up or the server closes).
   */
  script(route: string, responses: (ScriptedResponse | 'default' | 'hang')[]): void
  /** Check runs created through the default handlers, by id. */
  checkRuns: Map<number, StoredCheckRun>
  sarifUploads: StoredSarifUpload[]
  /** Issue and pull-request comments, by id, in creation order (a test may add some to fill pages). */
  issueComments: Map<number, StoredComment>
  /** Pull requests a test declares, by number, with their current head commit (`GET …/pulls/{n}`; others answer 404). */
  pullRequests: Map<number, { head_sha: string; state?: 'open' | 'closed' }>
  /** Throws with every violation listed when there is any. */
  assertNoViolations(): void
  close(): Promise<void>
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options'])
/** Keywords that only document a schema: dropped from the cache to keep it small. */
const DOC_KEYWORDS = new Set(['description', 'example', 'examples', 'title', 'externalDocs'])

/** Keeps a schema's validating keywords, recursing through subschemas but never treating property names as keywords. */
function stripSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripSchema)
  if (!schema || typeof schema !== 'object') return schema
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DOC_KEYWORDS.has(key)) continue
    if ((key === 'properties' || key === 'patternProperties') && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripSchema(sub)]))
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'required') {
      out[key] = value
    } else out[key] = stripSchema(value)
  }
  return out
}

function descriptionFile(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.deref.json')
}

async function extractOperations(file: string): Promise<Operation[]> {
  const description = JSON.parse(await readFile(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> }
  const operations: Operation[] = []
  for (const [template, item] of Object.entries(description.paths)) {
    const shared = (item.parameters ?? []) as Record<string, unknown>[]
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.has(method)) continue
      const op = raw as { operationId: string; parameters?: Record<string, unknown>[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> } }
      const byName = new Map<string, Record<string, unknown>>()
      for (const p of [...shared, ...(op.parameters ?? [])]) byName.set(`${String(p.in)}:${String(p.name)}`, p)
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: op.operationId,
        parameters: [...byName.values()].map((p) => ({
          name: String(p.name),
          in: p.in as OperationParameter['in'],
          required: p.required === true,
          schema: (stripSchema(p.schema ?? {}) as Schema),
          multiSegment: p['x-multi-segment'] === true
        })),
        body: op.requestBody
          ? {
              required: op.requestBody.required === true,
              content: Object.fromEntries(
                Object.entries(op.requestBody.content ?? {}).map(([type, media]) => [type, media.schema ? (stripSchema(media.schema) as Schema) : null])
              )
            }
          : null
      })
    }
  }
  return operations
}

/** Loads the operations: from the cache in the temporary directory, else from the description (then cached). */
async function loadOperations(): Promise<Operation[]> {
  const file = descriptionFile()
  const info = await stat(file)
  const cache = join(tmpdir(), `s2p-github-openapi-ops-${info.size}-${Math.trunc(info.mtimeMs)}.json`)
  try {
    return JSON.parse(await readFile(cache, 'utf8')) as Operation[]
  } catch {
    const operations = await extractOperations(file)
    // Write then rename: parallel Jest workers may build the cache at the same time.
    const partial = `${cache}.${process.pid}.${Date.now()}`
    await writeFile(partial, JSON.stringify(operations))
    await rename(partial, cache)
    return operations
  }
}

function indexOperation(op: Operation): IndexedOperation {
  const pathNames: string[] = []
  let specificity = 0
  const pattern = op.template.replace(/\{([^}]+)\}|[^{]+/g, (whole, name: string | undefined) => {
    if (name === undefined) {
      specificity += whole.length
      return whole.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    }
    pathNames.push(name)
    const multi = op.parameters.some((p) => p.in === 'path' && p.name === name && p.multiSegment)
    return multi ? '(.+)' : '([^/]+)'
  })
  return { ...op, regex: new RegExp(`^${pattern}$`), pathNames, specificity }
}

let operationsByMethod: Promise<Map<string, IndexedOperation[]>> | null = null

/** The operations grouped by method, most specific template first; built once per process. */
function operationIndex(): Promise<Map<string, IndexedOperation[]>> {
  operationsByMethod ??= loadOperations().then((operations) => {
    const index = new Map<string, IndexedOperation[]>()
    for (const op of operations.map(indexOperation)) {
      const list = index.get(op.method) ?? []
      list.push(op)
      index.set(op.method, list)
    }
    for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity)
    return index
  })
  return operationsByMethod
}

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i
const ajv = new Ajv({
  strict: false,
  allErrors: true,
  logger: false,
  // The formats the check-run and code-scanning bodies use are checked; others (int64, email, …) are ignored.
  formats: {
    'date-time': DATE_TIME,
    date: /^\d{4}-\d\d-\d\d$/,
    uri: (value: string) => URL.canParse(value)
  }
})
const validators = new Map<string, ValidateFunction>()

function validator(key: string, schema: Schema): ValidateFunction {
  let validate = validators.get(key)
  if (!validate) {
    validate = ajv.compile(schema)
    validators.set(key, validate)
  }
  return validate
}

function describeErrors(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).slice(0, 20).map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`)
}

/** Turns a query or path string into the JSON type its schema expects, so ajv judges the value and not its spelling. */
function coerce(value: string, schema: Schema): unknown {
  const type = schema.type
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value
  if (type === 'array') {
    const items = (schema.items ?? {}) as Schema
    return value.split(',').map((v) => coerce(v, items))
  }
  return value
}

function matchOperation(index: Map<string, IndexedOperation[]>, method: string, path: string) {
  for (const op of index.get(method) ?? []) {
    const m = op.regex.exec(path)
    if (m) return { op, values: m.slice(1) }
  }
  return null
}

function checkRequest(op: IndexedOperation, values: string[], query: URLSearchParams, headers: IncomingHttpHeaders, rawBody: string): { problems: string[]; body: unknown } {
  const problems: string[] = []
  const key = `${op.method} ${op.template}`
  op.pathNames.forEach((name, i) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name)
    let value: string
    try {
      value = decodeURIComponent(values[i])
    } catch {
      problems.push(`path parameter ${name} is not valid percent-encoding`)
      return
    }
    if (!param) return
    const validate = validator(`${key} path ${name}`, param.schema)
    if (!validate(coerce(value, param.schema))) problems.push(...describeErrors(`path parameter ${name}`, validate))
  })
  const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name))
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) problems.push(`query parameter ${name} is not defined for ${op.operationId}`)
  }
  for (const param of op.parameters.filter((p) => p.in === 'query')) {
    const all = query.getAll(param.name)
    if (all.length === 0) {
      if (param.required) problems.push(`query parameter ${param.name} is required`)
      continue
    }
    const validate = validator(`${key} query ${param.name}`, param.schema)
    const value = param.schema.type === 'array' && all.length > 1 ? all.flatMap((v) => coerce(v, param.schema) as unknown[]) : coerce(all[0], param.schema)
    if (!validate(value)) problems.push(...describeErrors(`query parameter ${param.name}`, validate))
  }
  let body: unknown = undefined
  const hasBody = rawBody.length > 0
  if (!op.body) {
    if (hasBody) problems.push(`${op.operationId} takes no request body`)
    return { problems, body }
  }
  if (!hasBody) {
    if (op.body.required) problems.push(`${op.operationId} requires a request body`)
    return { problems, body }
  }
  const mediaType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (!(mediaType in op.body.content)) {
    problems.push(`content-type '${mediaType}' is not one of ${Object.keys(op.body.content).join(', ')}`)
    return { problems, body }
  }
  if (mediaType !== 'application/json') return { problems, body: rawBody }
  try {
    body = JSON.parse(rawBody)
  } catch (error) {
    problems.push(`request body is not JSON: ${(error as Error).message}`)
    return { problems, body }
  }
  const schema = op.body.content[mediaType]
  if (schema) {
    const validate = validator(`${key} body`, schema)
    if (!validate(body)) problems.push(...describeErrors('body', validate))
  }
  return { problems, body }
}

/**
 * Rules GitHub documents in prose rather than in the schema (REST docs for check runs): columns only on one-line
 * annotations, title at most 255 characters, message and raw details at most 64 KB, a completed run has a conclusion.
 */
function documentedCheckRunRules(body: unknown): string[] {
  const problems: string[] = []
  const b = (body ?? {}) as { status?: string; conclusion?: string; completed_at?: string; output?: { annotations?: Record<string, unknown>[] } }
  if ((b.status === 'completed' || b.completed_at !== undefined) && b.conclusion === undefined) {
    problems.push('a completed check run needs a conclusion')
  }
  for (const [i, a] of (b.output?.annotations ?? []).entries()) {
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      problems.push(`annotation ${i}: start_column/end_column on a multi-line annotation`)
    }
    if (typeof a.title === 'string' && a.title.length > 255) problems.push(`annotation ${i}: title longer than 255 characters`)
    for (const field of ['message', 'raw_details']) {
      const value = a[field]
      if (typeof value === 'string' && Buffer.byteLength(value) > 64 * 1024) problems.push(`annotation ${i}: ${field} larger than 64 KB`)
    }
    if (typeof a.start_line === 'number' && typeof a.end_line === 'number' && a.end_line < a.start_line) {
      problems.push(`annotation ${i}: end_line before start_line`)
    }
  }
  return problems
}

/**
 * GitHub's own answer to an output over its size: it measures `summary` and `text` in UTF-8 bytes (the REST docs say
 * "characters"; the API answers 422 "summary exceeds a maximum bytesize of 65535", github/docs#35252), so a text of
 * emoji or CJK under 65,535 characters is refused.
 */
function checkRunBytesizeErrors(body: unknown): { resource: string; code: string; field: string; message: string }[] {
  const output = ((body ?? {}) as { output?: Record<string, unknown> }).output ?? {}
  return ['summary', 'text'].flatMap((field) => {
    const value = output[field]
    return typeof value === 'string' && Buffer.byteLength(value) > 65_535
      ? [{ resource: 'CheckRun', code: 'custom', field, message: `${field} exceeds a maximum bytesize of 65535` }]
      : []
  })
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (c: Buffer) => chunks.push(c))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  response.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'x-github-api-version-selected': '2022-11-28',
    ...headers
  })
  response.end(text)
}

function notFound() {
  return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
}

export async function startGitHubApi(): Promise<GitHubApi> {
  const index = await operationIndex()
  const requests: RecordedRequest[] = []
  const violations: ContractViolation[] = []
  const scripts = new Map<string, (ScriptedResponse | 'default' | 'hang')[]>()
  const checkRuns = new Map<number, StoredCheckRun>()
  const sarifUploads: StoredSarifUpload[] = []
  const issueComments = new Map<number, StoredComment>()
  const pullRequests = new Map<number, { head_sha: string; state?: 'open' | 'closed' }>()
  let nextId = 4_000_000_001

  function defaultResponse(route: string, params: Record<string, string>, body: unknown, query: Record<string, string | string[]> = {}): ScriptedResponse {
    const b = (body ?? {}) as Record<string, unknown>
    const output = (b.output ?? undefined) as (StoredCheckRun['output'] & { annotations?: Record<string, unknown>[] }) | undefined
    const view = (run: StoredCheckRun) => ({
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      html_url: run.html_url,
      url: `${api.url}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`,
      output: { ...run.output, annotations_count: run.annotations.length }
    })
    const applyOutput = (run: StoredCheckRun) => {
      if (!output) return
      const { annotations = [], ...rest } = output
      run.output = { ...rest }
      run.annotations.push(...annotations)
    }
    if (route === 'POST /repos/{owner}/{repo}/check-runs') {
      const id = nextId++
      const run: StoredCheckRun = {
        id,
        owner: params.owner,
        repo: params.repo,
        name: String(b.name),
        head_sha: String(b.head_sha),
        status: b.conclusion !== undefined ? 'completed' : String(b.status ?? 'queued'),
        conclusion: (b.conclusion as string | undefined) ?? null,
        output: {},
        annotations: [],
        html_url: `https://github.com/${params.owner}/${params.repo}/runs/${id}`
      }
      applyOutput(run)
      checkRuns.set(id, run)
      return { status: 201, body: view(run) }
    }
    if (route === 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}') {
      const run = checkRuns.get(Number(params.check_run_id))
      if (!run) return { status: 404, body: notFound() }
      if (b.status !== undefined) run.status = String(b.status)
      if (b.conclusion !== undefined) {
        run.conclusion = String(b.conclusion)
        run.status = 'completed'
      }
      applyOutput(run)
      return { status: 200, body: view(run) }
    }
    const comment = (c: StoredComment) => ({
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api.url}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: c.html_url,
      issue_url: `${api.url}/repos/${c.owner}/${c.repo}/issues/${c.issue_number}`,
      body: c.body,
      user: c.user ?? { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      author_association: c.author_association ?? 'NONE',
      created_at: '2025-10-20T12:00:00Z',
      updated_at: '2025-10-20T12:00:00Z'
    })
    if (route === 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments') {
      // Paginated as GitHub does: per_page (default 30, at most 100), page from 1, a Link header to the next page.
      const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30))
      const page = Math.max(1, Number(query.page ?? 1) || 1)
      const all = [...issueComments.values()].filter((c) => c.owner === params.owner && c.repo === params.repo && c.issue_number === Number(params.issue_number))
      const slice = all.slice((page - 1) * perPage, page * perPage)
      const headers: Record<string, string> = {}
      if (page * perPage < all.length) {
        headers.link = `<${api.url}/repos/${params.owner}/${params.repo}/issues/${params.issue_number}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`
      }
      return { status: 200, headers, body: slice.map(comment) }
    }
    if (route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments') {
      const id = nextId++
      const c: StoredComment = { id, owner: params.owner, repo: params.repo, issue_number: Number(params.issue_number), body: String(b.body), html_url: `https://github.com/${params.owner}/${params.repo}/pull/${params.issue_number}#issuecomment-${id}`, updates: 0 }
      issueComments.set(id, c)
      return { status: 201, body: comment(c) }
    }
    if (route === 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}') {
      const c = issueComments.get(Number(params.comment_id))
      if (!c) return { status: 404, body: notFound() }
      c.body = String(b.body)
      c.updates++
      return { status: 200, body: comment(c) }
    }
    if (route === 'GET /repos/{owner}/{repo}/pulls/{pull_number}') {
      const pull = pullRequests.get(Number(params.pull_number))
      if (!pull) return { status: 404, body: notFound() }
      const number = Number(params.pull_number)
      return {
        status: 200,
        body: {
          id: 1_000_000 + number,
          number,
          state: pull.state ?? 'open',
          html_url: `https://github.com/${params.owner}/${params.repo}/pull/${number}`,
          head: { sha: pull.head_sha, ref: 'feature', repo: { full_name: `${params.owner}/${params.repo}` } },
          base: { sha: '0'.repeat(40), ref: 'main', repo: { full_name: `${params.owner}/${params.repo}` } }
        }
      }
    }
    if (route === 'POST /repos/{owner}/{repo}/code-scanning/sarifs') {
      const id = `47177e22-5596-11eb-80a1-c1e54ef945c${sarifUploads.length % 10}`
      let sarif: unknown
      try {
        sarif = JSON.parse(gunzipSync(Buffer.from(String(b.sarif), 'base64')).toString('utf8'))
      } catch (error) {
        return { status: 400, body: { message: `Invalid SARIF: ${(error as Error).message}` } }
      }
      sarifUploads.push({ id, owner: params.owner, repo: params.repo, commit_sha: String(b.commit_sha), ref: String(b.ref), sarif })
      return { status: 202, body: { id, url: `${api.url}/repos/${params.owner}/${params.repo}/code-scanning/sarifs/${id}` } }
    }
    return { status: 404, body: notFound() }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = (request.method ?? 'GET').toUpperCase()
    const rawBody = await readBody(request)
    const match = matchOperation(index, method, url.pathname)
    const query: Record<string, string | string[]> = {}
    for (const name of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(name)
      query[name] = all.length === 1 ? all[0] : all
    }
    if (!match) {
      let body: unknown = rawBody
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined
      } catch {
        // kept as text
      }
      requests.push({ method, path: url.pathname, query, route: null, body, headers: request.headers })
      const problem = `no operation of GitHub's REST API matches ${method} ${url.pathname}`
      violations.push({ method, url: request.url ?? '', route: null, problems: [problem] })
      send(response, 400, { message: problem })
      return
    }
    const route = `${match.op.method} ${match.op.template}`
    const checked = checkRequest(match.op, match.values, url.searchParams, request.headers, rawBody)
    if (route.includes('/check-runs')) checked.problems.push(...documentedCheckRunRules(checked.body))
    requests.push({ method, path: url.pathname, query, route, body: checked.body, headers: request.headers })
    const tooBig = route.includes('/check-runs') ? checkRunBytesizeErrors(checked.body) : []
    if (tooBig.length > 0) {
      violations.push({ method, url: request.url ?? '', route, problems: tooBig.map((e) => e.message) })
      send(response, 422, { message: 'Validation Failed', errors: tooBig, documentation_url: 'https://docs.github.com/rest/checks/runs#update-a-check-run', status: '422' })
      return
    }
    if (checked.problems.length > 0) {
      violations.push({ method, url: request.url ?? '', route, problems: checked.problems })
      send(response, 400, { message: 'Invalid request (contract violation)', errors: checked.problems })
      return
    }
    const params = Object.fromEntries(match.op.pathNames.map((name, i) => [name, decodeURIComponent(match.values[i])]))
    const scripted = scripts.get(route)?.shift()
    if (scripted === 'hang') return
    const answer = scripted === undefined || scripted === 'default' ? defaultResponse(route, params, checked.body, query) : scripted
    send(response, answer.status, answer.body, answer.headers)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push({ method: request.method ?? '', url: request.url ?? '', route: null, problems: [`server error: ${(error as Error).stack}`] })
      if (!response.headersSent) send(response, 500, { message: 'test server error' })
      else response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the GitHub API stand-in has no TCP address')

  const api: GitHubApi = {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    violations,
    checkRuns,
    sarifUploads,
    issueComments,
    pullRequests,
    script(route, responses) {
      const [method, template] = route.split(' ')
      if (!(index.get(method) ?? []).some((op) => op.template === template)) {
        throw new Error(`script: '${route}' is not an operation of GitHub's REST API`)
      }
      scripts.set(route, [...(scripts.get(route) ?? []), ...responses])
    },
    assertNoViolations() {
      if (violations.length > 0) {
        throw new Error(`GitHub API contract violations:\n${violations.map((v) => `${v.method} ${v.url}: ${v.problems.join('; ')}`).join('\n')}`)
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
  return api
}

/** GitHub's answer when GITHUB_TOKEN may not write (fork pull requests, missing `checks: write`). */
export function notAccessible(): ScriptedResponse {
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' }
  }
}

/** The primary rate limit exhausted (GitHub sends 403 or 429 with `x-ratelimit-remaining: 0`). */
export function rateLimited(status: 403 | 429 = 429, resetInSeconds = 0): ScriptedResponse {
  return {
    status,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds)
    },
    body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: String(status) }
  }
}

/** A secondary rate limit: 403 (or 429) with GitHub's message and `retry-after`. */
export function secondaryRateLimit(retryAfterSeconds = 1, status: 403 | 429 = 403): ScriptedResponse {
  return {
    status,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.',
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status)
    }
  }
}

export function serverError(status = 500): ScriptedResponse {
  return { status, body: { message: 'Server Error' } }
}
