/**
 * Where a runner's retries are turned on that its JUnit report cannot show (pytest-rerunfailures, vitest `retry`,
 * mocha `retries`): found in the command, the environment and the project's configuration files, never guessed
 * from a setting that is commented out, zero, or meant for another runner.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { RepositoryProbe } from '../../src/config/probe.js'
import { unseenRetries } from '../../src/gates/unseen-retries.js'
import type { GateResult } from '../../src/engine/model.js'
import { gateView } from '../../src/view/report-view.js'

const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((d) => rm(d, { recursive: true, force: true })))
})

async function probe(files: Record<string, string> = {}): Promise<RepositoryProbe> {
  const root = await mkdtemp(join(tmpdir(), 'stp-retries-'))
  created.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return new RepositoryProbe(root)
}

const PYTEST = 'python -m pytest tests --junitxml={reports}/junit.xml'

describe('pytest-rerunfailures', () => {
  it('is found in the command, in PYTEST_ADDOPTS and in pytest addopts of each configuration file', async () => {
    const none = await probe()
    expect(unseenRetries(`${PYTEST} --reruns 3`, {}, none)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 3 in the test command retries a failing test within the run, and pytest's JUnit report records only its last attempt/)])
    expect(unseenRetries(`${PYTEST} --reruns=1 --reruns-delay 2`, {}, none)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 1 in the test command/)])
    expect(unseenRetries(PYTEST, { PYTEST_ADDOPTS: '-q --reruns 2' }, none)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 2 in PYTEST_ADDOPTS/)])
    const pyproject = await probe({ 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-ra --reruns 2"\n' })
    expect(unseenRetries(PYTEST, {}, pyproject)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 2 in pytest's addopts \(pyproject\.toml\)/)])
    const setupCfg = await probe({ 'setup.cfg': '[tool:pytest]\naddopts =\n    --reruns=4\n' })
    expect(unseenRetries('pytest', {}, setupCfg)).toEqual([expect.stringMatching(/--reruns 4 in pytest's addopts \(setup\.cfg\)/)])
  })

  it('is a caveat of the gate: a pass shown with a warning sign on every surface, never a clean pass', async () => {
    const warnings = unseenRetries(`${PYTEST} --reruns 3`, {}, await probe())
    const view = gateView('testing', { gate_name: 'test_pass_rate', passed: true, execution_time_ms: 1, details: { total: 2, passed: 2 }, warnings } as unknown as GateResult)
    expect(view.caveats).toEqual(warnings)
  })

  it("is not said when the python preset's plugin records the reruns in the report", async () => {
    const addopts = await probe({ 'pytest.ini': '[pytest]\naddopts = --reruns 2\n' })
    expect(unseenRetries(`${PYTEST} -p spec_to_production_reruns`, {}, addopts)).toEqual([])
    expect(unseenRetries(PYTEST, {}, addopts)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 2 in pytest's addopts \(pytest\.ini\)/)])
  })

  // pytest reads a hidden .pytest.ini (7 and later) and pytest 9 pytest.toml/.pytest.toml ([pytest] table), before
  // pyproject.toml: --reruns there was unseen, and a test that passed only on a rerun read as a clean pass.
  it("reads pytest's addopts from .pytest.ini, pytest.toml and .pytest.toml, in pytest's order", async () => {
    const hidden = await probe({ '.pytest.ini': '[pytest]\naddopts = --reruns 2\n', 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-ra"\n' })
    expect(unseenRetries(PYTEST, {}, hidden)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 2 in pytest's addopts \(\.pytest\.ini\)/)])
    const toml = await probe({ 'pytest.toml': '[pytest]\naddopts = ["-ra", "--reruns", "3"]\n', 'pytest.ini': '[pytest]\naddopts = -ra\n' })
    expect(unseenRetries(PYTEST, {}, toml)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 3 in pytest's addopts \(pytest\.toml\)/)])
    const dotToml = await probe({ '.pytest.toml': "[pytest]\naddopts = ['--reruns', '1']\n" })
    expect(unseenRetries(PYTEST, {}, dotToml)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --reruns 1 in pytest's addopts \(\.pytest\.toml\)/)])
    // pytest.ini is pytest's whichever its section: an empty one hides pyproject.toml's.
    expect(unseenRetries(PYTEST, {}, await probe({ 'pytest.ini': '', 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "--reruns 2"\n' }))).toEqual([])
  })

  it('says how the flaky tests can be found instead', async () => {
    expect(unseenRetries(`${PYTEST} --reruns 3`, {}, await probe())[0]).toMatch(/turn pytest-rerunfailures's retries off: error_recovery\.testing reruns the command and flags what passes on a rerun as flaky$/)
  })

  it('is not said for --reruns 0, a commented-out addopts, or a command that runs no pytest', async () => {
    expect(unseenRetries(`${PYTEST} --reruns 0`, {}, await probe())).toEqual([])
    expect(unseenRetries(PYTEST, {}, await probe({ 'pytest.ini': '[pytest]\n# addopts = --reruns 2\n' }))).toEqual([])
    expect(unseenRetries('npx jest --ci', { PYTEST_ADDOPTS: '--reruns 2' }, await probe({ 'pytest.ini': '[pytest]\naddopts = --reruns 2\n' }))).toEqual([])
  })
})

describe('vitest retry', () => {
  it('is found in the command and in a vitest or vite configuration file, as a count or { count }', async () => {
    const none = await probe()
    expect(unseenRetries('npx vitest run --retry 2 --reporter=junit', {}, none)).toEqual([expect.stringMatching(/^RETRIES UNSEEN: --retry 2 in the test command retries a failing test within the run, and vitest's JUnit reporter records only its last attempt/)])
    expect(unseenRetries('npx vitest run', {}, await probe({ 'vitest.config.ts': 'export default defineConfig({\n  test: {\n    retry: 3,\n  },\n})\n' }))).toEqual([
      expect.stringMatching(/^RETRIES UNSEEN: retry: 3 in vitest\.config\.ts/)
    ])
    // The node preset runs vitest through a plain test script: `npm test -- --run …`.
    const viaScript = { 'vite.config.mjs': 'export default { test: { retry: { count: 2, delay: 100 } } }\n', 'package.json': JSON.stringify({ scripts: { test: 'vitest' } }) }
    expect(unseenRetries('npm test -- --run --reporter=junit', {}, await probe(viaScript))).toEqual([expect.stringMatching(/^RETRIES UNSEEN: retry: 2 in vite\.config\.mjs/)])
    expect(unseenRetries('npm test -- --run', {}, await probe({ ...viaScript, 'package.json': JSON.stringify({ scripts: { test: 'jest' } }) }))).toEqual([])
    expect(unseenRetries('npx vitest run', {}, await probe({ 'vite.config.mjs': 'export default { test: { retry: { count: 2, delay: 100 } } }\n' }))).toEqual([expect.stringMatching(/retry: 2 in vite\.config\.mjs/)])
  })

  it("is not said when the node preset's retries reporter records them, with a vitest whose junit reporter writes it (3.2 and later)", async () => {
    const config = { 'vitest.config.mjs': 'export default { test: { retry: 2 } }\n' }
    const command = "printf '%s\\n' '…' > '/ws/r'/vitest-retries.mjs && npx vitest run --run --reporter=default --reporter='/ws/r'/vitest-retries.mjs --reporter=junit"
    for (const version of ['3.2.7', '4.1.12']) {
      expect(unseenRetries(command, {}, await probe({ ...config, 'node_modules/vitest/package.json': JSON.stringify({ version }) }))).toEqual([])
    }
    expect(unseenRetries(command, {}, await probe({ ...config, 'node_modules/vitest/package.json': JSON.stringify({ version: '3.1.4' }) }))).toEqual([expect.stringMatching(/^RETRIES UNSEEN: retry: 2 in vitest\.config\.mjs/)])
    expect(unseenRetries('npx vitest run --reporter=junit', {}, await probe({ ...config, 'node_modules/vitest/package.json': JSON.stringify({ version: '4.1.12' }) }))).toEqual([
      expect.stringMatching(/^RETRIES UNSEEN: retry: 2 in vitest\.config\.mjs/)
    ])
  })

  it('is not said for retry: 0 or a commented-out retry', async () => {
    expect(unseenRetries('npx vitest run', {}, await probe({ 'vitest.config.js': 'export default { test: { retry: 0 } }\n' }))).toEqual([])
    expect(unseenRetries('npx vitest run', {}, await probe({ 'vitest.config.js': 'export default {\n  test: {\n    // retry: 2,\n  },\n}\n' }))).toEqual([])
  })
})

describe('mocha retries', () => {
  it('is found in the command, a .mocharc file and package.json', async () => {
    expect(unseenRetries('npx c8 mocha --retries 2 --reporter xunit', {}, await probe())).toEqual([
      expect.stringMatching(/^RETRIES UNSEEN: --retries 2 in the test command retries a failing test within the run, and mocha's JUnit reporter \(xunit or mocha-junit-reporter\) records only its last attempt/)
    ])
    expect(unseenRetries('npx mocha', {}, await probe({ '.mocharc.yml': 'spec: test/\nretries: 3\n' }))).toEqual([expect.stringMatching(/retries: 3 in \.mocharc\.yml/)])
    expect(unseenRetries('npx mocha', {}, await probe({ '.mocharc.json': '{ "retries": 1 }\n' }))).toEqual([expect.stringMatching(/retries: 1 in \.mocharc\.json/)])
    expect(unseenRetries('npx mocha', {}, await probe({ 'package.json': JSON.stringify({ name: 'x', mocha: { retries: 2 } }) }))).toEqual([expect.stringMatching(/retries: 2 in package\.json's mocha/)])
  })

  it('is not said for retries: 0', async () => {
    expect(unseenRetries('npx mocha', {}, await probe({ '.mocharc.json': '{ "retries": 0 }\n' }))).toEqual([])
  })
})
