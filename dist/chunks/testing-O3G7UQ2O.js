import {
  runTestSuite,
  testingStage
} from "./chunk-KN3YJBD2.js";
import "./chunk-Q4D4U27X.js";
import "./chunk-MKGBXVED.js";
import "./chunk-JYBEL37R.js";
import "./chunk-JD3LKUSO.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-DWQ6IZUG.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-XZHVDBBJ.js";
import "./chunk-V3ABNZTF.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-EYKKL55W.js";
import "./chunk-T2AHH675.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-UNBEHMKL.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
