import { describe, expect, test } from '@jest/globals'
import { DEFAULT_IMPORTANCE, importanceOf, isValidKind, resolveImportanceTable, UNKNOWN_KIND_IMPORTANCE } from '../../src/context/importance.js'

describe('importance scoring', () => {
  test('default table', () => {
    expect(importanceOf('architectural_decision')).toBe(1)
    expect(importanceOf('requirement')).toBe(1)
    expect(importanceOf('production_status')).toBe(1)
    expect(importanceOf('implementation_completion')).toBe(0.9)
    expect(importanceOf('test_results')).toBe(0.9)
    expect(importanceOf('deployment_status')).toBe(0.9)
    expect(importanceOf('refactoring_decision')).toBe(0.7)
    expect(importanceOf('optimization_choice')).toBe(0.7)
    expect(importanceOf('progress_update')).toBe(0.5)
  })

  test('unknown kinds and inherited property names score as unknown', () => {
    expect(importanceOf('something_else')).toBe(UNKNOWN_KIND_IMPORTANCE)
    expect(importanceOf('toString')).toBe(UNKNOWN_KIND_IMPORTANCE)
    expect(importanceOf('constructor')).toBe(UNKNOWN_KIND_IMPORTANCE)
    expect(importanceOf('__proto__')).toBe(UNKNOWN_KIND_IMPORTANCE)
  })

  test('configurable: overrides lay over the defaults without changing them', () => {
    const table = resolveImportanceTable({ progress_update: 0.2, security_review: 0.95 })
    expect(importanceOf('progress_update', table)).toBe(0.2)
    expect(importanceOf('security_review', table)).toBe(0.95)
    expect(importanceOf('test_results', table)).toBe(0.9)
    expect(DEFAULT_IMPORTANCE.progress_update).toBe(0.5)
    expect(() => resolveImportanceTable({ progress_update: 2 })).toThrow(/progress_update must be a number from 0 to 1/)
    expect(() => resolveImportanceTable({ 'Bad Kind': 0.5 })).toThrow(/snake_case/)
    expect(() => resolveImportanceTable(JSON.parse('{"__proto__": 0.5}'))).toThrow(/snake_case/)
    expect(() => resolveImportanceTable({ constructor: 0.5 })).toThrow(/snake_case/)
  })

  test('kind names', () => {
    expect(isValidKind('test_results')).toBe(true)
    expect(isValidKind('Test')).toBe(false)
    expect(isValidKind('constructor')).toBe(false)
    expect(isValidKind('')).toBe(false)
  })
})
