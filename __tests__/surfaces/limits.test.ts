/**
 * The surfaces of one run at the edges of their figures and of GitHub's limits: a run of the CLI on the tiny
 * repository, its report rendered as the job summary, the check run, the pull-request comment and the dashboard, and
 * the surfaces compared with each other — the same figure in the same words, never one rounded across a boundary.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderJobSummary } from '../../src/action/summary.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary, escapeMarkdown, verdictTitle } from '../../src/github/checks.js'
import { COMMENT_MAX_CHARS, renderComment } from '../../src/github/comment.js'
import { reportView } from '../../src/view/report-view.js'
import { renderDashboard } from '../../src/observability/dashboard.js'
import type { History } from '../../src/observability/metrics.js'
import { git, readReport, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

const noHistory: History = { runs: [], days: [], runs_seen: 0, truncated: false, stats: { files: 0, lines: 0, malformed: 0 } }

let passing: Promise<string> | undefined
/** A real run of the tiny component (dev, passing), made once; a fresh copy of its report as written. */
async function realRun(): Promise<WorkflowReport> {
  passing ??= (async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
    expect(cli.code).toBe(0)
    return JSON.stringify(await readReport(dir, 'r.json'))
  })()
  return JSON.parse(await passing) as WorkflowReport
}

/** The run's total time as each surface writes it. */
function totalTimes(report: WorkflowReport): Record<string, string | undefined> {
  const summary = renderJobSummary(report, {})
  const check = checkRunSummary(report, planAnnotations(reportFindings(report)))
  const dashboard = renderDashboard({ report, history: noHistory, generatedAt: Date.parse(report.finished_at) })
  return {
    summary: /<\/h2>\n<p>.* · ([^<]+)<\/p>/.exec(summary)?.[1],
    'check run': /^Total time (.+?)\. Stages completed/m.exec(check)?.[1],
    dashboard: /<div class="k">Total time<\/div><span class="big">([^<]+)<\/span>/.exec(dashboard)?.[1]
  }
}

describe('durations at their edges', () => {
  test.each([
    // Rounded to whole seconds, 119.6 s is 2 minutes: "1 min 60 s" on the summary and check run, "1 m 60 s" on the dashboard.
    [119_600, /^2 min 00 s$/],
    // 59.96 s is a minute at the precision shown, not "60.0 s".
    [59_960, /^1 min 00 s$/],
    // Over a day: hours, not "1500 min 00 s".
    [90_000_000, /^25 h 00 min 00 s$/],
    [1_234, /^1\.2 s$/],
    // A wall clock set back during the run leaves a negative difference: no duration at all, never "-250 ms".
    [-250, /^(not timed|—)$/]
  ])('a run of %d ms says the same total time on the summary, the check run and the dashboard', async (ms, shown) => {
    const report = await realRun()
    report.total_execution_time_ms = ms
    const times = totalTimes(report)
    for (const [name, text] of Object.entries(times)) expect({ name, text, ok: shown.test(text ?? '') }).toEqual({ name, text, ok: true })
    // One figure in one form, but for the words for "no time" (the dashboard's tile says —).
    const timed = Object.values(times).filter((t) => t !== 'not timed' && t !== '—')
    expect(new Set(timed).size).toBeLessThanOrEqual(1)
  })
})

describe('rates over the metrics history', () => {
  test('one failed run of 202, and one failed test of 20,001, never read 100% on the dashboard\'s trends', async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    // The first run: 20,000 tests pass and 1 fails (pass rate 99.99); then passing runs.
    const cases = Array.from({ length: 20_001 }, (_, i) => (i === 0 ? '<testcase classname="c" name="t0"><failure message="boom">boom</failure></testcase>' : `<testcase classname="c" name="t${i}"/>`))
    await writeIn(dir, 'many.xml', `<testsuite name="s" tests="20001" failures="1">${cases.join('')}</testsuite>\n`)
    const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"
    await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing: `cp many.xml {reports}/junit.xml && ${lcov}` })}\n`)
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'many tests')
    const run = () => runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
    expect((await run()).code).toBe(1)
    expect(((await readReport(dir, 'r.json')) as WorkflowReport).stage_results.testing!.quality_gates.test_pass_rate!.details.pass_rate).toBe(99.99)
    await writeIn(dir, 'cfg.yml', `${tinyConfig()}\n`)
    expect((await run()).code).toBe(0)
    // 199 more passing runs: the passing run's own metric lines under other run ids.
    const metrics = join(dir, '.spec-to-production/metrics')
    const [file] = (await readdir(metrics)).filter((f) => f.endsWith('.jsonl'))
    const lines = (await readFile(join(metrics, file!), 'utf8')).trim().split('\n')
    const passingId = (JSON.parse(lines.at(-1)!) as { run_id: string }).run_id
    const own = lines.filter((l) => (JSON.parse(l) as { run_id: string }).run_id === passingId)
    await appendFile(join(metrics, file!), Array.from({ length: 199 }, (_, k) => own.map((l) => l.replaceAll(passingId, `${passingId}-copy${k}`)).join('\n') + '\n').join(''))
    expect((await run()).code).toBe(0)
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    const page = await readFile(report.metrics_dashboard!, 'utf8')
    const trends = page.slice(page.indexOf('<section id="trends"'))
    // The runs and their failures as the page counts them, and the rates beside them.
    expect(/<div class="k">Runs<\/div><span class="big">(\d+)<\/span>/.exec(trends)?.[1]).toBe('202')
    const successful = /<div class="k">Successful runs<\/div><span class="big">([^<]+)<\/span>/.exec(trends)?.[1]
    expect({ successful, whole: successful === '100%' }).toEqual({ successful, whole: false })
    const row = /<td class="gname">testing\.test_pass_rate<\/td>.*?<\/tr>/.exec(trends)?.[0] ?? ''
    const [runs, failed, pass] = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1])
    expect({ runs, failed, pass: pass === '100%' }).toEqual({ runs: '202', failed: '1', pass: false })
    // The day's point: one run failed, so its mean pass rate is not 100.
    const tips = [...trends.matchAll(/<title>([^<]*run\(s\), (\d+) failed;[^<]*pass rate ([^;<]+);[^<]*)<\/title>/g)]
    expect(tips.length).toBeGreaterThan(0)
    for (const [, tip, failedRuns, rate] of tips) if (Number(failedRuns) > 0) expect({ tip, whole: rate === '100%' }).toEqual({ tip, whole: false })
  })
})

let mentioning: Promise<string> | undefined
/**
 * A real run of 60 failing tests whose names and messages are 400 @ each (made once; a fresh copy of its report). Each
 * @ is written @&#8203; on GitHub's surfaces (it mentions no one): 300 characters of a name become 2,400.
 */
async function mentioningRun(): Promise<WorkflowReport> {
  mentioning ??= (async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    const cases = Array.from({ length: 60 }, (_, i) => `<testcase classname="c" name="t${i} ${'@'.repeat(400)}"><failure message="${'@'.repeat(400)}">boom</failure></testcase>`)
    await writeIn(dir, 'many.xml', `<testsuite name="s">${cases.join('')}</testsuite>\n`)
    const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"
    await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing: `cp many.xml {reports}/junit.xml && ${lcov}` })}\n`)
    expect((await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])).code).toBe(1)
    return JSON.stringify(await readReport(dir, 'r.json'))
  })()
  return JSON.parse(await mentioning) as WorkflowReport
}

describe("the pull-request comment at GitHub's limit of 65,536 characters", () => {
  test('60 failing tests whose names and messages mention: the comment fits, keeps its verdict, gates and commit, says what it left out and where it is', async () => {
    const report = await mentioningRun()
    const view = reportView(report)
    const checkRunUrl = 'https://github.com/acme/app/runs/7'
    const comment = renderComment(report, null, { checkRunUrl, commit: 'abcdef1234567890' })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    // The verdict as every surface says it, and every gate's row with the value the other surfaces show.
    expect(comment).toContain(`**${escapeMarkdown(view.headline)}**`)
    for (const g of view.gates) expect(comment).toContain(`| ${escapeMarkdown(g.value)} |`)
    // The counts stay exact, and each list says how many it does not show, and where they are.
    const newFailures = view.insights!.lists.find((l) => l.title.startsWith('New failures'))!
    expect(newFailures.count).toBe(60)
    expect(comment).toMatch(/\*\*New failures\*\* \(60\)/)
    expect(comment).toMatch(/- … \d+ more in the JSON report/)
    // The commit it speaks for and the check run it points to are still named.
    expect(comment).toContain('Verdict of commit `abcdef123456`')
    expect(comment).toContain(`[check run](${checkRunUrl})`)
    // Nothing cut inside an entity (an & that starts no complete one) or inside a <details> block.
    expect(comment.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, '')).not.toContain('&')
    expect(comment.split('<details>').length).toBe(comment.split('</details>').length)

    // No test history (metrics off): the failing tests are listed in a <details> block; with errors long enough that
    // even lists of no item leave the comment over the limit, whole lines are left out, said, and the block closed.
    const bare = JSON.parse(JSON.stringify(report)) as WorkflowReport & { test_insights?: unknown }
    delete bare.test_insights
    const listed = renderComment(bare, null, { checkRunUrl, commit: 'abcdef1234567890' })
    expect(listed).toContain('<details><summary>Failing tests</summary>')
    // The failing tests not listed are counted, and where they are is said (it named no place).
    expect(listed).toMatch(/\n- … and \d+ more in the JSON report\n<\/details>/)
    const testing = bare.stage_results.testing!
    for (const i of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      testing.quality_gates[`check_${i}`] = { ...testing.quality_gates.test_pass_rate!, gate_name: `check_${i}`, details: {}, errors: [`${i}: ${'@'.repeat(2000)}`], findings: [] }
    }
    const cut = renderComment(bare, null, { checkRunUrl, commit: 'abcdef1234567890' })
    expect(cut.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(cut).toContain(`**${escapeMarkdown(reportView(bare).headline)}**`)
    expect(cut).toMatch(/_Cut to fit GitHub's limit of 65,536 characters: \d+ more line\(s\) not shown here; the \[check run\]\(https:\/\/github\.com\/acme\/app\/runs\/7\) and the JSON report have all of it\._/)
    expect(cut).toContain('Verdict of commit `abcdef123456`')
    expect(cut.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, '')).not.toContain('&')
    expect(cut.split('<details>').length).toBe(cut.split('</details>').length)
  })
})

describe('the job summary at its byte budget', () => {
  test('over it, the lists show fewer entries and no tag, table or entity is cut; the verdict and the gates stay', async () => {
    const report = await mentioningRun()
    // 60 errors of the run's own (as a stage's errors are listed), each 2,000 @: 16,000 bytes escaped.
    report.errors = Array.from({ length: 60 }, (_, i) => `error ${i}: ${'@'.repeat(2000)}`)
    const view = reportView(report)
    const budget = 300_000
    const full = renderJobSummary(report, { artifact: 'spec-to-production-tiny' })
    const html = renderJobSummary(report, { artifact: 'spec-to-production-tiny' }, budget)
    expect(Buffer.byteLength(full)).toBeGreaterThan(budget)
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(budget)
    // The verdict and every gate, as on the page with room for everything.
    expect(html.split('\n').slice(0, 2)).toEqual(full.split('\n').slice(0, 2))
    expect(html).toContain(`→ dev: ❌ failed</h2>`)
    for (const g of view.gates) expect(html).toContain(`<td>${g.key}</td>`)
    // Counts stay exact; what is not listed is said, with where it is.
    expect(html).toMatch(/<b>New failures<\/b> \(60\)/)
    expect(html).toMatch(/<li>… \d+ more in the JSON report in the artifact <code>spec-to-production-tiny<\/code><\/li><\/ul>\n/)
    // Every block closed, no entity cut short.
    for (const tag of ['table', 'ul', 'p', 'b', 'code', 'li']) expect({ tag, open: html.split(`<${tag}>`).length }).toEqual({ tag, open: html.split(`</${tag}>`).length })
    expect(html.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, '')).not.toContain('&')
    // The default budget holds all 50 errors it lists, and says the other 10 are in the JSON report.
    expect(full).toContain('<li>… 10 more in the JSON report in the artifact <code>spec-to-production-tiny</code></li></ul>')
  })
})

describe('the dashboard leaves no cell empty', () => {
  test('an acceptance criterion citing no requirement, and a gate with nothing more to say, say so', async () => {
    const report = await realRun()
    // A gate of another tool's, with no detail the view knows: its details cell has nothing to show.
    report.stage_results.testing!.quality_gates.custom = { gate_name: 'custom', passed: true, details: {}, errors: [], warnings: [], findings: [], execution_time_ms: 3 }
    const page = renderDashboard({ report, history: noHistory, generatedAt: Date.parse(report.finished_at) })
    const spec = page.slice(page.indexOf('<section id="spec"'), page.indexOf('</section>', page.indexOf('<section id="spec"')))
    expect(spec).toContain('AC-1')
    expect(spec).not.toMatch(/<td[^>]*><\/td>/)
    const details = [...page.matchAll(/<td class="small details">(.*?)<\/td>\n<\/tr>/gs)].map((m) => m[1])
    expect(details.length).toBe(reportView(report).gates.length)
    for (const d of details) expect(d).not.toBe('')
  })
})

describe('a stage a cancel stopped', () => {
  test('is named cancelled on the console as on the summary and the check run, never only "failed"', async () => {
    const dir = await tinyRepo({ testing: 'echo testing-started; sleep 30' })
    dirs.push(dir)
    let sent = false
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'], {
      onStdout: (text, child) => {
        if (sent || !text.includes('testing')) return
        sent = true
        setTimeout(() => child.kill('SIGTERM'), 500)
      }
    })
    expect(cli.code).toBe(1)
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    expect(report.stage_results.testing?.status).toBe('cancelled')
    const summary = renderJobSummary(report, {})
    const check = checkRunSummary(report, planAnnotations(reportFindings(report)))
    expect(summary).toContain('<td>testing</td><td>⊘ cancelled</td>')
    expect(check).toContain('| testing | cancelled |')
    // The console's list of stages says of each what the other surfaces say.
    const failedLine = /^Stages Failed: (.*)$/m.exec(cli.stdout)?.[1] ?? ''
    for (const key of report.stages_failed) {
      const status = report.stage_results[key]!.status
      expect({ key, said: failedLine.includes(status === 'cancelled' ? `${key} (cancelled)` : key) }).toEqual({ key, said: true })
    }
  })
})

/** libfaketime (Debian's `faketime` package): sets the wall clock a process sees, from a file read on every call. */
const FAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1'

describe('the wall clock set back during a run', () => {
  // Without libfaketime the clock cannot be moved under the CLI: the test says it did not run.
  const withClock = existsSync(FAKETIME) ? test : test.skip
  withClock('an hour back while the tests run: every time in the report and on the console is the time that passed, none negative', async () => {
    const dir = await tinyRepo({ testing: `echo testing-started; sleep 2; printf '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info` })
    dirs.push(dir)
    const clock = join(dir, '.git', 'faketime')
    await writeFile(clock, '@2026-06-01 12:00:00\n')
    let moved = false
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'], {
      // The monotonic clock is left alone (as an NTP step leaves it); only the wall clock goes back.
      env: { LD_PRELOAD: FAKETIME, FAKETIME_TIMESTAMP_FILE: clock, FAKETIME_NO_CACHE: '1', DONT_FAKE_MONOTONIC: '1' },
      onStdout: (text) => {
        if (moved || !text.includes('testing-started')) return
        moved = true
        void writeFile(clock, '@2026-06-01 11:00:00\n')
      }
    })
    expect({ code: cli.code, moved }).toEqual({ code: 0, moved: true })
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    const times = [report.total_execution_time_ms, ...Object.values(report.stage_results).flatMap((st) => [st.execution_time_ms, ...Object.values(st.quality_gates).map((g) => g.execution_time_ms)])]
    expect(times.filter((t) => !(t >= 0))).toEqual([])
    // The testing stage slept 2 s: its time says so, not minus an hour.
    expect(report.stage_results.testing!.execution_time_ms).toBeGreaterThanOrEqual(2000)
    expect(report.stage_results.testing!.execution_time_ms).toBeLessThan(60_000)
    expect(/^Total Time: (-?\d+)ms$/m.exec(cli.stdout)?.[1]).toBe(String(report.total_execution_time_ms))
    // The log's elapsed times go forward too: no line stamped [-3598.0s].
    expect(cli.stdout).not.toMatch(/^\[ *-/m)
    // And every surface shows it as a time.
    expect(Object.values(totalTimes(report)).filter((t) => !/^\d/.test(t ?? ''))).toEqual([])
  })
})

describe('one of a kind is said in the singular on every surface', () => {
  /** Every surface of the run in `dir` (its report r.json and the dashboard it wrote), with the console's output. */
  async function surfacesOf(dir: string, console: string): Promise<Record<string, string>> {
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    const dashboard = await readFile(report.metrics_dashboard!, 'utf8')
    return {
      console,
      summary: renderJobSummary(report, {}),
      'check run': `${verdictTitle(report)}\n${checkRunSummary(report, planAnnotations(reportFindings(report)))}`,
      comment: renderComment(report, null, {}),
      dashboard: dashboard.replace(/<style>[\s\S]*?<\/style>/g, '')
    }
  }
  const PLURAL_OF_ONE = /(?<![\d.,])1 (errors|warnings|retries|failures|issues)\b/

  test('a test that errored once, retried once: "1 error", "1 retry"', async () => {
    const junit = `printf '<testsuite name="s"><testcase classname="c" name="ok"/><testcase classname="c" name="boom"><error message="crash">x</error></testcase></testsuite>' > {reports}/junit.xml`
    const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"
    const dir = await tinyRepo({ testing: `${junit} && ${lcov}; exit 1`, extra: 'error_recovery:\n  testing: { max_retries: 1, base_delay: 0.01, exponential_base: 1, max_delay: 0.01, jitter: false }' })
    dirs.push(dir)
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
    expect(cli.code).toBe(1)
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    expect({ errors: report.stage_results.testing!.quality_gates.test_pass_rate!.details.errors, retries: report.stage_results.testing!.retries }).toEqual({ errors: 1, retries: 1 })
    for (const [name, text] of Object.entries(await surfacesOf(dir, cli.stdout))) expect({ name, plural: PLURAL_OF_ONE.exec(text)?.[0] ?? null }).toEqual({ name, plural: null })
  })

  test('a lint report of one error and one warning: "1 error, 1 warning"', async () => {
    const eslint = JSON.stringify([
      {
        filePath: 'src/tiny/a.js',
        messages: [
          { ruleId: 'no-var', severity: 2, message: 'Unexpected var.', line: 1, column: 1 },
          { ruleId: 'no-console', severity: 1, message: 'Unexpected console.', line: 1, column: 1 }
        ],
        errorCount: 1,
        warningCount: 1
      }
    ])
    const dir = await tinyRepo()
    dirs.push(dir)
    await writeIn(dir, 'eslint.src', eslint)
    const refactoring = [
      '  refactoring:',
      '    linting: { command: "cp eslint.src {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }',
      '    type_checking: { enabled: false }',
      '    security: { enabled: false }'
    ].join('\n')
    await writeIn(dir, 'cfg.yml', `${tinyConfig({ extra: 'quality_gates: { linting: { auto_fix: false } }' }).replace('  refactoring: { enabled: false }', refactoring)}\n`)
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'lint')
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
    expect(cli.code).toBe(1)
    for (const [name, text] of Object.entries(await surfacesOf(dir, cli.stdout))) expect({ name, plural: PLURAL_OF_ONE.exec(text)?.[0] ?? null }).toEqual({ name, plural: null })
  })
})

describe("the check run's summary at GitHub's limit of 65,535 bytes", () => {
  test('an error of 70,000 characters leaves the stages and gates tables in place, as on the job summary', async () => {
    const report = await realRun()
    report.errors = [`the run's own error: ${'x'.repeat(70_000)}`]
    const view = reportView(report)
    const check = checkRunSummary(report, planAnnotations(reportFindings(report)))
    expect(Buffer.byteLength(check)).toBeLessThanOrEqual(65_535)
    const summary = renderJobSummary(report, {})
    for (const g of view.gates) {
      expect(summary).toContain(`<td>${g.key}</td>`)
      expect({ gate: g.key, onCheckRun: check.includes(`| ${g.key} |`) }).toEqual({ gate: g.key, onCheckRun: true })
    }
    for (const st of view.stages) expect({ stage: st.key, onCheckRun: check.includes(`| ${st.key} |`) }).toEqual({ stage: st.key, onCheckRun: true })
  })
})

describe("the aggregate's median coverage", () => {
  test('of two legs at 79.99% and 80% is 79.99%, never rounded up to 80%', async () => {
    const reports: string[] = []
    for (const [component, covered] of [['below', 7_999], ['at', 8_000]] as const) {
      const dir = await tinyRepo({ testing: `printf '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' > {reports}/junit.xml && cp fixture.info {reports}/lcov.info` })
      dirs.push(dir)
      await writeIn(dir, 'fixture.info', `SF:src/tiny/a.js\n${Array.from({ length: 10_000 }, (_, i) => `DA:${i + 1},${i < covered ? 1 : 0}`).join('\n')}\nend_of_record\n`)
      await writeIn(dir, 'src/tiny/a.js', 'export const a = 1\n'.repeat(10_000))
      git(dir, 'add', '-A')
      git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'coverage')
      const cli = await runCli(dir, ['--spec', 'SPEC.md', '--component', component, '--config', 'cfg.yml', '--target', 'dev', '--output', 'r.json'])
      expect(cli.code).toBe(0)
      reports.push(join(dir, 'r.json'))
    }
    const out = await tinyRepo()
    dirs.push(out)
    const agg = await runCli(out, ['aggregate', ...reports, '--dashboard', 'agg.html'])
    const page = await readFile(join(out, 'agg.html'), 'utf8')
    const median = /<div class="k">Median coverage<\/div><span[^>]*>([^<]+)</.exec(page)?.[1]
    expect({ code: agg.code, median }).toEqual({ code: 0, median: '79.99%' })
  })
})

describe('a test report with no executed test', () => {
  test('has no pass rate on any surface: never "0% < 100% (0 of 0 executed tests)"', async () => {
    const dir = await tinyRepo({ testing: `printf '<testsuite name="s" tests="1"><testcase classname="c" name="t"><skipped/></testcase></testsuite>' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info` })
    dirs.push(dir)
    const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
    expect(cli.code).toBe(1)
    const report = (await readReport(dir, 'r.json')) as WorkflowReport
    const details = report.stage_results.testing!.quality_gates.test_pass_rate!.details
    // The report: counts as they are, and no percent of nothing.
    expect({ executed: details.executed, skipped: details.skipped, pass_rate: details.pass_rate }).toEqual({ executed: 0, skipped: 1, pass_rate: null })
    const dashboard = await readFile(report.metrics_dashboard!, 'utf8')
    const surfaces: Record<string, string> = {
      console: cli.stdout,
      summary: renderJobSummary(report, {}),
      'check run': `${verdictTitle(report)}\n${checkRunSummary(report, planAnnotations(reportFindings(report)))}`,
      comment: renderComment(report, null, {}),
      dashboard
    }
    for (const [name, text] of Object.entries(surfaces)) {
      expect({ name, rate: /\b0% (<|&lt;) 100%|\b0 of 0\b|>0\/0</.exec(text)?.[0] ?? null }).toEqual({ name, rate: null })
      // What every surface says instead: nothing was executed.
      expect({ name, said: /no executed test/.test(text) }).toEqual({ name, said: true })
    }
  })
})

test('a run in which no gate ran: the dashboard counts no "0/0" gates', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'cfg.yml', 'preset: none\nstages:\n  specification: { enabled: false }\n  testing: { enabled: false }\n  refactoring: { enabled: false }\n')
  const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
  expect(cli.code).toBe(1)
  const report = (await readReport(dir, 'r.json')) as WorkflowReport
  const page = await readFile(report.metrics_dashboard!, 'utf8')
  expect(/<div class="k">Gates passed<\/div><span class="big">([^<]*)</.exec(page)?.[1]).toBe('—')
  expect(page).not.toMatch(/>0\/0</)
})

test('a long test name of emoji is cut between characters, never into a replacement character, on every surface', async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  const name = `t ${'😀'.repeat(400)}`
  await writeIn(dir, 'many.xml', `<testsuite name="s"><testcase classname="c" name="${name}"><failure message="${'😀'.repeat(400)}">boom</failure></testcase><testcase classname="c" name="ok"/></testsuite>\n`)
  const lcov = "printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info"
  await writeIn(dir, 'cfg.yml', `${tinyConfig({ testing: `cp many.xml {reports}/junit.xml && ${lcov}` })}\n`)
  const cli = await runCli(dir, [...TINY_ARGS, '--target', 'dev', '--output', 'r.json'])
  expect(cli.code).toBe(1)
  const report = (await readReport(dir, 'r.json')) as WorkflowReport
  const surfaces: Record<string, string> = {
    summary: renderJobSummary(report, {}),
    'check run': checkRunSummary(report, planAnnotations(reportFindings(report))),
    comment: renderComment(report, null, {}),
    dashboard: await readFile(report.metrics_dashboard!, 'utf8')
  }
  for (const [surface, text] of Object.entries(surfaces)) {
    expect({ surface, shown: text.includes('😀'.repeat(20)) }).toEqual({ surface, shown: true })
    expect({ surface, broken: /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text)?.[0] ?? null }).toEqual({ surface, broken: null })
  }
})
