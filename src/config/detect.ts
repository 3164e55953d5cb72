/** Choosing a preset from what the repository holds, when the configuration file names none. */
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { PresetName } from './presets.js'

const NODE_MARKERS = ['package.json']
const PYTHON_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt']
const DENO_MARKERS = ['deno.json', 'deno.jsonc']
/**
 * Projects of languages no preset drives, by their build file: named as what they are (Maven, Gradle, Cargo, Go,
 * Composer, Bundler), so
 * that the refusal and init's TODO speak of their test reports rather than of package.json.
 */
export const OTHER_PROJECTS: ReadonlyArray<{ files: readonly string[]; kind: string }> = [
  { files: ['pom.xml'], kind: 'a Maven project' },
  { files: ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'], kind: 'a Gradle project' },
  { files: ['Cargo.toml'], kind: 'a Rust (Cargo) project' },
  { files: ['go.mod'], kind: 'a Go module' },
  { files: ['composer.json'], kind: 'a PHP (Composer) project' },
  { files: ['Gemfile', 'gems.rb'], kind: 'a Ruby (Bundler) project' }
]
const NODE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/
const PYTHON_EXTENSIONS = /\.pyi?$/
/** Enough files to tell the language of a component; a huge tree is not walked to the end. */
const MAX_ENTRIES = 2000

export interface DetectedPreset {
  preset: PresetName
  /** What decided, in the user's words: `detected: package.json`. */
  source: string
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

async function present(workspace: string, names: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const name of names) if (await isFile(join(workspace, name))) found.push(name)
  return found
}

/** Python and JavaScript/TypeScript files under `dir`, counted breadth-first up to MAX_ENTRIES entries. */
async function countSources(dir: string): Promise<{ python: number; node: number }> {
  const counts = { python: 0, node: 0 }
  const queue = [dir]
  let seen = 0
  while (queue.length > 0 && seen < MAX_ENTRIES) {
    const current = queue.shift() as string
    let entries
    try {
      entries = await readdir(current, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) break
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) queue.push(join(current, entry.name))
      } else if (PYTHON_EXTENSIONS.test(entry.name)) {
        counts.python++
      } else if (NODE_EXTENSIONS.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        counts.node++
      }
    }
  }
  return counts
}

/**
 * The component's own manifest, when its source path lies in a directory below the root that has one of one language
 * (`api/pyproject.toml` beside `web/package.json`, `libs/calc/pyproject.toml`) and the root has none of that directory's
 * language: a monorepo of Python and Node parts side by side, whose root alone read as `none`, or as the language of
 * the root's tooling (a package.json of formatters over Python services). The nearest such directory decides.
 */
async function componentManifests(workspace: string, sourcePath: string): Promise<DetectedPreset | undefined> {
  const parts = sourcePath.split('/').filter((p) => p !== '' && p !== '.')
  if (parts.includes('..')) return undefined
  for (let k = parts.length; k > 0; k--) {
    const dir = parts.slice(0, k).join('/')
    const node = await present(join(workspace, dir), NODE_MARKERS)
    const python = await present(join(workspace, dir), PYTHON_MARKERS)
    if (node.length === 0 && python.length === 0) continue
    // Both languages there: the root's rules below (counting the sources) decide, as for the root.
    if (node.length > 0 && python.length > 0) return undefined
    const [preset, found] = node.length > 0 ? (['node', node] as const) : (['python', python] as const)
    const atRoot = await present(workspace, preset === 'node' ? NODE_MARKERS : PYTHON_MARKERS)
    if (atRoot.length > 0) return undefined
    return { preset, source: `detected: ${found.map((f) => `${dir}/${f}`).join(', ')} (the component's own; the repository root has no ${preset === 'node' ? 'package.json' : 'Python project file'})` }
  }
  return undefined
}

/**
 * package.json → node; pyproject.toml, setup.py, setup.cfg or requirements.txt → python; both → the language most
 * of the component's source files (`sourcePath`, relative to the workspace) are written in, node on a tie;
 * neither → none.
 */
export async function detectPreset(workspace: string, sourcePath: string): Promise<DetectedPreset> {
  const own = await componentManifests(workspace, sourcePath)
  if (own) return own
  const node = await present(workspace, NODE_MARKERS)
  const python = await present(workspace, PYTHON_MARKERS)
  if (node.length > 0 && python.length === 0) return { preset: 'node', source: `detected: ${node.join(', ')}` }
  if (python.length > 0 && node.length === 0) return { preset: 'python', source: `detected: ${python.join(', ')}` }
  if (node.length === 0) {
    // A Deno project (deno.json, no package.json): no preset drives deno; the none preset says what to write.
    const deno = await present(workspace, DENO_MARKERS)
    if (deno.length > 0) return { preset: 'none', source: `detected: ${deno[0]}, a Deno project, which no preset drives (node and python only): see tests and coverage` }
    for (const other of OTHER_PROJECTS) {
      const found = await present(workspace, other.files)
      if (found.length > 0) return { preset: 'none', source: `detected: ${found[0]}, ${other.kind}, which no preset drives (node and python only): see tests and coverage` }
    }
    return { preset: 'none', source: `detected: none of ${[...NODE_MARKERS, ...PYTHON_MARKERS].join(', ')} found` }
  }
  const markers = [...node, ...python].join(', ')
  const counts = await countSources(resolve(workspace, sourcePath))
  if (counts.python > counts.node) {
    return { preset: 'python', source: `detected: ${markers}; ${sourcePath} holds mostly Python files` }
  }
  const why = counts.node > counts.python ? `${sourcePath} holds mostly JavaScript/TypeScript files` : `${sourcePath} decides nothing, node by default`
  return { preset: 'node', source: `detected: ${markers}; ${why}` }
}
