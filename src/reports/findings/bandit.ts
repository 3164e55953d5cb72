/**
 * bandit's JSON report (`bandit -r src -f json -o bandit.json`): `results` with `issue_severity` (HIGH, MEDIUM, LOW,
 * UNDEFINED), `issue_confidence`, `test_id`, `line_number`, `line_range`, and from bandit 1.7 on `col_offset` (0-based)
 * and `issue_cwe`; `errors` lists the files bandit could not scan; `metrics._totals` holds the
 * `SEVERITY.*` tallies of its "Total issues (by severity)", and every other key of `metrics` is a file it scanned
 * (`checked_files`: a scan of no file, or of none of the component's, measures nothing).
 *
 * Each result is a finding graded by its severity (HIGH → error and security severity high, MEDIUM → warning and
 * medium, LOW → notice and low, UNDEFINED → notice, ungraded), and the report carries exact `vulnerabilities` counts
 * though its kind is `problems`: bandit finds risky code, not advisories. A file bandit could not scan is a warning
 * (`bandit-skipped-file`): its code was not checked. The tallies count issues before `-l`/`-i`/baseline filtering, so
 * a severity may list fewer results than its tally but never more.
 *
 * Never read: `code` (the source lines around the issue) and, for the hardcoded-password tests B105–B107, the issue
 * text, which quotes the password.
 */
import type { FindingsReport, Severity, VulnerabilitySeverity } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText } from './json-text.js'

export const BANDIT_FORMAT = 'bandit-json'

const SEVERITIES = new Map<string, { severity: Severity; security?: VulnerabilitySeverity }>([
  ['HIGH', { severity: 'error', security: 'high' }],
  ['MEDIUM', { severity: 'warning', security: 'medium' }],
  ['LOW', { severity: 'notice', security: 'low' }],
  ['UNDEFINED', { severity: 'notice' }]
])

/** Tests whose issue text quotes a secret (bandit's hardcoded_password_string, _funcarg, _default). */
const QUOTES_SECRET = new Set(['B105', 'B106', 'B107'])

export function parseBanditJson(text: string, options: FindingsOptions): FindingsReport {
  return banditFromJson(parseJsonText(text, options.file, BANDIT_FORMAT), options)
}

export function banditFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, BANDIT_FORMAT)
  const out = new FindingsCollector('bandit', options)
  const root = r.object(data, '$')
  const listPath = member('$', 'results')
  const counted = new Map<string, number>()
  r.array(own(root, 'results'), listPath).forEach((item, i) => {
    const at = index(listPath, i)
    const result = r.object(item, at)
    const level = r.string(result, 'issue_severity', at).toUpperCase()
    const grade = SEVERITIES.get(level)
    if (!grade) r.fail(member(at, 'issue_severity'), 'unknown severity (expected HIGH, MEDIUM, LOW or UNDEFINED)')
    counted.set(level, (counted.get(level) ?? 0) + 1)
    const test = r.optionalString(result, 'test_id', at)
    const line = r.optionalInteger(result, 'line_number', at)
    const column = r.optionalInteger(result, 'col_offset', at)
    const confidence = r.optionalString(result, 'issue_confidence', at)
    const cweObject = r.optionalObject(result, 'issue_cwe', at)
    const cwe = cweObject && r.optionalInteger(cweObject, 'id', member(at, 'issue_cwe'))
    const text = test !== undefined && QUOTES_SECRET.has(test) ? 'Possible hardcoded password (value not shown)' : r.string(result, 'issue_text', at)
    const notes = [confidence ? `confidence: ${confidence.toLowerCase()}` : undefined, cwe ? `CWE-${cwe}` : undefined].filter(Boolean)
    out.add({
      rule: test,
      severity: grade.severity,
      file: r.string(result, 'filename', at),
      line,
      end_line: lastLine(r.optionalInteger(result, 'end_line_number', at), own(result, 'line_range'), line),
      column: column === undefined ? undefined : column + 1,
      message: notes.length > 0 ? `${text} (${notes.join(', ')})` : text,
      security_severity: grade.security
    })
  })
  const errorsPath = member('$', 'errors')
  const errors = own(root, 'errors')
  if (errors !== undefined && errors !== null) {
    r.array(errors, errorsPath).forEach((item, i) => {
      const at = index(errorsPath, i)
      const error = r.object(item, at)
      out.add({
        rule: 'bandit-skipped-file',
        severity: 'warning',
        file: r.string(error, 'filename', at),
        message: `bandit could not scan this file: ${r.optionalString(error, 'reason', at) ?? 'no reason given'}`
      })
    })
  }
  const metrics = r.optionalObject(root, 'metrics', '$')
  // `metrics` holds one entry per file bandit scanned, beside `_totals`: none is a scan of nothing.
  if (metrics) for (const file of Object.keys(metrics)) if (file !== '_totals') out.checked(file)
  const totals = metrics && r.optionalObject(metrics, '_totals', member('$', 'metrics'))
  if (totals) {
    const totalsPath = member(member('$', 'metrics'), '_totals')
    for (const level of SEVERITIES.keys()) {
      const key = `SEVERITY.${level}`
      const stated = own(totals, key)
      if (stated === undefined || stated === null) continue
      if (typeof stated !== 'number' || !Number.isFinite(stated)) r.fail(member(totalsPath, key), 'expected a number')
      const listed = counted.get(level) ?? 0
      if (listed > stated) r.fail(member(totalsPath, key), `says ${stated} but the results hold ${listed}`)
    }
  }
  return out.report(BANDIT_FORMAT, { kind: 'problems', vulnerabilities: 'always', listsFiles: metrics !== undefined })
}

/** The last line of the issue: bandit 1.7.5+'s `end_line_number`, else the last of `line_range` when after the line. */
function lastLine(end: number | undefined, range: unknown, line: number | undefined): number | undefined {
  if (end !== undefined) return end
  if (!Array.isArray(range) || range.length === 0) return undefined
  const last: unknown = range[range.length - 1]
  return typeof last === 'number' && Number.isSafeInteger(last) && (line === undefined || last >= line) ? last : undefined
}
