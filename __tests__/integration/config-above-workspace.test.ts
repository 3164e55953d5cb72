/**
 * Red team of configuration changes in a monorepo leg (`working-directory: packages/api`, `--workspace` on the CLI):
 * the tools look for their configuration upward from where they run — eslint's `eslint.config.js` at the repository's
 * root, a `tsconfig.base.json` or `pyproject.toml` above the package — but the files a change modified were listed
 * only under the workspace. A change that turned a rule off in the root's eslint.config.js to pass its own new problem
 * got a clean "0 issues".
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commit, git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_SPEC, tinyConfig } from '../helpers/tiny.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test('a change to the eslint.config.js above the workspace is named on its linting gate; a sibling package\'s is not', async () => {
  const repo = await mkdtemp(join(tmpdir(), 's2p-config-above-'))
  dirs.push(repo)
  git(repo, 'init', '-q', '-b', 'main')
  await symlink(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir')
  await writeIn(repo, '.gitignore', 'node_modules\n.spec-to-production\nworkflow_*\nr.json\n')
  await writeIn(repo, 'eslint.config.js', "export default [{ files: ['**/*.js'], rules: { 'no-unused-vars': 'error' } }]\n")
  const api = join(repo, 'packages/api')
  const lint =
    '  refactoring:\n' +
    '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }'
  await writeIn(api, 'cfg.yml', `${tinyConfig().replace('  refactoring: { enabled: false }', lint)}\n`)
  await writeIn(api, 'SPEC.md', TINY_SPEC)
  await writeIn(api, 'src/tiny/a.js', 'export const a = 1\n')
  await writeIn(repo, 'packages/web/eslint.config.js', 'export default []\n')
  commit(repo, 'base')
  git(repo, 'checkout', '-qb', 'change')
  // The change brings an unused variable, and turns the rule off where eslint finds it: the root's configuration.
  await writeIn(api, 'src/tiny/a.js', 'const unused = 1\nexport const a = 1\n')
  await writeIn(repo, 'eslint.config.js', "export default [{ files: ['**/*.js'], rules: { 'no-unused-vars': 'off' } }]\n")
  await writeIn(repo, 'packages/web/eslint.config.js', 'export default [{ rules: {} }]\n')
  commit(repo, 'the change')

  const run = await runCli(api, ['--spec', 'SPEC.md', '--component', 'tiny', '--config', 'cfg.yml', '--output', 'r.json', '--base', 'main'])
  const gate = (await readReport(api, 'r.json')).stage_results.refactoring.quality_gates.linting
  expect(gate.details.issue_count).toBe(0)
  expect(gate.warnings).toEqual([expect.stringMatching(/^configuration changed by this change \(against main\): \.\.\/\.\.\/eslint\.config\.js — /)])
  expect(run.stdout).toMatch(/⚠ gate linting \(\d+ ms\): 0 issues ≤ 0 — configuration changed by this change \(against main\): \.\.\/\.\.\/eslint\.config\.js/)
})
