/**
 * The publishing budget (publish-timeout-seconds) measures the time that passed, not the wall clock: an NTP step or a
 * resumed VM moves the wall clock while publishing runs, and neither abandons the check run, the comment and the cache
 * saves nor gives them an hour more.
 */
import { afterEach, expect, jest, test } from '@jest/globals'
import { PublishBudget } from '../../src/action/budget.js'
import { beforeDeadline, Timeout } from '../../src/github/cache.js'
import { steadyNow } from '../../src/engine/host.js'

afterEach(() => {
  jest.restoreAllMocks()
})

/** The wall clock, which `step` moves (the monotonic clock is left alone), installed before anything reads it. */
function wallClock(): { step(by: number): void } {
  const wall = Date.now
  let offset = 0
  jest.spyOn(Date, 'now').mockImplementation(() => wall() + offset)
  return {
    step: (by) => {
      offset += by
    }
  }
}

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

test('the wall clock stepped an hour forward while publishing: nothing is abandoned', async () => {
  const clock = wallClock()
  const errors: string[] = []
  const budget = new PublishBudget(60_000, (m) => errors.push(m))
  clock.step(3_600_000)
  expect(budget.expired).toBe(false)
  expect(budget.remainingMs).toBeGreaterThan(59_000)
  expect(await budget.run('the check run', () => after(20, 'posted'))).toBe('posted')
  expect(budget.warning()).toBeNull()
  expect(errors).toEqual([])
})

test('the wall clock set back an hour while publishing: the budget is still its 60 s', async () => {
  const clock = wallClock()
  const budget = new PublishBudget(60_000, () => undefined)
  clock.step(-3_600_000)
  expect(budget.remainingMs).toBeLessThanOrEqual(60_000)
})

test("a cache or artifact call's deadline is the time that passed too", async () => {
  const clock = wallClock()
  const deadline = steadyNow() + 60_000
  clock.step(3_600_000)
  await expect(beforeDeadline(after(20, 'restored'), deadline, 60_000)).resolves.toBe('restored')
  // And it still ends a call that never answers.
  await expect(beforeDeadline(new Promise<never>(() => undefined), steadyNow() + 20, 20)).rejects.toBeInstanceOf(Timeout)
})
