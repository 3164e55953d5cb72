/**
 * The wait for a stopped command's process group counts the time that passed: the wall clock set back an hour during
 * the grace period (an NTP step) must not keep a command that ignores SIGTERM running, and the run waiting, an hour.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { waitForProcessGroupExit } from '../../src/exec/process-group.js'

const children: number[] = []
afterAll(() => {
  for (const pid of children) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
  jest.restoreAllMocks()
})

test('the wall clock set back an hour while waiting: the wait still ends after its 300 ms', async () => {
  // A process group of its own that lives on (a command that ignores SIGTERM, as far as the wait can tell).
  const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' })
  children.push(child.pid!)
  const wall = Date.now
  let calls = 0
  // The first reading is the wall clock's; every later one is an hour earlier.
  jest.spyOn(Date, 'now').mockImplementation(() => wall() - (calls++ === 0 ? 0 : 3_600_000))
  const started = performance.now()
  const ended = await Promise.race([waitForProcessGroupExit(child.pid!, 300), new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), 3000))])
  expect(ended).toBe(false)
  expect(performance.now() - started).toBeLessThan(2000)
})
