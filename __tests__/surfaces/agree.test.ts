/**
 * Every surface of one real run says the same thing, and only what is true: the CLI run on a tiny git repository, its
 * JSON report rendered as the job summary, the check run, the pull-request comment and the dashboard the run wrote.
 * Found by running the CLI and the action over combinations of configuration (stages disabled, limits with three
 * decimals, only-changed runs) and comparing the surfaces of each run.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import { renderJobSummary } from '../../src/action/summary.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary, verdictTitle } from '../../src/github/checks.js'
import { renderComment } from '../../src/github/comment.js'
import { gateLogLine, reportView } from '../../src/view/report-view.js'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

/** The tiny repository with `config` as its configuration; `files` written and committed first. */
async function repo(config: string, files: Record<string, string> = {}): Promise<string> {
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'cfg.yml', `${config}\n`)
  for (const [path, text] of Object.entries(files)) await writeIn(dir, path, text)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'configuration')
  return dir
}

/** A refactoring stage whose tools' reports are copied from files the repository holds (TOOL_REPORTS): all clean. */
const REFACTORING = [
  '  refactoring:',
  '    linting: { command: "cp eslint.src {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }',
  '    type_checking: { command: ": > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }',
  '    security:',
  '      command: "cp secretlint.src {reports}/secretlint.json && cp audit.src {reports}/npm-audit.json"',
  '      reports: [{ path: "{reports}/secretlint.json", format: secretlint-json }, { path: "{reports}/npm-audit.json", format: npm-audit-json }]'
].join('\n')
const TOOL_REPORTS: Record<string, string> = {
  'eslint.src': '[{"filePath":"src/tiny/a.js","messages":[],"errorCount":0,"warningCount":0}]',
  'secretlint.src': '[{"filePath":"src/tiny/a.js","messages":[]}]',
  'audit.src': JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 1, dev: 0, optional: 0, peerOptional: 0, total: 1 } } })
}

/** lcov of the tiny component's file with `lines` lines, the first `hit` of them run. */
function lcovOf(lines: number, hit: number): string {
  return `SF:src/tiny/a.js\n${Array.from({ length: lines }, (_, i) => `DA:${i + 1},${i < hit ? 1 : 0}`).join('\n')}\nend_of_record\n`
}

/** Runs the CLI; returns its exit status, its report and every surface rendered from it (the dashboard as written). */
async function run(dir: string, args: string[] = []): Promise<{ code: number | null; console: string; report: WorkflowReport; surfaces: Record<string, string> }> {
  const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json', ...args])
  const report = (await readReport(dir, 'r.json')) as WorkflowReport
  const dashboard = await readFile(report.metrics_dashboard!, 'utf8')
  return {
    code: cli.code,
    console: cli.stdout,
    report,
    surfaces: {
      console: cli.stdout,
      'gate lines': reportView(report).gates.map(gateLogLine).join('\n'),
      summary: renderJobSummary(report, {}),
      'check run title': verdictTitle(report),
      'check run': checkRunSummary(report, planAnnotations(reportFindings(report))),
      comment: renderComment(report, null, {}),
      dashboard
    }
  }
}

describe('a pass with stages disabled', () => {
  test('every surface names each stage that did not run, marks the pass ⚠️, and leaves no table cell empty', async () => {
    const config = tinyConfig().replace('  specification: { required_sections: [Overview] }', '  specification: { enabled: false }')
    const { code, report, surfaces } = await run(await repo(config))
    expect(code).toBe(0)
    expect(report.stages_skipped).toEqual(['specification', 'refactoring'])
    // The comment has no table of stages: its headline is where a stage that did not run is said.
    for (const name of ['check run title', 'comment', 'summary']) expect({ name, names: /\bnot run: specification\b/.test(surfaces[name]) }).toEqual({ name, names: true })
    // The same verdict mark everywhere the verdict has one: ⚠️, not ✅, on the check run as on the summary and comment.
    expect(surfaces['check run']).toMatch(/^### ⚠️ passed: tiny → dev/)
    expect(surfaces.summary).toMatch(/→ dev: ⚠️ passed<\/h2>/)
    expect(surfaces.comment).toMatch(/### ⚠️ spec-to-production: tiny → dev/)
    const verdictTile = /<div class="k">Verdict<\/div>([\s\S]*?)<\/div>\s*<\/div>|Verdict<\/[^>]+>\s*<span[^>]*>([^<]*)</.exec(surfaces.dashboard)
    expect(verdictTile?.[0]).toContain('⚠ passed')
    // A skipped stage has no time and no retries: said as —, not an empty cell.
    expect(surfaces.summary).not.toMatch(/<td><\/td>/)
    expect(surfaces['check run']).not.toMatch(/\| *\|/)
    expect(surfaces['check run']).toMatch(/\| specification \| skipped: [^|]+ \| — \| — \|/)
    // One way of writing a duration: the check run said "0.0 s" of a stage the summary timed at 90 ms.
    const summaryTime = /<td>testing<\/td><td>✓ passed<\/td><td>([^<]+)<\/td>/.exec(surfaces.summary)?.[1]
    const checkTime = /\| testing \| passed \| ([^|]+) \|/.exec(surfaces['check run'])?.[1]
    expect({ checkTime, plausible: /^(\d+ ms|\d+\.\d s)$/.test(checkTime ?? '') && checkTime !== '0.0 s' }).toEqual({ checkTime: summaryTime, plausible: true })
  })
})

describe('a coverage limit written with three decimals', () => {
  test('a coverage that meets it (393 of 800 lines, 49.125% against 49.125) never reads below it on the dashboard', async () => {
    const lcov = lcovOf(800, 393)
    const config = tinyConfig({ testing: `printf '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml && cp fixture.info {reports}/lcov.info`, extra: 'quality_gates: { test_coverage: { dev_threshold: 49.125 } }' })
    const dir = await repo(config, { 'fixture.info': lcov, 'src/tiny/a.js': 'export const a = 1\n'.repeat(800) })
    await run(dir)
    // The second run's dashboard has the history's table of gates, whose figures are the report's two decimals.
    const { code, report, surfaces } = await run(dir)
    expect(code).toBe(0)
    expect(report.stage_results.testing!.quality_gates.test_coverage!.details.coverage).toBe(49.12)
    const trendRow = /<td class="gname">testing\.test_coverage<\/td>.*?<\/tr>/.exec(surfaces.dashboard)?.[0] ?? ''
    expect(trendRow).toContain('<b>49.12%</b> <span class="muted">vs 49.125%</span>')
    expect(surfaces.dashboard).toContain('>threshold 49.125%</text>')
    // The gauge's title and label: the limit rounded to 49.13 had "49.12% vs at least 49.13%" on a passed gate.
    expect(surfaces.dashboard).not.toMatch(/49\.13/)
    expect(surfaces.dashboard).toMatch(/aria-label="49\.125% ≥ 49\.125%"/)
    for (const [name, text] of Object.entries(surfaces)) expect({ name, rounded: /49\.13|49\.12%\s*(vs at least|≥|&gt;=)\s*49\.125/.test(text) }).toEqual({ name, rounded: false })
  })
  test('a coverage below it (9,998 of 20,000 lines against 49.995) is said below that limit, not below 50, in the headline', async () => {
    const config = tinyConfig({ testing: `printf '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml && cp fixture.info {reports}/lcov.info`, extra: 'quality_gates: { test_coverage: { dev_threshold: 49.995 } }' })
    const { code, surfaces } = await run(await repo(config, { 'fixture.info': lcovOf(20_000, 9_998), 'src/tiny/a.js': 'export const a = 1\n'.repeat(20_000) }))
    expect(code).toBe(1)
    for (const name of ['check run title', 'comment', 'summary']) {
      const text = surfaces[name].replace(/&lt;/g, '<')
      expect({ name, said: text.includes('✗ testing failed: coverage 49.99% < 49.995%'), rounded: /< 50%/.test(text) }).toEqual({ name, said: true, rounded: false })
    }
    expect(surfaces.console).not.toMatch(/< 50%|below the threshold 50%/)
  })
})

describe('patch coverage of an only-changed run', () => {
  test('one uncovered changed line of 20,002 reads 99.99%, never 100%, in the report and on every surface', async () => {
    const lines = 20_002
    const lcov = lcovOf(lines, lines - 1)
    const config = tinyConfig({ testing: `printf '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml && cp fixture.info {reports}/lcov.info` })
    const dir = await repo(config, { 'fixture.info': lcov })
    // The change: every line of the component's file.
    await writeIn(dir, 'src/tiny/a.js', Array.from({ length: lines }, (_, i) => `export const a${i} = ${i}`).join('\n') + '\n')
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'the change')
    const { code, report, surfaces } = await run(dir, ['--only-changed', '--base', 'HEAD~1'])
    expect(code).toBe(0)
    expect(report.stage_results.testing!.quality_gates.test_coverage!.details.patch_coverage).toEqual(expect.objectContaining({ covered: lines - 1, total: lines, percent: 99.99 }))
    for (const [name, text] of Object.entries(surfaces)) {
      if (name === 'console' || name === 'gate lines' || name === 'check run title') continue
      expect({ name, patch: /patch coverage ([\d.]+%)/.exec(text)?.[1] }).toEqual({ name, patch: '99.99%' })
    }
  })
})

describe('the production criterion of integration coverage, against a limit written with three decimals', () => {
  test('integration tests that cover 15,999 of 20,000 lines meet a limit of 79.995, and every surface shows 79.995 against 79.995', async () => {
    const lcov = lcovOf(20_000, 15_999)
    const stages = [
      REFACTORING,
      '  staging_deployment:',
      '    command: "echo environment_url=http://127.0.0.1:9/ >> {outputs}"',
      '    github_deployment: false',
      '    integration_tests:',
      `      command: ${JSON.stringify(`printf '<testsuite name="i"><testcase classname="i" name="t"/></testsuite>' > {reports}/it.xml && cp it.info {reports}/it.info`)}`,
      '      reports: { junit: "{reports}/it.xml", coverage: "{reports}/it.info" }',
      '  production_deployment:',
      '    command: "echo deployed"',
      '    github_deployment: false',
      '    criteria: { integration_coverage: { threshold: 79.995 } }'
    ].join('\n')
    const config = tinyConfig({ extra: 'quality_gates: { linting: { auto_fix: false } }' }).replace('  refactoring: { enabled: false }', stages)
    const dir = await repo(config, { ...TOOL_REPORTS, 'it.info': lcov, 'src/tiny/a.js': 'export const a = 1\n'.repeat(20_000) })
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'production', '--output', 'r.json'])
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    expect({ code: cli.code, staging: report.stage_results.staging_deployment?.success, it: report.stage_results.staging_deployment?.quality_gates.integration_test_coverage?.details.coverage }).toEqual({ code: 1, staging: true, it: 79.99 })
    const criteria = report.stage_results.production_deployment!.quality_gates.production_deployment_criteria!.details.criteria as Array<Record<string, unknown>>
    // Met by the counts (15,999 × 100 × 1000 = 79,995 × 20,000); it was judged on the truncated 79.99, and unmet.
    expect(criteria.find((c) => c.name === 'integration coverage')).toEqual(expect.objectContaining({ met: true, value: 79.995, threshold: 79.995 }))
    const view = reportView(report).gates.find((g) => g.name === 'production_deployment_criteria')!
    expect(view.criteria.find((c) => c.name === 'integration coverage')).toEqual(expect.objectContaining({ met: true, value: '79.995', threshold: '79.995' }))
    const summary = renderJobSummary(report, {})
    expect(summary).toContain('<td>integration coverage</td><td>✅</td><td>79.995</td><td>79.995</td>')
    expect(summary).not.toMatch(/<td>integration coverage<\/td><td>[^<]*<\/td><td>(79\.99|80)<\/td>/)
  })
})

describe('the staging criterion of coverage, against a threshold written with three decimals', () => {
  test('a coverage that meets it exactly (13,999 of 20,000 lines against 69.995) lets staging deploy, as its gate passed', async () => {
    const stages = `${REFACTORING}\n  staging_deployment: { command: "echo deployed", github_deployment: false }`
    const testing = `printf '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml && cp fixture.info {reports}/lcov.info`
    const config = tinyConfig({ testing, extra: 'quality_gates: { linting: { auto_fix: false }, test_coverage: { staging_threshold: 69.995 } }' }).replace('  refactoring: { enabled: false }', stages)
    const dir = await repo(config, { ...TOOL_REPORTS, 'fixture.info': lcovOf(20_000, 13_999), 'src/tiny/a.js': 'export const a = 1\n'.repeat(20_000) })
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'staging', '--output', 'r.json'])
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    expect({ code: cli.code, completed: report.stages_completed }).toEqual({ code: 0, completed: ['specification', 'testing', 'refactoring', 'staging_deployment'] })
    expect(report.stage_results.testing!.quality_gates.test_coverage!.passed).toBe(true)
    const criteria = report.stage_results.staging_deployment!.quality_gates.staging_deployment_criteria!
    // It was unmet: the gate's truncated 69.99 against 69.995, while the gate itself had passed on the counts.
    expect(criteria.details.criteria).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'coverage', met: true, value: '69.995%', threshold: '≥ 69.995%' })]))
    expect(criteria.passed).toBe(true)
  })
})

describe('text cut to fit a table cell', () => {
  test('ends with … and never leaves a figure looking whole (the comment and the check run cut 20,001 to 200 without a mark)', async () => {
    const report = JSON.parse(await readFile(new URL('./fixtures/failing-test.report.json', import.meta.url), 'utf8')) as WorkflowReport
    const gate = report.stage_results.testing!.quality_gates.test_pass_rate!
    // A caveat whose figure 20001 spans the comment's cut at 300 characters (it starts at the 298th).
    const caveat = `not judged: ${'ab '.repeat(95)}20001 of 20002 tests ${'cd '.repeat(110)}20001 of 20002 tests`
    gate.warnings = [caveat]
    const comment = renderComment(report, null, {})
    const row = comment.split('\n').find((l) => l.startsWith('| `testing.test_pass_rate`'))!
    const cell = row.split(' | ')[3]!.replace(/ \|$/, '')
    expect(cell.length).toBeLessThanOrEqual(320)
    expect(cell).toMatch(/…$/)
    const checkRow = checkRunSummary(report, planAnnotations(reportFindings(report))).split('\n').find((l) => l.startsWith('| testing.test_pass_rate |'))!
    const checkCell = checkRow.split(' | ')[3]!.replace(/ \|$/, '')
    expect(checkCell).toMatch(/…$/)
    // Cut at a word: no figure stands cut short before the mark.
    for (const text of [cell, checkCell]) expect(text).not.toMatch(/\d…$/)
  })
})

describe('a gate turned off inside a stage that ran', () => {
  test('type checking and the security scan disabled: the pass is ⚠️ on every surface and names them, as a security half off is', async () => {
    const refactoring = [
      '  refactoring:',
      '    linting: { command: "cp eslint.src {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }',
      '    type_checking: { enabled: false }',
      '    security: { enabled: false }'
    ].join('\n')
    const config = tinyConfig({ extra: 'quality_gates: { linting: { auto_fix: false } }' }).replace('  refactoring: { enabled: false }', refactoring)
    const { code, report, surfaces } = await run(await repo(config, { 'eslint.src': TOOL_REPORTS['eslint.src']! }))
    expect({ code, completed: report.stages_completed }).toEqual({ code: 0, completed: ['specification', 'testing', 'refactoring'] })
    // "✓ 3 stages passed for dev" and ✅ everywhere, while only the refactoring stage's warnings (the log) said it.
    const headline = '✓ 3 stages passed for dev; ⚠ not everything measured: type_checking, security'
    expect(surfaces['check run title']).toBe(headline)
    expect(surfaces.comment).toContain('### ⚠️ spec-to-production: tiny → dev')
    expect(surfaces.comment).toContain('not everything measured: type\\_checking, security')
    expect(surfaces.summary).toMatch(/→ dev: ⚠️ passed<\/h2>/)
    expect(surfaces.summary).toContain('⚠️ type_checking is disabled (stages.refactoring.type_checking.enabled: false): not checked')
    expect(surfaces['check run']).toMatch(/^### ⚠️ passed/)
    expect(surfaces['check run']).toMatch(/\| refactoring \| passed ⚠️ type\\_checking is disabled [^|]*⚠️ security is disabled [^|]*\|/)
    expect(surfaces.dashboard).toContain('⚠ PASSED, NOT EVERYTHING MEASURED')
    expect(surfaces.dashboard).toContain('⚠ refactoring: security is disabled (stages.refactoring.security.enabled: false): not checked')
    expect(surfaces.console).toContain(`Success: ✓ YES (⚠ not everything measured: type_checking, security)`)
  })
})

test('a deployment nothing verified makes the pass ⚠️ and is named in the headline', async () => {
  const report = JSON.parse(await readFile(new URL('./fixtures/staging-deployed.report.json', import.meta.url), 'utf8')) as WorkflowReport
  const security = report.stage_results.refactoring!.quality_gates.security!
  security.warnings = (security.warnings ?? []).filter((w) => !/not measured/.test(w))
  expect(reportView(report).qualified).toBe(false)
  report.stage_results.staging_deployment!.warnings.push(
    'nothing verified the deployment to staging: neither stages.staging_deployment.health_check nor stages.staging_deployment.integration_tests is configured, so "deployed" means only that the deploy command exited 0'
  )
  expect(reportView(report).qualified).toBe(true)
  expect(reportView(report).headline).toBe('✓ 4 stages passed for staging; ⚠ not everything measured: staging_deployment')
})
