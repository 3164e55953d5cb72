/** The SARIF log of all findings, and its upload to code scanning against the api.github.com stand-in. */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { gunzipSync } from 'node:zlib'
import { startGitHubApi, type GitHubApi } from '../servers/github-api.js'
import { createOctokit, type GitHubClient } from '../../src/github/octokit.js'
import { findingsToSarif, reportToSarif, type SarifLog } from '../../src/github/sarif.js'
import { encodeSarifForUpload, uploadSarif } from '../../src/github/code-scanning.js'
import type { Finding } from '../../src/reports/types.js'
import { findings, recordingLogger, reportWith, type Recorder } from './helpers.js'

const vulnerability = (severity: 'critical' | 'high' | 'medium' | 'low', rule: string): Finding => ({
  tool: 'npm-audit',
  rule,
  severity: severity === 'low' ? 'warning' : 'error',
  file: 'package-lock.json',
  message: `${rule}: prototype pollution`,
  security_severity: severity
})

describe('findings as SARIF 2.1.0', () => {
  test('one run per tool, its rules, results with level and location, categorized by component', () => {
    const sarif = reportToSarif(reportWith([...findings(2, 'warning'), ...findings(1, 'error'), ...findings(1, 'notice', 'ruff')]))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(sarif.runs.map((r) => r.tool.driver.name)).toEqual(['tsc', 'eslint', 'ruff'])
    const eslint = sarif.runs[1]
    expect(eslint.automationDetails).toEqual({ id: 'spec-to-production/player_experience/' })
    expect(eslint.conversion.tool.driver).toEqual({ name: 'spec-to-production', version: '0.1.0' })
    expect(eslint.tool.driver.rules).toEqual([
      { id: 'no-unused-vars', name: 'no-unused-vars', shortDescription: { text: 'eslint no-unused-vars' }, defaultConfiguration: { level: 'warning' }, properties: { tags: [] } }
    ])
    expect(eslint.results[0]).toEqual({
      ruleId: 'no-unused-vars',
      ruleIndex: 0,
      level: 'warning',
      message: { text: 'warning number 1 reported by eslint' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/player_experience/module_0.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 10, startColumn: 3 } } }],
      partialFingerprints: { 'specToProduction/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) }
    })
    expect(sarif.runs[2].results[0].level).toBe('note')
  })

  test('vulnerabilities: security-severity on the rule, its most severe result\'s, in GitHub\'s bands', () => {
    const sarif = findingsToSarif([vulnerability('medium', 'GHSA-1'), vulnerability('critical', 'GHSA-1'), vulnerability('low', 'GHSA-2'), vulnerability('high', 'GHSA-3')])
    const rules = Object.fromEntries(sarif.runs[0].tool.driver.rules.map((r) => [r.id, r.properties]))
    expect(rules).toEqual({
      'GHSA-1': { tags: ['security', 'vulnerability'], 'security-severity': '9.5' },
      'GHSA-2': { tags: ['security', 'vulnerability'], 'security-severity': '2.0' },
      'GHSA-3': { tags: ['security', 'vulnerability'], 'security-severity': '8.0' }
    })
  })

  test('identical findings get distinct fingerprints; a finding without a file has no location', () => {
    const same: Finding = { tool: 'eslint', rule: 'eqeqeq', severity: 'error', file: 'a.ts', line: 3, message: 'use ===' }
    const sarif = findingsToSarif([same, { ...same, line: 9 }, { tool: 'tests', severity: 'error', file: '', message: 'crashed' }])
    const [a, b] = sarif.runs[0].results.map((r) => r.partialFingerprints['specToProduction/v1'])
    expect(a.split(':')[0]).toBe(b.split(':')[0])
    expect([a.split(':')[1], b.split(':')[1]]).toEqual(['1', '2'])
    expect(sarif.runs[1].results[0].locations).toBeUndefined()
    expect(sarif.runs[1].results[0].ruleId).toBe('tests')
  })
})

describe('upload to code scanning', () => {
  let api: GitHubApi
  let octokit: GitHubClient
  let log: Recorder
  const target = { owner: 'acme-games', repo: 'story-engine', commitSha: 'e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4', ref: 'refs/pull/42/merge' }
  let sarif: SarifLog

  beforeEach(async () => {
    api = await startGitHubApi()
    log = recordingLogger()
    octokit = createOctokit({ token: 'ghs_uploadtoken0000000000000000000000000', baseUrl: api.url, log, retryAfterBaseValue: 1, spaceWrites: false })
    sarif = reportToSarif(reportWith([...findings(3, 'error'), { tool: 'tests', severity: 'error', file: '', message: 'no file' }]))
  })
  afterEach(async () => {
    api.assertNoViolations()
    await api.close()
  })

  test('gzip + base64, commit and ref; results without a location left out', async () => {
    const outcome = await uploadSarif(octokit, { ...target, sarif, log })
    expect(outcome).toMatchObject({ uploaded: true, results: 3, left_out: 1, id: expect.any(String) })
    expect(api.requests.map((r) => r.route)).toEqual(['POST /repos/{owner}/{repo}/code-scanning/sarifs'])
    const [upload] = api.sarifUploads
    expect(upload).toMatchObject({ commit_sha: target.commitSha, ref: target.ref })
    const sent = upload.sarif as SarifLog
    expect(sent.version).toBe('2.1.0')
    expect(sent.runs.flatMap((r) => r.results)).toHaveLength(3)
    expect(sent.runs.every((r) => r.results.every((x) => x.locations?.length === 1))).toBe(true)
    const { encoded } = encodeSarifForUpload(sarif)
    expect(JSON.parse(gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8'))).toEqual(sent)
  })

  test('403: a warning naming security-events: write, nothing thrown', async () => {
    api.script('POST /repos/{owner}/{repo}/code-scanning/sarifs', [
      { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data', status: '403' } }
    ])
    const outcome = await uploadSarif(octokit, { ...target, sarif, log })
    expect(outcome.uploaded).toBe(false)
    const warnings = log.lines.filter((l) => l.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain('`security-events: write`')
  })

  test('a ref or commit code scanning would refuse: skipped with a warning, no request', async () => {
    expect(await uploadSarif(octokit, { ...target, ref: 'main', sarif, log })).toMatchObject({ uploaded: false })
    expect(await uploadSarif(octokit, { ...target, commitSha: 'abc123', sarif, log })).toMatchObject({ uploaded: false })
    expect(api.requests).toHaveLength(0)
    expect(log.lines.filter((l) => l.level === 'warning')).toHaveLength(2)
  })
})
