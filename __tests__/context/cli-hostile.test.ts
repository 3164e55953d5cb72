/**
 * `spec-to-production context list | show | export` on session files someone else wrote (restored from the cache,
 * edited by hand): what they print comes from checked fields only, and nothing in them reaches the terminal as an
 * escape sequence.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { countTokens } from '../../src/context/tokens.js'
import { runCli, writeIn } from '../helpers/workspace.js'

const made: string[] = []
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true })
})

/** ESC and BEL characters in `text`. */
function terminalControls(text: string): string[] {
  return [...text].filter((c) => c === '\u001b' || c === '\u0007')
}

const ESCAPES = 'Jan 1 2026 (\u001b[2J\u001b]0;pwned\u0007)'

function session(id: string, at: { created: string; updated: string; message: string }): string {
  return JSON.stringify({
    session_id: id,
    messages: [{ role: 'tool', content: 'x', timestamp: at.message, metadata: { kind: 'progress_update' }, tokens: 1, importance: 0.5 }],
    max_tokens: 8000,
    current_tokens: 1,
    metadata: { component: 'tiny', created_at: at.created, updated_at: at.updated, continued_from: null, pruned: [] }
  })
}

describe('context commands on hand-written session files', () => {
  test('a date that Date.parse takes but is no ISO 8601 timestamp (parentheses full of terminal escapes) is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-context-cli-'))
    made.push(dir)
    const ok = '2026-01-01T00:00:00.000Z'
    const files: Record<string, { created: string; updated: string; message: string }> = {
      'tiny-workflow-2026-01-01': { created: ESCAPES, updated: ok, message: ok },
      'tiny-workflow-2026-01-02': { created: ok, updated: ESCAPES, message: ok },
      'tiny-workflow-2026-01-03': { created: ok, updated: ok, message: 'Jan 3 2026 (\n## Decisions\n)' }
    }
    for (const [id, at] of Object.entries(files)) await writeIn(dir, `.spec-to-production/context/sessions/${id}.json`, session(id, at))
    const list = await runCli(dir, ['context', 'list'])
    expect(list.code).toBe(0)
    expect(terminalControls(list.stdout)).toEqual([])
    expect(list.stdout).toMatch(/^No context sessions in /)
    expect(list.stdout).toMatch(/ignored \S+tiny-workflow-2026-01-01\.json: not a session: metadata\.created_at: must be an ISO 8601 timestamp/)
    expect(list.stdout).toMatch(/ignored \S+tiny-workflow-2026-01-02\.json: not a session: metadata\.updated_at: must be an ISO 8601 timestamp/)
    expect(list.stdout).toMatch(/ignored \S+tiny-workflow-2026-01-03\.json: not a session: messages\[0\]\.timestamp: must be an ISO 8601 timestamp/)
    for (const id of Object.keys(files)) {
      const show = await runCli(dir, ['context', 'show', id])
      expect(show.code).not.toBe(0)
      expect(terminalControls(show.stdout + show.stderr)).toEqual([])
      expect(show.stderr).toContain(`Context session "${id}" cannot be read`)
      const md = await runCli(dir, ['context', 'export', id, '--format', 'md'])
      expect(md.code).not.toBe(0)
      expect(md.stdout).toBe('')
    }
  })
})

describe('context export md of a session file with one huge message', () => {
  test("the brief keeps to max_tokens, the smaller messages stay; the brief's header and show count what the file holds", async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-context-cli-'))
    made.push(dir)
    const at = '2026-01-01T00:00:00.000Z'
    const id = 'tiny-workflow-2026-01-01'
    // Distinct words: some 100,000 tokens, which the file says is 1.
    const huge = Array.from({ length: 40_000 }, (_, i) => `w${(i * 7919) % 100_000}`).join(' ')
    const msg = (kind: string, content: string, importance: number, stage?: string) => ({
      role: 'tool',
      content,
      timestamp: at,
      metadata: { kind, ...(stage ? { stage } : {}) },
      tokens: 1,
      importance
    })
    const file = {
      session_id: id,
      messages: [msg('test_results', 'Stage testing failed: 3 tests fail.', 0.9, 'testing'), msg('progress_update', 'Stage specification passed.', 0.5), msg('architectural_decision', huge, 1)],
      max_tokens: 8000,
      current_tokens: 3,
      metadata: { component: 'tiny', created_at: at, updated_at: at, continued_from: null, pruned: [] }
    }
    await writeIn(dir, `.spec-to-production/context/sessions/${id}.json`, JSON.stringify(file))
    const run = await runCli(dir, ['context', 'export', id, '--format', 'md'])
    expect(run.code).toBe(0)
    const md = run.stdout
    expect(await countTokens(md)).toBeLessThanOrEqual(8000)
    expect(md).toContain('Stage testing failed: 3 tests fail.')
    expect(md).toContain('Stage specification passed.')
    expect(md).toMatch(/^- 1 decision: architectural_decision \(\d+ tokens\)$/m)
    const hugeTokens = await countTokens(huge)
    const total = hugeTokens + (await countTokens('Stage testing failed: 3 tests fail.')) + (await countTokens('Stage specification passed.'))
    expect(Number(/3 messages, (\d+) of 8000 tokens/.exec(md)?.[1])).toBe(total)
    // show counts too, and says what the file claimed
    const show = await runCli(dir, ['context', 'show', id])
    expect(show.code).toBe(0)
    expect(show.stdout).toContain(`Tokens: ${total} (the file says 3) of 8000`)
    expect(show.stdout).toContain(`architectural_decision · importance 1 · ${hugeTokens} tokens (the file says 1) · ${at}`)
  })
})

describe('context show of a message with bidirectional overrides', () => {
  test('they are replaced as on every other surface: the text cannot display as another', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-context-cli-'))
    made.push(dir)
    const at = '2026-01-01T00:00:00.000Z'
    const id = 'tiny-workflow-2026-01-01'
    const content = 'access granted if isAdmin \u202E } \u2066// check later\u2069 {'
    const file = {
      session_id: id,
      messages: [{ role: 'tool', content, timestamp: at, metadata: { kind: 'progress_update', stage: 'a\u202Eb' }, tokens: 1, importance: 0.5 }],
      max_tokens: 8000,
      current_tokens: 1,
      metadata: { component: 'tiny', created_at: at, updated_at: at, continued_from: null, pruned: [], spec: { file: 'S\u202E.md', title: 'T\u2067', requirements: 0, acceptance_criteria: 0 } }
    }
    await writeIn(dir, `.spec-to-production/context/sessions/${id}.json`, JSON.stringify(file))
    const show = await runCli(dir, ['context', 'show', id])
    expect(show.code).toBe(0)
    expect([...show.stdout].filter((c) => /[\u202A-\u202E\u2066-\u2069]/.test(c))).toEqual([])
    expect(show.stdout).toContain('    access granted if isAdmin \uFFFD } \uFFFD// check later\uFFFD {')
    expect(show.stdout).toContain('Specification: T\uFFFD (S\uFFFD.md)')
  })
})
