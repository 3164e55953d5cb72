/**
 * A pull request runs the gates with its own configuration: its own `.github/spec-to-production.yml`, its own
 * `eslint.config.js`, `tsconfig.json`, `.secretlintignore`. A change that loosens them (a rule turned off, a path
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

const run = promisify(execFile)

/** Pinned so that the user's git configuration cannot change what is parsed. */
const CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.renames=true']

/** Tool configuration files, by the gate whose verdict they shape (a file's name, anywhere in the repository). */
const GATE_FILES: Array<[gate: string, pattern: RegExp]> = [
  ['refactoring.linting', /(?:^|\/)(?:eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.[a-z]+)?|\.eslintignore|ruff\.toml|\.ruff\.toml|\.pylintrc|pylintrc|\.flake8|biome\.jsonc?|\.oxlintrc\.json)$/],
  ['refactoring.type_checking', /(?:^|\/)(?:[jt]sconfig[^/]*\.json|mypy\.ini|\.mypy\.ini|pyrightconfig\.json)$/],
  ['refactoring.security', /(?:^|\/)(?:\.secretlintrc(?:\.[a-z]+)?|\.secretlintignore|\.secrets\.baseline|\.gitleaks\.toml|\.gitleaksignore|\.npmrc)$/]
]

/** Every gate the product's own configuration file governs. */
const ALL_GATES = ['testing.test_pass_rate', 'testing.test_coverage', 'refactoring.linting', 'refactoring.type_checking', 'refactoring.security']

/**
 * The files the change modifies (added, changed, renamed or deleted), relative to the workspace, or why that cannot be
 * told (the base is not in the checkout).
 */
export async function filesChangedSince(workspace: string, base: string): Promise<{ files: string[] } | { unknown: string }> {
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
    return { files: names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)) }
  } catch (error) {
    return { unknown: `git could not compare with ${base.slice(0, 12)}: ${((error as Error).message.split('\n')[0] ?? '').trim()}` }
  }
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
 * (`configFile`, workspace-relative) governs them all; a tool's configuration its own gate.
 */
export function configurationChanges(changed: readonly string[], configFile: string | null, base: string): Array<[string, string]> {
  const byGate = new Map<string, string[]>()
  const add = (gate: string, file: string) => byGate.set(gate, [...(byGate.get(gate) ?? []), file])
  for (const file of changed) {
    if (configFile !== null && file === configFile) for (const gate of ALL_GATES) add(gate, file)
    for (const [gate, pattern] of GATE_FILES) if (pattern.test(file)) add(gate, file)
  }
  return [...byGate].map(([gate, files]) => {
    const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … (${files.length} in all)` : '')
    return [gate, `configuration changed by this change (against ${base.slice(0, 12)}): ${shown} — the gate judged the change by the configuration as the change has it; review what it loosens`]
  })
}
