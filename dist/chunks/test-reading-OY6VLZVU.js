import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-LXZ6DUIL.js";
import {
  TestCaseCollector
} from "./chunk-BS4TMSIC.js";
import "./chunk-5ZGRQBEO.js";
import "./chunk-S4F6VJZF.js";
import "./chunk-EOPLPWZD.js";
import "./chunk-MKGBXVED.js";
import "./chunk-2JCZTXMZ.js";
import "./chunk-DWQ6IZUG.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-T2AHH675.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  PYTEST_COLLECTION,
  TestCaseCollector,
  readCoverageReport,
  readTestReport
};
