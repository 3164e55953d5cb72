/**
 * The JSON coverage formats: coverage.py's `coverage json`, Istanbul's `json-summary` (coverage-summary.json) and
 * Istanbul's `json` (coverage-final.json). Each is read whole (they are small next to the test reports) and checked
 * field by field, so a wrong file names the JSON path that broke.
 */
import { openRegularFile, reportText } from './read.js'
import { parseJsonText } from './findings/json-text.js'
import { ReportError, type CoverageReport, type FileCoverage } from './types.js'
import { istanbulPercent, percentOf, reportFromFiles } from './coverage-lines.js'
import { reconcileLines } from './coverage-figures.js'
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

/** Reads and parses a JSON report (UTF-8, or UTF-16 with a byte order mark); a syntax error names its line and column. */
export async function readJson(path: string, file: string, format: Format): Promise<unknown> {
  const handle = await openRegularFile(path)
  let text: string
  try {
    const { size } = await handle.stat()
    if (size > MAX_JSON_BYTES) throw new ReportError(file, format, 'file size', `${size} bytes is more than a JSON report may have`)
    text = reportText(await handle.readFile())
  } finally {
    await handle.close()
  }
  return parseJson(text, file, format)
}

/**
 * Parses a JSON report. A syntax error names its line and column and never quotes the report: V8's message quotes the
 * text around the error (line breaks, terminal escapes, `::` lines and all) and names no line.
 */
export function parseJson(text: string, file: string, format: Format): unknown {
  return parseJsonText(text, file, format)
}

/**
 * coverage.py's JSON. Each file is counted from its line lists: `missing_lines` are statements that did not run;
 * `executed_lines` are lines that ran, which coverage.py does not limit to statements, so the file's
 * `num_statements` may be smaller (see `reconcileLines`: covered = statements − missing, coverage.py's own count).
 * A summary or total that contradicts the lists is a warning naming its JSON path, and the lists win. Branches
 * likewise from `executed_branches` / `missing_branches` when present. `display_percent` is coverage.py's
 * `percent_covered_display` (its TOTAL as printed, branches included when measured); `precision` is its decimals.
 */
export function coveragePyReport(data: unknown, opts: { file: string; workspace: string }): CoverageReport {
  const check: JsonCheck = new JsonCheck(opts.file, 'coverage.py-json')
  const root = check.object(data, '$')
  const totals = check.object(root.totals, '$.totals')
  const filesObject = check.object(root.files, '$.files')
  const statedCovered = check.count(totals.covered_lines, '$.totals.covered_lines')
  const statedTotal = check.count(totals.num_statements, '$.totals.num_statements')
  const warnings: string[] = []
  const contradiction = (path: string, detail: string): void => {
    if (warnings.length < 20) warnings.push(`${opts.file} ${path}: ${detail}; counted from the line lists`)
  }
  const files: FileCoverage[] = []
  for (const [name, entry] of Object.entries(filesObject)) {
    const path = member('$.files', name)
    const object = check.object(entry, path)
    const summary = check.object(object.summary, `${path}.summary`)
    const statements = check.count(summary.num_statements, `${path}.summary.num_statements`)
    const stated = check.count(summary.covered_lines, `${path}.summary.covered_lines`)
    const lines = fromLists(check, object, path, ['executed_lines', 'missing_lines'], statements, 'num_statements', stated, 'covered_lines', contradiction)
    const file: FileCoverage = { file: toWorkspacePath(name, opts.workspace), lines_covered: lines.covered, lines_total: lines.total }
    if (summary.num_branches !== undefined) {
      const branchTotal = check.count(summary.num_branches, `${path}.summary.num_branches`)
      const branchCovered = check.count(summary.covered_branches, `${path}.summary.covered_branches`)
      const branches = fromLists(check, object, path, ['executed_branches', 'missing_branches'], branchTotal, 'num_branches', branchCovered, 'covered_branches', contradiction)
      file.branches_total = branches.total
      file.branches_covered = branches.covered
    }
    files.push(file)
  }
  const report = reportFromFiles('coverage.py-json', files)
  report.producer = 'coverage.py'
  if (report.lines_covered !== statedCovered || report.lines_total !== statedTotal) {
    contradiction('$.totals', `says ${statedCovered} of ${statedTotal} statements covered, its files ${report.lines_covered} of ${report.lines_total}`)
  }
  if (typeof totals.percent_covered_display === 'string') {
    report.display_percent = totals.percent_covered_display
    report.precision = /\.(\d+)$/.exec(totals.percent_covered_display)?.[1].length ?? 0
  }
  if (totals.num_branches !== undefined) {
    const total = check.count(totals.num_branches, '$.totals.num_branches')
    const covered = check.count(totals.covered_branches, '$.totals.covered_branches')
    if (report.branches_total === undefined) {
      // Branch totals with no file to hold them: only an empty report can be like that.
      report.branches_total = 0
      report.branches_covered = 0
    }
    if (covered !== report.branches_covered || total !== report.branches_total) {
      contradiction('$.totals', `says ${covered} of ${total} branches covered, its files ${report.branches_covered} of ${report.branches_total}`)
    }
  }
  if (warnings.length > 0) report.warnings = warnings
  return report
}

/**
 * One file's lines (or branches) from coverage.py's lists, checked against its summary: the lists win, the summary's
 * total may only remove executed entries that are not statements (see `reconcileLines`). Without the lists (an
 * older or trimmed report), the summary is all there is.
 */
function fromLists(
  check: JsonCheck,
  entry: JsonObject,
  path: string,
  [executedKey, missingKey]: [string, string],
  statedTotal: number,
  totalKey: string,
  statedCovered: number,
  coveredKey: string,
  contradiction: (path: string, detail: string) => void
): { covered: number; total: number } {
  if (entry[executedKey] === undefined && entry[missingKey] === undefined) {
    // Nothing to count from but the summary: one that covers more than it has cannot be believed, and taking the
    // smaller of the two would turn it into 100% covered.
    if (statedCovered > statedTotal) {
      check.fail(`${path}.summary`, `says ${coveredKey} ${statedCovered} of ${totalKey} ${statedTotal}, and the file has no ${executedKey}/${missingKey} lists to count from`)
    }
    return { covered: statedCovered, total: statedTotal }
  }
  const executed = distinct(check, entry[executedKey], `${path}.${executedKey}`)
  const missing = distinct(check, entry[missingKey], `${path}.${missingKey}`)
  for (const key of missing) executed.delete(key)
  const listed = executed.size + missing.size
  const counted = reconcileLines(listed, executed.size, statedTotal)
  if (statedTotal > listed || statedCovered !== counted.covered) {
    contradiction(
      `${path}.summary`,
      `says ${statedCovered} of ${statedTotal} (${coveredKey} of ${totalKey}) but ${path}.${missingKey} lists ${missing.size} and ${executedKey} ${executed.size}`
    )
  }
  return counted
}

/** The distinct entries of a line list (numbers) or branch list (`[from, to]` pairs), as keys. */
function distinct(check: JsonCheck, value: unknown, path: string): Set<string | number> {
  const keys = new Set<string | number>()
  if (value === undefined) return keys
  if (!Array.isArray(value)) check.fail(path, `expected an array, found ${kind(value)}`)
  value.forEach((item: unknown, i) => {
    if (typeof item === 'number' && Number.isInteger(item)) keys.add(item)
    else if (Array.isArray(item) && item.length === 2 && item.every((n) => typeof n === 'number' && Number.isInteger(n))) keys.add(`${item[0]},${item[1]}`)
    else check.fail(`${path}[${i}]`, `expected a line number or a [from, to] pair, found ${kind(item)}`)
  })
  return keys
}

/**
 * Istanbul's json-summary: the totals are the sums over its files (what jest's `All files` row is); a `total` entry that
 * says otherwise is a warning, and the files win. `display_percent` is the `total.lines.pct` the file states (jest's
 * `% Lines` cell: Istanbul truncates to 2 decimals).
 */
export function istanbulSummaryReport(data: unknown, opts: { file: string; workspace: string }): CoverageReport {
  const check: JsonCheck = new JsonCheck(opts.file, 'istanbul-summary')
  const root = check.object(data, '$')
  const totalEntry = check.object(root.total, '$.total')
  const totalLines = check.object(totalEntry.lines, '$.total.lines')
  const covered = check.count(totalLines.covered, '$.total.lines.covered')
  const total = check.count(totalLines.total, '$.total.lines.total')
  const files: FileCoverage[] = []
  for (const [name, entry] of Object.entries(root)) {
    if (name === 'total') continue
    const path = member('$', name)
    const metrics = check.object(entry, path)
    const lines = check.object(metrics.lines, `${path}.lines`)
    const fileTotal = check.count(lines.total, `${path}.lines.total`)
    const file: FileCoverage = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: Math.min(check.count(lines.covered, `${path}.lines.covered`), fileTotal),
      lines_total: fileTotal
    }
    if (metrics.branches !== undefined) {
      const branches = check.object(metrics.branches, `${path}.branches`)
      const branchTotal = check.count(branches.total, `${path}.branches.total`)
      file.branches_covered = Math.min(check.count(branches.covered, `${path}.branches.covered`), branchTotal)
      file.branches_total = branchTotal
    }
    files.push(file)
  }
  const report = reportFromFiles('istanbul-summary', files)
  report.producer = 'istanbul'
  report.display_percent = String(typeof totalLines.pct === 'number' ? totalLines.pct : istanbulPercent(covered, total))
  const warnings: string[] = []
  if (covered !== report.lines_covered || total !== report.lines_total) {
    warnings.push(`${opts.file} $.total.lines: says ${covered} of ${total} lines covered, its files ${report.lines_covered} of ${report.lines_total}; counted from the files`)
  }
  if (totalEntry.branches !== undefined) {
    const branches = check.object(totalEntry.branches, '$.total.branches')
    const bCovered = check.count(branches.covered, '$.total.branches.covered')
    const bTotal = check.count(branches.total, '$.total.branches.total')
    if (report.branches_total === undefined) {
      report.branches_total = 0
      report.branches_covered = 0
    }
    if (bCovered !== report.branches_covered || bTotal !== report.branches_total) {
      warnings.push(`${opts.file} $.total.branches: says ${bCovered} of ${bTotal} branches covered, its files ${report.branches_covered} of ${report.branches_total}; counted from the files`)
    }
  }
  if (files.length === 0 && total > 0) {
    // A summary with only its total: nothing per file to count from, so the total is all there is.
    report.lines_covered = Math.min(covered, total)
    report.lines_total = total
    report.percent = percentOf(report.lines_covered, total)
    warnings.length = 0
    warnings.push(`${opts.file}: a json-summary without any file entry; its total is all there is to judge`)
  }
  if (warnings.length > 0) report.warnings = warnings
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
  const report = reportFromFiles('istanbul-final', files, (c, t) => String(istanbulPercent(c, t)))
  report.producer = 'istanbul'
  return report
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
