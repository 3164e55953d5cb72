/**
 * A repository that commits a symbolic link into `.spec-to-production/` (the directory itself, a subdirectory, or a file
 * the run appends to by name) would have the run write outside the workspace: into `~/.ssh`, onto `~/.bashrc`. The CLI
 * runs as a real process on a real git repository holding such links; the writers that append by name are checked on
 * their own for a link made after the run's check.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledCli, git, readReport, removeDir, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'
import { stateDirectoryLinks } from '../../src/engine/state-dir.js'
import { appendWholeLines } from '../../src/observability/jsonl.js'
import { createMemoryStores } from '../../src/action/cache-store.js'

jest.setTimeout(60_000)

const made: string[] = []
async function outsideDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-outside-'))
  made.push(dir)
  return dir
}
async function repo(): Promise<string> {
  const dir = await tinyRepo()
  made.push(dir)
  return dir
}
/** Commits the workspace's `.spec-to-production/` as it is (the tiny repository ignores it: forced). */
function commitState(dir: string): void {
  git(dir, 'add', '-f', '.spec-to-production')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'links')
}

beforeAll(async () => {
  await bundledCli()
})
afterAll(async () => {
  await Promise.all(made.map(removeDir))
})

describe('a symbolic link committed in .spec-to-production/', () => {
  test('the directory itself linked outside the workspace: nothing is written there, the run stops with status 2', async () => {
    const dir = await repo()
    const outside = await outsideDir()
    await symlink(outside, join(dir, '.spec-to-production'))
    commitState(dir)

    const run = await runCli(dir, TINY_ARGS)

    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`.spec-to-production/ holds a symbolic link (.spec-to-production -> ${outside})`)
    // Before the fix the run directory, its logs and reports, and the metrics were all made there.
    expect(await readdir(outside)).toEqual([])
    const report = await readReport(dir, 'workflow_report_tiny.json')
    expect(report.success).toBe(false)
    expect(report.stages_skipped).toEqual(['specification', 'testing', 'refactoring'])
    expect(report.skip_reasons.testing).toBe('.spec-to-production/ holds a symbolic link')
  })

  test("today's metrics file linked to a file outside: the file is not appended to", async () => {
    const dir = await repo()
    const outside = await outsideDir()
    const victim = join(outside, '.bashrc')
    await writeFile(victim, 'export PATH=$HOME/bin:$PATH\n')
    await mkdir(join(dir, '.spec-to-production', 'metrics'), { recursive: true })
    // The day the run appends to (UTC), and the next, should the run cross midnight.
    for (const day of [0, 1]) {
      const name = `${new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10)}.jsonl`
      await symlink(victim, join(dir, '.spec-to-production', 'metrics', name))
    }
    commitState(dir)

    const run = await runCli(dir, TINY_ARGS)

    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/\.spec-to-production\/metrics\/\d{4}-\d\d-\d\d\.jsonl -> .*\.bashrc/)
    // Before the fix the run passed (status 0) and appended one JSON line per stage to the file.
    expect(await readFile(victim, 'utf8')).toBe('export PATH=$HOME/bin:$PATH\n')
  })

  test('a run without links passes, and links under deploy/ (a deployment kit\'s current release) are its own', async () => {
    const dir = await repo()
    await mkdir(join(dir, '.spec-to-production', 'deploy', 'staging', 'releases', 'abc'), { recursive: true })
    await symlink('releases/abc', join(dir, '.spec-to-production', 'deploy', 'staging', 'current'))

    const run = await runCli(dir, TINY_ARGS)

    expect(run.stderr).not.toContain('symbolic link')
    expect(run.code).toBe(0)
  })
})

describe('stateDirectoryLinks', () => {
  test('finds links at any depth but under a run directory, names at most five, and none without the directory', async () => {
    const dir = await outsideDir()
    expect(await stateDirectoryLinks(dir)).toEqual([])
    const state = join(dir, '.spec-to-production')
    await mkdir(join(state, 'metrics', 'tests', 'tiny', 'runs'), { recursive: true })
    await mkdir(join(state, 'runs', 'tiny-1', 'reports'), { recursive: true })
    await symlink('/etc/passwd', join(state, 'metrics', 'tests', 'tiny', 'index.tsv'))
    await symlink('/tmp', join(state, 'runs', 'tiny-1', 'reports', 'junit.xml'))
    expect(await stateDirectoryLinks(dir)).toEqual([{ path: '.spec-to-production/metrics/tests/tiny/index.tsv', target: '/etc/passwd' }])
    for (let i = 0; i < 8; i++) await symlink('/tmp', join(state, `l${i}`))
    expect(await stateDirectoryLinks(dir)).toHaveLength(5)
    await rm(state, { recursive: true })
  })
})

describe('a link made after the check (by a command of the run)', () => {
  test('metrics lines are not appended through it', async () => {
    const dir = await outsideDir()
    const victim = join(dir, 'victim')
    await writeFile(victim, 'kept\n')
    await symlink(victim, join(dir, '2026-01-01.jsonl'))
    await expect(appendWholeLines(join(dir, '2026-01-01.jsonl'), ['{"v":1}'])).rejects.toThrow(/is a symbolic link, not followed/)
    expect(await readFile(victim, 'utf8')).toBe('kept\n')
  })

  test('the action saves no cache of a linked directory (it would carry away what the link points to)', async () => {
    const dir = await outsideDir()
    const secrets = await outsideDir()
    await mkdir(join(dir, '.spec-to-production', 'state'), { recursive: true })
    await writeFile(join(dir, '.spec-to-production', 'state', 'circuit-breakers.json'), '{}\n')
    await symlink(secrets, join(dir, '.spec-to-production', 'metrics'))
    const stores = createMemoryStores(dir, { info: () => undefined, warning: () => undefined })
    expect(stores.saves('tiny').map((s) => s.name)).toEqual(['the run-state cache save'])
  })
})
