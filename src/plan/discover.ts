/**
 * Discovering the components of a repository from its specs: one component per spec file matched by the globs
 * (`specs/*.md` by default). The name comes from the frontmatter `component`, else from the file name; the source and
 * test paths from the frontmatter `paths.source` / `paths.tests` (a string or a list), else from the configuration's
 * effective `paths` for that component (`components.<name>` overrides applied).
 *
 * Nothing is guessed for a spec that cannot be planned reliably (unreadable, broken frontmatter, an invalid or
 * duplicate name, an unusable path): it becomes a problem with its file and line, and the other components are still
 * planned.
 */
import { realpath } from 'node:fs/promises'
import { basename, isAbsolute, relative, resolve } from 'node:path'
import { glob } from 'tinyglobby'
import { loadConfig } from '../config/load.js'
import { validateComponentName } from '../config/templates.js'
import { globProblem } from '../instructions/glob-pattern.js'
import { loadSpec } from '../spec/load.js'
import type { ParsedSpec, SpecRule } from '../spec/types.js'
import { compareStrings, normalizeRelative } from './paths.js'

/** Where spec files are looked for when no glob is given. */
export const DEFAULT_SPEC_GLOBS: readonly string[] = ['specs/*.md']

export interface PlannedComponent {
  /** The component name: valid for paths, file names, artifact names and commands. */
  component: string
  /** The spec file, relative to the workspace, with forward slashes. */
  spec: string
  /** Source paths relative to the workspace (`.` for all of it), normalized, without duplicates, in the given order. */
  source: string[]
  /** Test paths, like `source`. */
  tests: string[]
}

export interface PlanProblem {
  /** The spec file (workspace-relative), or the glob that matched nothing. */
  file: string
  /** 1-based line in the file, when the problem has one. */
  line?: number
  message: string
}

export interface DiscoverOptions {
  /** Repository root; globs, spec paths and component paths are relative to it. */
  workspace: string
  /** Spec file globs relative to the workspace; default {@link DEFAULT_SPEC_GLOBS}. */
  globs?: string[]
  /** The configuration file (relative to the workspace or absolute); default: the usual locations, else a preset. */
  configPath?: string
}

export interface DiscoverResult {
  /** Planned components, sorted by name. */
  components: PlannedComponent[]
  /** Specs that could not be planned and globs that matched nothing, sorted by file then line. */
  problems: PlanProblem[]
}

/** Spec problems that leave the name or the paths unknown: the spec is skipped rather than guessed at. */
const BLOCKING_RULES: ReadonlySet<SpecRule> = new Set<SpecRule>([
  'file-unreadable',
  'file-too-large',
  'binary-content',
  'frontmatter-unterminated',
  'frontmatter-yaml',
  'frontmatter-too-large',
  'frontmatter-not-mapping'
])

/**
 * Checks spec globs before they are used: relative, inside the workspace, well formed.
 * @throws Error naming the glob (a usage mistake, not a problem of one spec)
 */
export function checkSpecGlobs(globs: readonly string[]): void {
  for (const pattern of globs) {
    const slashed = pattern.replace(/\\/g, '/')
    if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed) || slashed.split('/').includes('..')) {
      throw new Error(`spec glob "${pattern}" reaches outside the workspace; use a pattern relative to it`)
    }
    const problem = globProblem(pattern)
    if (problem) throw new Error(`spec glob "${pattern}" ${problem}`)
  }
}

/** The spec files each glob matches (workspace-relative, sorted, no duplicates), and the globs matching none. */
/** The spec files the globs match under `workspace`, workspace-relative and sorted, and the globs that matched none. */
export async function findSpecs(workspace: string, globs: readonly string[]): Promise<{ files: string[]; unmatched: string[] }> {
  const options = {
    cwd: workspace,
    onlyFiles: true,
    expandDirectories: false,
    // A spec may be a link to a file elsewhere in the repository; links leaving it are refused when read.
    followSymbolicLinks: true,
    ignore: ['**/node_modules/**', '**/.git/**']
  }
  const all = new Set<string>()
  const unmatched: string[] = []
  for (const pattern of globs) {
    const matched = await glob([pattern], options)
    if (matched.length === 0) unmatched.push(pattern)
    for (const file of matched) all.add(file.replace(/\\/g, '/'))
  }
  return { files: [...all].sort(compareStrings), unmatched }
}

/** Whether the file, after symbolic links, is inside the workspace (a link may point anywhere). */
async function insideWorkspace(root: string, file: string): Promise<boolean> {
  try {
    const real = await realpath(file)
    const rel = relative(root, real)
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  } catch {
    return true // loadSpec reports the unreadable file
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`
}

interface Candidate {
  component: string
  spec: string
  /** Line of the frontmatter `component`, when the name comes from there. */
  line?: number
  /** Frontmatter paths, when given (the config fills the others). */
  source?: string[]
  tests?: string[]
}

/** Frontmatter `paths.<key>`: undefined when absent, else the normalized list, or null after recording problems. */
function frontmatterPaths(
  spec: ParsedSpec,
  paths: Record<string, unknown>,
  key: 'source' | 'tests',
  problems: PlanProblem[]
): string[] | undefined | null {
  const value = paths[key]
  if (value === undefined || value === null) return undefined
  const pointer = `/paths/${key}`
  if (!Array.isArray(value) && typeof value !== 'string') {
    problems.push({ file: spec.file, line: spec.frontmatter_lines[pointer], message: `frontmatter paths.${key} is ${describe(value)}, expected a path or a list of paths` })
    return null
  }
  const items: unknown[] = Array.isArray(value) ? value : [value]
  const result: string[] = []
  let ok = true
  items.forEach((item, i) => {
    const field = Array.isArray(value) ? `paths.${key}[${i}]` : `paths.${key}`
    const line = (Array.isArray(value) ? spec.frontmatter_lines[`${pointer}/${i}`] : undefined) ?? spec.frontmatter_lines[pointer]
    if (typeof item !== 'string') {
      problems.push({ file: spec.file, line, message: `frontmatter ${field} is ${describe(item)}, expected a path` })
      ok = false
      return
    }
    const normalized = normalizeRelative(item)
    if ('error' in normalized) {
      problems.push({ file: spec.file, line, message: `frontmatter ${field} ${JSON.stringify(item)} ${normalized.error}` })
      ok = false
    } else if (!result.includes(normalized.path)) {
      result.push(normalized.path)
    }
  })
  return ok ? result : null
}

/** The component a spec declares, or null after recording why it cannot be planned. */
async function readCandidate(root: string, workspace: string, file: string, problems: PlanProblem[]): Promise<Candidate | null> {
  const full = resolve(workspace, file)
  if (!(await insideWorkspace(root, full))) {
    problems.push({ file, message: 'spec file is a symbolic link to a file outside the workspace; it was not read' })
    return null
  }
  const spec = await loadSpec(full, file)
  const blocking = spec.issues.filter((issue) => issue.severity === 'error' && BLOCKING_RULES.has(issue.rule))
  if (blocking.length > 0) {
    for (const issue of blocking) problems.push({ file, line: issue.line, message: issue.message })
    return null
  }

  let component: string
  let line: number | undefined
  const declared = spec.frontmatter['component']
  if (declared !== undefined && declared !== null) {
    line = spec.frontmatter_lines['/component']
    if (typeof declared !== 'string') {
      problems.push({ file, line, message: `frontmatter component is ${describe(declared)}, expected a name` })
      return null
    }
    component = declared
  } else {
    component = basename(file).replace(/\.(md|markdown)$/i, '')
  }
  try {
    validateComponentName(component)
  } catch (error) {
    const from = line === undefined ? ' (from the file name; set frontmatter component to choose another)' : ''
    problems.push({ file, line, message: `${(error as Error).message}${from}` })
    return null
  }

  const paths = spec.frontmatter['paths']
  if (paths !== undefined && paths !== null && (typeof paths !== 'object' || Array.isArray(paths))) {
    problems.push({ file, line: spec.frontmatter_lines['/paths'], message: `frontmatter paths is ${describe(paths)}, expected a mapping with source and tests` })
    return null
  }
  const given = (paths ?? {}) as Record<string, unknown>
  const source = frontmatterPaths(spec, given, 'source', problems)
  const tests = frontmatterPaths(spec, given, 'tests', problems)
  if (source === null || tests === null) return null
  return { component, spec: file, line, source, tests }
}

/**
 * Finds the specs, names their components and resolves their paths.
 * @throws Error for a glob that is absolute, climbs out of the workspace or is malformed
 * @throws ConfigurationError when the configuration file is named but missing, or invalid
 */
export async function discoverComponents(opts: DiscoverOptions): Promise<DiscoverResult> {
  const workspace = resolve(opts.workspace)
  const globs = opts.globs && opts.globs.length > 0 ? opts.globs : [...DEFAULT_SPEC_GLOBS]
  checkSpecGlobs(globs)
  const root = await realpath(workspace)
  const problems: PlanProblem[] = []
  const { files, unmatched } = await findSpecs(workspace, globs)
  for (const pattern of unmatched) problems.push({ file: pattern, message: `spec glob "${pattern}" matches no file` })

  const candidates: Candidate[] = []
  for (const file of files) {
    const candidate = await readCandidate(root, workspace, file, problems)
    if (candidate) candidates.push(candidate)
  }

  // A name declared twice is ambiguous: neither spec is planned (the first in file order is named by the others).
  const byName = new Map<string, Candidate[]>()
  for (const candidate of candidates) {
    const same = byName.get(candidate.component)
    if (same) same.push(candidate)
    else byName.set(candidate.component, [candidate])
  }
  const unique: Candidate[] = []
  for (const [name, same] of byName) {
    if (same.length === 1) {
      unique.push(same[0])
      continue
    }
    const all = same.map((c) => c.spec).join(', ')
    for (const other of same.slice(1)) {
      problems.push({
        file: other.spec,
        line: other.line,
        message: `component "${name}" is declared by both ${same[0].spec} and ${other.spec} (all declaring it: ${all}); none of them is planned — give each spec its own component name`
      })
    }
  }

  const components: PlannedComponent[] = []
  for (const candidate of unique.sort((a, b) => compareStrings(a.component, b.component))) {
    let { source, tests } = candidate
    if (source === undefined || tests === undefined) {
      const { config } = await loadConfig({ workspace, configPath: opts.configPath, component: candidate.component })
      const fromConfig = (key: 'source' | 'tests'): string[] | undefined => {
        const normalized = normalizeRelative(config.paths[key])
        if ('path' in normalized) return [normalized.path]
        problems.push({
          file: candidate.spec,
          message: `the configuration's paths.${key} for component "${candidate.component}" is ${JSON.stringify(config.paths[key])}, which ${normalized.error}`
        })
        return undefined
      }
      source ??= fromConfig('source')
      tests ??= fromConfig('tests')
      if (source === undefined || tests === undefined) continue
    }
    components.push({ component: candidate.component, spec: candidate.spec, source, tests })
  }

  problems.sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.message, b.message))
  return { components, problems }
}
