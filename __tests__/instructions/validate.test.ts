import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkText, formatInstructionsResult, validateInstructions } from '../../src/instructions/validate.js'
import { globProblem, splitPatterns } from '../../src/instructions/glob-pattern.js'

const BODY = `# TypeScript rules

## Style

Use strict TypeScript everywhere. Prefer named exports, keep modules small, and document every exported function.
`

const VALID = `---
applyTo: "**/*.ts"
description: TypeScript conventions for this repository
---
${BODY}`

const dirs: string[] = []
let ws: string

async function put(rel: string, content: string | Buffer): Promise<void> {
  const full = path.join(ws, rel)
  await mkdir(path.dirname(full), { recursive: true })
  await writeFile(full, content)
}

async function one(content: string | Buffer, name = '.github/instructions/a.instructions.md') {
  await put(name, content)
  return validateInstructions({ workspace: ws, globs: [] })
}

function rules(result: Awaited<ReturnType<typeof validateInstructions>>): string[] {
  return result.findings.map((f) => `${f.line}:${f.severity}:${f.rule}`)
}

beforeEach(async () => {
  ws = await mkdtemp(path.join(tmpdir(), 'instr-'))
  dirs.push(ws)
})

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

describe('validateInstructions', () => {
  it('accepts a valid file with no findings', async () => {
    const result = await one(VALID)
    expect(result).toEqual({ files: ['.github/instructions/a.instructions.md'], findings: [], error_count: 0, warning_count: 0 })
  })

  it('accepts applyTo as a list and as comma-separated globs with braces', async () => {
    await put('.github/instructions/list.instructions.md', VALID.replace('applyTo: "**/*.ts"', 'applyTo:\n  - "src/**/*.{ts,tsx}"\n  - "**/*.md"'))
    await put('.github/instructions/comma.instructions.md', VALID.replace('"**/*.ts"', '"**/*.ts,**/*.{js,mjs}"'))
    const result = await validateInstructions({ workspace: ws, globs: [] })
    expect(result.files).toEqual(['.github/instructions/comma.instructions.md', '.github/instructions/list.instructions.md'])
    expect(result.findings).toEqual([])
  })

  it('reports a missing frontmatter at line 1 (and still checks the body)', async () => {
    const result = await one(BODY)
    expect(rules(result)).toEqual(['1:error:missing-frontmatter'])
    expect(result.findings[0]).toMatchObject({ tool: 'instructions', file: '.github/instructions/a.instructions.md' })
    expect(result.error_count).toBe(1)
  })

  it('reports an unclosed frontmatter', async () => {
    const result = await one('---\napplyTo: "**"\ndescription: x\n')
    expect(rules(result)).toEqual(['1:error:missing-frontmatter'])
    expect(result.findings[0].message).toContain('never closed')
  })

  it('reports invalid YAML with the line in the file', async () => {
    const result = await one(`---\napplyTo: "**/*.ts"\ndescription: [unclosed\nother: 1\n---\n${BODY}`)
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({ rule: 'invalid-yaml', severity: 'error' })
    expect(result.findings[0].line).toBe(4)
    expect(result.findings[0].message).toMatch(/^frontmatter is not valid YAML: /)
  })

  it('reports a duplicate key as invalid YAML on its line', async () => {
    const result = await one(`---\napplyTo: "**/*.ts"\ndescription: one\ndescription: two\n---\n${BODY}`)
    expect(rules(result)).toEqual(['4:error:invalid-yaml'])
  })

  it('reports a frontmatter that is not a mapping', async () => {
    const result = await one(`---\n- a\n- b\n---\n${BODY}`)
    expect(rules(result)).toEqual(['2:error:invalid-yaml'])
  })

  it('reports missing applyTo and description at the opening line', async () => {
    const result = await one(`---\nname: x\n---\n${BODY}`)
    expect(rules(result)).toEqual(['1:error:apply-to', '1:error:description'])
  })

  it('reports an empty frontmatter as missing both keys', async () => {
    const result = await one(`---\n---\n${BODY}`)
    expect(rules(result)).toEqual(['1:error:apply-to', '1:error:description'])
  })

  it.each([
    ['applyTo: 42', '2:error:apply-to', 'the number 42'],
    ['applyTo: []', '2:error:apply-to', 'empty list'],
    ['applyTo:', '2:error:apply-to', 'empty'],
    ['applyTo: { a: 1 }', '2:error:apply-to', 'a mapping'],
    ['applyTo: "src/{a,b"', '2:error:apply-to', 'unclosed "{"'],
    ['applyTo: "src/[ab"', '2:error:apply-to', 'unclosed "["'],
    ['applyTo: "src/a}"', '2:error:apply-to', 'unmatched "}"'],
    ['applyTo: "  "', '2:error:apply-to', 'is empty'],
    ['applyTo: "**/*.ts,"', '2:error:apply-to', 'stray comma'],
    ['applyTo:\n  - "**/*.ts"\n  - 7\n  - "a(b"', '4:error:apply-to', 'the number 7']
  ])('rejects %j', async (applyTo, expected, words) => {
    const result = await one(`---\n${applyTo}\ndescription: d\n---\n${BODY}`)
    expect(rules(result)[0]).toBe(expected)
    expect(result.findings[0].message).toContain(words)
  })

  it('reports the unbalanced list item on its own line', async () => {
    const result = await one(`---\napplyTo:\n  - "**/*.ts"\n  - "a(b"\ndescription: d\n---\n${BODY}`)
    expect(rules(result)).toEqual(['4:error:apply-to'])
  })

  it.each([
    ['description: ""', 'description is empty'],
    ['description: "   "', 'description is empty'],
    ['description: 3', 'the number 3'],
    ['description:', 'empty'],
    ['description: [a]', 'a list']
  ])('rejects %j', async (description, words) => {
    const result = await one(`---\napplyTo: "**"\n${description}\n---\n${BODY}`)
    expect(rules(result)).toEqual(['3:error:description'])
    expect(result.findings[0].message).toContain(words)
  })

  it('warns about a body without a ## section (a heading inside a code fence does not count)', async () => {
    const body = `# Title\n\n${'Long enough content. '.repeat(8)}\n\n\`\`\`md\n## not a section\n\`\`\`\n`
    const result = await one(`---\napplyTo: "**"\ndescription: d\n---\n${body}`)
    expect(rules(result)).toEqual(['5:warning:no-section'])
    expect(result.warning_count).toBe(1)
    expect(result.error_count).toBe(0)
  })

  it('warns about content under 100 characters, pointing at the first body line', async () => {
    const result = await one(`---\napplyTo: "**"\ndescription: d\n---\n\n\n## Rules\nBe nice.\n`)
    expect(rules(result)).toEqual(['7:warning:short-content'])
    expect(result.findings[0].message).toContain('17 characters')
  })

  it('reads CRLF files and a BOM with the same lines', async () => {
    const crlf = `\uFEFF---\r\napplyTo: 7\r\ndescription: d\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`
    const result = await one(crlf)
    expect(rules(result)).toEqual(['2:error:apply-to'])
    const valid = await one(`\uFEFF${VALID.replace(/\n/g, '\r\n')}`)
    expect(valid.findings).toEqual([])
  })

  it('finds files in nested and dot directories, sorted, with workspace-relative paths', async () => {
    await put('.github/instructions/z.instructions.md', VALID)
    await put('.github/instructions/deep/er/b.instructions.md', VALID)
    await put('.github/instructions/.hidden/c.instructions.md', `---\napplyTo: 1\ndescription: d\n---\n${BODY}`)
    await put('.github/instructions/not-instructions.md', '')
    await put('node_modules/pkg/.github/instructions/x.instructions.md', '')
    const result = await validateInstructions({ workspace: ws, globs: [] })
    expect(result.files).toEqual([
      '.github/instructions/.hidden/c.instructions.md',
      '.github/instructions/deep/er/b.instructions.md',
      '.github/instructions/z.instructions.md'
    ])
    expect(result.findings.map((f) => f.file)).toEqual(['.github/instructions/.hidden/c.instructions.md'])
  })

  it('uses configured globs; a glob that matches nothing gives no files and no error', async () => {
    await put('docs/ai/one.md', VALID)
    expect((await validateInstructions({ workspace: ws, globs: ['docs/ai/*.md'] })).files).toEqual(['docs/ai/one.md'])
    // One pattern under a missing directory, another under one that is there: the second still matches.
    expect((await validateInstructions({ workspace: ws, globs: ['nothing/**/*.md', 'docs/ai/*.md'] })).files).toEqual(['docs/ai/one.md'])
    expect((await validateInstructions({ workspace: ws, globs: ['docs/nothing/*.md', 'docs/*/one.md'] })).files).toEqual(['docs/ai/one.md'])
    expect(await validateInstructions({ workspace: ws, globs: ['nothing/**/*.md'] })).toEqual({
      files: [],
      findings: [],
      error_count: 0,
      warning_count: 0
    })
  })

  it('refuses globs that leave the workspace or are malformed', async () => {
    await expect(validateInstructions({ workspace: ws, globs: ['../**/*.md'] })).rejects.toThrow(/outside the workspace/)
    await expect(validateInstructions({ workspace: ws, globs: ['/etc/*.md'] })).rejects.toThrow(/outside the workspace/)
    await expect(validateInstructions({ workspace: ws, globs: ['a/{b'] })).rejects.toThrow(/unclosed/)
  })

  it('does not read through a symbolic link to a file outside the workspace', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'instr-out-'))
    dirs.push(outside)
    await writeFile(path.join(outside, 'secret.instructions.md'), VALID)
    await mkdir(path.join(ws, '.github/instructions'), { recursive: true })
    await symlink(path.join(outside, 'secret.instructions.md'), path.join(ws, '.github/instructions/link.instructions.md'))
    await symlink(outside, path.join(ws, '.github/instructions/linked-dir'))
    const result = await validateInstructions({ workspace: ws, globs: [] })
    expect(result.files.every((f) => !f.includes('linked-dir'))).toBe(true)
    for (const file of result.files) {
      expect(result.findings.filter((f) => f.file === file).map((f) => f.rule)).toEqual(['outside-workspace'])
    }
  })

  it('gives an error finding, not a crash, for a file over 1 MB and for NUL bytes', async () => {
    await put('.github/instructions/big.instructions.md', VALID + 'x'.repeat(1024 * 1024))
    await put('.github/instructions/nul.instructions.md', Buffer.from('---\napplyTo: "**"\n\0---\n'))
    const result = await validateInstructions({ workspace: ws, globs: [] })
    expect(rules(result)).toEqual(['1:error:file-too-large', '3:error:binary-file'])
    expect(result.error_count).toBe(2)
  })
})

describe('formatInstructionsResult', () => {
  it('lists findings and a total line', async () => {
    await put('.github/instructions/ok.instructions.md', VALID)
    await put('.github/instructions/bad.instructions.md', '---\napplyTo: 7\ndescription: d\n---\nshort\n')
    const text = formatInstructionsResult(await validateInstructions({ workspace: ws, globs: [] }))
    expect(text.split('\n')).toEqual([
      '.github/instructions/bad.instructions.md:2: error apply-to: applyTo is the number 7, expected a glob pattern string or a list of them',
      '.github/instructions/bad.instructions.md:5: warning no-section: has no ## section; organize the instructions under headings',
      '.github/instructions/bad.instructions.md:5: warning short-content: has 5 characters of content; at least 100 are expected',
      '2 instruction files checked: 1 error, 2 warnings'
    ])
  })

  it('says so when nothing matched', () => {
    expect(formatInstructionsResult({ files: [], findings: [], error_count: 0, warning_count: 0 })).toBe(
      '0 instruction files checked: 0 errors, 0 warnings'
    )
  })
})

describe('glob patterns', () => {
  it.each(['**/*.ts', 'src/**/*.{ts,tsx}', '[a-z]*.md', '[]]x', '[!]]x', '+(a|b).js', 'a\\{b', '**'])('accepts %j', (p) => {
    expect(globProblem(p)).toBeUndefined()
  })
  it.each(['', ' ', 'a{b', 'a}b', '[ab', 'a(b', 'a)b', '{a,[b}]', 'a\u0000b', 'a\tb'])('rejects %j', (p) => {
    expect(globProblem(p)).toBeDefined()
  })
  it('splits comma-separated patterns outside braces', () => {
    expect(splitPatterns('**/*.ts, src/{a,b}/*.js ,x\\,y')).toEqual(['**/*.ts', 'src/{a,b}/*.js', 'x\\,y'])
  })
})

describe('the fixture workspace', () => {
  it('has one valid and one broken instruction file', async () => {
    const workspace = fileURLToPath(new URL('../../__fixtures__/instructions', import.meta.url))
    const result = await validateInstructions({ workspace, globs: [] })
    expect(formatInstructionsResult(result).split('\n')).toEqual([
      '.github/instructions/frontend/broken.instructions.md:4: error apply-to: applyTo pattern "src/{components" has an unclosed "{" at character 5',
      '.github/instructions/frontend/broken.instructions.md:5: error description: description is empty',
      '.github/instructions/frontend/broken.instructions.md:7: warning no-section: has no ## section; organize the instructions under headings',
      '.github/instructions/frontend/broken.instructions.md:7: warning short-content: has 10 characters of content; at least 100 are expected',
      '2 instruction files checked: 2 errors, 2 warnings'
    ])
  })

  it('words a YAML error with its line', async () => {
    await put('.github/instructions/y.instructions.md', `---\napplyTo: "**"\ndescription: [unclosed\n---\n${BODY}`)
    const result = await validateInstructions({ workspace: ws, globs: [] })
    expect(formatInstructionsResult(result)).toMatch(/^\.github\/instructions\/y\.instructions\.md:3: error invalid-yaml: frontmatter is not valid YAML: \S/)
  })
})

describe('a frontmatter that cannot be metadata', () => {
  // The YAML parser takes about 23 µs a character of nested brackets before it gives up on the depth, and a change can
  // add any number of instruction files of up to a megabyte each: 25 s apiece.
  it('nested 30,000 brackets deep is refused at once, unparsed', () => {
    const text = `---\napplyTo: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n---\n${'Body text. '.repeat(20)}\n`
    const started = Date.now()
    const findings = checkText('.github/instructions/deep.instructions.md', text)
    // It took about 1 s.
    expect(Date.now() - started).toBeLessThan(300)
    expect(findings).toContainEqual(expect.objectContaining({ line: 2, rule: 'invalid-yaml', message: 'frontmatter nests [ or { more than 64 levels deep: not parsed' }))
  })

  it('over 64 KiB is refused unparsed', () => {
    const yaml = Array.from({ length: 8000 }, (_, i) => `k${i}: value`).join('\n')
    const findings = checkText('.github/instructions/big.instructions.md', `---\n${yaml}\n---\n${'Body text. '.repeat(20)}\n`)
    expect(findings).toContainEqual(expect.objectContaining({ line: 2, rule: 'invalid-yaml', message: `frontmatter is ${yaml.length} characters; at most 65536 are parsed` }))
  })
})
