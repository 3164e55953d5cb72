import {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
} from "./chunk-YI2LXJYD.js";
import "./chunk-M7N7R4WL.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-HYULKLIY.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
};
