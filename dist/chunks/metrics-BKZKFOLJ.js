import {
  MAX_LINE_BYTES,
  appendMetrics,
  iterateMetrics,
  lastRunOn,
  mergeMetrics,
  metricsDir,
  pruneMetrics,
  readHistory
} from "./chunk-LP7ADAWM.js";
import {
  METRICS_LINE_VERSION,
  METRICS_SUBDIR,
  gateMeasure,
  metricsFromReport,
  runIdOf,
  toMetricRecord
} from "./chunk-GNZUZK6N.js";
import "./chunk-2JCZTXMZ.js";
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
