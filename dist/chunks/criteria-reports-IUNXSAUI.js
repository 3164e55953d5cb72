import {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
} from "./chunk-6R3WXM5I.js";
import "./chunk-2D3PH5IO.js";
import "./chunk-L5NPJB3T.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
};
