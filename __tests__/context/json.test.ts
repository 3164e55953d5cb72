import { describe, expect, it } from '@jest/globals'
import { parseJsonStrict } from '../../src/context/json.js'

describe('parseJsonStrict', () => {
  it('accepts plain documents and keeps their values', () => {
    expect(parseJsonStrict('{"a":[1,{"b":null}],"c":"constructor"}')).toEqual({ ok: true, value: { a: [1, { b: null }], c: 'constructor' } })
  })

  it('refuses a forbidden key at any depth, also when spelled with escapes, naming it', () => {
    expect(parseJsonStrict('{"a":[{"b":{"\\u005f_proto__":{}}}]}')).toEqual({ ok: false, reason: 'forbidden key "__proto__"' })
    expect(parseJsonStrict('[[{"prototype":1}]]')).toEqual({ ok: false, reason: 'forbidden key "prototype"' })
    // The key named is the first one the reviver meets (innermost first), as before.
    expect(parseJsonStrict('{"constructor":{"__proto__":1}}')).toEqual({ ok: false, reason: 'forbidden key "__proto__"' })
  })

  it('reports invalid JSON', () => {
    const r = parseJsonStrict('{')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.reason).toMatch(/^not valid JSON: /)
  })

  it("locates invalid JSON by line and column without quoting the file's text", () => {
    // V8's message quoted the text around the error: a session file's terminal escape (an OSC 8 link left open, which
    // hides what a terminal prints after it) reached the run's warning on the console and in the job log as it was.
    const hostile = '{"session_id":\n  \u001b]8;;http://example.com\u0007x\n::error::y'
    expect(parseJsonStrict(hostile)).toEqual({ ok: false, reason: 'not valid JSON: unexpected character at line 2, column 3' })
    expect(parseJsonStrict('{"a": [1,')).toEqual({ ok: false, reason: 'not valid JSON: unexpected end of input at line 1, column 10' })
  })
})
