/**
 * `spec-to-production init` and `spec-to-production config --print` as real processes on small repositories:
 * what init writes (and refuses to overwrite), and where each effective value came from.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { schemaErrors } from '../../src/config/schema.js'
import { bundledCli, runCli } from '../helpers/workspace.js'

jest.setTimeout(120_000)

const created: string[] = []
beforeAll(async () => {
  await bundledCli()
})
afterAll(async () => {
  await Promise.all(created.map((d) => rm(d, { recursive: true, force: true })))
})

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stp-cli-'))
  created.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

describe('init', () => {
  it('writes the configuration, a spec template and a workflow, then refuses to overwrite without --force', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: '@acme/web-app', scripts: { test: 'vitest' } }),
      'pnpm-lock.yaml': '',
      'packages/web-app/index.ts': '',
      'tsconfig.json': '{}'
    })
    const run = await runCli(root, ['init'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // The component is package.json's name without its scope; its paths come from the monorepo layout.
    expect(run.stdout).toContain('  paths: source packages/web-app, tests packages/web-app (packages/web-app exists: a monorepo package with its tests inside)')
    expect(run.stdout).toContain('wrote .github/spec-to-production.yml\nwrote specs/web-app.md\nwrote .github/workflows/spec-to-production.yml\n')
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(schemaErrors(parse(config))).toEqual([])
    expect(parse(config)).toMatchObject({
      preset: 'node',
      paths: { source: 'packages/{component}', tests: 'packages/{component}' },
      stages: { testing: { command: expect.stringMatching(/^pnpm test --run --reporter=default --reporter=junit/) }, refactoring: { linting: { enabled: false } } }
    })
    expect(config).toContain('  # tests and coverage: vitest through the test script (pnpm test), so its own flags apply, JUnit and coverage reporters (scripts.test runs vitest ("vitest"))')
    const spec = await readFile(join(root, 'specs/web-app.md'), 'utf8')
    expect(spec).toMatch(/^---\ncomponent: web-app\npaths: \{ source: "packages\/web-app", tests: "packages\/web-app" \}\n---\n# web-app\n/)
    expect(spec).toContain('## Requirements')
    const workflow = await readFile(join(root, '.github/workflows/spec-to-production.yml'), 'utf8')
    expect(workflow).toContain('      - uses: pnpm/action-setup@v4\n      - uses: actions/setup-node@v5\n')
    expect(workflow).toContain('      - run: pnpm install --frozen-lockfile\n')
    expect(workflow).toContain('          spec: specs/web-app.md\n          component: web-app\n')

    await writeFile(join(root, 'specs/web-app.md'), 'my own spec\n')
    const again = await runCli(root, ['init'])
    expect(again.code).toBe(2)
    expect(again.stderr).toBe(
      'spec-to-production init: .github/spec-to-production.yml, .github/workflows/spec-to-production.yml already exist; nothing was written. Run with --force to overwrite.\n'
    )
    const forced = await runCli(root, ['init', '--force'])
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain('wrote .github/spec-to-production.yml (overwritten)')
    expect(forced.stdout).toContain('kept specs/web-app.md (an existing spec is never overwritten)')
    expect(await readFile(join(root, 'specs/web-app.md'), 'utf8')).toBe('my own spec\n')
  })

  it('for a uv project, sets up uv in the workflow', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "calc"\n\n[tool.uv]\n', 'src/calc/__init__.py': '' })
    const run = await runCli(root, ['init'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('  python runner: uv run — [tool.uv] in pyproject.toml: the project uses uv')
    expect(await readFile(join(root, '.github/workflows/spec-to-production.yml'), 'utf8')).toContain('      - uses: astral-sh/setup-uv@v6\n      - run: uv sync --all-extras --dev\n')
    expect(schemaErrors(parse(await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')))).toEqual([])
  })
})

describe('config --print', () => {
  it('shows each effective value with the layer it came from, and the preset choices', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: 'x', scripts: { test: 'jest' } }),
      'src/api/index.js': '',
      '.github/spec-to-production.yml':
        'preset: node\nquality_gates:\n  test_coverage: { staging_threshold: 75 }\ncomponents:\n  api:\n    quality_gates: { test_coverage: { dev_threshold: 40 } }\n',
      'specs/api.md': '---\ncomponent: api\npaths: { tests: test/api }\n---\n# API\n'
    })
    const run = await runCli(root, ['config', '--print', '--component', 'api', '--spec', 'specs/api.md'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    for (const line of [
      '# preset node: named in .github/spec-to-production.yml',
      '#   tests and coverage: jest through the test script (npm test), so its own flags apply, with jest-junit and coverage reporters — scripts.test runs jest ("jest")',
      '# each value is followed by where it came from: default < layout < preset node < .github/spec-to-production.yml < .github/spec-to-production.yml components.api < specs/api.md frontmatter',
      'preset: node # .github/spec-to-production.yml',
      '  source: src/api # layout',
      '  tests: test/api # specs/api.md frontmatter',
      '    dev_threshold: 40 # .github/spec-to-production.yml components.api',
      '    staging_threshold: 75 # .github/spec-to-production.yml',
      '    production_threshold: 80 # default',
      '      coverage: { path: "{reports}/coverage/coverage-summary.json", format: istanbul-summary } # preset node'
    ]) {
      expect(run.stdout.split('\n')).toContain(line)
    }
    expect(run.stdout).toMatch(/\n {4}command: JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml npm test -- --ci .* # preset node\n/)

    const json = await runCli(root, ['config', '--print', '--component', 'api', '--format', 'json'])
    expect(JSON.parse(json.stdout)).toMatchObject({ preset_source: 'named in .github/spec-to-production.yml', config: { paths: { source: 'src/api', tests: 'src/api' } } })
  })

  it('needs --component, and reports a bad configuration file like a run does', async () => {
    const root = await repo({ '.github/spec-to-production.yml': 'preset: pyton\n' })
    const missing = await runCli(root, ['config', '--print'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('config --print needs --component NAME')
    const bad = await runCli(root, ['config', '--print', '--component', 'x'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(".github/spec-to-production.yml:1:9: preset: must be one of: python, node, none (got \"pyton\"); did you mean 'python'?")
  })
})
