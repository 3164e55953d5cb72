/** The aggregate over a run's matrix legs: read their reports, judge, summarize, draw one dashboard. */
export { collectReportFiles, MAX_REPORT_BYTES, readLegReports, validateReport, type AggregateInput, type InvalidReport, type Leg, type ReadLegReportsOptions } from './read.js'
export {
  aggregateJson,
  aggregateVerdict,
  legTests,
  legView,
  orderedViews,
  testTotals,
  verdictSentence,
  type AggregateJson,
  type AggregateVerdict,
  type LegFailure,
  type LegStageStatus,
  type LegStatus,
  type LegSuiteTests,
  type LegTests,
  type LegView,
  type SuiteTotals
} from './verdict.js'
export { aggregateSummary, SUMMARY_MAX_BYTES, type AggregateSummaryOptions } from './summary.js'
export { renderCombinedDashboard } from './dashboard.js'
export { expectedFromMatrix, expectedLegsFromMatrix, type ExpectedLeg } from './matrix.js'
