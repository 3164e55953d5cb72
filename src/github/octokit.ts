/**
 * The REST client every GitHub surface uses: `@actions/github`'s Octokit (proxy-aware, GITHUB_API_URL) with the
 * throttling plugin (rate limits: waits as GitHub says, retries a few times, logs a warning) and the retry plugin
 * (server errors and network failures: retried with quadratic back-off).
 *
 * The token: the caller masks it with `core.setSecret(token)` before calling `createOctokit`, so the runner replaces it
 * by `***` wherever it would be printed. This module never logs it; Octokit's own request errors redact the
 * Authorization header.
 */
import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** Where the GitHub surfaces log: `@actions/core` in the action, a recorder in tests. */
export interface GitHubLogger {
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
}

export type GitHubClient = ReturnType<typeof createOctokit>

export interface OctokitSettings {
  /** GITHUB_TOKEN or a PAT; masked by the caller (`core.setSecret`). */
  token: string
  /** REST API root; default GITHUB_API_URL, then https://api.github.com (GHES: `https://host/api/v3`). */
  baseUrl?: string
  log: GitHubLogger
  /** Retries after a primary or secondary rate limit (default 3). */
  rateLimitRetries?: number
  /**
   * Longest wait for a rate limit to lift, in seconds (default 60). A primary limit resets up to an hour later: the
   * job should not idle that long for a report, so the request fails and the caller falls back.
   */
  maxRateLimitWaitSeconds?: number
  /** Retries after a 5xx or a network failure (default 3, waits 1 s, 4 s, 9 s). */
  serverErrorRetries?: number
  /** Milliseconds per second of `retry-after` and of back-off (default 1000; tests pass 1). */
  retryAfterBaseValue?: number
  /**
   * Space write requests one second apart, GitHub's advice for content-creating requests (default true, done by the
   * throttling plugin). Tests turn it off to run fast.
   */
  spaceWrites?: boolean
  /**
   * Longest wait for one request's answer, connection included (default 30 s). undici's own limit is 300 s per
   * response header, times the retries: a service that accepts and never answers held the job for most of an hour.
   * A request that gets no answer in time is not retried, and once one has not answered, the client's later requests
   * fail at once: a service that stalls usually goes on stalling, and every surface falls back without it. A check
   * run's requests are spared until the check runs' endpoint itself stalls (see fetchWithDeadline).
   */
  requestTimeoutMs?: number
}

/** The abort error Octokit passes through without wrapping (so the retry plugin does not retry it). */
class NoAnswer extends Error {
  override name = 'AbortError'
}

type Fetch = typeof globalThis.fetch

/**
 * `fetch` with a deadline per request, failing fast after the first request the service left unanswered — except a
 * check run's requests, which fail fast only once the check runs' own endpoint has left one unanswered: a stalled
 * deployments or comment call must not leave the check run this run started saying "in progress" forever.
 */
export function fetchWithDeadline(fetch: Fetch, timeoutMs: number): Fetch {
  let stalled: string | null = null
  let checkRunsStalled: string | null = null
  return async (input, init) => {
    const what = `${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input).replace(/\?.*$/, '')}`
    const checkRun = /\/check-runs(?:\/|$)/.test(what)
    const skip = checkRun ? checkRunsStalled : stalled
    if (skip) throw new NoAnswer(`not sent: ${skip} earlier in this run (the GitHub API is not answering)`)
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    try {
      return await fetch(input, { ...init, signal })
    } catch (error) {
      if (deadline.aborted) {
        stalled = `${what} got no answer within ${timeoutMs / 1000} s`
        if (checkRun) checkRunsStalled = stalled
        throw new NoAnswer(`${what}: no answer within ${timeoutMs / 1000} s`)
      }
      throw error
    }
  }
}

/** Rate limits are the throttling plugin's job: the retry plugin leaves 429 (and, by default, 403) alone. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/** A Bottleneck.Group stand-in that runs jobs at once: used for writes when `spaceWrites` is false. */
const unspacedGroup = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      // schedule([options,] fn, ...args): the plugin always passes options first.
      const [, fn, ...rest] = args as [unknown, (...a: unknown[]) => unknown, ...unknown[]]
      return Promise.resolve(fn(...rest))
    }
  })
}

export function createOctokit(settings: OctokitSettings) {
  const { log } = settings
  const rateLimitRetries = settings.rateLimitRetries ?? 3
  const maxWait = settings.maxRateLimitWaitSeconds ?? 60
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryAfter > maxWait) {
      log.warning(`GitHub ${kind} on ${options.method} ${options.url}: lifts in ${retryAfter} s, longer than the ${maxWait} s this run waits; not retrying`)
      return false
    }
    if (retryCount < rateLimitRetries) {
      log.warning(`GitHub ${kind} on ${options.method} ${options.url}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`)
      return true
    }
    log.warning(`GitHub ${kind} on ${options.method} ${options.url}: giving up after ${rateLimitRetries} retries`)
    return false
  }
  const baseFetch = (actionsDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch
  return getOctokit(
    settings.token,
    {
      baseUrl: settings.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      // The options replace @actions/github's `request` defaults as a whole: its proxy-aware agent and fetch are kept.
      request: { ...actionsDefaults.request, fetch: fetchWithDeadline(baseFetch, settings.requestTimeoutMs ?? 30_000) },
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.warning(message),
        error: (message: string) => log.error(message)
      },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: settings.retryAfterBaseValue ?? 1000,
        ...(settings.spaceWrites === false ? { write: unspacedGroup as never } : {})
      },
      retry: {
        retries: settings.serverErrorRetries ?? 3,
        retryAfterBaseValue: settings.retryAfterBaseValue ?? 1000,
        doNotRetry: DO_NOT_RETRY
      }
    },
    throttling,
    retry
  )
}
