import { describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCoverageReport, readTestReport } from '../../src/reports/tests-and-coverage.js'
import { ReportError } from '../../src/reports/types.js'
import { JS_WORKSPACE, PY_WORKSPACE, coverageFixture, junitFixture } from './fixtures.js'

async function refusal(promise: Promise<unknown>): Promise<ReportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ReportError)
  return error as ReportError
}

describe('readTestReport', () => {
  it('detects JUnit and reads it, with or without the format named', async () => {
    const detected = await readTestReport(junitFixture('pytest-legacy.xml'), { workspace: PY_WORKSPACE })
    const named = await readTestReport(junitFixture('pytest-legacy.xml'), { workspace: PY_WORKSPACE, format: 'junit' })
    expect(named).toEqual(detected)
    expect(detected.totals.total).toBe(20)
  })

  it('refuses a coverage report, naming what it is', async () => {
    const error = await refusal(readTestReport(coverageFixture('coverage-py.json'), { workspace: PY_WORKSPACE }))
    expect(error.format).toBe('auto-detect')
    expect(error.message).toMatch(/coverage.py-json coverage report, not a JUnit test report/)
  })

  it('names the format tried and where the content broke', async () => {
    const error = await refusal(readTestReport(coverageFixture('jest-lcov.info'), { workspace: JS_WORKSPACE, format: 'junit' }))
    expect(error.format).toBe('junit')
    expect(error.where).toBe('line 1 column 1')
    expect((await refusal(readTestReport(junitFixture('jest-junit.xml'), { workspace: JS_WORKSPACE, format: 'trx' }))).message).toMatch(/unknown test report format/)
  })
})

describe('readCoverageReport', () => {
  it('detects each format and reads it', async () => {
    const summary = await readCoverageReport(coverageFixture('jest-coverage-summary.json'), { workspace: JS_WORKSPACE })
    expect(summary).toMatchObject({ format: 'istanbul-summary', lines_covered: 11, lines_total: 20 })
    const cobertura = await readCoverageReport(coverageFixture('coverage-py.xml'), { workspace: PY_WORKSPACE })
    expect(cobertura).toMatchObject({ format: 'cobertura', lines_covered: 34, lines_total: 44 })
  })

  it("a file that climbs out of the workspace behind a source path's name is not the component's", async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-climb-'))
    try {
      const lcov = join(dir, 'lcov.info')
      await writeFile(lcov, 'TN:\nSF:src/../../../etc/passwd\nDA:1,1\nDA:2,1\nend_of_record\nSF:src/a.py\nDA:1,0\nend_of_record\n')
      const report = await readCoverageReport(lcov, { workspace: dir, scope: { sources: ['src'] } })
      expect(report).toMatchObject({ lines_covered: 0, lines_total: 1 })
      expect(report.left_out).toMatchObject({ outside_workspace: 1, examples: ['../../etc/passwd'] })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('names the format tried and where the content broke', async () => {
    const asJson = await refusal(readCoverageReport(coverageFixture('jest-coverage-summary.json'), { workspace: JS_WORKSPACE, format: 'coverage.py-json' }))
    expect(asJson.format).toBe('coverage.py-json')
    expect(asJson.where).toBe('$.totals')
    const asXml = await refusal(readCoverageReport(coverageFixture('jest-lcov.info'), { workspace: JS_WORKSPACE, format: 'cobertura' }))
    expect(asXml.where).toBe('line 1 column 1')
    expect(asXml.message).toContain('not XML: the content starts with "TN:\\nSF:src/math.js\\nF"')
    const junit = await refusal(readCoverageReport(junitFixture('jest-junit.xml'), { workspace: JS_WORKSPACE }))
    expect(junit.message).toMatch(/JUnit test report, not a coverage report/)
    const unknown = await refusal(readCoverageReport(junitFixture('jest-junit.xml'), { workspace: JS_WORKSPACE, format: 'clover' as never }))
    expect(unknown.message).toMatch(/unknown coverage format/)
  })
})
