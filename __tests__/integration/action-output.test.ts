/**
 * What the run prints and writes, read the way the runner reads it (issue 11): a tool's output can never become a
 * workflow command, and a secret a scan found (printed by the scanner itself) appears in no log, tail, report or file
 * the run writes. The bundled action and the CLI as real processes, the example's real secretlint.
 */
import { jest, afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { ACTION_NODE, bundledAction, bundledCli, editConfig, EXAMPLE_ARGS, exampleRepo, git, readReport, removeDir, runCli, writeIn } from '../helpers/workspace.js'

jest.setTimeout(240_000)

const dirs: string[] = []
async function repo(): Promise<string> {
  const dir = await exampleRepo()
  dirs.push(dir)
  return dir
}

beforeAll(async () => {
  await Promise.all([bundledCli(), bundledAction()])
})

afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

async function runAction(dir: string, inputs: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, 'gh-output'),
    GITHUB_STEP_SUMMARY: join(dir, 'gh-summary'),
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
  }
  await writeFile(env.GITHUB_OUTPUT, '')
  await writeFile(env.GITHUB_STEP_SUMMARY, '')
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const child = spawn(ACTION_NODE, [await bundledAction()], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('close', r))
  return { code, stdout }
}

const INPUTS = { spec: 'examples/greeter/SPEC.md', component: 'greeter', target: 'dev', config: 'examples/greeter/spec-to-production.yml' }

/**
 * The workflow commands the runner would act on in this output: it breaks lines at \n, \r\n and a bare \r, trims
 * leading whitespace (.NET's, with U+0085), takes the legacy `##[name]` anywhere in a line (ActionCommand.TryParse
 * finds it with IndexOf), and honours ::stop-commands::<token> until ::<token>::.
 */
function workflowCommands(output: string): string[] {
  const commands: string[] = []
  let stopped: string | null = null
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^[\s\u0085]+/, '')
    if (stopped !== null) {
      if (line === `::${stopped}::`) stopped = null
      continue
    }
    const m = /^::([A-Za-z0-9_-]+)(?: [^:]*)?::(.*)$/.exec(line) ?? /##\[([A-Za-z0-9_-]+)(?: [^\]]*)?\](.*)$/.exec(raw)
    if (!m) continue
    if (m[1] === 'stop-commands') stopped = m[2]
    else commands.push(line)
  }
  return commands
}

describe('a tool cannot issue workflow commands through the action', () => {
  test('a bare \\r, leading whitespace or a plain :: line in a command output stays text', async () => {
    const dir = await repo()
    const hostile =
      "printf 'x\\r::error::pwned-by-cr\\n'; printf '::warning::pwned-plain\\n'; printf ' \\r\\t::error title=t::pwned-ws\\n'; printf '##[error]pwned-old\\n'; printf '50%% ##[stop-commands]pwned-stop\\n'; exit 1"
    await editConfig(dir, (t) => t.replace(/^ {4}command: JEST_JUNIT_OUTPUT_FILE.*$/m, `    command: ${JSON.stringify(hostile)}`))
    const run = await runAction(dir, INPUTS)
    expect(run.code).toBe(1)
    // The text is in the log...
    for (const word of ['pwned-by-cr', 'pwned-plain', 'pwned-ws', 'pwned-old', 'pwned-stop']) expect(run.stdout).toContain(word)
    // ...and none of it is a command the runner would act on.
    const commands = workflowCommands(run.stdout)
    expect(commands.filter((c) => c.includes('pwned'))).toEqual([])
    // The action's own commands still work: the step failed with its reason.
    expect(commands.some((c) => c.startsWith('::error::spec-to-production failed at testing'))).toBe(true)
  })
})

/** A GitHub token and a private key, put together here so that this file holds neither. */
const TOKEN = ['ghp_', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('')
const KEY_LINES = ['MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6zZ3ZxQ0Y2xVxwv2qa2nq7kLm', 'aB1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZab']
const KEY = ['-----BEGIN RSA ', 'PRIVATE KEY-----\n', KEY_LINES.join('\n'), '\n-----END RSA ', 'PRIVATE KEY-----\n'].join('')
const SECRET_PIECES = [TOKEN, ...KEY_LINES]

/** The scanner prints its JSON (with the files' content) to stdout, and tee keeps the report. */
async function leakyRepo(): Promise<string> {
  const dir = await repo()
  await writeIn(dir, 'examples/greeter/src/leak.ts', `export const token = '${TOKEN}'\n`)
  await writeIn(dir, 'examples/greeter/src/deploy-key.pem', KEY)
  await editConfig(dir, (t) =>
    t.replace(
      /^ {6}command: npx secretlint .*$/m,
      '      command: npx secretlint --secretlintrc examples/greeter/.secretlintrc.json "{path}/**/*" "examples/greeter/service/**/*" "{tests}/**/*" --format json | tee {reports}/secretlint.json'
    )
  )
  return dir
}

/**
 * Every file the run wrote under `dir` (not following links). Left out: the sources holding the secrets, and what the
 * tools themselves wrote in {reports} (the scanner's report, the coverage HTML with the sources in it), which stays
 * on the machine and is not uploaded.
 */
async function writtenFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      const rel = relative(dir, path)
      if (entry.isSymbolicLink() || rel === '.git' || rel.startsWith('examples/')) continue
      if (entry.isDirectory()) await walk(path)
      else if (!/runs\/[^/]+\/reports\//.test(rel)) out.push(path)
    }
  }
  await walk(dir)
  return out
}

async function expectNoSecretIn(dir: string, printed: string): Promise<void> {
  const files = await writtenFiles(dir)
  expect(files.some((f) => f.endsWith('workflow_report_greeter.json'))).toBe(true)
  expect(files.some((f) => /logs\/security-1\.log$/.test(f))).toBe(true)
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    for (const piece of SECRET_PIECES) if (text.includes(piece)) throw new Error(`${relative(dir, file)} holds a secret`)
  }
  for (const piece of SECRET_PIECES) expect(printed).not.toContain(piece)
}

describe('secrets a scan found are masked and redacted everywhere', () => {
  test('the action: masked for the runner, redacted from the log, tails, report, summary, SARIF and logs', async () => {
    const dir = await leakyRepo()
    const run = await runAction(dir, { ...INPUTS, 'upload-artifacts': 'false' })
    expect(run.code).toBe(1)
    const report = await readReport(dir)
    const security = report.stage_results.refactoring.quality_gates.security
    expect(security.passed).toBe(false)
    expect(security.details.secret_count).toBe(2)
    // The runner is told to mask every piece of each secret...
    for (const piece of SECRET_PIECES) expect(run.stdout).toContain(`::add-mask::${piece}`)
    // ...and nothing else the action printed holds one.
    const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')
    await expectNoSecretIn(dir, log)
    // The scanner's output was shown after the scan, redacted; its tail in the report says where a secret was.
    expect(log).toContain('[security] output held back until the scan was read')
    const tail = report.stage_results.refactoring.commands.find((c: { purpose: string }) => c.purpose === 'security').tail
    expect(tail).toContain('***')
    expect(await readFile(join(dir, 'spec-to-production-greeter.sarif'), 'utf8')).toContain('leak.ts')
  })

  test('the CLI: the secret is in no output and no file the run wrote', async () => {
    const dir = await leakyRepo()
    const run = await runCli(dir, [...EXAMPLE_ARGS, '--target', 'dev'])
    expect(run.code).toBe(1)
    expect((await readReport(dir)).stage_results.refactoring.quality_gates.security.details.secret_count).toBe(2)
    await expectNoSecretIn(dir, run.stdout + run.stderr)
  })
})

describe('the SARIF file and the dashboard beside the report are written as the report is', () => {
  test('never over a file git tracks, never through a link a change planted under its name', async () => {
    const dir = await repo()
    const outside = await mkdtemp(join(tmpdir(), 's2p-outside-'))
    dirs.push(outside)
    // A tracked file under the SARIF file's name stays as committed; the run says so and goes on.
    await writeIn(dir, 'spec-to-production-greeter.sarif', 'committed\n')
    await writeIn(dir, 'workflow_dashboard_greeter.html', 'committed\n')
    git(dir, 'add', '-f', 'spec-to-production-greeter.sarif', 'workflow_dashboard_greeter.html')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'a file under the SARIF name')
    const tracked = await runAction(dir, { ...INPUTS, 'upload-artifacts': 'false' })
    expect(tracked.code).toBe(0)
    expect(await readFile(join(dir, 'spec-to-production-greeter.sarif'), 'utf8')).toBe('committed\n')
    expect(tracked.stdout).toMatch(/::warning::the SARIF file path .*spec-to-production-greeter\.sarif is a file git tracks.*the SARIF file was not written/)
    // The dashboard likewise: not written, and no surface names it.
    expect(await readFile(join(dir, 'workflow_dashboard_greeter.html'), 'utf8')).toBe('committed\n')
    expect(tracked.stdout).toMatch(/::warning::the dashboard path .*workflow_dashboard_greeter\.html is a file git tracks.*the dashboard was not written/)
    expect((await readReport(dir)).metrics_dashboard).toBeNull()

    // An untracked link to a file outside the workspace: the link is replaced, the file it led to is untouched.
    git(dir, 'rm', '-q', '--cached', 'spec-to-production-greeter.sarif')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'untrack it')
    await writeFile(join(outside, 'victim'), 'precious\n')
    await rm(join(dir, 'spec-to-production-greeter.sarif'))
    await symlink(join(outside, 'victim'), join(dir, 'spec-to-production-greeter.sarif'))
    const linked = await runAction(dir, { ...INPUTS, 'upload-artifacts': 'false' })
    expect(linked.code).toBe(0)
    expect(await readFile(join(outside, 'victim'), 'utf8')).toBe('precious\n')
    expect((await lstat(join(dir, 'spec-to-production-greeter.sarif'))).isSymbolicLink()).toBe(false)
    expect(JSON.parse(await readFile(join(dir, 'spec-to-production-greeter.sarif'), 'utf8')).version).toBe('2.1.0')
  })
})
