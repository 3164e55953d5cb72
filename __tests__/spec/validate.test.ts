import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from '@jest/globals'
import { parseSpec } from '../../src/spec/parse.js'
import { hasSpecErrors, normalizeTitle, validateSpec } from '../../src/spec/validate.js'
import type { SpecIssue } from '../../src/spec/types.js'

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')
const REQUIRED = ['Overview', 'Functional Requirements', 'Acceptance Criteria']
const check = (text: string, requiredSections: string[] = [], file = 'spec.md'): SpecIssue[] => validateSpec(parseSpec(text, file), { requiredSections })
const rules = (issues: SpecIssue[]): string[] => issues.map(i => `${i.severity}:${i.rule}:${i.line}`)

describe('validateSpec', () => {
  test('a complete spec has no issues', () => {
    const issues = validateSpec(parseSpec(fixture('full-spec.md'), 'specs/checkout.md'), { requiredSections: REQUIRED, component: 'checkout_service' })
    expect(issues).toEqual([])
  })

  test('the greeter example validates cleanly', () => {
    const text = readFileSync(fileURLToPath(new URL('../../examples/greeter/SPEC.md', import.meta.url)), 'utf8')
    expect(check(text, ['Overview', 'Requirements', 'Acceptance Criteria'])).toEqual([])
  })

  test('missing required sections: one error each, at the end of the file, listing required and found sections', () => {
    const text = fixture('full-spec.md').replace('## Overview', '## Background')
    const issues = check(text, ['overview', 'Functional Requirements', 'Acceptance Criteria', 'Security'], 'specs/checkout.md')
    expect(rules(issues)).toEqual(['error:missing-section:62', 'error:missing-section:62'])
    expect(issues[0]).toEqual({
      severity: 'error',
      file: 'specs/checkout.md',
      line: 62,
      rule: 'missing-section',
      message:
        'Required section "overview" is missing (required: overview, Functional Requirements, Acceptance Criteria, Security; ' +
        'found: Background, Functional Requirements, Acceptance Criteria, Out of Scope)'
    })
    expect(issues[1]!.message).toMatch(/^Required section "Security" is missing/)
  })

  test('section titles match case-insensitively, ignoring numbering, emphasis and a trailing colon', () => {
    expect(normalizeTitle('2.1 **Acceptance  Criteria**:')).toBe('acceptance criteria')
    const text = ['# T', '## 1. OVERVIEW', 'x', '## 2. Requirements:', '- R1: a', '## Acceptance criteria', '- [ ] AC1: b'].join('\n')
    expect(check(text, ['Overview', 'Requirements', 'Acceptance Criteria'])).toEqual([])
  })

  test('invalid frontmatter YAML is an error on the offending line', () => {
    const issues = check(fixture('bad-yaml.md'), ['Requirements'], 'bad-yaml.md')
    expect(issues[0]).toMatchObject({ severity: 'error', rule: 'frontmatter-yaml', line: 6, file: 'bad-yaml.md' })
    expect(hasSpecErrors(issues)).toBe(true)
  })

  test('schema violations name the field, its line and the allowed values', () => {
    const issues = check(fixture('schema-violation.md'), [], 'schema-violation.md')
    const schema = issues.filter(i => i.rule === 'frontmatter-schema')
    expect(schema.map(i => [i.field, i.line])).toEqual([
      ['component', 3],
      ['status', 4],
      ['owners', 5],
      ['paths.source[1]', 9],
      ['version', 10]
    ])
    expect(schema[0]!.message).toBe(`Frontmatter field "component" must match ^[A-Za-z0-9._-]+$ (letters, digits, '.', '_' and '-') (got "my component")`)
    expect(schema[1]!.message).toBe('Frontmatter field "status" must be one of: draft, review, approved, implemented, deprecated (got "done")')
    expect(schema[2]!.message).toBe('Frontmatter field "owners" must be a list of strings (got "alice")')
    expect(schema[3]!.message).toBe('Frontmatter field "paths.source[1]" must be a string (got 42)')
    expect(schema[4]!.message).toBe('Frontmatter field "version" must be a string or a number (got a list)')
    expect(rules(issues.filter(i => i.rule !== 'frontmatter-schema'))).toEqual([
      'error:duplicate-id:21',
      'warning:no-acceptance-criteria:23',
      'warning:empty-section:25'
    ])
    expect(issues.find(i => i.rule === 'duplicate-id')!.message).toBe('Duplicate id "REQ-1" (first used on line 20)')
  })

  test('path lists: a string, a list of strings, or an error for anything else', () => {
    const fm = (body: string): SpecIssue[] => check(`---\n${body}\n---\n# T\n## Acceptance\n- a\n`).filter(i => i.rule === 'frontmatter-schema')
    expect(fm('paths: { source: src, tests: [t1, t2] }')).toEqual([])
    expect(fm('paths:\n  tests: 3')).toEqual([expect.objectContaining({ field: 'paths.tests', line: 3, message: 'Frontmatter field "paths.tests" must be a string or a list of strings (got 3)' })])
    expect(fm('paths: src')).toEqual([expect.objectContaining({ field: 'paths', message: 'Frontmatter field "paths" must be a mapping (got "src")' })])
    expect(fm('tags: [a, {b: c}]')).toEqual([expect.objectContaining({ field: 'tags[1]', line: 2 })])
    expect(fm('title: ""')).toEqual([expect.objectContaining({ field: 'title', message: 'Frontmatter field "title" must not be empty' })])
    expect(fm('custom_field: { anything: [1, 2] }\nversion: 3')).toEqual([])
  })

  test('a key of paths that is neither source nor tests is an error naming it, its line and the keys paths takes', () => {
    // `paths: { sources: … }` was ignored: the run measured the configuration's paths, not the ones the spec meant.
    const fm = (body: string): SpecIssue[] => check(`---\n${body}\n---\n# T\n## Acceptance\n- a\n`).filter(i => i.rule === 'frontmatter-schema')
    expect(fm('title: T\npaths:\n  sources: src/other\n  tests: t')).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'paths.sources',
        line: 4,
        message: 'Frontmatter field "paths.sources" is not a key of paths; did you mean "source"? paths takes source and tests'
      })
    ])
    expect(fm('paths: { source: s, test_dir: t }')).toEqual([
      expect.objectContaining({ field: 'paths.test_dir', line: 2, message: 'Frontmatter field "paths.test_dir" is not a key of paths; paths takes source and tests' })
    ])
  })

  test('no title, empty requirement sections, empty sections, missing acceptance criteria', () => {
    const text = ['Intro without a heading.', '', '## Requirements', 'Prose, but no list.', '', '## Design', '', '## Notes', '### Detail', 'x'].join('\n')
    expect(rules(check(text))).toEqual([
      'error:missing-title:1',
      'error:empty-requirements:3',
      'warning:empty-section:6',
      'warning:no-acceptance-criteria:10'
    ])
    const issues = check(text)
    expect(issues[1]!.message).toMatch(/Section "Requirements" lists no requirements/)
  })

  test('a requirements section whose items sit in subsections is not empty', () => {
    expect(check(['# T', '## Requirements', '### Login', '- R1: a', '## Acceptance Criteria', '- [ ] a'].join('\n'))).toEqual([])
  })

  test('duplicate ids across requirements and acceptance criteria, case-insensitively', () => {
    const issues = check(['# T', '## Requirements', '- REQ-1: a', '- req-1: b', '## Acceptance Criteria', '- [ ] REQ-1: c', '- [ ] AC-1: d'].join('\n'))
    expect(rules(issues)).toEqual(['error:duplicate-id:4', 'error:duplicate-id:6'])
  })

  test('component mismatch is a warning at dev, an error where the run deploys', () => {
    const spec = parseSpec('---\ncomponent: other\n---\n# T\n## Acceptance\n- a\n', 's.md')
    expect(rules(validateSpec(spec, { requiredSections: [], component: 'mine' }))).toEqual(['warning:component-mismatch:2'])
    expect(rules(validateSpec(spec, { requiredSections: [], component: 'mine', target: 'dev' }))).toEqual(['warning:component-mismatch:2'])
    for (const target of ['staging', 'production']) {
      const issues = validateSpec(spec, { requiredSections: [], component: 'mine', target })
      expect(rules(issues)).toEqual(['error:component-mismatch:2'])
      expect(issues[0]!.message).toContain(`nothing here gates ${target} of "mine"`)
    }
  })

  test.each([
    ['draft', 'dev', []],
    ['draft', 'staging', ['warning:spec-status:3']],
    ['draft', 'production', ['error:spec-status:3']],
    ['review', 'staging', []],
    ['review', 'production', ['warning:spec-status:3']],
    ['deprecated', 'production', ['warning:spec-status:3']],
    ['approved', 'production', []],
    ['implemented', 'production', []]
  ])('status %s at %s', (status, target, expected) => {
    const spec = parseSpec(`---\ntitle: T\nstatus: ${status}\n---\n## Acceptance\n- a\n`, 's.md')
    const issues = validateSpec(spec, { requiredSections: [], target })
    expect(rules(issues)).toEqual(expected)
    if (expected[0]?.startsWith('error')) expect(issues[0]!.message).toBe('Frontmatter status is "draft": the spec says it is not yet agreed, and a draft does not go to production (set status to "approved" or "implemented" once it is)')
  })

  test('a field one slip away from one the run reads (stauts, Component, path) is a warning naming both, never silent', () => {
    // `stauts: draft` kept a draft out of no production run: the field was free metadata, and nothing said so.
    const spec = parseSpec('---\ntitle: T\nstauts: draft\nComponent: other\npath: { source: src/x }\nowner: alice\nstate_machine: x\n---\n## Acceptance\n- a\n', 's.md')
    const issues = validateSpec(spec, { requiredSections: [], component: 'mine', target: 'production' })
    expect(rules(issues)).toEqual(['warning:frontmatter-unknown-field:3', 'warning:frontmatter-unknown-field:4', 'warning:frontmatter-unknown-field:5'])
    expect(issues[0]).toMatchObject({
      field: 'stauts',
      message: 'Frontmatter field "stauts" is not one this tool reads: did you mean "status"? As written, it is kept as free metadata and judged by nothing'
    })
    expect(issues.map(i => i.field)).toEqual(['stauts', 'Component', 'path'])
    // The field itself present: the other is the team's own.
    expect(rules(check('---\ntitle: T\nstatus: approved\nstatuses: [a]\n---\n## Acceptance\n- a\n'))).toEqual([])
  })

  test('CRLF and BOM keep line numbers', () => {
    const text = '\uFEFF' + fixture('schema-violation.md').replace(/\n/g, '\r\n')
    expect(rules(check(text))).toEqual(rules(check(fixture('schema-violation.md'))))
  })
})

test('a flood of one kind of issue is summarized', () => {
  const text = '# T\n## Acceptance\n- a\n' + '## Empty\n'.repeat(200)
  const issues = check(text)
  expect(issues).toHaveLength(51)
  expect(issues[50]).toMatchObject({ rule: 'empty-section', severity: 'warning', line: 54 })
  expect(issues[50]!.message).toMatch(/^150 more empty-section issues not shown \(first: Section "Empty" is empty\)$/)
})
