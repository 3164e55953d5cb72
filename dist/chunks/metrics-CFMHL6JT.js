import {
  MAX_LINE_BYTES,
  appendMetrics,
  iterateMetrics,
  lastRunOn,
  mergeMetrics,
  metricsDir,
  pruneMetrics,
  readHistory
} from "./chunk-6U5PM4CL.js";
import {
  METRICS_LINE_VERSION,
  METRICS_SUBDIR,
  gateMeasure,
  metricsFromReport,
  runIdOf,
  toMetricRecord
} from "./chunk-NBXLQ6TF.js";
import "./chunk-DUVFWLAD.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LINE_BYTES,
  METRICS_LINE_VERSION,
  METRICS_SUBDIR,
  appendMetrics,
  gateMeasure,
  iterateMetrics,
  lastRunOn,
  mergeMetrics,
  metricsDir,
  metricsFromReport,
  pruneMetrics,
  readHistory,
  runIdOf,
  toMetricRecord
};
