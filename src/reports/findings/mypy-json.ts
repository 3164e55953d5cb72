/**
 * mypy's JSON output (`mypy -O json`, `--output=json`, mypy 1.11+): one JSON object per line, `{file, line, column,
 * end_line, end_column, message, hint, code, severity}`, with `column` counted from 0 and the notes that belong to a
 * diagnostic ("Possible overload variants: …") in its `hint`; a note of its own (`reveal_type`) is a line with
 * `severity: "note"`, a notice here as in the text reader. mypy writes no summary in this mode, and nothing at all
 * when it found no problem (exit status 0): an empty report of this format is 0 problems, and a mypy that could not
 * run exits non-zero, which fails the gate on its own.
 */
import type { FindingsReport, Severity } from '../types.js'
import { ReportError } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { own, parseJsonText, type JsonObject } from './json-text.js'

export const MYPY_JSON_FORMAT = 'mypy-json'

const SEVERITIES = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['note', 'notice']
])

/** The members every line of mypy's JSON output has. */
const MEMBERS = ['file', 'line', 'column', 'message', 'hint', 'code', 'severity'] as const

/** Whether a parsed value is one line of mypy's JSON output (all of its members, whatever their values). */
export function isMypyJsonLine(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && MEMBERS.every((k) => own(value as JsonObject, k) !== undefined)
}

/** Whether a text is mypy's JSON output, from its first non-blank line. */
export function looksLikeMypyJson(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '')
  if (first === undefined || !first.trimStart().startsWith('{')) return false
  try {
    return isMypyJsonLine(JSON.parse(first))
  } catch {
    return false
  }
}

export function parseMypyJson(text: string, options: FindingsOptions): FindingsReport {
  const out = new FindingsCollector('mypy', options)
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const where = `line ${i + 1}`
    const fail = (detail: string): never => {
      throw new ReportError(options.file, MYPY_JSON_FORMAT, where, detail)
    }
    if (!line.trimStart().startsWith('{')) fail('not a JSON object: mypy -O json writes one diagnostic object per line and nothing else')
    let data: unknown
    try {
      data = parseJsonText(line, options.file, MYPY_JSON_FORMAT)
    } catch (error) {
      if (!(error instanceof ReportError)) throw error
      // Its place is within this one line: line i + 1 of the file, at the same column.
      const column = /column (\d+)/.exec(error.where)
      throw new ReportError(options.file, MYPY_JSON_FORMAT, column ? `${where}, column ${column[1]}` : where, error.message.slice(error.message.indexOf(`(${error.where}): `) + error.where.length + 4))
    }
    if (!isMypyJsonLine(data)) fail(`expected an object with ${MEMBERS.join(', ')}`)
    const item = data as JsonObject
    const field = <T>(name: string, ok: (v: unknown) => v is T, expected: string): T => {
      const value = own(item, name)
      return ok(value) ? value : fail(`"${name}": expected ${expected}`)
    }
    const isString = (v: unknown): v is string => typeof v === 'string'
    const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'
    const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -1
    const file = field('file', isString, 'a string')
    const at = field('line', isCount, 'a whole number')
    const column = field('column', isCount, 'a whole number')
    const message = field('message', isString, 'a string')
    const hint = field('hint', isStringOrNull, 'a string or null')
    const code = field('code', isStringOrNull, 'a string or null')
    const kind = field('severity', isString, 'a string')
    const severity = SEVERITIES.get(kind) ?? fail(`"severity": "${kind.slice(0, 20)}" is none of error, warning, note`)
    const endLine = own(item, 'end_line')
    out.add({
      severity,
      // mypy's own complaints (bad configuration) name no source file and line -1.
      file,
      ...(at > 0 ? { line: at } : {}),
      ...(at > 0 && column >= 0 ? { column: column + 1 } : {}),
      ...(typeof endLine === 'number' && Number.isInteger(endLine) && endLine >= at && at > 0 ? { end_line: endLine } : {}),
      message: hint ? `${message}\n${hint}` : message,
      rule: code
    })
  })
  return out.report(MYPY_JSON_FORMAT)
}
