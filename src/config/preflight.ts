/**
 * Checks made before any command runs: every path a command refers to exists, and every tool the commands of this
 * run need can be found (programs on PATH or as files, binaries in node_modules/.bin, Python modules the interpreter
 * can import, node packages a reporter needs). Every problem is reported at once, so one run tells a user all there
 * is to install.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, posix } from 'node:path'
import { originOf } from './origins.js'
import { isExecutable, RepositoryProbe } from './probe.js'
import { coveragePlugins, projectInstall, pytestOption } from './python-project.js'
import { describeMissing, type MissingTool } from './tools.js'
import type { Config, LoadedConfig, StageKey } from './types.js'

/** Shell words that are not programs to look for. */
const BUILTINS = new Set([
  'cd', 'export', 'exit', 'set', 'unset', 'echo', 'printf', 'test', '[', '[[', 'true', 'false', ':', 'source', '.', 'eval',
  'read', 'shift', 'return', 'wait', 'trap', 'umask', 'ulimit', 'local', 'declare', 'readonly', 'pushd', 'popd', 'type', 'hash'
])
/** Segments starting with these are shell syntax this check does not follow; the exit-127 message covers them. */
const SYNTAX = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'function', '(', '{', '!', 'time'])
const YARN_COMMANDS = new Set(['test', 'run', 'install', 'add', 'remove', 'audit', 'npm', 'exec', 'dlx', 'workspace', 'workspaces', 'why', 'info', 'build', 'dedupe', 'up', 'upgrade', 'config', 'node'])
const PYTHON = /(^|\/)python(3(\.\d+)?)?$/
/** The pip distribution of a Python module a command runs, where the names differ. */
const PYTHON_DISTRIBUTIONS: Readonly<Record<string, string>> = {
  pytest_cov: 'pytest-cov',
  xmlrunner: 'unittest-xml-reporting',
  detect_secrets: 'detect-secrets',
  pip_audit: 'pip-audit',
  xdist: 'pytest-xdist',
  pytest_timeout: 'pytest-timeout',
  pytest_rerunfailures: 'pytest-rerunfailures',
  pytest_django: 'pytest-django',
  pytest_benchmark: 'pytest-benchmark',
  pytest_mypy: 'pytest-mypy'
}
/** pytest options that plugins add, by the module pytest loads the plugin from. */
const PYTEST_PLUGIN_FLAGS: Readonly<Record<string, string>> = {
  '-n': 'xdist',
  '--numprocesses': 'xdist',
  '--dist': 'xdist',
  '--maxprocesses': 'xdist',
  '--timeout': 'pytest_timeout',
  '--reruns': 'pytest_rerunfailures',
  '--cov': 'pytest_cov',
  '--ds': 'pytest_django',
  '--benchmark-disable': 'pytest_benchmark',
  '--benchmark-skip': 'pytest_benchmark',
  '--mypy': 'pytest_mypy',
  '--hypothesis-profile': 'hypothesis',
  '--hypothesis-show-statistics': 'hypothesis'
}
/** Python tools (not test dependencies) that a command runs as `python -m X`: installed into that interpreter. */
const TOOL_MODULES: ReadonlySet<string> = new Set(['ruff', 'pylint', 'mypy', 'pyright', 'detect_secrets', 'pip_audit'])

/**
 * The command line with each command substitution (`$(…)`, `$((…))`, backticks) replaced by one word: what runs
 * inside is not followed (a command that exits 127 there still gets the advice), and its `;` or `|` split nothing.
 */
function withoutSubstitutions(command: string): string {
  let out = ''
  for (let i = 0; i < command.length; i++) {
    const ch = command[i]
    if (ch === "'") {
      const end = command.indexOf("'", i + 1)
      const stop = end === -1 ? command.length - 1 : end
      out += command.slice(i, stop + 1)
      i = stop
    } else if (ch === '\\' && i + 1 < command.length) {
      out += command.slice(i, i + 2)
      i++
    } else if (ch === '$' && command[i + 1] === '(') {
      let depth = 0
      let j = i + 1
      for (; j < command.length; j++) {
        if (command[j] === '(') depth++
        else if (command[j] === ')' && --depth === 0) break
      }
      out += 'SUBSTITUTION'
      i = j
    } else if (ch === '`') {
      const end = command.indexOf('`', i + 1)
      out += 'SUBSTITUTION'
      i = end === -1 ? command.length : end
    } else {
      out += ch
    }
  }
  return out
}

/**
 * Splits a command line into simple commands (on unquoted `&&`, `||`, `;`, `|`, `&`, newlines, and a subshell's
 * parentheses), each as words.
 */
export function simpleCommands(line: string): string[][] {
  const command = withoutSubstitutions(line)
  const segments: string[][] = []
  let words: string[] = []
  let word = ''
  let inWord = false
  const endWord = () => {
    if (inWord) words.push(word)
    word = ''
    inWord = false
  }
  const endSegment = () => {
    endWord()
    if (words.length > 0) segments.push(words)
    words = []
  }
  for (let i = 0; i < command.length; i++) {
    const ch = command[i]
    if (ch === "'") {
      const end = command.indexOf("'", i + 1)
      word += command.slice(i + 1, end === -1 ? undefined : end)
      inWord = true
      i = end === -1 ? command.length : end
    } else if (ch === '"') {
      let j = i + 1
      while (j < command.length && command[j] !== '"') {
        if (command[j] === '\\' && j + 1 < command.length) j++
        word += command[j]
        j++
      }
      inWord = true
      i = j
    } else if (ch === '\\' && i + 1 < command.length) {
      word += command[i + 1]
      inWord = true
      i++
    } else if (ch === ' ' || ch === '\t') {
      endWord()
    } else if (ch === '(' || ch === ')') {
      // `(cd pkg && make test)`: a subshell's commands are simple commands of their own.
      endSegment()
    } else if (ch === ';' || ch === '\n' || ch === '|' || ch === '&') {
      // `2>&1` and `>&2` are redirections, not separators.
      if (ch === '&' && (command[i - 1] === '>' || command[i + 1] === '>')) {
        word += ch
        inWord = true
        continue
      }
      endSegment()
      if ((ch === '&' || ch === '|') && command[i + 1] === ch) i++
    } else {
      word += ch
      inWord = true
    }
  }
  endSegment()
  return segments
}

/** The words of a simple command without its redirections and leading `NAME=value` assignments. */
function programWords(words: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (/^\d*(>>?|<)&?$/.test(w)) {
      i++ // the target is the next word
      continue
    }
    if (/^\d*(>>?|<)/.test(w) || /^\d*>&\d$/.test(w)) continue
    if (out.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) continue
    out.push(w)
  }
  return out
}

interface CheckContext {
  probe: RepositoryProbe
  key: string
  pm: string
  missing: MissingTool[]
  /** Inside a package.json script, where node_modules/.bin is on PATH. */
  inScript: boolean
  depth: number
  /** Python import checks under way. */
  pending: Array<Promise<void>>
  /** The component's source path (`paths.source`): a package of a monorepo declares and installs its own tools. */
  source?: string
}

/** `addTo`: for a node package, the directory whose package.json it belongs in (default the root). */
function need(ctx: CheckContext, tool: string, kind: MissingTool['kind'], looked: string, addTo = '.'): void {
  if (ctx.missing.some((m) => m.tool === tool && m.key === ctx.key)) return
  const workspace = kind === 'node-package' && ctx.pm === 'pnpm' && ctx.probe.file('pnpm-workspace.yaml')
  ctx.missing.push({ tool, kind, looked, key: ctx.key, pm: ctx.pm, ...(workspace ? { workspace: addTo } : {}) })
}

function checkProgram(ctx: CheckContext, program: string): boolean {
  const { probe } = ctx
  if (isAbsolute(program)) {
    // An absolute path names a program of the machine (/usr/bin/python3-coverage), not a file of the repository.
    if (!isExecutable(program)) {
      need(ctx, program, 'file', 'no such executable file on this machine')
      return false
    }
    return true
  }
  // An installed package's binary named by its path (the node preset's `node_modules/.bin/tsc`): missing, it is the
  // package to install with the project's dependencies, as for `npx tsc`, not a file to commit.
  const installed = /^(?:\.\/)?((?:[^/]+\/)*?)node_modules\/\.bin\/([^/]+)$/.exec(program)
  if (installed && !probe.file(program)) {
    need(ctx, installed[2], 'node-package', `not in ${installed[1]}node_modules/.bin`)
    return false
  }
  if (program.includes('/')) {
    if (!probe.file(program)) {
      need(ctx, program, 'file', 'no such file in the repository')
      return false
    }
    return true
  }
  if (ctx.inScript && probe.nodeBin(program)) return true
  if (!probe.onPath(program)) {
    need(ctx, program, 'program', ctx.inScript ? 'not in node_modules/.bin nor on PATH' : 'not on PATH')
    return false
  }
  return true
}

function checkNodeBin(ctx: CheckContext, bin: string | undefined, from = '.'): void {
  if (!bin || bin.startsWith('-') || bin.includes('{')) return
  if (!ctx.probe.nodeBin(bin, from)) need(ctx, bin, 'node-package', `not in node_modules/.bin${from === '.' ? '' : ` of ${from} or above it`}`)
}

/**
 * A directory of the repository a command names for a package manager to run in (`--dir`, `-C`, `--prefix`, `--cwd`)
 * or changes into (`cd`): `{path}` is the component's source path; undefined for anything else it cannot place (a
 * path outside the repository, another placeholder).
 */
function repositoryDir(ctx: CheckContext, word: string | undefined): string | undefined {
  if (!word) return undefined
  const path = ctx.source === undefined ? word : word.replaceAll('{path}', ctx.source)
  if (path.includes('{') || isAbsolute(path)) return undefined
  const normalized = posix.normalize(path.replace(/^(['"])(.*)\1$/, '$2')).replace(/\/+$/, '')
  return normalized === '..' || normalized.startsWith('../') ? undefined : normalized || '.'
}

/**
 * The directory `pnpm --filter` selects: a path (`./packages/core`, `{packages/core}`), or the name of the workspace
 * package the component's source path lies in (`@clack/core`). Undefined when it selects something else.
 */
function filterDir(ctx: CheckContext, filter: string | undefined): string | undefined {
  if (!filter) return undefined
  const path = /^\{(.+)\}$/.exec(filter)?.[1] ?? (filter.startsWith('.') ? filter.replace(/\.\.\.$/, '') : undefined)
  if (path !== undefined) return repositoryDir(ctx, path)
  for (let dir = repositoryDir(ctx, ctx.source); dir !== undefined && dir !== '.'; dir = posix.dirname(dir)) {
    const text = ctx.probe.text(`${dir}/package.json`)
    if (text === null) continue
    try {
      return (JSON.parse(text) as { name?: unknown }).name === filter ? dir : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/** The options before a package manager's command that say where it runs, and the words after them. */
function managerWhere(ctx: CheckContext, words: string[]): { dir?: string; rest: string[] } {
  let i = 0
  let dir: string | undefined
  for (; i < words.length; i++) {
    const w = words[i]
    const [flag, value] = w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, undefined]
    if (!['--dir', '-C', '--prefix', '--cwd', '--filter', '-F'].includes(flag)) break
    const given = value ?? words[++i]
    dir = flag === '--filter' || flag === '-F' ? filterDir(ctx, given) : repositoryDir(ctx, given)
  }
  return { dir, rest: words.slice(i) }
}

/** The test or run script a package-manager command runs, checked like a command. */
function checkScript(ctx: CheckContext, name: string | undefined): void {
  if (!name || ctx.depth > 2) return
  const script = ctx.probe.packageJson()?.scripts?.[name]
  if (script === undefined) {
    need(ctx, `package.json scripts.${name}`, 'file', 'no such script')
    return
  }
  checkCommand({ ...ctx, inScript: true, depth: ctx.depth + 1 }, script)
}

function checkPythonModules(ctx: CheckContext, python: string, words: string[]): void {
  const modules: string[] = []
  for (let i = 0; i < words.length - 1; i++) if (words[i] === '-m') modules.push(words[i + 1])
  if (modules.includes('pytest') && words.some((w) => w.startsWith('--cov'))) modules.push('pytest_cov')
  // pytest-django's --ds (the python preset's, for a Django project): without the plugin pytest stops on "unrecognized arguments".
  if (modules.includes('pytest') && words.some((w) => w === '--ds' || w.startsWith('--ds='))) modules.push('pytest_django')
  // Plugins pytest's own addopts use: without one, pytest stops on a usage error before any test ("unrecognized
  // arguments: -n"), and no report says why.
  const addopts = modules.includes('pytest') ? pytestOption(ctx.probe, 'addopts') : undefined
  const plugins = new Map<string, string>()
  // (`-p NAME` is not followed: NAME may be one of pytest's own plugins, `-p pytester`, which is no module of that name.)
  for (const w of addopts?.words ?? []) {
    const flag = w.split('=')[0]
    const plugin = Object.hasOwn(PYTEST_PLUGIN_FLAGS, flag) ? PYTEST_PLUGIN_FLAGS[flag] : undefined
    if (plugin && !modules.includes(plugin)) {
      modules.push(plugin)
      plugins.set(plugin, addopts!.file)
    }
  }
  // Plugins the project's coverage configuration loads (platformdirs: covdefaults): without one, pytest-cov and
  // `coverage` stop with "No module named 'covdefaults'" before any test runs.
  const coverage = modules.includes('pytest_cov') || modules.includes('coverage') ? coveragePlugins(ctx.probe) : undefined
  const coverageLoads = new Set<string>()
  for (const plugin of coverage?.plugins ?? []) {
    if (modules.includes(plugin)) continue
    modules.push(plugin)
    coverageLoads.add(plugin)
  }
  if (modules.length === 0) return
  ctx.pending.push(
    ctx.probe.pythonImports(python, modules).then((found) => {
      const install = modules.every((m) => found.has(m)) ? undefined : projectInstall(ctx.probe, ctx.source)
      for (const m of modules) {
        if (found.has(m)) continue
        need(ctx, m, 'python-module', `not importable by ${python}`)
        // A tool the project declares (a test extra, a requirements file) is missing because the project's own
        // dependencies are not installed in that interpreter: that is the advice, not adding it again.
        const dist = PYTHON_DISTRIBUTIONS[m] ?? (coverageLoads.has(m) ? m.split('.')[0].replace(/_/g, '-') : m)
        // coverage comes with pytest-cov: a project declaring pytest-cov has it once its dependencies are installed.
        // Declared where the install below installs it: a tool's own table (pdm's, poetry's) pip never reads.
        const declared = ctx.probe.pythonRequires(dist, ctx.source, 'pip')
          ? dist
          : m === 'coverage' && ctx.probe.pythonRequires('pytest-cov', ctx.source, 'pip')
            ? 'pytest-cov (which brings coverage)'
            : undefined
        const toolTable = declared ? undefined : (ctx.probe.pythonToolDeclares(dist, ctx.source) ?? (m === 'coverage' ? ctx.probe.pythonToolDeclares('pytest-cov', ctx.source) : undefined))
        const entry = ctx.missing.find((x) => x.tool === m && x.key === ctx.key)
        if (install && declared) {
          if (entry) {
            // `--group` needs pip 25.1 or later (tenacity: pip 23 said "no such option: --group"), as init's workflow knows.
            const upgrade = /--group /.test(install) ? `${python} -m pip install --upgrade pip && ` : ''
            entry.install = `the project declares ${declared}, but ${python} does not have the project's dependencies: install them into it in the workflow before this action (\`${upgrade}${python} -m pip install ${install}\`)`
          }
        } else if (entry && toolTable) {
          // frostming/marko: pytest-cov and mypy in [tool.pdm.dev-dependencies]; `pip install -e .` installs neither.
          entry.install =
            `the project declares ${m === 'coverage' && !ctx.probe.pythonToolDeclares(dist, ctx.source) ? 'pytest-cov (which brings coverage)' : dist} in [${toolTable}] of pyproject.toml, which pip does not install: ` +
            `install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`), or install that table's dependencies with its tool`
        } else if (entry && coverageLoads.has(m)) {
          entry.install = `the coverage configuration in ${coverage!.file} loads it as a plugin ([run] plugins): add ${dist} to the project's test dependencies and install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`)`
        } else if (entry && plugins.has(m)) {
          entry.install = `pytest's addopts in ${plugins.get(m)} use it: add ${dist} to the project's test dependencies and install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`)`
        } else if (entry && m === 'pytest_django') {
          entry.install = `the command runs a Django project's tests with pytest-django (--ds): install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`)`
        } else if (entry && TOOL_MODULES.has(m)) {
          // `python -m ruff` needs ruff in that interpreter: a ruff on PATH (pipx, ruff-action) does not help it.
          entry.install = `install it into that interpreter in the workflow before this action (\`${python} -m pip install ${dist}\`)`
        }
      }
    })
  )
}

/**
 * cargo's own commands and their aliases (cargo 1.95): any other first word after `cargo` runs `cargo-<word>`, a program
 * of its own on PATH or in cargo's bin directory (`$CARGO_HOME/bin`, `~/.cargo/bin`).
 */
const CARGO_COMMANDS = new Set([
  'add', 'b', 'bench', 'build', 'c', 'check', 'clean', 'config', 'd', 'doc', 'fetch', 'fix', 'generate-lockfile', 'git-checkout',
  'help', 'info', 'init', 'install', 'locate-project', 'login', 'logout', 'metadata', 'new', 'owner', 'package', 'pkgid',
  'publish', 'r', 'read-manifest', 'remove', 'report', 'rm', 'run', 'rustc', 'rustdoc', 'search', 't', 'test', 'tree',
  'uninstall', 'update', 'vendor', 'verify-project', 'version', 'yank'
])
/** cargo's options before the command that take the next word as their value. */
const CARGO_VALUE_OPTIONS = new Set(['-Z', '--config', '-C', '--color'])

/**
 * A cargo subcommand the command runs that is a program of its own (`cargo llvm-cov`, `cargo nextest`): looked for as
 * `cargo-<name>` on PATH and in cargo's bin directory, unless the repository's `.cargo/config.toml` (or cargo's home
 * configuration) makes the name an alias. dtolnay/dissimilar with init's TODO command ran, and failed with cargo's
 * "error: no such command: `llvm-cov`", where every other missing program is named before anything runs.
 * `cargo llvm-cov nextest` runs `cargo nextest` too.
 */
function checkCargoSubcommands(ctx: CheckContext, words: readonly string[]): void {
  let i = 1
  while (i < words.length && /^[-+]/.test(words[i])) i += CARGO_VALUE_OPTIONS.has(words[i]) ? 2 : 1
  const sub = words[i]
  if (sub === undefined || CARGO_COMMANDS.has(sub) || !/^[a-z][\w-]*$/.test(sub)) return
  const wanted = [sub, ...(sub === 'llvm-cov' && words[i + 1] === 'nextest' ? ['nextest'] : [])]
  const home = Object.fromEntries(ctx.probe.environment(/^(?:CARGO_HOME|HOME)$/))
  const cargoHome = home.CARGO_HOME ?? (home.HOME ? posix.join(home.HOME, '.cargo') : undefined)
  const aliases = cargoAliases([ctx.probe.text('.cargo/config.toml'), ctx.probe.text('.cargo/config'), ...(cargoHome ? [cargoHomeConfig(cargoHome)] : [])])
  for (const name of wanted) {
    if (aliases.has(name)) continue
    const program = `cargo-${name}`
    if (ctx.probe.onPath(program) || (cargoHome !== undefined && isExecutable(posix.join(cargoHome, 'bin', program)))) continue
    need(ctx, program, 'program', "not on PATH nor in cargo's bin directory")
  }
}

/** The names an `[alias]` table of cargo's configuration files defines. */
function cargoAliases(texts: ReadonlyArray<string | null>): Set<string> {
  const names = new Set<string>()
  for (const text of texts) {
    let inAlias = false
    for (const line of (text ?? '').split(/\r?\n/)) {
      const table = /^\s*\[([^\]]*)\]/.exec(line)
      if (table) inAlias = table[1].trim() === 'alias'
      else if (inAlias) {
        const key = /^\s*"?([\w-]+)"?\s*=/.exec(line)
        if (key) names.add(key[1])
      }
      const dotted = /^\s*alias\.([\w-]+)\s*=/.exec(line)
      if (dotted && !table) names.add(dotted[1])
    }
  }
  return names
}

/** cargo's home configuration (`config.toml`, else `config`), read once per run. */
function cargoHomeConfig(cargoHome: string): string | null {
  for (const name of ['config.toml', 'config']) {
    const text = readHomeFile(posix.join(cargoHome, name))
    if (text !== null) return text
  }
  return null
}

function readHomeFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** Whether an `npx` call names the packages it runs (`--package X`, `-p X`): npx fetches them when not installed. */
function fetchesPackages(words: string[]): boolean {
  const end = words.indexOf('--')
  return (end === -1 ? words : words.slice(0, end)).some((w) => w === '--package' || w === '-p' || w.startsWith('--package='))
}

/** Checks one command line's programs; Python import checks are left in `ctx.pending`. */
function checkCommand(ctx: CheckContext, command: string): void {
  // Where the tools run: node packages resolve from there (a workspace package's own node_modules, then the root's).
  let cwd = '.'
  const dirs = new Set<string>(['.'])
  for (const segment of simpleCommands(command)) {
    let words = programWords(segment)
    while (words.length > 0 && (words[0] === 'command' || words[0] === 'exec' || words[0] === 'env')) words = programWords(words.slice(1))
    const program = words[0]
    if (program === 'cd' || program === 'pushd') {
      cwd = repositoryDir(ctx, words[1]) ?? '.'
      dirs.add(cwd)
      continue
    }
    if (!program || BUILTINS.has(program) || SYNTAX.has(program) || /[`$(){}]/.test(program)) continue
    if (!checkProgram(ctx, program)) continue
    // `pnpm --dir packages/core exec vitest`, `pnpm --filter @x/core exec …`, `npm --prefix D exec …`.
    const where = program === 'npm' || program === 'pnpm' || program === 'yarn' ? managerWhere(ctx, words.slice(1)) : { rest: words.slice(1) }
    if (where.dir !== undefined) dirs.add(where.dir)
    const at = where.dir ?? cwd
    const sub = where.dir === undefined ? words[1] : where.rest[0]
    if (program === 'npx') {
      // `npx --package X@v -- bin`: npx fetches the packages from the registry, nothing is looked up in node_modules.
      if (!fetchesPackages(words)) checkNodeBin(ctx, words.slice(1).find((w) => !w.startsWith('-')), cwd)
    }
    else if (program === 'pnpm' && sub === 'exec') checkNodeBin(ctx, where.dir === undefined ? words[2] : where.rest[1], at)
    else if (program === 'yarn' && sub && !YARN_COMMANDS.has(sub) && !sub.startsWith('-')) checkNodeBin(ctx, sub, at)
    // Another package's scripts are not read here: `pnpm --dir D test` runs D's test script.
    else if ((program === 'npm' || program === 'pnpm' || program === 'yarn') && at !== '.') continue
    else if ((program === 'npm' || program === 'pnpm' || program === 'yarn') && (sub === 'test' || sub === 't')) checkScript(ctx, 'test')
    else if ((program === 'npm' || program === 'pnpm' || program === 'yarn') && sub === 'run') checkScript(ctx, words[2])
    else if (PYTHON.test(program)) checkPythonModules(ctx, program, words)
    else if (program === 'cargo') checkCargoSubcommands(ctx, words)
  }
  // Reporters and plugins the command names, which their runner loads from node_modules.
  const packages: string[] = []
  if (/--reporters[= ]jest-junit\b/.test(command)) packages.push('jest-junit')
  if (/\bmocha-junit-reporter\b/.test(command)) packages.push('mocha-junit-reporter')
  if (/secretlint-rule-preset-recommend/.test(command) && !/--package[= ]@secretlint\/secretlint-rule-preset-recommend@/.test(command)) {
    packages.push('@secretlint/secretlint-rule-preset-recommend')
  }
  const installed = (pkg: string) => [...dirs].some((dir) => ctx.probe.nodePackage(pkg, dir))
  for (const pkg of packages) if (!installed(pkg)) need(ctx, pkg, 'node-package', 'not in node_modules')
  if (/\bvitest\b|\bnpm test\b|\bpnpm (?:run )?test\b|\byarn test\b/.test(command) && /--coverage\.enabled|--coverage\.reporter/.test(command)) {
    if (!installed('@vitest/coverage-v8') && !installed('@vitest/coverage-istanbul')) {
      const version = [...dirs].map((dir) => ctx.probe.nodePackageVersion('vitest', dir)).find((v) => v !== undefined)
      // Beside the vitest that loads it: in the package whose own node_modules holds vitest, else at the root.
      const vitestIn = [...dirs].find((dir) => dir !== '.' && ctx.probe.file(`${dir}/node_modules/vitest/package.json`))
      need(ctx, `@vitest/coverage-v8${version ? `@${version}` : ''}`, 'node-package', 'not in node_modules', vitestIn)
    }
  }
}

/** The commands this run will execute, with their configuration keys. */
function commandsToRun(config: Config, stages: readonly StageKey[]): Array<[string, string]> {
  const out: Array<[string, string | undefined]> = []
  const s = config.stages
  const on = (key: StageKey) => stages.includes(key) && s[key].enabled
  if (on('testing')) out.push(['stages.testing.command', s.testing.command])
  if (on('refactoring')) {
    const r = s.refactoring
    if (r.linting.enabled) {
      out.push(['stages.refactoring.linting.command', r.linting.command])
      if (config.quality_gates.linting.auto_fix) out.push(['stages.refactoring.linting.fix_command', r.linting.fix_command])
    }
    if (r.type_checking.enabled) out.push(['stages.refactoring.type_checking.command', r.type_checking.command])
    if (r.security.enabled) out.push(['stages.refactoring.security.command', r.security.command])
  }
  for (const key of ['staging_deployment', 'production_deployment'] as const) {
    if (!on(key)) continue
    const d = s[key]
    out.push([`stages.${key}.command`, d.command], [`stages.${key}.rollback_command`, d.rollback_command])
    out.push([`stages.${key}.integration_tests.command`, d.integration_tests?.command], [`stages.${key}.e2e_tests.command`, d.e2e_tests?.command])
    out.push([`stages.${key}.criteria.performance.command`, d.criteria?.performance?.command])
    out.push([`stages.${key}.criteria.uptime.command`, d.criteria?.uptime?.command])
  }
  return out.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
}

export interface PreflightOptions {
  workspace: string
  /** The stages this run will run (by target). */
  stages: readonly StageKey[]
  /** Environment the commands run in; default this process's. */
  env?: NodeJS.ProcessEnv
}

const NO_TEST_COMMAND = 'stages.testing.command: no test command is configured'

/**
 * The stages' skip reason for what {@link preflight} found, in its words: a path that does not exist, no test command,
 * tools missing (the lines name them; the reason says only which of these kept the run from starting).
 */
export function preflightReason(problems: readonly string[]): string {
  const reasons = [
    ...(problems.some((p) => /^paths\.(source|tests): /.test(p)) ? ['a path the configuration names does not exist'] : []),
    ...(problems.some((p) => p.startsWith(NO_TEST_COMMAND)) ? ['no test command is configured'] : []),
    ...(problems.some((p) => / missing tools?, found before running anything:$/.test(p)) ? ['tools the configuration needs are missing'] : [])
  ]
  return reasons.length > 0 ? reasons.join('; ') : 'the configuration cannot run here'
}

/** Every problem found, each a line a user can act on; empty when the run can start. */
export async function preflight(loaded: LoadedConfig, opts: PreflightOptions): Promise<string[]> {
  const { config } = loaded
  const probe = new RepositoryProbe(opts.workspace, opts.env)
  const commands = commandsToRun(config, opts.stages)
  const problems: string[] = []

  // Paths a command refers to must exist.
  for (const [placeholder, key] of [['{path}', 'source'], ['{tests}', 'tests']] as const) {
    const users = commands.filter(([, command]) => command.includes(placeholder)).map(([k]) => k)
    const value = config.paths[key]
    if (users.length === 0 || probe.dir(value) || probe.file(value)) continue
    problems.push(
      `paths.${key}: '${value}' does not exist in the repository (set by ${originOf(loaded.layers, ['paths', key])}; used as ${placeholder} by ${users.join(', ')}). ` +
        `Set paths.${key} in the configuration file, or paths.${key} in the spec's frontmatter, to the component's directory`
    )
  }

  // A testing stage with nothing to run: said now, with every other problem, rather than after the stages before it.
  if (opts.stages.includes('testing') && config.stages.testing.enabled && !config.stages.testing.command?.trim()) {
    const why = loaded.choices.find((c) => c.topic === 'tests and coverage' && c.chose.startsWith('none') && c.given === undefined)
    problems.push(
      `${NO_TEST_COMMAND}, so nothing would be tested${why ? ` (the ${config.preset} preset chose none: ${why.because})` : ''}. ` +
        'Set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and stages.testing.reports.coverage, or set stages.testing.enabled: false to skip the stage on purpose'
    )
  }

  const pm = /^(pnpm|yarn)/.exec(probe.packageJson()?.packageManager ?? '')?.[1] ?? (probe.file('pnpm-lock.yaml') ? 'pnpm' : probe.file('yarn.lock') ? 'yarn' : 'npm')
  const missing: MissingTool[] = []
  const pending: Array<Promise<void>> = []
  const source = loaded.config.paths.source
  for (const [key, command] of commands) checkCommand({ probe, key, pm, missing, inScript: false, depth: 0, pending, source }, command)
  await Promise.all(pending)
  // One line per tool, naming every command that needs it.
  const byTool = new Map<string, MissingTool[]>()
  for (const m of missing) byTool.set(m.tool, [...(byTool.get(m.tool) ?? []), m])
  if (byTool.size > 0) {
    problems.push(`${byTool.size} missing tool${byTool.size === 1 ? '' : 's'}, found before running anything:`)
    for (const [, all] of byTool) problems.push(`  - ${describeMissing(all[0], all.slice(1).map((m) => m.key))}`)
  }
  return problems
}
