import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-GJ2BXMGJ.js";
import {
  TestCaseCollector
} from "./chunk-NJQ5IZGK.js";
import "./chunk-5ZGRQBEO.js";
import "./chunk-S4F6VJZF.js";
import "./chunk-EOPLPWZD.js";
import "./chunk-MKGBXVED.js";
import "./chunk-2JCZTXMZ.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-T2AHH675.js";
import "./chunk-DG3KJSQH.js";
import "./chunk-HANBNIMK.js";
export {
  PYTEST_COLLECTION,
  TestCaseCollector,
  readCoverageReport,
  readTestReport
};
