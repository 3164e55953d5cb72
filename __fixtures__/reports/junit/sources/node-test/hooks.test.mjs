import { describe, it, test, before, after } from 'node:test'

describe('describe whose before hook throws', () => {
  before(() => { throw new Error('before hook broke') })
  it('a', () => {})
  it('b', () => {})
})

test('parent whose own before hook throws', async (t) => {
  t.before(() => { throw new Error('t.before broke') })
  await t.test('sub three', () => {})
})

test('parent body throws after its subtests pass', async (t) => {
  await t.test('sub four', () => {})
  throw new Error('the parent broke after its subtests')
})

describe('describe whose after hook throws', () => {
  after(() => { throw new Error('after hook broke') })
  it('c', () => {})
})

describe('skipped describe', { skip: true }, () => { it('inner', () => {}) })
it('plain pass', () => {})
