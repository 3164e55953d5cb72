import {
  ReportError
} from "./chunk-6G4JLRTB.js";

// src/reports/findings/json-text.ts
var JSON_LIMITS = { scanAbove: 16 * 1024 * 1024, maxMembers: 4 * 1024 * 1024, maxBytes: 2 * 1024 ** 3 };
var CONTAINER_BYTES = 72;
var SCALAR_BYTES = 24;
function parseJsonText(text, file, format, limits = JSON_LIMITS) {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.length > limits.scanAbove) {
    const over = beyondLimits(body, limits);
    if (over) throw new ReportError(file, format, lineColumn(body, over.at), over.detail);
  }
  try {
    return JSON.parse(body);
  } catch {
    const at = jsonErrorOffset(body);
    if (at < 0) throw new ReportError(file, format, "JSON", "the JSON could not be parsed (too deeply nested?)");
    if (at >= body.length) {
      throw new ReportError(file, format, lineColumn(body, body.length), "unexpected end of input: the JSON is empty or truncated");
    }
    throw new ReportError(file, format, lineColumn(body, at), `unexpected ${describeChar(body.charCodeAt(at))} in JSON`);
  }
}
function beyondLimits(text, limits) {
  const members = [];
  const starts = [];
  const inObject = [];
  let containers = 0;
  let scalars = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 58) continue;
    if (c === 125 || c === 93) {
      members.pop();
      starts.pop();
      inObject.pop();
      continue;
    }
    const depth = members.length - 1;
    if (c === 34) {
      let j = i;
      for (; ; ) {
        j = text.indexOf('"', j + 1);
        if (j === -1) return void 0;
        let backslashes = 0;
        while (text.charCodeAt(j - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      const key = depth >= 0 && inObject[depth] && text.charCodeAt(nextNonBlank(text, j + 1)) === 58;
      if (key) {
        if (++members[depth] > limits.maxMembers) {
          return { at: starts[depth], detail: `an object of more than ${limits.maxMembers.toLocaleString("en-US")} members: not read` };
        }
      } else scalars++;
      i = j;
    } else if (c === 123 || c === 91) {
      containers++;
      members.push(0);
      starts.push(i);
      inObject.push(c === 123);
    } else {
      scalars++;
      while (i + 1 < n && !STOPS.has(text.charCodeAt(i + 1))) i++;
    }
    const bytes = containers * CONTAINER_BYTES + scalars * SCALAR_BYTES;
    if (bytes > limits.maxBytes) {
      const gb = (limits.maxBytes / 1024 ** 3).toLocaleString("en-US", { maximumFractionDigits: 3 });
      return { at: i, detail: `its values would take more than the ${gb} GB of memory a JSON report may take (${containers.toLocaleString("en-US")} objects and arrays and ${scalars.toLocaleString("en-US")} other values by here): not read` };
    }
  }
  return void 0;
}
var STOPS = /* @__PURE__ */ new Set([32, 10, 13, 9, 44, 58, 125, 93, 123, 91, 34]);
function nextNonBlank(text, i) {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) i++;
  return i;
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
function describeChar(code) {
  const ch = String.fromCharCode(code);
  if ('{}[]:,"'.includes(ch)) return `'${ch}'`;
  if (code < 32 || code === 127) return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return "character";
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function jsonSyntaxPlace(text) {
  const at = jsonErrorOffset(text);
  if (at < 0) return " (too deeply nested?)";
  return at >= text.length ? `: unexpected end of input at ${lineColumn(text, text.length)}` : `: unexpected character at ${lineColumn(text, at)}`;
}
function jsonErrorOffset(text) {
  const n = text.length;
  const stack = [];
  let state = "value";
  let i = 0;
  for (; ; ) {
    while (i < n && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
    if (i >= n) return state === "after" && stack.length === 0 ? -1 : n;
    const c = text[i];
    switch (state) {
      case "value":
      case "valueOrClose": {
        if (state === "valueOrClose" && c === "]") {
          stack.pop();
          i++;
          state = "after";
        } else if (c === "{") {
          stack.push(true);
          i++;
          state = "keyOrClose";
        } else if (c === "[") {
          stack.push(false);
          i++;
          state = "valueOrClose";
        } else {
          const end = scanScalar(text, i);
          if (end < 0) return -end - 1;
          i = end;
          state = "after";
        }
        break;
      }
      case "key":
      case "keyOrClose": {
        if (state === "keyOrClose" && c === "}") {
          stack.pop();
          i++;
          state = "after";
        } else if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
          state = "colon";
        } else return i;
        break;
      }
      case "colon":
        if (c !== ":") return i;
        i++;
        state = "value";
        break;
      case "after": {
        if (stack.length === 0) return i;
        const inObject = stack[stack.length - 1];
        if (c === ",") {
          i++;
          state = inObject ? "key" : "value";
        } else if (c === (inObject ? "}" : "]")) {
          stack.pop();
          i++;
        } else return i;
        break;
      }
    }
  }
}
function scanScalar(text, i) {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  for (const literal of ["true", "false", "null"]) {
    if (c === literal[0]) return text.startsWith(literal, i) ? i + literal.length : -i - 1;
  }
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  return m ? i + m[0].length : -i - 1;
}
function scanString(text, start) {
  const n = text.length;
  let j = start + 1;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (code === 34) return j + 1;
    if (code < 32) return -j - 1;
    if (code === 92) {
      const next = text[j + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -j - 1;
        j += 6;
      } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) j += 2;
      else return -(next === void 0 ? n : j) - 1;
    } else j++;
  }
  return -n - 1;
}
var JsonReader = class {
  constructor(file, format) {
    this.file = file;
    this.format = format;
  }
  file;
  format;
  fail(path, detail) {
    throw new ReportError(this.file, this.format, path, detail);
  }
  array(value, path) {
    if (!Array.isArray(value)) this.fail(path, `expected an array, found ${kind(value)}`);
    return value;
  }
  object(value, path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(path, `expected an object, found ${kind(value)}`);
    return value;
  }
  string(obj, key, path) {
    const value = own(obj, key);
    if (typeof value !== "string") this.fail(member(path, key), `expected a string, found ${kind(value)}`);
    return value;
  }
  optionalString(obj, key, path) {
    const value = own(obj, key);
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "string") this.fail(member(path, key), `expected a string, found ${kind(value)}`);
    return value;
  }
  integer(obj, key, path) {
    const value = own(obj, key);
    if (typeof value !== "number" || !Number.isSafeInteger(value)) this.fail(member(path, key), `expected a whole number, found ${kind(value)}`);
    return value;
  }
  optionalInteger(obj, key, path) {
    const value = own(obj, key);
    if (value === void 0 || value === null) return void 0;
    return this.integer(obj, key, path);
  }
  optionalObject(obj, key, path) {
    const value = own(obj, key);
    if (value === void 0 || value === null) return void 0;
    return this.object(value, member(path, key));
  }
};
function own(obj, key) {
  return Object.hasOwn(obj, key) ? obj[key] : void 0;
}
function member(path, key) {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}.${key}`;
  const quoted = JSON.stringify(key.length > 80 ? `${key.slice(0, 79)}\u2026` : key);
  return `${path}[${quoted}]`;
}
function index(path, i) {
  return `${path}[${i}]`;
}
function kind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value === void 0) return "nothing";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

export {
  parseJsonText,
  lineColumn,
  jsonSyntaxPlace,
  jsonErrorOffset,
  JsonReader,
  own,
  member,
  index
};
