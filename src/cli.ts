#!/usr/bin/env node
/** The CLI's entry: `spec-to-production --spec … --component … --target …` (DESIGN.md §1). */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { runWorkflow } from './api.js'
import { workspaceDirectory } from './config/workspace-dir.js'
import { ConfigurationError, TARGETS, type Target } from './config/types.js'
import { killRunningCommands } from './exec/run.js'
import { createConsoleHost } from './hosts/console.js'
import { VERSION } from './engine/pipeline.js'
import { formatSummary } from './engine/report.js'
import { printInert } from './hosts/workflow-commands.js'
import { USAGE_LINES } from './cli/usage.js'

const HELP = `spec-to-production ${VERSION}
Take one component from its specification to production through quality gates.

Usage:
${USAGE_LINES.map((line) => `  ${line}`).join('\n')}

Options:
  --spec FILE        the component's specification (Markdown with optional YAML frontmatter)
  --component NAME   component name: letters, digits, '.', '_' and '-' only
  --target STAGE     dev (default), staging or production: which stages run
  --config FILE      configuration file (default .github/spec-to-production.yml, else a preset)
  --output FILE      JSON report path (default workflow_report_<component>.json)
  --workspace DIR    repository root; commands run here (default: current directory)
  --only-changed     judge findings only on lines changed since --base, report patch coverage
  --base REF         base of the change for --only-changed (e.g. origin/main); also the branch
                     whose latest run test failures are compared with (test_insights), and what
                     gates compare their configuration files with (a changed one is a caveat)
  --verbose          debug output
  -h, --help         this help (after a command: that command's usage)
  --version          the version

Exit status: 0 every stage that ran passed, 1 a gate or stage failed or the run was cancelled,
2 bad usage or bad configuration.`

/** What `<command> --help` prints for the commands that have no help of their own: their usage and options. */
const SUBCOMMAND_HELP: Record<string, string> = {
  init: `Usage: spec-to-production init [--component NAME] [--force] [--workspace DIR]

Writes .github/spec-to-production.yml (the commands the preset chose, with the reasons as comments), a spec template
specs/<component>.md and .github/workflows/spec-to-production.yml.
  --component NAME   the component (default: guessed from the repository's layout)
  --force            overwrite an existing configuration or workflow (an existing spec is never overwritten)
  --workspace DIR    repository root (default: current directory)
Exit status: 0 written, 2 bad usage or a file that exists without --force.`,
  config: `Usage: spec-to-production config --print --component NAME [--spec FILE] [--config FILE] [--format yaml|json] [--workspace DIR]

Prints the effective configuration of one component, each value with the layer it came from, and the preset's choices.
  --spec FILE        the spec whose frontmatter paths apply
  --config FILE      configuration file (default .github/spec-to-production.yml)
  --format yaml|json yaml (default, with origins as comments) or json
  --workspace DIR    repository root (default: current directory)
Exit status: 0, or 2 on bad usage or bad configuration.`,
  'validate-instructions': `Usage: spec-to-production validate-instructions [GLOB…] [--workspace DIR]

Checks instruction files (default .github/instructions/**/*.instructions.md), as the instructions_validation gate does.
Exit status: 0 no file has an error, 1 one has, 2 bad usage.`,
  dashboard: `Usage: spec-to-production dashboard --component NAME [--days N] [--report FILE] [--output FILE] [--workspace DIR]

Writes the HTML dashboard again from the metrics history (.spec-to-production/metrics/) and the latest report.
  --days N           only the history of the last N days
  --report FILE      the report for the overview (default workflow_report_<component>.json)
  --output FILE      the dashboard (default workflow_dashboard_<component>.html); never a tracked file or the report
  --workspace DIR    repository root (default: current directory)
Exit status: 0, or 2 on bad usage.`,
  context: `Usage: spec-to-production context list | show ID | export ID [--format md|json] [--workspace DIR]

Lists, shows or exports the context sessions kept under .spec-to-production/context/.
Exit status: 0, or 2 on bad usage or an unknown session.`
}

/** True when `argv` asks for help before any \`--\` (after which words are positionals). */
function asksHelp(argv: string[]): boolean {
  const end = argv.indexOf('--')
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

/** Subcommands, each loaded only when named. */
const SUBCOMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  init: async (argv) => (await import('./cli/init.js')).initCommand(argv),
  config: async (argv) => (await import('./cli/config.js')).configCommand(argv),
  'validate-instructions': async (argv) => (await import('./cli/validate-instructions.js')).validateInstructionsCommand(argv),
  dashboard: async (argv) => (await import('./cli/dashboard.js')).dashboardCommand(argv),
  context: async (argv) => (await import('./cli/context.js')).contextCommand(argv),
  plan: async (argv) => (await import('./cli/plan.js')).planCommand(argv),
  aggregate: async (argv) => (await import('./cli/aggregate.js')).aggregateCommand(argv),
  tests: async (argv) => (await import('./cli/tests.js')).testsCommand(argv)
}

export async function main(argv: string[]): Promise<number> {
  const sub = argv[0] && !argv[0].startsWith('-') ? SUBCOMMANDS[argv[0]] : undefined
  if (argv[0] && !argv[0].startsWith('-') && !sub) return usage(`unknown command '${argv[0]}'`)
  if (sub) {
    const ownHelp = SUBCOMMAND_HELP[argv[0]]
    if (ownHelp !== undefined && asksHelp(argv.slice(1))) {
      process.stdout.write(`${ownHelp}\n`)
      return 0
    }
    try {
      return await sub(argv.slice(1))
    } catch (error) {
      return usage((error as Error).message, false)
    }
  }
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        spec: { type: 'string' },
        component: { type: 'string' },
        target: { type: 'string', default: 'dev' },
        config: { type: 'string' },
        output: { type: 'string' },
        workspace: { type: 'string' },
        verbose: { type: 'boolean' },
        'only-changed': { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
      },
      strict: true,
      allowPositionals: false
    }))
  } catch (error) {
    return usage((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (!values.spec) return usage('--spec is required')
  if (!values.component) return usage('--component is required')
  if (values['only-changed'] && !values.base) return usage('--only-changed needs --base REF (the branch or commit the change is compared with)')
  const target = values.target as string
  if (!TARGETS.includes(target as Target)) return usage(`invalid --target '${target}'. Expected one of: ${TARGETS.join(', ')}`)

  const controller = new AbortController()
  let signals = 0
  const onSignal = (signal: NodeJS.Signals) => {
    signals++
    if (signals === 1) {
      process.stderr.write(`\n${signal} received: stopping the running command and writing a partial report…\n`)
      controller.abort()
      return
    }
    // Pressed again: no grace for a command that ignores SIGTERM (exiting here left it running, and no report written).
    killRunningCommands()
    if (signals > 2) process.exit(1)
    process.stderr.write(`\n${signal} received again: killed the running command; writing the partial report (once more to quit at once)…\n`)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    // Absolute: the host builds {reports} from it, and commands run with the workspace as their directory, where a
    // relative `--workspace web` would name web/web/… (node --test then wrote no report: ENOENT).
    const workspace = workspaceDirectory(values.workspace as string | undefined)
    const result = await runWorkflow({
      specFile: String(values.spec),
      componentName: String(values.component),
      targetStage: target as Target,
      configFile: values.config as string | undefined,
      output: values.output as string | undefined,
      onlyChangedSince: values['only-changed'] ? String(values.base) : undefined,
      // --base also names what the change is compared with: gates whose configuration it modifies say so.
      ...(values.base ? { changeBase: String(values.base) } : {}),
      // --base also names the branch the per-test history compares this run's failures with.
      ...(values.base ? { testRun: { baseBranch: String(values.base).replace(/^(refs\/heads\/|refs\/remotes\/origin\/|origin\/)/, '') } } : {}),
      workspace,
      workspaceOption: '--workspace',
      signal: controller.signal,
      host: createConsoleHost({ workspace, verbose: values.verbose ? true : undefined })
    })
    printInert(process.stdout, `\n${formatSummary(result.report, result.reportError && !existsSync(result.reportPath) ? null : result.reportPath)}\n`)
    return result.report.cancelled ? 1 : result.exitCode
  } catch (error) {
    if (error instanceof ConfigurationError) return usage(error.message, false)
    printInert(process.stderr, `spec-to-production: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return 1
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

function usage(message: string, hint = true): number {
  printInert(process.stderr, `spec-to-production: ${message}${hint ? '\nTry --help.' : ''}\n`)
  return 2
}

// A reader that went away (`spec-to-production … | head`, a pager quit early) closes the pipe: what is still to print
// has nowhere to go, but the run goes on, writes its report and dashboard, and exits with its own status. Without a
// listener node raised the write's EPIPE as an unhandled 'error' event: a stack trace, exit status 1, and no report (nor,
// for init, the files it had yet to write).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    printInert(process.stderr, `spec-to-production: ${String(error)}\n`)
    process.exitCode = 1
  }
)
