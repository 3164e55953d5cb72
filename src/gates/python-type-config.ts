/**
 * Python type checkers' own switches that turn checking off, which leave their reports as clean as a clean project's:
 * mypy's `ignore_errors` (measured with mypy 1.0.1: `[tool.mypy] ignore_errors = true` or `[mypy] ignore_errors =
 * True` gives "Success: no issues found" and exit status 0 over a type error), and pyright's `typeCheckingMode: "off"`
 * (pyright's documentation: every type-checking rule off, only syntax and semantic errors reported). Set in the global
 * section it covers every module: nothing was type-checked. In a per-module section (`[mypy-pkg.*]`,
 * `[[tool.mypy.overrides]]`) it covers those modules only.
 */
import { join } from 'node:path'
import { parseTsConfig, TYPE_CONFIG_MAX_BYTES } from './ts-no-check.js'
import { readTextFile } from '../reports/read.js'

/** A configuration that turns type checking off: where, and whether it covers every module. */
export interface TypeCheckingOff {
  /** `mypy.ini [mypy] ignore_errors = True`, `pyproject.toml [tool.pyright] typeCheckingMode = "off"`. */
  where: string
  /** True when it covers the whole project (the global section), false for some modules. */
  global: boolean
  /** For a per-module section: the module patterns it names (`pkg.*`, `run`), as mypy matches them. */
  modules?: string[]
}

/**
 * The module patterns a per-module mypy section names: `[mypy-pkg.*,other]` in its header, `module = "run"` or
 * `module = ["a.*", "b"]` in a `[[tool.mypy.overrides]]` table. Empty when none can be read.
 */
function sectionModules(header: string, lines: string[]): string[] {
  const ini = /^\[mypy-(.+)\]$/.exec(header)
  if (ini) return ini[1].split(',').map((m) => m.trim()).filter(Boolean)
  const body = lines.join('\n')
  const value = /^\s*module\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/m.exec(body)?.[1]
  return value ? [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => (m[1] ?? m[2]).trim()).filter(Boolean) : []
}

/**
 * Whether a mypy module pattern matches a module name, as mypy matches a per-module section: `a.b` that module,
 * `a.b.*` it and every module below it, a `*` inside (`site.*.migrations.*`) zero or more components.
 */
export function mypyModuleMatches(pattern: string, module: string): boolean {
  let source = '^'
  pattern.split('.').forEach((part, i) => {
    if (part === '*') source += i === 0 ? '(?:[^.]+(?:\\.[^.]+)*)?' : '(?:\\.[^.]+)*'
    else source += (i === 0 ? '' : '\\.') + part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  })
  return new RegExp(`${source}$`).test(module)
}

const TRUE = /^\s*ignore_errors\s*=\s*(?:true|yes|on|1)\s*(?:[#;].*)?$/i

/** Sections (INI `[name]` or TOML `[name]`/`[[name]]` headers) of a text, with their header and body lines. */
function sections(text: string): Array<{ header: string; lines: string[] }> {
  const out: Array<{ header: string; lines: string[] }> = []
  let current: { header: string; lines: string[] } | null = null
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(\[\[?[^\]]+\]\]?)\s*(?:[#;].*)?$/.exec(line)
    if (m) {
      current = { header: m[1].trim(), lines: [] }
      out.push(current)
    } else current?.lines.push(line)
  }
  return out
}

/** A configuration file's text; null when missing or not a regular file (see {@link TYPE_CONFIG_MAX_BYTES}). */
async function text(workspace: string, file: string): Promise<string | null> {
  return readTextFile(join(workspace, file), TYPE_CONFIG_MAX_BYTES)
}

/** mypy's `ignore_errors` in the configuration files it reads from the working directory. */
export async function mypyIgnoresErrors(workspace: string): Promise<TypeCheckingOff[]> {
  const out: TypeCheckingOff[] = []
  const files: Array<[string, (header: string) => 'global' | 'module' | null]> = [
    ['mypy.ini', (h) => (h === '[mypy]' ? 'global' : /^\[mypy-.+\]$/.test(h) ? 'module' : null)],
    ['.mypy.ini', (h) => (h === '[mypy]' ? 'global' : /^\[mypy-.+\]$/.test(h) ? 'module' : null)],
    ['pyproject.toml', (h) => (h === '[tool.mypy]' ? 'global' : h === '[[tool.mypy.overrides]]' ? 'module' : null)],
    ['setup.cfg', (h) => (h === '[mypy]' ? 'global' : /^\[mypy-.+\]$/.test(h) ? 'module' : null)]
  ]
  // mypy reads the first of these that exists (pyproject.toml and setup.cfg only when they hold a mypy section).
  for (const [file, kind] of files) {
    const body = await text(workspace, file)
    if (body === null) continue
    const parts = sections(body)
    if (file.endsWith('.toml') || file.endsWith('.cfg')) {
      if (!parts.some((s) => kind(s.header) === 'global')) continue
    }
    for (const s of parts) {
      const k = kind(s.header)
      if (k === null) continue
      const line = s.lines.find((l) => TRUE.test(l))
      if (!line) continue
      if (k === 'global') {
        out.push({ where: `${file} ${s.header} ${line.trim()}`, global: true })
        continue
      }
      // Named by its modules: a file's [[tool.mypy.overrides]] tables all share one header.
      const modules = sectionModules(s.header, s.lines)
      const named = s.header.startsWith('[[') && modules.length > 0 ? ` module = ${modules.map((m) => JSON.stringify(m)).join(', ')}` : ''
      out.push({ where: `${file} ${s.header}${named} ${line.trim()}`, global: false, modules })
    }
    return out
  }
  return out
}

/** pyright's `typeCheckingMode: "off"` in pyrightconfig.json or pyproject.toml's `[tool.pyright]`. */
export async function pyrightOff(workspace: string): Promise<TypeCheckingOff[]> {
  const out: TypeCheckingOff[] = []
  const json = await text(workspace, 'pyrightconfig.json')
  if (json !== null && parseTsConfig(json)?.typeCheckingMode === 'off') out.push({ where: 'pyrightconfig.json typeCheckingMode: "off"', global: true })
  const toml = await text(workspace, 'pyproject.toml')
  for (const s of toml === null ? [] : sections(toml)) {
    if (s.header !== '[tool.pyright]') continue
    const line = s.lines.find((l) => /^\s*typeCheckingMode\s*=\s*["']off["']\s*(?:#.*)?$/.test(l))
    if (line) out.push({ where: `pyproject.toml [tool.pyright] ${line.trim()}`, global: true })
  }
  return out
}
