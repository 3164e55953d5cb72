import { describe, it, test, expect, beforeAll, afterAll } from 'vitest'
describe('outcomes', () => {
  it('passes', () => { expect(1).toBe(1) })
  it.skip('is skipped', () => {})
  it.todo('is todo')
  it('fails', () => { expect(1).toBe(2) })
  it.fails('fails as expected', () => { expect(1).toBe(2) })
  it.fails('fails flag but passes', () => { expect(1).toBe(1) })
  it('skips itself', (ctx) => { ctx.skip() })
})
describe.skip('skipped block', () => { it('inner', () => {}) })
let n = 0
it('flaky retried', { retry: 2 }, () => { n++; expect(n).toBe(3) })
it('always fails retried', { retry: 2 }, () => { expect(1).toBe(2) })
describe('beforeAll throws', () => {
  beforeAll(() => { throw new Error('beforeAll broke') })
  it('h1', () => {})
})
describe('afterAll throws', () => {
  afterAll(() => { throw new Error('afterAll broke') })
  it('h2', () => {})
})
