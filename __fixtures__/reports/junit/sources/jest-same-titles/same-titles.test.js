describe('division', () => {
  test('divides by zero', () => { expect(1 / 0).toBe(0) })
  test('divides by zero', () => { expect(-1 / 0).toBe(0) })
  test('divides evenly', () => { expect(4 / 2).toBe(2) })
})
describe('multiplication', () => {
  test('multiplies', () => { expect(2 * 3).toBe(7) })
  test('multiplies', () => { expect(2 * 3).toBe(6) })
})
