/**
 * pyright's JSON output (`pyright --outputjson`): `generalDiagnostics` with absolute `file`, a 0-based `range` (made
 * 1-based here) and severity error, warning or information (→ notice). The counts are checked against `summary`, the
 * numbers behind pyright's "X errors, Y warnings, Z informations".
 */
import type { FindingsReport, Severity } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText, type JsonObject } from './json-text.js'

export const PYRIGHT_FORMAT = 'pyright-json'

const SEVERITIES = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['information', 'notice']
])

export function parsePyrightJson(text: string, options: FindingsOptions): FindingsReport {
  return pyrightFromJson(parseJsonText(text, options.file, PYRIGHT_FORMAT), options)
}

export function pyrightFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, PYRIGHT_FORMAT)
  const out = new FindingsCollector('pyright', options)
  const root = r.object(data, '$')
  const listPath = member('$', 'generalDiagnostics')
  r.array(own(root, 'generalDiagnostics'), listPath).forEach((item, i) => {
    const at = index(listPath, i)
    const diagnostic = r.object(item, at)
    const severity = SEVERITIES.get(r.string(diagnostic, 'severity', at))
    if (!severity) r.fail(member(at, 'severity'), 'unknown severity (expected error, warning or information)')
    const range = r.optionalObject(diagnostic, 'range', at)
    const start = range && position(r, range, 'start', member(at, 'range'))
    const end = range && position(r, range, 'end', member(at, 'range'))
    out.add({
      rule: r.optionalString(diagnostic, 'rule', at),
      severity,
      file: diagnosticFile(r, diagnostic, at),
      line: start?.line,
      end_line: end?.line,
      column: start?.column,
      message: r.string(diagnostic, 'message', at)
    })
  })
  const summary = r.optionalObject(root, 'summary', '$')
  let analyzed: number | undefined
  if (summary) {
    const summaryPath = member('$', 'summary')
    check(r, summary, 'errorCount', out.errorCount, summaryPath)
    check(r, summary, 'warningCount', out.warningCount, summaryPath)
    check(r, summary, 'informationCount', out.noticeCount, summaryPath)
    // How many files pyright analyzed: 0 (a path without Python files, every file excluded) checked nothing, and
    // pyright then exits 0 with "0 errors".
    analyzed = r.optionalInteger(summary, 'filesAnalyzed', summaryPath)
  }
  return out.report(PYRIGHT_FORMAT, analyzed === undefined ? {} : { checkedCount: analyzed })
}

/** A 0-based `{line, character}` as 1-based line and column. */
function position(r: JsonReader, range: JsonObject, key: string, path: string): { line: number; column: number } | undefined {
  const p = r.optionalObject(range, key, path)
  if (!p) return undefined
  const at = member(path, key)
  return { line: r.integer(p, 'line', at) + 1, column: r.integer(p, 'character', at) + 1 }
}

/** `file`, or a `file://` `uri` when only that is given. */
function diagnosticFile(r: JsonReader, diagnostic: JsonObject, at: string): string {
  const file = r.optionalString(diagnostic, 'file', at)
  if (file !== undefined) return file
  const uri = r.optionalString(diagnostic, 'uri', at)
  if (uri?.startsWith('file://')) {
    try {
      const path = decodeURIComponent(new URL(uri).pathname)
      // file:///C:/x → /C:/x; the drive letter path is C:/x.
      return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path
    } catch {
      r.fail(member(at, 'uri'), 'not a valid file URI')
    }
  }
  return r.fail(member(at, 'file'), 'expected a string, found nothing')
}

function check(r: JsonReader, summary: JsonObject, key: string, counted: number, path: string): void {
  const stated = r.optionalInteger(summary, key, path)
  if (stated !== undefined && stated !== counted) r.fail(member(path, key), `says ${stated} but generalDiagnostics hold ${counted}`)
}
