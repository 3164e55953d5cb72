import { describe, expect, it } from '@jest/globals'
import { TestIds } from '../../src/observability/test-ids.js'

const bytes = (s: string): Buffer => Buffer.from(s, 'utf8')

describe('test id table', () => {
  it('numbers ids in order of entry and finds the first entry of a repeated id', () => {
    const t = TestIds.of(['a::one', 'b::two', 'a::one'])
    expect(t.size).toBe(3)
    expect(t.toArray()).toEqual(['a::one', 'b::two', 'a::one'])
    expect(t.findString('a::one')).toBe(0)
    expect(t.findString('b::two')).toBe(1)
    expect(t.findString('a::on')).toBe(-1)
    expect(t.findString('')).toBe(-1)
    // add finds before it enters; append always enters.
    expect(t.addString('b::two')).toBe(1)
    expect(t.addString('c::three')).toBe(3)
    expect(t.appendString('c::three')).toBe(4)
    expect(t.findString('c::three')).toBe(3)
    expect(t.size).toBe(5)
  })

  it('reads ids from a slice of a larger buffer and stops adding at the limit', () => {
    const t = new TestIds(16, 16)
    const buf = bytes('xxpkg.mod::test_é[1]yy')
    const k = t.add(buf, 2, buf.length - 2)
    expect(t.id(k)).toBe('pkg.mod::test_é[1]')
    expect(t.find(bytes('pkg.mod::test_é[1]'), 0, bytes('pkg.mod::test_é[1]').length)).toBe(k)
    expect(t.addString('second', 1)).toBe(-1)
    expect(t.addString('pkg.mod::test_é[1]', 1)).toBe(k)
    expect(t.size).toBe(1)
  })

  it('add: the bytes of an id already there, or refused at the limit, leave no trace; add flags what lines() must quote', () => {
    const t = new TestIds(16, 2)
    expect(t.addString('alpha')).toBe(0)
    expect(t.addString('alpha')).toBe(0)
    expect(t.addString('beta', 2)).toBe(1)
    expect(t.addString('gamma-is-longer-than-the-arena', 2)).toBe(-1)
    expect(t.addString('quote"d')).toBe(2)
    expect(t.add(bytes('"starts'), 0, 7)).toBe(3)
    expect(t.add(bytes('line\nbreak'), 0, 10)).toBe(4)
    expect(t.toArray()).toEqual(['alpha', 'beta', 'quote"d', '"starts', 'line\nbreak'])
    expect(t.lines(0, '').toString('utf8')).toBe('alpha\nbeta\nquote"d\n"\\"starts"\n"line\\nbreak"\n')
    expect([t.findString('alpha'), t.findString('beta'), t.findString('gamma-is-longer-than-the-arena')]).toEqual([0, 1, -1])
  })

  it('keeps every id through growth of the byte arena, the entry arrays and the hash slots', () => {
    const t = new TestIds(16, 16)
    const ids = Array.from({ length: 20_000 }, (_, i) => `tests/test_${i % 97}.py::TestClass::test_case_${i}${'x'.repeat(i % 300)}`)
    // A lookup first, so the slots exist while entries are added and are rehashed as the table grows.
    expect(t.findString(ids[0])).toBe(-1)
    for (const id of ids) t.addString(id)
    expect(t.size).toBe(ids.length)
    for (let i = 0; i < ids.length; i += 997) {
      expect(t.findString(ids[i])).toBe(i)
      expect(t.id(i)).toBe(ids[i])
    }
    // A table built without lookups hashes on its first one.
    const u = TestIds.of(ids)
    expect(u.findString(ids[19_999])).toBe(19_999)
  })

  it('finds entries of another table and copies them, and clones a prefix', () => {
    const a = TestIds.of(['one', 'two', 'three'])
    const b = TestIds.of(['three', 'four'])
    expect(a.findIn(b, 0)).toBe(2)
    expect(a.findIn(b, 1)).toBe(-1)
    expect(a.appendFrom(b, 1)).toBe(3)
    expect(a.findString('four')).toBe(3)
    const c = a.clone(2)
    expect(c.toArray()).toEqual(['one', 'two'])
    expect(c.findString('three')).toBe(-1)
    // The clone is its own table: entering into it leaves the original alone.
    c.addString('five')
    expect(a.findString('five')).toBe(-1)
    expect(a.size).toBe(4)
  })

  it('writes index records one per line, quoting ids that hold a line break or start with a quote', () => {
    const t = TestIds.of(['plain', 'two\nlines', 'cr\rhere', '"quoted"', 'tab\tinside', 'ünï'])
    const text = t.lines(1, 't\t').toString('utf8')
    expect(text.split('\n').slice(0, -1)).toEqual(['t\t"two\\nlines"', 't\t"cr\\rhere"', 't\t"\\"quoted\\""', 't\ttab\tinside', 't\tünï'])
    expect(t.lines(t.size, 't\t').length).toBe(0)
    // A long id is copied whole.
    const long = 'k'.repeat(5000)
    expect(TestIds.of([long]).lines(0, '').toString()).toBe(`${long}\n`)
  })

  it('distinguishes ids that collide in length and differ only in a byte', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `t${String(i).padStart(6, '0')}`)
    const t = TestIds.of(ids)
    expect(new Set(ids.map((id) => t.findString(id))).size).toBe(ids.length)
  })
})
