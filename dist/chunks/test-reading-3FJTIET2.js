import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-BRL5EYJU.js";
import {
  TestCaseCollector
} from "./chunk-PJSC36TJ.js";
import "./chunk-GNZUZK6N.js";
import "./chunk-LTUBHQA7.js";
import "./chunk-LR57US2A.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-2JCZTXMZ.js";
import "./chunk-J5FNZRHM.js";
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
