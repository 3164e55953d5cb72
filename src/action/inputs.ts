/** Reads and validates every action input in one place; a bad input is the user's mistake (ConfigurationError). */
import * as core from '@actions/core'
import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError, TARGETS, type Target } from '../config/types.js'

export interface ActionInputs {
  /** Path of the spec, relative to the working directory. */
  spec: string
  /** Component name. */
  component: string
  /** dev, staging or production. */
  target: Target
  /** Configuration file, or undefined for the default path / preset. */
  config?: string
  /** Absolute path of the repository root the pipeline runs in. */
  workspace: string
  /** Where the JSON report goes, relative to the workspace. */
  reportPath?: string
}

export function getInputs(): ActionInputs {
  const spec = core.getInput('spec', { required: true })
  const component = core.getInput('component', { required: true })
  const target = core.getInput('target') || 'dev'
  if (!TARGETS.includes(target as Target)) {
    throw new ConfigurationError(`Invalid target '${target}'. Expected one of: ${TARGETS.join(', ')}.`)
  }
  const base = process.env.GITHUB_WORKSPACE || process.cwd()
  const dir = core.getInput('working-directory') || '.'
  const workspace = isAbsolute(dir) ? dir : resolve(base, dir)
  return {
    spec,
    component,
    target: target as Target,
    config: core.getInput('config') || undefined,
    workspace,
    reportPath: core.getInput('report-path') || undefined
  }
}
