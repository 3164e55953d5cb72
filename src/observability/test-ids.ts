/**
 * Test ids as UTF-8 bytes in one buffer, numbered in order of entry, with an open-addressing hash table over them:
 * what the per-test history keeps of tens of thousands of ids without a JS string and a map entry per test. The
 * JUnit parser hands each id's bytes straight from the report; a string is made only for the few ids a list shows.
 *
 * Entries are never removed. `append` always adds an entry (an index file may name an id twice: its numbering is by
 * line), while lookups find the first entry of an id.
 */

/** An entry that holds a line break or carriage return, or starts with a quote: written as a JSON string. */
const QUOTE = 1

export class TestIds {
  private arena: Buffer
  private used = 0
  private starts: Int32Array
  private ends: Int32Array
  private hashes: Int32Array
  private flags: Uint8Array
  /** Entry + 1 per slot, 0 empty; built on the first lookup. */
  private slots: Int32Array | null = null
  /** The empty slot the last probe that found nothing ended at. */
  private free = -1
  private mask = 0
  size = 0

  constructor(bytes = 1 << 16, entries = 1024) {
    this.arena = Buffer.allocUnsafe(Math.max(16, bytes))
    this.starts = new Int32Array(Math.max(16, entries))
    this.ends = new Int32Array(this.starts.length)
    this.hashes = new Int32Array(this.starts.length)
    this.flags = new Uint8Array(this.starts.length)
  }

  /** A table of these ids, in this order (a repeated id is entered again). */
  static of(ids: Iterable<string>): TestIds {
    const t = new TestIds()
    for (const id of ids) t.appendString(id)
    return t
  }

  /** The id of entry `k`. */
  id(k: number): string {
    return this.arena.toString('utf8', this.starts[k], this.ends[k])
  }

  /** Every id, in order (for tools and tests; the hot paths never make them all). */
  toArray(): string[] {
    const out = new Array<string>(this.size)
    for (let k = 0; k < this.size; k++) out[k] = this.id(k)
    return out
  }

  /** The first entry whose id is `buf[start, end)`, or -1. */
  find(buf: Uint8Array, start: number, end: number): number {
    return this.probe(buf, start, end, hashBytes(buf, start, end))
  }

  findString(id: string): number {
    const n = this.scratchOf(id)
    return this.find(SCRATCH, 0, n)
  }

  /** The first entry of this table whose id is entry `k` of `other`, or -1. */
  findIn(other: TestIds, k: number): number {
    return this.probe(other.arena, other.starts[k], other.ends[k], other.hashes[k])
  }

  /**
   * The entry of `buf[start, end)`: the first one with that id, else a new one — unless the table already holds
   * `limit` entries, then -1.
   */
  add(buf: Uint8Array, start: number, end: number, limit = Infinity): number {
    // One pass over the bytes: copied to the arena's free end while hashed and checked, then looked up there; they
    // become an entry only when the id is new (the JUnit parser adds every test case of a run through here).
    const len = end - start
    if (this.used + len > this.arena.length) this.widen(len)
    const a = this.arena
    const at = this.used
    let h = 0x811c9dc5 | 0
    let flag = len > 0 && buf[start] === 0x22 ? QUOTE : 0
    for (let i = 0; i < len; i++) {
      const b = buf[start + i]
      if (b === 0x0a || b === 0x0d) flag = QUOTE
      a[at + i] = b
      h = Math.imul(h ^ b, 0x01000193)
    }
    const k = this.probe(a, at, at + len, h)
    if (k >= 0) return k
    if (this.size >= limit) return -1
    // The probe ended at the empty slot the new entry takes: no second walk to it.
    return this.commit(len, h, flag, this.free)
  }

  addString(id: string, limit = Infinity): number {
    const n = this.scratchOf(id)
    return this.add(SCRATCH, 0, n, limit)
  }

  /** Enters `buf[start, end)` as a new entry, even when the id is already in the table. */
  append(buf: Uint8Array, start: number, end: number): number {
    return this.enter(buf, start, end, hashBytes(buf, start, end))
  }

  /**
   * Enters the bytes from `buf[start]` up to the next line feed as a new entry (as {@link append} does), found,
   * copied and hashed in one pass; returns the line feed's position, or -1 when there is none (nothing entered).
   */
  appendLine(buf: Uint8Array, start: number): number {
    const room = this.arena.length - this.used
    const max = buf.length - start
    if (max > room) this.widen(max)
    const a = this.arena
    const at = this.used
    let h = 0x811c9dc5 | 0
    let flag = max > 0 && buf[start] === 0x22 ? QUOTE : 0
    for (let i = 0; i < max; i++) {
      const b = buf[start + i]
      if (b === 0x0a) {
        this.commit(i, h, flag)
        return start + i
      }
      if (b === 0x0d) flag = QUOTE
      a[at + i] = b
      h = Math.imul(h ^ b, 0x01000193)
    }
    return -1
  }

  appendString(id: string): number {
    const n = this.scratchOf(id)
    return this.enter(SCRATCH, 0, n, hashBytes(SCRATCH, 0, n))
  }

  /** Enters entry `k` of `other` as a new entry. */
  appendFrom(other: TestIds, k: number): number {
    return this.enter(other.arena, other.starts[k], other.ends[k], other.hashes[k])
  }

  /** A copy of the first `count` entries (all by default). */
  clone(count = this.size): TestIds {
    const n = Math.min(count, this.size)
    const bytes = n === 0 ? 0 : this.ends[n - 1]
    const t = new TestIds(bytes + (1 << 12), n + 16)
    this.arena.copy(t.arena, 0, 0, bytes)
    t.used = bytes
    t.starts.set(this.starts.subarray(0, n))
    t.ends.set(this.ends.subarray(0, n))
    t.hashes.set(this.hashes.subarray(0, n))
    t.flags.set(this.flags.subarray(0, n))
    t.size = n
    return t
  }

  /**
   * Entries `from`… as index records: `<prefix><id>\n` each, the id as is, or as a JSON string when it holds a line
   * break or starts with a quote. One buffer, no string per entry.
   */
  lines(from: number, prefix: string): Buffer {
    const pre = Buffer.from(prefix)
    // The quoted entries' JSON, in entry order (taken in turn below: no lookup per entry).
    const quoted: Buffer[] = []
    const flags = this.flags
    // Entries are consecutive in the arena: their bytes are the span from the first's start to the last's end.
    let total = from < this.size ? (pre.length + 1) * (this.size - from) + this.ends[this.size - 1] - this.starts[from] : 0
    for (let k = from; k < this.size; k++) {
      if (flags[k] & QUOTE) {
        const q = Buffer.from(JSON.stringify(this.id(k)))
        quoted.push(q)
        total += q.length - (this.ends[k] - this.starts[k])
      }
    }
    const out = Buffer.allocUnsafe(total)
    const a = this.arena
    let p = 0
    let q = 0
    for (let k = from; k < this.size; k++) {
      for (let i = 0; i < pre.length; i++) out[p++] = pre[i]
      if (flags[k] & QUOTE) p += quoted[q++].copy(out, p)
      else {
        const s = this.starts[k]
        const e = this.ends[k]
        if (e - s < 64) for (let i = s; i < e; i++) out[p++] = a[i]
        else p += a.copy(out, p, s, e)
      }
      out[p++] = 0x0a
    }
    if (p !== total) throw new Error(`test ids: ${p} bytes of index records, ${total} expected`)
    return out
  }

  private probe(buf: Uint8Array, start: number, end: number, h: number): number {
    // Sized for the entries the table was made for, so that filling it does not rehash again and again.
    if (this.slots === null) this.rehash(Math.max(this.size * 2, this.starts.length))
    const slots = this.slots as Int32Array
    const len = end - start
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = slots[s] - 1
      if (e < 0) {
        this.free = s
        return -1
      }
      if (this.hashes[e] !== h || this.ends[e] - this.starts[e] !== len) continue
      const a = this.arena
      let i = 0
      for (let at = this.starts[e]; i < len && a[at + i] === buf[start + i]; i++);
      if (i === len) return e
    }
  }

  private enter(buf: Uint8Array, start: number, end: number, h: number): number {
    const len = end - start
    if (this.used + len > this.arena.length) this.widen(len)
    const a = this.arena
    let flag = len > 0 && buf[start] === 0x22 ? QUOTE : 0
    for (let i = 0; i < len; i++) {
      const b = buf[start + i]
      if (b === 0x0a || b === 0x0d) flag = QUOTE
      a[this.used + i] = b
    }
    return this.commit(len, h, flag)
  }

  /** A larger arena, with room for `len` more bytes. */
  private widen(len: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + len))
    this.arena.copy(next, 0, 0, this.used)
    this.arena = next
  }

  /**
   * The `len` bytes at the arena's free end become entry `size`; `free`: the empty slot a probe for these very bytes
   * just ended at (found absent), where {@link slot} would put it.
   */
  private commit(len: number, h: number, flag: number, free = -1): number {
    const k = this.size
    if (k === this.starts.length) this.grow()
    this.starts[k] = this.used
    this.ends[k] = this.used + len
    this.hashes[k] = h
    this.flags[k] = flag
    this.used += len
    this.size = k + 1
    if (this.slots !== null) {
      if (this.size * 2 > this.slots.length) this.rehash(this.size * 2)
      else if (free >= 0) this.slots[free] = k + 1
      else this.slot(k)
    }
    return k
  }

  /** Puts entry `k` in its slot, unless an entry with the same id is there first. */
  private slot(k: number): void {
    const slots = this.slots as Int32Array
    const h = this.hashes[k]
    const len = this.ends[k] - this.starts[k]
    const a = this.arena
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = slots[s] - 1
      if (e < 0) {
        slots[s] = k + 1
        return
      }
      if (this.hashes[e] !== h || this.ends[e] - this.starts[e] !== len) continue
      let i = 0
      for (const x = this.starts[e], y = this.starts[k]; i < len && a[x + i] === a[y + i]; i++);
      if (i === len) return
    }
  }

  private rehash(atLeast: number): void {
    let n = 64
    while (n < atLeast * 2) n *= 2
    this.slots = new Int32Array(n)
    this.mask = n - 1
    for (let k = 0; k < this.size; k++) this.slot(k)
  }

  private grow(): void {
    const n = this.starts.length * 2
    const grown = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b)
    this.starts = grown(this.starts, new Int32Array(n))
    this.ends = grown(this.ends, new Int32Array(n))
    this.hashes = grown(this.hashes, new Int32Array(n))
    this.flags = grown(this.flags, new Uint8Array(n))
  }

  private scratchOf(id: string): number {
    if (id.length * 3 > SCRATCH.length) SCRATCH = Buffer.allocUnsafe(id.length * 3)
    return SCRATCH.write(id, 0, 'utf8')
  }
}

let SCRATCH = Buffer.allocUnsafe(1 << 12)

/** FNV-1a over the bytes. */
function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193)
  return h
}
