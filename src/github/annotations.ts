/**
 * Findings as GitHub shows them on lines of code: check-run annotations (the Checks API) and, when the token may not
 * write checks, workflow-command annotations (`::error file=…`). Both within GitHub's limits: 50 annotations per
 * Checks API request, a title of 255 characters, a message of 64 KB, and 10 errors, 10 warnings and 10 notices shown
 * per step for workflow commands.
 */
import type { WorkflowReport } from '../engine/model.js'
import type { Finding, Severity } from '../reports/types.js'
import { cleanLine, cleanMessage } from '../reports/findings/collect.js'
import { clipChars } from '../reports/clip.js'

/** The Checks API takes at most this many annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** Default number of annotations posted on one check run. */
export const DEFAULT_ANNOTATION_CAP = 1000
/** Workflow-command annotations GitHub shows per step, for each of errors, warnings and notices. */
export const STEP_ANNOTATIONS_PER_LEVEL = 10
const TITLE_MAX_CHARS = 255
const MESSAGE_MAX_BYTES = 64 * 1024

export interface CheckAnnotation {
  /** Path relative to the repository root, forward slashes. */
  path: string
  start_line: number
  end_line: number
  /** Only on one-line annotations (the API refuses columns across lines). */
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title?: string
  raw_details?: string
}

export interface AnnotationPlan {
  /** What to post, most severe first, at most the cap. */
  annotations: CheckAnnotation[]
  /** Findings considered. */
  total: number
  /** Findings without a file in the repository (no file, absolute, or outside the workspace): not annotatable. */
  withoutFile: number
  /** Annotatable findings left out by the cap. */
  omitted: number
  /** The findings behind `omitted`, most severe first, for the check run's text. */
  omittedFindings: Finding[]
  /** The findings behind `withoutFile`, most severe first. */
  withoutFileFindings: Finding[]
}

export interface PathOptions {
  /**
   * The workspace's path relative to the repository root, when the component lives in a subdirectory: finding paths
   * are workspace-relative, annotation paths repository-relative.
   */
  pathPrefix?: string
}

/** The properties `core.error`/`core.warning`/`core.notice` take. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** Where workflow-command annotations go: `{ error: core.error, warning: core.warning, notice: core.notice }`. */
export interface AnnotationSink {
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' }

/** Every gate's findings, in stage then gate order. */
export function reportFindings(report: WorkflowReport): Finding[] {
  return Object.values(report.stage_results).flatMap((stage) => Object.values(stage?.quality_gates ?? {}).flatMap((gate) => gate.findings))
}

/** Errors, then warnings, then notices; the tools' order kept within a severity. */
export function mostSevereFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map((x) => x.finding)
}

/** The finding's path relative to the repository root, or null when it names no file inside it. */
export function repositoryPath(file: string, options: PathOptions = {}): string | null {
  let path = file.trim().replace(/\\/g, '/')
  if (!path || /^([a-zA-Z]:)?\//.test(path) || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return null
  path = path.replace(/^(\.\/)+/, '')
  const prefix = (options.pathPrefix ?? '').replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '')
  const joined = prefix && prefix !== '.' ? `${prefix}/${path}` : path
  const parts: string[] = []
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.length > 0 ? parts.join('/') : null
}

/** Cuts text to at most `maxBytes` of UTF-8, on a character boundary, marking the cut. */
export function truncateUtf8(text: string, maxBytes: number, marker = '…'): string {
  if (Buffer.byteLength(text) <= maxBytes) return text
  const room = maxBytes - Buffer.byteLength(marker)
  const cut = new TextDecoder().decode(Buffer.from(text).subarray(0, Math.max(0, room)))
  return `${cut.replace(/\uFFFD$/, '')}${marker}`
}

// A finding the run parsed is clean already; one from a fork's report (the aggregate's workflow_run mode) is as the
// fork wrote it, and is cleaned here as a parser would: no control character, direction override or lone surrogate.
function findingTitle(finding: Finding): string {
  return clipChars(cleanLine(finding.rule ? `${finding.tool}: ${finding.rule}` : finding.tool), TITLE_MAX_CHARS)
}

/**
 * Largest line or column sent: GitHub stores them as 32-bit integers, and one annotation out of range gets the whole
 * batch of 50 refused (a report from a minified or generated file can name line 1e12).
 */
const MAX_POSITION = 2_147_483_647
const position = (n: number | undefined, min: number): number | undefined =>
  Number.isFinite(n) && (n as number) >= min && (n as number) <= MAX_POSITION ? Math.trunc(n as number) : undefined

function lines(finding: Finding): { start: number; end: number; column?: number } {
  const start = position(finding.line, 1) ?? 1
  const end = position(finding.end_line, start) ?? start
  const column = start === end ? position(finding.column, 1) : undefined
  return { start, end, ...(column !== undefined ? { column } : {}) }
}

/** One finding as a check-run annotation, or null when it names no file in the repository. */
export function toCheckAnnotation(finding: Finding, options: PathOptions = {}): CheckAnnotation | null {
  const path = repositoryPath(finding.file, options)
  if (path === null) return null
  const { start, end, column } = lines(finding)
  return {
    path,
    start_line: start,
    end_line: end,
    ...(column !== undefined ? { start_column: column, end_column: column } : {}),
    annotation_level: LEVEL[finding.severity],
    message: truncateUtf8(cleanMessage(finding.message, Number.POSITIVE_INFINITY).trim() || '(no message)', MESSAGE_MAX_BYTES),
    title: findingTitle(finding)
  }
}

/** The annotations to post for these findings: most severe first, at most `cap`, with what was left out counted. */
export function planAnnotations(findings: readonly Finding[], options: PathOptions & { cap?: number } = {}): AnnotationPlan {
  const cap = Math.max(0, options.cap ?? DEFAULT_ANNOTATION_CAP)
  const annotations: CheckAnnotation[] = []
  const omittedFindings: Finding[] = []
  const withoutFileFindings: Finding[] = []
  for (const finding of mostSevereFirst(findings)) {
    const annotation = toCheckAnnotation(finding, options)
    if (annotation === null) withoutFileFindings.push(finding)
    else if (annotations.length < cap) annotations.push(annotation)
    // Named as the annotations would have named it: from the repository's root (the check run's text lists it).
    else omittedFindings.push({ ...finding, file: annotation.path })
  }
  return {
    annotations,
    total: findings.length,
    withoutFile: withoutFileFindings.length,
    omitted: omittedFindings.length,
    omittedFindings,
    withoutFileFindings
  }
}

/** Splits items into consecutive batches of `size` (the last one shorter). */
export function inBatches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = []
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size))
  return batches
}

export interface WorkflowAnnotationCounts {
  error: number
  warning: number
  notice: number
  /** Findings not emitted: over the per-step limits or without a file. */
  left: number
}

/**
 * Emits the most severe findings as workflow-command annotations, at most `perLevel` of each severity (GitHub shows
 * 10 per step). `reserve` keeps room in a level for messages the caller adds (e.g. one notice about permissions).
 */
export function emitWorkflowAnnotations(
  findings: readonly Finding[],
  sink: AnnotationSink,
  options: PathOptions & { perLevel?: number; reserve?: Partial<Record<Severity, number>> } = {}
): WorkflowAnnotationCounts {
  const perLevel = options.perLevel ?? STEP_ANNOTATIONS_PER_LEVEL
  const counts: WorkflowAnnotationCounts = { error: 0, warning: 0, notice: 0, left: 0 }
  for (const finding of mostSevereFirst(findings)) {
    const annotation = toCheckAnnotation(finding, options)
    const room = perLevel - (options.reserve?.[finding.severity] ?? 0)
    if (annotation === null || counts[finding.severity] >= room) {
      counts.left++
      continue
    }
    counts[finding.severity]++
    sink[finding.severity](annotation.message, {
      title: annotation.title,
      file: annotation.path,
      startLine: annotation.start_line,
      endLine: annotation.end_line,
      ...(annotation.start_column !== undefined ? { startColumn: annotation.start_column, endColumn: annotation.end_column } : {})
    })
  }
  return counts
}
