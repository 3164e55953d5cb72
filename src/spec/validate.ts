/** Spec validation: frontmatter against the JSON Schema, title, required sections, requirement items and ids. */
import type { ErrorObject, ValidateFunction } from 'ajv'
import { validateFrontmatter } from '../generated/validators.js'
import frontmatterSchema from '../../schema/spec-frontmatter.schema.json' with { type: 'json' }
import { sectionKind } from './parse.js'
import { suggest } from '../config/diagnostics.js'
import type { ParsedSpec, SpecIssue, SpecItem } from './types.js'

export interface ValidateSpecOptions {
  /** Section titles the spec must have; matched case-insensitively, ignoring numbering, emphasis and a trailing colon. */
  requiredSections: string[]
  /**
   * When given, a frontmatter `component` naming another component is a warning at dev and an error at the other
   * targets (the spec's paths and criteria are another component's).
   */
  component?: string
  /**
   * The run's target. At production a frontmatter `status: draft` is an error (the spec says it is not agreed), and
   * `review` or `deprecated` a warning; at staging a draft is a warning.
   */
  target?: string
}

export { frontmatterSchema }

/** Issues of one rule beyond this many are summarized in one issue. */
export const MAX_ISSUES_PER_RULE = 50

/** Precompiled from the schema by scripts/compile-schemas.mjs (Ajv standalone; allErrors, verbose, strict). */
function frontmatterValidator(): ValidateFunction {
  return validateFrontmatter
}

/**
 * All problems with a parsed spec, ordered by line: the parser's own issues (size, binary content, frontmatter
 * syntax) first for a refused file, then schema violations, title, required sections, requirement items, ids,
 * acceptance criteria and empty sections.
 */
export function validateSpec(spec: ParsedSpec, opts: ValidateSpecOptions): SpecIssue[] {
  const issues: SpecIssue[] = [...spec.issues]
  if (spec.rejected) return issues
  const file = spec.file
  const lastLine = Math.max(1, spec.line_count)

  issues.push(...schemaIssues(spec), ...nearMissFields(spec))

  const fmComponent = spec.frontmatter['component']
  const deploying = opts.target !== undefined && opts.target !== 'dev'
  if (opts.component !== undefined && typeof fmComponent === 'string' && fmComponent !== opts.component) {
    issues.push({
      severity: deploying ? 'error' : 'warning',
      file,
      line: spec.frontmatter_lines['/component'] ?? 1,
      field: 'component',
      rule: 'component-mismatch',
      message:
        `Frontmatter names component "${fmComponent}" but the workflow runs component "${opts.component}"` +
        (deploying ? `: the spec's paths and criteria are another component's, so nothing here gates ${opts.target} of "${opts.component}"` : '')
    })
  }
  const status = spec.frontmatter['status']
  const statusSeverity =
    typeof status !== 'string' || opts.target === undefined
      ? undefined
      : opts.target === 'production'
        ? status === 'draft'
          ? 'error'
          : status === 'review' || status === 'deprecated'
            ? 'warning'
            : undefined
        : opts.target === 'staging' && status === 'draft'
          ? 'warning'
          : undefined
  if (statusSeverity !== undefined) {
    issues.push({
      severity: statusSeverity,
      file,
      line: spec.frontmatter_lines['/status'] ?? 1,
      field: 'status',
      rule: 'spec-status',
      message:
        status === 'deprecated'
          ? `Frontmatter status is "deprecated": the spec says this component is on its way out — deploying to ${opts.target} all the same`
          : `Frontmatter status is "${status}": the spec says it is not yet agreed` +
            (statusSeverity === 'error'
              ? `, and a draft does not go to ${opts.target} (set status to "approved" or "implemented" once it is)`
              : ` — deploying to ${opts.target} all the same`)
    })
  }

  if (spec.title === null) {
    issues.push({
      severity: 'error',
      file,
      line: 1,
      rule: 'missing-title',
      message: 'Spec has no title: add a "# Title" heading or a "title" field to the frontmatter'
    })
  }

  // Required sections.
  const present = new Set(spec.sections.map(s => normalizeTitle(s.title)))
  const required = opts.requiredSections.filter(r => r.trim() !== '')
  const missing = required.filter(r => !present.has(normalizeTitle(r)))
  if (missing.length > 0) {
    const found = spec.sections.filter(s => s.level <= 2).map(s => s.title)
    const foundText = found.length === 0 ? 'none' : list(found, 20)
    for (const name of missing) {
      issues.push({
        severity: 'error',
        file,
        line: lastLine,
        rule: 'missing-section',
        message: `Required section "${name}" is missing (required: ${list(required, 20)}; found: ${foundText})`
      })
    }
  }

  // Requirement sections must list requirements; empty sections are worth a warning.
  const flagged = new Set<number>()
  const spanEnds = sectionSpanEnds(spec)
  // A required section with nothing a reader sees in it, nor in its subsections, is there in name only: as missing as
  // an absent one. (A requirement section has its own rule: it must list requirements.)
  const requiredTitles = new Set(required.map(normalizeTitle))
  spec.sections.forEach((section, index) => {
    if (!requiredTitles.has(normalizeTitle(section.title)) || sectionKind(section.title) === 'requirement') return
    let content = 0
    for (let i = index; i < spec.sections.length && spec.sections[i]!.line <= spanEnds[index]!; i++) content += spec.sections[i]!.content_lines
    if (content > 0) return
    for (let i = index; i < spec.sections.length && spec.sections[i]!.line <= spanEnds[index]!; i++) flagged.add(i)
    issues.push({
      severity: 'error',
      file,
      line: section.line,
      rule: 'empty-required-section',
      message: `Required section "${section.title}" says nothing a reader sees: it is there in name only`
    })
  })
  const requirementLines = spec.requirements.map(r => r.line).sort((a, b) => a - b)
  spec.sections.forEach((section, index) => {
    if (sectionKind(section.title) !== 'requirement') return
    const count = countAtMost(requirementLines, spanEnds[index]!) - countAtMost(requirementLines, section.line)
    if (count === 0) {
      flagged.add(index)
      issues.push({
        severity: 'error',
        file,
        line: section.line,
        rule: 'empty-requirements',
        message: `Section "${section.title}" lists no requirements: write each requirement as a list item, for example "- REQ-1: ..."`
      })
    }
  })
  if (spec.acceptance_criteria.length === 0) {
    spec.sections.forEach((section, index) => {
      if (sectionKind(section.title) === 'acceptance') flagged.add(index)
    })
  }
  spec.sections.forEach((section, index) => {
    if (flagged.has(index) || section.content_lines > 0) return
    const next = spec.sections[index + 1]
    if (next && next.level > section.level) return // has subsections
    issues.push({ severity: 'warning', file, line: section.line, rule: 'empty-section', message: `Section "${section.title}" is empty` })
  })

  // Ids must be unique across requirements and acceptance criteria (case-insensitively).
  const seen = new Map<string, SpecItem>()
  const items = [...spec.requirements, ...spec.acceptance_criteria].sort((a, b) => a.line - b.line)
  for (const item of items) {
    if (item.id === undefined) continue
    const key = item.id.toUpperCase()
    const first = seen.get(key)
    if (first) {
      issues.push({
        severity: 'error',
        file,
        line: item.line,
        rule: 'duplicate-id',
        message: `Duplicate id "${item.id}" (first used on line ${first.line})`
      })
    } else seen.set(key, item)
  }

  if (spec.acceptance_criteria.length === 0) {
    const section = spec.sections.find(s => sectionKind(s.title) === 'acceptance')
    issues.push({
      severity: 'warning',
      file,
      line: section?.line ?? lastLine,
      rule: 'no-acceptance-criteria',
      message: section
        ? `Section "${section.title}" lists no acceptance criteria`
        : 'Spec has no acceptance criteria: add an "Acceptance Criteria" section with a list of checkable items'
    })
  }

  // Stable sort by line; issues on the same line keep the order above.
  const sorted = issues.map((issue, i) => ({ issue, i })).sort((a, b) => a.issue.line - b.issue.line || a.i - b.i).map(x => x.issue)
  return capPerRule(sorted)
}

/** At most {@link MAX_ISSUES_PER_RULE} issues of one rule, then one issue saying how many more there are. */
function capPerRule(issues: SpecIssue[]): SpecIssue[] {
  const counts = new Map<string, number>()
  for (const issue of issues) counts.set(issue.rule, (counts.get(issue.rule) ?? 0) + 1)
  const seen = new Map<string, number>()
  const out: SpecIssue[] = []
  for (const issue of issues) {
    const n = (seen.get(issue.rule) ?? 0) + 1
    seen.set(issue.rule, n)
    if (n <= MAX_ISSUES_PER_RULE) out.push(issue)
    else if (n === MAX_ISSUES_PER_RULE + 1) {
      const more = counts.get(issue.rule)! - MAX_ISSUES_PER_RULE
      const { severity, file, line, rule } = issue
      out.push({ severity, file, line, rule, message: `${more} more ${rule} issue${more === 1 ? '' : 's'} not shown (first: ${issue.message})` })
    }
  }
  return out
}

/** Whether any issue is an error. */
export function hasSpecErrors(issues: readonly SpecIssue[]): boolean {
  return issues.some(i => i.severity === 'error')
}

/** Lower-case, without numbering (`2.`, `2.1`), emphasis/code markers, a trailing colon and repeated spaces. */
export function normalizeTitle(title: string): string {
  const unmarked = title.replace(/[*_`]/g, '').replace(/^\s*(?:\d+(?:\.\d+)*\.?|[IVXivx]+\.)\s+/, '').trimEnd()
  // Trimmed, not matched with `\s*:\s*$`: that pattern tried each place of a run of white space anywhere in the title
  // to the run's end (one heading of 100,000 spaces took 18 s).
  return (unmarked.endsWith(':') ? unmarked.slice(0, -1) : unmarked).replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Last line of each section including its subsections, in one pass. */
function sectionSpanEnds(spec: ParsedSpec): number[] {
  const ends: number[] = new Array<number>(spec.sections.length).fill(Math.max(1, spec.line_count))
  const open: number[] = []
  spec.sections.forEach((section, index) => {
    while (open.length > 0 && spec.sections[open[open.length - 1]!]!.level >= section.level) ends[open.pop()!] = section.line - 1
    open.push(index)
  })
  return ends
}

/** How many values of the ascending array are ≤ limit (binary search). */
function countAtMost(sorted: readonly number[], limit: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= limit) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The frontmatter fields the run acts on: a slip in one of their names leaves what it says unread. */
const FIELDS_READ = ['title', 'component', 'status', 'paths'] as const

/**
 * Fields the frontmatter may hold freely, but whose name is one slip from a field the run reads while that field is
 * absent (`stauts: draft`, `Component:`, `path:`): a warning naming both, so that a draft meant to stay out of
 * production, or paths meant to scope the run, are not dropped without a word. A warning, not an error: free fields
 * are the frontmatter's own (`owner`, `state_machine` are far enough from any).
 */
function nearMissFields(spec: ParsedSpec): SpecIssue[] {
  const out: SpecIssue[] = []
  const known = Object.keys(frontmatterSchema.properties)
  for (const key of Object.keys(spec.frontmatter)) {
    if (known.includes(key)) continue
    const guess = suggest(key, FIELDS_READ)
    if (guess === undefined || Object.hasOwn(spec.frontmatter, guess)) continue
    out.push({
      severity: 'warning',
      file: spec.file,
      line: spec.frontmatter_lines[`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`] ?? spec.frontmatter_range?.start ?? 1,
      field: key,
      rule: 'frontmatter-unknown-field',
      message: `Frontmatter field "${key}" is not one this tool reads: did you mean "${guess}"? As written, it is kept as free metadata and judged by nothing`
    })
  }
  return out
}

function schemaIssues(spec: ParsedSpec): SpecIssue[] {
  const validate = frontmatterValidator()
  if (validate(spec.frontmatter)) return []
  const errors = validate.errors ?? []
  const relevant = resolveAnyOf(errors)
  const out: SpecIssue[] = []
  const seen = new Set<string>()
  for (const e of relevant) {
    // An unknown key of a closed mapping (`paths.sources`) is named itself, at its own line.
    const pointer = e.keyword === 'additionalProperties' ? `${e.instancePath}/${String((e.params as { additionalProperty?: unknown }).additionalProperty)}` : e.instancePath
    const field = pointerToField(pointer)
    const message = `Frontmatter field "${field}" ${schemaMessage(e)}`
    if (seen.has(message)) continue
    seen.add(message)
    out.push({ severity: 'error', file: spec.file, line: lineOfPointer(spec, pointer), field, rule: 'frontmatter-schema', message })
  }
  return out
}

/**
 * An `anyOf` failure is reported as one error ("must be a string or a list of strings"), unless exactly one branch
 * matched the value's type and failed deeper (a list with a number in it): then that branch's errors are precise.
 */
function resolveAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter(e => e.keyword === 'anyOf')
  const isBranchError = (a: ErrorObject, e: ErrorObject): boolean =>
    e !== a && e.schemaPath.startsWith(`${a.schemaPath}/`) && (e.instancePath === a.instancePath || e.instancePath.startsWith(`${a.instancePath}/`))
  const replaced = new Set<ErrorObject>()
  const dropped = new Set<ErrorObject>()
  for (const a of anyOfs) {
    const branches = new Map<string, ErrorObject[]>()
    for (const e of errors) {
      if (!isBranchError(a, e)) continue
      dropped.add(e)
      const branch = e.schemaPath.slice(a.schemaPath.length + 1).split('/')[0]!
      branches.set(branch, [...(branches.get(branch) ?? []), e])
    }
    const typeMatched = [...branches.values()].filter(errs => errs.every(e => e.instancePath !== a.instancePath))
    if (typeMatched.length === 1) {
      replaced.add(a)
      for (const e of typeMatched[0]!) replaced.add(e)
    }
  }
  return errors.filter(e => (e.keyword === 'anyOf' ? !replaced.has(e) : !dropped.has(e) || replaced.has(e)))
}

function schemaMessage(e: ErrorObject): string {
  const got = ` (got ${describeValue(e.data)})`
  switch (e.keyword) {
    case 'type':
      return `must be ${describeSchema(e.parentSchema)}${got}`
    case 'anyOf':
      return `must be ${describeSchema(e.parentSchema)}${got}`
    case 'enum': {
      const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? []
      return `must be one of: ${allowed.map(String).join(', ')}${got}`
    }
    case 'pattern':
      return `must match ${(e.params as { pattern?: string }).pattern ?? 'the pattern'} (letters, digits, '.', '_' and '-')${got}`
    case 'minLength':
      return 'must not be empty'
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty?: unknown }).additionalProperty)
      const parent = pointerToField(e.instancePath)
      const allowed = Object.keys(((e.parentSchema ?? {}) as { properties?: object }).properties ?? {})
      const guess = suggest(key, allowed)
      const takes = allowed.length === 2 ? `${allowed[0]} and ${allowed[1]}` : allowed.join(', ')
      return `is not a key of ${parent}${guess ? `; did you mean "${guess}"?` : ';'} ${parent} takes ${takes}`
    }
    default:
      return `${e.message ?? 'is invalid'}${got}`
  }
}

function describeSchema(schema: unknown): string {
  if (schema === null || typeof schema !== 'object') return 'valid'
  const s = schema as { type?: unknown; anyOf?: unknown[]; items?: { type?: unknown } }
  if (Array.isArray(s.anyOf)) return s.anyOf.map(describeSchema).join(' or ')
  const types = Array.isArray(s.type) ? s.type : [s.type]
  return types
    .map(t => {
      switch (t) {
        case 'string':
          return 'a string'
        case 'number':
          return 'a number'
        case 'integer':
          return 'an integer'
        case 'boolean':
          return 'true or false'
        case 'object':
          return 'a mapping'
        case 'array':
          return s.items?.type === 'string' ? 'a list of strings' : 'a list'
        default:
          return 'valid'
      }
    })
    .join(' or ')
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  return String(value)
}

/** `/paths/source/1` → `paths.source[1]`; the root → `frontmatter`. */
function pointerToField(pointer: string): string {
  if (pointer === '') return 'frontmatter'
  let out = ''
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    out += /^\d+$/.test(seg) ? `[${seg}]` : out === '' ? seg : `.${seg}`
  }
  return out
}

function lineOfPointer(spec: ParsedSpec, pointer: string): number {
  let p = pointer
  while (p !== '') {
    const line = spec.frontmatter_lines[p]
    if (line !== undefined) return line
    p = p.slice(0, p.lastIndexOf('/'))
  }
  return spec.frontmatter_range?.start ?? 1
}

function list(values: readonly string[], max: number): string {
  const shown = values.slice(0, max).join(', ')
  return values.length > max ? `${shown}, … (${values.length - max} more)` : shown
}
