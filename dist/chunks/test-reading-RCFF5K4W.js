import {
  TestCaseCollector,
  workTreeEntries
} from "./chunk-YIJJ7RQD.js";
import "./chunk-X7YZXP6B.js";
import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-3POZ37RX.js";
import "./chunk-D7HPJUHN.js";
import "./chunk-XJ6XKTHL.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-HYULKLIY.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-Z2SKUPYI.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-4BCAUY6V.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  PYTEST_COLLECTION,
  TestCaseCollector,
  readCoverageReport,
  readTestReport,
  workTreeEntries
};
