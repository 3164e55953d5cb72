/**
 * Every surface of runs that go wrong in many ways, run for real: the engine on a tiny git repository whose commands
 * crash, write nothing, write empty or hostile reports, skip every test, time out, fail to deploy and roll back, or
 * whose stages are all disabled. For each run, the job summary, the dashboard page it wrote, the pull-request
 * comment, the check run's text and the console lines are rendered, and none may show `undefined`, `null`, `NaN`,
 * `Infinity` or `[object Object]`: a user reads those surfaces, and each must say only what this run measured.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { runWorkflow } from '../../src/api.js'
import { renderJobSummary } from '../../src/action/summary.js'
import { planAnnotations, reportFindings } from '../../src/github/annotations.js'
import { checkRunSummary, verdictTitle } from '../../src/github/checks.js'
import { renderComment } from '../../src/github/comment.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { gateLogLine, reportView } from '../../src/view/report-view.js'
import type { GateResult, WorkflowReport } from '../../src/engine/model.js'
import { removeDir, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(120_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

const LCOV = `printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
const junit = (body: string, attrs = ''): string => `printf '%s' '<testsuite name="s"${attrs}>${body}</testsuite>' > {reports}/junit.xml`
const NO_RETRY = 'error_recovery:\n  testing: { max_retries: 0 }\n  staging_deployment: { max_retries: 1, base_delay: 0.01, exponential_base: 1, max_delay: 0.01, jitter: false }\n'

interface Scenario {
  /** The testing command (default: the tiny passing one). */
  testing?: string
  /** More configuration, at the top level. */
  extra?: string
  /** Files written into the repository before the run (untracked); `{dir}` is its path. */
  files?: Record<string, string>
  /** The whole configuration, instead of the tiny one. */
  config?: string
  /** The run stops before the dashboard is drawn (a configuration it refuses). */
  noDashboard?: boolean
  /** Stage settings that replace the tiny configuration's (YAML under `stages:`, indented by two). */
  stages?: string
  /** The run is cancelled (as a cancelled job is) this long after it starts. */
  cancelAfterMs?: number
  /** The testing command's timeout in seconds. */
  timeout?: number
  target?: 'dev' | 'staging' | 'production'
  /** Whether the run is expected to fail. */
  fails: boolean
}

const SCENARIOS: Record<string, Scenario> = {
  'a test command that crashes before writing any report': { testing: 'echo "Traceback: ImportError: no module named tiny" >&2; exit 1', extra: NO_RETRY, fails: true },
  'a JUnit report but no coverage report': { testing: junit('<testcase classname="c" name="t"/>'), extra: NO_RETRY, fails: true },
  'every test skipped': { testing: `${junit('<testcase classname="c" name="t"><skipped/></testcase><testcase classname="c" name="u"><skipped message="later"/></testcase>')} && ${LCOV}`, extra: NO_RETRY, fails: true },
  'a JUnit report with no test case': { testing: `${junit('', ' tests="0"')} && ${LCOV}`, extra: NO_RETRY, fails: true },
  'an empty coverage report': { testing: `${junit('<testcase classname="c" name="t"/>')} && : > {reports}/lcov.info`, extra: NO_RETRY, fails: true },
  'a JUnit report that is not XML': { testing: `echo 'not xml at all' > {reports}/junit.xml && ${LCOV}`, extra: NO_RETRY, fails: true },
  'a failing test whose name and message are hostile': {
    testing: `${junit('<testcase classname="c&lt;script&gt;alert(1)&lt;/script&gt;" name="| pipe `tick` **bold** ::error::x"><failure message="NaN undefined? no: %0A::set-output name=x::y">trace</failure></testcase><testcase classname="c" name="ok"/>')} && ${LCOV}`,
    extra: NO_RETRY,
    fails: true
  },
  'a test command that times out': { testing: 'sleep 30', timeout: 1, extra: NO_RETRY, fails: true },
  'every stage disabled': {
    config: 'preset: none\nstages:\n  specification: { enabled: false }\n  testing: { enabled: false }\n  refactoring: { enabled: false }\n',
    fails: true
  },
  'a configuration that is not valid': { config: 'preset: none\nstages:\n  testing: { command: 3, reports: { junit: [] } }\nquality_gates: { test_pass_rate: { required: "80%" } }\n', fails: true, noDashboard: true },
  'a lint tool that crashes without a report': {
    stages:
      '  refactoring:\n    linting: { command: "echo eslint: cannot find config >&2; exit 2", report: { path: "{reports}/eslint.json", format: eslint-json } }\n    type_checking: { enabled: false }\n    security: { enabled: false }\n',
    extra: 'quality_gates: { linting: { auto_fix: false } }\n',
    fails: true
  },
  'a staging deployment that fails and rolls back': {
    target: 'staging',
    stages: '  staging_deployment:\n    command: "echo deploy failed >&2; exit 1"\n    rollback_command: "echo rolled back"\n    github_deployment: false\n',
    extra: NO_RETRY,
    fails: true
  },
  'a production target whose criteria have no source': {
    target: 'production',
    stages: '  staging_deployment:\n    command: "echo deployed"\n    github_deployment: false\n  production_deployment:\n    command: "echo deployed"\n    github_deployment: false\n',
    fails: true
  },
  'a run cancelled while its tests run': { testing: 'sleep 30', cancelAfterMs: 700, fails: true },
  'a staging deployment held back by its criteria': {
    target: 'staging',
    stages: '  staging_deployment:\n    command: "echo never"\n    github_deployment: false\n',
    fails: true
  },
  'a staging deployment that passes, writing outputs, verified by nothing': {
    target: 'staging',
    stages: [
      '  refactoring:',
      '    linting: { command: "cp eslint.src {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }',
      '    type_checking: { command: ": > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }',
      '    security:',
      '      command: "cp secretlint.src {reports}/secretlint.json && cp audit.src {reports}/npm-audit.json"',
      '      reports: [{ path: "{reports}/secretlint.json", format: secretlint-json }, { path: "{reports}/npm-audit.json", format: npm-audit-json }]',
      '  staging_deployment:',
      '    command: "echo environment_url=http://user:pw@127.0.0.1:9/app?token=t >> {outputs}; echo version=1.2.3 >> {outputs}; echo db_password=hunter2 >> {outputs}"',
      '    github_deployment: false',
      ''
    ].join('\n'),
    extra: 'quality_gates: { linting: { auto_fix: false } }\n',
    files: {
      'eslint.src': '[{"filePath":"{dir}/src/tiny/a.js","messages":[],"errorCount":0,"warningCount":0}]',
      'secretlint.src': '[{"filePath":"{dir}/src/tiny/a.js","messages":[]}]',
      'audit.src': JSON.stringify({
        auditReportVersion: 2,
        vulnerabilities: {},
        metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 1, dev: 0, optional: 0, peerOptional: 0, total: 1 } }
      })
    },
    fails: false
  }
}

const BAD = /\b(undefined|null|NaN|Infinity)\b|\[object Object\]/

/** Text a reader sees: tags, attributes, the style sheet and scripts removed. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
}

/** The text of a surface around its first bad word, for the failure message. */
function badWord(name: string, text: string): string | null {
  const m = BAD.exec(text)
  return m ? `${name}: …${text.slice(Math.max(0, m.index - 120), m.index + 60)}…` : null
}

describe.each(Object.entries(SCENARIOS))('every surface of a run with %s', (_name, scenario) => {
  test('says what the run measured, never undefined, null, NaN or [object Object]', async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    let config = scenario.config ?? tinyConfig({ testing: scenario.testing, extra: scenario.extra })
    if (scenario.stages?.includes('refactoring')) config = config.replace(/^ {2}refactoring: \{ enabled: false \}$/m, '')
    if (scenario.stages !== undefined) config = config.replace(/^stages:\n/m, `stages:\n${scenario.stages}`)
    if (scenario.timeout !== undefined) config = config.replace('    reports:', `    timeout_seconds: ${scenario.timeout}\n    reports:`)
    await writeIn(dir, 'cfg.yml', `${config}\n`)
    for (const [path, text] of Object.entries(scenario.files ?? {})) await writeIn(dir, path, text.replaceAll('{dir}', dir))
    const lines: string[] = []
    const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
    const cancel = new AbortController()
    const timer = scenario.cancelAfterMs === undefined ? undefined : setTimeout(() => cancel.abort(), scenario.cancelAfterMs)
    const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: scenario.target ?? 'dev', configFile: 'cfg.yml', workspace: dir, host, signal: cancel.signal })
    clearTimeout(timer)
    if (scenario.cancelAfterMs !== undefined) expect(result.report.cancelled).toBe(true)
    // On a wrong verdict, the failed stages' errors say why.
    const why = Object.values(result.report.stage_results)
      .filter((stage) => stage !== undefined && !stage.success)
      .flatMap((stage) => [...stage.errors, ...Object.values<GateResult>(stage.quality_gates).flatMap((g) => (g.passed ? [] : [`${g.gate_name}: ${g.errors.join('; ')}`]))])
      .concat(result.report.errors)
    expect({ success: result.success, why }).toEqual(expect.objectContaining({ success: !scenario.fails }))
    const report = JSON.parse(await readFile(result.reportPath, 'utf8')) as WorkflowReport
    const plan = planAnnotations(reportFindings(report))
    const dashboard = report.metrics_dashboard ? await readFile(report.metrics_dashboard, 'utf8') : ''
    if (scenario.noDashboard) expect(report.metrics_dashboard).toBeNull()
    else expect(dashboard).toContain('</html>')
    const surfaces: Record<string, string> = {
      summary: visible(renderJobSummary(report, {})),
      dashboard: visible(dashboard),
      comment: renderComment(report, null, {}).replace(/<!--[^>]*-->/g, ''),
      'check run': `${verdictTitle(report)}\n${checkRunSummary(report, plan)}`,
      'gate lines': reportView(report).gates.map(gateLogLine).join('\n'),
      console: lines.join('\n')
    }
    // The hostile test's message says "NaN undefined" itself: quoted as the tool wrote it, it is not ours.
    const bad = Object.entries(surfaces)
      .map(([name, text]) => badWord(name, text.replace(/NaN undefined\? no/g, '')))
      .filter((x): x is string => x !== null)
    expect(bad).toEqual([])
  })
})
