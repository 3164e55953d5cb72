/**
 * A production criterion's report that git tracks is compared with the commit by `git diff --quiet HEAD`, which runs
 * the clean filter the repository configures on a file whose stat data changed: that filter gets the environment a
 * repository command gets, never the action's inputs (the github-token) or the Actions runtime's token.
 */
import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { committedReportProblem } from '../../src/engine/fresh.js'

const root = mkdtempSync(join(tmpdir(), 's2p-committed-report-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' })

test("the repository's clean filter runs without the action's inputs or runtime token", async () => {
  const dir = join(root, 'repo')
  const seen = join(root, 'filter-env')
  git(root, 'init', '-q', dir)
  writeFileSync(join(dir, '.gitattributes'), '*.json filter=spy\n')
  writeFileSync(join(dir, 'bench.json'), '{"p95_ms": 12}\n')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'a benchmark report checked in')
  git(dir, 'config', 'filter.spy.clean', `sh -c 'env > ${seen}; cat'`)
  // Rewritten with the same content: its stat data changed, so git runs the filter to compare it with the commit.
  await new Promise((r) => setTimeout(r, 20))
  writeFileSync(join(dir, 'bench.json'), '{"p95_ms": 12}\n')
  process.env.INPUT_GITHUB_TOKEN = 'ghs_input'
  process.env.ACTIONS_RUNTIME_TOKEN = 'runtime'
  try {
    expect(await committedReportProblem(join(dir, 'bench.json'), 'benchmark report')).toMatch(/is a file git tracks, unchanged from the commit/)
  } finally {
    delete process.env.INPUT_GITHUB_TOKEN
    delete process.env.ACTIONS_RUNTIME_TOKEN
  }
  const env = readFileSync(seen, 'utf8')
  expect(env).toMatch(/^PATH=/m)
  expect(env).not.toMatch(/INPUT_GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN/)
})
