/**
 * The bundled action run as the runner runs it (`node dist/index.js` with the INPUT_* and GITHUB_* environment), on a
 * workspace of the test's, against the GitHub stand-in: its exit status, log, outputs and job summary.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACTION_NODE, bundledAction } from './workspace.js'

export interface ActionRun {
  code: number | null
  log: string
  outputs: Record<string, string>
  /** The GITHUB_OUTPUT file as the runner would read it, lines other than the action's heredoc blocks included. */
  outputText: string
  summary: string
}

/** The outputs the action wrote to GITHUB_OUTPUT (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3]
  return out
}

/**
 * Runs the action in `workspace` for `eventName` with `payload` as the event file. The tiny component's inputs
 * (SPEC.md, cfg.yml, no cache, no artifact) unless `inputs` says otherwise; `env` adds or overrides variables.
 */
export async function runTinyAction(
  apiUrl: string,
  workspace: string,
  eventName: string,
  payload: object,
  env: Record<string, string>,
  inputs: Record<string, string> = {},
  /** Called with the log so far on each piece of output: a test may signal the action (a cancelled job). */
  onLog?: (log: string, child: ReturnType<typeof spawn>) => void
): Promise<ActionRun> {
  const temp = await mkdtemp(join(tmpdir(), 's2p-runner-'))
  const eventPath = join(temp, 'event.json')
  await writeFile(eventPath, JSON.stringify(payload))
  const outFile = join(temp, 'output')
  const summaryFile = join(temp, 'summary')
  await writeFile(outFile, '')
  await writeFile(summaryFile, '')
  const allInputs: Record<string, string> = {
    spec: 'SPEC.md',
    component: 'tiny',
    target: 'dev',
    config: 'cfg.yml',
    'github-token': 'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
    cache: 'false',
    'upload-artifacts': 'false',
    ...inputs
  }
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(allInputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env
  }
  const child = spawn(ACTION_NODE, [await bundledAction()], { cwd: workspace, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  const take = (d: Buffer) => {
    log += d.toString()
    onLog?.(log, child)
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
  const code = await new Promise<number | null>((r) => child.on('close', r))
  const outputText = await readFile(outFile, 'utf8')
  return { code, log, outputs: parseOutputs(outputText), outputText, summary: await readFile(summaryFile, 'utf8') }
}

/**
 * A bundled sub-action (`plan` or `aggregate`) run as the runner runs it in `cwd`, with `inputs` as INPUT_* and
 * `env` over the runner's variables, against the GitHub stand-in at `apiUrl`; `runner` is a fresh directory for the
 * runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP).
 */
export async function runSubAction(
  entry: 'plan' | 'aggregate',
  opts: { cwd: string; runner: string; apiUrl: string; inputs: Record<string, string>; env?: Record<string, string> }
): Promise<ActionRun> {
  const files = { out: join(opts.runner, 'out'), summary: join(opts.runner, 'summary') }
  await writeFile(files.out, '')
  await writeFile(files.summary, '')
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.cwd,
    GITHUB_OUTPUT: files.out,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: opts.runner,
    GITHUB_API_URL: opts.apiUrl,
    ...opts.env,
    ...Object.fromEntries(Object.entries(opts.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  const child = spawn(ACTION_NODE, [await bundledAction(entry)], { cwd: opts.cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  const outputText = await readFile(files.out, 'utf8')
  return { code, log, outputs: parseOutputs(outputText), outputText, summary: await readFile(files.summary, 'utf8') }
}
