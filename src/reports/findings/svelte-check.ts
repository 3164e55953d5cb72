/**
 * svelte-check's machine output, both forms: `--output machine` (`<time> ERROR "file" line:col "message"`, 1-based)
 * and `--output machine-verbose` (`<time> {"type":"ERROR","filename":…,"start":{"line":…,"character":…},…}`,
 * 0-based, with the diagnostic's code and source). svelte-check checks `.svelte` files beside the TypeScript ones,
 * which tsc never reads. Every run starts with `START "<workspace>"` and ends with `COMPLETED <n> FILES <e> ERRORS
 * <w> WARNINGS …`: a report without that line is a run that did not finish, and the diagnostics must add up to it.
 */
import type { FindingsReport, Severity } from '../types.js'
import { ReportError } from '../types.js'
import { FindingsCollector, type FindingsOptions, type RawFinding } from './collect.js'

export const SVELTE_CHECK_FORMAT = 'svelte-check-machine'

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"'
const START = new RegExp(`^\\d+ START ${QUOTED}$`)
const COMPLETED = /^\d+ COMPLETED (\d+) FILES (\d+) ERRORS (\d+) WARNINGS\b/
const FAILURE = /^\d+ FAILURE (.*)$/
const PLAIN = new RegExp(`^\\d+ (ERROR|WARNING) (${QUOTED}) (\\d+):(\\d+) (${QUOTED})$`)
const VERBOSE = /^\d+ (\{.*\})$/
/** Lines npm prints before a script's own output (`> app@1.0.0 check`), not svelte-check's. */
const NPM_BANNER = /^> /

const SEVERITIES = new Map<string, Severity>([
  ['ERROR', 'error'],
  ['WARNING', 'warning']
])

export function parseSvelteCheckText(text: string, options: FindingsOptions): FindingsReport {
  const out = new FindingsCollector('svelte-check', options)
  let completed: { errors: number; warnings: number; line: number } | undefined
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `line ${i + 1}`
    if (line.trim() === '' || NPM_BANNER.test(line) || START.test(line)) return
    const done = COMPLETED.exec(line)
    if (done) {
      completed = { errors: Number(done[2]), warnings: Number(done[3]), line: i + 1 }
      return
    }
    const failure = FAILURE.exec(line)
    if (failure) throw new ReportError(options.file, SVELTE_CHECK_FORMAT, where, `svelte-check stopped: ${unquote(failure[1])}`)
    const finding = PLAIN.test(line) ? plainFinding(line) : verboseFinding(line, options.file, where)
    if (!finding) throw new ReportError(options.file, SVELTE_CHECK_FORMAT, where, 'a line svelte-check --output machine or machine-verbose does not write')
    out.add(finding)
  })
  if (!completed) {
    throw new ReportError(
      options.file,
      SVELTE_CHECK_FORMAT,
      'end',
      'no "COMPLETED … FILES … ERRORS … WARNINGS" line, which svelte-check writes at the end of every run: the run did not finish, or this is not its machine output'
    )
  }
  if (completed.errors !== out.errorCount || completed.warnings !== out.warningCount) {
    throw new ReportError(
      options.file,
      SVELTE_CHECK_FORMAT,
      `line ${completed.line}`,
      `svelte-check says ${completed.errors} errors and ${completed.warnings} warnings but ${out.errorCount} and ${out.warningCount} were found`
    )
  }
  return out.report(SVELTE_CHECK_FORMAT)
}

/** Whether a line is one only svelte-check's machine output has: its START or COMPLETED line. */
export function isSvelteCheckLine(line: string): boolean {
  return START.test(line) || COMPLETED.test(line)
}

function plainFinding(line: string): RawFinding {
  const m = PLAIN.exec(line)!
  return { severity: SEVERITIES.get(m[1])!, file: unquote(m[2]), line: Number(m[3]), column: Number(m[4]), message: unquote(m[5]) }
}

function verboseFinding(line: string, file: string, where: string): RawFinding | undefined {
  const m = VERBOSE.exec(line)
  if (!m) return undefined
  let data: unknown
  try {
    data = JSON.parse(m[1])
  } catch {
    throw new ReportError(file, SVELTE_CHECK_FORMAT, where, 'a diagnostic that is not JSON')
  }
  const d = data as { type?: unknown; filename?: unknown; start?: { line?: unknown; character?: unknown }; end?: { line?: unknown }; message?: unknown; code?: unknown; source?: unknown }
  const severity = typeof d.type === 'string' ? SEVERITIES.get(d.type) : undefined
  if (severity === undefined) throw new ReportError(file, SVELTE_CHECK_FORMAT, where, `type: ${JSON.stringify(d.type)}, expected "ERROR" or "WARNING"`)
  if (typeof d.filename !== 'string' || typeof d.message !== 'string') throw new ReportError(file, SVELTE_CHECK_FORMAT, where, 'a diagnostic without filename or message')
  const at = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n + 1 : undefined)
  return {
    // TypeScript's diagnostics carry tsc's number (with source "ts", or none for a .ts file): named as tsc names them;
    // svelte's and css's are words (a11y_missing_attribute).
    rule: typeof d.code === 'number' ? `TS${d.code}` : typeof d.code === 'string' && d.code !== '' ? d.code : null,
    severity,
    file: d.filename,
    line: at(d.start?.line),
    end_line: at(d.end?.line),
    column: at(d.start?.character),
    message: d.message
  }
}

/** A JSON string literal as svelte-check writes it; the text between the quotes when it is not valid JSON. */
function unquote(quoted: string): string {
  try {
    const value = JSON.parse(quoted) as unknown
    if (typeof value === 'string') return value
  } catch {
    // not JSON: as written
  }
  return quoted.replace(/^"|"$/g, '')
}
