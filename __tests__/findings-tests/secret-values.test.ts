/**
 * The secret values read back from scanners' reports, only to redact them (issue 11, item 8): real secretlint JSON and
 * SARIF (masked and `--no-maskSecrets`), gitleaks JSON and SARIF. Each value must be text that is in the scanned file.
 */
import { describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { secretValuesIn } from '../../src/reports/findings/secret-values.js'
import { Redactor } from '../../src/engine/redact.js'
import { ROOT } from '../helpers/workspace.js'

const fixture = (path: string) => join(ROOT, '__fixtures__/reports', path)

describe('secret values in scanners reports', () => {
  test('secretlint JSON (masked by default): each value is the range of the file content it found', async () => {
    const path = fixture('findings/secretlint/secretlint.json')
    const values = await secretValuesIn(path)
    expect(values).toHaveLength(3)
    const source = JSON.parse(await readFile(path, 'utf8')) as { sourceContent: string }[]
    for (const v of values) expect(source.some((f) => f.sourceContent.includes(v))).toBe(true)
    expect(values[0]).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+-----END RSA PRIVATE KEY-----$/)
    expect(values.join('')).not.toMatch(/^\*+$/m)
  })

  test('secretlint SARIF: nothing when masked, the quoted value with --no-maskSecrets', async () => {
    expect(await secretValuesIn(fixture('findings/sarif/secretlint.sarif'))).toEqual([])
    const values = await secretValuesIn(fixture('findings/sarif/secretlint-unmasked.sarif'))
    expect(values[0]).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/)
  })

  test('gitleaks JSON (Secret, Match) and SARIF (region snippets)', async () => {
    expect(new Set(await secretValuesIn(fixture('security/gitleaks/gitleaks.hand-made.json')))).toEqual(
      new Set(['AKIAZ7FAKEKEY0NOTREAL', 'fake0api0key0c2a9e77d1b04f3a8e6d5c4b3a2', 'api_key = "fake0api0key0c2a9e77d1b04f3a8e6d5c4b3a2"', 'ghp_FAKE0token0for0parser0tests0000000000'])
    )
    expect(await secretValuesIn(fixture('security/gitleaks/gitleaks.hand-made.sarif'))).toContain('AKIAZ7FAKEKEY0NOTREAL')
  })

  test('a file that is not a report, or missing, gives nothing', async () => {
    expect(await secretValuesIn(fixture('findings/sarif/README.md'))).toEqual([])
    expect(await secretValuesIn(fixture('nope.json'))).toEqual([])
  })
})

describe('the redactor', () => {
  test('a multi-line secret is taken out whole, line by line and JSON-escaped; short pieces are left', () => {
    const r = new Redactor()
    const key = '-----BEGIN KEY-----\nAAAABBBBCCCC\nDDDD"EEEE\n-----END KEY-----'
    const added = r.add([key, 'ab'])
    expect(added).toEqual(expect.arrayContaining(['AAAABBBBCCCC', 'DDDD"EEEE', 'DDDD\\"EEEE', key]))
    expect(added).not.toContain('ab')
    expect(r.redact(`x ${key} y`)).toBe('x *** y')
    expect(r.redact('line: AAAABBBBCCCC')).toBe('line: ***')
    expect(r.redact(JSON.stringify({ k: key }))).not.toMatch(/AAAA|DDDD/)
    const report = { a: ['tail AAAABBBBCCCC'], b: { 'AAAABBBBCCCC.ts': 1 }, c: 3 }
    expect(r.redactDeep(report)).toEqual({ a: ['tail ***'], b: { '***.ts': 1 }, c: 3 })
  })
})
