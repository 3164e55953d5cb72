import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-IB7DOV3M.js";
import {
  TestCaseCollector
} from "./chunk-456OBQVY.js";
import "./chunk-5ZGRQBEO.js";
import "./chunk-S4F6VJZF.js";
import "./chunk-EOPLPWZD.js";
import "./chunk-MKGBXVED.js";
import "./chunk-2JCZTXMZ.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-T2AHH675.js";
import "./chunk-SB5SJHMK.js";
import "./chunk-HANBNIMK.js";
export {
  PYTEST_COLLECTION,
  TestCaseCollector,
  readCoverageReport,
  readTestReport
};
