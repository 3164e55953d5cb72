/** Execution metrics: the record, the files that keep the records, and the history read back from them. */
export {
  METRICS_SUBDIR,
  METRICS_LINE_VERSION,
  runIdOf,
  metricsFromReport,
  gateMeasure,
  toMetricRecord,
  type MetricStatus,
  type MetricValue,
  type MetricRecord,
  type MetricsOptions,
  type GateMeasure
} from './record.js'
export {
  MAX_LINE_BYTES,
  metricsDir,
  appendMetrics,
  mergeMetrics,
  pruneMetrics,
  iterateMetrics,
  type MergeResult,
  type PruneResult,
  type ReadOptions,
  type ReadStats
} from './store.js'
export * from './history.js'
