/**
 * The files of a component no coverage report names are read to tell a file no test could measure (a PHP interface, a
 * TypeScript file of types, a Go file without a function) from one no test loaded. They are the repository's own, a
 * pull request's to write: each is read in time proportional to it, whatever it holds.
 */
import { afterAll, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unmeasuredSources } from '../../src/engine/stages/unmeasured-sources.js'
import type { CoverageReport } from '../../src/reports/types.js'
import { commit, git, writeIn } from '../helpers/workspace.js'

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test('a PHP file of 240 kB of unclosed `use`, attributes or interface headers is told apart in time proportional to it', async () => {
  // Before: the patterns that take `use …;`, `#[…]` and `interface X … {` out ran from each one to the file's end: a
  // 240 kB file of `use a use a …` took 39 s of the testing stage (1 MB: some 11 minutes), `#[#[…` 21 s, `interface a
  // interface a …` 5 s.
  const dir = await mkdtemp(join(tmpdir(), 's2p-unmeasured-hostile-'))
  dirs.push(dir)
  git(dir, 'init', '-q', '-b', 'main')
  await writeIn(dir, 'lib/Measured.php', '<?php\nfinal class Measured {}\n')
  const hostile = { 'lib/Uses.php': 'use a '.repeat(40_000), 'lib/Attributes.php': '#['.repeat(120_000), 'lib/Headers.php': 'interface a '.repeat(20_000) }
  for (const [file, text] of Object.entries(hostile)) await writeIn(dir, file, `<?php\n${text}\n`)
  commit(dir, 'php')
  const report = { format: 'cobertura', lines_covered: 1, lines_total: 1, percent: 100, files: [{ file: 'lib/Measured.php', lines_covered: 1, lines_total: 1 }] } as unknown as CoverageReport
  const started = performance.now()
  const missing = await unmeasuredSources(dir, report, { sources: ['lib'] })
  expect(performance.now() - started).toBeLessThan(2000)
  // None of them is an interface and nothing more: each is named, as a file no test loaded.
  expect(missing).toEqual(['lib/Attributes.php', 'lib/Headers.php', 'lib/Uses.php'])
})
