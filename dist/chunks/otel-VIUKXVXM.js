import {
  STAGE_ORDER
} from "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/observability/otel.ts
var MAX_SPANS = 1e3;
var DEFAULT_OTEL_TIMEOUT_MS = 1e4;
var DEFAULT_SERVICE_NAME = "spec-to-production";
var MAX_GATE_DETAILS = 64;
var MAX_TEXT = 512;
function tracesEndpoint(env) {
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (specific) return new URL(specific).href;
  const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!general) return void 0;
  const base = new URL(general).href;
  return (base.endsWith("/") ? base : base + "/") + "v1/traces";
}
function parseKeyValues(raw) {
  const out = {};
  for (const part of (raw ?? "").split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = safeDecode(part.slice(0, eq).trim());
    const value = safeDecode(part.slice(eq + 1).trim());
    if (key) out[key] = value;
  }
  return out;
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function displayUrl(url) {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}
function errorText(e) {
  if (typeof e === "object" && e !== null && "message" in e) {
    const { message, name, code } = e;
    const text2 = typeof message === "string" && message ? message : typeof name === "string" ? name : "error";
    return typeof code === "number" ? `HTTP ${code}${text2 ? ` ${text2}` : ""}` : text2;
  }
  return String(e);
}
async function exportTrace(report, opts) {
  const env = opts.env ?? process.env;
  const log = opts.log;
  if (!env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() && !env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) {
    return { exported: false, spans: 0, reason: "OTEL_EXPORTER_OTLP_ENDPOINT not set" };
  }
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") {
    return { exported: false, spans: 0, reason: "OTEL_SDK_DISABLED is true" };
  }
  if (env.OTEL_TRACES_EXPORTER?.split(",").map((s) => s.trim().toLowerCase()).includes("none")) {
    return { exported: false, spans: 0, reason: "OTEL_TRACES_EXPORTER is none" };
  }
  const timeoutMs = opts.timeoutMs !== void 0 && Number.isFinite(opts.timeoutMs) && opts.timeoutMs > 0 ? opts.timeoutMs : DEFAULT_OTEL_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const state = { spans: 0 };
  let settled = false;
  const fail = (reason) => {
    if (!settled) log.warning(`OpenTelemetry: trace not exported: ${reason}`);
    settled = true;
    return { exported: false, spans: state.spans, reason };
  };
  let url;
  try {
    url = tracesEndpoint(env);
  } catch (e) {
    return fail(`invalid OTLP endpoint: ${errorText(e)}`);
  }
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? "").trim();
  if (protocol === "grpc") log.warning(`OpenTelemetry: OTLP over gRPC is not supported here; sending http/json to ${displayUrl(url)}`);
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve(fail(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  const work = send(report, env, url, deadline, state).then(
    () => {
      if (!settled) log.info(`OpenTelemetry: exported ${state.spans} spans to ${displayUrl(url)}`);
      settled = true;
      return { exported: true, spans: state.spans };
    },
    (e) => fail(errorText(e))
  );
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
async function send(report, env, url, deadline, state) {
  const [api, sdk, resources, otlp] = await Promise.all([
    import("./dist-NDJHE3CD.js"),
    import("./dist-56ZAGPVO.js"),
    import("./dist-FOXF4SHU.js"),
    import("./dist-PKO3UCMD.js")
  ]);
  const envResource = parseKeyValues(env.OTEL_RESOURCE_ATTRIBUTES);
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || envResource["service.name"] || DEFAULT_SERVICE_NAME;
  const resource = resources.defaultResource().merge(resources.resourceFromAttributes({ "service.version": report.generator?.version ?? "unknown", ...envResource })).merge(resources.resourceFromAttributes({ "service.name": serviceName }));
  const finished = [];
  const provider = new sdk.TracerProvider({
    resource,
    // The run already happened: every span of it is kept, whatever sampler the environment asks for.
    sampler: new sdk.AlwaysOnSampler(),
    spanLimits: { attributeValueLengthLimit: MAX_TEXT, attributeCountLimit: 128 + MAX_GATE_DETAILS },
    spanProcessors: [
      {
        onStart: () => void 0,
        onEnd: (span) => {
          finished.push(span);
        },
        forceFlush: async () => void 0,
        shutdown: async () => void 0
      }
    ]
  });
  const tracer = provider.getTracer("spec-to-production", report.generator?.version);
  buildSpans(api, tracer, report, env);
  await provider.shutdown();
  state.spans = finished.length;
  const headers = { ...parseKeyValues(env.OTEL_EXPORTER_OTLP_HEADERS), ...parseKeyValues(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS) };
  const compression = (env.OTEL_EXPORTER_OTLP_TRACES_COMPRESSION ?? env.OTEL_EXPORTER_OTLP_COMPRESSION ?? "").trim() === "gzip" ? "gzip" : "none";
  const exporter = new otlp.OTLPTraceExporter({
    url,
    headers,
    // The enum's values are these strings; the enum itself lives in a package this module does not load.
    compression,
    timeoutMillis: Math.max(1, deadline - Date.now()),
    concurrencyLimit: 1
  });
  try {
    await new Promise((resolve, reject) => {
      exporter.export(finished, (result) => {
        if (result.code === 0) resolve();
        else reject(result.error ?? new Error("OTLP export failed"));
      });
    });
  } finally {
    await exporter.shutdown().catch(() => void 0);
  }
}
function toMs(iso) {
  if (!iso) return void 0;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : void 0;
}
function clamp(v, lo, hi) {
  return Math.min(Math.max(v, lo), hi);
}
function text(s) {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + "\u2026" : s;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function stageResult(s) {
  if (s.status === "passed") return "success";
  if (s.status === "skipped") return "skip";
  if (s.status === "cancelled" || s.error_type === "cancelled") return "cancellation";
  if (s.error_type === "timeout") return "timeout";
  if (s.error_type === "crash" || s.error_type === "configuration") return "error";
  return "failure";
}
function githubAttributes(env) {
  const a = {};
  if (env.GITHUB_WORKFLOW) a["cicd.pipeline.name"] = env.GITHUB_WORKFLOW;
  if (env.GITHUB_RUN_ID) {
    a["cicd.pipeline.run.id"] = env.GITHUB_RUN_ID;
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
      a["cicd.pipeline.run.url.full"] = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
  }
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) a["vcs.repository.url.full"] = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  if (env.GITHUB_SHA) a["vcs.ref.head.revision"] = env.GITHUB_SHA;
  if (env.GITHUB_REF_NAME) a["vcs.ref.head.name"] = env.GITHUB_REF_NAME;
  return a;
}
function orderedStages(report) {
  const results = report.stage_results ?? {};
  const keys = Object.keys(results);
  keys.sort((a, b) => {
    const ia = STAGE_ORDER.indexOf(a);
    const ib = STAGE_ORDER.indexOf(b);
    return (ia < 0 ? STAGE_ORDER.length : ia) - (ib < 0 ? STAGE_ORDER.length : ib);
  });
  return keys.map((k) => results[k]).filter((s) => s !== void 0);
}
function gateOf(report, stage, gate) {
  return report.stage_results?.[stage]?.quality_gates?.[gate];
}
function buildSpans(api, tracer, report, env) {
  const { SpanKind, SpanStatusCode, trace, ROOT_CONTEXT } = api;
  const stages = orderedStages(report);
  const stageStarts = stages.map((s) => toMs(s.started_at)).filter((t) => t !== void 0);
  const stageEnds = stages.map((s) => toMs(s.finished_at)).filter((t) => t !== void 0);
  const runStart = toMs(report.started_at) ?? (stageStarts.length ? Math.min(...stageStarts) : Date.now());
  const runEnd = Math.max(runStart, toMs(report.finished_at) ?? (stageEnds.length ? Math.max(...stageEnds) : runStart));
  let budget = MAX_SPANS - 1 - stages.length;
  let dropped = 0;
  const take = () => {
    if (budget > 0) {
      budget--;
      return true;
    }
    dropped++;
    return false;
  };
  const gatesKept = /* @__PURE__ */ new Map();
  for (const s of stages) gatesKept.set(s, Object.values(s.quality_gates ?? {}).filter(() => take()));
  const commandsKept = /* @__PURE__ */ new Map();
  for (const s of stages) commandsKept.set(s, (s.commands ?? []).filter(() => take()));
  const allGates = stages.flatMap((s) => Object.values(s.quality_gates ?? {}));
  const coverage = gateOf(report, "testing", "test_coverage")?.details;
  const passRate = gateOf(report, "testing", "test_pass_rate")?.details;
  const rootAttributes = {
    "s2p.component": report.component_name,
    "s2p.target": report.target_stage,
    "s2p.success": report.success,
    "s2p.cancelled": report.cancelled,
    "s2p.preset": report.preset,
    "s2p.spec_file": report.spec_file,
    "s2p.duration_ms": report.total_execution_time_ms,
    "s2p.stages.completed": [...report.stages_completed ?? []],
    "s2p.stages.failed": [...report.stages_failed ?? []],
    "s2p.stages.skipped": [...report.stages_skipped ?? []],
    "s2p.gates.total": allGates.length,
    "s2p.gates.failed": allGates.filter((g) => !g.passed).length,
    "s2p.retries": stages.reduce((n, s) => n + (s.retries ?? 0), 0),
    "s2p.errors": (report.errors ?? []).length,
    "cicd.pipeline.result": report.cancelled ? "cancellation" : report.success ? "success" : "failure",
    ...githubAttributes(env)
  };
  if (report.config_file) rootAttributes["s2p.config_file"] = report.config_file;
  if (report.context_session_id) rootAttributes["s2p.context_session_id"] = report.context_session_id;
  if (report.generator?.version) rootAttributes["s2p.version"] = report.generator.version;
  const cov = num(coverage?.coverage);
  if (cov !== void 0) rootAttributes["s2p.coverage"] = cov;
  const covThreshold = num(coverage?.threshold);
  if (covThreshold !== void 0) rootAttributes["s2p.coverage.threshold"] = covThreshold;
  const rate = num(passRate?.pass_rate);
  if (rate !== void 0) rootAttributes["s2p.test.pass_rate"] = rate;
  if (dropped > 0) rootAttributes["s2p.spans.dropped"] = dropped;
  const root = tracer.startSpan(
    `spec-to-production ${report.component_name}`,
    { kind: SpanKind.INTERNAL, startTime: new Date(runStart), attributes: rootAttributes, root: true },
    ROOT_CONTEXT
  );
  if (report.success) root.setStatus({ code: SpanStatusCode.OK });
  else {
    const failed = report.stages_failed ?? [];
    const message = report.cancelled ? "cancelled" : (report.errors ?? [])[0] ?? (failed.length ? `failed stages: ${failed.join(", ")}` : "run failed");
    root.setStatus({ code: SpanStatusCode.ERROR, message: text(message) });
  }
  for (const [stage, why] of Object.entries(report.skip_reasons ?? {})) {
    if (typeof why === "string") root.addEvent("stage skipped", { "s2p.stage": stage, "s2p.skip_reason": text(why) }, new Date(runEnd));
  }
  const rootCtx = trace.setSpan(ROOT_CONTEXT, root);
  for (const s of stages) {
    const start = clamp(toMs(s.started_at) ?? runStart, runStart, runEnd);
    const end = clamp(toMs(s.finished_at) ?? start + (num(s.execution_time_ms) ?? 0), start, runEnd);
    const stageSpan = stageSpanOf(api, tracer, s, start, rootCtx);
    const stageCtx = trace.setSpan(rootCtx, stageSpan);
    for (const g of gatesKept.get(s) ?? []) gateSpan(api, tracer, g, s, start, end, stageCtx);
    commandSpans(api, tracer, commandsKept.get(s) ?? [], s, start, end, stageCtx);
    stageSpan.end(new Date(end));
  }
  root.end(new Date(runEnd));
}
function stageSpanOf(api, tracer, s, start, parent) {
  const attributes = {
    "s2p.stage": s.stage_name,
    "s2p.stage.status": s.status,
    "s2p.stage.success": s.success,
    "s2p.stage.retries": s.retries ?? 0,
    "s2p.stage.execution_time_ms": s.execution_time_ms,
    "s2p.stage.errors": (s.errors ?? []).length,
    "s2p.stage.warnings": (s.warnings ?? []).length,
    "s2p.stage.commands": (s.commands ?? []).length,
    "s2p.stage.gates": Object.keys(s.quality_gates ?? {}).length,
    "cicd.pipeline.task.name": s.stage_name,
    "cicd.pipeline.task.run.result": stageResult(s)
  };
  if (s.error_type) attributes["s2p.stage.error_type"] = s.error_type;
  const span = tracer.startSpan(`stage ${s.stage_name}`, { kind: api.SpanKind.INTERNAL, startTime: new Date(start), attributes }, parent);
  if (s.status === "passed") span.setStatus({ code: api.SpanStatusCode.OK });
  else if (s.status === "failed" || s.status === "cancelled") {
    const first = (s.errors ?? [])[0];
    const message = s.status === "cancelled" ? "cancelled" : [s.error_type, first].filter(Boolean).join(": ") || "stage failed";
    span.setStatus({ code: api.SpanStatusCode.ERROR, message: text(message) });
  }
  return span;
}
function gateSpan(api, tracer, g, s, stageStart, stageEnd, parent) {
  const duration = clamp(num(g.execution_time_ms) ?? 0, 0, stageEnd - stageStart);
  const attributes = {
    "s2p.stage": s.stage_name,
    "s2p.gate": g.gate_name,
    "s2p.gate.passed": g.passed,
    "s2p.gate.execution_time_ms": g.execution_time_ms,
    "s2p.gate.errors": (g.errors ?? []).length,
    "s2p.gate.warnings": (g.warnings ?? []).length,
    "s2p.gate.findings": (g.findings ?? []).length,
    "s2p.timing_estimated": true
  };
  if (g.error_type) attributes["s2p.gate.error_type"] = g.error_type;
  let details = 0;
  for (const [key, value] of Object.entries(g.details ?? {})) {
    const n = num(value);
    if (n === void 0) continue;
    if (++details > MAX_GATE_DETAILS) break;
    attributes[`s2p.gate.detail.${key}`] = n;
  }
  const span = tracer.startSpan(
    `gate ${g.gate_name}`,
    { kind: api.SpanKind.INTERNAL, startTime: new Date(stageEnd - duration), attributes },
    parent
  );
  if (g.passed) span.setStatus({ code: api.SpanStatusCode.OK });
  else span.setStatus({ code: api.SpanStatusCode.ERROR, message: text((g.errors ?? [])[0] ?? `${g.error_type ?? "threshold_not_met"}`) });
  span.end(new Date(stageEnd));
}
function commandSpans(api, tracer, commands, s, stageStart, stageEnd, parent) {
  const durations = commands.map((c) => Math.max(0, num(c.duration_ms) ?? 0));
  const sequential = durations.reduce((a, b) => a + b, 0) <= stageEnd - stageStart;
  let cursor = stageStart;
  commands.forEach((c, i) => {
    const start = sequential ? cursor : stageStart;
    const end = Math.min(start + durations[i], stageEnd);
    cursor = end;
    const attributes = {
      "s2p.stage": s.stage_name,
      "s2p.command.purpose": c.purpose,
      "s2p.command.attempt": c.attempt,
      "s2p.command.timed_out": c.timed_out,
      "s2p.command.duration_ms": c.duration_ms,
      "s2p.timing_estimated": true
    };
    if (c.exit_code !== null && c.exit_code !== void 0) attributes["s2p.command.exit_code"] = c.exit_code;
    if (c.signal) attributes["s2p.command.signal"] = c.signal;
    const span = tracer.startSpan(`command ${c.purpose}`, { kind: api.SpanKind.INTERNAL, startTime: new Date(start), attributes }, parent);
    if (c.timed_out) span.setStatus({ code: api.SpanStatusCode.ERROR, message: "timed out" });
    else if (c.signal) span.setStatus({ code: api.SpanStatusCode.ERROR, message: `killed by ${c.signal}` });
    else if (c.exit_code !== 0) span.setStatus({ code: api.SpanStatusCode.ERROR, message: `exit code ${String(c.exit_code)}` });
    else span.setStatus({ code: api.SpanStatusCode.OK });
    span.end(new Date(end));
  });
}
export {
  DEFAULT_OTEL_TIMEOUT_MS,
  DEFAULT_SERVICE_NAME,
  MAX_SPANS,
  exportTrace,
  parseKeyValues,
  tracesEndpoint
};
