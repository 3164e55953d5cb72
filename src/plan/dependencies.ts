/**
 * Which components use another component's package: in a monorepo a component's package is often a dependency of
 * another's (`"@acme/shared": "workspace:*"` in packages/api/package.json, `shared = { workspace = true }` in a uv
 * workspace). A change to the shared package's sources changes what the other component runs, so a changed-only plan
 * selects both — else the dependent's tests, which import the changed code, were never run and the plan still passed.
 *
 * A component's package is the nearest `package.json` or `pyproject.toml` at or above its source and test paths, below
 * the workspace root (the root's manifest is the repository's, not a component's). Only the names manifests declare
 * are read; imports through a tsconfig's `paths` or a relative `../shared` are not followed.
 */
import { readFile } from 'node:fs/promises'
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

async function text(workspace: string, rel: string): Promise<string | null> {
  try {
    return await readFile(join(workspace, rel), 'utf8')
  } catch {
    return null
  }
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
  const array = /^\s*dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(project)
  if (array) for (const n of requirementNames(array[1]!)) dependsOn.add(n)
  for (const table of ['project.optional-dependencies', 'dependency-groups']) for (const n of requirementNames(section(raw, table))) dependsOn.add(n)
  for (const table of ['tool.uv.sources', 'tool.poetry.dependencies', 'tool.poetry.dev-dependencies']) for (const n of tableKeys(section(raw, table))) dependsOn.add(n)
  for (const m of raw.matchAll(/^\s*\[tool\.poetry\.group\.[^\]]+\.dependencies\]\s*$/gm)) {
    for (const n of tableKeys(section(raw, m[0].trim().slice(1, -1)))) dependsOn.add(n)
  }
  return { manifest, ...(name ? { name: `py:${pythonName(name)}` } : {}), dependsOn: new Set([...dependsOn].map((d) => `py:${d}`)) }
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

/** Each component's packages: the nearest package.json and pyproject.toml above each of its paths. */
export async function componentPackages(workspace: string, components: readonly PlannedComponent[]): Promise<Map<string, ComponentPackage[]>> {
  const cache = new Map<string, Promise<ComponentPackage | null>>()
  const read = (manifest: string): Promise<ComponentPackage | null> => {
    let found = cache.get(manifest)
    if (!found) {
      found = text(workspace, manifest).then((raw) => (raw === null ? null : manifest.endsWith('.json') ? nodePackage(manifest, raw) : pythonPackage(manifest, raw)))
      cache.set(manifest, found)
    }
    return found
  }
  const result = new Map<string, ComponentPackage[]>()
  for (const component of components) {
    const packages = new Map<string, ComponentPackage>()
    for (const path of [...component.source, ...component.tests]) {
      for (const file of ['package.json', 'pyproject.toml']) {
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
