/**
 * Looking at a repository and the machine it is checked out on: which files exist, what package.json and
 * pyproject.toml say, which programs are on PATH, which node packages are installed and which Python modules an
 * interpreter can import. The presets and the up-front tool check ask these questions; answers are cached, and nothing
 * here writes anything.
 */
import { execFile } from 'node:child_process'
import { accessSync, constants, readdirSync, statSync } from 'node:fs'
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path'
import { inheritedEnvironment } from '../exec/environment.js'
import { packageOfBin } from './tools.js'
import { readTextFile } from '../reports/read.js'
import { toxDeps } from './python-project.js'

export interface PackageJson {
  name?: string
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  packageManager?: string
  eslintConfig?: unknown
  /** jest's configuration, when package.json holds it. */
  jest?: unknown
  workspaces?: unknown
  /** mocha's configuration, when package.json holds it. */
  mocha?: unknown
}

/** Interpreter answers shared by every probe of this process: the planner loads a configuration per component. */
const PYTHON_ANSWERS = new Map<string, Promise<Set<string>>>()

/** A Python module name as `import` takes it. */
const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/

/** A requirement naming the distribution (`mypy>=1`, `"pytest-cov"`), its name's `-`, `_` and `.` alike. */
export function requirementPattern(dist: string): RegExp {
  return new RegExp(`(^|["'\\s])${dist.replace(/[-_.]/g, '[-_.]')}\\s*(?:[<>=!~;\\[,"']|$)`, 'im')
}

/** The text without the sections or tables whose header line matches `header`. */
function withoutSections(text: string, header: RegExp): string {
  let inside = false
  return text
    .split('\n')
    .filter((line) => {
      if (/^\s*\[/.test(line)) inside = header.test(line)
      return !inside
    })
    .join('\n')
}

/**
 * A pyproject.toml or setup.cfg without coverage.py's tables and sections (`[tool.coverage.run]`, `[coverage:run]`):
 * they name the plugins coverage loads (`plugins = ["covdefaults"]`), which declares nothing.
 */
function withoutCoverageSections(text: string): string {
  return withoutSections(text, /^\s*\[(tool\.coverage[.\]]|coverage:)/)
}

/** The largest Plug'n'Play map read (a large monorepo's .pnp.cjs is a few megabytes). */
const PNP_MAX = 64 * 1024 * 1024

function isFileAt(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Whether `path` is a regular file this process may execute. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * The root of the monorepo `workspace` is a package of, when it is one rather than the repository's root: the nearest
 * parent directory, up to the one holding `.git`, with `pnpm-workspace.yaml`, a package.json `workspaces` field or a
 * pyproject.toml `[tool.uv.workspace]`. Undefined when `workspace` holds `.git` itself or no parent declares one.
 */
export function enclosingWorkspace(workspace: string): { root: string; marker: string } | undefined {
  const exists = (path: string): boolean => {
    try {
      statSync(path)
      return true
    } catch {
      return false
    }
  }
  let dir = resolve(workspace)
  if (exists(join(dir, '.git'))) return undefined
  for (;;) {
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
    if (isFileAt(join(dir, 'pnpm-workspace.yaml'))) return { root: dir, marker: 'pnpm-workspace.yaml' }
    try {
      const pkg = JSON.parse(readTextFile(join(dir, 'package.json')) ?? 'null') as { workspaces?: unknown } | null
      if (pkg !== null && typeof pkg === 'object' && pkg.workspaces !== undefined) return { root: dir, marker: 'package.json workspaces' }
    } catch {
      // none, or not JSON
    }
    if (/^\s*\[tool\.uv\.workspace\]/m.test(readTextFile(join(dir, 'pyproject.toml')) ?? '')) return { root: dir, marker: 'pyproject.toml [tool.uv.workspace]' }
    if (exists(join(dir, '.git'))) return undefined
  }
}

export class RepositoryProbe {
  readonly workspace: string
  private readonly path: string
  private readonly cache = new Map<string, unknown>()

  /** `env` supplies PATH and VIRTUAL_ENV (default: this process's environment). */
  constructor(workspace: string, env: NodeJS.ProcessEnv = process.env) {
    this.workspace = resolve(workspace)
    this.path = env.PATH ?? ''
    this.virtualEnv = env.VIRTUAL_ENV
    this.env = env
  }

  /** The environment the commands run in (package managers read settings from it: `npm_config_*`). */
  private readonly env: NodeJS.ProcessEnv

  readonly virtualEnv: string | undefined

  /** The same view of a directory of this workspace (a workspace package, read as a project of its own), with this environment. */
  at(rel: string): RepositoryProbe {
    return new RepositoryProbe(join(this.workspace, rel), this.env)
  }

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute())
    return this.cache.get(key) as T
  }

  /** Whether a file exists at this workspace-relative path. */
  file(rel: string): boolean {
    return this.memo(`file:${rel}`, () => isFileAt(join(this.workspace, rel)))
  }

  /** Whether a directory exists at this workspace-relative path. */
  dir(rel: string): boolean {
    return this.memo(`dir:${rel}`, () => {
      try {
        return statSync(join(this.workspace, rel)).isDirectory()
      } catch {
        return false
      }
    })
  }

  /** The directories directly under this workspace-relative directory, by name, sorted; none when it cannot be read. */
  subdirectories(rel: string): string[] {
    return this.memo(`subdirs:${rel}`, () => {
      try {
        return readdirSync(join(this.workspace, rel), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      } catch {
        return []
      }
    })
  }

  /** The first of `names` that exists as a file, if any. */
  firstFile(names: readonly string[]): string | undefined {
    return names.find((name) => this.file(name))
  }

  /** A workspace file's text (up to 1 MB), or null. */
  text(rel: string): string | null {
    return this.memo(`text:${rel}`, () => this.read(rel))
  }

  /** The file's text when it is at most 1 MiB, else null; not remembered. */
  private read(rel: string): string | null {
    return readTextFile(join(this.workspace, rel))
  }

  /**
   * The first file under these workspace-relative directories whose name matches `name` and whose text matches
   * `content`, as a workspace-relative path (virtualenvs, caches and node_modules are not entered; at most 2,000
   * files are read, and their texts are not kept).
   */
  findInFiles(dirs: readonly string[], name: RegExp, content: RegExp): string | undefined {
    return this.memo(`find:${dirs.join(',')}:${name.source}:${content.source}`, () => {
      const skip = new Set(['.venv', 'venv', 'node_modules', '__pycache__', '.tox', '.nox', '.git', '.spec-to-production'])
      let budget = 2000
      const walk = (rel: string): string | undefined => {
        let entries
        try {
          entries = readdirSync(join(this.workspace, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
        } catch {
          return undefined
        }
        for (const entry of entries) {
          const path = rel === '.' ? entry.name : `${rel}/${entry.name}`
          if (entry.isDirectory() && !skip.has(entry.name)) {
            const found = walk(path)
            if (found) return found
          } else if (entry.isFile() && name.test(entry.name) && budget-- > 0 && content.test(this.read(path) ?? '')) {
            return path
          }
        }
        return undefined
      }
      for (const dir of dirs) {
        if (!this.dir(dir)) continue
        const found = walk(dir)
        if (found) return found
      }
      return undefined
    })
  }

  /** package.json at the root, or null when there is none or it is not a JSON object. */
  packageJson(): PackageJson | null {
    return this.memo('package.json', () => {
      const text = this.text('package.json')
      if (text === null) return null
      try {
        const data = JSON.parse(text) as unknown
        return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as PackageJson) : null
      } catch {
        return null
      }
    })
  }

  /** Whether package.json lists the package in dependencies or devDependencies. */
  declares(name: string): boolean {
    const pkg = this.packageJson()
    return Boolean(pkg && (Object.hasOwn(pkg.dependencies ?? {}, name) || Object.hasOwn(pkg.devDependencies ?? {}, name)))
  }

  /** Whether pyproject.toml has this table (`tool.uv` matches `[tool.uv]` and `[tool.uv.sources]`). */
  pyprojectTable(table: string): boolean {
    const text = this.text('pyproject.toml')
    if (text === null) return false
    const escaped = table.replace(/\./g, '\\.')
    return new RegExp(`^\\s*\\[\\[?${escaped}(?:\\.[^\\]]*)?\\]\\]?\\s*(?:#.*)?$`, 'm').test(text)
  }

  /**
   * Whether a requirement names this Python distribution in pyproject.toml, uv.lock, requirements files or tox.ini's
   * `[testenv] deps` — at the root, or in `pkgDir` (a package of a monorepo, with files of its own) when given.
   */
  pythonRequires(dist: string, pkgDir?: string, by: 'any' | 'pip' = 'any'): boolean {
    const pattern = requirementPattern(dist)
    const names = ['pyproject.toml', ...(by === 'pip' ? [] : ['uv.lock']), 'requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'setup.cfg']
    const inPackage = pkgDir && pkgDir !== '.' && !/[*?[{]/.test(pkgDir) ? ['pyproject.toml', 'requirements.txt', 'requirements-dev.txt', 'dev-requirements.txt', 'test-requirements.txt', 'requirements-test.txt', 'setup.cfg'].map((n) => `${pkgDir.replace(/\/+$/, '')}/${n}`) : []
    for (const file of [...names, ...inPackage]) {
      let text = this.text(file)
      if (text === null) continue
      // What pip installs of a pyproject.toml: [project], its optional dependencies and [dependency-groups]; a
      // tool's own tables ([tool.pdm.dev-dependencies], [tool.poetry.group.dev.dependencies]) only that tool reads.
      if (by === 'pip' && file.endsWith('pyproject.toml')) text = withoutSections(text, /^\s*\[\[?tool\./)
      if (file === 'uv.lock' ? new RegExp(`^name = "${dist}"$`, 'm').test(text) : pattern.test(withoutCoverageSections(text))) return true
    }
    // tox's test environment's `deps`, which the project's install (init's workflow, the advice) installs too.
    const toxFiles = ['tox.ini', ...(inPackage.length > 0 ? [`${pkgDir!.replace(/\/+$/, '')}/tox.ini`] : [])]
    return toxFiles.some((file) => toxDeps(this.text(file)).requirements.some((r) => pattern.test(r)))
  }

  /**
   * The table of pyproject.toml (at the root, or in `pkgDir`) under `[tool.*]` that names this distribution — a
   * tool's own dependency list (`tool.pdm.dev-dependencies`, `tool.poetry.group.dev.dependencies`), which pip does
   * not install — or undefined.
   */
  pythonToolDeclares(dist: string, pkgDir?: string): string | undefined {
    const pattern = requirementPattern(dist)
    const files = ['pyproject.toml', ...(pkgDir && pkgDir !== '.' && !/[*?[{]/.test(pkgDir) ? [`${pkgDir.replace(/\/+$/, '')}/pyproject.toml`] : [])]
    for (const file of files) {
      let table: string | undefined
      for (const line of (this.text(file) ?? '').split('\n')) {
        const header = /^\s*\[\[?([^\]]+)\]\]?\s*(?:#.*)?$/.exec(line)
        if (header) table = header[1].trim()
        else if (table?.startsWith('tool.') && !table.startsWith('tool.coverage') && pattern.test(line)) return table
      }
    }
    return undefined
  }

  /** The absolute path of a program found on PATH, or undefined. */
  onPath(program: string): string | undefined {
    return this.memo(`path:${program}`, () => {
      for (const dir of this.path.split(delimiter)) {
        if (!dir) continue
        const candidate = join(isAbsolute(dir) ? dir : resolve(this.workspace, dir), program)
        if (isExecutable(candidate)) return candidate
      }
      return undefined
    })
  }

  /**
   * The node_modules directories a package would be resolved from: the workspace's and its parents'; from a directory
   * of the repository (`packages/core`, where `pnpm --dir packages/core exec vitest` runs), that directory's first.
   */
  private nodeModulesDirs(from = '.'): string[] {
    return this.memo(`node_modules:${from}`, () => {
      const dirs: string[] = []
      let dir = resolve(this.workspace, from)
      for (;;) {
        dirs.push(join(dir, 'node_modules'))
        const parent = dirname(dir)
        if (parent === dir) break
        dir = parent
      }
      return dirs
    })
  }

  /**
   * An installed package's binary (`node_modules/.bin/<name>`, here or in a parent directory), or undefined. In a
   * Plug'n'Play install (yarn 2 and later by default: no node_modules), the binary of a package the install map holds,
   * named by that map's file.
   */
  nodeBin(name: string, from = '.'): string | undefined {
    return this.memo(`bin:${from}:${name}`, () => {
      const bin = this.nodeModulesDirs(from).map((d) => join(d, '.bin', name)).find(isExecutable)
      if (bin !== undefined) return bin
      const pnp = this.pnpPackages()
      return pnp?.names.has(packageOfBin(name)) ? `${pnp.file} (${packageOfBin(name)})` : undefined
    })
  }

  /**
   * Whether `node_modules/.bin/<name>` at the workspace root itself (not a parent directory's) is an executable file:
   * the program `npx <name>` and `pnpm exec <name>` run from the root when it is there.
   */
  rootNodeBin(name: string): boolean {
    return this.memo(`rootbin:${name}`, () => isExecutable(join(this.workspace, 'node_modules', '.bin', name)))
  }

  /**
   * The environment variables whose names match `name` (npm and pnpm read `npm_config_*` whatever its case), with
   * their values; empty ones left out.
   */
  environment(name: RegExp): Array<[string, string]> {
    return Object.entries(this.env).filter((e): e is [string, string] => name.test(e[0]) && typeof e[1] === 'string' && e[1] !== '')
  }

  /** The user's npm configuration file (`npm_config_userconfig`, else ~/.npmrc), or null. */
  userNpmrc(): string | null {
    return this.memo('user-npmrc', () => {
      const file = this.environment(/^npm_config_userconfig$/i)[0]?.[1] ?? (this.env.HOME ? join(this.env.HOME, '.npmrc') : undefined)
      return file === undefined ? null : readTextFile(resolve(this.workspace, file))
    })
  }

  /** Whether a node package is installed (its package.json resolves from the workspace, or from `from` in it; or a Plug'n'Play install holds it). */
  nodePackage(name: string, from = '.'): boolean {
    return this.memo(
      `pkg:${from}:${name}`,
      () => this.nodeModulesDirs(from).some((d) => isFileAt(join(d, name, 'package.json'))) || this.pnpPackages()?.names.has(name) === true
    )
  }

  /**
   * The packages of a Plug'n'Play install at the workspace's root (yarn 2 and later: `.pnp.cjs`, or `.pnp.data.json`
   * when the map is not inlined), from its packageRegistryData; undefined when there is none, or it cannot be read.
   * Only read, never run: the map is JSON inside a string literal of the generated file.
   */
  private pnpPackages(): { file: string; names: Set<string> } | undefined {
    return this.memo('pnp', () => {
      let json = readTextFile(join(this.workspace, '.pnp.data.json'), PNP_MAX)
      let file = '.pnp.data.json'
      if (json === null) {
        const text = readTextFile(join(this.workspace, '.pnp.cjs'), PNP_MAX)
        const literal = text === null ? null : /\bRAW_RUNTIME_STATE\s*=\s*'((?:[^'\\]|\\[\s\S])*)'/.exec(text)
        if (!literal) return undefined
        // A single-quoted JavaScript string: backslash-newline continues the line, a backslash escapes the next character.
        json = literal[1].replace(/\\(\r?\n|[\s\S])/g, (_, c: string) => (c === '\n' || c === '\r\n' ? '' : c))
        file = '.pnp.cjs'
      }
      try {
        const data = JSON.parse(json) as { packageRegistryData?: unknown }
        if (!Array.isArray(data.packageRegistryData)) return undefined
        // The dependencies of the workspaces (the root is the entry named null; the others' references are
        // `workspace:…`): what `yarn X` runs and what a runner of the project resolves; a dependency's own
        // dependencies are out of its reach under Plug'n'Play.
        const names = new Set<string>()
        for (const entry of data.packageRegistryData) {
          if (!Array.isArray(entry) || !Array.isArray(entry[1])) continue
          for (const version of entry[1] as unknown[]) {
            if (!Array.isArray(version)) continue
            const [reference, info] = version as [unknown, { packageDependencies?: unknown } | undefined]
            if (!(entry[0] === null || (typeof reference === 'string' && reference.startsWith('workspace:')))) continue
            for (const dep of Array.isArray(info?.packageDependencies) ? info.packageDependencies : []) {
              if (Array.isArray(dep) && typeof dep[0] === 'string' && dep[1] !== null) names.add(dep[0])
            }
          }
        }
        return { file, names }
      } catch {
        return undefined
      }
    })
  }

  /** An installed node package's version, if it is installed. */
  nodePackageVersion(name: string, from = '.'): string | undefined {
    for (const dir of this.nodeModulesDirs(from)) {
      try {
        const data = JSON.parse(readTextFile(join(dir, name, 'package.json')) ?? 'null') as { version?: unknown } | null
        if (data === null) continue
        if (typeof data.version === 'string') return data.version
      } catch {
        // not here
      }
    }
    return undefined
  }

  /**
   * Which of `modules` the interpreter can import, asked in one process. An interpreter that cannot be started
   * imports nothing.
   */
  async pythonImports(python: string, modules: readonly string[]): Promise<Set<string>> {
    const wanted = modules.filter((m) => MODULE_NAME.test(m))
    const key = `${this.workspace}\0${this.path}\0${python}\0${wanted.join(',')}`
    const cached = PYTHON_ANSWERS.get(key)
    if (cached) return cached
    const script = [
      'import importlib.util, sys',
      'for name in sys.argv[1:]:',
      '    try:',
      '        found = importlib.util.find_spec(name) is not None',
      '    except Exception:',
      '        found = False',
      '    if found: print(name)'
    ].join('\n')
    const program = python.includes('/') ? resolve(this.workspace, python) : (this.onPath(python) ?? python)
    const promise = new Promise<Set<string>>((done) => {
      // The interpreter runs the environment's own start-up code (sitecustomize, .pth files): it gets what a command gets.
      execFile(program, ['-c', script, ...wanted], { cwd: this.workspace, timeout: 30_000, env: inheritedEnvironment(process.env) }, (error, stdout) => {
        done(error ? new Set() : new Set(stdout.split('\n').map((l) => l.trim()).filter(Boolean)))
      })
    })
    PYTHON_ANSWERS.set(key, promise)
    return promise
  }
}
