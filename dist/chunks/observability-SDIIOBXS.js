import {
  MAX_TREND_POINTS,
  regenerateDashboard,
  renderDashboard,
  writeObservability
} from "./chunk-AQXFFSMJ.js";
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
import {
  CSP,
  esc,
  fmtMs
} from "./chunk-5M3EAJZP.js";
import "./chunk-DUVFWLAD.js";
import "./chunk-NP6TI2MO.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-4CLWEP5D.js";
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
