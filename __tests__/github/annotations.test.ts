import { describe, expect, test } from '@jest/globals'
import {
  emitWorkflowAnnotations,
  inBatches,
  planAnnotations,
  repositoryPath,
  toCheckAnnotation,
  truncateUtf8
} from '../../src/github/annotations.js'
import { checkRunText } from '../../src/github/checks.js'
import { clipChars } from '../../src/reports/clip.js'
import type { Finding } from '../../src/reports/types.js'
import { findings, recordingSink } from './helpers.js'

const finding = (over: Partial<Finding>): Finding => ({ tool: 'ruff', rule: 'F401', severity: 'warning', file: 'src/a.py', line: 3, message: 'unused import', ...over })

describe('one finding as a check-run annotation', () => {
  test('levels, lines, columns only on one line, title from tool and rule', () => {
    expect(toCheckAnnotation(finding({ severity: 'error', column: 5 }))).toEqual({
      path: 'src/a.py',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 5,
      annotation_level: 'failure',
      message: 'unused import',
      title: 'ruff: F401'
    })
    expect(toCheckAnnotation(finding({ severity: 'notice', line: 4, end_line: 9, column: 2, rule: undefined }))).toEqual({
      path: 'src/a.py',
      start_line: 4,
      end_line: 9,
      annotation_level: 'notice',
      message: 'unused import',
      title: 'ruff'
    })
  })

  test('no line: line 1; end before start: one line', () => {
    expect(toCheckAnnotation(finding({ line: undefined }))).toMatchObject({ start_line: 1, end_line: 1 })
    expect(toCheckAnnotation(finding({ line: 8, end_line: 2 }))).toMatchObject({ start_line: 8, end_line: 8 })
    // Beyond GitHub's 32-bit positions (one such annotation gets its whole batch refused): the file's first line.
    expect(toCheckAnnotation(finding({ line: 1e12, end_line: 1e12 + 3, column: 2 ** 40 }))).toMatchObject({ start_line: 1, end_line: 1 })
    expect(toCheckAnnotation(finding({ line: 7, end_line: 2 ** 31, column: 3 }))).toMatchObject({ start_line: 7, end_line: 7, start_column: 3 })
    expect(toCheckAnnotation(finding({ line: 5, end_line: 5, column: 2 ** 31 }))).not.toHaveProperty('start_column')
  })

  test('a title of at most 255 characters, a message of at most 64 KB of UTF-8', () => {
    const a = toCheckAnnotation(finding({ rule: 'R'.repeat(300), message: 'é'.repeat(40_000) }))
    expect(a?.title?.length).toBe(255)
    expect(a?.title?.endsWith('…')).toBe(true)
    expect(Buffer.byteLength(a?.message ?? '')).toBeLessThanOrEqual(64 * 1024)
    expect(a?.message.endsWith('é…')).toBe(true)
  })

  test('paths: relative to the repository, prefixed when the workspace is a subdirectory; none outside it', () => {
    expect(repositoryPath('./src\\win.ts')).toBe('src/win.ts')
    expect(repositoryPath('src/a.ts', { pathPrefix: 'packages/game/' })).toBe('packages/game/src/a.ts')
    expect(repositoryPath('../shared/x.ts', { pathPrefix: 'packages/game' })).toBe('packages/shared/x.ts')
    for (const outside of ['', '/abs/path.ts', 'C:/x.ts', '../outside.ts', 'https://example.com/a.ts']) expect(repositoryPath(outside)).toBeNull()
  })

  test("findings over the cap are listed in the check run's text by their repository path, as their annotations would be", () => {
    const plan = planAnnotations([finding({ severity: 'error' }), finding({ file: 'src/b.py', line: 7 })], { cap: 1, pathPrefix: 'packages/game' })
    expect(plan.annotations.map((a) => a.path)).toEqual(['packages/game/src/a.py'])
    expect(plan.omittedFindings.map((f) => f.file)).toEqual(['packages/game/src/b.py'])
    expect(checkRunText(plan)).toContain('packages/game/src/b.py:7')
  })
})

test('truncation keeps characters whole (the check run title and annotation titles use the one clipChars)', () => {
  expect(clipChars('ab😀cd', 4)).toBe('ab…')
  expect(truncateUtf8('aé', 3, '')).toBe('aé')
  expect(truncateUtf8('aéb', 2, '')).toBe('a')
})

describe('a plan for many findings', () => {
  test('errors, then warnings, then notices, the tools\' order kept; the cap and the findings without a file counted', () => {
    const all = [...findings(3, 'notice'), finding({ file: '' }), ...findings(4, 'warning'), ...findings(2, 'error')]
    const plan = planAnnotations(all, { cap: 5 })
    expect(plan.annotations.map((a) => `${a.annotation_level}:${a.message.split(' ')[2]}`)).toEqual(['failure:1', 'failure:2', 'warning:1', 'warning:2', 'warning:3'])
    expect(plan).toMatchObject({ total: 10, withoutFile: 1, omitted: 4 })
    expect(plan.omittedFindings.map((f) => f.severity)).toEqual(['warning', 'notice', 'notice', 'notice'])
  })

  test('default cap 1,000; batches of 50', () => {
    const plan = planAnnotations(findings(1234, 'warning'))
    expect(plan.annotations).toHaveLength(1000)
    expect(plan.omitted).toBe(234)
    expect(inBatches(plan.annotations).map((b) => b.length)).toEqual(Array(20).fill(50))
    expect(inBatches([1, 2, 3], 2)).toEqual([[1, 2], [3]])
    expect(inBatches([])).toEqual([])
  })
})

test('workflow-command annotations: at most 10 per level, room reserved on request, most severe first', () => {
  const sink = recordingSink()
  const counts = emitWorkflowAnnotations([...findings(12, 'notice'), ...findings(11, 'error'), finding({ severity: 'error', file: '' })], sink, { reserve: { notice: 1 } })
  expect(counts).toEqual({ error: 10, warning: 0, notice: 9, left: 5 })
  expect(sink.calls[0]).toEqual({
    level: 'error',
    message: 'error number 1 reported by tsc',
    properties: { title: 'tsc: TS2300', file: 'src/player_experience/module_0.ts', startLine: 10, endLine: 10, startColumn: 3, endColumn: 3 }
  })
  expect(sink.calls.map((c) => c.level)).toEqual([...Array(10).fill('error'), ...Array(9).fill('notice')])
})
