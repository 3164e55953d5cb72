import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { changedLines, DiffParser, filterFindingsToChanged, unquote, type ChangedLines } from '../../src/diff/changed-lines.js'
import type { Finding } from '../../src/reports/types.js'
import { buildRepo, git, type TestRepo } from './repo.js'

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const asObject = (changed: ChangedLines): Record<string, number[]> =>
  Object.fromEntries([...changed].map(([file, lines]) => [file, [...lines].sort((a, b) => a - b)]))

let repo: TestRepo

beforeAll(async () => {
  repo = await buildRepo()
})

afterAll(async () => {
  await repo.cleanup()
})

describe('changedLines', () => {
  it('gives the lines the branch adds or modifies since the merge base, per file', async () => {
    const changed = await changedLines({ workspace: repo.dir, base: 'main' })
    expect(asObject(changed)).toEqual({
      '__tests__/math.test.js': range(1, 16),
      'docs/b.md': [], // a pure rename: the file changed, none of its lines
      'docs/notes.md': [], // only a deletion inside the file
      'docs/tab\there.md': [1], // git quotes this name; it is unquoted
      'empty.txt': [],
      'pkg/calc.py': [2, 3, ...range(8, 13)],
      'run_py.py': range(1, 4),
      'src/added.js': range(1, 8),
      'src/math.js': [3, 4, ...range(9, 14)],
      'src/new-name.js': [4], // renamed with one line changed: only that line
      'src/spëcial file.js': [1]
    })
    // Deleted (src/gone.js), binary (logo.bin), the old side of renames, and main's own later changes are absent.
  })

  it('takes the same answer from a sha base and an explicit head', async () => {
    const head = git(repo.dir, 'rev-parse', 'feature').trim()
    const bySha = await changedLines({ workspace: repo.dir, base: repo.branchPoint, head })
    expect(asObject(bySha)).toEqual(asObject(await changedLines({ workspace: repo.dir, base: 'main', head: 'HEAD' })))
  })

  it('is empty when head is the base', async () => {
    expect((await changedLines({ workspace: repo.dir, base: 'feature', head: 'feature' })).size).toBe(0)
  })

  it('gives paths relative to a workspace inside the repository, and only its files', async () => {
    const changed = await changedLines({ workspace: path.join(repo.dir, 'src'), base: 'main' })
    expect([...changed.keys()].sort()).toEqual(['added.js', 'math.js', 'new-name.js', 'spëcial file.js'])
  })

  it('names a base ref that does not exist', async () => {
    await expect(changedLines({ workspace: repo.dir, base: 'origin/nope' })).rejects.toThrow(/base ref "origin\/nope" does not exist/)
    await expect(changedLines({ workspace: repo.dir, base: 'main', head: 'deadbeef' })).rejects.toThrow(/head ref "deadbeef"/)
    await expect(changedLines({ workspace: repo.dir, base: '--output=/tmp/x' })).rejects.toThrow(/invalid base ref/)
  })

  it("is not hidden by the change's .gitattributes: a source file marked -diff or binary keeps its changed lines", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 's2p-attrs-'))
    try {
      git(dir, 'init', '-q', '-b', 'main')
      await writeFile(path.join(dir, 'a.js'), 'export const a = 1\n')
      await mkdir(path.join(dir, 'src'))
      await writeFile(path.join(dir, 'src/b.js'), 'export const b = 1\n')
      git(dir, 'add', '-A')
      git(dir, 'commit', '-qm', 'base')
      git(dir, 'checkout', '-qb', 'change')
      await writeFile(path.join(dir, 'a.js'), 'const unused = 1\nexport const a = 1\n')
      await writeFile(path.join(dir, 'src/b.js'), 'const unused = 1\nexport const b = 1\n')
      // git diff prints "Binary files a/a.js and b/a.js differ" for both, with no hunk.
      await writeFile(path.join(dir, '.gitattributes'), '*.js -diff\nsrc/** binary\n')
      await writeFile(path.join(dir, 'logo.bin'), Buffer.from([0, 1, 2, 0, 255, 10]))
      git(dir, 'add', '-A')
      git(dir, 'commit', '-qm', 'change')
      expect(git(dir, 'diff', '--unified=0', 'main', 'HEAD', '--', 'a.js')).toContain('Binary files a/a.js and b/a.js differ')
      expect(asObject(await changedLines({ workspace: dir, base: 'main' }))).toEqual({ '.gitattributes': [1, 2], 'a.js': [1], 'src/b.js': [1] })
      // From a workspace inside the repository: its files, relative to it. A file binary by content stays out.
      expect(asObject(await changedLines({ workspace: path.join(dir, 'src'), base: 'main' }))).toEqual({ 'b.js': [1] })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('says when the workspace is not a git repository', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 's2p-nogit-'))
    try {
      await expect(changedLines({ workspace: plain, base: 'main' })).rejects.toThrow(/not inside a git repository/)
    } finally {
      await rm(plain, { recursive: true, force: true })
    }
  })
})

describe('DiffParser', () => {
  const parse = (text: string): Record<string, number[]> => {
    const parser = new DiffParser()
    for (const line of text.split('\n')) parser.line(line)
    return asObject(parser.finish())
  }

  it('reads hunk headers with and without counts, and pure deletions', () => {
    expect(
      parse(
        [
          'diff --git a/x.js b/x.js',
          'index 1..2 100644',
          '--- a/x.js',
          '+++ b/x.js',
          '@@ -1 +1 @@',
          '-a',
          '+b',
          '@@ -5,2 +4,0 @@',
          '-c',
          '-d',
          '@@ -10,0 +10,3 @@ function f() {',
          '+e',
          '+++ not a header inside a hunk',
          '+g'
        ].join('\n')
      )
    ).toEqual({ 'x.js': [1, 10, 11, 12] })
  })

  it('reads names with spaces from the header when there are no hunks, and skips binaries and deletions', () => {
    expect(
      parse(
        [
          'diff --git a/new file.txt b/new file.txt',
          'new file mode 100644',
          'index 0000000..e69de29',
          'diff --git a/img.png b/img.png',
          'index 1..2 100644',
          'Binary files a/img.png and b/img.png differ',
          'diff --git a/old.js b/old.js',
          'deleted file mode 100644',
          'index 1..0',
          '--- a/old.js',
          '+++ /dev/null',
          '@@ -1,2 +0,0 @@',
          'diff --git "a/q\\"uote" "b/q\\"uote"',
          'old mode 100644',
          'new mode 100755'
        ].join('\n')
      )
    ).toEqual({ 'new file.txt': [], 'q"uote': [] })
  })

  it('unquotes git C-style names, octal UTF-8 bytes included', () => {
    expect(unquote('"b/caf\\303\\251\\ttab\\\\"')).toBe('b/café\ttab\\')
    expect(unquote('plain name')).toBe('plain name')
    expect(unquote('"b/ë 😀\\n"')).toBe('b/ë 😀\n')
  })
})

describe('filterFindingsToChanged', () => {
  const changed: ChangedLines = new Map([
    ['src/a.ts', new Set([3, 4, 10])],
    ['docs/b.md', new Set<number>()]
  ])
  const f = (file: string, line?: number, end_line?: number): Finding => ({ tool: 't', severity: 'error', file, line, end_line, message: 'm' })

  it('keeps findings on changed lines, spans touching them, and line-less findings of changed files', () => {
    const findings = [
      f('src/a.ts', 3),
      f('src/a.ts', 5),
      f('src/a.ts', 6, 12),
      f('src/a.ts', 11, 20),
      f('src/a.ts'),
      f('docs/b.md'),
      f('docs/b.md', 1),
      f('src/other.ts'),
      f('src/other.ts', 3),
      f('./src/a.ts', 4)
    ]
    expect(filterFindingsToChanged(findings, changed)).toEqual([
      findings[0],
      findings[2],
      findings[4],
      findings[5],
      findings[9]
    ])
  })

  it("keeps the tool's own errors, on no file, whatever changed", () => {
    // tsc's "error TS18003: No inputs were found in config file": dropped, the type check of a change passed as 0 errors.
    const own = [f(''), f('', 1)]
    expect(filterFindingsToChanged(own, changed)).toEqual(own)
    expect(filterFindingsToChanged(own, new Map())).toEqual(own)
  })
})
