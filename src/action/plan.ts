/** The plan sub-action: the components to run, as a matrix for `strategy.matrix: ${{ fromJSON(…) }}`. */
import * as core from '@actions/core'
import { isAbsolute, resolve } from 'node:path'
import { deletedSpecWarning, runPlan } from '../plan/index.js'
import { checkedOutCommit } from '../github/event.js'
import { changeBase, changeHead } from './event-payload.js'
import { booleanInput } from './input-values.js'
import { logInert } from './inert-log.js'

export async function runPlanAction(): Promise<void> {
  try {
    const base = process.env.GITHUB_WORKSPACE || process.cwd()
    const dir = core.getInput('working-directory') || '.'
    const workspace = isAbsolute(dir) ? dir : resolve(base, dir)
    const globs = core.getMultilineInput('specs').flatMap((l) => l.split(',')).map((g) => g.trim()).filter(Boolean)
    const changedOnly = booleanInput('changed-only', false)
    const prBase = changeBase()
    if (changedOnly && !prBase) core.notice('changed-only applies to pull requests and merge queues: this event has no base commit, so every component is planned')
    const compare = changedOnly && prBase !== null && (await holdsPullRequest(workspace))
    if (compare) {
      // actions/checkout's default depth leaves the base out: deepened by one commit, the change can be compared.
      const [{ bringBase }, head] = await Promise.all([import('../exec/git-base.js'), checkedOutCommit(workspace)])
      const brought = head ? await bringBase(workspace, prBase, head.sha) : null
      if (brought) core.info(brought.message)
    }
    const plan = await runPlan({
      workspace,
      globs,
      configPath: core.getInput('config') || undefined,
      changedSince: compare ? { base: prBase } : undefined
    })
    for (const p of plan.problems) core.error(p.message, { file: p.file, startLine: p.line })
    for (const deleted of plan.deleted ?? []) core.warning(deletedSpecWarning(deleted))
    core.setOutput('matrix', plan.outputs.matrix)
    core.setOutput('count', plan.outputs.count)
    core.setOutput('components', plan.selected.map((c) => c.component).join(','))
    const why = plan.reason ? ` (${Object.entries(plan.reason).map(([c, r]) => `${c}: ${r}`).join('; ')})` : ''
    // The reasons name the pull request's changed files, whose names it chooses (`x##[stop-commands]t.js`).
    logInert(`planned ${plan.selected.length} of ${plan.discovered.length} component(s)${why}`)
    if (plan.problems.length) core.setFailed(`${plan.problems.length} spec(s) could not be planned; see the annotations`)
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}

/**
 * Whether the workspace holds the change: the pull request's head, or a commit containing it (the merge commit a
 * `pull_request` run checks out); in a merge queue the commit the queue built. A `pull_request_target` run checks out
 * the base branch unless told otherwise, and a merge-queue workflow may check out a branch rather than the queue's
 * commit: a diff from there would find nothing changed and plan nothing, so every component is planned, with a warning.
 */
async function holdsPullRequest(workspace: string): Promise<boolean> {
  const head = changeHead()
  if (!head) return true
  const checkedOut = await checkedOutCommit(workspace, [head])
  if (!checkedOut || checkedOut.sha === head || checkedOut.contains.includes(head)) return true
  const queue = process.env.GITHUB_EVENT_NAME === 'merge_group'
  core.warning(
    `changed-only: the workspace is at ${checkedOut.sha.slice(0, 12)}, which is neither the ${queue ? "merge queue's commit" : "pull request's head"} ${head.slice(0, 12)} nor a commit that contains it` +
      `${process.env.GITHUB_EVENT_NAME === 'pull_request_target' ? ' (a pull_request_target run checks out the base branch unless actions/checkout is given the head as its ref)' : ''}` +
      ': the change is not in the checkout, so every component is planned'
  )
  return false
}
