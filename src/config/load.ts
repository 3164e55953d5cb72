/**
 * Loading the configuration for one component: read the YAML file, validate it against the schema (every problem
 * at once, each with its line), then layer defaults ← preset ← file top level ← `components.<component>`.
 */
import { readFile, stat } from 'node:fs/promises'
import { isAbsolute, posix, relative, resolve } from 'node:path'
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml'
import { detectPreset } from './detect.js'
import { describeSchemaError, formatKeyPath, locate, type KeyPath, type Problem } from './diagnostics.js'
import { mergeLayers, type FileLayer } from './merge.js'
import { lastSetting, originOf } from './origins.js'
import { defaultConfig, fitPreset, layoutPaths, type PresetChoice, type PresetName } from './presets.js'
import { enclosingWorkspace, RepositoryProbe } from './probe.js'
import { schemaErrors } from './schema.js'
import { COMMAND_VARS, DEPLOYMENT_VARS, PATH_VARS, renderTemplate, templateProblem, validateComponentName } from './templates.js'
import { ConfigurationError, type Config, type ConfigLayer, type LoadedConfig } from './types.js'
import { openRegularFile, reportText } from '../reports/read.js'
import { MAX_FRONTMATTER_CHARS, MAX_SPEC_BYTES } from '../spec/types.js'
import { MAX_FLOW_DEPTH, nestsTooDeep, tooDeepAt } from '../spec/frontmatter.js'

export interface LoadConfigOptions {
  /** Absolute path of the repository checkout. */
  workspace: string
  /** The configuration file, relative to the workspace or absolute; a named file must exist. */
  configPath?: string
  /** The component being shipped: selects `components.<component>` and fills `{component}`. */
  component: string
  /** The spec being run: its frontmatter `paths.source` / `paths.tests` take precedence over the file's. */
  specFile?: string
  /** Environment the tools will run in (PATH, VIRTUAL_ENV), for the presets' detection; default this process's. */
  env?: NodeJS.ProcessEnv
}

const DEFAULT_PATHS = ['.github/spec-to-production.yml', '.github/spec-to-production.yaml']
/** A configuration file is a few kilobytes; anything near this is a mistake, not a configuration. */
const MAX_FILE_BYTES = 1024 * 1024
/** Aliases toJS may expand: generous for sharing a retry policy, far too few for a "billion laughs" file. */
const MAX_ALIAS_COUNT = 100

/** YAML syntax errors cascade: after the first few, the rest are noise. */
const MAX_SYNTAX_ERRORS = 5
const PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*\}/
const QUOTE_HINT = 'a value that starts with a {placeholder}, or has one inside { } or [ ], must be quoted: "{reports}/junit.xml"'

/** Template-bearing keys and the placeholders each takes. Reports may be a string or `{ path }`. */
const TEMPLATE_KEYS: ReadonlyArray<[KeyPath, readonly string[]]> = [
  [['paths', 'source'], PATH_VARS],
  [['paths', 'tests'], PATH_VARS],
  [['stages', 'testing', 'command'], COMMAND_VARS],
  [['stages', 'testing', 'reports', 'junit'], COMMAND_VARS],
  [['stages', 'testing', 'reports', 'coverage'], COMMAND_VARS],
  [['stages', 'refactoring', 'linting', 'command'], COMMAND_VARS],
  [['stages', 'refactoring', 'linting', 'fix_command'], COMMAND_VARS],
  [['stages', 'refactoring', 'linting', 'report'], COMMAND_VARS],
  [['stages', 'refactoring', 'type_checking', 'command'], COMMAND_VARS],
  [['stages', 'refactoring', 'type_checking', 'report'], COMMAND_VARS],
  [['stages', 'refactoring', 'security', 'command'], COMMAND_VARS],
  [['stages', 'refactoring', 'security', 'report'], COMMAND_VARS],
  [['stages', 'staging_deployment', 'command'], DEPLOYMENT_VARS],
  [['stages', 'staging_deployment', 'rollback_command'], DEPLOYMENT_VARS],
  [['stages', 'staging_deployment', 'health_check', 'url'], DEPLOYMENT_VARS],
  [['stages', 'staging_deployment', 'integration_tests', 'command'], DEPLOYMENT_VARS],
  [['stages', 'staging_deployment', 'integration_tests', 'reports', 'junit'], DEPLOYMENT_VARS],
  [['stages', 'staging_deployment', 'integration_tests', 'reports', 'coverage'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'command'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'rollback_command'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'health_check', 'url'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'e2e_tests', 'command'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'e2e_tests', 'reports', 'junit'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'e2e_tests', 'reports', 'coverage'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'criteria', 'integration_coverage', 'report'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'criteria', 'performance', 'command'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'criteria', 'performance', 'report'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'criteria', 'uptime', 'command'], DEPLOYMENT_VARS],
  [['stages', 'production_deployment', 'criteria', 'uptime', 'url'], DEPLOYMENT_VARS]
]

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let current = data
  for (const segment of path) {
    if (!isPlainObject(current) || !Object.hasOwn(current, segment)) return undefined
    current = current[segment]
  }
  return current
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/** The file to read: the named one (which must exist), else the default one if present, else null. */
async function findConfigFile(workspace: string, configPath: string | undefined): Promise<string | null> {
  if (configPath !== undefined && configPath !== '') {
    const file = resolve(workspace, configPath)
    if (!(await exists(file))) throw new ConfigurationError(`Configuration file '${configPath}' not found (looked for ${file})`)
    return file
  }
  const found: string[] = []
  for (const candidate of DEFAULT_PATHS) if (await exists(resolve(workspace, candidate))) found.push(candidate)
  if (found.length > 1) throw new ConfigurationError(`Both ${found.join(' and ')} exist; keep one of them`)
  return found.length === 1 ? resolve(workspace, found[0]) : null
}

/** The file's name as the user sees it: relative to the workspace when inside it. */
function displayName(workspace: string, file: string): string {
  const rel = relative(workspace, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}

async function readConfigText(file: string, shown: string): Promise<string> {
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new ConfigurationError(`Configuration file ${shown} is not a file`)
    if (info.size > MAX_FILE_BYTES) {
      throw new ConfigurationError(`Configuration file ${shown} is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}`)
    }
    // UTF-16 with a byte order mark (Notepad's "Unicode", PowerShell 5's Out-File) is YAML too; else UTF-8.
    return reportText(await readFile(file))
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(`Cannot read configuration file ${shown}: ${(error as Error).message}`)
  }
}

function fail(shown: string, lines: string[]): never {
  const count = lines.length === 1 ? '1 error' : `${lines.length} errors`
  throw new ConfigurationError(`Invalid configuration file ${shown} (${count}):\n${lines.join('\n')}`)
}

/** Parses the YAML text: syntax errors, duplicate keys and alias bombs become ConfigurationErrors with positions. */
function parseYaml(text: string, shown: string): { doc: Document; lineCounter: LineCounter; data: unknown } {
  // A configuration nests two or three levels; the YAML parser takes about 23 µs a character of deep nesting before
  // it gives up (25 s for a file at the size limit).
  const deep = tooDeepAt(text)
  if (deep >= 0) {
    const before = text.slice(0, deep)
    const line = before.split('\n').length
    fail(shown, [`${shown}:${line}:${deep - before.lastIndexOf('\n')}: [ or { nested more than ${MAX_FLOW_DEPTH} levels deep: not parsed`])
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: true, lineCounter })
  if (doc.errors.length > 0) {
    const lines = text.split(/\r?\n/)
    const messages = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => {
      const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0])
      // prettyErrors appends " at line L, column C:" and a source excerpt; the position is already in front.
      const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
      const hint = PLACEHOLDER.test(lines[pos.line - 1] ?? '') ? ` (${QUOTE_HINT})` : ''
      return `${shown}:${pos.line}:${pos.col}: ${message}${hint}`
    })
    const more = doc.errors.length - messages.length
    if (more > 0) messages.push(`${shown}: ${more} more YAML errors, probably following from the ones above`)
    fail(shown, messages)
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    const unset = unsetAliases(doc, lineCounter)
    if (unset.length > 0) {
      // An unquoted glob that starts with `*` (`**/build/test-results/test/*.xml`) is an alias to YAML.
      fail(
        shown,
        unset.map(
          (a) =>
            `${shown}:${a.line}:${a.col}: *${a.source} is read as a YAML alias to an anchor that is not set; a value that starts with * (a glob such as **/build/test-results/test/*.xml) must be quoted: "**/build/test-results/test/*.xml"`
        )
      )
    }
    throw new ConfigurationError(
      `Invalid configuration file ${shown}: ${(error as Error).message} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes)`
    )
  }
  return { doc, lineCounter, data: data ?? {} }
}

/** The aliases of the document whose anchor is not set before them, with their positions (at most a few). */
function unsetAliases(doc: Document, lineCounter: LineCounter): Array<{ source: string; line: number; col: number }> {
  const found: Array<{ source: string; line: number; col: number }> = []
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined || found.length >= MAX_SYNTAX_ERRORS) return
      const pos = lineCounter.linePos(node.range?.[0] ?? 0)
      found.push({ source: node.source, line: pos.line, col: pos.col })
    }
  })
  return found
}

/** Unknown placeholders and stray braces in the templates of one layer (top level or a component's overrides). */
function templateProblems(layer: unknown, at: KeyPath): Problem[] {
  const problems: Problem[] = []
  for (const [path, allowed] of TEMPLATE_KEYS) {
    let value = valueAt(layer, path)
    let where = path
    if (isPlainObject(value) && typeof value.path === 'string') {
      value = value.path
      where = [...path, 'path']
    }
    if (typeof value !== 'string') continue
    const problem = templateProblem(value, allowed) ?? (path[path.length - 1] === 'url' ? urlProblem(value) : null) ?? (VERIFYING.has(path.slice(2).join('.')) ? ownEnvironmentProblem(value) : null)
    if (problem) problems.push({ path: [...at, ...where], onKey: false, message: problem })
  }
  return problems
}

/**
 * A URL template whose scheme is written out must be http or https: the health check and the uptime reader accept
 * nothing else, and found out only after the deployment (`localhost:8080/health`: deployed, then rolled back). One
 * that starts with a placeholder (`{environment_url}/health`) is checked once it is filled in.
 */
function urlProblem(template: string): string | null {
  const text = template.trim()
  if (text.startsWith('{') && !text.startsWith('{{')) return null
  if (/^https?:\/\/[^/]/i.test(text)) return null
  const shown = JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)
  return `must be an http:// or https:// URL, or start with a placeholder such as {environment_url} (got ${shown})`
}

/** What checks a deployment: its health check and the tests run against it. */
const VERIFYING = new Set(['health_check.url', 'integration_tests.command', 'e2e_tests.command'])

/**
 * A health check, and the tests run against a deployment, check the environment their own stage deployed to:
 * `{staging_url}` in production's is another environment's URL (production's check of `{staging_url}/health` passed on
 * staging's health, whatever production answered) and, in staging's, a URL not known yet (empty while staging deploys).
 */
function ownEnvironmentProblem(template: string): string | null {
  if (!/\{staging_url\}/.test(template.replace(/\{\{|\}\}/g, ''))) return null
  return "uses {staging_url}: a health check and the tests against a deployment check the environment their own stage deployed to — {environment_url} (ENVIRONMENT_URL for tests), the URL that stage's deploy reported (staging's URL is not production's, and is empty while staging deploys)"
}

/**
 * Quarantine entries that cannot be right: an expiry date (`expires`, or its alias `until`) of the right shape that
 * names no day of the calendar (`2027-02-30`), and a `test` made of wildcards and separators alone (`*`, `*::*`),
 * which would match every test and excuse every failure: the pass-rate gate would then judge nothing.
 */
function quarantineProblems(layer: unknown, at: KeyPath): Problem[] {
  const entries = valueAt(layer, ['quality_gates', 'test_pass_rate', 'quarantine'])
  if (!Array.isArray(entries)) return []
  const problems: Problem[] = []
  entries.forEach((entry, i) => {
    const test = isPlainObject(entry) ? entry.test : undefined
    if (typeof test === 'string' && test !== '' && /^[*?:./\\\s-]+$/.test(test)) {
      problems.push({
        path: [...at, 'quality_gates', 'test_pass_rate', 'quarantine', i, 'test'],
        onKey: false,
        message: `${JSON.stringify(test)} matches every test, so every failure would be excused and the pass rate would judge nothing: name the tests to quarantine (a test id, a file, a glob with a name in it)`
      })
    }
    for (const key of ['expires', 'until'] as const) {
      const date = isPlainObject(entry) ? entry[key] : undefined
      if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isCalendarDate(date)) {
        problems.push({ path: [...at, 'quality_gates', 'test_pass_rate', 'quarantine', i, key], onKey: false, message: `${JSON.stringify(date)} is not a day of the calendar` })
      }
    }
  })
  return problems
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** Every problem in the file's data, as `file:line:column: key.path: message` lines in file order. */
function validate(data: unknown, doc: Document, lineCounter: LineCounter, shown: string): string[] {
  const problems: Problem[] = []
  for (const error of schemaErrors(data)) {
    const problem = describeSchemaError(error, data)
    if (problem) problems.push(problem)
  }
  problems.push(...templateProblems(data, []), ...quarantineProblems(data, []))
  const components = valueAt(data, ['components'])
  if (isPlainObject(components)) {
    for (const name of Object.keys(components)) {
      problems.push(...templateProblems(components[name], ['components', name]), ...quarantineProblems(components[name], ['components', name]))
    }
  }
  const located = problems.map((problem) => ({ ...locate(doc, lineCounter, problem.path, problem.onKey), problem }))
  located.sort((a, b) => a.line - b.line || a.col - b.col)
  const lines = located.map(({ line, col, problem }) => `${shown}:${line}:${col}: ${formatKeyPath(problem.path)}: ${problem.message}`)
  return [...new Set(lines)]
}

/**
 * Texts of configuration files found valid, with their data: a process that runs the pipeline several times (the
 * JS API, the plan's discovery) parses and validates each text once. Only valid texts are kept, so every problem
 * is still reported with its file, line and column.
 */
const validTexts = new Map<string, unknown>()
const MAX_VALID_TEXTS = 16

/** The data of a configuration text, which is valid (else ConfigurationError); a fresh copy on every call. */
function validData(text: string, shown: string): unknown {
  let data = validTexts.get(text)
  if (data === undefined) {
    const parsed = parseYaml(text, shown)
    const problems = validate(parsed.data, parsed.doc, parsed.lineCounter, shown)
    if (problems.length > 0) fail(shown, problems)
    data = parsed.data
    if (validTexts.size >= MAX_VALID_TEXTS) validTexts.delete(validTexts.keys().next().value as string)
    validTexts.set(text, structuredClone(data))
    return data
  }
  return structuredClone(data)
}

/**
 * The file line of a key under `prefix` in the configuration's text, parsed again only when a line is asked for (a
 * limit the file weakens is named with its line). Null for a key the text does not write (one a merge key brings).
 */
function keyLines(text: string, prefix: readonly string[]): (path: readonly string[]) => number | null {
  let parsed: { doc: Document; counter: LineCounter } | undefined
  return (path) => {
    if (text === '' || path.length === 0) return null
    if (!parsed) {
      const counter = new LineCounter()
      parsed = { doc: parseDocument(text, { uniqueKeys: true, merge: true, lineCounter: counter }), counter }
    }
    const parent = parsed.doc.getIn([...prefix, ...path.slice(0, -1)], true)
    if (!isMap(parent)) return null
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1])
    const range = pair && isScalar(pair.key) ? pair.key.range : null
    return range ? parsed.counter.linePos(range[0]).line : null
  }
}

/** Reads, validates and layers the configuration for one component. Throws ConfigurationError for user mistakes. */
export async function loadConfig(opts: LoadConfigOptions): Promise<LoadedConfig> {
  const component = validateComponentName(opts.component)
  const workspace = resolve(opts.workspace)
  const file = await findConfigFile(workspace, opts.configPath)
  if (!file) refuseInsideMonorepo(workspace, component)

  let top: FileLayer = {}
  let overrides: FileLayer = {}
  let shown = ''
  let text = ''
  if (file) {
    shown = displayName(workspace, file)
    text = await readConfigText(file, shown)
    const data = validData(text, shown)
    // Valid, so a mapping whose `components` (if any) maps names to mappings.
    const { components, ...rest } = data as FileLayer
    top = rest
    if (isPlainObject(components) && Object.hasOwn(components, component)) overrides = components[component] as FileLayer
    else if (isPlainObject(components)) refuseNearlyNamed(Object.keys(components), component, text, shown)
  }

  const probe = new RepositoryProbe(workspace, opts.env)
  const pathsGiven = (key: 'source' | 'tests') => valueAt(overrides, ['paths', key]) ?? valueAt(top, ['paths', key])
  const specPaths = opts.specFile ? await frontmatterPaths(workspace, opts.specFile) : {}
  // Paths the file does not give come from the spec's frontmatter, else from the repository's layout.
  const layout = layoutPaths(probe, component)
  const pathsLayer: { source?: string; tests?: string } = {}
  const pathChoices: PresetChoice[] = []
  for (const key of ['source', 'tests'] as const) {
    if (specPaths[key] !== undefined) {
      pathChoices.push({ topic: `paths.${key}`, chose: specPaths[key], because: `frontmatter paths.${key} of ${opts.specFile}` })
    } else if (pathsGiven(key) === undefined) {
      pathsLayer[key] = layout[key]
      pathChoices.push({ topic: `paths.${key}`, chose: layout[key], because: layout.because })
    }
  }

  const sourceTemplate = (specPaths.source ?? pathsGiven('source') ?? pathsLayer.source) as string
  const sourcePath = renderTemplate(sourceTemplate, { component }, 'paths.source', { quote: false })
  const testsTemplate = (specPaths.tests ?? pathsGiven('tests') ?? pathsLayer.tests) as string
  const testsPath = renderTemplate(testsTemplate, { component }, 'paths.tests', { quote: false })
  let preset: PresetName
  let presetSource: string
  if (typeof overrides.preset === 'string') {
    preset = overrides.preset as PresetName
    presetSource = `named in ${shown} at components.${component}.preset`
  } else if (typeof top.preset === 'string') {
    preset = top.preset as PresetName
    presetSource = `named in ${shown}`
  } else {
    const detected = await detectPreset(workspace, sourcePath)
    preset = detected.preset
    presetSource = detected.source
  }

  // A half of the security gate the file turns off is not scanned at all: the preset leaves its scanner out.
  const wanted = (half: 'secrets' | 'vulnerabilities') => (valueAt(overrides, ['quality_gates', 'security', half]) ?? valueAt(top, ['quality_gates', 'security', half])) !== false
  const fitted = await fitPreset(preset, probe, { secrets: wanted('secrets'), vulnerabilities: wanted('vulnerabilities') }, { source: sourcePath, tests: testsPath })
  const frontmatter = Object.keys(specPaths).length > 0 ? { paths: specPaths } : {}
  const layers: ConfigLayer[] = [
    { name: 'default', layer: defaultConfig() },
    { name: 'layout', layer: { paths: pathsLayer } },
    { name: `preset ${preset}`, layer: fitted.layer },
    { name: shown || 'file', layer: top, lineOf: keyLines(text, []) },
    { name: `${shown} components.${component}`, layer: overrides, lineOf: keyLines(text, ['components', component]) },
    { name: `${opts.specFile ?? 'spec'} frontmatter`, layer: frontmatter }
  ]
  const config = mergeLayers(defaultConfig(), ...layers.slice(1).map((l) => l.layer))
  config.preset = preset
  dropUnpairedFix(config, layers)
  enableGivenChecks(config, layers)
  // Paths are returned for this component: `{component}` is the only placeholder they take.
  config.paths.source = renderTemplate(config.paths.source, { component }, 'paths.source', { quote: false })
  config.paths.tests = renderTemplate(config.paths.tests, { component }, 'paths.tests', { quote: false })
  // Staging deploys without the production criteria: into the production environment, it would skip them all (and
  // the two stages would share one circuit breaker).
  // GitHub's environment names are case-insensitive.
  const stagingEnv = config.stages.staging_deployment.environment
  const productionEnv = config.stages.production_deployment.environment
  // The soak is staging's time on staging: unless a layer names another environment for it, it is read from the one
  // staging deploys to (a renamed staging left the default 'staging' read, an environment nothing deploys to now).
  const soak = config.stages.production_deployment.criteria?.soak
  if (soak && lastSetting(layers, ['stages', 'production_deployment', 'criteria', 'soak', 'environment']) <= 0) soak.environment = stagingEnv
  if (stagingEnv.trim().toLowerCase() === productionEnv.trim().toLowerCase()) {
    const origin = (stage: string) => originOf(layers, ['stages', stage, 'environment'])
    throw new ConfigurationError(
      `stages.staging_deployment.environment and stages.production_deployment.environment name the same environment ('${stagingEnv}', '${productionEnv}') ` +
        `(set by ${origin('staging_deployment')} and ${origin('production_deployment')}): staging would deploy to production's environment ` +
        'with none of the production criteria checked. Give each stage its own environment.'
    )
  }
  refuseSharedReports(config, layers)
  return { config, file, presetSource, choices: [...pathChoices, ...fitted.choices.map((c) => givenInstead(c, layers, config))], layers }
}

/**
 * `components.Api` when the component is `api`: names are case-sensitive (they name artifacts, files and cache keys),
 * so its overrides would not apply, and a stricter limit set there would silently give way to the defaults.
 */
function refuseNearlyNamed(names: string[], component: string, text: string, shown: string): void {
  const near = names.find((name) => name.toLowerCase() === component.toLowerCase())
  if (near === undefined) return
  const { doc, lineCounter } = parseYaml(text, shown)
  const { line, col } = locate(doc, lineCounter, ['components', near], true)
  fail(shown, [
    `${shown}:${line}:${col}: ${formatKeyPath(['components', near])}: names the component '${component}' in another case; component names are case-sensitive, so these overrides would not apply to '${component}'. Write components.${component}`
  ])
}

/**
 * The refactoring stage's checks run at the same time: a report path two of them name would let one read the report
 * the other wrote in this run as its own (a lint command that only printed passed as "0 issues" on the secret scan's
 * report, fresh from this run). Every enabled check's report path must be its own.
 */
function refuseSharedReports(config: Config, layers: readonly ConfigLayer[]): void {
  const r = config.stages.refactoring
  if (!r.enabled) return
  type Ref = { key: string[]; at: string; path: string }
  const seen = new Map<string, Ref>()
  const named = (ref: Ref) => `${ref.key.join('.')}${ref.at} (set by ${originOf(layers, ref.key)})`
  const refs: Ref[] = []
  for (const name of ['linting', 'type_checking', 'security'] as const) {
    const step = r[name]
    if (!step.enabled) continue
    if (step.report) refs.push({ key: ['stages', 'refactoring', name, 'report'], at: '', path: step.report.path })
    if (name === 'security') r.security.reports.forEach((ref, i) => refs.push({ key: ['stages', 'refactoring', name, 'reports'], at: `[${i}]`, path: ref.path }))
  }
  for (const ref of refs) {
    const normal = posix.normalize(ref.path.trim().replace(/\\/g, '/')).replace(/\/+$/, '')
    const before = seen.get(normal)
    if (before) {
      throw new ConfigurationError(
        `${named(before)} and ${named(ref)} name the same report file (${ref.path}): the refactoring checks run at the same time, ` +
          "so one would read the report the other wrote as its own. Give each check's report a path of its own."
      )
    }
    seen.set(normal, ref)
  }
}

/**
 * Without a configuration file, a run in a package of a monorepo rather than at its root is refused: the preset would
 * look only there, and miss the lock file, the linter's and type checker's configuration and the test set-up at the
 * root (changesets/changesets run in packages/parse: npm for a pnpm repository, node --test for a vitest one,
 * "nothing to lint with" beside the root's eslint.config.js). A configuration file there is the user's decision.
 */
export function refuseInsideMonorepo(workspace: string, component: string, command = 'spec-to-production'): void {
  const enclosing = enclosingWorkspace(workspace)
  if (!enclosing) return
  const up = relative(workspace, enclosing.root) || '.'
  const here = relative(enclosing.root, workspace)
  throw new ConfigurationError(
    `${workspace} is a package (${here}) of the monorepo at ${enclosing.root} (${enclosing.marker}), not the repository's root: ` +
      `the preset would look only here and miss the lock file, the configuration and the test set-up at the root, and judge other tests or none. ` +
      `Run ${command} from the repository root (--workspace ${up}, or the action's working-directory: .) with --component ${component}, where the layout finds ${here}` +
      (command === 'spec-to-production' ? `; or give this directory a ${DEFAULT_PATHS[0]} with the commands to run here` : '')
  )
}

const LINT_COMMAND = ['stages', 'refactoring', 'linting', 'command']
const LINT_FIX = ['stages', 'refactoring', 'linting', 'fix_command']

/**
 * The preset's fix command fixes what the preset's lint command reports. A file that lints with a command of its own
 * and gives no fix command keeps none: the preset's would offer another linter's fixes (ruff's, as review suggestions,
 * for a gate pylint judged) and have the run refused for a tool only that fixer needs. The linting stage then says no
 * fix was tried.
 */
function dropUnpairedFix(config: Config, layers: readonly ConfigLayer[]): void {
  const presetAt = layers.findIndex((l) => l.name.startsWith('preset '))
  const lintAt = lastSetting(layers, LINT_COMMAND)
  if (presetAt < 0 || lintAt <= presetAt || lastSetting(layers, LINT_FIX) > presetAt) return
  if (valueAt(layers[lintAt].layer, LINT_COMMAND) === valueAt(layers[presetAt].layer, LINT_COMMAND)) return
  delete config.stages.refactoring.linting.fix_command
}

/**
 * A check the preset turned off for want of a tool it runs (`enabled: false`: no eslint configuration, no
 * tsconfig.json, no scanner) runs when a later layer gives it a command and none turns it off itself: that command is
 * the answer to the preset's own advice, "set stages.refactoring.linting.command" (bombshell-dev/clack lints with
 * biome: its SARIF command, given as advised, was logged as running as written, then never ran, and the run passed
 * with linting "disabled (stages.refactoring.linting.enabled: false)", a key the file never set).
 */
function enableGivenChecks(config: Config, layers: readonly ConfigLayer[]): void {
  const presetAt = layers.findIndex((l) => l.name.startsWith('preset '))
  if (presetAt < 0) return
  for (const check of ['linting', 'type_checking', 'security'] as const) {
    const enabled = ['stages', 'refactoring', check, 'enabled']
    if (valueAt(layers[presetAt].layer, enabled) !== false || lastSetting(layers, enabled) > presetAt) continue
    const key = ['stages', 'refactoring', check, 'command']
    const at = lastSetting(layers, key)
    const command = at > presetAt ? valueAt(layers[at].layer, key) : undefined
    if (typeof command === 'string' && command.trim() !== '') config.stages.refactoring[check].enabled = true
  }
}

/** The keys each of a preset's choices decides: a choice whose keys a later layer changes was not used. */
const CHOICE_KEYS: Record<string, string[][]> = {
  'tests and coverage': [['stages', 'testing', 'command']],
  linting: [['stages', 'refactoring', 'linting', 'enabled'], ['stages', 'refactoring', 'linting', 'command']],
  'type checking': [['stages', 'refactoring', 'type_checking', 'enabled'], ['stages', 'refactoring', 'type_checking', 'command']],
  secrets: [['stages', 'refactoring', 'security', 'enabled'], ['stages', 'refactoring', 'security', 'command']],
  vulnerabilities: [['stages', 'refactoring', 'security', 'enabled'], ['stages', 'refactoring', 'security', 'command']]
}

/**
 * A preset's choice as the run uses it: when the file (or a component's entry, or the spec) gives the step another
 * command, or turns it off, the choice says so and names where, rather than claiming the preset's command runs (an
 * edited command written by `init`, or a half of the security gate turned off while the file's command still scans).
 */
function givenInstead(choice: PresetChoice, layers: readonly ConfigLayer[], config: Config): PresetChoice {
  const keys = CHOICE_KEYS[choice.topic]
  if (!keys) return choice
  const presetAt = layers.findIndex((l) => l.name.startsWith('preset '))
  // A command a layer gives while a layer after the preset keeps the check off (init's `enabled: false` left above
  // it): the command is not run, whatever it is.
  const [enabledKey, commandKey] = keys.length === 2 ? keys : [undefined, undefined]
  const offAt = enabledKey ? lastSetting(layers, enabledKey) : -1
  const commandAt = commandKey ? lastSetting(layers, commandKey) : -1
  const command = commandKey && commandAt > presetAt ? valueAt(layers[commandAt].layer, commandKey) : undefined
  if (enabledKey && commandKey && valueAt(config, enabledKey) === false && offAt > presetAt && typeof command === 'string' && command.trim() !== '') {
    return {
      topic: choice.topic,
      chose: 'off',
      because:
        `${layers[offAt].name} sets ${formatKeyPath(enabledKey)}: false, so the command ${layers[commandAt].name} gives for ${formatKeyPath(commandKey)} is not run` +
        `${choice.chose === 'off' ? '' : ` (the preset would have chosen ${choice.chose})`}: remove enabled: false to run it`,
      given: layers[offAt].name
    }
  }
  for (const key of keys) {
    const at = lastSetting(layers, key)
    if (at <= presetAt) continue
    const from = layers[at]
    const value = valueAt(from.layer, key)
    if (presetAt >= 0 && value === valueAt(layers[presetAt].layer, key)) continue
    const where = formatKeyPath(key)
    if (key.at(-1) === 'enabled') {
      if (value !== false) continue
      return { topic: choice.topic, chose: 'off', because: `${from.name} sets ${where}: false (the preset would have chosen ${choice.chose})`, given: from.name }
    }
    if (typeof value === 'string' && value.trim() === '') {
      // An empty command where the preset chose none too (as init writes it): the preset's reason still holds.
      if (choice.chose.startsWith('none')) continue
      return { topic: choice.topic, chose: 'none', because: `${from.name} gives an empty ${where} (the preset would have chosen ${choice.chose})`, given: from.name }
    }
    const halfOff = choice.chose === 'off' && (choice.topic === 'secrets' || choice.topic === 'vulnerabilities')
    return {
      given: from.name,
      topic: choice.topic,
      chose: `the command ${from.name} gives for ${where}`,
      because: halfOff
        ? `quality_gates.security.${choice.topic}: false turns the half off in the gate, but that command runs as written: leave the ${choice.topic === 'secrets' ? 'secret' : 'vulnerability'} scan out of it`
        : `it runs as written; the preset alone would choose ${choice.chose}`
    }
  }
  return choice
}

/**
 * `paths.source` / `paths.tests` from the spec's frontmatter, when each is one path (a list of several cannot be one
 * `{path}`; the planner uses lists, a run takes the configuration's paths then). A spec that cannot be read gives
 * none here: the specification stage reports it.
 */
async function frontmatterPaths(workspace: string, specFile: string): Promise<{ source?: string; tests?: string }> {
  let text: string
  try {
    // Only a regular file, opened without blocking, and no more of it than a spec may have: a spec path that is a
    // FIFO hung the run here (a blocking open ignores SIGTERM), and /dev/zero was read into memory until Node gave up.
    // The specification stage refuses either with its reason.
    const handle = await openRegularFile(resolve(workspace, specFile))
    try {
      // Sized by the file (a zero-filled buffer of the limit cost every run 5 MB of memory for a spec of a few KB).
      const { size } = await handle.stat()
      if (size > MAX_SPEC_BYTES) return {}
      const buffer = Buffer.allocUnsafe(size + 1)
      let length = 0
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
        if (bytesRead === 0) break
        length += bytesRead
        // It grew past what fstat said: the first bytes hold the frontmatter; the spec stage reads the file itself.
        if (length === buffer.length) break
      }
      // UTF-16 with a byte order mark is read as the specification stage reads it, and a byte order mark is no text.
      text = reportText(buffer.subarray(0, length)).replace(/^\uFEFF/, '')
    } finally {
      await handle.close()
    }
  } catch {
    return {}
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text)
  // Too large to be metadata: the spec stage reports it, unparsed (see MAX_FRONTMATTER_CHARS).
  if (!match || match[1].length > MAX_FRONTMATTER_CHARS || nestsTooDeep(match[1])) return {}
  let data: unknown
  try {
    data = parseDocument(match[1]).toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch {
    return {}
  }
  const paths = valueAt(data, ['paths'])
  const out: { source?: string; tests?: string } = {}
  if (!isPlainObject(paths)) return out
  for (const key of ['source', 'tests'] as const) {
    const value = paths[key]
    const one = Array.isArray(value) && value.length === 1 ? value[0] : value
    if (typeof one === 'string' && one.trim() !== '' && templateProblem(one, PATH_VARS) === null) out[key] = one.trim()
  }
  return out
}
