/** The bundled action run the way the runner runs it: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY. */
import { jest, afterAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ACTION_NODE, bundledAction, exampleRepo, removeDir, writeIn } from '../helpers/workspace.js'

// Each test runs the real example end to end (jest, eslint, tsc, secretlint, a deployment): minutes on a
// loaded 2-core machine.
jest.setTimeout(240_000)

const repos: string[] = []
afterAll(async () => {
  await Promise.all(repos.map(removeDir))
})

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3]
  return out
}

async function runAction(dir: string, inputs: Record<string, string>) {
  const outputFile = join(dir, 'gh-output')
  const summaryFile = join(dir, 'gh-summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const child = spawn(ACTION_NODE, [await bundledAction()], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  return { code, stdout, outputs: outputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') }
}

const inputs = { spec: 'examples/greeter/SPEC.md', component: 'greeter', target: 'staging', config: 'examples/greeter/spec-to-production.yml' }

test('a passing run sets every output, groups its log and writes the job summary', async () => {
  const dir = await exampleRepo()
  repos.push(dir)
  const run = await runAction(dir, inputs)
  expect(run.code).toBe(0)
  expect(run.outputs).toMatchObject({
    success: 'true',
    'stages-completed': 'specification,testing,refactoring,staging_deployment',
    'stages-failed': '',
    'stages-skipped': '',
    report: 'workflow_report_greeter.json'
  })
  const report = JSON.parse(await readFile(join(dir, run.outputs.report), 'utf8'))
  expect(run.outputs.coverage).toBe(String(report.stage_results.testing.quality_gates.test_coverage.details.coverage))
  expect(run.stdout).toContain('::group::testing')
  expect(run.stdout).toContain('::endgroup::')
  // Tool output is prefixed, so a line a tool prints can never be read as a workflow command.
  expect(run.stdout).toMatch(/^\[testing\] /m)
  // The greeter's security gate reads no vulnerability audit here (no registry): a pass, but not a clean one.
  expect(run.summary).toContain('greeter → staging: ⚠️ passed')
  expect(run.summary).toContain('✓ 4 stages passed for staging; ⚠ not everything measured: security')
  expect(run.summary).toContain('testing.test_coverage')
  expect(run.summary).toContain('staging_deployment')
  expect(run.outputs.dashboard).toBe('workflow_dashboard_greeter.html')
  // No token here: check runs and deployments are off, and the log says so.
  expect(run.stdout).toContain('no github-token')
  // The counts among the outputs; no comment; the summary names no surface this run did not produce.
  const totals = report.stage_results.testing.quality_gates.test_pass_rate.details
  expect(run.outputs).toMatchObject({ 'tests-total': String(totals.total), 'tests-failed': '0', 'comment-url': '', 'check-run-url': '' })
  expect(run.summary).toContain(`${totals.passed} passed, 0 failed, ${totals.skipped} skipped of ${totals.total}`)
  expect(run.summary).toContain(`href="${report.stage_results.staging_deployment.outputs.environment_url}"`)
  expect(run.summary).not.toMatch(/check run|annotation/i)
  if (!run.outputs.artifact) expect(run.summary).not.toMatch(/artifact|SARIF/i)
  expect(run.summary.replace(/<[^>]+>/g, ' ')).not.toMatch(/\b(undefined|null|NaN)\b/)
})

test('a failing gate fails the step with the reason, and report text in the summary is escaped', async () => {
  const dir = await exampleRepo()
  repos.push(dir)
  await writeIn(dir, 'examples/greeter/tests/hostile.test.ts', "test('<img src=x onerror=alert(1)> | `pipe`', () => {\n  expect(1).toBe(2)\n})\n")
  const run = await runAction(dir, { ...inputs, target: 'dev' })
  expect(run.code).toBe(1)
  expect(run.outputs.success).toBe('false')
  expect(run.outputs['stages-failed']).toBe('testing')
  expect(run.stdout).toMatch(/::error::spec-to-production failed at testing: test_pass_rate: pass rate [\d.]+%25 is below the required 100%25/)
  expect(run.summary).not.toContain('<img')
  expect(run.summary).toContain('❌')
})

test('bad input fails the step with a plain message', async () => {
  const dir = await exampleRepo()
  repos.push(dir)
  const run = await runAction(dir, { ...inputs, target: 'qa' })
  expect(run.code).toBe(1)
  expect(run.stdout).toContain("::error::Invalid target 'qa'. Expected one of: dev, staging, production.")
})
