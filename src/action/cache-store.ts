/**
 * The component's memory between runs, in the Actions cache: its context sessions, its metrics history and the run
 * state (`.spec-to-production/state/`: the environments' circuit breakers). Keys are per component, branch and run
 * (cache entries are immutable); restore falls back to the newest entry of this branch, then of any branch the cache
 * lets this run read (the default branch). Unavailable, slow or failing cache: a warning, and the run goes on with
 * what it has. Every call has a deadline; once one call got no answer in time, the rest are skipped (a cache service
 * that stalls usually goes on stalling). Saves are not made during the run: `saves()` lists them for the publishing
 * phase, which runs them after the job summary and outputs are written, under its time budget.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import type { SessionStore } from '../context/types.js'
import type { CacheLog } from '../github/cache.js'
import { branchKeyPart, cacheKey, cacheKeyPrefix } from '../github/names.js'

/** Deadline of one cache call when the caller gives none. */
const TIMEOUT_MS = 60_000

/** One cache save left for the publishing phase. */
export interface PendingSave {
  /** What it saves, for the log and the budget's warning: "the context cache save". */
  name: string
  run(): Promise<void>
}

export interface MemoryStores {
  /** Restore at once; `save` only notes that the sessions are to be saved (see `saves`). */
  sessions: SessionStore
  /** Restores the metrics history before the run writes to it. */
  restoreMetrics(component: string): Promise<void>
  /** Restores the run state once (later calls wait for the same restore). */
  restoreState(component: string): Promise<void>
  /** The saves this run needs, in order: context (when its session was closed), metrics, state (when written). */
  saves(component: string): PendingSave[]
}

export function createMemoryStores(workspace: string, log: CacheLog, options: { timeoutMs?: number; leg?: string | null } = {}): MemoryStores {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS
  const startedAt = Date.now()
  const env = process.env
  const branch = branchKeyPart(env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || 'unknown')
  const run = `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  const root = join(workspace, '.spec-to-production')
  const leg = options.leg || null
  // The keys' leading parts, shared by every run whose entry this one may restore. A matrix leg's metrics history is
  // its own (`v1-leg`, never a prefix of another leg's or of a component's without legs): another leg's run would be
  // its baseline (the coverage change, the known failures) and, on the same commit, make a test that fails on one
  // leg only look flaky on the other. The context sessions and the circuit breakers are the component's and its
  // environments', whichever leg ran: restored from the newest entry of any leg.
  const head = (what: string, component: string): string[] => (what === 'metrics' && leg ? ['spec-to-production', what, 'v1-leg', component, leg] : ['spec-to-production', what, 'v1', component])
  const keys = (what: string, component: string) => ({
    // Entries are immutable: the legs of one run each save under a key of their own.
    key: cacheKey([...head(what, component), branch, run, what === 'metrics' ? null : leg]),
    restoreKeys: [cacheKeyPrefix([...head(what, component), branch]), cacheKeyPrefix(head(what, component))]
  })
  // The SDK's own availability test, made before loading it (it pulls in the Azure SDK): no service, no load.
  const available = Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL)
  let said = false
  const unavailable = (): false => {
    if (!said) log.warning('the Actions cache service is not available to this job: context sessions and metrics history start fresh and are not kept')
    said = true
    return false
  }
  let stalled: string | null = null
  /** What could not be restored, and why: its save would store this run's part as the newest entry (see saves). */
  const notRestored = new Map<string, string>()
  const skipped = (what: string): false => {
    log.info(`${what}: skipped, ${stalled}`)
    return false
  }
  const noted = (reason: string | undefined) => {
    if (reason?.includes('timed out')) stalled = `the Actions cache did not answer within ${timeoutMs / 1000} s earlier in this run`
  }
  const restore = async (what: string, dir: string, component: string, onBranch?: string): Promise<boolean> => {
    if (!available) return unavailable()
    if (stalled) return skipped(`${what} restore`)
    const k = keys(what, component)
    // onBranch: only that branch's newest entry (a pull request reads its base branch's history this way).
    const restoreKeys = onBranch ? [cacheKeyPrefix([...head(what, component), branchKeyPart(onBranch)])] : k.restoreKeys
    const { restoreFromCache } = await import('../github/cache.js')
    // With onBranch the primary key is one no entry has: the restore key alone picks that branch's newest.
    const primaryKey = onBranch ? cacheKey([...head(what, component), branchKeyPart(onBranch), 'none']) : k.key
    const result = await restoreFromCache({ paths: [portable(dir)], primaryKey, restoreKeys, timeoutMs, log })
    noted(result.reason)
    // This branch's own history, sessions or state may be in the cache and were not got (a base branch's, read
    // beside it, leaves this branch's entries as they are).
    if (result.failed && !onBranch) notRestored.set(what, result.reason ?? 'the restore failed')
    if (result.hit) log.info(`${what} of ${component} restored from the cache (${result.matchedKey})`)
    return result.hit
  }
  const save = async (what: string, dir: string, component: string): Promise<void> => {
    if (!available) return void unavailable()
    if (stalled) return void skipped(`${what} save`)
    const { saveToCache } = await import('../github/cache.js')
    const result = await saveToCache({ paths: [portable(dir)], key: keys(what, component).key, timeoutMs, log })
    noted(result.reason)
    if (result.saved) log.info(`${what} of ${component} saved to the cache`)
  }
  // The cache's version hashes the path strings: paths relative to GITHUB_WORKSPACE (where the SDK runs tar) keep
  // entries usable by any runner, whatever its absolute workspace path.
  const base = env.GITHUB_WORKSPACE || process.cwd()
  const portable = (dir: string) => {
    const rel = relative(base, dir)
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir
  }
  const contextDir = join(root, 'context')
  const metricsDir = join(root, 'metrics')
  const stateDir = join(root, 'state')
  // The state is shared by the components of a workspace, but kept per component in the cache: parallel jobs of a
  // matrix each save their own entry (entries are immutable).
  const stateKey = 'state'
  let contextClosed = false
  let stateRestore: Promise<void> | null = null
  return {
    sessions: {
      // Restored into the context directory itself: nothing of this run is written there before the restore.
      restore: async (component) => ((await restore('context', contextDir, component)) ? contextDir : null),
      save: async () => {
        contextClosed = true
      }
    },
    restoreMetrics: async (component) => {
      // A pull request compares with its base branch's last run: the base's newest history is restored first, set
      // aside, and merged with this branch's (runs are the unit, so nothing is counted twice).
      const base = env.GITHUB_BASE_REF
      let aside: string | null = null
      if (base && base !== branch && (await restore('metrics', metricsDir, component, base))) {
        // Beside the history, on the same filesystem, so the move is a rename.
        await mkdir(root, { recursive: true })
        aside = await mkdtemp(join(root, 'base-metrics-'))
        await rename(metricsDir, join(aside, 'metrics'))
      }
      await restore('metrics', metricsDir, component)
      if (aside) {
        try {
          const { mergeMetrics } = await import('../observability/metrics.js')
          const merged = await mergeMetrics(aside, root)
          log.info(`metrics of ${component} on ${base}: ${merged.added} record(s) and ${merged.tests.added} test run(s) merged into this branch's history`)
        } finally {
          await rm(aside, { recursive: true, force: true })
        }
      }
    },
    restoreState(component) {
      stateRestore ??= restore(stateKey, stateDir, component).then(() => undefined)
      return stateRestore
    },
    saves(component) {
      const list: PendingSave[] = []
      // Only real directories of the workspace: a committed symbolic link (`metrics -> ~/.ssh`) would have the cache
      // carry away whatever it points to (the run refuses such a link, but the saves follow any run).
      const own = ownDirectory(root)
      // What failed to restore is not saved: this run's part alone (a history of one run, a fresh session, breakers
      // all closed) would be the newest entry, which the next run restores in place of everything before it — its
      // baseline, its known failures and flaky tests, an open circuit breaker.
      const restored = (what: string, name: string): boolean => {
        const why = notRestored.get(what)
        if (why !== undefined) log.warning(`${name}: not made, as the restore failed (${why}): this run's part alone would replace the history kept in the cache for the runs after it`)
        return why === undefined
      }
      if (contextClosed && own && ownDirectory(contextDir) && restored('context', 'the context cache save')) list.push({ name: 'the context cache save', run: () => save('context', contextDir, component) })
      if (own && ownDirectory(metricsDir) && restored('metrics', 'the metrics cache save')) list.push({ name: 'the metrics cache save', run: () => save('metrics', metricsDir, component) })
      if (own && ownDirectory(stateDir) && writtenSince(stateDir, startedAt) && restored(stateKey, 'the run-state cache save')) {
        list.push({ name: 'the run-state cache save', run: () => save(stateKey, stateDir, component) })
      }
      return list
    }
  }
}

/** Whether the path is a directory itself, not a symbolic link (to one or to anything else). */
function ownDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Whether a file in `dir` was written at or after `since` (epoch ms). */
function writtenSince(dir: string, since: number): boolean {
  try {
    return readdirSync(dir).some((f) => statSync(join(dir, f)).mtimeMs >= since - 1000)
  } catch {
    return false
  }
}
