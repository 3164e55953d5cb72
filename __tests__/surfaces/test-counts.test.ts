/** A suite's counts are said in the same words on the job summary, the check run and the comment: "1 error", never "1 errors". */
import { expect, test } from '@jest/globals'
import { testCountsLine } from '../../src/view/report-view.js'

const counts = { suite: 'integration_tests', total: 44, passed: 40, failed: 1, errors: 1, skipped: 2, flaky: 1 }

test('one error is "1 error"; the suite is named through the surface\'s escaping', () => {
  expect(testCountsLine(counts, (s) => `<${s}>`)).toEqual(['<integration tests>', '40 passed, 1 failed, 1 error, 2 skipped of 44 (1 flaky)'])
  expect(testCountsLine({ ...counts, suite: 'testing', errors: 3, flaky: null }, (s) => s)).toEqual(['Tests', '40 passed, 1 failed, 3 errors, 2 skipped of 44'])
  expect(testCountsLine({ ...counts, errors: 0, flaky: 0 }, (s) => s)[1]).toBe('40 passed, 1 failed, 2 skipped of 44')
})
