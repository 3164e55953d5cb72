import { describe, expect, it } from '@jest/globals'
import { detectFormat, detectFormatFromHead } from '../../src/reports/detect.js'
import { ReportError } from '../../src/reports/types.js'
import { coverageFixture, junitFixture } from './fixtures.js'

describe('detectFormat on the real tools’ reports', () => {
  const cases: [string, string][] = [
    [junitFixture('pytest-legacy.xml'), 'junit'],
    [junitFixture('pytest-xunit2.xml'), 'junit'],
    [junitFixture('jest-junit.xml'), 'junit'],
    [junitFixture('hand-written/variants.xml'), 'junit'],
    [coverageFixture('coverage-py.json'), 'coverage.py-json'],
    [coverageFixture('coverage-py-branch.json'), 'coverage.py-json'],
    [coverageFixture('coverage-py.xml'), 'cobertura'],
    [coverageFixture('jest-cobertura.xml'), 'cobertura'],
    [coverageFixture('hand-written/cobertura-repeated-classes.xml'), 'cobertura'],
    [coverageFixture('jest-lcov.info'), 'lcov'],
    [coverageFixture('pytest-cov-branch.lcov'), 'lcov'],
    [coverageFixture('hand-written/lcov-merged-records.info'), 'lcov'],
    [coverageFixture('jest-coverage-summary.json'), 'istanbul-summary'],
    [coverageFixture('jest-coverage-final.json'), 'istanbul-final']
  ]
  for (const [path, format] of cases) {
    it(`${path.replace(/.*__fixtures__\/reports\//, '')} is ${format}`, async () => {
      await expect(detectFormat(path)).resolves.toBe(format)
    })
  }
})

describe('detectFormatFromHead', () => {
  const detect = (text: string | Buffer): string => detectFormatFromHead(typeof text === 'string' ? Buffer.from(text) : text, 'r.txt')
  const refusal = (text: string | Buffer): ReportError => {
    try {
      detect(text)
    } catch (error) {
      expect(error).toBeInstanceOf(ReportError)
      const e = error as ReportError
      expect(e.file).toBe('r.txt')
      expect(e.format).toBe('auto-detect')
      return e
    }
    throw new Error('detected a format')
  }

  it('sees through BOMs, comments, processing instructions and DOCTYPEs with internal subsets', () => {
    expect(detect('\uFEFF<?xml version="1.0"?>\n<!-- <coverage> --><?pi x?><!DOCTYPE t [<!ELEMENT a ANY>]>\n<testsuite/>')).toBe('junit')
    expect(detect(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<coverage line-rate="1"/>', 'utf16le')]))).toBe('cobertura')
    expect(detect('\n\nSF:/a.c\nDA:1,1\n')).toBe('lcov')
    expect(detect('{"total": {"lines": {"total": 1, "covered": 1}}}')).toBe('istanbul-summary')
  })

  it('says what it saw when it does not know the content', () => {
    expect(refusal('').message).toMatch(/the file is empty/)
    expect(refusal('   \n').message).toMatch(/only white space/)
    expect(refusal(Buffer.from([0x1f, 0x8b, 8, 0])).message).toMatch(/gzip/)
    expect(refusal('ab\0cd').message).toMatch(/NUL/)
    expect(refusal('<html><body/></html>').message).toMatch(/root element is <html>/)
    expect(refusal('<coverage clover="4.4"><project/></coverage>').message).toMatch(/Clover/)
    expect(refusal('{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": []}').message).toMatch(/SARIF/)
    expect(refusal('{}').message).toMatch(/empty JSON object/)
    expect(refusal('[{"filePath": "a.js", "messages": []}]').message).toMatch(/JSON array/)
    const text = refusal('Name    Stmts   Miss  Cover\nTOTAL 1 0 100%')
    expect(text.message).toContain('r.txt: not a valid auto-detect report (first 42 bytes)')
    expect(text.message).toContain('text that starts "Name    Stmts   Miss  Cover\\nTOTAL 1 0 100%"')
    expect(refusal('<!-- never closed').message).toMatch(/without a root element/)
  })
})
