import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Tiktoken } from 'js-tiktoken/lite'
import cl100k from 'js-tiktoken/ranks/cl100k_base'
import { BytePairEncoder, tableFromRanks } from '../../src/context/bpe.js'
import { CL100K_PATTERN, lineParts, pieces } from '../../src/context/pretokenize.js'
import { bundledTable, countTokens, loadTokenizer, MAX_PIECE_BYTES, TABLE_FILE, truncateWithMarker } from '../../src/context/tokens.js'

const reference = new Tiktoken(cl100k)
const ref = (s: string): number => reference.encode(s, [], []).length

describe('token counts (cl100k_base)', () => {
  test('known strings', async () => {
    expect(await countTokens('hello world')).toBe(2)
    expect(await countTokens('')).toBe(0)
    expect(await countTokens('Hello, world!')).toBe(4)
    // special-token text counts as ordinary text instead of throwing
    expect(await countTokens('<|endoftext|>')).toBe(ref('<|endoftext|>'))
  })

  test('equal to js-tiktoken for ordinary text of every kind', async () => {
    const tk = await loadTokenizer()
    const samples = [
      'The quick brown fox jumps over the lazy dog.',
      "I'm sure they'll've done it; we're DONE!!",
      'function add(a: number, b: number): number {\n  return a + b\n}\n',
      '    indented\n\n\n  \ttabs\r\nwindows   trailing   \n',
      'numbers 1234567 3.14159 1e10 0xFF',
      'Grüße, 你好世界, مرحبا, emoji 🎉👍🏽 and combining é',
      'a'.repeat(60),
      'x '.repeat(5000),
      '## Heading\n- [x] AC-1: `greet("Ada")` returns "Hello, Ada!"'
    ]
    for (const s of samples) {
      expect(tk.count(s)).toBe(ref(s))
      expect(tk.encode(s)).toEqual(reference.encode(s, [], []))
    }
  })

  test('property: equal to js-tiktoken for random text without pieces over the chunk size', async () => {
    const tk = await loadTokenizer()
    const alphabet = fc.constantFrom('a', 'b', 'Z', ' ', '  ', '\n', '\r\n', '\t', '.', ',', "'s", '1', '23', 'é', '中', '🎉', '-', '_', '(', ')', '"', 'the', ' and', 'ing')
    const words = fc.array(alphabet, { maxLength: 200 }).map((a) => a.join(''))
    fc.assert(
      fc.property(words, (s) => {
        // the property holds where no single pre-token exceeds the chunk size
        const pieces = s.match(new RegExp(cl100k.pat_str, 'gu')) ?? []
        fc.pre(pieces.every((p) => Buffer.byteLength(p) <= MAX_PIECE_BYTES))
        return tk.count(s) === ref(s)
      }),
      { numRuns: 300 }
    )
  })

  test('property: long texts, counted line part by line part, equal js-tiktoken', async () => {
    const tk = await loadTokenizer()
    // Lines that begin with white space, punctuation, letters, digits; line feeds after punctuation, runs of them,
    // \r\n, white space at line ends: every way a line feed meets a piece.
    const line = fc
      .array(fc.constantFrom('a', 'Word', ' ', '  ', '\t', '.', ':', '-', '- [x]', '#', '12', '345', "'s", 'é', '中', '🎉', '\r', '\u2028', '\u00a0', '`'), { maxLength: 12 })
      .map((a) => a.join(''))
    const ending = fc.constantFrom('\n', '\n\n', '\r\n', ' \n', '.\n', '\n ', '\n\t')
    const text = fc.array(fc.tuple(line, ending), { minLength: 60, maxLength: 300 }).map((ls) => ls.map(([l, e]) => l + e).join(''))
    fc.assert(
      fc.property(text, (s) => {
        const parts = [...lineParts(s)]
        expect(parts.join('')).toBe(s)
        expect(parts.flatMap((p) => [...pieces(p)])).toEqual([...pieces(s)])
        fc.pre(s.length > 1024 && [...pieces(s)].every((p) => Buffer.byteLength(p) <= MAX_PIECE_BYTES))
        expect(tk.count(s)).toBe(ref(s))
        // Again, now that its parts are remembered: the same count.
        expect(tk.count(`${s}x`)).toBe(ref(`${s}x`))
      }),
      { numRuns: 200 }
    )
  })

  test('a long text of lines met before is counted as a whole would be (README.md, the brief of a session)', async () => {
    const tk = await loadTokenizer()
    const { readFile } = await import('node:fs/promises')
    const text = await readFile(join(process.cwd(), 'README.md'), 'utf8')
    const lines = text.split('\n')
    // Counted in halves first, so that the whole is counted mostly from remembered parts.
    tk.count(lines.slice(0, lines.length >> 1).join('\n'))
    tk.count(lines.slice(lines.length >> 1).join('\n'))
    expect(tk.count(text)).toBe(ref(text))
    const reversed = [...lines].reverse().join('\n')
    expect(tk.count(reversed)).toBe(ref(reversed))
  })

  test('pathological single pieces stay fast and close to the exact count', async () => {
    const tk = await loadTokenizer()
    const started = Date.now()
    const long = 'a'.repeat(20_000)
    const cjk = '中'.repeat(10_000)
    const nLong = tk.count(long)
    const nCjk = tk.count(cjk)
    expect(Date.now() - started).toBeLessThan(5000)
    // exact for the largest size js-tiktoken itself handles quickly
    expect(tk.count('b'.repeat(64))).toBe(ref('b'.repeat(64)))
    expect(nLong).toBeGreaterThan(2000)
    expect(nCjk).toBeGreaterThanOrEqual(10_000 * 0.9)
  })

  test('truncate keeps whole characters within the budget', async () => {
    const tk = await loadTokenizer()
    const text = 'Grüße 你好世界 🎉 '.repeat(50)
    for (const budget of [0, 1, 2, 7, 33, 100]) {
      const cut = tk.truncate(text, budget)
      expect(tk.count(cut)).toBeLessThanOrEqual(budget)
      expect(text.startsWith(cut)).toBe(true)
      expect(cut).not.toMatch(/\uFFFD/)
    }
    expect(tk.truncate('short', 10)).toBe('short')
    const marked = truncateWithMarker(tk, text, 20, ' [cut]')
    expect(marked.endsWith(' [cut]')).toBe(true)
    expect(tk.count(marked)).toBeLessThanOrEqual(20)
  })
})

describe('the byte-pair table (bpe.ts)', () => {
  const table = tableFromRanks(cl100k)

  test('ids and decoded text equal js-tiktoken on varied text, unicode included', () => {
    const enc = new BytePairEncoder(table)
    expect(enc.size).toBe(100_256)
    expect(enc.patStr).toBe(cl100k.pat_str)
    const texts = [
      'Stage testing passed in 1234ms.\n- ✓ test_pass_rate: total 50000, passed 48730 (97.46%) ≥ 95',
      'Ωμέγα ﷽ नमस्ते 👩‍👩‍👧‍👦 🇺🇳 e\u0301 \u0000\u0007\u200b\ufeff ½ Ⅻ ٣',
      "it's THEY'LL 'S 'd x\r\n\r\n\t \u00a0 \u3000end",
      '<|endoftext|><|fim_prefix|> special strings are text'
    ]
    for (const s of texts) {
      const ids = enc.encodeOrdinary(s)
      expect(ids).toEqual(reference.encode(s, [], []))
      expect(enc.decode(ids)).toBe(reference.decode(ids))
    }
  })

  test('property: ids equal js-tiktoken for random unicode text', () => {
    const enc = new BytePairEncoder(table)
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), (a, b) => {
        const s = a + b
        return enc.encodeOrdinary(s).join(',') === reference.encode(s, [], []).join(',')
      }),
      { numRuns: 100 }
    )
  })

  test('a table at an odd offset in its buffer still loads; a damaged one is refused', () => {
    const odd = Buffer.alloc(table.length + 1)
    odd.set(table, 1)
    expect(new BytePairEncoder(odd.subarray(1)).encodeOrdinary('hello world')).toEqual([15339, 1917])
    const badMagic = Uint8Array.from(table)
    badMagic[0] = 0
    expect(() => new BytePairEncoder(badMagic)).toThrow(/bad magic/)
    expect(() => new BytePairEncoder(table.subarray(0, table.length - 1))).toThrow(/truncated/)
    expect(() => new BytePairEncoder(table.subarray(0, 10))).toThrow(/header/)
  })
})

describe('finding the bundled table', () => {
  test('beside the module or one level up (dist/chunks/); none is null; an unreadable one is an error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-bpe-'))
    try {
      await mkdir(join(dir, 'chunks'))
      const chunk = pathToFileURL(join(dir, 'chunks', 'chunk-X.js'))
      expect(await bundledTable(chunk)).toBeNull()
      const table = tableFromRanks(cl100k)
      await writeFile(join(dir, TABLE_FILE), table)
      const found = await bundledTable(chunk)
      expect(found && Buffer.compare(Buffer.from(found), Buffer.from(table))).toBe(0)
      expect(new BytePairEncoder(found!).encodeOrdinary('Grüße 🎉')).toEqual(reference.encode('Grüße 🎉', [], []))
      await mkdir(join(dir, 'chunks', TABLE_FILE))
      await expect(bundledTable(chunk)).rejects.toThrow(/EISDIR/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('the cl100k_base pre-tokenizer without a regular expression (pretokenize.ts)', () => {
  const re = new RegExp(cl100k.pat_str, 'gu')
  const byRegex = (s: string): string[] => Array.from(s.matchAll(re), (m) => m[0])

  test('is the pattern js-tiktoken ships', () => {
    expect(CL100K_PATTERN).toBe(cl100k.pat_str)
  })

  test('splits real text as the regular expression does', async () => {
    const { readFile } = await import('node:fs/promises')
    for (const f of ['README.md', 'src/context/session.ts', 'src/context/pretokenize.ts']) {
      const text = await readFile(join(process.cwd(), f), 'utf8')
      expect([...pieces(text)]).toEqual(byRegex(text))
    }
  })

  test('property: the same pieces as the regular expression on text of every kind of character', () => {
    const chars = fc.constantFrom(
      'a', 'Z', 'é', 'ß', 'Ω', '中', 'ア', '𝐀', 'ǅ', '0', '9', '½', '٣', 'Ⅻ', '𝟘', ' ', '  ', '\t', '\n', '\r', '\r\n', '\v', '\f',
      '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', "'", "'s", "'S", "'re", "'Ll", "'ve", "'d", "'x", '.', ',', '-', '(',
      '!', '✓', '🎉', '👩‍👩‍👧', 'e\u0301', '\u0000', '\ud800', '\udc00', '_', '"', '<', '#', '`'
    )
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (parts) => {
        const s = parts.join('')
        expect([...pieces(s)]).toEqual(byRegex(s))
      }),
      { numRuns: 3000 }
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect([...pieces(s)]).toEqual(byRegex(s))
      }),
      { numRuns: 2000 }
    )
  })
})
