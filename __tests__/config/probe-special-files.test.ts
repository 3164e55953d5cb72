/**
 * A repository can hold symlinks, and git checks them out as written: package.json or pyproject.toml may point at
 * /dev/zero (size 0, endless) or at a FIFO. Reading one took over a gigabyte and aborted the process (std::bad_alloc)
 * before any stage ran; only regular files are read.
 */
import { afterAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { enclosingWorkspace, RepositoryProbe } from '../../src/config/probe.js'
import { readTextFile } from '../../src/reports/read.js'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

it('a package.json or pyproject.toml linked to /dev/zero or a FIFO is not read, by the probe or the monorepo walk', async () => {
  const root = await mkdtemp(join(tmpdir(), 's2p-special-'))
  dirs.push(root)
  await mkdir(join(root, 'sub'))
  await symlink('/dev/zero', join(root, 'package.json'))
  execFileSync('mkfifo', [join(root, 'pyproject.toml')])
  await symlink('/dev/zero', join(root, 'sub', 'package.json'))
  await writeFile(join(root, 'sub', 'setup.cfg'), '[metadata]\nname = sub\n')
  const started = Date.now()
  // The walk reads the parent's package.json and pyproject.toml: neither is a file, so no monorepo is found.
  expect(enclosingWorkspace(join(root, 'sub'))).toBeUndefined()
  const probe = new RepositoryProbe(join(root, 'sub'))
  expect(probe.text('package.json')).toBeNull()
  expect(probe.text('setup.cfg')).toBe('[metadata]\nname = sub\n')
  expect(readTextFile(join(root, 'pyproject.toml'))).toBeNull()
  expect(Date.now() - started).toBeLessThan(2000)
})
