import { describe, expect, it } from '@jest/globals'
import { parseFindings } from '../../src/reports/findings/index.js'
import { parseEslintJson } from '../../src/reports/findings/eslint.js'
import { cvssLevel, parseSarif } from '../../src/reports/findings/sarif.js'
import { ReportError, type Finding } from '../../src/reports/types.js'
import { fixture, SECRETS_WORKSPACE, TS_WORKSPACE } from './fixture.js'

const at = (file = 's.sarif', workspace = '/w') => ({ file, workspace })

/** A minimal SARIF log with one run of `tool` holding `results` (and whatever else `run` adds). */
function sarif(results: unknown[], run: Record<string, unknown> = {}, tool = 'demo'): string {
  const { driver, ...rest } = run
  return JSON.stringify({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: tool, ...(driver as object) } }, results, ...rest }]
  })
}
const loc = (uri: string, startLine?: number, extra: Record<string, unknown> = {}) => ({
  physicalLocation: { artifactLocation: { uri, ...extra }, ...(startLine ? { region: { startLine } } : {}) }
})

describe('SARIF from eslint (real @microsoft/eslint-formatter-sarif 3.1.0 output)', () => {
  const report = parseSarif(fixture('sarif/eslint.sarif'), at('eslint.sarif', TS_WORKSPACE))

  it('counts as eslint printed: "✖ 12 problems (9 errors, 3 warnings)", the fatal parse error included', () => {
    expect(report.counts).toEqual({ error: 9, warning: 3, notice: 0 })
    expect(report).toMatchObject({ format: 'sarif', tool: 'eslint' })
    expect(report.kind).toBeUndefined()
    expect(report.vulnerabilities).toBeUndefined()
    expect(report.findings).toContainEqual({
      tool: 'eslint',
      rule: 'ESL0999',
      severity: 'error',
      file: 'lint-only/broken.js',
      line: 1,
      column: 23,
      message: 'Parsing error: Expression expected.'
    })
  })

  it('finds what eslint JSON of the same run finds, at the same places', () => {
    const json = parseEslintJson(fixture('eslint/eslint.json'), at('eslint.json', TS_WORKSPACE))
    const key = (f: Finding) => `${f.file}:${f.line}:${f.column}:${f.severity}:${f.rule ?? 'ESL0999'}`
    expect(report.findings.map(key).sort()).toEqual(json.findings.map(key).sort())
    expect(report.findings.find((f) => f.rule === 'no-var')).toEqual({
      tool: 'eslint',
      rule: 'no-var',
      severity: 'error',
      file: 'src/greeter.ts',
      line: 8,
      end_line: 8,
      column: 3,
      message: 'Unexpected var, use let or const instead.'
    })
  })
})

describe('stylelint (real stylelint 17.16.0 output)', () => {
  const options = { workspace: '/tmp/samples/css' }

  it('reads its SARIF (stylelint-sarif-formatter) as stylelint counts: "✖ 6 problems (5 errors, 1 warning)"', () => {
    expect(fixture('stylelint/stylelint.console.txt')).toContain('✖ 6 problems (5 errors, 1 warning)')
    const report = parseFindings(fixture('stylelint/stylelint.sarif'), { ...options, file: 'stylelint.sarif' })
    expect(report).toMatchObject({ format: 'sarif', tool: 'stylelint', counts: { error: 5, warning: 1, notice: 0 } })
    expect(report.findings).toContainEqual({
      tool: 'stylelint',
      rule: 'length-zero-no-unit',
      severity: 'error',
      file: 'css/b.css',
      line: 1,
      column: 15,
      message: 'Disallowed unit (length-zero-no-unit)'
    })
  })

  it('refuses its own JSON by name, saying how to write SARIF', () => {
    // Before: the generic "no known report shape" list, which named neither stylelint nor a way to write SARIF.
    expect(() => parseFindings(fixture('stylelint/stylelint.json'), { ...options, file: 'stylelint.json' })).toThrow(
      "stylelint.json: not a valid findings JSON report ($[0].warnings): stylelint's JSON, which is not read here: write SARIF instead (the stylelint-sarif-formatter package"
    )
  })
})

describe('SARIF from secretlint (real secretlint 13.0.6 SARIF formatter output)', () => {
  const options = at('secretlint.sarif', SECRETS_WORKSPACE)

  it('counts as secretlint printed: "✖ 3 problems (2 errors, 1 warning, 0 infos)", as secrets', () => {
    const report = parseSarif(fixture('sarif/secretlint.sarif'), options)
    expect(report.counts).toEqual({ error: 2, warning: 1, notice: 0 })
    expect(report).toMatchObject({ format: 'sarif', tool: 'secretlint', kind: 'secrets' })
    expect(report.findings.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['config/key.pem', 1, 'error'],
      ['config/settings.env', 2, 'error'],
      ['config/settings.env', 3, 'warning']
    ])
    expect(report.findings[1].message).toBe(
      'Possible secret found by secretlint rule @secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-aws (value not shown)'
    )
  })

  it('never carries a secret value, even from --no-maskSecrets output that quotes it in clear', () => {
    const text = fixture('sarif/secretlint-unmasked.sarif')
    const secrets = ['Zq3xV8bN2mK7pL4wR9tY6uI1oP5aS0dF3gH8jK2l', 'S3cr3tPassw0rd', 'postgres://admin:']
    for (const secret of secrets) expect(text).toContain(secret)
    const serialized = JSON.stringify(parseSarif(text, options))
    for (const secret of secrets) expect(serialized).not.toContain(secret)
    expect(serialized).not.toContain('****')
  })
})

describe('SARIF with security-severity (HAND-MADE CodeQL-shaped sample; CodeQL cannot run here)', () => {
  const report = parseFindings(fixture('sarif/codeql-security.hand-made.sarif'), at('codeql.sarif', '/home/runner/work/app/app'))

  it('grades results by the CVSS score of their rule, and counts them exactly', () => {
    expect(report).toMatchObject({ format: 'sarif', tool: 'codeql', kind: 'vulnerabilities' })
    expect(report.counts).toEqual({ error: 3, warning: 2, notice: 1 })
    expect(report.vulnerabilities).toEqual({ critical: 1, high: 1, medium: 2, low: 1 })
    expect(report.findings.map((f) => [f.rule, f.security_severity])).toEqual([
      ['js/sql-injection', 'high'],
      ['js/reflected-xss', 'medium'],
      ['js/reflected-xss', 'medium'],
      ['js/hardcoded-credentials', 'critical'],
      ['js/insecure-randomness', 'low'],
      ['js/unused-local-variable', undefined]
    ])
  })

  it('resolves %SRCROOT%, artifact indexes, declared base URIs (percent-decoded) and file: URIs', () => {
    expect(report.findings.map((f) => f.file)).toEqual(['src/db.js', 'src/server.js', 'src/routes/user page.js', 'src/config.js', 'src/token.js', 'src/token.js'])
    expect(report.findings[1]).toMatchObject({ line: 30, end_line: 31, column: 14 })
  })

  it('leaves out the suppressed result and warning-level tool notifications', () => {
    expect(report.findings.some((f) => f.file.startsWith('test/'))).toBe(false)
    expect(report.findings.some((f) => f.rule === 'js/diagnostics/extraction-errors')).toBe(false)
  })
})

describe('gitleaks SARIF (HAND-MADE to the documented format; gitleaks cannot be installed here)', () => {
  const text = fixture('../security/gitleaks/gitleaks.hand-made.sarif')
  const report = parseFindings(text, at('gitleaks.sarif'))

  it('every leak is a secret, an error though gitleaks writes no level', () => {
    expect(report).toMatchObject({ format: 'sarif', tool: 'gitleaks', kind: 'secrets' })
    expect(report.counts).toEqual({ error: 3, warning: 0, notice: 0 })
    expect(report.findings[0]).toEqual({
      tool: 'gitleaks',
      rule: 'aws-access-token',
      severity: 'error',
      file: 'config/settings.env',
      line: 4,
      end_line: 4,
      column: 19,
      message: 'Possible secret found by gitleaks rule aws-access-token (value not shown)'
    })
  })

  it('keeps nothing of the snippet, the message or the fingerprints (secret, author, e-mail, commit message)', () => {
    const serialized = JSON.stringify(report)
    for (const leaked of ['AKIAZ7FAKEKEY0NOTREAL', 'fake0api0key0', 'ghp_FAKE0token', 'dev@example.invalid', 'A Developer', 'add settings', 'has detected']) {
      expect(text).toContain(leaked)
      expect(serialized).not.toContain(leaked)
    }
  })
})

describe('SARIF semantics', () => {
  it('maps levels, and takes the default from the rule, else warning', () => {
    const rules = [{ id: 'R1', defaultConfiguration: { level: 'error' } }, { id: 'R2' }]
    const report = parseSarif(
      sarif(
        [
          { ruleId: 'X', level: 'note', message: { text: 'n' } },
          { ruleId: 'X', level: 'none', message: { text: 'n' } },
          { ruleId: 'R1', message: { text: 'default error' } },
          { ruleId: 'R2', message: { text: 'default warning' } },
          { ruleIndex: 0, message: { text: 'by index' } }
        ],
        { driver: { rules } }
      ),
      at()
    )
    expect(report.counts).toEqual({ error: 2, warning: 1, notice: 2 })
    expect(report.findings[4]).toMatchObject({ rule: 'R1', severity: 'error', file: '' })
  })

  it('leaves out passes, not-applicable, absent-from-baseline and accepted suppressions; keeps rejected ones', () => {
    const report = parseSarif(
      sarif([
        { ruleId: 'a', kind: 'pass', message: { text: 'x' } },
        { ruleId: 'b', kind: 'notApplicable', message: { text: 'x' } },
        { ruleId: 'c', baselineState: 'absent', message: { text: 'x' } },
        { ruleId: 'd', suppressions: [{ kind: 'external', status: 'accepted' }], message: { text: 'x' } },
        { ruleId: 'e', suppressions: [{ kind: 'external', status: 'rejected' }], message: { text: 'kept' } },
        { ruleId: 'f', kind: 'review', message: { text: 'to review' } },
        { ruleId: 'g', baselineState: 'new', level: 'error', message: { text: 'new' } }
      ]),
      at()
    )
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['e', 'warning'],
      ['f', 'notice'],
      ['g', 'error']
    ])
  })

  it('a result is suppressed only when none of its suppressions is under review or rejected (SARIF tutorials, Suppressions.sarif)', () => {
    // The nine results of microsoft/sarif-tutorials samples/Suppressions.sarif, in its order.
    const cases: Array<[string, Array<Record<string, string>> | undefined, boolean]> = [
      ['none', undefined, true],
      ['inSource', [{ kind: 'inSource' }], false],
      ['external', [{ kind: 'external' }], false],
      ['rejected', [{ kind: 'external', status: 'rejected' }], true],
      ['accepted', [{ kind: 'external', status: 'accepted' }], false],
      ['underReview', [{ kind: 'external', status: 'underReview' }], true],
      ['accepted+rejected', [{ kind: 'external', status: 'accepted' }, { kind: 'external', status: 'rejected' }], true],
      ['external+rejected', [{ kind: 'external' }, { kind: 'external', status: 'rejected' }], true],
      ['underReview+rejected', [{ kind: 'external', status: 'underReview' }, { kind: 'external', status: 'rejected' }], true]
    ]
    const report = parseSarif(sarif(cases.map(([rule, suppressions]) => ({ ruleId: rule, message: { text: rule }, ...(suppressions ? { suppressions } : {}) }))), at())
    expect(report.findings.map((f) => f.rule)).toEqual(cases.filter(([, , kept]) => kept).map(([rule]) => rule))
    expect(report.counts.warning).toBe(6)
  })

  it('counts suppressed results apart, with where they are and the justification, never as findings', () => {
    const region = (uri: string, startLine: number) => [{ physicalLocation: { artifactLocation: { uri }, region: { startLine } } }]
    const report = parseSarif(
      sarif([
        { ruleId: 'no-var', level: 'error', locations: region('src/a.js', 2), suppressions: [{ kind: 'inSource' }], message: { text: 'x' } },
        { ruleId: 'eqeqeq', level: 'error', locations: region('src/b.js', 7), suppressions: [{ kind: 'inSource', justification: 'legacy API' }], message: { text: 'x' } },
        { ruleId: 'rejected', level: 'error', locations: region('src/c.js', 1), suppressions: [{ kind: 'external', status: 'rejected' }], message: { text: 'x' } }
      ]),
      at()
    )
    expect(report.counts).toEqual({ error: 1, warning: 0, notice: 0 })
    expect(report.suppressed).toEqual({
      count: 2,
      kept: [
        { file: 'src/a.js', line: 2, rule: 'no-var' },
        { file: 'src/b.js', line: 7, rule: 'eqeqeq', justification: 'legacy API' }
      ]
    })
    expect(parseSarif(sarif([{ ruleId: 'e', level: 'error', message: { text: 'x' } }]), at()).suppressed).toBeUndefined()
  })

  it('security-severity on the result wins over the rule; the CVSS bands are GitHub\'s', () => {
    const rules = [{ id: 'R', properties: { 'security-severity': '9.1' } }]
    const report = parseSarif(
      sarif(
        [
          { ruleId: 'R', message: { text: 'x' } },
          { ruleId: 'R', message: { text: 'x' }, properties: { 'security-severity': 2 } },
          { ruleId: 'R', message: { text: 'x' }, properties: { 'security-severity': '0.0' } }
        ],
        { driver: { rules } }
      ),
      at()
    )
    expect(report.findings.map((f) => f.security_severity)).toEqual(['critical', 'low', undefined])
    expect(report.vulnerabilities).toEqual({ critical: 1, high: 0, medium: 0, low: 1 })
    expect([10, 9, 8.9, 7, 6.9, 4, 3.9, 0.1, 0, -1, NaN].map(cvssLevel)).toEqual([
      'critical',
      'critical',
      'high',
      'high',
      'medium',
      'medium',
      'low',
      'low',
      undefined,
      undefined,
      undefined
    ])
  })

  it('refuses what is not SARIF 2.1.0, an unknown level and a score that is not a number, saying where', () => {
    expect(() => parseSarif('{"version": "2.0.0", "runs": []}', at())).toThrow(new ReportError('s.sarif', 'sarif', '$.version', 'SARIF 2.0.0 is not read; only 2.1.0 is'))
    expect(() => parseSarif('{"runs": []}', at())).toThrow('($.version): expected "2.1.0"')
    expect(() => parseSarif(sarif([{ level: 'fatal', message: { text: 'x' } }]), at())).toThrow('($.runs[0].results[0].level): unknown level')
    const bad = sarif([{ ruleId: 'R', message: { text: 'x' }, properties: { 'security-severity': 'high' } }])
    expect(() => parseSarif(bad, at())).toThrow('($.runs[0].results[0]): the security-severity of the result is not a CVSS score')
    expect(() => parseSarif('{"version": "2.1.0", "runs": [{"tool": {}}]}', at())).toThrow('($.runs[0].tool.driver): expected an object, found nothing')
  })

  it('names a mixed log after SARIF; a run with results: [] found nothing', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'A' } }, results: [] },
        { tool: { driver: { name: 'B' } }, results: [{ level: 'error', message: { text: 'b' }, locations: [loc('b.c', 2)] }] }
      ]
    })
    const report = parseSarif(text, at())
    expect(report.tool).toBe('sarif')
    expect(report.findings).toEqual([{ tool: 'b', severity: 'error', file: 'b.c', line: 2, message: 'b' }])
  })

  it('refuses a log that shows nothing was checked: no run, a run without results, a failed execution naming no error', () => {
    // Each of these read as "0 problems" and passed the linting gate (SARIF 2.1.0 §3.14.23: absent or null results
    // mean the tool failed or produced none).
    expect(() => parseSarif('{"version": "2.1.0", "runs": []}', at())).toThrow('($.runs): the log holds no run')
    const run = (extra: object): string => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'A' } }, results: [], ...extra }] })
    expect(() => parseSarif(run({ results: null }), at())).toThrow('($.runs[0].results): null: SARIF says a failed to produce results')
    expect(() => parseSarif(JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'A' } } }] }), at())).toThrow('($.runs[0].results): absent')
    expect(() => parseSarif(run({ invocations: [{ executionSuccessful: false }] }), at())).toThrow(
      '($.runs[0].invocations[0].executionSuccessful): false: a says its execution failed and names no error'
    )
    // A failed execution that names its error is read: the error is a finding (eslint's formatter on a parse error).
    const named = run({ invocations: [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'cannot parse' } }] }] })
    expect(parseSarif(named, at()).counts).toEqual({ error: 1, warning: 0, notice: 0 })
    expect(parseSarif(run({ invocations: [{ executionSuccessful: true }] }), at()).counts).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  it('fills message templates from the rule, with arguments', () => {
    const rules = [{ id: 'R', messageStrings: { default: { text: 'Variable {0} is unused in {1}.' } }, shortDescription: { text: 'short' } }]
    const report = parseSarif(
      sarif(
        [
          { ruleId: 'R', message: { id: 'default', arguments: ['x', 'f'] } },
          { ruleId: 'R', message: {} },
          { ruleId: 'Q' }
        ],
        { driver: { rules } }
      ),
      at()
    )
    expect(report.findings.map((f) => f.message)).toEqual(['Variable x is unused in f.', 'short', 'Q'])
  })

  it('paths: Windows file URIs, remote hosts kept, malformed escapes kept, unknown and chained bases', () => {
    const bases = {
      ROOT: { uri: 'file:///C:/a/repo/' },
      SRC: { uri: 'src/', uriBaseId: 'ROOT' },
      LOOP: { uri: 'x/', uriBaseId: 'LOOP' }
    }
    const results = [
      loc('file:///C:/a/repo/src/x.ts', 1),
      loc('file://server/share/x.ts', 1),
      loc('src/100%.ts', 1),
      loc('lib/y.ts', 1, { uriBaseId: 'SRC' }),
      loc('z.ts', 1, { uriBaseId: '%SRCROOT%' }),
      loc('https://example.com/x.js', 1)
    ].map((l) => ({ level: 'error', message: { text: 'm' }, locations: [l] }))
    const report = parseSarif(sarif(results, { originalUriBaseIds: bases }), at('s.sarif', 'C:\\a\\repo'))
    expect(report.findings.map((f) => f.file)).toEqual(['src/x.ts', 'file://server/share/x.ts', 'src/100%.ts', 'src/lib/y.ts', 'z.ts', 'https://example.com/x.js'])
    const loop = sarif([{ message: { text: 'm' }, locations: [loc('a.ts', 1, { uriBaseId: 'LOOP' })] }], { originalUriBaseIds: bases })
    expect(() => parseSarif(loop, at())).toThrow('($.runs[0].originalUriBaseIds.LOOP): base URIs refer to one another too deeply')
  })

  it('a secret scanner\'s tool error does not quote its message', () => {
    const text = sarif([], {
      invocations: [{ toolExecutionNotifications: [{ level: 'error', message: { text: 'could not read AKIA-SECRET' }, descriptor: { id: 'E1' } }] }]
    }, 'gitleaks')
    const report = parseSarif(text, at())
    expect(report.counts.error).toBe(1)
    expect(JSON.stringify(report)).not.toContain('AKIA-SECRET')
  })
})
