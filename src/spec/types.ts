/** Types shared by the spec parser and validator. */

/** Largest spec file accepted, in bytes (UTF-8). Larger files produce a `file-too-large` error and are not parsed. */
export const MAX_SPEC_BYTES = 5 * 1024 * 1024

/**
 * Largest frontmatter parsed, in characters: metadata (title, owners, paths) takes a few hundred. The YAML parser takes
 * about 23 µs a character of nested flow brackets (`x: [[[[…`) before it gives up on the depth: a 5 MB spec of them
 * held the run for about 2 minutes in each of its two reads.
 */
export const MAX_FRONTMATTER_CHARS = 64 * 1024

/** Stable identifiers of the problems the parser and validator report. */
export type SpecRule =
  | 'file-unreadable'
  | 'file-too-large'
  | 'binary-content'
  | 'invalid-utf8'
  | 'frontmatter-unterminated'
  | 'frontmatter-yaml'
  | 'frontmatter-too-large'
  | 'frontmatter-yaml-warning'
  | 'frontmatter-not-mapping'
  | 'frontmatter-schema'
  | 'frontmatter-unknown-field'
  | 'component-mismatch'
  | 'spec-status'
  | 'missing-title'
  | 'missing-section'
  | 'empty-requirements'
  | 'duplicate-id'
  | 'no-acceptance-criteria'
  | 'empty-section'
  | 'empty-item'
  | 'empty-required-section'

export interface SpecIssue {
  severity: 'error' | 'warning'
  /** The spec file as given to the parser. */
  file: string
  /** 1-based line in the original file (frontmatter lines count). */
  line: number
  /** Frontmatter field, dotted with indices (`paths.source[1]`), for frontmatter problems. */
  field?: string
  message: string
  rule: SpecRule
}

export interface SpecSection {
  /** Heading text without the `#` markers (and without a closing `#` sequence). */
  title: string
  /** Heading level: 2..6, or 1 for a level-1 heading after the title heading. */
  level: number
  /** Line of the heading. */
  line: number
  /** Non-blank lines between this heading and the next heading of any level. */
  content_lines: number
  /** Last line before the next heading (of any level), or the last line of the file. */
  end_line: number
}

export interface SpecItem {
  /** Identifier written at the start of the item (`REQ-001:`, `**R1**`, `[AC-2]`), without decoration. */
  id?: string
  /** Item text (continuation lines joined with one space), without the marker, checkbox and id. */
  text: string
  /** Line of the list marker. */
  line: number
  /** Title of the section the item is in. */
  section: string
  /** Present only for task-list items: `- [ ]` → false, `- [x]` → true. */
  checked?: boolean
  /** Nesting depth: 0 for a top-level list item. */
  depth: number
}

export interface ParsedSpec {
  file: string
  /** First level-1 heading, else the frontmatter `title` (when a non-empty string), else null. */
  title: string | null
  /** Line of the title heading (or of the frontmatter `title` key); 1 without a title. */
  title_line: number
  /** Frontmatter as plain data in null-prototype objects; `{}` without (valid) frontmatter. */
  frontmatter: Record<string, unknown>
  /** JSON pointer (`/status`, `/paths/source/1`) → line, for frontmatter keys and items up to three levels deep. */
  frontmatter_lines: Record<string, number>
  /** First and last line of the frontmatter block (the `---` lines), when there is one. */
  frontmatter_range?: { start: number; end: number }
  sections: SpecSection[]
  requirements: SpecItem[]
  acceptance_criteria: SpecItem[]
  /** Number of lines in the file. */
  line_count: number
  /** Problems found while reading: size, NUL bytes, frontmatter syntax. `validateSpec` includes them. */
  issues: SpecIssue[]
  /** True when the content was refused (too large, binary) and nothing else was parsed. */
  rejected: boolean
}
