import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
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
  regenerateDashboard,
  renderDashboard,
  toMetricRecord,
  writeObservability
} from "./chunk-33WJ75M5.js";
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
