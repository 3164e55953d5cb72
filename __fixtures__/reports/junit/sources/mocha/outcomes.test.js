const assert = require('assert')
describe('outcomes', function () {
  it('passes', function () {})
  it.skip('is skipped', function () {})
  it('is pending (no body)')
  it('fails', function () { assert.strictEqual(1, 2) })
  it('skips itself', function () { this.skip() })
})
describe('retries', function () {
  this.retries(2)
  let n = 0
  it('flaky retried', function () { n++; assert.strictEqual(n, 3) })
  it('always fails retried', function () { assert.strictEqual(1, 2) })
})
describe('before all throws', function () {
  before(function () { throw new Error('before broke') })
  it('h1', function () {})
  it('h1b', function () {})
})
describe('after all throws', function () {
  after(function () { throw new Error('after broke') })
  it('h2', function () {})
})
describe('beforeEach throws', function () {
  beforeEach(function () { throw new Error('beforeEach broke') })
  it('h3', function () {})
  it('h4', function () {})
})
describe('skip in before', function () {
  before(function () { this.skip() })
  it('h5', function () {})
})
