/**
 * The JS API closes the context session and writes the metrics and the dashboard at once (they touch different
 * files): every one of them is still written, and what the metrics step says still comes after the session's lines.
 */
import { afterAll, describe, expect, jest, test } from '@jest/globals'
import { readdir, readFile, appendFile } from 'node:fs/promises'
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

async function run(dir: string): Promise<string[]> {
  const lines: string[] = []
  const host = createConsoleHost({ workspace: dir, out: (l) => lines.push(l), err: (l) => lines.push(l) })
  const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: 'dev', configFile: 'cfg.yml', workspace: dir, host })
  expect(result.exitCode).toBe(0)
  return lines
}

describe('runWorkflow with sessions, metrics and the dashboard on', () => {
  test('all three are written; the metrics warnings come after the agent brief line, as when they ran one after the other', async () => {
    const dir = await tinyRepo()
    dirs.push(dir)
    await run(dir)
    const metricsDir = join(dir, '.spec-to-production/metrics')
    const [day] = await readdir(metricsDir)
    const before = (await readFile(join(metricsDir, day!), 'utf8')).split('\n').length
    await appendFile(join(metricsDir, day!), 'not a record\n')

    const lines = await run(dir)
    const brief = lines.findIndex((l) => l.includes('agent brief: '))
    const malformed = lines.findIndex((l) => l.includes('metrics history: 1 malformed line(s) skipped'))
    expect(brief).toBeGreaterThan(-1)
    expect(malformed).toBeGreaterThan(brief)
    // The session archived with both runs' messages, the metrics appended, the dashboard drawn from them.
    const archive = join(dir, '.spec-to-production/context/archive')
    const session = JSON.parse(await readFile(join(archive, (await readdir(archive)).find((f) => f.endsWith('.json'))!), 'utf8'))
    // Per run: the two stages' messages and the test history's (which failures are new).
    expect(session.messages.filter((m: { role: string }) => m.role === 'tool')).toHaveLength(6)
    expect((await readFile(join(metricsDir, day!), 'utf8')).split('\n').length).toBeGreaterThan(before + 1)
    expect(await readFile(join(dir, 'workflow_dashboard_tiny.html'), 'utf8')).toContain('</html>')
  })
})
