import { describe, expect, it } from '@jest/globals'
import { findingsFormat, parseFindings } from '../../src/reports/findings/index.js'
import { parseGitleaksJson } from '../../src/reports/findings/gitleaks.js'
import { parseNpmAuditJson } from '../../src/reports/findings/npm-audit.js'
import { parseOsvScannerJson } from '../../src/reports/findings/osv-scanner.js'
import { parsePipAuditJson } from '../../src/reports/findings/pip-audit.js'
import { ReportError, type FindingsReport } from '../../src/reports/types.js'
import { fixture, PY_WORKSPACE, SECRETS_WORKSPACE, TS_WORKSPACE } from './fixture.js'

const security = (name: string) => fixture(`../security/${name}`)
const at = (file = 'r.json', workspace = '/w') => ({ file, workspace })
const unknownSeverity = (r: FindingsReport) =>
  r.counts.error + r.counts.warning + r.counts.notice - Object.values(r.vulnerabilities ?? {}).reduce((a, b) => a + b, 0)

describe('npm audit --json (real npm 11.19.1 output; advisories from a stand-in endpoint, see README)', () => {
  const report = parseNpmAuditJson(security('npm-audit/npm-audit.json'), at('npm-audit.json'))

  it('counts as npm printed: "5 vulnerabilities (1 moderate, 3 high, 1 critical)", equal to metadata', () => {
    const printed = /^(\d+) vulnerabilities \((.*)\)$/m.exec(security('npm-audit/npm-audit.console.txt'))!
    const levels = Object.fromEntries(printed[2].split(', ').map((part) => part.split(' ').reverse()))
    expect(report.vulnerabilities).toEqual({ critical: Number(levels.critical), high: Number(levels.high), medium: Number(levels.moderate), low: 0 })
    expect(report.findings).toHaveLength(Number(printed[1]))
    expect(report.counts).toEqual({ error: 4, warning: 1, notice: 0 })
    expect(report).toMatchObject({ format: 'npm-audit-json', tool: 'npm-audit', kind: 'vulnerabilities' })
  })

  it('one finding per vulnerable package: the most severe advisory as rule, the fix, package.json for direct deps', () => {
    expect(report.findings.find((f) => f.message.startsWith('minimist'))).toEqual({
      tool: 'npm-audit',
      rule: 'GHSA-xvch-5gv4-984h',
      severity: 'error',
      file: 'package-lock.json',
      message:
        'minimist <=0.2.3 (critical): Prototype Pollution in minimist (GHSA-vh95-rmgr-6w4m); Prototype Pollution in minimist ' +
        '(GHSA-xvch-5gv4-984h); fix available via `npm audit fix --force` (installs mkdirp@0.5.6)',
      security_severity: 'critical'
    })
    expect(report.findings.find((f) => f.message.startsWith('mkdirp'))).toMatchObject({
      rule: 'vulnerable-dependency',
      severity: 'warning',
      file: 'package.json',
      security_severity: 'medium'
    })
  })

  it('a clean audit measures zero of each', () => {
    const clean = parseFindings(security('npm-audit/npm-audit-clean.json'), at())
    expect(clean).toEqual({
      format: 'npm-audit-json',
      tool: 'npm-audit',
      findings: [],
      counts: { error: 0, warning: 0, notice: 0 },
      kind: 'vulnerabilities',
      vulnerabilities: { critical: 0, high: 0, medium: 0, low: 0 },
      audited: 1
    })
  })

  it('npm\'s error object (the real 405 of this registry) is refused with npm\'s reason, credentials masked', () => {
    const error = () => parseFindings(security('npm-audit/npm-audit-error.json'), at('audit.json'))
    expect(error).toThrow(ReportError)
    expect(error).toThrow(
      'audit.json: not a valid npm-audit-json report ($.error): npm audit itself failed, so nothing was audited: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk'
    )
    const enolock = JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: 'Try creating one first' } })
    expect(() => parseFindings(enolock, at())).toThrow('nothing was audited: This command requires an existing lockfile.')
    const secret = JSON.stringify({ message: 'GET https://me:t0ken@registry.example/x failed', error: { summary: '', detail: '' } })
    expect(() => parseFindings(secret, at())).toThrow('GET https://***@registry.example/x failed')
  })

  it('refuses counts that disagree with metadata, npm 6 output and unknown severities', () => {
    const data = JSON.parse(security('npm-audit/npm-audit.json')) as { metadata: { vulnerabilities: Record<string, number> } }
    data.metadata.vulnerabilities.high = 2
    expect(() => parseNpmAuditJson(JSON.stringify(data), at())).toThrow('($.metadata.vulnerabilities.high): says 2 but vulnerabilities hold 3')
    expect(() => parseFindings('{"actions": [], "advisories": {}, "metadata": {}}', { ...at(), format: 'npm-audit' })).toThrow('npm 6 audit output')
    // Nothing listed and nothing said of what was audited: no sign an audit ran (a step that only wrote the file).
    for (const bare of ['{"vulnerabilities": {}}', '{"auditReportVersion": 2, "vulnerabilities": {}, "metadata": {"vulnerabilities": {"total": 0}}}']) {
      expect(() => parseNpmAuditJson(bare, at())).toThrow('($.metadata.dependencies.total): absent, and no vulnerability listed: npm 7 and later always write the packages they audited there')
    }
    const odd = JSON.stringify({ auditReportVersion: 2, vulnerabilities: { a: { severity: 'severe' } } })
    expect(() => parseNpmAuditJson(odd, at())).toThrow('($.vulnerabilities.a.severity): unknown severity')
    const info = JSON.stringify({ auditReportVersion: 2, vulnerabilities: { a: { name: 'a', severity: 'info', via: [], fixAvailable: false } } })
    expect(parseNpmAuditJson(info, at()).findings[0]).toEqual({
      tool: 'npm-audit',
      rule: 'vulnerable-dependency',
      severity: 'notice',
      file: 'package-lock.json',
      message: 'a (info): vulnerable; no fix available'
    })
  })
})

describe('pip-audit JSON (HAND-MADE to the documented format; pip-audit cannot be installed here)', () => {
  const report = parsePipAuditJson(security('pip-audit/pip-audit.hand-made.json'), at())

  it('every vulnerability is an error of unknown severity: none is counted as a level it was not given', () => {
    expect(report.counts).toEqual({ error: 4, warning: 0, notice: 0 })
    expect(report).toMatchObject({ tool: 'pip-audit', kind: 'vulnerabilities', vulnerabilities: { critical: 0, high: 0, medium: 0, low: 0 } })
    expect(unknownSeverity(report)).toBe(4)
    expect(report.findings.every((f) => f.security_severity === undefined)).toBe(true)
    expect(report.findings[0]).toEqual({
      tool: 'pip-audit',
      rule: 'PYSEC-2019-179',
      severity: 'error',
      file: '',
      message:
        'flask 0.5: PYSEC-2019-179 (CVE-2019-1010083, GHSA-5wv5-4vpf-pj6m), severity unknown (pip-audit reports none); fixed in 1.0\n' +
        'The Pallets Project Flask before 1.0 is affected by: unexpected memory usage. The impact is: denial of service.'
    })
  })

  it('reads pip-audit 1\'s bare array; a skipped dependency is not a finding', () => {
    const legacy = JSON.stringify([
      { name: 'a', version: '1', vulns: [{ id: 'PYSEC-1', fix_versions: [] }] },
      { name: 'b', skip_reason: 'not on PyPI' }
    ])
    const r = parseFindings(legacy, at())
    expect(r.tool).toBe('pip-audit')
    expect(r.findings.map((f) => f.message)).toEqual(['a 1: PYSEC-1, severity unknown (pip-audit reports none); no fixed version'])
  })
})

describe('osv-scanner JSON (HAND-MADE to the documented format; osv-scanner cannot be installed here)', () => {
  const report = parseOsvScannerJson(security('osv-scanner/osv-scanner.hand-made.json'), at('osv.json', '/home/runner/work/app/app'))

  it('one finding per group, graded by max_severity, else by the advisory database; one stays unknown', () => {
    expect(report.findings).toHaveLength(7)
    expect(report.vulnerabilities).toEqual({ critical: 1, high: 3, medium: 2, low: 0 })
    expect(unknownSeverity(report)).toBe(1)
    expect(report.counts).toEqual({ error: 5, warning: 2, notice: 0 })
    expect(report.findings.map((f) => f.file)).toEqual([...Array(5).fill('package-lock.json'), 'requirements.txt', 'requirements.txt'])
    expect(report.findings[4]).toEqual({
      tool: 'osv-scanner',
      rule: 'GHSA-xvch-5gv4-984h',
      severity: 'error',
      file: 'package-lock.json',
      message: 'minimist 0.0.8 (npm): Prototype Pollution in minimist (GHSA-xvch-5gv4-984h), severity critical (CVSS 9.8)',
      security_severity: 'critical'
    })
    expect(report.findings[5].message).toBe('jinja2 2.10 (PyPI): Jinja2 sandbox escape via string formatting (GHSA-462w-v97r-4m45, PYSEC-2019-217), severity high')
    expect(report.findings[6]).toMatchObject({ rule: 'PYSEC-2099-1', severity: 'error', message: 'jinja2 2.10 (PyPI): known vulnerability (PYSEC-2099-1), severity unknown' })
  })

  it('without groups (osv-scanner before 1.3), one finding per vulnerability; results: null audited nothing', () => {
    const old = JSON.stringify({
      results: [
        {
          source: { path: '/w/go.mod', type: 'lockfile' },
          packages: [{ package: { name: 'x', version: '1', ecosystem: 'Go' }, vulnerabilities: [{ id: 'GO-1', database_specific: { severity: 'LOW' } }, { id: 'GO-2' }] }]
        }
      ]
    })
    const r = parseFindings(old, at())
    expect(r.findings.map((f) => [f.rule, f.file, f.security_severity])).toEqual([
      ['GO-1', 'go.mod', 'low'],
      ['GO-2', 'go.mod', undefined]
    ])
    // results: null is what osv-scanner writes when it found nothing to scan: no finding, and nothing audited.
    const nothing = parseFindings('{"results": null, "experimental_config": {}}', at())
    expect(nothing.counts).toEqual({ error: 0, warning: 0, notice: 0 })
    expect(nothing.audited).toBe(0)
    expect(r.audited).toBe(1)
    expect(() => parseOsvScannerJson('{"results": [{"packages": [{"package": {"name": "x"}, "groups": [{"ids": []}]}]}]}', at())).toThrow(
      '($.results[0].packages[0].groups[0].ids): a group names no vulnerability'
    )
  })
})

describe('gitleaks JSON (HAND-MADE to the documented format)', () => {
  const text = security('gitleaks/gitleaks.hand-made.json')
  const report = parseFindings(text, at())

  it('three secrets at their places, with the commit, nothing of the value or the author', () => {
    expect(report).toMatchObject({ format: 'gitleaks-json', tool: 'gitleaks', kind: 'secrets', counts: { error: 3, warning: 0, notice: 0 } })
    expect(report.findings[2]).toEqual({
      tool: 'gitleaks',
      rule: 'github-pat',
      severity: 'error',
      file: 'scripts/release.sh',
      line: 2,
      end_line: 2,
      column: 14,
      message: 'Possible secret found by gitleaks rule github-pat (value not shown) in commit 9d8c7b6a5f4e'
    })
    const serialized = JSON.stringify(report)
    for (const leaked of ['AKIAZ7FAKEKEY0NOTREAL', 'fake0api0key0', 'ghp_FAKE0token', 'ops@example.invalid', 'An Operator', 'release script']) {
      expect(serialized).not.toContain(leaked)
    }
  })

  it('the same leaks from gitleaks SARIF, under the bare name gitleaks', () => {
    const sarif = parseGitleaksJson(security('gitleaks/gitleaks.hand-made.sarif'), at())
    expect(sarif.format).toBe('sarif')
    const place = (r: FindingsReport) => r.findings.map((f) => [f.rule, f.file, f.line, f.column])
    expect(place(sarif)).toEqual(place(report))
    expect(parseFindings(security('gitleaks/gitleaks.hand-made.sarif'), { ...at(), format: 'gitleaks' }).kind).toBe('secrets')
  })
})

describe('detection and names of the new formats', () => {
  it.each([
    ['sarif/eslint.sarif', 'sarif', TS_WORKSPACE],
    ['sarif/secretlint.sarif', 'sarif', SECRETS_WORKSPACE],
    ['sarif/codeql-security.hand-made.sarif', 'sarif', '/w'],
    ['pylint/pylint.json', 'pylint-json', PY_WORKSPACE],
    ['pylint/pylint-json2.json', 'pylint-json', PY_WORKSPACE],
    ['bandit/bandit.json', 'bandit-json', '/w'],
    ['../security/npm-audit/npm-audit.json', 'npm-audit-json', '/w'],
    ['../security/npm-audit/npm-audit-clean.json', 'npm-audit-json', '/w'],
    ['../security/pip-audit/pip-audit.hand-made.json', 'pip-audit-json', '/w'],
    ['../security/osv-scanner/osv-scanner.hand-made.json', 'osv-scanner-json', '/w'],
    ['../security/gitleaks/gitleaks.hand-made.json', 'gitleaks-json', '/w'],
    ['../security/gitleaks/gitleaks.hand-made.sarif', 'sarif', '/w']
  ])('%s is %s, detected or named', (name, format, workspace) => {
    const detected = parseFindings(fixture(name), { file: name, workspace })
    expect(detected.format).toBe(format)
    expect(parseFindings(fixture(name), { file: name, workspace, format })).toEqual(detected)
  })

  it('takes bare tool names and aliases', () => {
    expect(['sarif', 'SARIF', 'sarif-json', 'gitleaks-sarif'].map(findingsFormat)).toEqual(['sarif', 'sarif', 'sarif', 'sarif'])
    expect(['pylint', 'pylint-json2', 'bandit', 'npm-audit', 'pip-audit', 'osv-scanner', 'osv', 'gitleaks'].map(findingsFormat)).toEqual([
      'pylint-json',
      'pylint-json',
      'bandit-json',
      'npm-audit-json',
      'pip-audit-json',
      'osv-scanner-json',
      'osv-scanner-json',
      'gitleaks-json'
    ])
  })

  it('secret scanners report kind secrets; capped lists say they were capped', () => {
    expect(parseFindings(fixture('secretlint/secretlint.json'), at('s.json', SECRETS_WORKSPACE)).kind).toBe('secrets')
    expect(parseFindings(fixture('detect-secrets/baseline.hand-made.json'), at()).kind).toBe('secrets')
    const capped = parseFindings(fixture('pylint/pylint.json'), { ...at('p.json', PY_WORKSPACE), maxFindings: 5 })
    expect(capped.findings).toHaveLength(5)
    expect(capped.findings_truncated).toBe(true)
    expect(capped.counts).toEqual({ error: 3, warning: 18, notice: 0 })
    expect(parseFindings(fixture('pylint/pylint.json'), at('p.json', PY_WORKSPACE)).findings_truncated).toBeUndefined()
    const graded = parseFindings(fixture('../security/npm-audit/npm-audit.json'), { ...at(), maxFindings: 1 })
    expect(graded.vulnerabilities).toEqual({ critical: 1, high: 3, medium: 1, low: 0 }) // exact past the cap
  })
})

describe('how many packages an audit looked at (audited): 0 is never taken for a clean audit by the gate', () => {
  it('npm audit: metadata.dependencies.total, as npm wrote it; absent when npm does not say, and then a clean report is refused', () => {
    expect(parseNpmAuditJson(security('npm-audit/npm-audit.json'), at()).audited).toBe(5)
    expect(parseFindings(security('npm-audit/npm-audit-clean.json'), at()).audited).toBe(1)
    const found = JSON.parse(security('npm-audit/npm-audit.json')) as { metadata: Record<string, unknown> }
    delete found.metadata.dependencies
    expect(parseNpmAuditJson(JSON.stringify(found), at()).audited).toBeUndefined()
    // Nothing found and nothing said of what was looked at: no sign an audit ran.
    const clean = JSON.parse(security('npm-audit/npm-audit-clean.json')) as { metadata: Record<string, unknown> }
    delete clean.metadata.dependencies
    expect(() => parseNpmAuditJson(JSON.stringify(clean), at())).toThrow('($.metadata.dependencies.total): absent, and no vulnerability listed')
  })

  it('pip-audit: the dependencies it audited (not the skipped ones); an empty environment audits 0', () => {
    expect(parsePipAuditJson('{"dependencies": [], "fixes": []}', at()).audited).toBe(0)
    const skipped = { dependencies: [{ name: 'local-pkg', skip_reason: 'not on PyPI' }, { name: 'flask', version: '3.0.0', vulns: [] }], fixes: [] }
    expect(parsePipAuditJson(JSON.stringify(skipped), at()).audited).toBe(1)
  })
})
