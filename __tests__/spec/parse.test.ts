import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from '@jest/globals'
import { extractId, parseSpec } from '../../src/spec/parse.js'

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')

describe('parseSpec on a full spec', () => {
  const spec = parseSpec(fixture('full-spec.md'), 'specs/checkout.md')

  test('title, frontmatter and its key lines', () => {
    expect(spec.title).toBe('Checkout Service')
    expect(spec.title_line).toBe(16)
    expect(spec.issues).toEqual([])
    expect(spec.rejected).toBe(false)
    expect(spec.frontmatter_range).toEqual({ start: 1, end: 14 })
    expect({ ...spec.frontmatter }).toMatchObject({
      title: 'Checkout Service',
      component: 'checkout_service',
      version: 2.1,
      status: 'review',
      owners: ['payments-team', '@alice'],
      tags: ['payments', 'pci'],
      jira: 'PAY-123'
    })
    expect(Object.getPrototypeOf(spec.frontmatter)).toBeNull()
    expect(Object.getPrototypeOf(spec.frontmatter['paths'])).toBeNull()
    expect(spec.frontmatter_lines['/status']).toBe(5)
    expect(spec.frontmatter_lines['/owners/1']).toBe(8)
    expect(spec.frontmatter_lines['/paths/tests']).toBe(11)
  })

  test('sections skip headings in fences, indented code and HTML comments', () => {
    expect(spec.sections.map(s => [s.title, s.level, s.line])).toEqual([
      ['Overview', 2, 22],
      ['Functional Requirements', 2, 32],
      ['Non-functional Requirements', 3, 49],
      ['Acceptance Criteria', 2, 54],
      ['Out of Scope', 2, 60]
    ])
    expect(spec.sections.some(s => /fake|not a section/i.test(s.title))).toBe(false)
    const overview = spec.sections[0]!
    expect(overview.content_lines).toBe(6)
    expect(overview.end_line).toBe(31)
    expect(spec.sections[4]!.end_line).toBe(spec.line_count)
  })

  test('requirements: ids in several notations, continuation lines, nesting, no items from code', () => {
    expect(spec.requirements.map(r => [r.id, r.line, r.depth, r.section])).toEqual([
      ['REQ-001', 34, 0, 'Functional Requirements'],
      ['R2', 36, 0, 'Functional Requirements'],
      ['AC-LIKE-3', 37, 0, 'Functional Requirements'],
      [undefined, 38, 1, 'Functional Requirements'],
      ['FR-4', 39, 1, 'Functional Requirements'],
      [undefined, 40, 0, 'Functional Requirements'],
      ['NFR-1', 51, 0, 'Non-functional Requirements'],
      ['NFR-2', 52, 0, 'Non-functional Requirements']
    ])
    expect(spec.requirements[0]!.text).toBe('Carts with zero items are refused with HTTP 422 and a problem+json body.')
    expect(spec.requirements[1]!.text).toBe('Totals are computed in minor units (integers), never floats.')
    expect(spec.requirements[4]!.text).toBe('refunds keep the original rate.')
    expect(spec.requirements.every(r => r.checked === undefined)).toBe(true)
    expect(spec.requirements.some(r => /REQ-9[89]|not a requirement/.test(`${r.id} ${r.text}`))).toBe(false)
  })

  test('acceptance criteria with checkboxes', () => {
    expect(spec.acceptance_criteria).toEqual([
      { id: 'AC-1', text: 'An empty cart returns 422 (REQ-001).', line: 56, section: 'Acceptance Criteria', depth: 0, checked: false },
      { id: 'AC-2', text: 'A 3-item cart in EUR totals 1234 minor units.', line: 57, section: 'Acceptance Criteria', depth: 0, checked: true },
      { id: 'AC-3', text: 'Refund of a converted order uses the original rate.', line: 58, section: 'Acceptance Criteria', depth: 0, checked: true }
    ])
  })

  test('CRLF and a BOM give the same result', () => {
    const crlf = parseSpec('\uFEFF' + fixture('full-spec.md').replace(/\n/g, '\r\n'), 'specs/checkout.md')
    expect(crlf).toEqual(spec)
    expect(JSON.stringify(crlf)).not.toContain('\\r')
  })

  test('lone CR line endings count as lines too', () => {
    const s = parseSpec('# T\r\r## Requirements\r- REQ-1: a\r', 'x.md')
    expect(s.sections[0]!.line).toBe(3)
    expect(s.requirements[0]!.line).toBe(4)
  })
})

describe('parseSpec details', () => {
  test('code fences: longer closing fences, unclosed fences, info strings', () => {
    const text = [
      '# T', //1
      '## Requirements', //2
      '- REQ-1: real', //3
      '````md', //4
      '```', //5
      '## Fake heading', //6
      '```', //7
      '````', //8
      '## Design', //9
      '~~~', //10
      '## Fake heading too', //11
      '```', //12
      '- REQ-2: inside an unclosed fence' //13
    ].join('\n')
    const s = parseSpec(text, 'f.md')
    expect(s.sections.map(x => x.title)).toEqual(['Requirements', 'Design'])
    expect(s.requirements.map(r => r.id)).toEqual(['REQ-1'])
  })

  test('a fence inside a list item does not leak headings and does not join the item text', () => {
    const s = parseSpec(['## Requirements', '- REQ-1: call it like this:', '  ```sh', '  ## Fake', '  ```', '  then check the output.', '- REQ-2: b'].join('\n'), 'f.md')
    expect(s.sections).toHaveLength(1)
    expect(s.requirements.map(r => [r.id, r.text])).toEqual([
      ['REQ-1', 'call it like this: then check the output.'],
      ['REQ-2', 'b']
    ])
  })

  test('checkbox items, empty checkboxes, and lists outside requirement sections', () => {
    const s = parseSpec(['# T', '- [x] not in a section', '## Goals', '- not a requirement', '## Acceptance', '- [ ]', '- [ ] first', '- [x] second', '* [X] third', '- plain'].join('\n'), 'f.md')
    expect(s.requirements).toEqual([])
    // An empty box is no criterion (it says nothing, ticked or not): a warning names its line instead.
    expect(s.acceptance_criteria.map(a => [a.text, a.checked])).toEqual([
      ['first', false],
      ['second', true],
      ['third', true],
      ['plain', undefined]
    ])
    expect(s.issues.map(i => [i.line, i.rule])).toEqual([[6, 'empty-item']])
  })

  test('continuation: lazy lines join, a paragraph after a blank line ends the list, an indented one continues it', () => {
    const s = parseSpec(
      ['## Requirements', '- REQ-1: first line', 'lazy continuation', '', '  indented paragraph', '- REQ-2: second', '', 'A closing paragraph.'].join('\n'),
      'f.md'
    )
    expect(s.requirements.map(r => r.text)).toEqual(['first line lazy continuation indented paragraph', 'second'])
  })

  test('subsections inherit the requirement kind; an acceptance subsection switches it', () => {
    const s = parseSpec(['## Requirements', '### Login', '- R1: a', '### Acceptance', '- AC1: b', '## Notes', '- c'].join('\n'), 'f.md')
    expect(s.requirements.map(r => [r.id, r.section])).toEqual([['R1', 'Login']])
    expect(s.acceptance_criteria.map(r => [r.id, r.section])).toEqual([['AC1', 'Acceptance']])
  })

  test('requirement tables become items', () => {
    const s = parseSpec(['## Requirements', '', '| ID | Requirement |', '| --- | :--- |', '| REQ-1 | Refuse empty carts |', '| REQ-2 | Totals in minor units \\| integers |', '', 'After.'].join('\n'), 'f.md')
    expect(s.requirements).toEqual([
      { id: 'REQ-1', text: 'Refuse empty carts', line: 5, section: 'Requirements', depth: 0 },
      { id: 'REQ-2', text: 'Totals in minor units | integers', line: 6, section: 'Requirements', depth: 0 }
    ])
  })

  test('thematic breaks are not list items; headings need a space and may have closing hashes', () => {
    const s = parseSpec(['## Requirements ##', '* * *', '- - -', '#NotAHeading', '- REQ-1: x', '####### seven', '## \\#Escaped #'].join('\n'), 'f.md')
    expect(s.sections.map(x => x.title)).toEqual(['Requirements', '\\#Escaped'])
    expect(s.requirements.map(r => r.text)).toEqual(['x ####### seven']) // seven hashes: paragraph text, a lazy continuation
  })

  test('title falls back to the frontmatter; a later level-1 heading is a section', () => {
    const s = parseSpec(['---', 'title: From Frontmatter', '---', 'Intro.', '## A'].join('\n'), 'f.md')
    expect([s.title, s.title_line]).toEqual(['From Frontmatter', 2])
    const t = parseSpec(['# Title', '# Requirements', '- R1: x'].join('\n'), 'f.md')
    expect(t.title).toBe('Title')
    expect(t.sections.map(x => [x.title, x.level])).toEqual([['Requirements', 1]])
    expect(t.requirements).toHaveLength(1)
  })

  test('empty input and a spec without frontmatter', () => {
    const e = parseSpec('', 'e.md')
    expect([e.title, e.line_count, e.sections, e.issues]).toEqual([null, 0, [], []])
    const n = parseSpec('# Only a title\n', 'n.md')
    expect([n.title, n.line_count, Object.keys(n.frontmatter)]).toEqual(['Only a title', 1, []])
  })

  test('frontmatter: unterminated, not a mapping, empty, YAML error line', () => {
    const u = parseSpec('---\ntitle: x\n# Title\n', 'u.md')
    expect(u.issues).toEqual([expect.objectContaining({ severity: 'error', line: 1, rule: 'frontmatter-unterminated' })])
    const l = parseSpec('---\n- a\n- b\n---\n# T\n', 'l.md')
    expect(l.issues).toEqual([expect.objectContaining({ severity: 'error', line: 2, rule: 'frontmatter-not-mapping' })])
    expect(l.issues[0]!.message).toMatch(/mapping.*sequence/)
    const s = parseSpec('---\njust text\n---\n# T\n', 's.md')
    expect(s.issues[0]!.rule).toBe('frontmatter-not-mapping')
    const empty = parseSpec('---\n# only a comment\n---\n# T\n', 'x.md')
    expect([empty.issues, Object.keys(empty.frontmatter), empty.title]).toEqual([[], [], 'T'])
    const dup = parseSpec('---\ntitle: a\nstatus: draft\ntitle: b\n---\n# T\n', 'd.md')
    expect(dup.issues[0]).toMatchObject({ rule: 'frontmatter-yaml', line: 4 })
    const bad = parseSpec(fixture('bad-yaml.md'), 'bad-yaml.md')
    expect(bad.issues[0]).toMatchObject({ severity: 'error', rule: 'frontmatter-yaml', line: 6, file: 'bad-yaml.md' })
    expect(bad.issues[0]!.message).toMatch(/^Invalid YAML in frontmatter: /)
    expect(bad.issues[0]!.message).not.toMatch(/at line/)
    expect(bad.title).toBe('Broken')
    expect(bad.requirements).toHaveLength(1)
  })
})

describe('extractId', () => {
  test.each([
    ['REQ-001: text', 'REQ-001', 'text'],
    ['REQ-001 : text', 'REQ-001', 'text'],
    ['**R1** text', 'R1', 'text'],
    ['**R1:** text', 'R1', 'text'],
    ['**REQ-7**: text', 'REQ-7', 'text'],
    ['__R3__ - text', 'R3', 'text'],
    ['[AC-2] text', 'AC-2', 'text'],
    ['[AC-2]: text', 'AC-2', 'text'],
    ['[SEC-A] text', 'SEC-A', 'text'],
    ['`FR-1.2` text', 'FR-1.2', 'text'],
    ['FR-1.2. text', 'FR-1.2', 'text'],
    ['NFR-1 - text', 'NFR-1', 'text'],
    ['NFR-1 — text', 'NFR-1', 'text'],
    ['US_12) text', 'US_12', 'text'],
    ['REQ-9:', 'REQ-9', '']
  ])('%s', (input, id, rest) => {
    expect(extractId(input)).toEqual({ id, rest })
  })

  test.each(['Note: no digits', 'Performance - fast', '**Important** text', '[AC-2](https://example.com) link', 'REQ-1 without separator', 'SEC-A: bare without digit', '[x] checkbox-like'])(
    'no id in %s',
    input => {
      expect(extractId(input)).toEqual({ rest: input })
    }
  )
})
