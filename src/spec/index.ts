/** The specification stage's parsing and validation. */
export { parseSpec, emptySpec, extractId, sectionKind, MAX_SPEC_BYTES } from './parse.js'
export { loadSpec } from './load.js'
export { validateSpec, hasSpecErrors, normalizeTitle, frontmatterSchema } from './validate.js'
export type { ValidateSpecOptions } from './validate.js'
export type { ParsedSpec, SpecIssue, SpecItem, SpecSection, SpecRule } from './types.js'
