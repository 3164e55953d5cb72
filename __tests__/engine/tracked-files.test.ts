/**
 * The tracked files a stage's blind-spot checks ask about: one `git ls-files` of the workspace, filtered per question,
 * answers exactly what asking git about each path did.
 */
import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// The process itself, not the test environment's copy of it: the child processes git is run in see its environment.
import realProcess from 'node:process'
import { TrackedFiles, trackedUnder } from '../../src/engine/stages/unchecked-sources.js'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' })

async function repo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-tracked-'))
  dirs.push(dir)
  for (const file of ['src/a.ts', 'src/deep/b.ts', 'src2/c.ts', 'srcx.ts', 'lib/d.js', 'README.md', 'src/untracked.ts', 'weird name [1]/e.ts']) {
    await mkdir(join(dir, file, '..'), { recursive: true })
    await writeFile(join(dir, file), 'export {}\n')
  }
  await symlink('a.ts', join(dir, 'src/link.ts'))
  git(dir, 'init', '-q')
  git(dir, 'add', '--', 'src/a.ts', 'src/deep/b.ts', 'src2/c.ts', 'srcx.ts', 'lib/d.js', 'README.md', 'src/link.ts', 'weird name [1]/e.ts')
  return dir
}

test('one listing answers every question as git answers it for that path', async () => {
  const dir = await repo()
  const files = new TrackedFiles(dir)
  for (const sources of [['src'], ['src', 'lib'], ['src/a.ts'], ['src2'], ['missing'], ['weird name [1]']]) {
    expect([sources, await files.under(sources)]).toEqual([sources, await trackedUnder(dir, sources)])
  }
  // A prefix of a name is not its directory: `src` holds neither src2/c.ts nor srcx.ts; symbolic links are left out.
  expect((await files.under(['src']))?.sort()).toEqual(['src/a.ts', 'src/deep/b.ts'])
  // The whole workspace only when asked for it.
  expect(await files.under(['.'])).toBeNull()
  expect((await files.under(['.'], { whole: true }))?.sort()).toEqual((await trackedUnder(dir, ['.'], { whole: true }))?.sort())
  expect(await files.under(undefined, { whole: true })).toHaveLength(7)
})

test('git is asked once: a file added to the index afterwards is not in later answers of the same stage', async () => {
  const dir = await repo()
  const files = new TrackedFiles(dir)
  expect(await files.under(['src'])).toHaveLength(2)
  git(dir, 'add', '--', 'src/untracked.ts')
  expect(await files.under(['src'])).toHaveLength(2)
  expect(await new TrackedFiles(dir).under(['src'])).toHaveLength(3)
})

test('outside a git work tree there is nothing to tell', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-tracked-'))
  dirs.push(dir)
  await writeFile(join(dir, 'a.ts'), 'export {}\n')
  expect(await new TrackedFiles(dir).under(['.'], { whole: true })).toBeNull()
  expect(await trackedUnder(dir, ['src'])).toBeNull()
})

// The coverage gate asked git for the component's tracked files under its source paths (`git ls-files -s -z -- src`)
// on every run, a process each time (a few milliseconds, more in a large process), though the listing of the whole
// workspace the test history and the checks make was already there while the index was unchanged.
test('plain source paths are answered from the listing already made, as git answers them; patterns go to git', async () => {
  const dir = await repo()
  const bin = join(dir, '.bin')
  const log = join(dir, '.git-calls')
  await mkdir(bin)
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  await writeFile(join(bin, 'git'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(realGit)} "$@"\n`, { mode: 0o755 })
  const calls = async (): Promise<string[]> => {
    const text = await readFile(log, 'utf8').catch(() => '')
    await writeFile(log, '')
    return text.split('\n').filter(Boolean)
  }
  const byGit = (spec: string) =>
    [...new Set(execFileSync(realGit, ['ls-files', '-s', '-z', '--', spec], { cwd: dir, encoding: 'utf8' }).split('\0').filter((e) => e && !/^(120000|160000) /.test(e)).map((e) => e.slice(e.indexOf('\t') + 1)))].sort()
  const path = realProcess.env.PATH
  realProcess.env.PATH = `${bin}:${path}`
  try {
    expect(await new TrackedFiles(dir).under(['.'], { whole: true })).toHaveLength(7)
    await calls()
    for (const spec of ['src', './src/', 'src/deep', 'src/a.ts', 'lib', 'missing', 'src/../lib']) {
      expect([spec, (await trackedUnder(dir, [spec]))?.sort()]).toEqual([spec, byGit(spec)])
    }
    expect((await trackedUnder(dir, ['src', 'lib']))?.sort()).toEqual(['lib/d.js', 'src/a.ts', 'src/deep/b.ts'])
    expect(await calls()).toEqual([])
    // A pattern is git's to match (`[1]` is a character class, and also the name itself).
    expect((await trackedUnder(dir, ['weird name [1]']))?.sort()).toEqual(byGit('weird name [1]'))
    expect((await trackedUnder(dir, ['src/*.ts']))?.sort()).toEqual(byGit('src/*.ts'))
    expect(await calls()).toEqual(['ls-files -s -z -- weird name [1]', 'ls-files -s -z -- src/*.ts'])
    // A command changed the index: listed again, and the new file is in the answer.
    git(dir, 'add', '--', 'src/untracked.ts')
    expect((await trackedUnder(dir, ['src']))?.sort()).toEqual(['src/a.ts', 'src/deep/b.ts', 'src/untracked.ts'])
    expect(await calls()).toEqual(['ls-files -s -z'])
  } finally {
    realProcess.env.PATH = path
  }
})
