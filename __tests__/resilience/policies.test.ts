import { describe, expect, jest, test } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RetryPolicyConfig } from '../../src/config/types.js'
import { classifyCommand, deployRetryDecision } from '../../src/resilience/classify.js'
import { loadEnvironmentBreaker, saveEnvironmentBreaker } from '../../src/resilience/environment-breaker.js'
import { backoffDelayMs, retryPolicyFrom, type AttemptOutcome } from '../../src/resilience/policies.js'
import type { CommandResult } from '../../src/exec/types.js'

const cfg = (over: Partial<RetryPolicyConfig> = {}): RetryPolicyConfig => ({
  max_retries: 3,
  base_delay: 2,
  exponential_base: 1.5,
  max_delay: 5,
  jitter: false,
  retry_on_timeout: false,
  ...over
})

describe('backoff from error_recovery', () => {
  test('base × exponential_base^n, capped at max_delay', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, cfg()))).toEqual([2000, 3000, 4500, 5000, 5000])
    expect([0, 1, 2].map((n) => backoffDelayMs(n, cfg({ exponential_base: 2, base_delay: 1, max_delay: 10 })))).toEqual([1000, 2000, 4000])
  })

  test('jitter keeps each delay between half and all of the un-jittered one', () => {
    const c = cfg({ jitter: true })
    expect(backoffDelayMs(1, c, () => 0)).toBe(1500)
    expect(backoffDelayMs(1, c, () => 0.999999)).toBe(3000)
    for (let i = 0; i < 200; i++) {
      const d = backoffDelayMs(2, c)
      expect(d).toBeGreaterThanOrEqual(2250)
      expect(d).toBeLessThanOrEqual(4500)
    }
  })
})

describe('retry policy', () => {
  const outcome = (ok: boolean, retryable: boolean): AttemptOutcome<number> => ({ value: 0, ok, retryable, reason: '' })

  test('retries a retryable failure up to max_retries, with the configured delays', async () => {
    const policy = retryPolicyFrom(cfg({ base_delay: 0.001, exponential_base: 2, max_delay: 0.004 }))
    const delays: number[] = []
    policy.onRetry((e) => delays.push(e.delay))
    let calls = 0
    const result = await policy.execute(() => {
      calls++
      return outcome(false, true)
    })
    expect(calls).toBe(4)
    expect(result.ok).toBe(false)
    expect(delays).toEqual([1, 2, 4])
  })

  test('does not retry a failure that is not retryable, nor a success', async () => {
    const policy = retryPolicyFrom(cfg({ base_delay: 0.001 }))
    let calls = 0
    await policy.execute(() => {
      calls++
      return outcome(false, false)
    })
    expect(calls).toBe(1)
    calls = 0
    await policy.execute(() => {
      calls++
      return outcome(true, true)
    })
    expect(calls).toBe(1)
  })

  test('stops retrying once the result turns good', async () => {
    const policy = retryPolicyFrom(cfg({ base_delay: 0.001 }))
    let calls = 0
    const result = await policy.execute(() => outcome(++calls >= 3, true))
    expect(calls).toBe(3)
    expect(result.ok).toBe(true)
  })
})

describe('the environment circuit breaker', () => {
  const cfg = { failure_threshold: 3, recovery_timeout: 60, half_open_max_calls: 1 }

  test('opens after failure_threshold consecutive failures, survives a save and load, half-opens after recovery_timeout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-breaker-'))
    let now = 1_000_000
    jest.useFakeTimers({ now })
    try {
      const warn = jest.fn()
      let breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      await breaker.record('failure', 'deploy: exit status 1')
      await breaker.record('failure', 'deploy: exit status 1')
      await saveEnvironmentBreaker(dir, breaker, warn)
      // The next run: the count continues.
      breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      expect(breaker.report()).toMatchObject({ state: 'closed', failures: 2 })
      await breaker.record('failure', 'health check after the deploy: not healthy')
      expect(breaker.admits()).toBe(false)
      await saveEnvironmentBreaker(dir, breaker, warn)
      breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      expect(breaker.report()).toEqual({
        environment: 'staging',
        state: 'open',
        failures: 3,
        failure_threshold: 3,
        opened_at: new Date(now).toISOString(),
        half_open_at: new Date(now + 60_000).toISOString(),
        last_failure: 'health check after the deploy: not healthy'
      })
      expect(breaker.refusal()).toContain('lets one trial through from ' + new Date(now + 60_000).toISOString())
      // A success while open and not yet due is not counted; nor is a failure (a failed rollback after the deploy
      // that opened it), which does not become the failure the circuit is said to be open for.
      await breaker.record('success')
      expect(breaker.report().state).toBe('open')
      await breaker.record('failure', 'rollback: exit status 3')
      expect(breaker.report()).toMatchObject({ state: 'open', failures: 3, last_failure: 'health check after the deploy: not healthy' })
      expect(breaker.refusal()).toContain('(last: health check after the deploy: not healthy)')
      now += 60_000
      jest.setSystemTime(now)
      expect(breaker.report().state).toBe('half_open')
      expect(breaker.admits()).toBe(true)
      await breaker.record('success')
      expect(breaker.report()).toMatchObject({ state: 'closed', failures: 0, opened_at: null })
      // Another environment has its own breaker in the same file.
      await saveEnvironmentBreaker(dir, breaker, warn)
      expect((await loadEnvironmentBreaker(dir, 'production', cfg, warn)).report()).toMatchObject({ state: 'closed', failures: 0 })
      expect(warn).not.toHaveBeenCalled()
    } finally {
      jest.useRealTimers()
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a breaker opened in the future (a hand-written cache entry) counts as opened now: a trial after recovery_timeout', async () => {
    // Restored from the cache, `openedAt` 2099 was never recovery_timeout ago: every deploy to staging was refused,
    // for good, the state going back into the cache unchanged.
    const dir = await mkdtemp(join(tmpdir(), 's2p-breaker-'))
    let now = 1_000_000
    jest.useFakeTimers({ now })
    try {
      await mkdir(join(dir, '.spec-to-production/state'), { recursive: true })
      const planted = { version: 1, environments: { staging: { cockatiel: { ownState: { value: 1, openedAt: Date.parse('2099-01-01T00:00:00Z'), attemptNo: 0 }, breakerState: 5 }, last_failure: 'planted', updated_at: '2099-01-01T00:00:00.000Z' } } }
      await writeFile(join(dir, '.spec-to-production/state/circuit-breakers.json'), JSON.stringify(planted))
      const warn = jest.fn()
      const breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/breaker of environment staging says it opened at 2099-01-01T00:00:00\.000Z, after this run's clock: counted as opened now/))
      expect(breaker.report()).toMatchObject({ state: 'open', opened_at: new Date(now).toISOString(), half_open_at: new Date(now + 60_000).toISOString() })
      expect(breaker.admits()).toBe(false)
      now += 60_000
      jest.setSystemTime(now)
      expect(breaker.admits()).toBe(true)
    } finally {
      jest.useRealTimers()
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a breaker said to have opened before 1970 is malformed, not a crash of the deploy stage', async () => {
    // openedAt -1e300 is a finite number: its trial time had no date, and every deploy stage ended in "Invalid time value".
    const dir = await mkdtemp(join(tmpdir(), 's2p-breaker-'))
    try {
      await mkdir(join(dir, '.spec-to-production/state'), { recursive: true })
      const planted = { version: 1, environments: { staging: { cockatiel: { ownState: { value: 1, openedAt: -1e300, attemptNo: 0 }, breakerState: 5 }, last_failure: 'planted', updated_at: 'x' } } }
      await writeFile(join(dir, '.spec-to-production/state/circuit-breakers.json'), JSON.stringify(planted))
      const warn = jest.fn()
      const breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/the record of environment staging is malformed: its breaker starts closed/))
      expect(breaker.report()).toMatchObject({ state: 'closed', opened_at: null })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test("an environment named in another case is the same environment (GitHub's names are case-insensitive): its open breaker holds", async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-breaker-'))
    try {
      const warn = jest.fn()
      const breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      for (let n = 0; n < cfg.failure_threshold; n++) await breaker.record('failure', 'deploy: exit status 1')
      await saveEnvironmentBreaker(dir, breaker, warn)
      const renamed = await loadEnvironmentBreaker(dir, 'Staging', cfg, warn)
      expect(renamed.report()).toMatchObject({ environment: 'Staging', state: 'open', failures: cfg.failure_threshold })
      expect(renamed.admits()).toBe(false)
      // Saved under the new name, once.
      await saveEnvironmentBreaker(dir, renamed, warn)
      const file = JSON.parse(await readFile(join(dir, '.spec-to-production/state/circuit-breakers.json'), 'utf8')) as { environments: Record<string, unknown> }
      expect(Object.keys(file.environments)).toEqual(['Staging'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a hand-written record with a negative failure count is malformed: it would need that many more failures to open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-breaker-'))
    try {
      await mkdir(join(dir, '.spec-to-production/state'), { recursive: true })
      const planted = { version: 1, environments: { staging: { cockatiel: { ownState: { value: 0 }, breakerState: -1000 }, last_failure: null, updated_at: '2026-01-01T00:00:00.000Z' } } }
      await writeFile(join(dir, '.spec-to-production/state/circuit-breakers.json'), JSON.stringify(planted))
      const warn = jest.fn()
      const breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('the record of environment staging is malformed'))
      expect(breaker.report()).toMatchObject({ state: 'closed', failures: 0 })
      for (let n = 0; n < cfg.failure_threshold; n++) await breaker.record('failure', 'deploy: exit status 1')
      expect(breaker.report()).toMatchObject({ state: 'open', failures: cfg.failure_threshold })
      expect(breaker.admits()).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a malformed state file: a warning, and the breaker starts closed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-breaker-'))
    try {
      await mkdir(join(dir, '.spec-to-production/state'), { recursive: true })
      await writeFile(join(dir, '.spec-to-production/state/circuit-breakers.json'), '{"version":1,"environments":{"staging":{"cockatiel":{"ownState":{"value":1}}}}}')
      const warn = jest.fn()
      const breaker = await loadEnvironmentBreaker(dir, 'staging', cfg, warn)
      expect(breaker.report().state).toBe('closed')
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('the record of environment staging is malformed'))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('whether a failed deploy is retried', () => {
  const base: CommandResult = { command: 'x', exitCode: 1, signal: null, timedOut: false, cancelled: false, durationMs: 1, tail: '', outputBytes: 0 }
  const decide = (over: Partial<CommandResult>, rules = {}, cancelled = false) => {
    const result = { ...base, ...over }
    return deployRetryDecision(result, classifyCommand(result), rules, cancelled)
  }
  test.each([
    [{ exitCode: 1 }, {}, true],
    [{ exitCode: 2 }, {}, false],
    [{ exitCode: 126 }, {}, false],
    [{ exitCode: 127 }, {}, false],
    [{ exitCode: 130 }, {}, false],
    [{ exitCode: null, signal: 'SIGINT' as const }, {}, false],
    [{ exitCode: null, signal: 'SIGKILL' as const }, {}, true],
    [{ exitCode: null, timedOut: true }, {}, false],
    [{ exitCode: null, spawnError: 'ENOENT' }, {}, false],
    [{ exitCode: 1 }, { no_retry_on_exit_codes: [1] }, false],
    [{ exitCode: 2 }, { retry_on_exit_codes: [2] }, true],
    [{ exitCode: 1 }, { retry_on_exit_codes: [75] }, false],
    [{ exitCode: 75 }, { retry_on_exit_codes: [75], no_retry_on_exit_codes: [75] }, false]
  ])('%p with %p → retried %p', (over, rules, retryable) => {
    expect(decide(over, rules).retryable).toBe(retryable)
  })

  test('nothing is retried once the run was cancelled, and that does not count against the environment', () => {
    expect(decide({ exitCode: 1 }, {}, true)).toEqual({ retryable: false, why: 'the run was cancelled', environmentFailure: false })
  })

  test('a usage error does not count against the environment; a timeout does', () => {
    expect(decide({ exitCode: 2 }).environmentFailure).toBe(false)
    expect(decide({ exitCode: null, timedOut: true }).environmentFailure).toBe(true)
  })
})

describe('classifying a finished command', () => {
  const base: CommandResult = { command: 'x', exitCode: 1, signal: null, timedOut: false, cancelled: false, durationMs: 1, tail: '', outputBytes: 0 }
  test.each([
    [{ exitCode: 0 }, null, false],
    [{ exitCode: 1 }, 'exit_code', false],
    [{ exitCode: 127 }, 'exit_code', false],
    [{ exitCode: 137 }, 'crash', true],
    [{ exitCode: null, signal: 'SIGSEGV' as const }, 'crash', true],
    [{ exitCode: 1, tail: 'npm ERR! network read ECONNRESET' }, 'transient_network', true],
    [{ exitCode: 1, tail: 'connect ECONNREFUSED 127.0.0.1:5432' }, 'exit_code', false],
    [{ exitCode: null, timedOut: true, signal: 'SIGTERM' as const }, 'timeout', false],
    [{ exitCode: null, cancelled: true, signal: 'SIGTERM' as const }, 'cancelled', false],
    [{ exitCode: null, spawnError: 'ENOENT' }, 'crash', false]
  ])('%p → %p (retryable %p)', (over, errorType, transient) => {
    const c = classifyCommand({ ...base, ...over })
    expect(c.errorType).toBe(errorType)
    expect(c.transient).toBe(transient)
  })

  test('a timeout is retried only when retry_on_timeout is set', () => {
    expect(classifyCommand({ ...base, exitCode: null, timedOut: true }, true).transient).toBe(true)
  })
})
