const assert = require('node:assert')
describe('Division', function () {
  it('divides by zero', function () { assert.strictEqual(1 / 0, 0) })
  it('divides by zero', function () { assert.strictEqual(-1 / 0, 0) })
  it('divides evenly', function () { assert.strictEqual(4 / 2, 2) })
})
describe('Multiplication', function () {
  it('multiplies', function () { assert.strictEqual(2 * 3, 7) })
  it('multiplies', function () { assert.strictEqual(2 * 3, 6) })
})
