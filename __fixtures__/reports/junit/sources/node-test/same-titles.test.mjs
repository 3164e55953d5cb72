import { describe, test } from 'node:test'
import assert from 'node:assert'
describe('division', () => {
  test('divides by zero', () => { assert.strictEqual(1 / 0, 0) })
  test('divides by zero', () => { assert.strictEqual(-1 / 0, 0) })
  test('divides evenly', () => { assert.strictEqual(4 / 2, 2) })
})
describe('multiplication', () => {
  test('multiplies', () => { assert.strictEqual(2 * 3, 7) })
  test('multiplies', () => { assert.strictEqual(2 * 3, 6) })
})
