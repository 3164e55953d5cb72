/** The spec's frontmatter read at two commits for a change of its paths: one too large to be metadata is not parsed. */
import { afterAll, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { changedSpecPaths } from '../../src/engine/config-changes.js'
import { git, writeIn } from '../helpers/workspace.js'

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test("a frontmatter of nested flow brackets is not parsed (23 µs a character: 2.3 s for 200,000), and names no change", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-spec-paths-'))
  dirs.push(dir)
  const commit = (message: string) => {
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message)
  }
  git(dir, 'init', '-q', '-b', 'main')
  await writeIn(dir, 'spec.md', '---\npaths: { source: src }\n---\n# S\n')
  commit('base')
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  await writeIn(dir, 'spec.md', `---\npaths: { source: src/one.py }\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n# S\n`)
  commit('huge')
  const started = Date.now()
  expect(await changedSpecPaths(dir, base, ['spec.md'], 'spec.md')).toEqual([])
  expect(Date.now() - started).toBeLessThan(1000)
  // A frontmatter of metadata size that narrows the paths is still a change.
  await writeIn(dir, 'spec.md', '---\npaths: { source: src/one.py }\n---\n# S\n')
  commit('narrow')
  expect(await changedSpecPaths(dir, base, ['spec.md'], 'spec.md')).toEqual([[expect.anything(), 'spec.md frontmatter paths']])
})
