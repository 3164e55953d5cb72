// Test names with raw control characters, as tests that print coloured names have: jest-junit writes them into
// attributes as they are.
const green = (s) => `\u001b[32m${s}\u001b[39m`

describe(green('colours'), () => {
  test(`${green('adds')} in green`, () => {
    expect(1 + 1).toBe(2)
  })
  test('rings the bell \u0007 once', () => {
    expect(true).toBe(true)
  })
  test('has a NUL \u0000 inside', () => {
    expect('a').toBe('a')
  })
  test(`${green('fails')} in green`, () => {
    console.log('\u001b[31mred output\u001b[0m')
    expect(1 + 1).toBe(3)
  })
})
