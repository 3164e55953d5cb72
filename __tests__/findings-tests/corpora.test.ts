import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { judgeSecurity, noteSuppressed } from '../../src/gates/tools.js'
import { parseFindings, readFindingsFile } from '../../src/reports/findings/index.js'

/**
 * Findings reports from the producing tools' own test suites, copied into __tests__/fixtures/corpora with their
 * licences (README.md there names each source and what the tool itself prints for it).
 */
const root = fileURLToPath(new URL('../fixtures/corpora/', import.meta.url))
const limits = { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5, secrets: true, vulnerabilities: true }

/**
 * osv-scanner's own JSON writer output (internal/output/__snapshots__/machinejson_test.snap, Apache-2.0), beside the
 * summary line its table writer prints for the same results (table_test.snap).
 */
describe("osv-scanner's JSON of results with call analysis", () => {
  it('leaves out an uncalled vulnerability as osv-scanner does: "1 known vulnerability (0 Critical, 0 High, …, 1 Unknown)"', async () => {
    // Three lockfiles: mine1 1.2.3 with OSV-1 (CVSS 7.8, "called": false) in the first and the third, mine2 with OSV-2
    // (no score, called) in the second. osv-scanner counts OSV-2 alone, and would exit 0 without it.
    const file = `${root}osv-scanner/some-called-and-license-violations.json`
    const report = await readFindingsFile(file, { workspace: '/work' })
    expect(report.counts).toEqual({ error: 1, warning: 0, notice: 0 })
    expect(report.vulnerabilities).toEqual({ critical: 0, high: 0, medium: 0, low: 0 })
    expect(report.findings.map((f) => f.rule)).toEqual(['OSV-2'])
    const why = "mine1 1.2.3 (npm): not called by the code (osv-scanner's call analysis)"
    expect(report.suppressed).toEqual({
      count: 2,
      kept: [
        { file: '<rootdir>/path/to/my/first/lockfile', rule: 'OSV-1', justification: why },
        { file: '<rootdir>/path/to/my/third/lockfile', rule: 'OSV-1', justification: why }
      ]
    })
    // The gate fails on the called one (no severity: held to max_high), never on a "high" osv-scanner does not count,
    // and says what it left out.
    const j = judgeSecurity([report], { ...limits, max_high: 1 }, { target: 'dev' })
    expect(j.details).toMatchObject({ critical: 0, high: 0, unknown_severity: 1 })
    expect(j.passed).toBe(true)
    noteSuppressed(j, [report])
    expect(j.warnings).toContain(
      "2 problem(s) osv-scanner found are left out of osv-scanner's own counts (vulnerabilities its analysis finds uncalled or unimportant) and not counted: " +
        `<rootdir>/path/to/my/first/lockfile OSV-1 (${why}), <rootdir>/path/to/my/third/lockfile OSV-1 (${why})`
    )
  })

  it('counts the called group of a package and not its uncalled one: "1 known vulnerability"', async () => {
    const report = await readFindingsFile(`${root}osv-scanner/one-uncalled-one-called.json`, { workspace: '/work' })
    expect(report.findings.map((f) => f.rule)).toEqual(['OSV-1'])
    expect(report.suppressed?.kept.map((s) => s.rule)).toEqual(['GHSA-123'])
  })

  it('leaves out an unimportant one, counts a group whose analysis names one called id, and reads v1\'s experimentalAnalysis', () => {
    const text = readFileSync(`${root}osv-scanner/one-uncalled-one-called.json`, 'utf8')
    const read = (t: string) => parseFindings(t, { file: 'osv.json', workspace: '/work', format: 'osv-scanner-json' })
    // OSV-1 called but unimportant; GHSA-123 uncalled: both hidden.
    const unimportant = read(text.replace('"called": true,\n                  "unimportant": false', '"called": true,\n                  "unimportant": true'))
    expect(unimportant.counts.error).toBe(0)
    expect(unimportant.suppressed?.kept.map((s) => s.justification)).toEqual([
      "mine1 1.2.3 (npm): rated unimportant (osv-scanner's analysis)",
      "mine1 1.2.3 (npm): not called by the code (osv-scanner's call analysis)"
    ])
    const v1 = read(text.replaceAll('"experimental_analysis"', '"experimentalAnalysis"'))
    expect(v1.findings.map((f) => f.rule)).toEqual(['OSV-1'])
    // Without an analysis every group counts.
    const none = read(text.replace(/"experimental_analysis": \{[^}]*\}\s*\},/g, ''))
    expect(none.findings.map((f) => f.rule)).toEqual(['OSV-1', 'GHSA-123'])
    expect(none.suppressed).toBeUndefined()
  })
})

/**
 * npm's `AuditReport` JSON as `npm audit --json` prints it, from @npmcli/arborist's snapshots
 * (workspaces/arborist/tap-snapshots/test/audit-report.js.test.cjs, ISC): `metadata.vulnerabilities` is npm's own count.
 */
describe("npm audit JSON from arborist's snapshots", () => {
  const npm = `${root}npm-arborist/`

  it('counts "all severity levels" as npm does: 16 (2 critical, 5 high, 1 moderate, 8 low), 518 packages audited', async () => {
    const report = await readFindingsFile(`${npm}all-severity-levels.json`, { workspace: '/work' })
    expect(report.vulnerabilities).toEqual({ critical: 2, high: 5, medium: 1, low: 8 })
    expect(report.audited).toBe(518)
    expect(report.informational).toBeUndefined()
  })

  it('holds an advisory rated info under every limit, as npm audit (audit level low) does, not as one of unknown severity', () => {
    // The "one vulnerability" snapshot (minimist, low) with its advisory rated info: npm audit exits 0 for it.
    const text = readFileSync(`${npm}one-vulnerability.json`, 'utf8').replaceAll('"severity": "low"', '"severity": "info"').replace('"info": 0,\n      "low": 1,', '"info": 1,\n      "low": 0,')
    const report = parseFindings(text, { file: 'audit.json', workspace: '/work', format: 'npm-audit-json' })
    expect(report.counts).toEqual({ error: 0, warning: 0, notice: 1 })
    expect(report.informational).toBe(1)
    const j = judgeSecurity([report], { ...limits, secrets: false }, { target: 'dev' })
    expect(j.errors).toEqual([])
    expect(j.details).toMatchObject({ critical: 0, high: 0, medium: 0, low: 0, unknown_severity: 0 })
    expect(j.warnings).toContain("1 vulnerability rated info (below low) by the advisory: under every limit, as npm audit's default audit level (low) does not fail on them either")
  })
})

/**
 * Trivy's and Grype's own expected outputs (trivy integration/testdata, grype presenter/sarif and presenter/json testdata/snapshot,
 * Apache-2.0): their SARIF is read as GitHub code scanning reads it, by each rule's `security-severity`; their JSON is
 * refused by name, with how to have the same tool write SARIF.
 */
describe("Trivy's and Grype's SARIF and JSON", () => {
  const options = { workspace: '/' }

  it('reads Trivy\'s SARIF as Trivy counts it: 4 vulnerabilities, all MEDIUM (security-severity 5.3)', async () => {
    const report = await readFindingsFile(`${root}trivy/alpine-310.sarif.golden`, options)
    expect(report).toMatchObject({ tool: 'trivy', kind: 'vulnerabilities', counts: { error: 0, warning: 4, notice: 0 } })
    expect(report.vulnerabilities).toEqual({ critical: 0, high: 0, medium: 4, low: 0 })
  })

  it("reads Grype's SARIF by its security-severity, as GitHub does (its mock's Low with a CVSS of 8.2 is high)", async () => {
    const report = await readFindingsFile(`${root}grype/TestSarifPresenter_directory.golden`, options)
    expect(report).toMatchObject({ tool: 'grype', kind: 'vulnerabilities', counts: { error: 1, warning: 0, notice: 1 } })
    expect(report.vulnerabilities).toEqual({ critical: 0, high: 2, medium: 0, low: 0 })
  })

  it.each([
    ['trivy/dockerfile.json.golden', '($.SchemaVersion): Trivy\'s JSON, which is not read here: write SARIF instead (trivy … --format sarif'],
    // grype with no match writes `"matches": []`: not "0 vulnerabilities" of a format nobody reads.
    ['grype/TestEmptyJsonPresenter.golden', "($.matches): Grype's JSON, which is not read here: write SARIF instead (grype … -o sarif"]
  ])('refuses %s by name', async (file, what) => {
    await expect(readFindingsFile(`${root}${file}`, options)).rejects.toThrow(`${root}${file}: not a valid findings JSON report ${what}`)
  })

  it("refuses golangci-lint's JSON and checkstyle XML by name (shapes of its printers' tests), saying how to write SARIF", () => {
    const json = '{"Issues":[{"FromLinter":"govet","Text":"x","Severity":"","Pos":{"Filename":"a.go","Line":1,"Column":1}}],"Report":null}'
    expect(() => parseFindings(json, { file: 'gl.json', workspace: '/' })).toThrow("gl.json: not a valid findings JSON report ($.Issues): golangci-lint's JSON, which is not read here: write SARIF")
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n\n<checkstyle version="5.0">\n  <file name="a.go">\n    <error column="1" line="1" message="x" severity="error" source="govet"></error>\n  </file>\n</checkstyle>\n'
    expect(() => parseFindings(xml, { file: 'cs.xml', workspace: '/' })).toThrow('cs.xml: not a valid findings report (root element <checkstyle>): checkstyle XML (golangci-lint, shellcheck -f checkstyle, …), which is not read here')
  })
})
