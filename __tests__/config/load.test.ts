import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detectPreset } from '../../src/config/detect.js'
import { loadConfig } from '../../src/config/load.js'
import { defaultConfig, fitPreset } from '../../src/config/presets.js'
import { RepositoryProbe } from '../../src/config/probe.js'
import { ConfigurationError } from '../../src/config/types.js'

const CONFIG = '.github/spec-to-production.yml'
const created: string[] = []

/** A fresh directory holding `files` (path relative to it → content). */
async function workspace(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stp-config-'))
  created.push(root)
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
  return root
}

/** The ConfigurationError loading `yaml` as the default configuration file throws. */
async function loadError(yaml: string, component = 'app', extra: Record<string, string> = {}): Promise<string> {
  const root = await workspace({ [CONFIG]: yaml, ...extra })
  try {
    await loadConfig({ workspace: root, component })
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected loadConfig to fail')
}

afterAll(async () => {
  await Promise.all(created.map((root) => rm(root, { recursive: true, force: true })))
})

describe('loadConfig: loading the same text again', () => {
  it('gives an independent copy each time and follows the file when it changes', async () => {
    const yaml = 'preset: none\nstages:\n  testing:\n    command: "make check"\ncomponents:\n  app:\n    paths: { source: lib/app }\n'
    const root = await workspace({ [CONFIG]: yaml })
    const first = await loadConfig({ workspace: root, component: 'app' })
    first.config.stages.testing.command = 'changed by a caller'
    first.config.paths.source = 'elsewhere'
    const second = await loadConfig({ workspace: root, component: 'app' })
    expect(second.config.stages.testing.command).toBe('make check')
    expect(second.config.paths.source).toBe('lib/app')
    // Another workspace with the same text, the component's overrides still its own.
    const other = await workspace({ [CONFIG]: yaml })
    expect((await loadConfig({ workspace: other, component: 'web' })).config.stages.testing.command).toBe('make check')
    await writeFile(join(root, CONFIG), yaml.replace('make check', 'make test'))
    expect((await loadConfig({ workspace: root, component: 'app' })).config.stages.testing.command).toBe('make test')
    // An invalid text is reported with its place every time.
    await writeFile(join(root, CONFIG), `${yaml}bogus_key: 1\n`)
    for (let i = 0; i < 2; i++) await expect(loadConfig({ workspace: root, component: 'app' })).rejects.toThrow(/spec-to-production\.yml:8:1: bogus_key/)
  })
})

describe('loadConfig: finding the file', () => {
  it('uses the defaults and no file when the repository has neither a file nor a preset marker', async () => {
    const root = await workspace()
    const loaded = await loadConfig({ workspace: root, component: 'app' })
    expect(loaded.file).toBeNull()
    expect(loaded.presetSource).toMatch(/^detected: none of package\.json, pyproject\.toml/)
    const expected = defaultConfig()
    // No src/app, packages/app or app/ directory: the whole repository.
    expected.paths = { source: '.', tests: '.' }
    expect(loaded.config).toEqual(expected)
  })

  it('reads .github/spec-to-production.yml, and .yaml too', async () => {
    for (const name of [CONFIG, '.github/spec-to-production.yaml']) {
      const root = await workspace({ [name]: 'preset: node\n' })
      const loaded = await loadConfig({ workspace: root, component: 'app' })
      expect(loaded.file).toBe(join(root, name))
      expect(loaded.config.preset).toBe('node')
      expect(loaded.presetSource).toBe(`named in ${name}`)
    }
  })

  it('refuses to guess between .yml and .yaml', async () => {
    const root = await workspace({ [CONFIG]: 'preset: node\n', '.github/spec-to-production.yaml': 'preset: python\n' })
    await expect(loadConfig({ workspace: root, component: 'app' })).rejects.toThrow(/Both .*\.yml and .*\.yaml exist/)
  })

  it('reads a named file, relative to the workspace or absolute', async () => {
    const root = await workspace({ 'ci/stp.yml': 'preset: python\n' })
    expect((await loadConfig({ workspace: root, configPath: 'ci/stp.yml', component: 'app' })).config.preset).toBe('python')
    const absolute = await loadConfig({ workspace: '/', configPath: join(root, 'ci/stp.yml'), component: 'app' })
    expect(absolute.file).toBe(join(root, 'ci/stp.yml'))
  })

  it('fails when a named file is missing, even if the default one exists', async () => {
    const root = await workspace({ [CONFIG]: 'preset: node\n' })
    const error = await loadConfig({ workspace: root, configPath: 'nope.yml', component: 'app' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(/Configuration file 'nope\.yml' not found/)
  })

  it('treats an empty file as no settings', async () => {
    const root = await workspace({ [CONFIG]: '# nothing yet\n', 'package.json': '{}' })
    const loaded = await loadConfig({ workspace: root, component: 'app' })
    expect(loaded.config.preset).toBe('node')
    expect(loaded.presetSource).toBe('detected: package.json')
  })

  it('refuses component names that could reach a shell or a path', async () => {
    const root = await workspace()
    for (const component of ['a;rm -rf /', '$(x)', 'two words', '..', '']) {
      const error = await loadConfig({ workspace: root, component }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConfigurationError)
      if (component !== '') expect((error as Error).message).toContain(JSON.stringify(component))
    }
  })
})

describe('loadConfig: presets and detection', () => {
  it.each([
    [{ 'package.json': '{}' }, 'node', 'detected: package.json'],
    [{ 'pyproject.toml': '' }, 'python', 'detected: pyproject.toml'],
    [{ 'setup.py': '' }, 'python', 'detected: setup.py'],
    [{ 'setup.cfg': '' }, 'python', 'detected: setup.cfg'],
    [{ 'requirements.txt': '' }, 'python', 'detected: requirements.txt']
  ])('detects from %j', async (files, preset, source) => {
    const root = await workspace(files)
    const loaded = await loadConfig({ workspace: root, component: 'app' })
    expect(loaded.config.preset).toBe(preset)
    expect(loaded.presetSource).toBe(source)
    const fitted = await fitPreset(preset as 'node' | 'python', new RepositoryProbe(root))
    expect(loaded.config.stages.testing.command).toBe(fitted.layer.stages?.testing?.command)
  })

  it('with both markers, goes by the language of the component sources', async () => {
    const both = { 'package.json': '{}', 'pyproject.toml': '' }
    const py = await workspace({ ...both, 'src/app/main.py': '', 'src/app/pkg/util.py': '', 'src/app/build.js': '' })
    expect(await detectPreset(py, 'src/app')).toEqual({
      preset: 'python',
      source: 'detected: package.json, pyproject.toml; src/app holds mostly Python files'
    })
    const ts = await workspace({ ...both, 'src/app/index.ts': '', 'src/app/types.d.ts': '', 'scripts/x.py': '' })
    expect((await detectPreset(ts, 'src/app')).preset).toBe('node')
    const empty = await workspace(both)
    expect(await detectPreset(empty, 'src/app')).toEqual({
      preset: 'node',
      source: 'detected: package.json, pyproject.toml; src/app decides nothing, node by default'
    })
  })

  // A monorepo of parts side by side, no manifest at the root (api/pyproject.toml beside web/package.json): every
  // component read as `preset none (detected: none of package.json, … found)` and `no … api/ directory`, and the run
  // refused for want of a test command. The component's own manifest decides, and its directory is its paths.
  it("side by side parts with no manifest at the root: the component's own manifest, its directory the paths", async () => {
    const root = await workspace({
      'api/pyproject.toml': '[project]\nname = "api"\n',
      'api/src/api/__init__.py': '',
      'api/tests/test_api.py': '',
      'web/package.json': '{ "name": "web" }',
      'web/src/index.js': ''
    })
    const api = await loadConfig({ workspace: root, component: 'api' })
    expect(api.config.preset).toBe('python')
    expect(api.presetSource).toBe("detected: api/pyproject.toml (the component's own; the repository root has no Python project file)")
    expect(api.config.paths).toMatchObject({ source: 'api', tests: 'api' })
    expect(api.config.stages.testing.command).toMatch(/-m pytest \{tests\} --cov=\{path\}/)
    const web = await loadConfig({ workspace: root, component: 'web' })
    expect(web.config.preset).toBe('node')
    expect(web.presetSource).toBe("detected: web/package.json (the component's own; the repository root has no package.json)")
    // Its tests run from its own directory, which the preset does not do: said, not "no test script" of a root that has none.
    expect(web.choices.find((c) => c.topic === 'tests and coverage')?.because).toBe(
      'the repository root has no package.json: web/package.json is a project of its own, run from its own directory, which the preset does not do (commands run at the repository root): ' +
        'set stages.testing.command to a command that runs its tests there (cd web && …) and writes a JUnit XML report, with stages.testing.reports.junit and .coverage'
    )
    expect(web.config.stages.testing.command ?? '').toBe('')
    // A root package.json of tooling over a Python part: the part's own manifest, not the root's language.
    const tooling = await workspace({ 'package.json': '{ "devDependencies": { "prettier": "3" } }', 'libs/calc/pyproject.toml': '[project]\nname = "calc"\n', 'libs/calc/calc/__init__.py': '' })
    expect((await loadConfig({ workspace: tooling, component: 'calc' })).config.preset).toBe('python')
    // The root a project of the same language (a uv or npm workspace): the root decides, as before.
    const same = await workspace({ 'pyproject.toml': '[project]\nname = "root"\n', 'libs/calc/pyproject.toml': '[project]\nname = "calc"\n' })
    expect((await loadConfig({ workspace: same, component: 'calc' })).presetSource).toBe('detected: pyproject.toml')
  })

  it("with both markers, looks at the component's configured source path", async () => {
    const root = await workspace({
      'package.json': '{}',
      'requirements.txt': '',
      'services/api/app.py': '',
      [CONFIG]: 'components:\n  api:\n    paths: { source: "services/{component}" }\n'
    })
    const loaded = await loadConfig({ workspace: root, component: 'api' })
    expect(loaded.config.preset).toBe('python')
    expect(loaded.config.paths.source).toBe('services/api')
    expect(loaded.presetSource).toMatch(/services\/api holds mostly Python files/)
  })

  it('prefers a preset named in the file over detection, and a component preset over both', async () => {
    const root = await workspace({
      'package.json': '{}',
      [CONFIG]: 'preset: python\ncomponents:\n  web:\n    preset: node\n'
    })
    const api = await loadConfig({ workspace: root, component: 'api' })
    expect(api.config.preset).toBe('python')
    expect(api.presetSource).toBe(`named in ${CONFIG}`)
    const web = await loadConfig({ workspace: root, component: 'web' })
    expect(web.config.preset).toBe('node')
    expect(web.config.stages.testing.command).toMatch(/node --test-reporter=spec/)
    expect(web.presetSource).toBe(`named in ${CONFIG} at components.web.preset`)
  })

  it('preset none leaves every command unset', async () => {
    const root = await workspace({ 'package.json': '{}', [CONFIG]: 'preset: none\n' })
    const { config } = await loadConfig({ workspace: root, component: 'app' })
    expect(config.stages.testing.command).toBeUndefined()
    expect(config.stages.refactoring.linting.command).toBeUndefined()
  })
})

describe('loadConfig: layering', () => {
  const yaml = `
preset: python
paths: { tests: "test/{component}" }
quality_gates:
  test_coverage: { staging_threshold: 75 }
stages:
  specification: { required_sections: [Overview, Requirements] }
  testing: { timeout_seconds: 300 }
components:
  engine:
    quality_gates:
      test_coverage: { dev_threshold: 40 }
    stages:
      specification: { required_sections: [Design] }
      refactoring: { security: { enabled: false } }
      staging_deployment: { command: "./deploy.sh {environment} {sha}" }
    error_recovery:
      testing: { max_retries: 1 }
`

  it('deep-merges defaults ← preset ← top level ← component', async () => {
    const root = await workspace({ [CONFIG]: yaml })
    const { config } = await loadConfig({ workspace: root, component: 'engine' })
    expect(config.quality_gates.test_coverage).toEqual({ dev_threshold: 40, staging_threshold: 75, production_threshold: 80 })
    expect(config.stages.specification.required_sections).toEqual(['Design'])
    expect(config.stages.testing.timeout_seconds).toBe(300)
    expect(config.stages.testing.command).toMatch(/ -m (pytest|coverage run)/)
    const fitted = await fitPreset('python', new RepositoryProbe(root))
    expect(config.stages.refactoring.security).toEqual({ ...fitted.layer.stages?.refactoring?.security, enabled: false })
    expect(config.stages.staging_deployment).toEqual({
      enabled: true,
      environment: 'staging',
      timeout_seconds: 600,
      github_deployment: true,
      command: './deploy.sh {environment} {sha}'
    })
    expect(config.error_recovery.testing).toEqual({ ...defaultConfig().error_recovery.testing, max_retries: 1 })
    // tests from the file; source from the layout (no src/engine here: the whole repository).
    expect(config.paths).toEqual({ source: '.', tests: 'test/engine' })
  })

  it('leaves other components with the top level only', async () => {
    const root = await workspace({ [CONFIG]: yaml })
    const { config } = await loadConfig({ workspace: root, component: 'ui' })
    expect(config.quality_gates.test_coverage).toEqual({ dev_threshold: 50, staging_threshold: 75, production_threshold: 80 })
    expect(config.stages.specification.required_sections).toEqual(['Overview', 'Requirements'])
    expect(config.stages.refactoring.security.enabled).toBe(true)
  })

  it('takes a report as a path string or as { path, format }', async () => {
    const root = await workspace({
      [CONFIG]: `
preset: python
stages:
  testing:
    reports:
      junit: "{reports}/results.xml"
      coverage: { path: "{reports}/coverage.xml", format: cobertura }
  refactoring:
    type_checking: { command: "uvx mypy {path} > {reports}/mypy.txt", report: "{reports}/mypy.txt" }
`
    })
    const { config } = await loadConfig({ workspace: root, component: 'app' })
    expect(config.stages.testing.reports).toEqual({
      junit: { path: '{reports}/results.xml' },
      coverage: { path: '{reports}/coverage.xml', format: 'cobertura' }
    })
    // A report given as a string replaces the preset's whole, format included: it is detected from the content.
    expect(config.stages.refactoring.type_checking.report).toEqual({ path: '{reports}/mypy.txt' })
  })

  it('lets YAML aliases and merge keys share settings', async () => {
    const root = await workspace({
      [CONFIG]: `
error_recovery:
  testing: &patient { max_retries: 7, base_delay: 3 }
  refactoring: *patient
components:
  app:
    error_recovery:
      staging_deployment: { <<: *patient, max_delay: 99 }
`
    })
    const { config } = await loadConfig({ workspace: root, component: 'app' })
    expect(config.error_recovery.refactoring.max_retries).toBe(7)
    expect(config.error_recovery.staging_deployment).toMatchObject({ max_retries: 7, base_delay: 3, max_delay: 99 })
  })

  it('loads the example configuration', async () => {
    const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
    const loaded = await loadConfig({ workspace: repo, configPath: 'examples/greeter/spec-to-production.yml', component: 'greeter' })
    expect(loaded.config.preset).toBe('none')
    expect(loaded.config.paths.source).toBe('examples/greeter/src')
    expect(loaded.config.stages.refactoring.security).toMatchObject({ enabled: true, report: { format: 'secretlint-json' } })
    expect(loaded.config.stages.staging_deployment).toMatchObject({ enabled: true, integration_tests: { reports: { junit: { path: '{reports}/integration/junit.xml' } } } })
  })
})

describe('loadConfig: errors', () => {
  it('names the line of an unquoted glob that starts with * (a YAML alias to nothing), and says to quote it', async () => {
    const message = await loadError('stages:\n  testing:\n    reports: { junit: **/build/test-results/test/*.xml }\n')
    expect(message).toBe(
      'Invalid configuration file .github/spec-to-production.yml (1 error):\n' +
        '.github/spec-to-production.yml:3:23: **/build/test-results/test/*.xml is read as a YAML alias to an anchor that is not set; a value that starts with * (a glob such as **/build/test-results/test/*.xml) must be quoted: "**/build/test-results/test/*.xml"'
    )
  })

  it('names file:line:column of a YAML syntax error', async () => {
    const message = await loadError('quality_gates:\n  linting: { max_issues: 0\nstages: {}\n')
    expect(message).toMatch(/^Invalid configuration file \.github\/spec-to-production\.yml \(\d+ errors?\):\n/)
    expect(message).toMatch(/\.github\/spec-to-production\.yml:3:1: /)
  })

  it('explains that a value starting with a placeholder must be quoted', async () => {
    const message = await loadError('stages:\n  refactoring:\n    linting: { report: {reports}/ruff.json }\n')
    expect(message).toMatch(/spec-to-production\.yml:3:\d+: .*must be quoted: "\{reports\}\/junit\.xml"/)
  })

  it('refuses duplicate keys', async () => {
    const message = await loadError('quality_gates:\n  linting: { max_issues: 0 }\n  linting: { max_issues: 3 }\n')
    expect(message).toMatch(/spec-to-production\.yml:3:3: Map keys must be unique/)
  })

  it('refuses several documents in one file', async () => {
    expect(await loadError('preset: node\n---\npreset: python\n')).toMatch(/spec-to-production\.yml:2:1: Source contains multiple documents/)
  })

  it('names an unknown key, suggests the likely one and lists the allowed ones', async () => {
    const message = await loadError('quality_gates:\n  linting:\n    max_isues: 3\n')
    expect(message).toContain(
      '.github/spec-to-production.yml:3:5: quality_gates.linting.max_isues: unknown key; did you mean \'max_issues\'? Allowed keys: max_issues, auto_fix'
    )
  })

  it('refuses a percent written as a fraction (.8 for 80%), naming each with the figure it would mean', async () => {
    // 0.8 was read as 0.8%: the coverage gate passed on anything, with only a "weakened" caveat beside it.
    const message = await loadError(
      'quality_gates:\n  test_coverage: { dev_threshold: .8, staging_threshold: 0.7 }\n  test_pass_rate: { required: 0.995 }\n' +
        'components:\n  app:\n    stages: { production_deployment: { criteria: { uptime: { threshold: 0.5 } } } }\n'
    )
    expect(message).toContain(
      '.github/spec-to-production.yml:2:35: quality_gates.test_coverage.dev_threshold: is a percent from 0 to 100, and 0.8 reads as 0.8%, not a fraction of 1: write 80 for 80% (got 0.8)'
    )
    expect(message).toContain('2:58: quality_gates.test_coverage.staging_threshold: is a percent from 0 to 100, and 0.7 reads as 0.7%, not a fraction of 1: write 70 for 70%')
    expect(message).toContain('3:31: quality_gates.test_pass_rate.required: is a percent from 0 to 100, and 0.995 reads as 0.995%, not a fraction of 1: write 99.5 for 99.5%')
    expect(message).toContain('6:73: components.app.stages.production_deployment.criteria.uptime.threshold: is a percent')
    expect(message).toMatch(/\(4 errors\)/)
    // 0 and 1 and above are percents as written.
    const root = await workspace({ [CONFIG]: 'quality_gates:\n  test_coverage: { dev_threshold: 0, staging_threshold: 1 }\n  test_pass_rate: { required: 99.5 }\n' })
    await expect(loadConfig({ workspace: root, component: 'app' })).resolves.toBeDefined()
  })

  it('reads a configuration saved as UTF-16 with a byte order mark (Notepad "Unicode", PowerShell 5 Out-File) as YAML allows', async () => {
    // It was decoded as UTF-8: "(top level): must be a mapping … (got "��p\u0000r\u0000e…")".
    const text = 'quality_gates:\n  test_coverage: { dev_threshold: 65 }\n  linting: { max_issues: "two" }\n'
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const utf16be = Buffer.from(utf16le).swap16()
    for (const bytes of [utf16le, utf16be]) {
      const root = await workspace()
      await mkdir(join(root, '.github'), { recursive: true })
      await writeFile(join(root, CONFIG), bytes)
      const error = await loadConfig({ workspace: root, component: 'app' }).then(() => null, (e: unknown) => e as Error)
      expect(error?.message).toBe(`Invalid configuration file ${CONFIG} (1 error):\n${CONFIG}:3:26: quality_gates.linting.max_issues: must be a whole number (got "two")`)
      // The spec's frontmatter paths are read from a UTF-16 spec too.
      await writeFile(join(root, 'spec.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\npaths: { source: lib/app }\n---\n# App\n', 'utf16le')]))
      await writeFile(join(root, CONFIG), 'preset: none\n')
      expect((await loadConfig({ workspace: root, component: 'app', specFile: 'spec.md' })).config.paths.source).toBe('lib/app')
      // Without its last line (33 characters, 66 bytes): valid.
      await writeFile(join(root, CONFIG), bytes.subarray(0, bytes.length - 66))
      const loaded = await loadConfig({ workspace: root, component: 'app' })
      expect(loaded.config.quality_gates.test_coverage.dev_threshold).toBe(65)
    }
  })

  it("takes the paths of a spec's frontmatter after a UTF-8 byte order mark, as the specification stage reads them", async () => {
    // The spec stage read them; the run's {path}, {tests} and coverage scope took the configuration's or the layout's.
    const root = await workspace({ [CONFIG]: 'preset: none\n', 'spec.md': '\uFEFF---\npaths: { source: lib/app, tests: t/app }\n---\n# App\n' })
    const { config } = await loadConfig({ workspace: root, component: 'app', specFile: 'spec.md' })
    expect(config.paths).toMatchObject({ source: 'lib/app', tests: 't/app' })
  })

  it('refuses a health check or uptime URL that is no http(s) URL before anything deploys, naming it', async () => {
    // `url: localhost:8080/health` was found out by the health check after the deployment: the release went out and
    // was rolled back for a line of configuration.
    const message = await loadError(
      'stages:\n  staging_deployment:\n    command: ./deploy.sh\n    health_check: { url: "localhost:8080/health" }\n' +
        '  production_deployment:\n    command: ./deploy.sh\n    health_check: { url: "{environment_url}/health" }\n    criteria:\n      uptime: { url: "ftp://status.example.com/{component}" }\n'
    )
    expect(message).toContain(
      '.github/spec-to-production.yml:4:26: stages.staging_deployment.health_check.url: must be an http:// or https:// URL, or start with a placeholder such as {environment_url} (got "localhost:8080/health")'
    )
    expect(message).toContain('9:22: stages.production_deployment.criteria.uptime.url: must be an http:// or https:// URL')
    expect(message).toMatch(/\(2 errors\)/)
  })

  it('names a value of the wrong type with what was expected', async () => {
    const message = await loadError('stages:\n  testing:\n    timeout_seconds: soon\n')
    expect(message).toContain('spec-to-production.yml:3:22: stages.testing.timeout_seconds: must be a whole number (got "soon")')
  })

  it('refuses components.<Name> that names the component in another case (its overrides would silently not apply)', async () => {
    const message = await loadError('quality_gates:\n  test_coverage: { production_threshold: 80 }\ncomponents:\n  App:\n    quality_gates: { test_coverage: { production_threshold: 95 } }\n', 'app')
    expect(message).toContain(".github/spec-to-production.yml:4:3: components.App: names the component 'app' in another case")
    expect(message).toContain('Write components.app')
  })

  it('refuses a staging stage that deploys to the production environment, naming who set it', async () => {
    const message = await loadError('components:\n  app:\n    stages: { staging_deployment: { environment: production } }\n')
    expect(message).toContain(
      "stages.staging_deployment.environment and stages.production_deployment.environment name the same environment ('production', 'production') (set by .github/spec-to-production.yml components.app and default)"
    )
    // As GitHub names environments: whatever the case.
    expect(await loadError('stages: { staging_deployment: { environment: Prod }, production_deployment: { environment: prod } }\n')).toContain("name the same environment ('Prod', 'prod')")
  })

  it('refuses two refactoring checks naming one report file (they run at the same time: one would read the other\'s report)', async () => {
    // A lint command that only printed passed as "0 issues" on the secret scan's report, fresh from this run.
    const shared = await loadError(
      'preset: none\nstages:\n  refactoring:\n    linting: { command: "echo linted", report: "{reports}/s.json" }\n' +
        '    security: { command: "scan", report: { path: "./{reports}//s.json", format: secretlint-json } }\n'
    )
    expect(shared).toContain(
      'stages.refactoring.linting.report (set by .github/spec-to-production.yml) and stages.refactoring.security.report (set by .github/spec-to-production.yml) name the same report file (./{reports}//s.json)'
    )
    const twice = await loadError('preset: none\nstages:\n  refactoring:\n    security: { command: "scan", report: "{reports}/a.json", reports: [ "{reports}/b.json", "{reports}/a.json" ] }\n')
    expect(twice).toContain('stages.refactoring.security.report (set by .github/spec-to-production.yml) and stages.refactoring.security.reports[1] (set by .github/spec-to-production.yml) name the same report file')
    // A check that is off reads nothing: its path may be anything.
    const off = 'preset: none\nstages:\n  refactoring:\n    linting: { enabled: false, command: "x", report: "{reports}/s.json" }\n    security: { command: "scan", report: "{reports}/s.json" }\n'
    const root = await workspace({ [CONFIG]: off })
    await expect(loadConfig({ workspace: root, component: 'app' })).resolves.toBeDefined()
  })

  it('refuses a retry delay no timer can wait (it was waited as 1 ms while the log said 34 days)', async () => {
    const message = await loadError('error_recovery:\n  staging_deployment: { max_retries: 1, base_delay: 3000000, max_delay: 3000000 }\n')
    expect(message).toMatch(/spec-to-production\.yml:2:\d+: error_recovery\.staging_deployment\.base_delay: .*21600/)
    expect(message).toMatch(/error_recovery\.staging_deployment\.max_delay: .*21600/)
  })

  it("refuses a recovery_timeout no date can hold (1e300 s: the open breaker's report crashed the deploy stage)", async () => {
    const message = await loadError('error_recovery:\n  circuit_breaker: { failure_threshold: 1, recovery_timeout: 1e300 }\n')
    expect(message).toMatch(/spec-to-production\.yml:2:\d+: error_recovery\.circuit_breaker\.recovery_timeout: .*31536000/)
  })

  it("refuses a health check of {staging_url}: production's check of staging passed on staging's health", async () => {
    const message = await loadError('stages:\n  production_deployment:\n    command: "./deploy.sh {environment} {outputs}"\n    health_check: { url: "{staging_url}/health" }\n')
    expect(message).toMatch(/spec-to-production\.yml:4:\d+: stages\.production_deployment\.health_check\.url: uses \{staging_url\}: a health check and the tests against a deployment check the environment their own stage deployed to/)
    // So are production's E2E tests pointed at staging, and staging's integration tests at a URL not known yet.
    const tests = await loadError(
      'stages:\n  staging_deployment:\n    command: "x"\n    integration_tests: { command: "./it.sh {staging_url}" }\n  production_deployment:\n    command: "x"\n    e2e_tests: { command: "./e2e.sh {staging_url}" }\n'
    )
    expect(tests).toMatch(/stages\.staging_deployment\.integration_tests\.command: uses \{staging_url\}/)
    expect(tests).toMatch(/stages\.production_deployment\.e2e_tests\.command: uses \{staging_url\}/)
    // Its own stage's URL, or a fixed one, as before.
    const root = await workspace({ [CONFIG]: 'stages:\n  production_deployment:\n    command: "x"\n    health_check: { url: "{environment_url}/health" }\n' })
    await expect(loadConfig({ workspace: root, component: 'app' })).resolves.toBeDefined()
  })

  it('lists the allowed values of an enum', async () => {
    const message = await loadError('preset: pyton\n')
    expect(message).toContain('spec-to-production.yml:1:9: preset: must be one of: python, node, none (got "pyton"); did you mean \'python\'?')
    const format = await loadError('stages:\n  testing:\n    reports: { junit: { path: j.xml, format: xunit } }\n')
    expect(format).toMatch(/3:46: stages\.testing\.reports\.junit\.format: must be one of: junit, coverage\.py-json, cobertura, lcov, .*pylint-json, .*osv-scanner, osv \(got "xunit"\); did you mean 'junit'\?/)
  })

  it('names the file, line and field of every bad quarantine entry and flaky policy', async () => {
    const message = await loadError(
      [
        'quality_gates:', // 1
        '  test_pass_rate:', // 2
        '    flaky: retry', // 3
        '    quarantine:', // 4
        '      - test: "tests/test_net.py::test_retry*"', // 5
        '        reason: "   "', // 6
        '        expires: 2027-02-30', // 7
        '      - test: a::b', // 8
        '        expires: 31/01/2027', // 9
        '      - reason: slow', // 10
        '        until: 2027-02-29' // 11
      ].join('\n') + '\n',
      'app',
      {}
    )
    expect(message).toContain('spec-to-production.yml:3:12: quality_gates.test_pass_rate.flaky: must be one of: fail, warn, ignore (got "retry")')
    expect(message).toContain('spec-to-production.yml:6:17: quality_gates.test_pass_rate.quarantine[0].reason: must not be blank')
    expect(message).toContain('spec-to-production.yml:7:18: quality_gates.test_pass_rate.quarantine[0].expires: "2027-02-30" is not a day of the calendar')
    expect(message).toContain("spec-to-production.yml:8:9: quality_gates.test_pass_rate.quarantine[1]: missing key 'reason'")
    expect(message).toContain('spec-to-production.yml:9:18: quality_gates.test_pass_rate.quarantine[1].expires: must be a date written YYYY-MM-DD (got "31/01/2027")')
    expect(message).toContain("spec-to-production.yml:10:9: quality_gates.test_pass_rate.quarantine[2]: missing key 'test'")
    // `until` is the alias of `expires` (DESIGN.md §7): a known key, its date checked like expires'.
    expect(message).not.toMatch(/until: unknown key/)
    expect(message).toContain('spec-to-production.yml:11:16: quality_gates.test_pass_rate.quarantine[2].until: "2027-02-29" is not a day of the calendar')
  })

  it('reads until as expires: the loaded entry is the same as with expires, at the top level and per component', async () => {
    const withUntil = await workspace({
      [CONFIG]: 'quality_gates:\n  test_pass_rate:\n    quarantine:\n      - { test: "a::*", reason: "#12", until: 2027-01-31 }\n      - { test: "b::*", reason: "#13" }\ncomponents:\n  api:\n    quality_gates: { test_pass_rate: { quarantine: [{ test: x, reason: y, until: 2026-12-31 }] } }\n'
    })
    const withExpires = await workspace({
      [CONFIG]: 'quality_gates:\n  test_pass_rate:\n    quarantine:\n      - { test: "a::*", reason: "#12", expires: 2027-01-31 }\n      - { test: "b::*", reason: "#13" }\n'
    })
    const a = (await loadConfig({ workspace: withUntil, component: 'app' })).config.quality_gates.test_pass_rate.quarantine
    const b = (await loadConfig({ workspace: withExpires, component: 'app' })).config.quality_gates.test_pass_rate.quarantine
    expect(a).toEqual([{ test: 'a::*', reason: '#12', expires: '2027-01-31' }, { test: 'b::*', reason: '#13' }])
    expect(a).toEqual(b)
    const api = (await loadConfig({ workspace: withUntil, component: 'api' })).config.quality_gates.test_pass_rate.quarantine
    expect(api).toEqual([{ test: 'x', reason: 'y', expires: '2026-12-31' }])
  })

  it('refuses an entry that gives both until and expires, naming file:line:column and the field', async () => {
    const message = await loadError(
      [
        'quality_gates:', // 1
        '  test_pass_rate:', // 2
        '    quarantine:', // 3
        '      - test: a::b', // 4
        '        reason: "#9"', // 5
        '        expires: 2027-01-31', // 6
        '        until: 2027-02-28', // 7
        'components:', // 8
        '  app:', // 9
        '    quality_gates:', // 10
        '      test_pass_rate:', // 11
        '        quarantine: [{ test: x, reason: y, until: 2027-01-01, expires: 2027-01-01 }]' // 12
      ].join('\n') + '\n'
    )
    expect(message).toMatch(/^Invalid configuration file \.github\/spec-to-production\.yml \(2 errors\):\n/)
    expect(message).toContain(
      '.github/spec-to-production.yml:7:9: quality_gates.test_pass_rate.quarantine[0].until: expires and until are both given: until is an alias of expires; give the date once, as expires or as until'
    )
    expect(message).toContain(
      '.github/spec-to-production.yml:12:44: components.app.quality_gates.test_pass_rate.quarantine[0].until: expires and until are both given: until is an alias of expires; give the date once, as expires or as until'
    )
  })

  it('checks quarantine entries under components too, and reads a valid one', async () => {
    const message = await loadError('components:\n  app:\n    quality_gates:\n      test_pass_rate:\n        quarantine: [{ test: x, reason: y, expires: 2026-13-01 }]\n')
    expect(message).toContain('components.app.quality_gates.test_pass_rate.quarantine[0].expires: "2026-13-01" is not a day of the calendar')
    const root = await workspace({ [CONFIG]: 'quality_gates:\n  test_pass_rate:\n    flaky: fail\n    quarantine:\n      - { test: "a::*", reason: "#12", expires: 2027-01-31 }\n' })
    const { config } = await loadConfig({ workspace: root, component: 'app' })
    expect(config.quality_gates.test_pass_rate).toEqual({ required: 100, flaky: 'fail', quarantine: [{ test: 'a::*', reason: '#12', expires: '2027-01-31' }] })
    const plain = await loadConfig({ workspace: await workspace(), component: 'app' })
    expect(plain.config.quality_gates.test_pass_rate).toEqual({ required: 100, flaky: 'warn', quarantine: [] })
  })

  it('refuses a quarantine entry that matches every test (it would excuse every failure), naming where', async () => {
    const message = await loadError(
      'quality_gates:\n  test_pass_rate:\n    quarantine:\n      - { test: "*", reason: "flaky CI" }\n      - { test: "*::*", reason: "all of it" }\n      - { test: "tests/*", reason: "one folder" }\n'
    )
    expect(message).toMatch(/^Invalid configuration file \.github\/spec-to-production\.yml \(2 errors\):\n/)
    expect(message).toContain('spec-to-production.yml:4:17: quality_gates.test_pass_rate.quarantine[0].test: "*" matches every test, so every failure would be excused')
    expect(message).toContain('spec-to-production.yml:5:17: quality_gates.test_pass_rate.quarantine[1].test: "*::*" matches every test')
  })

  it('refuses a threshold above 100', async () => {
    const message = await loadError('quality_gates:\n  test_coverage:\n    staging_threshold: 150\n')
    expect(message).toContain('spec-to-production.yml:3:24: quality_gates.test_coverage.staging_threshold: must be between 0 and 100 (got 150)')
  })

  it('names .nan and .inf as the file writes them, not as null', async () => {
    const message = await loadError('quality_gates:\n  test_coverage: { staging_threshold: .nan }\n  linting: { max_issues: .inf }\n  type_checking: { max_errors: -.inf }\n')
    expect(message).toContain('spec-to-production.yml:2:39: quality_gates.test_coverage.staging_threshold: must be a number (got .nan)')
    expect(message).toContain('spec-to-production.yml:3:26: quality_gates.linting.max_issues: must be a whole number (got .inf)')
    expect(message).toContain('spec-to-production.yml:4:32: quality_gates.type_checking.max_errors: must be a whole number (got -.inf)')
  })

  it('reports every error at once, one per line, in file order', async () => {
    const message = await loadError(
      [
        'preset: ruby', // 1
        'quality_gates:', // 2
        '  test_pass_rate: { required: -1 }', // 3
        '  linting: { auto_fix: yes }', // 4
        'stages:', // 5
        '  testing:', // 6
        '    command: pytest {test}', // 7
        '  specification: { required_sections: [Overview, 3] }', // 8
        'components:', // 9
        '  "bad name": {}', // 10
        '  app:', // 11
        '    observability: { metrics: { retention_days: 0 } }', // 12
        '    stages: { testin: {} }', // 13
        'error_recovery:', // 14
        '  circuit_breaker: { failure_threshold: 1.5 }' // 15
      ].join('\n') + '\n'
    )
    const lines = message.split('\n')
    expect(lines[0]).toBe('Invalid configuration file .github/spec-to-production.yml (9 errors):')
    const at = lines.slice(1).map((line) => line.split(': ')[0].replace('.github/spec-to-production.yml:', ''))
    expect(at).toEqual(['1:9', '3:31', '4:24', '7:14', '8:50', '10:3', '12:49', '13:15', '15:41'])
    expect(lines.slice(1).join('\n')).toMatch(/quality_gates\.linting\.auto_fix: must be one of: suggest, commit, false, true \(got "yes"\)/)
    expect(message).toMatch(/stages\.testing\.command: unknown placeholder \{test\}; allowed: \{component\}, \{reports\}, \{path\}, \{tests\}, \{sha\}/)
    expect(message).toMatch(/stages\.specification\.required_sections\[1\]: must be a string \(got 3\)/)
    expect(message).toMatch(/components\["bad name"\]: component name "bad name" is not valid/)
    expect(message).toMatch(/components\.app\.stages\.testin: unknown key; did you mean 'testing'\?/)
    expect(message).toMatch(/error_recovery\.circuit_breaker\.failure_threshold: must be a whole number \(got 1\.5\)/)
  })

  it('allows {environment} in deployment commands only', async () => {
    const root = await workspace({ [CONFIG]: 'stages:\n  production_deployment: { command: "deploy {environment} {sha}" }\n' })
    await expect(loadConfig({ workspace: root, component: 'app' })).resolves.toBeDefined()
    const message = await loadError('stages:\n  testing: { command: "run {environment}" }\n')
    expect(message).toMatch(/2:23: stages\.testing\.command: unknown placeholder \{environment\}/)
  })

  it('says what an empty mapping needs', async () => {
    const message = await loadError('stages:\n  staging_deployment:\n')
    expect(message).toMatch(/stages\.staging_deployment: is empty; give it a mapping with keys enabled, command, environment, timeout_seconds, rollback_command, health_check, integration_tests, github_deployment, retry_on_exit_codes, no_retry_on_exit_codes, or remove the key/)
  })

  it('refuses a file whose top level is not a mapping', async () => {
    expect(await loadError('- preset: node\n')).toMatch(/spec-to-production\.yml:1:1: \(top level\): must be a mapping with keys preset, paths/)
  })

  it('refuses __proto__ keys without polluting Object.prototype', async () => {
    const message = await loadError('__proto__: { polluted: true }\nquality_gates: { __proto__: { polluted: true } }\n')
    expect(message).toMatch(/1:1: __proto__: unknown key/)
    expect(message).toMatch(/2:18: quality_gates\.__proto__: unknown key/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('treats a component named __proto__ as an ordinary name', async () => {
    const root = await workspace({ [CONFIG]: 'components:\n  __proto__:\n    quality_gates: { linting: { max_issues: 7 } }\n' })
    const own = await loadConfig({ workspace: root, component: '__proto__' })
    expect(own.config.quality_gates.linting.max_issues).toBe(7)
    const other = await loadConfig({ workspace: root, component: 'app' })
    expect(other.config.quality_gates.linting.max_issues).toBe(0)
    expect(({} as Record<string, unknown>).quality_gates).toBeUndefined()
  })

  it('refuses an alias bomb', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]'
    ].join('\n')
    const message = await loadError(bomb + '\n')
    expect(message).toMatch(/Excessive alias count .*more than 100/)
  })
})

describe('security reports', () => {
  test('security.reports takes several reports, strings or {path, format}', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-sec-'))
    await mkdir(join(dir, '.github'))
    await writeFile(
      join(dir, '.github/spec-to-production.yml'),
      'preset: none\nstages:\n  refactoring:\n    security:\n      report: "{reports}/secrets.json"\n      reports: ["{reports}/audit.json", { path: "{reports}/osv.json", format: sarif }]\n'
    )
    const { config } = await loadConfig({ workspace: dir, component: 'x' })
    expect(config.stages.refactoring.security.reports).toEqual([{ path: '{reports}/audit.json' }, { path: '{reports}/osv.json', format: 'sarif' }])
  })
})

describe('nested report refs', () => {
  test('reports inside a mapping the defaults do not have are normalized too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-nested-'))
    await mkdir(join(dir, '.github'))
    await writeFile(
      join(dir, '.github/spec-to-production.yml'),
      'preset: none\nstages:\n  staging_deployment:\n    integration_tests:\n      command: ./it.sh\n      reports: { junit: "{reports}/it.xml", coverage: { path: "{reports}/it.info", format: lcov } }\n'
    )
    const { config } = await loadConfig({ workspace: dir, component: 'x' })
    expect(config.stages.staging_deployment.integration_tests?.reports).toEqual({ junit: { path: '{reports}/it.xml' }, coverage: { path: '{reports}/it.info', format: 'lcov' } })
  })
})

// changesets/changesets run from packages/parse: the preset saw no lock file (npm for a pnpm repository), no test
// script (node --test for a vitest one), no eslint.config.js and no tsconfig.json ("plain JavaScript"), all at the root.
describe('a run in a package of a monorepo, not at its root', () => {
  const shapes: Array<[string, Record<string, string>]> = [
    ['pnpm-workspace.yaml', { 'pnpm-workspace.yaml': 'packages:\n  - packages/*\n', 'package.json': '{"private":true}' }],
    ['package.json workspaces', { 'package.json': '{"private":true,"workspaces":["packages/*"]}' }],
    ['pyproject.toml [tool.uv.workspace]', { 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n' }]
  ]

  it.each(shapes)('is refused without a configuration file, naming the root and how to run there (%s)', async (marker, files) => {
    const root = await workspace({ ...files, '.git/HEAD': 'ref: refs/heads/main\n', 'packages/parse/package.json': '{"name":"parse"}' })
    const pkg = join(root, 'packages/parse')
    await expect(loadConfig({ workspace: pkg, component: 'parse' })).rejects.toThrow(ConfigurationError)
    await expect(loadConfig({ workspace: pkg, component: 'parse' })).rejects.toThrow(
      `${pkg} is a package (packages/parse) of the monorepo at ${root} (${marker}), not the repository's root: ` +
        'the preset would look only here and miss the lock file, the configuration and the test set-up at the root, and judge other tests or none. ' +
        "Run spec-to-production from the repository root (--workspace ../.., or the action's working-directory: .) with --component parse, where the layout finds packages/parse; " +
        'or give this directory a .github/spec-to-production.yml with the commands to run here'
    )
    // The root itself runs; so does the package with a configuration file of its own (the user's decision).
    await expect(loadConfig({ workspace: root, component: 'parse' })).resolves.toBeDefined()
    await writeFile(join(pkg, 'x.yml'), 'preset: none\n')
    await expect(loadConfig({ workspace: pkg, component: 'parse', configPath: 'x.yml' })).resolves.toBeDefined()
  })

  it('is not refused in a repository of its own, or past the repository that holds it', async () => {
    // A nested repository (its own .git) inside a workspace, and a workspace declared above the git root.
    const outer = await workspace({ 'package.json': '{"workspaces":["*"]}', 'repo/.git/HEAD': '', 'repo/package.json': '{}', 'repo/sub/package.json': '{}' })
    await expect(loadConfig({ workspace: join(outer, 'repo'), component: 'x' })).resolves.toBeDefined()
    const above = await workspace({ 'package.json': '{"workspaces":["*"]}', 'repo/.git/HEAD': '', 'repo/sub/package.json': '{}' })
    await expect(loadConfig({ workspace: join(above, 'repo/sub'), component: 'x' })).resolves.toBeDefined()
  })
})

describe("the preset's lint fix goes with the preset's lint command", () => {
  // pallets/markupsafe configures ruff; a file that lints with pylint kept the preset's `uv run ruff check --fix`: the
  // run was refused for lack of uv, a tool only that fixer needed, and with uv it would offer ruff's fixes for a gate
  // pylint judged.
  const project = { 'pyproject.toml': '[project]\nname = "m"\n\n[tool.ruff]\nline-length = 88\n', 'uv.lock': 'version = 1\n', 'src/m/__init__.py': '' }
  const pylint = 'pylint {path} --output-format=json > {reports}/pylint.json'

  it('a file that gives its own lint command and no fix command has no fix command', async () => {
    const yaml = `preset: python\npaths: { source: src/m, tests: tests }\nstages:\n  refactoring:\n    linting:\n      command: ${pylint}\n      report: { path: "{reports}/pylint.json", format: pylint-json }\n`
    const { config } = await loadConfig({ workspace: await workspace({ ...project, [CONFIG]: yaml }), component: 'm' })
    expect(config.stages.refactoring.linting.command).toBe(pylint)
    expect(config.stages.refactoring.linting.fix_command).toBeUndefined()
  })

  it('keeps the preset fix with the preset lint command, and a fix command the file gives with its own', async () => {
    const preset = await loadConfig({ workspace: await workspace({ ...project, [CONFIG]: 'preset: python\npaths: { source: src/m, tests: tests }\n' }), component: 'm' })
    expect(preset.config.stages.refactoring.linting.fix_command).toMatch(/ruff check --fix/)
    const yaml = `preset: python\npaths: { source: src/m, tests: tests }\nstages:\n  refactoring:\n    linting:\n      command: ${pylint}\n      fix_command: autopep8 -i -r {path}\n`
    const own = await loadConfig({ workspace: await workspace({ ...project, [CONFIG]: yaml }), component: 'm' })
    expect(own.config.stages.refactoring.linting.fix_command).toBe('autopep8 -i -r {path}')
  })
})

describe('loadConfig: brackets nested past any configuration', () => {
  it('refuses them at once with the line and column of the first one too deep (the parser took 23 µs a character)', async () => {
    const started = Date.now()
    const message = await loadError(`preset: none\nx: ${'['.repeat(40_000)}${']'.repeat(40_000)}\n`)
    // It said "Maximum call stack size exceeded", after 23 µs a character (25 s at the 1 MB limit).
    expect(Date.now() - started).toBeLessThan(2000)
    expect(message).toBe(`Invalid configuration file ${CONFIG} (1 error):\n${CONFIG}:2:68: [ or { nested more than 64 levels deep: not parsed`)
  })
})
