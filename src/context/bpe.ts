/**
 * cl100k_base byte-pair encoding over a compact table, so that the tokenizer is ready in milliseconds.
 *
 * js-tiktoken's constructor turns its 100,256 base64 ranks into two Maps keyed by strings on every start: ~0.7 s and
 * ~90 MB, paid by every run that counts a few kilobytes. The same ranks, laid out once as bytes when the action is
 * bundled (the token bytes in rank order, their offsets, an open-addressing hash index over them and the
 * pre-tokenization pattern), load with one read and no parsing. The merge is tiktoken's own (join the adjacent pair of
 * lowest rank, leftmost first, until no pair has a rank), so the ids are the library's ids: a test compares them.
 */

import { CL100K_PATTERN, pieces } from './pretokenize.js'

const MAGIC = 0x32455042 // "BPE2"
const HEADER = 16

function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, 0x01000193)
  return h >>> 0
}

/**
 * Serializes js-tiktoken's ranks (`bpe_ranks`: lines of `<prefix> <first rank> <base64 token>…`, and `pat_str`) as a
 * table, little-endian: u32 magic, token count n, slot count, pattern length; the pattern (UTF-8, padded to 4 bytes);
 * u32 offsets[n + 1] into the token bytes; i32 slots (open addressing on FNV-1a of the bytes, -1 empty); the bytes.
 */
export function tableFromRanks(ranks: { bpe_ranks: string; pat_str: string }): Uint8Array {
  const tokens: Buffer[] = []
  for (const line of ranks.bpe_ranks.split('\n')) {
    if (!line) continue
    const parts = line.split(' ')
    const first = Number.parseInt(parts[1]!, 10)
    for (let i = 2; i < parts.length; i++) {
      const rank = first + i - 2
      if (rank !== tokens.length) throw new Error(`bpe ranks are not dense: rank ${rank} after ${tokens.length - 1}`)
      tokens.push(Buffer.from(parts[i]!, 'base64'))
    }
  }
  const n = tokens.length
  let cap = 1
  while (cap < n * 2) cap <<= 1
  const pat = Buffer.from(ranks.pat_str, 'utf8')
  const patPadded = (pat.length + 3) & ~3
  const bytes = tokens.reduce((sum, t) => sum + t.length, 0)
  const offAt = HEADER + patPadded
  const slotAt = offAt + 4 * (n + 1)
  const dataAt = slotAt + 4 * cap
  const out = new Uint8Array(dataAt + bytes)
  const view = new DataView(out.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, n, true)
  view.setUint32(8, cap, true)
  view.setUint32(12, pat.length, true)
  out.set(pat, HEADER)
  const data = out.subarray(dataAt)
  let at = 0
  for (let r = 0; r < n; r++) {
    view.setUint32(offAt + 4 * r, at, true)
    data.set(tokens[r]!, at)
    at += tokens[r]!.length
  }
  view.setUint32(offAt + 4 * n, at, true)
  const slots = new Int32Array(cap).fill(-1)
  for (let r = 0; r < n; r++) {
    let s = hashBytes(tokens[r]!, 0, tokens[r]!.length) & (cap - 1)
    while (slots[s] !== -1) s = (s + 1) & (cap - 1)
    slots[s] = r
  }
  for (let s = 0; s < cap; s++) view.setInt32(slotAt + 4 * s, slots[s]!, true)
  return out
}

/** Pieces whose ids are remembered (then the memory starts afresh). */
const PIECE_CACHE_SIZE = 16_384

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Byte-pair encoder over a table from `tableFromRanks` (used in place: loading it is a few views, no parsing). */
export class BytePairEncoder {
  private readonly data: Uint8Array
  private readonly offsets: Uint32Array
  private readonly slots: Int32Array
  private readonly mask: number
  private readonly pattern: RegExp
  private readonly utf8 = new TextEncoder()
  /** Ids of pieces seen before (words repeat): a run counts the same messages and brief lines many times. */
  private readonly cache = new Map<string, number | readonly number[]>()
  private readonly utf8Out = new TextDecoder('utf-8')
  readonly size: number
  /** The pre-tokenization pattern stored with the ranks. */
  readonly patStr: string

  constructor(table: Uint8Array) {
    if (!LITTLE_ENDIAN) throw new Error('the byte-pair table is little-endian; this host is not')
    // Typed-array views need 4-byte alignment; a table read into a pooled buffer may not have it.
    const t = table.byteOffset % 4 === 0 ? table : new Uint8Array(table)
    const fail = (why: string) => new Error(`not a usable byte-pair table: ${why}`)
    if (t.byteLength < HEADER) throw fail('shorter than its header')
    const head = new Uint32Array(t.buffer, t.byteOffset, 4)
    if (head[0] !== MAGIC) throw fail('bad magic')
    const n = head[1]!
    const cap = head[2]!
    const patLen = head[3]!
    if (cap === 0 || (cap & (cap - 1)) !== 0 || cap < n) throw fail('bad slot count')
    const offAt = HEADER + ((patLen + 3) & ~3)
    const slotAt = offAt + 4 * (n + 1)
    const dataAt = slotAt + 4 * cap
    if (t.byteLength < dataAt) throw fail('truncated')
    this.patStr = new TextDecoder().decode(t.subarray(HEADER, HEADER + patLen))
    this.offsets = new Uint32Array(t.buffer, t.byteOffset + offAt, n + 1)
    this.slots = new Int32Array(t.buffer, t.byteOffset + slotAt, cap)
    this.data = t.subarray(dataAt)
    if (this.offsets[n] !== this.data.byteLength) throw fail('truncated')
    this.size = n
    this.mask = cap - 1
    this.pattern = new RegExp(this.patStr, 'gu')
  }

  /** The rank of `b[start..end)`, or -1 when it is not a token. */
  rank(b: Uint8Array, start: number, end: number): number {
    const len = end - start
    const data = this.data
    const offsets = this.offsets
    let s = hashBytes(b, start, end) & this.mask
    for (;;) {
      const r = this.slots[s]!
      if (r < 0 || r >= this.size) return -1
      const o = offsets[r]!
      if (offsets[r + 1]! - o === len) {
        let i = 0
        while (i < len && data[o + i] === b[start + i]) i++
        if (i === len) return r
      }
      s = (s + 1) & this.mask
    }
  }

  /** Ids of `text` with no special tokens (their strings are ordinary text), as tiktoken's `encode_ordinary`. */
  encodeOrdinary(text: string, out: number[] = []): number[] {
    if (this.patStr === CL100K_PATTERN) for (const piece of pieces(text)) this.encodePiece(piece, out)
    else for (const m of text.matchAll(this.pattern)) this.encodePiece(m[0], out)
    return out
  }

  /** Ids of one piece of the pre-tokenization (a match of `patStr`), appended to `out`. */
  encodePiece(piece: string, out: number[] = []): number[] {
    const known = this.cache.get(piece)
    if (known !== undefined) {
      if (typeof known === 'number') out.push(known)
      else for (const id of known) out.push(id)
      return out
    }
    const bytes = this.utf8.encode(piece)
    const whole = this.rank(bytes, 0, bytes.length)
    if (this.cache.size >= PIECE_CACHE_SIZE) this.cache.clear()
    if (whole !== -1) {
      out.push(whole)
      this.cache.set(piece, whole)
    } else {
      const ids: number[] = []
      this.merge(bytes, ids)
      for (const id of ids) out.push(id)
      this.cache.set(piece, ids)
    }
    return out
  }

  /** tiktoken's byte-pair merge of one piece: repeatedly join the adjacent pair of lowest rank (leftmost on ties). */
  private merge(piece: Uint8Array, out: number[]): void {
    // starts[i] is where part i begins (the last entry is piece.length); ranks[i] is the rank of parts i and i + 1
    // joined (-1: not a token). Joining parts i and i + 1 changes only the ranks of the pairs around them.
    const starts: number[] = []
    for (let i = 0; i <= piece.length; i++) starts.push(i)
    const ranks: number[] = []
    for (let i = 0; i + 2 < starts.length; i++) ranks.push(this.rank(piece, starts[i]!, starts[i + 2]!))
    for (;;) {
      let best = -1
      for (let i = 0; i < ranks.length; i++) if (ranks[i] !== -1 && (best === -1 || ranks[i]! < ranks[best]!)) best = i
      if (best === -1) break
      starts.splice(best + 1, 1)
      ranks.splice(best, 1)
      if (best < ranks.length) ranks[best] = best + 2 < starts.length ? this.rank(piece, starts[best]!, starts[best + 2]!) : -1
      if (best > 0) ranks[best - 1] = this.rank(piece, starts[best - 1]!, starts[best + 1]!)
    }
    for (let i = 0; i + 1 < starts.length; i++) {
      const r = this.rank(piece, starts[i]!, starts[i + 1]!)
      if (r !== -1) out.push(r)
    }
  }

  /** The text of `ids` (bytes of a cut character decode as U+FFFD, like js-tiktoken's `decode`). */
  decode(ids: readonly number[]): string {
    let len = 0
    for (const id of ids) if (id >= 0 && id < this.size) len += this.offsets[id + 1]! - this.offsets[id]!
    const bytes = new Uint8Array(len)
    let at = 0
    for (const id of ids) {
      if (!(id >= 0 && id < this.size)) continue
      const o = this.offsets[id]!
      const e = this.offsets[id + 1]!
      bytes.set(this.data.subarray(o, e), at)
      at += e - o
    }
    return this.utf8Out.decode(bytes)
  }
}
