describe('outcomes', () => {
  it('passes', () => { expect(1).toBe(1) })
  it.skip('is skipped', () => {})
  it.todo('is todo')
  it('fails', () => { expect(1).toBe(2) })
  test.failing('is failing as expected', () => { expect(1).toBe(2) })
  test.failing('failing passes unexpectedly', () => { expect(1).toBe(1) })
})
describe.skip('skipped block', () => { it('inner', () => {}) })
