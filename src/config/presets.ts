/**
 * Built-in defaults and the tool presets (DESIGN.md §4). The defaults are the values every preset shares; a preset
 * adds the commands and reports of one ecosystem. schema/spec-to-production.schema.json repeats the defaults for
 * editors, and a test keeps the two equal.
 */
import { OTHER_PROJECTS } from './detect.js'
import type { DeepPartial } from './merge.js'
import type { RepositoryProbe } from './probe.js'
import { pytestOption } from './python-project.js'
import { BOTH_HALVES, type SecurityHalvesWanted } from './security-scans.js'
import type { Config, RetryPolicyConfig } from './types.js'

export type PresetName = Config['preset']
export const PRESET_NAMES: readonly PresetName[] = ['python', 'node', 'none']

function retry(max_retries: number, base_delay: number, exponential_base: number, max_delay: number): RetryPolicyConfig {
  return { max_retries, base_delay, exponential_base, max_delay, jitter: true, retry_on_timeout: false }
}

const DEFAULTS: Config = {
  preset: 'none',
  paths: { source: 'src/{component}', tests: 'tests/{component}' },
  quality_gates: {
    test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 },
    test_pass_rate: { required: 100, flaky: 'warn', quarantine: [] },
    linting: { max_issues: 0, auto_fix: 'suggest' },
    type_checking: { max_errors: 0, max_warnings: null },
    security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5, secrets: true, vulnerabilities: true }
  },
  stages: {
    // One required section keeps an ordinary spec valid while still refusing an empty or unrelated file.
    specification: { enabled: true, required_sections: ['Requirements'] },
    testing: { enabled: true, reports: {}, timeout_seconds: 600 },
    refactoring: {
      enabled: true,
      timeout_seconds: 600,
      linting: { enabled: true },
      type_checking: { enabled: true },
      security: { enabled: true, reports: [] },
      instructions_validation: { enabled: true, globs: ['.github/instructions/**/*.instructions.md'] }
    },
    staging_deployment: { enabled: true, environment: 'staging', timeout_seconds: 600, github_deployment: true },
    production_deployment: {
      enabled: true,
      environment: 'production',
      timeout_seconds: 600,
      github_deployment: true,
      criteria: {
        integration_coverage: { threshold: 80 },
        soak: { days: 7, environment: 'staging' },
        uptime: { threshold: 99.5, days: 7 }
      }
    }
  },
  error_recovery: {
    testing: retry(3, 1.0, 2.0, 10.0),
    refactoring: retry(2, 1.0, 2.0, 10.0),
    staging_deployment: retry(5, 2.0, 2.0, 30.0),
    production_deployment: retry(3, 5.0, 1.5, 60.0),
    circuit_breaker: { failure_threshold: 5, recovery_timeout: 60.0, half_open_max_calls: 1 }
  },
  context_management: { session: { enabled: true, max_tokens: 8000 } },
  observability: { metrics: { enabled: true, retention_days: 30 }, dashboard: { enabled: true } }
}

/** One decision a preset made about the repository, logged at the start of a run and shown by `config --print`. */
export interface PresetChoice {
  /** What was decided: `package manager`, `tests and coverage`, `linting`, … */
  topic: string
  /** What was chosen, in the user's words. */
  chose: string
  /** Why: the file, setting or installed tool that decided. */
  because: string
  /** The configuration layer (the file, a component's entry) that overrode the preset's choice, when one did. */
  given?: string
  /**
   * What the choice leaves unchecked, repeated on every surface for as long as the choice stands: `tests and coverage`
   * leaving out a test script the project runs (a caveat on the pass-rate gate).
   */
  warning?: string
  /**
   * For a `tests and coverage` choice of no command, in a language no preset drives: the command and reports its own
   * tools write, which `init` puts under the configuration's TODO (YAML flow text for `reports`).
   */
  example?: { command: string; reports: string }
}

/** A preset fitted to one repository: the layer it adds over the defaults, and why it chose what it did. */
export interface FittedPreset {
  layer: DeepPartial<Config>
  choices: PresetChoice[]
}

/**
 * The preset `name` fitted to the repository `probe` looks at (python and node look at the lock files, package.json,
 * pyproject.toml and what is installed; none adds nothing: stages that need a command must be given one in the file).
 * Its security step runs only the scans of the halves `security` wants (`quality_gates.security.secrets` / `.vulnerabilities`).
 * `paths` are the component's source and tests paths: in a workspace package of a monorepo, node runs only that package's tests.
 */
export async function fitPreset(
  name: PresetName,
  probe: RepositoryProbe,
  security: SecurityHalvesWanted = BOTH_HALVES,
  paths: { source?: string; tests?: string } = {}
): Promise<FittedPreset> {
  if (name === 'python') return (await import('./preset-python.js')).pythonPreset(probe, security, paths)
  if (name === 'node') return (await import('./preset-node.js')).nodePreset(probe, security, paths)
  return { layer: { preset: 'none' }, choices: denoChoices(probe) ?? otherProjectChoices(probe) }
}

/**
 * A project of a language no preset drives (Maven, Gradle, Cargo, Go, Composer, Bundler: {@link OTHER_PROJECTS}): the
 * choice names it, says where its tools write the reports the gates read, and that the test command is the project's
 * to give. Surefire's one file per test class was seen here from a real `mvn test` (Surefire 3.2.5), PHPUnit's JUnit and
 * Cobertura XML from PHPUnit 9.6 with pcov (doctrine/inflector: 1,032 tests and 658 of 772 lines, as PHPUnit counted),
 * rspec_junit_formatter's from RSpec 3.12 (piotrmurach/tty-color: 60 examples); the others are the tools' documented
 * outputs, which the readers take (Gradle's JUnit XML, gotestsum, nextest, JaCoCo, lcov, Cobertura, simplecov-cobertura).
 * doctrine/inflector and tty-color were told "none of package.json, pyproject.toml, … found", with an Istanbul
 * coverage-summary.json under init's TODO, which no PHP or Ruby tool writes.
 */
function otherProjectChoices(probe: RepositoryProbe): PresetChoice[] {
  const advice: Record<string, string> = {
    'a Maven project':
      'Surefire writes JUnit XML, one file per test class: stages.testing.reports.junit: "target/surefire-reports/TEST-*.xml"; for coverage, jacoco-maven-plugin ' +
      '(its prepare-agent and report goals in the pom) writes { path: "target/site/jacoco/jacoco.xml", format: jacoco }; for example stages.testing.command: "mvn -B verify"',
    'a Gradle project':
      'Gradle writes JUnit XML, one file per test class: stages.testing.reports.junit: "build/test-results/test/TEST-*.xml"; for coverage, the jacoco plugin\'s ' +
      'jacocoTestReport with XML on writes { path: "build/reports/jacoco/test/jacocoTestReport.xml", format: jacoco }; for example stages.testing.command: "./gradlew test jacocoTestReport"',
    'a Rust (Cargo) project':
      'cargo test writes no JUnit XML; cargo-nextest does: with [profile.ci.junit] path = "junit.xml" in .config/nextest.toml, cargo nextest run --profile ci ' +
      'writes target/nextest/ci/junit.xml; cargo-llvm-cov runs it and writes lcov (cargo llvm-cov nextest --profile ci --lcov --output-path {reports}/lcov.info): ' +
      'stages.testing.reports: { junit: "target/nextest/ci/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }',
    'a Go module':
      'go test writes no JUnit XML; gotestsum does (gotestsum --junitfile {reports}/junit.xml -- -coverprofile={reports}/cover.out ./...); go\'s cover profile is not a ' +
      'format read here: convert it to Cobertura XML (gocover-cobertura < {reports}/cover.out > {reports}/coverage.xml) and name both in stages.testing.reports',
    'a PHP (Composer) project':
      'PHPUnit writes JUnit XML (--log-junit {reports}/junit.xml) and, from PHPUnit 9.4 with a coverage driver loaded (pcov or Xdebug), Cobertura XML ' +
      '(--coverage-cobertura {reports}/coverage.xml); for example stages.testing.command: "vendor/bin/phpunit --log-junit {reports}/junit.xml --coverage-cobertura {reports}/coverage.xml"',
    'a Ruby (Bundler) project':
      'RSpec writes JUnit XML through the rspec_junit_formatter gem (bundle exec rspec --format progress --format RspecJunitFormatter --out {reports}/junit.xml; ' +
      "minitest through minitest-reporters' JUnitReporter); for coverage, SimpleCov with the simplecov-cobertura gem's formatter " +
      '(SimpleCov.formatter = SimpleCov::Formatter::CoberturaFormatter, in the spec helper before the code loads) writes { path: "coverage/coverage.xml", format: cobertura }; ' +
      'add both gems to the Gemfile'
  }
  // What init writes under its TODO: the same tools, as a command and reports the gates read.
  const examples: Record<string, { command: string; reports: string }> = {
    'a Maven project': {
      command: 'mvn -B verify',
      reports: '{ junit: "target/surefire-reports/TEST-*.xml", coverage: { path: "target/site/jacoco/jacoco.xml", format: jacoco } }'
    },
    'a Gradle project': {
      command: './gradlew test jacocoTestReport',
      reports: '{ junit: "build/test-results/test/TEST-*.xml", coverage: { path: "build/reports/jacoco/test/jacocoTestReport.xml", format: jacoco } }'
    },
    'a Rust (Cargo) project': {
      command: 'cargo llvm-cov nextest --profile ci --lcov --output-path {reports}/lcov.info',
      reports: '{ junit: "target/nextest/ci/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }'
    },
    // The profile is converted when a test failed too (go test writes it then): coverage is measured either way, and
    // the exit status stays gotestsum's.
    'a Go module': {
      command:
        'gotestsum --junitfile {reports}/junit.xml -- -coverprofile={reports}/cover.out ./...; status=$?; ' +
        'gocover-cobertura < {reports}/cover.out > {reports}/coverage.xml || exit $(( status ? status : $? )); exit $status',
      reports: '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage.xml", format: cobertura } }'
    },
    'a PHP (Composer) project': {
      command: 'vendor/bin/phpunit --log-junit {reports}/junit.xml --coverage-cobertura {reports}/coverage.xml',
      reports: '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage.xml", format: cobertura } }'
    },
    'a Ruby (Bundler) project': {
      command: 'bundle exec rspec --format progress --format RspecJunitFormatter --out {reports}/junit.xml',
      reports: '{ junit: "{reports}/junit.xml", coverage: { path: "coverage/coverage.xml", format: cobertura } }'
    }
  }
  for (const other of OTHER_PROJECTS) {
    const file = other.files.find((f) => probe.file(f))
    if (file === undefined) continue
    return [
      {
        topic: 'tests and coverage',
        chose: 'none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)',
        because: `${file}: ${other.kind}, and no preset drives its tests (node's runners and pytest only); ${advice[other.kind]}`,
        ...(examples[other.kind] ? { example: examples[other.kind] } : {})
      }
    ]
  }
  return []
}

/**
 * A Deno project (deno.json or deno.jsonc): no preset drives deno, and the run would otherwise refuse with no word of
 * deno. `deno test` writes JUnit XML (`--junit-path`) and `deno coverage --lcov` an lcov report (measured with deno
 * 2.9.6): the choice gives the command, which keeps deno test's exit status when its tests fail.
 */
function denoChoices(probe: RepositoryProbe): PresetChoice[] | undefined {
  const file = ['deno.json', 'deno.jsonc'].find((f) => probe.file(f))
  if (file === undefined) return undefined
  const command =
    'deno test -A --junit-path={reports}/junit.xml --coverage={reports}/deno-coverage; status=$?; ' +
    'deno coverage --lcov --output={reports}/lcov.info {reports}/deno-coverage || exit $(( status ? status : $? )); exit $status'
  return [
    {
      topic: 'tests and coverage',
      chose: 'none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)',
      because:
        `${file}: a Deno project, and no preset drives deno test (node's runners and pytest only); deno test writes JUnit XML and deno coverage lcov, ` +
        `for example stages.testing.command: ${JSON.stringify(command)} with stages.testing.reports: ` +
        '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } } (and `- uses: denoland/setup-deno@v2` in the workflow before this action)',
      example: { command, reports: '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }' }
    }
  ]
}

/**
 * Default `paths` from the repository's layout, when neither the file nor the spec names them: a monorepo package
 * `packages/<component>`, else `src/<component>` (tests in `tests/<component>`, `tests`, `test` or the package's own `tests`/`test`, when one exists),
 * else a Python package `<component>/` at the root, else the one `<group>/<component>` directory with a package
 * manifest of its own (`libs/<component>/pyproject.toml`, `apps/<component>/package.json`: tests inside), else the
 * whole repository.
 */
export function layoutPaths(probe: RepositoryProbe, component: string): { source: string; tests: string; because: string } {
  // pytest's own `testpaths` says where the tests are (iniconfig: `testing`): it comes before the usual names.
  const declared = pytestTestDir(probe)
  const firstDir = (dirs: string[]) => declared?.dir ?? dirs.find((d) => probe.dir(d))
  const from = (tests: string) => (declared && tests === declared.dir ? ` (testpaths in ${declared.file})` : '')
  if (probe.dir(`packages/${component}`)) {
    const dir = `packages/${component}`
    return { source: dir, tests: dir, because: `${dir} exists: a monorepo package with its tests inside` }
  }
  if (probe.dir(`src/${component}`)) {
    const tests = firstDir([`tests/${component}`, 'tests', 'test', `src/${component}/tests`, `src/${component}/test`]) ?? `src/${component}`
    return { source: `src/${component}`, tests, because: `src/${component} exists; tests in ${tests}${from(tests)}` }
  }
  // A distribution named with dots is most often a namespace package (zope.event, jaraco.functools, backports.tarfile):
  // its code is the directory the name spells, `src/zope/event` (zopefoundation/zope.event: the layout chose the whole
  // repository, and coverage, lint and types judged setup.py and docs/conf.py as the component's).
  const spelled = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(component) ? component.replaceAll('.', '/') : undefined
  if (spelled !== undefined && (probe.dir(`src/${spelled}`) || probe.file(`${spelled}/__init__.py`))) {
    const dir = probe.dir(`src/${spelled}`) ? `src/${spelled}` : spelled
    const tests = firstDir([`tests/${component}`, 'tests', 'test', `${dir}/tests`, `${dir}/test`]) ?? dir
    return { source: dir, tests, because: `${dir} exists: the package the dotted name ${component} spells (a namespace package); tests in ${tests}${from(tests)}` }
  }
  if (probe.file(`${component}/__init__.py`)) {
    const tests = firstDir([`tests/${component}`, 'tests', 'test', `${component}/tests`, `${component}/test`]) ?? component
    return { source: component, tests, because: `${component}/__init__.py: a Python package at the root; tests in ${tests}${from(tests)}` }
  }
  // A project of its own at the root under the component's name (`api/pyproject.toml` beside `web/package.json`):
  // a monorepo of parts side by side, each with its tests inside.
  const ownManifest = PACKAGE_MANIFESTS.find((m) => probe.file(`${component}/${m}`))
  if (ownManifest !== undefined) {
    return { source: component, tests: component, because: `${component}/${ownManifest} exists: a project of its own in the repository, with its tests inside` }
  }
  // A package of a monorepo grouped under another name (`libs/<component>`, `apps/…`, opentelemetry-python-contrib's
  // `util/<component>`, `instrumentation/<component>`): one directory `<group>/<component>` with a manifest of its own.
  const grouped = groupedPackages(probe, component)
  if (grouped.length === 1) {
    const { dir, manifest } = grouped[0]
    return { source: dir, tests: dir, because: `${dir}/${manifest} exists: a monorepo package with its tests inside` }
  }
  const tests = firstDir(['tests', 'test', '__tests__']) ?? '.'
  return {
    source: '.',
    tests,
    because:
      `no packages/${component}, src/${component}, ${component}/ directory or <group>/${component} package: the whole repository${tests === '.' ? '' : `, tests in ${tests}${from(tests)}`}` +
      (grouped.length > 1 ? ` (${grouped.map((g) => g.dir).join(' and ')} are each a package named ${component}: give paths.source to choose one)` : '')
  }
}

/** A package's own manifest: what makes a directory of a monorepo one of its packages. */
const PACKAGE_MANIFESTS = ['package.json', 'pyproject.toml', 'setup.py', 'setup.cfg']
/** Directories that hold no packages of a monorepo (the component's own `src/<component>` is looked for after). */
const NOT_GROUPS = new Set(['node_modules', 'src', 'test', 'tests', '__tests__', 'docs', 'examples', 'example', 'fixtures', '__fixtures__', 'dist', 'build', 'venv'])

/** Every `<group>/<component>` directory one level below the root with a package manifest of its own, and that manifest. */
function groupedPackages(probe: RepositoryProbe, component: string): Array<{ dir: string; manifest: string }> {
  const found: Array<{ dir: string; manifest: string }> = []
  for (const group of probe.subdirectories('.')) {
    if (group.startsWith('.') || NOT_GROUPS.has(group) || group === 'packages') continue
    const dir = `${group}/${component}`
    const manifest = PACKAGE_MANIFESTS.find((m) => probe.file(`${dir}/${m}`))
    if (manifest !== undefined) found.push({ dir, manifest })
  }
  return found
}

/**
 * The one directory pytest's `testpaths` names, in the file pytest reads it from (pytest.ini, pyproject.toml,
 * tox.ini, setup.cfg, in pytest's order). Undefined when none is set, or it names anything but one existing
 * directory: `{tests}` is one path, and choosing one of several would leave the others' tests out unseen.
 */
function pytestTestDir(probe: RepositoryProbe): { dir: string; file: string } | undefined {
  const option = pytestOption(probe, 'testpaths')
  if (!option) return undefined
  const dirs = option.words.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean)
  return dirs.length === 1 && !/[*?[]/.test(dirs[0]) && probe.dir(dirs[0]) ? { dir: dirs[0], file: option.file } : undefined
}

/** A fresh copy of the built-in defaults (preset `none`, no commands). */
export function defaultConfig(): Config {
  return structuredClone(DEFAULTS)
}

