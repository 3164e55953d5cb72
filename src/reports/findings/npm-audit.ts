/**
 * `npm audit --json` of npm 7 and later (`auditReportVersion: 2`): `vulnerabilities` maps each vulnerable package to its
 * `severity`, `via` (advisories, or the names of vulnerable packages it depends on), `range`, `isDirect` and
 * `fixAvailable`; `metadata.vulnerabilities` holds the counts behind npm's "N vulnerabilities (x moderate, y high, …)".
 *
 * One finding per vulnerable package, as npm counts them, with its advisory severity (critical, high, moderate →
 * medium, low; `info`, below low, is a notice counted as `informational`, which no limit judges: npm audit's default
 * audit level, low, does not fail on it): critical and high are errors, moderate and low warnings. The file is
 * `package.json` for a direct dependency (where the fix is made) and `package-lock.json` for a transitive one. The
 * counts must equal `metadata.vulnerabilities`, or the report was cut or edited. npm 6's format (`advisories`) and the
 * error object npm writes when the audit itself failed (no lockfile, registry without the audit endpoint) are refused
 * with npm's own reason.
 */
import type { FindingsReport, Severity, VulnerabilitySeverity } from '../types.js'
import { cleanLine, FindingsCollector, type FindingsOptions } from './collect.js'
import { JsonReader, member, own, parseJsonText, type JsonObject } from './json-text.js'

export const NPM_AUDIT_FORMAT = 'npm-audit-json'

const LEVELS = new Map<string, { severity: Severity; security?: VulnerabilitySeverity }>([
  ['critical', { severity: 'error', security: 'critical' }],
  ['high', { severity: 'error', security: 'high' }],
  ['moderate', { severity: 'warning', security: 'medium' }],
  ['low', { severity: 'warning', security: 'low' }],
  ['info', { severity: 'notice' }]
])

/** npm's severities from least to most severe. */
const RANK = ['info', 'low', 'moderate', 'high', 'critical']

export function parseNpmAuditJson(text: string, options: FindingsOptions): FindingsReport {
  return npmAuditFromJson(parseJsonText(text, options.file, NPM_AUDIT_FORMAT), options)
}

export function npmAuditFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, NPM_AUDIT_FORMAT)
  const out = new FindingsCollector('npm-audit', options)
  const root = r.object(data, '$')
  const error = own(root, 'error')
  if (own(root, 'vulnerabilities') === undefined && isObject(error)) {
    r.fail('$.error', `npm audit itself failed, so nothing was audited: ${npmError(root, error)}`)
  }
  if (own(root, 'advisories') !== undefined && own(root, 'vulnerabilities') === undefined) {
    r.fail('$', 'this is npm 6 audit output (auditReportVersion 1, `advisories`); run the audit with npm 7 or later')
  }
  const version = own(root, 'auditReportVersion')
  if (version !== undefined && version !== 2) r.fail('$.auditReportVersion', 'expected 2 (npm 7 and later)')
  const vulnsPath = member('$', 'vulnerabilities')
  const vulnerabilities = r.object(own(root, 'vulnerabilities'), vulnsPath)
  const counted = new Map<string, number>()
  // Object.keys: the JSON's own keys, `__proto__` included, nothing inherited.
  for (const key of Object.keys(vulnerabilities)) {
    const at = member(vulnsPath, key)
    const entry = r.object(own(vulnerabilities, key), at)
    const level = r.string(entry, 'severity', at)
    const grade = LEVELS.get(level)
    if (!grade) r.fail(member(at, 'severity'), `unknown severity (expected one of ${[...LEVELS.keys()].join(', ')})`)
    counted.set(level, (counted.get(level) ?? 0) + 1)
    const name = r.optionalString(entry, 'name', at) ?? key
    const range = r.optionalString(entry, 'range', at)
    const { ids, text } = describeVia(r, entry, at)
    const direct = own(entry, 'isDirect') === true
    out.add({
      rule: ids[0] ?? 'vulnerable-dependency',
      severity: grade.severity,
      file: direct ? 'package.json' : 'package-lock.json',
      message: `${name}${range ? ` ${range}` : ''} (${level}): ${text}; ${describeFix(own(entry, 'fixAvailable'))}`,
      security_severity: grade.security
    })
  }
  const metadata = r.optionalObject(root, 'metadata', '$')
  const stated = metadata && r.optionalObject(metadata, 'vulnerabilities', member('$', 'metadata'))
  if (stated) {
    const statedPath = member(member('$', 'metadata'), 'vulnerabilities')
    for (const level of LEVELS.keys()) {
      const n = r.optionalInteger(stated, level, statedPath)
      const listed = counted.get(level) ?? 0
      if (n !== undefined && n !== listed) r.fail(member(statedPath, level), `says ${n} but vulnerabilities hold ${listed}`)
    }
    const total = r.optionalInteger(stated, 'total', statedPath)
    if (total !== undefined && total !== out.total) r.fail(member(statedPath, 'total'), `says ${total} but vulnerabilities hold ${out.total}`)
  }
  // npm 7+: `metadata.dependencies.total`, the packages of the lock file it audited.
  const deps = metadata && own(metadata, 'dependencies')
  const audited = deps && typeof deps === 'object' && !Array.isArray(deps) ? r.optionalInteger(deps as JsonObject, 'total', member(member('$', 'metadata'), 'dependencies')) : undefined
  if (audited === undefined && out.total === 0) {
    // npm 7 and later always say how many packages they audited: a report listing nothing that does not say it is
    // no sign of an audit (a hand-written `{"vulnerabilities": {}}`, a step that only created the file).
    r.fail('$.metadata.dependencies.total', 'absent, and no vulnerability listed: npm 7 and later always write the packages they audited there, so nothing shows that an audit ran')
  }
  const report = out.report(NPM_AUDIT_FORMAT, { kind: 'vulnerabilities', vulnerabilities: 'always', ...(audited !== undefined ? { audited } : {}) })
  const info = counted.get('info') ?? 0
  if (info > 0) report.informational = info
  return report
}

/** The advisories an entry comes from (titles and GHSA ids, the most severe first), or the vulnerable packages it depends on. */
function describeVia(r: JsonReader, entry: JsonObject, at: string): { ids: string[]; text: string } {
  const viaPath = member(at, 'via')
  const via = own(entry, 'via')
  const items = via === undefined || via === null ? [] : r.array(via, viaPath)
  const advisories: { id?: string; text: string; rank: number }[] = []
  const packages: string[] = []
  for (const item of items) {
    if (typeof item === 'string') {
      packages.push(item)
    } else if (isObject(item)) {
      const title = typeof own(item, 'title') === 'string' ? (own(item, 'title') as string) : 'advisory'
      const url = own(item, 'url')
      const id = typeof url === 'string' ? /\/(GHSA-[\w-]+)$/i.exec(url)?.[1] : undefined
      const severity = own(item, 'severity')
      const rank = typeof severity === 'string' ? RANK.indexOf(severity) : -1
      advisories.push({ id, text: id ? `${title} (${id})` : title, rank })
    }
  }
  const ids = [...advisories]
    .sort((a, b) => b.rank - a.rank)
    .map((a) => a.id)
    .filter((id): id is string => id !== undefined)
  const parts = advisories.map((a) => a.text)
  if (packages.length > 0) parts.push(`depends on vulnerable versions of ${packages.join(', ')}`)
  return { ids, text: parts.length > 0 ? parts.join('; ') : 'vulnerable' }
}

function describeFix(fix: unknown): string {
  if (fix === true) return 'fix available via `npm audit fix`'
  if (isObject(fix)) {
    const name = own(fix, 'name')
    const version = own(fix, 'version')
    const target = typeof name === 'string' && typeof version === 'string' ? `${name}@${version}` : 'a fixed version'
    return own(fix, 'isSemVerMajor') === true
      ? `fix available via \`npm audit fix --force\` (installs ${target}, a breaking change)`
      : `fix available via \`npm audit fix --force\` (installs ${target})`
  }
  return 'no fix available'
}

/** npm's own reason, bounded, with any credentials in a registry URL masked. */
function npmError(root: JsonObject, error: JsonObject): string {
  const parts = [own(error, 'summary'), own(root, 'message'), own(error, 'code'), own(error, 'detail')]
  const reason = parts.find((p): p is string => typeof p === 'string' && p.trim() !== '') ?? 'no reason given'
  return cleanLine(reason.replace(/\/\/[^/@\s]+@/g, '//***@'), 300)
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
