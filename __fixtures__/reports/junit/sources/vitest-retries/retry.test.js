// retry: 2 (vitest.config.mjs): up to 3 runs. A counter file beside the test makes a test fail until its nth run.
import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'

function run(name) {
  const p = path.join(import.meta.dirname, `counter.${name}`)
  const n = fs.existsSync(p) ? Number(fs.readFileSync(p, 'utf8')) + 1 : 1
  fs.writeFileSync(p, String(n))
  return n
}

describe('retry', () => {
  it('passes', () => expect(1).toBe(1))
  it('passes on its second run', () => expect(run('second')).toBe(2))
  it('passes on its third run', () => expect(run('third')).toBe(3))
  it('always fails', () => expect(run('always')).toBe(0))
  it('is annotated by the test itself', async ({ annotate }) => {
    await annotate('a note of its own', 'notice')
  })
  it.todo('is todo')
})
