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
})
