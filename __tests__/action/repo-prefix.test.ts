import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryPrefix, reportedRepositoryPath } from '../../src/action/repo-prefix.js'
import { git } from '../helpers/workspace.js'

const temp = (name: string) => realpathSync(mkdtempSync(join(tmpdir(), `s2p-prefix-${name}-`)))

function repository(): string {
  const dir = temp('repo')
  git(dir, 'init', '-q')
  mkdirSync(join(dir, 'packages', 'api', 'src'), { recursive: true })
  return dir
}

describe('repositoryPrefix', () => {
  it('is empty at the root of a work tree, and the path from the root below it (real git)', () => {
    const repo = repository()
    expect(repositoryPrefix(repo, {})).toBe('')
    expect(repositoryPrefix(join(repo, 'packages', 'api'), {})).toBe('packages/api')
    expect(repositoryPrefix(join(repo, 'packages', 'api', 'src'), {})).toBe('packages/api/src')
  })

  it('is empty at the root of a linked work tree, whose .git is a file', () => {
    const repo = repository()
    writeFileSync(join(repo, 'README.md'), 'x\n')
    git(repo, 'add', '.')
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x')
    const linked = join(temp('linked'), 'wt')
    git(repo, 'worktree', 'add', '-q', linked)
    expect(repositoryPrefix(linked, {})).toBe('')
    mkdirSync(join(linked, 'lib'))
    expect(repositoryPrefix(join(linked, 'lib'), {})).toBe('lib')
  })

  it('is the root of a checkout made in a subdirectory of GITHUB_WORKSPACE, not that subdirectory', () => {
    // actions/checkout with `path: app`: the repository's root is $GITHUB_WORKSPACE/app.
    const workspace = temp('ws')
    const app = join(workspace, 'app')
    mkdirSync(app)
    git(app, 'init', '-q')
    expect(repositoryPrefix(app, { GITHUB_WORKSPACE: workspace })).toBe('')
    mkdirSync(join(app, 'svc'))
    expect(repositoryPrefix(join(app, 'svc'), { GITHUB_WORKSPACE: workspace })).toBe('svc')
  })

  it('outside any work tree, is the path from GITHUB_WORKSPACE when inside it, else empty', () => {
    const workspace = temp('plain')
    mkdirSync(join(workspace, 'packages', 'api'), { recursive: true })
    expect(repositoryPrefix(join(workspace, 'packages', 'api'), { GITHUB_WORKSPACE: workspace })).toBe('packages/api')
    expect(repositoryPrefix(workspace, { GITHUB_WORKSPACE: workspace })).toBe('')
    expect(repositoryPrefix(join(workspace, 'packages'), { GITHUB_WORKSPACE: temp('elsewhere') })).toBe('')
    expect(repositoryPrefix(join(workspace, 'packages'), {})).toBe('')
  })

  it('asks git when GIT_DIR says where the repository is, whatever the directories hold', () => {
    const repo = repository()
    const elsewhere = temp('gitdir-ws')
    mkdirSync(join(elsewhere, 'sub'))
    // The work tree is `elsewhere`, its repository `repo/.git`: no `.git` in or above `elsewhere/sub`.
    const env = { ...process.env, GIT_DIR: join(repo, '.git'), GIT_WORK_TREE: elsewhere }
    expect(repositoryPrefix(join(elsewhere, 'sub'), env)).toBe('sub')
  })
})

describe('reportedRepositoryPath', () => {
  it('takes a relative path of plain segments, or nothing', () => {
    expect(reportedRepositoryPath('packages/api')).toBe('packages/api')
    expect(reportedRepositoryPath('a b/#1')).toBe('a b/#1')
    expect(reportedRepositoryPath('')).toBe('')
    expect(reportedRepositoryPath(undefined)).toBe('')
  })

  it('refuses what a hostile report could give: absolute, .., ., backslashes, control characters, odd types', () => {
    for (const bad of ['/etc', '../x', 'a/../../b', './a', 'a//b', 'a/', 'a\\b', 'a\nb', 'x\u001b[31m', 'a'.repeat(1025), 42, null, ['a'], { toString: () => 'a' }]) {
      expect([bad, reportedRepositoryPath(bad)]).toEqual([bad, null])
    }
  })
})
