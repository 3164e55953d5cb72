import {
  MAX_TREND_POINTS,
  regenerateDashboard,
  renderDashboard,
  writeObservability
} from "./chunk-NDQTKQKA.js";
import {
  MAX_LINE_BYTES,
  appendMetrics,
  iterateMetrics,
  lastRunOn,
  mergeMetrics,
  metricsDir,
  pruneMetrics,
  readHistory
} from "./chunk-NLYMPM2T.js";
import {
  METRICS_LINE_VERSION,
  METRICS_SUBDIR,
  gateMeasure,
  metricsFromReport,
  runIdOf,
  toMetricRecord
} from "./chunk-S2CMJ7EV.js";
import "./chunk-DUVFWLAD.js";
import {
  CSP,
  esc,
  fmtMs
} from "./chunk-SL6JIN4J.js";
import "./chunk-YKYRUUDG.js";
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
