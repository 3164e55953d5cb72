import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, realpath, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { discoverComponents, selectChanged, type PlannedComponent } from '../../src/plan/index.js'
import { isUnder, normalizeRelative } from '../../src/plan/paths.js'
import { put } from './repo.js'

let dir: string
let outside: string

beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 's2p-plan-problems-')))
  outside = await realpath(await mkdtemp(path.join(tmpdir(), 's2p-plan-outside-')))
  await put(outside, 'elsewhere.md', '---\ncomponent: stolen\n---\n# Elsewhere\n')
  const specs: Record<string, string> = {
    'good.md': '# Good\n',
    'bad-fm.md': '---\ntitle: Bad\ncomponent: "bad name"\n---\n# Bad\n',
    'numeric.md': '---\ncomponent: 42\n---\n# Numeric\n',
    'dup1.md': '---\ncomponent: shared\n---\n# One\n',
    'dup2.md': '---\ntitle: Two\ncomponent: shared\n---\n# Two\n',
    'dup3.md': '# shared by file name? no: dup3\n',
    'shared.md': '# Shared, named by its file\n',
    'bad name.md': '# Name from the file\n',
    'escape.md': '---\npaths:\n  source:\n    - src/ok\n    - ../outside\n  tests: tests/escape\n---\n# Escape\n',
    'absolute.md': '---\npaths:\n  tests: /abs/tests\n---\n# Absolute\n',
    'paths-string.md': '---\npaths: src/x\n---\n# Paths\n',
    'paths-number.md': '---\npaths:\n  source: [src/a, 7]\n---\n# Paths\n',
    'broken.md': '---\ncomponent: [unclosed\n---\n# Broken\n',
    'globbed.md': '---\npaths:\n  source: pkg/globbed/**/*.py\n  tests: .\n---\n# Globbed\n',
    '__proto__.md': '# A name that is also a property of every object\n'
  }
  for (const [name, text] of Object.entries(specs)) await put(dir, `specs/${name}`, text)
  await symlink(path.join(outside, 'elsewhere.md'), path.join(dir, 'specs/link.md'))
  await put(dir, 'services/linked/SPEC.md', '# Linked from specs/\n')
  // The repository's layout gives the default paths: good has src/good and tests/good; the others have no directory
  // of their own, so their source defaults to the whole repository (a change anywhere plans them) and their tests to
  // tests/.
  await put(dir, 'src/good/app.py', '')
  await put(dir, 'tests/good/test_app.py', '')
  await symlink('../services/linked/SPEC.md', path.join(dir, 'specs/linked.md'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

describe('discoverComponents problems', () => {
  test('each unplannable spec is a problem with its file and line; the others are planned', async () => {
    const { components, problems } = await discoverComponents({ workspace: dir })
    expect(components).toEqual([
      { component: '__proto__', spec: 'specs/__proto__.md', source: ['.'], tests: ['tests'] },
      { component: 'dup3', spec: 'specs/dup3.md', source: ['.'], tests: ['tests'] },
      { component: 'globbed', spec: 'specs/globbed.md', source: ['pkg/globbed/**/*.py'], tests: ['.'] },
      { component: 'good', spec: 'specs/good.md', source: ['src/good'], tests: ['tests/good'] },
      { component: 'linked', spec: 'specs/linked.md', source: ['.'], tests: ['tests'] }
    ])
    const shown = problems.map((p) => `${p.file}:${p.line ?? '-'}: ${p.message}`)
    expect(shown).toEqual([
      'specs/absolute.md:3: frontmatter paths.tests "/abs/tests" is absolute; give it relative to the repository root',
      expect.stringMatching(/^specs\/bad name\.md:-: Invalid component name "bad name": .*\(from the file name; set frontmatter component/),
      expect.stringMatching(/^specs\/bad-fm\.md:3: Invalid component name "bad name"/),
      expect.stringMatching(/^specs\/broken\.md:2: Invalid YAML in frontmatter/),
      expect.stringMatching(/^specs\/dup2\.md:3: component "shared" is declared by both specs\/dup1\.md and specs\/dup2\.md \(all declaring it: specs\/dup1\.md, specs\/dup2\.md, specs\/shared\.md\)/),
      'specs/escape.md:5: frontmatter paths.source[1] "../outside" reaches outside the repository',
      'specs/link.md:-: spec file is a symbolic link to a file outside the workspace; it was not read',
      'specs/numeric.md:2: frontmatter component is a number, expected a name',
      'specs/paths-number.md:3: frontmatter paths.source[1] is a number, expected a path',
      'specs/paths-string.md:2: frontmatter paths is a string, expected a mapping with source and tests',
      expect.stringMatching(/^specs\/shared\.md:-: component "shared" is declared by both specs\/dup1\.md and specs\/shared\.md/)
    ])
  })

  test('a glob matching nothing is a problem; a missing named configuration is an error', async () => {
    const { components, problems } = await discoverComponents({ workspace: dir, globs: ['specs/good.md', 'other/*.md'] })
    expect(components.map((c) => c.component)).toEqual(['good'])
    expect(problems).toEqual([{ file: 'other/*.md', message: 'spec glob "other/*.md" matches no file' }])
    await expect(discoverComponents({ workspace: dir, globs: ['specs/good.md'], configPath: 'nope.yml' })).rejects.toThrow(
      /Configuration file 'nope.yml' not found/
    )
  })

  test('globs reaching outside the workspace or malformed are refused', async () => {
    await expect(discoverComponents({ workspace: dir, globs: ['../*.md'] })).rejects.toThrow(/reaches outside the workspace/)
    await expect(discoverComponents({ workspace: dir, globs: ['specs/[a.md'] })).rejects.toThrow(/unclosed "\["/)
  })
})

describe('selectChanged', () => {
  const component = (name: string, source: string[], tests: string[] = []): PlannedComponent => ({
    component: name,
    spec: `specs/${name}.md`,
    source,
    tests
  })
  const all = [
    component('__proto__', ['src/proto']),
    component('glob', ['pkg/glob/**/*.py'], ['tests/glob']),
    component('file', ['tools/one.sh']),
    component('prefix', ['src/app'])
  ]

  test('a glob path matches by its literal directories; a file path by itself; prefixes stop at "/"', () => {
    const { selected, reason } = selectChanged(all, ['pkg/glob/deep/x.py', 'tools/one.sh', 'src/application/README.md'], { configPath: 'cfg.yml' })
    expect(selected.map((c) => c.component)).toEqual(['glob', 'file'])
    expect(reason.glob).toBe('pkg/glob/deep/x.py changed (source path pkg/glob/**/*.py)')
  })

  test('test paths and a component named __proto__', () => {
    const { selected, reason } = selectChanged(all, ['tests/glob/t.py', 'src/proto/a.py'], { configPath: 'cfg.yml' })
    expect(selected.map((c) => c.component)).toEqual(['__proto__', 'glob'])
    expect(reason['__proto__']).toBe('src/proto/a.py changed (source path src/proto)')
    expect(reason.glob).toBe('tests/glob/t.py changed (tests path tests/glob)')
  })

  test('any of several configuration paths, and custom workflow paths, select everything', () => {
    const configs = ['.github/spec-to-production.yml', '.github/spec-to-production.yaml']
    expect(selectChanged(all, ['.github/spec-to-production.yaml'], { configPath: configs }).selected).toHaveLength(4)
    // Outside every component, ci/build.yml selects them all as code any may use; named a workflow, as a workflow.
    expect(selectChanged(all, ['ci/build.yml'], { configPath: configs }).reason.file).toMatch(/^ci\/build\.yml changed, outside every component's paths/)
    expect(selectChanged(all, ['ci/notes.md'], { configPath: configs }).selected).toHaveLength(0)
    const custom = selectChanged(all, ['ci/build.yml'], { configPath: configs, workflowFiles: ['ci/build.yml'] })
    expect(custom.selected).toHaveLength(4)
    expect(custom.reason.file).toBe('workflow ci/build.yml changed')
  })

  test('the reason names the first global file in path order', () => {
    const { reason } = selectChanged(all, ['.github/workflows/z.yml', 'cfg.yml', '.github/workflows/a.yml'], { configPath: 'cfg.yml' })
    expect(reason.prefix).toBe('workflow .github/workflows/a.yml changed')
  })
})

describe('paths', () => {
  test('normalizeRelative', () => {
    expect(normalizeRelative('./src//a/')).toEqual({ path: 'src/a' })
    expect(normalizeRelative('src\\win')).toEqual({ path: 'src/win' })
    expect(normalizeRelative('./')).toEqual({ path: '.' })
    expect(normalizeRelative('a/../..')).toEqual({ error: 'reaches outside the repository' })
    expect(normalizeRelative('C:/x')).toHaveProperty('error')
    expect(normalizeRelative(' ')).toEqual({ error: 'is empty' })
  })

  test('isUnder', () => {
    expect(isUnder('src/a/b.ts', 'src/a')).toBe(true)
    expect(isUnder('src/ab/b.ts', 'src/a')).toBe(false)
    expect(isUnder('anything', '.')).toBe(true)
    expect(isUnder('lib/x/y.py', 'lib/*/y.py')).toBe(true)
    expect(isUnder('other/y.py', '**/y.py')).toBe(true)
  })
})
