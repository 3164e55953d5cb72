/**
 * A streaming XML reader for the report parsers (JUnit, Cobertura, JaCoCo), working on bytes.
 *
 * Why not saxes, htmlparser2, sax-wasm or ltx: on the 1,000,000-case JUnit file of `npm run bench` each of them
 * needs 1.8 s or more merely to tokenize (nothing done per event), which leaves no room for the issue's ≥ 50 MB/s;
 * they decode every byte to a string and walk it one character at a time. Reports need far less: element names,
 * a few attribute values, and text only inside the odd `<failure>` or `<source>`. So this reader works on the
 * Buffers as read, jumps over text and comments with native `indexOf`, and decodes an attribute only when a parser
 * asks for it. It still checks what decides the structure, so it cannot be fooled into other counts than a
 * conforming parser's: tags nest and match, one root, attributes are quoted and not repeated, names are names,
 * every `&` reference is one of XML's five or a valid character reference, nothing but white space, comments and
 * processing instructions outside the root. A property test holds it to saxes: on generated
 * and mutated documents both give the same elements and attributes, or this one refuses.
 *
 * Safety: no DTD is read and no entity is ever expanded (a DOCTYPE that declares entities or attribute defaults is
 * refused); the element stack is an array (no recursion) bounded by {@link MAX_DEPTH}; memory is bounded by the
 * longest single tag ({@link TAG_CAP}), never by the file: text, comments and CDATA are skipped, or delivered in bounded pieces.
 *
 * Not checked (they cannot change what a report parser reads): characters of skipped text other than `&` and `<`
 * (control characters, `]]>`), `--` inside comments, and the encoding's validity (invalid UTF-8 decodes to
 * U+FFFD). Stricter than XML: a reference longer than 256 characters (`&#0000…65;`) is refused.
 *
 * Laxer than XML, with a warning naming the line: control characters (NUL, BEL, ESC…) inside attribute values and
 * NUL anywhere in text. jest-junit writes test names with ANSI colours raw into attributes; such a character can no
 * more change the document's structure than a letter can, so the file is read (the characters kept as they are)
 * and the warning says where. In a name, between attributes or outside the root element it is still refused.
 *
 * Encodings: UTF-8 (with or without a BOM), UTF-16 little- or big-endian (with a BOM, or without one when the file
 * starts with `<?xml`), and ISO-8859-1/windows-1252 when the XML declaration says so. The BOM and the declaration
 * are read from the first bytes however the input is cut (a byte at a time included). UTF-32 is refused, saying so.
 */
import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { ReportError } from './types.js'
import { CHUNK_SIZE, fileChunks } from './read.js'

/**
 * An element's start tag. Attribute values are decoded on request, so unread attributes cost nothing. A tag can be
 * read until its element closes (`close` included); after that the bytes it reads from may be reused.
 */
export interface XmlTag {
  readonly name: string
  /** The attribute's value with references decoded and white space normalized as XML requires, or undefined. */
  attr(name: string): string | undefined
  /** `Number(attr(name))` (NaN when not a number, undefined when absent), read from the bytes when they are plain. */
  number(name: string): number | undefined
  /**
   * The values of those of `names` the tag has, as `[name, value]` pairs in the tag's order; undefined (and nothing
   * allocated) when it has none: one pass over the tag for names that are mostly absent.
   */
  attrsOf(names: AsciiNames): [string, string][] | undefined
  /**
   * Copies the attribute's value as UTF-8 into `out` at `at` when its bytes are its value (UTF-8 input, no
   * reference, tab or line break) and it fits: returns where it ends; -1 when absent; -2 when not copied (read it
   * with {@link attr}). Nothing allocated.
   */
  copyAttr(name: string, out: Buffer, at: number): number
}

/** ASCII attribute names compiled once, for {@link XmlTag.attrsOf}. */
export class AsciiNames {
  readonly lengths: number[]
  constructor(readonly names: readonly string[]) {
    for (const name of names) if (!isAscii(name)) throw new Error(`not an ASCII name: ${name}`)
    this.lengths = names.map((n) => n.length)
  }
}

/** What a format's visitor sees of the XML: elements with their depth (the root is 1) and, on request, text. */
export interface XmlVisitor {
  open(tag: XmlTag, depth: number): void
  close(name: string, depth: number): void
  /** Text and CDATA, only while the visitor has asked for it with `captureText(true)`; at most 64 KiB per node. */
  text?(chunk: string): void
  /**
   * A comment inside the root element, as its first {@link COMMENT_CAP} bytes (latin1), with the depth of the element
   * that holds it (1: the root): node's junit reporter writes its run's totals only as comments of the root (`<!-- fail
   * 1 -->`), Qt Test 5 a skipped test as a comment of its test case (`<!-- message="why" type="skip" -->`).
   */
  comment?(text: string, depth: number): void
}

/** Most bytes of a comment handed to {@link XmlVisitor.comment}. */
export const COMMENT_CAP = 1024

/** What a read brought up that did not stop it. */
export interface XmlOutcome {
  /** Each names the file and the line of what it warns about. */
  warnings: string[]
}

/** What the XML stream offers a visitor. */
export interface XmlControl {
  /** Turn text delivery on or off; off by default, so text costs neither time nor memory. */
  captureText(on: boolean): void
  /** An error at the current element, for the visitor to throw; `streamXml` turns it into a located ReportError. */
  error(detail: string): Error
}

/**
 * A report's content: a file to read (the fast way: its read buffers are reused, and a fault's line is found by
 * reading the file again rather than by counting lines all along), its text, its bytes, or its chunks (strings or
 * Buffers, any split) as a stream yields them.
 */
export type XmlInput = XmlFile | AsyncIterable<string | Buffer> | string | Buffer

/** A file to read. */
export interface XmlFile {
  readonly path: string
}

/** Deepest element nesting accepted; real reports stay under a dozen levels. */
export const MAX_DEPTH = 10_000
/** Longest text or CDATA node delivered to a visitor, in bytes; the rest of the node is skipped. */
const TEXT_CAP = 64 * 1024
/** Longest element or attribute name, and most attributes on one element. */
const NAME_CAP = 4 * 1024
const ATTRIBUTE_CAP = 1024
/** Most bytes before the root element (XML declaration, comments, DOCTYPE). */
const PROLOG_CAP = 1024 * 1024
/** Longest single start tag, in bytes: the only thing ever held across chunks. */
const TAG_CAP = 8 * 1024 * 1024
/** Attributes of one tag compared byte by byte for repeats; past these, as strings. */
const PAIRWISE = 32
/** Most bytes read for the byte order mark and the XML declaration before the encoding is decided. */
const HEAD_CAP = 1100
/** Bytes of a new chunk used to finish what the previous chunk left unfinished without copying the chunk. */
const BRIDGE = 64 * 1024
/** Longest entity or character reference accepted, `&` and `;` included (XML sets none; saxes reads any length). */
const REFERENCE_CAP = 256

const LT = 0x3c
const GT = 0x3e
const AMP = 0x26
const SLASH = 0x2f
const BANG = 0x21
const QUESTION = 0x3f
const EQUALS = 0x3d
const QUOTE = 0x22
const APOSTROPHE = 0x27
const SEMICOLON = 0x3b
const NEWLINE = 0x0a

/** Byte classes: 1 white space, 2 may start a name, 4 may continue a name. Bytes ≥ 0x80 (UTF-8) count as letters. */
const CLASS = new Uint8Array(256)
for (const c of [0x20, 0x09, 0x0a, 0x0d]) CLASS[c] = 1
for (let c = 0; c < 256; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x80 || c === 0x5f || c === 0x3a
  if (letter) CLASS[c] |= 2 | 4
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e) CLASS[c] |= 4
}

/** Names the report parsers meet in every file, matched on bytes so the hot path allocates no name strings. */
const COMMON_NAMES = [
  'testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped', 'system-out', 'system-err', 'properties',
  'property', 'coverage', 'sources', 'source', 'packages', 'package', 'classes', 'class', 'methods', 'method', 'lines',
  'line', 'conditions', 'condition', 'report', 'sessioninfo', 'group', 'sourcefile', 'counter'
]
const NAMES_BY_LENGTH: string[][] = []
for (const name of COMMON_NAMES) (NAMES_BY_LENGTH[name.length] ??= []).push(name)

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** A fault with its byte offset, turned into `line L column C` once the stream has stopped. */
class XmlFault extends Error {
  constructor(
    readonly offset: number,
    readonly detail: string
  ) {
    super(detail)
  }
}

/**
 * Streams XML into a visitor.
 *
 * @returns the warnings of the read (control characters it let through), each naming the file and the line
 * @throws ReportError(file, format, 'line L column C', detail) for malformed XML and for the visitor's own errors
 */
export async function streamXml(
  input: XmlInput,
  file: string,
  format: string,
  makeVisitor: (control: XmlControl) => XmlVisitor
): Promise<XmlOutcome> {
  // A file can be read again to find the line of a fault, so its lines need not be counted while streaming.
  const path = typeof input === 'object' && !Buffer.isBuffer(input) && !(Symbol.asyncIterator in input) ? input.path : undefined
  const reader = new XmlReader(path === undefined)
  const visitor = makeVisitor(reader)
  reader.visitor = visitor
  try {
    if (typeof input === 'string') reader.feed(Buffer.from(input, 'utf8'))
    else if (Buffer.isBuffer(input)) reader.feed(input)
    else if (Symbol.asyncIterator in input) {
      for await (const chunk of input) reader.feed(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)
    } else await readFile(input.path, reader)
    reader.finish()
  } catch (err) {
    if (!(err instanceof XmlFault)) throw err
    const fault = err
    const where = path !== undefined && !reader.transcoded ? await locateInFile(path, fault.offset, reader.encodingOf()) : reader.locate(fault.offset)
    throw new ReportError(file, format, where, fault.detail)
  }
  const warnings: string[] = []
  const control = reader.controlCharacters
  if (control !== undefined) {
    const where = control.where ?? (await locateInFile(path as string, control.offset, reader.encodingOf()))
    const codes = [...control.codes].sort((a, b) => a - b).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}${CONTROL_NAMES[c] ? ` ${CONTROL_NAMES[c]}` : ''}`)
    warnings.push(
      `${file}: ${where}: control characters XML does not allow (${codes.join(', ')}) in attribute values or text; read as they are, since they cannot change the document's structure (jest-junit writes test names with ANSI colours this way)`
    )
  }
  return { warnings }
}

/** Names of the control characters test output is most likely to hold. */
const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 0x1b: 'ESC' }

/**
 * Feeds a file to the reader, handing each read a buffer nothing points into any more: the unfinished rest of the
 * last chunk and the tags of open elements keep theirs.
 */
async function readFile(path: string, reader: XmlReader): Promise<void> {
  const free: Buffer[] = []
  let inUse: Buffer[] = []
  const nextBuffer = (): Buffer => {
    const buffer = free.pop() ?? Buffer.allocUnsafeSlow(CHUNK_SIZE)
    inUse.push(buffer)
    return buffer
  }
  for await (const chunk of fileChunks(path, nextBuffer)) {
    reader.feed(chunk)
    inUse = inUse.filter((buffer) => reader.holds(buffer.buffer) || (free.push(buffer), false))
  }
}

class XmlReader implements XmlControl {
  visitor!: XmlVisitor
  /** Whether the input is UTF-16 turned into UTF-8 here (offsets then do not match the file's bytes). */
  transcoded = false

  private buf: Buffer = Buffer.alloc(0)
  /** Offset of `buf[0]` in the whole input. */
  private base = 0
  private pos = 0
  private mode: 'text' | 'comment' | 'cdata' | 'pi' = 'text'
  private readonly stack: string[] = []
  /** Per open element, the memory its Tag reads from (kept from reuse until the element closes). */
  private readonly tagMemory: ArrayBufferLike[] = []
  private sawRoot = false
  private sawDoctype = false
  private rootClosed = false
  private started = false
  private encoding: 'utf8' | 'latin1' = 'utf8'
  private utf16: StringDecoder | undefined
  /** UTF-16 big-endian: bytes are swapped to little-endian, an odd last byte waiting for its pair. */
  private bigEndian = false
  private oddByte: Buffer | undefined
  private bom = 0
  private first = true
  /** The first bytes, kept until the byte order mark and the XML declaration can be read whole. */
  private head: Buffer | undefined
  /** The first control character let through (see the header), where it is, and every one seen. */
  controlCharacters: { offset: number; where?: string; codes: Set<number> } | undefined
  /** A NUL byte of the chunk being fed, noted once the chunk is in `buf` (so that its line can be counted). */
  private pendingNul = -1
  /** Start of the element being reported to the visitor, for its errors. */
  private tagStart = 0
  /** Next `<` and `&` at or after the position they were searched from, `buf.length` when none. */
  private nextLt = -1
  private nextAmp = -1

  private capture = false
  /** The start of the comment being read, for {@link XmlVisitor.comment}. */
  private commentText = ''
  private textBytes = 0
  /** Whether the last piece of text delivered ended with \r (a \n starting the next one belongs to it). */
  private afterCR = false
  private textDecoder: StringDecoder | undefined

  /** Line counting for inputs that cannot be read again: lines and last newline before `buf`. */
  private lines = 1
  /** Columns (UTF-16 units, as JavaScript counts characters) of the current line before `buf`. */
  private lineUnits = 0

  constructor(private countLines: boolean) {}

  encodingOf(): 'utf8' | 'latin1' {
    return this.encoding
  }

  // ---- XmlControl ----

  captureText(on: boolean): void {
    this.capture = on
    if (on) this.newTextNode()
  }

  error(detail: string): Error {
    return new XmlFault(this.tagStart, detail)
  }

  // ---- input ----

  feed(chunk: Buffer): void {
    if (this.first) {
      // The byte order mark and the XML declaration may be cut anywhere: they are read once whole. The chunk may be
      // a read buffer about to be reused, so what is kept is a copy.
      if (this.head === undefined && headComplete(chunk)) chunk = this.sniff(chunk)
      else {
        this.head = Buffer.concat([this.head ?? Buffer.alloc(0), chunk])
        if (!headComplete(this.head)) return
        chunk = this.sniff(this.head)
        this.head = undefined
      }
    }
    this.feedDecided(chunk)
  }

  /** {@link feed} once the encoding is known. */
  private feedDecided(chunk: Buffer): void {
    if (this.utf16) chunk = this.transcode(chunk)
    if (chunk.length === 0) return
    const carried = this.buf.length
    // A NUL byte cannot change the structure: where it could, the scanner refuses what it finds there. Elsewhere it
    // is let through with a warning.
    const nul = this.controlCharacters === undefined || !this.controlCharacters.codes.has(0) ? chunk.indexOf(0) : -1
    if (nul !== -1) this.pendingNul = this.base + carried + nul
    if (carried > 0 && chunk.length > BRIDGE) {
      // What the last chunk left unfinished (most often a tag cut in two) is finished on a bridge of the new chunk's
      // first bytes, so that the whole chunk need not be copied behind it.
      this.use(Buffer.concat([this.buf, chunk.subarray(0, BRIDGE)]))
      this.run(false, carried)
      if (this.pos >= carried) {
        const into = this.pos - carried
        this.pos = carried
        this.drop()
        this.use(chunk)
        this.pos = into
      } else this.use(Buffer.concat([this.buf.subarray(0, carried), chunk]))
    } else this.use(carried === 0 ? chunk : Buffer.concat([this.buf, chunk]))
    this.run(false)
    if (this.pendingNul !== -1) {
      this.noteControl(this.pendingNul, 0)
      this.pendingNul = -1
    }
    this.drop()
  }

  /** UTF-16 bytes to UTF-8 (big-endian ones swapped first, on a copy: the chunk may be a reused read buffer). */
  private transcode(chunk: Buffer): Buffer {
    if (this.bigEndian) {
      const bytes = this.oddByte === undefined ? chunk : Buffer.concat([this.oddByte, chunk])
      const even = bytes.length - (bytes.length % 2)
      this.oddByte = even < bytes.length ? Buffer.from(bytes.subarray(even)) : undefined
      chunk = Buffer.from(bytes.subarray(0, even)).swap16()
    }
    return Buffer.from((this.utf16 as StringDecoder).write(chunk), 'utf8')
  }

  /** Notes a control character let through at `offset` (in `buf` when lines are counted as the read goes). */
  private noteControl(offset: number, code: number): void {
    const seen = this.controlCharacters
    if (seen === undefined || offset < seen.offset) {
      this.controlCharacters = { offset, where: this.countLines ? this.locate(offset) : undefined, codes: seen?.codes ?? new Set() }
    }
    ;(this.controlCharacters as { codes: Set<number> }).codes.add(code)
  }

  /** Whether the reader still points into this memory: the unfinished rest, or the Tag of an open element. */
  holds(memory: ArrayBufferLike): boolean {
    return this.buf.buffer === memory || this.tagMemory.includes(memory)
  }

  private use(buf: Buffer): void {
    this.buf = buf
    this.nextLt = -1
    this.nextAmp = -1
  }

  finish(): void {
    if (this.head !== undefined) {
      // A document that ended before its head could be read whole.
      const head = this.sniff(this.head)
      this.head = undefined
      this.feedDecided(head)
    }
    if (this.utf16) {
      if (this.oddByte !== undefined) throw new XmlFault(this.base + this.buf.length, 'a UTF-16 file with an odd number of bytes (cut in the middle of a character?)')
      const rest = this.utf16.end()
      if (rest !== '') this.use(Buffer.concat([this.buf, Buffer.from(rest, 'utf8')]))
    }
    this.run(true)
    const end = this.base + this.buf.length
    if (this.mode !== 'text' || this.pos < this.buf.length) {
      const inside = this.mode === 'text' ? 'a tag' : this.mode === 'pi' ? 'a processing instruction' : `a ${this.mode === 'cdata' ? 'CDATA section' : 'comment'}`
      throw new XmlFault(this.base + this.pos, `unexpected end of file inside ${inside}`)
    }
    if (this.stack.length > 0) throw new XmlFault(end, `unexpected end of file: <${this.stack.at(-1)}> is unclosed`)
    if (!this.sawRoot) throw new XmlFault(end, end === 0 ? 'the file is empty (0 bytes): no root element' : 'no root element')
  }

  /** Byte order mark and encoding declaration, from the first bytes (whole: see {@link headComplete}). */
  private sniff(head: Buffer): Buffer {
    this.first = false
    const utf32 = (head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)
    if (utf32) throw new XmlFault(0, 'a UTF-32 file, which this reader does not read: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)')
    const le = head[0] === 0xff && head[1] === 0xfe
    const be = head[0] === 0xfe && head[1] === 0xff
    // Without a byte order mark, UTF-16 shows in its first character, which must be the `<` of `<?xml`.
    const bareLe = head[0] === LT && head[1] === 0 && head[2] === QUESTION && head[3] === 0
    const bareBe = head[0] === 0 && head[1] === LT && head[2] === 0 && head[3] === QUESTION
    if (le || be || bareLe || bareBe) {
      this.utf16 = new StringDecoder('utf16le')
      this.bigEndian = be || bareBe
      this.transcoded = true
      // Offsets are then those of the UTF-8 text, not of the file: lines are counted as the read goes.
      this.countLines = true
      return le || be ? head.subarray(2) : head
    }
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) this.bom = 3
    const declaration = /^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/.exec(head.toString('latin1', this.bom, this.bom + HEAD_CAP))
    const encoding = declaration?.[1].toLowerCase()
    if (encoding === 'iso-8859-1' || encoding === 'latin1' || encoding === 'windows-1252') this.encoding = 'latin1'
    return head
  }

  /** Forgets what has been read, keeping the unfinished rest (a tag cut by the chunk's end, a reference, a `]]`). */
  private drop(): void {
    if (this.pos === 0) {
      if (this.buf.length > TAG_CAP) throw new XmlFault(this.base, `a tag longer than ${TAG_CAP / 1024 / 1024} MiB`)
      return
    }
    if (this.countLines) {
      let last = -1
      for (let i = this.buf.indexOf(NEWLINE); i !== -1 && i < this.pos; i = this.buf.indexOf(NEWLINE, i + 1)) {
        this.lines++
        last = i
      }
      this.lineUnits = (last === -1 ? this.lineUnits : 0) + units(this.buf, last + 1, this.pos, this.encoding)
    }
    this.base += this.pos
    this.use(this.pos === this.buf.length ? Buffer.alloc(0) : this.buf.subarray(this.pos))
    this.pos = 0
    if (!this.sawRoot && this.base > PROLOG_CAP) {
      throw new XmlFault(this.base, 'more than 1 MiB before the root element (an oversized DOCTYPE?)')
    }
  }

  /** `line L column C` of a byte offset within or before the current buffer (inputs read once). */
  locate(offset: number): string {
    let line = this.lines
    let last = -1
    const end = Math.max(0, Math.min(offset - this.base, this.buf.length))
    for (let i = this.buf.indexOf(NEWLINE); i !== -1 && i < end; i = this.buf.indexOf(NEWLINE, i + 1)) {
      line++
      last = i
    }
    const column = (last === -1 ? this.lineUnits : 0) + units(this.buf, last + 1, end, this.encoding) + 1
    return `line ${line} column ${column}`
  }

  // ---- the scanner ----

  /** Reads on from `pos` to the end of the buffer, or until `pos` has passed `limit`. */
  private run(final: boolean, limit = Infinity): void {
    const buf = this.buf
    while (this.pos < buf.length && this.pos < limit) {
      if (this.mode !== 'text') {
        if (!this.skipSection(buf)) return
        continue
      }
      let lt = this.nextLt
      if (lt < this.pos) {
        // Most text between tags is a newline and some indentation: look a few bytes ahead before calling indexOf.
        lt = -1
        const stop = Math.min(buf.length, this.pos + 16)
        for (let i = this.pos; i < stop; i++) {
          if (buf[i] === LT) {
            lt = i
            break
          }
        }
        if (lt === -1) lt = stop === buf.length ? buf.length : buf.indexOf(LT, stop)
        if (lt === -1) lt = buf.length
        this.nextLt = lt
      }
      if (lt > this.pos) {
        const end = lt === buf.length && !final ? this.textEnd(buf, this.pos, lt) : lt
        this.text(buf, this.pos, end)
        this.pos = end
        if (lt === buf.length) return
      }
      const next = this.markup(buf, lt)
      if (next === -1) return
      this.pos = next
    }
  }

  /** Where text cut by the chunk's end may be handled up to: before a reference the next chunk completes. */
  private textEnd(buf: Buffer, start: number, end: number): number {
    for (let i = end - 1; i >= start && i >= end - REFERENCE_CAP; i--) {
      if (buf[i] === SEMICOLON) return end
      if (buf[i] === AMP) return i
    }
    return end
  }

  /** Text from `start` to `end`: checked, and delivered when the visitor asked for it. */
  private text(buf: Buffer, start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++) {
        if (CLASS[buf[i]] === 1) continue
        if (i === 0 && this.base === 0 && this.bom === 3) {
          i += 2
          continue
        }
        if (!this.started) {
          const seen = JSON.stringify(buf.toString(this.encoding, i, Math.min(end, i + 20)))
          throw new XmlFault(this.base + i, `not XML: the content starts with ${seen}`)
        }
        throw new XmlFault(this.base + i, this.sawRoot ? 'text after the root element' : 'text before the root element')
      }
      return
    }
    let amp = this.nextAmp
    if (amp < start) amp = this.nextAmp = this.indexOrLength(buf, AMP, start)
    while (amp < end) {
      const after = this.reference(buf, amp, end)
      amp = this.nextAmp = this.indexOrLength(buf, AMP, after)
    }
    if (this.capture && this.textBytes < TEXT_CAP) this.deliver(buf, start, end, true)
  }

  private indexOrLength(buf: Buffer, byte: number, from: number): number {
    const i = buf.indexOf(byte, from)
    return i === -1 ? buf.length : i
  }

  /** Hands the visitor up to the rest of the node's {@link TEXT_CAP} bytes, decoded. */
  private deliver(buf: Buffer, start: number, end: number, references: boolean): void {
    const take = Math.min(end - start, TEXT_CAP - this.textBytes)
    this.textBytes += take
    this.textDecoder ??= new StringDecoder(this.encoding)
    let text = this.textDecoder.write(buf.subarray(start, start + take))
    // Line ends become \n (XML 1.0 §2.11), a \r\n cut between two pieces included.
    if (this.afterCR && text.startsWith('\n')) text = text.slice(1)
    this.afterCR = text.endsWith('\r')
    text = text.replace(/\r\n?/g, '\n')
    if (references && text.includes('&')) text = decodeReferences(text)
    if (text !== '') this.visitor.text?.(text)
  }

  /** Ends the text node: what its decoder holds (a cut UTF-8 sequence) is delivered as U+FFFD, as a decoder would. */
  private newTextNode(): void {
    if (this.textDecoder !== undefined && this.capture) {
      const rest = this.textDecoder.end()
      if (rest !== '') this.visitor.text?.(rest)
    }
    this.textBytes = 0
    this.textDecoder = undefined
    this.afterCR = false
  }

  /**
   * Checks the reference at `amp` (`&name;` or `&#…;`) and returns the offset after it.
   * @throws XmlFault when it is not one of XML's five entities or a valid character reference
   */
  private reference(buf: Buffer, amp: number, end: number): number {
    const stop = Math.min(end, amp + REFERENCE_CAP)
    let semi = -1
    for (let i = amp + 1; i < stop; i++) {
      if (buf[i] === SEMICOLON) {
        semi = i
        break
      }
    }
    if (semi === -1) throw new XmlFault(this.base + amp, 'a & that starts no reference (write &amp; for a literal &)')
    const body = buf.toString('latin1', amp + 1, semi)
    if (body[0] === '#') {
      const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? Number(body.slice(1)) : NaN
      if (!isXmlChar(code)) throw new XmlFault(this.base + amp, `&${body}; is not a valid character reference`)
    } else if (!Object.hasOwn(PREDEFINED, body)) {
      throw new XmlFault(this.base + amp, `undefined entity &${body.slice(0, REFERENCE_CAP)}; (only XML's five are known, none is declared)`)
    }
    return semi + 1
  }

  /** Goes on through a comment, CDATA section or processing instruction; false when the chunk ends inside it. */
  private skipSection(buf: Buffer): boolean {
    const terminator = this.mode === 'comment' ? '-->' : this.mode === 'cdata' ? ']]>' : '?>'
    const at = buf.indexOf(terminator, this.pos, 'latin1')
    const end = at === -1 ? Math.max(this.pos, buf.length - (terminator.length - 1)) : at
    if (this.mode === 'cdata' && this.capture && this.textBytes < TEXT_CAP && end > this.pos) this.deliver(buf, this.pos, end, false)
    const comment = this.mode === 'comment' && this.stack.length >= 1 && this.visitor.comment !== undefined
    if (comment && this.commentText.length < COMMENT_CAP) this.commentText += buf.toString('latin1', this.pos, Math.min(end, this.pos + COMMENT_CAP - this.commentText.length))
    this.pos = at === -1 ? end : at + terminator.length
    if (at === -1) return false
    if (comment) {
      const text = this.commentText
      this.commentText = ''
      this.visitor.comment?.(text, this.stack.length)
    }
    this.mode = 'text'
    this.newTextNode()
    return true
  }

  /** Markup at `lt`; returns the offset after it, or -1 when the chunk ends inside it. */
  private markup(buf: Buffer, lt: number): number {
    this.newTextNode()
    this.started = true
    if (lt + 1 >= buf.length) return -1
    const c = buf[lt + 1]
    if (c === SLASH) return this.closeTag(buf, lt)
    if (c === BANG) {
      if (startsWith(buf, lt, '<!--')) {
        this.mode = 'comment'
        return lt + 4
      }
      if (startsWith(buf, lt, '<![CDATA[')) {
        if (this.stack.length === 0) throw new XmlFault(this.base + lt, 'a CDATA section outside the root element')
        this.mode = 'cdata'
        return lt + 9
      }
      if (startsWith(buf, lt, '<!DOCTYPE')) return this.doctype(buf, lt)
      if (buf.length - lt < 9) return -1
      throw new XmlFault(this.base + lt, `unexpected markup ${JSON.stringify(buf.toString('latin1', lt, lt + 9))}`)
    }
    if (c === QUESTION) {
      const nameEnd = this.nameEnd(buf, lt + 2)
      if (nameEnd === -1) return -1
      if (nameEnd === lt + 2) throw new XmlFault(this.base + lt, 'a processing instruction without a target')
      const after = buf[nameEnd]
      if (CLASS[after] !== 1) {
        if (after !== QUESTION) throw new XmlFault(this.base + nameEnd, `a processing instruction's target followed by ${describe(after)}`)
        if (nameEnd + 1 >= buf.length) return -1
        if (buf[nameEnd + 1] !== GT) throw new XmlFault(this.base + nameEnd, `a processing instruction's target followed by ${describe(after)}`)
      }
      const target = buf.toString('latin1', lt + 2, nameEnd)
      if (target.toLowerCase() === 'xml') return this.declaration(buf, lt, target)
      this.mode = 'pi'
      return nameEnd
    }
    return this.openTag(buf, lt)
  }

  /** `<?xml version="1.x" encoding="…" standalone="…"?>`, only at the very start. */
  private declaration(buf: Buffer, lt: number, target: string): number {
    if (target !== 'xml' || this.base + lt !== this.bom) {
      throw new XmlFault(this.base + lt, `an XML declaration (<?${target}) is allowed only at the very start, as <?xml`)
    }
    const end = buf.indexOf('?>', lt, 'latin1')
    if (end === -1) {
      if (buf.length - lt > 1024) throw new XmlFault(this.base + lt, 'an XML declaration longer than 1 KiB')
      return -1
    }
    const text = buf.toString('latin1', lt, end + 2)
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/.test(text)) {
      throw new XmlFault(this.base + lt, `a malformed XML declaration ${JSON.stringify(text.slice(0, 80))} (expected <?xml version="1.0" …?>)`)
    }
    return end + 2
  }

  /** Offset after the name starting at `start`, -1 when the chunk ends inside it. */
  private nameEnd(buf: Buffer, start: number): number {
    if (start >= buf.length) return -1
    if ((CLASS[buf[start]] & 2) === 0) return start
    const len = buf.length
    let i = buf[start] < 0x80 ? start + 1 : start
    while (i < len) {
      const c = buf[i]
      if (c < 0x80) {
        if ((CLASS[c] & 4) === 0) break
        i++
        continue
      }
      // Outside ASCII: decode the character and hold it to XML's NameStartChar / NameChar ranges.
      const char = this.encoding === 'latin1' ? { code: c, length: 1 } : utf8At(buf, i)
      if (char === undefined) return -1
      if (!(i === start ? isNameStartChar(char.code) : isNameChar(char.code))) {
        if (i === start) return start
        throw new XmlFault(this.base + i, `a character not allowed in a name (U+${char.code.toString(16).toUpperCase().padStart(4, '0')})`)
      }
      i += char.length
    }
    if (i - start > NAME_CAP) throw new XmlFault(this.base + start, `a name longer than ${NAME_CAP} bytes`)
    return i >= len ? -1 : i
  }

  private nameAt(buf: Buffer, start: number, end: number): string {
    const candidates = NAMES_BY_LENGTH[end - start]
    if (candidates !== undefined) {
      next: for (const name of candidates) {
        for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) continue next
        return name
      }
    }
    return buf.toString(this.encoding, start, end)
  }

  private openTag(buf: Buffer, lt: number): number {
    const nameEnd = this.nameEnd(buf, lt + 1)
    if (nameEnd === -1) return -1
    if (nameEnd === lt + 1) throw new XmlFault(this.base + lt, `a < not followed by a name (write &lt; for a literal <)`)
    let i = nameEnd
    let count = 0
    // Per attribute: name start and end, value start and end (kept for the Tag, so it never scans again). The list
    // and the Tag are the ones of this depth, reused: the element before this one at its depth has closed.
    const depth = this.stack.length + 1
    const offsets = (this.offsetLists[depth] ??= [])
    this.attributeWords = 0
    let selfClosing = false
    const len = buf.length
    for (;;) {
      if (i >= len) return -1
      let c = buf[i]
      const spaced = CLASS[c] === 1
      while (CLASS[c] === 1) {
        if (++i >= len) return -1
        c = buf[i]
      }
      if (c === GT) break
      if (c === SLASH) {
        if (i + 1 >= len) return -1
        if (buf[i + 1] !== GT) throw new XmlFault(this.base + i, 'a / in a tag not followed by >')
        selfClosing = true
        i++
        break
      }
      if (!spaced) throw new XmlFault(this.base + i, `expected white space, > or /> in the tag, found ${describe(c)}`)
      if (count === ATTRIBUTE_CAP) throw new XmlFault(this.base + lt, `an element with more than ${ATTRIBUTE_CAP} attributes`)
      i = this.attribute(buf, i, offsets)
      count++
      if (i === -1) return -1
    }
    const name = this.nameAt(buf, lt + 1, nameEnd)
    const stack = this.stack
    if (stack.length === 0) {
      if (this.rootClosed) throw new XmlFault(this.base + lt, `a second root element <${name}>`)
      if (this.base + lt > PROLOG_CAP) throw new XmlFault(this.base + lt, 'more than 1 MiB before the root element (an oversized DOCTYPE?)')
      this.sawRoot = true
    }
    this.started = true
    if (stack.length >= MAX_DEPTH) throw new XmlFault(this.base + lt, `elements are nested deeper than ${MAX_DEPTH} levels`)
    stack.push(name)
    this.tagMemory.push(buf.buffer)
    this.tagStart = this.base + lt
    let tag = this.tags[depth]
    if (tag === undefined) this.tags[depth] = tag = new Tag()
    tag.reset(name, buf, offsets, this.attributeWords, this.encoding)
    this.visitor.open(tag, stack.length)
    if (selfClosing) this.closed(name)
    return i + 1
  }

  /**
   * An attribute at `start`: name, optional white space, =, optional white space, quoted value; returns the offset
   * after the closing quote, -1 when the chunk ends first. (Apart from {@link openTag}, so that it is optimized early.)
   */
  private attribute(buf: Buffer, start: number, offsets: number[]): number {
    const nameEnd = this.nameEnd(buf, start)
    if (nameEnd === -1) return -1
    if (nameEnd === start) throw new XmlFault(this.base + start, `expected an attribute name, found ${describe(buf[start])}`)
    const len = buf.length
    let i = nameEnd
    while (i < len && CLASS[buf[i]] === 1) i++
    if (i >= len) return -1
    if (buf[i] !== EQUALS) throw new XmlFault(this.base + i, `expected = after the attribute name, found ${describe(buf[i])}`)
    i++
    while (i < len && CLASS[buf[i]] === 1) i++
    if (i >= len) return -1
    const quote = buf[i]
    if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlFault(this.base + i, `an attribute value not in quotes`)
    let j = i + 1
    for (; j < len; j++) {
      const b = buf[j]
      if (b > LT) {
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
        if (b === 0xef && buf[j + 1] === 0xbf && buf[j + 2] >= 0xbe && this.encoding === 'utf8') {
          throw new XmlFault(this.base + j, 'a disallowed character (U+FFFE or U+FFFF) in an attribute value')
        }
        continue
      }
      if (b === quote) break
      if (b === LT) throw new XmlFault(this.base + j, 'a < in an attribute value')
      if (b === AMP) {
        if (j + REFERENCE_CAP > len && buf.indexOf(SEMICOLON, j) === -1) return -1
        j = this.reference(buf, j, len) - 1
      } else if (b < 0x20 && CLASS[b] !== 1) {
        // Not an XML character, but inside quotes it cannot change the structure (see the header).
        this.noteControl(this.base + j, b)
      }
    }
    if (j >= len) return -1
    this.checkUnique(buf, start, nameEnd, offsets)
    const at = this.attributeWords
    offsets[at] = start
    offsets[at + 1] = nameEnd
    offsets[at + 2] = i + 1
    offsets[at + 3] = j
    this.attributeWords = at + 4
    return j + 1
  }

  /** Refuses a repeated attribute name (XML does; a second `name=` could otherwise hide the first). */
  private checkUnique(buf: Buffer, start: number, end: number, offsets: number[]): void {
    const count = this.attributeWords / 4
    if (count === 0 && this.moreNames.size > 0) this.moreNames.clear()
    const length = end - start
    for (let k = 0; k < Math.min(count, PAIRWISE); k++) {
      const s = offsets[4 * k]
      if (offsets[4 * k + 1] - s !== length) continue
      let same = true
      for (let m = 0; m < length && same; m++) same = buf[s + m] === buf[start + m]
      if (same) throw new XmlFault(this.base + start, `the attribute ${buf.toString(this.encoding, start, end)} is repeated`)
    }
    if (count < PAIRWISE) return
    // Past 32 attributes (never seen in reports) the rest are compared as strings.
    const name = buf.toString(this.encoding, start, end)
    if (this.moreNames.has(name)) throw new XmlFault(this.base + start, `the attribute ${name} is repeated`)
    this.moreNames.add(name)
  }

  private readonly moreNames = new Set<string>()
  /**
   * Per depth, the Tag handed to the visitor and its attribute offsets, reused for the next element at that depth
   * (a tag is read only until its element closes): 50,000 test cases allocate no tag each.
   */
  private readonly tags: Tag[] = []
  private readonly offsetLists: number[][] = []
  /** Entries of the current tag's offsets list in use (4 per attribute). */
  private attributeWords = 0

  private closeTag(buf: Buffer, lt: number): number {
    const nameEnd = this.nameEnd(buf, lt + 2)
    if (nameEnd === -1) return -1
    if (nameEnd === lt + 2) throw new XmlFault(this.base + lt, 'a closing tag without a name')
    let i = nameEnd
    while (i < buf.length && CLASS[buf[i]] === 1) i++
    if (i >= buf.length) return -1
    if (buf[i] !== GT) throw new XmlFault(this.base + i, `expected > to end the closing tag, found ${describe(buf[i])}`)
    const name = this.nameAt(buf, lt + 2, nameEnd)
    const open = this.stack.at(-1)
    if (open === undefined) throw new XmlFault(this.base + lt, `a closing tag </${name}> with no open element`)
    if (open !== name) throw new XmlFault(this.base + lt, `the closing tag </${name}> does not match the open <${open}>`)
    this.tagStart = this.base + lt
    this.closed(name)
    return i + 1
  }

  private closed(name: string): void {
    const depth = this.stack.length
    this.visitor.close(name, depth)
    this.stack.pop()
    this.tagMemory.pop()
    if (depth === 1) this.rootClosed = true
  }

  /** `<!DOCTYPE …>`, skipped whole; refused when it declares entities or attribute defaults, or comes after the root. */
  private doctype(buf: Buffer, lt: number): number {
    if (this.sawRoot) throw new XmlFault(this.base + lt, 'a DOCTYPE after the root element')
    if (this.sawDoctype) throw new XmlFault(this.base + lt, 'a second DOCTYPE')
    let quote = 0
    let brackets = 0
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf[i]
      if (quote !== 0) {
        if (c === quote) quote = 0
      } else if (c === QUOTE || c === APOSTROPHE) quote = c
      else if (c === 0x5b) brackets++
      else if (c === 0x5d) brackets--
      else if (c === LT && brackets > 0 && (startsWith(buf, i, '<!--') || startsWith(buf, i, '<?'))) {
        // A comment or processing instruction in the internal subset: its quotes and brackets mean nothing.
        const comment = buf[i + 1] === BANG
        const end = buf.indexOf(comment ? '-->' : '?>', i + 2, 'latin1')
        if (end === -1) break
        i = end + (comment ? 2 : 1)
      } else if (c === LT && startsWith(buf, i, '<!ENTITY')) {
        throw new XmlFault(this.base + i, 'the DOCTYPE declares entities; entity declarations are refused (entity expansion attack?)')
      } else if (c === LT && startsWith(buf, i, '<!ATTLIST')) {
        // A default value declared here is an attribute of every such element to a conforming parser (a
        // `status="failed"` on each <testcase>), which this reader, reading no DTD, would not see.
        throw new XmlFault(this.base + i, 'the DOCTYPE declares attribute defaults (<!ATTLIST>), which this reader does not apply; refused')
      } else if (c === GT && brackets <= 0) {
        this.sawDoctype = true
        return i + 1
      }
    }
    if (buf.length - lt > PROLOG_CAP) throw new XmlFault(this.base + lt, 'more than 1 MiB before the root element (an oversized DOCTYPE?)')
    return -1
  }
}

/**
 * A start tag kept as the bytes it was read from; attributes are found and decoded when asked for. The reader reuses
 * one per depth: {@link reset} points it at the next element's bytes.
 */
class Tag implements XmlTag {
  name = ''
  private buf: Buffer = EMPTY
  /** Per attribute, as the reader found and checked it: name start and end, value start and end. */
  private offsets: readonly number[] = NO_ATTRIBUTES
  /** Entries of `offsets` that are this tag's (4 per attribute; the list is longer when an earlier tag had more). */
  private words = 0
  private encoding: 'utf8' | 'latin1' = 'utf8'

  reset(name: string, buf: Buffer, offsets: readonly number[], words: number, encoding: 'utf8' | 'latin1'): void {
    this.name = name
    this.buf = buf
    this.offsets = offsets
    this.words = words
    this.encoding = encoding
  }

  attr(wanted: string): string | undefined {
    const k = this.find(wanted)
    return k === -1 ? undefined : decodeValue(this.buf.toString(this.encoding, this.offsets[k + 2], this.offsets[k + 3]))
  }

  number(wanted: string): number | undefined {
    const k = this.find(wanted)
    if (k === -1) return undefined
    const buf = this.buf
    const start = this.offsets[k + 2]
    const end = this.offsets[k + 3]
    // Plain decimals up to 15 significant digits and 22 decimals: both the digits and the power of ten are exact
    // doubles, so one division rounds exactly as Number() does. Anything else goes through Number().
    let i = start
    const negative = buf[i] === 0x2d
    if (negative) i++
    let mantissa = 0
    let digits = 0
    let decimals = -1
    for (; i < end; i++) {
      const c = buf[i]
      if (c >= 0x30 && c <= 0x39) {
        mantissa = mantissa * 10 + (c - 0x30)
        digits++
        if (decimals >= 0) decimals++
      } else if (c === 0x2e && decimals < 0) decimals = 0
      else break
    }
    if (i === end && digits > 0 && digits <= 15 && decimals <= 22) {
      const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa
      return negative ? -value : value
    }
    return Number(decodeValue(buf.toString(this.encoding, start, end)))
  }

  copyAttr(wanted: string, out: Buffer, at: number): number {
    const k = this.find(wanted)
    if (k === -1) return -1
    const buf = this.buf
    const start = this.offsets[k + 2]
    const end = this.offsets[k + 3]
    if (this.encoding !== 'utf8' || at + end - start > out.length) return -2
    // A byte loop: Buffer#copy costs more than it moves for values this short.
    let o = at
    for (let i = start; i < end; i++) {
      const c = buf[i]
      if (c === 0x26 || c === 0x09 || c === 0x0a || c === 0x0d) return -2
      out[o++] = c
    }
    return o
  }

  attrsOf(wanted: AsciiNames): [string, string][] | undefined {
    const offsets = this.offsets
    const { names, lengths } = wanted
    let found: [string, string][] | undefined
    for (let k = 0; k < this.words; k += 4) {
      const length = offsets[k + 1] - offsets[k]
      for (let n = 0; n < names.length; n++) {
        if (lengths[n] !== length || !sameName(this.buf, offsets[k], offsets[k + 1], names[n])) continue
        ;(found ??= []).push([names[n], decodeValue(this.buf.toString(this.encoding, offsets[k + 2], offsets[k + 3]))])
        break
      }
    }
    return found
  }

  /** Index in `offsets` of the wanted attribute, or -1. */
  private find(wanted: string): number {
    const offsets = this.offsets
    const length = wanted.length
    // An ASCII name has as many bytes as characters: attributes of another length are passed over unread (most
    // look-ups are of absent ASCII names, such as a test case's `status`).
    const ascii = isAscii(wanted)
    for (let k = 0; k < this.words; k += 4) {
      if (ascii && offsets[k + 1] - offsets[k] !== length) continue
      if (sameName(this.buf, offsets[k], offsets[k + 1], wanted)) return k
    }
    return -1
  }
}

const NO_ATTRIBUTES: readonly number[] = []
const EMPTY = Buffer.alloc(0)

/** 1e0 … 1e22, each exact (parsed from its literal rather than computed). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`))

function isAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) return false
  return true
}

function sameName(buf: Buffer, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) {
    // Non-ASCII names have more bytes than characters.
    return end - start > name.length && buf.toString('utf8', start, end) === name
  }
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return name.charCodeAt(i) > 0x7f && buf.toString('utf8', start, end) === name
  return true
}

/** Attribute value normalization (XML 1.0 §3.3.3): literal white space becomes a space, then references decode. */
function decodeValue(raw: string): string {
  let value = raw
  if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, ' ')
  return value.includes('&') ? decodeReferences(value) : value
}

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, body: string) =>
    body[0] === '#' ? String.fromCodePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1))) : PREDEFINED[body]
  )
}

/** The UTF-8 character at `i`: its code point and byte length; undefined when the buffer ends inside it. */
function utf8At(buf: Buffer, i: number): { code: number; length: number } | undefined {
  const b = buf[i]
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
  if (i + length > buf.length) return undefined
  if (length === 1) return { code: 0xfffd, length }
  let code = b & (0xff >> (length + 1))
  for (let k = 1; k < length; k++) {
    const c = buf[i + k]
    if ((c & 0xc0) !== 0x80) return { code: 0xfffd, length: k }
    code = (code << 6) | (c & 0x3f)
  }
  return { code, length }
}

/** XML 1.0 (fifth edition) NameStartChar, beyond ASCII. */
function isNameStartChar(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0xeffff)
  )
}

/** XML 1.0 (fifth edition) NameChar, beyond ASCII. */
function isNameChar(code: number): boolean {
  return isNameStartChar(code) || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040
}

/** XML 1.0's Char production. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

/**
 * Whether the first bytes hold everything the encoding is decided from: a byte order mark (up to 4 bytes) and, when
 * the text starts with `<?xml`, the declaration up to its `?>` (or {@link HEAD_CAP} bytes, when it is malformed).
 */
function headComplete(head: Buffer): boolean {
  if (head.length < 4) return false
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  const rest = head.length - bom
  if (rest < 5) return !'<?xml'.startsWith(head.toString('latin1', bom))
  if (!startsWith(head, bom, '<?xml')) return true
  return head.indexOf('?>', bom, 'latin1') !== -1 || head.length >= HEAD_CAP
}

function startsWith(buf: Buffer, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (buf[at + i] !== text.charCodeAt(i)) return false
  return true
}

function describe(c: number | undefined): string {
  return c === undefined ? 'the end' : c >= 0x20 && c < 0x7f ? JSON.stringify(String.fromCharCode(c)) : `byte 0x${c.toString(16).padStart(2, '0')}`
}

/** `line L column C` of a byte offset in a file, found by reading the file up to it (only when reporting a fault). */
async function locateInFile(path: string, offset: number, encoding: 'utf8' | 'latin1'): Promise<string> {
  let line = 1
  let column = 1
  if (offset > 0) {
    for await (const chunk of createReadStream(path, { end: offset - 1, highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      let last = -1
      for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
        line++
        last = i
      }
      column = (last === -1 ? column : 1) + units(chunk, last + 1, chunk.length, encoding)
    }
  }
  return `line ${line} column ${column}`
}

/** Characters (UTF-16 units, as JavaScript and editors count them) in `buf[from, to)`. */
function units(buf: Buffer, from: number, to: number, encoding: 'utf8' | 'latin1'): number {
  if (encoding === 'latin1') return Math.max(0, to - from)
  let n = 0
  for (let i = from; i < to; i++) {
    const b = buf[i]
    // Every byte but a continuation byte starts a character; a 4-byte one is two UTF-16 units.
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1
  }
  return n
}
