import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  regenerateDashboard,
  writeObservability
} from "./chunk-2T56GZLJ.js";
import {
  CSP,
  MAX_LINE_BYTES,
  MAX_TREND_POINTS,
  METRICS_LINE_VERSION,
  METRICS_SUBDIR,
  appendMetrics,
  esc,
  fmtMs,
  gateMeasure,
  iterateMetrics,
  mergeMetrics,
  metricsDir,
  metricsFromReport,
  pruneMetrics,
  readHistory,
  renderDashboard,
  toMetricRecord
} from "./chunk-MMJOWMJU.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  CSP,
  MAX_LINE_BYTES,
  MAX_TREND_POINTS,
  METRICS_LINE_VERSION,
  METRICS_SUBDIR,
  appendMetrics,
  esc,
  fmtMs,
  gateMeasure,
  iterateMetrics,
  mergeMetrics,
  metricsDir,
  metricsFromReport,
  pruneMetrics,
  readHistory,
  regenerateDashboard,
  renderDashboard,
  toMetricRecord,
  writeObservability
};
