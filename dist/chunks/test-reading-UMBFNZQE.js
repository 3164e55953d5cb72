import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-R4FE77IA.js";
import {
  TestCaseCollector
} from "./chunk-VAKENY3T.js";
import "./chunk-GNZUZK6N.js";
import "./chunk-7TF4KHT7.js";
import "./chunk-VSS5QLGM.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-2JCZTXMZ.js";
import "./chunk-L5NPJB3T.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-4BCAUY6V.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  PYTEST_COLLECTION,
  TestCaseCollector,
  readCoverageReport,
  readTestReport
};
