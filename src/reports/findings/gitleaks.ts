/**
 * gitleaks' JSON report (`gitleaks git|dir --report-format json`, its default): an array of leaks with `RuleID`,
 * `File`, `StartLine`, `EndLine`, `StartColumn`, `Commit`, and the secret itself in `Secret`, `Match` and the line in
 * `Line`/`Context`. A finding keeps the file, line, column, rule and commit; none of the fields that hold the value
 * (nor the author and e-mail) is read. Given gitleaks' SARIF (`--report-format sarif`) instead, it reads that.
 */
import type { FindingsReport } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, parseJsonText } from './json-text.js'
import { sarifFromJson, secretMessage } from './sarif.js'

export const GITLEAKS_FORMAT = 'gitleaks-json'

export function parseGitleaksJson(text: string, options: FindingsOptions): FindingsReport {
  return gitleaksFromJson(parseJsonText(text, options.file, GITLEAKS_FORMAT), options)
}

export function gitleaksFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, 'runs')) return sarifFromJson(data, options)
  const r: JsonReader = new JsonReader(options.file, GITLEAKS_FORMAT)
  const out = new FindingsCollector('gitleaks', options)
  r.array(data, '$').forEach((item, i) => {
    const at = index('$', i)
    const leak = r.object(item, at)
    const rule = r.string(leak, 'RuleID', at)
    const commit = r.optionalString(leak, 'Commit', at)
    const shortCommit = commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 12) : undefined
    out.add({
      rule,
      severity: 'error',
      file: r.optionalString(leak, 'File', at) ?? '',
      line: r.optionalInteger(leak, 'StartLine', at),
      end_line: r.optionalInteger(leak, 'EndLine', at),
      column: r.optionalInteger(leak, 'StartColumn', at),
      message: `${secretMessage('gitleaks', rule)}${shortCommit ? ` in commit ${shortCommit}` : ''}`
    })
  })
  return out.report(GITLEAKS_FORMAT, { kind: 'secrets' })
}
