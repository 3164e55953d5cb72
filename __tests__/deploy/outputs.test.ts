import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDeployOutputs, readDeployOutputs } from '../../src/deploy/outputs.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 's2p-outputs-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('readDeployOutputs', () => {
  it('reads name=value lines; a value keeps its = signs and spaces; the last repeat wins', async () => {
    const outputs = await readDeployOutputs(
      file('plain', 'environment_url=http://127.0.0.1:4123\nrelease=abc123\nquery=a=b&c=d\nrelease=def456\n\nempty=\nspaced=  two words  \n')
    )
    expect({ ...outputs }).toEqual({
      environment_url: 'http://127.0.0.1:4123',
      release: 'def456',
      query: 'a=b&c=d',
      empty: '',
      spaced: '  two words  '
    })
    expect(Object.getPrototypeOf(outputs)).toBeNull()
  })

  it('reads the heredoc form, CRLF files and a last line without newline', async () => {
    const text = 'notes<<EOF_1\r\nline one\r\nline=two\r\n\r\nEOF_1\r\nrelease=abc\r\nsingle<<X\nX\nlast=yes'
    const outputs = await readDeployOutputs(file('heredoc', text))
    expect({ ...outputs }).toEqual({ notes: 'line one\nline=two\n', release: 'abc', single: '', last: 'yes' })
  })

  it('treats a missing file as no outputs', async () => {
    const outputs = await readDeployOutputs(join(dir, 'nope'))
    expect(Object.keys(outputs)).toEqual([])
    expect(Object.getPrototypeOf(outputs)).toBeNull()
  })

  it('keeps hostile but well-formed names as plain keys', async () => {
    const outputs = await readDeployOutputs(file('proto', '__proto__=polluted\nconstructor=x\nhasOwnProperty=1\n'))
    expect(outputs.__proto__).toBe('polluted')
    expect(Object.keys(outputs).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it.each([
    ['a b=1', /line 1: output name "a b" is not allowed/],
    ['ok=1\n$(rm -rf /)=x', /line 2: output name "\$\(rm -rf \/\)" is not allowed/],
    ['../../x=1', /not allowed/],
    ['ключ=1', /not allowed/],
    [`${'k'.repeat(101)}=1`, /not allowed/],
    ['=value', /line 1: expected name=value/],
    ['just text', /line 1: expected name=value or name<<DELIMITER, got "just text"/],
    ['notes<<EOF\nunterminated', /line 1: notes<<EOF is never closed/],
    ['notes<<\nx', /has no delimiter/],
    ['bad key<<EOF\nx\nEOF', /not allowed/]
  ])('refuses %j', (text, message) => {
    expect(() => parseDeployOutputs(text, 'out.txt')).toThrow(message)
    expect(() => parseDeployOutputs(text, 'out.txt')).toThrow(/deploy outputs file out.txt/)
  })

  it.each([
    ['https://deployer:hunter2-pass@staging.example/app#tok3n-secret', 'expected name=value or name<<DELIMITER, got "https://***@staging.example/app#***"'],
    [`https://deployer:hunter2-pass@${'h'.repeat(70)}.example/`, 'expected name=value'],
    ['https://deployer:hunter2-pass@staging.example/app?tok3n-secret=1', 'output name "https://***@staging.example/app?***" is not allowed'],
    ['notes<<https://deployer:hunter2-pass@x/#tok3n-secret\nx', 'notes<<https://***@x/#*** is never closed']
  ])('quotes a line with a URL in it without its credentials or query: %j', (text, message) => {
    let error: Error | undefined
    try {
      parseDeployOutputs(text, 'out.txt')
    } catch (e) {
      error = e as Error
    }
    expect(error?.message).toContain(message)
    expect(error?.message).not.toMatch(/hunter2|tok3n/)
  })

  it('refuses a file over 1 MB and names it', async () => {
    const path = file('big', `x=${'a'.repeat(1024 * 1024)}\n`)
    await expect(readDeployOutputs(path)).rejects.toThrow(`the deploy outputs file ${path} is`)
  })

  it('names the file it cannot read', async () => {
    await expect(readDeployOutputs(dir)).rejects.toThrow(`the deploy outputs file ${dir} is a directory, not a regular file`)
  })
})
