import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument
} from "./chunk-4LSZ7FBK.js";

// src/spec/types.ts
var MAX_SPEC_BYTES = 5 * 1024 * 1024;
var MAX_FRONTMATTER_CHARS = 64 * 1024;

// src/spec/frontmatter.ts
var MAX_POINTER_DEPTH = 3;
var MAX_REPORTED_YAML_ERRORS = 10;
var MAX_FLOW_DEPTH = 64;
function nestsTooDeep(yaml, max = MAX_FLOW_DEPTH) {
  return tooDeepAt(yaml, max) >= 0;
}
function tooDeepAt(yaml, max = MAX_FLOW_DEPTH) {
  let depth = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}
function parseFrontmatter(yamlText, firstLine, file) {
  const lines = /* @__PURE__ */ Object.create(null);
  const issues = [];
  const empty = () => ({ data: /* @__PURE__ */ Object.create(null), lines, issues });
  const lineCounter = new LineCounter();
  const lineAt = (offset) => lineCounter.linePos(Math.max(0, offset)).line + firstLine - 1;
  if (yamlText.length > MAX_FRONTMATTER_CHARS) {
    issues.push({
      severity: "error",
      file,
      line: firstLine,
      rule: "frontmatter-too-large",
      message: `Frontmatter is ${yamlText.length} characters; at most ${MAX_FRONTMATTER_CHARS} are parsed (it holds metadata: title, owners, paths)`
    });
    return empty();
  }
  if (nestsTooDeep(yamlText)) {
    issues.push({
      severity: "error",
      file,
      line: firstLine,
      rule: "frontmatter-yaml",
      message: `Invalid YAML in frontmatter: it nests [ or { more than ${MAX_FLOW_DEPTH} levels deep; not parsed`
    });
    return empty();
  }
  let doc;
  try {
    doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "silent" });
  } catch (err) {
    issues.push({ severity: "error", file, line: firstLine, rule: "frontmatter-yaml", message: `Invalid YAML in frontmatter: ${errorText(err)}` });
    return empty();
  }
  if (doc.errors.length > 0) {
    for (const err of doc.errors.slice(0, MAX_REPORTED_YAML_ERRORS)) {
      issues.push({
        severity: "error",
        file,
        line: lineAt(err.pos[0]),
        rule: "frontmatter-yaml",
        message: `Invalid YAML in frontmatter: ${firstLineOf(err.message)}`
      });
    }
    return empty();
  }
  for (const warning of doc.warnings.slice(0, MAX_REPORTED_YAML_ERRORS)) {
    issues.push({
      severity: "warning",
      file,
      line: lineAt(warning.pos[0]),
      rule: "frontmatter-yaml-warning",
      message: `YAML warning in frontmatter: ${firstLineOf(warning.message)}`
    });
  }
  const contents = doc.contents;
  if (contents === null || isScalar(contents) && contents.value === null) return empty();
  if (!isMap(contents)) {
    const kind = isSeq(contents) ? "a sequence" : isAlias(contents) ? "an alias" : "a scalar";
    issues.push({
      severity: "error",
      file,
      line: contents.range ? lineAt(contents.range[0]) : firstLine,
      rule: "frontmatter-not-mapping",
      message: `Frontmatter must be a YAML mapping of fields (key: value), found ${kind}`
    });
    return empty();
  }
  let js;
  try {
    js = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    issues.push({ severity: "error", file, line: firstLine, rule: "frontmatter-yaml", message: `Invalid YAML in frontmatter: ${errorText(err)}` });
    return empty();
  }
  collectLines(contents, "", 0, lines, lineAt);
  const data = toPlainData(js);
  if (data === null || typeof data !== "object" || Array.isArray(data)) return empty();
  return { data, lines, issues };
}
function collectLines(node, pointer, depth, out, lineAt) {
  if (depth >= MAX_POINTER_DEPTH) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key) || key.range == null) continue;
      const p = `${pointer}/${escapePointer(String(key.value))}`;
      if (!(p in out)) out[p] = lineAt(key.range[0]);
      collectLines(pair.value, p, depth + 1, out, lineAt);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const p = `${pointer}/${index}`;
      const range = item?.range;
      if (range) out[p] = lineAt(range[0]);
      collectLines(item, p, depth + 1, out, lineAt);
    });
  }
}
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function toPlainData(root) {
  const memo = /* @__PURE__ */ new Map();
  const work = [];
  const shallow = (value) => {
    if (value === null || typeof value !== "object") return value;
    const seen = memo.get(value);
    if (seen !== void 0) return seen;
    if (Array.isArray(value)) {
      const out = [];
      memo.set(value, out);
      work.push([value, out]);
      return out;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const out = /* @__PURE__ */ Object.create(null);
      memo.set(value, out);
      work.push([value, out]);
      return out;
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    return String(value);
  };
  const result = shallow(root);
  while (work.length > 0) {
    const [src, dst] = work.pop();
    if (Array.isArray(dst)) {
      for (const item of src) dst.push(shallow(item));
    } else {
      for (const key of Object.keys(src)) {
        dst[key] = shallow(src[key]);
      }
    }
  }
  return result;
}
function firstLineOf(message) {
  return message.split("\n")[0]?.replace(/\s+at line \d+, column \d+:?$/, "").trim() ?? message;
}
function errorText(err) {
  return err instanceof Error ? firstLineOf(err.message) : String(err);
}

export {
  MAX_SPEC_BYTES,
  MAX_FRONTMATTER_CHARS,
  MAX_FLOW_DEPTH,
  nestsTooDeep,
  tooDeepAt,
  parseFrontmatter
};
