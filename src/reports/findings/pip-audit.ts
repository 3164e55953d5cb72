/**
 * pip-audit's JSON (`pip-audit --format json`, pip-audit 2: `{dependencies, fixes}`; pip-audit 1: the bare array of
 * dependencies): each audited dependency with its `vulns` (`id`, `fix_versions`, with `--aliases` the CVE/GHSA
 * `aliases`, with `--desc` a `description`); a dependency it could not audit has a `skip_reason` instead and is not a
 * finding.
 *
 * pip-audit grades nothing: its advisories (PyPI's, or OSV's) carry no severity in its output. So each vulnerability
 * is an error finding with no `security_severity`, its message says "severity unknown", and the report's
 * `vulnerabilities` counts (kind `vulnerabilities`) stay at zero: they count only known levels. The number of
 * vulnerabilities of unknown severity is the findings count minus the sum of `vulnerabilities`, here all of them.
 * pip-audit names no file (it audits an environment or a requirements file it was given), so `file` is empty.
 */
import type { FindingsReport } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText } from './json-text.js'

export const PIP_AUDIT_FORMAT = 'pip-audit-json'

export function parsePipAuditJson(text: string, options: FindingsOptions): FindingsReport {
  return pipAuditFromJson(parseJsonText(text, options.file, PIP_AUDIT_FORMAT), options)
}

export function pipAuditFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, PIP_AUDIT_FORMAT)
  const out = new FindingsCollector('pip-audit', options)
  const legacy = Array.isArray(data)
  const listPath = legacy ? '$' : member('$', 'dependencies')
  const dependencies = r.array(legacy ? data : own(r.object(data, '$'), 'dependencies'), listPath)
  let audited = 0
  dependencies.forEach((item, i) => {
    const at = index(listPath, i)
    const dependency = r.object(item, at)
    const name = r.string(dependency, 'name', at)
    if (own(dependency, 'skip_reason') !== undefined && own(dependency, 'vulns') === undefined) return
    audited++
    const version = r.optionalString(dependency, 'version', at)
    const vulnsPath = member(at, 'vulns')
    r.array(own(dependency, 'vulns'), vulnsPath).forEach((entry, j) => {
      const vAt = index(vulnsPath, j)
      const vuln = r.object(entry, vAt)
      const id = r.string(vuln, 'id', vAt)
      const aliases = strings(r, own(vuln, 'aliases'), member(vAt, 'aliases'))
      const fixes = strings(r, own(vuln, 'fix_versions'), member(vAt, 'fix_versions'))
      const description = r.optionalString(vuln, 'description', vAt)
      const summary = description?.trim().split('\n')[0]
      out.add({
        rule: id,
        severity: 'error',
        file: '',
        message:
          `${name}${version ? ` ${version}` : ''}: ${id}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''}, severity unknown ` +
          `(pip-audit reports none); ${fixes.length > 0 ? `fixed in ${fixes.join(', ')}` : 'no fixed version'}` +
          (summary ? `\n${summary}` : '')
      })
    })
  })
  return out.report(PIP_AUDIT_FORMAT, { kind: 'vulnerabilities', vulnerabilities: 'always', audited })
}

function strings(r: JsonReader, value: unknown, path: string): string[] {
  if (value === undefined || value === null) return []
  return r.array(value, path).map((item, i) => {
    if (typeof item !== 'string') r.fail(index(path, i), 'expected a string')
    return item
  })
}
