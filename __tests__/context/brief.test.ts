import { describe, expect, test } from '@jest/globals'
import { renderBrief } from '../../src/context/brief.js'
import { gateLine, stageMessage } from '../../src/context/describe.js'
import { addMessage, createSession } from '../../src/context/session.js'
import { countTokens } from '../../src/context/tokens.js'
import type { Session } from '../../src/context/types.js'
import { DAY1, failedReport, greeterSpec, hugeSpec } from './fixtures.js'

async function busySession(maxTokens: number): Promise<Session> {
  let s = await createSession({ component: 'greeter', spec: greeterSpec(), now: DAY1, maxTokens })
  s = await addMessage(s, { kind: 'architectural_decision', content: 'Greetings are built by one pure function; I/O stays in the CLI.' }, DAY1 + 1)
  s = await addMessage(s, { kind: 'refactoring_decision', content: 'Extracted the name validation into validateName().' }, DAY1 + 2)
  for (let i = 0; i < 6; i++) s = await addMessage(s, { kind: 'progress_update', content: `progress ${i}: ${'worked on the greeter '.repeat(6)}` }, DAY1 + 10 + i)
  for (const st of Object.values(failedReport().stage_results)) s = await addMessage(s, stageMessage(st!), DAY1 + 100)
  return s
}

describe('renderBrief', () => {
  test('component, requirements, open failures, gate results vs thresholds, decisions, ordered by importance', async () => {
    const s = await busySession(8000)
    const md = await renderBrief(s, failedReport())
    expect(md).toMatch(/^# Context brief: greeter\n/)
    expect(md).toContain('Latest run: ✗ failed (target staging')
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(sections).toEqual(['The component and its requirements', 'Open failures', 'Latest gate results', 'Decisions', 'History'])
    expect(md).toContain('- REQ-001: The greeter says hello to the named person.')
    expect(md).toContain('- ✗ testing.test_coverage: coverage 61.5% (threshold ≥ 70%)\n  - line coverage 61.5% is below the 70% threshold\n  - src/greeter.ts:12 coverage: uncovered')
    expect(md).toContain('- ✓ testing.test_pass_rate: pass_rate 100% (threshold ≥ 100%)')
    expect(md).toContain('- ✗ refactoring.linting: issue_count 3 (threshold ≤ 0)')
    expect(md).toContain('- ✓ refactoring.security: secret_count 0 (threshold ≤ 0)')
    // decisions: the 1.0 architectural decision before the 0.7 refactoring decision
    const decisions = md.slice(md.indexOf('## Decisions'), md.indexOf('## History'))
    expect(decisions.indexOf('pure function')).toBeLessThan(decisions.indexOf('validateName'))
    // history: test results (0.9) before progress updates (0.5), newest progress first
    const history = md.slice(md.indexOf('## History'))
    expect(history.indexOf('test_results')).toBeLessThan(history.indexOf('progress_update'))
    expect(history.indexOf('progress 5')).toBeLessThan(history.indexOf('progress 0'))
    expect(md).not.toContain('Omitted')
    expect(await countTokens(md)).toBeLessThanOrEqual(8000)
  })

  test('within the budget: lowest importance cut first, and said so', async () => {
    const s = await busySession(8000)
    const full = await renderBrief(s, failedReport())
    const fullTokens = await countTokens(full)
    const budget = fullTokens - 60
    const md = await renderBrief(s, failedReport(), { budget })
    expect(await countTokens(md)).toBeLessThanOrEqual(budget)
    expect(md).toMatch(new RegExp(`## Omitted to fit the ${budget}-token budget \\(lowest importance first\\)\\n\\n- (1 history entry: progress_update|\\d+ history entries: progress_update ×\\d+) \\(\\d+ tokens\\)\\n$`))
    // the oldest progress update goes first; the important parts stay
    expect(md).not.toContain('progress 0:')
    expect(md).toContain('Open failures')
    expect(md).toContain('pure function')
  })

  test('tight budgets: still within budget, the most important content last to go', async () => {
    const s = await busySession(8000)
    for (const budget of [600, 370, 300, 150, 60, 10]) {
      const md = await renderBrief(s, failedReport(), { budget })
      expect(await countTokens(md)).toBeLessThanOrEqual(budget)
      if (budget >= 370) expect(md).toContain('REQ-001')
      if (budget >= 300) expect(md).toContain('## Omitted to fit the')
      if (budget <= 370) expect(md).not.toContain('progress 5:')
    }
  })

  test('default budget is the session max_tokens, also for a huge spec', async () => {
    const s = await createSession({ component: 'huge', spec: hugeSpec(2000), now: DAY1, maxTokens: 1000 })
    const md = await renderBrief(s)
    expect(await countTokens(md)).toBeLessThanOrEqual(1000)
    expect(md).toContain('more requirements, not listed')
  })

  test('gate lines', () => {
    const g = failedReport().stage_results.testing!.quality_gates.test_coverage!
    expect(gateLine('test_coverage', g)).toBe('✗ test_coverage: coverage 61.5% (threshold ≥ 70%)')
    expect(gateLine('custom', { ...g, gate_name: 'custom', passed: true, details: { ratio: 0.5, name: 'x' } })).toBe('✓ custom: ratio 0.5')
    // A security half that was not measured, or is off, is said so in the session.
    const halves = { secrets: { status: 'measured', tools: ['secretlint'] }, vulnerabilities: { status: 'off', tools: [] } }
    const security = { ...g, gate_name: 'security', passed: true, details: { secret_count: 0, max_secrets: 0, critical: null, max_critical: 0, halves } }
    expect(gateLine('security', security)).toBe('✓ security: secret_count 0 (threshold ≤ 0), vulnerabilities off by configuration')
    const unmeasured = { ...security, details: { ...security.details, halves: { ...halves, vulnerabilities: { status: 'unmeasured', tools: [] } } } }
    expect(gateLine('security', unmeasured)).toBe('✓ security: secret_count 0 (threshold ≤ 0), vulnerabilities not measured')
    // A quarantined failure left out of the judged tests: the gate compared 9 of 9, not the report's 9 of 10.
    const quarantined = { ...g, gate_name: 'test_pass_rate', passed: true, details: { total: 10, passed: 9, failed: 1, errors: 0, skipped: 0, executed: 10, pass_rate: 90, required: 100, judged: { passed: 9, executed: 9, pass_rate: 100 } } }
    expect(gateLine('test_pass_rate', quarantined)).toBe("✓ test_pass_rate: pass_rate 100% of the judged tests (the report's: 90%) (threshold ≥ 100%)")
  })
})

describe('stageMessage', () => {
  test('says how many retries, in the singular for one', () => {
    const testing = failedReport().stage_results.testing!
    expect(stageMessage({ ...testing, retries: 1 }).content.split('\n')[0]).toMatch(/ after 1 retry\.$/)
    expect(stageMessage({ ...testing, retries: 2 }).content.split('\n')[0]).toMatch(/ after 2 retries\.$/)
    expect(stageMessage({ ...testing, retries: 0 }).content.split('\n')[0]).not.toMatch(/after/)
  })
})
