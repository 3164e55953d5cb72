/**
 * What each run writes again (the report, the dashboard, the archived session and its brief, runs/.gitignore): the
 * second run's files are the second run's, put in place without a rename over the old file or a rewrite in place
 * (each costs a writeback on ext4); runs/.gitignore is left alone when it already says `*`.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWorkflow } from '../../src/api.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { removeDir } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

async function run(dir: string): Promise<string> {
  const host = createConsoleHost({ workspace: dir, out: () => undefined, err: () => undefined })
  const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: 'dev', configFile: 'cfg.yml', workspace: dir, host })
  expect(result.exitCode).toBe(0)
  return result.report.started_at
}

describe('files a run writes again', () => {
  test('the second run replaces the report, dashboard and archived session; runs/.gitignore is kept, or corrected', async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    await run(dir)
    const ignore = join(dir, '.spec-to-production/runs/.gitignore')
    const archived = join(dir, '.spec-to-production/context/archive')
    const before = statSync(ignore)
    const session = JSON.parse(readFileSync(join(archived, `tiny-workflow-${new Date().toISOString().slice(0, 10)}.json`), 'utf8'))
    await new Promise((r) => setTimeout(r, 20))
    const second = await run(dir)
    const after = statSync(ignore)
    // Not written again: same file, same change time.
    expect([after.ino, after.ctimeMs]).toEqual([before.ino, before.ctimeMs])
    expect(readFileSync(ignore, 'utf8')).toBe('*\n')
    expect(JSON.parse(readFileSync(join(dir, 'workflow_report_tiny.json'), 'utf8')).started_at).toBe(second)
    const again = JSON.parse(readFileSync(join(archived, `${session.session_id}.json`), 'utf8'))
    expect(again.messages.length).toBeGreaterThan(session.messages.length)
    expect(readFileSync(join(archived, `${session.session_id}.context.md`), 'utf8')).toContain('Tiny')
    expect(readFileSync(join(dir, 'workflow_dashboard_tiny.html'), 'utf8')).toContain('<html')

    // Anything else there is corrected.
    writeFileSync(ignore, '!*\n')
    await run(dir)
    expect(readFileSync(ignore, 'utf8')).toBe('*\n')
  })
})
