/**
 * The node preset follows the first call of the runner in the test script and names a further call as not run
 * (`jest test && jest --config jest.e2e.config.js`): its tests are not judged. The warning was on the gate, but the
 * gate and the run's headline said a clean ✓ — the second call's failing test never ran. Real jest, the preset's own
 * command, a real git repository.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test("a runner call of the test script the preset's command does not run: the pass is ⚠ on every surface, not a clean one", async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-leftout-'))
  dirs.push(dir)
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeIn(dir, 'src/calc/index.js', 'function add(a, b) { return a + b }\nmodule.exports = { add }\n')
  await writeIn(dir, 'test/calc.test.js', "const { add } = require('../src/calc')\nit('adds', () => { expect(add(1, 2)).toBe(3) })\n")
  // The tests the second call runs: one fails.
  await writeIn(dir, 'e2e/calc.e2e.js', "const { add } = require('../src/calc')\nit('adds wrong', () => { expect(add(1, 2)).toBe(4) })\n")
  await writeIn(dir, 'jest.e2e.config.js', "module.exports = { testMatch: ['**/e2e/**/*.e2e.js'] }\n")
  await writeIn(dir, 'SPEC.md', '---\npaths: { source: src/calc, tests: test }\n---\n# Calc\n\n## Overview\n\nCalc.\n\n## Requirements\n\n- REQ-1: adds.\n')
  await writeIn(dir, '.github/spec-to-production.yml', 'preset: node\nquality_gates: { security: { vulnerabilities: false, secrets: false } }\nstages: { specification: { required_sections: [Overview] } }\n')
  await writeIn(dir, 'package.json', JSON.stringify({ name: 'calc', private: true, scripts: { test: 'jest test && jest --config jest.e2e.config.js' }, devDependencies: { jest: '*', 'jest-junit': '*' } }))
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nnode_modules\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')

  const run = await runCli(dir, ['--spec', 'SPEC.md', '--component', 'calc', '--output', 'r.json'])
  const gate = (await readReport(dir, 'r.json')).stage_results.testing.quality_gates.test_pass_rate
  const warning = 'the script also calls jest as "jest --config jest.e2e.config.js", which this command does not run: its tests are not judged (set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
  expect(gate).toMatchObject({ passed: true, details: { total: 1, passed: 1 }, warnings: [warning] })
  expect(run.stdout).toContain(`⚠ gate test_pass_rate`)
  expect(run.stdout).toMatch(/⚠ gate test_pass_rate \(\d+ ms\): 100% ≥ 100% \(1 of 1 executed test\) — the script also calls jest as "jest --config jest\.e2e\.config\.js"/)
  expect(run.code).toBe(0)
})
