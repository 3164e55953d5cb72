import {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
} from "./chunk-MAPR7UZD.js";
import "./chunk-R4WM47HZ.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-HYULKLIY.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";
export {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
};
