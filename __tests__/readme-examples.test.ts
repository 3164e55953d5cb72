/**
 * Every YAML example in README.md is one a user can copy: a configuration loads through the same loader a run uses
 * (schema, templates, the checks across keys), and a workflow uses only the inputs and outputs the actions declare,
 * with permissions GitHub knows.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { loadConfig } from '../src/config/load.js'
import { defaultDashboardName, defaultReportName, GITIGNORE_LINES, sarifFileName } from '../src/engine/report.js'
import { ROOT } from './helpers/workspace.js'

interface Block {
  line: number
  text: string
}

/** The fenced ```yaml blocks of a Markdown text, each with the line its fence is on, un-indented as a list item's. */
export function yamlBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  const fence = /^( *)```yaml\n([\s\S]*?)^\1```/gm
  for (const m of markdown.matchAll(fence)) {
    const indent = m[1].length
    const text = m[2]
      .split('\n')
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n')
    blocks.push({ line: markdown.slice(0, m.index).split('\n').length, text })
  }
  return blocks
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const blocks = yamlBlocks(readme).map((b) => ({ ...b, data: parse(b.text) as unknown }))
const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const workflows = blocks.filter((b) => isMapping(b.data) && 'jobs' in b.data)
/** A block that is only a comment (the schema line `init` writes) is neither. */
const configs = blocks.filter((b) => isMapping(b.data) && !('jobs' in b.data))

/** Inputs and outputs of each action this repository ships, by the path after `owner/name` in `uses:`. */
const actions = new Map<string, { inputs: Record<string, { required?: boolean }>; outputs: Record<string, unknown> }>(
  ['', '/plan', '/aggregate'].map((sub) => {
    const meta = parse(readFileSync(join(ROOT, `${sub.slice(1) || '.'}/action.yml`), 'utf8')) as { inputs: Record<string, { required?: boolean }>; outputs: Record<string, unknown> }
    return [sub, meta] as const
  })
)
const OURS = /^org\/spec-to-production(\/plan|\/aggregate)?@v\d+$/

/** GitHub's GITHUB_TOKEN permission names (workflow syntax, `permissions`). */
const PERMISSIONS = new Set([
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages',
  'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses'
])

const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('README.md examples', () => {
  it('has configuration and workflow examples to check', () => {
    expect(configs.length).toBeGreaterThanOrEqual(4)
    expect(workflows.length).toBeGreaterThanOrEqual(3)
    expect(configs.length + workflows.length).toBe(blocks.filter((b) => b.data !== null).length)
  })

  it.each(configs.map((b) => [b.line, b.text] as const))('the configuration at README.md:%i loads for a component', async (_line, text) => {
    const root = await mkdtemp(join(tmpdir(), 'stp-readme-'))
    created.push(root)
    await mkdir(join(root, '.github'))
    await writeFile(join(root, '.github/spec-to-production.yml'), text)
    // narrative_engine is the component the examples' `components:` override names.
    for (const component of ['narrative_engine', 'player_experience']) {
      await expect(loadConfig({ workspace: root, component })).resolves.toHaveProperty('config')
    }
  })

  it.each(workflows.map((b) => [b.line, b.data]))('the workflow at README.md:%i uses only declared inputs and outputs, with the permissions they need', (_line, data) => {
    const workflow = data as { permissions?: Record<string, string>; jobs: Record<string, Job> }
    const problems: string[] = []
    const checkPermissions = (where: string, perms: unknown) => {
      if (perms === undefined) return
      if (!isMapping(perms)) return problems.push(`${where}: permissions is not a mapping`)
      for (const [name, level] of Object.entries(perms)) {
        if (!PERMISSIONS.has(name)) problems.push(`${where}: unknown permission ${name}`)
        if (!['read', 'write', 'none'].includes(String(level))) problems.push(`${where}: permission ${name}: ${String(level)}`)
      }
    }
    checkPermissions('workflow', workflow.permissions)
    const text = JSON.stringify(workflow)
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      checkPermissions(`jobs.${jobName}`, job.permissions)
      // A job's own permissions replace the workflow's.
      const granted = (job.permissions ?? workflow.permissions ?? {}) as Record<string, string>
      const ours = new Map<string, string>()
      for (const step of job.steps ?? []) {
        const m = step.uses && OURS.exec(step.uses)
        if (!m) continue
        const meta = actions.get(m[1] ?? '')!
        if (step.id) ours.set(step.id, m[1] ?? '')
        for (const key of Object.keys(step.with ?? {})) if (!(key in meta.inputs)) problems.push(`jobs.${jobName}: ${step.uses} has no input ${key}`)
        for (const [key, input] of Object.entries(meta.inputs)) if (input.required && !(key in (step.with ?? {}))) problems.push(`jobs.${jobName}: ${step.uses} needs ${key}`)
        for (const [permission, level, why] of permissionsNeeded(m[1] ?? '', step.with ?? {})) {
          const has = granted[permission]
          if (has !== level && !(level === 'read' && has === 'write')) problems.push(`jobs.${jobName}: ${step.uses} needs ${permission}: ${level} (${why})`)
        }
      }
      // steps.<id>.outputs.<name> of one of our steps, within the job and in the job's own outputs.
      for (const m of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const sub = ours.get(m[1])
        if (sub === undefined) problems.push(`jobs.${jobName}: steps.${m[1]} is not a step of this action`)
        else if (!(m[2] in actions.get(sub)!.outputs)) problems.push(`jobs.${jobName}: ${m[0]} is no output of the action${sub}`)
      }
    }
    // needs.<job>.outputs.<name> must be one of that job's outputs.
    for (const m of text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const outputs = workflow.jobs[m[1]]?.outputs ?? {}
      if (!(m[2] in outputs)) problems.push(`${m[0]}: job ${m[1]} has no such output`)
    }
    expect(problems).toEqual([])
  })
})

/**
 * The permissions a step of ours needs for what its inputs turn on, as README's *Permissions* table says (features
 * whose fallback is only a notice, such as the pull-request comment by default, are not required).
 */
function permissionsNeeded(sub: string, inputs: Record<string, unknown>): Array<[string, 'read' | 'write', string]> {
  const on = (name: string, fallback: boolean) => (name in inputs ? String(inputs[name]) !== 'false' : fallback)
  const needs: Array<[string, 'read' | 'write', string]> = []
  if (sub === '/plan') return needs
  if (on('check-run', true)) needs.push(['checks', 'write', 'check-run'])
  if (sub === '') {
    if (['staging', 'production'].includes(String(inputs.target ?? 'dev'))) needs.push(['deployments', 'write', `target ${String(inputs.target)}: GitHub Deployments`])
    if (String(inputs.target) === 'production') needs.push(['deployments', 'read', 'the soak criterion'], ['pull-requests', 'read', 'the security review criterion'])
    if (on('upload-sarif', false)) needs.push(['security-events', 'write', 'upload-sarif'])
  }
  if (sub === '/aggregate' && 'report-from-run' in inputs) {
    needs.push(['actions', 'read', "report-from-run: the other run's artifacts"])
    if (on('comment', true)) needs.push(['pull-requests', 'write', 'report-from-run: the comments'])
  }
  return needs
}

describe('README.md workflows that follow another', () => {
  it("a workflow_run names a workflow by the name: the README's workflow gives (GitHub matches names; without name: a workflow is named by its path)", () => {
    const names = new Set(workflows.map((w) => (w.data as { name?: string }).name).filter((n): n is string => typeof n === 'string'))
    const followed = workflows.flatMap((w) => {
      const on = (w.data as { on?: unknown }).on
      const run = isMapping(on) && isMapping(on.workflow_run) ? on.workflow_run : undefined
      return run && Array.isArray(run.workflows) ? run.workflows.map((name) => ({ line: w.line, name: String(name) })) : []
    })
    expect(followed.length).toBeGreaterThan(0)
    expect(followed.filter((f) => !names.has(f.name))).toEqual([])
  })
})

describe('README.md *What to ignore in git*', () => {
  it('lists what init tells the user to ignore, and that covers every file a run writes beside the report', () => {
    const block = /Add to `\.gitignore`:\n\n```\n([\s\S]*?)```/.exec(readme)
    expect(block).not.toBeNull()
    expect(block![1].trimEnd().split('\n')).toEqual(GITIGNORE_LINES)
    const globs = GITIGNORE_LINES.map((g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`))
    for (const name of [defaultReportName('api'), defaultDashboardName('api'), sarifFileName('api'), '.spec-to-production/']) {
      expect({ name, ignored: globs.some((g) => g.test(name)) }).toEqual({ name, ignored: true })
    }
  })
})

interface Job {
  permissions?: unknown
  outputs?: Record<string, string>
  steps?: Array<{ uses?: string; id?: string; with?: Record<string, unknown> }>
}
