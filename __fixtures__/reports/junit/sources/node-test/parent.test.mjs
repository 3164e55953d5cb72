import { test } from 'node:test'
import assert from 'node:assert'

test('parent body throws after its subtests pass', async (t) => {
  await t.test('sub one', () => assert.strictEqual(1 + 1, 2))
  await t.test('sub two', () => assert.strictEqual(2 + 2, 4))
  throw new Error('the parent broke after its subtests')
})

test('plain pass', () => {})
test('skipped', { skip: 'not now' }, () => {})
test('todo', { todo: 'later' }, () => {})
test('todo that fails', { todo: 'known broken' }, () => { throw new Error('todo fails') })
