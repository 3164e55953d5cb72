/**
 * OpenTelemetry export of a run: a local OTLP/HTTP receiver on 127.0.0.1 takes the real exporter's request (JSON
 * bodies: the exporter-trace-otlp-http package sends `application/json`), and the span tree is checked from it.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { CommandRecord, GateResult, StageResult, WorkflowReport } from '../../src/engine/model.js'
import { MAX_SPANS, exportTrace, parseKeyValues, tracesEndpoint } from '../../src/observability/otel.js'

// ---------------------------------------------------------------------------------------------------------------
// Fixture: a staging run of `greeter` whose tests needed a retry and whose staging deployment failed its health check.

const T0 = Date.parse('2026-03-02T10:00:00.000Z')
const iso = (ms: number) => new Date(T0 + ms).toISOString()

function gate(name: string, passed: boolean, ms: number, details: Record<string, unknown>, errors: string[] = []): GateResult {
  return {
    gate_name: name,
    passed,
    details,
    errors,
    warnings: [],
    execution_time_ms: ms,
    findings: [],
    ...(passed ? {} : { error_type: 'threshold_not_met' as const })
  }
}

function cmd(purpose: string, duration: number, exit: number | null, attempt = 1, extra: Partial<CommandRecord> = {}): CommandRecord {
  return {
    purpose,
    command: `npx ${purpose} --token=SECRET-DO-NOT-EXPORT`,
    exit_code: exit,
    signal: null,
    timed_out: false,
    duration_ms: duration,
    attempt,
    tail: '',
    ...extra
  }
}

function stage(
  name: StageResult['stage_name'],
  from: number,
  to: number,
  status: StageResult['status'],
  gates: GateResult[],
  commands: CommandRecord[],
  extra: Partial<StageResult> = {}
): StageResult {
  return {
    stage_name: name,
    success: status === 'passed',
    status,
    outputs: {},
    errors: [],
    warnings: [],
    execution_time_ms: to - from,
    retries: 0,
    quality_gates: Object.fromEntries(gates.map((g) => [g.gate_name, g])),
    commands,
    started_at: iso(from),
    finished_at: iso(to),
    ...extra
  }
}

function makeReport(): WorkflowReport {
  return {
    schema_version: 1,
    success: false,
    component_name: 'greeter',
    target_stage: 'staging',
    stages_completed: ['specification', 'testing', 'refactoring'],
    stages_failed: ['staging_deployment'],
    stages_skipped: [],
    skip_reasons: {},
    cancelled: false,
    stage_results: {
      specification: stage('specification', 40, 50, 'passed', [gate('spec_validation', true, 7, { requirements: 8, acceptance_criteria: 7, file: 'SPEC.md' })], []),
      testing: stage(
        'testing',
        50,
        7_650,
        'passed',
        [
          gate('test_pass_rate', true, 3_570, { total: 19, passed: 19, failed: 0, pass_rate: 100, required: 100, flaky: ['a'] }),
          gate('test_coverage', true, 3_570, { coverage: 91.5, threshold: 70, lines_covered: 183, lines_total: 200, format: 'lcov' })
        ],
        // A first attempt that crashed, then the retry.
        [cmd('testing', 3_900, 1, 1), cmd('testing', 3_600, 0, 2)],
        { retries: 1 }
      ),
      refactoring: stage(
        'refactoring',
        7_650,
        13_100,
        'passed',
        [
          gate('linting', true, 5_431, { issue_count: 0, errors: 0, warnings: 0, max_issues: 0, tool: 'eslint' }),
          gate('type_checking', true, 5_431, { error_count: 0, max_warnings: null })
        ],
        // These ran concurrently: their durations add up to more than the stage.
        [cmd('security', 900, 0), cmd('linting', 5_077, 0), cmd('type_checking', 5_389, 0)]
      ),
      staging_deployment: stage(
        'staging_deployment',
        13_100,
        60_000,
        'failed',
        [
          gate('health_check', false, 45_000, { attempts: 30, last_status: 503, expected_status: 200, elapsed_ms: 45_000 }, [
            'health check failed: status 503 after 30 attempts'
          ]),
          // Longer than its stage: capped to it.
          gate('integration_test_pass_rate', true, 90_000, { pass_rate: 100 })
        ],
        [cmd('staging_deployment', 1_200, 0), cmd('integration_tests', 30_000, null, 1, { timed_out: true, signal: 'SIGTERM' })],
        { error_type: 'threshold_not_met', errors: ['health_check: health check failed: status 503 after 30 attempts'] }
      )
    },
    total_execution_time_ms: 60_100,
    context_session_id: 'greeter-workflow-2026-03-02',
    metrics_dashboard: null,
    started_at: iso(0),
    finished_at: iso(60_100),
    spec_file: 'examples/greeter/SPEC.md',
    config_file: '.spec-to-production.yml',
    preset: 'default',
    reports_dir: '/tmp/runs/greeter-20260302T100000Z-abc123',
    errors: [],
    generator: { name: 'spec-to-production', version: '0.1.0' }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A minimal OTLP/HTTP receiver.

interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

interface Receiver {
  base: string
  requests: Received[]
  close(): Promise<void>
}

type Behaviour = 'ok' | 'hang' | 'bad-request'
const servers: Server[] = []

async function receiver(behaviour: Behaviour = 'ok'): Promise<Receiver> {
  const requests: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      if (behaviour === 'hang') return
      if (behaviour === 'bad-request') {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"code":3,"message":"bad"}')
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections()
    await new Promise<void>((resolve) => s.close(() => resolve()))
  }
})

function recordingLog() {
  const info: string[] = []
  const warning: string[] = []
  return { info, warning, log: { info: (m: string) => info.push(m), warning: (m: string) => warning.push(m) } }
}

// ---------------------------------------------------------------------------------------------------------------
// OTLP JSON helpers.

interface OtlpAttr {
  key: string
  value: { stringValue?: string; boolValue?: boolean; intValue?: number | string; doubleValue?: number; arrayValue?: { values: OtlpAttr['value'][] } }
}
interface OtlpSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  name: string
  startTimeUnixNano: string | number
  endTimeUnixNano: string | number
  attributes: OtlpAttr[]
  status: { code: number; message?: string }
  events?: { name: string; attributes: OtlpAttr[] }[]
}
interface OtlpRequest {
  resourceSpans: { resource: { attributes: OtlpAttr[] }; scopeSpans: { scope: { name: string; version?: string }; spans: OtlpSpan[] }[] }[]
}

function value(v: OtlpAttr['value']): unknown {
  if (v.stringValue !== undefined) return v.stringValue
  if (v.boolValue !== undefined) return v.boolValue
  if (v.intValue !== undefined) return Number(v.intValue)
  if (v.doubleValue !== undefined) return v.doubleValue
  if (v.arrayValue) return v.arrayValue.values.map(value)
  return undefined
}
const attrs = (list: OtlpAttr[] | undefined) => Object.fromEntries((list ?? []).map((a) => [a.key, value(a.value)]))
const ms = (nanos: string | number) => Number(BigInt(nanos) / 1_000_000n)

const STATUS_UNSET = 0
const STATUS_OK = 1
const STATUS_ERROR = 2

function spansOf(requests: Received[]): { spans: OtlpSpan[]; resource: Record<string, unknown>; scopes: string[] } {
  const spans: OtlpSpan[] = []
  let resource: Record<string, unknown> = {}
  const scopes: string[] = []
  for (const r of requests) {
    const body = JSON.parse(r.body) as OtlpRequest
    for (const rs of body.resourceSpans) {
      resource = attrs(rs.resource.attributes)
      for (const ss of rs.scopeSpans) {
        scopes.push(ss.scope.name)
        spans.push(...ss.spans)
      }
    }
  }
  return { spans, resource, scopes }
}

// ---------------------------------------------------------------------------------------------------------------

describe('exportTrace', () => {
  it('exports the run as one trace: root, a span per stage, per gate and per command attempt', async () => {
    const rx = await receiver()
    const { log, info, warning } = recordingLog()
    const report = makeReport()
    const result = await exportTrace(report, {
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: rx.base,
        OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=s3cr%20et, x-tenant = acme',
        OTEL_SERVICE_NAME: 'greeter-pipeline',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=ci,service.name=ignored',
        GITHUB_RUN_ID: '42',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/greeter',
        GITHUB_SHA: 'e38fb7c0646f21e9adfef6cfb544abb46ce9a9c7'
      },
      log,
      timeoutMs: 5_000
    })
    expect(warning).toEqual([])
    // 1 root + 4 stages + 7 gates + 7 command attempts
    expect(result).toEqual({ exported: true, spans: 19 })
    expect(info.join('\n')).toContain(`exported 19 spans to ${rx.base}/v1/traces`)

    expect(rx.requests).toHaveLength(1)
    const req = rx.requests[0]
    expect(req.method).toBe('POST')
    expect(req.url).toBe('/v1/traces')
    expect(req.headers['content-type']).toBe('application/json')
    expect(req.headers['x-api-key']).toBe('s3cr et')
    expect(req.headers['x-tenant']).toBe('acme')
    expect(req.body).not.toContain('SECRET-DO-NOT-EXPORT')

    const { spans, resource, scopes } = spansOf(rx.requests)
    expect(spans).toHaveLength(19)
    expect(resource['service.name']).toBe('greeter-pipeline')
    expect(resource['service.version']).toBe('0.1.0')
    expect(resource['deployment.environment.name']).toBe('ci')
    expect(resource['telemetry.sdk.language']).toBe('nodejs')
    expect(scopes).toEqual(['spec-to-production'])

    // One trace, one root.
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1)
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(19)
    const roots = spans.filter((s) => !s.parentSpanId)
    expect(roots).toHaveLength(1)
    const root = roots[0]
    expect(root.name).toBe('spec-to-production greeter')
    expect(root.status).toEqual({ code: STATUS_ERROR, message: 'failed stages: staging_deployment' })
    const runStart = ms(root.startTimeUnixNano)
    const runEnd = ms(root.endTimeUnixNano)
    expect(runStart).toBe(Date.parse(report.started_at))
    expect(runEnd).toBe(Date.parse(report.finished_at))
    expect(attrs(root.attributes)).toMatchObject({
      's2p.component': 'greeter',
      's2p.target': 'staging',
      's2p.success': false,
      's2p.cancelled': false,
      's2p.coverage': 91.5,
      's2p.coverage.threshold': 70,
      's2p.test.pass_rate': 100,
      's2p.gates.total': 7,
      's2p.gates.failed': 1,
      's2p.retries': 1,
      's2p.stages.completed': ['specification', 'testing', 'refactoring'],
      's2p.stages.failed': ['staging_deployment'],
      'cicd.pipeline.result': 'failure',
      'cicd.pipeline.run.id': '42',
      'cicd.pipeline.run.url.full': 'https://github.com/acme/greeter/actions/runs/42',
      'vcs.ref.head.revision': 'e38fb7c0646f21e9adfef6cfb544abb46ce9a9c7'
    })
    expect(attrs(root.attributes)['s2p.spans.dropped']).toBeUndefined()

    // Every span lies within the run.
    for (const s of spans) {
      expect(ms(s.startTimeUnixNano)).toBeGreaterThanOrEqual(runStart)
      expect(ms(s.endTimeUnixNano)).toBeLessThanOrEqual(runEnd)
      expect(ms(s.endTimeUnixNano)).toBeGreaterThanOrEqual(ms(s.startTimeUnixNano))
    }

    // Stages: children of the root, at the stage's own timestamps, in pipeline order.
    const stageSpans = spans.filter((s) => s.parentSpanId === root.spanId)
    expect(stageSpans.map((s) => s.name).sort()).toEqual(
      ['stage refactoring', 'stage specification', 'stage staging_deployment', 'stage testing'].sort()
    )
    const stageByName = new Map(stageSpans.map((s) => [s.name.replace('stage ', ''), s]))
    for (const [name, sr] of Object.entries(report.stage_results)) {
      const s = stageByName.get(name)!
      expect(ms(s.startTimeUnixNano)).toBe(Date.parse(sr.started_at))
      expect(ms(s.endTimeUnixNano)).toBe(Date.parse(sr.finished_at))
    }
    const testing = stageByName.get('testing')!
    expect(testing.status.code).toBe(STATUS_OK)
    expect(attrs(testing.attributes)).toMatchObject({ 's2p.stage': 'testing', 's2p.stage.status': 'passed', 's2p.stage.retries': 1 })
    const deploy = stageByName.get('staging_deployment')!
    expect(deploy.status).toEqual({
      code: STATUS_ERROR,
      message: 'threshold_not_met: health_check: health check failed: status 503 after 30 attempts'
    })
    expect(attrs(deploy.attributes)).toMatchObject({
      's2p.stage.status': 'failed',
      's2p.stage.error_type': 'threshold_not_met',
      's2p.stage.retries': 0,
      'cicd.pipeline.task.name': 'staging_deployment',
      'cicd.pipeline.task.run.result': 'failure'
    })

    // Gates: children of their stage, ending at the stage end, lasting their execution time capped to the stage.
    const childrenOf = (parent: OtlpSpan) => spans.filter((s) => s.parentSpanId === parent.spanId)
    const gatesOf = (parent: OtlpSpan) => childrenOf(parent).filter((s) => s.name.startsWith('gate '))
    const commandsOf = (parent: OtlpSpan) => childrenOf(parent).filter((s) => s.name.startsWith('command '))
    expect(gatesOf(testing).map((s) => s.name).sort()).toEqual(['gate test_coverage', 'gate test_pass_rate'])
    const coverage = gatesOf(testing).find((s) => s.name === 'gate test_coverage')!
    expect(ms(coverage.endTimeUnixNano)).toBe(ms(testing.endTimeUnixNano))
    expect(ms(coverage.endTimeUnixNano) - ms(coverage.startTimeUnixNano)).toBe(3_570)
    expect(coverage.status.code).toBe(STATUS_OK)
    const covAttrs = attrs(coverage.attributes)
    expect(covAttrs).toMatchObject({
      's2p.gate': 'test_coverage',
      's2p.gate.passed': true,
      's2p.gate.detail.coverage': 91.5,
      's2p.gate.detail.threshold': 70,
      's2p.gate.detail.lines_total': 200,
      's2p.timing_estimated': true
    })
    expect(covAttrs['s2p.gate.detail.format']).toBeUndefined() // only numeric details

    const health = gatesOf(deploy).find((s) => s.name === 'gate health_check')!
    expect(health.status).toEqual({ code: STATUS_ERROR, message: 'health check failed: status 503 after 30 attempts' })
    expect(attrs(health.attributes)).toMatchObject({ 's2p.gate.passed': false, 's2p.gate.error_type': 'threshold_not_met', 's2p.gate.detail.last_status': 503 })
    const capped = gatesOf(deploy).find((s) => s.name === 'gate integration_test_pass_rate')!
    expect(ms(capped.startTimeUnixNano)).toBe(ms(deploy.startTimeUnixNano))
    expect(ms(capped.endTimeUnixNano)).toBe(ms(deploy.endTimeUnixNano))

    // Commands: one span per attempt, children of their stage.
    const testRuns = commandsOf(testing).sort((a, b) => ms(a.startTimeUnixNano) - ms(b.startTimeUnixNano))
    expect(testRuns.map((s) => attrs(s.attributes)['s2p.command.attempt'])).toEqual([1, 2])
    expect(testRuns[0].status).toEqual({ code: STATUS_ERROR, message: 'exit code 1' })
    expect(testRuns[1].status.code).toBe(STATUS_OK)
    // Sequential: the retry starts where the first attempt ended.
    expect(ms(testRuns[0].startTimeUnixNano)).toBe(ms(testing.startTimeUnixNano))
    expect(ms(testRuns[1].startTimeUnixNano)).toBe(ms(testRuns[0].endTimeUnixNano))
    expect(attrs(testRuns[0].attributes)).toMatchObject({ 's2p.command.purpose': 'testing', 's2p.command.exit_code': 1, 's2p.command.timed_out': false })

    // Concurrent (durations exceed the stage): all start at the stage start.
    const refactoring = stageByName.get('refactoring')!
    const lint = commandsOf(refactoring)
    expect(lint).toHaveLength(3)
    for (const c of lint) expect(ms(c.startTimeUnixNano)).toBe(ms(refactoring.startTimeUnixNano))

    const timedOut = commandsOf(deploy).find((s) => s.name === 'command integration_tests')!
    expect(timedOut.status).toEqual({ code: STATUS_ERROR, message: 'timed out' })
    expect(attrs(timedOut.attributes)).toMatchObject({ 's2p.command.timed_out': true, 's2p.command.signal': 'SIGTERM' })
    expect(attrs(timedOut.attributes)['s2p.command.exit_code']).toBeUndefined()

    expect(spans.filter((s) => s.status.code === STATUS_UNSET)).toEqual([])
  })

  it('uses OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as is, and the default service name', async () => {
    const rx = await receiver()
    const { log, warning } = recordingLog()
    const report = makeReport()
    report.success = true
    report.stages_failed = []
    delete report.stage_results.staging_deployment
    report.stages_skipped = ['staging_deployment']
    report.skip_reasons = { staging_deployment: 'no deploy command configured' }
    const result = await exportTrace(report, {
      env: { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${rx.base}/custom/path`, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1' },
      log,
      timeoutMs: 5_000
    })
    expect(warning).toEqual([])
    expect(result).toEqual({ exported: true, spans: 1 + 3 + 5 + 5 })
    expect(rx.requests.map((r) => r.url)).toEqual(['/custom/path'])
    const { spans, resource } = spansOf(rx.requests)
    expect(resource['service.name']).toBe('spec-to-production')
    const root = spans.find((s) => !s.parentSpanId)!
    expect(root.status.code).toBe(STATUS_OK)
    expect(root.events?.map((e) => [e.name, attrs(e.attributes)])).toEqual([
      ['stage skipped', { 's2p.stage': 'staging_deployment', 's2p.skip_reason': 'no deploy command configured' }]
    ])
  })

  it('does nothing without an endpoint: no network, no warning', async () => {
    const rx = await receiver()
    const { log, info, warning } = recordingLog()
    for (const env of [{}, { OTEL_EXPORTER_OTLP_ENDPOINT: '  ' }, { OTEL_SERVICE_NAME: 'x', OTEL_EXPORTER_OTLP_HEADERS: 'a=b' }]) {
      const result = await exportTrace(makeReport(), { env, log })
      expect(result).toEqual({ exported: false, spans: 0, reason: 'OTEL_EXPORTER_OTLP_ENDPOINT not set' })
    }
    expect(await exportTrace(makeReport(), { env: { OTEL_EXPORTER_OTLP_ENDPOINT: rx.base, OTEL_SDK_DISABLED: 'true' }, log })).toMatchObject({
      exported: false,
      reason: 'OTEL_SDK_DISABLED is true'
    })
    expect(await exportTrace(makeReport(), { env: { OTEL_EXPORTER_OTLP_ENDPOINT: rx.base, OTEL_TRACES_EXPORTER: 'none' }, log })).toMatchObject({
      exported: false,
      reason: 'OTEL_TRACES_EXPORTER is none'
    })
    expect(rx.requests).toEqual([])
    expect(info).toEqual([])
    expect(warning).toEqual([])
  })

  it('an endpoint refusing connections: a warning within the timeout, never a throw', async () => {
    // A port that was just free: nothing listens on it.
    const rx = await receiver()
    const base = rx.base
    await rx.close()
    const { log, warning } = recordingLog()
    const started = Date.now()
    const result = await exportTrace(makeReport(), { env: { OTEL_EXPORTER_OTLP_ENDPOINT: base }, log, timeoutMs: 1_500 })
    const elapsed = Date.now() - started
    expect(result.exported).toBe(false)
    expect(result.spans).toBe(19)
    expect(result.reason).toMatch(/^connect ECONNREFUSED|^timed out/)
    expect(warning).toHaveLength(1)
    expect(warning[0]).toContain('OpenTelemetry: trace not exported')
    expect(elapsed).toBeLessThan(1_500 + 500)
  })

  it('an endpoint that never answers: a warning when the timeout expires', async () => {
    const rx = await receiver('hang')
    const { log, warning } = recordingLog()
    const started = Date.now()
    const result = await exportTrace(makeReport(), { env: { OTEL_EXPORTER_OTLP_ENDPOINT: rx.base }, log, timeoutMs: 1_000 })
    const elapsed = Date.now() - started
    expect(result.exported).toBe(false)
    expect(result.reason).toMatch(/timed out/i)
    expect(warning).toHaveLength(1)
    expect(elapsed).toBeGreaterThanOrEqual(900)
    expect(elapsed).toBeLessThan(1_000 + 500)
    expect(rx.requests.length).toBeGreaterThanOrEqual(1)
  })

  it('an endpoint rejecting the export (HTTP 400): a warning with the reason', async () => {
    const rx = await receiver('bad-request')
    const { log, warning } = recordingLog()
    const result = await exportTrace(makeReport(), { env: { OTEL_EXPORTER_OTLP_ENDPOINT: rx.base }, log, timeoutMs: 5_000 })
    expect(result).toEqual({ exported: false, spans: 19, reason: 'HTTP 400 Bad Request' })
    expect(warning).toEqual(['OpenTelemetry: trace not exported: HTTP 400 Bad Request'])
    expect(rx.requests).toHaveLength(1)
  })

  it('an invalid endpoint: a warning, no throw', async () => {
    const { log, warning } = recordingLog()
    const result = await exportTrace(makeReport(), { env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' }, log })
    expect(result).toMatchObject({ exported: false, spans: 0 })
    expect(result.reason).toMatch(/invalid OTLP endpoint/)
    expect(warning).toHaveLength(1)
  })

  it(`stays within ${MAX_SPANS} spans, counting what it dropped`, async () => {
    const rx = await receiver()
    const { log, warning } = recordingLog()
    const report = makeReport()
    const testing = report.stage_results.testing!
    testing.commands = Array.from({ length: 1_500 }, (_, i) => cmd('testing', 1, i % 2, i + 1))
    const result = await exportTrace(report, { env: { OTEL_EXPORTER_OTLP_ENDPOINT: rx.base }, log, timeoutMs: 10_000 })
    expect(warning).toEqual([])
    expect(result).toEqual({ exported: true, spans: MAX_SPANS })
    const { spans } = spansOf(rx.requests)
    expect(spans).toHaveLength(MAX_SPANS)
    const root = spans.find((s) => !s.parentSpanId)!
    // 1 root + 4 stages + 7 gates + 5 other commands + 1500 test commands = 1517 wanted
    expect(attrs(root.attributes)['s2p.spans.dropped']).toBe(1_517 - MAX_SPANS)
    // Gates are kept before commands.
    expect(spans.filter((s) => s.name.startsWith('gate '))).toHaveLength(7)
  })
})

describe('helpers', () => {
  it('tracesEndpoint appends /v1/traces to the general endpoint only', () => {
    expect(tracesEndpoint({})).toBeUndefined()
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe('http://collector:4318/v1/traces')
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otlp.example.com/otlp/' })).toBe('https://otlp.example.com/otlp/v1/traces')
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/x', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://d' })).toBe('http://c:4318/x')
  })

  it('parseKeyValues decodes percent-encoding and skips malformed entries', () => {
    expect(parseKeyValues('a=1, b = two%20words ,=x,noeq,c=x=y')).toEqual({ a: '1', b: 'two words', c: 'x=y' })
    expect(parseKeyValues(undefined)).toEqual({})
  })
})

describe('lazy loading', () => {
  it('the module has no static import of any @opentelemetry package', async () => {
    const source = await readFile(fileURLToPath(new URL('../../src/observability/otel.ts', import.meta.url)), 'utf8')
    // Static `import … from '@opentelemetry/…'`, `import '@opentelemetry/…'` or `export … from '@opentelemetry/…'`.
    expect(source).not.toMatch(/^\s*(import|export)\b(?!\s*\()[^;\n]*['"]@opentelemetry\//m)
    expect(source).not.toMatch(/require\(\s*['"]@opentelemetry/)
    // …while it does load them on demand.
    expect(source).toMatch(/await Promise\.all\(\[\s*import\('@opentelemetry\/api'\)/)
  })
})
