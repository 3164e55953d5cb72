import {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
} from "./chunk-6NAPKLVA.js";
import "./chunk-NDYIC344.js";
import "./chunk-HYULKLIY.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
};
