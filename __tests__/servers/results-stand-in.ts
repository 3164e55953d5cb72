/**
 * The Results API stand-in over azurite for the tests of one file: started before them, closed after them with the
 * directories the tests list in `dirs`. `env` gives a runner's step variables pointed at it (those a test must not
 * inherit left out), for the bundled action's environment.
 */
import { afterAll, beforeAll } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { startAzurite, type Azurite } from './azurite.js'
import { actionsEnv, startResultsApi, type EnvOptions, type ResultsApi } from './results-api.js'

export interface ResultsStandIn {
  /** The running stand-in (after the file's beforeAll). */
  readonly api: ResultsApi
  /** Directories removed when the file's tests are done. */
  readonly dirs: string[]
  /** The step's variables for a workspace (RUNNER_TEMP the system's temporary directory); undefined ones left out. */
  env(workspace: string, options?: Omit<EnvOptions, 'workspace' | 'tempDir'>): Record<string, string>
}

export function resultsStandIn(): ResultsStandIn {
  let azurite: Azurite | undefined
  let api: ResultsApi | undefined
  const dirs: string[] = []
  beforeAll(async () => {
    azurite = await startAzurite()
    api = await startResultsApi({ azurite })
  }, 120_000)
  afterAll(async () => {
    await api?.close()
    await azurite?.close()
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
  })
  return {
    get api() {
      if (!api) throw new Error('the Results API stand-in is not started (use it inside a test)')
      return api
    },
    dirs,
    env(workspace, options = {}) {
      const out: Record<string, string> = {}
      for (const [k, v] of Object.entries(actionsEnv(this.api, { workspace, tempDir: tmpdir(), ...options }))) if (v !== undefined) out[k] = v
      return out
    }
  }
}
