// One `git status` for the test history's listing (`git ls-files -t -m -d -o --exclude-standard` in the workspace)
// and the tracked files that differ from HEAD (`git diff --name-only --no-renames HEAD` at the top level): the same
// answers as those two commands on real repositories, and no answer where one status cannot tell exactly.
import { afterAll, afterEach, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { workTreeStatus } from '../../src/exec/git-status.js'
import { workTreeEntries } from '../../src/observability/test-run.js'

const root = mkdtempSync(join(tmpdir(), 's2p-git-status-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
afterEach(() => {
  delete process.env.GIT_INDEX_FILE
})

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' })
const write = (dir: string, path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), text)
}

/** A repository with the workspace at `ws/`: files changed in every way one status answers exactly. */
function repo(name: string): string {
  const dir = join(root, name)
  for (const f of ['ws/src/a.ts', 'ws/src/b.ts', 'ws/src/c.ts', 'ws/e.ts', 'other/o.ts', 'top.txt', 'ws/ignored-by-rule.log']) write(dir, f, 'x\n')
  write(dir, '.gitignore', '*.tmp\n')
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'first')
  write(dir, 'ws/src/a.ts', 'changed\n')
  unlinkSync(join(dir, 'ws/src/b.ts'))
  write(dir, 'ws/src/c.ts', 'staged\n')
  git(dir, 'add', 'ws/src/c.ts')
  write(dir, 'ws/new/deep/n.ts', 'new\n')
  write(dir, 'ws/scratch.tmp', 'ignored\n')
  write(dir, 'ws/ita.ts', 'intent\n')
  git(dir, 'add', '-N', 'ws/ita.ts')
  write(dir, 'other/o.ts', 'outside the workspace\n')
  git(dir, 'rm', '-q', '--cached', 'top.txt')
  mkdirSync(join(dir, 'ws/nested'))
  git(join(dir, 'ws/nested'), 'init', '-q')
  write(dir, 'ws/nested/q', 'q\n')
  git(join(dir, 'ws/nested'), 'add', 'q')
  git(join(dir, 'ws/nested'), 'commit', '-qm', 'q')
  return dir
}

const lsFiles = (ws: string) =>
  [...new Set(git(ws, 'ls-files', '-t', '-m', '-d', '-o', '--exclude-standard', '-z').split('\0'))].filter((e) => e.length > 2).sort()
const diffHead = (top: string) => git(top, 'diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', 'HEAD').split('\0').filter(Boolean).sort()

test('answers both questions as the two git commands do, in the workspace and at the top level', async () => {
  const dir = repo('both')
  for (const ws of [join(dir, 'ws'), dir]) {
    const status = await workTreeStatus(ws)
    expect(status).not.toBeNull()
    expect(status!.top).toBe(dir)
    expect(status!.entries).toEqual(lsFiles(ws))
    expect([...status!.changedFromHead].sort()).toEqual(diffHead(dir))
  }
  // What the listing holds, for the reader: modified, deleted (C and R), intent-to-add, new files one by one, a nested repository.
  expect((await workTreeStatus(join(dir, 'ws')))!.entries).toEqual(['? nested/', '? new/deep/n.ts', 'C ita.ts', 'C src/a.ts', 'C src/b.ts', 'R src/b.ts'])
  // A clean tree: nothing either way.
  const clean = join(root, 'clean')
  write(clean, 'a.ts', 'x\n')
  git(clean, 'init', '-q')
  git(clean, 'add', '-A')
  git(clean, 'commit', '-qm', 'first')
  expect(await workTreeStatus(clean)).toEqual({ top: clean, entries: [], changedFromHead: [] })
})

test('no answer where git alone can tell: a file changed both in the index and since, an unmerged file, a submodule, a steered git', async () => {
  // Staged, then changed back to HEAD's content in the work tree: `git diff HEAD` does not name it; only git, through
  // its filters, can tell the content is HEAD's.
  const both = repo('staged-then-reverted')
  write(both, 'ws/e.ts', 'staged\n')
  git(both, 'add', 'ws/e.ts')
  write(both, 'ws/e.ts', 'x\n')
  expect(diffHead(both)).not.toContain('ws/e.ts')
  expect(await workTreeStatus(join(both, 'ws'))).toBeNull()

  const merge = join(root, 'unmerged')
  write(merge, 'f.txt', 'base\n')
  git(merge, 'init', '-q', '-b', 'main')
  git(merge, 'add', '-A')
  git(merge, 'commit', '-qm', 'base')
  git(merge, 'checkout', '-q', '-b', 'side')
  write(merge, 'f.txt', 'side\n')
  git(merge, 'commit', '-qam', 'side')
  git(merge, 'checkout', '-q', 'main')
  write(merge, 'f.txt', 'main\n')
  git(merge, 'commit', '-qam', 'main')
  try {
    git(merge, 'merge', '-q', 'side')
  } catch {
    // the conflict is the point
  }
  expect(await workTreeStatus(merge)).toBeNull()

  const sub = repo('with-submodule')
  git(sub, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', join(root, 'unmerged'), 'ws/mod')
  git(sub, 'commit', '-qm', 'submodule')
  write(sub, 'ws/mod/new.txt', 'dirty\n')
  expect(await workTreeStatus(join(sub, 'ws'))).toBeNull()

  const steered = repo('steered')
  process.env.GIT_INDEX_FILE = join(steered, '.git', 'index')
  expect(await workTreeStatus(join(steered, 'ws'))).toBeNull()
})

test('never rewrites the index (its identity keeps the index listing)', async () => {
  const dir = repo('index-kept')
  // A file rewritten with its content unchanged: a status that may lock would refresh and write the index.
  write(dir, 'ws/e.ts', 'x\n')
  const before = execFileSync('stat', ['-c', '%i %Y %s', join(dir, '.git/index')], { encoding: 'utf8' })
  await workTreeStatus(join(dir, 'ws'))
  expect(execFileSync('stat', ['-c', '%i %Y %s', join(dir, '.git/index')], { encoding: 'utf8' })).toBe(before)
})

test.each(['one status', 'ls-files (the test history when one status cannot answer)'])("the repository's clean filter runs without the action's inputs or runtime token: %s", async (how) => {
  const dir = repo(`filtered-${how.length}`)
  const seen = join(root, 'filter-env')
  write(dir, '.gitattributes', '*.ts filter=spy\n')
  git(dir, 'config', 'filter.spy.clean', `sh -c 'env > ${seen}; cat'`)
  // Racily clean: the file is rewritten with new content, so git runs the filter to compare it.
  write(dir, 'ws/e.ts', 'rewritten\n')
  process.env.INPUT_GITHUB_TOKEN = 'ghs_input'
  process.env.ACTIONS_RUNTIME_TOKEN = 'runtime'
  try {
    if (how === 'one status') expect(await workTreeStatus(join(dir, 'ws'))).not.toBeNull()
    else expect(await workTreeEntries(join(dir, 'ws'))).toContain('C e.ts')
  } finally {
    delete process.env.INPUT_GITHUB_TOKEN
    delete process.env.ACTIONS_RUNTIME_TOKEN
  }
  const env = readFileSync(seen, 'utf8')
  expect(env).toMatch(/^PATH=/m)
  expect(env).not.toMatch(/INPUT_GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN/)
})
