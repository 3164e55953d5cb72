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
  })
})

describe('a coverage limit written with three decimals', () => {
  test('a coverage that meets it (393 of 800 lines, 49.125% against 49.125) never reads below it on the dashboard', async () => {
    const lcov = `SF:src/tiny/a.js\n${Array.from({ length: 800 }, (_, i) => `DA:${i + 1},${i < 393 ? 1 : 0}`).join('\n')}\nend_of_record\n`
    const config = tinyConfig({ testing: `printf '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml && cp fixture.info {reports}/lcov.info`, extra: 'quality_gates: { test_coverage: { dev_threshold: 49.125 } }' })
    const { code, report, surfaces } = await run(await repo(config, { 'fixture.info': lcov, 'src/tiny/a.js': 'export const a = 1\n'.repeat(800) }))
    expect(code).toBe(0)
    expect(report.stage_results.testing!.quality_gates.test_coverage!.details.coverage).toBe(49.12)
    // The gauge's title and label: the limit rounded to 49.13 had "49.12% vs at least 49.13%" on a passed gate.
    expect(surfaces.dashboard).not.toMatch(/49\.13/)
    expect(surfaces.dashboard).toMatch(/aria-label="49\.125% ≥ 49\.125%"/)
    for (const [name, text] of Object.entries(surfaces)) expect({ name, rounded: /49\.13|49\.12%\s*(vs at least|≥|&gt;=)\s*49\.125/.test(text) }).toEqual({ name, rounded: false })
  })
})

describe('patch coverage of an only-changed run', () => {
  test('one uncovered changed line of 20,002 reads 99.99%, never 100%, in the report and on every surface', async () => {
    const lines = 20_002
    const lcov = `SF:src/tiny/a.js\n${Array.from({ length: lines }, (_, i) => `DA:${i + 1},${i < lines - 1 ? 1 : 0}`).join('\n')}\nend_of_record\n`
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
