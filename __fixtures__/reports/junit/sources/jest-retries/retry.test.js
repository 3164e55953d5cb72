// jest.retryTimes(2): up to 3 runs. A counter file beside the test makes a test fail until its nth run.
const fs = require('node:fs')
const path = require('node:path')

function run(name) {
  const p = path.join(__dirname, `counter.${name}`)
  const n = fs.existsSync(p) ? Number(fs.readFileSync(p, 'utf8')) + 1 : 1
  fs.writeFileSync(p, String(n))
  return n
}

jest.retryTimes(2)

describe('retry', () => {
  it('passes', () => expect(1).toBe(1))
  it('passes on its second run', () => expect(run('second')).toBe(2))
  it('passes on its third run', () => expect(run('third')).toBe(3))
  it('always fails', () => expect(run('always')).toBe(0))
  it.todo('is todo')
})
