/**
 * Red team of configuration changes: a pull request that deletes the repository's configuration file. The run falls
 * back to the preset detected from the repository, with the product's default limits in place of the stricter ones
 * the team set (coverage 95 → 50), and the gates said nothing of it: the configuration named as changed was only
 * the file the run read, and with none read, nothing was named.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm, symlink, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commit, git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test('a change that deletes .github/spec-to-production.yml names it on every gate: the run fell back to the preset', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-config-removed-'))
  dirs.push(dir)
  git(dir, 'init', '-q', '-b', 'main')
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeIn(dir, '.gitignore', 'node_modules\n.spec-to-production\nworkflow_*\n')
  await writeIn(dir, 'package.json', '{ "name": "tiny", "private": true, "type": "module", "scripts": { "test": "node --test" } }\n')
  // A lock file: the preset audits it with npm audit (osv-scanner otherwise, which this machine does not have).
  await writeIn(dir, 'package-lock.json', '{ "name": "tiny", "lockfileVersion": 3, "requires": true, "packages": { "": { "name": "tiny" } } }\n')
  await writeIn(dir, '.secretlintrc.json', '{ "rules": [{ "id": "@secretlint/secretlint-rule-preset-recommend" }] }\n')
  await writeIn(dir, 'src/tiny/a.js', 'export const half = (n) => {\n  if (n > 100) {\n    return 50\n  }\n  return n / 2\n}\n')
  await writeIn(dir, 'src/tiny/a.test.js', "import { test } from 'node:test'\nimport assert from 'node:assert'\nimport { half } from './a.js'\ntest('half', () => assert.equal(half(4), 2))\n")
  await writeIn(dir, 'SPEC.md', '# Tiny\n\n## Requirements\n\n- REQ-1: it halves.\n')
  // The team's bar: 95% coverage, no vulnerability audit here.
  await writeIn(dir, '.github/spec-to-production.yml', 'quality_gates:\n  test_coverage: { dev_threshold: 95 }\n  security: { vulnerabilities: false }\n')
  commit(dir, 'base')
  git(dir, 'checkout', '-qb', 'change')
  git(dir, 'rm', '-q', '.github/spec-to-production.yml')
  commit(dir, 'drop the configuration')

  const run = await runCli(dir, ['--spec', 'SPEC.md', '--component', 'tiny', '--output', 'r.json', '--base', 'main'])
  const report = await readReport(dir, 'r.json')
  const coverage = report.stage_results.testing.quality_gates.test_coverage
  expect(coverage.details.threshold).toBe(50)
  expect(coverage.warnings).toEqual(
    expect.arrayContaining([expect.stringMatching(/^configuration changed by this change \(against main\): \.github\/spec-to-production\.yml \(deleted by this change: the run fell back to the preset\)/)])
  )
  expect(report.stage_results.testing.quality_gates.test_pass_rate.warnings.join('\n')).toContain('.github/spec-to-production.yml (deleted by this change')
  expect(run.stdout).toMatch(/⚠ gate test_coverage \(\d+ ms\): .*configuration changed by this change/)
})
