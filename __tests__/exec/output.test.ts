import { describe, expect, it } from '@jest/globals'
import { LineSplitter, MAX_LINE_CHARS, TailBuffer, lastBytes } from '../../src/exec/output.js'

describe('TailBuffer', () => {
  it('keeps exactly the last bytes of many small pushes', () => {
    const tail = new TailBuffer(10)
    for (let i = 0; i < 100_000; i++) tail.push(String(i % 10))
    expect(tail.toString()).toBe('0123456789')
  })

  it('cuts a huge push and starts on a character boundary', () => {
    const tail = new TailBuffer(5)
    tail.push('ab€€') // € is 3 bytes: the last 5 bytes hold one whole € and 2 bytes of the other
    expect(tail.toString()).toBe('€')
    expect(lastBytes('abc', 10)).toBe('abc')
  })

  it('keeps nothing with a zero limit', () => {
    const tail = new TailBuffer(0)
    tail.push('abc')
    expect(tail.toString()).toBe('')
  })
})

describe('LineSplitter', () => {
  it('splits lines, strips CR and flushes the last partial line', () => {
    const lines: string[] = []
    const splitter = new LineSplitter((line) => lines.push(line))
    splitter.push('a\r\nb')
    splitter.push('c\n\n')
    splitter.push('d')
    splitter.flush()
    splitter.flush()
    expect(lines).toEqual(['a', 'bc', '', 'd'])
  })

  it('bounds a pending line and never splits a surrogate pair', () => {
    const lines: string[] = []
    const splitter = new LineSplitter((line) => lines.push(line))
    const long = 'x'.repeat(MAX_LINE_CHARS - 1) + '😀' + 'y'.repeat(10)
    splitter.push(long)
    expect(lines).toEqual(['x'.repeat(MAX_LINE_CHARS - 1)])
    splitter.push('\n')
    expect(lines[1]).toBe('😀' + 'y'.repeat(10))
  })
})
