import {
  PYTEST_COLLECTION,
  readCoverageReport,
  readTestReport
} from "./chunk-GZZVRAHW.js";
import {
  TestCaseCollector
} from "./chunk-WEK6CZ44.js";
import "./chunk-5ZGRQBEO.js";
import "./chunk-2JCZTXMZ.js";
import "./chunk-O675OH4W.js";
import "./chunk-MKGBXVED.js";
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
