import {
  CHUNK_SIZE,
  fileChunks
} from "./chunk-HYULKLIY.js";
import {
  ReportError
} from "./chunk-6G4JLRTB.js";

// src/reports/paths.ts
import path from "node:path";
function toSlashes(p) {
  return p.includes("\\") ? p.replace(/\\/g, "/") : p;
}
function isAbsolute(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function normalize(p) {
  const drive = /^[A-Za-z]:\//.test(p) ? p.slice(0, 2).toUpperCase() : "";
  const rest = drive ? p.slice(2) : p;
  const normalized = path.posix.normalize(rest);
  return drive + (normalized === "." ? "" : normalized);
}
function toWorkspacePath(file, workspace, base) {
  const given = toSlashes(file);
  if (given === "") return given;
  const ws = toSlashes(workspace);
  const root = normalize(isAbsolute(ws) ? ws : toSlashes(path.resolve(workspace)));
  const prefix = root.endsWith("/") ? root : `${root}/`;
  let full;
  if (isAbsolute(given)) {
    full = normalize(given);
  } else if (base === void 0 || base === "") {
    full = normalize(`${prefix}${given}`);
  } else {
    const from = toSlashes(base);
    full = normalize(isAbsolute(from) ? `${from}/${given}` : `${prefix}${from}/${given}`);
  }
  if (full.startsWith(prefix) && full.length > prefix.length) return full.slice(prefix.length);
  if (isAbsolute(given)) return given;
  return base === void 0 || base === "" ? path.posix.normalize(given) : full;
}

// src/reports/xml.ts
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
var AsciiNames = class {
  constructor(names) {
    this.names = names;
    for (const name of names) if (!isAscii(name)) throw new Error(`not an ASCII name: ${name}`);
    this.lengths = names.map((n) => n.length);
  }
  names;
  lengths;
};
var COMMENT_CAP = 1024;
var MAX_DEPTH = 1e4;
var TEXT_CAP = 64 * 1024;
var NAME_CAP = 4 * 1024;
var ATTRIBUTE_CAP = 1024;
var PROLOG_CAP = 1024 * 1024;
var TAG_CAP = 8 * 1024 * 1024;
var PAIRWISE = 32;
var HEAD_CAP = 1100;
var BRIDGE = 64 * 1024;
var REFERENCE_CAP = 256;
var LT = 60;
var GT = 62;
var AMP = 38;
var SLASH = 47;
var BANG = 33;
var QUESTION = 63;
var EQUALS = 61;
var QUOTE = 34;
var APOSTROPHE = 39;
var SEMICOLON = 59;
var NEWLINE = 10;
var CLASS = new Uint8Array(256);
for (const c of [32, 9, 10, 13]) CLASS[c] = 1;
for (let c = 0; c < 256; c++) {
  const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 128 || c === 95 || c === 58;
  if (letter) CLASS[c] |= 2 | 4;
  if (c >= 48 && c <= 57 || c === 45 || c === 46) CLASS[c] |= 4;
}
var COMMON_NAMES = [
  "testsuites",
  "testsuite",
  "testcase",
  "failure",
  "error",
  "skipped",
  "system-out",
  "system-err",
  "properties",
  "property",
  "coverage",
  "sources",
  "source",
  "packages",
  "package",
  "classes",
  "class",
  "methods",
  "method",
  "lines",
  "line",
  "conditions",
  "condition",
  "report",
  "sessioninfo",
  "group",
  "sourcefile",
  "counter"
];
var NAMES_BY_LENGTH = [];
for (const name of COMMON_NAMES) (NAMES_BY_LENGTH[name.length] ??= []).push(name);
var PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var XmlFault = class extends Error {
  constructor(offset, detail) {
    super(detail);
    this.offset = offset;
    this.detail = detail;
  }
  offset;
  detail;
};
async function streamXml(input, file, format, makeVisitor) {
  const path2 = typeof input === "object" && !Buffer.isBuffer(input) && !(Symbol.asyncIterator in input) ? input.path : void 0;
  const reader = new XmlReader(path2 === void 0);
  const visitor = makeVisitor(reader);
  reader.visitor = visitor;
  try {
    if (typeof input === "string") reader.feed(Buffer.from(input, "utf8"));
    else if (Buffer.isBuffer(input)) reader.feed(input);
    else if (Symbol.asyncIterator in input) {
      for await (const chunk of input) reader.feed(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    } else await readFile(input.path, reader);
    reader.finish();
  } catch (err) {
    if (!(err instanceof XmlFault)) throw err;
    const fault = err;
    const where = path2 !== void 0 && !reader.transcoded ? await locateInFile(path2, fault.offset, reader.encodingOf()) : reader.locate(fault.offset);
    throw new ReportError(file, format, where, fault.detail);
  }
  const warnings = [];
  const control = reader.controlCharacters;
  if (control !== void 0) {
    const where = control.where ?? await locateInFile(path2, control.offset, reader.encodingOf());
    const codes = [...control.codes].sort((a, b) => a - b).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}${CONTROL_NAMES[c] ? ` ${CONTROL_NAMES[c]}` : ""}`);
    warnings.push(
      `${file}: ${where}: control characters XML does not allow (${codes.join(", ")}) in attribute values or text; read as they are, since they cannot change the document's structure (jest-junit writes test names with ANSI colours this way)`
    );
  }
  return { warnings };
}
var CONTROL_NAMES = { 0: "NUL", 7: "BEL", 8: "BS", 27: "ESC" };
async function readFile(path2, reader) {
  const free = [];
  let inUse = [];
  const nextBuffer = () => {
    const buffer = free.pop() ?? Buffer.allocUnsafeSlow(CHUNK_SIZE);
    inUse.push(buffer);
    return buffer;
  };
  for await (const chunk of fileChunks(path2, nextBuffer)) {
    reader.feed(chunk);
    inUse = inUse.filter((buffer) => reader.holds(buffer.buffer) || (free.push(buffer), false));
  }
}
var XmlReader = class {
  constructor(countLines) {
    this.countLines = countLines;
  }
  countLines;
  visitor;
  /** Whether the input is UTF-16 turned into UTF-8 here (offsets then do not match the file's bytes). */
  transcoded = false;
  buf = Buffer.alloc(0);
  /** Offset of `buf[0]` in the whole input. */
  base = 0;
  pos = 0;
  mode = "text";
  stack = [];
  /** Per open element, the memory its Tag reads from (kept from reuse until the element closes). */
  tagMemory = [];
  sawRoot = false;
  sawDoctype = false;
  rootClosed = false;
  started = false;
  encoding = "utf8";
  utf16;
  /** UTF-16 big-endian: bytes are swapped to little-endian, an odd last byte waiting for its pair. */
  bigEndian = false;
  oddByte;
  bom = 0;
  first = true;
  /** The first bytes, kept until the byte order mark and the XML declaration can be read whole. */
  head;
  /** The first control character let through (see the header), where it is, and every one seen. */
  controlCharacters;
  /** A NUL byte of the chunk being fed, noted once the chunk is in `buf` (so that its line can be counted). */
  pendingNul = -1;
  /** Start of the element being reported to the visitor, for its errors. */
  tagStart = 0;
  /** Next `<` and `&` at or after the position they were searched from, `buf.length` when none. */
  nextLt = -1;
  nextAmp = -1;
  capture = false;
  /** The start of the comment being read, for {@link XmlVisitor.comment}. */
  commentText = "";
  textBytes = 0;
  /** Whether the last piece of text delivered ended with \r (a \n starting the next one belongs to it). */
  afterCR = false;
  textDecoder;
  /** Line counting for inputs that cannot be read again: lines and last newline before `buf`. */
  lines = 1;
  /** Columns (UTF-16 units, as JavaScript counts characters) of the current line before `buf`. */
  lineUnits = 0;
  encodingOf() {
    return this.encoding;
  }
  // ---- XmlControl ----
  captureText(on) {
    this.capture = on;
    if (on) this.newTextNode();
  }
  error(detail) {
    return new XmlFault(this.tagStart, detail);
  }
  // ---- input ----
  feed(chunk) {
    if (this.first) {
      if (this.head === void 0 && headComplete(chunk)) chunk = this.sniff(chunk);
      else {
        this.head = Buffer.concat([this.head ?? Buffer.alloc(0), chunk]);
        if (!headComplete(this.head)) return;
        chunk = this.sniff(this.head);
        this.head = void 0;
      }
    }
    this.feedDecided(chunk);
  }
  /** {@link feed} once the encoding is known. */
  feedDecided(chunk) {
    if (this.utf16) chunk = this.transcode(chunk);
    if (chunk.length === 0) return;
    const carried = this.buf.length;
    const nul = this.controlCharacters === void 0 || !this.controlCharacters.codes.has(0) ? chunk.indexOf(0) : -1;
    if (nul !== -1) this.pendingNul = this.base + carried + nul;
    if (carried > 0 && chunk.length > BRIDGE) {
      this.use(Buffer.concat([this.buf, chunk.subarray(0, BRIDGE)]));
      this.run(false, carried);
      if (this.pos >= carried) {
        const into = this.pos - carried;
        this.pos = carried;
        this.drop();
        this.use(chunk);
        this.pos = into;
      } else this.use(Buffer.concat([this.buf.subarray(0, carried), chunk]));
    } else this.use(carried === 0 ? chunk : Buffer.concat([this.buf, chunk]));
    this.run(false);
    if (this.pendingNul !== -1) {
      this.noteControl(this.pendingNul, 0);
      this.pendingNul = -1;
    }
    this.drop();
  }
  /** UTF-16 bytes to UTF-8 (big-endian ones swapped first, on a copy: the chunk may be a reused read buffer). */
  transcode(chunk) {
    if (this.bigEndian) {
      const bytes = this.oddByte === void 0 ? chunk : Buffer.concat([this.oddByte, chunk]);
      const even = bytes.length - bytes.length % 2;
      this.oddByte = even < bytes.length ? Buffer.from(bytes.subarray(even)) : void 0;
      chunk = Buffer.from(bytes.subarray(0, even)).swap16();
    }
    return Buffer.from(this.utf16.write(chunk), "utf8");
  }
  /** Notes a control character let through at `offset` (in `buf` when lines are counted as the read goes). */
  noteControl(offset, code) {
    const seen = this.controlCharacters;
    if (seen === void 0 || offset < seen.offset) {
      this.controlCharacters = { offset, where: this.countLines ? this.locate(offset) : void 0, codes: seen?.codes ?? /* @__PURE__ */ new Set() };
    }
    ;
    this.controlCharacters.codes.add(code);
  }
  /** Whether the reader still points into this memory: the unfinished rest, or the Tag of an open element. */
  holds(memory) {
    return this.buf.buffer === memory || this.tagMemory.includes(memory);
  }
  use(buf) {
    this.buf = buf;
    this.nextLt = -1;
    this.nextAmp = -1;
  }
  finish() {
    if (this.head !== void 0) {
      const head = this.sniff(this.head);
      this.head = void 0;
      this.feedDecided(head);
    }
    if (this.utf16) {
      if (this.oddByte !== void 0) throw new XmlFault(this.base + this.buf.length, "a UTF-16 file with an odd number of bytes (cut in the middle of a character?)");
      const rest = this.utf16.end();
      if (rest !== "") this.use(Buffer.concat([this.buf, Buffer.from(rest, "utf8")]));
    }
    this.run(true);
    const end = this.base + this.buf.length;
    if (this.mode !== "text" || this.pos < this.buf.length) {
      const inside = this.mode === "text" ? "a tag" : this.mode === "pi" ? "a processing instruction" : `a ${this.mode === "cdata" ? "CDATA section" : "comment"}`;
      throw new XmlFault(this.base + this.pos, `unexpected end of file inside ${inside}`);
    }
    if (this.stack.length > 0) throw new XmlFault(end, `unexpected end of file: <${this.stack.at(-1)}> is unclosed`);
    if (!this.sawRoot) throw new XmlFault(end, end === 0 ? "the file is empty (0 bytes): no root element" : "no root element");
  }
  /** Byte order mark and encoding declaration, from the first bytes (whole: see {@link headComplete}). */
  sniff(head) {
    this.first = false;
    const utf32 = head[0] === 255 && head[1] === 254 && head[2] === 0 && head[3] === 0 || head[0] === 0 && head[1] === 0 && head[2] === 254 && head[3] === 255;
    if (utf32) throw new XmlFault(0, "a UTF-32 file, which this reader does not read: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)");
    const le = head[0] === 255 && head[1] === 254;
    const be = head[0] === 254 && head[1] === 255;
    const bareLe = head[0] === LT && head[1] === 0 && head[2] === QUESTION && head[3] === 0;
    const bareBe = head[0] === 0 && head[1] === LT && head[2] === 0 && head[3] === QUESTION;
    if (le || be || bareLe || bareBe) {
      this.utf16 = new StringDecoder("utf16le");
      this.bigEndian = be || bareBe;
      this.transcoded = true;
      this.countLines = true;
      return le || be ? head.subarray(2) : head;
    }
    if (head[0] === 239 && head[1] === 187 && head[2] === 191) this.bom = 3;
    const declaration = /^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/.exec(head.toString("latin1", this.bom, this.bom + HEAD_CAP));
    const encoding = declaration?.[1].toLowerCase();
    if (encoding === "iso-8859-1" || encoding === "latin1" || encoding === "windows-1252") this.encoding = "latin1";
    return head;
  }
  /** Forgets what has been read, keeping the unfinished rest (a tag cut by the chunk's end, a reference, a `]]`). */
  drop() {
    if (this.pos === 0) {
      if (this.buf.length > TAG_CAP) throw new XmlFault(this.base, `a tag longer than ${TAG_CAP / 1024 / 1024} MiB`);
      return;
    }
    if (this.countLines) {
      let last = -1;
      for (let i = this.buf.indexOf(NEWLINE); i !== -1 && i < this.pos; i = this.buf.indexOf(NEWLINE, i + 1)) {
        this.lines++;
        last = i;
      }
      this.lineUnits = (last === -1 ? this.lineUnits : 0) + units(this.buf, last + 1, this.pos, this.encoding);
    }
    this.base += this.pos;
    this.use(this.pos === this.buf.length ? Buffer.alloc(0) : this.buf.subarray(this.pos));
    this.pos = 0;
    if (!this.sawRoot && this.base > PROLOG_CAP) {
      throw new XmlFault(this.base, "more than 1 MiB before the root element (an oversized DOCTYPE?)");
    }
  }
  /** `line L column C` of a byte offset within or before the current buffer (inputs read once). */
  locate(offset) {
    let line = this.lines;
    let last = -1;
    const end = Math.max(0, Math.min(offset - this.base, this.buf.length));
    for (let i = this.buf.indexOf(NEWLINE); i !== -1 && i < end; i = this.buf.indexOf(NEWLINE, i + 1)) {
      line++;
      last = i;
    }
    const column = (last === -1 ? this.lineUnits : 0) + units(this.buf, last + 1, end, this.encoding) + 1;
    return `line ${line} column ${column}`;
  }
  // ---- the scanner ----
  /** Reads on from `pos` to the end of the buffer, or until `pos` has passed `limit`. */
  run(final, limit = Infinity) {
    const buf = this.buf;
    while (this.pos < buf.length && this.pos < limit) {
      if (this.mode !== "text") {
        if (!this.skipSection(buf)) return;
        continue;
      }
      let lt = this.nextLt;
      if (lt < this.pos) {
        lt = -1;
        const stop = Math.min(buf.length, this.pos + 16);
        for (let i = this.pos; i < stop; i++) {
          if (buf[i] === LT) {
            lt = i;
            break;
          }
        }
        if (lt === -1) lt = stop === buf.length ? buf.length : buf.indexOf(LT, stop);
        if (lt === -1) lt = buf.length;
        this.nextLt = lt;
      }
      if (lt > this.pos) {
        const end = lt === buf.length && !final ? this.textEnd(buf, this.pos, lt) : lt;
        this.text(buf, this.pos, end);
        this.pos = end;
        if (lt === buf.length) return;
      }
      const next = this.markup(buf, lt);
      if (next === -1) return;
      this.pos = next;
    }
  }
  /** Where text cut by the chunk's end may be handled up to: before a reference the next chunk completes. */
  textEnd(buf, start, end) {
    for (let i = end - 1; i >= start && i >= end - REFERENCE_CAP; i--) {
      if (buf[i] === SEMICOLON) return end;
      if (buf[i] === AMP) return i;
    }
    return end;
  }
  /** Text from `start` to `end`: checked, and delivered when the visitor asked for it. */
  text(buf, start, end) {
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++) {
        if (CLASS[buf[i]] === 1) continue;
        if (i === 0 && this.base === 0 && this.bom === 3) {
          i += 2;
          continue;
        }
        if (!this.started) {
          const seen = JSON.stringify(buf.toString(this.encoding, i, Math.min(end, i + 20)));
          throw new XmlFault(this.base + i, `not XML: the content starts with ${seen}`);
        }
        throw new XmlFault(this.base + i, this.sawRoot ? "text after the root element" : "text before the root element");
      }
      return;
    }
    let amp = this.nextAmp;
    if (amp < start) amp = this.nextAmp = this.indexOrLength(buf, AMP, start);
    while (amp < end) {
      const after = this.reference(buf, amp, end);
      amp = this.nextAmp = this.indexOrLength(buf, AMP, after);
    }
    if (this.capture && this.textBytes < TEXT_CAP) this.deliver(buf, start, end, true);
  }
  indexOrLength(buf, byte, from) {
    const i = buf.indexOf(byte, from);
    return i === -1 ? buf.length : i;
  }
  /** Hands the visitor up to the rest of the node's {@link TEXT_CAP} bytes, decoded. */
  deliver(buf, start, end, references) {
    const take = Math.min(end - start, TEXT_CAP - this.textBytes);
    this.textBytes += take;
    this.textDecoder ??= new StringDecoder(this.encoding);
    let text = this.textDecoder.write(buf.subarray(start, start + take));
    if (this.afterCR && text.startsWith("\n")) text = text.slice(1);
    this.afterCR = text.endsWith("\r");
    text = text.replace(/\r\n?/g, "\n");
    if (references && text.includes("&")) text = decodeReferences(text);
    if (text !== "") this.visitor.text?.(text);
  }
  /** Ends the text node: what its decoder holds (a cut UTF-8 sequence) is delivered as U+FFFD, as a decoder would. */
  newTextNode() {
    if (this.textDecoder !== void 0 && this.capture) {
      const rest = this.textDecoder.end();
      if (rest !== "") this.visitor.text?.(rest);
    }
    this.textBytes = 0;
    this.textDecoder = void 0;
    this.afterCR = false;
  }
  /**
   * Checks the reference at `amp` (`&name;` or `&#…;`) and returns the offset after it.
   * @throws XmlFault when it is not one of XML's five entities or a valid character reference
   */
  reference(buf, amp, end) {
    const stop = Math.min(end, amp + REFERENCE_CAP);
    let semi = -1;
    for (let i = amp + 1; i < stop; i++) {
      if (buf[i] === SEMICOLON) {
        semi = i;
        break;
      }
    }
    if (semi === -1) throw new XmlFault(this.base + amp, "a & that starts no reference (write &amp; for a literal &)");
    const body = buf.toString("latin1", amp + 1, semi);
    if (body[0] === "#") {
      const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? Number(body.slice(1)) : NaN;
      if (!isXmlChar(code)) throw new XmlFault(this.base + amp, `&${body}; is not a valid character reference`);
    } else if (!Object.hasOwn(PREDEFINED, body)) {
      throw new XmlFault(this.base + amp, `undefined entity &${body.slice(0, REFERENCE_CAP)}; (only XML's five are known, none is declared)`);
    }
    return semi + 1;
  }
  /** Goes on through a comment, CDATA section or processing instruction; false when the chunk ends inside it. */
  skipSection(buf) {
    const terminator = this.mode === "comment" ? "-->" : this.mode === "cdata" ? "]]>" : "?>";
    const at = buf.indexOf(terminator, this.pos, "latin1");
    const end = at === -1 ? Math.max(this.pos, buf.length - (terminator.length - 1)) : at;
    if (this.mode === "cdata" && this.capture && this.textBytes < TEXT_CAP && end > this.pos) this.deliver(buf, this.pos, end, false);
    const comment = this.mode === "comment" && this.stack.length >= 1 && this.visitor.comment !== void 0;
    if (comment && this.commentText.length < COMMENT_CAP) this.commentText += buf.toString("latin1", this.pos, Math.min(end, this.pos + COMMENT_CAP - this.commentText.length));
    this.pos = at === -1 ? end : at + terminator.length;
    if (at === -1) return false;
    if (comment) {
      const text = this.commentText;
      this.commentText = "";
      this.visitor.comment?.(text, this.stack.length);
    }
    this.mode = "text";
    this.newTextNode();
    return true;
  }
  /** Markup at `lt`; returns the offset after it, or -1 when the chunk ends inside it. */
  markup(buf, lt) {
    this.newTextNode();
    this.started = true;
    if (lt + 1 >= buf.length) return -1;
    const c = buf[lt + 1];
    if (c === SLASH) return this.closeTag(buf, lt);
    if (c === BANG) {
      if (startsWith(buf, lt, "<!--")) {
        this.mode = "comment";
        return lt + 4;
      }
      if (startsWith(buf, lt, "<![CDATA[")) {
        if (this.stack.length === 0) throw new XmlFault(this.base + lt, "a CDATA section outside the root element");
        this.mode = "cdata";
        return lt + 9;
      }
      if (startsWith(buf, lt, "<!DOCTYPE")) return this.doctype(buf, lt);
      if (buf.length - lt < 9) return -1;
      throw new XmlFault(this.base + lt, `unexpected markup ${JSON.stringify(buf.toString("latin1", lt, lt + 9))}`);
    }
    if (c === QUESTION) {
      const nameEnd = this.nameEnd(buf, lt + 2);
      if (nameEnd === -1) return -1;
      if (nameEnd === lt + 2) throw new XmlFault(this.base + lt, "a processing instruction without a target");
      const after = buf[nameEnd];
      if (CLASS[after] !== 1) {
        if (after !== QUESTION) throw new XmlFault(this.base + nameEnd, `a processing instruction's target followed by ${describe(after)}`);
        if (nameEnd + 1 >= buf.length) return -1;
        if (buf[nameEnd + 1] !== GT) throw new XmlFault(this.base + nameEnd, `a processing instruction's target followed by ${describe(after)}`);
      }
      const target = buf.toString("latin1", lt + 2, nameEnd);
      if (target.toLowerCase() === "xml") return this.declaration(buf, lt, target);
      this.mode = "pi";
      return nameEnd;
    }
    return this.openTag(buf, lt);
  }
  /** `<?xml version="1.x" encoding="…" standalone="…"?>`, only at the very start. */
  declaration(buf, lt, target) {
    if (target !== "xml" || this.base + lt !== this.bom) {
      throw new XmlFault(this.base + lt, `an XML declaration (<?${target}) is allowed only at the very start, as <?xml`);
    }
    const end = buf.indexOf("?>", lt, "latin1");
    if (end === -1) {
      if (buf.length - lt > 1024) throw new XmlFault(this.base + lt, "an XML declaration longer than 1 KiB");
      return -1;
    }
    const text = buf.toString("latin1", lt, end + 2);
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/.test(text)) {
      throw new XmlFault(this.base + lt, `a malformed XML declaration ${JSON.stringify(text.slice(0, 80))} (expected <?xml version="1.0" \u2026?>)`);
    }
    return end + 2;
  }
  /** Offset after the name starting at `start`, -1 when the chunk ends inside it. */
  nameEnd(buf, start) {
    if (start >= buf.length) return -1;
    if ((CLASS[buf[start]] & 2) === 0) return start;
    const len = buf.length;
    let i = buf[start] < 128 ? start + 1 : start;
    while (i < len) {
      const c = buf[i];
      if (c < 128) {
        if ((CLASS[c] & 4) === 0) break;
        i++;
        continue;
      }
      const char = this.encoding === "latin1" ? { code: c, length: 1 } : utf8At(buf, i);
      if (char === void 0) return -1;
      if (!(i === start ? isNameStartChar(char.code) : isNameChar(char.code))) {
        if (i === start) return start;
        throw new XmlFault(this.base + i, `a character not allowed in a name (U+${char.code.toString(16).toUpperCase().padStart(4, "0")})`);
      }
      i += char.length;
    }
    if (i - start > NAME_CAP) throw new XmlFault(this.base + start, `a name longer than ${NAME_CAP} bytes`);
    return i >= len ? -1 : i;
  }
  nameAt(buf, start, end) {
    const candidates = NAMES_BY_LENGTH[end - start];
    if (candidates !== void 0) {
      next: for (const name of candidates) {
        for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) continue next;
        return name;
      }
    }
    return buf.toString(this.encoding, start, end);
  }
  openTag(buf, lt) {
    const nameEnd = this.nameEnd(buf, lt + 1);
    if (nameEnd === -1) return -1;
    if (nameEnd === lt + 1) throw new XmlFault(this.base + lt, `a < not followed by a name (write &lt; for a literal <)`);
    let i = nameEnd;
    let count = 0;
    const depth = this.stack.length + 1;
    const offsets = this.offsetLists[depth] ??= [];
    this.attributeWords = 0;
    let selfClosing = false;
    const len = buf.length;
    for (; ; ) {
      if (i >= len) return -1;
      let c = buf[i];
      const spaced = CLASS[c] === 1;
      while (CLASS[c] === 1) {
        if (++i >= len) return -1;
        c = buf[i];
      }
      if (c === GT) break;
      if (c === SLASH) {
        if (i + 1 >= len) return -1;
        if (buf[i + 1] !== GT) throw new XmlFault(this.base + i, "a / in a tag not followed by >");
        selfClosing = true;
        i++;
        break;
      }
      if (!spaced) throw new XmlFault(this.base + i, `expected white space, > or /> in the tag, found ${describe(c)}`);
      if (count === ATTRIBUTE_CAP) throw new XmlFault(this.base + lt, `an element with more than ${ATTRIBUTE_CAP} attributes`);
      i = this.attribute(buf, i, offsets);
      count++;
      if (i === -1) return -1;
    }
    const name = this.nameAt(buf, lt + 1, nameEnd);
    const stack = this.stack;
    if (stack.length === 0) {
      if (this.rootClosed) throw new XmlFault(this.base + lt, `a second root element <${name}>`);
      if (this.base + lt > PROLOG_CAP) throw new XmlFault(this.base + lt, "more than 1 MiB before the root element (an oversized DOCTYPE?)");
      this.sawRoot = true;
    }
    this.started = true;
    if (stack.length >= MAX_DEPTH) throw new XmlFault(this.base + lt, `elements are nested deeper than ${MAX_DEPTH} levels`);
    stack.push(name);
    this.tagMemory.push(buf.buffer);
    this.tagStart = this.base + lt;
    let tag = this.tags[depth];
    if (tag === void 0) this.tags[depth] = tag = new Tag();
    tag.reset(name, buf, offsets, this.attributeWords, this.encoding);
    this.visitor.open(tag, stack.length);
    if (selfClosing) this.closed(name);
    return i + 1;
  }
  /**
   * An attribute at `start`: name, optional white space, =, optional white space, quoted value; returns the offset
   * after the closing quote, -1 when the chunk ends first. (Apart from {@link openTag}, so that it is optimized early.)
   */
  attribute(buf, start, offsets) {
    const nameEnd = this.nameEnd(buf, start);
    if (nameEnd === -1) return -1;
    if (nameEnd === start) throw new XmlFault(this.base + start, `expected an attribute name, found ${describe(buf[start])}`);
    const len = buf.length;
    let i = nameEnd;
    while (i < len && CLASS[buf[i]] === 1) i++;
    if (i >= len) return -1;
    if (buf[i] !== EQUALS) throw new XmlFault(this.base + i, `expected = after the attribute name, found ${describe(buf[i])}`);
    i++;
    while (i < len && CLASS[buf[i]] === 1) i++;
    if (i >= len) return -1;
    const quote = buf[i];
    if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlFault(this.base + i, `an attribute value not in quotes`);
    let j = i + 1;
    for (; j < len; j++) {
      const b = buf[j];
      if (b > LT) {
        if (b === 239 && buf[j + 1] === 191 && buf[j + 2] >= 190 && this.encoding === "utf8") {
          throw new XmlFault(this.base + j, "a disallowed character (U+FFFE or U+FFFF) in an attribute value");
        }
        continue;
      }
      if (b === quote) break;
      if (b === LT) throw new XmlFault(this.base + j, "a < in an attribute value");
      if (b === AMP) {
        if (j + REFERENCE_CAP > len && buf.indexOf(SEMICOLON, j) === -1) return -1;
        j = this.reference(buf, j, len) - 1;
      } else if (b < 32 && CLASS[b] !== 1) {
        this.noteControl(this.base + j, b);
      }
    }
    if (j >= len) return -1;
    this.checkUnique(buf, start, nameEnd, offsets);
    const at = this.attributeWords;
    offsets[at] = start;
    offsets[at + 1] = nameEnd;
    offsets[at + 2] = i + 1;
    offsets[at + 3] = j;
    this.attributeWords = at + 4;
    return j + 1;
  }
  /** Refuses a repeated attribute name (XML does; a second `name=` could otherwise hide the first). */
  checkUnique(buf, start, end, offsets) {
    const count = this.attributeWords / 4;
    if (count === 0 && this.moreNames.size > 0) this.moreNames.clear();
    const length = end - start;
    for (let k = 0; k < Math.min(count, PAIRWISE); k++) {
      const s = offsets[4 * k];
      if (offsets[4 * k + 1] - s !== length) continue;
      let same = true;
      for (let m = 0; m < length && same; m++) same = buf[s + m] === buf[start + m];
      if (same) throw new XmlFault(this.base + start, `the attribute ${buf.toString(this.encoding, start, end)} is repeated`);
    }
    if (count < PAIRWISE) return;
    const name = buf.toString(this.encoding, start, end);
    if (this.moreNames.has(name)) throw new XmlFault(this.base + start, `the attribute ${name} is repeated`);
    this.moreNames.add(name);
  }
  moreNames = /* @__PURE__ */ new Set();
  /**
   * Per depth, the Tag handed to the visitor and its attribute offsets, reused for the next element at that depth
   * (a tag is read only until its element closes): 50,000 test cases allocate no tag each.
   */
  tags = [];
  offsetLists = [];
  /** Entries of the current tag's offsets list in use (4 per attribute). */
  attributeWords = 0;
  closeTag(buf, lt) {
    const nameEnd = this.nameEnd(buf, lt + 2);
    if (nameEnd === -1) return -1;
    if (nameEnd === lt + 2) throw new XmlFault(this.base + lt, "a closing tag without a name");
    let i = nameEnd;
    while (i < buf.length && CLASS[buf[i]] === 1) i++;
    if (i >= buf.length) return -1;
    if (buf[i] !== GT) throw new XmlFault(this.base + i, `expected > to end the closing tag, found ${describe(buf[i])}`);
    const name = this.nameAt(buf, lt + 2, nameEnd);
    const open = this.stack.at(-1);
    if (open === void 0) throw new XmlFault(this.base + lt, `a closing tag </${name}> with no open element`);
    if (open !== name) throw new XmlFault(this.base + lt, `the closing tag </${name}> does not match the open <${open}>`);
    this.tagStart = this.base + lt;
    this.closed(name);
    return i + 1;
  }
  closed(name) {
    const depth = this.stack.length;
    this.visitor.close(name, depth);
    this.stack.pop();
    this.tagMemory.pop();
    if (depth === 1) this.rootClosed = true;
  }
  /** `<!DOCTYPE …>`, skipped whole; refused when it declares entities or attribute defaults, or comes after the root. */
  doctype(buf, lt) {
    if (this.sawRoot) throw new XmlFault(this.base + lt, "a DOCTYPE after the root element");
    if (this.sawDoctype) throw new XmlFault(this.base + lt, "a second DOCTYPE");
    let quote = 0;
    let brackets = 0;
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf[i];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === 91) brackets++;
      else if (c === 93) brackets--;
      else if (c === LT && brackets > 0 && (startsWith(buf, i, "<!--") || startsWith(buf, i, "<?"))) {
        const comment = buf[i + 1] === BANG;
        const end = buf.indexOf(comment ? "-->" : "?>", i + 2, "latin1");
        if (end === -1) break;
        i = end + (comment ? 2 : 1);
      } else if (c === LT && startsWith(buf, i, "<!ENTITY")) {
        throw new XmlFault(this.base + i, "the DOCTYPE declares entities; entity declarations are refused (entity expansion attack?)");
      } else if (c === LT && startsWith(buf, i, "<!ATTLIST")) {
        throw new XmlFault(this.base + i, "the DOCTYPE declares attribute defaults (<!ATTLIST>), which this reader does not apply; refused");
      } else if (c === GT && brackets <= 0) {
        this.sawDoctype = true;
        return i + 1;
      }
    }
    if (buf.length - lt > PROLOG_CAP) throw new XmlFault(this.base + lt, "more than 1 MiB before the root element (an oversized DOCTYPE?)");
    return -1;
  }
};
var Tag = class {
  name = "";
  buf = EMPTY;
  /** Per attribute, as the reader found and checked it: name start and end, value start and end. */
  offsets = NO_ATTRIBUTES;
  /** Entries of `offsets` that are this tag's (4 per attribute; the list is longer when an earlier tag had more). */
  words = 0;
  encoding = "utf8";
  reset(name, buf, offsets, words, encoding) {
    this.name = name;
    this.buf = buf;
    this.offsets = offsets;
    this.words = words;
    this.encoding = encoding;
  }
  attr(wanted) {
    const k = this.find(wanted);
    return k === -1 ? void 0 : decodeValue(this.buf.toString(this.encoding, this.offsets[k + 2], this.offsets[k + 3]));
  }
  number(wanted) {
    const k = this.find(wanted);
    if (k === -1) return void 0;
    const buf = this.buf;
    const start = this.offsets[k + 2];
    const end = this.offsets[k + 3];
    let i = start;
    const negative = buf[i] === 45;
    if (negative) i++;
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (; i < end; i++) {
      const c = buf[i];
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (c === 46 && decimals < 0) decimals = 0;
      else break;
    }
    if (i === end && digits > 0 && digits <= 15 && decimals <= 22) {
      const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
      return negative ? -value : value;
    }
    return Number(decodeValue(buf.toString(this.encoding, start, end)));
  }
  copyAttr(wanted, out, at) {
    const k = this.find(wanted);
    if (k === -1) return -1;
    const buf = this.buf;
    const start = this.offsets[k + 2];
    const end = this.offsets[k + 3];
    if (this.encoding !== "utf8" || at + end - start > out.length) return -2;
    let o = at;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c === 38 || c === 9 || c === 10 || c === 13) return -2;
      out[o++] = c;
    }
    return o;
  }
  attrsOf(wanted) {
    const offsets = this.offsets;
    const { names, lengths } = wanted;
    let found;
    for (let k = 0; k < this.words; k += 4) {
      const length = offsets[k + 1] - offsets[k];
      for (let n = 0; n < names.length; n++) {
        if (lengths[n] !== length || !sameName(this.buf, offsets[k], offsets[k + 1], names[n])) continue;
        (found ??= []).push([names[n], decodeValue(this.buf.toString(this.encoding, offsets[k + 2], offsets[k + 3]))]);
        break;
      }
    }
    return found;
  }
  /** Index in `offsets` of the wanted attribute, or -1. */
  find(wanted) {
    const offsets = this.offsets;
    const length = wanted.length;
    const ascii = isAscii(wanted);
    for (let k = 0; k < this.words; k += 4) {
      if (ascii && offsets[k + 1] - offsets[k] !== length) continue;
      if (sameName(this.buf, offsets[k], offsets[k + 1], wanted)) return k;
    }
    return -1;
  }
};
var NO_ATTRIBUTES = [];
var EMPTY = Buffer.alloc(0);
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
function isAscii(name) {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return false;
  return true;
}
function sameName(buf, start, end, name) {
  if (end - start !== name.length) {
    return end - start > name.length && buf.toString("utf8", start, end) === name;
  }
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return name.charCodeAt(i) > 127 && buf.toString("utf8", start, end) === name;
  return true;
}
function decodeValue(raw) {
  let value = raw;
  if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, " ");
  return value.includes("&") ? decodeReferences(value) : value;
}
function decodeReferences(text) {
  return text.replace(
    /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g,
    (_, body) => body[0] === "#" ? String.fromCodePoint(body[1] === "x" ? parseInt(body.slice(2), 16) : Number(body.slice(1))) : PREDEFINED[body]
  );
}
function utf8At(buf, i) {
  const b = buf[i];
  const length = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
  if (i + length > buf.length) return void 0;
  if (length === 1) return { code: 65533, length };
  let code = b & 255 >> length + 1;
  for (let k = 1; k < length; k++) {
    const c = buf[i + k];
    if ((c & 192) !== 128) return { code: 65533, length: k };
    code = code << 6 | c & 63;
  }
  return { code, length };
}
function isNameStartChar(code) {
  return code >= 192 && code <= 214 || code >= 216 && code <= 246 || code >= 248 && code <= 767 || code >= 880 && code <= 893 || code >= 895 && code <= 8191 || code === 8204 || code === 8205 || code >= 8304 && code <= 8591 || code >= 11264 && code <= 12271 || code >= 12289 && code <= 55295 || code >= 63744 && code <= 64975 || code >= 65008 && code <= 65533 || code >= 65536 && code <= 983039;
}
function isNameChar(code) {
  return isNameStartChar(code) || code === 183 || code >= 768 && code <= 879 || code === 8255 || code === 8256;
}
function isXmlChar(code) {
  return code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
}
function headComplete(head) {
  if (head.length < 4) return false;
  const bom = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  const rest = head.length - bom;
  if (rest < 5) return !"<?xml".startsWith(head.toString("latin1", bom));
  if (!startsWith(head, bom, "<?xml")) return true;
  return head.indexOf("?>", bom, "latin1") !== -1 || head.length >= HEAD_CAP;
}
function startsWith(buf, at, text) {
  for (let i = 0; i < text.length; i++) if (buf[at + i] !== text.charCodeAt(i)) return false;
  return true;
}
function describe(c) {
  return c === void 0 ? "the end" : c >= 32 && c < 127 ? JSON.stringify(String.fromCharCode(c)) : `byte 0x${c.toString(16).padStart(2, "0")}`;
}
async function locateInFile(path2, offset, encoding) {
  let line = 1;
  let column = 1;
  if (offset > 0) {
    for await (const chunk of createReadStream(path2, { end: offset - 1, highWaterMark: 256 * 1024 })) {
      let last = -1;
      for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
        line++;
        last = i;
      }
      column = (last === -1 ? column : 1) + units(chunk, last + 1, chunk.length, encoding);
    }
  }
  return `line ${line} column ${column}`;
}
function units(buf, from, to, encoding) {
  if (encoding === "latin1") return Math.max(0, to - from);
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i];
    if ((b & 192) !== 128) n += b >= 240 ? 2 : 1;
  }
  return n;
}

// src/reports/coverage-lines.ts
var DENSE_LIMIT = 1 << 20;
var LineSet = class {
  dense = new Uint8Array(256);
  sparse;
  add(line, hit) {
    const state = hit ? 2 : 1;
    if (line >= DENSE_LIMIT) {
      this.sparse ??= /* @__PURE__ */ new Map();
      this.sparse.set(line, hit || (this.sparse.get(line) ?? false));
      return;
    }
    if (line >= this.dense.length) {
      let size = this.dense.length;
      while (size <= line) size *= 2;
      const grown = new Uint8Array(Math.min(size, DENSE_LIMIT));
      grown.set(this.dense);
      this.dense = grown;
    }
    if (this.dense[line] < state) this.dense[line] = state;
  }
  /** Lines listed and lines hit. */
  counts() {
    let total = 0;
    let covered = 0;
    for (const state of this.dense) {
      if (state !== 0) total++;
      if (state === 2) covered++;
    }
    for (const hit of this.sparse?.values() ?? []) {
      total++;
      if (hit) covered++;
    }
    return { total, covered };
  }
};
function percentOf(covered, total) {
  return total > 0 ? 100 * covered / total : 100;
}
function istanbulPercent(covered, total) {
  if (total <= 0) return 100;
  const tmp = 1e3 * 100 * covered / total;
  return Math.floor(tmp / 10) / 100;
}
function reportFromFiles(format, files, display) {
  let covered = 0;
  let total = 0;
  let branchesCovered = 0;
  let branchesTotal = 0;
  let sawBranches = false;
  for (const f of files) {
    covered += f.lines_covered;
    total += f.lines_total;
    if (f.branches_total !== void 0) {
      sawBranches = true;
      branchesTotal += f.branches_total;
      branchesCovered += f.branches_covered ?? 0;
    }
  }
  const report = { format, lines_covered: covered, lines_total: total, percent: percentOf(covered, total), files };
  if (display) report.display_percent = display(covered, total);
  if (sawBranches) {
    report.branches_covered = branchesCovered;
    report.branches_total = branchesTotal;
  }
  return report;
}

export {
  toWorkspacePath,
  AsciiNames,
  streamXml,
  LineSet,
  percentOf,
  istanbulPercent,
  reportFromFiles
};
