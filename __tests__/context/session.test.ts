import { describe, expect, test } from '@jest/globals'
import { sessionIdFor } from '../../src/context/ids.js'
import { SessionRepository } from '../../src/context/repository.js'
import { addMessage, continueSession, createSession } from '../../src/context/session.js'
import { countTokens } from '../../src/context/tokens.js'
import { parseSpec } from '../../src/spec/parse.js'
import { DAY1, DAY1_LATE, DAY2, greeterSpec, hugeSpec, tempDir } from './fixtures.js'

describe('createSession', () => {
  test('id, system message summarizing the spec, metadata', async () => {
    const s = await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1 })
    expect(s.session_id).toBe('greeter-workflow-2025-10-20')
    expect(s.max_tokens).toBe(8000)
    expect(s.messages).toHaveLength(1)
    const sys = s.messages[0]!
    expect(sys).toMatchObject({ role: 'system', importance: 1, timestamp: '2025-10-20T09:30:00.000Z' })
    expect(sys.metadata).toMatchObject({ kind: 'requirement', source: 'specification', requirements: 2, requirements_listed: 2 })
    expect(sys.content).toContain('Specification: Greeter service (specs/greeter.md)')
    expect(sys.content).toContain('Counts: 2 requirements, 2 acceptance criteria')
    // The spec init writes has one of each (first contact: every new brief read "1 requirements, 1 acceptance criteria").
    const one = parseSpec('# x\n\n## Requirements\n\n- R1: it works\n\n## Acceptance Criteria\n\n- it is checked\n', 'specs/x.md')
    const single = (await createSession({ component: 'x', spec: one, now: DAY1 })).messages[0]!.content
    expect(single).toContain('Counts: 1 requirement, 1 acceptance criterion, 2 sections, ')
    expect(sys.content).toContain('- REQ-001: The greeter says hello to the named person.')
    expect(sys.content).toContain('- REQ-002: An empty name is rejected with a clear error.')
    expect(sys.content).toContain('- [ ] AC-1: `greet("Ada")` returns "Hello, Ada!"')
    expect(sys.content).toContain('- [x] AC-2: `greet("")` throws')
    expect(sys.content).toContain('Status: approved')
    expect(sys.tokens).toBe(await countTokens(sys.content))
    expect(s.current_tokens).toBe(sys.tokens)
    expect(s.metadata).toMatchObject({
      component: 'greeter',
      created_at: '2025-10-20T09:30:00.000Z',
      updated_at: '2025-10-20T09:30:00.000Z',
      continued_from: null,
      pruned: [],
      spec: { file: 'specs/greeter.md', title: 'Greeter service', requirements: 2, acceptance_criteria: 2 }
    })
    expect(s.metadata.policy).toMatchObject({ importance_floor: 0.8, keep_recent: 5, prune_threshold: 0.8 })
  })

  test('session id uses the UTC date', () => {
    expect(sessionIdFor('x', Date.UTC(2025, 0, 1, 23, 59))).toBe('x-workflow-2025-01-01')
    expect(sessionIdFor('x', new Date('2025-01-01T23:30:00-05:00'))).toBe('x-workflow-2025-01-02')
    expect(() => sessionIdFor('../etc', DAY1)).toThrow(/invalid component/)
  })

  test('a huge spec: the system message fits its budget and counts what it could not list', async () => {
    const spec = hugeSpec(3000)
    const s = await createSession({ component: 'huge', spec, now: DAY1, maxTokens: 2000 })
    const sys = s.messages[0]!
    expect(sys.tokens).toBeLessThanOrEqual(800) // half of the 1600-token pruning limit
    expect(sys.tokens).toBe(await countTokens(sys.content))
    const listed = sys.metadata.requirements_listed as number
    expect(listed).toBeGreaterThan(10)
    expect(listed).toBeLessThan(3000)
    expect(sys.content).toContain(`- … and ${3000 - listed} more requirements, not listed to keep this summary within 800 tokens`)
    expect(sys.content).toContain('Counts: 3000 requirements')
    expect(sys.content).toContain('REQ-1: ')
  })

  test('a tiny budget still yields a bounded system message', async () => {
    const s = await createSession({ component: 'huge', spec: hugeSpec(50), now: DAY1, maxTokens: 20 })
    expect(s.messages[0]!.tokens).toBeLessThanOrEqual(8)
  })

  test('a spec without requirements says so', async () => {
    const s = await createSession({ component: 'bare', spec: parseSpec('# Bare\n\nNothing here.\n', 'bare.md'), now: DAY1 })
    expect(s.messages[0]!.content).toContain('Requirements (0):\n- none found in the spec')
  })

  test('bad options are refused', async () => {
    await expect(createSession({ component: 'x', spec: greeterSpec(), now: DAY1, maxTokens: 0 })).rejects.toThrow(/maxTokens/)
    await expect(createSession({ component: 'x', spec: greeterSpec(), now: DAY1, importanceFloor: 2 })).rejects.toThrow(/importanceFloor/)
    await expect(createSession({ component: 'a/b', spec: greeterSpec(), now: DAY1 })).rejects.toThrow(/invalid component/)
  })
})

describe('continueSession', () => {
  test('same UTC day: the same session continues', async () => {
    let s = await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1 })
    s = await addMessage(s, { kind: 'test_results', content: 'all 12 tests pass' }, DAY1)
    const c = await continueSession(s, { now: DAY1_LATE })
    expect(c.session_id).toBe(s.session_id)
    expect(c.metadata.continued_from).toBeNull()
    expect(c.metadata.created_at).toBe(s.metadata.created_at)
    expect(c.metadata.updated_at).toBe(new Date(DAY1_LATE).toISOString())
    expect(c.messages).toEqual(s.messages)
  })

  test('restored from disk across a day boundary: new id, continued_from, messages carried, pruned to budget', async () => {
    const dir = await tempDir()
    const repo = new SessionRepository(dir)
    let s = await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1, maxTokens: 500 })
    s = await addMessage(s, { kind: 'architectural_decision', content: 'Greetings are built by a pure function.' }, DAY1)
    for (let i = 0; i < 8; i++) s = await addMessage(s, { kind: 'progress_update', content: `step ${i}: ${'did some work '.repeat(8)}` }, DAY1 + i)
    await repo.save(s)
    await repo.archive(s.session_id)

    const restored = await new SessionRepository(dir).latest('greeter')
    expect(restored?.archived).toBe(true)
    // the new run has a smaller budget and a changed spec
    const spec = parseSpec(`${greeterSpec().requirements.length ? '' : ''}# Greeter service v2\n\n## Requirements\n\n- REQ-003: Greets in French too.\n`, 'specs/greeter.md')
    const c = await continueSession(restored!.session, { now: DAY2, maxTokens: 300, spec })
    expect(c.session_id).toBe('greeter-workflow-2025-10-21')
    expect(c.metadata.continued_from).toBe('greeter-workflow-2025-10-20')
    expect(c.metadata.created_at).toBe(new Date(DAY2).toISOString())
    expect(c.max_tokens).toBe(300)
    // one spec summary, the new one, first
    const systems = c.messages.filter((m) => m.role === 'system')
    expect(systems).toHaveLength(1)
    expect(c.messages[0]!.content).toContain('REQ-003: Greets in French too.')
    expect(c.messages[0]!.content).not.toContain('REQ-001')
    // the decision is carried; progress updates were pruned to fit 240 tokens, the 5 most recent kept
    expect(c.messages.some((m) => m.metadata.kind === 'architectural_decision')).toBe(true)
    expect(c.current_tokens).toBeLessThanOrEqual(240)
    expect(c.current_tokens).toBe(c.messages.reduce((n, m) => n + m.tokens, 0))
    expect(c.metadata.pruned).toHaveLength(1)
    expect(c.metadata.pruned[0]!.reasons[0]).toMatch(/continuing greeter-workflow-2025-10-20 as greeter-workflow-2025-10-21/)
    expect(c.messages.at(-1)!.content).toMatch(/^step 7:/)
  })

  test('token counts from a file are recomputed, not trusted', async () => {
    const s = await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1 })
    const lying = { ...s, messages: s.messages.map((m) => ({ ...m, tokens: 0 })), current_tokens: 0 }
    const c = await continueSession(lying, { now: DAY2 })
    expect(c.messages[0]!.tokens).toBe(s.messages[0]!.tokens)
    expect(c.current_tokens).toBe(s.current_tokens)
  })
})
