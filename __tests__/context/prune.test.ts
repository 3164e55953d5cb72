import { describe, expect, test } from '@jest/globals'
import { addMessage, createSession, planPrune } from '../../src/context/session.js'
import { countTokens } from '../../src/context/tokens.js'
import type { Message, Session } from '../../src/context/types.js'
import { DAY1, greeterSpec, msg } from './fixtures.js'

const opts = { limit: 80, importanceFloor: 0.8, keepRecent: 2 }

describe('planPrune boundaries', () => {
  test('exactly at the limit: nothing pruned; one token over: pruned', () => {
    const messages = [msg(10, 1, 'requirement', 'system'), msg(30, 0.5), msg(30, 0.5), msg(5, 0.5), msg(5, 0.5)]
    // 80 existing tokens + 0 incoming = exactly 80% of 100
    expect(planPrune(messages, 0, opts)).toMatchObject({ needed: false, dropped: [] })
    // 75 + 5 = 80: at the limit, still fine
    const four = messages.slice(0, 4)
    expect(planPrune(four, 5, opts)).toMatchObject({ needed: false, dropped: [], tokensAfter: 80 })
    // 75 + 6 = 81: one over; the oldest droppable (30) goes, and only it
    const plan = planPrune(four, 6, opts)
    expect(plan.needed).toBe(true)
    expect(plan.dropped).toEqual([four[1]])
    expect(plan.tokensAfter).toBe(51)
    expect(plan.overBudget).toBe(false)
  })

  test('drops oldest first and only as many as needed', () => {
    const a = msg(20, 0.5, 'progress_update', 'assistant', 'a')
    const b = msg(20, 0.7, 'refactoring_decision', 'assistant', 'b')
    const c = msg(20, 0.5, 'progress_update', 'assistant', 'c')
    const recent = [msg(5, 0.5, 'progress_update', 'assistant', 'r1'), msg(5, 0.5, 'progress_update', 'assistant', 'r2')]
    const plan = planPrune([a, b, c, ...recent], 35, opts) // 70 + 35 = 105 → must shed 25 → a and b
    expect(plan.dropped.map((m) => m.content)).toEqual(['a', 'b'])
    expect(plan.kept.map((m) => m.content)).toEqual(['c', 'r1', 'r2'])
  })

  test('keeps system messages, requirements, messages at or above the floor and the N most recent', () => {
    const system = msg(10, 1, 'requirement', 'system', 'sys')
    const req = msg(10, 0.1, 'requirement', 'user', 'req-low') // a requirement is never dropped, whatever its score
    const floor = msg(10, 0.8, 'custom_kind', 'assistant', 'at-floor')
    const below = msg(10, 0.79, 'custom_kind', 'assistant', 'below')
    const recent1 = msg(30, 0.1, 'progress_update', 'assistant', 'recent1')
    const recent2 = msg(30, 0.1, 'progress_update', 'assistant', 'recent2')
    const plan = planPrune([system, req, floor, below, recent1, recent2], 50, opts)
    expect(plan.dropped.map((m) => m.content)).toEqual(['below'])
    expect(plan.overBudget).toBe(true)
    expect(plan.tokensAfter).toBe(140)
  })

  test('all-important messages over budget: nothing dropped, recorded as over budget', () => {
    const messages = [msg(40, 1, 'requirement', 'system'), msg(40, 0.9, 'test_results'), msg(40, 1, 'architectural_decision')]
    const plan = planPrune(messages, 10, { ...opts, keepRecent: 0 })
    expect(plan).toMatchObject({ needed: true, dropped: [], overBudget: true, tokensAfter: 130 })
  })

  test('keepRecent 0 and a large N', () => {
    const ms = [msg(50, 0.5), msg(50, 0.5)]
    expect(planPrune(ms, 0, { ...opts, keepRecent: 0 }).dropped).toHaveLength(1)
    expect(planPrune(ms, 0, { ...opts, keepRecent: 10 }).dropped).toHaveLength(0)
  })

  test('deterministic: same input, same plan; ties resolved by order', () => {
    const ms = Array.from({ length: 12 }, (_, i) => msg(10, 0.5, 'progress_update', 'assistant', `m${i}`))
    const p1 = planPrune(ms, 30, opts)
    const p2 = planPrune([...ms], 30, opts)
    expect(p1).toEqual(p2)
    expect(p1.dropped.map((m) => m.content)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']) // 150 → 80
  })
})

describe('a run\'s account of a stage, superseded by a later run\'s', () => {
  const run = (tokens: number, kind: string, stage: string, runId: string, label: string): Message => ({
    ...msg(tokens, 0.9, kind, 'tool', label),
    metadata: { kind, stage, run_id: runId }
  })

  test('over budget with important messages only: earlier runs\' results of a stage go, oldest first; the latest of each stage, decisions and requirements stay', () => {
    const messages = [
      msg(10, 1, 'requirement', 'system', 'spec'),
      run(20, 'test_results', 'testing', 'r1', 'tests-r1'),
      run(20, 'implementation_completion', 'refactoring', 'r1', 'lint-r1'),
      msg(20, 1, 'architectural_decision', 'assistant', 'decision'),
      run(20, 'test_results', 'testing', 'r2', 'tests-r2'),
      run(20, 'implementation_completion', 'refactoring', 'r2', 'lint-r2'),
      run(20, 'test_results', 'testing', 'r3', 'tests-r3')
    ]
    // 130 + 10 incoming = 140 against 80: the test results and lint of r1 go, then r2's test results (superseded by
    // r3's); r2's lint is the latest of its stage and stays. 140 - 60 = 80.
    const plan = planPrune(messages, 10, { ...opts, keepRecent: 1 })
    expect(plan.dropped.map((m) => m.content)).toEqual(['tests-r1', 'lint-r1', 'tests-r2'])
    expect(plan).toMatchObject({ superseded: 3, overBudget: false, tokensAfter: 80 })
    expect(plan.kept.map((m) => m.content)).toEqual(['spec', 'decision', 'lint-r2', 'tests-r3'])
  })

  test('only when still over budget after the unimportant messages: they go first, and no more than needed', () => {
    const messages = [run(20, 'test_results', 'testing', 'r1', 'tests-r1'), msg(30, 0.5, 'progress_update', 'assistant', 'progress'), run(20, 'test_results', 'testing', 'r2', 'tests-r2')]
    expect(planPrune(messages, 15, { ...opts, keepRecent: 0 }).dropped.map((m) => m.content)).toEqual(['progress'])
    expect(planPrune(messages, 45, { ...opts, keepRecent: 0 }).dropped.map((m) => m.content)).toEqual(['tests-r1', 'progress'])
  })

  test('messages without a run id (an agent\'s) or of one run are never superseded', () => {
    const agent = (label: string): Message => ({ ...msg(30, 0.9, 'test_results', 'assistant', label), metadata: { kind: 'test_results', stage: 'testing' } })
    const sameRun = [run(30, 'test_results', 'testing', 'r1', 'a'), run(30, 'test_results', 'testing', 'r1', 'b')]
    expect(planPrune([agent('x'), agent('y')], 40, { ...opts, keepRecent: 0 })).toMatchObject({ dropped: [], overBudget: true })
    expect(planPrune(sameRun, 40, { ...opts, keepRecent: 0 })).toMatchObject({ dropped: [], overBudget: true })
  })
})

describe('addMessage', () => {
  async function session(maxTokens: number): Promise<Session> {
    return createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1, maxTokens, keepRecent: 2 })
  }

  test('scores by kind, counts with the tokenizer, leaves the input session unchanged', async () => {
    const s0 = await session(8000)
    const s1 = await addMessage(s0, { kind: 'test_results', content: 'hello world', stage: 'testing', role: 'tool' }, DAY1 + 1000)
    expect(s0.messages).toHaveLength(1)
    const m = s1.messages[1]!
    expect(m).toMatchObject({ role: 'tool', content: 'hello world', tokens: 2, importance: 0.9, timestamp: new Date(DAY1 + 1000).toISOString() })
    expect(m.metadata).toEqual({ kind: 'test_results', stage: 'testing' })
    expect(s1.current_tokens).toBe(s0.current_tokens + 2)
    expect(s1.metadata.updated_at).toBe(new Date(DAY1 + 1000).toISOString())
    const s2 = await addMessage(s1, { kind: 'progress_update', content: 'x', importance: 0.95 }, DAY1)
    expect(s2.messages[2]!.importance).toBe(0.95)
    await expect(addMessage(s1, { kind: 'Bad Kind', content: 'x' })).rejects.toThrow(/snake_case/)
    await expect(addMessage(s1, { kind: 'constructor', content: 'x' })).rejects.toThrow(/snake_case/)
  })

  test('prunes before adding when the session would pass 80%, records what was dropped, never drops requirements', async () => {
    let s = await session(400) // limit 320 tokens
    const sys = s.current_tokens
    s = await addMessage(s, { kind: 'requirement', role: 'user', content: 'A late requirement: greetings are polite.', importance: 0.3 }, DAY1)
    const filler = 'progress word '.repeat(20) // 40 tokens
    const per = await countTokens(filler)
    let n = 0
    while (s.metadata.pruned.length === 0) {
      s = await addMessage(s, { kind: 'progress_update', content: `${filler}${n}` }, DAY1 + n)
      n++
      expect(n).toBeLessThan(50)
    }
    expect(s.current_tokens).toBeLessThanOrEqual(320)
    expect(s.current_tokens).toBe(s.messages.reduce((t, m) => t + m.tokens, 0))
    const record = s.metadata.pruned[0]!
    expect(record.count).toBeGreaterThan(0)
    expect(record.kinds).toEqual({ progress_update: record.count })
    expect(record.tokens).toBeGreaterThanOrEqual(per * record.count)
    expect(record.over_budget).toBe(false)
    expect(record.limit).toBe(320)
    expect(record.reasons[0]).toMatch(/over the limit of 320 \(80% of 400\)/)
    expect(s.messages.some((m) => m.metadata.kind === 'requirement' && m.role === 'user')).toBe(true)
    expect(s.messages[0]!.role).toBe('system')
    expect(s.messages[0]!.tokens).toBe(sys)
    // the two most recent before the new one survived
    expect(s.messages.at(-1)!.content).toBe(`${filler}${n - 1}`)
    expect(s.messages.at(-2)!.content).toBe(`${filler}${n - 2}`)
  })

  test('real tokens: a message reaching exactly 80% is added without pruning; one more token prunes', async () => {
    let s = await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1, maxTokens: 1000, keepRecent: 0, maxMessageTokens: 1000 })
    const room = 800 - s.current_tokens
    const content = `hello${' hello'.repeat(room - 1)}`
    expect(await countTokens(content)).toBe(room)
    s = await addMessage(s, { kind: 'progress_update', content }, DAY1)
    expect(s.current_tokens).toBe(800)
    expect(s.metadata.pruned).toEqual([])
    s = await addMessage(s, { kind: 'progress_update', content: 'hello' }, DAY1 + 1)
    expect(s.metadata.pruned).toHaveLength(1)
    expect(s.metadata.pruned[0]).toMatchObject({ count: 1, tokens: room, tokens_before: 801, tokens_after: 801 - room, over_budget: false })
    expect(s.messages.map((m) => m.content)).toEqual([s.messages[0]!.content, 'hello'])
  })

  test('over budget with only important messages: keeps going, records it', async () => {
    let s = await session(300) // limit 240, message cap 120
    for (let i = 0; i < 6; i++) s = await addMessage(s, { kind: 'architectural_decision', content: `decision ${i}: ${'use plain data '.repeat(20)}` }, DAY1 + i)
    expect(s.messages).toHaveLength(7)
    expect(s.current_tokens).toBeGreaterThan(240)
    const last = s.metadata.pruned.at(-1)!
    expect(last).toMatchObject({ count: 0, tokens: 0, over_budget: true })
    expect(last.reasons.join(' ')).toMatch(/still over the limit/)
  })

  test('a message larger than the cap is truncated with a marker', async () => {
    const s = await addMessage(await session(200), { kind: 'test_results', content: 'many words here '.repeat(500) }, DAY1)
    const m = s.messages.at(-1)!
    expect(m.tokens).toBeLessThanOrEqual(80) // half of the 160-token limit
    expect(m.tokens).toBe(await countTokens(m.content))
    expect(m.content).toMatch(/\[truncated: \d+ tokens in the original\]$/)
    expect(m.metadata.truncated).toBe(true)
  })

  test('hostile metadata is copied as plain data', async () => {
    const meta = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "ok": [1, 2]}') as Record<string, unknown>
    const s = await addMessage(await session(8000), { kind: 'progress_update', content: 'x', metadata: { ...meta, kind: 'ignored' } }, DAY1)
    const m = s.messages.at(-1)!
    expect(m.metadata).toEqual({ ok: [1, 2], kind: 'progress_update' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('deterministic: the same inputs give the same session', async () => {
    const run = async (): Promise<Session> => {
      let s = await session(300)
      for (let i = 0; i < 15; i++) {
        s = await addMessage(s, { kind: i % 3 === 0 ? 'test_results' : 'progress_update', content: `step ${i} ${'detail '.repeat(i * 3)}` }, DAY1 + i)
      }
      return s
    }
    expect(await run()).toEqual(await run())
  })
})
