// The lint fixer's git work (a worktree copy, a fix commit, a push) never runs the repository's hooks: husky points
// core.hooksPath at the change's own `.husky/`, and a hook run from this process would get its environment — the
// action's inputs (the token) and the Actions runtime token. Real repositories, a real bare remote, real hooks.
import { afterAll, expect, test } from '@jest/globals'
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commitAndPush, makeFixCopy } from '../../src/engine/fix-git.js'
import { git, writeIn } from '../helpers/workspace.js'

const root = mkdtempSync(join(tmpdir(), 's2p-fix-hooks-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const HOOKS = ['post-checkout', 'post-commit', 'pre-push', 'reference-transaction', 'pre-commit', 'commit-msg']

/** A repository whose core.hooksPath (as husky sets it) holds hooks that each leave a file naming themselves. */
async function hookedRepo(): Promise<{ dir: string; ran: string }> {
  const dir = join(root, 'repo')
  const ran = join(root, 'ran')
  await writeIn(dir, 'src/a.js', 'let a = 1\nexport { a }\n')
  for (const hook of HOOKS) {
    await writeIn(dir, `.husky/${hook}`, `#!/bin/sh\nmkdir -p ${JSON.stringify(ran)}\nenv > ${JSON.stringify(join(ran, hook))}\n`)
    chmodSync(join(dir, '.husky', hook), 0o755)
  }
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'core.hooksPath=/dev/null', 'commit', '-qm', 'first')
  git(dir, 'config', 'core.hooksPath', '.husky')
  return { dir, ran }
}

test('the fixer copy, its commit and its push run no hook of the repository', async () => {
  const { dir, ran } = await hookedRepo()
  // The hooks are live: a plain git commit in the repository runs them.
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'hooks live')
  expect(existsSync(join(ran, 'post-commit'))).toBe(true)
  rmSync(ran, { recursive: true, force: true })

  const copy = await makeFixCopy(dir)
  await writeIn(copy.dir, 'src/a.js', 'const a = 1\nexport { a }\n')
  expect((await copy.diff()).files).toEqual(['src/a.js'])
  await copy.dispose()

  const remote = join(root, 'remote.git')
  git(root, 'init', '-q', '--bare', remote)
  await writeIn(dir, 'src/a.js', 'const a = 1\nexport { a }\n')
  const sha = await commitAndPush(dir, { remote, branch: 'fix', message: 'lint fix' }, { timeoutMs: 60_000 })
  expect(git(remote, 'rev-parse', 'refs/heads/fix').trim()).toBe(sha)
  expect(existsSync(ran)).toBe(false)
})
