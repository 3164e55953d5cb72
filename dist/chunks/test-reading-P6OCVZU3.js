import {
  TestCaseCollector,
  workTreeEntries
} from "./chunk-WLAEG3TR.js";
import "./chunk-X7YZXP6B.js";
import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-EMEJE3IB.js";
import "./chunk-UB37VFSW.js";
import "./chunk-VRJMOAB5.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-TGYDXOQN.js";
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
