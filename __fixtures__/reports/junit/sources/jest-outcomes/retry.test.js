jest.retryTimes(2)
let n = 0
it('flaky passes on third try', () => { n++; expect(n).toBe(3) })
it('always fails with retries', () => { expect(1).toBe(2) })
