/**
 * `spec-to-production init [--component NAME] [--force]`: looks at the repository the way a run would (preset, layout,
 * tools) and writes what a first run needs: `.github/spec-to-production.yml` with the commands it would run and why,
 * a spec template for the component (unless it has one), and a workflow that runs the action. An existing
 * configuration or workflow is overwritten only with `--force`; an existing spec never is.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { workspaceDirectory } from '../config/workspace-dir.js'
import { printInert } from '../hosts/workflow-commands.js'
import { basename, dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { actionReference, defaultSources, PLACEHOLDER_TODO, type ActionReference, type ActionSources } from './action-ref.js'
import { detectPreset } from '../config/detect.js'
import type { DeepPartial } from '../config/merge.js'
import { refuseInsideMonorepo } from '../config/load.js'
import { fitPreset, layoutPaths, type PresetChoice, type PresetName } from '../config/presets.js'
import { RepositoryProbe } from '../config/probe.js'
import { GO_TOOLS } from '../config/tools.js'
import { projectInstall } from '../config/python-project.js'
import { configSchema } from '../config/schema-document.js'
import { validateComponentName } from '../config/templates.js'
import type { Config } from '../config/types.js'
import { GITIGNORE_LINES } from '../engine/report.js'

export const CONFIG_FILE = '.github/spec-to-production.yml'
export const WORKFLOW_FILE = '.github/workflows/spec-to-production.yml'

/** A YAML scalar: JSON's double-quoted strings are valid YAML and need no further escaping. */
const q = (value: string) => JSON.stringify(value)

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/** A component name from package.json's or pyproject.toml's name, else the directory's name. */
function guessComponent(probe: RepositoryProbe): string {
  const pyName = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(probe.text('pyproject.toml') ?? '')?.[1]
  const raw = probe.packageJson()?.name?.replace(/^@[^/]+\//, '') ?? pyName ?? basename(probe.workspace)
  const cleaned = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 100)
  return cleaned === '' ? 'app' : cleaned
}

/** A path with the component name put back as `{component}`, so the file serves other components alike. */
function templated(path: string, component: string): string {
  return path
    .split('/')
    .map((part) => (part === component ? '{component}' : part))
    .join('/')
}

type RefLayer = { path?: string; format?: string }

function reportYaml(ref: RefLayer | undefined): string {
  if (!ref?.path) return '{}'
  return ref.format ? `{ path: ${q(ref.path)}, format: ${ref.format} }` : q(ref.path)
}

function because(choices: PresetChoice[], topic: string): string {
  const c = choices.find((x) => x.topic === topic)
  return c ? `# ${c.topic}: ${c.chose} (${c.because})` : ''
}

type ToolLayer = { enabled?: boolean; command?: string; fix_command?: string; report?: RefLayer; reports?: RefLayer[] }

function toolYaml(name: string, step: ToolLayer | undefined, note: string): string[] {
  const lines = [`    ${note}`.trimEnd(), `    ${name}:`]
  // Off for want of a tool the preset runs: the reason above says which command to give; this line must go with it
  // (a command given under `enabled: false` is not run).
  if (!step || step.enabled === false || !step.command) return [...lines, '      enabled: false  # to check it, replace this line with the command and report the reason above names']
  lines.push(`      command: ${q(step.command)}`)
  if (step.fix_command) lines.push(`      fix_command: ${q(step.fix_command)}`)
  if (step.report) lines.push(`      report: ${reportYaml(step.report)}`)
  if (step.reports && step.reports.length > 0) lines.push(`      reports: [${step.reports.map(reportYaml).join(', ')}]`)
  return lines.filter((l) => l.trim() !== '')
}

/**
 * The configuration schema's URL for editors: in the action's own repository at the ref the workflow uses, when that
 * is known (`owner/name[/directory]@ref`); else the schema's `$id`, whose owner is the same placeholder.
 */
export function schemaUrl(action?: ActionReference): string {
  const id = (configSchema as { $id: string }).$id
  if (!action?.known) return id
  const at = action.uses.lastIndexOf('@')
  const [owner, name, ...directory] = action.uses.slice(0, at).split('/')
  return `https://raw.githubusercontent.com/${owner}/${name}/${action.uses.slice(at + 1)}/${directory.map((d) => `${d}/`).join('')}schema/spec-to-production.schema.json`
}

export function configText(preset: PresetName, layer: DeepPartial<Config>, choices: PresetChoice[], paths: { source: string; tests: string }, action?: ActionReference): string {
  const testing = layer.stages?.testing
  const r = layer.stages?.refactoring
  const example = choices.find((c) => c.topic === 'tests and coverage')?.example
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl(action)}`,
    '# spec-to-production configuration, written by `spec-to-production init`.',
    '# These are the commands the preset chose for this repository (the reason is above each); edit them freely.',
    '# `spec-to-production config --print --component NAME` shows the effective values and where each came from.',
    '# Commands run at the repository root. {reports} is a fresh directory per run; {path} and {tests} are the paths below.',
    `preset: ${preset}`,
    `paths: { source: ${q(paths.source)}, tests: ${q(paths.tests)} }`,
    'quality_gates:',
    '  test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 }',
    '  test_pass_rate: { required: 100 }',
    '  type_checking: { max_errors: 0 }',
    '  security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }',
    'stages:',
    `  ${because(choices, 'tests and coverage')}`,
    '  testing:',
    ...(testing?.command
      ? [`    command: ${q(testing.command)}`, `    reports: { junit: ${reportYaml(testing.reports?.junit)}, coverage: ${reportYaml(testing.reports?.coverage)} }`]
      : // No command chosen: a valid file that the run refuses up front with the reason, never `junit: {}` (invalid).
        // A language no preset drives gets its own tools' command and reports (a Go module was shown an Istanbul
        // coverage-summary.json, which no Go tool writes).
        [
          '    # TODO: a command that writes a JUnit XML report, and where it and the coverage report are, e.g.',
          ...(example
            ? [`    # command: ${q(example.command)}`, `    # reports: ${example.reports}`]
            : ['    # reports: { junit: { path: "{reports}/junit.xml", format: junit }, coverage: { path: "{reports}/coverage/coverage-summary.json", format: istanbul-summary } }']),
          '    command: ""'
        ]),
    '  refactoring:',
    ...toolYaml('linting', r?.linting, because(choices, 'linting')),
    ...toolYaml('type_checking', r?.type_checking, because(choices, 'type checking')),
    ...toolYaml('security', r?.security as ToolLayer | undefined, `${because(choices, 'secrets')}\n    ${because(choices, 'vulnerabilities')}`),
    '  # Deployments: give a command (it takes {environment}, {sha}, {outputs}) and remove enabled: false.',
    '  staging_deployment: { enabled: false }',
    '  production_deployment: { enabled: false }'
  ]
  return `${lines.filter((l) => l.trim() !== '').join('\n')}\n`
}

export function specText(component: string, paths: { source: string; tests: string }): string {
  return `---
component: ${component}
paths: { source: ${q(paths.source)}, tests: ${q(paths.tests)} }
---
# ${component}

## Overview

What ${component} is for, in a few sentences.

## Requirements

- The first thing ${component} must do.

## Acceptance Criteria

- A checkable statement that shows the first requirement is met.
`
}

/**
 * The pip distributions the chosen commands run as Python modules or programs: only those, so the workflow installs
 * what the configuration needs (mypy when it type-checks with mypy, nothing for secretlint, which npx fetches).
 */
function toolDistributions(layer: DeepPartial<Config>): string[] {
  const r = layer.stages?.refactoring
  const commands = [layer.stages?.testing?.command, r?.linting?.command, r?.type_checking?.command, r?.security?.command]
    .filter((c): c is string => typeof c === 'string')
    .join('\n')
  const wanted: Array<[string, RegExp]> = [
    ['pytest', /-m pytest\b/],
    ['pytest-cov', /--cov=/],
    ['pytest-django', /\s--ds=/],
    ['coverage', /-m coverage\b/],
    ['unittest-xml-reporting', /-m xmlrunner\b/],
    ['ruff', /(^|[\s;&|(])ruff check\b/m],
    ['pylint', /-m pylint\b/],
    ['mypy', /-m mypy\b/],
    ['pyright', /(^|[\s;&|(])pyright\b/m],
    ['detect-secrets', /-m detect_secrets\b|(^|[\s;&|(])detect-secrets scan\b/m],
    ['pip-audit', /-m pip_audit\b|(^|[\s;&|(])pip-audit\b/m]
  ]
  // pytest-cov brings coverage and pytest; `npx pyright` is the project's node package, not pip's.
  return wanted
    .filter(([dist, pattern]) => pattern.test(commands) && !(dist === 'pyright' && /npx pyright/.test(commands)))
    .map(([dist]) => dist)
}

/**
 * Go and the pinned tools the commands run that no package manager installs: the scanners, and for a Go module the
 * tools its TODO's test command names (gotestsum, gocover-cobertura), so that command, once uncommented, runs in CI —
 * with the Go release the module's go.mod asks for.
 */
function goToolSteps(probe: RepositoryProbe, layer: DeepPartial<Config>, todoCommand?: string): string[] {
  const commands = [layer.stages?.refactoring?.security?.command, layer.stages?.testing?.command, todoCommand].filter((c): c is string => typeof c === 'string').join('\n')
  const tools = GO_TOOLS.filter((t) => t.pattern.test(commands))
  if (tools.length === 0) return []
  return [
    '      - uses: actions/setup-go@v5',
    probe.file('go.mod') ? '        with: { go-version-file: go.mod, cache: false }' : '        with: { go-version: stable, cache: false }',
    `      - run: ${tools.map((t) => `go install ${t.module}`).join(' && ')}`
  ]
}

function setupSteps(preset: PresetName, probe: RepositoryProbe, layer: DeepPartial<Config>, source?: string, todoCommand?: string): string[] {
  return [...languageSteps(preset, probe, layer, source), ...goToolSteps(probe, layer, todoCommand)]
}

function languageSteps(preset: PresetName, probe: RepositoryProbe, layer: DeepPartial<Config>, source?: string): string[] {
  if (preset === 'node') {
    const pnpm = probe.file('pnpm-lock.yaml') || /^pnpm@/.test(probe.packageJson()?.packageManager ?? '')
    const yarn = probe.file('yarn.lock') || /^yarn@/.test(probe.packageJson()?.packageManager ?? '')
    // bun's lock file is installed by bun (npm would resolve every version afresh); node still runs the tools.
    const bun = /^bun@/.test(probe.packageJson()?.packageManager ?? '') || (!pnpm && !yarn && !probe.file('package-lock.json') && (probe.file('bun.lock') || probe.file('bun.lockb')))
    return [
      ...(pnpm ? ['      - uses: pnpm/action-setup@v4'] : []),
      ...(bun ? ['      - uses: oven-sh/setup-bun@v2'] : []),
      '      - uses: actions/setup-node@v5',
      '        with: { node-version: 24 }',
      ...(yarn ? ['      - run: corepack enable'] : []),
      `      - run: ${pnpm ? 'pnpm install --frozen-lockfile' : yarn ? 'yarn install --immutable' : bun ? 'bun install --frozen-lockfile' : probe.file('package-lock.json') ? 'npm ci' : 'npm install'}`
    ]
  }
  if (preset === 'python') {
    if (probe.file('uv.lock') || probe.pyprojectTable('tool.uv')) return ['      - uses: astral-sh/setup-uv@v6', '      - run: uv sync --all-extras --dev']
    // The configuration's commands name the interpreter the preset found here: a `.venv` (which git does not carry)
    // is made in the workflow too, so `.venv/bin/python -m …` finds what was installed.
    const venv = /(^|[\s;])\.venv\/bin\/python /.test(layer.stages?.testing?.command ?? '')
    const pip = venv ? '.venv/bin/python -m pip install' : 'python -m pip install'
    const project = projectInstall(probe, source)
    const tools = toolDistributions(layer)
    return [
      '      - uses: actions/setup-python@v5',
      "        with: { python-version: '3.x' }",
      // Its bin on PATH for the later steps: a tool the configuration runs bare because it was on PATH here (ruff from
      // pipx, pyright from npm) is installed into the .venv below, where a bare name would not find it.
      ...(venv ? ['      - run: python -m venv .venv', '      - run: echo "$PWD/.venv/bin" >> "$GITHUB_PATH"'] : []),
      // `--group` needs pip 25.1 or later, newer than some Pythons bring.
      ...(project ? [`      - run: ${yamlScalar(`${/--group /.test(project) ? `${pip} --upgrade pip && ` : ''}${pip} ${project}`)}`] : []),
      ...(tools.length > 0 ? [`      - run: ${pip} ${tools.join(' ')}`] : [])
    ]
  }
  // A Deno project: the test command the configuration's TODO gives runs deno.
  if (probe.file('deno.json') || probe.file('deno.jsonc')) return ['      - uses: denoland/setup-deno@v2']
  // A Maven or Gradle project: the Java its build asks for (the runner's default Java may be older: joda-convert's
  // enforcer requires 21, ubuntu-latest's default is 17), with the build tool's cache.
  const jvm = probe.file('pom.xml') ? 'maven' : ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'].some((f) => probe.file(f)) ? 'gradle' : undefined
  if (jvm) return ['      - uses: actions/setup-java@v5', `        with: { distribution: temurin, java-version: ${javaRelease(probe, jvm)}, cache: ${jvm} }`]
  // A Rust project: the toolchain with llvm-tools-preview, and the two tools the TODO's command runs (cargo-llvm-cov
  // and cargo-nextest), as nextest's own guide to coverage in GitHub Actions installs them.
  if (probe.file('Cargo.toml')) {
    return [
      '      - uses: dtolnay/rust-toolchain@stable',
      '        with: { components: llvm-tools-preview }',
      '      - uses: taiki-e/install-action@v2',
      '        with: { tool: "cargo-llvm-cov,cargo-nextest" }'
    ]
  }
  // A PHP project: PHP with a coverage driver (the TODO's --coverage-cobertura measures nothing without one), and the
  // Composer install that brings vendor/bin/phpunit.
  if (probe.file('composer.json')) {
    return [
      '      - uses: shivammathur/setup-php@v2',
      '        with: { php-version: latest, coverage: pcov }',
      '      - run: composer install --no-interaction --no-progress'
    ]
  }
  // A Ruby project: Ruby (the version its .ruby-version or .tool-versions names, else the latest release) and the
  // Gemfile's gems, which bundle exec runs from.
  if (probe.file('Gemfile') || probe.file('gems.rb')) {
    const pinned = probe.file('.ruby-version') || /^ruby\s/m.test(probe.text('.tool-versions') ?? '')
    return ['      - uses: ruby/setup-ruby@v1', `        with: { ${pinned ? '' : 'ruby-version: ruby, '}bundler-cache: true }`]
  }
  return []
}

/**
 * The Java release a Maven or Gradle build compiles for — pom.xml's `maven.compiler.release` (else `.source`,
 * `java.version`), Gradle's `JavaLanguageVersion.of(N)` or `sourceCompatibility` — else 21, the LTS release that
 * compiles for every older one.
 */
function javaRelease(probe: RepositoryProbe, tool: 'maven' | 'gradle'): string {
  const texts = tool === 'maven' ? [probe.text('pom.xml')] : ['build.gradle', 'build.gradle.kts'].map((f) => probe.text(f))
  const patterns =
    tool === 'maven'
      ? [/<maven\.compiler\.release>\s*(\d+(?:\.\d+)?)\s*</, /<maven\.compiler\.source>\s*(\d+(?:\.\d+)?)\s*</, /<java\.version>\s*(\d+(?:\.\d+)?)\s*</]
      : [/JavaLanguageVersion\.of\(\s*(\d+)\s*\)/, /sourceCompatibility\s*=\s*(?:JavaVersion\.VERSION_(\d+(?:_\d+)?)|['"]?(\d+(?:\.\d+)?))/]
  for (const pattern of patterns) {
    for (const text of texts) {
      const found = text?.match(pattern)
      const version = found?.slice(1).find((v) => v !== undefined)?.replace('_', '.')
      if (version === undefined) continue
      const release = /^1\.(\d+)$/.test(version) ? version.slice(2) : version
      if (Number(release) >= 8) return release
    }
  }
  return '21'
}

/**
 * A `run:` value as YAML reads it back: as written when it is a plain scalar that YAML keeps whole, else a
 * double-quoted string (a path with ` #`, `: ` or a line break in it would be cut, or add keys to the step).
 */
function yamlScalar(text: string): string {
  const plain = !/[\r\n\t]|: | #|:$|\s$/.test(text) && !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text)
  return plain ? text : JSON.stringify(text)
}

/** The workflow's `uses:` line of the action: its real reference, or the placeholder marked as one to replace. */
function usesLine(action: ActionReference): string {
  return `      - uses: ${action.uses}${action.known ? '' : `  ${PLACEHOLDER_TODO}`}`
}

/**
 * The checkout's `with:`: two commits deep, so that on a pull request the merge commit's first parent — the base —
 * is there to compare with (actions/checkout fetches one commit by default, and the configuration a change loosens,
 * the skips and the line suppressions it adds were then never looked for); and git submodules when the repository
 * has them (`.gitmodules`): actions/checkout leaves them out by default, and tests that read a submodule
 * (python-poetry/tomlkit's toml-test suite) would fail on a missing file.
 */
function checkoutWith(probe: RepositoryProbe): string {
  const submodules = /^\s*\[submodule\s/m.test(probe.text('.gitmodules') ?? '')
  return submodules
    ? '        with: { fetch-depth: 2, submodules: recursive }   # the base of a pull request, to compare with; .gitmodules: the tests may read them\n'
    : '        with: { fetch-depth: 2 }   # the base of a pull request (the merge commit\'s first parent), to compare the change with\n'
}

/** `source` is the component's source path: a package of a monorepo with a manifest of its own is installed too. */
export function workflowText(
  component: string,
  specPath: string,
  preset: PresetName,
  probe: RepositoryProbe,
  action: ActionReference,
  layer: DeepPartial<Config> = {},
  source?: string,
  todoCommand?: string
): string {
  return `# Written by \`spec-to-production init\`: runs ${component} from its spec through the quality gates.
name: spec-to-production
on: [push, pull_request]
permissions: { contents: read, checks: write }
jobs:
  ship:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
${checkoutWith(probe)}${setupSteps(preset, probe, layer, source, todoCommand).join('\n')}
${usesLine(action)}
        with:
          spec: ${specPath}
          component: ${component}
          target: dev            # dev | staging | production (staging and production need deployment commands)
`.replace(/\n\n+/g, '\n')
}

/** `sources`: where the action's own reference is looked up (this build's package.json, the environment, its checkout). */
export async function initCommand(argv: string[], sources: ActionSources = defaultSources()): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { component: { type: 'string' }, force: { type: 'boolean' }, workspace: { type: 'string' } },
    strict: true
  })
  const workspace = workspaceDirectory(values.workspace)
  const probe = new RepositoryProbe(workspace)
  const component = validateComponentName(values.component ?? guessComponent(probe))
  // In a package of a monorepo, the preset would see neither the lock file nor the set-up at the root.
  refuseInsideMonorepo(workspace, component, 'spec-to-production init')
  const layout = layoutPaths(probe, component)
  const detected = await detectPreset(workspace, layout.source)
  const { layer, choices } = await fitPreset(detected.preset, probe, undefined, { source: layout.source, tests: layout.tests })
  const paths = { source: templated(layout.source, component), tests: templated(layout.tests, component) }
  const specPath = `specs/${component}.md`
  const action = actionReference(sources)
  const todo = layer.stages?.testing?.command ? undefined : choices.find((c) => c.topic === 'tests and coverage')?.example?.command
  const workflow = workflowText(component, specPath, detected.preset, probe, action, layer, layout.source, todo)

  const files: Array<[string, string]> = [
    [CONFIG_FILE, configText(detected.preset, layer, choices, paths, action)],
    [specPath, specText(component, { source: layout.source, tests: layout.tests })],
    [WORKFLOW_FILE, workflow]
  ]
  // An existing spec is the user's work: it is kept (even with --force), and the run uses it.
  const keepSpec = await exists(join(workspace, specPath))
  if (keepSpec) files.splice(1, 1)
  const present: string[] = []
  for (const [path] of files) if (await exists(join(workspace, path))) present.push(path)
  if (present.length > 0 && !values.force) {
    printInert(process.stderr, `spec-to-production init: ${present.join(', ')} already exist${present.length === 1 ? 's' : ''}; nothing was written. Run with --force to overwrite.\n`)
    return 2
  }
  printInert(process.stdout, `preset ${detected.preset} (${detected.source})\n`)
  printInert(process.stdout, `  paths: source ${layout.source}, tests ${layout.tests} (${layout.because})\n`)
  for (const c of choices) printInert(process.stdout, `  ${c.topic}: ${c.chose} — ${c.because}\n`)
  if (action.known) printInert(process.stdout, `  action: ${action.uses} (from ${action.from})\n`)
  for (const [path, text] of files) {
    await mkdir(dirname(join(workspace, path)), { recursive: true })
    await writeFile(join(workspace, path), text)
    printInert(process.stdout, `wrote ${path}${present.includes(path) ? ' (overwritten)' : ''}\n`)
  }
  if (keepSpec) printInert(process.stdout, `kept ${specPath} (an existing spec is never overwritten)\n`)
  if (!action.known) {
    const line = workflow.split('\n').findIndex((l) => l.includes(PLACEHOLDER_TODO)) + 1
    printInert(process.stderr,
      `\nWARNING: ${WORKFLOW_FILE}:${line} uses the placeholder ${action.uses}, which is not a real action: the workflow cannot run until you edit that line.\n` +
        `WARNING: replace ${action.uses.split('@')[0]} with the action's owner/name (the action's repository is not known here: ${action.why}).\n\n`
    )
  }
  printInert(process.stdout,
    `\nNext: spec-to-production --spec ${specPath} --component ${component}\n` +
      // The whole directory, as the README says: runs/ ignores itself, and the context sessions and metrics history
      // beside it are carried between CI runs by the cache, not by git.
      `Add to .gitignore: ${GITIGNORE_LINES.join(', ')}\n`
  )
  return 0
}
