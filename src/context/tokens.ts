/**
 * Token counting with the real cl100k_base BPE. The ranks are js-tiktoken's; they are read from a table that the
 * bundle lays out once (dist/cl100k_base.bpe, see bpe.ts), so the tokenizer is ready in milliseconds instead of the
 * ~0.7 s js-tiktoken's constructor takes. Without the table (tests, running from src/) it is built from js-tiktoken's
 * ranks module in memory. Loaded on first use, once per process.
 *
 * The text is split with the encoding's own pre-tokenization pattern and each piece is encoded whole, which gives
 * exactly tiktoken's tokens. Byte-pair merging is quadratic in the length of one piece, so a piece longer than 64
 * UTF-8 bytes (a 64-letter "word", a long run of spaces or of CJK text) is cut into 64-byte chunks, each encoded as
 * text; for such pieces the count can differ from an uncut encoding by a token or so per chunk.
 */
import { readFile } from 'node:fs/promises'
import { BytePairEncoder, tableFromRanks } from './bpe.js'
import { CL100K_PATTERN, lineParts, pieces } from './pretokenize.js'

export interface Tokenizer {
  readonly encoding: 'cl100k_base'
  /** Tokens of `text`; special-token strings such as `<|endoftext|>` count as ordinary text. */
  count(text: string): number
  encode(text: string): number[]
  /** The longest prefix of `text` (whole characters) of at most `maxTokens` tokens. */
  truncate(text: string, maxTokens: number): string
}

/** Longest piece encoded whole, in UTF-8 bytes. */
export const MAX_PIECE_BYTES = 64
/** The table's file name: written beside the bundle's entry points by scripts/bundle.mjs. */
export const TABLE_FILE = 'cl100k_base.bpe'

/** Texts up to this long have their counts remembered, up to COUNT_CACHE_SIZE of them (then it starts afresh). */
const COUNT_CACHE_MAX_CHARS = 16_384
const COUNT_CACHE_SIZE = 1024
/** Texts longer than this are counted line part by line part (see `lineParts`), each part remembered. */
const LINE_PARTS_MIN_CHARS = 1024
/** Pieces whose token counts are remembered (then it starts afresh), up to this many characters each. */
const PIECE_CACHE_SIZE = 65_536
const PIECE_CACHE_MAX_CHARS = 12

let loading: Promise<Tokenizer> | null = null

/**
 * The table written by the bundle, for the module at `moduleUrl`: beside it (an entry point) or one level up (a chunk
 * in dist/chunks/); null when there is none.
 */
export async function bundledTable(moduleUrl: string | URL = import.meta.url): Promise<Uint8Array | null> {
  for (const at of [`./${TABLE_FILE}`, `../${TABLE_FILE}`]) {
    try {
      return await readFile(new URL(at, moduleUrl))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return null
}

/** The cl100k_base tokenizer, loaded once (lazily) per process. */
export function loadTokenizer(): Promise<Tokenizer> {
  if (!loading) {
    loading = (async () => {
      const table = (await bundledTable()) ?? tableFromRanks((await import('js-tiktoken/ranks/cl100k_base')).default)
      return createTokenizer(new BytePairEncoder(table))
    })()
    loading.catch(() => {
      loading = null
    })
  }
  return loading
}

/** Shorthand for `(await loadTokenizer()).count(text)`. */
export async function countTokens(text: string): Promise<number> {
  return (await loadTokenizer()).count(text)
}

export function createTokenizer(enc: BytePairEncoder): Tokenizer {
  const pattern = new RegExp(enc.patStr, 'gu')
  // cl100k_base's pattern has a scanner of its own (no regular expression to compile); another is matched as given.
  const byLines = enc.patStr === CL100K_PATTERN
  const split: (text: string) => Iterable<string> = byLines ? pieces : (text) => Array.from(text.matchAll(pattern), (m) => m[0])
  /** Ids of each piece of `text` in turn (a long piece chunk by chunk), with the text they encode. */
  function* units(text: string): Generator<{ text: string; ids: number[] }> {
    for (const piece of split(text)) {
      if (piece.length * 3 > MAX_PIECE_BYTES && Buffer.byteLength(piece) > MAX_PIECE_BYTES) {
        for (const chunk of chunkBytes(piece, MAX_PIECE_BYTES)) yield { text: chunk, ids: enc.encodeOrdinary(chunk) }
      } else {
        yield { text: piece, ids: enc.encodePiece(piece) }
      }
    }
  }

  // Counts of recent texts: a run counts the same messages, brief blocks and spec lines again and again.
  const counted = new Map<string, number>()
  // Tokens of each short piece met (a piece's encoding never depends on its neighbours): words, numbers and
  // punctuation recur, so most pieces of a text are merged once per process.
  const pieceTokens = new Map<string, number>()
  /** The tokens of `text`, piece by piece. */
  function countPieces(text: string): number {
    let n = 0
    for (const piece of split(text)) {
      let k = pieceTokens.get(piece)
      if (k === undefined) {
        if (piece.length * 3 > MAX_PIECE_BYTES && Buffer.byteLength(piece) > MAX_PIECE_BYTES) {
          k = 0
          for (const chunk of chunkBytes(piece, MAX_PIECE_BYTES)) k += enc.encodeOrdinary(chunk).length
        } else k = enc.encodePiece(piece).length
        // Short pieces only: V8 copies a substring this short, where a longer one would keep its whole text alive.
        if (piece.length <= PIECE_CACHE_MAX_CHARS) {
          if (pieceTokens.size >= PIECE_CACHE_SIZE) pieceTokens.clear()
          pieceTokens.set(piece, k)
        }
      }
      n += k
    }
    return n
  }
  function remember(text: string, n: number): void {
    if (text.length > COUNT_CACHE_MAX_CHARS) return
    if (counted.size >= COUNT_CACHE_SIZE) counted.clear()
    counted.set(text, n)
  }
  const tokenizer: Tokenizer = {
    encoding: 'cl100k_base',
    count(text) {
      const known = counted.get(text)
      if (known !== undefined) return known
      let n = 0
      if (byLines && text.length > LINE_PARTS_MIN_CHARS) {
        // Part by part (each remembered): a long text is mostly lines met before.
        for (const part of lineParts(text)) {
          let k = counted.get(part)
          if (k === undefined) {
            k = countPieces(part)
            remember(part, k)
          }
          n += k
        }
      } else n = countPieces(text)
      remember(text, n)
      return n
    },
    encode(text) {
      const out: number[] = []
      for (const u of units(text)) for (const t of u.ids) out.push(t)
      return out
    },
    truncate(text, maxTokens) {
      let budget = Math.floor(maxTokens)
      if (budget <= 0) return ''
      if (tokenizer.count(text) <= budget) return text
      // Cutting inside a piece can re-tokenize differently; shrink until the result fits.
      for (;;) {
        let kept = ''
        let used = 0
        for (const u of units(text)) {
          if (used + u.ids.length <= budget) {
            kept += u.text
            used += u.ids.length
            continue
          }
          kept += enc.decode(u.ids.slice(0, budget - used)).replace(/\uFFFD+$/u, '')
          break
        }
        const n = tokenizer.count(kept)
        if (n <= maxTokens) return kept
        budget -= n - Math.floor(maxTokens)
        if (budget <= 0) return ''
      }
    }
  }
  return tokenizer
}

/** Cuts `piece` into chunks of at most `maxBytes` UTF-8 bytes, never inside a code point. */
function* chunkBytes(piece: string, maxBytes: number): Generator<string> {
  let chunk = ''
  let bytes = 0
  for (const ch of piece) {
    const cp = ch.codePointAt(0)!
    const b = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    if (bytes + b > maxBytes && chunk) {
      yield chunk
      chunk = ''
      bytes = 0
    }
    chunk += ch
    bytes += b
  }
  if (chunk) yield chunk
}

/** A prefix of `text` with `marker` appended, at most `maxTokens` in all (only the marker, cut, when it alone is too long). */
export function truncateWithMarker(tk: Tokenizer, text: string, maxTokens: number, marker: string): string {
  let room = maxTokens - tk.count(marker)
  while (room > 0) {
    const out = tk.truncate(text, room) + marker
    const n = tk.count(out)
    if (n <= maxTokens) return out
    room -= n - maxTokens
  }
  return tk.truncate(marker.trim(), maxTokens)
}
