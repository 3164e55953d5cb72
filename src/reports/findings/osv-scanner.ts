/**
 * osv-scanner's JSON (`osv-scanner --format json`, v1 and v2): `results[]` per scanned lockfile or SBOM (`source.path`),
 * each with `packages[]`: the `package` (name, version, ecosystem), its OSV `vulnerabilities` and, since 1.3, `groups`
 * of ids that are aliases of one vulnerability with their `max_severity` (a CVSS base score as a string, empty when
 * no advisory scores it).
 *
 * One finding per group, as osv-scanner counts "N known vulnerabilities" (per vulnerability when there are no groups).
 * Its grade is the CVSS band of `max_severity` (≥ 9 critical, ≥ 7 high, ≥ 4 medium, > 0 low), as in osv-scanner's own
 * "(1 Critical, 1 High, 0 Medium, 0 Low, 0 Unknown)"; when no score is given, the advisory database's own rating
 * (`database_specific.severity`: GitHub's CRITICAL, HIGH, MODERATE, LOW) where the group has one, which osv-scanner
 * would count as Unknown. With neither, the finding has no `security_severity` (its message says "severity unknown") and
 * is not in the `vulnerabilities` counts. Critical, high and unknown are errors; medium and low warnings. License
 * violations are not read.
 *
 * A group whose call analysis (`experimental_analysis`, `experimentalAnalysis` before v2: per id, `called` and
 * `unimportant`) says no id of it is called, or that one is unimportant (a distribution's own rating), is one
 * osv-scanner hides: it leaves it out of its "N known vulnerabilities" and its severity counts, and does not exit
 * non-zero for it. It is counted apart as suppressed (shown, with why), never in `counts` or `vulnerabilities`.
 */
import type { FindingsReport, Severity, VulnerabilitySeverity } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText, type JsonObject } from './json-text.js'
import { cvssLevel } from './sarif.js'

export const OSV_SCANNER_FORMAT = 'osv-scanner-json'

const DATABASE_LEVELS = new Map<string, VulnerabilitySeverity>([
  ['CRITICAL', 'critical'],
  ['HIGH', 'high'],
  ['MODERATE', 'medium'],
  ['MEDIUM', 'medium'],
  ['LOW', 'low']
])

const RANK: Record<VulnerabilitySeverity, number> = { low: 1, medium: 2, high: 3, critical: 4 }

export function parseOsvScannerJson(text: string, options: FindingsOptions): FindingsReport {
  return osvScannerFromJson(parseJsonText(text, options.file, OSV_SCANNER_FORMAT), options)
}

export function osvScannerFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, OSV_SCANNER_FORMAT)
  const out = new FindingsCollector('osv-scanner', options)
  const root = r.object(data, '$')
  const resultsPath = member('$', 'results')
  const results = own(root, 'results')
  // osv-scanner writes `"results": null` when it found nothing to scan.
  const list = results === null ? [] : r.array(results, resultsPath)
  let audited = 0
  list.forEach((item, i) => {
    const at = index(resultsPath, i)
    const result = r.object(item, at)
    const source = r.optionalObject(result, 'source', at)
    const file = (source && r.optionalString(source, 'path', member(at, 'source'))) ?? ''
    const packagesPath = member(at, 'packages')
    const packages = own(result, 'packages')
    if (packages === undefined || packages === null) return
    r.array(packages, packagesPath).forEach((entry, j) => {
      const pAt = index(packagesPath, j)
      audited++
      readPackage(r, out, r.object(entry, pAt), pAt, file)
    })
  })
  return out.report(OSV_SCANNER_FORMAT, { kind: 'vulnerabilities', vulnerabilities: 'always', audited })
}

function readPackage(r: JsonReader, out: FindingsCollector, entry: JsonObject, at: string, file: string): void {
  const pkg = r.object(own(entry, 'package'), member(at, 'package'))
  const name = r.string(pkg, 'name', member(at, 'package'))
  const version = r.optionalString(pkg, 'version', member(at, 'package')) ?? r.optionalString(pkg, 'commit', member(at, 'package'))
  const ecosystem = r.optionalString(pkg, 'ecosystem', member(at, 'package'))
  const vulnsPath = member(at, 'vulnerabilities')
  const byId = new Map<string, JsonObject>()
  const vulns = own(entry, 'vulnerabilities')
  const vulnList = vulns === undefined || vulns === null ? [] : r.array(vulns, vulnsPath)
  vulnList.forEach((item, k) => {
    const vAt = index(vulnsPath, k)
    const vuln = r.object(item, vAt)
    byId.set(r.string(vuln, 'id', vAt), vuln)
  })
  const what = `${name}${version ? ` ${version}` : ''}${ecosystem ? ` (${ecosystem})` : ''}`
  const groups = own(entry, 'groups')
  if (groups !== undefined && groups !== null && r.array(groups, member(at, 'groups')).length > 0) {
    const groupsPath = member(at, 'groups')
    r.array(groups, groupsPath).forEach((item, k) => {
      const gAt = index(groupsPath, k)
      const group = r.object(item, gAt)
      const ids = strings(r, own(group, 'ids'), member(gAt, 'ids'))
      if (ids.length === 0) r.fail(member(gAt, 'ids'), 'a group names no vulnerability')
      const members = ids.map((id) => byId.get(id)).filter((v): v is JsonObject => v !== undefined)
      const maxSeverity = r.optionalString(group, 'max_severity', gAt)
      const score = maxSeverity !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(maxSeverity) ? Number(maxSeverity) : undefined
      const hidden = hiddenBecause(r, group, gAt)
      if (hidden !== undefined) {
        out.suppressed({ file, rule: ids[0], justification: `${what}: ${hidden}` })
        return
      }
      const grade = (score !== undefined ? cvssLevel(score) : undefined) ?? databaseLevel(members)
      add(out, ids[0], grade, file, `${what}: ${summaryOf(members)} (${ids.join(', ')})`, score)
    })
    return
  }
  for (const [id, vuln] of byId) add(out, id, databaseLevel([vuln]), file, `${what}: ${summaryOf([vuln])} (${id})`, undefined)
}

function add(out: FindingsCollector, rule: string, grade: VulnerabilitySeverity | undefined, file: string, text: string, score: number | undefined): void {
  const severity: Severity = grade === 'medium' || grade === 'low' ? 'warning' : 'error'
  const rating = grade ? `severity ${grade}${score !== undefined && score > 0 ? ` (CVSS ${score})` : ''}` : 'severity unknown'
  out.add({ rule, severity, file, message: `${text}, ${rating}`, security_severity: grade })
}

/**
 * Why osv-scanner hides a group from its counts, if it does (its `GroupInfo.IsCalled` and `IsGroupUnimportant`): an
 * analysis that names no id of it as called, or one id as unimportant. No analysis means called.
 */
function hiddenBecause(r: JsonReader, group: JsonObject, at: string): string | undefined {
  const key = own(group, 'experimental_analysis') !== undefined ? 'experimental_analysis' : 'experimentalAnalysis'
  const analysis = r.optionalObject(group, key, at)
  if (!analysis) return undefined
  const entries = Object.keys(analysis).map((id) => r.object(own(analysis, id), member(member(at, key), id)))
  if (entries.length === 0) return undefined
  if (entries.some((entry) => own(entry, 'unimportant') === true)) return "rated unimportant (osv-scanner's analysis)"
  if (!entries.some((entry) => own(entry, 'called') === true)) return "not called by the code (osv-scanner's call analysis)"
  return undefined
}

/** The highest rating the advisory databases give the group's vulnerabilities, if any gives one. */
function databaseLevel(vulns: JsonObject[]): VulnerabilitySeverity | undefined {
  let best: VulnerabilitySeverity | undefined
  for (const vuln of vulns) {
    const specific = own(vuln, 'database_specific')
    const rating = isObject(specific) ? own(specific, 'severity') : undefined
    const level = typeof rating === 'string' ? DATABASE_LEVELS.get(rating.toUpperCase()) : undefined
    if (level && (!best || RANK[level] > RANK[best])) best = level
  }
  return best
}

function summaryOf(vulns: JsonObject[]): string {
  for (const vuln of vulns) {
    const summary = own(vuln, 'summary')
    if (typeof summary === 'string' && summary.trim() !== '') return summary.trim()
  }
  return 'known vulnerability'
}

function strings(r: JsonReader, value: unknown, path: string): string[] {
  if (value === undefined || value === null) return []
  return r.array(value, path).map((item, i) => {
    if (typeof item !== 'string') r.fail(index(path, i), 'expected a string')
    return item
  })
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
