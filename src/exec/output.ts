/** Bounded handling of command output: the last bytes kept for the result, and lines cut for streaming. */

/** A line longer than this many characters (no newline in sight) is passed on in pieces of this size. */
export const MAX_LINE_CHARS = 64 * 1024

/** Small pieces are merged up to this size so that byte-at-a-time output does not make a long piece list. */
const MERGE_BELOW_BYTES = 4096

/** Keeps the last `limit` bytes of the text pushed into it; memory stays about `limit` plus one chunk. */
export class TailBuffer {
  private pieces: string[] = []
  private sizes: number[] = []
  private head = 0
  private bytes = 0

  constructor(private readonly limit: number) {}

  push(text: string): void {
    if (this.limit <= 0 || text === '') return
    let size = Buffer.byteLength(text)
    if (size > this.limit) {
      text = lastBytes(text, this.limit)
      size = Buffer.byteLength(text)
    }
    const last = this.pieces.length - 1
    if (last >= this.head && this.sizes[last] < MERGE_BELOW_BYTES && size < MERGE_BELOW_BYTES) {
      this.pieces[last] += text
      this.sizes[last] += size
    } else {
      this.pieces.push(text)
      this.sizes.push(size)
    }
    this.bytes += size
    // Drop whole pieces from the front while what remains still covers the limit.
    while (this.head < this.pieces.length - 1 && this.bytes - this.sizes[this.head] >= this.limit) {
      this.bytes -= this.sizes[this.head]
      this.pieces[this.head] = ''
      this.head++
    }
    if (this.head > 64 && this.head * 2 > this.pieces.length) {
      this.pieces = this.pieces.slice(this.head)
      this.sizes = this.sizes.slice(this.head)
      this.head = 0
    }
  }

  toString(): string {
    const text = this.pieces.slice(this.head).join('')
    return this.bytes > this.limit ? lastBytes(text, this.limit) : text
  }
}

/** The last `limit` bytes of `text` as UTF-8, starting on a character boundary. */
export function lastBytes(text: string, limit: number): string {
  const buf = Buffer.from(text, 'utf8')
  if (buf.length <= limit) return text
  let start = buf.length - limit
  while (start < buf.length && (buf[start] & 0xc0) === 0x80) start++
  return buf.toString('utf8', start)
}

/** Cuts decoded text into lines (without the '\n' or a '\r' before it); a pending partial line stays bounded. */
export class LineSplitter {
  private pending = ''

  constructor(private readonly emit: (line: string) => void) {}

  push(text: string): void {
    if (text === '') return
    const buffer = this.pending + text
    let start = 0
    for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n', start)) {
      const end = nl > start && buffer.charCodeAt(nl - 1) === 13 ? nl - 1 : nl
      this.emitBounded(buffer.slice(start, end))
      start = nl + 1
    }
    let rest = buffer.slice(start)
    while (rest.length > MAX_LINE_CHARS) {
      const cut = safeCut(rest, MAX_LINE_CHARS)
      this.emit(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    this.pending = rest
  }

  /** Passes on the last line when it has no newline at the end. */
  flush(): void {
    if (this.pending !== '') this.emit(this.pending)
    this.pending = ''
  }

  private emitBounded(line: string): void {
    while (line.length > MAX_LINE_CHARS) {
      const cut = safeCut(line, MAX_LINE_CHARS)
      this.emit(line.slice(0, cut))
      line = line.slice(cut)
    }
    this.emit(line)
  }
}

/** `at`, moved back one if it would split a UTF-16 surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1)
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at
}
