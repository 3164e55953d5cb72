/**
 * A leg that says it passed: the aggregate derives each leg's verdict from its stages and gates and refuses a report
 * whose fields contradict each other. The honest reports are real (the bundled CLI on a tiny repository, one passing
 * and one whose test fails); each lie is one of them with verdict fields rewritten, as a forged artifact would be.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readLegReports } from '../../src/aggregate/index.js'
import { bundledCli, readReport, removeDir, runCli } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reports are rewritten as plain JSON
type Json = any

let passing: Json
let failing: Json
let root: string
const repos: string[] = []

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 's2p-lying-'))
  const [passDir, failDir] = await Promise.all([tinyRepo(), tinyRepo({ failing: true })])
  repos.push(passDir, failDir)
  const [pass, fail] = await Promise.all([runCli(passDir, TINY_ARGS), runCli(failDir, TINY_ARGS)])
  expect(pass.code).toBe(0)
  expect(fail.code).toBe(1)
  passing = await readReport(passDir, 'workflow_report_tiny.json')
  failing = await readReport(failDir, 'workflow_report_tiny.json')
  expect(failing.stages_failed).toEqual(['testing'])
  expect(failing.stage_results.testing.quality_gates.test_pass_rate.passed).toBe(false)
})

afterAll(async () => {
  await Promise.all(repos.map(removeDir))
  if (root) await rm(root, { recursive: true, force: true })
})

async function writeLeg(name: string, report: Json): Promise<string> {
  const file = join(root, `workflow_report_${name}.json`)
  await writeFile(file, JSON.stringify({ ...report, component_name: name }, null, 2))
  return file
}

/** Each lie: the real failing (or passing) report with fields rewritten; the words the refusal must name. */
const LIES: Array<{ name: string; make: () => Json; names: RegExp }> = [
  {
    name: 'success-flag',
    make: () => ({ ...structuredClone(failing), success: true }),
    names: /success is true but stages_failed lists testing/
  },
  {
    name: 'moved-to-completed',
    make: () => ({ ...structuredClone(failing), success: true, stages_failed: [], stages_completed: ['specification', 'testing'] }),
    names: /stage_results\.testing\.success is false but stages_completed lists testing/
  },
  {
    name: 'stage-flag-too',
    make: () => {
      const r = structuredClone(failing)
      Object.assign(r, { success: true, stages_failed: [], stages_completed: ['specification', 'testing'], stages_skipped: ['refactoring'] })
      Object.assign(r.stage_results.testing, { success: true, status: 'passed', errors: [] })
      return r
    },
    names: /stage_results\.testing\.success is true but stage_results\.testing\.quality_gates\.test_pass_rate\.passed is false/
  },
  {
    name: 'completed-and-failed',
    make: () => ({ ...structuredClone(failing), stages_completed: ['specification', 'testing'] }),
    names: /stage testing is listed in both stages_completed and stages_failed/
  },
  {
    name: 'nothing-ran',
    make: () => ({ ...structuredClone(passing), stage_results: {}, stages_completed: [], stages_skipped: ['specification', 'testing', 'refactoring'] }),
    names: /success is true but no stage ran/
  },
  {
    name: 'stage-left-out',
    make: () => {
      const r = structuredClone(failing)
      delete r.stage_results.testing
      return { ...r, success: true, stages_failed: [], stages_skipped: [] }
    },
    names: /success is true but testing, refactoring \(run for target dev\) is in none of/
  },
  {
    name: 'cancelled',
    make: () => ({ ...structuredClone(passing), cancelled: true }),
    names: /success is true but cancelled is true/
  }
]

describe('a leg that says it passed', () => {
  test('the real reports are read as they are: the passing leg passed, the failing one failed', async () => {
    const files = [await writeLeg('honest-pass', passing), await writeLeg('honest-fail', failing)]
    const result = await readLegReports({ files })
    expect(result.invalid).toEqual([])
    expect(result.legs.map((l) => [l.component, l.report.success])).toEqual([
      ['honest-fail', false],
      ['honest-pass', true]
    ])
  })

  test.each(LIES.map((l) => [l.name, l] as const))('%s: refused, naming the leg and the contradicting fields', async (_name, lie) => {
    const file = await writeLeg(lie.name, lie.make())
    const result = await readLegReports({ files: [file], expected: [lie.name] })
    expect(result.legs).toEqual([])
    expect(result.missing).toEqual([])
    expect(result.invalid).toHaveLength(1)
    expect(result.invalid[0]).toMatchObject({ file, component: lie.name })
    expect(result.invalid[0]!.reason).toContain(`leg "${lie.name}" (target dev) refused`)
    expect(result.invalid[0]!.reason).toMatch(lie.names)
  })

  test('the aggregate command fails on a lying leg next to an honest one, and names it', async () => {
    const files = [await writeLeg('alpha', passing), await writeLeg('beta', LIES[2]!.make())]
    const json = join(root, 'aggregate.json')
    const child = spawn(process.execPath, [await bundledCli(), 'aggregate', ...files, '--expect', 'alpha,beta', '--json', json, '--summary', join(root, 'summary.md')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise<number | null>((r) => child.on('close', r))
    expect(code).toBe(1)
    expect(out).toMatch(/aggregate FAILED: 1 report refused \(fields contradict each other\)/)
    expect(out).toMatch(/refused: .*workflow_report_beta\.json: leg "beta" \(target dev\) refused: .*quality_gates\.test_pass_rate\.passed is false/)
    const verdict = JSON.parse(await readFile(json, 'utf8'))
    expect(verdict).toMatchObject({ success: false, failed_components: ['beta'], missing_components: [] })
    expect(verdict.legs.map((l: Json) => [l.component, l.success])).toEqual([['alpha', true]])
    expect(await readFile(join(root, 'summary.md'), 'utf8')).toContain('### Unreadable or refused reports')
  })
})
