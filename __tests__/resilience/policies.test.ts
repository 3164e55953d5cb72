import { describe, expect, jest, test } from '@jest/globals'
import { BrokenCircuitError, CircuitState } from 'cockatiel'
import type { RetryPolicyConfig } from '../../src/config/types.js'
import { classifyCommand } from '../../src/resilience/classify.js'
import { backoffDelayMs, circuitBreakerFrom, retryPolicyFrom, type AttemptOutcome } from '../../src/resilience/policies.js'
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

describe('circuit breaker', () => {
  test('opens after failure_threshold consecutive failures, rejects at once, half-opens after recovery_timeout', async () => {
    jest.useFakeTimers({ now: 0 })
    try {
      const breaker = circuitBreakerFrom({ failure_threshold: 5, recovery_timeout: 60, half_open_max_calls: 1 })
      const fail = () => ({ value: 0, ok: false, retryable: true, reason: 'x' })
      for (let i = 0; i < 5; i++) await breaker.execute(fail)
      expect(breaker.state).toBe(CircuitState.Open)
      let ran = false
      await expect(breaker.execute(() => ((ran = true), fail()))).rejects.toBeInstanceOf(BrokenCircuitError)
      expect(ran).toBe(false)
      jest.setSystemTime(60_001)
      const ok = await breaker.execute(() => ({ value: 0, ok: true, retryable: false, reason: '' }))
      expect(ok.ok).toBe(true)
      expect(breaker.state).toBe(CircuitState.Closed)
    } finally {
      jest.useRealTimers()
    }
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
