/**
 * Red team of the spec: a required section filled with bullets a reader sees nothing in (an HTML comment, a zero-width
 * space, a ticked box beside nothing, an id alone) passed the specification gate as a spec with requirements.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { parseSpec } from '../../src/spec/parse.js'
import { validateSpec } from '../../src/spec/validate.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(60_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const spec = (requirement: string, criterion = '- [x] AC-1: it works.') =>
  `# T\n\n## Overview\n\nA thing.\n\n## Requirements\n\n${requirement}\n\n## Acceptance Criteria\n\n${criterion}\n`

describe('items a reader sees nothing in', () => {
  test.each([
    ['an HTML comment', '- <!-- REQ-1: to be written -->'],
    ['a comment left open to the end of the line', '- <!-- later'],
    ['a zero-width space', '- \u200b'],
    ['a byte order mark and a word joiner', '- \ufeff\u2060'],
    ['a Hangul filler (a letter to Unicode, blank on the page)', '- \u3164'],
    ['a no-break space entity', '- &nbsp;'],
    ['a zero-width space as a numeric reference', '- &#8203;'],
    ['a ticked box beside nothing', '- [x]'],
    ['an id alone', '- REQ-1:'],
    ['empty emphasis and code', '- ** ** ` `'],
    ['an empty link', '- [](https://example.com)'],
    ['a tag alone', '- <br>'],
    ['a table row of an id alone', '| ID | Requirement |\n| --- | --- |\n| REQ-1 | |'],
    ['CRLF line ends around such bullets', '- \u200b\r\n- [x] \r\n- REQ-2:\r\n']
  ])('%s is not a requirement, and a Requirements section of nothing else fails', (_, requirement) => {
    const parsed = parseSpec(spec(requirement), 'SPEC.md')
    expect(parsed.requirements).toEqual([])
    const issues = validateSpec(parsed, { requiredSections: ['Requirements'] })
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.rule)).toEqual(['empty-requirements'])
  })

  test('a ticked box beside nothing meets no acceptance criterion; the item is named by its line', () => {
    const parsed = parseSpec(spec('- REQ-1: it works.', '- [x]\n- [x] <!-- AC-2 -->'), 'SPEC.md')
    expect(parsed.acceptance_criteria).toEqual([])
    expect(parsed.issues.map((i) => [i.line, i.rule, i.severity])).toEqual([
      [13, 'empty-item', 'warning'],
      [14, 'empty-item', 'warning']
    ])
    expect(parsed.issues[0]!.message).toBe(
      'List item in section "Acceptance Criteria" says nothing a reader sees (only markup, an HTML comment or invisible characters): not counted as an acceptance criterion'
    )
  })

  test('words in any script, digits, a link text or an image description are something', () => {
    for (const requirement of ['- 応答は1秒以内', '- 42', '- [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)', '- ![login flow](flow.png)', '- REQ-1: <!-- note --> it works']) {
      expect({ requirement, count: parseSpec(spec(requirement), 'SPEC.md').requirements.length }).toEqual({ requirement, count: 1 })
    }
  })
})

test('the CLI fails the specification stage of a spec whose requirements are HTML comments and zero-width spaces', async () => {
  // Before: exit 0, "Success: ✓ YES", the specification gate passed with 2 requirements.
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'SPEC.md', `---\ntitle: Tiny\n---\n${spec('- <!-- REQ-1: the real requirement, hidden -->\n- \u200b')}`)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'hollow spec')
  const run = await runCli(dir, TINY_ARGS)
  expect(run.code).toBe(1)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  expect(report.stages_failed).toEqual(['specification'])
  const gate = report.stage_results.specification.quality_gates.spec_validation
  expect(gate.details.requirements).toBe(0)
  expect(gate.errors.join('\n')).toContain('SPEC.md:10: Section "Requirements" lists no requirements')
  expect(gate.warnings.join('\n')).toContain('SPEC.md:12: List item in section "Requirements" says nothing a reader sees')
  expect(run.stdout).toContain('Success: ✗ NO')
})

describe('a required section a reader sees nothing in', () => {
  const required = { requiredSections: ['Requirements', 'Security'] }
  const withSecurity = (body: string) => `# T\n\n## Requirements\n\n- REQ-1: it works.\n\n## Security\n\n${body}\n\n## Notes\n\nmore\n`

  test.each([
    ['nothing at all', ''],
    ['an HTML comment', '<!-- threat model to be written -->'],
    ['a zero-width space', '\u200b'],
    ['a no-break space entity and a tag', '&nbsp; <br>'],
    ['a thematic break', '---'],
    ['empty subsections', '### Threats\n\n\u200b\n\n### Mitigations\n']
  ])('%s: the required section is present in name only, an error', (_, body) => {
    const issues = validateSpec(parseSpec(withSecurity(body), 'SPEC.md'), required)
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.rule, i.line])).toEqual([['empty-required-section', 7]])
    expect(issues.find((i) => i.rule === 'empty-required-section')!.message).toBe('Required section "Security" says nothing a reader sees: it is there in name only')
  })

  test('words in it, or in a subsection of it, or code, are something', () => {
    for (const body of ['Threats are listed in THREATS.md.', '### Threats\n\n- spoofing', '```\nTLS 1.3 only\n```']) {
      expect({ body, errors: validateSpec(parseSpec(withSecurity(body), 'SPEC.md'), required).filter((i) => i.severity === 'error') }).toEqual({ body, errors: [] })
    }
  })

  test('an image or a diagram in it is something a reader sees, without alt text too', () => {
    // Before: `![](docs/threat-model.png)` read as an empty link and `<img src=…>` as a tag, and a required section
    // holding only the team's diagram failed the specification stage as "there in name only".
    for (const body of ['![](docs/threat-model.png)', '<img src="docs/threat-model.svg" width="600">', '![][model]\n\n[model]: docs/threat-model.png', '<picture><source srcset="a.webp"></picture>']) {
      expect({ body, errors: validateSpec(parseSpec(withSecurity(body), 'SPEC.md'), required).filter((i) => i.severity === 'error') }).toEqual({ body, errors: [] })
    }
  })

  test('a section nobody requires may stay empty (invisible characters are empty too): a warning', () => {
    const issues = validateSpec(parseSpec(withSecurity('\u200b'), 'SPEC.md'), { requiredSections: ['Requirements'] })
    expect(issues.map((i) => [i.severity, i.rule, i.line])).toEqual([['warning', 'empty-section', 7], ['warning', 'no-acceptance-criteria', 13]])
  })
})
