/**
 * SARIF 2.1.0 (`runs[].results[]`), from any tool: CodeQL, Semgrep, Trivy, gosec, the eslint and secretlint SARIF
 * formatters, gitleaks `--report-format sarif`, …
 *
 * - Severity: the result's `level` (error → error, warning → warning, note and none → notice); without one, the rule's
 *   `defaultConfiguration.level`, else `warning`, as the SARIF spec says (`error` for a secret scanner: gitleaks writes no
 *   level, yet fails on every leak). A result whose `kind` is `pass` or
 *   `notApplicable`, or whose `baselineState` is `absent`, is not a problem and is left out; one that is suppressed
 *   (it has suppressions and none is `underReview` or `rejected`, as SARIF's guidance for viewers says; eslint's SARIF
 *   for an eslint-disable comment) is not counted either, as GitHub code scanning does not, but kept apart as
 *   `suppressed` (where, which rule, the justification) to be shown.
 * - Location: `locations[0].physicalLocation`: the artifact's `uri` (a `file:` URI, or a relative reference resolved
 *   through `uriBaseId` and `run.originalUriBaseIds`; an unknown base such as `%SRCROOT%` is the workspace), or the
 *   artifact it points to by `index`; `region` start line, end line and start column.
 * - `security-severity` (a CVSS score in the result's or the rule's `properties`, as GitHub reads it) grades a result:
 *   ≥ 9.0 critical, ≥ 7.0 high, ≥ 4.0 medium, > 0 low. A report with any graded result has kind `vulnerabilities` and
 *   exact `vulnerabilities` counts.
 * - Tool notifications of level `error` (`invocations[].toolExecutionNotifications` and
 *   `toolConfigurationNotifications`: a file the tool could not parse, a rule that crashed) are error findings: the
 *   code they name was not checked. eslint's SARIF formatter puts eslint's fatal parse errors there, so counting them
 *   gives eslint's own "✖ N problems".
 * - A log that shows nothing was checked is refused, never read as "no problem": no run, a run whose `results` is
 *   absent or null (§3.14.23: the tool failed or produced none), an invocation with `executionSuccessful: false` and no
 *   error notification naming what failed.
 * - Secret scanners (gitleaks, secretlint, trufflehog, detect-secrets, ggshield, …) quote the secret in `message`,
 *   `region.snippet` and fingerprints: for their runs none of those is read, the message is built from the rule id
 *   alone, and the report has kind `secrets`.
 */
import type { FindingsReport, Severity, VulnerabilitySeverity } from '../types.js'
import { cleanLine, FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText, type JsonObject } from './json-text.js'

export const SARIF_FORMAT = 'sarif'

const LEVELS = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['note', 'notice'],
  ['none', 'notice']
])

/** Tools whose every result is a secret (lower-cased `tool.driver.name`). */
export const SECRET_SCANNERS: ReadonlySet<string> = new Set([
  'gitleaks',
  'secretlint',
  'trufflehog',
  'detect-secrets',
  'ggshield',
  'noseyparker',
  'nosey parker',
  'kingfisher',
  'betterleaks'
])

/** How deep `originalUriBaseIds` may refer to one another before the chain is refused as a loop. */
const MAX_BASE_DEPTH = 8

export function parseSarif(text: string, options: FindingsOptions): FindingsReport {
  return sarifFromJson(parseJsonText(text, options.file, SARIF_FORMAT), options)
}

/** A SARIF log as its CVSS `security-severity` score reads: the GitHub code scanning bands. */
export function cvssLevel(score: number): VulnerabilitySeverity | undefined {
  if (!Number.isFinite(score) || score <= 0) return undefined
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  return 'low'
}

export function sarifFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, SARIF_FORMAT)
  const out = new FindingsCollector('sarif', options)
  const root = r.object(data, '$')
  const version = own(root, 'version')
  if (version !== '2.1.0') {
    r.fail('$.version', typeof version === 'string' ? `SARIF ${cleanLine(version, 40)} is not read; only 2.1.0 is` : 'expected "2.1.0"')
  }
  const names = new Set<string>()
  let secretRuns = 0
  const runs = r.array(own(root, 'runs'), '$.runs')
  // A log without a run holds no tool's results: nothing was checked, which is not "no problem found".
  if (runs.length === 0) r.fail('$.runs', 'the log holds no run: no tool wrote results into it, so it shows nothing was checked')
  runs.forEach((item, i) => {
    const run = new Run(r, r.object(item, index('$.runs', i)), index('$.runs', i))
    names.add(run.tool)
    if (run.secrets) secretRuns++
    run.readResults(out)
    run.readNotifications(out)
  })
  const tool = names.size === 1 ? [...names][0] : 'sarif'
  if (runs.length > 0 && secretRuns === runs.length) return out.report(SARIF_FORMAT, { kind: 'secrets' }, tool)
  const graded = Object.values(out.vulnerabilityCounts).some((n) => n > 0)
  return out.report(SARIF_FORMAT, graded ? { kind: 'vulnerabilities', vulnerabilities: 'always' } : {}, tool)
}

/** One run: its tool, rules, artifacts and URI bases, for reading its results. */
class Run {
  readonly tool: string
  readonly secrets: boolean
  private readonly rules: readonly unknown[]
  private readonly rulesById = new Map<string, JsonObject>()
  private readonly extensions: readonly unknown[]
  private readonly artifacts: readonly unknown[]
  private readonly bases: JsonObject | undefined

  constructor(
    private readonly r: JsonReader,
    private readonly run: JsonObject,
    private readonly path: string
  ) {
    const toolPath = member(path, 'tool')
    const tool = r.object(own(run, 'tool'), toolPath)
    const driverPath = member(toolPath, 'driver')
    const driver = r.object(own(tool, 'driver'), driverPath)
    const name = r.string(driver, 'name', driverPath).trim().toLowerCase()
    this.tool = cleanLine(name, 100) || 'sarif'
    this.secrets = SECRET_SCANNERS.has(this.tool)
    this.rules = this.optionalArray(driver, 'rules', driverPath)
    this.rules.forEach((rule, i) => {
      const at = index(member(driverPath, 'rules'), i)
      const id = r.string(r.object(rule, at), 'id', at)
      if (!this.rulesById.has(id)) this.rulesById.set(id, rule as JsonObject)
    })
    this.extensions = this.optionalArray(tool, 'extensions', toolPath)
    this.artifacts = this.optionalArray(run, 'artifacts', path)
    this.bases = r.optionalObject(run, 'originalUriBaseIds', path)
  }

  readResults(out: FindingsCollector): void {
    const results = own(this.run, 'results')
    const listPath = member(this.path, 'results')
    // SARIF 2.1.0 §3.14.23: a run whose `results` is absent or null is one whose tool failed, or was not asked, to
    // produce results; `[]` is a run that found nothing. Nothing was checked: never read as "no problem".
    if (results === undefined || results === null) {
      this.r.fail(listPath, `${results === null ? 'null' : 'absent'}: SARIF says ${this.tool} failed to produce results (an empty list is a run that found nothing), so this run checked nothing`)
    }
    this.r.array(results, listPath).forEach((item, i) => {
      const at = index(listPath, i)
      const result = this.r.object(item, at)
      const kind = this.r.optionalString(result, 'kind', at) ?? 'fail'
      if (kind === 'pass' || kind === 'notApplicable') return
      if (this.r.optionalString(result, 'baselineState', at) === 'absent') return
      const suppression = this.suppression(result, at)
      const rule = this.rule(result, at)
      const ruleId = this.r.optionalString(result, 'ruleId', at) ?? (rule && this.r.optionalString(rule, 'id', at))
      if (suppression) {
        // Not a problem to count, but never one that was not there: kept apart, with where it is and why.
        const where = this.location(result, at)
        out.suppressed({ file: where.file, line: where.line, rule: ruleId, justification: suppression.justification })
        return
      }
      const level = this.r.optionalString(result, 'level', at) ?? (kind === 'fail' ? this.defaultLevel(rule, this.secrets ? 'error' : 'warning') : 'none')
      const severity = LEVELS.get(level)
      if (!severity) this.r.fail(member(at, 'level'), 'unknown level (expected error, warning, note or none)')
      const where = this.location(result, at)
      out.add(
        {
          rule: ruleId,
          severity,
          file: where.file,
          line: where.line,
          end_line: where.endLine,
          column: where.column,
          message: this.secrets ? secretMessage(this.tool, ruleId) : this.message(result, rule, at),
          security_severity: this.securitySeverity(result, rule, at)
        },
        this.tool
      )
    })
  }

  /** Error-level tool notifications: files or rules the tool could not check. */
  readNotifications(out: FindingsCollector): void {
    const invocationsPath = member(this.path, 'invocations')
    this.optionalArray(this.run, 'invocations', this.path).forEach((item, i) => {
      const at = index(invocationsPath, i)
      const invocation = this.r.object(item, at)
      const before = out.errorCount
      for (const key of ['toolConfigurationNotifications', 'toolExecutionNotifications']) {
        const listPath = member(at, key)
        this.optionalArray(invocation, key, at).forEach((entry, j) => {
          const nAt = index(listPath, j)
          const notification = this.r.object(entry, nAt)
          if ((this.r.optionalString(notification, 'level', nAt) ?? 'warning') !== 'error') return
          const descriptor = this.r.optionalObject(notification, 'descriptor', nAt)
          const rule = descriptor && this.r.optionalString(descriptor, 'id', member(nAt, 'descriptor'))
          const where = this.location(notification, nAt)
          const message = this.r.optionalObject(notification, 'message', nAt)
          const text = message && this.r.optionalString(message, 'text', member(nAt, 'message'))
          out.add(
            {
              rule,
              severity: 'error',
              file: where.file,
              line: where.line,
              end_line: where.endLine,
              column: where.column,
              message: this.secrets ? `${this.tool} could not scan this (tool error; message not shown)` : (text ?? `${this.tool} reported an error`)
            },
            this.tool
          )
        })
      }
      // A tool that says its execution failed without an error notification naming what (eslint's formatter names
      // each file it could not parse; counted above) gives results that cannot be taken as complete.
      if (own(invocation, 'executionSuccessful') === false && out.errorCount === before) {
        this.r.fail(member(at, 'executionSuccessful'), `false: ${this.tool} says its execution failed and names no error: its results cannot be taken as a complete check`)
      }
    })
  }

  private optionalArray(obj: JsonObject, key: string, path: string): readonly unknown[] {
    const value = own(obj, key)
    return value === undefined || value === null ? [] : this.r.array(value, member(path, key))
  }

  /**
   * The suppression in force on a result, with the first justification given; null when none. As SARIF's own
   * guidance for viewers says: suppressed when it has suppressions and none of them is under review or rejected — one
   * the team rejected keeps the result, whatever other suppressions say.
   */
  private suppression(result: JsonObject, at: string): { justification?: string } | null {
    const suppressions = this.optionalArray(result, 'suppressions', at)
    if (suppressions.length === 0) return null
    let justification: string | undefined
    for (const [i, item] of suppressions.entries()) {
      const sAt = index(member(at, 'suppressions'), i)
      const suppression = this.r.object(item, sAt)
      const status = this.r.optionalString(suppression, 'status', sAt)
      if (status === 'underReview' || status === 'rejected') return null
      justification ??= this.r.optionalString(suppression, 'justification', sAt)
    }
    return justification !== undefined ? { justification } : {}
  }

  /** The rule a result names: by `rule` reference (driver or extension), `ruleIndex`, or `ruleId`. */
  private rule(result: JsonObject, at: string): JsonObject | undefined {
    const reference = this.r.optionalObject(result, 'rule', at)
    if (reference) {
      const refAt = member(at, 'rule')
      const component = this.r.optionalObject(reference, 'toolComponent', refAt)
      const componentIndex = component && this.r.optionalInteger(component, 'index', member(refAt, 'toolComponent'))
      const ruleIndex = this.r.optionalInteger(reference, 'index', refAt)
      let rules = this.rules
      if (componentIndex !== undefined) {
        const extension = this.extensions[componentIndex]
        rules = isObject(extension) && Array.isArray(own(extension, 'rules')) ? (own(extension, 'rules') as unknown[]) : []
      }
      const byIndex = ruleIndex !== undefined ? rules[ruleIndex] : undefined
      if (isObject(byIndex)) return byIndex
      const id = this.r.optionalString(reference, 'id', refAt)
      if (id !== undefined) {
        const found = rules.find((rule) => isObject(rule) && own(rule, 'id') === id)
        if (isObject(found)) return found
      }
    }
    const ruleIndex = this.r.optionalInteger(result, 'ruleIndex', at)
    if (ruleIndex !== undefined && ruleIndex >= 0 && isObject(this.rules[ruleIndex])) return this.rules[ruleIndex] as JsonObject
    const ruleId = this.r.optionalString(result, 'ruleId', at)
    return ruleId === undefined ? undefined : this.rulesById.get(ruleId)
  }

  private defaultLevel(rule: JsonObject | undefined, otherwise: string): string {
    const config = rule && own(rule, 'defaultConfiguration')
    const level = isObject(config) ? own(config, 'level') : undefined
    return typeof level === 'string' && LEVELS.has(level) ? level : otherwise
  }

  private securitySeverity(result: JsonObject, rule: JsonObject | undefined, at: string): VulnerabilitySeverity | undefined {
    for (const [holder, whose] of [
      [result, 'the result'],
      [rule, 'its rule']
    ] as const) {
      const properties = holder && own(holder, 'properties')
      if (!isObject(properties)) continue
      const value = own(properties, 'security-severity')
      if (value === undefined || value === null) continue
      const score = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN
      if (Number.isNaN(score)) this.r.fail(at, `the security-severity of ${whose} is not a CVSS score (a number from 0 to 10)`)
      return cvssLevel(score)
    }
    return undefined
  }

  private message(result: JsonObject, rule: JsonObject | undefined, at: string): string {
    const message = this.r.optionalObject(result, 'message', at)
    const msgAt = member(at, 'message')
    let text = message && (this.r.optionalString(message, 'text', msgAt) ?? this.r.optionalString(message, 'markdown', msgAt))
    const id = message && this.r.optionalString(message, 'id', msgAt)
    if (text === undefined && id !== undefined && rule) {
      const strings = own(rule, 'messageStrings')
      const entry = isObject(strings) ? own(strings, id) : undefined
      const template = isObject(entry) ? own(entry, 'text') : undefined
      if (typeof template === 'string') text = template
    }
    if (text === undefined && rule) {
      const short = own(rule, 'shortDescription')
      const description = isObject(short) ? own(short, 'text') : undefined
      if (typeof description === 'string') text = description
    }
    if (text === undefined) return this.r.optionalString(result, 'ruleId', at) ?? 'no message'
    const args = message ? own(message, 'arguments') : undefined
    if (!Array.isArray(args) || args.length === 0) return text
    return text.replace(/\{(\d+)\}/g, (whole, n: string) => {
      const arg: unknown = args[Number(n)]
      return typeof arg === 'string' ? arg : whole
    })
  }

  private location(holder: JsonObject, at: string): { file: string; line?: number; endLine?: number; column?: number } {
    const locations = this.optionalArray(holder, 'locations', at)
    if (locations.length === 0) return { file: '' }
    const locAt = index(member(at, 'locations'), 0)
    const location = this.r.object(locations[0], locAt)
    const physical = this.r.optionalObject(location, 'physicalLocation', locAt)
    if (!physical) return { file: '' }
    const physAt = member(locAt, 'physicalLocation')
    const artifact = this.r.optionalObject(physical, 'artifactLocation', physAt)
    const file = artifact ? this.artifactPath(artifact, member(physAt, 'artifactLocation'), 0) : ''
    const region = this.r.optionalObject(physical, 'region', physAt)
    if (!region) return { file }
    const regAt = member(physAt, 'region')
    const line = this.r.optionalInteger(region, 'startLine', regAt)
    return {
      file,
      line,
      endLine: this.r.optionalInteger(region, 'endLine', regAt),
      // A start column means something only on a start line.
      column: line === undefined ? undefined : this.r.optionalInteger(region, 'startColumn', regAt)
    }
  }

  /** The path an artifactLocation names: its URI resolved through its base, or the artifact its index points to. */
  private artifactPath(location: JsonObject, at: string, depth: number): string {
    const uri = this.r.optionalString(location, 'uri', at)
    const baseId = this.r.optionalString(location, 'uriBaseId', at)
    if (uri !== undefined) return this.resolve(uri, baseId, at, depth)
    const i = this.r.optionalInteger(location, 'index', at)
    if (i === undefined || depth > 0) return ''
    const artifact = this.artifacts[i]
    const artifactLocation = isObject(artifact) ? own(artifact, 'location') : undefined
    return isObject(artifactLocation) ? this.artifactPath(artifactLocation, `${member(this.path, 'artifacts')}[${i}].location`, depth + 1) : ''
  }

  private resolve(uri: string, baseId: string | undefined, at: string, depth: number): string {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) && !/^[A-Za-z]:[\\/]/.test(uri)) return fileUriPath(uri)
    const relative = decode(uri)
    if (baseId === undefined || relative.startsWith('/')) return relative
    const base = this.bases && own(this.bases, baseId)
    // An unknown base (%SRCROOT%, SRCROOT, …) is where the tool ran: the checkout, which is the workspace.
    if (!isObject(base)) return relative
    if (depth >= MAX_BASE_DEPTH) this.r.fail(member(member(this.path, 'originalUriBaseIds'), baseId), 'base URIs refer to one another too deeply')
    const baseUri = own(base, 'uri')
    const parentId = own(base, 'uriBaseId')
    if (typeof baseUri !== 'string') return relative
    const basePath = this.resolve(baseUri, typeof parentId === 'string' ? parentId : undefined, at, depth + 1)
    if (basePath === '') return relative
    return basePath.endsWith('/') ? `${basePath}${relative}` : `${basePath}/${relative}`
  }
}

/** A `file:` URI as a path (`file:///C:/x` → `C:/x`); any other URI as given. */
function fileUriPath(uri: string): string {
  if (!/^file:/i.test(uri)) return uri
  let url: URL
  try {
    url = new URL(uri)
  } catch {
    return uri
  }
  if (url.host !== '' && url.host !== 'localhost') return uri
  const path = decode(url.pathname)
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path
}

/** Percent-decoding that never throws: a malformed escape is kept as written. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The only message a secret finding carries: fixed text naming the rule, never the value. */
export function secretMessage(tool: string, rule: string | undefined): string {
  return `Possible secret found by ${tool}${rule ? ` rule ${rule}` : ''} (value not shown)`
}
