import { describe, expect, it } from '@jest/globals'
import { parseDetectSecretsJson } from '../../src/reports/findings/detect-secrets.js'
import { parseSecretlintJson } from '../../src/reports/findings/secretlint.js'
import { fixture, SECRETS_WORKSPACE } from './fixture.js'

/** The fake credentials in the secretlint sample (see __fixtures__/reports/findings/secretlint/README.md). */
const RAW_SECRETS = [
  'Zq3xV8bN2mK7pL4wR9tY6uI1oP5aS0dF3gH8jK2l',
  'S3cr3tPassw0rd',
  'postgres://admin:',
  'MIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
  'BEGIN RSA PRIVATE KEY'
]

describe('secretlint JSON (real secretlint 12.0.0 output)', () => {
  const options = { file: 'secretlint.json', workspace: SECRETS_WORKSPACE }

  it('counts as secretlint printed: "✖ 3 problems (2 errors, 1 warning, 0 infos)"', () => {
    const report = parseSecretlintJson(fixture('secretlint/secretlint.json'), options)
    expect(report.counts).toEqual({ error: 2, warning: 1, notice: 0 })
    expect(report).toMatchObject({ format: 'secretlint-json', tool: 'secretlint' })
  })

  it('keeps only file, line, rule and a message built from the rule', () => {
    const report = parseSecretlintJson(fixture('secretlint/secretlint.json'), options)
    expect(report.findings).toEqual([
      {
        tool: 'secretlint',
        rule: '@secretlint/secretlint-rule-privatekey',
        severity: 'error',
        file: 'config/key.pem',
        line: 1,
        message: 'Possible secret found by @secretlint/secretlint-rule-privatekey (value not shown)'
      },
      {
        tool: 'secretlint',
        rule: '@secretlint/secretlint-rule-aws',
        severity: 'error',
        file: 'config/settings.env',
        line: 2,
        message: 'Possible secret found by @secretlint/secretlint-rule-aws (value not shown)'
      },
      {
        tool: 'secretlint',
        rule: '@secretlint/secretlint-rule-database-connection-string',
        severity: 'warning',
        file: 'config/settings.env',
        line: 3,
        message: 'Possible secret found by @secretlint/secretlint-rule-database-connection-string (value not shown)'
      }
    ])
  })

  it('never carries a secret value, even from --no-maskSecrets output that quotes it in clear', () => {
    const text = fixture('secretlint/secretlint-unmasked.json')
    for (const secret of RAW_SECRETS) expect(text).toContain(secret) // the fixture does hold them
    const serialized = JSON.stringify(parseSecretlintJson(text, options))
    for (const secret of RAW_SECRETS) expect(serialized).not.toContain(secret)
    expect(serialized).not.toContain('*****') // nor the masked form
  })

  it('maps info to notice and refuses an unknown severity', () => {
    const info = JSON.stringify([{ filePath: 'a', messages: [{ ruleId: '@secretlint/x', severity: 'info', loc: { start: { line: 2, column: 0 } } }] }])
    expect(parseSecretlintJson(info, options).counts).toEqual({ error: 0, warning: 0, notice: 1 })
    const bad = JSON.stringify([{ filePath: 'a', messages: [{ ruleId: '@secretlint/x', severity: 2 }] }])
    expect(() => parseSecretlintJson(bad, options)).toThrow('($[0].messages[0].severity): expected a string, found a number')
  })
})

describe('detect-secrets baseline: HAND-MADE sample to the documented format (the tool is not installable here)', () => {
  const options = { file: 'secrets.json', workspace: '/home/runner/work/app' }
  const report = parseDetectSecretsJson(fixture('detect-secrets/baseline.hand-made.json'), options)

  it('counts every result as an error, leaving out one audited as is_secret: false', () => {
    expect(report.counts).toEqual({ error: 3, warning: 0, notice: 0 })
    expect(report).toMatchObject({ format: 'detect-secrets-json', tool: 'detect-secrets' })
  })

  it('keeps file, line and type; never the hash', () => {
    expect(report.findings[0]).toEqual({
      tool: 'detect-secrets',
      rule: 'AWS Access Key',
      severity: 'error',
      file: 'config/settings.py',
      line: 4,
      message: 'Potential secret: AWS Access Key (value not shown)'
    })
    expect(JSON.stringify(report)).not.toMatch(/[0-9a-f]{40}/)
  })

  it('refuses results that are not a map of lists, naming the file in the JSON path', () => {
    expect(() => parseDetectSecretsJson('{"results": {"a.py": {"type": "x"}}}', options)).toThrow('($.results["a.py"]): expected an array, found an object')
    expect(() => parseDetectSecretsJson('{"results": {"a.py": [{"type": "x", "line_number": "4"}]}}', options)).toThrow(
      '($.results["a.py"][0].line_number): expected a whole number, found a string'
    )
    expect(() => parseDetectSecretsJson('{"version": "1.5.0"}', options)).toThrow('($.results): expected an object, found nothing')
  })
})
