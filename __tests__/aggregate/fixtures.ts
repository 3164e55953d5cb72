/**
 * Leg reports for the aggregate tests. Two reports are REAL: the bundled CLI runs once on the greeter example for a
 * passing run, and once with an untested source file added so that line coverage falls under the dev threshold
 * (testing fails, refactoring is skipped) and a test file whose two tests jest skips (`it.skip`, `describe.skip`).
 * Every other leg is DERIVED from one of those two by rewriting only `component_name`, `target_stage`, the coverage
 * figures, the verdict fields (`success`, `stages_*`, stage `status`/`success`, a gate's `passed`/`errors`/details),
 * a stage left out as disabled, and retries — the rest of each file is what the real run wrote.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EXAMPLE_ARGS, exampleRepo, readReport, removeDir, runCli, writeIn } from '../helpers/workspace.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reports are rewritten as plain JSON
export type Json = any

export interface RealReports {
  passing: Json
  failing: Json
}

/** Forty functions no test calls: 80 uncovered lines against the example's 48 covered ones. */
function untestedSource(): string {
  return Array.from({ length: 40 }, (_, i) => `export function untested${i}(x: number): number {\n  const y = x + ${i}\n  return y * 2\n}\n`).join('\n')
}

/**
 * Two tests jest does not run: jest-junit writes them as skipped. (Not `it.todo`: jest-junit writes a todo as a
 * test case with no child element, which JUnit readers, this one included, count as passed: jest-junit issue #242.)
 */
const PENDING_TESTS = `import { describe, expect, it } from '@jest/globals';

describe('pending', () => {
  it.skip('greets in Klingon', () => {
    throw new Error('not written yet');
  });
});

describe.skip('not yet', () => {
  it('greets in Quenya', () => {
    expect(true).toBe(false);
  });
});
`

/** Runs the real CLI twice (concurrently, in two copies of the example repository). */
export async function realReports(): Promise<RealReports> {
  const [passDir, failDir] = await Promise.all([exampleRepo(), exampleRepo()])
  try {
    await writeIn(failDir, 'examples/greeter/src/untested.ts', untestedSource())
    await writeIn(failDir, 'examples/greeter/tests/pending.test.ts', PENDING_TESTS)
    const [pass, fail] = await Promise.all([
      runCli(passDir, [...EXAMPLE_ARGS, '--target', 'dev']),
      runCli(failDir, [...EXAMPLE_ARGS, '--target', 'dev'])
    ])
    if (pass.code !== 0) throw new Error(`the passing run exited ${pass.code}: ${pass.stdout.slice(-2000)}${pass.stderr.slice(-2000)}`)
    if (fail.code !== 1) throw new Error(`the failing run exited ${fail.code}: ${fail.stdout.slice(-2000)}${fail.stderr.slice(-2000)}`)
    return { passing: await readReport(passDir), failing: await readReport(failDir) }
  } finally {
    await Promise.all([removeDir(passDir), removeDir(failDir)])
  }
}

const clone = (x: Json): Json => structuredClone(x)

/** A passing leg: the real passing report, renamed, with its coverage figure rewritten (still above threshold). */
export function passingLeg(real: RealReports, component: string, coverage: number): Json {
  const r = clone(real.passing)
  r.component_name = component
  const d = r.stage_results.testing.quality_gates.test_coverage.details
  d.coverage = coverage
  d.lines_covered = Math.round((coverage / 100) * d.lines_total)
  r.stage_results.testing.outputs.coverage = coverage
  return r
}

/** A coverage failure: the real failing report (testing failed on coverage), renamed, coverage rewritten (below). */
export function coverageFailureLeg(real: RealReports, component: string, coverage: number): Json {
  const r = clone(real.failing)
  r.component_name = component
  const d = r.stage_results.testing.quality_gates.test_coverage.details
  d.coverage = coverage
  d.lines_covered = Math.round((coverage / 100) * d.lines_total)
  return r
}

/** A lint failure: the real passing report with its refactoring verdict rewritten to a failed linting gate. */
export function lintFailureLeg(real: RealReports, component: string): Json {
  const r = clone(real.passing)
  r.component_name = component
  r.success = false
  r.stages_completed = r.stages_completed.filter((s: string) => s !== 'refactoring')
  r.stages_failed = ['refactoring']
  const stage = r.stage_results.refactoring
  stage.success = false
  stage.status = 'failed'
  stage.error_type = 'threshold_not_met'
  const lint = stage.quality_gates.linting
  lint.passed = false
  lint.details.issue_count = 3
  lint.details.errors = 3
  lint.errors = ['3 lint issues (limit 0)']
  return r
}

/** A leg whose testing stage is disabled in its configuration: the real passing report with testing left out as skipped. */
export function noTestsLeg(real: RealReports, component: string): Json {
  const r = clone(real.passing)
  r.component_name = component
  delete r.stage_results.testing
  r.stages_completed = r.stages_completed.filter((s: string) => s !== 'testing')
  r.stages_skipped = [...r.stages_skipped, 'testing']
  r.skip_reasons = { ...r.skip_reasons, testing: 'disabled in the configuration (stages.testing.enabled: false): not run' }
  return r
}

/** A test failure: the real failing report (testing failed, refactoring skipped) with `failed` of its passing tests rewritten as failed. */
export function testFailureLeg(real: RealReports, component: string, failed: number): Json {
  const r = clone(real.failing)
  r.component_name = component
  const gate = r.stage_results.testing.quality_gates.test_pass_rate
  const d = gate.details
  d.passed -= failed
  d.failed += failed
  d.pass_rate = Math.trunc((d.passed * 10_000) / d.executed) / 100
  gate.passed = false
  gate.errors = [`pass rate ${d.pass_rate}% is below the required 100% (${d.passed} of ${d.executed} executed tests passed: ${d.failed} failed, ${d.errors} errors)`]
  return r
}

export interface LegSet {
  dir: string
  files: string[]
  names: string[]
  failing: string[]
}

/**
 * 50 legs `comp-00`…`comp-49`: every 10th+3 a coverage failure, every 10th+7 a lint failure (10 failing in all),
 * `comp-11` with two retries, the rest passing with coverage between 60% and 100%.
 */
export async function writeFiftyLegs(real: RealReports, dir: string): Promise<LegSet> {
  await mkdir(dir, { recursive: true })
  const files: string[] = []
  const names: string[] = []
  const failing: string[] = []
  for (let i = 0; i < 50; i++) {
    const name = `comp-${String(i).padStart(2, '0')}`
    let report: Json
    if (i % 10 === 3) report = coverageFailureLeg(real, name, 20 + i / 2)
    else if (i % 10 === 7) report = lintFailureLeg(real, name)
    else report = passingLeg(real, name, 60 + ((i * 7) % 41))
    if (i === 11) {
      report.stage_results.testing.retries = 2
      report.stage_results.testing.outputs.attempts = 3
    }
    if (!report.success) failing.push(name)
    // As artifacts download: one folder per leg.
    const file = join(dir, `report-${name}`, `workflow_report_${name}.json`)
    await mkdir(join(dir, `report-${name}`), { recursive: true })
    await writeFile(file, JSON.stringify(report, null, 2))
    files.push(file)
    names.push(name)
  }
  return { dir, files, names, failing }
}
