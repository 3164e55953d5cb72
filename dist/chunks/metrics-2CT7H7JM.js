import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
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
} from "./chunk-4CCEJF2N.js";
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
