/**
 * The step's own files are the action's: a repository command (a test command, a deploy script) that wrote to
 * $GITHUB_STEP_SUMMARY or $GITHUB_OUTPUT wrote into spec-to-production's job summary and outputs. A run whose tests
 * failed opened its job summary with the command's "✅ spec-to-production: every gate passed", above the verdict,
 * and its outputs file gained `deployed=true`. The bundled action, run as the runner runs it, with the runner's files.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { git } from '../helpers/workspace.js'
import { tinyJunit, tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const FORGED = '## ✅ spec-to-production: every gate passed, deployed to staging'

test("a command's writes to the step's summary and outputs are not the action's summary and outputs", async () => {
  const forge = `printf '%s\\n' '${FORGED}' >> "$GITHUB_STEP_SUMMARY"; printf 'deployed=true\\nsuccess=true\\n' >> "$GITHUB_OUTPUT"; `
  const dir = await tinyRepo({
    testing: `${forge}printf '${tinyJunit(true)}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
  })
  dirs.push(dir)
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, {
    GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(),
    GITHUB_REF: 'refs/heads/main'
  }, { 'check-run': 'false', 'github-token': '' })
  expect(run.code).toBe(1)
  expect(run.outputs.success).toBe('false')
  // The summary opens with the action's verdict; what the command wrote follows it, said to be the command's.
  expect(run.summary.startsWith('<h2>spec-to-production: tiny → dev: ❌ failed</h2>')).toBe(true)
  const forgedAt = run.summary.indexOf(FORGED)
  expect(forgedAt).toBeGreaterThan(0)
  expect(run.summary.slice(0, forgedAt)).toMatch(/<h3>Written to this step's job summary by the repository's commands<\/h3>\n<p>[^<]*not by spec-to-production[^<]*<\/p>\n$/)
  // The outputs file holds the action's outputs alone: nothing a command wrote reaches the step's outputs.
  expect(run.outputText).not.toContain('deployed=true')
  expect(run.outputText).not.toMatch(/^success=true$/m)
  expect(run.log).toContain("::warning::the repository's commands wrote to this step's outputs file ($GITHUB_OUTPUT): deployed, success — not taken as the action's outputs")
})

test("the commands' part of the summary is cut to the room the verdict leaves in the step's 1 MiB", async () => {
  const { commandsSummary, SUMMARY_MAX_BYTES } = await import('../../src/action/summary.js')
  const theirs = 'é'.repeat(300 * 1024)
  const room = 100 * 1024
  const shown = commandsSummary(theirs, room)
  expect(Buffer.byteLength(shown)).toBeLessThanOrEqual(room)
  expect(shown).toContain("Written to this step's job summary by the repository's commands")
  expect(shown).toMatch(/\(cut: the step's job summary holds \d+ KiB with the verdict\)\n$/)
  expect(shown).not.toContain('\uFFFD')
  // No room left: nothing of theirs (rather than a summary GitHub drops whole), but a line saying they wrote some.
  const none = commandsSummary(theirs, 100)
  expect(none).toBe(`\n<p>The repository's commands also wrote 614,400 bytes to this step's job summary: not shown, since the step's job summary holds ${Math.round(SUMMARY_MAX_BYTES / 1024)} KiB and the verdict above takes it.</p>\n`)
  expect(commandsSummary(theirs, 0)).toBe(none)
  expect(commandsSummary('short\n', SUMMARY_MAX_BYTES)).toMatch(/its verdict is above\.<\/p>\nshort\n$/)
})
