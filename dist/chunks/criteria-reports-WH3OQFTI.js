import {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
} from "./chunk-ZR2LDSQT.js";
import "./chunk-QDP5GLN7.js";
import "./chunk-J5FNZRHM.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
};
