import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { changedFiles, discoverComponents, runPlan, selectChanged, toMatrix } from '../../src/plan/index.js'
import { buildPlanRepo, cli, expectedComponents, type PlanRepo } from './repo.js'

let repo: PlanRepo

beforeAll(async () => {
  repo = await buildPlanRepo()
})
afterAll(async () => {
  await repo?.cleanup()
})

const CONFIG = { configPath: '.github/spec-to-production.yml' }

describe('discoverComponents on 50 components', () => {
  test('finds every component with its name and paths, sorted by name', async () => {
    const result = await discoverComponents({ workspace: repo.dir })
    expect(result.problems).toEqual([])
    expect(result.components).toEqual(expectedComponents())
    expect(result.components).toHaveLength(50)
  })

  test('is deterministic', async () => {
    const a = await discoverComponents({ workspace: repo.dir, globs: ['specs/*.md'], configPath: '.github/spec-to-production.yml' })
    const b = await discoverComponents({ workspace: repo.dir })
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  test('the matrix holds component and spec only, one entry per component', async () => {
    const { components } = await discoverComponents({ workspace: repo.dir })
    const matrix = toMatrix(components)
    expect(matrix).toEqual({ include: expectedComponents().map(({ component, spec }) => ({ component, spec })) })
    expect(matrix.include.slice(0, 3)).toEqual([
      { component: 'lib_01', spec: 'specs/lib_01.md' },
      { component: 'lib_04', spec: 'specs/lib_04.md' },
      { component: 'lib_07', spec: 'specs/lib_07.md' }
    ])
  })
})

describe('changedFiles', () => {
  test('lists the branch changes since the merge base, not what main did after', async () => {
    expect(await changedFiles({ workspace: repo.dir, base: 'main', head: 'feature' })).toEqual([
      'README.md',
      'lib/lib_07/new.py',
      'services/svc-03/src/mod.py',
      'specs/web.05.md'
    ])
  })

  test('a renamed file counts on both sides', async () => {
    expect(await changedFiles({ workspace: repo.dir, base: 'main', head: 'rename' })).toEqual(['lib/lib_13/mod.py', 'lib/lib_16/moved.py'])
  })

  test('a missing base names the ref and hints at fetch-depth: 0', async () => {
    await expect(changedFiles({ workspace: repo.dir, base: 'origin/nope' })).rejects.toThrow(/base ref "origin\/nope" does not exist.*fetch-depth: 0/)
  })

  test('refs starting with "-" are refused before git sees them', async () => {
    await expect(changedFiles({ workspace: repo.dir, base: '--output=/tmp/x' })).rejects.toThrow(/invalid base ref/)
    await expect(changedFiles({ workspace: repo.dir, base: 'main', head: '-p' })).rejects.toThrow(/invalid head ref/)
  })
})

describe('changed-only selection', () => {
  test('two component sources and one spec select exactly three components', async () => {
    const { components } = await discoverComponents({ workspace: repo.dir })
    const changed = await changedFiles({ workspace: repo.dir, base: 'main', head: 'feature' })
    const { selected, reason } = selectChanged(components, changed, CONFIG)
    expect(selected.map((c) => c.component)).toEqual(['lib_07', 'svc-03', 'web.05'])
    expect({ ...reason }).toEqual({
      lib_07: 'lib/lib_07/new.py changed (source path lib/lib_07)',
      'svc-03': 'services/svc-03/src/mod.py changed (source path services/svc-03/src)',
      'web.05': 'spec specs/web.05.md changed'
    })
  })

  test('a changed configuration selects all 50', async () => {
    const result = await runPlan({ workspace: repo.dir, changedSince: { base: 'main', head: 'config' } })
    expect(result.selected).toHaveLength(50)
    expect(result.reason?.['svc-00']).toBe('configuration .github/spec-to-production.yml changed')
    expect(result.outputs.count).toBe('50')
  })

  test('a changed workflow file selects all of them', async () => {
    const result = await runPlan({ workspace: repo.dir, configPath: '.github/spec-to-production.yml', changedSince: { base: 'main', head: 'workflow' } })
    expect(result.selected).toEqual(expectedComponents())
    expect(result.reason?.['web.47']).toBe('workflow .github/workflows/ship.yml changed')
  })

  test('a dependency manifest or a tool configuration outside every component selects all of them; inside one, that one', async () => {
    // Only requirements.txt and eslint.config.js changed: an empty matrix would have skipped every gate.
    const deps = await runPlan({ workspace: repo.dir, changedSince: { base: 'main', head: 'deps' } })
    expect(deps.selected).toEqual(expectedComponents())
    expect(deps.reason?.['svc-00']).toBe('eslint.config.js changed (dependencies or tool configuration every component is judged with)')
    expect(deps.outputs.count).toBe('50')
    const local = await runPlan({ workspace: repo.dir, changedSince: { base: 'main', head: 'local-lock' } })
    expect(local.selected.map((c) => c.component)).toEqual(['svc-03'])
  })

  test('a renamed file selects the component on each side', async () => {
    const result = await runPlan({ workspace: repo.dir, changedSince: { base: 'main', head: 'rename' } })
    expect(result.selected.map((c) => c.component)).toEqual(['lib_13', 'lib_16'])
    expect({ ...result.reason }).toEqual({
      lib_13: 'lib/lib_13/mod.py changed (source path lib/lib_13)',
      lib_16: 'lib/lib_16/moved.py changed (source path lib/lib_16)'
    })
  })

  test('code outside every component selects all of them: any of them may import it', async () => {
    const result = await runPlan({ workspace: repo.dir, changedSince: { base: 'main', head: 'shared-code' } })
    expect(result.selected).toEqual(expectedComponents())
    expect(result.reason?.['svc-00']).toBe("shared/util.py changed, outside every component's paths (code any of them may use, so every one is judged with it)")
  })

  test('documentation, images and repository metadata outside every component give an empty but valid matrix and count 0', async () => {
    const result = await runPlan({ workspace: repo.dir, changedSince: { base: 'main', head: 'nothing' } })
    expect(result.outputs).toEqual({ matrix: '{"include":[]}', count: '0' })
    expect(result.problems).toEqual([])
  })
})

describe('spec-to-production plan', () => {
  test('prints the whole matrix on one stdout line and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['--workspace', repo.dir])
    expect(code).toBe(0)
    const expected = JSON.stringify({ include: expectedComponents().map(({ component, spec }) => ({ component, spec })) })
    expect(stdout).toBe(`${expected}\n`)
    expect(stderr.split('\n')[0]).toBe('plan: 50 components from specs/*.md')
    expect(stderr).toContain('  svc-00  specs/a00.md\n')
  })

  test('--changed-only --base --head prints the selection with reasons on stderr', async () => {
    const { code, stdout, stderr } = await cli(['--workspace', repo.dir, '--changed-only', '--base', 'main', '--head', 'feature'])
    expect(code).toBe(0)
    expect(stdout).toBe(
      '{"include":[{"component":"lib_07","spec":"specs/lib_07.md"},{"component":"svc-03","spec":"specs/a03.md"},{"component":"web.05","spec":"specs/web.05.md"}]}\n'
    )
    expect(stderr).toBe(
      [
        'plan: 50 components from specs/*.md',
        'plan: 3 of 50 selected: 4 files changed since main',
        '  lib_07  specs/lib_07.md  lib/lib_07/new.py changed (source path lib/lib_07)',
        '  svc-03  specs/a03.md  services/svc-03/src/mod.py changed (source path services/svc-03/src)',
        '  web.05  specs/web.05.md  spec specs/web.05.md changed',
        ''
      ].join('\n')
    )
  })

  test('an empty selection says how to skip the matrix job', async () => {
    const { code, stdout, stderr } = await cli(['--workspace', repo.dir, '--changed-only', '--base', 'main', '--head', 'nothing'])
    expect(code).toBe(0)
    expect(stdout).toBe('{"include":[]}\n')
    expect(stderr).toContain("if: needs.plan.outputs.count != '0'")
  })

  test('a base git does not have is exit 2 with the fetch-depth hint', async () => {
    const { code, stdout, stderr } = await cli(['--workspace', repo.dir, '--changed-only', '--base', 'origin/gone'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/origin\/gone.*fetch-depth: 0/)
  })

  test('usage errors exit 2', async () => {
    for (const argv of [
      ['--workspace', repo.dir, '--changed-only'],
      ['--workspace', repo.dir, '--base', 'main'],
      ['--workspace', repo.dir, '--bogus'],
      ['--workspace', repo.dir, 'stray'],
      ['--workspace', repo.dir, '--specs', '/etc/*.md'],
      ['--workspace', repo.dir, '--specs', '../*.md'],
      ['--workspace', repo.dir, '--specs', 'specs/{a.md'],
      ['--workspace', repo.dir, '--config', 'missing.yml']
    ]) {
      const { code, stdout } = await cli(argv)
      expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' })
    }
  })

  test('several globs after --specs, and a glob matching nothing is a problem (exit 1, matrix still printed)', async () => {
    const { code, stdout, stderr } = await cli(['--workspace', repo.dir, '--specs', 'specs/a0*.md', 'specs/drafts/*.md', 'nope/*.md'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual({
      include: [
        { component: 'later', spec: 'specs/drafts/later.md' },
        { component: 'svc-00', spec: 'specs/a00.md' },
        { component: 'svc-03', spec: 'specs/a03.md' },
        { component: 'svc-06', spec: 'specs/a06.md' },
        { component: 'svc-09', spec: 'specs/a09.md' }
      ]
    })
    expect(stderr).toContain('plan: 1 problem; these specs are not in the matrix:\n  nope/*.md: spec glob "nope/*.md" matches no file\n')
  })

  test('--help', async () => {
    const { code, stdout } = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('spec-to-production plan')
  })
})
