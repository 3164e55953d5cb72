/**
 * Findings reports of linters, type checkers, security scanners and dependency auditors: one parser per format, and the
 * format told from the content when the configuration does not name it.
 */
import { NotARegularFileError, openRegularFile, reportText } from '../read.js'
import type { FindingsReport } from '../types.js'
import { ReportError } from '../types.js'
import { BANDIT_FORMAT, banditFromJson } from './bandit.js'
import { emptyReport, type FindingsOptions } from './collect.js'
import { DETECT_SECRETS_FORMAT, detectSecretsFromJson } from './detect-secrets.js'
import { ESLINT_FORMAT, eslintFromJson } from './eslint.js'
import { GITLEAKS_FORMAT, gitleaksFromJson } from './gitleaks.js'
import { own, parseJsonText, type JsonObject } from './json-text.js'
import { isMypyLine, MYPY_FORMAT, parseMypyText } from './mypy.js'
import { looksLikeMypyJson, MYPY_JSON_FORMAT, parseMypyJson } from './mypy-json.js'
import { NPM_AUDIT_FORMAT, npmAuditFromJson } from './npm-audit.js'
import { OSV_SCANNER_FORMAT, osvScannerFromJson } from './osv-scanner.js'
import { looksLikeOxlintJson, OXLINT_FORMAT, oxlintFromJson } from './oxlint.js'
import { PIP_AUDIT_FORMAT, pipAuditFromJson } from './pip-audit.js'
import { PYLINT_FORMAT, pylintFromJson } from './pylint.js'
import { PYRIGHT_FORMAT, pyrightFromJson } from './pyright.js'
import { RUFF_FORMAT, ruffFromJson } from './ruff.js'
import { SARIF_FORMAT, sarifFromJson } from './sarif.js'
import { SECRETLINT_FORMAT, secretlintFromJson } from './secretlint.js'
import { isSvelteCheckLine, parseSvelteCheckText, SVELTE_CHECK_FORMAT } from './svelte-check.js'
import { isTscLine, parseTscText, TSC_FORMAT } from './tsc.js'

export type { FindingsOptions } from './collect.js'
export { DEFAULT_MAX_FINDINGS } from './collect.js'

export type FindingsFormat =
  | 'eslint-json'
  | 'tsc-text'
  | 'ruff-json'
  | 'pyright-json'
  | 'mypy-text'
  | 'mypy-json'
  | 'secretlint-json'
  | 'detect-secrets-json'
  | 'sarif'
  | 'pylint-json'
  | 'bandit-json'
  | 'npm-audit-json'
  | 'pip-audit-json'
  | 'osv-scanner-json'
  | 'gitleaks-json'
  | 'svelte-check-machine'
  | 'oxlint-json'

type FromJson = (data: unknown, options: FindingsOptions) => FindingsReport
type FromText = (text: string, options: FindingsOptions) => FindingsReport

const JSON_PARSERS = new Map<FindingsFormat, FromJson>([
  [ESLINT_FORMAT, eslintFromJson],
  [RUFF_FORMAT, ruffFromJson],
  [PYRIGHT_FORMAT, pyrightFromJson],
  [SECRETLINT_FORMAT, secretlintFromJson],
  [DETECT_SECRETS_FORMAT, detectSecretsFromJson],
  [SARIF_FORMAT, sarifFromJson],
  [PYLINT_FORMAT, pylintFromJson],
  [BANDIT_FORMAT, banditFromJson],
  [NPM_AUDIT_FORMAT, npmAuditFromJson],
  [PIP_AUDIT_FORMAT, pipAuditFromJson],
  [OSV_SCANNER_FORMAT, osvScannerFromJson],
  [GITLEAKS_FORMAT, gitleaksFromJson],
  [OXLINT_FORMAT, oxlintFromJson]
])
const TEXT_PARSERS = new Map<FindingsFormat, FromText>([
  [TSC_FORMAT, parseTscText],
  [MYPY_FORMAT, parseMypyText],
  [MYPY_JSON_FORMAT, parseMypyJson],
  [SVELTE_CHECK_FORMAT, parseSvelteCheckText]
])

export const FINDINGS_FORMATS: readonly FindingsFormat[] = [...JSON_PARSERS.keys(), ...TEXT_PARSERS.keys()]

/** Other names a configuration may give a format by. */
const ALIASES = new Map<string, FindingsFormat>([
  ['sarif-json', 'sarif'],
  ['sarif-2.1.0', 'sarif'],
  ['gitleaks-sarif', 'sarif'],
  ['pylint-json2', 'pylint-json'],
  ['npm-audit', 'npm-audit-json'],
  ['osv', 'osv-scanner-json']
])

/** Reports larger than this are refused rather than read into memory. */
export const MAX_FINDINGS_FILE_BYTES = 256 * 1024 * 1024

/** Format when nothing says which tool wrote an empty report (`[]`, or no text): every candidate means "no findings". */
export const UNKNOWN_EMPTY_FORMAT = 'unknown'

/**
 * Format of a report with no text at all (or only npm's `> script` lines): "no findings" from tsc and mypy -O json,
 * which print nothing on a clean run, but from no linter read here (eslint, ruff and pylint write `[]`, a SARIF
 * writer a log), so the linting gate does not take it for a clean lint. Its tool is unknown, as for `[]`.
 */
export const BLANK_REPORT_FORMAT = 'blank'

export interface ParseFindingsOptions extends FindingsOptions {
  /** A format name (`eslint-json`, …, or the tool's bare name: `eslint`); told from the content when absent. */
  format?: string
}

export type ReadFindingsOptions = Omit<ParseFindingsOptions, 'file'>

/** Parses a findings report of the named format, or of the format its content shows. */
export function parseFindings(text: string, options: ParseFindingsOptions): FindingsReport {
  const { format, ...rest } = options
  if (format !== undefined) {
    const known = findingsFormat(format)
    if (!known) {
      throw new ReportError(options.file, format, 'format', `unknown findings format; expected one of ${FINDINGS_FORMATS.join(', ')}`)
    }
    const fromJson = JSON_PARSERS.get(known)
    if (fromJson) return fromJson(parseJsonText(text, options.file, known), rest)
    // `format: mypy` names the tool: its -O json output is read as such (the text reader would find no diagnostic).
    if (known === MYPY_FORMAT && looksLikeMypyJson(text)) return parseMypyJson(text, rest)
    return TEXT_PARSERS.get(known)!(text, rest)
  }
  return parseDetected(text, rest)
}

/** A format name as configured (`ruff-json`, `ruff`, `RUFF`) as the format it names, if any. */
export function findingsFormat(name: string): FindingsFormat | undefined {
  const key = name.trim().toLowerCase()
  return ALIASES.get(key) ?? FINDINGS_FORMATS.find((f) => f === key || f.slice(0, f.lastIndexOf('-')) === key)
}

function parseDetected(text: string, options: FindingsOptions): FindingsReport {
  const body = text.replace(/^\uFEFF/, '').trimStart()
  if (body === '') return emptyReport(BLANK_REPORT_FORMAT, UNKNOWN_EMPTY_FORMAT)
  // mypy -O json: one JSON object per line, which is no JSON document when it has more than one line.
  if (looksLikeMypyJson(body)) return parseMypyJson(text, options)
  if (body.startsWith('[') || body.startsWith('{')) {
    const data = parseJsonText(text, options.file, 'findings JSON')
    if (Array.isArray(data) && data.length === 0) return emptyReport(UNKNOWN_EMPTY_FORMAT, UNKNOWN_EMPTY_FORMAT)
    const format = detectJsonFormat(data)
    if (!format) {
      const other = unreadJsonFormat(data)
      if (other) throw new ReportError(options.file, 'findings JSON', other.where, `${other.what}, which is not read here: ${other.instead}`)
      throw new ReportError(
        options.file,
        'findings JSON',
        '$',
        'no known report shape: expected an array of eslint or secretlint results ({filePath, messages}), of ruff ' +
          'diagnostics ({code, location, filename}), of pylint messages ({type, message-id}) or of gitleaks leaks ' +
          '({RuleID, File}), pyright output ({generalDiagnostics}), a detect-secrets baseline ({results}), SARIF ' +
          '({version: "2.1.0", runs}), pylint json2 ({messages, statistics}), bandit ({results, metrics}), npm audit ' +
          '({auditReportVersion, vulnerabilities}), pip-audit ({dependencies}), osv-scanner ({results: [{source, packages}]}) or oxlint ({diagnostics, number_of_files}); or mypy -O json lines ({file, line, severity})'
      )
    }
    return JSON_PARSERS.get(format)!(data, options)
  }
  const format = detectTextFormat(text)
  if (format === 'empty') return emptyReport(BLANK_REPORT_FORMAT, UNKNOWN_EMPTY_FORMAT)
  if (!format) {
    if (/^(<\?xml[^>]*\?>\s*)?<checkstyle[\s>]/.test(body)) {
      throw new ReportError(
        options.file,
        'findings',
        'root element <checkstyle>',
        'checkstyle XML (golangci-lint, shellcheck -f checkstyle, …), which is not read here: write SARIF instead (golangci-lint run --output.sarif.path=FILE, v1: --out-format sarif)'
      )
    }
    throw new ReportError(
      options.file,
      'findings',
      'line 1',
      'not JSON, and no line of tsc, mypy or svelte-check output: the text formats read are tsc, mypy and svelte-check --output machine; the others are SARIF and JSON (name the report format)'
    )
  }
  return TEXT_PARSERS.get(format)!(text, options)
}

/** The format of parsed JSON, from the first element or member that tells. */
export function detectJsonFormat(data: unknown): FindingsFormat | undefined {
  if (Array.isArray(data)) {
    let results = false
    for (const item of data) {
      if (!isObject(item)) return undefined
      if (typeof own(item, 'code') !== 'undefined' && typeof own(item, 'filename') === 'string' && own(item, 'location') !== undefined) {
        return RUFF_FORMAT
      }
      if (typeof own(item, 'type') === 'string' && typeof own(item, 'message-id') === 'string') return PYLINT_FORMAT
      if (typeof own(item, 'RuleID') === 'string' && own(item, 'File') !== undefined) return GITLEAKS_FORMAT
      if (typeof own(item, 'name') === 'string' && (Array.isArray(own(item, 'vulns')) || typeof own(item, 'skip_reason') === 'string')) {
        return PIP_AUDIT_FORMAT
      }
      const messages = own(item, 'messages')
      if (typeof own(item, 'filePath') !== 'string' || !Array.isArray(messages)) return undefined
      results = true
      // eslint writes per-file counts and numeric severities; secretlint string severities and `@secretlint/` rules.
      if (typeof own(item, 'errorCount') === 'number' || typeof own(item, 'warningCount') === 'number') return ESLINT_FORMAT
      for (const message of messages) {
        if (!isObject(message)) continue
        const severity = own(message, 'severity')
        if (typeof severity === 'number') return ESLINT_FORMAT
        const rule = own(message, 'ruleId')
        if (typeof severity === 'string' || (typeof rule === 'string' && rule.startsWith('@secretlint/'))) return SECRETLINT_FORMAT
      }
    }
    // Results with no messages and no counts: eslint always writes its counts, so secretlint wrote these.
    return results ? SECRETLINT_FORMAT : undefined
  }
  if (isObject(data)) {
    if (Array.isArray(own(data, 'runs')) && (own(data, 'version') === '2.1.0' || /sarif/i.test(String(own(data, '$schema') ?? '')))) {
      return SARIF_FORMAT
    }
    if (Array.isArray(own(data, 'messages')) && isObject(own(data, 'statistics'))) return PYLINT_FORMAT
    if (Array.isArray(own(data, 'results')) && isObject(own(data, 'metrics'))) return BANDIT_FORMAT
    if (own(data, 'auditReportVersion') !== undefined || (isObject(own(data, 'vulnerabilities')) && isObject(own(data, 'metadata')))) {
      return NPM_AUDIT_FORMAT
    }
    if (isNpmError(data)) return NPM_AUDIT_FORMAT
    if (Array.isArray(own(data, 'dependencies')) && (Array.isArray(own(data, 'fixes')) || hasOwnIn(own(data, 'dependencies'), 'vulns'))) {
      return PIP_AUDIT_FORMAT
    }
    const results = own(data, 'results')
    if ((Array.isArray(results) && hasOwnIn(results, 'packages', 'source')) || (own(data, 'experimental_config') !== undefined && results !== undefined)) {
      return OSV_SCANNER_FORMAT
    }
    if (Array.isArray(own(data, 'generalDiagnostics'))) return PYRIGHT_FORMAT
    if (looksLikeOxlintJson(data)) return OXLINT_FORMAT
    if (isObject(own(data, 'results')) && ['plugins_used', 'filters_used', 'generated_at'].some((k) => own(data, k) !== undefined)) {
      return DETECT_SECRETS_FORMAT
    }
  }
  return undefined
}

/**
 * Findings reports of tools that also write SARIF, in a shape of their own that is not read here: where the shape shows
 * it, what it is, and how to have the same tool write SARIF.
 */
function unreadJsonFormat(data: unknown): { where: string; what: string; instead: string } | undefined {
  if (Array.isArray(data)) {
    const first: unknown = data[0]
    if (isObject(first) && typeof own(first, 'source') === 'string' && Array.isArray(own(first, 'warnings')) && typeof own(first, 'errored') === 'boolean') {
      return {
        where: '$[0].warnings',
        what: "stylelint's JSON",
        instead: 'write SARIF instead (the stylelint-sarif-formatter package: stylelint --custom-formatter … --output-file FILE)'
      }
    }
    return undefined
  }
  if (!isObject(data)) return undefined
  if (Array.isArray(own(data, 'Issues')) && own(data, 'Report') !== undefined) {
    return { where: '$.Issues', what: "golangci-lint's JSON", instead: 'write SARIF instead (golangci-lint run --output.sarif.path=FILE, v1: --out-format sarif)' }
  }
  if (typeof own(data, 'SchemaVersion') === 'number' && (own(data, 'Results') !== undefined || isObject(own(data, 'Trivy')))) {
    return { where: '$.SchemaVersion', what: "Trivy's JSON", instead: 'write SARIF instead (trivy … --format sarif --output FILE)' }
  }
  if (Array.isArray(own(data, 'matches')) && isObject(own(data, 'descriptor'))) {
    return { where: '$.matches', what: "Grype's JSON", instead: 'write SARIF instead (grype … -o sarif --file FILE)' }
  }
  return undefined
}

/** tsc, mypy or svelte-check from the first line only one of them prints; 'empty' when there is nothing but blank or npm lines. */
export function detectTextFormat(text: string): FindingsFormat | 'empty' | undefined {
  let onlyBlank = true
  for (const line of text.split(/\r?\n/)) {
    if (isTscLine(line)) return TSC_FORMAT
    if (isMypyLine(line)) return MYPY_FORMAT
    if (isSvelteCheckLine(line)) return SVELTE_CHECK_FORMAT
    if (/^Found \d+ errors?\b/.test(line)) return TSC_FORMAT
    if (line.trim() !== '' && !line.startsWith('> ')) onlyBlank = false
  }
  return onlyBlank ? 'empty' : undefined
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether the first element of an array is an object with one of these own keys. */
function hasOwnIn(list: unknown, ...keys: string[]): boolean {
  if (!Array.isArray(list) || list.length === 0) return false
  const first: unknown = list[0]
  return isObject(first) && keys.some((k) => own(first, k) !== undefined)
}

/** The error object npm writes instead of an audit report (no lockfile, no audit endpoint, network failure). */
function isNpmError(data: JsonObject): boolean {
  const error = own(data, 'error')
  return isObject(error) && (own(error, 'summary') !== undefined || own(error, 'detail') !== undefined) && own(data, 'results') === undefined
}

/** Reads and parses a findings report file; a missing, unreadable or oversized file is a ReportError. */
export async function readFindingsFile(path: string, options: ReadFindingsOptions): Promise<FindingsReport> {
  const format = options.format ?? 'findings'
  let text: string
  try {
    const handle = await openRegularFile(path)
    try {
      const stats = await handle.stat()
      if (stats.size > MAX_FINDINGS_FILE_BYTES) {
        throw new ReportError(path, format, 'file', `${stats.size} bytes is more than the 256 MB a findings report may have`)
      }
      text = reportText(await handle.readFile())
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof ReportError) throw error
    if (error instanceof NotARegularFileError) throw new ReportError(path, format, 'file', `${error.kind}, not a regular file: not read`)
    const code = (error as NodeJS.ErrnoException).code
    const detail = code === 'ENOENT' ? 'no such file: the tool wrote no report' : `cannot be read (${code ?? (error as Error).message})`
    throw new ReportError(path, format, 'file', detail)
  }
  return parseFindings(text, { ...options, file: path })
}
