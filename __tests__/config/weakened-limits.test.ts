import { afterAll, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { weakenedLimits } from '../../src/engine/pipeline.js'

const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((root) => rm(root, { recursive: true, force: true })))
})

async function loaded(yaml: string) {
  const root = await mkdtemp(join(tmpdir(), 'stp-weakened-'))
  created.push(root)
  await mkdir(join(root, '.github'))
  await writeFile(join(root, '.github/spec-to-production.yml'), yaml)
  return loadConfig({ workspace: root, component: 'app' })
}

it('a lowered required pass rate is a caveat on the deployments\' test suites too, which are judged against it', async () => {
  const config = await loaded(`preset: none
quality_gates:
  test_pass_rate: { required: 50 }
stages:
  staging_deployment:
    command: "true"
    integration_tests: { command: "true" }
  production_deployment:
    command: "true"
    e2e_tests: { command: "true" }
`)
  const gates = (target: 'dev' | 'staging' | 'production') => weakenedLimits(config, target).filter(([, w]) => w.includes('test_pass_rate.required')).map(([g]) => g)
  expect(gates('dev')).toEqual(['testing.test_pass_rate'])
  expect(gates('staging')).toEqual(['testing.test_pass_rate', 'staging_deployment.integration_test_pass_rate'])
  expect(gates('production')).toEqual(['testing.test_pass_rate', 'staging_deployment.integration_test_pass_rate', 'production_deployment.e2e_test_pass_rate'])
})

it('a soak read from another environment than staging deploys to is a caveat on the production criteria', async () => {
  const config = await loaded(`preset: none
stages:
  staging_deployment: { command: "true" }
  production_deployment:
    command: "true"
    criteria: { soak: { days: 7, environment: Preview } }
`)
  expect(weakenedLimits(config, 'production')).toContainEqual([
    'production_deployment.production_deployment_criteria',
    "weakened by configuration: stages.production_deployment.criteria.soak.environment is 'Preview', not the environment staging deploys to ('staging'): the soak is not staging's (set in .github/spec-to-production.yml, line 6)"
  ])
  // The same environment, in GitHub's case-insensitive names, says nothing.
  const same = await loaded(`preset: none
stages:
  staging_deployment: { command: "true", environment: Stage }
  production_deployment:
    command: "true"
    criteria: { soak: { days: 7, environment: stage } }
`)
  expect(weakenedLimits(same, 'production').filter(([, w]) => w.includes('soak'))).toEqual([])
})

it('the soak follows the environment staging deploys to unless the file names another', async () => {
  const config = await loaded(`preset: none
stages:
  staging_deployment: { command: "true", environment: stage-eu }
  production_deployment: { command: "true" }
`)
  expect(config.config.stages.production_deployment.criteria!.soak.environment).toBe('stage-eu')
  expect(weakenedLimits(config, 'production').filter(([, w]) => w.includes('soak'))).toEqual([])
})
