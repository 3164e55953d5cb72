/**
 * The greeter's real deployment kit (examples/greeter/deploy) end to end, in a temporary copy of the repository with
 * the project's node_modules linked in: deploy, health, integration tests with the service's own coverage, a second
 * deploy, rollback, a deploy whose service cannot start (and the rollback after it), and stop.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, readlink, rm, symlink } from 'node:fs/promises'
import { readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkHealth } from '../../src/deploy/health.js'
import { readDeployOutputs } from '../../src/deploy/outputs.js'
import { runCommand } from '../../src/exec/run.js'
import type { CommandResult } from '../../src/exec/types.js'
import { parseJUnitFile } from '../../src/reports/junit.js'
import { parseLcov } from '../../src/reports/coverage-lcov.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const KIT = 'examples/greeter/deploy'
let repo: string
let envDir: string
let outputsCounter = 0

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 's2p-deploy-kit-'))
  await mkdir(join(repo, 'examples'))
  await cp(join(ROOT, 'examples/greeter'), join(repo, 'examples/greeter'), {
    recursive: true,
    filter: (src) => !src.includes('/coverage') && !src.includes('.spec-to-production')
  })
  await cp(join(ROOT, 'package.json'), join(repo, 'package.json'))
  await symlink(join(ROOT, 'node_modules'), join(repo, 'node_modules'))
  envDir = join(repo, '.spec-to-production/deploy/staging')
})

afterAll(async () => {
  if (!repo) return
  await run(`${KIT}/stop.sh staging`).catch(() => undefined)
  for (const pid of processesUnder(repo)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
  await rm(repo, { recursive: true, force: true })
})

function run(command: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return runCommand(command, { cwd: repo, env: { NODE_V8_COVERAGE: '', ...env }, timeoutMs: 120_000, tailBytes: 256 * 1024 })
}

async function deploy(sha: string, env: Record<string, string> = {}): Promise<{ result: CommandResult; outputs: Record<string, string> }> {
  const file = join(repo, `outputs-${++outputsCounter}.txt`)
  const result = await run(`${KIT}/deploy.sh staging ${sha} ${file}`, env)
  return { result, outputs: await readDeployOutputs(file) }
}

async function rollback(): Promise<{ result: CommandResult; outputs: Record<string, string> }> {
  const file = join(repo, `outputs-${++outputsCounter}.txt`)
  const result = await run(`${KIT}/rollback.sh staging ${file}`)
  return { result, outputs: await readDeployOutputs(file) }
}

function healthOf(url: string, version: string) {
  return checkHealth({ url: `${url}/health`, expectedStatus: 200, jsonField: 'version', expectedValue: version, timeoutMs: 5000, intervalMs: 100 })
}

/** DA hit counts of one file of an lcov text. */
function lineHits(lcov: string, file: string): Map<number, number> {
  const hits = new Map<number, number>()
  let current = ''
  for (const line of lcov.split('\n')) {
    if (line.startsWith('SF:')) current = line.slice(3)
    else if (current === file && line.startsWith('DA:')) {
      const [n, count] = line.slice(3).split(',').map(Number)
      hits.set(n, count)
    }
  }
  return hits
}

/** True while the process exists and is not a zombie (an orphan a non-init PID 1 may never reap). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/** Live (not zombie) processes whose command line mentions `dir`. */
function processesUnder(dir: string): number[] {
  const pids: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ')
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
      if (cmdline.includes(dir) && state !== 'Z') pids.push(Number(name))
    } catch {
      // exited meanwhile
    }
  }
  return pids
}

describe('examples/greeter/deploy', () => {
  it('deploys, verifies, rolls back and stops a real service', async () => {
    // 1. Release A.
    const a = await deploy('aaaaaaa')
    expect(a.result.tail).toMatch(/staging release aaaaaaa listening on/)
    expect(a.result.exitCode).toBe(0)
    expect(a.outputs.release).toBe('aaaaaaa')
    expect(a.outputs.previous_release).toBe('')
    expect(a.outputs.environment_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const url = a.outputs.environment_url
    expect(await healthOf(url, 'aaaaaaa')).toMatchObject({ healthy: true, lastStatus: 200, observed: 'aaaaaaa' })
    expect(await readlink(join(envDir, 'current'))).toBe('releases/aaaaaaa')
    const greeting = await (await fetch(`${url}/greet?name=Ada&locale=de`)).json()
    expect(greeting).toEqual({ greeting: 'Hallo, Ada!', locale: 'de' })

    // 2. Integration tests against the deployed service: JUnit, and the service's own coverage as lcov.
    const reports = join(repo, 'reports/integration')
    const integration = await run(`${KIT}/integration.sh staging ${reports}`, { EXPECTED_RELEASE: 'aaaaaaa' })
    expect(integration.tail).toMatch(/v8-to-lcov: .* → /)
    expect(integration.exitCode).toBe(0)
    const junit = await parseJUnitFile(join(reports, 'junit.xml'), { workspace: repo })
    expect(junit.totals.total).toBeGreaterThanOrEqual(20)
    expect(junit.totals.failed + junit.totals.errors).toBe(0)
    const lcov = await parseLcov(await readFile(join(reports, 'lcov.info'), 'utf8'), { file: 'lcov.info', workspace: repo })
    expect(lcov.files.map((f) => f.file).sort()).toEqual([
      'examples/greeter/service/server.mjs',
      'examples/greeter/src/format.ts',
      'examples/greeter/src/greeter.ts'
    ])
    const greeterTs = lcov.files.find((f) => f.file === 'examples/greeter/src/greeter.ts')!
    expect(greeterTs.lines_covered / greeterTs.lines_total).toBeGreaterThan(0.9)
    // Line by line: the rule is "the innermost V8 range holding the line's first significant character".
    const hits = lineHits(await readFile(join(reports, 'lcov.info'), 'utf8'), 'examples/greeter/src/greeter.ts')
    const source = (await readFile(join(repo, 'examples/greeter/src/greeter.ts'), 'utf8')).split('\n')
    const lineOf = (text: string): number => source.findIndex((line) => line.includes(text)) + 1
    expect(hits.get(lineOf("return 'afternoon'"))).toBeGreaterThan(0) // hour=14 is tested
    expect(hits.get(lineOf("'at least one name is required'"))).toBe(0) // the service never passes an empty list
    expect(hits.has(lineOf('locale?: Locale;'))).toBe(false) // types are not code
    expect(hits.has(lineOf('* Greets one person or several.'))).toBe(false) // nor comments
    // Not everything: error paths of the service (EADDRINUSE, a 500) are not exercised.
    expect(lcov.lines_covered).toBeLessThan(lcov.lines_total)
    expect(lcov.percent).toBeGreaterThan(70)

    // 3. Release B: same URL (the port is kept), previous → A.
    const b = await deploy('bbbbbbb')
    expect(b.result.exitCode).toBe(0)
    expect(b.outputs).toMatchObject({ environment_url: url, release: 'bbbbbbb', previous_release: 'aaaaaaa' })
    expect(await healthOf(url, 'bbbbbbb')).toMatchObject({ healthy: true })
    expect(await readlink(join(envDir, 'previous'))).toBe('releases/aaaaaaa')

    // 4. Rollback: current → A, the service answers healthy with version A.
    const back = await rollback()
    expect(back.result.exitCode).toBe(0)
    expect(back.outputs).toMatchObject({ environment_url: url, release: 'aaaaaaa', rolled_back_from: 'bbbbbbb' })
    expect(await readlink(join(envDir, 'current'))).toBe('releases/aaaaaaa')
    expect(await healthOf(back.outputs.environment_url, 'aaaaaaa')).toMatchObject({ healthy: true, observed: 'aaaaaaa' })

    // A second rollback has nothing older to go to: A stays live, untouched.
    const pidBefore = JSON.parse(await readFile(join(envDir, 'service.json'), 'utf8')).pid
    const again = await rollback()
    expect(again.result.exitCode).toBe(0)
    expect(again.result.tail).toMatch(/no previous release: aaaaaaa stays live/)
    expect(again.outputs).toMatchObject({ release: 'aaaaaaa', rolled_back_from: '' })
    expect(JSON.parse(await readFile(join(envDir, 'service.json'), 'utf8')).pid).toBe(pidBefore)

    // 5. A release whose service cannot start (an impossible port): the deploy fails after switching; rollback
    //    returns to A.
    const broken = await deploy('ccccccc', { DEPLOY_PORT: '99999' })
    expect(broken.result.exitCode).not.toBe(0)
    expect(broken.result.tail).toMatch(/PORT must be an integer 0-65535[\s\S]*the service exited before listening/)
    expect(broken.outputs.environment_url).toBeUndefined()
    expect(await readlink(join(envDir, 'current'))).toBe('releases/ccccccc')
    const recovered = await rollback()
    expect(recovered.result.exitCode).toBe(0)
    expect(recovered.outputs).toMatchObject({ release: 'aaaaaaa', rolled_back_from: 'ccccccc' })
    expect(await readlink(join(envDir, 'current'))).toBe('releases/aaaaaaa')
    expect(await healthOf(recovered.outputs.environment_url, 'aaaaaaa')).toMatchObject({ healthy: true })

    // 6. Stop: no process of this repository is left.
    const pid = JSON.parse(await readFile(join(envDir, 'service.json'), 'utf8')).pid as number
    const stop = await run(`${KIT}/stop.sh staging`)
    expect(stop.exitCode).toBe(0)
    expect(processesUnder(repo)).toEqual([])
    expect(alive(pid)).toBe(false)
    expect((await checkHealth({ url: `${url}/health`, expectedStatus: 200, timeoutMs: 300, intervalMs: 100 })).healthy).toBe(false)

    const history = await readFile(join(envDir, 'history.log'), 'utf8')
    expect(history.trim().split('\n').map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'deploy aaaaaaa (was none)',
      'deploy bbbbbbb (was aaaaaaa)',
      'rollback bbbbbbb -> aaaaaaa',
      'rollback: nothing to roll back to; aaaaaaa live',
      'deploy ccccccc (was aaaaaaa)',
      'rollback ccccccc -> aaaaaaa',
      'stop'
    ])
  }, 240_000)

  it('refuses names that are not one safe path segment, and a rollback with nothing deployed', async () => {
    const badSha = await run(`${KIT}/deploy.sh staging ../../etc /dev/null`)
    expect(badSha.exitCode).toBe(1)
    expect(badSha.tail).toMatch(/sha must be 1-100 of/)
    const badEnv = await run(`${KIT}/deploy.sh 'a b' abc /dev/null`)
    expect(badEnv.exitCode).toBe(1)
    expect(badEnv.tail).toMatch(/environment must be/)
    const nothing = await run(`${KIT}/rollback.sh review`)
    expect(nothing.exitCode).toBe(1)
    expect(nothing.tail).toMatch(/nothing to roll back to/)
    const stopNothing = await run(`${KIT}/stop.sh review`)
    expect(stopNothing.exitCode).toBe(0)
  })
})
