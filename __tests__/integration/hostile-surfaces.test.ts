/**
 * Text an attacker writes — a test's name, a failure message, what a crashing command prints, a changed file's name,
 * a fork's report — on our own surfaces, checked in what the bundled action, sub-actions and CLI send and print: the
 * bodies the api.github.com stand-in receives (read as GitHub reads them: character references decoded, code left
 * out), the job summary, the job log and the terminal. No text mentions anyone, references an issue, adds Markdown
 * of its own, acts as a workflow command or sends a terminal escape of its own.
 */
import { jest, expect, test } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, readReport, ROOT, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo, toolsRepo } from '../helpers/tiny.js'
import { runSubAction, runTinyAction } from '../helpers/run-action.js'
import { githubStandIn } from '../servers/github-stand-in.js'

jest.setTimeout(120_000)
const dirs: string[] = []
const github = githubStandIn({ dirs })

/**
 * The text GitHub looks for mentions and references in: the rendered page's text nodes, outside code. Markdown and
 * HTML code spans are dropped, then every character reference decoded (as the HTML parser does before GitHub's
 * filters see the text).
 */
function renderedText(markup: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', num: '#' }
  return markup
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/&#(\d+);|&#x([0-9a-f]+);|&([a-z]+);/gi, (m, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!.toLowerCase()] ?? m)
    )
}

/** What GitHub links in text: `@user`, `@org/team`, `#12`, `owner/repo#12`, `GH-12`. */
const LINKED = /(?:^|[^\w`])@[a-z\d][\w-]*|#\d|\bGH-\d/i

/** A testing command that writes a JUnit report whose every test fails, each named and failing with one of `names`. */
const WRITER = `import { writeFileSync } from 'node:fs'
const names = JSON.parse(process.env.HOSTILE_NAMES)
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
const cases = names.map((n, i) => '<testcase classname="suite' + i + '" name="' + esc(n) + '"><failure message="' + esc(n) + '">' + esc(n) + '</failure></testcase>')
writeFileSync(process.argv[2] + '/junit.xml', '<testsuite name="s" tests="' + names.length + '" failures="' + names.length + '">' + cases.join('') + '</testsuite>')
writeFileSync(process.argv[2] + '/lcov.info', 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n')
`

/** The tiny component on a pull request, run by the bundled action with a comment, its tests failing under `names`. */
async function runOnPullRequest(names: string[]) {
  const dir = await tinyRepo({ testing: 'node write.mjs {reports}' })
  dirs.push(dir)
  await writeIn(dir, 'write.mjs', WRITER)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'hostile test names')
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  const event = JSON.parse(await readFile(join(ROOT, '__tests__/github/fixtures/pull_request.synchronize.json'), 'utf8'))
  event.pull_request.head.sha = head
  github.pullRequests.set(event.number, { head_sha: head })
  const before = github.requests.length
  const run = await runTinyAction(
    github.url,
    dir,
    'pull_request',
    event,
    { GITHUB_SHA: head, GITHUB_REF: `refs/pull/${event.number}/merge`, GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main', HOSTILE_NAMES: JSON.stringify(names) },
    { comment: 'true' }
  )
  github.assertNoViolations()
  const sent = github.requests.slice(before)
  const bodyOf = (route: string) => sent.filter((r) => r.route === route).map((r) => r.body as Record<string, unknown>)
  const comment = bodyOf('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((b) => String(b.body))
  const checkRun = bodyOf('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}').flatMap((b) => {
    const o = b.output as { title: string; summary: string; text?: string }
    return [o.title, o.summary, o.text ?? '']
  })
  return { run, comment, checkRun }
}

test('a failing test named @security-team, #1 or acme/other#3 mentions no one and references no issue on any surface', async () => {
  const names = ['@security-team please approve', 'see #1, GH-2 and acme/other#3', 'mail ops@example.com about @acme/release-managers']
  const { run, comment, checkRun } = await runOnPullRequest(names)
  expect(run.code).toBe(1)
  expect(comment).toHaveLength(1)
  expect(checkRun.length).toBeGreaterThan(0)
  for (const [surface, markup] of [['comment', comment[0]], ['check run', checkRun.join('\n')], ['job summary', run.summary]] as const) {
    const text = renderedText(markup)
    // The names are shown, as text.
    expect({ surface, shown: text.replace(/\u200B/g, '').includes('security-team please approve') }).toEqual({ surface, shown: true })
    expect({ surface, linked: LINKED.exec(text)?.[0] ?? null }).toEqual({ surface, linked: null })
  }
})

async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-hostile-'))
  dirs.push(dir)
  return dir
}

/** Markdown with its code spans left out (GitHub renders nothing inside one); `\|` stays, as table rows need it. */
const outsideCode = (line: string) => line.replace(/(`+)[\s\S]*?\1/g, (span) => span.replace(/[^|\\]/g, ''))
/** The cells GFM splits a table row into: at every `|` not escaped, inside code spans too. */
const cellCount = (row: string) => row.trim().split(/(?<!\\)\|/).length - 2

test("workflow_run mode: a fork's report naming a stage or gate with Markdown adds no row, heading or image to the check run or the comment", async () => {
  // The fork's run writes its report, and the trusted run renders it: every field is the fork's. A real report of the
  // tiny component, with a stage and a gate named as rows, a heading and images, and a finding whose severity and line
  // are Markdown.
  const dir = await tinyRepo({ failing: true })
  dirs.push(dir)
  expect((await runCli(dir, TINY_ARGS)).code).toBe(1)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  const testing = report.stage_results.testing
  testing.quality_gates.test_pass_rate.gate_name = 'rate | ✅ | 100% | ok |\n\n![](https://evil.example/gate.png)'
  testing.quality_gates.test_pass_rate.findings.push({ tool: 't', severity: 'error\n\n![](https://evil.example/severity.png)', file: '', line: '1\n\n![](https://evil.example/line.png)', message: 'm' })
  report.stage_results['x |\n\n## ✅ All checks passed\n\n![](https://evil.example/stage.png)\n\n| a'] = testing
  report.stages_skipped.push('skipped\n\n![](https://evil.example/skipped.png)')
  const cwd = await temp()
  await writeFile(join(cwd, 'leg.json'), JSON.stringify(report))
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const head = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
  await writeFile(join(cwd, 'event.json'), JSON.stringify({ workflow_run: { id: 790, head_sha: head, pull_requests: [{ number: 47 }] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(cwd, 'event.json'), GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const before = github.requests.length
  const run = await runSubAction('aggregate', { cwd, runner: await temp(), apiUrl: github.url, inputs: { 'report-from-run': '790', 'github-token': 'ghs_16C7e42F292c6912E7710c838347Ae178B4a', reports: join(cwd, 'leg.json') }, env })
  expect(run.code).toBe(1)
  github.assertNoViolations()
  const sent = github.requests.slice(before)
  const leg = sent.filter((r) => r.route === 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}').map((r) => (r.body as { output: { summary: string; text: string } }).output)
  const comment = sent.filter((r) => r.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((r) => String((r.body as { body: string }).body))
  expect(leg).toHaveLength(1)
  expect(comment).toHaveLength(1)
  for (const [surface, markup] of [['check run summary', leg[0].summary], ['check run text', leg[0].text], ['comment', comment[0]]] as const) {
    // The gate is shown under the name the report gives it, as text; a stage no run has, and a finding whose severity
    // is none, are not shown at all.
    expect({ surface, shown: markup.includes('evil.example/gate.png') }).toEqual({ surface, shown: surface !== 'check run text' })
    expect({ surface, left: /evil\.example\/(stage|severity|line)\.png/.test(markup) }).toEqual({ surface, left: false })
    const lines = markup.split('\n')
    // Every table row has its table's four cells; the fork's text starts no line of its own (a heading, an image).
    const rows = lines.filter((l) => l.startsWith('|'))
    expect({ surface, cells: [...new Set(rows.map(cellCount))] }).toEqual({ surface, cells: surface === 'check run text' ? [] : [4] })
    expect({ surface, lines: lines.filter((l) => /^(## ✅ All checks passed|!\[\]\(https:\/\/evil)/.test(l)) }).toEqual({ surface, lines: [] })
    // No image: `![` outside a code span is escaped.
    expect({ surface, images: lines.filter((l) => /(?<!\\)!\[/.test(outsideCode(l))) }).toEqual({ surface, images: [] })
  }
})

test("the aggregate's summary and overall check run show a leg's failure text as text: no image, link or emphasis from a test's output", async () => {
  // A test command that crashes before writing a report: the leg's verdict quotes what its output says, which a
  // pull request writes (a test printing an image that loads from its server for every viewer, a link to anywhere).
  const said = 'Error: ![beacon](https://evil.example/pixel.png) [sign in again](https://evil.example/login) **approve now**'
  const dir = await tinyRepo({ testing: `echo '${said}' && exit 1` })
  dirs.push(dir)
  expect((await runCli(dir, TINY_ARGS)).code).toBe(1)
  const cwd = await temp()
  await writeFile(join(cwd, 'workflow_report_tiny.json'), await readFile(join(dir, 'workflow_report_tiny.json'), 'utf8'))
  const head = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
  await writeFile(join(cwd, 'event.json'), JSON.stringify({ after: head, repository: { full_name: 'o/r' } }))
  const before = github.requests.length
  const run = await runSubAction('aggregate', {
    cwd,
    runner: await temp(),
    apiUrl: github.url,
    inputs: { 'github-token': 'ghs_16C7e42F292c6912E7710c838347Ae178B4a', reports: join(cwd, 'workflow_report_tiny.json'), expected: 'tiny' },
    env: { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'push', GITHUB_SHA: head, GITHUB_EVENT_PATH: join(cwd, 'event.json') }
  })
  expect(run.code).toBe(1)
  github.assertNoViolations()
  const overall = github.requests.slice(before).filter((r) => r.route === 'POST /repos/{owner}/{repo}/check-runs').map((r) => (r.body as { output: { summary: string } }).output.summary)
  expect(overall).toHaveLength(1)
  for (const [surface, markup] of [['job summary', run.summary], ['overall check run', overall[0]]] as const) {
    // The leg's row quotes the output.
    expect({ surface, quoted: markup.includes('https://evil.example/pixel.png') }).toEqual({ surface, quoted: true })
    // Outside code spans, no `![`, `[`, `*` or `_` that Markdown would read: each is escaped.
    const text = outsideCode(markup)
    expect({ surface, markup: text.match(/(?<!\\)(?:!?\[[^\]]*\]\(https:\/\/evil|\*\*approve)/g) }).toEqual({ surface, markup: null })
  }
})

/** Lines holding `##[` (the runner reads it anywhere in a line) outside a stop-commands frame of the action's own. */
function unframedCommands(log: string): string[] {
  let frame: string | null = null
  const unframed: string[] = []
  for (const line of log.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart()
    if (frame !== null) {
      if (trimmed === `::${frame}::`) frame = null
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(trimmed)
    if (stop) frame = stop[1]
    else if (line.includes('##[')) unframed.push(line)
  }
  return unframed
}

test('plan: a changed file named ##[stop-commands]… issues no workflow command when the plan says why it chose the components', async () => {
  const repo = await temp()
  for (const name of ['alpha', 'beta']) {
    await writeIn(repo, `specs/${name}.md`, `---\ncomponent: ${name}\npaths: { source: src/${name} }\n---\n# ${name}\n\n## Requirements\n\n- R1: works\n`)
    await writeIn(repo, `src/${name}/index.js`, 'export const x = 1\n')
  }
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
  const base = git(repo, 'rev-parse', 'HEAD').trim()
  // The pull request adds a file whose name the runner would read as a command: it stops reading every later one
  // (`::add-mask::` among them) until a token only the attacker knows.
  await writeIn(repo, 'src/alpha/x##[stop-commands]pwned-token.js', 'export const y = 2\n')
  git(repo, 'add', '-A')
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'alpha changes')
  const head = git(repo, 'rev-parse', 'HEAD').trim()
  const event = join(await temp(), 'event.json')
  await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: head }, base: { sha: base } } }))
  const run = await runSubAction('plan', { cwd: repo, runner: await temp(), apiUrl: github.url, inputs: { specs: 'specs/*.md', 'changed-only': 'true' }, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } })
  expect(run.code).toBe(0)
  expect(JSON.parse(run.outputs.matrix)).toEqual({ include: [{ component: 'alpha', spec: 'specs/alpha.md' }] })
  // The reason is logged, file name and all, inside a frame.
  expect(run.log).toContain('alpha: src/alpha/x##[stop-commands]pwned-token.js changed (source path src/alpha)')
  expect(unframedCommands(run.log)).toEqual([])
})

test("a crashed test command's output is quoted without its terminal escapes and direction overrides in the report and the console summary", async () => {
  // What the command prints reaches the terminal as it is (the tool's own output); what the run says about it is the
  // run's text: a clipboard write (OSC 52), a link (OSC 8), a bell, and a right-to-left override that makes
  // "passing" read backwards.
  const printed = 'Error: \u001b]52;c;cHduZWQ=\u0007 \u001b]8;;https://evil.example\u001b\\\\click\u001b]8;;\u001b\\\\ \u202Egnissap\u202C done'
  const dir = await tinyRepo({ testing: 'node crash.mjs' })
  dirs.push(dir)
  await writeIn(dir, 'crash.mjs', `process.stdout.write(${JSON.stringify(printed)} + '\\n')\nprocess.exit(1)\n`)
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'crash')
  const cli = await runCli(dir, TINY_ARGS)
  expect(cli.code).toBe(1)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  const error = report.stage_results.testing.errors.find((e: string) => e.includes('its output'))
  expect(error).toContain('Error: ')
  expect(error).toContain('done')
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  const unshowable = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/
  expect(unshowable.exec(error)).toBeNull()
  const summary = cli.stdout.slice(cli.stdout.indexOf('WORKFLOW SUMMARY'))
  expect(summary).toContain('its output')
  expect(unshowable.exec(summary)).toBeNull()
  expect(cli.stderr.split('\n').filter((l) => l.includes('its output') && unshowable.test(l))).toEqual([])
})

test("aggregate on a fork's downloaded reports: the terminal escapes and the override in its component name are not printed", async () => {
  // A maintainer runs `spec-to-production aggregate` on the artifacts of a fork's run; the report's every field is the
  // fork's. A clipboard write (OSC 52) and a bell in its component name, a right-to-left override after them.
  const dir = await tinyRepo({ failing: true })
  dirs.push(dir)
  expect((await runCli(dir, TINY_ARGS)).code).toBe(1)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  report.component_name = 'tiny\u001b]52;c;cHduZWQ=\u0007 \u202Egnissap'
  const cwd = await temp()
  await writeFile(join(cwd, 'workflow_report_tiny.json'), JSON.stringify(report))
  const run = await runCli(cwd, ['aggregate', join(cwd, 'workflow_report_tiny.json')])
  expect(run.code).toBe(1)
  expect(run.stdout).toContain('gnissap')
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  expect(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.exec(run.stdout + run.stderr)).toBeNull()
})

test("a lint fix command that fails is quoted without its terminal escapes and direction overrides", async () => {
  const printed = 'fixer: \u001b]52;c;cHduZWQ=\u0007 \u202Egnissap\u202C gave up'
  const lint =
    '    linting: { command: "npx eslint src/tiny -f json -o {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json }, fix_command: "node fix.mjs" }\n' +
    '    security: { enabled: false }\n    type_checking: { enabled: false }\n    instructions_validation: { enabled: false }\n'
  const dir = await toolsRepo(lint, {
    extra: 'quality_gates: { linting: { max_issues: 5, auto_fix: suggest } }',
    files: { 'src/tiny/a.js': 'const unused = 1\nexport const a = 1\n', 'fix.mjs': `process.stdout.write(${JSON.stringify(printed)} + '\\n')\nprocess.exit(3)\n` }
  })
  dirs.push(dir)
  const cli = await runCli(dir, [...TINY_ARGS, '--output', 'r.json'])
  expect(cli.code).toBe(1)
  const linting = (await readReport(dir, 'r.json')).stage_results.refactoring.quality_gates.linting
  const error = linting.errors.find((e: string) => e.includes('the lint fix command failed'))
  expect(error).toContain('gave up')
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  const unshowable = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/
  expect(unshowable.exec(error)).toBeNull()
  expect(unshowable.exec(cli.stdout.slice(cli.stdout.indexOf('WORKFLOW SUMMARY')))).toBeNull()
})

test("workflow_run mode: a fork's finding with terminal escapes and a direction override is annotated without them", async () => {
  // Findings the run reads itself are cleaned as they are parsed; a fork's report is read as the fork wrote it.
  const dir = await tinyRepo({ failing: true })
  dirs.push(dir)
  expect((await runCli(dir, TINY_ARGS)).code).toBe(1)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  report.stage_results.testing.quality_gates.test_pass_rate.findings.push({
    tool: 'eslint',
    rule: 'no-\u202Eevil',
    severity: 'error',
    file: 'src/tiny/a.js',
    line: 1,
    message: 'unused \u001b]52;c;cHduZWQ=\u0007 \u202Edesu\u202C x'
  })
  const cwd = await temp()
  await writeFile(join(cwd, 'leg.json'), JSON.stringify(report))
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const head = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
  await writeFile(join(cwd, 'event.json'), JSON.stringify({ workflow_run: { id: 791, head_sha: head, pull_requests: [] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(cwd, 'event.json'), GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const before = github.requests.length
  const run = await runSubAction('aggregate', { cwd, runner: await temp(), apiUrl: github.url, inputs: { 'report-from-run': '791', 'github-token': 'ghs_16C7e42F292c6912E7710c838347Ae178B4a', reports: join(cwd, 'leg.json'), comment: 'false' }, env })
  expect(run.code).toBe(1)
  github.assertNoViolations()
  const annotations = github.requests
    .slice(before)
    .filter((r) => r.route === 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')
    .flatMap((r) => (r.body as { output: { annotations?: Array<{ path: string; message: string; title?: string }> } }).output.annotations ?? [])
  const ours = annotations.filter((a) => a.path === 'src/tiny/a.js')
  expect(ours).toHaveLength(1)
  expect(ours[0].message).toContain('unused')
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  const unshowable = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
  expect(unshowable.exec(`${ours[0].message} ${ours[0].title}`)).toBeNull()
})

test("workflow_run mode: a fork's report whose finding or error is not text leaves no check run in progress and stops no other surface", async () => {
  // A message that is a number, an error that is an object: the check run this mode started for the leg stayed
  // "in progress" on the pull request, no comment and no overall check run were posted, and the step failed with
  // "text.replace is not a function".
  const dir = await tinyRepo({ failing: true })
  dirs.push(dir)
  expect((await runCli(dir, TINY_ARGS)).code).toBe(1)
  const report = await readReport(dir, 'workflow_report_tiny.json')
  const gate = report.stage_results.testing.quality_gates.test_pass_rate
  gate.findings.push({ tool: 'eslint', severity: 'error', file: 'src/tiny/a.js', line: 1, message: 42 })
  gate.errors.push({ not: 'text' })
  report.errors = [7]
  const cwd = await temp()
  await writeFile(join(cwd, 'leg.json'), JSON.stringify(report))
  github.script('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', [{ status: 200, body: { total_count: 0, artifacts: [] } }])
  const head = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
  await writeFile(join(cwd, 'event.json'), JSON.stringify({ workflow_run: { id: 792, head_sha: head, pull_requests: [{ number: 48 }] }, repository: { full_name: 'o/r' } }))
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(cwd, 'event.json'), GITHUB_SHA: 'e'.repeat(40), GITHUB_SERVER_URL: 'http://github.localhost' }
  const before = new Set(github.checkRuns.keys())
  const run = await runSubAction('aggregate', { cwd, runner: await temp(), apiUrl: github.url, inputs: { 'report-from-run': '792', 'github-token': 'ghs_16C7e42F292c6912E7710c838347Ae178B4a', reports: join(cwd, 'leg.json') }, env })
  expect(run.code).toBe(1)
  github.assertNoViolations()
  const posted = [...github.checkRuns.entries()].filter(([id]) => !before.has(id)).map(([, c]) => c)
  expect(posted.map((c) => [c.name, c.status, c.conclusion])).toEqual([
    ['spec-to-production / tiny', 'completed', 'failure'],
    ['spec-to-production / all components', 'completed', 'failure']
  ])
  expect([...github.issueComments.values()].filter((c) => c.issue_number === 48)).toHaveLength(1)
  expect(run.outputs).toMatchObject({ success: 'false', 'failed-components': 'tiny' })
  // What was left out is said, naming the file and the fields.
  const warning = run.log.split('\n').find((l) => l.startsWith(`::warning::the report of tiny (${join(cwd, 'leg.json')}) holds 3 entries its check run and comment cannot show, left out of them: `))
  for (const entry of ['stage_results.testing.quality_gates.test_pass_rate.findings[1] (message is not text)', 'stage_results.testing.quality_gates.test_pass_rate.errors[1] (not text)', 'errors[0] (not text)']) {
    expect(warning).toContain(entry)
  }
})
