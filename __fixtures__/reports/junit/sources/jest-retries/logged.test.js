// logErrorsBeforeRetry: jest keeps the failed runs' errors (retryReasons), which the properties module writes.
const fs = require('node:fs')
const path = require('node:path')

function run(name) {
  const p = path.join(__dirname, `counter.${name}`)
  const n = fs.existsSync(p) ? Number(fs.readFileSync(p, 'utf8')) + 1 : 1
  fs.writeFileSync(p, String(n))
  return n
}

jest.retryTimes(1, { logErrorsBeforeRetry: true })

describe('logged', () => {
  it('passes on its second run', () => {
    if (run('logged') === 1) throw new Error('first run fails')
  })
})
