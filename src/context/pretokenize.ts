/**
 * cl100k_base's pre-tokenization without its regular expression. The pattern (below) needs Unicode property classes
 * in negated sets, which V8 takes ~12 ms to compile on first use in every process, and scans slower than a loop over
 * character kinds. This scanner follows the pattern's alternatives in order, with their greedy and backtracking
 * behaviour, and yields the same pieces: a property test compares it with the regular expression.
 */

/** js-tiktoken's `pat_str` for cl100k_base, which `nextPiece` implements. */
export const CL100K_PATTERN =
  "('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"

const NEWLINE = 0 // \r or \n (also white space)
const SPACE = 1 // other white space (\s)
const LETTER = 2 // \p{L}
const NUMBER = 3 // \p{N}
const OTHER = 4

const ASCII_KIND = new Uint8Array(128).fill(OTHER)
for (let c = 0x09; c <= 0x0d; c++) ASCII_KIND[c] = SPACE
ASCII_KIND[0x0a] = NEWLINE
ASCII_KIND[0x0d] = NEWLINE
ASCII_KIND[0x20] = SPACE
for (let c = 0x30; c <= 0x39; c++) ASCII_KIND[c] = NUMBER
for (let c = 0x41; c <= 0x5a; c++) ASCII_KIND[c] = LETTER
for (let c = 0x61; c <= 0x7a; c++) ASCII_KIND[c] = LETTER

/** White space beyond ASCII, as `\s` has it. */
const WIDE_SPACES = new Set([0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
const IS_LETTER = /^\p{L}$/u
const IS_NUMBER = /^\p{N}$/u
const wideKinds = new Map<number, number>()

function wideKind(cp: number): number {
  let k = wideKinds.get(cp)
  if (k === undefined) {
    const ch = String.fromCodePoint(cp)
    k = WIDE_SPACES.has(cp) ? SPACE : IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : OTHER
    if (wideKinds.size < 65_536) wideKinds.set(cp, k)
  }
  return k
}

/** The kind of the code point at `i` (`i < s.length`). */
function kindAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  return c < 128 ? ASCII_KIND[c]! : wideKind(s.codePointAt(i)!)
}

/** UTF-16 units of the code point at `i`. */
function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1
}

/** End of the run of code points of kind `kind` (or, with `alsoKind`, that kind too) from `i`. */
function runEnd(s: string, i: number, kind: number, alsoKind = -1): number {
  while (i < s.length) {
    const k = kindAt(s, i)
    if (k !== kind && k !== alsoKind) break
    i += widthAt(s, i)
  }
  return i
}

/** Where the piece starting at `p` ends (`p < s.length`): the regular expression's match at `p`. */
export function nextPiece(s: string, p: number): number {
  const len = s.length
  const c0 = s.charCodeAt(p)
  // 's 't 're 've 'm 'll 'd, in either case
  if (c0 === 0x27 && p + 1 < len) {
    const c1 = s.charCodeAt(p + 1) | 0x20
    if (c1 === 0x73 || c1 === 0x74 || c1 === 0x6d || c1 === 0x64) return p + 2
    if (p + 2 < len) {
      const c2 = s.charCodeAt(p + 2) | 0x20
      if ((c1 === 0x72 && c2 === 0x65) || (c1 === 0x76 && c2 === 0x65) || (c1 === 0x6c && c2 === 0x6c)) return p + 3
    }
  }
  const k0 = kindAt(s, p)
  const w0 = widthAt(s, p)
  const next = p + w0 < len ? kindAt(s, p + w0) : -1
  // [^\r\n\p{L}\p{N}]?\p{L}+
  if (k0 === LETTER) return runEnd(s, p + w0, LETTER)
  if (k0 !== NEWLINE && k0 !== NUMBER && next === LETTER) return runEnd(s, p + w0, LETTER)
  // \p{N}{1,3}
  if (k0 === NUMBER) {
    let i = p + w0
    for (let n = 1; n < 3 && i < len && kindAt(s, i) === NUMBER; n++) i += widthAt(s, i)
    return i
  }
  // ' ?[^\s\p{L}\p{N}]+[\r\n]*'
  if (k0 === OTHER) return runEnd(s, runEnd(s, p + w0, OTHER), NEWLINE)
  if (c0 === 0x20 && next === OTHER) return runEnd(s, runEnd(s, p + 1, OTHER), NEWLINE)
  // White space from here to q.
  const q = runEnd(s, p, NEWLINE, SPACE)
  // \s*[\r\n]+ : up to the last \r or \n of the run
  for (let i = q - 1; i >= p; i--) {
    const c = s.charCodeAt(i)
    if (c === 0x0a || c === 0x0d) return i + 1
  }
  // \s+(?!\S) : all of it at the end of the text, else all but its last character; then \s+
  if (q === len) return q
  return q - p >= 2 ? q - 1 : q
}

/** The pieces of `s`, in order. */
export function* pieces(s: string): Generator<string> {
  for (let p = 0; p < s.length; ) {
    const end = nextPiece(s, p)
    yield s.slice(p, end)
    p = end
  }
}

/**
 * `s` cut after each line feed that a character other than white space follows: the pieces of `s` are the pieces
 * of these parts, one part after another. No piece holds a line feed and the character after it unless that
 * character is white space (every alternative of the pattern that takes a line feed ends with white space), and the
 * scanner never looks behind where a piece starts, so a part is split as it would be inside `s`. A text is counted
 * part by part, and the parts it shares with other texts (the lines of a brief, of a spec summary) are counted once.
 */
export function* lineParts(s: string): Generator<string> {
  let start = 0
  for (let nl = s.indexOf('\n'); nl !== -1 && nl + 1 < s.length; nl = s.indexOf('\n', nl + 1)) {
    const k = kindAt(s, nl + 1)
    if (k === NEWLINE || k === SPACE) continue
    yield s.slice(start, nl + 1)
    start = nl + 1
  }
  if (start < s.length) yield s.slice(start)
}
