/**
 * The spec's own frontmatter can say it is not the spec to deploy by: `status: draft` (not agreed), or `component`
 * naming another component (its paths and criteria gate that one, not this). A run that deploys must not pass on it.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { runWorkflow } from '../../src/api.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { renderJobSummary } from '../../src/action/summary.js'
import { removeDir, writeIn } from '../helpers/workspace.js'
import { TINY_SPEC, tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

async function run(frontmatter: string, target: 'dev' | 'staging' | 'production') {
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'SPEC.md', TINY_SPEC.replace('title: Tiny\n', `title: Tiny\n${frontmatter}\n`))
  const deploy = '  staging_deployment: { command: "true", github_deployment: false }\n  production_deployment: { command: "true", github_deployment: false }\n'
  await writeIn(dir, 'cfg.yml', `${tinyConfig().replace(/^stages:\n/m, `stages:\n${deploy}`)}\n`)
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: target, configFile: 'cfg.yml', workspace: dir, host })
  return { result, lines, gate: result.report.stage_results.specification!.quality_gates.spec_validation! }
}

test('a draft spec does not go to production', async () => {
  const { result, gate, lines } = await run('status: draft', 'production')
  expect(result.success).toBe(false)
  expect(gate.passed).toBe(false)
  expect(gate.errors).toEqual([
    'SPEC.md:3 (status): Frontmatter status is "draft": the spec says it is not yet agreed, and a draft does not go to production (set status to "approved" or "implemented" once it is)'
  ])
  expect(result.report.stage_results.production_deployment?.status ?? 'not run').not.toBe('passed')
  expect(lines.join('\n')).toContain('a draft does not go to production')
  expect(renderJobSummary(result.report, {})).toContain('a draft does not go to production')
})

test('a draft spec at staging is a warning; at dev nothing', async () => {
  const staging = await run('status: draft', 'staging')
  expect(staging.gate.passed).toBe(true)
  expect(staging.gate.warnings).toEqual(['SPEC.md:3 (status): Frontmatter status is "draft": the spec says it is not yet agreed — deploying to staging all the same'])
  const dev = await run('status: draft', 'dev')
  expect(dev.gate.warnings).toEqual([])
})

test("another component's spec does not gate a deployment of this one", async () => {
  const { result, gate } = await run('component: billing', 'staging')
  expect(result.success).toBe(false)
  expect(gate.errors).toEqual([
    'SPEC.md:3 (component): Frontmatter names component "billing" but the workflow runs component "tiny": the spec\'s paths and criteria are another component\'s, so nothing here gates staging of "tiny"'
  ])
  expect(result.report.stage_results.staging_deployment?.status ?? 'not run').not.toBe('passed')
})
