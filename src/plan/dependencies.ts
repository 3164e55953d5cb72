/**
 * Which components use another component's package: in a monorepo a component's package is often a dependency of
 * another's (`"@acme/shared": "workspace:*"` in packages/api/package.json, `shared = { workspace = true }` in a uv
 * workspace). A change to the shared package's sources changes what the other component runs, so a changed-only plan
 * selects both — else the dependent's tests, which import the changed code, were never run and the plan still passed.
 *
 * A component's package is the nearest manifest of each kind at or above its source and test paths, below the
 * workspace root (the root's manifest is the repository's, not a component's): `package.json`, `pyproject.toml`, and
 * for a Rust, Go or Maven monorepo `Cargo.toml` (a crate depending on another by path or through the workspace's
 * table), `go.mod` (a module requiring another of the repository) and `pom.xml` (a module depending on another's
 * artifact) — there a change to one crate or module's sources ran none of the tests of those built on it. Only the
 * names manifests declare are read; imports through a tsconfig's `paths` or a relative `../shared`, and Gradle's
 * `project(':shared')`, are not followed.
 */
import { open } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { section } from '../config/python-project.js'
import type { PlannedComponent } from './discover.js'
import { matchPrefix, ROOT_PATH } from './paths.js'

/** A component's package as its manifest names it, and the packages that manifest depends on. */
export interface ComponentPackage {
  /** The manifest, workspace-relative. */
  manifest: string
  /** The package's name (a Python name normalized as PEP 503 does); undefined when the manifest names none. */
  name?: string
  /** Names of the packages it depends on, normalized like `name`. */
  dependsOn: Set<string>
}

/** What a component uses of the other components: the component, and the package and manifest that say so. */
export interface ComponentDependency {
  component: string
  /** The package of `component` the dependent's manifest names. */
  package: string
  /** The dependent's manifest that names it. */
  manifest: string
}

const NODE_DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const

/** PEP 503: case-insensitive, runs of `-`, `_` and `.` are one `-`. */
function pythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/**
 * Longest manifest read. A real one is a few kilobytes (a large workspace's root pom.xml or Cargo.toml some tens);
 * one past this, which the pull request may have written, is not read but taken to depend on every package: the plan
 * then selects more, never less.
 */
export const MANIFEST_LIMIT = 256 * 1024

/** Most dependency tables of one Cargo.toml, or Poetry groups of one pyproject.toml, read; past it, as too large. */
const MAX_TABLES = 256

/** A dependency on every package: what a manifest that cannot be read through stands for. */
export const EVERY_PACKAGE = '*'

async function text(workspace: string, rel: string): Promise<string | null | 'too-large'> {
  try {
    const handle = await open(join(workspace, rel), 'r')
    try {
      const info = await handle.stat()
      if (!info.isFile()) return null
      if (info.size > MANIFEST_LIMIT) return 'too-large'
      return await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch {
    return null
  }
}

/** `text` with each `open`…`close` span (one of `pairs`) taken out, in one pass; an unclosed span runs to the end. */
function withoutSpans(text: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  let out = ''
  let at = 0
  for (;;) {
    let next = -1
    let pair: readonly [string, string] | undefined
    for (const p of pairs) {
      const i = text.indexOf(p[0], at)
      if (i !== -1 && (next === -1 || i < next)) [next, pair] = [i, p]
    }
    if (next === -1 || pair === undefined) return out + text.slice(at)
    out += text.slice(at, next)
    const end = text.indexOf(pair[1], next + pair[0].length)
    if (end === -1) return out
    at = end + pair[1].length
  }
}

/** The contents of each `open`…`close` span of `text`, in one pass. */
function spans(text: string, open: string, close: string): string[] {
  const found: string[] = []
  for (let at = text.indexOf(open); at !== -1; ) {
    const end = text.indexOf(close, at + open.length)
    if (end === -1) break
    found.push(text.slice(at + open.length, end))
    at = text.indexOf(open, end + close.length)
  }
  return found
}

function nodePackage(manifest: string, raw: string): ComponentPackage | null {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const json = data as Record<string, unknown>
  const dependsOn = new Set<string>()
  for (const key of NODE_DEPENDENCY_KEYS) {
    const table = json[key]
    if (typeof table === 'object' && table !== null && !Array.isArray(table)) for (const dep of Object.keys(table)) dependsOn.add(dep)
  }
  return { manifest, ...(typeof json.name === 'string' && json.name !== '' ? { name: `npm:${json.name}` } : {}), dependsOn: new Set([...dependsOn].map((d) => `npm:${d}`)) }
}

/** The requirement names in quoted strings (`"shared>=1"`, `'shared[extra]; python_version>"3.9"'`). */
function requirementNames(body: string): string[] {
  const names: string[] = []
  for (const m of body.matchAll(/["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)/g)) names.push(pythonName(m[1]!))
  return names
}

/** The keys of a TOML table's body (`shared = { workspace = true }`, `"shared" = …`). */
function tableKeys(body: string): string[] {
  return [...body.matchAll(/^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/gm)].map((m) => pythonName(m[1]!))
}

/**
 * A pyproject.toml's project name and dependencies, read as text (no TOML parser here): `[project]`'s `name` and
 * `dependencies` array, every array of `[project.optional-dependencies]` and `[dependency-groups]`, and the keys of
 * `[tool.uv.sources]` and Poetry's dependency tables. Reading more than is there only selects more.
 */
function pythonPackage(manifest: string, raw: string): ComponentPackage {
  const project = section(raw, 'project')
  const name = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(project)?.[1]
  const dependsOn = new Set<string>()
  // The array runs to its first `]`, found by search: a lazy pattern tried from each `dependencies = [` to the end.
  const array = /^\s*dependencies\s*=\s*\[/m.exec(project)
  if (array) {
    const start = array.index + array[0].length
    const end = project.indexOf(']', start)
    for (const n of requirementNames(project.slice(start, end === -1 ? project.length : end))) dependsOn.add(n)
  }
  for (const table of ['project.optional-dependencies', 'dependency-groups']) for (const n of requirementNames(section(raw, table))) dependsOn.add(n)
  for (const table of ['tool.uv.sources', 'tool.poetry.dependencies', 'tool.poetry.dev-dependencies']) for (const n of tableKeys(section(raw, table))) dependsOn.add(n)
  let groups = 0
  for (const m of raw.matchAll(/^\s*\[tool\.poetry\.group\.[^\]]+\.dependencies\]\s*$/gm)) {
    if (++groups > MAX_TABLES) return { manifest, ...(name ? { name: `py:${pythonName(name)}` } : {}), dependsOn: new Set([EVERY_PACKAGE]) }
    for (const n of tableKeys(section(raw, m[0].trim().slice(1, -1)))) dependsOn.add(n)
  }
  return { manifest, ...(name ? { name: `py:${pythonName(name)}` } : {}), dependsOn: new Set([...dependsOn].map((d) => `py:${d}`)) }
}

/** A crate's name as Cargo compares them: `-` and `_` are one (crates.io refuses two names that differ only there). */
function crateName(name: string): string {
  return `cargo:${name.toLowerCase().replace(/_/g, '-')}`
}

/**
 * A Cargo.toml's package name and the crates it depends on, read as text: the keys of every `dependencies`,
 * `dev-dependencies` and `build-dependencies` table (`[target.'cfg(unix)'.dependencies]` and `[workspace.dependencies]`
 * too), `[dependencies.shared]` headers, and the `package = "…"` a renamed dependency names.
 */
function cargoPackage(manifest: string, raw: string): ComponentPackage {
  const name = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(section(raw, 'package'))?.[1]
  const dependsOn = new Set<string>()
  let tables = 0
  for (const m of raw.matchAll(/^\s*\[([^\]\n]+)\]\s*$/gm)) {
    const header = m[1]!.trim()
    const table = /(?:^|\.)(?:dev-|build-)?dependencies(?:\.["']?([A-Za-z0-9_-]+)["']?)?$/.exec(header)
    if (!table) continue
    // Each table's body is searched for in the whole file: past a real manifest's count, as one too large to read.
    if (++tables > MAX_TABLES) return { manifest, ...(name ? { name: crateName(name) } : {}), dependsOn: new Set([EVERY_PACKAGE]) }
    const body = section(raw, header)
    if (table[1] !== undefined) {
      dependsOn.add(crateName(/^\s*package\s*=\s*["']([^"']+)["']/m.exec(body)?.[1] ?? table[1]))
      continue
    }
    for (const line of body.split('\n')) {
      const key = /^\s*["']?([A-Za-z0-9_-]+)["']?\s*[.=]/.exec(line)?.[1]
      if (key !== undefined) dependsOn.add(crateName(/\bpackage\s*=\s*["']([^"']+)["']/.exec(line)?.[1] ?? key))
    }
  }
  return { manifest, ...(name ? { name: crateName(name) } : {}), dependsOn }
}

/** A go.mod's module path and the modules it requires or replaces (`require x v1`, a `require ( … )` block). */
function goModule(manifest: string, raw: string): ComponentPackage {
  const code = raw.replace(/\/\/[^\n]*/g, '')
  const name = /^\s*module\s+"?([^\s"]+)"?/m.exec(code)?.[1]
  const dependsOn = new Set<string>()
  // A directive's block runs to its `)`, found by search (a pattern tried from each `require (` to the end was quadratic).
  const directive = /^[ \t]*(?:require|replace)\b[ \t]*(\()?/gm
  for (let m = directive.exec(code); m; m = directive.exec(code)) {
    const start = m.index + m[0].length
    const end = m[1] ? code.indexOf(')', start) : code.indexOf('\n', start)
    const body = code.slice(start, end === -1 ? code.length : end)
    for (const line of body.split('\n')) {
      const path = /^\s*"?([^\s"=]+)"?\s/.exec(`${line} `)?.[1]
      if (path !== undefined) dependsOn.add(`go:${path}`)
    }
    if (end === -1) break
    directive.lastIndex = Math.max(directive.lastIndex, end)
  }
  return { manifest, ...(name ? { name: `go:${name}` } : {}), dependsOn }
}

/**
 * A pom.xml's artifactId (its own, not its `<parent>`'s) and the artifactIds of its `<dependency>` elements; a module
 * of the repository is known by its artifactId alone (a groupId is often inherited): two of one name select more.
 */
function mavenModule(manifest: string, raw: string): ComponentPackage {
  // Spans are found by search, in one pass each (lazy patterns tried from each unclosed `<parent>` to the end).
  const xml = withoutSpans(raw, [['<!--', '-->']])
  const artifact = (text: string) => /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(text)?.[1]
  const outer = ['parent', 'dependencies', 'dependencyManagement', 'build', 'profiles'].map((e) => [`<${e}>`, `</${e}>`] as const)
  const own = artifact(withoutSpans(xml, outer))
  const dependsOn = new Set<string>()
  for (const body of spans(xml, '<dependency>', '</dependency>')) {
    const dep = artifact(body)
    if (dep !== undefined) dependsOn.add(`mvn:${dep}`)
  }
  return { manifest, ...(own ? { name: `mvn:${own}` } : {}), dependsOn }
}

/** The manifests a component's package is read from, and how each is read. */
const MANIFESTS: Record<string, (manifest: string, raw: string) => ComponentPackage | null> = {
  'package.json': nodePackage,
  'pyproject.toml': pythonPackage,
  'Cargo.toml': cargoPackage,
  'go.mod': goModule,
  'pom.xml': mavenModule
}

/** The manifests at or above `path` (nearest first), below the workspace root. */
function manifestDirs(path: string): string[] {
  const dirs: string[] = []
  let dir = matchPrefix(path)
  while (dir !== ROOT_PATH && dir !== '' && dir !== '/') {
    dirs.push(dir)
    dir = posix.dirname(dir)
  }
  return dirs
}

/** Each component's packages: the nearest manifest of each kind ({@link MANIFESTS}) above each of its paths. */
export async function componentPackages(workspace: string, components: readonly PlannedComponent[]): Promise<Map<string, ComponentPackage[]>> {
  const cache = new Map<string, Promise<ComponentPackage | null>>()
  const read = (manifest: string): Promise<ComponentPackage | null> => {
    let found = cache.get(manifest)
    if (!found) {
      found = text(workspace, manifest).then((raw) =>
        raw === null ? null : raw === 'too-large' ? { manifest, dependsOn: new Set([EVERY_PACKAGE]) } : MANIFESTS[posix.basename(manifest)]!(manifest, raw)
      )
      cache.set(manifest, found)
    }
    return found
  }
  const result = new Map<string, ComponentPackage[]>()
  for (const component of components) {
    const packages = new Map<string, ComponentPackage>()
    for (const path of [...component.source, ...component.tests]) {
      for (const file of Object.keys(MANIFESTS)) {
        for (const dir of manifestDirs(path)) {
          const pkg = await read(`${dir}/${file}`)
          if (pkg) {
            packages.set(pkg.manifest, pkg)
            break
          }
        }
      }
    }
    result.set(component.component, [...packages.values()])
  }
  return result
}

/**
 * For each component, the other components whose package its manifest depends on. A package that two components
 * share (both under one manifest) is no dependency of either on the other.
 */
export function componentDependencies(packages: ReadonlyMap<string, readonly ComponentPackage[]>): Map<string, ComponentDependency[]> {
  const owners = new Map<string, Array<{ component: string; pkg: ComponentPackage }>>()
  for (const [component, pkgs] of packages) {
    for (const pkg of pkgs) if (pkg.name !== undefined) owners.set(pkg.name, [...(owners.get(pkg.name) ?? []), { component, pkg }])
  }
  const result = new Map<string, ComponentDependency[]>()
  for (const [component, pkgs] of packages) {
    const deps: ComponentDependency[] = []
    const own = new Set(pkgs.map((p) => p.manifest))
    for (const pkg of pkgs) {
      if (pkg.dependsOn.has(EVERY_PACKAGE)) {
        for (const [other, theirs] of packages) {
          if (other === component || theirs.some((p) => own.has(p.manifest))) continue
          deps.push({ component: other, package: `every package (${pkg.manifest} is too large to read through)`, manifest: pkg.manifest })
        }
        continue
      }
      for (const name of pkg.dependsOn) {
        for (const owner of owners.get(name) ?? []) {
          if (owner.component === component || own.has(owner.pkg.manifest)) continue
          deps.push({ component: owner.component, package: name.slice(name.indexOf(':') + 1), manifest: pkg.manifest })
        }
      }
    }
    if (deps.length > 0) result.set(component, deps)
  }
  return result
}
