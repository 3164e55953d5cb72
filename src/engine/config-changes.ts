/**
 * A pull request runs the gates with its own configuration: its own `.github/spec-to-production.yml`, its own
 * `eslint.config.js`, `tsconfig.json`, `.secretlintignore`, `jest.config.js`, `conftest.py`, pyproject.toml's
 * `[tool.pytest.ini_options]` (an `addopts = "-k 'not test_div'"` leaves the failing test out of the report). A change that loosens them (a rule turned off, a path
 * ignored, a threshold moved) is judged by what it loosened, and "passed" would read as the base's bar. Nothing here
 * fails such a change — a pull request may well need to change its linter's rules — but every gate whose
 * configuration the change touches says so, by file, as a caveat on every surface: a reviewer is told to look.
 *
 * The changed files come from git: the change's tree against the merge base with the base commit (a pull request's
 * base, `--base` on the CLI), else against the base commit itself (the merge commit `actions/checkout` makes has it
 * as first parent). The base must be in the checkout (`fetch-depth: 0`, or 2 for the merge commit).
 */
import { execFile } from 'node:child_process'
import { posix, relative } from 'node:path'
import { promisify } from 'node:util'
import { parseDocument } from 'yaml'
import { MAX_FRONTMATTER_CHARS } from '../spec/types.js'
import { nestsTooDeep } from '../spec/frontmatter.js'
import type { CommandSources } from './command-files.js'
import { blobsAt } from '../exec/git-blobs.js'

const run = promisify(execFile)

/** Pinned so that the user's git configuration cannot change what is parsed. */
const CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.renames=true']

/** The test runners' own configuration: which tests run, how a failure is reported, what is measured. */
export const TEST_GATES = ['testing.test_pass_rate', 'testing.test_coverage']

/** Tool configuration files, by the gates whose verdict they shape (a file's name, anywhere in the repository). */
const GATE_FILES: Array<[gates: string[], pattern: RegExp]> = [
  // A runner's configuration chooses the tests that run (jest's testPathIgnorePatterns, vitest's exclude, mocha's
  // spec, pytest's addopts -k) and what coverage counts (coveragePathIgnorePatterns, collectCoverageFrom); a
  // conftest.py can deselect tests or rewrite their reports (pytest_runtest_makereport). pytest reads a hidden
  // .pytest.ini (7 and later) and pytest.toml / .pytest.toml (9 and later) before pyproject.toml; ava, node-tap,
  // karma and Cypress have files of their own.
  [TEST_GATES, /(?:^|\/)(?:(?:jest|vitest|vite|playwright|ava|cypress)\.config\.[\w.]+|vitest\.workspace\.[\w.]+|\.mocharc(?:\.[a-z]+)?|\.?pytest\.(?:ini|toml)|conftest\.py|\.taprc|karma\.conf\.[\w.]+)$/],
  // The set-up files runners load before every test file by their conventional names (create-react-app's
  // src/setupTests.js, jest.setup.js, vitest.setup.ts): one can wrap the runner's test() so that a failure never
  // throws. (Set-up files under other names, named only in a runner's configuration, are not followed.)
  [TEST_GATES, /(?:^|\/)(?:setupTests|setup-tests|(?:jest|vitest)[.-](?:setup|global-setup|globalSetup)(?:[.-]after-env)?|test-setup)\.[cm]?[jt]sx?$/],
  // Coverage tools' own: omit, exclude_lines, include, all.
  [['testing.test_coverage'], /(?:^|\/)(?:\.coveragerc|\.c8rc(?:\.[a-z]+)?|\.nycrc(?:\.[a-z]+)?|nyc\.config\.[cm]?js)$/],
  // pylint 3 reads pylintrc.toml and .pylintrc.toml too; stylelint's (its SARIF is read) its own and its ignore file.
  // A .gitignore leaves files out of what ruff and biome lint (they skip what git ignores, tracked or not), and of
  // eslint as the node preset runs it (its entries become --ignore-pattern): `/src` added to it hid src/ from the linter.
  [['refactoring.linting'], /(?:^|\/)(?:\.gitignore|eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.[a-z]+)?|\.eslintignore|ruff\.toml|\.ruff\.toml|\.?pylintrc(?:\.toml)?|\.flake8|biome\.jsonc?|\.oxlintrc\.json|\.stylelintrc(?:\.[a-z]+)?|stylelint\.config\.[cm]?[jt]s|\.stylelintignore)$/],
  [['refactoring.type_checking'], /(?:^|\/)(?:[jt]sconfig[^/]*\.json|mypy\.ini|\.mypy\.ini|pyrightconfig\.json)$/],
  // osv-scanner reads osv-scanner.toml beside the lock file it scans: [[IgnoredVulns]] takes vulnerabilities out of
  // its report, which then reads as an audit that found none; bandit reads .bandit (skips, excluded paths). The
  // allowlists of the audit wrappers and scanners a command may run: better-npm-audit's .nsprc, audit-ci's
  // audit-ci.json(c), Snyk's .snyk, Trivy's .trivyignore(.yaml) and trivy.yaml, Grype's .grype.yaml.
  [['refactoring.security'], /(?:^|\/)(?:\.secretlintrc(?:\.[a-z]+)?|\.secretlintignore|\.secrets\.baseline|\.gitleaks\.toml|\.gitleaksignore|\.npmrc|osv-scanner\.toml|\.bandit|\.nsprc|audit-ci\.json[c5]?|\.snyk|\.trivyignore(?:\.yaml)?|trivy\.ya?ml|\.grype\.ya?ml)$/]
]

/**
 * Files that hold several tools' settings among others (a dependency list, a package's metadata): only the parts a
 * gate's tool reads count, each named with the file (`pyproject.toml [tool.coverage.run]`, `package.json "jest"`).
 * INI and TOML by section header (a TOML table and its subtables), package.json by key.
 */
const SHARED_FILES: Array<[name: RegExp, parts: Array<[gates: string[], part: RegExp]>]> = [
  [
    /(?:^|\/)pyproject\.toml$/,
    [
      [TEST_GATES, /^\[tool\.pytest(?:\.|\])/],
      [['testing.test_coverage'], /^\[tool\.coverage(?:\.|\])/],
      [['refactoring.linting'], /^\[tool\.(?:ruff|pylint|flake8)(?:\.|\])/],
      [['refactoring.type_checking'], /^\[\[?tool\.(?:mypy|pyright|basedpyright)(?:\.|\])/],
      [['refactoring.security'], /^\[tool\.bandit(?:\.|\])/]
    ]
  ],
  [
    /(?:^|\/)setup\.cfg$/,
    [
      [TEST_GATES, /^\[tool:pytest\]/],
      [['testing.test_coverage'], /^\[coverage:/],
      [['refactoring.linting'], /^\[(?:flake8|pylint)/],
      [['refactoring.type_checking'], /^\[mypy(?:-|\])/]
    ]
  ],
  [
    /(?:^|\/)tox\.ini$/,
    [
      [TEST_GATES, /^\[pytest\]/],
      [['testing.test_coverage'], /^\[coverage:/],
      [['refactoring.linting'], /^\[flake8\]/]
    ]
  ],
  [
    /(?:^|\/)package\.json$/,
    [
      // The node preset runs the test script (`npm test -- …`): its flags are the run's, and npm runs `pretest` and
      // `posttest` around it (a pretest can delete the failing test before the runner starts).
      [TEST_GATES, /^(?:"jest"|"mocha"|"vitest"|"ava"|"tap"|"scripts"\."(?:pre|post)?test[^"]*")$/],
      [['testing.test_coverage'], /^(?:"c8"|"nyc")$/],
      [['refactoring.linting'], /^(?:"eslintConfig"|"eslintIgnore")$/]
    ]
  ]
]

/**
 * Every gate the product's own configuration file governs: the quality gates, and each gate of the deployment stages
 * (`<stage>.*`: their criteria, health checks and test suites — a change that drops the health check's `json_field`
 * passes on any 200, one that raises an SLA's `max` or lowers a criterion's threshold passes what the base refused).
 */
const ALL_GATES = [
  'testing.test_pass_rate',
  'testing.test_coverage',
  'refactoring.linting',
  'refactoring.type_checking',
  'refactoring.security',
  'staging_deployment.*',
  'production_deployment.*'
]

/**
 * The files the change modifies (added, changed, renamed or deleted), relative to the workspace, and the commit they
 * were compared with; or why that cannot be told (the base is not in the checkout).
 */
export async function filesChangedSince(workspace: string, base: string): Promise<{ files: string[]; from: string } | { unknown: string }> {
  if (base === '' || base.startsWith('-') || /[\0\n]/.test(base)) return { unknown: `invalid base ${JSON.stringify(base)}` }
  const git = async (args: string[]) => (await run('git', [...CONFIG, ...args], { cwd: workspace, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout
  try {
    await git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`])
  } catch {
    return { unknown: `the base commit ${base.slice(0, 12)} is not in the checkout (check out with fetch-depth: 0, or 2 for a pull request's merge commit)` }
  }
  try {
    const from = (await git(['merge-base', base, 'HEAD']).catch(() => base)).trim() || base
    // Paths relative to the repository's top; the workspace may be a directory inside it.
    const top = (await git(['rev-parse', '--show-toplevel'])).trim()
    const names = (await git(['diff', '--name-only', '-z', '--no-ext-diff', from, 'HEAD'])).split('\0').filter(Boolean)
    const inside = posix.normalize(relative(top, workspace).replace(/\\/g, '/'))
    const prefix = inside === '.' || inside === '' ? '' : `${inside}/`
    // Above the workspace, the files in the directories that hold it (the repository's root, `packages/`): the tools
    // look for their configuration upward from where they run (eslint.config.js, pyproject.toml, a tsconfig's
    // `extends: "../../tsconfig.base.json"`), so one changed there governs this workspace's gates too. Named from the
    // workspace (`../../eslint.config.js`); a sibling package's files are not.
    const depth = prefix === '' ? 0 : inside.split('/').length
    const above = (name: string): string | null => {
      const dir = posix.dirname(name)
      if (!(dir === '.' || prefix.startsWith(`${dir}/`))) return null
      const up = depth - (dir === '.' ? 0 : dir.split('/').length)
      return `${'../'.repeat(up)}${posix.basename(name)}`
    }
    const files: string[] = []
    for (const name of names) {
      if (name.startsWith(prefix)) files.push(name.slice(prefix.length))
      else {
        const up = above(name)
        if (up !== null) files.push(up)
      }
    }
    return { files, from }
  } catch (error) {
    return { unknown: `git could not compare with ${base.slice(0, 12)}: ${((error as Error).message.split('\n')[0] ?? '').trim()}` }
  }
}

/** Most configuration files read for the files they name, and most bytes of each. */
const MAX_REFERRING = 200
const MAX_REFERRING_BYTES = 256 * 1024
/** A relative path in quotes: `'./test/setup.js'`, `"<rootDir>/tools/transform.js"`, `"../tsconfig.base.json"`. */
const RELATIVE_PATH = /(['"`])((?:\.{1,2}\/|<rootDir>\/)[^'"`\s${}*?]+)\1/g
/** Test files by name: `*.test.*`, `*.spec.*`, `test_*.py`, `*_test.py`. */
const TEST_FILE = /(?:\.(?:test|spec)\.[\w]+$|(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$)/
/**
 * What node and the runners try after a path written without an extension. Not a directory's index: a configuration
 * names directories of sources (`roots: ['<rootDir>/src']`), and their index is code, not configuration.
 */
const RESOLVED = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.json']

/**
 * The changed files that a tool's configuration file of the repository names by a relative path, with the gates that
 * file governs: a set-up file or transformer jest's configuration names (`setupFilesAfterEach: ['<rootDir>/test/
 * my-setup.js']`, `transform`), a module eslint.config.js imports (`import rules from './eslint/rules.js'`), the base
 * a tsconfig `extends` (`"./configs/strict.json"`). A change to one changes what the gate judges as the configuration
 * file itself would. Only the files `changed` that no name already covers are looked for; the configuration files are
 * read at HEAD, as the run used them.
 */
export async function referencedByConfiguration(workspace: string, changed: readonly string[]): Promise<CommandSources['files']> {
  const out: CommandSources['files'] = new Map()
  const unnamed = new Set(changed.filter((f) => !GATE_FILES.some(([, pattern]) => pattern.test(f))))
  if (unnamed.size === 0) return out
  let listing: string
  try {
    listing = (await run('git', [...CONFIG, 'ls-files', '-z'], { cwd: workspace, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })).stdout
  } catch {
    return out
  }
  const referring: Array<[file: string, gates: string[]]> = []
  for (const file of listing.split('\0')) {
    if (file === '' || referring.length >= MAX_REFERRING) continue
    // A conftest.py names data files, not configuration (the modules it loads are named as modules).
    if (/(?:^|\/)conftest\.py$/.test(file)) continue
    const gates = GATE_FILES.filter(([, pattern]) => pattern.test(file)).flatMap(([g]) => g)
    // package.json's "jest", "mocha", "c8", … keys name files too (its "scripts" are commands: see command-files.ts).
    const shared = /(?:^|\/)package\.json$/.test(file) ? SHARED_FILES.find(([name]) => name.test(file))![1].flatMap(([g]) => g) : []
    if (gates.length + shared.length > 0) referring.push([file, [...new Set([...gates, ...shared])]])
  }
  const texts = await blobsAt(workspace, referring.map(([file]) => `HEAD:./${file}`), MAX_REFERRING_BYTES)
  for (const [file, gates] of referring) {
    let text = texts.get(`HEAD:./${file}`) ?? ''
    if (/(?:^|\/)package\.json$/.test(file)) text = packageConfigText(text)
    // A tsconfig's `files` and `include` name the sources it checks: only what it `extends` is configuration.
    else if (/(?:^|\/)[jt]sconfig[^/]*\.json$/.test(file)) text = [...text.matchAll(/"extends"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)].map((m) => m[1]).join('\n')
    const dir = posix.dirname(file)
    for (const [, , raw] of text.matchAll(RELATIVE_PATH)) {
      const path = posix.normalize(posix.join(dir, raw.replace(/^<rootDir>\//, './')))
      if (path.startsWith('../') || path === '..') continue
      const hit = RESOLVED.map((ext) => `${path}${ext}`).find((p) => unnamed.has(p))
      // A test file a configuration lists (testMatch, a spec list) is a test, judged as one.
      if (!hit || TEST_FILE.test(hit)) continue
      const at = out.get(hit) ?? { gates: new Set<string>(), keys: new Set<string>() }
      for (const g of gates) at.gates.add(g)
      at.keys.add(`named in ${file}`)
      out.set(hit, at)
    }
  }
  return out
}

/** The parts of package.json that configure a gate's tool ("jest", "mocha", "c8", …), as text; not its scripts or dependencies. */
function packageConfigText(text: string): string {
  try {
    const json = JSON.parse(text) as Record<string, unknown>
    return ['jest', 'mocha', 'vitest', 'ava', 'tap', 'c8', 'nyc', 'eslintConfig'].map((k) => JSON.stringify(json[k] ?? null)).join('\n')
  } catch {
    return ''
  }
}

/** A part of a shared file that a gate's tool reads, changed by the change: `[gates, "pyproject.toml [tool.pytest.ini_options]"]`. */
export type ChangedPart = [gates: string[], label: string]

/** A file's content at `rev` (workspace-relative), or '' when it has none there (added, deleted). */
async function showAt(workspace: string, rev: string, file: string): Promise<string> {
  return (await run('git', [...CONFIG, 'show', `${rev}:./${file}`], { cwd: workspace, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).catch(() => ({ stdout: '' }))).stdout
}

/**
 * The parts of the shared files among `changed` (pyproject.toml, setup.cfg, tox.ini, package.json) that differ
 * between `from` and HEAD, each with the gates whose tool reads it. A file that cannot be read at one side (added,
 * deleted) counts as empty there; one that cannot be parsed (package.json that is no JSON) yields nothing.
 */
export async function changedSharedParts(workspace: string, from: string, changed: readonly string[], run: CommandSources['parts'] = []): Promise<ChangedPart[]> {
  const out: ChangedPart[] = []
  for (const file of changed) {
    const shared = SHARED_FILES.find(([name]) => name.test(file))?.[1] ?? []
    // The parts the gates' commands run (`npm run test:ci`'s script, tox's [testenv]): see command-files.ts.
    const ran = run.filter(([, name]) => name.test(file))
    if (shared.length === 0 && ran.length === 0) continue
    const [before, after] = await Promise.all([showAt(workspace, from, file), showAt(workspace, 'HEAD', file)])
    for (const part of partsDiffering(file, before, after)) {
      const gates = shared.find(([, pattern]) => pattern.test(part))?.[0]
      if (gates) out.push([gates, `${file} ${part}`])
      for (const [by, , pattern, key] of ran) {
        const more = by.filter((gate) => !gates?.includes(gate))
        if (more.length > 0 && pattern.test(part)) out.push([more, `${file} ${part} (run by ${key})`])
      }
    }
  }
  return out
}

/**
 * The spec's frontmatter `paths` when the change modifies them: they take precedence over the configuration's
 * `paths`, so they are what `{path}` and `{tests}` give every command and what the coverage gate counts as the
 * component's (a change that narrows `source` to one file leaves every other file of the component out of every
 * gate). The body of the spec (requirements, criteria) is no configuration. Nothing when the spec is not among
 * `changed`, or its frontmatter cannot be read at HEAD.
 */
export async function changedSpecPaths(workspace: string, from: string, changed: readonly string[], specFile: string): Promise<ChangedPart[]> {
  if (!changed.includes(specFile)) return []
  const pathsOf = (text: string): string | null => {
    const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text)
    if (!match) return JSON.stringify(null)
    // Too large to be metadata: not parsed (the specification stage fails on it; see MAX_FRONTMATTER_CHARS).
    if (match[1].length > MAX_FRONTMATTER_CHARS || nestsTooDeep(match[1])) return null
    try {
      const data: unknown = parseDocument(match[1]).toJS({ maxAliasCount: 100 })
      return JSON.stringify(data !== null && typeof data === 'object' && !Array.isArray(data) ? ((data as Record<string, unknown>).paths ?? null) : null)
    } catch {
      return null
    }
  }
  const [before, after] = await Promise.all([showAt(workspace, from, specFile), showAt(workspace, 'HEAD', specFile)])
  const [a, b] = [pathsOf(before), pathsOf(after)]
  return b !== null && a !== b ? [[ALL_GATES, `${specFile} frontmatter paths`]] : []
}

/** The parts (section headers, or package.json keys) whose content differs between two versions of a file. */
export function partsDiffering(file: string, before: string, after: string): string[] {
  const [a, b] = [partsOf(file, before), partsOf(file, after)]
  if (a === null || b === null) return []
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k))
}

/**
 * A file's parts by name, each with its content as one comparable string: package.json's top-level keys and its
 * `scripts` one by one (`"scripts"."test"`); an INI or TOML file's sections by header (`[tool.pytest.ini_options]`,
 * spaces inside the brackets dropped), their lines trimmed, without blank lines and whole-line comments, so that
 * re-indenting is no change. Null when package.json is no JSON object.
 */
function partsOf(file: string, text: string): Map<string, string> | null {
  const parts = new Map<string, string>()
  if (file.endsWith('.json')) {
    if (text.trim() === '') return parts
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return null
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return null
    for (const [key, value] of Object.entries(json)) {
      if (key === 'scripts' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, script] of Object.entries(value)) parts.set(`"scripts".${JSON.stringify(name)}`, JSON.stringify(script))
      } else parts.set(JSON.stringify(key), JSON.stringify(value))
    }
    return parts
  }
  let header = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const m = /^(\[\[?)([^\]]+)(\]\]?)\s*(?:[#;].*)?$/.exec(line)
    if (m) {
      header = `${m[1]}${m[2].replace(/\s+/g, '')}${m[3]}`
      parts.set(header, `${parts.get(header) ?? ''}\n--`)
      continue
    }
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    parts.set(header, `${parts.get(header) ?? ''}\n${line}`)
  }
  return parts
}

/**
 * `[stage.gate, warning]` for every gate the comparison would have covered, when it could not be made (`why`): a
 * change that may have loosened the gates' configuration is not shown as a clean pass (the caveat reads "not checked").
 */
export function configurationNotCompared(why: string): Array<[string, string]> {
  return ALL_GATES.map((gate) => [
    gate,
    `configuration changes not checked: ${why}, so whether this change loosens the configuration the gate judged it by is unknown`
  ])
}

/**
 * `[stage.gate, warning]` for each gate whose configuration the change modifies: the product's configuration file
 * (`configFile`, workspace-relative) governs them all; a tool's configuration file, or the part of a shared file its
 * tool reads (`parts`, from {@link changedSharedParts}), its own gates.
 */
/**
 * The configuration files read when none is named (config/load.ts): with none read, one of them the change touched
 * was deleted (or moved away), and the run fell back to the preset's defaults in place of the limits it set.
 */
const DEFAULT_CONFIG_FILES = new Set(['.github/spec-to-production.yml', '.github/spec-to-production.yaml'])

export function configurationChanges(
  changed: readonly string[],
  configFile: string | null,
  base: string,
  parts: readonly ChangedPart[] = [],
  run: CommandSources['files'] = new Map()
): Array<[string, string]> {
  const byGate = new Map<string, string[]>()
  const add = (gate: string, file: string) => byGate.set(gate, [...(byGate.get(gate) ?? []), file])
  for (const file of changed) {
    const named = new Set<string>()
    if (configFile !== null && file === configFile) for (const gate of ALL_GATES) named.add(gate)
    for (const [gates, pattern] of GATE_FILES) if (pattern.test(file)) for (const gate of gates) named.add(gate)
    for (const gate of named) add(gate, file)
    if (configFile === null && DEFAULT_CONFIG_FILES.has(file)) for (const gate of ALL_GATES) add(gate, `${file} (deleted by this change: the run fell back to the preset)`)
    // A file a gate's command runs or reads (a Makefile, a script, a configuration given with -c): see command-files.ts.
    const by = run.get(file)
    for (const gate of by?.gates ?? []) if (!named.has(gate)) add(gate, `${file} (${[...by!.keys].join(', ')})`)
  }
  for (const [gates, label] of parts) for (const gate of gates) add(gate, label)
  return [...byGate].map(([gate, files]) => {
    const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … (${files.length} in all)` : '')
    return [gate, `configuration changed by this change (against ${base.slice(0, 12)}): ${shown} — the gate judged the change by the configuration as the change has it; review what it loosens`]
  })
}
