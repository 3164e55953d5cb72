import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_TREND_POINTS,
  regenerateDashboard,
  renderDashboard,
  writeObservability
} from "./chunk-ZIML4L2N.js";
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
import {
  CSP,
  esc,
  fmtMs
} from "./chunk-SL6JIN4J.js";
import "./chunk-TG4UTRL3.js";
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
  lastRunOn,
  mergeMetrics,
  metricsDir,
  metricsFromReport,
  pruneMetrics,
  readHistory,
  regenerateDashboard,
  renderDashboard,
  runIdOf,
  toMetricRecord,
  writeObservability
};
