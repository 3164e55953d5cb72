/**
 * The files a deploy command and a load test write for the run to read ({outputs}, the benchmark report) can be left as
 * something other than a file: a symbolic link to /dev/zero (`readFile` of it grew past 23 GB in 13 minutes and took
 * the machine's memory; under a 3 GB limit the run aborted with "JavaScript heap out of memory", writing no report) or a
 * FIFO (the read blocked forever). Only regular files are read, their size checked first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { readDeployOutputs } from '../../src/deploy/outputs.js'
import { readBenchmark } from '../../src/deploy/benchmark.js'
import { ROOT } from '../helpers/workspace.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 's2p-deploy-special-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Settles with the promise's outcome, or 'timed out' after `ms` (a read blocked on a FIFO never settles). */
async function within(ms: number, promise: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve('timed out'), ms)))
  try {
    return await Promise.race([promise.then((v) => v, (e: unknown) => e), late])
  } finally {
    clearTimeout(timer)
  }
}

describe('a FIFO where a file is expected', () => {
  it('the deploy outputs file is refused at once, naming what it is', async () => {
    const path = join(dir, 'outputs.fifo')
    execFileSync('mkfifo', [path])
    const outcome = await within(3000, readDeployOutputs(path))
    expect(outcome).toBeInstanceOf(Error)
    expect((outcome as Error).message).toBe(`the deploy outputs file ${path} is a FIFO (named pipe), not a regular file: not read`)
  })

  it('the benchmark report too', async () => {
    const path = join(dir, 'loadtest.fifo')
    execFileSync('mkfifo', [path])
    const outcome = await within(3000, readBenchmark(path))
    expect(outcome).toBeInstanceOf(Error)
    expect((outcome as Error).message).toBe(`benchmark report ${path}: a FIFO (named pipe), not a regular file: not read`)
  })

  it('a directory is named as one', async () => {
    await expect(readDeployOutputs(dir)).rejects.toThrow(`the deploy outputs file ${dir} is a directory, not a regular file: not read`)
  })
})

describe('a symbolic link to /dev/zero', () => {
  // In a process of its own under a 3 GB address-space limit: should the read ever be unbounded again, it is that
  // process that aborts, not the machine that runs out of memory.
  it('is refused by both readers in a process limited to 3 GB', async () => {
    const outputs = join(dir, 'outputs.env')
    const report = join(dir, 'loadtest.json')
    symlinkSync('/dev/zero', outputs)
    symlinkSync('/dev/zero', report)
    const driver = join(dir, 'driver.ts')
    writeFileSync(
      driver,
      `import { readDeployOutputs } from ${JSON.stringify(join(ROOT, 'src/deploy/outputs.ts'))}
import { readBenchmark } from ${JSON.stringify(join(ROOT, 'src/deploy/benchmark.ts'))}
for (const read of [() => readDeployOutputs(${JSON.stringify(outputs)}), () => readBenchmark(${JSON.stringify(report)})]) {
  await read().then(() => console.log('read'), (e) => console.log(e.message))
}
`
    )
    await build({ entryPoints: [driver], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'driver.mjs'), logLevel: 'silent' })
    const run = spawnSync('bash', ['-c', `ulimit -v 3000000; exec "${process.execPath}" driver.mjs`], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect(run.stderr).not.toContain('out of memory')
    expect(run.stdout.trim().split('\n')).toEqual([
      `the deploy outputs file ${outputs} is a character device, not a regular file: not read`,
      `benchmark report ${report}: a character device, not a regular file: not read`
    ])
    expect(run.status).toBe(0)
  })
})
