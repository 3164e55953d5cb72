import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { loadSpec } from '../../src/spec/load.js'
import { MAX_SPEC_BYTES, parseSpec, saysSomething } from '../../src/spec/parse.js'
import { MAX_FRONTMATTER_CHARS } from '../../src/spec/types.js'
import { validateSpec } from '../../src/spec/validate.js'

const opts = { requiredSections: ['Requirements'] }

describe('hostile input', () => {
  test('__proto__ and constructor keys stay plain data and pollute nothing', () => {
    const text = ['---', '__proto__:', '  polluted: yes', 'constructor:', '  prototype:', '    polluted: yes', 'toString: 1', 'paths:', '  __proto__: { polluted: yes }', '---', '# T'].join('\n')
    const spec = parseSpec(text, 'p.md')
    const issues = validateSpec(spec, { requiredSections: [] })
    // paths takes source and tests only: its __proto__ is named as a key it does not take, as plain data.
    expect(issues.filter(i => i.severity === 'error').map(i => i.field)).toEqual(['paths.__proto__'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.getPrototypeOf(spec.frontmatter)).toBeNull()
    expect(Object.prototype.hasOwnProperty.call(spec.frontmatter, '__proto__')).toBe(true)
    expect({ ...(spec.frontmatter['__proto__'] as object) }).toEqual({ polluted: 'yes' })
    expect(spec.frontmatter['toString']).toBe(1)
    const paths = spec.frontmatter['paths'] as Record<string, unknown>
    expect(Object.getPrototypeOf(paths)).toBeNull()
    expect(Object.keys(paths)).toEqual(['__proto__'])
    expect(spec.frontmatter_lines['/__proto__']).toBe(2)
    // JSON round trip keeps the key as data, too
    expect(JSON.parse(JSON.stringify(spec.frontmatter))).toHaveProperty(['__proto__', 'polluted'], 'yes')
  })

  test('a YAML alias bomb is an error, not a hang', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)
    bomb.push('---', '# T')
    const spec = parseSpec(bomb.join('\n'), 'bomb.md')
    expect(spec.issues).toEqual([expect.objectContaining({ severity: 'error', rule: 'frontmatter-yaml' })])
    expect(spec.title).toBe('T')
  })

  test('self-referencing aliases and deeply nested YAML do not crash', () => {
    const cyc = parseSpec('---\nx: &x [1, *x]\n---\n# T\n', 'c.md')
    expect(() => validateSpec(cyc, opts)).not.toThrow()
    const deep = '---\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n---\n# T\n'
    const spec = parseSpec(deep, 'd.md')
    expect(() => validateSpec(spec, opts)).not.toThrow()
    expect(spec.title).toBe('T')
  })

  test('more than 5 MB is one error and nothing parsed', () => {
    const text = '# T\n## Requirements\n' + '- REQ-1: x\n'.repeat(Math.ceil(MAX_SPEC_BYTES / 11) + 10)
    const spec = parseSpec(text, 'big.md')
    expect(spec.rejected).toBe(true)
    expect(spec.sections).toEqual([])
    expect(validateSpec(spec, opts)).toEqual([{ severity: 'error', file: 'big.md', line: 1, rule: 'file-too-large', message: 'Spec file is larger than 5 MB; it was not parsed' }])
    // multi-byte characters count in bytes
    const wide = 'é'.repeat(MAX_SPEC_BYTES / 2 + 1)
    expect(parseSpec(wide, 'w.md').issues[0]!.rule).toBe('file-too-large')
  })

  test('NUL bytes are one error on the line where they appear', () => {
    const spec = parseSpec('# T\r\n## Requirements\r\n- a\u0000b\n', 'bin.md')
    expect(validateSpec(spec, opts)).toEqual([
      { severity: 'error', file: 'bin.md', line: 3, rule: 'binary-content', message: 'Spec file contains NUL bytes (binary content?); it was not parsed' }
    ])
  })

  test('pathological lines stay fast', () => {
    const n = 300_000
    const inputs = [
      '# ' + ' '.repeat(n) + 'x',
      '## Requirements\n- ' + ' '.repeat(n) + '#',
      '## Requirements\n- ' + 'REQ-1'.repeat(n / 5),
      '## Requirements\n- **' + 'A1-'.repeat(n / 3),
      '## Requirements\n| ' + '| '.repeat(n / 2) + '\n|' + '---|'.repeat(1000),
      '- - '.repeat(n / 4) + 'x',
      '`'.repeat(n) + '\n## X',
      '## Requirements\n' + '  '.repeat(20000).split('').map((_, i) => ' '.repeat(i % 200) + '- x').join('\n'),
      ('## Requirements\n' + '- REQ-1: x\n'.repeat(10) + '```\n').repeat(5000),
      '## A\n' + '### Requirement\n'.repeat(n),
      '## Requirements\n' + '- a\n'.repeat(n)
    ]
    for (const text of inputs) {
      const value = validateSpec(parseSpec(text, 'slow.md'), opts)
      expect(value.length).toBeLessThanOrEqual(12 * 51)
    }
  })

  test('a section title of long white space is compared in time proportional to it', () => {
    // The trailing colon of a title was taken off by a pattern that tried each place of a run of white space to the
    // run's end: a 100 kB spec whose one heading held 100,000 spaces took 18 s to validate (5 MB: hours).
    const spaces = ' \t'.repeat(30_000)
    const spec = parseSpec(`# T\n## Overview${spaces}x\n\ntext\n## Requirements${spaces}:${spaces}\n- REQ-1: x\n`, 'wide.md')
    const started = performance.now()
    const issues = validateSpec(spec, opts)
    expect(performance.now() - started).toBeLessThan(2000)
    // The second title, its colon and white space dropped, is the required section.
    expect(issues.filter(i => i.rule === 'missing-section')).toEqual([])
    expect(validateSpec(parseSpec('# T\n## Requirements:: \n', 'c.md'), opts).map(i => i.rule)).toContain('missing-section')
  })

  test('what a reader sees of a line or an item is told in time proportional to it', () => {
    // An unclosed tag or link was looked for from every `<` and `](` of a line to its end: a 200 kB spec whose one
    // requirement was `<a<a<a…` took 31 s to parse (1 MB: some 13 minutes), one of `](](…` as long.
    for (const unit of ['<a', '](']) {
      const started = performance.now()
      const spec = parseSpec(`# T\n## Requirements\n- it ${unit.repeat(100_000)}\n## Notes\n${unit.repeat(100_000)}\n`, 'wide.md')
      expect(performance.now() - started).toBeLessThan(2000)
      expect(spec.requirements).toHaveLength(1)
    }
    // The same words are seen as before: a tag and a link's target are not read, the link's text is.
    expect(saysSomething('<span class="x"></span> [](https://example.com/a)')).toBe(false)
    expect(saysSomething('<br> [see](https://example.com/a)')).toBe(true)
  })

  test('deeply nested lists keep their depth and do not recurse', () => {
    const lines = ['# T', '## Requirements']
    for (let i = 0; i < 1000; i++) lines.push(`${'  '.repeat(i)}- R${i}: level ${i}`)
    const spec = parseSpec(lines.join('\n'), 'n.md')
    expect(spec.requirements).toHaveLength(1000)
    expect(spec.requirements[999]).toMatchObject({ id: 'R999', depth: 999, line: 1002 })
  })

  test('non-string input is treated as empty', () => {
    const spec = parseSpec(undefined as unknown as string, 'u.md')
    expect(spec.title).toBeNull()
    expect(() => validateSpec(spec, opts)).not.toThrow()
  })
})

describe('loadSpec', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-load-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('reads and parses a file, naming it as asked', async () => {
    writeFileSync(join(dir, 'ok.md'), '\uFEFF# T\r\n## Requirements\r\n- REQ-1: x\r\n')
    const spec = await loadSpec(join(dir, 'ok.md'), 'specs/ok.md')
    expect(spec.file).toBe('specs/ok.md')
    expect(spec.requirements).toEqual([{ id: 'REQ-1', text: 'x', line: 3, section: 'Requirements', depth: 0 }])
  })

  test('missing file, directory, oversized file: one error, no throw', async () => {
    const missing = await loadSpec(join(dir, 'nope.md'), 'nope.md')
    expect(missing.issues).toEqual([{ severity: 'error', file: 'nope.md', line: 1, rule: 'file-unreadable', message: 'Spec file nope.md not found' }])
    mkdirSync(join(dir, 'sub'))
    expect((await loadSpec(join(dir, 'sub'))).issues[0]!.rule).toBe('file-unreadable')
    writeFileSync(join(dir, 'big.md'), Buffer.alloc(MAX_SPEC_BYTES + 1, 0x61))
    const big = await loadSpec(join(dir, 'big.md'), 'big.md')
    expect(big.rejected).toBe(true)
    expect(validateSpec(big, opts).map(i => i.rule)).toEqual(['file-too-large'])
  })

  test('UTF-16 with a byte order mark (Notepad "Unicode", PowerShell 5 Out-File) is read as written, both byte orders', async () => {
    // It was read as UTF-8: "Spec file contains NUL bytes (binary content?); it was not parsed".
    const text = '\uFEFF---\ntitle: Café\npaths: { source: src/café }\n---\n## Requirements\n- REQ-1: x\n'
    const le = Buffer.from(text, 'utf16le')
    for (const [name, bytes] of [['le.md', le], ['be.md', Buffer.from(le).swap16()]] as const) {
      writeFileSync(join(dir, name), bytes)
      const spec = await loadSpec(join(dir, name), name)
      expect({ name, rejected: spec.rejected, issues: spec.issues, title: spec.title }).toEqual({ name, rejected: false, issues: [], title: 'Café' })
      expect(spec.requirements).toEqual([{ id: 'REQ-1', text: 'x', line: 6, section: 'Requirements', depth: 0 }])
    }
  })

  test('invalid UTF-8 is decoded with replacement characters and a warning', async () => {
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n## Requirements\n- R1: x\n')]))
    const spec = await loadSpec(join(dir, 'latin1.md'), 'latin1.md')
    expect(spec.title).toBe('Caf\uFFFD')
    expect(spec.issues).toEqual([expect.objectContaining({ severity: 'warning', rule: 'invalid-utf8' })])
  })
})

describe('a frontmatter too large to be metadata', () => {
  test('is refused unparsed, at once: nested flow brackets took the YAML parser 23 µs a character (2 minutes for 5 MB)', () => {
    expect(MAX_FRONTMATTER_CHARS).toBe(64 * 1024)
    const nested = `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const started = Date.now()
    const spec = parseSpec(['---', 'title: T', nested, '---', '# T', '## Requirements', '- REQ-1: x'].join('\n'), 'big.md')
    // It took 2.3 s.
    expect(Date.now() - started).toBeLessThan(500)
    expect(spec.issues).toEqual([
      {
        severity: 'error',
        file: 'big.md',
        line: 2,
        rule: 'frontmatter-too-large',
        message: `Frontmatter is ${8 + 1 + nested.length} characters; at most 65536 are parsed (it holds metadata: title, owners, paths)`
      }
    ])
    expect(Object.keys(spec.frontmatter)).toEqual([])
    // Just under the bound, it is parsed.
    const fits = parseSpec(['---', `title: ${'t'.repeat(MAX_FRONTMATTER_CHARS - 20)}`, '---', '# T'].join('\n'), 'fits.md')
    expect(fits.issues.filter((i) => i.severity === 'error')).toEqual([])
  })
})

test('a frontmatter nesting brackets past 64 levels is refused at once, unparsed, even under 64 KiB', () => {
  const started = Date.now()
  const spec = parseSpec(['---', `x: ${'['.repeat(30_000)}${']'.repeat(30_000)}`, '---', '# T'].join('\n'), 'deep.md')
  // It took about 1 s.
  expect(Date.now() - started).toBeLessThan(300)
  expect(spec.issues).toEqual([
    { severity: 'error', file: 'deep.md', line: 2, rule: 'frontmatter-yaml', message: 'Invalid YAML in frontmatter: it nests [ or { more than 64 levels deep; not parsed' }
  ])
  // Ordinary flow collections parse as before.
  expect(parseSpec(['---', 'owners: [[a, b], {c: [d]}]', '---', '# T'].join('\n'), 'ok.md').issues).toEqual([])
})
