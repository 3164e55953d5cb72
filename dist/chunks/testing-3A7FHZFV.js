import {
  runTestSuite,
  testingStage
} from "./chunk-4Q3OGF5T.js";
import "./chunk-5TQBYV43.js";
import "./chunk-KAV6KYAB.js";
import "./chunk-MKGBXVED.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-U3XGLHFI.js";
import "./chunk-INVGORFM.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-6GL7J2IG.js";
import "./chunk-T2AHH675.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-JYBEL37R.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
