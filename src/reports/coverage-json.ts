/**
 * The JSON coverage formats: coverage.py's `coverage json`, Istanbul's `json-summary` (coverage-summary.json) and
 * Istanbul's `json` (coverage-final.json). Each is read whole (they are small next to the test reports) and checked
 * field by field, so a wrong file names the JSON path that broke.
 */
import { openRegularFile } from './read.js'
import { ReportError, type CoverageReport, type FileCoverage } from './types.js'
import { istanbulPercent, percentOf, reportFromFiles } from './coverage-lines.js'
import { toWorkspacePath } from './paths.js'

type JsonObject = Record<string, unknown>
type Format = 'coverage.py-json' | 'istanbul-summary' | 'istanbul-final'

/** Largest JSON report read; V8 strings stop a little above 512 MiB. */
const MAX_JSON_BYTES = 500 * 1024 * 1024

/** Field-by-field checks that report the JSON path of what is wrong. */
class JsonCheck {
  constructor(
    private readonly file: string,
    private readonly format: Format
  ) {}

  fail(path: string, detail: string): never {
    throw new ReportError(this.file, this.format, path, detail)
  }

  object(value: unknown, path: string): JsonObject {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(path, `expected an object, found ${kind(value)}`)
    return value as JsonObject
  }

  count(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(path, `expected a whole number, found ${kind(value)}`)
    }
    return value
  }
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'an object' : typeof value
}

/** `$.files["src/a.py"]`: a JSON path a reader can paste into jq. */
function member(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

/** Reads and parses a JSON report; a syntax error names its line and column. */
export async function readJson(path: string, file: string, format: Format): Promise<unknown> {
  const handle = await openRegularFile(path)
  let text: string
  try {
    const { size } = await handle.stat()
    if (size > MAX_JSON_BYTES) throw new ReportError(file, format, 'file size', `${size} bytes is more than a JSON report may have`)
    text = await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
  return parseJson(text, file, format)
}

export function parseJson(text: string, file: string, format: Format): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return JSON.parse(body)
  } catch (error) {
    const message = (error as Error).message
    const at = /position (\d+)/.exec(message)
    let where = 'end of file'
    if (at) {
      const offset = Number(at[1])
      const before = body.slice(0, offset)
      const line = before.split('\n').length
      where = `line ${line} column ${offset - before.lastIndexOf('\n')}`
    }
    throw new ReportError(file, format, where, `invalid JSON: ${message.replace(/, "[^]*" is not valid JSON$/, '')}`)
  }
}

/**
 * coverage.py's JSON. `percent` is line coverage (covered_lines / num_statements); `display_percent` is coverage.py's
 * own `percent_covered_display`, what its TOTAL row prints, which with `--branch` also counts branches
 * ((lines + branches covered) / (statements + branches)) and is rounded to the configured `precision`.
 */
export function coveragePyReport(data: unknown, opts: { file: string; workspace: string }): CoverageReport {
  const check: JsonCheck = new JsonCheck(opts.file, 'coverage.py-json')
  const root = check.object(data, '$')
  const totals = check.object(root.totals, '$.totals')
  const filesObject = check.object(root.files, '$.files')
  const covered = check.count(totals.covered_lines, '$.totals.covered_lines')
  const total = check.count(totals.num_statements, '$.totals.num_statements')
  const files: FileCoverage[] = []
  for (const [name, entry] of Object.entries(filesObject)) {
    const path = member('$.files', name)
    const summary = check.object(check.object(entry, path).summary, `${path}.summary`)
    const file: FileCoverage = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: check.count(summary.covered_lines, `${path}.summary.covered_lines`),
      lines_total: check.count(summary.num_statements, `${path}.summary.num_statements`)
    }
    if (summary.num_branches !== undefined) {
      file.branches_total = check.count(summary.num_branches, `${path}.summary.num_branches`)
      file.branches_covered = check.count(summary.covered_branches, `${path}.summary.covered_branches`)
    }
    files.push(file)
  }
  const report: CoverageReport = {
    format: 'coverage.py-json',
    lines_covered: covered,
    lines_total: total,
    percent: percentOf(covered, total),
    files
  }
  if (typeof totals.percent_covered_display === 'string') report.display_percent = totals.percent_covered_display
  if (totals.num_branches !== undefined) {
    report.branches_total = check.count(totals.num_branches, '$.totals.num_branches')
    report.branches_covered = check.count(totals.covered_branches, '$.totals.covered_branches')
  }
  return report
}

/**
 * Istanbul's json-summary: `total.lines` is what jest prints in the `All files` row's `% Lines` column;
 * `display_percent` is that row's text (Istanbul's `pct`, floored to 2 decimals).
 */
export function istanbulSummaryReport(data: unknown, opts: { file: string; workspace: string }): CoverageReport {
  const check: JsonCheck = new JsonCheck(opts.file, 'istanbul-summary')
  const root = check.object(data, '$')
  const totalLines = check.object(check.object(root.total, '$.total').lines, '$.total.lines')
  const covered = check.count(totalLines.covered, '$.total.lines.covered')
  const total = check.count(totalLines.total, '$.total.lines.total')
  const files: FileCoverage[] = []
  for (const [name, entry] of Object.entries(root)) {
    if (name === 'total') continue
    const path = member('$', name)
    const metrics = check.object(entry, path)
    const lines = check.object(metrics.lines, `${path}.lines`)
    const file: FileCoverage = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: check.count(lines.covered, `${path}.lines.covered`),
      lines_total: check.count(lines.total, `${path}.lines.total`)
    }
    if (metrics.branches !== undefined) {
      const branches = check.object(metrics.branches, `${path}.branches`)
      file.branches_covered = check.count(branches.covered, `${path}.branches.covered`)
      file.branches_total = check.count(branches.total, `${path}.branches.total`)
    }
    files.push(file)
  }
  const totalPct = typeof totalLines.pct === 'number' ? totalLines.pct : istanbulPercent(covered, total)
  const report: CoverageReport = {
    format: 'istanbul-summary',
    lines_covered: covered,
    lines_total: total,
    percent: percentOf(covered, total),
    display_percent: String(totalPct),
    files
  }
  const rootBranches = check.object(root.total, '$.total').branches
  if (rootBranches !== undefined) {
    const branches = check.object(rootBranches, '$.total.branches')
    report.branches_covered = check.count(branches.covered, '$.total.branches.covered')
    report.branches_total = check.count(branches.total, '$.total.branches.total')
  }
  return report
}

/**
 * Istanbul's coverage-final.json. Lines are derived from statements exactly as istanbul-lib-coverage's
 * `getLineCoverage()` does: each statement belongs to its start line, and a line is covered when any statement
 * starting on it ran. Branches are the entries of `b`. Totals are sums over files, as jest's `All files` row.
 */
export function istanbulFinalReport(data: unknown, opts: { file: string; workspace: string }): CoverageReport {
  const check: JsonCheck = new JsonCheck(opts.file, 'istanbul-final')
  const root = check.object(data, '$')
  const files: FileCoverage[] = []
  for (const [name, entry] of Object.entries(root)) {
    let path = member('$', name)
    let coverage = check.object(entry, path)
    // Older Istanbul wrote { "<file>": { "data": { … } } }; istanbul-lib-coverage still accepts it.
    if (coverage.data !== undefined && coverage.statementMap === undefined) {
      path = `${path}.data`
      coverage = check.object(coverage.data, path)
    }
    const statementMap = check.object(coverage.statementMap, `${path}.statementMap`)
    const statements = check.object(coverage.s, `${path}.s`)
    const lineHits = new Map<number, boolean>()
    for (const [id, hits] of Object.entries(statements)) {
      const location = statementMap[id]
      if (location === undefined) continue // istanbul-lib-coverage skips these too
      const statementPath = `${path}.statementMap${JSON.stringify([id])}`
      const start = check.object(check.object(location, statementPath).start, `${statementPath}.start`)
      const line = check.count(start.line, `${statementPath}.start.line`)
      if (typeof hits !== 'number') check.fail(`${path}.s${JSON.stringify([id])}`, `expected a number, found ${kind(hits)}`)
      lineHits.set(line, (lineHits.get(line) ?? false) || hits > 0)
    }
    let covered = 0
    for (const hit of lineHits.values()) if (hit) covered++
    const file: FileCoverage = {
      file: toWorkspacePath(typeof coverage.path === 'string' ? coverage.path : name, opts.workspace),
      lines_covered: covered,
      lines_total: lineHits.size
    }
    if (coverage.b !== undefined) {
      const branchCounts = check.object(coverage.b, `${path}.b`)
      let branchesCovered = 0
      let branchesTotal = 0
      for (const [id, counts] of Object.entries(branchCounts)) {
        if (!Array.isArray(counts)) check.fail(`${path}.b${JSON.stringify([id])}`, `expected an array, found ${kind(counts)}`)
        branchesTotal += counts.length
        for (const hits of counts) if (typeof hits === 'number' && hits > 0) branchesCovered++
      }
      file.branches_covered = branchesCovered
      file.branches_total = branchesTotal
    }
    files.push(file)
  }
  return reportFromFiles('istanbul-final', files, (c, t) => String(istanbulPercent(c, t)))
}

/** Reads one of the JSON coverage formats from a file. */
export async function parseJsonCoverageFile(
  path: string,
  format: Format,
  opts: { workspace: string; file?: string }
): Promise<CoverageReport> {
  const file = opts.file ?? path
  const data = await readJson(path, file, format)
  const options = { file, workspace: opts.workspace }
  if (format === 'coverage.py-json') return coveragePyReport(data, options)
  if (format === 'istanbul-summary') return istanbulSummaryReport(data, options)
  return istanbulFinalReport(data, options)
}
