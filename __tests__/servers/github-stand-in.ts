/**
 * The GitHub API stand-in for the tests of one file: started before them, closed after them with the directories the
 * tests list in `dirs`; with `reset`, its check runs, comments and recorded requests are cleared before each test. The
 * value stands for the running stand-in (use it inside a test or hook: before the file's beforeAll it is not started).
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { startGitHubApi, type GitHubApi } from './github-api.js'

export function githubStandIn(opts: { dirs?: string[]; reset?: boolean } = {}): GitHubApi {
  let api: GitHubApi | undefined
  beforeAll(async () => {
    api = await startGitHubApi()
  }, 120_000)
  if (opts.reset) {
    beforeEach(() => {
      started().checkRuns.clear()
      started().issueComments.clear()
      started().requests.length = 0
    })
  }
  afterAll(async () => {
    await api?.close()
    await Promise.all((opts.dirs ?? []).map((d) => rm(d, { recursive: true, force: true })))
  })
  const started = (): GitHubApi => {
    if (!api) throw new Error('the GitHub stand-in is not started (use it inside a test)')
    return api
  }
  return new Proxy({} as GitHubApi, {
    get(_, key) {
      const value: unknown = Reflect.get(started(), key)
      return typeof value === 'function' ? value.bind(started()) : value
    }
  })
}
