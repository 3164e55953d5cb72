/**
 * The aggregate over 50 leg reports made from real runs of the CLI on the greeter example (see fixtures.ts: two real
 * reports, the other legs derived from them by rewriting names, coverage and verdict fields), plus hostile, missing
 * and unreadable inputs, 500 legs, and the `aggregate` command itself.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  aggregateJson,
  aggregateSummary,
  aggregateVerdict,
  collectReportFiles,
  expectedLegsFromMatrix,
  readLegReports,
  renderCombinedDashboard,
  SUMMARY_MAX_BYTES,
  verdictSentence,
  type AggregateInput
} from '../../src/aggregate/index.js'
import { CSP } from '../../src/observability/dashboard.js'
import { aggregateCommand } from '../../src/cli/aggregate.js'
import { coverageFailureLeg, noTestsLeg, passingLeg, realReports, testFailureLeg, writeFiftyLegs, type Json, type LegSet, type RealReports } from './fixtures.js'

const MiB = 1024 * 1024
const bytes = (s: string) => Buffer.byteLength(s, 'utf8')
const HOSTILE = '<img src=x onerror=alert(1)>|`rm -rf`|'

let real: RealReports
let root: string
let fifty: LegSet

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 's2p-aggregate-'))
  real = await realReports()
  fifty = await writeFiftyLegs(real, join(root, 'artifacts'))
}, 120_000)

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

/** The lines of a summary's `### heading` section. */
function section(summary: string, heading: string): string[] {
  const lines = summary.split('\n')
  const start = lines.indexOf(`### ${heading}`)
  if (start < 0) return []
  const end = lines.findIndex((l, i) => i > start && l.startsWith('### '))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

/** Rows of the Components table (lines starting with `| ` after the header and separator). */
function tableRows(summary: string): string[] {
  return section(summary, 'Components').filter((l) => l.startsWith('| ') && !l.startsWith('| | Component'))
}

/** Rows of the Tests table: the totals, then one per leg and suite. */
function testsRows(summary: string): string[] {
  return section(summary, 'Tests').filter((l) => l.startsWith('| ') && !l.startsWith('| Component |'))
}

/** Unescaped pipes in a line: the escaping must keep every row at the header's column count. */
const pipes = (line: string) => line.split('|').length - 1

async function writeLegs(dir: string, reports: Json[]): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  return Promise.all(
    reports.map(async (r, i) => {
      const file = join(dir, `leg-${i}.json`)
      await writeFile(file, JSON.stringify(r))
      return file
    })
  )
}

describe('50 legs from real reports', () => {
  test('the real runs are what the legs are derived from', () => {
    expect(real.passing).toMatchObject({ schema_version: 1, success: true, component_name: 'greeter', target_stage: 'dev' })
    expect(real.failing).toMatchObject({ success: false, stages_failed: ['testing'], stages_skipped: ['refactoring'] })
    const gate = real.failing.stage_results.testing.quality_gates.test_coverage
    expect(gate.passed).toBe(false)
    expect(gate.details.coverage).toBeLessThan(gate.details.threshold)
    // jest ran the greeter's tests; in the failing run it also skipped two (it.skip, describe.skip).
    const passed = real.passing.stage_results.testing.quality_gates.test_pass_rate.details
    expect(passed).toMatchObject({ failed: 0, errors: 0, skipped: 0 })
    expect(passed.passed).toBe(passed.total)
    const failing = real.failing.stage_results.testing.quality_gates.test_pass_rate.details
    expect(failing).toMatchObject({ total: passed.total + 2, passed: passed.passed, failed: 0, errors: 0, skipped: 2, executed: passed.total })
  })

  test('every leg is read; the verdict fails naming the 10 failing components', async () => {
    const files = await collectReportFiles([fifty.dir])
    expect(files).toHaveLength(50)
    const result = await readLegReports({ files, expected: fifty.names })
    expect(result.legs).toHaveLength(50)
    expect(result.missing).toEqual([])
    expect(result.invalid).toEqual([])
    expect(result.legs.map((l) => l.component)).toEqual(fifty.names)
    expect(aggregateVerdict(result)).toEqual({ success: false, failed: fifty.failing, missing: [] })
    expect(fifty.failing).toHaveLength(10)
    // Heavy parts are not kept; their count is.
    expect(result.legs[0].report.stage_results.testing?.commands).toEqual([])
  })

  test('only passing legs: success', async () => {
    const files = fifty.files.filter((_, i) => !fifty.failing.includes(fifty.names[i]))
    const result = await readLegReports({ files, expected: fifty.names.filter((n) => !fifty.failing.includes(n)) })
    expect(aggregateVerdict(result)).toEqual({ success: true, failed: [], missing: [] })
    expect(aggregateSummary(result)).toMatch(/^## ✅ spec-to-production aggregate: passed — all 40 legs passed/)
    // Every leg's own surfaces call its pass ⚠ (no vulnerability scan measured): the aggregate's say so too.
    expect(aggregateSummary(result)).toContain('all 40 legs passed, 40 of them not cleanly (⚠️ not everything measured or checked:')
    const html = renderCombinedDashboard(result, 0)
    expect(html).not.toContain('✓ passed</span>')
    expect(html.match(/⚠ passed<\/span>/g)).toHaveLength(40)
    expect(html).toContain('<p class="why">⚠ not everything measured: security</p>')
  })

  test('the summary: under 1 MiB, failing legs first, stages, coverage against threshold, first failure', async () => {
    const result = await readLegReports({ files: fifty.files, expected: fifty.names })
    const summary = aggregateSummary(result)
    expect(bytes(summary)).toBeLessThan(MiB)
    expect(summary).toMatch(/^## ❌ spec-to-production aggregate: failed — 10 of 50 legs failed/)
    expect(summary).toContain('| | Component | Target | Spec | Tests | Refactoring | Coverage | Time | Retries | First failure |')
    const rows = tableRows(summary)
    expect(rows).toHaveLength(50)
    const names = rows.map((r) => r.split(' | ')[1])
    expect(names.slice(0, 10)).toEqual(fifty.failing)
    expect(names.slice(10)).toEqual(fifty.names.filter((n) => !fifty.failing.includes(n)))
    const coverageRow = rows.find((r) => r.includes('| comp-03 |'))!
    expect(coverageRow).toMatch(/^\| ❌ \| comp-03 \| dev \| ✅ \| ❌ \| – \| ❌ 21\.5% &lt; 50% \| [\d.]+ s \| 0 \| testing failed: coverage 21\.5% &lt; 50% \|$/)
    const lintRow = rows.find((r) => r.includes('| comp-07 |'))!
    expect(lintRow).toMatch(/\| ✅ \| ✅ \| ❌ \| \d+% ≥ 50% \| .* \| refactoring failed: 3 lint issues &gt; 0 allowed \|$/)
    // Its leg's own surfaces call its pass ⚠ (no vulnerability scan measured): so does the aggregate, with the reason.
    expect(rows.find((r) => r.includes('| comp-11 |'))).toMatch(/^\| ⚠️ \| comp-11 \| .*\| 2 \| ⚠️ passed, ⚠ not everything measured: security \|$/)
    expect(rows.every((r) => pipes(r) === pipes(rows[0]))).toBe(true)
  })

  test('one missing leg: the verdict fails and the summary says so first, clearly', async () => {
    const files = fifty.files.filter((f) => !f.includes('comp-42'))
    const result = await readLegReports({ files, expected: fifty.names })
    expect(result.missing).toEqual(['comp-42'])
    const verdict = aggregateVerdict(result)
    expect(verdict.success).toBe(false)
    expect(verdict.missing).toEqual(['comp-42'])
    const summary = aggregateSummary(result)
    const lines = summary.split('\n')
    expect(lines[0]).toContain('1 component without a report')
    const missingAt = lines.findIndex((l) => l.includes('no report from comp-42'))
    expect(lines[missingAt]).toBe('- ❌ **no report from comp-42** — the leg crashed or uploaded nothing')
    expect(missingAt).toBeLessThan(lines.findIndex((l) => l.startsWith('| | Component')))
    expect(tableRows(summary)[0]).toMatch(/^\| ❓ \| comp-42 \|.*missing: no report \|$/)
    // Absence alone fails: the same legs without the failing ones, one missing.
    const passingOnly = await readLegReports({ files: files.filter((f) => !fifty.failing.some((n) => f.includes(n))), expected: ['comp-00', 'comp-42'] })
    expect(aggregateVerdict(passingOnly)).toEqual({ success: false, failed: [], missing: ['comp-42'] })
  })

  test('no report at all is not success', async () => {
    expect(aggregateVerdict(await readLegReports({ files: [] })).success).toBe(false)
  })
})

describe('unreadable and hostile reports', () => {
  test('each unreadable file is reported with its reason, and fails the verdict', async () => {
    const dir = join(root, 'invalid')
    await mkdir(join(dir, 'a-folder'), { recursive: true })
    const write = async (name: string, text: string) => {
      await writeFile(join(dir, name), text)
      return join(dir, name)
    }
    const schema2 = { ...real.passing, schema_version: 2 }
    const badTarget = { ...real.passing, target_stage: 'moon' }
    const files = [
      await write('truncated.json', JSON.stringify(real.passing).slice(0, 500)),
      await write('array.json', '[1,2,3]'),
      // Not JSON, with a terminal escape beside the fault: V8's message would quote it into the aggregate's warnings.
      await write('escape.json', '{"success": \u001b]8;;https://evil.example\u0007true}'),
      await write('other.json', '{"name":"some-package","version":"1.0.0"}'),
      await write('schema2.json', JSON.stringify(schema2)),
      await write('target.json', JSON.stringify(badTarget)),
      await write('big.json', ''),
      join(dir, 'a-folder'),
      join(dir, 'absent.json'),
      fifty.files[0]
    ]
    await truncate(join(dir, 'big.json'), 51 * MiB)
    const result = await readLegReports({ files, expected: ['comp-00'] })
    expect(result.legs.map((l) => l.component)).toEqual(['comp-00'])
    const reasons = Object.fromEntries(result.invalid.map((i) => [i.file.slice(dir.length + 1), i.reason]))
    expect(reasons).toEqual({
      'truncated.json': 'not JSON: unexpected end of input at line 1, column 501',
      'escape.json': 'not JSON: unexpected character at line 1, column 13',
      'array.json': 'not a report: the file holds an array, not a JSON object',
      'other.json': 'not a spec-to-production report: no schema_version and no component_name',
      'schema2.json': 'schema_version 2 is not supported (expected 1)',
      'target.json': 'target_stage "moon" is not one of dev, staging, production',
      'big.json': '51.0 MB, over the 50 MB limit for a report',
      'a-folder': 'not a regular file',
      'absent.json': expect.stringMatching(/^cannot be read: ENOENT/)
    })
    expect(aggregateVerdict(result)).toEqual({ success: false, failed: [], missing: [] })
    const summary = aggregateSummary(result)
    expect(summary).toContain('9 unreadable reports')
    expect(summary).toContain('### Unreadable or refused reports')
    expect(summary).toContain('- ❌ invalid/schema2.json: schema\\_version 2 is not supported (expected 1)')
  })

  test('__proto__ keys in a report pollute nothing and a wrongly typed field makes it invalid, not a crash', async () => {
    const text = JSON.stringify(passingLeg(real, 'proto', 90)).replace(
      '"stage_results":{',
      '"__proto__":{"polluted":true,"success":true},"stage_results":{"__proto__":{"polluted":true},"constructor":{"status":"failed"},'
    )
    const hostile = { ...passingLeg(real, 'typed', 90), stages_failed: 'testing' }
    const weird = passingLeg(real, 'weird', 90)
    weird.stage_results.testing.quality_gates.test_coverage.details = 'not an object'
    weird.stage_results.refactoring.quality_gates = [1, 2]
    weird.stage_results.testing.warnings = [{ toString: 1 }, 'real warning']
    const dir = join(root, 'proto')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'proto.json'), text)
    await writeFile(join(dir, 'typed.json'), JSON.stringify(hostile))
    await writeFile(join(dir, 'weird.json'), JSON.stringify(weird))
    const result = await readLegReports({ files: ['proto.json', 'typed.json', 'weird.json'].map((f) => join(dir, f)) })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.invalid).toEqual([{ file: join(dir, 'typed.json'), reason: 'stages_failed is not an array' }])
    const proto = result.legs.find((l) => l.component === 'proto')!
    expect(Object.getPrototypeOf(proto.report)).toBe(Object.prototype)
    expect((proto.report as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(proto.report.stage_results)).toEqual(['specification', 'testing', 'refactoring'])
    const weirdLeg = result.legs.find((l) => l.component === 'weird')!
    expect(weirdLeg.report.stage_results.testing?.warnings).toEqual(['real warning'])
    expect(aggregateJson(result).legs.find((l) => l.component === 'weird')).toMatchObject({ success: true, coverage: null })
    expect(() => aggregateSummary(result)).not.toThrow()
    expect(() => renderCombinedDashboard(result, 0)).not.toThrow()
  })

  test('a matrix of two targets (or two systems) with one leg reported: the other leg is missing, the aggregate fails', async () => {
    const files = await writeLegs(join(root, 'one-of-two'), [passingLeg(real, 'shared', 90)])
    // {component: [shared], target: [dev, production]}: the production leg crashed before uploading its report.
    const byTarget = await readLegReports({ files, expected: expectedLegsFromMatrix({ component: ['shared'], target: ['dev', 'production'] }) })
    expect(byTarget.missing).toEqual(['shared → production'])
    expect(aggregateVerdict(byTarget)).toEqual({ success: false, failed: [], missing: ['shared'] })
    expect(verdictSentence(byTarget)).toBe('a promised leg without a report: shared → production')
    expect(tableRows(aggregateSummary(byTarget))[0]).toContain('shared → production')
    // Excluded, the production leg is not promised.
    const excluded = await readLegReports({ files, expected: expectedLegsFromMatrix({ component: ['shared'], target: ['dev', 'production'], exclude: [{ target: 'production' }] }) })
    expect(aggregateVerdict(excluded).success).toBe(true)
    // Two legs of one component on two systems (an include list, or a dimension the include extends): two reports owed.
    for (const matrix of [{ include: [{ component: 'shared', os: 'ubuntu' }, { component: 'shared', os: 'windows' }] }, { os: ['ubuntu', 'windows'], include: [{ component: 'shared' }] }]) {
      const bySystem = await readLegReports({ files, expected: expectedLegsFromMatrix(matrix) })
      expect([bySystem.missing, aggregateVerdict(bySystem).success]).toEqual([['shared (one more leg)'], false])
    }
    // Names given as text promise one leg each, however often repeated.
    expect(aggregateVerdict(await readLegReports({ files, expected: ['shared', 'shared'] })).success).toBe(true)
  })

  test('two reports of one component (matrix legs of different targets) are both kept', async () => {
    const staging = passingLeg(real, 'shared', 80)
    staging.target_stage = 'staging'
    // A staging leg accounts for its deployment stage (here: disabled), or it is refused as contradicting itself.
    staging.stages_skipped = ['staging_deployment']
    staging.skip_reasons = { staging_deployment: 'disabled in the configuration (stages.staging_deployment.enabled: false): not run' }
    const files = await writeLegs(join(root, 'targets'), [passingLeg(real, 'shared', 90), staging])
    const result = await readLegReports({ files, expected: ['shared'] })
    expect(result.legs.map((l) => [l.component, l.target])).toEqual([
      ['shared', 'dev'],
      ['shared', 'staging']
    ])
    expect(result.missing).toEqual([])
    expect(tableRows(aggregateSummary(result))).toHaveLength(2)
  })

  test('hostile names, errors and paths are escaped in the summary and the dashboard', async () => {
    const bad = coverageFailureLeg(real, `${HOSTILE}\nnext line`, 10)
    bad.stage_results.testing.quality_gates.test_coverage.details.coverage = 'x'
    bad.stage_results.testing.quality_gates.test_coverage.errors = [`${HOSTILE} <script>alert(2)</script>`]
    const files = await writeLegs(join(root, 'hostile'), [bad, passingLeg(real, 'fine', 90)])
    await writeFile(join(root, 'hostile', '<b>|`x`.json'), '{')
    const result = await readLegReports({ files: [...files, join(root, 'hostile', '<b>|`x`.json')], expected: [`missing ${HOSTILE}`] })
    const summary = aggregateSummary(result)
    for (const raw of ['<img', '<script', '<b>', '`']) expect(summary).not.toContain(raw)
    expect(summary).toContain('&lt;img src=x onerror=alert(1)&gt;&#124;&#96;rm -rf&#96;&#124; next line')
    expect(summary).toContain('testing failed: test\\_coverage: &lt;img')
    const rows = tableRows(summary)
    expect(rows).toHaveLength(3)
    expect(rows.every((r) => pipes(r) === pipes(rows[0]))).toBe(true)
    const html = renderCombinedDashboard(result, Date.parse('2025-10-20T12:00:00Z'))
    expect(html).not.toMatch(/<img|<script|<b>/)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;|`rm -rf`|')
  })
})

describe('the Tests table', () => {
  /** The testing suite's counts as a leg's report file holds them. */
  const counts = (r: Json) => r.stage_results.testing.quality_gates.test_pass_rate.details

  test('per leg and in total, the counts of the legs’ reports; no tests says so; skipped never counts as passed', async () => {
    const pass = passingLeg(real, 'alpha', 90)
    const skips = coverageFailureLeg(real, 'bravo', 30) // the real run with two skipped tests
    const fails = testFailureLeg(real, 'charlie', 3)
    const none = noTestsLeg(real, 'delta')
    const hostile = passingLeg(real, '<script>alert(1)</script>|x', 90)
    // A second suite whose name is markup, counted like the main one.
    hostile.stage_results.testing.quality_gates['<img src=x onerror=alert(2)>_test_pass_rate'] = {
      ...structuredClone(hostile.stage_results.testing.quality_gates.test_pass_rate),
      gate_name: '<img src=x onerror=alert(2)>_test_pass_rate'
    }
    const files = await writeLegs(join(root, 'tests-table'), [pass, skips, fails, none, hostile])
    const result = await readLegReports({ files })
    expect(result.invalid).toEqual([])
    const summary = aggregateSummary(result)
    for (const raw of ['<script', '<img']) expect(summary).not.toContain(raw)
    const rows = testsRows(summary)
    const head = section(summary, 'Tests')
    expect(head).toContain('| Component | Target | Suite | Ran | Passed | Failed | Errors | Skipped | Pass rate |')
    expect(rows.every((r) => pipes(r) === 10)).toBe(true)

    const [p, b, c] = [counts(pass), counts(skips), counts(fails)]
    const row = (name: string, suite = 'testing') => rows.find((r) => r.startsWith(`| ${name} | dev | ${suite} |`))
    expect(row('alpha')).toBe(`| alpha | dev | testing | ${p.total} | ${p.total} | 0 | 0 | 0 | 100% |`)
    // Two skipped: they are not among the tests that ran, and the rate is of those that ran.
    expect(b.skipped).toBe(2)
    expect(row('bravo')).toBe(`| bravo | dev | testing | ${b.total - 2} | ${b.passed} | 0 | 0 | 2 | 100% |`)
    const rate = Math.trunc(((c.total - 2 - 3) * 10_000) / (c.total - 2)) / 100
    expect(row('charlie')).toBe(`| charlie | dev | testing | ${c.total - 2} | ${c.total - 2 - 3} | 3 | 0 | 2 | ${rate.toFixed(2).replace(/0$/, '')}% |`)
    expect(rows).toContain('| delta | dev | — | — | — | — | — | — | no tests: testing not run |')
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&#124;x'
    expect(row(escaped)).toBe(`| ${escaped} | dev | testing | ${p.total} | ${p.total} | 0 | 0 | 0 | 100% |`)
    expect(row(escaped, '&lt;img src=x onerror=alert(2)&gt;\\_tests')).toBe(`| ${escaped} | dev | &lt;img src=x onerror=alert(2)&gt;\\_tests | ${p.total} | ${p.total} | 0 | 0 | 0 | 100% |`)

    // Totals: the sums of the legs' own counts, per suite; the leg without tests adds nothing.
    const legs = [p, b, c, p]
    const sum = (k: string) => legs.reduce((n, d) => n + d[k], 0)
    const ran = sum('total') - sum('skipped')
    const totalRate = Math.trunc((sum('passed') * 10_000) / ran) / 100
    expect(rows[0]).toBe(`| **total** · 4 legs | | testing | ${ran} | ${sum('passed')} | 3 | 0 | 4 | ${totalRate.toFixed(2).replace(/0$/, '')}% |`)
    expect(rows[1]).toBe(`| **total** · 1 leg | | &lt;img src=x onerror=alert(2)&gt;\\_tests | ${p.total} | ${p.total} | 0 | 0 | 0 | 100% |`)
    // Failing legs first, as in the Components table.
    expect(rows.slice(2).map((r) => r.split(' | ')[0].slice(2))).toEqual(['bravo', 'charlie', escaped, escaped, 'alpha', 'delta'])

    // The combined JSON says the same.
    const json = aggregateJson(result)
    const leg = (name: string) => json.legs.find((l) => l.component === name)!
    expect(leg('bravo')).toMatchObject({ tests: [{ suite: 'testing', total: b.total, passed: b.passed, failed: 0, errors: 0, skipped: 2, executed: b.total - 2, pass_rate: 100, counts_add_up: true }], no_tests: null })
    expect(leg('charlie').tests[0]).toMatchObject({ failed: 3, executed: c.total - 2, pass_rate: rate })
    expect(leg('delta')).toMatchObject({ tests: [], no_tests: 'testing not run' })
    expect(leg('<script>alert(1)</script>|x').tests.map((t) => t.suite)).toEqual(['testing', '<img src=x onerror=alert(2)>_tests'])
    expect(json.tests_totals[0]).toEqual({ suite: 'testing', legs: 4, total: sum('total'), passed: sum('passed'), failed: 3, errors: 0, skipped: 4, executed: ran, pass_rate: totalRate, left_out: 0 })

    // The combined dashboard: the same counts on each leg's card and in the overview, names escaped.
    const html = renderCombinedDashboard(result, 0)
    for (const raw of ['<script>alert', '<img src=x']) expect(html).not.toContain(raw)
    expect(html).toContain(`<div class="k">Tests passed</div><span class="big c-failure">${sum('passed')} of ${ran}</span>`)
    expect(html).toContain(`testing: ${b.passed} of ${b.total - 2} ran passed (100%) · 2 skipped`)
    expect(html).toContain(`testing: ${c.total - 5} of ${c.total - 2} ran passed (${rate.toFixed(2).replace(/0$/, '')}%) · 3 failed · 2 skipped`)
    expect(html).toContain('no tests: testing not run')
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;_tests: ')
  })

  test('0 of 0 is never 100%: a report without test cases, all tests skipped, counts that do not add up', async () => {
    const empty = testFailureLeg(real, 'empty', 0)
    Object.assign(counts(empty), { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, executed: 0, pass_rate: 0 })
    const skipped = testFailureLeg(real, 'all-skipped', 0)
    Object.assign(counts(skipped), { total: 5, passed: 0, failed: 0, errors: 0, skipped: 5, executed: 0, pass_rate: 0 })
    // A report counting its skipped tests as passed too: shown as it is, flagged, and left out of the totals.
    const lying = passingLeg(real, 'lying', 90)
    counts(lying).skipped = 3
    const files = await writeLegs(join(root, 'tests-none'), [empty, skipped, lying, noTestsLeg(real, 'none-0'), noTestsLeg(real, 'none-1')])
    const result = await readLegReports({ files })
    const rows = testsRows(aggregateSummary(result))
    expect(rows).not.toContainEqual(expect.stringMatching(/100%/))
    expect(rows).toContain('| empty | dev | testing | 0 | 0 | 0 | 0 | 0 | no tests: the test report holds no test case |')
    expect(rows).toContain('| all-skipped | dev | testing | 0 | 0 | 0 | 0 | 5 | — none ran (all 5 skipped) |')
    const l = counts(lying)
    expect(rows).toContain(`| lying | dev | testing | — | ${l.passed} | 0 | 0 | 3 | ⚠️ counts do not add up (passed + failed + errors + skipped ≠ total) |`)
    expect(rows).toContain('| none-0 | dev | — | — | — | — | — | — | no tests: testing not run |')
    expect(rows[0]).toBe('| **total** · 2 legs (1 left out: counts do not add up) | | testing | 0 | 0 | 0 | 0 | 5 | — none ran (all 5 skipped) |')
    const json = aggregateJson(result)
    expect(json.legs.find((x) => x.component === 'empty')!.tests[0]).toMatchObject({ total: 0, executed: 0, pass_rate: null })
    expect(json.legs.find((x) => x.component === 'lying')!.tests[0]).toMatchObject({ executed: null, pass_rate: null, counts_add_up: false })
    expect(json.tests_totals).toEqual([{ suite: 'testing', legs: 2, total: 5, passed: 0, failed: 0, errors: 0, skipped: 5, executed: 0, pass_rate: null, left_out: 1 }])
    const html = renderCombinedDashboard(result, 0)
    // (The legs' failure messages, taken from a real failing run, may quote a rate: only the test lines are checked.)
    expect((html.match(/<div class="meta">testing:[^<]*/g) ?? []).join('\n')).not.toContain('100%')
    expect(html).toContain('testing: no tests (the report holds no test case)')
    expect(html).toContain('testing: none ran (all 5 skipped)')
    expect(html).toContain('testing: counts do not add up (passed + failed + errors + skipped ≠ total)')
    expect(html).toContain('<div class="k">Tests passed</div><span class="big">—</span>')
  })

  test('no legs with tests at all: the totals say none ran, never 100%', async () => {
    const result = await readLegReports({ files: await writeLegs(join(root, 'tests-nowhere'), [noTestsLeg(real, 'only')]) })
    expect(testsRows(aggregateSummary(result))).toEqual(['| only | dev | — | — | — | — | — | — | no tests: testing not run |'])
    expect(aggregateJson(result).tests_totals).toEqual([])
  })
})

/** 500 legs, names far over any limit, errors full of markup. */
function fiveHundredReports(longNames: boolean): Json[] {
  return Array.from({ length: 500 }, (_, i) => {
    const name = longNames ? `${HOSTILE}${'ŝ'.repeat(20_000)}-${i}` : `component-${String(i).padStart(3, '0')}`
    const r = i % 4 === 0 ? coverageFailureLeg(real, name, 30) : passingLeg(real, name, 75)
    if (longNames && i % 4 === 0) r.stage_results.testing.quality_gates.test_coverage.details.coverage = null
    if (longNames && i % 4 === 0) r.stage_results.testing.quality_gates.test_coverage.errors = [`${HOSTILE.repeat(200)}`]
    return r
  })
}

describe('500 legs', () => {
  let dir: string
  async function read(longNames: boolean, missing = 0): Promise<AggregateInput> {
    const raw = fiveHundredReports(longNames)
    const files = await writeLegs(join(dir, longNames ? 'long' : 'plain'), raw)
    const expected = raw.map((r: Json) => r.component_name as string)
    for (let i = 0; i < missing; i++) expected.push(longNames ? `${HOSTILE}${'m'.repeat(5000)}${i}` : `missing-${i}`)
    return readLegReports({ files, expected })
  }
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 's2p-aggregate-500-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('plain names: every row fits, read and render are quick', async () => {
    const t0 = performance.now()
    const result = await read(false)
    const summary = aggregateSummary(result)
    const html = renderCombinedDashboard(result, 0)
    const ms = performance.now() - t0
    expect(result.legs).toHaveLength(500)
    expect(tableRows(summary)).toHaveLength(500)
    // The Tests table: the totals, then every leg.
    expect(testsRows(summary)).toHaveLength(501)
    expect(summary).not.toContain('not shown')
    expect(bytes(summary)).toBeLessThan(SUMMARY_MAX_BYTES)
    expect(bytes(html)).toBeLessThan(1.5 * MiB)
    expect(html.match(/<article class="leg /g)).toHaveLength(500)
    expect(ms).toBeLessThan(10_000)
  })

  test('absurdly long hostile names: under the limit, with a line saying how many rows were cut', async () => {
    const result = await read(true, 300)
    const summary = aggregateSummary(result)
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(summary).not.toMatch(/<img|`/)
    const rows = tableRows(summary)
    expect(rows.every((r) => pipes(r) === pipes(rows[0]))).toBe(true)
    const cut = /_… (?:(\d+) missing component\(s\), )?(?:(\d+) table row\(s\)(?:, | ))?(?:(\d+) row\(s\) of the Tests table )?not shown: the summary is limited to ([\d,]+) bytes/.exec(summary)
    if (cut) {
      expect(rows.length + Number(cut[2] ?? 0)).toBe(800)
      // The Tests table comes last, so it is cut first: the totals and the 500 legs, shown or counted as cut.
      expect(testsRows(summary).length + Number(cut[3] ?? 0)).toBe(501)
    } else {
      expect(rows).toHaveLength(800)
      expect(testsRows(summary)).toHaveLength(501)
    }
    // Missing components come first, then failing legs.
    expect(rows[0]).toMatch(/^\| ❓ /)
    expect(rows[300]).toMatch(/^\| ❌ /)
    const html = renderCombinedDashboard(result, 0)
    expect(bytes(html)).toBeLessThan(3 * MiB)
    expect(html).not.toMatch(/<img/)
  })

  test('a smaller limit cuts the passing rows first and says how many', async () => {
    const result = await read(false, 2)
    const summary = aggregateSummary(result, { maxBytes: 20_000 })
    expect(bytes(summary)).toBeLessThanOrEqual(20_000)
    const rows = tableRows(summary)
    const cut = Number(/_… (\d+) table row\(s\), 501 row\(s\) of the Tests table not shown: the summary is limited to 20,000 bytes/.exec(summary)?.[1])
    expect(testsRows(summary)).toEqual([])
    expect(rows.length + cut).toBe(502)
    expect(rows.slice(0, 2).every((r) => r.startsWith('| ❓'))).toBe(true)
    // The 125 failing legs first, then passing ones until the limit.
    expect(rows.slice(2, 127).every((r) => r.startsWith('| ❌'))).toBe(true)
    expect(rows.slice(127).every((r) => r.startsWith('| ✅') || r.startsWith('| ⚠️'))).toBe(true)
    expect(cut).toBeGreaterThan(0)
    expect(summary).toContain('no report from missing-1')
  })
})

describe('the combined dashboard', () => {
  test('self-contained: the same CSP, no script, no remote load; missing legs shown as missing', async () => {
    const files = fifty.files.filter((f) => !f.includes('comp-42'))
    const result = await readLegReports({ files, expected: fifty.names })
    const html = renderCombinedDashboard(result, Date.parse('2025-10-20T12:00:00Z'))
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`)
    expect(html).not.toMatch(/<script|<link|<iframe|<img|\son\w+=|https?:\/\/|url\(/i)
    expect(html).toMatch(/<article class="leg s-missing">.*comp-42.*No report: the leg crashed or uploaded nothing/)
    expect(html.match(/<article class="leg s-failure">/g)).toHaveLength(10)
    expect(html.match(/<article class="leg s-success">/g)).toHaveLength(39)
    expect(html).toContain('generated 2025-10-20 12:00:00 UTC')
    expect(html).toMatch(/class="fill f-failure" style="width:21\.5%"><\/span><span class="thr" style="left:50%">/)
  })

  const CHROMIUM = '/usr/bin/chromium'
  ;(existsSync(CHROMIUM) ? test : test.skip)('renders in headless Chromium without errors or requests', async () => {
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] })
    try {
      const result = await readLegReports({ files: [...fifty.files.filter((f) => !f.includes('comp-42')), join(root, 'nope.json')], expected: fifty.names })
      const file = join(root, 'combined.html')
      await writeFile(file, renderCombinedDashboard(result, Date.now()))
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const problems: string[] = []
      const requests: string[] = []
      page.on('console', (m) => problems.push(`${m.type()}: ${m.text()}`))
      page.on('pageerror', (e) => problems.push(e.message))
      page.on('request', (r) => requests.push(r.url()))
      await page.goto(`file://${file}`, { waitUntil: 'load' })
      expect(problems).toEqual([])
      expect(requests).toEqual([`file://${file}`])
      expect(await page.locator('article.leg').count()).toBe(50)
      expect(await page.locator('.verdict').innerText()).toBe('✗ FAILED')
      // No card overflows the page sideways.
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number
      expect(overflow).toBeLessThanOrEqual(0)
      if (process.env.AGGREGATE_SCREENSHOT) await page.screenshot({ path: process.env.AGGREGATE_SCREENSHOT, fullPage: true })
    } finally {
      await browser.close()
    }
  }, 30_000)
})

describe('spec-to-production aggregate', () => {
  async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = ''
    let stderr = ''
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true))
    try {
      const code = await aggregateCommand(argv)
      return { code, stdout, stderr }
    } finally {
      out.mockRestore()
      err.mockRestore()
    }
  }

  test('writes the summary, dashboard and JSON; exit 1 when a leg fails, 0 when all pass', async () => {
    const out = join(root, 'cli')
    const matrix = join(out, 'matrix.json')
    await mkdir(out, { recursive: true })
    await writeFile(matrix, JSON.stringify({ include: fifty.names.map((component) => ({ component, spec: `specs/${component}.md` })) }))
    const failed = await run([fifty.dir, '--expect-file', matrix, '--summary', join(out, 'summary.md'), '--dashboard', join(out, 'all.html'), '--json', join(out, 'all.json')])
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/^aggregate FAILED: 10 of 50 legs failed · summary .*summary\.md · dashboard .*all\.html · JSON .*all\.json\n$/)
    const json = JSON.parse(await readFile(join(out, 'all.json'), 'utf8'))
    expect(json).toMatchObject({ success: false, failed_components: fifty.failing, missing_components: [], invalid_reports: [] })
    expect(json.legs).toHaveLength(50)
    expect(json.legs[0]).toMatchObject({
      component: 'comp-03',
      target: 'dev',
      success: false,
      coverage: 21.5,
      coverage_threshold: 50,
      first_failure: { stage: 'testing', gate: 'test_coverage', message: 'testing failed: coverage 21.5% < 50%' }
    })
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toContain('10 of 50 legs failed')
    expect(await readFile(join(out, 'all.html'), 'utf8')).toContain('<!DOCTYPE html>')

    const passing = fifty.files.filter((_, i) => !fifty.failing.includes(fifty.names[i]))
    const ok = await run(passing)
    expect(ok.code).toBe(0)
    // No --expect: the pass is of the legs that sent a report, and says so.
    expect(ok.stdout).toMatch(/^## ✅ spec-to-production aggregate: passed — all 40 legs that sent a report passed — no legs were expected/)
    expect(ok.stderr).toBe(
      "aggregate passed: all 40 legs that sent a report passed — no legs were expected (the plan's matrix: the input expected, --expect-file), so a leg that crashed or uploaded nothing is not known to be missing, " +
        '40 of them not cleanly (⚠️ not everything measured or checked: comp-00, comp-01, comp-02, comp-04, comp-05, …)\n'
    )
  })

  test('a missing leg exits 1 and says which one', async () => {
    const res = await run([...fifty.files.slice(1), '--expect', 'comp-00,comp-01', '--expect', 'comp-02'])
    expect(res.code).toBe(1)
    expect(res.stderr).toContain('missing: no report from "comp-00" — the leg crashed or uploaded nothing')
    expect(res.stdout).toContain('- ❌ **no report from comp-00** — the leg crashed or uploaded nothing')
  })

  test('usage errors exit 2', async () => {
    expect((await run([])).code).toBe(2)
    expect((await run(['--bogus', 'x'])).code).toBe(2)
    const badMatrix = join(root, 'bad-matrix.json')
    await writeFile(badMatrix, '{"include":[{"name":"x"}]}')
    const res = await run([fifty.files[0], '--expect-file', badMatrix])
    expect(res.code).toBe(2)
    expect(res.stderr).toContain('include[0] has no component name')
    expect((await run(['--expect-file', join(root, 'none.json')])).code).toBe(2)
    expect((await run(['--help'])).code).toBe(0)
  })
})
