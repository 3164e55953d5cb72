import {
  TestCaseCollector,
  workTreeEntries
} from "./chunk-SHVKISER.js";
import "./chunk-X7YZXP6B.js";
import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-CSBMQE4P.js";
import "./chunk-27QPBA24.js";
import "./chunk-LVE5LOEJ.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-HYULKLIY.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-4CLWEP5D.js";
import "./chunk-ETVTLQDI.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";
export {
  PYTEST_COLLECTION,
  TestCaseCollector,
  readCoverageReport,
  readTestReport,
  workTreeEntries
};
