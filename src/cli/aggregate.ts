/**
 * `spec-to-production aggregate REPORT…`: one verdict over a run's matrix legs. Reads each leg's report (a file, or a
 * folder searched for `workflow_report_*.json`, as artifacts download), names the components the plan promised but
 * no leg reported, and writes the job summary (to --summary FILE or stdout), the combined dashboard and a combined
 * JSON. Exit status: 0 every leg passed and none is missing, 1 otherwise, 2 bad usage.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { overwriteProblem } from '../engine/output-guard.js'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { collectReportFiles, readLegReports } from '../aggregate/read.js'
import { expectedLegsFromMatrix, type ExpectedLeg } from '../aggregate/matrix.js'
import { aggregateSummary } from '../aggregate/summary.js'
import { renderCombinedDashboard } from '../aggregate/dashboard.js'
import { aggregateJson, aggregateVerdict, verdictSentence } from '../aggregate/verdict.js'
import { printInert } from '../hosts/workflow-commands.js'

const HELP = `Usage:
  spec-to-production aggregate REPORT|DIR… [--expect NAME…|--expect-file matrix.json]
                     [--summary FILE] [--dashboard FILE] [--json FILE]

  REPORT|DIR          leg reports; a folder is searched for workflow_report_*.json
  --expect NAME       a component the plan promised (repeat, or separate with commas)
  --expect-file FILE  the plan's matrix JSON: {"include":[{"component":"name"},…]}
  --summary FILE      write the Markdown job summary here (default: stdout)
  --dashboard FILE    write the combined HTML dashboard here
  --json FILE         write the combined JSON verdict here

A component expected without a report is missing, and the aggregate fails: absence is never success.
Exit status: 0 every leg passed, 1 a leg failed or is missing or a report is unreadable, 2 bad usage.`

class UsageError extends Error {}

async function write(path: string, text: string): Promise<string> {
  const full = resolve(path)
  await mkdir(dirname(full), { recursive: true })
  await writeFile(full, text)
  return full
}

async function expectations(names: string[], file: string | undefined): Promise<Array<string | ExpectedLeg> | undefined> {
  if (!names.length && !file) return undefined
  const out: Array<string | ExpectedLeg> = names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean)
  if (file) {
    let data: unknown
    try {
      data = JSON.parse(await readFile(file, 'utf8'))
    } catch (error) {
      throw new UsageError(`--expect-file ${file}: ${(error as Error).message}`)
    }
    try {
      // One per leg of the matrix: a component in two legs (two targets, two systems) needs two reports.
      out.push(...expectedLegsFromMatrix(data))
    } catch (error) {
      throw new UsageError(`--expect-file ${file}: ${(error as Error).message}`)
    }
  }
  return out
}

export async function aggregateCommand(argv: string[]): Promise<number> {
  try {
    let parsed: ReturnType<typeof parse>
    try {
      parsed = parse(argv)
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    const { values, positionals } = parsed
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const expected = await expectations(values.expect ?? [], values['expect-file'])
    if (!positionals.length && !expected?.length) throw new UsageError('aggregate needs REPORT files or folders, or the components to expect (--expect, --expect-file)')
    const files = await collectReportFiles(positionals)
    // Neither a leg's report nor a file git tracks is written over (`--json legs/a.json` replaced a leg's report).
    for (const [option, what, path] of [['--summary', 'summary', values.summary], ['--dashboard', 'dashboard', values.dashboard], ['--json', 'JSON verdict', values.json]] as const) {
      if (!path) continue
      const overwrite = await overwriteProblem(resolve(path), { cwd: process.cwd(), inputs: files, what, option })
      if (overwrite) throw new UsageError(overwrite)
    }
    const result = await readLegReports({ files, expected })
    const verdict = aggregateVerdict(result)
    const now = Date.now()
    const summary = aggregateSummary(result)
    const written: string[] = []
    if (values.summary) written.push(`summary ${await write(values.summary, summary)}`)
    else printInert(process.stdout, summary)
    if (values.dashboard) written.push(`dashboard ${await write(values.dashboard, renderCombinedDashboard(result, now))}`)
    if (values.json) written.push(`JSON ${await write(values.json, `${JSON.stringify(aggregateJson(result, now), null, 2)}\n`)}`)
    const line = `aggregate ${verdict.success ? 'passed' : 'FAILED'}: ${verdictSentence(result)}${written.length ? ` · ${written.join(' · ')}` : ''}\n`
    // With the summary on stdout, the verdict line goes to stderr so stdout stays pure Markdown.
    printInert(values.summary ? process.stdout : process.stderr, line)
    for (const name of result.missing) printInert(process.stderr, `missing: no report from ${JSON.stringify(name)} — the leg crashed or uploaded nothing\n`)
    for (const bad of result.invalid) printInert(process.stderr, `${bad.component === undefined ? 'unreadable' : 'refused'}: ${bad.file}: ${bad.reason}\n`)
    return verdict.success ? 0 : 1
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`spec-to-production aggregate: ${error.message}\nTry spec-to-production aggregate --help.\n`)
    return 2
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      expect: { type: 'string', multiple: true },
      'expect-file': { type: 'string' },
      summary: { type: 'string' },
      dashboard: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true,
    allowPositionals: true
  })
}
