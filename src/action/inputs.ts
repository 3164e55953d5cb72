/** Reads and validates every action input in one place; a bad input is the user's mistake (ConfigurationError). */
import * as core from '@actions/core'
import { isAbsolute, resolve } from 'node:path'
import { validateComponentName } from '../config/templates.js'
import { workspaceDirectory } from '../config/workspace-dir.js'
import { ConfigurationError, TARGETS, type Target } from '../config/types.js'
import { booleanInput as bool, commentMode } from './input-values.js'
import { legIdentity } from '../github/leg.js'

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
  /** Token for check runs, deployments, code scanning; empty: those surfaces are off. */
  token: string
  /** Post a check run with annotations. */
  checkRun: boolean
  /** Check run name; `{component}`, `{target}` and `{leg}` are replaced. */
  checkName?: string
  /**
   * The matrix leg's identity (`20`, `staging`), from the `leg` input (`${{ toJSON(matrix) }}`) without the values every
   * leg of the component shares; null for a job without a matrix, or one leg per component (see github/leg.ts).
   */
  leg: string | null
  /** Most annotations on the check run. */
  annotationCap: number
  /** Write the job summary. */
  summary: boolean
  /** Upload the report, SARIF, dashboard and logs as an artifact. */
  uploadArtifacts: boolean
  /** Artifact name; default spec-to-production-<component>. */
  artifactName?: string
  /** Artifact retention in days (1–90), or undefined for the repository's default. */
  retentionDays?: number
  /** Upload the findings to code scanning (needs security-events: write). */
  uploadSarif: boolean
  /** Judge findings only on the lines a pull request changes. */
  onlyChanged: boolean
  /** Keep context sessions and metrics history in the Actions cache between runs. */
  cache: boolean
  /**
   * Seconds the publishing phase (check run, code scanning, artifact, cache saves) may take in all; what is left then
   * is abandoned with one warning. Also the most any single network call waits.
   */
  publishTimeoutSeconds: number
  /** The sticky pull-request comment: `auto` (default: on pull requests, when the token may write), always, never, or only when the run failed. */
  comment: 'auto' | 'true' | 'false' | 'on-failure'
}

function int(name: string, min: number, max: number): number | undefined {
  const raw = core.getInput(name).trim()
  if (raw === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected a whole number from ${min} to ${max}.`)
  }
  return value
}

export function getInputs(): ActionInputs {
  const spec = core.getInput('spec', { required: true })
  // Checked first: the name goes into cache keys, artifact names, file names and command lines.
  const component = validateComponentName(core.getInput('component', { required: true }))
  const target = core.getInput('target') || 'dev'
  if (!TARGETS.includes(target as Target)) {
    throw new ConfigurationError(`Invalid target '${target}'. Expected one of: ${TARGETS.join(', ')}.`)
  }
  const base = process.env.GITHUB_WORKSPACE || process.cwd()
  const dir = core.getInput('working-directory') || '.'
  const workspace = workspaceDirectory(isAbsolute(dir) ? dir : resolve(base, dir), 'working-directory')
  const token = core.getInput('github-token')
  if (token) core.setSecret(token)
  const config = core.getInput('config') || undefined
  const reportPath = core.getInput('report-path') || undefined
  return {
    spec,
    component,
    target: target as Target,
    config,
    workspace,
    reportPath,
    token,
    checkRun: bool('check-run', true),
    checkName: core.getInput('check-name') || undefined,
    leg: legIdentity(core.getInput('leg'), [component, spec, config, dir, reportPath]),
    annotationCap: int('annotation-cap', 0, 100_000) ?? 1000,
    summary: bool('summary', true),
    uploadArtifacts: bool('upload-artifacts', true),
    artifactName: core.getInput('artifact-name') || undefined,
    retentionDays: int('artifact-retention-days', 1, 90),
    uploadSarif: bool('upload-sarif', false),
    onlyChanged: bool('only-changed', false),
    cache: bool('cache', true),
    publishTimeoutSeconds: int('publish-timeout-seconds', 1, 3600) ?? 180,
    comment: commentMode(core.getInput('comment'))
  }
}
