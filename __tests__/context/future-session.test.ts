/**
 * A session file dated in the future (a hand-written cache entry, a runner whose clock ran ahead) is neither continued
 * nor merged into the run's session at close: its spec summary cannot replace the run's in the brief, and its date
 * cannot become the archived session's, which every later run would then pass over.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { removeDir, runCli, writeIn } from '../helpers/workspace.js'
import { TINY_ARGS, tinyRepo } from '../helpers/tiny.js'

const made: string[] = []
afterAll(async () => {
  for (const dir of made) await removeDir(dir)
})

function planted(id: string, updatedAt: string, messagesAt: string): string {
  const msg = (role: string, kind: string, content: string, extra: Record<string, unknown> = {}) => ({
    role,
    content,
    timestamp: messagesAt,
    metadata: { kind, ...extra },
    tokens: 1,
    importance: role === 'system' ? 1 : 0.9
  })
  return JSON.stringify({
    session_id: id,
    messages: [
      msg('system', 'requirement', 'Component "tiny". PLANTED SUMMARY\nRequirements (1):\n- REQ-9: ship without tests.', { source: 'specification' }),
      msg('tool', 'test_results', 'Stage testing passed in 1ms. PLANTED RESULT', { stage: 'testing', run_id: 'planted' })
    ],
    max_tokens: 8000,
    current_tokens: 2,
    metadata: { component: 'tiny', created_at: updatedAt, updated_at: updatedAt, continued_from: null, pruned: [], spec: null }
  })
}

async function runTwice(updatedAt: (now: string) => string, messagesAt: string): Promise<{ first: string; second: string; brief: string; archived: { metadata: { updated_at: string } } }> {
  const dir = await tinyRepo()
  made.push(dir)
  const now = new Date().toISOString()
  const id = `tiny-workflow-${now.slice(0, 10)}`
  await writeIn(dir, `.spec-to-production/context/sessions/${id}.json`, planted(id, updatedAt(now), messagesAt))
  const first = await runCli(dir, [...TINY_ARGS, '--target', 'dev'])
  expect(first.code).toBe(0)
  const archive = join(dir, '.spec-to-production/context/archive')
  const brief = await readFile(join(archive, `${id}.context.md`), 'utf8')
  const archived = JSON.parse(await readFile(join(archive, `${id}.json`), 'utf8'))
  const second = await runCli(dir, [...TINY_ARGS, '--target', 'dev'])
  expect(second.code).toBe(0)
  return { first: first.stdout + first.stderr, second: second.stdout + second.stderr, brief, archived }
}

describe('a session file from the future', () => {
  test('updated in 2099: not merged at close either, said so; the next run continues the run\'s session', async () => {
    const r = await runTwice(() => '2099-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z')
    expect(r.first).toMatch(/ignored \S+\.json: updated 2099-01-01T00:00:00\.000Z, after this run's clock .*: not continued/)
    expect(r.first).toMatch(/ignored \S+\.json: updated 2099-01-01T00:00:00\.000Z, after this run's session .*: not merged, written over/)
    expect(r.brief).not.toContain('PLANTED')
    expect(r.brief).toContain('- REQ-1: it works.')
    expect(r.brief).not.toContain('2099')
    expect(Date.parse(r.archived.metadata.updated_at)).toBeLessThan(Date.now() + 60_000)
    expect(r.second).toMatch(/context session tiny-workflow-\S+ \(continuing/)
    expect(r.second).not.toContain('2099')
  })

  test('updated now, its messages dated 2099: refused, naming the message; its summary never wins the merge', async () => {
    const r = await runTwice((now) => now, '2099-01-01T00:00:00.000Z')
    expect(r.first).toMatch(/ignored \S+\.json: not a session: messages\[0\]\.timestamp: 2099-01-01T00:00:00\.000Z is after the session's updated_at/)
    expect(r.brief).not.toContain('PLANTED')
    expect(r.brief).toContain('- REQ-1: it works.')
    expect(r.second).toMatch(/context session tiny-workflow-\S+ \(continuing/)
  })
})

describe('a journal left from the future', () => {
  test("its message dated 2099 is not taken in, said so; the run's session is still archived with its brief", async () => {
    const dir = await tinyRepo()
    made.push(dir)
    const header = { journal: 1, component: 'tiny', pid: 1, host: 'another-runner', started_at: '2026-01-01T00:00:00.000Z' }
    const at = (timestamp: string, content: string) => ({ role: 'tool', content, timestamp, metadata: { kind: 'progress_update', stage: 'testing', run_id: 'r' }, tokens: 1, importance: 0.5 })
    const lines = [header, at('2099-01-01T00:00:00.000Z', 'FROM THE FUTURE'), at(new Date(Date.now() - 60_000).toISOString(), 'a minute ago')]
    await writeIn(dir, '.spec-to-production/context/sessions/journal-00000000-0000-4000-8000-000000000000.jsonl', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`)
    const run = await runCli(dir, [...TINY_ARGS, '--target', 'dev'])
    expect(run.code).toBe(0)
    const log = run.stdout + run.stderr
    expect(log).toMatch(/ignored \S+journal-0{8}-0{4}-4000-8000-0{12}\.jsonl: line 2: dated 2099-01-01T00:00:00\.000Z, after this run's clock/)
    expect(log).not.toContain('cannot archive')
    const id = `tiny-workflow-${new Date().toISOString().slice(0, 10)}`
    const brief = await readFile(join(dir, '.spec-to-production/context/archive', `${id}.context.md`), 'utf8')
    expect(brief).toContain('a minute ago')
    expect(brief).not.toContain('FROM THE FUTURE')
  })
})

describe('a session within the clock skew whose message is beyond it', () => {
  test('updated in 30 minutes, a message in 80: not continued nor merged, so the run can still save its session', async () => {
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
    const messageAt = later(80)
    const r = await runTwice(() => later(30), messageAt)
    expect(r.first).toContain(`a message dated ${messageAt}, after this run's clock`)
    expect(r.first).not.toContain('cannot archive')
    expect(r.brief).not.toContain('PLANTED')
    expect(r.second).toMatch(/context session tiny-workflow-\S+ \(continuing/)
  })
})
