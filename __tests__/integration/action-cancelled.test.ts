/**
 * The bundled action cancelled as GitHub's runner cancels a job: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after
 * that. Whatever the action is waiting for then, it must end on its own before the SIGKILL, with the check run
 * completed as `cancelled`, the job summary and the report written.
 */
import { jest, expect, test } from '@jest/globals'
import { execFileSync, type spawn } from 'node:child_process'
import { chmodSync, existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { githubStandIn } from '../servers/github-stand-in.js'
import { git, readReport, writeIn } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)

const dirs: string[] = []
const github = githubStandIn({ dirs })

/** Cancels the child as the runner does once `ready()` holds; returns when the signals were sent, for the test. */
function runnerCancel(ready: () => boolean) {
  const state = { sentAt: 0, killed: false }
  let poll: NodeJS.Timeout | undefined
  const timers: NodeJS.Timeout[] = []
  const onLog = (_log: string, child: ReturnType<typeof spawn>) => {
    poll ??= setInterval(() => {
      if (state.sentAt || !ready()) return
      state.sentAt = Date.now()
      child.kill('SIGINT')
      timers.push(setTimeout(() => child.kill('SIGTERM'), 7_500))
      timers.push(
        setTimeout(() => {
          state.killed = child.exitCode === null && child.signalCode === null
          child.kill('SIGKILL')
        }, 10_000)
      )
    }, 50)
  }
  const stop = () => {
    clearInterval(poll)
    for (const t of timers) clearTimeout(t)
  }
  return { state, onLog, stop }
}

test("cancelled while the pull request's base is fetched into a shallow checkout: the fetch is stopped, the run ends cancelled in time", async () => {
  // The pull request's merge commit, as GitHub makes it, cloned as actions/checkout does (fetch-depth: 1).
  const origin = await tinyRepo()
  dirs.push(origin)
  const base = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-qb', 'feature')
  await writeIn(origin, 'NOTES.md', 'a note\n')
  git(origin, 'add', '-A')
  git(origin, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'the change')
  const head = git(origin, 'rev-parse', 'HEAD').trim()
  git(origin, 'checkout', '-q', 'main')
  git(origin, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature')
  const merge = git(origin, 'rev-parse', 'HEAD').trim()
  const dir = await mkdtemp(join(tmpdir(), 's2p-checkout-'))
  dirs.push(dir)
  execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, dir])
  // A remote that never answers the fetch (a network that stalls): its upload-pack marks that it started, then hangs.
  const stalled = join(dir, '..', `${dir.split('/').pop()}-upload-pack.sh`)
  const marker = `${stalled}.started`
  await writeIn(dir, '../' + stalled.split('/').pop(), `#!/bin/sh\necho $$ > '${marker}'\nexec sleep 300\n`)
  chmodSync(stalled, 0o755)
  dirs.push(stalled, marker)
  git(dir, 'config', 'remote.origin.uploadpack', stalled)

  const event = { number: 5, pull_request: { number: 5, head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } }, base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } } }, repository: { full_name: 'acme/app', default_branch: 'main' } }
  const env = { GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/5/merge', GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' }
  const cancel = runnerCancel(() => existsSync(marker))
  const run = await runTinyAction(github.url, dir, 'pull_request', event, env, { comment: 'false' }, cancel.onLog)
  cancel.stop()
  // The stalled remote's end of the fetch is the test's to stop.
  try {
    process.kill(Number(readFileSync(marker, 'utf8')), 'SIGKILL')
  } catch {
    // gone with the fetch
  }
  expect(cancel.state.sentAt).toBeGreaterThan(0)
  // Ended by itself, before the runner's SIGKILL.
  expect(cancel.state.killed).toBe(false)
  expect(run.code).toBe(1)
  expect([...github.checkRuns.values()].map((r) => [r.head_sha, r.status, r.conclusion])).toEqual([[head, 'completed', 'cancelled']])
  expect(run.summary).toContain('tiny → dev: ⊘ cancelled')
  expect(run.outputs.success).toBe('false')
  expect((await readReport(dir, 'workflow_report_tiny.json')).cancelled).toBe(true)
})
