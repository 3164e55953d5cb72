import {
  runTestSuite,
  testingStage
} from "./chunk-AB6VBR7R.js";
import "./chunk-W7XBERW4.js";
import "./chunk-KAV6KYAB.js";
import "./chunk-JYBEL37R.js";
import "./chunk-MKGBXVED.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-A5RKFQW4.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-EYKKL55W.js";
import "./chunk-T2AHH675.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-S5FHVQSP.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
