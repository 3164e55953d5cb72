/**
 * Real workspaces for integration tests: a temporary `git init` repository holding a copy of the example component,
 * with the project's node_modules linked in so its real jest, eslint and tsc run; and the CLI bundled from the current
 * sources (not the committed dist/, which could be stale) to run as a real process.
 */
import { afterAll } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { legacyBufferConstructor } from '../../scripts/legacy-buffer.mjs'
import cl100k from 'js-tiktoken/ranks/cl100k_base'
import { tableFromRanks } from '../../src/context/bpe.js'
import { TABLE_FILE } from '../../src/context/tokens.js'
import { assertReportConforms } from './report-schema.js'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

let bundle: Promise<string> | undefined

// The bundle of this test file is removed after it (this module is imported while the file's hooks are collected).
afterAll(async () => {
  const made = bundle
  bundle = undefined
  const dir = made ? await made.catch(() => '') : ''
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** Bundles the CLI and the action from the current sources once per test file; returns the output directory. */
function bundled(): Promise<string> {
  bundle ??= (async () => {
    const out = await mkdtemp(join(tmpdir(), 's2p-bundle-'))
    await build({
      entryPoints: { cli: join(ROOT, 'src/cli.ts'), index: join(ROOT, 'src/index.ts'), plan: join(ROOT, 'src/plan-action.ts'), aggregate: join(ROOT, 'src/aggregate-action.ts') },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      splitting: true,
      outdir: out,
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      plugins: [legacyBufferConstructor],
      logLevel: 'silent'
    })
    await writeFile(join(out, 'package.json'), '{ "type": "module" }\n')
    // The tokenizer's table, as scripts/bundle.mjs writes it beside the bundle.
    await writeFile(join(out, TABLE_FILE), tableFromRanks(cl100k))
    return out
  })()
  return bundle
}

export async function bundledCli(): Promise<string> {
  return join(await bundled(), 'cli.js')
}

/**
 * The node that runs the bundled action, as the runner's `using: node24` does: `ACTION_NODE=<path>` (CI sets a real
 * Node 24 there), else the node running the tests.
 */
export const ACTION_NODE = process.env.ACTION_NODE || process.execPath

export async function bundledAction(entry: 'index' | 'plan' | 'aggregate' = 'index'): Promise<string> {
  return join(await bundled(), `${entry}.js`)
}

/** A git repository in a temp dir with the greeter example at examples/greeter and node_modules linked. */
export async function exampleRepo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-repo-'))
  await cp(join(ROOT, 'examples/greeter'), join(dir, 'examples/greeter'), {
    recursive: true,
    filter: (src) => !src.includes('/coverage') && !src.includes('node_modules')
  })
  await writeFile(join(dir, 'package.json'), '{ "name": "example-repo", "private": true, "type": "module" }\n')
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeFile(join(dir, '.gitignore'), 'node_modules\n.spec-to-production\nworkflow_report_*.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'example')
  return dir
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' })
}

/** Stages every change in `dir` and commits it as a throwaway author. */
export function commit(dir: string, message: string): void {
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message)
}

export async function writeIn(dir: string, path: string, text: string): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true })
  await writeFile(join(dir, path), text)
}

/**
 * A node project whose one gate is the node preset's eslint (testing and the other refactoring gates off): `files`
 * (package.json, eslint.config.js, sources…) beside a spec of `component` and that configuration, this repository's
 * node_modules linked in, committed as `base`. The caller removes the directory.
 */
export async function eslintOnlyRepo(prefix: string, component: string, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  const all: Record<string, string> = {
    [`specs/${component}.md`]: `---\ncomponent: ${component}\n---\n# ${component}\n\n## Requirements\n\n- runs\n\n## Acceptance Criteria\n\n- it runs\n`,
    '.github/spec-to-production.yml':
      'preset: node\nstages:\n  testing: { enabled: false }\n  refactoring:\n    type_checking: { enabled: false }\n    security: { enabled: false }\n    instructions_validation: { enabled: false }\n',
    ...files
  }
  for (const [path, text] of Object.entries(all)) await writeIn(dir, path, text)
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  git(dir, 'init', '-q', '-b', 'main')
  commit(dir, 'base')
  return dir
}

/** Stops any service the example's deploy kit started in `dir`, then removes it. */
export async function removeDir(dir: string): Promise<void> {
  for (const env of ['staging', 'production']) {
    try {
      execFileSync('bash', ['examples/greeter/deploy/stop.sh', env], { cwd: dir, stdio: 'ignore' })
    } catch {
      // Nothing deployed there, or no kit in this directory.
    }
  }
  await rm(dir, { recursive: true, force: true })
}

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs the bundled CLI as a real process; `onStdout` may act on progress (e.g. send SIGTERM). */
export async function runCli(
  cwd: string,
  args: string[],
  opts: { onStdout?: (text: string, child: ReturnType<typeof spawn>) => void; env?: Record<string, string> } = {}
): Promise<CliRun> {
  const cli = await bundledCli()
  const env = { ...process.env, ...opts.env }
  delete env.GITHUB_SHA
  delete env.NODE_OPTIONS
  const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString()
    opts.onStdout?.(stdout, child)
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolvePromise) =>
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }))
  )
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reports are read as plain JSON and checked field by field
export async function readReport(dir: string, name = 'workflow_report_greeter.json'): Promise<any> {
  const report = JSON.parse(await readFile(join(dir, name), 'utf8'))
  assertReportConforms(report, join(dir, name))
  return report
}

/** The example's config with `edit` applied to its text. */
export async function editConfig(dir: string, edit: (text: string) => string): Promise<void> {
  const path = join(dir, 'examples/greeter/spec-to-production.yml')
  await writeFile(path, edit(await readFile(path, 'utf8')))
}

export const EXAMPLE_ARGS = [
  '--spec',
  'examples/greeter/SPEC.md',
  '--component',
  'greeter',
  '--config',
  'examples/greeter/spec-to-production.yml'
]

/**
 * A test command that writes the JUnit report and a full-coverage lcov file it is given, then exits 0, as runners
 * whose exit status ignores failures do (`pytest … || true`, reporters run apart). Refactoring is off: only the
 * testing stage is judged. `testcases` is JavaScript that defines `cases`, the <testcase> elements as strings.
 */
export async function reportingCommand(dir: string, testcases: string): Promise<void> {
  await writeIn(
    dir,
    'write-reports.mjs',
    `import { mkdirSync, writeFileSync } from 'node:fs'
const reports = process.argv[2]
mkdirSync(reports + '/coverage', { recursive: true })
${testcases}
writeFileSync(reports + '/junit.xml', '<?xml version="1.0"?>\\n<testsuites><testsuite name="generated">\\n' + cases.join('\\n') + '\\n</testsuite></testsuites>\\n')
writeFileSync(reports + '/coverage/lcov.info', 'SF:examples/greeter/src/greeter.ts\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n')
console.log('wrote ' + cases.length + ' test cases')
`
  )
  await editConfig(dir, (text) =>
    text
      .replace(/^ {4}command: JEST_JUNIT_OUTPUT_FILE.*$/m, '    command: node write-reports.mjs {reports}')
      .replace(/^ {2}refactoring:\n/m, '  refactoring:\n    enabled: false\n')
  )
}
