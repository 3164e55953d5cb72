/**
 * oxlint's JSON (`oxlint --format json`): `{diagnostics, number_of_files, number_of_rules, …}`, each diagnostic with
 * its `code` (`eslint(no-debugger)`, the plugin and the rule), `severity` (error, warning; advice is a notice),
 * `filename` relative to where oxlint ran, and `labels` whose first span holds the 1-based line and column (oxlint
 * releases before they were added give only byte offsets: no line then). oxlint writes neither eslint's JSON nor
 * SARIF, so this is the report an oxlint project's linting gate reads. `number_of_files` is how many files it linted:
 * 0 (a path with no file it lints) checked nothing.
 */
import type { FindingsReport, Severity } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own } from './json-text.js'

export const OXLINT_FORMAT = 'oxlint-json'

const SEVERITIES = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['advice', 'notice']
])

export function oxlintFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r = new JsonReader(options.file, OXLINT_FORMAT)
  const out = new FindingsCollector('oxlint', options)
  const root = r.object(data, '$')
  const listPath = member('$', 'diagnostics')
  r.array(own(root, 'diagnostics'), listPath).forEach((item, i) => {
    const at = index(listPath, i)
    const diagnostic = r.object(item, at)
    const severity = SEVERITIES.get(r.string(diagnostic, 'severity', at)) ?? r.fail(member(at, 'severity'), `unknown severity (expected one of ${[...SEVERITIES.keys()].join(', ')})`)
    const labels = own(diagnostic, 'labels')
    const first = Array.isArray(labels) && labels.length > 0 ? r.object(labels[0], index(member(at, 'labels'), 0)) : undefined
    const span = first && r.optionalObject(first, 'span', index(member(at, 'labels'), 0))
    const spanPath = member(index(member(at, 'labels'), 0), 'span')
    out.add({
      rule: r.optionalString(diagnostic, 'code', at) ?? null,
      severity,
      // A diagnostic of no file (a configuration problem) is the run's, not a file's.
      file: r.optionalString(diagnostic, 'filename', at) ?? '',
      line: span && r.optionalInteger(span, 'line', spanPath),
      column: span && r.optionalInteger(span, 'column', spanPath),
      message: r.string(diagnostic, 'message', at)
    })
  })
  const files = r.optionalInteger(root, 'number_of_files', '$')
  return out.report(OXLINT_FORMAT, files === undefined ? {} : { checkedCount: files })
}

/** Whether parsed JSON is oxlint's report: its diagnostics beside the run's figures only oxlint writes. */
export function looksLikeOxlintJson(data: { readonly [key: string]: unknown }): boolean {
  return Array.isArray(own(data, 'diagnostics')) && (own(data, 'number_of_files') !== undefined || own(data, 'number_of_rules') !== undefined)
}
