import {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
} from "./chunk-IFYZDP57.js";
import "./chunk-MYXEEZIS.js";
import "./chunk-TGYDXOQN.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
};
