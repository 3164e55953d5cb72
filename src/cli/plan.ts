/**
 * `spec-to-production plan`: the components to ship, as a GitHub Actions matrix on stdout (one line of JSON) and a
 * summary for people on stderr.
 */
import { parseArgs } from 'node:util'
import { workspaceDirectory } from '../config/workspace-dir.js'
import { DEFAULT_SPEC_GLOBS, deletedSpecWarning, runPlan, type PlanResult } from '../plan/index.js'
import { printInert } from '../hosts/workflow-commands.js'

export const PLAN_HELP = `Usage: spec-to-production plan [--workspace DIR] [--specs GLOB…] [--config FILE]
                              [--changed-only --base REF [--head REF]]

Discovers one component per spec file and prints the matrix for strategy.matrix (one line of JSON:
{"include":[{"component":…,"spec":…}]}) on stdout; a summary goes to stderr.

Options:
  --workspace DIR   repository root (default: current directory)
  --specs GLOB…     spec files, relative to the workspace (default specs/*.md); repeat the option or list
                    several globs after it
  --config FILE     configuration file (default .github/spec-to-production.yml): component paths for specs
                    whose frontmatter has no paths
  --changed-only    keep only components whose spec, source or test paths changed since --base, and those
                    whose manifest (package.json, pyproject.toml, Cargo.toml, go.mod, pom.xml) depends on
                    the package of one whose sources changed
                    (all of them when the configuration file or a workflow file changed)
  --base REF        base of the change (e.g. the pull request's base sha); needs the history: fetch-depth: 0
  --head REF        head of the change (default HEAD)
  -h, --help        this help

An empty plan prints {"include":[]}: GitHub refuses an empty matrix, so skip the matrix job with
if: needs.plan.outputs.count != '0'.

Exit status: 0 planned, 1 some specs could not be planned (the others are still in the matrix),
2 bad usage, bad configuration or a base ref git does not have.`

function usage(message: string): number {
  process.stderr.write(`spec-to-production plan: ${message}\nTry spec-to-production plan --help.\n`)
  return 2
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Name and spec columns, padded to the longest name. */
function rows(result: PlanResult, withReason: boolean): string[] {
  const width = Math.max(0, ...result.selected.map((c) => c.component.length))
  return result.selected.map((c) => {
    const why = withReason && result.reason ? `  ${result.reason[c.component]}` : ''
    return `  ${c.component.padEnd(width)}  ${c.spec}${why}`
  })
}

export function formatPlanSummary(result: PlanResult, globs: string[], base?: string): string {
  const lines: string[] = []
  lines.push(`plan: ${plural(result.discovered.length, 'component')} from ${globs.join(', ')}`)
  if (base !== undefined && result.changed) {
    lines.push(
      `plan: ${result.selected.length} of ${result.discovered.length} selected: ${plural(result.changed.length, 'file')} changed since ${base}`
    )
  }
  lines.push(...rows(result, base !== undefined))
  for (const deleted of result.deleted ?? []) lines.push(`plan: warning: ${deletedSpecWarning(deleted)}`)
  if (result.selected.length === 0) lines.push("plan: the matrix is empty; skip the matrix job with if: needs.plan.outputs.count != '0'")
  if (result.problems.length > 0) {
    lines.push(`plan: ${plural(result.problems.length, 'problem')}; these specs are not in the matrix:`)
    for (const p of result.problems) lines.push(`  ${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`)
  }
  return `${lines.join('\n')}\n`
}

/** Exit 0 when every spec was planned, 1 when some could not be (their problems on stderr), 2 for bad usage. */
export async function planCommand(argv: string[]): Promise<number> {
  let values: { workspace?: string; specs?: string[]; config?: string; 'changed-only'?: boolean; base?: string; head?: string; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      options: {
        workspace: { type: 'string' },
        specs: { type: 'string', multiple: true },
        config: { type: 'string' },
        'changed-only': { type: 'boolean' },
        base: { type: 'string' },
        head: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: true,
      strict: true
    }))
  } catch (error) {
    return usage((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${PLAN_HELP}\n`)
    return 0
  }
  // Globs listed after --specs arrive as positionals; a stray word without --specs is a mistake.
  if (positionals.length > 0 && !values.specs) return usage(`unexpected argument '${positionals[0]}' (spec globs follow --specs)`)
  const globs = [...(values.specs ?? []), ...positionals]
  if (globs.some((g) => g.trim() === '')) return usage('--specs needs a glob, not an empty string')
  if (values['changed-only'] && !values.base) return usage('--changed-only needs --base REF (the base of the change)')
  if (!values['changed-only'] && (values.base !== undefined || values.head !== undefined)) {
    return usage('--base and --head only apply with --changed-only')
  }

  const effectiveGlobs = globs.length > 0 ? globs : [...DEFAULT_SPEC_GLOBS]
  let result: PlanResult
  try {
    result = await runPlan({
      workspace: workspaceDirectory(values.workspace),
      globs: effectiveGlobs,
      configPath: values.config,
      changedSince: values['changed-only'] ? { base: values.base as string, head: values.head } : undefined
    })
  } catch (error) {
    // Bad globs, a missing or invalid configuration file, a base ref git does not have: the user's to fix.
    if (error instanceof Error) return usage(error.message)
    throw error
  }
  process.stdout.write(`${result.outputs.matrix}\n`)
  printInert(process.stderr, formatPlanSummary(result, effectiveGlobs, values['changed-only'] ? values.base : undefined))
  return result.problems.length > 0 ? 1 : 0
}
