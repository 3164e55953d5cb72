import { test, expect } from '@playwright/test'
import { existsSync, writeFileSync } from 'node:fs'

test('passes', () => { expect(1 + 1).toBe(2) })
test('fails', () => { expect(1 + 1).toBe(3) })
test('flaky: fails first, passes on retry', ({}, testInfo) => {
  expect(testInfo.retry).toBe(1)
})
test.skip('skipped', () => {})
test.fixme('fixme', () => {})
test('expected to fail, and fails', () => {
  test.fail()
  expect(1).toBe(2)
})
test('expected to fail, but passes', () => {
  test.fail()
  expect(1).toBe(1)
})
test('skips itself at run time', () => {
  test.skip(true, 'not on this platform')
})
test('throws outside an assertion', () => {
  throw new TypeError('boom')
})
test.describe('group', () => {
  test('nested passes', () => {})
})
