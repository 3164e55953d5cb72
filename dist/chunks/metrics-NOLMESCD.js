import {
  MAX_LINE_BYTES,
  appendMetrics,
  iterateMetrics,
  lastRunOn,
  mergeMetrics,
  metricsDir,
  pruneMetrics,
  readHistory
} from "./chunk-GYCQ7M7A.js";
import {
  METRICS_LINE_VERSION,
  METRICS_SUBDIR,
  gateMeasure,
  metricsFromReport,
  runIdOf,
  toMetricRecord
} from "./chunk-X7YZXP6B.js";
import "./chunk-DUVFWLAD.js";
import "./chunk-IGIGMMYD.js";
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
