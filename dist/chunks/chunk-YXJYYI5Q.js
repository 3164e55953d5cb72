import {
  MAX_SPEC_BYTES,
  parseFrontmatter
} from "./chunk-KEV4FWKC.js";
import {
  hasUtf16Bom,
  reportText
} from "./chunk-HYULKLIY.js";

// src/spec/load.ts
import { readFile, stat } from "node:fs/promises";

// src/spec/parse.ts
function sectionKind(title) {
  const t = title.toLowerCase();
  if (t.includes("acceptance")) return "acceptance";
  if (t.includes("requirement")) return "requirement";
  return null;
}
function emptySpec(file) {
  return {
    file,
    title: null,
    title_line: 1,
    frontmatter: /* @__PURE__ */ Object.create(null),
    frontmatter_lines: /* @__PURE__ */ Object.create(null),
    sections: [],
    requirements: [],
    acceptance_criteria: [],
    line_count: 0,
    issues: [],
    rejected: false
  };
}
function parseSpec(text, file) {
  const spec = emptySpec(file);
  if (typeof text !== "string") text = "";
  if (text.length > MAX_SPEC_BYTES || Buffer.byteLength(text, "utf8") > MAX_SPEC_BYTES) {
    spec.rejected = true;
    spec.issues.push({
      severity: "error",
      file,
      line: 1,
      rule: "file-too-large",
      message: `Spec file is larger than ${MAX_SPEC_BYTES / (1024 * 1024)} MB; it was not parsed`
    });
    return spec;
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    spec.rejected = true;
    spec.issues.push({
      severity: "error",
      file,
      line: lineOfOffset(text, nul),
      rule: "binary-content",
      message: "Spec file contains NUL bytes (binary content?); it was not parsed"
    });
    return spec;
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  spec.line_count = text === "" ? 0 : lines.length;
  let bodyStart = 0;
  if (lines.length > 0 && lines[0].trimEnd() === "---") {
    let close = -1;
    for (let i = 1; i < lines.length; i++) {
      const l = lines[i].trimEnd();
      if (l === "---" || l === "...") {
        close = i;
        break;
      }
    }
    if (close === -1) {
      spec.issues.push({
        severity: "error",
        file,
        line: 1,
        rule: "frontmatter-unterminated",
        message: "Frontmatter opened with '---' on line 1 is never closed (expected a line with only '---')"
      });
    } else {
      const fm = parseFrontmatter(lines.slice(1, close).join("\n"), 2, file);
      spec.frontmatter = fm.data;
      spec.frontmatter_lines = fm.lines;
      spec.frontmatter_range = { start: 1, end: close + 1 };
      spec.issues.push(...fm.issues);
      bodyStart = close + 1;
    }
  }
  scanBody(lines, bodyStart, spec);
  if (spec.title === null) {
    const fmTitle = spec.frontmatter["title"];
    if (typeof fmTitle === "string" && fmTitle.trim() !== "") {
      spec.title = fmTitle.trim();
      spec.title_line = spec.frontmatter_lines["/title"] ?? 1;
    }
  }
  return spec;
}
function scanBody(lines, start, spec) {
  const headingStack = [];
  let section = null;
  let sectionKindNow = null;
  const listStack = [];
  const drafts = [];
  let fence = null;
  let inComment = false;
  let inParagraph = false;
  let inTable = false;
  const countContent = () => {
    if (section) section.content_lines++;
  };
  const closeSection = (endLine) => {
    if (section) section.end_line = Math.max(section.line, endLine);
  };
  const top = () => listStack[listStack.length - 1];
  for (let i = start; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i];
    if (fence) {
      const { indent: indent2, pos: pos2 } = leading(raw);
      if (indent2 <= fence.base + 3 && isFenceClose(raw.slice(pos2), fence.char, fence.len)) fence = null;
      if (pos2 < raw.length) countContent();
      continue;
    }
    if (inComment) {
      if (raw.includes("-->")) inComment = false;
      continue;
    }
    const { indent, pos } = leading(raw);
    if (pos === raw.length) {
      inParagraph = false;
      inTable = false;
      continue;
    }
    const stripped = raw.slice(pos).trimEnd();
    const heading = indent <= 3 ? parseAtx(stripped) : null;
    const startsBlock = heading !== null || fenceOpen(stripped) !== null || isThematicBreak(stripped) || listMarker(stripped) !== null || stripped.startsWith("<!--");
    const lazy = inParagraph && !startsBlock;
    if (!lazy) while (listStack.length > 0 && indent < top().contentIndent) listStack.pop();
    const base = listStack.length > 0 ? top().contentIndent : 0;
    if (indent - base >= 4) {
      countContent();
      if (inParagraph) appendText(top(), stripped);
      continue;
    }
    if (heading) {
      listStack.length = 0;
      inParagraph = false;
      inTable = false;
      if (heading.level === 1 && spec.title === null) {
        closeSection(lineNo - 1);
        section = null;
        sectionKindNow = null;
        headingStack.length = 0;
        headingStack.push({ level: 1, kind: null });
        spec.title = heading.title;
        spec.title_line = lineNo;
        continue;
      }
      closeSection(lineNo - 1);
      while (headingStack.length > 0 && headingStack[headingStack.length - 1].level >= heading.level) headingStack.pop();
      const kind = sectionKind(heading.title) ?? headingStack[headingStack.length - 1]?.kind ?? null;
      headingStack.push({ level: heading.level, kind });
      section = { title: heading.title, level: heading.level, line: lineNo, content_lines: 0, end_line: lineNo };
      sectionKindNow = kind;
      spec.sections.push(section);
      continue;
    }
    const fenceInfo = fenceOpen(stripped);
    if (fenceInfo) {
      fence = { ...fenceInfo, base };
      inParagraph = false;
      inTable = false;
      countContent();
      continue;
    }
    if (stripped.startsWith("<!--")) {
      if (!stripped.includes("-->", 4)) inComment = true;
      inParagraph = false;
      inTable = false;
      continue;
    }
    if (saysSomething(stripped) || showsMedia(stripped)) countContent();
    if (isThematicBreak(stripped)) {
      listStack.length = 0;
      inParagraph = false;
      inTable = false;
      continue;
    }
    const marker = listMarker(stripped);
    if (marker) {
      inTable = false;
      const afterMarker = stripped.slice(marker.length);
      const ws = leading(afterMarker, indent + marker.length);
      const rest = afterMarker.slice(ws.pos);
      const markerEnd = indent + marker.length;
      const contentIndent = rest === "" || ws.indent - markerEnd >= 5 ? markerEnd + 1 : ws.indent;
      let draft = null;
      if (sectionKindNow && section) {
        draft = { kind: sectionKindNow, line: lineNo, section: section.title, depth: listStack.length, parts: [] };
        if (rest !== "") draft.parts.push(rest);
        drafts.push(draft);
      }
      listStack.push({ contentIndent, draft });
      inParagraph = rest !== "";
      continue;
    }
    if (listStack.length === 0 && sectionKindNow && section) {
      if (inTable && stripped.includes("|")) {
        const cells = tableCells(stripped);
        if (cells.some((c) => c !== "")) {
          drafts.push({ kind: sectionKindNow, line: lineNo, section: section.title, depth: 0, parts: cells, table: true });
        }
        continue;
      }
      if (stripped.includes("|") && i + 1 < lines.length && isTableDelimiter(lines[i + 1])) {
        inTable = true;
        i++;
        countContent();
        continue;
      }
    }
    inTable = false;
    appendText(top(), stripped);
    inParagraph = true;
  }
  closeSection(spec.line_count);
  for (const d of drafts) {
    const item = d.table ? finishTableRow(d) : finishItem(d);
    if (!item) continue;
    if (!saysSomething(item.text)) {
      const noun = d.kind === "requirement" ? "requirement" : "acceptance criterion";
      spec.issues.push({
        severity: "warning",
        file: spec.file,
        line: d.line,
        rule: "empty-item",
        message: `${d.table ? "Table row" : "List item"}${item.id === void 0 ? "" : ` "${item.id}"`} in section "${d.section}" says nothing a reader sees (only ${item.id === void 0 ? "" : "an id, "}markup, an HTML comment or invisible characters): not counted as ${noun === "requirement" ? "a" : "an"} ${noun}`
      });
      continue;
    }
    if (d.kind === "requirement") spec.requirements.push(item);
    else spec.acceptance_criteria.push(item);
  }
}
function showsMedia(line) {
  return line.includes("![") && (line.includes("](") || line.includes("][")) || MEDIA_TAG.test(line);
}
var MEDIA_TAG = /<(?:img|picture|svg|video|object|embed|iframe)\b/i;
var BLANK_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|hairsp|numsp|puncsp|zwnj|zwj|lrm|rlm|shy|NoBreak|ZeroWidthSpace|InvisibleTimes|InvisibleComma|it|ic|af|ApplyFunction);/gi;
function saysSomething(text) {
  const seen = text.replace(/<!--[\s\S]*?(?:-->|$)/g, " ").replace(/<\/?[A-Za-z][^<>]*>/g, " ").replace(/\]\([^()[\]]*\)/g, "]").replace(/&#(?:[xX]([0-9A-Fa-f]{1,6})|(\d{1,7}));/g, (_, hex, dec) => {
    const point = hex !== void 0 ? parseInt(hex, 16) : Number(dec);
    return point > 0 && point <= 1114111 ? String.fromCodePoint(point) : " ";
  }).replace(BLANK_ENTITY, " ").replace(/[\p{Cf}\u115f\u1160\u3164\uffa0]/gu, "");
  return /[\p{L}\p{N}]/u.test(seen);
}
function appendText(open, text) {
  if (open?.draft) open.draft.parts.push(text);
}
function finishItem(d) {
  let text = d.parts.join(" ").replace(/[ \t]+/g, " ").trim();
  let checked;
  const box = /^\[([ xX])\](?:[ \t]+|$)/.exec(text);
  if (box) {
    checked = box[1] !== " ";
    text = text.slice(box[0].length);
  }
  const { id, rest } = extractId(text);
  if (id === void 0 && text === "" && checked === void 0) return null;
  const item = { text: rest, line: d.line, section: d.section, depth: d.depth };
  if (id !== void 0) item.id = id;
  if (checked !== void 0) item.checked = checked;
  return item;
}
function finishTableRow(d) {
  const cells = d.parts;
  const first = cells[0] ?? "";
  const m = TABLE_ID.exec(first);
  const id = m && looksLikeId(m[1], false) ? m[1] : void 0;
  let item;
  if (id !== void 0) {
    item = { id, text: cells.slice(1).filter((c) => c !== "").join(" | "), line: d.line, section: d.section, depth: 0 };
  } else {
    item = { text: cells.filter((c) => c !== "").join(" | "), line: d.line, section: d.section, depth: 0 };
  }
  return item.text === "" && item.id === void 0 ? null : item;
}
var ID = "[A-Za-z][A-Za-z0-9]{0,31}(?:[-_.][A-Za-z0-9]{1,32}){0,8}";
var SEP = "(?:[ \\t]*[:.)\\-\u2013\u2014][ \\t]*|[ \\t]+)?";
var DECORATED_ID = [
  new RegExp(`^\\*\\*(${ID})[ \\t]*[:.]?\\*\\*${SEP}`),
  new RegExp(`^__(${ID})[ \\t]*[:.]?__${SEP}`),
  new RegExp(`^\\[(${ID})\\](?![(\\[:])${SEP}`),
  new RegExp(`^\\[(${ID})\\]:[ \\t]*`),
  new RegExp(`^\`(${ID})\`${SEP}`)
];
var TABLE_ID = new RegExp(`^(?:\\*\\*|__|\`|\\[)?(${ID})(?:\\*\\*|__|\`|\\])?$`);
var BARE_ID = new RegExp(`^(${ID})(?:[ \\t]*:|\\.(?=[ \\t])|\\)|[ \\t]+[-\u2013\u2014](?=[ \\t]))[ \\t]*`);
function extractId(text) {
  const c = text.charCodeAt(0);
  if (c === 42 || c === 95 || c === 91 || c === 96) {
    for (const re of DECORATED_ID) {
      const m2 = re.exec(text);
      if (m2 && looksLikeId(m2[1], false)) return { id: m2[1], rest: text.slice(m2[0].length).trim() };
    }
    return { rest: text };
  }
  if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122)) return { rest: text };
  const m = BARE_ID.exec(text);
  if (m && looksLikeId(m[1], true)) return { id: m[1], rest: text.slice(m[0].length).trim() };
  return { rest: text };
}
function looksLikeId(id, bare) {
  if (/\d/.test(id)) return true;
  return !bare && /^[A-Z]+[-_.][A-Z0-9]+$/.test(id);
}
function leading(s, startColumn = 0) {
  let col = startColumn;
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (c === 32) col++;
    else if (c === 9) col += 4 - col % 4;
    else break;
    pos++;
  }
  return { indent: col, pos };
}
function parseAtx(s) {
  let n = 0;
  while (n < s.length && n < 7 && s[n] === "#") n++;
  if (n < 1 || n > 6) return null;
  if (n < s.length && s[n] !== " " && s[n] !== "	") return null;
  let title = s.slice(n).trim();
  let end = title.length;
  while (end > 0 && title[end - 1] === "#") end--;
  if (end === 0) title = "";
  else if (end < title.length && (title[end - 1] === " " || title[end - 1] === "	")) title = title.slice(0, end).trimEnd();
  return { level: n, title };
}
function fenceOpen(s) {
  const c = s[0];
  if (c !== "`" && c !== "~") return null;
  let n = 0;
  while (n < s.length && s[n] === c) n++;
  if (n < 3) return null;
  if (c === "`" && s.includes("`", n)) return null;
  return { char: c, len: n };
}
function isFenceClose(s, char, len) {
  let n = 0;
  while (n < s.length && s[n] === char) n++;
  return n >= len && s.slice(n).trim() === "";
}
function isThematicBreak(s) {
  const c = s[0];
  if (c !== "-" && c !== "*" && c !== "_") return false;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === c) count++;
    else if (ch !== " " && ch !== "	") return false;
  }
  return count >= 3;
}
function listMarker(s) {
  const m = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(s);
  return m ? m[0] : null;
}
function isTableDelimiter(line) {
  const s = line.trim();
  if (!s.includes("-") || !s.includes("|")) return false;
  const cells = tableCells(s);
  return cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c));
}
function tableCells(row) {
  let s = row.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  const cells = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "\\" && s[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (ch === "|") {
      cells.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}
function lineOfOffset(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

// src/spec/load.ts
async function loadSpec(path, file = path) {
  const refuse = (rule, message) => {
    const spec2 = emptySpec(file);
    spec2.rejected = true;
    spec2.issues.push({ severity: "error", file, line: 1, rule, message });
    return spec2;
  };
  let bytes;
  try {
    const info = await stat(path);
    if (!info.isFile()) return refuse("file-unreadable", `Spec ${file} is not a regular file`);
    if (info.size > MAX_SPEC_BYTES) {
      return refuse("file-too-large", `Spec file is larger than ${MAX_SPEC_BYTES / (1024 * 1024)} MB (${info.size} bytes); it was not parsed`);
    }
    bytes = await readFile(path);
  } catch (err) {
    const code = err.code;
    const reason = code === "ENOENT" ? "not found" : code ? `cannot be read (${code})` : "cannot be read";
    return refuse("file-unreadable", `Spec file ${file} ${reason}`);
  }
  if (bytes.length > MAX_SPEC_BYTES) {
    return refuse("file-too-large", `Spec file is larger than ${MAX_SPEC_BYTES / (1024 * 1024)} MB (${bytes.length} bytes); it was not parsed`);
  }
  let text;
  let invalidUtf8 = false;
  if (hasUtf16Bom(bytes)) {
    text = reportText(bytes);
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      invalidUtf8 = true;
      text = new TextDecoder("utf-8").decode(bytes);
    }
  }
  const spec = parseSpec(text, file);
  if (invalidUtf8 && !spec.rejected) {
    spec.issues.push({ severity: "warning", file, line: 1, rule: "invalid-utf8", message: "Spec file is not valid UTF-8; invalid bytes were replaced with U+FFFD" });
  }
  return spec;
}

export {
  sectionKind,
  parseSpec,
  loadSpec
};
