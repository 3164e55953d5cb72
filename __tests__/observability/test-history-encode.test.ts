/**
 * The one-pass encoders against the straightforward ones they replaced, on randomized inputs: the run file's bytes
 * (encodeRun), the index's test records (TestIds#lines) and a test record read from the index (TestIds#appendLine).
 */
import { describe, expect, it } from '@jest/globals'
import { encodeRun, type TestRunMeta } from '../../src/observability/test-history.js'
import { TestIds } from '../../src/observability/test-ids.js'

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// The encoder as it was: sort (when not ascending), count the unique tests, then write through a growing writer.
function referenceVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  out.push(v)
}

function referenceEncode(run: { meta: TestRunMeta; tests: ArrayLike<number>; outcomes: ArrayLike<number>; durations: ArrayLike<number>; fileHashes: Map<number, string> }): Buffer {
  const tests = run.tests
  let order: ArrayLike<number> | null = null
  for (let k = 1; k < tests.length; k++) {
    if (tests[k] <= tests[k - 1]) {
      order = Uint32Array.from({ length: tests.length }, (_, i) => i).sort((a, b) => tests[a] - tests[b])
      break
    }
  }
  const n = tests.length
  const at = (j: number) => (order === null ? j : order[j])
  let unique = 0
  for (let j = 0, prev = -1; j < n; j++) {
    const test = tests[at(j)]
    if (test !== prev) unique++
    prev = test
  }
  const files = [...run.fileHashes].sort((a, b) => a[0] - b[0])
  const header = JSON.stringify({ v: 1, ...run.meta, files: files.length, tests: unique })
  const out: number[] = [...Buffer.from(`${header}\n`)]
  let prev = -1
  for (const [file, hash] of files) {
    referenceVarint(out, file - prev - 1)
    prev = file
    const raw = /^[0-9a-f]*$/.test(hash) && hash.length % 2 === 0 ? Buffer.from(hash, 'hex').subarray(0, 32) : Buffer.alloc(0)
    referenceVarint(out, raw.length)
    out.push(...raw)
  }
  prev = -1
  for (let j = 0; j < n; j++) {
    const k = at(j)
    const test = tests[k]
    if (test === prev) continue
    referenceVarint(out, test - prev - 1)
    prev = test
    referenceVarint(out, Math.min(Math.max(0, Math.round(run.durations[k])), 2 ** 32 - 1) * 8 + run.outcomes[k])
  }
  return Buffer.from(out)
}

const META: TestRunMeta = { key: 'k', run_id: '1', attempt: 1, branch: 'main', sha: 'abc', at: '2026-12-06T00:00:00.000Z', component: 'c' }

describe('run file encoder', () => {
  it('writes the same bytes as the reference for ascending, unordered and repeated tests, any durations', () => {
    const rnd = random(15)
    for (let round = 0; round < 400; round++) {
      const n = Math.floor(rnd() * (round % 10 === 0 ? 3000 : 60))
      const shape = round % 4 // 0 ascending, 1 ascending with gaps up to 2^31, 2 shuffled, 3 with repeats
      const tests: number[] = []
      let t = -1
      for (let k = 0; k < n; k++) {
        t += 1 + (shape === 1 ? Math.floor(rnd() * 2 ** (rnd() * 31)) : Math.floor(rnd() * 3))
        tests.push(t)
      }
      if (shape >= 2) for (let k = n - 1; k > 0; k--) {
        const j = Math.floor(rnd() * (k + 1))
        ;[tests[k], tests[j]] = [tests[j], tests[k]]
      }
      if (shape === 3 && n > 1) for (let k = 0; k < n / 4; k++) tests[Math.floor(rnd() * n)] = tests[Math.floor(rnd() * n)]
      const outcomes = Uint8Array.from({ length: n }, () => Math.floor(rnd() * 5))
      const pick = rnd()
      const ms = () => (pick < 0.3 ? Math.floor(rnd() * 2 ** (rnd() * 32)) : pick < 0.6 ? rnd() * 5000 - 100 : rnd() < 0.05 ? 2 ** 33 : Math.floor(rnd() * 300))
      const durations = pick < 0.3 ? Uint32Array.from({ length: n }, ms) : round % 2 ? Float64Array.from({ length: n }, ms) : Array.from({ length: n }, ms)
      const fileHashes = new Map<number, string>()
      for (let f = 0; f < rnd() * 6; f++) fileHashes.set(Math.floor(rnd() * 1000), rnd() < 0.2 ? 'not hex' : Buffer.from(Array.from({ length: Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 256))).toString('hex'))
      const testArray = shape % 2 ? tests : Uint32Array.from(tests)
      const run = { meta: META, tests: testArray, outcomes, durations, fileHashes }
      expect(encodeRun(run).equals(referenceEncode(run))).toBe(true)
    }
  })
})

function referenceLines(t: TestIds, from: number, prefix: string): Buffer {
  const parts: Buffer[] = []
  for (let k = from; k < t.size; k++) {
    const id = t.id(k)
    parts.push(Buffer.from(`${prefix}${/^"|[\n\r]/.test(id) ? JSON.stringify(id) : id}\n`))
  }
  return Buffer.concat(parts)
}

describe('test id table as index records', () => {
  const rnd = random(42)
  const word = () => {
    const pieces = ['a', 'b::c', 'tests.m0::test_', '"', '\n', '\r', 'ü', '✓', 'x'.repeat(70), '\t', '']
    let s = ''
    for (let i = Math.floor(rnd() * 6); i > 0; i--) s += pieces[Math.floor(rnd() * pieces.length)]
    return s
  }

  it('writes each entry as the reference does, from any entry, through growth and clones', () => {
    for (let round = 0; round < 100; round++) {
      const ids = Array.from({ length: Math.floor(rnd() * 300) }, word)
      const t = new TestIds(16, 4)
      for (const id of ids) {
        if (rnd() < 0.5) t.appendString(id)
        else t.addString(id)
      }
      const from = Math.floor(rnd() * (t.size + 1))
      expect(t.lines(from, 't\t').equals(referenceLines(t, from, 't\t'))).toBe(true)
      const c = t.clone(Math.floor(rnd() * (t.size + 1)))
      expect(c.lines(0, 't\t').equals(referenceLines(c, 0, 't\t'))).toBe(true)
    }
  })

  it('enters a line as append enters its bytes, and enters nothing without a line feed', () => {
    for (let round = 0; round < 100; round++) {
      const ids = Array.from({ length: Math.floor(rnd() * 200) }, word).map((w) => w.replace(/\n/g, ''))
      const text = Buffer.from(ids.map((id) => `${id}\n`).join('') + (round % 2 ? 'torn' : ''))
      const a = new TestIds(16, 4)
      const b = new TestIds(16, 4)
      let pos = 0
      for (const id of ids) {
        const end = a.appendLine(text, pos)
        expect(end).toBe(pos + Buffer.byteLength(id))
        b.append(text, pos, end)
        pos = end + 1
      }
      expect(a.appendLine(text, pos)).toBe(-1)
      expect(a.size).toBe(ids.length)
      expect(a.toArray()).toEqual(b.toArray())
      expect(a.lines(0, 't\t').equals(b.lines(0, 't\t'))).toBe(true)
      // Same hashes: each id is found at the same (first) entry in both.
      for (const id of ids) expect(a.findString(id)).toBe(b.findString(id))
      expect(a.findString('torn')).toBe(b.findString('torn'))
    }
  })
})
