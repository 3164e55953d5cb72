/**
 * All findings as one SARIF 2.1.0 log: one run per tool, its rules, and results with level and location. Rules of
 * vulnerabilities carry `security-severity` (GitHub's code scanning ranks alerts by it). The log is an artifact of
 * every run and, optionally, an upload to code scanning (code-scanning.ts).
 */
import { createHash } from 'node:crypto'
import type { WorkflowReport } from '../engine/model.js'
import type { Finding, Severity, VulnerabilitySeverity } from '../reports/types.js'
import { mostSevereFirst, reportFindings, repositoryPath, type PathOptions } from './annotations.js'

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: SarifRun[]
}

export interface SarifRun {
  tool: { driver: SarifDriver }
  /** spec-to-production converted the tool's own report into this run. */
  conversion: { tool: { driver: { name: string; version?: string; informationUri?: string } } }
  /** Category for code scanning: analyses of one component replace each other, not other components'. */
  automationDetails?: { id: string }
  results: SarifResult[]
}

export interface SarifDriver {
  name: string
  rules: SarifRule[]
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  defaultConfiguration: { level: SarifLevel }
  properties: { tags: string[]; 'security-severity'?: string }
}

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: { text: string }
  /** Absent when the finding names no file in the repository. */
  locations?: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }
      region: { startLine: number; endLine?: number; startColumn?: number }
    }
  }[]
  /** Stable identity across runs (tool, rule, file, message, occurrence), so alerts survive moved lines. */
  partialFingerprints: Record<string, string>
}

export interface SarifOptions extends PathOptions {
  /** Names the code-scanning category `spec-to-production/<component>/`. */
  component?: string
  /**
   * A matrix leg's identity (see leg.ts): the category is then `spec-to-production/<component>/<leg>/`. Code scanning
   * keeps the latest analysis of a category, so legs of one component under one category would each replace the
   * other's alerts (a finding on one leg only shown fixed by the other's upload).
   */
  leg?: string | null
  /** spec-to-production's version, recorded as the converter. */
  version?: string
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' }
const LEVEL_RANK: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2 }
/**
 * GitHub's bands: critical ≥ 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9. Each level sits inside its band, so the
 * alert shows the advisory's own severity.
 */
const SECURITY_SEVERITY: Record<VulnerabilitySeverity, number> = { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0 }
const SECRET_TOOLS = new Set(['secretlint', 'detect-secrets', 'gitleaks'])

function ruleIdOf(finding: Finding): string {
  return finding.rule?.trim() || finding.tool
}

function fingerprint(finding: Finding, path: string | null, occurrence: number): string {
  const hash = createHash('sha256').update([finding.tool, ruleIdOf(finding), path ?? '', finding.message.trim()].join('\u0000')).digest('hex')
  return `${hash.slice(0, 32)}:${occurrence}`
}

export function findingsToSarif(findings: readonly Finding[], options: SarifOptions = {}): SarifLog {
  const runs = new Map<string, { run: SarifRun; rules: Map<string, SarifRule>; severities: Map<string, number> }>()
  const seen = new Map<string, number>()
  for (const finding of mostSevereFirst(findings)) {
    let entry = runs.get(finding.tool)
    if (!entry) {
      entry = {
        run: {
          tool: { driver: { name: finding.tool, rules: [] } },
          conversion: { tool: { driver: { name: 'spec-to-production', ...(options.version ? { version: options.version } : {}) } } },
          ...(options.component ? { automationDetails: { id: `spec-to-production/${options.component}/${options.leg ? `${options.leg.replace(/\//g, '-')}/` : ''}` } } : {}),
          results: []
        },
        rules: new Map(),
        severities: new Map()
      }
      runs.set(finding.tool, entry)
    }
    const ruleId = ruleIdOf(finding)
    const level = LEVEL[finding.severity]
    let rule = entry.rules.get(ruleId)
    if (!rule) {
      const tags = SECRET_TOOLS.has(finding.tool) ? ['security', 'secret'] : finding.security_severity ? ['security', 'vulnerability'] : []
      rule = { id: ruleId, name: ruleId, shortDescription: { text: `${finding.tool} ${ruleId}` }, defaultConfiguration: { level }, properties: { tags } }
      entry.rules.set(ruleId, rule)
      entry.run.tool.driver.rules.push(rule)
    }
    // A rule's default level and security severity are its most severe result's.
    if (LEVEL_RANK[level] < LEVEL_RANK[rule.defaultConfiguration.level]) rule.defaultConfiguration.level = level
    if (finding.security_severity) {
      const score = Math.max(SECURITY_SEVERITY[finding.security_severity], entry.severities.get(ruleId) ?? 0)
      entry.severities.set(ruleId, score)
      rule.properties['security-severity'] = score.toFixed(1)
    }
    const path = repositoryPath(finding.file, options)
    const identity = [finding.tool, ruleId, path, finding.message].join('\u0000')
    const occurrence = (seen.get(identity) ?? 0) + 1
    seen.set(identity, occurrence)
    const startLine = finding.line && finding.line >= 1 ? Math.trunc(finding.line) : 1
    const result: SarifResult = {
      ruleId,
      ruleIndex: entry.run.tool.driver.rules.indexOf(rule),
      level,
      message: { text: finding.message.trim() || `${finding.tool} ${ruleId}` },
      partialFingerprints: { 'specToProduction/v1': fingerprint(finding, path, occurrence) }
    }
    if (path !== null) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: path, uriBaseId: '%SRCROOT%' },
            region: {
              startLine,
              ...(finding.end_line && finding.end_line > startLine ? { endLine: Math.trunc(finding.end_line) } : {}),
              ...(finding.column && finding.column >= 1 ? { startColumn: Math.trunc(finding.column) } : {})
            }
          }
        }
      ]
    }
    entry.run.results.push(result)
  }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [...runs.values()].map((e) => e.run) }
}

/** Every gate's findings of a report as one SARIF log, categorized by component (and leg, when it ran as one). */
export function reportToSarif(report: WorkflowReport, options: Omit<SarifOptions, 'component' | 'leg'> = {}): SarifLog {
  return findingsToSarif(reportFindings(report), { ...options, component: report.component_name, leg: typeof report.leg === 'string' ? report.leg : null, version: options.version ?? report.generator.version })
}
