// The index listing shared by the test history, the checks and the output guard: asked of git once per state of the
// index, listed again when a command changed the index, never used where git is steered by the environment. Real git
// repositories; a `git` on PATH that logs each call counts the processes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// The process itself, not the test environment's copy of it: the child processes git is run in see its environment.
import realProcess from 'node:process'
import { detachedHead, forgetListings, headBranch, headCommitRead, indexListing, trackedFromListing } from '../../src/exec/git-index.js'
import { currentSha } from '../../src/hosts/console.js'
import { overwriteProblem } from '../../src/engine/output-guard.js'
import { git, writeIn } from '../helpers/workspace.js'

let root: string
let log: string
const realPath = realProcess.env.PATH

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 's2p-git-index-'))
  const bin = join(root, 'bin')
  log = join(root, 'git.log')
  mkdirSync(bin)
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(realGit)} "$@"\n`)
  chmodSync(join(bin, 'git'), 0o755)
})

afterAll(() => {
  realProcess.env.PATH = realPath
  rmSync(root, { recursive: true, force: true })
})

afterEach(() => {
  realProcess.env.PATH = realPath
  delete process.env.GIT_INDEX_FILE
  forgetListings()
})

/** git calls made through the logging `git` since the last look. */
function calls(): string[] {
  let text = ''
  try {
    text = readFileSync(log, 'utf8')
  } catch {
    // none yet
  }
  writeFileSync(log, '')
  return text.split('\n').filter(Boolean)
}

async function repo(name: string): Promise<string> {
  const dir = join(root, name)
  await writeIn(dir, 'src/a.js', 'export const a = 1\n')
  await writeIn(dir, 'test/a.test.js', 'test\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first')
  return dir
}

function logging(): void {
  realProcess.env.PATH = `${join(root, 'bin')}:${realPath}`
  calls()
}

describe('indexListing', () => {
  it('asks git once while the index is unchanged, and again after a command changed it', async () => {
    const dir = await repo('once')
    logging()
    const first = await indexListing(dir)
    const again = await indexListing(dir)
    expect(calls()).toEqual(['ls-files -s -z'])
    expect(first).toBe(again)
    expect(first !== null && first !== 'too-many' && first.entries.map((e) => e.path)).toEqual(['src/a.js', 'test/a.test.js'])
    // A command adds a file to the index: the listing made before it is not the index any more.
    await writeIn(dir, 'src/b.js', 'export const b = 2\n')
    git(dir, 'add', 'src/b.js')
    calls()
    const after = await indexListing(dir)
    expect(calls()).toEqual(['ls-files -s -z'])
    expect(after !== null && after !== 'too-many' && after.entries.map((e) => e.path)).toEqual(['src/a.js', 'src/b.js', 'test/a.test.js'])
  })

  it('lists a subdirectory relative to it, as git does there', async () => {
    const dir = await repo('sub')
    const listing = await indexListing(join(dir, 'src'))
    expect(listing !== null && listing !== 'too-many' && listing.entries.map((e) => e.path)).toEqual(['a.js'])
  })

  it('asks git every time when the environment steers its index', async () => {
    const dir = await repo('steered')
    process.env.GIT_INDEX_FILE = join(dir, '.git', 'index')
    logging()
    await indexListing(dir)
    await indexListing(dir)
    expect(calls()).toEqual(['ls-files -s -z', 'ls-files -s -z'])
  })

  it('starts no process outside a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 's2p-no-git-'))
    try {
      logging()
      expect(await indexListing(dir)).toBeNull()
      expect(calls()).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the output guard from a listing', () => {
  it('answers from the listing while the index is unchanged, without a process', async () => {
    const dir = await repo('guard')
    await indexListing(dir)
    await writeIn(dir, 'report.json', '{}')
    logging()
    expect(await overwriteProblem(join(dir, 'report.json'), { cwd: dir, what: 'report', option: '--output' })).toBeNull()
    expect(await overwriteProblem(join(dir, 'src/a.js'), { cwd: dir, what: 'report', option: '--output' })).toMatch(/is a file git tracks/)
    expect(calls()).toEqual([])
  })

  it('refuses a file a command added to the index after the listing was made', async () => {
    const dir = await repo('guard-added')
    await indexListing(dir)
    await writeIn(dir, 'report.json', '{}')
    git(dir, 'add', 'report.json')
    expect(await trackedFromListing(join(dir, 'report.json'))).toBeUndefined()
    expect(await overwriteProblem(join(dir, 'report.json'), { cwd: dir, what: 'report', option: '--output' })).toMatch(/is a file git tracks/)
  })

  it('asks git about a file outside every listed directory', async () => {
    const dir = await repo('guard-outside')
    await indexListing(join(dir, 'src'))
    expect(await trackedFromListing(join(dir, 'test/a.test.js'))).toBeUndefined()
    logging()
    expect(await overwriteProblem(join(dir, 'test/a.test.js'), { cwd: dir, what: 'report', option: '--output' })).toMatch(/is a file git tracks/)
    expect(calls()).toHaveLength(1)
  })
})

describe('headBranch', () => {
  it('names the branch HEAD is on, as git rev-parse --abbrev-ref does', async () => {
    const dir = await repo('head')
    git(dir, 'checkout', '-q', '-b', 'feature/x')
    expect(headBranch(dir)).toBe('feature/x')
    expect(headBranch(join(dir, 'src'))).toBe('feature/x')
    expect(git(dir, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('feature/x')
  })

  it('says null for a detached HEAD', async () => {
    const dir = await repo('detached')
    git(dir, 'checkout', '-q', '--detach')
    expect(headBranch(dir)).toBeNull()
  })

  it('reads a linked work tree through its .git file', async () => {
    const dir = await repo('linked')
    const other = join(root, 'linked-wt')
    git(dir, 'worktree', 'add', '-q', '-b', 'side', other)
    expect(headBranch(other)).toBe('side')
    expect(headBranch(dir)).toBe('main')
  })

  it('leaves the answer to git when the environment steers it', async () => {
    const dir = await repo('head-steered')
    process.env.GIT_INDEX_FILE = join(dir, '.git', 'index')
    expect(headBranch(dir)).toBeUndefined()
  })
})

describe('what is kept', () => {
  it('keeps the latest two listings, not one per directory ever listed', async () => {
    const dirs = [await repo('kept-1'), await repo('kept-2'), await repo('kept-3')]
    for (const dir of dirs) await indexListing(dir)
    logging()
    await indexListing(dirs[2])
    await indexListing(dirs[1])
    expect(calls()).toEqual([])
    await indexListing(dirs[0])
    expect(calls()).toEqual(['ls-files -s -z'])
  })
})

describe('detachedHead', () => {
  it('reads the commit of a detached HEAD, and leaves a branch to git', async () => {
    const dir = await repo('detached-head')
    expect(detachedHead(dir)).toBeUndefined()
    const sha = git(dir, 'rev-parse', 'HEAD').trim()
    git(dir, 'checkout', '-q', '--detach')
    expect(detachedHead(dir)).toBe(sha)
    expect(detachedHead(join(dir, 'src'))).toBe(sha)
  })
})

// The CLI's host asked `git rev-parse HEAD` (a synchronous process at start-up) in every run, and outside a repository
// too. HEAD is read from its files where git's files backend keeps it, with the answer git gives; git otherwise.
describe('headCommitRead and currentSha', () => {
  const revParse = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim()

  it('reads what git rev-parse HEAD says: a branch as a loose ref, packed, detached, in a linked work tree and a subdirectory', async () => {
    const dir = await repo('sha')
    expect(headCommitRead(dir)).toBe(revParse(dir))
    expect(headCommitRead(join(dir, 'src'))).toBe(revParse(dir))
    git(dir, 'pack-refs', '--all')
    expect(readdirSync(join(dir, '.git/refs/heads'))).toEqual([])
    expect(headCommitRead(dir)).toBe(revParse(dir))
    // A loose ref newer than its packed line wins, as in git.
    await writeIn(dir, 'src/c.js', 'export const c = 3\n')
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'second')
    expect(headCommitRead(dir)).toBe(revParse(dir))
    const other = join(root, 'sha-wt')
    git(dir, 'worktree', 'add', '-q', '-b', 'side', other, 'HEAD~1')
    expect(headCommitRead(other)).toBe(revParse(other))
    expect(headCommitRead(other)).not.toBe(headCommitRead(dir))
    git(dir, 'checkout', '-q', '--detach', 'HEAD~1')
    expect(headCommitRead(dir)).toBe(revParse(dir))
  })

  it('leaves to git what it cannot read plainly: an unborn branch, a steered git', async () => {
    const unborn = join(root, 'unborn')
    mkdirSync(unborn)
    git(unborn, 'init', '-q', '-b', 'main')
    expect(headCommitRead(unborn)).toBeUndefined()
    const dir = await repo('sha-steered')
    process.env.GIT_INDEX_FILE = join(dir, '.git', 'index')
    expect(headCommitRead(dir)).toBeUndefined()
  })

  it('currentSha starts no git process where HEAD reads plainly, nor outside a repository', async () => {
    const dir = await repo('sha-console')
    const outside = mkdtempSync(join(tmpdir(), 's2p-no-git-'))
    const sha = process.env.GITHUB_SHA
    delete process.env.GITHUB_SHA
    try {
      logging()
      expect(currentSha(dir)).toBe(revParse(dir))
      expect(currentSha(outside)).toBeNull()
      expect(calls()).toEqual([])
      const unborn = join(root, 'sha-console-unborn')
      mkdirSync(unborn)
      git(unborn, 'init', '-q')
      calls()
      expect(currentSha(unborn)).toBeNull()
      expect(calls()).toEqual(['rev-parse HEAD'])
    } finally {
      if (sha !== undefined) process.env.GITHUB_SHA = sha
      rmSync(outside, { recursive: true, force: true })
    }
  })
})
