/**
 * Token counting with the real cl100k_base BPE (js-tiktoken). The ranks are about 1 MB of JavaScript, so they are
 * imported on first use, not at start-up.
 *
 * js-tiktoken's byte-pair merge is quadratic (or worse) in the length of one pre-tokenized piece: 256 repeated CJK
 * characters take ~170 ms, 4,000 repeated letters seconds. So the text is split with the encoding's own
 * pre-tokenization pattern, whole pieces are encoded in batches (which gives exactly the library's tokens), and only a
 * piece longer than 64 UTF-8 bytes (a 64-letter "word", a long run of spaces or of CJK text) is cut into 64-byte
 * chunks; for such pieces the count can differ from an uncut encoding by a token or so per chunk.
 */
import type { Tiktoken } from 'js-tiktoken/lite'

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
/** Pieces are batched into encode calls of about this many characters. */
const BATCH_CHARS = 4096

let loading: Promise<Tokenizer> | null = null

/** The cl100k_base tokenizer, loaded once (lazily) per process. */
export function loadTokenizer(): Promise<Tokenizer> {
  if (!loading) {
    loading = (async () => {
      const [lite, ranks] = await Promise.all([import('js-tiktoken/lite'), import('js-tiktoken/ranks/cl100k_base')])
      return createTokenizer(new lite.Tiktoken(ranks.default), ranks.default.pat_str)
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

function createTokenizer(enc: Tiktoken, patStr: string): Tokenizer {
  const encodeBatch = (s: string): number[] => enc.encode(s, [], [])
  function* batches(text: string): Generator<string> {
    const re = new RegExp(patStr, 'gu')
    let buf = ''
    let last = 0
    const take = function* (piece: string): Generator<string> {
      if (piece.length * 3 > MAX_PIECE_BYTES && Buffer.byteLength(piece) > MAX_PIECE_BYTES) {
        if (buf) yield buf
        buf = ''
        yield* chunkBytes(piece, MAX_PIECE_BYTES)
        return
      }
      buf += piece
      if (buf.length >= BATCH_CHARS) {
        yield buf
        buf = ''
      }
    }
    for (const m of text.matchAll(re)) {
      if (m.index > last) yield* take(text.slice(last, m.index))
      yield* take(m[0])
      last = m.index + m[0].length
    }
    if (last < text.length) yield* take(text.slice(last))
    if (buf) yield buf
  }

  const tokenizer: Tokenizer = {
    encoding: 'cl100k_base',
    count(text) {
      let n = 0
      for (const b of batches(text)) n += encodeBatch(b).length
      return n
    },
    encode(text) {
      const out: number[] = []
      for (const b of batches(text)) for (const t of encodeBatch(b)) out.push(t)
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
        for (const b of batches(text)) {
          const ids = encodeBatch(b)
          if (used + ids.length <= budget) {
            kept += b
            used += ids.length
            continue
          }
          kept += enc.decode(ids.slice(0, budget - used)).replace(/\uFFFD+$/u, '')
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
