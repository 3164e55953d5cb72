/**
 * eslint's JSON formatter (`eslint -f json`): one result per linted file with its messages; severity 2 is an error
 * and 1 a warning. Fatal parse errors are messages too (`fatal: true`, no rule), and count as errors as eslint counts
 * them. The counts are checked against each file's own `errorCount`/`warningCount`, the numbers behind eslint's
 * "✖ N problems (E errors, W warnings)".
 */
import type { FindingsReport } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText, type JsonObject } from './json-text.js'

export const ESLINT_FORMAT = 'eslint-json'

export function parseEslintJson(text: string, options: FindingsOptions): FindingsReport {
  return eslintFromJson(parseJsonText(text, options.file, ESLINT_FORMAT), options)
}

/** The same, from JSON already parsed (format detection parses once). */
export function eslintFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, ESLINT_FORMAT)
  const out = new FindingsCollector('eslint', options)
  let fixable = 0
  r.array(data, '$').forEach((item, i) => {
    const path = index('$', i)
    const result = r.object(item, path)
    const filePath = r.string(result, 'filePath', path)
    out.checked(filePath)
    const messagesPath = member(path, 'messages')
    let errors = 0
    let warnings = 0
    r.array(own(result, 'messages'), messagesPath).forEach((entry, j) => {
      const at = index(messagesPath, j)
      const message = r.object(entry, at)
      const severity = r.integer(message, 'severity', at)
      if (severity !== 1 && severity !== 2) r.fail(member(at, 'severity'), `expected 1 (warning) or 2 (error), found ${severity}`)
      if (severity === 2) errors++
      else warnings++
      out.add({
        rule: r.optionalString(message, 'ruleId', at),
        severity: severity === 2 ? 'error' : 'warning',
        file: filePath,
        line: r.optionalInteger(message, 'line', at),
        end_line: r.optionalInteger(message, 'endLine', at),
        column: r.optionalInteger(message, 'column', at),
        message: r.string(message, 'message', at)
      })
    })
    // Problems an eslint-disable comment silenced (eslint 8.8 and later list them): counted apart, shown as such.
    const suppressedPath = member(path, 'suppressedMessages')
    const suppressed = own(result, 'suppressedMessages')
    if (suppressed !== undefined && suppressed !== null) {
      r.array(suppressed, suppressedPath).forEach((entry, j) => {
        const at = index(suppressedPath, j)
        const message = r.object(entry, at)
        const reasons = own(message, 'suppressions')
        const justification = Array.isArray(reasons)
          ? reasons.map((s) => (s !== null && typeof s === 'object' && typeof (s as Record<string, unknown>).justification === 'string' ? ((s as Record<string, unknown>).justification as string) : '')).find((t) => t.trim())
          : undefined
        out.suppressed({ file: filePath, line: r.optionalInteger(message, 'line', at), rule: r.optionalString(message, 'ruleId', at), justification })
      })
    }
    checkCount(r, result, 'errorCount', errors, path)
    checkCount(r, result, 'warningCount', warnings, path)
    fixable += (r.optionalInteger(result, 'fixableErrorCount', path) ?? 0) + (r.optionalInteger(result, 'fixableWarningCount', path) ?? 0)
  })
  return out.report(ESLINT_FORMAT, { fixable, listsFiles: true })
}

/** A file's own count must agree with its messages, or the report was edited or cut and cannot be trusted. */
function checkCount(r: JsonReader, result: JsonObject, key: string, counted: number, path: string): void {
  const stated = r.optionalInteger(result, key, path)
  if (stated !== undefined && stated !== counted) {
    r.fail(member(path, key), `says ${stated} but the file's messages hold ${counted}`)
  }
}
