/**
 * What reads a test command's reports: the JUnit and coverage readers and the per-test collector. The testing stage
 * loads this module when its command starts, so that compiling the parsers (about a third of the stage's code) runs
 * while the command does, not before it.
 */
export { PYTEST_COLLECTION } from '../../reports/junit.js'
export { readCoverageReport, readTestReport } from '../../reports/tests-and-coverage.js'
export { TestCaseCollector, workTreeEntries } from '../../observability/test-run.js'
