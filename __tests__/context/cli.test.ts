import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { exportSession, listSessions, showSession } from '../../src/context/cli.js'
import { SessionRepository } from '../../src/context/repository.js'
import { addMessage, createSession } from '../../src/context/session.js'
import { DAY1, DAY2, greeterSpec, tempDir } from './fixtures.js'

async function populated(): Promise<string> {
  const dir = await tempDir()
  const repo = new SessionRepository(dir)
  let a = await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1 })
  a = await addMessage(a, { kind: 'test_results', content: 'all tests pass\n\u001b[31mred\u001b[0m', stage: 'testing' }, DAY1)
  await repo.save(a)
  await repo.archive(a.session_id)
  await repo.save(await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY2 }))
  await writeFile(join(dir, 'sessions', 'x-workflow-2025-01-01.json'), '{')
  return dir
}

describe('context CLI helpers', () => {
  test('list: a table, newest first, with ignored files', async () => {
    const dir = await populated()
    const out = await listSessions(dir)
    const lines = out.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^ID\s+COMPONENT\s+UPDATED\s+MESSAGES\s+TOKENS\s+STATE$/)
    expect(lines[1]).toMatch(/^greeter-workflow-2025-10-21\s+greeter\s+2025-10-21T00:00:01.000Z\s+1\s+\d+\/8000\s+active$/)
    expect(lines[2]).toMatch(/^greeter-workflow-2025-10-20\s+greeter\s+\S+\s+2\s+\d+\/8000\s+archived$/)
    expect(lines[3]).toMatch(/^ignored .*x-workflow-2025-01-01\.json: not valid JSON/)
    expect(await listSessions(join(dir, 'nothing'))).toMatch(/^No context sessions in /)
  })

  test('show: metadata and messages, terminal escapes neutralized', async () => {
    const dir = await populated()
    const out = await showSession(dir, 'greeter-workflow-2025-10-20')
    expect(out).toContain('Session greeter-workflow-2025-10-20 (archived)')
    expect(out).toContain('Component: greeter')
    expect(out).toMatch(/\[2\] assistant · test_results · testing · importance 0\.9 · \d+ tokens/)
    expect(out).toContain('    all tests pass')
    expect(out).not.toContain('\u001b')
  })

  test('export json and md', async () => {
    const dir = await populated()
    const json = JSON.parse(await exportSession(dir, 'greeter-workflow-2025-10-20', 'json'))
    expect(json.session_id).toBe('greeter-workflow-2025-10-20')
    expect(json.messages).toHaveLength(2)
    const md = await exportSession(dir, 'greeter-workflow-2025-10-20', 'md')
    expect(md).toMatch(/^# Context brief: greeter/)
    await expect(exportSession(dir, 'greeter-workflow-2025-10-20', 'yaml')).rejects.toThrow('Unknown export format "yaml": use md or json')
  })

  test('an unknown id names the id and the available ones; an unreadable one says why', async () => {
    const dir = await populated()
    await expect(showSession(dir, 'nope-workflow-2025-01-01')).rejects.toThrow(
      'Unknown context session "nope-workflow-2025-01-01" in ' + dir + '. Available: greeter-workflow-2025-10-21, greeter-workflow-2025-10-20'
    )
    await expect(exportSession(dir, '../../etc/passwd', 'json')).rejects.toThrow(/Unknown context session "..\/..\/etc\/passwd".*Available: greeter/)
    await expect(showSession(dir, 'x-workflow-2025-01-01')).rejects.toThrow(/cannot be read .*not valid JSON/)
    await expect(showSession(await tempDir(), 'a-workflow-2025-01-01')).rejects.toThrow(/Available: none/)
  })
})
