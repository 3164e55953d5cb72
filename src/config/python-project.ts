/**
 * What a Python project's own dependencies are installed from: `pip install` arguments for the project, its test
 * extra and its test requirements file. init's workflow runs them; the up-front check names them when the project
 * declares a tool its interpreter cannot import.
 */
import type { RepositoryProbe } from './probe.js'
import { shellQuote } from './templates.js'

/** Test extras a project declares, by the names projects give them. */
const TEST_EXTRAS = ['test', 'tests', 'testing', 'dev']
/** Requirement files for tests and development, in the order they are looked for. */
const TEST_REQUIREMENTS = [
  'requirements-dev.txt',
  'dev-requirements.txt',
  'requirements-test.txt',
  'test-requirements.txt',
  'requirements/test.txt',
  'requirements/tests.txt',
  'requirements/testing.txt',
  'requirements/dev.txt',
  'requirements/development.txt'
]

/**
 * What `pip install` needs for the project itself: requirements.txt, else the project (pyproject.toml or setup.py) installed in editable mode with
 * its test extra (`[project.optional-dependencies]` or setup.cfg's `[options.extras_require]`) and test dependency
 * group (`[dependency-groups]`), plus a test requirements file when there is one: the tests import what these declare (freezegun, hypothesis, …).
 * `pkgDir`, the component's directory when it is a package of a monorepo, is installed likewise.
 */
export function projectInstall(probe: RepositoryProbe, pkgDir?: string): string {
  // A package of a monorepo (`libs/calc` with its own pyproject.toml): the package itself with its test extra and
  // test requirements, and the root only when it is a project too (a root pyproject.toml that only configures tools
  // is none: pip would refuse it, or build an empty distribution).
  if (pkgDir !== undefined && pkgDir !== '.' && (probe.file(`${pkgDir}/pyproject.toml`) || probe.file(`${pkgDir}/setup.py`))) {
    const rootProject = probe.file('setup.py') || /^\s*\[project\]/m.test(probe.text('pyproject.toml') ?? '')
    const root = probe.file('requirements.txt') || rootProject ? projectArgs(probe, '.') : []
    return [...root, ...projectArgs(probe, pkgDir)].join(' ')
  }
  return projectArgs(probe, '.').join(' ')
}

/** `pip install` arguments for the project in `dir` (`.` or a package's directory, relative to the workspace). */
function projectArgs(probe: RepositoryProbe, dir: string): string[] {
  const at = (file: string) => (dir === '.' ? file : `${dir}/${file}`)
  // A package's directory is a name from the repository (`my libs/calc`, `$(…)`): one shell word, never code.
  const word = (path: string) => shellQuote(path)
  const args: string[] = []
  if (probe.file(at('requirements.txt'))) args.push(`-r ${word(at('requirements.txt'))}`)
  else if (probe.file(at('pyproject.toml')) || probe.file(at('setup.py'))) {
    const pyproject = probe.text(at('pyproject.toml')) ?? ''
    const setupCfg = probe.text(at('setup.cfg')) ?? ''
    // `[project.optional-dependencies]` with `tests = [`, or `optional-dependencies.tests = [` under `[project]`.
    const optional = section(pyproject, 'project.optional-dependencies')
    const extrasCfg = section(setupCfg, 'options.extras_require')
    const declared = (name: string) =>
      new RegExp(`^\\s*["']?${name}["']?\\s*=`, 'm').test(optional) ||
      new RegExp(`^\\s*optional-dependencies\\.["']?${name}["']?\\s*=`, 'm').test(pyproject) ||
      new RegExp(`^\\s*${name}\\s*=`, 'm').test(extrasCfg)
    // Else the extras the project's tox test environment installs (pyparsing: `extras = unit: diagrams`, whose
    // railroad-diagrams its tests import): without them the tests fail to collect.
    const extra = TEST_EXTRAS.find(declared) ?? toxExtras(probe.text(at('tox.ini'))).filter(declared).join(',')
    args.push(extra ? (dir === shellQuote(dir) ? `-e "${dir}[${extra}]"` : `-e ${shellQuote(`${dir}[${extra}]`)}`) : `-e ${word(dir)}`)
    // PEP 735 dependency groups (pip 25.1 and later install them with --group, of ./pyproject.toml unless named).
    const groups = section(pyproject, 'dependency-groups')
    const group = TEST_EXTRAS.find((name) => new RegExp(`^\\s*["']?${name}["']?\\s*=`, 'm').test(groups))
    if (group) args.push(`--group ${word(`${dir === '.' ? '' : `${at('pyproject.toml')}:`}${group}`)}`)
  }
  const requirements = TEST_REQUIREMENTS.find((f) => probe.file(at(f)))
  if (requirements) args.push(`-r ${word(at(requirements))}`)
  // What tox's test environment installs beside the project: a project tested with tox lists its test dependencies
  // there (pycodestyle: covdefaults, which its coverage configuration loads), and its tests import them.
  const tox = toxDeps(probe.text(at('tox.ini')))
  for (const file of tox.files) if (probe.file(at(file)) && !args.includes(`-r ${word(at(file))}`)) args.push(`-r ${word(at(file))}`)
  args.push(...tox.requirements.map(word))
  return args
}

/**
 * The dependencies tox's `[testenv]` lists (`deps =`, one a line): `requirements` as written (with their markers),
 * `files` the requirement files named with `-r` (`-r{toxinidir}/requirements.txt` → `requirements.txt`). Left out:
 * lines for some environments only (`py38: pytest<7`), other options (`-c constraints.txt`) and substitutions
 * (`{[base]deps}`), which only tox resolves.
 */
export function toxDeps(tox: string | null): { requirements: string[]; files: string[] } {
  const out = { requirements: [] as string[], files: [] as string[] }
  const m = /^[ \t]*deps[ \t]*=[ \t]*(.*(?:\n[ \t]+\S.*)*)/m.exec(section(tox, 'testenv'))
  if (!m) return out
  for (const line of m[1].split('\n')) {
    const item = line.replace(/(^|\s)#.*$/, '').trim()
    if (item === '' || /^!?[\w.{}-]+(?:,!?[\w.{}-]+)*:\s/.test(item)) continue
    const file = /^-r\s*(?:\{toxinidir\}\/)?(\S+)$/.exec(item)?.[1]
    if (file !== undefined) {
      if (!/[{}]/.test(file)) out.files.push(file)
    } else if (!item.startsWith('-') && !/[{}]/.test(item)) out.requirements.push(item)
  }
  return out
}

/**
 * The extras tox's `[testenv]` installs (`extras = testing`, one per line or comma-separated; a factor-conditional
 * `unit: diagrams` counts too, as the unit tests' extra), with names a Python project may give an extra.
 */
function toxExtras(tox: string | null): string[] {
  const m = /^[ \t]*extras[ \t]*=[ \t]*(.*(?:\n[ \t]+\S.*)*)/m.exec(section(tox, 'testenv'))
  if (!m) return []
  return m[1]
    .split(/[\n,]/)
    .map((item) => item.replace(/#.*$/, '').split(':').at(-1)!.trim())
    .filter((name) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
}

/**
 * An option of pytest's configuration, as whitespace-separated words, from the file pytest reads it from: the first of
 * pytest.toml, .pytest.toml, pytest.ini, .pytest.ini, pyproject.toml (`[tool.pytest.ini_options]`, `[tool.pytest]`),
 * tox.ini `[pytest]`, setup.cfg `[tool:pytest]` that has pytest's section (pytest.ini and the TOML files whatever they hold). `words` is empty when that file does not set the option; undefined when
 * no file configures pytest.
 */
export function pytestOption(probe: RepositoryProbe, key: string): { words: string[]; file: string } | undefined {
  // pytest's own order: pytest 9's pytest.toml and .pytest.toml ([pytest] table), then pytest.ini and the hidden
  // .pytest.ini (7 and later), pyproject.toml, tox.ini, setup.cfg. pytest.ini and pytest 9's TOML files are pytest's
  // configuration even without its section.
  const sources: Array<[string, RegExp, 'toml' | 'ini', boolean]> = [
    ['pytest.toml', /^\s*\[pytest\]\s*(#.*)?$/, 'toml', true],
    ['.pytest.toml', /^\s*\[pytest\]\s*(#.*)?$/, 'toml', true],
    ['pytest.ini', /^\s*\[pytest\]\s*$/, 'ini', true],
    ['.pytest.ini', /^\s*\[pytest\]\s*$/, 'ini', false],
    ['pyproject.toml', /^\s*\[tool\.pytest(\.ini_options)?\]\s*(#.*)?$/, 'toml', false],
    ['tox.ini', /^\s*\[pytest\]\s*$/, 'ini', false],
    ['setup.cfg', /^\s*\[tool:pytest\]\s*$/, 'ini', false]
  ]
  for (const [file, header, kind, always] of sources) {
    const text = probe.text(file)
    if (text === null) continue
    const body = sectionBody(text, header) ?? (always ? '' : undefined)
    if (body === undefined) continue
    // The first file with pytest's section is the one pytest reads, whether or not it sets the option.
    let values: string[]
    if (kind === 'toml') {
      const value = new RegExp(`^\\s*${key}\\s*=\\s*(\\[[^\\]]*\\]|"[^"]*"|'[^']*')`, 'm').exec(body)?.[1]
      values = value ? [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]) : []
    } else {
      const m = new RegExp(`^[ \\t]*${key}[ \\t]*[=:][ \\t]*(.*(?:\\n[ \\t]+\\S.*)*)`, 'm').exec(body)
      values = m ? [m[1]] : []
    }
    return { words: values.flatMap((v) => v.split(/\s+/)).filter(Boolean), file }
  }
  return undefined
}

/**
 * The plugins coverage.py loads (`[run] plugins`: covdefaults, coverage-conditional-plugin, …). A plugin coverage
 * cannot import stops it before any test runs.
 */
export function coveragePlugins(probe: RepositoryProbe): { plugins: string[]; file: string } | undefined {
  const found = coverageSetting(probe, 'run', 'plugins')
  return found && { plugins: found.values, file: found.file }
}

/**
 * A list setting of coverage.py's configuration (`[run] plugins`, `[run] omit`, `[report] omit`) from the file it reads
 * its configuration from: `.coveragerc` when there is one, else the first of setup.cfg, tox.ini (`[coverage:run]`)
 * and pyproject.toml (`[tool.coverage.run]`, or `run.plugins` under `[tool.coverage]`) that configures coverage at all.
 * Undefined when no file configures coverage; `values` empty when that file does not set it.
 */
export function coverageSetting(probe: RepositoryProbe, table: 'run' | 'report', key: string): { values: string[]; file: string } | undefined {
  const ini = (body: string | undefined): string[] => {
    const m = body === undefined ? null : new RegExp(`^[ \\t]*${key}[ \\t]*[=:][ \\t]*(.*(?:\\n[ \\t]+\\S.*)*)`, 'm').exec(body)
    return m ? m[1].split(/[\s,]+/).filter((w) => w !== '' && !w.startsWith('#')) : []
  }
  const rc = probe.text('.coveragerc')
  if (rc !== null) return { values: ini(sectionBody(rc, new RegExp(`^\\s*\\[${table}\\]\\s*$`))), file: '.coveragerc' }
  for (const file of ['setup.cfg', 'tox.ini']) {
    const text = probe.text(file)
    if (text === null || !/^\s*\[coverage:/m.test(text)) continue
    return { values: ini(sectionBody(text, new RegExp(`^\\s*\\[coverage:${table}\\]\\s*$`))), file }
  }
  const pyproject = probe.text('pyproject.toml')
  if (pyproject === null || !/^\s*\[tool\.coverage[.\]]/m.test(pyproject)) return undefined
  const toml = (body: string | undefined, name: string): string[] => {
    const value = body === undefined ? undefined : new RegExp(`^\\s*${name}\\s*=\\s*(\\[[^\\]]*\\]|"[^"]*"|'[^']*')`, 'm').exec(body)?.[1]
    return value ? [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]) : []
  }
  return {
    values: [
      ...toml(sectionBody(pyproject, new RegExp(`^\\s*\\[tool\\.coverage\\.${table}\\]\\s*(#.*)?$`)), key),
      ...toml(sectionBody(pyproject, /^\s*\[tool\.coverage\]\s*(#.*)?$/), `${table}\\.${key}`)
    ],
    file: 'pyproject.toml'
  }
}

/** The lines of an INI section or TOML table after its header line, up to the next header; undefined when absent. */
function sectionBody(text: string, header: RegExp): string | undefined {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((l) => header.test(l))
  if (start === -1) return undefined
  const end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l))
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n')
}

/** The body of the `[name]` section (INI) or table (TOML) of `text`: '' when it has none. */
export function section(text: string | null, name: string): string {
  if (text === null) return ''
  return sectionBody(text, new RegExp(`^\\s*\\[${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]\\s*$`)) ?? ''
}

/**
 * fnmatch globs (pytest's `norecursedirs`: `*`, `?`, `[seq]`, `[!seq]`) as one regular expression over a whole name;
 * null when one of them makes no valid expression.
 */
export function fnmatchPattern(globs: readonly string[]): RegExp | null {
  const one = (glob: string) => glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.').replace(/\[!/g, '[^')
  try {
    return new RegExp(`^(?:${globs.map(one).join('|')})$`)
  } catch {
    return null
  }
}
