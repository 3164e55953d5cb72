describe('fast', () => {
  for (let i = 0; i < 5; i++) it(`trivial ${i}`, () => { expect(i).toBe(i) })
  it.todo('fast todo')
})
