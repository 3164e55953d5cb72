/**
 * Changed-only plans: the files a pull request touches (from git, between the merge base of base and head and the
 * head), and the components those files concern.
 *
 * git runs without a shell, with `-z` output (no quoting of unusual names) and `--no-renames`, so a renamed file is
 * listed under both its old and its new path: moving a file out of a component changes that component too.
 */
import { execFile } from 'node:child_process'
import { posix } from 'node:path'
import { promisify } from 'node:util'
import type { ComponentDependency } from './dependencies.js'
import type { PlannedComponent } from './discover.js'
import { compareStrings, isUnder, normalizeRelative } from './paths.js'

const run = promisify(execFile)

/**
 * Where workflow files live, and the local actions they use (`uses: ./.github/actions/setup`): a change there may
 * change how every component is built.
 */
export const DEFAULT_WORKFLOW_PATHS: readonly string[] = ['.github/workflows/', '.github/actions/']
/** The configuration files looked for when none is named (see src/config/load.ts). */
export const DEFAULT_CONFIG_PATHS: readonly string[] = ['.github/spec-to-production.yml', '.github/spec-to-production.yaml']

/**
 * Files outside every component that change what the gates judge for all of them: dependency manifests and lock files
 * (the vulnerability half audits them; a bump changes every component's build), and the configuration of the tools the
 * gates run (a linter told to ignore everything, a coverage or type-checker setting). Matched by file name, at any
 * depth. A pull request touching only these selected no component: the matrix was empty and nothing was checked.
 */
const SHARED_FILE =
  /^(?:CMakeLists\.txt|package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-(?:lock|workspace)\.yaml|bun\.lockb?|\.npmrc|\.yarnrc(?:\.yml)?|pyproject\.toml|setup\.(?:py|cfg)|(?:requirements|constraints)(?:[-_.][\w.-]*)?\.(?:txt|in)|Pipfile(?:\.lock)?|poetry\.lock|uv\.lock|pdm\.lock|(?:ts|js)config(?:[.\w-]*)?\.json|eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.\w+)?|\.eslintignore|(?:jest|vitest|vite|babel)\.config\.[\w.]+|\.babelrc(?:\.\w+)?|\.swcrc|\.?ruff\.toml|\.?mypy\.ini|\.?pylintrc|pyrightconfig\.json|pytest\.ini|tox\.ini|conftest\.py|\.coveragerc|\.flake8|\.secretlintrc(?:\.\w+)?|\.secretlintignore|\.gitleaks\.toml|\.gitleaksignore|\.bandit|\.nycrc(?:\.\w+)?|\.c8rc(?:\.\w+)?)$/
/**
 * Files outside every component that are not code any of them could use: documentation, prose, images, and the
 * repository's own metadata (licence, code owners, git and editor settings, `.github/` outside workflows and
 * instructions). Anything else outside every component's paths (a shared `lib/`, `common/`, `scripts/`) may be code a
 * component imports or runs: without a dependency graph, a change there concerns every component.
 */
const NOT_CODE =
  /(?:\.(?:md|markdown|mdx|rst|adoc|txt|png|jpe?g|gif|svg|ico|webp)|(?:^|\/)(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CODEOWNERS|CHANGELOG|CONTRIBUTING|SECURITY|\.gitignore|\.gitattributes|\.mailmap|\.editorconfig)(?:\.[\w-]+)?)$/i
/**
 * Requirement files kept in a directory of their own (`requirements/base.txt`, `requirements/dev.in`): dependency
 * lists, not prose, whatever their `.txt` says.
 */
const REQUIREMENTS_DIR_FILE = /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/
/**
 * What under `.github/` configures GitHub itself rather than anything a build runs: YAML and JSON settings directly in
 * it (`dependabot.yml`, `FUNDING.yml`, `labeler.yml`) and the issue, discussion and pull-request templates. Anything
 * else there (`.github/scripts/test.sh`, a local action) may be code a workflow or a component's command runs.
 */
const GITHUB_SETTINGS = /^\.github\/(?:[^/]+\.(?:ya?ml|json)|(?:ISSUE_TEMPLATE|DISCUSSION_TEMPLATE|PULL_REQUEST_TEMPLATE)\/.*)$/i
/** Instruction files, which every component's `instructions_validation` gate checks. */
const SHARED_DIRS: readonly string[] = ['.github/instructions/']

/** Pinned options: no user or repository configuration changes the file list we parse. */
const CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.relative=false', '-c', 'color.ui=false']
/** Name lists of very large pull requests fit; a runaway stays bounded. */
const MAX_BUFFER = 256 * 1024 * 1024

export interface ChangedFilesOptions {
  /** A git work tree or a directory inside one; the files are listed relative to it (those outside are left out). */
  workspace: string
  /** The base branch, tag or commit (the pull request's base sha, `origin/main`). */
  base: string
  /** The head commit; `HEAD` when absent. */
  head?: string
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', [...CONFIG, ...args], { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER })
  return stdout
}

/** The commit a ref names; an Error naming the ref (with the shallow-clone hint) otherwise. */
async function resolveCommit(cwd: string, ref: string, role: 'base' | 'head'): Promise<string> {
  if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref)) throw new Error(`invalid ${role} ref ${JSON.stringify(ref)}`)
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
    if (/not a git repository/i.test(stderr)) {
      throw new Error(`${cwd} is not inside a git repository; a changed-only plan needs one`, { cause: error })
    }
    throw new Error(
      `${role} ref "${ref}" does not exist in the repository at ${cwd} (is it fetched? actions/checkout needs fetch-depth: 0 for a changed-only plan)`,
      { cause: error }
    )
  }
}

/**
 * The files changed between the merge base of `base` and `head`, and `head`: workspace-relative, forward slashes,
 * sorted, each once. Added, modified, deleted and type-changed files are listed; a renamed file under its old and
 * its new path.
 * @throws Error naming the ref when `base` or `head` is missing, starts with `-`, or the two share no history
 */
export async function changedFiles(opts: ChangedFilesOptions): Promise<string[]> {
  const cwd = opts.workspace
  const head = await resolveCommit(cwd, opts.head ?? 'HEAD', 'head')
  const base = await resolveCommit(cwd, opts.base, 'base')
  let mergeBase: string
  try {
    mergeBase = (await git(cwd, ['merge-base', base, head])).trim()
  } catch (error) {
    throw new Error(
      `base ref "${opts.base}" and head "${opts.head ?? 'HEAD'}" have no common ancestor (a shallow checkout? actions/checkout needs fetch-depth: 0)`,
      { cause: error }
    )
  }
  const [output, prefix] = await Promise.all([
    git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', mergeBase, head, '--']),
    git(cwd, ['rev-parse', '--show-prefix']).then((out) => out.trim())
  ])
  const files = new Set<string>()
  for (const name of output.split('\0')) {
    if (name === '') continue
    if (name.startsWith(prefix)) files.add(name.slice(prefix.length))
    else {
      const above = outsideWorkspace(name, prefix)
      if (above !== null) files.add(above)
    }
  }
  return [...files].sort(compareStrings)
}

/**
 * A file outside the workspace (a plan run in a directory of the repository) that still concerns its components,
 * named from the workspace (`../../package-lock.json`), or null: the files in the directories that hold the workspace
 * (the tools look for their configuration and lock files upward from where they run), and the repository's workflows
 * and local actions (which build every component wherever it lies). A sibling directory's files are left out.
 */
function outsideWorkspace(name: string, prefix: string): string | null {
  const depth = prefix.split('/').filter(Boolean).length
  const up = '../'.repeat(depth)
  if (/^\.github\/(?:workflows|actions)\//.test(name)) return `${up}${name}`
  const dir = posix.dirname(name)
  if (dir !== '.' && !prefix.startsWith(`${dir}/`)) return null
  return `${'../'.repeat(depth - (dir === '.' ? 0 : dir.split('/').length))}${posix.basename(name)}`
}

/** A repository's workflow or local action named from a workspace below its root (see outsideWorkspace). */
const WORKFLOW_ABOVE = /^(?:\.\.\/)+\.github\/(?:workflows|actions)\//

export interface SelectChangedOptions {
  /**
   * The configuration file(s), workspace-relative: the named one, or {@link DEFAULT_CONFIG_PATHS} when none is named
   * (adding a configuration file changes every component as well).
   */
  configPath: string | readonly string[]
  /** Files or directories (`dir/`) whose change selects every component; default {@link DEFAULT_WORKFLOW_PATHS}. */
  workflowFiles?: readonly string[]
  /**
   * For each component, the components whose package its manifest depends on (see dependencies.ts): a change to such
   * a package's sources selects its dependents too.
   */
  dependencies?: ReadonlyMap<string, readonly ComponentDependency[]>
}

export interface SelectChangedResult {
  /** The components to run, in the order given. */
  selected: PlannedComponent[]
  /** Why each selected component is in the plan, by component name. */
  reason: Record<string, string>
}

/** Normalized paths; a path that cannot be inside the workspace never matches and is dropped. */
function normalizedAll(paths: readonly string[]): string[] {
  const result: string[] = []
  for (const path of paths) {
    const normalized = normalizeRelative(path)
    if ('path' in normalized) result.push(normalized.path)
  }
  return result
}

/**
 * The components a change concerns: a component is kept when its spec, or a file under one of its source or test
 * paths, changed, or when it depends on the package of a component whose sources changed; every component is kept when the configuration file, a workflow file, or a dependency manifest, a
 * lock file, a tool's configuration or an instruction file outside every component's paths changed. Reasons name the
 * first matching file in path order (the spec first, then source paths, then test paths), so the same change always
 * gives the same words.
 */
export function selectChanged(
  components: readonly PlannedComponent[],
  changed: readonly string[],
  opts: SelectChangedOptions
): SelectChangedResult {
  const files = [...new Set(changed.map((file) => file.replace(/\\/g, '/')))].sort(compareStrings)
  const configPaths = normalizedAll(typeof opts.configPath === 'string' ? [opts.configPath] : opts.configPath)
  const workflowPaths = normalizedAll(opts.workflowFiles ?? DEFAULT_WORKFLOW_PATHS)
  const reason: Record<string, string> = Object.create(null) as Record<string, string>

  let global: string | undefined
  for (const file of files) {
    if (configPaths.includes(file)) global = `configuration ${file} changed`
    else if (workflowPaths.some((path) => isUnder(file, path)) || WORKFLOW_ABOVE.test(file)) global = `workflow ${file} changed`
    if (global) break
  }
  // Under some component's source or test paths: that component's change, not every one's.
  const owned = (file: string) => components.some((c) => [...c.source, ...c.tests].some((path) => isUnder(file, path)))
  // A dependency manifest or a tool's configuration that no single component owns concerns every component.
  if (!global) {
    const shared = files.find(
      (file) => (SHARED_FILE.test(file.slice(file.lastIndexOf('/') + 1)) || REQUIREMENTS_DIR_FILE.test(file) || SHARED_DIRS.some((dir) => isUnder(file, dir))) && !owned(file)
    )
    if (shared !== undefined) global = `${shared} changed (dependencies or tool configuration every component is judged with)`
  }
  // Code outside every component's paths (and not a spec): any of them may import or run it.
  if (!global) {
    const specs = new Set(components.map((c) => c.spec))
    const code = files.find((file) => !owned(file) && !specs.has(file) && !NOT_CODE.test(file) && !GITHUB_SETTINGS.test(file))
    if (code !== undefined) global = `${code} changed, outside every component's paths (code any of them may use, so every one is judged with it)`
  }
  if (global) {
    for (const component of components) reason[component.component] = global
    return { selected: [...components], reason }
  }

  const changedSet = new Set(files)
  // Components whose sources changed: what another component that uses their package runs changed with them.
  const sourceChanged = new Set<string>()
  for (const component of components) {
    let why: string | undefined
    if (changedSet.has(component.spec)) why = `spec ${component.spec} changed`
    for (const [kind, paths] of [['source', component.source], ['tests', component.tests]] as const) {
      for (const path of paths) {
        const file = files.find((f) => isUnder(f, path))
        if (file !== undefined) {
          why ??= `${file} changed (${kind} path ${path})`
          if (kind === 'source') sourceChanged.add(component.component)
          break
        }
      }
    }
    if (why) reason[component.component] = why
  }
  // A component that depends on a changed one's package (directly or through others) runs its changed code.
  const dependencies = opts.dependencies ?? new Map<string, readonly ComponentDependency[]>()
  for (let grew = true; grew; ) {
    grew = false
    for (const component of components) {
      if (sourceChanged.has(component.component)) continue
      const via = dependencies.get(component.component)?.find((d) => sourceChanged.has(d.component))
      if (!via) continue
      sourceChanged.add(component.component)
      reason[component.component] ??= `depends on ${via.package} (${via.manifest}), the package of component ${via.component}, whose sources this change touches`
      grew = true
    }
  }
  return { selected: components.filter((c) => reason[c.component] !== undefined), reason }
}
