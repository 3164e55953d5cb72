import {
  MAX_TREND_POINTS,
  regenerateDashboard,
  renderDashboard,
  writeObservability
} from "./chunk-DSVP73I7.js";
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
import {
  CSP,
  esc,
  fmtMs
} from "./chunk-FR7MBJEZ.js";
import "./chunk-FLJIU4LE.js";
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
