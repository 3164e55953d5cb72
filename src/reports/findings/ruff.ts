/**
 * ruff's JSON output (`ruff check --output-format=json`): an array of diagnostics with absolute `filename`, 1-based
 * `location.row`/`column`, the rule `code` (`invalid-syntax` for syntax errors; null in older versions) and an optional
 * `fix`. Every diagnostic counts as ruff counts it in "Found N errors."; ruff 0.16 adds `severity`, honoured when
 * present. `fixable` counts the safe fixes, the "[*] N fixable with the `--fix` option" figure.
 */
import type { FindingsReport, Severity } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, parseJsonText } from './json-text.js'

export const RUFF_FORMAT = 'ruff-json'

const SEVERITIES = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['info', 'notice'],
  ['information', 'notice'],
  ['hint', 'notice']
])

/** Fixes `ruff check --fix` applies without `--unsafe-fixes` ("Automatic" in ruff before 0.1). */
const APPLIED_BY_FIX = new Set(['safe', 'Automatic'])

export function parseRuffJson(text: string, options: FindingsOptions): FindingsReport {
  return ruffFromJson(parseJsonText(text, options.file, RUFF_FORMAT), options)
}

export function ruffFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, RUFF_FORMAT)
  const out = new FindingsCollector('ruff', options)
  let fixable = 0
  r.array(data, '$').forEach((item, i) => {
    const at = index('$', i)
    const diagnostic = r.object(item, at)
    const start = r.optionalObject(diagnostic, 'location', at)
    const end = r.optionalObject(diagnostic, 'end_location', at)
    const fix = r.optionalObject(diagnostic, 'fix', at)
    if (fix) {
      const applicability = r.optionalString(fix, 'applicability', member(at, 'fix'))
      if (applicability === undefined || APPLIED_BY_FIX.has(applicability)) fixable++
    }
    const severityName = r.optionalString(diagnostic, 'severity', at) ?? 'error'
    const severity = SEVERITIES.get(severityName)
    if (!severity) r.fail(member(at, 'severity'), `unknown severity (expected one of ${[...SEVERITIES.keys()].join(', ')})`)
    out.add({
      rule: r.optionalString(diagnostic, 'code', at),
      severity,
      file: r.string(diagnostic, 'filename', at),
      line: start && r.optionalInteger(start, 'row', member(at, 'location')),
      end_line: end && r.optionalInteger(end, 'row', member(at, 'end_location')),
      column: start && r.optionalInteger(start, 'column', member(at, 'location')),
      message: r.string(diagnostic, 'message', at)
    })
  })
  return out.report(RUFF_FORMAT, fixable)
}
