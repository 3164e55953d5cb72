/**
 * Optional OpenTelemetry export of one finished run as a trace (issue 5, item 9).
 *
 * Off unless `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set. The OpenTelemetry
 * packages are loaded with dynamic `import()` inside `exportTrace` only — never statically — so the action's start-up
 * does not pay for them, and the bundler keeps them in their own chunk.
 *
 * The spans are built after the fact from the report's timestamps:
 *   root    `spec-to-production <component>`   report started_at → finished_at
 *   ├─ stage `stage <name>`                     StageResult started_at → finished_at (clamped into the run)
 *   │  ├─ gate `gate <name>`                    ends at the stage end, lasts execution_time_ms capped to the stage
 *   │  └─ command `command <purpose>`           one per attempt; laid back to back from the stage start when the
 *   │                                           durations fit in the stage, otherwise all from the stage start
 *   │                                           (they ran concurrently); capped to the stage end
 * Gate and command placement is an estimate (the report records only their durations): those spans carry
 * `s2p.timing_estimated = true`. At most MAX_SPANS spans: root and stages always, then gates, then commands; what does
 * not fit is counted in the root's `s2p.spans.dropped`. Command lines are not exported (they may carry secrets).
 *
 * Export: OTLP over HTTP with JSON bodies (the `exporter-trace-otlp-http` package), configured from the given
 * environment: endpoint (`…_TRACES_ENDPOINT` as is, else `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`), headers
 * (`OTEL_EXPORTER_OTLP_HEADERS`, `…_TRACES_HEADERS`), compression, `OTEL_SERVICE_NAME` (default `spec-to-production`),
 * `OTEL_RESOURCE_ATTRIBUTES`; `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none` turn it off. TLS files
 * (`OTEL_EXPORTER_OTLP_CERTIFICATE`, …) are read by the exporter itself from `process.env`.
 * The whole export (loading included) finishes within `timeoutMs`; any failure is a warning, never an exception.
 */
import { STAGE_ORDER } from '../config/types.js'
import type { CommandRecord, GateResult, StageResult, WorkflowReport } from '../engine/model.js'

type OtelApi = typeof import('@opentelemetry/api')
type OtelSpan = import('@opentelemetry/api').Span
type OtelContext = import('@opentelemetry/api').Context
type OtelTracer = import('@opentelemetry/api').Tracer
type Attributes = import('@opentelemetry/api').Attributes
type ReadableSpan = import('@opentelemetry/sdk-trace').ReadableSpan

/** Most spans one run exports. */
export const MAX_SPANS = 1000
export const DEFAULT_OTEL_TIMEOUT_MS = 10_000
export const DEFAULT_SERVICE_NAME = 'spec-to-production'
/** Numeric details exported per gate, at most. */
const MAX_GATE_DETAILS = 64
/** Longest status message / string attribute. */
const MAX_TEXT = 512

export interface ExportTraceOptions {
  /** Where the OTEL_* variables are read (default process.env). */
  env?: NodeJS.ProcessEnv
  log: { info(m: string): void; warning(m: string): void }
  /** Budget for the whole export, loading the packages included (default 10 s). */
  timeoutMs?: number
}

export interface ExportTraceResult {
  exported: boolean
  /** Spans built (and sent, when exported). */
  spans: number
  reason?: string
}

/** The OTLP/HTTP traces URL from the environment; undefined when neither endpoint variable is set. */
export function tracesEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()
  if (specific) return new URL(specific).href
  const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()
  if (!general) return undefined
  const base = new URL(general).href
  return (base.endsWith('/') ? base : base + '/') + 'v1/traces'
}

/** `k1=v1,k2=v2` (values percent-encoded) as the OTLP exporter specification defines; malformed entries skipped. */
export function parseKeyValues(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (raw ?? '').split(',')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const key = safeDecode(part.slice(0, eq).trim())
    const value = safeDecode(part.slice(eq + 1).trim())
    if (key) out[key] = value
  }
  return out
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** The URL without credentials or query, for log lines. */
function displayUrl(url: string): string {
  const u = new URL(url)
  return `${u.protocol}//${u.host}${u.pathname}`
}

/** An error's message (duck-typed: errors from another realm fail `instanceof`); HTTP failures with their status. */
function errorText(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const { message, name, code } = e as { message?: unknown; name?: unknown; code?: unknown }
    const text = typeof message === 'string' && message ? message : typeof name === 'string' ? name : 'error'
    return typeof code === 'number' ? `HTTP ${code}${text ? ` ${text}` : ''}` : text
  }
  return String(e)
}

/**
 * Exports the run as a trace when an OTLP endpoint is configured. Never throws; `exported: false` with a reason
 * (and a warning, unless export is simply not configured) otherwise.
 */
export async function exportTrace(report: WorkflowReport, opts: ExportTraceOptions): Promise<ExportTraceResult> {
  const env = opts.env ?? process.env
  const log = opts.log
  if (!env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() && !env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) {
    return { exported: false, spans: 0, reason: 'OTEL_EXPORTER_OTLP_ENDPOINT not set' }
  }
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') {
    return { exported: false, spans: 0, reason: 'OTEL_SDK_DISABLED is true' }
  }
  if (env.OTEL_TRACES_EXPORTER?.split(',').map((s) => s.trim().toLowerCase()).includes('none')) {
    return { exported: false, spans: 0, reason: 'OTEL_TRACES_EXPORTER is none' }
  }
  const timeoutMs =
    opts.timeoutMs !== undefined && Number.isFinite(opts.timeoutMs) && opts.timeoutMs > 0 ? opts.timeoutMs : DEFAULT_OTEL_TIMEOUT_MS
  const deadline = Date.now() + timeoutMs
  const state = { spans: 0 }
  // Once a result is returned (e.g. on time-out), whatever the abandoned export does later is not reported again.
  let settled = false
  const fail = (reason: string): ExportTraceResult => {
    if (!settled) log.warning(`OpenTelemetry: trace not exported: ${reason}`)
    settled = true
    return { exported: false, spans: state.spans, reason }
  }

  let url: string
  try {
    url = tracesEndpoint(env) as string
  } catch (e) {
    return fail(`invalid OTLP endpoint: ${errorText(e)}`)
  }
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? '').trim()
  if (protocol === 'grpc') log.warning(`OpenTelemetry: OTLP over gRPC is not supported here; sending http/json to ${displayUrl(url)}`)

  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<ExportTraceResult>((resolve) => {
    timer = setTimeout(() => resolve(fail(`timed out after ${timeoutMs} ms`)), timeoutMs)
  })
  const work = send(report, env, url, deadline, state).then(
    (): ExportTraceResult => {
      if (!settled) log.info(`OpenTelemetry: exported ${state.spans} spans to ${displayUrl(url)}`)
      settled = true
      return { exported: true, spans: state.spans }
    },
    (e: unknown) => fail(errorText(e))
  )
  try {
    return await Promise.race([work, timedOut])
  } finally {
    clearTimeout(timer)
  }
}

/** Loads the packages, builds the spans and sends them; rejects on any failure. */
async function send(report: WorkflowReport, env: NodeJS.ProcessEnv, url: string, deadline: number, state: { spans: number }): Promise<void> {
  const [api, sdk, resources, otlp] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/exporter-trace-otlp-http')
  ])

  const envResource = parseKeyValues(env.OTEL_RESOURCE_ATTRIBUTES)
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || envResource['service.name'] || DEFAULT_SERVICE_NAME
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.version': report.generator?.version ?? 'unknown', ...envResource }))
    .merge(resources.resourceFromAttributes({ 'service.name': serviceName }))

  const finished: ReadableSpan[] = []
  const provider = new sdk.TracerProvider({
    resource,
    // The run already happened: every span of it is kept, whatever sampler the environment asks for.
    sampler: new sdk.AlwaysOnSampler(),
    spanLimits: { attributeValueLengthLimit: MAX_TEXT, attributeCountLimit: 128 + MAX_GATE_DETAILS },
    spanProcessors: [
      {
        onStart: () => undefined,
        onEnd: (span) => {
          finished.push(span)
        },
        forceFlush: async () => undefined,
        shutdown: async () => undefined
      }
    ]
  })
  const tracer = provider.getTracer('spec-to-production', report.generator?.version)
  buildSpans(api, tracer, report, env)
  await provider.shutdown()
  state.spans = finished.length

  const headers = { ...parseKeyValues(env.OTEL_EXPORTER_OTLP_HEADERS), ...parseKeyValues(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS) }
  const compression = (env.OTEL_EXPORTER_OTLP_TRACES_COMPRESSION ?? env.OTEL_EXPORTER_OTLP_COMPRESSION ?? '').trim() === 'gzip' ? 'gzip' : 'none'
  const exporter = new otlp.OTLPTraceExporter({
    url,
    headers,
    // The enum's values are these strings; the enum itself lives in a package this module does not load.
    compression: compression as never,
    timeoutMillis: Math.max(1, deadline - Date.now()),
    concurrencyLimit: 1
  })
  try {
    await new Promise<void>((resolve, reject) => {
      exporter.export(finished, (result) => {
        // ExportResultCode.SUCCESS is 0.
        if (result.code === 0) resolve()
        else reject(result.error ?? new Error('OTLP export failed'))
      })
    })
  } finally {
    await exporter.shutdown().catch(() => undefined)
  }
}

function toMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined
  const t = Date.parse(iso)
  return Number.isFinite(t) ? t : undefined
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi)
}

function text(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + '…' : s
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

type CicdResult = 'success' | 'failure' | 'timeout' | 'cancellation' | 'skip' | 'error'

function stageResult(s: StageResult): CicdResult {
  if (s.status === 'passed') return 'success'
  if (s.status === 'skipped') return 'skip'
  if (s.status === 'cancelled' || s.error_type === 'cancelled') return 'cancellation'
  if (s.error_type === 'timeout') return 'timeout'
  if (s.error_type === 'crash' || s.error_type === 'configuration') return 'error'
  return 'failure'
}

function githubAttributes(env: NodeJS.ProcessEnv): Attributes {
  const a: Attributes = {}
  if (env.GITHUB_WORKFLOW) a['cicd.pipeline.name'] = env.GITHUB_WORKFLOW
  if (env.GITHUB_RUN_ID) {
    a['cicd.pipeline.run.id'] = env.GITHUB_RUN_ID
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
      a['cicd.pipeline.run.url.full'] = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    }
  }
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) a['vcs.repository.url.full'] = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
  if (env.GITHUB_SHA) a['vcs.ref.head.revision'] = env.GITHUB_SHA
  if (env.GITHUB_REF_NAME) a['vcs.ref.head.name'] = env.GITHUB_REF_NAME
  return a
}

/** The stages of the report in pipeline order (unknown keys last, in report order). */
function orderedStages(report: WorkflowReport): StageResult[] {
  const results = report.stage_results ?? {}
  const keys = Object.keys(results) as (keyof typeof results)[]
  keys.sort((a, b) => {
    const ia = STAGE_ORDER.indexOf(a)
    const ib = STAGE_ORDER.indexOf(b)
    return (ia < 0 ? STAGE_ORDER.length : ia) - (ib < 0 ? STAGE_ORDER.length : ib)
  })
  return keys.map((k) => results[k]).filter((s): s is StageResult => s !== undefined)
}

function gateOf(report: WorkflowReport, stage: string, gate: string): GateResult | undefined {
  return report.stage_results?.[stage as keyof WorkflowReport['stage_results']]?.quality_gates?.[gate]
}

function buildSpans(api: OtelApi, tracer: OtelTracer, report: WorkflowReport, env: NodeJS.ProcessEnv): void {
  const { SpanKind, SpanStatusCode, trace, ROOT_CONTEXT } = api
  const stages = orderedStages(report)

  // The run's bounds: the report's own timestamps, falling back to its stages, then to now.
  const stageStarts = stages.map((s) => toMs(s.started_at)).filter((t): t is number => t !== undefined)
  const stageEnds = stages.map((s) => toMs(s.finished_at)).filter((t): t is number => t !== undefined)
  const runStart = toMs(report.started_at) ?? (stageStarts.length ? Math.min(...stageStarts) : Date.now())
  const runEnd = Math.max(runStart, toMs(report.finished_at) ?? (stageEnds.length ? Math.max(...stageEnds) : runStart))

  // Budget: root and stages always; then gates, then commands, in pipeline order.
  let budget = MAX_SPANS - 1 - stages.length
  let dropped = 0
  const take = (): boolean => {
    if (budget > 0) {
      budget--
      return true
    }
    dropped++
    return false
  }
  const gatesKept = new Map<StageResult, GateResult[]>()
  for (const s of stages) gatesKept.set(s, Object.values(s.quality_gates ?? {}).filter(() => take()))
  const commandsKept = new Map<StageResult, CommandRecord[]>()
  for (const s of stages) commandsKept.set(s, (s.commands ?? []).filter(() => take()))

  const allGates = stages.flatMap((s) => Object.values(s.quality_gates ?? {}))
  const coverage = gateOf(report, 'testing', 'test_coverage')?.details
  const passRate = gateOf(report, 'testing', 'test_pass_rate')?.details
  const rootAttributes: Attributes = {
    's2p.component': report.component_name,
    's2p.target': report.target_stage,
    's2p.success': report.success,
    's2p.cancelled': report.cancelled,
    's2p.preset': report.preset,
    's2p.spec_file': report.spec_file,
    's2p.duration_ms': report.total_execution_time_ms,
    's2p.stages.completed': [...(report.stages_completed ?? [])],
    's2p.stages.failed': [...(report.stages_failed ?? [])],
    's2p.stages.skipped': [...(report.stages_skipped ?? [])],
    's2p.gates.total': allGates.length,
    's2p.gates.failed': allGates.filter((g) => !g.passed).length,
    's2p.retries': stages.reduce((n, s) => n + (s.retries ?? 0), 0),
    's2p.errors': (report.errors ?? []).length,
    'cicd.pipeline.result': report.cancelled ? 'cancellation' : report.success ? 'success' : 'failure',
    ...githubAttributes(env)
  }
  if (report.config_file) rootAttributes['s2p.config_file'] = report.config_file
  if (report.context_session_id) rootAttributes['s2p.context_session_id'] = report.context_session_id
  if (report.generator?.version) rootAttributes['s2p.version'] = report.generator.version
  const cov = num(coverage?.coverage)
  if (cov !== undefined) rootAttributes['s2p.coverage'] = cov
  const covThreshold = num(coverage?.threshold)
  if (covThreshold !== undefined) rootAttributes['s2p.coverage.threshold'] = covThreshold
  const rate = num(passRate?.pass_rate)
  if (rate !== undefined) rootAttributes['s2p.test.pass_rate'] = rate
  if (dropped > 0) rootAttributes['s2p.spans.dropped'] = dropped

  const root = tracer.startSpan(
    `spec-to-production ${report.component_name}`,
    { kind: SpanKind.INTERNAL, startTime: new Date(runStart), attributes: rootAttributes, root: true },
    ROOT_CONTEXT
  )
  if (report.success) root.setStatus({ code: SpanStatusCode.OK })
  else {
    const failed = report.stages_failed ?? []
    const message = report.cancelled
      ? 'cancelled'
      : (report.errors ?? [])[0] ?? (failed.length ? `failed stages: ${failed.join(', ')}` : 'run failed')
    root.setStatus({ code: SpanStatusCode.ERROR, message: text(message) })
  }
  for (const [stage, why] of Object.entries(report.skip_reasons ?? {})) {
    if (typeof why === 'string') root.addEvent('stage skipped', { 's2p.stage': stage, 's2p.skip_reason': text(why) }, new Date(runEnd))
  }
  const rootCtx = trace.setSpan(ROOT_CONTEXT, root)

  for (const s of stages) {
    const start = clamp(toMs(s.started_at) ?? runStart, runStart, runEnd)
    const end = clamp(toMs(s.finished_at) ?? start + (num(s.execution_time_ms) ?? 0), start, runEnd)
    const stageSpan = stageSpanOf(api, tracer, s, start, rootCtx)
    const stageCtx = trace.setSpan(rootCtx, stageSpan)
    for (const g of gatesKept.get(s) ?? []) gateSpan(api, tracer, g, s, start, end, stageCtx)
    commandSpans(api, tracer, commandsKept.get(s) ?? [], s, start, end, stageCtx)
    stageSpan.end(new Date(end))
  }
  root.end(new Date(runEnd))
}

function stageSpanOf(api: OtelApi, tracer: OtelTracer, s: StageResult, start: number, parent: OtelContext): OtelSpan {
  const attributes: Attributes = {
    's2p.stage': s.stage_name,
    's2p.stage.status': s.status,
    's2p.stage.success': s.success,
    's2p.stage.retries': s.retries ?? 0,
    's2p.stage.execution_time_ms': s.execution_time_ms,
    's2p.stage.errors': (s.errors ?? []).length,
    's2p.stage.warnings': (s.warnings ?? []).length,
    's2p.stage.commands': (s.commands ?? []).length,
    's2p.stage.gates': Object.keys(s.quality_gates ?? {}).length,
    'cicd.pipeline.task.name': s.stage_name,
    'cicd.pipeline.task.run.result': stageResult(s)
  }
  if (s.error_type) attributes['s2p.stage.error_type'] = s.error_type
  const span = tracer.startSpan(`stage ${s.stage_name}`, { kind: api.SpanKind.INTERNAL, startTime: new Date(start), attributes }, parent)
  if (s.status === 'passed') span.setStatus({ code: api.SpanStatusCode.OK })
  else if (s.status === 'failed' || s.status === 'cancelled') {
    const first = (s.errors ?? [])[0]
    const message = s.status === 'cancelled' ? 'cancelled' : [s.error_type, first].filter(Boolean).join(': ') || 'stage failed'
    span.setStatus({ code: api.SpanStatusCode.ERROR, message: text(message) })
  }
  return span
}

function gateSpan(api: OtelApi, tracer: OtelTracer, g: GateResult, s: StageResult, stageStart: number, stageEnd: number, parent: OtelContext): void {
  const duration = clamp(num(g.execution_time_ms) ?? 0, 0, stageEnd - stageStart)
  const attributes: Attributes = {
    's2p.stage': s.stage_name,
    's2p.gate': g.gate_name,
    's2p.gate.passed': g.passed,
    's2p.gate.execution_time_ms': g.execution_time_ms,
    's2p.gate.errors': (g.errors ?? []).length,
    's2p.gate.warnings': (g.warnings ?? []).length,
    's2p.gate.findings': (g.findings ?? []).length,
    's2p.timing_estimated': true
  }
  if (g.error_type) attributes['s2p.gate.error_type'] = g.error_type
  let details = 0
  for (const [key, value] of Object.entries(g.details ?? {})) {
    const n = num(value)
    if (n === undefined) continue
    if (++details > MAX_GATE_DETAILS) break
    attributes[`s2p.gate.detail.${key}`] = n
  }
  const span = tracer.startSpan(
    `gate ${g.gate_name}`,
    { kind: api.SpanKind.INTERNAL, startTime: new Date(stageEnd - duration), attributes },
    parent
  )
  if (g.passed) span.setStatus({ code: api.SpanStatusCode.OK })
  else span.setStatus({ code: api.SpanStatusCode.ERROR, message: text((g.errors ?? [])[0] ?? `${g.error_type ?? 'threshold_not_met'}`) })
  span.end(new Date(stageEnd))
}

function commandSpans(
  api: OtelApi,
  tracer: OtelTracer,
  commands: CommandRecord[],
  s: StageResult,
  stageStart: number,
  stageEnd: number,
  parent: OtelContext
): void {
  const durations = commands.map((c) => Math.max(0, num(c.duration_ms) ?? 0))
  const sequential = durations.reduce((a, b) => a + b, 0) <= stageEnd - stageStart
  let cursor = stageStart
  commands.forEach((c, i) => {
    const start = sequential ? cursor : stageStart
    const end = Math.min(start + durations[i], stageEnd)
    cursor = end
    const attributes: Attributes = {
      's2p.stage': s.stage_name,
      's2p.command.purpose': c.purpose,
      's2p.command.attempt': c.attempt,
      's2p.command.timed_out': c.timed_out,
      's2p.command.duration_ms': c.duration_ms,
      's2p.timing_estimated': true
    }
    if (c.exit_code !== null && c.exit_code !== undefined) attributes['s2p.command.exit_code'] = c.exit_code
    if (c.signal) attributes['s2p.command.signal'] = c.signal
    const span = tracer.startSpan(`command ${c.purpose}`, { kind: api.SpanKind.INTERNAL, startTime: new Date(start), attributes }, parent)
    if (c.timed_out) span.setStatus({ code: api.SpanStatusCode.ERROR, message: 'timed out' })
    else if (c.signal) span.setStatus({ code: api.SpanStatusCode.ERROR, message: `killed by ${c.signal}` })
    else if (c.exit_code !== 0) span.setStatus({ code: api.SpanStatusCode.ERROR, message: `exit code ${String(c.exit_code)}` })
    else span.setStatus({ code: api.SpanStatusCode.OK })
    span.end(new Date(end))
  })
}
