/**
 * Text no surface should show as it is: terminal escapes and NUL (jest-junit writes test names with ANSI colours raw),
 * bidirectional overrides (Trojan Source: `test_login\u202Eliaf_` displays as another name), lone surrogates (no text
 * at all). Every tool's findings were cleaned of control characters, but a failing test's finding carried them raw into
 * the report, the annotations and the logs; and no surface touched the bidirectional controls.
 */
import { describe, expect, it } from '@jest/globals'
import { judgePassRate } from '../../src/gates/tests.js'
import { parseJUnit, parseJUnitFile } from '../../src/reports/junit.js'
import { parseFindings } from '../../src/reports/findings/index.js'
import { esc } from '../../src/observability/page.js'
import { junitFixture } from '../reports-tests/fixtures.js'

const RLO = '\u202E'
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

async function* text(xml: string): AsyncGenerator<string> {
  yield xml
}

describe("a failing test's finding", () => {
  it("carries none of jest-junit's raw ANSI colours, BEL or NUL (jest 29.7 + jest-junit 17)", async () => {
    const report = await parseJUnitFile(junitFixture('jest-junit-control-chars.xml'), { workspace: '/tmp/jsctl' })
    expect(report.failures[0].name).toContain('\u001b[32m')
    const [finding] = judgePassRate(report, 100).findings
    expect(finding.message).not.toMatch(RAW)
    expect(finding.message).toContain('\uFFFD[32mcolours\uFFFD[39m \uFFFD[32mfails\uFFFD[39m in green')
  })

  it('carries no right-to-left override, in its name, its message or its file', async () => {
    const xml = `<testsuite name="s" tests="1"><testcase classname="auth" name="test_login${RLO}deliaf_" file="tests/a${RLO}yp.test.py"><failure message="expected 200${RLO}, got 500">x</failure></testcase></testsuite>`
    const report = await parseJUnit(text(xml), { file: 'junit.xml', workspace: '/w' })
    const [finding] = judgePassRate(report, 100).findings
    expect(finding.message).toBe('auth › test_login\uFFFDdeliaf_: expected 200\uFFFD, got 500')
    expect(finding.file).toBe('tests/a\uFFFDyp.test.py')
  })
})

describe("a linter's finding", () => {
  it('carries no bidirectional control and no lone surrogate', () => {
    const eslint = JSON.stringify([
      {
        filePath: `/w/src/a${RLO}st.js`,
        messages: [{ ruleId: `no-${RLO}x`, severity: 2, message: `bad \u2066name\u2069 and \ud800 half`, line: 1, column: 1 }],
        errorCount: 1,
        warningCount: 0
      }
    ])
    const [finding] = parseFindings(eslint, { file: 'eslint.json', workspace: '/w' }).findings
    expect(finding).toMatchObject({ file: 'src/a\uFFFDst.js', rule: 'no-\uFFFDx', message: 'bad \uFFFDname\uFFFD and \uFFFD half' })
  })
})

describe('surfaces', () => {
  it('the dashboard shows a bidirectional control as U+FFFD', () => {
    expect(esc(`test_login${RLO}deliaf_ \u2067x\u2069`)).toBe('test_login\uFFFDdeliaf_ \uFFFDx\uFFFD')
  })
})
