/** The plan sub-action: the components to run, as a matrix for `strategy.matrix: ${{ fromJSON(…) }}`. */
import * as core from '@actions/core'
import { isAbsolute, resolve } from 'node:path'
import { runPlan } from '../plan/index.js'
import { pullRequestBase } from './event-payload.js'
import { booleanInput } from './input-values.js'

export async function runPlanAction(): Promise<void> {
  try {
    const base = process.env.GITHUB_WORKSPACE || process.cwd()
    const dir = core.getInput('working-directory') || '.'
    const workspace = isAbsolute(dir) ? dir : resolve(base, dir)
    const globs = core.getMultilineInput('specs').flatMap((l) => l.split(',')).map((g) => g.trim()).filter(Boolean)
    const changedOnly = booleanInput('changed-only', false)
    const prBase = pullRequestBase()
    if (changedOnly && !prBase) core.notice('changed-only applies to pull requests: this event has no base commit, so every component is planned')
    const plan = await runPlan({
      workspace,
      globs,
      configPath: core.getInput('config') || undefined,
      changedSince: changedOnly && prBase ? { base: prBase } : undefined
    })
    for (const p of plan.problems) core.error(p.message, { file: p.file, startLine: p.line })
    core.setOutput('matrix', plan.outputs.matrix)
    core.setOutput('count', plan.outputs.count)
    core.setOutput('components', plan.selected.map((c) => c.component).join(','))
    const why = plan.reason ? ` (${Object.entries(plan.reason).map(([c, r]) => `${c}: ${r}`).join('; ')})` : ''
    core.info(`planned ${plan.selected.length} of ${plan.discovered.length} component(s)${why}`)
    if (plan.problems.length) core.setFailed(`${plan.problems.length} spec(s) could not be planned; see the annotations`)
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}
