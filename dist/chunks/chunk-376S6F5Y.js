import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/context/types.ts
var ROLES = ["system", "user", "assistant", "tool"];

// src/context/importance.ts
var DEFAULT_IMPORTANCE = Object.freeze({
  architectural_decision: 1,
  requirement: 1,
  production_status: 1,
  implementation_completion: 0.9,
  test_results: 0.9,
  deployment_status: 0.9,
  refactoring_decision: 0.7,
  optimization_choice: 0.7,
  progress_update: 0.5
});
var UNKNOWN_KIND_IMPORTANCE = 0.5;
var REQUIREMENT_KIND = "requirement";
var KIND_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
function isValidKind(kind) {
  return typeof kind === "string" && KIND_PATTERN.test(kind) && kind !== "constructor" && kind !== "prototype";
}
function importanceOf(kind, table2 = DEFAULT_IMPORTANCE) {
  if (Object.prototype.hasOwnProperty.call(table2, kind)) {
    const value = table2[kind];
    if (typeof value === "number" && Number.isFinite(value)) return clamp01(value);
  }
  return UNKNOWN_KIND_IMPORTANCE;
}
function resolveImportanceTable(overrides) {
  const table2 = {};
  for (const [kind, value] of Object.entries(DEFAULT_IMPORTANCE)) table2[kind] = value;
  if (!overrides) return table2;
  for (const [kind, value] of Object.entries(overrides)) {
    if (!isValidKind(kind)) throw new TypeError(`importance table: kind "${kind}" is not a snake_case name`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new TypeError(`importance table: ${kind} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
    }
    table2[kind] = value;
  }
  return table2;
}
function clamp01(value) {
  return Math.min(1, Math.max(0, value));
}

// src/context/tokens.ts
var MAX_PIECE_BYTES = 64;
var BATCH_CHARS = 4096;
var loading = null;
function loadTokenizer() {
  if (!loading) {
    loading = (async () => {
      const [lite, ranks] = await Promise.all([import("./lite-YA4JXJBB.js"), import("./cl100k_base-YNV4PS5V.js")]);
      return createTokenizer(new lite.Tiktoken(ranks.default), ranks.default.pat_str);
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
async function countTokens(text) {
  return (await loadTokenizer()).count(text);
}
function createTokenizer(enc, patStr) {
  const encodeBatch = (s) => enc.encode(s, [], []);
  function* batches(text) {
    const re = new RegExp(patStr, "gu");
    let buf = "";
    let last = 0;
    const take = function* (piece) {
      if (piece.length * 3 > MAX_PIECE_BYTES && Buffer.byteLength(piece) > MAX_PIECE_BYTES) {
        if (buf) yield buf;
        buf = "";
        yield* chunkBytes(piece, MAX_PIECE_BYTES);
        return;
      }
      buf += piece;
      if (buf.length >= BATCH_CHARS) {
        yield buf;
        buf = "";
      }
    };
    for (const m of text.matchAll(re)) {
      if (m.index > last) yield* take(text.slice(last, m.index));
      yield* take(m[0]);
      last = m.index + m[0].length;
    }
    if (last < text.length) yield* take(text.slice(last));
    if (buf) yield buf;
  }
  const tokenizer = {
    encoding: "cl100k_base",
    count(text) {
      let n = 0;
      for (const b of batches(text)) n += encodeBatch(b).length;
      return n;
    },
    encode(text) {
      const out = [];
      for (const b of batches(text)) for (const t of encodeBatch(b)) out.push(t);
      return out;
    },
    truncate(text, maxTokens) {
      let budget = Math.floor(maxTokens);
      if (budget <= 0) return "";
      if (tokenizer.count(text) <= budget) return text;
      for (; ; ) {
        let kept = "";
        let used = 0;
        for (const b of batches(text)) {
          const ids = encodeBatch(b);
          if (used + ids.length <= budget) {
            kept += b;
            used += ids.length;
            continue;
          }
          kept += enc.decode(ids.slice(0, budget - used)).replace(/\uFFFD+$/u, "");
          break;
        }
        const n = tokenizer.count(kept);
        if (n <= maxTokens) return kept;
        budget -= n - Math.floor(maxTokens);
        if (budget <= 0) return "";
      }
    }
  };
  return tokenizer;
}
function* chunkBytes(piece, maxBytes) {
  let chunk = "";
  let bytes = 0;
  for (const ch of piece) {
    const cp = ch.codePointAt(0);
    const b = cp < 128 ? 1 : cp < 2048 ? 2 : cp < 65536 ? 3 : 4;
    if (bytes + b > maxBytes && chunk) {
      yield chunk;
      chunk = "";
      bytes = 0;
    }
    chunk += ch;
    bytes += b;
  }
  if (chunk) yield chunk;
}
function truncateWithMarker(tk, text, maxTokens, marker) {
  let room = maxTokens - tk.count(marker);
  while (room > 0) {
    const out = tk.truncate(text, room) + marker;
    const n = tk.count(out);
    if (n <= maxTokens) return out;
    room -= n - maxTokens;
  }
  return tk.truncate(marker.trim(), maxTokens);
}

// src/context/ids.ts
var COMPONENT_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;
var SESSION_ID_PATTERN = /^((?!\.{1,2}-)[A-Za-z0-9._-]{1,100})-workflow-(\d{4}-\d{2}-\d{2})$/;
function isValidComponent(component) {
  return typeof component === "string" && COMPONENT_PATTERN.test(component);
}
function isValidSessionId(id) {
  return typeof id === "string" && SESSION_ID_PATTERN.test(id);
}
function parseSessionId(id) {
  const m = SESSION_ID_PATTERN.exec(id);
  return m ? { component: m[1], date: m[2] } : null;
}
function toDate(now) {
  const d = typeof now === "number" ? new Date(now) : new Date(now.getTime());
  if (Number.isNaN(d.getTime())) throw new TypeError("invalid date");
  return d;
}
function utcDay(now) {
  return toDate(now).toISOString().slice(0, 10);
}
function sessionIdFor(component, now) {
  if (!isValidComponent(component)) throw new TypeError(`invalid component name "${component}"`);
  return `${component}-workflow-${utcDay(now)}`;
}

// src/context/policy.ts
var DEFAULT_MAX_TOKENS = 8e3;
var DEFAULT_IMPORTANCE_FLOOR = 0.8;
var DEFAULT_KEEP_RECENT = 5;
var DEFAULT_PRUNE_THRESHOLD = 0.8;
var MAX_MAX_TOKENS = 1e6;
function defaultPolicy() {
  return {
    importance: resolveImportanceTable(),
    importance_floor: DEFAULT_IMPORTANCE_FLOOR,
    keep_recent: DEFAULT_KEEP_RECENT,
    prune_threshold: DEFAULT_PRUNE_THRESHOLD,
    max_message_tokens: null
  };
}
function check(ok, message3) {
  if (!ok) throw new TypeError(message3);
}
function resolvePolicy(base, opts) {
  const b = base ?? defaultPolicy();
  const p = {
    importance: opts.importance ? resolveImportanceTable({ ...b.importance, ...opts.importance }) : resolveImportanceTable(b.importance),
    importance_floor: opts.importanceFloor ?? b.importance_floor,
    keep_recent: opts.keepRecent ?? b.keep_recent,
    prune_threshold: opts.pruneThreshold ?? b.prune_threshold,
    max_message_tokens: opts.maxMessageTokens ?? b.max_message_tokens
  };
  check(Number.isFinite(p.importance_floor) && p.importance_floor >= 0 && p.importance_floor <= 1, "importanceFloor must be from 0 to 1");
  check(Number.isSafeInteger(p.keep_recent) && p.keep_recent >= 0, "keepRecent must be an integer >= 0");
  check(Number.isFinite(p.prune_threshold) && p.prune_threshold > 0 && p.prune_threshold <= 1, "pruneThreshold must be above 0 and at most 1");
  check(
    p.max_message_tokens === null || Number.isSafeInteger(p.max_message_tokens) && p.max_message_tokens >= 1,
    "maxMessageTokens must be an integer >= 1"
  );
  return p;
}
function resolveMaxTokens(value, fallback = DEFAULT_MAX_TOKENS) {
  const v = value ?? fallback;
  check(Number.isSafeInteger(v) && v >= 1 && v <= MAX_MAX_TOKENS, `maxTokens must be an integer from 1 to ${MAX_MAX_TOKENS}`);
  return v;
}
function pruneLimit(maxTokens, policy2) {
  return Math.round(maxTokens * policy2.prune_threshold * 1e6) / 1e6;
}
function messageCap(maxTokens, policy2) {
  return policy2.max_message_tokens ?? Math.max(1, Math.floor(pruneLimit(maxTokens, policy2) / 2));
}
function systemBudget(maxTokens, policy2) {
  return Math.max(1, Math.floor(pruneLimit(maxTokens, policy2) / 2));
}

// src/context/json.ts
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_DEPTH = 8;
var MAX_STRING = 4096;
var MAX_ENTRIES = 200;
function toPlainJson(value, depth = 0) {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}\u2026` : value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object") return void 0;
  if (depth >= MAX_DEPTH) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) {
    return value.slice(0, MAX_ENTRIES).map((v) => {
      const c = toPlainJson(v, depth + 1);
      return c === void 0 ? null : c;
    });
  }
  const out = {};
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(k)) continue;
    if (n++ >= MAX_ENTRIES) break;
    const c = toPlainJson(v, depth + 1);
    if (c !== void 0) out[k] = c;
  }
  return out;
}
function parseJsonStrict(text) {
  let forbidden = null;
  let value;
  try {
    value = JSON.parse(text, function(key, v) {
      if (forbidden === null && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
  } catch (e) {
    return { ok: false, reason: `not valid JSON: ${e.message}` };
  }
  if (forbidden !== null) return { ok: false, reason: `forbidden key "${forbidden}"` };
  return { ok: true, value };
}
function isPlainObject(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

// src/context/session.ts
var MAX_CONTENT_CHARS = 32768;
var MAX_PRUNE_RECORDS = 50;
var SPEC_ITEM_CHARS = 400;
function iso(now) {
  return toDate(now).toISOString();
}
function droppable(m, index, count, opts) {
  if (m.role === "system") return false;
  if (m.metadata.kind === REQUIREMENT_KIND) return false;
  if (m.importance >= opts.importanceFloor) return false;
  if (index >= count - opts.keepRecent) return false;
  return true;
}
function planPrune(messages, incoming, opts) {
  let total = incoming;
  for (const m of messages) total += m.tokens;
  if (total <= opts.limit) return { kept: [...messages], dropped: [], tokensAfter: total, needed: false, overBudget: false };
  const drop = /* @__PURE__ */ new Set();
  for (let i = 0; i < messages.length && total > opts.limit; i++) {
    if (!droppable(messages[i], i, messages.length, opts)) continue;
    drop.add(i);
    total -= messages[i].tokens;
  }
  return {
    kept: messages.filter((_, i) => !drop.has(i)),
    dropped: messages.filter((_, i) => drop.has(i)),
    tokensAfter: total,
    needed: true,
    overBudget: total > opts.limit
  };
}
function pruneInto(session2, incoming, timestamp2, why) {
  const policy2 = session2.metadata.policy;
  const limit = pruneLimit(session2.max_tokens, policy2);
  const plan = planPrune(session2.messages, incoming, {
    limit,
    importanceFloor: policy2.importance_floor,
    keepRecent: policy2.keep_recent
  });
  if (!plan.needed) return session2;
  const before = session2.current_tokens + incoming;
  const dropTokens = plan.dropped.reduce((n, m) => n + m.tokens, 0);
  const counts = /* @__PURE__ */ new Map();
  for (const m of plan.dropped) counts.set(m.metadata.kind, (counts.get(m.metadata.kind) ?? 0) + 1);
  const kinds = Object.fromEntries(counts);
  const percent = Math.round(policy2.prune_threshold * 1e5) / 1e3;
  const reasons = [`${why}: ${before} tokens would be over the limit of ${limit} (${percent}% of ${session2.max_tokens})`];
  if (plan.dropped.length) {
    reasons.push(
      `dropped ${plan.dropped.length} message(s) oldest first below importance ${policy2.importance_floor}, outside the ${policy2.keep_recent} most recent`
    );
  }
  if (plan.overBudget) {
    reasons.push(
      `still over the limit at ${plan.tokensAfter} tokens: every remaining message is a system message, a requirement, at or above importance ${policy2.importance_floor} or among the ${policy2.keep_recent} most recent`
    );
  }
  const record = {
    timestamp: timestamp2,
    count: plan.dropped.length,
    tokens: dropTokens,
    reasons,
    kinds,
    tokens_before: before,
    tokens_after: plan.tokensAfter,
    limit,
    over_budget: plan.overBudget
  };
  return {
    ...session2,
    messages: plan.kept,
    current_tokens: plan.tokensAfter - incoming,
    metadata: { ...session2.metadata, pruned: [...session2.metadata.pruned, record].slice(-MAX_PRUNE_RECORDS) }
  };
}
function fitContent(tk, content, cap) {
  let text = content;
  let cutChars = false;
  if (text.length > MAX_CONTENT_CHARS) {
    text = text.slice(0, MAX_CONTENT_CHARS);
    if (/[\uD800-\uDBFF]$/u.test(text)) text = text.slice(0, -1);
    cutChars = true;
  }
  const tokens = tk.count(text);
  if (tokens <= cap && !cutChars) return { content: text, tokens, truncated: false };
  const marker = cutChars ? `
\u2026 [truncated: ${content.length} characters in the original]` : `
\u2026 [truncated: ${tokens} tokens in the original]`;
  const out = truncateWithMarker(tk, text, cap, marker);
  return { content: out, tokens: tk.count(out), truncated: true };
}
function buildMessage(tk, session2, input, timestamp2) {
  if (!isValidKind(input.kind)) throw new TypeError(`message kind "${String(input.kind)}" is not a snake_case name`);
  if (typeof input.content !== "string") throw new TypeError("message content must be a string");
  const role = input.role ?? "assistant";
  if (!ROLES.includes(role)) throw new TypeError(`message role "${String(role)}" is not one of ${ROLES.join(", ")}`);
  if (input.importance !== void 0 && !(Number.isFinite(input.importance) && input.importance >= 0 && input.importance <= 1)) {
    throw new TypeError("message importance must be from 0 to 1");
  }
  const policy2 = session2.metadata.policy;
  const cap = role === "system" ? systemBudget(session2.max_tokens, policy2) : messageCap(session2.max_tokens, policy2);
  const fitted = fitContent(tk, input.content, cap);
  const extra = input.metadata ? toPlainJson(input.metadata) : {};
  return {
    role,
    content: fitted.content,
    timestamp: timestamp2,
    metadata: {
      ...extra,
      kind: input.kind,
      ...input.stage !== void 0 ? { stage: String(input.stage) } : {},
      ...fitted.truncated ? { truncated: true } : {}
    },
    tokens: fitted.tokens,
    importance: role === "system" ? 1 : input.importance ?? importanceOf(input.kind, policy2.importance)
  };
}
async function addMessage(session2, input, now = Date.now()) {
  const tk = await loadTokenizer();
  const timestamp2 = iso(now);
  const message3 = buildMessage(tk, session2, input, timestamp2);
  const pruned = pruneInto(session2, message3.tokens, timestamp2, `adding a ${message3.metadata.kind} message of ${message3.tokens} tokens`);
  return {
    ...pruned,
    messages: [...pruned.messages, message3],
    current_tokens: pruned.current_tokens + message3.tokens,
    metadata: { ...pruned.metadata, updated_at: timestamp2 }
  };
}
function oneLine(text, max) {
  const s = text.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
function itemLine(item) {
  const box = item.checked === void 0 ? "" : item.checked ? "[x] " : "[ ] ";
  return `- ${box}${item.id ? `${item.id}: ` : ""}${oneLine(item.text, SPEC_ITEM_CHARS)}`;
}
function summarizeSpec(tk, component, spec, budget) {
  const head = [
    `Component "${oneLine(component, 100)}". This session carries what earlier runs of spec-to-production learned about it.`,
    `Specification: ${spec.title ? oneLine(spec.title, 200) : "(untitled)"} (${oneLine(spec.file, 300)})`,
    `Counts: ${spec.requirements.length} requirements, ${spec.acceptance_criteria.length} acceptance criteria, ${spec.sections.length} sections, ${spec.line_count} lines.`
  ];
  const status = spec.frontmatter["status"];
  if (typeof status === "string") head.push(`Status: ${oneLine(status, 40)}`);
  const reqLines = spec.requirements.map(itemLine);
  const acLines = spec.acceptance_criteria.map(itemLine);
  const render2 = (nReq2, nAc2) => {
    const out = [...head, "", `Requirements (${reqLines.length}):`];
    if (reqLines.length === 0) out.push("- none found in the spec");
    out.push(...reqLines.slice(0, nReq2));
    if (nReq2 < reqLines.length) out.push(`- \u2026 and ${reqLines.length - nReq2} more requirements, not listed to keep this summary within ${budget} tokens`);
    out.push("", `Acceptance criteria (${acLines.length}):`);
    if (acLines.length === 0) out.push("- none found in the spec");
    out.push(...acLines.slice(0, nAc2));
    if (nAc2 < acLines.length) out.push(`- \u2026 and ${acLines.length - nAc2} more acceptance criteria, not listed to keep this summary within ${budget} tokens`);
    return out.join("\n");
  };
  let used = tk.count(render2(0, 0));
  let nReq = 0;
  while (nReq < reqLines.length) {
    const cost = tk.count(reqLines[nReq]) + 1;
    if (used + cost > budget) break;
    used += cost;
    nReq++;
  }
  let nAc = 0;
  if (nReq === reqLines.length) {
    while (nAc < acLines.length) {
      const cost = tk.count(acLines[nAc]) + 1;
      if (used + cost > budget) break;
      used += cost;
      nAc++;
    }
  }
  let content = render2(nReq, nAc);
  while (tk.count(content) > budget && nReq + nAc > 0) {
    if (nAc > 0) nAc--;
    else nReq--;
    content = render2(nReq, nAc);
  }
  if (tk.count(content) > budget) content = tk.truncate(content, budget);
  return { content, requirementsListed: nReq, criteriaListed: nAc };
}
function specMessage(tk, component, spec, maxTokens, policy2, timestamp2) {
  const summary = summarizeSpec(tk, component, spec, systemBudget(maxTokens, policy2));
  return {
    role: "system",
    content: summary.content,
    timestamp: timestamp2,
    metadata: {
      kind: REQUIREMENT_KIND,
      source: "specification",
      spec_file: spec.file,
      requirements: spec.requirements.length,
      requirements_listed: summary.requirementsListed,
      acceptance_criteria: spec.acceptance_criteria.length,
      acceptance_criteria_listed: summary.criteriaListed
    },
    tokens: tk.count(summary.content),
    importance: 1
  };
}
function specInfo(spec) {
  return { file: spec.file, title: spec.title, requirements: spec.requirements.length, acceptance_criteria: spec.acceptance_criteria.length };
}
function isSpecSummary(m) {
  return m.role === "system" && m.metadata.source === "specification";
}
async function createSession(opts) {
  if (!isValidComponent(opts.component)) throw new TypeError(`invalid component name "${opts.component}"`);
  const tk = await loadTokenizer();
  const policy2 = resolvePolicy(null, opts);
  const maxTokens = resolveMaxTokens(opts.maxTokens);
  const timestamp2 = iso(opts.now);
  const system = specMessage(tk, opts.component, opts.spec, maxTokens, policy2, timestamp2);
  return {
    session_id: sessionIdFor(opts.component, opts.now),
    messages: [system],
    max_tokens: maxTokens,
    current_tokens: system.tokens,
    metadata: {
      component: opts.component,
      created_at: timestamp2,
      updated_at: timestamp2,
      continued_from: null,
      pruned: [],
      policy: policy2,
      spec: specInfo(opts.spec)
    }
  };
}
async function continueSession(previous, opts) {
  const tk = await loadTokenizer();
  const component = previous.metadata.component;
  const policy2 = resolvePolicy(previous.metadata.policy, opts);
  const maxTokens = resolveMaxTokens(opts.maxTokens, previous.max_tokens);
  const timestamp2 = iso(opts.now);
  const id = sessionIdFor(component, opts.now);
  const sameDay = id === previous.session_id;
  const recount = (m) => {
    const cap = m.role === "system" ? systemBudget(maxTokens, policy2) : messageCap(maxTokens, policy2);
    const fitted = fitContent(tk, m.content, cap);
    return {
      ...m,
      content: fitted.content,
      tokens: fitted.tokens,
      importance: m.role === "system" ? 1 : m.importance,
      metadata: fitted.truncated ? { ...m.metadata, truncated: true } : m.metadata
    };
  };
  let messages = previous.messages.map(recount);
  if (opts.spec) messages = [specMessage(tk, component, opts.spec, maxTokens, policy2, timestamp2), ...messages.filter((m) => !isSpecSummary(m))];
  const session2 = {
    session_id: id,
    messages,
    max_tokens: maxTokens,
    current_tokens: messages.reduce((n, m) => n + m.tokens, 0),
    metadata: {
      component,
      created_at: sameDay ? previous.metadata.created_at : timestamp2,
      updated_at: timestamp2,
      continued_from: sameDay ? previous.metadata.continued_from : previous.session_id,
      pruned: sameDay ? [...previous.metadata.pruned] : [],
      policy: policy2,
      spec: opts.spec ? specInfo(opts.spec) : previous.metadata.spec
    }
  };
  return pruneInto(session2, 0, timestamp2, sameDay ? `continuing ${id}` : `continuing ${previous.session_id} as ${id}`);
}

// src/context/validate.ts
var MAX_MESSAGES = 1e4;
var MAX_PRUNE_RECORDS_READ = 1e3;
var Invalid = class extends Error {
};
function fail(path, what) {
  throw new Invalid(`${path}: ${what}`);
}
function str(v, path) {
  if (typeof v !== "string") fail(path, "must be a string");
  return v;
}
function timestamp(v, path) {
  const s = str(v, path);
  if (s.length > 40 || Number.isNaN(Date.parse(s))) fail(path, "must be an ISO 8601 timestamp");
  return s;
}
function int(v, path, min) {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min) fail(path, `must be an integer >= ${min}`);
  return v;
}
function unit(v, path) {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1) fail(path, "must be a number from 0 to 1");
  return v;
}
function obj(v, path) {
  if (!isPlainObject(v)) fail(path, "must be an object");
  return v;
}
function message(v, path) {
  const m = obj(v, path);
  if (typeof m.role !== "string" || !ROLES.includes(m.role)) fail(`${path}.role`, `must be one of ${ROLES.join(", ")}`);
  const rawMeta = obj(m.metadata, `${path}.metadata`);
  if (!isValidKind(rawMeta.kind)) fail(`${path}.metadata.kind`, "must be a snake_case name");
  const metadata = toPlainJson(rawMeta);
  return {
    role: m.role,
    content: str(m.content, `${path}.content`),
    timestamp: timestamp(m.timestamp, `${path}.timestamp`),
    metadata,
    tokens: int(m.tokens, `${path}.tokens`, 0),
    importance: unit(m.importance, `${path}.importance`)
  };
}
function pruneRecord(v, path) {
  const r = obj(v, path);
  const kinds = {};
  if (r.kinds !== void 0) {
    for (const [k, n] of Object.entries(obj(r.kinds, `${path}.kinds`))) {
      if (!isValidKind(k)) fail(`${path}.kinds`, `"${k}" is not a kind name`);
      kinds[k] = int(n, `${path}.kinds.${k}`, 0);
    }
  }
  const reasons = r.reasons === void 0 ? [] : r.reasons;
  if (!Array.isArray(reasons) || reasons.some((x) => typeof x !== "string")) fail(`${path}.reasons`, "must be a list of strings");
  const num2 = (x, p) => {
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) fail(p, "must be a number >= 0");
    return x;
  };
  return {
    timestamp: timestamp(r.timestamp, `${path}.timestamp`),
    count: int(r.count, `${path}.count`, 0),
    tokens: int(r.tokens, `${path}.tokens`, 0),
    reasons: reasons.slice(0, 20),
    kinds,
    tokens_before: r.tokens_before === void 0 ? 0 : int(r.tokens_before, `${path}.tokens_before`, 0),
    tokens_after: r.tokens_after === void 0 ? 0 : int(r.tokens_after, `${path}.tokens_after`, 0),
    limit: r.limit === void 0 ? 0 : num2(r.limit, `${path}.limit`),
    over_budget: r.over_budget === true
  };
}
function policy(v, path) {
  if (v === void 0) return defaultPolicy();
  const p = obj(v, path);
  let importance;
  try {
    importance = resolveImportanceTable(p.importance === void 0 ? void 0 : obj(p.importance, `${path}.importance`));
  } catch (e) {
    if (e instanceof Invalid) throw e;
    fail(`${path}.importance`, e.message);
  }
  const base = defaultPolicy();
  const threshold = p.prune_threshold === void 0 ? base.prune_threshold : unit(p.prune_threshold, `${path}.prune_threshold`);
  if (threshold === 0) fail(`${path}.prune_threshold`, "must be above 0");
  return {
    importance,
    importance_floor: p.importance_floor === void 0 ? base.importance_floor : unit(p.importance_floor, `${path}.importance_floor`),
    keep_recent: p.keep_recent === void 0 ? base.keep_recent : int(p.keep_recent, `${path}.keep_recent`, 0),
    prune_threshold: threshold,
    max_message_tokens: p.max_message_tokens === void 0 || p.max_message_tokens === null ? null : int(p.max_message_tokens, `${path}.max_message_tokens`, 1)
  };
}
function specInfo2(v, path) {
  if (v === void 0 || v === null) return null;
  const s = obj(v, path);
  if (s.title !== null && typeof s.title !== "string") fail(`${path}.title`, "must be a string or null");
  return {
    file: str(s.file, `${path}.file`),
    title: s.title,
    requirements: int(s.requirements, `${path}.requirements`, 0),
    acceptance_criteria: int(s.acceptance_criteria, `${path}.acceptance_criteria`, 0)
  };
}
function session(v) {
  const s = obj(v, "session");
  if (!isValidSessionId(s.session_id)) fail("session_id", "must be <component>-workflow-<YYYY-MM-DD>");
  const id = s.session_id;
  if (!Array.isArray(s.messages)) fail("messages", "must be a list");
  if (s.messages.length > MAX_MESSAGES) fail("messages", `more than ${MAX_MESSAGES} messages`);
  const messages = s.messages.map((m, i) => message(m, `messages[${i}]`));
  const maxTokens = int(s.max_tokens, "max_tokens", 1);
  int(s.current_tokens, "current_tokens", 0);
  const meta = obj(s.metadata, "metadata");
  const component = str(meta.component, "metadata.component");
  if (!isValidComponent(component)) fail("metadata.component", "is not a valid component name");
  if (parseSessionId(id)?.component !== component) fail("metadata.component", `does not match session_id ${id}`);
  const continuedFrom = meta.continued_from ?? null;
  if (continuedFrom !== null && !isValidSessionId(continuedFrom)) fail("metadata.continued_from", "must be a session id or null");
  const pruned = meta.pruned ?? [];
  if (!Array.isArray(pruned)) fail("metadata.pruned", "must be a list");
  if (pruned.length > MAX_PRUNE_RECORDS_READ) fail("metadata.pruned", `more than ${MAX_PRUNE_RECORDS_READ} records`);
  return {
    session_id: id,
    messages,
    max_tokens: maxTokens,
    // Recomputed rather than trusted.
    current_tokens: messages.reduce((n, m) => n + m.tokens, 0),
    metadata: {
      component,
      created_at: timestamp(meta.created_at, "metadata.created_at"),
      updated_at: timestamp(meta.updated_at, "metadata.updated_at"),
      continued_from: continuedFrom,
      pruned: pruned.map((r, i) => pruneRecord(r, `metadata.pruned[${i}]`)),
      policy: policy(meta.policy, "metadata.policy"),
      spec: specInfo2(meta.spec, "metadata.spec")
    }
  };
}
function validateSession(value) {
  try {
    return { ok: true, session: session(value) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message };
    throw e;
  }
}

// src/context/repository.ts
import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { mkdir, open, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
function defaultContextRoot(workspace) {
  return join(workspace, ".spec-to-production", "context");
}
async function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, text, { flag: "wx" });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => void 0);
    throw e;
  }
}
function isErrno(e, ...codes) {
  return typeof e === "object" && e !== null && codes.includes(e.code ?? "");
}
var SessionRepository = class {
  root;
  maxFileBytes;
  constructor(root, options = {}) {
    this.root = root;
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  }
  dir(location) {
    return join(this.root, location);
  }
  /** Path of a session file; throws on an id that is not a session id (so ids never become paths elsewhere). */
  path(id, location = "sessions") {
    if (!isValidSessionId(id)) throw new Error(`invalid session id "${id}"`);
    return join(this.root, location, `${id}.json`);
  }
  /** Path of the agent brief written next to the session JSON. */
  briefPath(id, location = "sessions") {
    if (!isValidSessionId(id)) throw new Error(`invalid session id "${id}"`);
    return join(this.root, location, `${id}.context.md`);
  }
  /** Writes `sessions/<id>.json` atomically; returns its path. */
  async save(session2) {
    const text = `${JSON.stringify(session2, null, 2)}
`;
    const parsed = parseJsonStrict(text);
    const checked = parsed.ok ? validateSession(parsed.value) : parsed;
    if (!checked.ok) throw new Error(`refusing to save an invalid session: ${checked.reason}`);
    if (Buffer.byteLength(text) > this.maxFileBytes) throw new Error(`refusing to save session ${session2.session_id}: larger than ${this.maxFileBytes} bytes`);
    const path = this.path(session2.session_id);
    await mkdir(this.dir("sessions"), { recursive: true });
    await writeAtomic(path, text);
    return path;
  }
  /** Writes the agent brief `sessions/<id>.context.md` atomically; returns its path. */
  async writeBrief(id, text) {
    const path = this.briefPath(id);
    await mkdir(this.dir("sessions"), { recursive: true });
    await writeAtomic(path, text.endsWith("\n") ? text : `${text}
`);
    return path;
  }
  /** Reads and checks one file. Never throws for the file's content or absence. */
  async readFile(file, expectedId) {
    let handle;
    try {
      handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      if (isErrno(e, "ENOENT")) return { ok: false, file, reason: "not found" };
      if (isErrno(e, "ELOOP", "EMLINK")) return { ok: false, file, reason: "is a symbolic link" };
      return { ok: false, file, reason: `unreadable: ${e.message}` };
    }
    let text;
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return { ok: false, file, reason: "not a regular file" };
      if (stat.size > this.maxFileBytes) return { ok: false, file, reason: `too large (${stat.size} bytes, limit ${this.maxFileBytes})` };
      const buf = Buffer.alloc(stat.size);
      const { bytesRead } = await handle.read(buf, 0, stat.size, 0);
      text = buf.subarray(0, bytesRead).toString("utf8");
    } catch (e) {
      return { ok: false, file, reason: `unreadable: ${e.message}` };
    } finally {
      await handle.close().catch(() => void 0);
    }
    const parsed = parseJsonStrict(text);
    if (!parsed.ok) return { ok: false, file, reason: parsed.reason };
    const checked = validateSession(parsed.value);
    if (!checked.ok) return { ok: false, file, reason: `not a session: ${checked.reason}` };
    if (expectedId !== void 0 && checked.session.session_id !== expectedId) {
      return { ok: false, file, reason: `holds session ${checked.session.session_id}, not ${expectedId}` };
    }
    return { ok: true, session: checked.session, file, archived: file.startsWith(this.dir("archive") + sep) };
  }
  /** Loads a session by id from sessions/, else from archive/. */
  async load(id) {
    if (!isValidSessionId(id)) return { ok: false, file: null, reason: `invalid session id "${id}"` };
    const active = await this.readFile(this.path(id, "sessions"), id);
    if (active.ok || active.reason !== "not found") return active;
    const archived = await this.readFile(this.path(id, "archive"), id);
    if (archived.ok || archived.reason !== "not found") return archived;
    return { ok: false, file: null, reason: `no session ${id}` };
  }
  /** Every readable session in sessions/ and archive/, and the files ignored with why. */
  async list() {
    const sessions = [];
    const ignored = [];
    for (const location of ["sessions", "archive"]) {
      const dir = this.dir(location);
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (e) {
        if (isErrno(e, "ENOENT", "ENOTDIR")) continue;
        ignored.push({ file: dir, reason: `unreadable: ${e.message}` });
        continue;
      }
      for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
        if (!entry.name.endsWith(".json")) continue;
        const file = join(dir, entry.name);
        const id = entry.name.slice(0, -".json".length);
        if (!isValidSessionId(id)) {
          ignored.push({ file, reason: "file name is not <session_id>.json" });
          continue;
        }
        const r = await this.readFile(file, id);
        if (!r.ok) {
          ignored.push({ file, reason: r.reason });
          continue;
        }
        const s = r.session;
        sessions.push({
          id: s.session_id,
          component: s.metadata.component,
          created_at: s.metadata.created_at,
          updated_at: s.metadata.updated_at,
          messages: s.messages.length,
          tokens: s.current_tokens,
          max_tokens: s.max_tokens,
          continued_from: s.metadata.continued_from,
          archived: location === "archive",
          file
        });
      }
    }
    sessions.sort(newestFirst);
    return { sessions, ignored };
  }
  /**
   * The most recent session of `component` in sessions/ or archive/ (runs archive theirs at the end, so the previous
   * run's session is usually in archive/). Newest by updated_at, then by id; an active file wins a tie.
   */
  async latest(component) {
    return (await this.scan(component)).latest;
  }
  /** `latest(component)` and every file ignored on the way (for warnings). */
  async scan(component) {
    if (!isValidComponent(component)) return { latest: null, ignored: [] };
    const { sessions, ignored } = await this.list();
    for (const s of sessions) {
      if (s.component !== component || parseSessionId(s.id)?.component !== component) continue;
      const r = await this.readFile(s.file, s.id);
      if (r.ok) return { latest: { session: r.session, file: r.file, archived: r.archived }, ignored };
    }
    return { latest: null, ignored };
  }
  /** Moves `sessions/<id>.json` (and its brief, if any) to archive/; returns the archived JSON's path. */
  async archive(id) {
    const from = this.path(id, "sessions");
    const to = this.path(id, "archive");
    await mkdir(this.dir("archive"), { recursive: true });
    try {
      await rename(from, to);
    } catch (e) {
      if (isErrno(e, "ENOENT")) throw new Error(`cannot archive session ${id}: ${from} does not exist`, { cause: e });
      throw e;
    }
    try {
      await rename(this.briefPath(id, "sessions"), this.briefPath(id, "archive"));
    } catch (e) {
      if (!isErrno(e, "ENOENT")) throw e;
    }
    return to;
  }
  /** Deletes archived sessions of `component` beyond the `keep` newest (JSON and brief); returns the ids deleted. */
  async trimArchive(component, keep) {
    if (!isValidComponent(component)) return [];
    const { sessions } = await this.list();
    const archived = sessions.filter((s) => s.archived && s.component === component);
    const deleted = [];
    for (const s of archived.slice(Math.max(0, keep))) {
      await rm(this.path(s.id, "archive"), { force: true });
      await rm(this.briefPath(s.id, "archive"), { force: true });
      deleted.push(s.id);
    }
    return deleted;
  }
};
function newestFirst(a, b) {
  const ta = Date.parse(a.updated_at);
  const tb = Date.parse(b.updated_at);
  if (ta !== tb) return tb - ta;
  if (a.id !== b.id) return a.id < b.id ? 1 : -1;
  if (a.archived !== b.archived) return a.archived ? 1 : -1;
  return 0;
}

// src/context/describe.ts
var GATE_KEYS = {
  test_coverage: { value: "coverage", threshold: "threshold", cmp: ">=", unit: "%" },
  test_pass_rate: { value: "pass_rate", threshold: "required", cmp: ">=", unit: "%" },
  linting: { value: "issue_count", threshold: "max_issues", cmp: "<=" },
  type_checking: { value: "error_count", threshold: "max_errors", cmp: "<=" }
};
var SECURITY_PAIRS = [
  ["secret_count", "max_secrets"],
  ["critical", "max_critical"],
  ["high", "max_high"],
  ["medium", "max_medium"]
];
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? String(v) : null;
}
function gateMeasurements(gateKey, gate) {
  const d = gate.details ?? {};
  const own = (k) => Object.prototype.hasOwnProperty.call(d, k) ? d[k] : void 0;
  const spec = GATE_KEYS[gateKey] ?? GATE_KEYS[gate.gate_name];
  if (spec) {
    const value = num(own(spec.value));
    if (value === null) return [];
    const threshold = num(own(spec.threshold));
    const u = spec.unit ?? "";
    return [`${spec.value} ${value}${u}${threshold === null ? "" : ` (threshold ${spec.cmp === ">=" ? "\u2265" : "\u2264"} ${threshold}${u})`}`];
  }
  if (gateKey === "security" || gate.gate_name === "security") {
    const out = [];
    for (const [v, t] of SECURITY_PAIRS) {
      const value = num(own(v));
      if (value === null) continue;
      const threshold = num(own(t));
      out.push(`${v} ${value}${threshold === null ? "" : ` (threshold \u2264 ${threshold})`}`);
    }
    return out;
  }
  return Object.entries(d).filter(([, v]) => num(v) !== null).slice(0, 4).map(([k, v]) => `${k} ${num(v)}`);
}
function gateLine(gateKey, gate) {
  const m = gateMeasurements(gateKey, gate);
  return `${gate.passed ? "\u2713" : "\u2717"} ${gateKey}${m.length ? `: ${m.join(", ")}` : ""}`;
}
function stageKind(stage) {
  switch (stage) {
    case "testing":
      return "test_results";
    case "refactoring":
      return "implementation_completion";
    case "staging_deployment":
      return "deployment_status";
    case "production_deployment":
      return "production_status";
    default:
      return "progress_update";
  }
}
function stageMessage(stage) {
  const lines = [`Stage ${stage.stage_name} ${stage.status} in ${stage.execution_time_ms}ms${stage.retries ? ` after ${stage.retries} retries` : ""}.`];
  for (const [key, gate] of Object.entries(stage.quality_gates)) {
    lines.push(`- ${gateLine(key, gate)}${gate.passed ? "" : gate.errors[0] ? ` \u2014 ${gate.errors[0]}` : ""}`);
  }
  for (const e of stage.errors.slice(0, 5)) lines.push(`- error: ${e}`);
  if (stage.errors.length > 5) lines.push(`- \u2026 ${stage.errors.length - 5} more errors`);
  const failed = Object.entries(stage.quality_gates).filter(([, g]) => !g.passed).map(([k]) => k);
  return {
    kind: stageKind(stage.stage_name),
    role: "tool",
    stage: stage.stage_name,
    content: lines.join("\n"),
    metadata: { status: stage.status, failed_gates: failed, ...stage.error_type ? { error_type: stage.error_type } : {} }
  };
}

// src/context/brief.ts
var SECTION_TITLES = {
  component: "The component and its requirements",
  failures: "Open failures",
  gates: "Latest gate results",
  decisions: "Decisions",
  history: "History"
};
var SECTION_ORDER = ["component", "failures", "gates", "decisions", "history"];
var ITEM_NAMES = {
  component: ["spec summary", "spec summaries"],
  failures: ["failure", "failures"],
  gates: ["gate result", "gate results"],
  decisions: ["decision", "decisions"],
  history: ["history entry", "history entries"]
};
var FAILURE_IMPORTANCE = 1;
var GATE_IMPORTANCE = 0.9;
function isDecision(kind) {
  return kind.endsWith("_decision") || kind.endsWith("_choice");
}
function indentRest(text) {
  return text.replace(/\r\n?/g, "\n").split("\n").join("\n  ");
}
function messageItem(m) {
  const tags = [m.timestamp, m.metadata.kind, ...typeof m.metadata.stage === "string" ? [m.metadata.stage] : [], `importance ${m.importance}`];
  return `- [${tags.join(" \xB7 ")}] ${indentRest(m.content)}`;
}
function header(session2, report, budget) {
  const lines = [
    `# Context brief: ${session2.metadata.component}`,
    "",
    `Session \`${session2.session_id}\`${session2.metadata.continued_from ? ` (continued from \`${session2.metadata.continued_from}\`)` : ""}, updated ${session2.metadata.updated_at}; ${session2.messages.length} messages, ${session2.current_tokens} of ${session2.max_tokens} tokens. This brief keeps to ${budget} tokens, most important content first.`
  ];
  if (session2.metadata.spec) lines.push(`Specification: ${session2.metadata.spec.title ?? "(untitled)"} (\`${session2.metadata.spec.file}\`).`);
  if (report) {
    const verdict = report.success ? "\u2713 succeeded" : report.cancelled ? "\u2717 cancelled" : "\u2717 failed";
    lines.push(
      `Latest run: ${verdict} (target ${report.target_stage}, finished ${report.finished_at}); completed: ${report.stages_completed.join(", ") || "none"}` + (report.stages_failed.length ? `; failed: ${report.stages_failed.join(", ")}` : "") + (report.stages_skipped.length ? `; skipped: ${report.stages_skipped.join(", ")}` : "") + "."
    );
  }
  return lines.join("\n");
}
function reportBlocks(report) {
  const out = [];
  for (const [stageKey, stage] of Object.entries(report.stage_results)) {
    if (!stage) continue;
    for (const [gateKey, gate] of Object.entries(stage.quality_gates)) {
      const line = gateLine(`${stageKey}.${gateKey}`, { ...gate, gate_name: gateKey });
      out.push({ section: "gates", importance: GATE_IMPORTANCE, text: `- ${line}`, age: Infinity, kind: "gate" });
      if (gate.passed) continue;
      const detail = [`- ${line}`, ...gate.errors.slice(0, 3).map((e) => `  - ${indentRest(e)}`)];
      for (const f of gate.findings.slice(0, 3)) {
        detail.push(`  - ${f.file}${f.line ? `:${f.line}` : ""} ${f.tool}${f.rule ? `/${f.rule}` : ""}: ${indentRest(f.message)}`);
      }
      if (gate.findings.length > 3) detail.push(`  - \u2026 ${gate.findings.length - 3} more findings`);
      out.push({ section: "failures", importance: FAILURE_IMPORTANCE, text: detail.join("\n"), age: Infinity, kind: "failure" });
    }
    for (const e of stage.errors.slice(0, 5)) {
      out.push({ section: "failures", importance: FAILURE_IMPORTANCE, text: `- \u2717 ${stageKey}: ${indentRest(e)}`, age: Infinity, kind: "failure" });
    }
  }
  for (const e of report.errors.slice(0, 5)) {
    out.push({ section: "failures", importance: FAILURE_IMPORTANCE, text: `- \u2717 run: ${indentRest(e)}`, age: Infinity, kind: "failure" });
  }
  return out;
}
function render(head, blocks, omitted) {
  const parts = [head];
  for (const section of SECTION_ORDER) {
    const items = blocks.filter((b) => b.section === section);
    if (items.length === 0) continue;
    parts.push(`## ${SECTION_TITLES[section]}

${items.map((b) => b.text).join("\n")}`);
  }
  if (omitted) parts.push(omitted);
  return `${parts.join("\n\n")}
`;
}
function omittedNote(removed, budget) {
  if (removed.length === 0) return "";
  const lines = [`## Omitted to fit the ${budget}-token budget (lowest importance first)`, ""];
  for (const section of SECTION_ORDER) {
    const items = removed.filter((b) => b.section === section);
    if (items.length === 0) continue;
    const kinds = /* @__PURE__ */ new Map();
    for (const b of items) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
    const byKind = [...kinds].map(([k, n]) => n > 1 ? `${k} \xD7${n}` : k).join(", ");
    const tokens = items.reduce((n, b) => n + b.tokens, 0);
    lines.push(`- ${items.length} ${ITEM_NAMES[section][items.length === 1 ? 0 : 1]}: ${byKind} (${tokens} tokens)`);
  }
  return lines.join("\n");
}
async function renderBrief(session2, report, options = {}) {
  const tk = await loadTokenizer();
  const budget = Math.max(1, Math.floor(options.budget ?? session2.max_tokens));
  const head = header(session2, report, budget);
  const raw = [];
  session2.messages.forEach((m, i) => {
    if (m.role === "system") raw.push({ section: "component", importance: 1, text: m.content, age: i, kind: m.metadata.kind });
  });
  if (report) raw.push(...reportBlocks(report));
  const rest = session2.messages.map((m, i) => ({ m, i })).filter(({ m }) => m.role !== "system").sort((a, b) => b.m.importance - a.m.importance || b.i - a.i);
  for (const { m, i } of rest) {
    raw.push({ section: isDecision(m.metadata.kind) ? "decisions" : "history", importance: m.importance, text: messageItem(m), age: i, kind: m.metadata.kind });
  }
  const sectionRank = (s) => SECTION_ORDER.indexOf(s);
  const blocks = raw.map((b, n) => ({ b, n })).sort((x, y) => sectionRank(x.b.section) - sectionRank(y.b.section) || x.n - y.n).map(({ b }, seq) => ({ ...b, seq, tokens: tk.count(b.text) + 1 }));
  const full = render(head, blocks, "");
  const fullTokens = tk.count(full);
  if (fullTokens <= budget) return full;
  const isSummary = (b) => b.section === "component" ? 1 : 0;
  const cutOrder = [...blocks].sort((a, b) => a.importance - b.importance || isSummary(a) - isSummary(b) || a.age - b.age || b.seq - a.seq);
  const removed = [];
  const gone = /* @__PURE__ */ new Set();
  let estimate = fullTokens;
  for (const b of cutOrder) {
    removed.push(b);
    gone.add(b.seq);
    estimate -= b.tokens;
    const note = omittedNote(removed, budget);
    const noteTokens = tk.count(note) + 2;
    if (estimate + noteTokens > budget) continue;
    const text2 = render(head, blocks.filter((x) => !gone.has(x.seq)), note);
    const n = tk.count(text2);
    if (n <= budget) return text2;
    estimate = n - noteTokens;
  }
  const text = render(head, [], omittedNote(removed, budget));
  return truncateWithMarker(tk, text, budget, "\n\u2026 [brief truncated to its token budget]\n");
}

// src/context/lifecycle.ts
import { resolve } from "node:path";
var DEFAULT_STORE_TIMEOUT_MS = 6e4;
var DEFAULT_ARCHIVE_KEEP = 30;
function message2(e) {
  return e instanceof Error ? e.message : String(e);
}
async function withTimeout(fn, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([Promise.resolve().then(fn), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
function warner(log, warnings) {
  return (text) => {
    warnings.push(text);
    log?.warning(text);
  };
}
async function openSession(opts) {
  const warnings = [];
  const warn = warner(opts.log, warnings);
  const repository = new SessionRepository(opts.root);
  const timeoutMs = opts.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  let restoredDir = null;
  if (opts.store) {
    const store = opts.store;
    try {
      restoredDir = await withTimeout(() => store.restore(opts.component), timeoutMs, "context cache restore");
      if (restoredDir) opts.log?.info(`Context: restored ${opts.component}'s sessions from the cache into ${restoredDir}`);
      else opts.log?.info(`Context: no cached session for ${opts.component}`);
    } catch (e) {
      warn(`Context cache unavailable (${message2(e)}); continuing with local sessions or a fresh one`);
    }
  }
  const candidates = [];
  const look = async (repo, source) => {
    try {
      const { latest, ignored } = await repo.scan(opts.component);
      for (const i of ignored) warn(`Context: ignored ${i.file}: ${i.reason}`);
      if (latest) candidates.push({ session: latest.session, file: latest.file, source });
    } catch (e) {
      warn(`Context: cannot read sessions under ${repo.root}: ${message2(e)}`);
    }
  };
  const sameDir = restoredDir !== null && resolve(restoredDir) === resolve(opts.root);
  if (restoredDir && !sameDir) await look(new SessionRepository(restoredDir), "store");
  await look(repository, sameDir ? "store" : "local");
  candidates.sort((a, b) => Date.parse(b.session.metadata.updated_at) - Date.parse(a.session.metadata.updated_at));
  const previous = candidates[0] ?? null;
  let session2 = null;
  let restoredFrom = null;
  if (previous) {
    try {
      session2 = await continueSession(previous.session, { ...opts, now: opts.now, spec: opts.spec });
      restoredFrom = { source: previous.source, id: previous.session.session_id, file: previous.file };
    } catch (e) {
      if (e instanceof TypeError) throw e;
      warn(`Context: cannot continue ${previous.session.session_id} (${message2(e)}); starting a fresh session`);
    }
  }
  session2 ??= await createSession(opts);
  let file = null;
  try {
    file = await repository.save(session2);
  } catch (e) {
    warn(`Context: cannot save ${session2.session_id}: ${message2(e)}`);
  }
  return { session: session2, repository, restoredFrom, file, warnings };
}
async function saveSession(repository, session2, log) {
  try {
    return await repository.save(session2);
  } catch (e) {
    log?.warning(`Context: cannot save ${session2.session_id}: ${message2(e)}`);
    return null;
  }
}
async function closeSession(repository, session2, opts) {
  const warnings = [];
  const warn = warner(opts.log, warnings);
  let file = null;
  let brief = null;
  try {
    await repository.save(session2);
    await repository.writeBrief(session2.session_id, await renderBrief(session2, opts.report));
    file = await repository.archive(session2.session_id);
    brief = repository.briefPath(session2.session_id, "archive");
  } catch (e) {
    warn(`Context: cannot archive ${session2.session_id}: ${message2(e)}`);
  }
  try {
    await repository.trimArchive(opts.component, opts.archiveKeep ?? DEFAULT_ARCHIVE_KEEP);
  } catch (e) {
    warn(`Context: cannot trim the archive: ${message2(e)}`);
  }
  if (opts.store) {
    const store = opts.store;
    try {
      await withTimeout(() => store.save(opts.component), opts.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS, "context cache save");
    } catch (e) {
      warn(`Context cache save failed (${message2(e)}); the next run starts from what it finds`);
    }
  }
  return { file, brief, warnings };
}

// src/context/cli.ts
var EXPORT_FORMATS = ["md", "json"];
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => c === r.length - 1 ? cell : cell.padEnd(widths[c])).join("  ")).join("\n");
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "\uFFFD");
}
async function listSessions(dir) {
  const { sessions, ignored } = await new SessionRepository(dir).list();
  const out = [];
  if (sessions.length === 0) out.push(`No context sessions in ${dir}`);
  else {
    const rows = [["ID", "COMPONENT", "UPDATED", "MESSAGES", "TOKENS", "STATE"]];
    for (const s of sessions) {
      rows.push([s.id, s.component, s.updated_at, String(s.messages), `${s.tokens}/${s.max_tokens}`, s.archived ? "archived" : "active"]);
    }
    out.push(table(rows));
  }
  for (const i of ignored) out.push(`ignored ${printable(i.file)}: ${printable(i.reason)}`);
  return `${out.join("\n")}
`;
}
async function find(dir, id) {
  const repo = new SessionRepository(dir);
  const r = await repo.load(id);
  if (r.ok) return { session: r.session, archived: r.archived };
  const { sessions } = await repo.list();
  const ids = [...new Set(sessions.map((s) => s.id))];
  if (r.file !== null) throw new Error(`Context session "${printable(id)}" cannot be read (${printable(r.file)}: ${printable(r.reason)})`);
  throw new Error(`Unknown context session "${printable(id)}" in ${dir}. Available: ${ids.length ? ids.join(", ") : "none"}`);
}
async function showSession(dir, id) {
  const { session: s, archived } = await find(dir, id);
  const m = s.metadata;
  const lines = [
    `Session ${s.session_id}${archived ? " (archived)" : ""}`,
    `Component: ${m.component}`,
    `Created: ${m.created_at}  Updated: ${m.updated_at}`,
    `Continued from: ${m.continued_from ?? "none"}`,
    `Specification: ${m.spec ? `${printable(m.spec.title ?? "(untitled)")} (${printable(m.spec.file)}), ${m.spec.requirements} requirements, ${m.spec.acceptance_criteria} acceptance criteria` : "unknown"}`,
    `Tokens: ${s.current_tokens} of ${s.max_tokens} (pruning above ${pruneLimit(s.max_tokens, m.policy)}; keeps importance \u2265 ${m.policy.importance_floor} and the ${m.policy.keep_recent} most recent)`,
    `Messages: ${s.messages.length}`
  ];
  if (m.pruned.length) {
    const count = m.pruned.reduce((n, r) => n + r.count, 0);
    const tokens = m.pruned.reduce((n, r) => n + r.tokens, 0);
    lines.push(`Pruned: ${m.pruned.length} pass(es), ${count} message(s), ${tokens} tokens`);
    for (const r of m.pruned) {
      const kinds = Object.entries(r.kinds).map(([k, n]) => `${k} \xD7${n}`).join(", ") || "nothing";
      lines.push(`  - ${r.timestamp}: dropped ${r.count} (${kinds}), ${r.tokens} tokens; ${r.tokens_before} \u2192 ${r.tokens_after}${r.over_budget ? " (still over the limit)" : ""}`);
    }
  }
  s.messages.forEach((msg, i) => {
    const stage = typeof msg.metadata.stage === "string" ? ` \xB7 ${printable(msg.metadata.stage)}` : "";
    lines.push("", `[${i + 1}] ${msg.role} \xB7 ${msg.metadata.kind}${stage} \xB7 importance ${msg.importance} \xB7 ${msg.tokens} tokens \xB7 ${msg.timestamp}`);
    lines.push(...printable(msg.content).split("\n").map((l) => `    ${l}`));
  });
  return `${lines.join("\n")}
`;
}
async function exportSession(dir, id, format) {
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`Unknown export format "${format}": use ${EXPORT_FORMATS.join(" or ")}`);
  const { session: session2 } = await find(dir, id);
  if (format === "json") return `${JSON.stringify(session2, null, 2)}
`;
  return renderBrief(session2);
}

export {
  ROLES,
  DEFAULT_IMPORTANCE,
  UNKNOWN_KIND_IMPORTANCE,
  REQUIREMENT_KIND,
  isValidKind,
  importanceOf,
  resolveImportanceTable,
  loadTokenizer,
  countTokens,
  isValidSessionId,
  parseSessionId,
  utcDay,
  sessionIdFor,
  DEFAULT_MAX_TOKENS,
  DEFAULT_IMPORTANCE_FLOOR,
  DEFAULT_KEEP_RECENT,
  DEFAULT_PRUNE_THRESHOLD,
  defaultPolicy,
  resolvePolicy,
  pruneLimit,
  planPrune,
  addMessage,
  summarizeSpec,
  createSession,
  continueSession,
  validateSession,
  defaultContextRoot,
  SessionRepository,
  gateMeasurements,
  gateLine,
  stageKind,
  stageMessage,
  renderBrief,
  DEFAULT_STORE_TIMEOUT_MS,
  withTimeout,
  openSession,
  saveSession,
  closeSession,
  EXPORT_FORMATS,
  listSessions,
  showSession,
  exportSession
};
