/**
 * The node preset, fitted to the repository: the package manager from `packageManager` or the lock file, the test
 * runner from package.json (vitest, jest, mocha, node --test) with that runner's own JUnit and coverage reporters,
 * eslint when the project configures it, tsc (or the vue-tsc or tsgo its scripts run) when it has a tsconfig.json,
 * secretlint (with the recommended rules when the project has no configuration of its own) and the package manager's
 * audit. Each choice is recorded with its reason.
 */
import { posix } from 'node:path'
import type { DeepPartial } from './merge.js'
import type { RepositoryProbe } from './probe.js'
import type { PresetChoice } from './presets.js'
import { JEST_INVOCATIONS_FILE, VITEST_RETRIES_FILE } from './retry-recorders.js'
import { BOTH_HALVES, securityScans, type SecurityHalvesWanted } from './security-scans.js'
import { shellQuote } from './templates.js'
import type { Config, ReportRef } from './types.js'

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun'

interface Manager {
  name: PackageManager
  /** Runs an installed package's binary: `npx X`, `pnpm exec X`, `yarn X`. */
  exec: string
  /** How the test script is run: `npm test`, `pnpm run test`, `yarn test`. */
  script: string
  /** Runs the test script with extra arguments. */
  test(args: string): string
  /** Runs another script with extra arguments: `npm run test:lib -- …`, `pnpm run test:lib …`. */
  run(name: string, args: string): string
}

/**
 * pnpm's `run` passes what follows the script's name to the script in every release; `pnpm test --run` is refused
 * before pnpm 10 ("Unknown options: 'run', 'outputFile.junit'", pnpm 8 and 9: laphilosophia/sigil-security pins
 * pnpm@9.1.4), and `pnpm test -- --run` hands pnpm 10's script a literal `--`, after which vitest reads no option.
 */
const MANAGERS: Record<PackageManager, Manager> = {
  npm: { name: 'npm', exec: 'npx', script: 'npm test', test: (args) => `npm test -- ${args}`, run: (name, args) => `npm run ${name} -- ${args}` },
  pnpm: { name: 'pnpm', exec: 'pnpm exec', script: 'pnpm run test', test: (args) => `pnpm run test ${args}`, run: (name, args) => `pnpm run ${name} ${args}` },
  yarn: { name: 'yarn', exec: 'yarn', script: 'yarn test', test: (args) => `yarn test ${args}`, run: (name, args) => `yarn run ${name} ${args}` },
  // bun install writes node_modules as npm does, and its binaries run under node through npx (bunx would run them
  // under bun's runtime when told `--bun`, which is not the project's node); `bun run test` passes what follows.
  bun: { name: 'bun', exec: 'npx', script: 'bun run test', test: (args) => `bun run test ${args}`, run: (name, args) => `bun run ${name} ${args}` }
}

/**
 * The package manager's settings that make its runner do more than find the binary (`npx X` and `pnpm exec X` put
 * `node_modules/.bin` on PATH and run X there, after npm's or pnpm's own start-up, 0.5 to 1.5 s a call): `node-options`
 * (NODE_OPTIONS for what they run); for pnpm also `verify-deps-before-run`, `use-node-version` and `executionEnv` (a
 * check of the install, another node). Read from the repository's `.npmrc` and pnpm-workspace.yaml, package.json's
 * `pnpm` field, the user's ~/.npmrc and the environment (`npm_config_*`, `pnpm_config_*`). The first found, named.
 */
function runnerSettings(probe: RepositoryProbe, pm: Manager): string | undefined {
  const keys = pm.exec === 'pnpm exec' ? ['node-options', 'verify-deps-before-run', 'use-node-version'] : ['node-options']
  const set = (value: string) => value.trim() !== '' && !/^(?:false|["']{2})$/.test(value.trim())
  for (const [file, text] of [['.npmrc', probe.text('.npmrc')], ['~/.npmrc', probe.userNpmrc()]] as const) {
    for (const key of keys) {
      const value = new RegExp(`^\\s*${key}\\s*=(.*)$`, 'm').exec(text ?? '')?.[1]
      if (value !== undefined && set(value)) return `${key} in ${file}`
    }
  }
  for (const key of keys) {
    const env = probe.environment(new RegExp(`^(?:npm|pnpm)_config_${key.replace(/-/g, '_')}$`, 'i')).find(([, value]) => set(value))
    if (env) return `${env[0]} in the environment`
  }
  if (pm.exec !== 'pnpm exec') return undefined
  const camel = keys.map((k) => k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))
  for (const key of [...camel, 'executionEnv']) {
    const value = new RegExp(`^${key}\\s*:(.*)$`, 'm').exec(probe.text('pnpm-workspace.yaml') ?? '')?.[1]
    if (value !== undefined && (set(value) || value.trim() === '')) return `${key} in pnpm-workspace.yaml`
  }
  const own = (probe.packageJson() as { pnpm?: { executionEnv?: unknown } } | null)?.pnpm
  return typeof own === 'object' && own !== null && own.executionEnv !== undefined ? 'pnpm.executionEnv in package.json' : undefined
}

/**
 * Whether the root package's own `bin` names the program: `npx X` then runs the project's own X (installed into npx's
 * cache), not node_modules/.bin's (in typescript's repository, `npx tsc` is the compiler being built).
 */
function ownBin(probe: RepositoryProbe, bin: string): boolean {
  const pkg = probe.packageJson() as { name?: unknown; bin?: unknown; directories?: { bin?: unknown } } | null
  if (pkg === null) return false
  if (typeof pkg.bin === 'string') return typeof pkg.name === 'string' && pkg.name.replace(/^@[^/]+\//, '') === bin
  if (typeof pkg.bin === 'object' && pkg.bin !== null && Object.hasOwn(pkg.bin, bin)) return true
  const dir = pkg.directories?.bin
  return typeof dir === 'string' && probe.file(posix.join(dir, bin))
}

/**
 * How a command runs an installed tool that runs none of the project's programs itself (eslint, tsc and the checkers
 * beside it, secretlint): `node_modules/.bin/X` when that is the program `npx X` or `pnpm exec X` would run from the
 * repository root — the tool is installed there (npm's, bun's and pnpm's node_modules layouts), not under Plug'n'Play,
 * no `node` package puts another node first on the runner's PATH, the project's own `bin` is not X (npx would run
 * that) and no setting above makes the runner do more — without npm's or pnpm's start-up; else through the runner,
 * as before (yarn's `yarn X` runs a script named X first). The test runners stay with the runner: the tests they run
 * may call installed programs by name, which the runner's PATH finds.
 */
function toolCommand(probe: RepositoryProbe, pm: Manager, bin: string): string {
  const direct =
    (pm.exec === 'npx' || pm.exec === 'pnpm exec') &&
    probe.rootNodeBin(bin) &&
    !probe.file('.pnp.cjs') &&
    !probe.file('.pnp.data.json') &&
    !probe.rootNodeBin('node') &&
    !(pm.exec === 'npx' && ownBin(probe, bin)) &&
    runnerSettings(probe, pm) === undefined
  return direct ? `node_modules/.bin/${bin}` : `${pm.exec} ${bin}`
}

const LOCK_FILES: ReadonlyArray<[string, PackageManager]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  // bun 1.2's text lock file, and the binary one of earlier releases.
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun']
]

/** The recommended secretlint rules, for a repository without a secretlint configuration of its own. */
export const SECRETLINT_RECOMMENDED = '{{"rules":[{{"id":"@secretlint/secretlint-rule-preset-recommend"}}]}}'

/**
 * The secretlint release fetched with npx when the project has none installed: the version this product is tested
 * with (a test checks it equals the devDependency), pinned so a new release cannot change a run's findings unseen.
 */
export const SECRETLINT_VERSION = '12.0.0'

/**
 * What this product writes into the repository: its runs' reports (eslint JSON quotes source lines, secretlint JSON the
 * place of each secret) and the report and dashboard of the last run. A secret scan of the repository leaves them out,
 * or each run would find again, in the copies, what an earlier run found, and the count would grow run after run.
 */
export const RUN_OUTPUT_GLOBS = ['**/.spec-to-production/**', '**/workflow_report_*.json', '**/workflow_dashboard_*.html']

/** secretlint's arguments that leave globs out of its scan (`'!glob'`), run outputs always among them. */
function secretlintExclusions(exclude: readonly string[]): string {
  return [...exclude, ...RUN_OUTPUT_GLOBS].map((g) => ` '!${g}'`).join('')
}

/**
 * eslint's arguments that leave the run outputs out of its run. eslint 9's flat configuration ignores only node_modules
 * and .git by default (eslint 8 skipped dot-directories), and reads no .gitignore: on the whole repository (`{path}`
 * `.`) it linted the files a run writes into `.spec-to-production/runs/` — the jest-junit properties module, which
 * `no-control-regex` of eslint's recommended rules flags, and the coverage HTML report's scripts, whose
 * `eslint-disable` it reports as unused — of this run and every earlier one, and the gate failed on them.
 */
function eslintExclusions(ignored: readonly string[] = []): string {
  return [...RUN_OUTPUT_GLOBS, ...ignored].map((g) => ` --ignore-pattern '${g}'`).join('')
}

/** Most of .gitignore's entries given to eslint: a long list of generated names should not make a long command. */
const MAX_GITIGNORE_PATTERNS = 20

/**
 * What the root's .gitignore leaves out of the repository, as eslint ignore patterns: eslint reads no .gitignore (9's
 * flat configuration, and 8 without --ignore-path), and linting `.` took in the build output a project's install
 * writes there — tinylibs/tinyexec, whose `prepare` runs tsup and tsc into the ignored dist/ and lib/: 115 errors in
 * the built files, where its own `eslint src` finds none. The entries that name a path (`/lib`, `dist/`, `coverage`:
 * no wildcard, no negation, nothing a shell or a template would read; node_modules is eslint's own): anchored ones as
 * `lib/**`, others at any depth. A file git tracks under one of them all the same (`git add -f`) is not linted either:
 * for a component below the root, the gate names it among the files eslint did not check.
 */
function gitignoredPaths(probe: RepositoryProbe): string[] {
  const patterns: string[] = []
  for (const raw of (probe.text('.gitignore') ?? '').split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('!') || /[*?[\]\\'"`${}\s]/.test(line)) continue
    const path = line.replace(/\/+$/, '')
    const anchored = path.startsWith('/') || path.slice(0, -1).includes('/')
    const name = path.replace(/^\/+/, '')
    if (name === '' || name === 'node_modules' || name.startsWith('.spec-to-production') || name.split('/').includes('..')) continue
    const pattern = anchored ? `${name}/**` : `**/${name}/**`
    if (!patterns.includes(pattern)) patterns.push(pattern)
    if (patterns.length === MAX_GITIGNORE_PATTERNS) break
  }
  return patterns
}

/**
 * secretlint with the recommended rules, fetched from the npm registry by npx (`--yes`: no prompt in CI) at the pinned
 * version, for a repository that has no secretlint of its own. `exclude` are globs left out of the scan.
 */
export function fetchedSecretlint(path: string, exclude: readonly string[] = []): string {
  const packages = `--package secretlint@${SECRETLINT_VERSION} --package @secretlint/secretlint-rule-preset-recommend@${SECRETLINT_VERSION}`
  return (
    `npx --yes ${packages} -- secretlint --secretlintrcJSON '${SECRETLINT_RECOMMENDED}' ${path}/'**/*'` +
    secretlintExclusions(exclude) +
    ' --format json --output {reports}/secretlint.json'
  )
}

const ESLINT_CONFIGS = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
  '.eslintrc.js',
  '.eslintrc.cjs',
  '.eslintrc.json',
  '.eslintrc.yml',
  '.eslintrc.yaml',
  '.eslintrc'
]
const SECRETLINT_CONFIGS = ['.secretlintrc', '.secretlintrc.json', '.secretlintrc.yml', '.secretlintrc.yaml', '.secretlintrc.js', '.secretlintrc.cjs', '.secretlintrc.mjs']

/**
 * Why linting is off: no eslint configuration; and when the project lints with a tool of its own (`scripts.lint`:
 * xo, standard, biome, a wrapper), that the preset does not run it, rather than saying there is nothing to lint with.
 */
function lintingOffBecause(probe: RepositoryProbe, pm: Manager): string {
  const scripts = probe.packageJson()?.scripts ?? {}
  // A lint script, else the test (or check) script when it calls a linter itself (sindresorhus's `xo && ava && tsd`)
  // or through a script it chains (remarkjs/remark: `npm run build && npm run format && …`, format ending in `xo --fix`).
  const calls = (n: string): boolean => typeof scripts[n] === 'string' && LINTER_WORD.test(scripts[n])
  const chainedFrom = (n: string): string | undefined =>
    typeof scripts[n] === 'string' ? chainedNames(scripts[n], scripts).find((c) => c !== n && calls(c)) : undefined
  const roots = ['test', 'check', 'pretest', 'posttest']
  const given = (n: string) => typeof scripts[n] === 'string' && scripts[n].trim() !== ''
  const name =
    ['lint', 'lint:check', 'lint:js', 'lint:ts'].find(given) ??
    roots.find(calls) ??
    roots.map(chainedFrom).find((n) => n !== undefined) ??
    // Any other script named for linting (ai/nanoid: `test:lint: oxlint`, run by `pnpm run /^test:/`).
    Object.keys(scripts).find((n) => /(?:^|:)lint(?:$|:)/.test(n) && given(n))
  if (name === undefined) {
    // A linter configured by its own file, run by no script the preset reads.
    const config = probe.firstFile(LINTER_CONFIGS)
    if (config !== undefined) {
      return (
        `no eslint configuration (eslint.config.js, .eslintrc.*, package.json eslintConfig), the only linter the preset runs; ${config} configures another linter, which is not run, so the project's own linting is not checked: ` +
        (config.startsWith('biome.')
          ? biomeAdvice(probe, pm)
          : config.includes('oxlint')
            ? oxlintAdvice(pm)
            : 'set stages.refactoring.linting.command to a command that writes an eslint JSON or SARIF report and stages.refactoring.linting.report')
      )
    }
    return 'no eslint configuration (eslint.config.js, .eslintrc.*): nothing to lint with; add one, or set stages.refactoring.linting.command'
  }
  const linter = name.startsWith('lint') ? undefined : LINTER_WORD.exec(scripts[name])?.[1]
  const script = linter ? `the ${linter} that scripts.${name} ("${scripts[name]}") runs is not run` : `scripts.${name} ("${scripts[name]}") is not run`
  return (
    `no eslint configuration (eslint.config.js, .eslintrc.*, package.json eslintConfig), the only linter the preset runs; ${script}, so the project's own linting is not checked: ` +
    (/(?:^|[\s/;&|(])biome\s/.test(scripts[name])
      ? biomeAdvice(probe, pm)
      : /(?:^|[\s/;&|(])oxlint(?=$|[\s;&|)])/.test(scripts[name])
        ? oxlintAdvice(pm)
        : 'set stages.refactoring.linting.command to a command that writes an eslint JSON or SARIF report (xo, for one, writes eslint JSON with --reporter=json) and stages.refactoring.linting.report')
  )
}

/** The release of biome whose `--reporter` first writes SARIF (2.3 has json, gitlab, junit, checkstyle, rdjson; none is read here). */
const BIOME_SARIF_SINCE = [2, 4, 0]

/**
 * What a project that lints with biome sets: its SARIF report, which the gate reads, from the release that writes it
 * (bombshell-dev/clack, biome 2.1.2: the advice named xo's eslint JSON, a reporter biome does not have, and biome before
 * 2.4.0 writes no report the gate reads at all).
 */
function biomeAdvice(probe: RepositoryProbe, pm: Manager): string {
  const set =
    `set stages.refactoring.linting.command to "${pm.exec} biome lint --reporter=sarif {path} > {reports}/biome.sarif" ` +
    'and stages.refactoring.linting.report to { path: "{reports}/biome.sarif", format: sarif }'
  const version = probe.nodePackageVersion('@biomejs/biome')
  const parts = (version ?? '').split(/[.-]/).slice(0, 3).map(Number)
  // The first part that differs decides.
  const older = parts.length === 3 && parts.every(Number.isFinite) && (parts.map((n, i) => n - BIOME_SARIF_SINCE[i]).find((d) => d !== 0) ?? 0) < 0
  return older
    ? `biome ${version}, installed here, writes no report the gate reads (--reporter=sarif came in biome 2.4.0): upgrade @biomejs/biome to 2.4.0 or later, then ${set}`
    : `biome writes SARIF from 2.4.0 on: ${set}`
}

/**
 * What a project that lints with oxlint sets: its JSON report, which the gate reads (oxlint writes neither eslint's JSON
 * nor SARIF; unjs/defu's `lint: oxlint src && …` was told to use a command writing one, naming xo), leaving out what runs
 * write into the repository, as for eslint.
 */
function oxlintAdvice(pm: Manager): string {
  return (
    `oxlint writes its own JSON, which the gate reads: set stages.refactoring.linting.command to "${pm.exec} oxlint --ignore-pattern '**/.spec-to-production/**' {path} --format json > {reports}/oxlint.json" ` +
    'and stages.refactoring.linting.report to { path: "{reports}/oxlint.json", format: oxlint-json }'
  )
}

/** Configuration files of linters other than eslint (oxlint, biome, xo, standard's is package.json only). */
const LINTER_CONFIGS = [
  'oxlint.config.ts', 'oxlint.config.js', 'oxlint.config.mjs', '.oxlintrc.json', 'biome.json', 'biome.jsonc', '.xo-config', '.xo-config.json', '.xo-config.js', '.xo-config.cjs', 'xo.config.js', 'xo.config.cjs', 'xo.config.mjs', 'xo.config.ts'
]

/** Linters a script may call in place of a lint script (`xo && ava`, `standard && tape`, `biome check .`). */
const LINTER_WORD = /(?:^|[\s/;&|(])(xo|standard|semistandard|ts-standard|biome|oxlint|eslint|gts\s+(?:lint|check))(?=$|[\s;&|)])/

/** Every extension a TypeScript project's sources and scripts may have. */
const TS_EXTENSIONS = '.js,.jsx,.cjs,.mjs,.ts,.tsx,.cts,.mts'

/**
 * The `--ext` a legacy eslint configuration (`.eslintrc*`, package.json eslintConfig) needs: without it eslint 8 lints
 * only .js files in a directory, so a TypeScript project's sources would be left out unseen and the gate would pass
 * on nothing. The lint script's own `--ext` when it gives one, else every JavaScript and TypeScript extension when
 * the project has a tsconfig.json. A flat configuration (eslint.config.*) names its files itself: nothing.
 */
function legacyExtensions(probe: RepositoryProbe, config: string): { ext: string; because: string } | undefined {
  if (!config.startsWith('.eslintrc') && config !== 'package.json eslintConfig') return undefined
  const scripts = probe.packageJson()?.scripts ?? {}
  const lintFirst = Object.entries(scripts).sort(([a], [b]) => Number(!a.startsWith('lint')) - Number(!b.startsWith('lint')))
  for (const [name, script] of lintFirst) {
    if (typeof script !== 'string' || !/\beslint\b/.test(script)) continue
    const given = /(?:^|\s)--ext(?:\s+|=)([\w.,]+)/.exec(script)?.[1]
    if (given) return { ext: given, because: `a legacy configuration lints only .js files unless told: --ext ${given} as scripts.${name} gives it` }
  }
  if (!probe.file('tsconfig.json')) return undefined
  return { ext: TS_EXTENSIONS, because: 'a legacy configuration lints only .js files unless told, and tsconfig.json makes this a TypeScript project: --ext includes .ts and .tsx' }
}

function chooseManager(probe: RepositoryProbe, choices: PresetChoice[]): Manager {
  const declared = /^(npm|pnpm|yarn|bun)@/.exec(probe.packageJson()?.packageManager ?? '')
  if (declared) {
    choices.push({ topic: 'package manager', chose: declared[1], because: `package.json packageManager: ${probe.packageJson()?.packageManager}` })
    return MANAGERS[declared[1] as PackageManager]
  }
  for (const [file, name] of LOCK_FILES) {
    if (probe.file(file)) {
      choices.push({ topic: 'package manager', chose: name, because: `${file} exists` })
      return MANAGERS[name]
    }
  }
  choices.push({ topic: 'package manager', chose: 'npm', because: 'no lock file and no packageManager field: npm' })
  return MANAGERS.npm
}

type Runner = 'vitest' | 'jest' | 'mocha' | 'node-test' | 'unsupported'

/**
 * A jest-junit test case properties module: for a test jest ran more than once (`jest.retryTimes`), its `invocations`
 * and, when jest kept them (`logErrorsBeforeRetry`), the first line of each failed run's error as `retryReason1`….
 * jest-junit writes nothing else about retries: without it, a test that passed on its second run reads as a plain
 * pass. The JUnit reader reads these properties in jest-junit reports (a passed test with `invocations` > 1 is flaky).
 * Plain JavaScript without a single quote, so the command can write it between single quotes.
 */
export const JEST_INVOCATIONS_MODULE =
  'module.exports = (t) => { const p = {}; if (t.invocations > 1) { p.invocations = String(t.invocations); ' +
  '(t.retryReasons || []).slice(0, 5).forEach((r, i) => { p["retryReason" + (i + 1)] = String(r).replace(/\\u001b\\[[0-9;]*m/g, "").split("\\n")[0].slice(0, 500) }) } return p }'


/** Writes the module into the reports directory (braces doubled: the command is a template). */
const JEST_INVOCATIONS_SETUP = `printf '%s\\n' '${JEST_INVOCATIONS_MODULE.replace(/[{}]/g, '$&$&')}' > {reports}/${JEST_INVOCATIONS_FILE} && `

/**
 * A vitest reporter, listed between the default reporter and the junit one, that records each retried test's retries
 * (vitest's `retry`) as annotations of the test, which vitest's junit reporter (vitest 3.2 and later) writes as
 * `<property name="retryCount" value="N"/>` and, for a test that passed on a retry, the first line of each failed
 * run's error as `retryReason1`…. vitest's junit reporter writes nothing about retries by itself: without it, a test
 * that passed on its second run reads as a plain pass. It marks the tests when the run ends (after the default
 * reporter has printed them, before the junit reporter writes them: vitest calls its reporters in their order), and
 * imports nothing, so it loads whatever vitest is installed. Plain JavaScript without a single quote.
 */
export const VITEST_RETRIES_MODULE =
  'const mark = (t) => { for (const c of t.tasks || []) mark(c); const r = t.result; ' +
  'if (t.type === "test" && r && r.retryCount > 0 && Array.isArray(t.annotations) && !t.annotations.some((a) => a.type === "retryCount")) { ' +
  't.annotations.push({ type: "retryCount", message: String(r.retryCount) }); ' +
  'if (r.state === "pass") (r.errors || []).slice(0, 5).forEach((e, i) => t.annotations.push({ type: "retryReason" + (i + 1), message: String((e && e.message) || "").split("\\n")[0].slice(0, 500) })) } }; ' +
  'export default class { onTestRunEnd(modules) { for (const m of modules || []) mark(m.task) } onFinished(files) { for (const f of files || []) mark(f) } }'


/** Writes the vitest module into the reports directory. */
const VITEST_RETRIES_SETUP = `printf '%s\\n' '${VITEST_RETRIES_MODULE.replace(/[{}]/g, '$&$&')}' > {reports}/${VITEST_RETRIES_FILE} && `

/** Points jest-junit at it; the environment overrides a properties module set in the project's reporter options. */
const JEST_INVOCATIONS_ENV = `JEST_JUNIT_TEST_CASE_PROPERTIES_DIR={reports} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=${JEST_INVOCATIONS_FILE} `

/**
 * Test runners the preset has no JUnit reporter for. A script that calls one is never swapped for node --test, which
 * would run other code (or the same files without the runner's set-up) and judge that instead. The browser runners
 * (mochify, web-test-runner, testcafe) among them: sinonjs/fake-timers' `npm run test-node && npm run test-headless`
 * runs its suite under mocha, then in a browser under mochify, and the second run went unnamed.
 */
const OTHER_RUNNERS = /(?:^|[\s/;&|(])(uvu|ava|tap|tape|tsd|tstyche|jasmine|karma|playwright|cypress|lab|qunit|zora|brittle|borp|baretest|testem|wdio|nightwatch|mochify|web-test-runner|wtr|testcafe|bun test|deno test)(?=$|[\s;&|)])/

/** npm init's placeholder script: no tests at all. */
const NO_TEST_SCRIPT = /^echo\s+["']?Error: no test specified/

/**
 * The script that runs the tests: `scripts.test`, or, when it only chains other scripts (`npm run lint && npm run
 * test-ci`), the first of those that calls a runner, with its name.
 */
function testScript(probe: RepositoryProbe, top = 'test'): { script: string; name: string; others: string[] } | undefined {
  const scripts = probe.packageJson()?.scripts ?? {}
  const test = scripts[top]
  if (typeof test !== 'string') return undefined
  // Every script the test script chains that runs tests itself (`npm run test:unit && npm run test:e2e`).
  const chained: Array<{ name: string; script: string }> = []
  for (const name of chainedNames(test, scripts)) {
    const inner = scripts[name]
    if (name !== top && typeof inner === 'string' && (RUNNER_WORD.test(inner) || OTHER_RUNNERS.test(inner)) && !chained.some((c) => c.name === name)) {
      chained.push({ name, script: inner })
    }
  }
  const first = RUNNER_WORD.test(test) ? undefined : chained.find((c) => RUNNER_WORD.test(c.script))
  const others = chained.filter((c) => c !== first).map((c) => `scripts["${c.name}"] ("${c.script}")`)
  if (first) return { script: first.script, name: first.name, others }
  return { script: test, name: top, others }
}

/**
 * What the chosen command leaves out of the project's own test run: the other scripts `scripts.test` chains that run
 * tests too (a second runner, the same tests in another environment). Said with the choice, since the gates judge
 * only the tests this command runs.
 */
function notRun(others: readonly string[], top = 'test'): string {
  if (others.length === 0) return ''
  return (
    `; ${scriptKey(top)} also runs ${others.join(' and ')}, which this command does not run: ${others.length === 1 ? 'its' : 'their'} tests are not judged ` +
    '(set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
  )
}

/**
 * The scripts a script runs, in order: through the package manager (`npm run build && pnpm test:unit && yarn lint`,
 * pnpm's `pnpm run /^test:/`), or through npm-run-all (`npm-run-all -s test:*`, `run-s build test:**`, `run-p`), whose
 * patterns are expanded over `scripts` in package.json's order as npm-run-all does (`*` one `:`-separated segment,
 * `**` any). eslint/espree's `npm-run-all -s test:*` runs test:cjs and test:esm: unfollowed, the preset ran bare
 * mocha, which found no test file.
 */
function chainedNames(script: string, scripts: Record<string, unknown>): string[] {
  const names = Object.keys(scripts)
  const found: Array<{ at: number; names: string[] }> = []
  // The name or pattern may be quoted, as a shell needs for a pattern (zustand: `pnpm run "/^test:.*/"`).
  for (const m of script.matchAll(/\b(?<![\w-])(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?(["']?)([\w:.-]+|\/[^/\s'"]+\/)\1(?![\w:./-])/g)) {
    const token = m[2]
    if (!token.startsWith('/')) {
      found.push({ at: m.index, names: [token] })
      continue
    }
    let pattern: RegExp | undefined
    try {
      pattern = new RegExp(token.slice(1, -1))
    } catch {
      pattern = undefined
    }
    found.push({ at: m.index, names: pattern ? names.filter((n) => pattern.test(n)) : [] })
  }
  for (const m of script.matchAll(/(?:^|[\s;&|(])(?:npm-run-all2?|run-s|run-p)((?:\s+(?:'[^']*'|"[^"]*"|[^\s;&|)'"]+))*)/g)) {
    const words = [...m[1].matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((w) => w[1] ?? w[2] ?? w[3])
    const expanded: string[] = []
    for (let i = 0; i < words.length; i++) {
      const w = words[i]
      if (w === '--') break // the rest are arguments for the scripts
      if (/^--(max-parallel|npm-path)$/.test(w)) i++
      if (w.startsWith('-')) continue
      const glob = new RegExp(`^${w.split(/(\*\*|\*)/).map((part) => (part === '**' ? '.+' : part === '*' ? '[^:]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`)
      expanded.push(...names.filter((n) => glob.test(n) && !expanded.includes(n)))
    }
    found.push({ at: m.index, names: expanded })
  }
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.names)
}

const RUNNER_WORD = /\b(?:vitest|jest|mocha)\b|\bnode\b[^&|;]*\s--test\b/

/** How a reason names a script: `scripts.test`, `scripts["test:lib"]`. */
function scriptKey(name: string): string {
  return /^\w+$/.test(name) ? `scripts.${name}` : `scripts["${name}"]`
}

/** The runner the test script calls, or the one package.json depends on; the reason names the test scripts left out. */
function chooseRunner(probe: RepositoryProbe, top = 'test'): { runner: Runner; because: string; script?: string; segment?: string; warning?: string; other?: string } {
  const found = testScript(probe, top)
  const chosen = runnerOf(probe, found, top)
  const others = chosen.runner === 'unsupported' ? [] : (found?.others ?? [])
  if (others.length === 0) return chosen
  const warning =
    `${others.join(' and ')}, which ${scriptKey(top)} runs too, ${others.length === 1 ? 'is' : 'are'} not run by the preset's test command: ${others.length === 1 ? 'its' : 'their'} tests are not checked ` +
    '(set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
  return { ...chosen, because: `${chosen.because}${notRun(others, top)}`, warning }
}

/** Why a runner of OTHER_RUNNERS gets no command: bun's and deno's run the tests under another runtime than node. */
function unreported(runner: string): string {
  return /^(?:bun|deno) test$/.test(runner)
    ? `${runner.split(' ')[0]}'s own test runner, which the node preset does not drive (it runs the tests under node, and ${runner.split(' ')[0]} is another runtime)`
    : 'which the node preset has no JUnit reporter for'
}

function runnerOf(probe: RepositoryProbe, found: ReturnType<typeof testScript>, top = 'test'): { runner: Runner; because: string; script?: string; segment?: string; other?: string } {
  const script = found?.name === top ? found.script : undefined
  const key = scriptKey(top)
  if (found && found.name !== top) {
    const inner = found.script
    const via = `${key} runs scripts["${found.name}"] ("${inner}")`
    if (/\bvitest\b/.test(inner)) return { runner: 'vitest', because: `${via}: vitest`, segment: inner }
    if (/\bjest\b/.test(inner)) return { runner: 'jest', because: `${via}: jest`, segment: inner }
    if (/\bmocha\b/.test(inner)) return { runner: 'mocha', because: `${via}: mocha`, script: inner }
    // node runs directly either way (never through the package manager's test script): the script's own arguments
    // (its test files) are kept, or bare `node --test` would run every file matching node's default patterns.
    return { runner: 'node-test', because: `${via}: node --test`, script: inner }
  }
  if (script !== undefined) {
    if (/\bvitest\b/.test(script)) return { runner: 'vitest', because: `${key} runs vitest ("${script}")`, script }
    if (/\bjest\b/.test(script)) return { runner: 'jest', because: `${key} runs jest ("${script}")`, script }
    if (/\bmocha\b/.test(script)) return { runner: 'mocha', because: `${key} runs mocha ("${script}")`, script }
    if (/\bnode\b[^&|;]*\s--test\b/.test(script)) return { runner: 'node-test', because: `${key} runs node --test ("${script}")`, script }
  }
  const given = found && !NO_TEST_SCRIPT.test(found.script.trim()) ? found.script : undefined
  const other = given === undefined ? null : OTHER_RUNNERS.exec(given)
  if (other) {
    return { runner: 'unsupported', because: `scripts.${found?.name} runs ${other[1]} ("${given}"), ${unreported(other[1])}`, other: other[1], script: given }
  }
  // The runner of a script the test script chains (minimist: `npm run tests-only` → `nyc tape 'test/**/*.js'`).
  const scripts = probe.packageJson()?.scripts ?? {}
  for (const name of given === undefined ? [] : chainedNames(given, scripts)) {
    const inner = scripts[name]
    const chained = typeof inner === 'string' && name !== found?.name ? OTHER_RUNNERS.exec(inner) : null
    if (chained) {
      return {
        runner: 'unsupported',
        because: `scripts.${found?.name} runs scripts["${name}"] ("${inner}"), which runs ${chained[1]}, ${unreported(chained[1])}`,
        other: chained[1],
        script: inner
      }
    }
  }
  for (const runner of ['vitest', 'jest', 'mocha'] as const) {
    if (!probe.declares(runner)) continue
    // A script of its own (a wrapper such as `ts-scripts test`) is bypassed: said, since its set-up does not apply.
    if (given === undefined) return { runner, because: `package.json depends on ${runner}` }
    return {
      runner,
      because:
        `package.json depends on ${runner}; scripts.${found?.name} ("${given}") calls no runner the preset can follow, so ${runner} runs directly, ` +
        `without that script's own set-up (flags, config, wrapper): when its run differs, set stages.testing.command`
    }
  }
  if (given !== undefined) {
    return { runner: 'unsupported', because: `scripts.${found?.name} runs "${given}", which calls none of the runners the node preset knows (vitest, jest, mocha, node --test)` }
  }
  return { runner: 'node-test', because: "no test script and no test runner in package.json: node's built-in runner (node --test)" }
}

/**
 * A command for a runner that writes TAP (tape by default, ava with `--tap`), for the user to set: tap-junit turns TAP
 * into JUnit XML, one test case per assertion with its own `id` (measured with tape 5.10 and ava 3.15 + tap-junit
 * 5.0.4), and the coverage tool the script uses (nyc, else c8) writes the summary. Under bash's pipefail the command
 * fails when the runner does; tap-junit itself exits 1 when a test failed.
 */
function tapExample(probe: RepositoryProbe, pm: Manager, runner: string, script: string): string | undefined {
  if (runner !== 'tape' && runner !== 'ava') return undefined
  // The script's own arguments to the runner (its test files), when they are plain or quoted words.
  const call = new RegExp(`(?:^|[\\s;&|(])${runner}((?:\\s+(?:'[^']*'|"[^"]*"|[\\w./=@:,*+-]+))*)\\s*(?=$|[;&|)])`).exec(script)
  const args = (call?.[1] ?? '').trim().replace(/(^|\s)--tap\b/g, '').trim()
  const cover = /\bnyc\b/.test(script) ? 'nyc' : 'c8'
  const runs = `${runner}${args ? ` ${args}` : ''}${runner === 'ava' ? ' --tap' : ''}`
  const install = ['tap-junit', cover].filter((p) => !probe.declares(p))
  // pnpm refuses `pnpm add` at a workspace's root without -w (ERR_PNPM_ADDING_TO_ROOT).
  const add = pm.name === 'npm' ? 'npm i -D' : pm.name === 'pnpm' && probe.file('pnpm-workspace.yaml') ? 'pnpm add -D -w' : `${pm.name} add -D`
  const command = `${pm.exec} ${cover} --reporter=json-summary --report-dir={reports}/coverage ${runs} | ${pm.exec} tap-junit -o {reports} -n junit.xml`
  return (
    `; ${runner} writes TAP${runner === 'ava' ? ' (with --tap)' : ''}, which tap-junit turns into JUnit XML${install.length > 0 ? ` (${add} ${install.join(' ')})` : ''}, ` +
    `for example stages.testing.command: ${JSON.stringify(command)} with stages.testing.reports: ` +
    '{ junit: "{reports}/junit.xml", coverage: "{reports}/coverage/coverage-summary.json" }'
  )
}

/**
 * A command for bun's own test runner, for the user to set: `bun test` writes JUnit XML (`--reporter=junit`) and lcov
 * (`--coverage-reporter=lcov`, as `lcov.info` in the coverage directory) itself (measured with bun 1.4.5), but it is
 * bun's runtime, not node's, so the node preset does not choose it on its own. The script's own arguments to it (its
 * test paths, `--timeout`) are kept.
 */
function bunExample(runner: string, script: string): string | undefined {
  if (runner !== 'bun test') return undefined
  const call = /(?:^|[\s;&|(])bun test((?:\s+(?:'[^']*'|"[^"]*"|[\w./=@:,*+-]+))*)\s*(?=$|[;&|)])/.exec(script)
  const args = (call?.[1] ?? '').trim().replace(/(^|\s)--(?:reporter|reporter-outfile|coverage|coverage-reporter|coverage-dir)(?:=\S+)?(?=\s|$)/g, '').trim()
  const command = `bun test${args ? ` ${args}` : ''} --reporter=junit --reporter-outfile={reports}/junit.xml --coverage --coverage-reporter=lcov --coverage-dir={reports}/coverage`
  return (
    "; bun's test runner writes JUnit XML and lcov itself, for example stages.testing.command: " +
    `${JSON.stringify(command)} with stages.testing.reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage/lcov.info", format: lcov } } ` +
    '(and `- uses: oven-sh/setup-bun@v2` in the workflow before this action)'
  )
}

/**
 * Whether the test script is one plain call of the runner (`vitest`, `jest --config x`, `node --experimental-vm-modules
 * node_modules/.bin/jest`): then arguments given to `npm test --` reach the runner, and the project's own flags apply.
 */
function scriptTakesArgs(script: string | undefined, runner: Runner): boolean {
  if (script === undefined || /[;&|<>`$()]/.test(script)) return false
  const { rest: words } = leadingEnv(script.trim().split(/\s+/))
  const name = runner === 'node-test' ? 'node' : runner
  if (words[0] === name) return true
  // node [flags] path/to/jest(.js)
  return words[0] === 'node' && words.slice(1).some((w) => new RegExp(`(^|/)${name}(\\.js)?$`).test(w) || w.includes(`/${name}/bin/`))
}

/**
 * How a script calls the runner directly, for a command that runs the runner itself: the invocation when it is node
 * running the runner's entry file with flags of its own (reduxjs/reselect: `node --expose-gc
 * ./node_modules/vitest/dist/cli-wrapper.js --run`, whose tests call `gc()`), and the arguments it gives: plain words
 * only, without the flags the preset sets (reporters, coverage, watch mode) and vitest's `run`/`watch` sub-command.
 * A script that calls the runner more than once (`… --run && vitest --run --typecheck.only`) is followed in its first
 * call that runs tests — vitest's `--typecheck.only` runs only the type tests, no code at all — and the others are
 * named in `skipped`: the preset's command does not run them.
 */
function runnerCall(script: string | undefined, runner: 'vitest' | 'jest'): { invocation?: string; env?: string; args: string; skipped: string[] } {
  if (!script) return { args: '', skipped: [] }
  const calls: Array<{ text: string; invocation?: string; env: string[]; args: string[] }> = []
  for (const segment of script.split(/&&|\|\||[;|]/)) {
    const { env, rest: words } = leadingEnv(segment.trim().split(/\s+/))
    if (words[0] === 'npx' || words[0] === 'yarn') words.shift()
    else if (words[0] === 'pnpm' && words[1] === 'exec') words.splice(0, 2)
    if (words[0] === runner) {
      calls.push({ text: segment.trim(), env, args: words.slice(1) })
      continue
    }
    // node [node's flags] path/to/the runner's entry file [arguments]
    const entry = words[0] === 'node' ? words.findIndex((w, i) => i > 0 && isRunnerEntry(w, runner)) : -1
    if (entry > 0 && words.slice(1, entry).every((w) => /^--?[\w-]+(=[\w./:,@-]*)?$/.test(w))) {
      calls.push({ text: segment.trim(), invocation: words.slice(0, entry + 1).join(' '), env, args: words.slice(entry + 1) })
    }
  }
  if (calls.length === 0) return { args: '', skipped: [] }
  const chosen = calls.find((c) => !(runner === 'vitest' && c.args.includes('--typecheck.only'))) ?? calls[0]
  const skipped = calls.filter((c) => c !== chosen).map((c) => c.text)
  const args = [...chosen.args]
  if (runner === 'vitest' && /^(run|watch|dev|related)$/.test(args[0] ?? '')) args.shift()
  if (!args.every((w) => /^[\w./=@:,*+-]+$/.test(w))) return { args: '', skipped }
  const kept: string[] = []
  for (let i = 0; i < args.length; i++) {
    const w = args[i]
    if (/^--(run|watch|watchAll|ci|silent)$/.test(w) || /^--(coverage|reporters?|outputFile|coverageReporters|coverageDirectory)(\.|=|$)/.test(w)) {
      // A flag given as `--reporter x`: its value goes too.
      if (/^--(reporters?|outputFile|coverageReporters|coverageDirectory)$/.test(w) && args[i + 1] && !args[i + 1].startsWith('-')) i++
      continue
    }
    kept.push(w)
  }
  // The script's environment for the call (`NODE_OPTIONS=--experimental-vm-modules`, through cross-env or not): an ESM
  // project's jest without it fails every test file on its first `import`. Plain words only, as the arguments.
  const env = plainAssignments(chosen.env)
  return { ...(chosen.invocation ? { invocation: chosen.invocation } : {}), ...(env ? { env } : {}), args: kept.join(' '), skipped }
}

/** The assignments that are plain words (a value in quotes too), which a template can carry; others are left out. */
function plainAssignments(env: readonly string[]): string {
  return env.filter((w) => /^[A-Za-z_][A-Za-z0-9_]*=(?:[\w./=@:,+-]*|"[\w./=@:,+-]*"|'[\w./=@:,+-]*')$/.test(w)).join(' ')
}

/** The environment assignments (with a space after them) of the script's first call matching `calls`, or ''. */
function scriptEnv(script: string | undefined, calls: RegExp): string {
  const segment = script?.split(/&&|\|\||[;|]/).find((s) => calls.test(s))
  const env = segment === undefined ? '' : plainAssignments(leadingEnv(segment.trim().split(/\s+/)).env)
  return env ? `${env} ` : ''
}

/**
 * A command's leading environment assignments, with those given through `cross-env` or `env` (`cross-env
 * NODE_OPTIONS=--experimental-vm-modules jest`), and the words after them. bash takes them as assignments itself.
 */
function leadingEnv(words: string[]): { env: string[]; rest: string[] } {
  const rest = [...words]
  const env: string[] = []
  const assignments = () => {
    while (rest.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[0])) env.push(rest.shift()!)
  }
  assignments()
  if (rest[0] === 'cross-env' || rest[0] === 'env') {
    rest.shift()
    assignments()
  }
  return { env, rest }
}

/** A path to the runner's command-line entry file (`node_modules/vitest/dist/cli-wrapper.js`, `node_modules/.bin/jest`). */
function isRunnerEntry(word: string, runner: 'vitest' | 'jest'): boolean {
  return new RegExp(`(^|/)${runner}(\\.m?js)?$`).test(word) || word.includes(`/${runner}/bin/`) || new RegExp(`(^|/)node_modules/${runner}/`).test(word)
}

/** The clause and warning for the runner calls of the script that the preset's command leaves out. */
function skippedCalls(skipped: readonly string[], runner: string): { because: string; warning?: string } {
  if (skipped.length === 0) return { because: '' }
  const named = skipped.map((s) => `"${s}"`).join(' and ')
  const what = `the script also calls ${runner} as ${named}, which this command does not run: ${skipped.length === 1 ? 'its' : 'their'} tests are not judged`
  return { because: `; ${what} (set stages.testing.command to a command that runs them too and writes one JUnit XML report)`, warning: `${what} (set stages.testing.command to a command that runs them too and writes one JUnit XML report)` }
}

/**
 * The workspace package the component's sources are in: the nearest directory at or above `source`, below the
 * repository root, with a package.json of its own (`packages/parse` for `packages/parse` or `packages/parse/src`).
 * Undefined for the root itself, a glob, or a path outside the repository.
 */
export function workspacePackage(probe: RepositoryProbe, source: string | undefined, tests?: string): WorkspacePackage | undefined {
  const plain = (p: string | undefined): string | undefined => {
    if (!p || /[*?[\]{}]/.test(p)) return undefined
    const normalized = posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '')
    return normalized === '.' || normalized === '' || normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../') ? undefined : normalized
  }
  const start = plain(source)
  if (start === undefined) return undefined
  let dir = start
  while (dir !== '.' && dir !== '/') {
    if (probe.file(`${dir}/package.json`)) {
      const testsPath = plain(tests)
      return {
        dir,
        source: start,
        byTests: testsPath !== undefined,
        testsFile: testsPath !== undefined && probe.file(testsPath),
        testsPlainInRegex: testsPath !== undefined && !/[+^$()|]/.test(testsPath)
      }
    }
    dir = posix.dirname(dir)
  }
  return undefined
}

/**
 * A workspace package's directory; whether the tests path (`{tests}`) is a plain path, which the filter then names
 * (else the package's directory, literally); and whether it is one file.
 */
export interface WorkspacePackage {
  dir: string
  /** The component's source path, normalized (`packages/parse`, `packages/parse/src`). */
  source: string
  byTests: boolean
  testsFile: boolean
  /**
   * Whether the tests path means itself in a regular expression (jest's filter is one, and `{tests}` goes in as it
   * is): no `+ ^ $ ( ) |` (a `.` matches itself too, among others: more files, never fewer).
   */
  testsPlainInRegex: boolean
}

/** The runner a workspace package's own test script calls (`vitest`, `mocha`, `node --test`, `uvu`, …), if it names one. */
function packageRunner(probe: RepositoryProbe, dir: string): { name: string; script: string } | undefined {
  let scripts: Record<string, unknown> = {}
  try {
    const data = JSON.parse(probe.text(`${dir}/package.json`) ?? '{}') as { scripts?: unknown }
    if (typeof data.scripts === 'object' && data.scripts !== null) scripts = data.scripts as Record<string, unknown>
  } catch {
    return undefined
  }
  const test = scripts.test
  if (typeof test !== 'string') return undefined
  // The script itself, else the scripts it chains (`npm run test:types && npm run test:unit`).
  const candidates = [test, ...chainedNames(test, scripts).map((n) => scripts[n]).filter((s): s is string => typeof s === 'string')]
  for (const script of candidates) {
    const own = /\b(vitest|jest|mocha)\b/.exec(script)?.[1] ?? (/\bnode\b[^&|;]*\s--test\b/.test(script) ? 'node-test' : OTHER_RUNNERS.exec(script)?.[1])
    if (own) return { name: own, script }
  }
  return undefined
}

/**
 * A test command for one workspace package of a monorepo, run from the repository root (so the JUnit report's and
 * coverage report's paths, and so the annotations, stay relative to it): the root's vitest or jest with the package's
 * directory as its path filter. Undefined, with the reason, when the root's run cannot be limited to the package: it
 * would judge the other packages' tests (or none of this one's) as this component's.
 */
function packageFilter(probe: RepositoryProbe, pkg: WorkspacePackage, runner: Runner): { filter: string; because: string } | { refused: string } {
  const { dir } = pkg
  const own = packageRunner(probe, dir)
  const ownName = own?.name === 'node-test' ? 'node --test' : own?.name
  const rootName = runner === 'node-test' ? 'node --test' : runner
  if ((runner === 'vitest' || runner === 'jest') && (own === undefined || own.name === runner)) {
    // vitest takes a path filter; jest a regular expression over each test file's absolute path. When the tests path is
    // a plain path (`packages/{component}`), the filter is `{tests}`: a configuration `init` writes from it serves
    // every component it names, where a literal directory would run one package's tests for all of them (in jest's
    // pattern a `.` of the name then matches any character: more files, never fewer).
    // A tests path that is not plain in a regular expression (`packages/c++`) is named as the package's escaped
    // directory instead: jest would find no test file under `/packages/c++/`.
    const literal = runner === 'vitest' ? shellQuote(`${dir}/`) : shellQuote(`/${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`)
    const tail = pkg.testsFile ? '' : '/'
    const byTests = pkg.byTests && (runner === 'vitest' || pkg.testsPlainInRegex)
    const filter = byTests ? (runner === 'vitest' ? `{tests}${tail}` : `/{tests}${tail}`) : literal.replace(/[{}]/g, '$&$&')
    return {
      filter,
      because:
        `${dir} is a workspace package (it has its own package.json): the root's ${runner} runs only the test files under ${dir}/, ` +
        `so the other packages' tests are not counted as this component's${own ? ` (${dir}'s own test script, "${own.script}", is not run: the root's ${runner} configuration applies)` : ''}`
    }
  }
  const why =
    runner !== 'vitest' && runner !== 'jest'
      ? `the root's ${rootName} run cannot be limited to that package's tests from the repository root`
      : `its own test script runs ${ownName} ("${own?.script}"), not the root's ${rootName}`
  return {
    refused:
      `${dir} is a workspace package (it has its own package.json) and ${why}: it would judge other packages' tests, or none of its own, as this component's. ` +
      `Set stages.testing.command to a command, run from the repository root, that runs only ${dir}'s tests and writes a JUnit XML report whose paths are relative to the repository root, with stages.testing.reports.junit and .coverage`
  }
}

/**
 * The scripts the root's test script (and the scripts it chains) has each workspace package run, with the call that
 * does it: nx (`nx run-many --targets=test:lib,build`, `-t test`), turbo (`turbo run test`), lerna (`lerna run test`),
 * pnpm (`pnpm -r test`, `pnpm --filter x run test`), npm (`npm test --workspaces`) and yarn (`yarn workspaces foreach
 * -A run test`). TanStack/store: `test` → `pnpm run test:ci` → `nx run-many --targets=…,test:lib,…`.
 */
function delegatedNames(probe: RepositoryProbe): { names: string[]; via?: string; tool?: string } {
  const scripts = probe.packageJson()?.scripts ?? {}
  const texts: string[] = []
  const seen = new Set<string>()
  const visit = (name: string, depth: number) => {
    const text = scripts[name]
    if (seen.has(name) || typeof text !== 'string' || depth > 3) return
    seen.add(name)
    texts.push(text)
    for (const inner of chainedNames(text, scripts)) visit(inner, depth + 1)
  }
  visit('test', 0)
  const names: string[] = []
  let via: string | undefined
  let tool: string | undefined
  const add = (found: string[], segment: string, by: string) => {
    const fresh = found.filter((n) => /^[\w:.-]+$/.test(n) && !names.includes(n))
    if (fresh.length === 0) return
    names.push(...fresh)
    via ??= segment
    tool ??= by
  }
  for (const segment of texts.flatMap((t) => t.split(/&&|\|\||[;|]/)).map((t) => t.trim())) {
    const words = segment.split(/\s+/).map((w) => w.replace(/^(['"])(.*)\1$/, '$2'))
    const at = words.findIndex((w) => /^(?:nx|turbo|lerna|pnpm|npm|yarn)$/.test(w))
    if (at < 0) continue
    const [program, ...rest] = words.slice(at)
    if (program === 'nx' && /^(?:run-many|affected)$/.test(rest[0] ?? '')) {
      const found: string[] = []
      for (let i = 1; i < rest.length; i++) {
        const eq = /^(?:--targets?|-t)=(.+)$/.exec(rest[i])
        if (eq) found.push(...eq[1].split(','))
        else if (/^(?:--targets?|-t)$/.test(rest[i])) for (; i + 1 < rest.length && !rest[i + 1].startsWith('-'); i++) found.push(...rest[i + 1].split(','))
      }
      add(found, segment, 'nx')
    } else if (program === 'turbo') {
      const tasks = rest[0] === 'run' ? rest.slice(1) : rest
      add(tasks.slice(0, Math.max(0, tasks.findIndex((w) => w.startsWith('-')) === -1 ? tasks.length : tasks.findIndex((w) => w.startsWith('-')))), segment, 'turbo')
    } else if (program === 'lerna' && rest[0] === 'run' && rest[1]) {
      add([rest[1]], segment, 'lerna')
    } else if (program === 'yarn' && rest[0] === 'workspaces') {
      const run = rest.indexOf('run')
      if (run > 0 && rest[run + 1]) add([rest[run + 1]], segment, 'yarn workspaces')
    } else if (program === 'pnpm' || program === 'npm') {
      // The package manager's command after its flags (a flag's value skipped), run in every package or those selected.
      let each = false
      const left: string[] = []
      // pnpm's `-w` is --workspace-root (the root's own script), npm's a workspace to run in.
      const selects = program === 'pnpm' ? /^(?:-r|--recursive|--filter|-F)(?:=|$)/ : /^(?:-ws|--workspaces|--workspace|-w)(?:=|$)/
      const valued = program === 'pnpm' ? /^(?:--filter|-F|--dir|-C)$/ : /^(?:--workspace|-w|--prefix)$/
      for (let i = 0; i < rest.length; i++) {
        const w = rest[i]
        if (selects.test(w)) each = true
        if (valued.test(w)) i++
        else if (!w.startsWith('-')) left.push(w)
      }
      const script = left[0] === 'run' || left[0] === 'run-script' ? left[1] : left[0] === 't' ? 'test' : left[0]
      if (each && script) add([script], segment, program)
    }
  }
  return { names, ...(via ? { via } : {}), ...(tool ? { tool } : {}) }
}

/**
 * A workspace package's own script that runs its tests with a runner the preset drives (vitest, jest, mocha, node
 * --test): the first the root's test script has each package run, else its `scripts.test`. The package is read as
 * a project of its own (`view`): its scripts, its configuration, its node_modules then the root's.
 */
/**
 * The tasks nx or turbo runs before a package's `target` (its dependsOn), and the file that names them: turbo.json's
 * `tasks` (turbo 2) or `pipeline` (turbo 1) — the target, or `<package>#<target>` — and a package's own turbo.json;
 * nx.json's `targetDefaults`, a package's project.json `targets` or package.json `nx.targets`. A dependsOn of other
 * tasks is none of the target's: pacocoursey/next-themes' turbo.json has `"build": { "dependsOn": ["^build"] }` and
 * `"test": {}`, and its tests were said to need what turbo runs before them. A file that is not JSON (comments aside)
 * but names a dependsOn is named without its tasks.
 */
function taskDependsOn(probe: RepositoryProbe, tool: 'nx' | 'turbo', dir: string, target: string): { file: string; tasks?: string[] } | undefined {
  const pkgName = probe.at(dir).packageJson()?.name
  const configs: Array<[string, (data: Record<string, unknown>) => unknown]> =
    tool === 'turbo'
      ? [
          ...['turbo.json', 'turbo.jsonc'].map((f): [string, (d: Record<string, unknown>) => unknown] => [
            f,
            (d) => {
              const tasks = (d.tasks ?? d.pipeline) as Record<string, { dependsOn?: unknown }> | undefined
              return tasks?.[typeof pkgName === 'string' ? `${pkgName}#${target}` : '']?.dependsOn ?? tasks?.[target]?.dependsOn
            }
          ]),
          [`${dir}/turbo.json`, (d) => ((d.tasks ?? d.pipeline) as Record<string, { dependsOn?: unknown }> | undefined)?.[target]?.dependsOn]
        ]
      : [
          ['nx.json', (d) => (d.targetDefaults as Record<string, { dependsOn?: unknown }> | undefined)?.[target]?.dependsOn],
          [`${dir}/project.json`, (d) => (d.targets as Record<string, { dependsOn?: unknown }> | undefined)?.[target]?.dependsOn],
          [`${dir}/package.json`, (d) => ((d.nx as { targets?: Record<string, { dependsOn?: unknown }> } | undefined)?.targets)?.[target]?.dependsOn]
        ]
  for (const [file, read] of configs) {
    const text = probe.text(file)
    if (text === null || !/"dependsOn"\s*:/.test(text)) continue
    let data: unknown
    try {
      data = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, ''))
    } catch {
      return { file }
    }
    if (data === null || typeof data !== 'object') return { file }
    const found = read(data as Record<string, unknown>)
    const tasks = Array.isArray(found) ? found.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))) : []
    if (tasks.length > 0) return { file, tasks }
  }
  return undefined
}

function ownTestScript(probe: RepositoryProbe, dir: string): { view: RepositoryProbe; name: string; via?: string; tool?: string; others: string[] } | undefined {
  const view = probe.at(dir)
  const scripts = view.packageJson()?.scripts ?? {}
  const delegated = delegatedNames(probe)
  const runs = (name: string, words: RegExp) => {
    const text = scripts[name]
    if (typeof text !== 'string') return false
    return [text, ...chainedNames(text, scripts).map((n) => scripts[n])].some((t) => typeof t === 'string' && words.test(t))
  }
  const candidates = [...delegated.names, ...(delegated.names.includes('test') ? [] : ['test'])]
  const name = candidates.find((n) => runs(n, RUNNER_WORD))
  if (name === undefined) return undefined
  const byRoot = delegated.names.includes(name)
  // The other scripts the root has each package run that run tests too: not run by this command.
  const others = byRoot ? delegated.names.filter((n) => n !== name && (runs(n, RUNNER_WORD) || runs(n, OTHER_RUNNERS))).map((n) => `${scriptKey(n)} ("${String(scripts[n])}")`) : []
  return { view, name, ...(byRoot ? { via: delegated.via, tool: delegated.tool } : {}), others }
}

/** `, only the tests under packages/x` for a workspace package's run. */
function only(pkgDir: string | undefined): string {
  return pkgDir === undefined ? '' : `, only the tests under ${pkgDir}`
}

function testCommand(probe: RepositoryProbe, pm: Manager, choices: PresetChoice[], pkg?: WorkspacePackage): { command: string; coverage: ReportRef; inPackage?: boolean } | undefined {
  const pkgDir = pkg?.dir
  if (pkg !== undefined && probe.packageJson() === null) {
    // No package.json at the root (a Python part beside it, each part a project of its own): nothing at the root runs
    // the package's tests, and the root's "no test script" said of a package.json that does not exist misled.
    const own = packageRunner(probe, pkg.dir)
    choices.push({
      topic: 'tests and coverage',
      chose: 'none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)',
      because:
        `the repository root has no package.json: ${pkg.dir}/package.json is a project of its own` +
        (own ? ` whose test script runs ${own.name === 'node-test' ? 'node --test' : own.name} ("${own.script}")` : '') +
        `, run from its own directory, which the preset does not do (commands run at the repository root): set stages.testing.command to a command that runs its tests there (cd ${shellQuote(pkg.dir)} && …) ` +
        'and writes a JUnit XML report, with stages.testing.reports.junit and .coverage'
    })
    return undefined
  }
  // A workspace package whose own script runs its tests with a runner the preset drives: that script, in the package,
  // as the project runs it (TanStack/store: nx runs each package's `test:lib`, `vitest` with the package's own
  // `dir: './tests'`; the root's vitest limited to packages/store/ found no test file). Its reports go to {reports}.
  const ownFound = pkg !== undefined ? ownTestScript(probe, pkg.dir) : undefined
  const ownChosen = ownFound ? chooseRunner(ownFound.view, ownFound.name) : undefined
  // node's own lcov reporter writes its files relative to where node ran (`SF:src/a.js` for packages/a/src/a.js), which
  // the coverage reader takes as relative to the repository: in a package it would count another file, or none. Under
  // c8 (json-summary, absolute paths) the package's run is read right.
  const lcovInPackage = ownChosen?.runner === 'node-test' && !/(?:^|[\s;&|(])(?:npx\s+)?c8\s/.test(ownChosen.script ?? '')
  const inPackage =
    ownFound && ownChosen && ownChosen.runner !== 'unsupported' && !lcovInPackage && !(ownChosen.runner === 'vitest' && rootVitestProjects(probe, ownFound.view) !== undefined)
      ? { ...ownFound, chosen: ownChosen }
      : undefined
  // The probe the runner's configuration is read with: the package's own, when its script runs.
  const p = inPackage?.view ?? probe
  const chosenRunner = inPackage?.chosen ?? chooseRunner(probe)
  const { runner, script, segment } = chosenRunner
  let { because, warning } = chosenRunner
  let filter = ''
  let cd = ''
  if (inPackage && pkg !== undefined) {
    const key = scriptKey(inPackage.name)
    // {path} when the source path is the package, so a configuration `init` writes serves each package it is run for.
    const byPath = pkg.source === pkg.dir
    cd = `cd ${byPath ? '{path}' : shellQuote(pkg.dir).replace(/[{}]/g, '$&$&')} && `
    const which = inPackage.via
      ? `the root's test script has each package run its ${key} (${inPackage.via})`
      : `${key} is its own test script`
    // nx's and turbo's dependsOn (nx.json, turbo.json, or a package's own): the tasks they run before the script.
    const dependsOn = inPackage.tool === 'nx' || inPackage.tool === 'turbo' ? taskDependsOn(probe, inPackage.tool, pkg.dir, inPackage.name) : undefined
    const before = dependsOn
      ? `; what ${inPackage.tool} runs before it (${dependsOn.tasks ? `${dependsOn.file}'s ${inPackage.name} dependsOn: ${dependsOn.tasks.join(', ')}` : `the tasks dependsOn names in ${dependsOn.file}`}, such as a build of the packages it depends on) is not run: run that in the workflow before this action`
      : ''
    because =
      `${pkg.dir}/package.json ${because}; ${pkg.dir} is a workspace package with a test script of its own, and ${which}: the command runs that script in ${pkg.dir} ` +
      `as the project runs it, with its own configuration, the reports written to {reports} — not the root's runner limited to the package${before}`
    if (inPackage.others.length > 0) {
      const more = `${inPackage.others.join(' and ')}, which the root also has each package run, ${inPackage.others.length === 1 ? 'is' : 'are'} not run by this command: ${inPackage.others.length === 1 ? 'its' : 'their'} tests are not judged (set stages.testing.command to a command that runs them too and writes one JUnit XML report)`
      because += `; ${more}`
      warning = [warning, more].filter(Boolean).join('; ')
    }
  } else if (pkg !== undefined && runner !== 'unsupported') {
    const limited = packageFilter(probe, pkg, runner)
    if ('refused' in limited) {
      choices.push({
        topic: 'tests and coverage',
        chose: 'none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)',
        because: `${because}; ${limited.refused}`
      })
      return undefined
    }
    filter = ` ${limited.filter}`
    because = `${because}; ${limited.because}`
  }
  if (runner === 'unsupported' && pkg !== undefined && !inPackage) {
    // The root's script runs no runner of its own (`npm test --workspaces`, turbo, nx: each package's own script): the
    // package is named, with its own runner, or the refusal read as if the root were the component (eslint/espree).
    const own = packageRunner(probe, pkg.dir)
    because +=
      `; ${pkg.dir} is a workspace package (it has its own package.json)` +
      (own ? ` whose own test script runs ${own.name === 'node-test' ? 'node --test' : own.name} ("${own.script}")` : '') +
      `, and the root's test script is no run of a runner the preset can limit to it: set stages.testing.command to a command, run from the repository root, that runs only ${pkg.dir}'s tests ` +
      'and writes a JUnit XML report whose paths are relative to the repository root, with stages.testing.reports.junit and .coverage'
  }
  if (runner === 'unsupported') {
    // Nothing is chosen: the up-front check then refuses the run saying no test command is configured, and this says why.
    const example = chosenRunner.other && script ? (tapExample(probe, pm, chosenRunner.other, script) ?? bunExample(chosenRunner.other, script)) : undefined
    choices.push({
      topic: 'tests and coverage',
      chose: 'none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)',
      because: `${because}${example ?? ''}`
    })
    return undefined
  }
  const viaScript = scriptTakesArgs(script, runner)
  // The package's script by its name (`pnpm run test:lib …`), or the test script.
  const named = inPackage !== undefined && inPackage.name !== 'test' ? inPackage.name : undefined
  const scriptCall = (args: string) => (named !== undefined ? pm.run(named, args) : pm.test(args))
  const scriptShown = named !== undefined ? pm.run(named, '').replace(/ (?:-- )?$/, '') : pm.script
  const how = viaScript
    ? `through ${inPackage && pkg ? `${pkg.dir}'s ${scriptKey(inPackage.name)}` : 'the test script'} (${inPackage && pkg ? `cd ${pkg.dir} && ` : ''}${scriptShown}), so its own flags apply` : `directly (${pm.exec} ${runner === 'node-test' ? 'node' : runner})`
  const where = inPackage && pkg ? `, in ${pkg.dir}` : only(pkgDir)
  const summary: ReportRef = { path: '{reports}/coverage/coverage-summary.json', format: 'istanbul-summary' }
  /**
   * How the command calls vitest or jest: through the test script, or as the script calls it (its own flags, through
   * node with node's flags), with the calls of it the command leaves out said.
   */
  const callOf = (name: 'vitest' | 'jest') => {
    const call = viaScript ? { args: '', skipped: [] } : runnerCall(segment ?? script, name)
    const left = skippedCalls(call.skipped, name)
    const runs = `${'env' in call && call.env ? `${call.env} ` : ''}${call.invocation ?? `${pm.exec} ${name}`}`
    return { own: call.args, left, runs, shown: viaScript ? how : `directly (${runs})`, warned: [warning, left.warning].filter(Boolean).join('; ') }
  }
  switch (runner) {
    case 'vitest': {
      const args =
        `--run --reporter=default --reporter={reports}/${VITEST_RETRIES_FILE} --reporter=junit --outputFile.junit={reports}/junit.xml --coverage.enabled=true ` +
        '--coverage.reporter=text --coverage.reporter=json-summary --coverage.reporter=lcov --coverage.reportsDirectory={reports}/coverage ' +
        `--coverage.reportOnFailure=true ${VITEST_NO_THRESHOLDS}`
      const { own, left, runs, shown, warned } = callOf('vitest')
      const thresholds = vitestThresholds(p)
      const bar = thresholds
        ? `; the coverage thresholds of ${thresholds} are off for this command (--coverage.thresholds.*), so that coverage below them does not fail the tests: ` +
          'the test_coverage gate judges coverage, against quality_gates.test_coverage (a threshold for a glob pattern cannot be turned off from the command line and still applies)'
        : ''
      choices.push({ topic: 'tests and coverage', chose: `vitest ${shown}${own ? ` with the script's ${own}` : ''}, JUnit and coverage reporters${viaScript && inPackage ? '' : where}`, because: `${because}${left.because}${bar}`, ...(warned ? { warning: warned } : {}) })
      // The retries module (written first into the reports directory) records the retries of a test vitest retried.
      return { command: `${VITEST_RETRIES_SETUP}${cd}${viaScript ? scriptCall(args) : `${runs} run ${own ? `${own} ` : ''}${args}`}${filter}`, coverage: summary, inPackage: cd !== '' }
    }
    case 'jest': {
      const args =
        '--ci --reporters=default --reporters=jest-junit --coverage --coverageReporters=text --coverageReporters=json-summary ' +
        '--coverageReporters=lcov --coverageDirectory={reports}/coverage --coverageThreshold={{}}'
      const { own, left, runs, shown, warned } = callOf('jest')
      const threshold = jestCoverageThreshold(p)
      const bar = threshold
        ? `; the coverageThreshold of ${threshold} is off for this command (--coverageThreshold={}), so that coverage below it does not fail the tests: ` +
          'the test_coverage gate judges coverage, against quality_gates.test_coverage'
        : ''
      choices.push({ topic: 'tests and coverage', chose: `jest ${shown}${own ? ` with the script's ${own}` : ''}, with jest-junit and coverage reporters${viaScript && inPackage ? '' : where}`, because: `${because}${left.because}${bar}`, ...(warned ? { warning: warned } : {}) })
      // jest-junit leaves a test file that failed to run (a syntax or import error) out of the report unless told
      // to report suite errors: its tests would be missing from the counts, the failure named nowhere. Its properties
      // module (written first into the reports directory) records the runs of a test `jest.retryTimes` retried.
      return { command: `${JEST_INVOCATIONS_SETUP}${cd}JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true ${JEST_INVOCATIONS_ENV}${viaScript ? scriptCall(args) : `${runs} ${own ? `${own} ` : ''}${args}`}${filter}`, coverage: summary, inPackage: cd !== '' }
    }
    case 'mocha': {
      // The coverage tool the script uses, else the one installed: c8, else nyc (both take the same reporter flags).
      const used = script ? /\b(c8|nyc)\b/.exec(script)?.[1] : undefined
      const cover: 'c8' | 'nyc' = (used as 'c8' | 'nyc' | undefined) ?? (p.nodeBin('c8') ? 'c8' : p.nodeBin('nyc') || p.declares('nyc') ? 'nyc' : 'c8')
      // mocha-junit-reporter when installed, else mocha's own xunit reporter (JUnit XML, nothing to install).
      // `--reporter-options`, which every mocha takes: the singular `--reporter-option` came with mocha 6, and mocha 5
      // (auth0/node-jsonwebtoken) stopped on "unknown option" before any test.
      const junitReporter = p.nodePackage('mocha-junit-reporter')
        ? // includePending: else its pending tests are left out of the report, named nowhere.
          'mocha-junit-reporter --reporter-options mochaFile={reports}/junit.xml,includePending=true'
        : 'xunit --reporter-options output={reports}/junit.xml'
      // The script's own mocha arguments (--require, spec files) when they are plain words.
      const args = script ? /\bmocha((?:\s+[\w./=@:,*-]+)*)\s*$/.exec(script.trim())?.[1]?.trim() : undefined
      const ownArgs = args ? ` ${args.replace(/(^|\s)(--reporter|-R|--reporter-options?|-O)(\s+|=)\S+/g, '').trim()}`.trimEnd() : ''
      choices.push({
        topic: 'tests and coverage',
        chose: `mocha${ownArgs ? ` (with the script's arguments${ownArgs})` : ''} with ${junitReporter.startsWith('xunit') ? "its built-in xunit reporter (JUnit XML)" : 'mocha-junit-reporter'} under ${cover}${where}`,
        because: `${because}${coverageCheck(p, cover, script)}`,
        ...(warning ? { warning } : {})
      })
      // The environment the script gives mocha (`cross-env NODE_ENV=test nyc mocha`), as for jest and vitest.
      const env = scriptEnv(script, /\bmocha\b/)
      return { command: `${cd}${env}${pm.exec} ${cover} ${coverageToolFlags(cover)} mocha${ownArgs} --reporter ${junitReporter}`, coverage: summary, inPackage: cd !== '' }
    }
    case 'node-test': {
      const reporters = 'node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination={reports}/junit.xml'
      // A script that runs node --test under c8 (`c8 --100 node --test`, fastify's plugins) measures coverage with c8:
      // its ignore hints (`/* c8 ignore next */`) and configuration (.c8rc: include, exclude, all) decide the figure
      // the project knows, where node's own coverage reads none of them (and node 20's counts lines of a module
      // loaded twice, as proxyquire does, as not run). The script's node arguments (test files, flags) are kept.
      const c8 = script ? /(?:^|[\s;&|(])(?:npx\s+)?c8((?:\s+(?!node\s)[^\s&|;]+)*)\s+node\s+([^&|;]*\B--test\b[^&|;]*)/.exec(script) : null
      const plainWords = (words: string): boolean => /^[\w./=@:,*'"-]*(\s+[\w./=@:,*'"-]+)*$/.test(words)
      if (c8 && plainWords(c8[1].trim()) && plainWords(c8[2].trim())) {
        const own = c8Arguments(c8[1])
        choices.push({
          topic: 'tests and coverage',
          chose: `node --test with its junit reporter, under c8${own ? ` (with the script's c8 arguments ${own})` : ''}${where}`,
          because: `${because}; c8 measures the coverage, as the script has it${coverageCheck(p, 'c8', script)}`,
          ...(warning ? { warning } : {})
        })
        return { command: `${cd}${pm.exec} c8 ${own ? `${own} ` : ''}${coverageToolFlags('c8')} ${reporters} ${c8[2].trim()}`, coverage: summary, inPackage: cd !== '' }
      }
      // Keep the script's own arguments (test files, flags) after node's reporters.
      // From a script that does more (sindresorhus/is: `tsc --noEmit && xo && node --experimental-transform-types
      // --test test/test.ts`), the node call's own arguments, when they are plain words: bare `--test` would drop its
      // flags and test files, and run whatever node's default patterns match instead.
      const call = script && !viaScript ? /(?:^|[\s;&|(])node\s+([^&|;]*\B--test\b[^&|;]*)/.exec(script) : null
      const callArgs = call && plainWords(call[1].trim()) ? call[1].trim() : undefined
      const rest = script && viaScript ? script.trim().replace(/^.*?\bnode\s+/, '') : (callArgs ?? '--test')
      const withArgs = callArgs && callArgs !== '--test' ? ` (with the script's arguments ${callArgs})` : ''
      choices.push({ topic: 'tests and coverage', chose: `node --test${withArgs} with its junit and lcov reporters${where}`, because, ...(warning ? { warning } : {}) })
      return {
        command: `${cd}${reporters} --experimental-test-coverage --test-reporter=lcov --test-reporter-destination={reports}/lcov.info ${rest}`,
        coverage: { path: '{reports}/lcov.info', format: 'lcov' },
        inPackage: cd !== ''
      }
    }
  }
}

/**
 * npm, pnpm and yarn run `scripts.pretest` (often a build of what the tests import) only before their own `test`: a
 * command that runs the runner directly skips it, and the tests then import whatever an earlier build left. Said
 * with the choice.
 */
function notePretest(probe: RepositoryProbe, pm: Manager, command: string, choices: PresetChoice[], inPackage = false): void {
  const pretest = probe.packageJson()?.scripts?.pretest
  // A workspace package's script, run in the package, never runs the root's pretest.
  if (typeof pretest !== 'string' || pretest.trim() === '' || (!inPackage && command.includes(pm.test('')))) return
  const choice = choices.find((c) => c.topic === 'tests and coverage')
  if (choice) {
    choice.because +=
      `; scripts.pretest ("${pretest}") is not run: the package manager runs it only before its own test script, which this command does not call — ` +
      'when the tests need what it does (a build), run it in the workflow before this action or set stages.testing.command'
  }
}

/**
 * `paths` are the component's source and tests paths (`packages/parse`): when the source lies in a workspace package,
 * the test command runs only that package's tests: its own test script, in it, when that runs a runner the preset
 * drives; else the root's runner limited to the tests path.
 */
export function nodePreset(
  probe: RepositoryProbe,
  want: SecurityHalvesWanted = BOTH_HALVES,
  paths: { source?: string; tests?: string } = {}
): { layer: DeepPartial<Config>; choices: PresetChoice[] } {
  const choices: PresetChoice[] = []
  const pm = chooseManager(probe, choices)
  const pkg = workspacePackage(probe, paths.source, paths.tests)
  const tests = testCommand(probe, pm, choices, pkg)
  if (tests) notePretest(probe, pm, tests.command, choices, tests.inPackage)

  const eslintConfig = probe.firstFile(ESLINT_CONFIGS) ?? (probe.packageJson()?.eslintConfig !== undefined ? 'package.json eslintConfig' : undefined)
  const ext = eslintConfig ? legacyExtensions(probe, eslintConfig) : undefined
  const extArg = ext ? ` --ext ${ext.ext}` : ''
  const ignored = eslintConfig ? gitignoredPaths(probe) : []
  const linting = eslintConfig
    ? {
        enabled: true,
        command: `${toolCommand(probe, pm, 'eslint')}${extArg}${eslintExclusions(ignored)} {path} -f json -o {reports}/eslint.json`,
        fix_command: `${toolCommand(probe, pm, 'eslint')}${extArg}${eslintExclusions(ignored)} {path} --fix`,
        report: { path: '{reports}/eslint.json', format: 'eslint-json' }
      }
    : { enabled: false }
  const leftOut = ignored.length > 0 ? `; what .gitignore leaves out of the repository is left out (${ignored.join(', ')}): eslint reads no .gitignore, and would lint the build output there` : ''
  choices.push(
    eslintConfig
      ? { topic: 'linting', chose: ext ? `eslint --ext ${ext.ext}` : 'eslint', because: `configured in ${eslintConfig}${ext ? `; ${ext.because}` : ''}${leftOut}` }
      : { topic: 'linting', chose: 'off', because: lintingOffBecause(probe, pm) }
  )

  // A workspace package with a tsconfig.json of its own is checked as its own project (openapi-ts/openapi-typescript:
  // the root's tsconfig.json holds shared options and no `include`, so `tsc --noEmit` there checked every file of the
  // repository with options none of them is built with — 829 errors, 724 of them other packages' — where the
  // package's project, with its own `lib` and `include`, is what its build and its editor check).
  const ownProject = pkg !== undefined && probe.file(`${pkg.dir}/tsconfig.json`) ? pkg.dir : undefined
  // Named as `{path}` when the source path is the package itself, so that a configuration `init` writes (paths
  // templated on {component}) checks each package it is run for, not the one it was written for.
  const byPath = ownProject !== undefined && posix.normalize((paths.source ?? '').replace(/\\/g, '/')).replace(/\/+$/, '') === ownProject
  const svelte = ownProject === undefined ? svelteCheckCommand(probe, pm) : undefined
  const tsc = svelte ?? (ownProject !== undefined ? tscCommand(probe, pm, ownProject, byPath) : probe.file('tsconfig.json') ? tscCommand(probe, pm) : undefined)
  const typeChecking = tsc
    ? { enabled: true, command: tsc.command, report: svelte ? { path: '{reports}/svelte-check.txt', format: 'svelte-check-machine' } : { path: '{reports}/tsc.txt', format: 'tsc-text' } }
    : { enabled: false }
  choices.push(tsc ? { topic: 'type checking', chose: tsc.chose, because: tsc.because } : { topic: 'type checking', chose: 'off', because: 'no tsconfig.json: plain JavaScript, nothing to type-check' })

  const rc = probe.firstFile(SECRETLINT_CONFIGS)
  // A project with its own secretlint configuration has secretlint installed (or is told to install it); one with
  // neither gets the pinned release with the recommended rules from the registry, as uvx does for Python tools.
  const fetch = !rc && (!probe.nodeBin('secretlint') || !probe.nodePackage('@secretlint/secretlint-rule-preset-recommend'))
  const secretlint = fetch
    ? fetchedSecretlint('{path}')
    : `${toolCommand(probe, pm, 'secretlint')}${rc ? '' : ` --secretlintrcJSON '${SECRETLINT_RECOMMENDED}'`} {path}/'**/*'${secretlintExclusions([])} --format json --output {reports}/secretlint.json`
  choices.push({
    topic: 'secrets',
    chose: rc ? 'secretlint' : fetch ? `secretlint ${SECRETLINT_VERSION} with the recommended rules, fetched by npx` : 'secretlint with the recommended rules',
    because: rc
      ? `configured in ${rc}`
      : fetch
        ? 'secretlint is not installed in the project and it has no .secretlintrc: npx fetches the pinned release and @secretlint/secretlint-rule-preset-recommend from the npm registry (needs network; install secretlint as a devDependency to use your own)'
        : 'no .secretlintrc in the repository: @secretlint/secretlint-rule-preset-recommend, passed with --secretlintrcJSON'
  })

  let audit: { command: string; report: ReportRef } | undefined
  if (pm.name === 'npm' && (probe.file('package-lock.json') || probe.file('npm-shrinkwrap.json'))) {
    audit = { command: 'npm audit --json > {reports}/npm-audit.json', report: { path: '{reports}/npm-audit.json', format: 'npm-audit-json' } }
    choices.push({ topic: 'vulnerabilities', chose: 'npm audit --json', because: 'npm with a lock file' })
  } else {
    // osv-scanner reads bun's text lock file, not the binary bun.lockb of bun before 1.2.
    const lock = pm.name === 'npm' ? '.' : (LOCK_FILES.find(([file, name]) => name === pm.name && file !== 'bun.lockb' && probe.file(file))?.[0] ?? '.')
    audit = {
      command: `osv-scanner --format json --output {reports}/osv-scanner.json ${lock === '.' ? '-r .' : `--lockfile ${lock}`}`,
      report: { path: '{reports}/osv-scanner.json', format: 'osv-scanner-json' }
    }
    choices.push({
      topic: 'vulnerabilities',
      chose: 'osv-scanner',
      because:
        pm.name === 'npm'
          ? 'npm audit needs package-lock.json and there is none: osv-scanner scans the manifests'
          : `${pm.name} audit's JSON is not a format the security gate reads: osv-scanner reads ${lock === '.' ? 'the repository\'s lock files and manifests' : lock}`
    })
  }

  const layer: DeepPartial<Config> = {
    preset: 'node',
    stages: {
      testing: tests ? { command: tests.command, reports: { junit: { path: '{reports}/junit.xml', format: 'junit' }, coverage: tests.coverage } } : {},
      refactoring: {
        linting,
        type_checking: typeChecking,
        security: securityScans(want, { secrets: { command: secretlint, report: { path: '{reports}/secretlint.json', format: 'secretlint-json' } }, vulnerabilities: audit }, choices)
      }
    }
  }
  noteDirectTools(probe, pm, [linting.command, typeChecking.command, secretlint], choices)
  return { layer, choices }
}

/**
 * Says, with the package manager, which tools run from node_modules/.bin rather than through its runner, or why an
 * installed tool still goes through it (a setting it applies).
 */
function noteDirectTools(probe: RepositoryProbe, pm: Manager, commands: ReadonlyArray<string | undefined>, choices: PresetChoice[]): void {
  const choice = choices.find((c) => c.topic === 'package manager')
  if (!choice || (pm.exec !== 'npx' && pm.exec !== 'pnpm exec')) return
  const direct = [...new Set(commands.flatMap((c) => [...(c ?? '').matchAll(/(?:^|[\s;&|(])node_modules\/\.bin\/([\w.-]+)/g)].map((m) => m[1])))]
  const runner = pm.exec === 'npx' ? 'npm' : 'pnpm'
  if (direct.length > 0) {
    choice.because += `; ${direct.join(', ')} run as node_modules/.bin/${direct.length === 1 ? direct[0] : '<tool>'}, the program \`${pm.exec}\` runs there, without ${runner}'s start-up`
    return
  }
  const setting = runnerSettings(probe, pm)
  const installed = ['eslint', 'tsc', 'secretlint'].filter((b) => commands.some((c) => c?.includes(`${pm.exec} ${b} `)) && probe.rootNodeBin(b))
  if (setting && installed.length > 0) choice.because += `; installed tools run through \`${pm.exec}\`, which applies ${setting}`
}

/**
 * Where the project gives jest a coverageThreshold (package.json `jest`, jest.config.*): below it jest exits 1 though
 * every test passed, and the pass-rate gate would fail for coverage. The preset's command turns it off
 * (`--coverageThreshold={}`) and says so; the test_coverage gate judges coverage.
 */
function jestCoverageThreshold(probe: RepositoryProbe): string | undefined {
  const jest = probe.packageJson()?.jest
  if (typeof jest === 'object' && jest !== null && 'coverageThreshold' in jest) return 'package.json jest'
  return ['jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.json'].find((f) => /\bcoverageThreshold\b/.test(probe.text(f) ?? ''))
}

/*
 * `--coverage.reportOnFailure=true`: vitest writes no coverage report when a test fails (reduxjs/reselect: two timing
 * tests failed under load, and coverage was "not measured"), where jest, c8 and nyc write theirs.
 */

/**
 * vitest's coverage thresholds, off for the preset's command: below a project's thresholds vitest exits 1 though every
 * test passed, and the pass-rate gate would fail for coverage. The test_coverage gate judges coverage. (vitest 1 to 4
 * take these; a threshold for a glob pattern has no command-line switch.)
 */
const VITEST_NO_THRESHOLDS =
  '--coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 ' +
  '--coverage.thresholds.perFile=false --coverage.thresholds.100=false'

/**
 * c8's and nyc's reporters for the preset's command, with their coverage check off: below a threshold the project
 * sets (`--100`, `"check-coverage": true` in .c8rc or .nycrc) they exit 1 though every test passed, and the pass-rate
 * gate would fail for coverage. The test_coverage gate judges coverage. (`--check-coverage=false` overrides the
 * configuration file in c8 and nyc; c8's `"100": true` needs `--100=false` too: seen with c8 12 and nyc 17.)
 */
function coverageToolFlags(tool: 'c8' | 'nyc'): string {
  return `--reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage --check-coverage=false${tool === 'c8' ? ' --100=false' : ''}`
}

/** The clause saying the project's own coverage check is off for the command, when the script or a configuration sets one. */
function coverageCheck(probe: RepositoryProbe, tool: 'c8' | 'nyc', script: string | undefined): string {
  const files = tool === 'c8' ? ['.c8rc', '.c8rc.json', '.c8rc.yml', '.c8rc.yaml'] : ['.nycrc', '.nycrc.json', '.nycrc.yml', '.nycrc.yaml', 'nyc.config.js', 'nyc.config.cjs', 'nyc.config.mjs']
  const own = (probe.packageJson() as Record<string, unknown> | null)?.[tool]
  const where =
    (script && new RegExp(`\\b${tool}\\b[^&|;]*\\s--(100|check-coverage)\\b(?!=false)`).test(script) ? `the test script ("${script}")` : undefined) ??
    files.find((f) => /check-coverage["']?\s*[:=]\s*true|checkCoverage\s*:\s*true|["']?\b100["']?\s*[:=]\s*true/.test(probe.text(f) ?? '')) ??
    (typeof own === 'object' && own !== null && ((own as Record<string, unknown>)['check-coverage'] === true || (own as Record<string, unknown>)['100'] === true) ? `package.json ${tool}` : undefined)
  if (!where) return ''
  return (
    `; the ${tool} coverage check of ${where} is off for this command (--check-coverage=false${tool === 'c8' ? ' --100=false' : ''}), so that coverage below it does not fail the tests: ` +
    'the test_coverage gate judges coverage, against quality_gates.test_coverage'
  )
}

/**
 * The script's own c8 arguments (`--all --src lib -x test`), without those the preset sets or turns off: reporters,
 * the report directory and the coverage check with its thresholds.
 */
function c8Arguments(args: string): string {
  const words = args.trim().split(/\s+/).filter(Boolean)
  const kept: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const valued = /^(--reporter|-r|--report-dir|--reports-dir|-o|--lines|--functions|--branches|--statements)$/.test(w)
    if (valued || /^--(reporter|report-dir|reports-dir|lines|functions|branches|statements|check-coverage|100|per-file|skip-full)(=|$)/.test(w) || /^-r=/.test(w)) {
      if (valued && words[i + 1] !== undefined && !words[i + 1].startsWith('-')) i++
      continue
    }
    kept.push(w)
  }
  return kept.join(' ')
}

/**
 * The type check of a project with a tsconfig.json. `tsc --noEmit` checks the files of tsconfig.json itself, and not
 * those of the projects it references: a solution file (`"files": []` with `references`, the shape of Vite's
 * TypeScript templates) checks nothing and reports 0 errors with a type error in every file. With references, the
 * check is `tsc -b --noEmit --force` (every referenced project, in order, whatever an earlier build left; `--noEmit`
 * with `-b` from TypeScript 5.6), or, with an earlier TypeScript, which refuses `--noEmit` with `-b` (TS5094), one
 * `tsc --noEmit -p` per project, the worst exit status kept. `--listFiles` has tsc print, after its diagnostics, the
 * files of the project it checked: the component's TypeScript files outside it are told from that listing, with no
 * second tsc (`-b` is left as it is: it skips, and does not list, a project an earlier build left up to date).
 * The project is the one in `dir`: the repository root, or a workspace package with a tsconfig.json of its own, run
 * from the repository root all the same (tsc prints the files relative to it either way); `byPath` names it as
 * `{path}/tsconfig.json`, the package being the component's source path.
 */
function tscCommand(probe: RepositoryProbe, pm: Manager, dir = '.', byPath = false): { command: string; chose: string; because: string } {
  const at = (file: string) => (dir === '.' ? file : posix.join(dir, file))
  // A path from the repository as one shell word, its braces doubled: the command is a template.
  const word = (path: string) => shellQuote(path).replace(/[{}]/g, '$&$&')
  const tsconfig = at('tsconfig.json')
  const { tsc, why } = typeChecker(probe, dir)
  const run = toolCommand(probe, pm, tsc)
  // The program's files printed after the diagnostics (see blind-spots.ts), sparing a second tsc; tsgo's listing is
  // not relied on: the gate asks it separately, as before.
  const listing = tsc === 'tsgo' ? '' : ' --listFiles'
  const plain =
    dir === '.'
      ? { command: `${run} --noEmit --pretty false${listing} > {reports}/tsc.txt`, chose: `${tsc} --noEmit`, because: `tsconfig.json exists${why}${tsc === 'tsc' ? otherTscProjects(probe) : ''}` }
      : {
          command: `${run} --noEmit --pretty false${listing} -p ${byPath ? '{path}/tsconfig.json' : word(tsconfig)} > {reports}/tsc.txt`,
          chose: `${tsc} --noEmit -p ${tsconfig}`,
          because:
            `${dir} is a workspace package with a tsconfig.json of its own: its project is checked, with its own options and files` +
            (probe.file('tsconfig.json') ? " (the root's tsconfig.json would check the whole repository with the root's options, and count other packages' errors as this component's)" : '') +
            why
        }
  const config = jsonc(probe.text(tsconfig) ?? '')
  const refs = Array.isArray(config?.references)
    ? (config.references as unknown[]).map((r) => (typeof r === 'object' && r !== null ? (r as { path?: unknown }).path : undefined)).filter((p): p is string => typeof p === 'string' && p !== '')
    : []
  if (refs.length === 0) return plain
  const named = refs.map((r) => r.replace(/^\.\//, '')).join(', ')
  // tsgo is TypeScript 7, whatever `typescript` is installed beside it; vue-tsc runs the installed one.
  const version = tsc === 'tsgo' ? undefined : probe.nodePackageVersion('typescript', dir)
  const [major, minor] = (version ?? '').split('.').map(Number)
  const because = `${tsconfig} references ${named}: ${tsc} --noEmit would check only the files of ${tsconfig} itself${
    Array.isArray(config?.files) && (config.files as unknown[]).length === 0 && config?.include === undefined ? ' (none: "files": [])' : ''
  }, not those projects'${why}`
  if (version === undefined || major > 5 || (major === 5 && minor >= 6)) {
    const project = dir === '.' ? '' : ` ${byPath ? '{path}/tsconfig.json' : word(tsconfig)}`
    return { command: `${run} -b${project} --noEmit --force --pretty false > {reports}/tsc.txt`, chose: `${tsc} -b${dir === '.' ? '' : ` ${tsconfig}`} --noEmit --force (project references)`, because }
  }
  // TypeScript before 5.6: each project on its own (tsconfig.json too, unless it is only a list of references).
  const solution = Array.isArray(config?.files) && (config.files as unknown[]).length === 0 && config?.include === undefined
  const projects = [...(solution ? [] : [tsconfig]), ...refs.map((r) => (dir === '.' ? r : posix.join(dir, r)))]
  const checks = projects.map((p) => `${run} --noEmit --pretty false${listing} -p ${word(p)} || s=$?; `).join('')
  return {
    command: `(s=0; ${checks}exit $s) > {reports}/tsc.txt`,
    chose: `${tsc} --noEmit -p, once per project (${projects.join(', ')})`,
    because: `${because}; TypeScript ${version} refuses --noEmit with -b (5.6 and later take it), so each project is checked with -p`
  }
}

/**
 * A Svelte project's type check: svelte-check, as its scripts run it (SvelteKit's template: `check: svelte-kit sync &&
 * svelte-check --tsconfig ./tsconfig.json`), writing its machine output. tsc reads no .svelte file: `tsc --noEmit`
 * passed a component with a type error as "0 errors". The script's own arguments are kept but its `--output` and
 * `--watch`; `svelte-kit sync` (which writes the .svelte-kit/tsconfig.json the project's extends) runs first when the
 * script runs it. Undefined when no script of the root's package.json runs svelte-check.
 */
function svelteCheckCommand(probe: RepositoryProbe, pm: Manager): { command: string; chose: string; because: string } | undefined {
  const scripts = probe.packageJson()?.scripts ?? {}
  for (const [name, script] of Object.entries(scripts)) {
    if (typeof script !== 'string') continue
    const call = /(?:^|[\s;&|(/])svelte-check(?=$|[\s;&|)])([^&|;]*)/.exec(script)
    if (!call) continue
    const words = call[1].trim().split(/\s+/).filter((w) => w !== '')
    const kept: string[] = []
    for (let i = 0; i < words.length; i++) {
      if (words[i] === '--output' || words[i] === '-o') i++
      else if (!/^--output=/.test(words[i]) && words[i] !== '--watch' && words[i] !== '-w') kept.push(words[i])
    }
    const args = kept.map((w) => w.replace(/[{}]/g, '$&$&')).join(' ')
    const sync = /(?:^|[\s;&|(])svelte-kit\s+sync\b/.test(script) ? `${toolCommand(probe, pm, 'svelte-kit')} sync && ` : ''
    return {
      command: `${sync}${toolCommand(probe, pm, 'svelte-check')}${args ? ` ${args}` : ''} --output machine-verbose > {reports}/svelte-check.txt`,
      chose: `svelte-check${args ? ` ${args}` : ''} --output machine-verbose`,
      because: `scripts["${name}"] ("${script}") runs svelte-check: tsc reads no .svelte file, svelte-check checks the components with the TypeScript modules`
    }
  }
  return undefined
}

/** A call of a type checker in a script: the word itself, not part of another (`vue-tsc` is no call of `tsc`). */
const checkerCall = (bin: string) => new RegExp(`(?:^|[\\s;&|(/])${bin}(?=$|[\\s;&|)])`)

/**
 * Which tsc-compatible checker type-checks the project: the one its own scripts run (they write tsc's diagnostics,
 * which the gate reads). vue-tsc when a script runs it or it is a dependency (vitesse, create-vue, Nuxt's `nuxi
 * typecheck`): tsc reads no .vue file, so `tsc --noEmit` passed a Vue project with a type error in every component;
 * tsgo (TypeScript's native compiler, @typescript/native-preview) when a script runs it, or it is installed where
 * typescript is not. The root's package.json and, for a workspace package, the package's own are read.
 */
function typeChecker(probe: RepositoryProbe, dir: string): { tsc: 'tsc' | 'vue-tsc' | 'tsgo'; why: string } {
  const manifests: Array<{ name: string; json: Record<string, unknown> }> = []
  const root = probe.packageJson()
  if (root) manifests.push({ name: 'package.json', json: root as Record<string, unknown> })
  if (dir !== '.') {
    const own = jsonc(probe.text(posix.join(dir, 'package.json')) ?? '')
    if (own) manifests.push({ name: posix.join(dir, 'package.json'), json: own })
  }
  const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {})
  const scriptCalling = (bin: string): string | undefined => {
    for (const { name, json } of manifests) {
      for (const [script, text] of Object.entries(record(json.scripts))) {
        if (typeof text === 'string' && checkerCall(bin).test(text)) return `${name === 'package.json' ? '' : `${name} `}scripts["${script}"] ("${text}")`
      }
    }
    return undefined
  }
  const declaring = (pkg: string): string | undefined =>
    manifests.find(({ json }) => Object.hasOwn(record(json.dependencies), pkg) || Object.hasOwn(record(json.devDependencies), pkg))?.name
  const vue = scriptCalling('vue-tsc')
  const vueDeclared = vue === undefined ? declaring('vue-tsc') : undefined
  if (vue !== undefined || vueDeclared !== undefined) {
    return {
      tsc: 'vue-tsc',
      why: `; ${vue !== undefined ? `${vue} runs vue-tsc` : `${vueDeclared} declares vue-tsc`}: tsc reads no .vue file, vue-tsc checks the components with the rest`
    }
  }
  const go = scriptCalling('tsgo')
  if (go !== undefined) return { tsc: 'tsgo', why: `; ${go} runs tsgo, TypeScript's native compiler: the project's own type check` }
  if (declaring('@typescript/native-preview') !== undefined && !probe.nodePackage('typescript', dir) && probe.nodeBin('tsgo', dir) !== undefined) {
    return { tsc: 'tsgo', why: "; tsgo (@typescript/native-preview) is installed and typescript is not: TypeScript's native compiler is the project's checker" }
  }
  return { tsc: 'tsc', why: '' }
}

/**
 * When the project's scripts run tsc only on other projects (typestack/class-transformer: `tsc --project
 * tsconfig.prod.cjs.json`, whose `strict: false` overrides tsconfig.json's `strict: true`), tsconfig.json is no
 * project its own checks use, and `tsc --noEmit` there can count errors the project never sees (70 there): said,
 * with the scripts, so that the user can point the check at the project they mean. '' otherwise.
 */
function otherTscProjects(probe: RepositoryProbe): string {
  const scripts = probe.packageJson()?.scripts ?? {}
  const others: string[] = []
  for (const [name, script] of Object.entries(scripts)) {
    if (typeof script !== 'string') continue
    for (const call of script.matchAll(/(?:^|[\s;&|(])tsc(?![\w-])([^&|;]*)/g)) {
      const project = /(?:^|\s)(?:-p|--project)(?:\s+|=)["']?([^\s"']+)/.exec(call[1])?.[1]
      const normal = project === undefined ? 'tsconfig.json' : posix.normalize(project).replace(/\/+$/, '')
      if (normal === 'tsconfig.json' || normal === '.' || /(^|\s)(-b|--build)\b/.test(call[1])) return ''
      if (others.length < 3) others.push(`scripts["${name}"]: -p ${project}`)
    }
  }
  return others.length === 0
    ? ''
    : `; but the project's scripts run tsc only on other projects (${others.join('; ')}), whose options (strict, include) may differ from tsconfig.json's: ` +
        'when one of them is what the project checks, set stages.refactoring.type_checking.command to `tsc --noEmit --pretty false -p <it> > {reports}/tsc.txt`'
}

/** A tsconfig-style JSON with comments and trailing commas, parsed; undefined when it is not an object. */
function jsonc(text: string): Record<string, unknown> | undefined {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      // A string, copied whole (escapes included).
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      out += text.slice(i, j + 1)
      i = j
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++
      out += '\n'
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      i = end === -1 ? text.length : end + 1
      out += ' '
    } else out += c
  }
  try {
    const value = JSON.parse(out.replace(/,(\s*[}\]])/g, '$1')) as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

const VITEST_CONFIGS = ['vitest.config', 'vite.config', 'vitest.workspace'].flatMap((base) => ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((ext) => `${base}.${ext}`))

/** The vitest or vite configuration file that sets coverage thresholds, if one does. */
function vitestThresholds(probe: RepositoryProbe): string | undefined {
  return VITEST_CONFIGS.find((f) => /\bthresholds\b/.test(probe.text(f) ?? ''))
}

/**
 * The root's vitest configuration that names the packages as its projects (`projects: ['packages/*']`, a
 * vitest.workspace file), when the package has no vitest or vite configuration of its own: vitest run in the package
 * finds the root's file above it and reads its projects from the package ("No projects were found"), so the root's
 * run, limited to the package, is what runs its tests.
 */
function rootVitestProjects(probe: RepositoryProbe, view: RepositoryProbe): string | undefined {
  if (view.firstFile(VITEST_CONFIGS) !== undefined) return undefined
  return VITEST_CONFIGS.find((f) => probe.file(f) && (f.startsWith('vitest.workspace') || /\b(?:projects|workspace)\s*:/.test(probe.text(f) ?? '')))
}

export { JEST_INVOCATIONS_FILE, VITEST_RETRIES_FILE }
