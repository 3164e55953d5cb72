/**
 * The node preset's linting, type checking and secret scan run the project's installed eslint, tsc and secretlint from
 * node_modules/.bin, without npx's start-up (npm's, 0.5 to 1.5 s a call), where that is the program npx would run: a
 * real run of the CLI on a small project (git repository in a temp dir, this repository's node_modules linked in),
 * with a logging `npx` first on PATH that then runs the real one.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { symlink } from 'node:fs/promises'
import { git, ROOT, runCli } from '../helpers/workspace.js'

jest.setTimeout(240_000)

const NODE_DIR = dirname(process.execPath)
const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((d) => rm(d, { recursive: true, force: true })))
})

/** A directory for PATH whose `npx` appends its arguments to `log`, then runs the real npx. */
async function loggingNpx(): Promise<{ bin: string; log: string }> {
  const bin = await mkdtemp(join(tmpdir(), 'stp-npx-'))
  created.push(bin)
  const log = join(bin, 'calls.log')
  await writeFile(log, '')
  await writeFile(join(bin, 'npx'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${join(NODE_DIR, 'npx')}' "$@"\n`)
  await chmod(join(bin, 'npx'), 0o755)
  return { bin, log }
}

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stp-installed-'))
  created.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
  await writeFile(join(root, '.gitignore'), 'node_modules\n.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n')
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'project')
  return root
}

const FILES = {
  'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'node --test src/' } }),
  'package-lock.json': JSON.stringify({ name: 'sum', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'sum', version: '1.0.0' } } }),
  'eslint.config.js': "module.exports = [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } }, rules: { 'no-unused-vars': 'error' } }]\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { allowJs: true, checkJs: true, noEmit: true, strict: true, types: [] }, include: ['src/**/*.js'], exclude: ['src/**/*.test.js'] }),
  'src/sum/index.js': '/** @param {number} a @param {number} b */\nfunction sum(a, b) {\n  return a + b\n}\nmodule.exports = { sum }\n',
  'src/sum/index.test.js': "const test = require('node:test')\nconst assert = require('node:assert')\nconst { sum } = require('./index')\ntest('adds', () => {\n  assert.strictEqual(sum(1, 2), 3)\n})\n",
  'specs/sum.md': '---\ncomponent: sum\n---\n# sum\n\n## Requirements\n\n- adds numbers\n\n## Acceptance Criteria\n\n- 1 + 2 is 3\n',
  // npm audit would ask the registry: left out, as the only part of the preset this test does not look at.
  '.github/spec-to-production.yml': 'preset: node\nquality_gates: { security: { vulnerabilities: false } }\n'
}

describe('the installed eslint, tsc and secretlint', () => {
  it('run from node_modules/.bin: npx is not called, and the gates judge what they report', async () => {
    const root = await project(FILES)
    const { bin, log } = await loggingNpx()
    const run = await runCli(root, ['--spec', 'specs/sum.md', '--component', 'sum'], { env: { PATH: `${bin}:/usr/bin:/bin:${NODE_DIR}` } })
    if (run.code !== 0) throw new Error(`expected a green run:\n${run.stdout.slice(-4000)}\n${run.stderr}`)
    expect(run.stdout).toContain(
      '  package manager: npm — package-lock.json exists; eslint, tsc, secretlint run as node_modules/.bin/<tool>, the program `npx` runs there, without npm\'s start-up'
    )
    expect(await readFile(log, 'utf8')).toBe('')
    const report = JSON.parse(await readFile(join(root, 'workflow_report_sum.json'), 'utf8')) as {
      stage_results: { refactoring: { quality_gates: Record<string, { passed: boolean; details: Record<string, unknown> }> } }
    }
    const gates = report.stage_results.refactoring.quality_gates
    expect(gates.linting.details).toMatchObject({ issue_count: 0 })
    expect(gates.type_checking.details).toMatchObject({ error_count: 0 })
    expect(gates.security.details).toMatchObject({ secret_count: 0 })

    // A type error and an unused variable: the tools run, and the gates count what they found.
    await writeFile(join(root, 'src/sum/index.js'), `${FILES['src/sum/index.js']}/** @type {string} */\nconst s = 1\n`)
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'broken')
    const red = await runCli(root, ['--spec', 'specs/sum.md', '--component', 'sum'], { env: { PATH: `${bin}:/usr/bin:/bin:${NODE_DIR}`, CI: 'true' } })
    expect(red.code).toBe(1)
    const broken = (JSON.parse(await readFile(join(root, 'workflow_report_sum.json'), 'utf8')) as typeof report).stage_results.refactoring.quality_gates
    expect(broken.type_checking.details).toMatchObject({ error_count: 1 })
    expect(broken.linting.details).toMatchObject({ issue_count: 1 })
    expect(await readFile(log, 'utf8')).toBe('')
  })

  it('go through npx when npm would pass a setting on to them (node-options in .npmrc)', async () => {
    const root = await project({ ...FILES, '.npmrc': 'node-options=--max-old-space-size=2048\n' })
    const { bin, log } = await loggingNpx()
    const run = await runCli(root, ['--spec', 'specs/sum.md', '--component', 'sum'], { env: { PATH: `${bin}:/usr/bin:/bin:${NODE_DIR}` } })
    if (run.code !== 0) throw new Error(`expected a green run:\n${run.stdout.slice(-4000)}\n${run.stderr}`)
    expect(run.stdout).toContain('  package manager: npm — package-lock.json exists; installed tools run through `npx`, which applies node-options in .npmrc')
    const calls = (await readFile(log, 'utf8')).split('\n').filter(Boolean).map((l) => l.split(' ')[0])
    expect(calls.sort()).toEqual(['eslint', 'secretlint', 'tsc'])
  })
})
