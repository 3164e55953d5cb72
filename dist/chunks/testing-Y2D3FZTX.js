import {
  runTestSuite,
  testingStage
} from "./chunk-3TSQPOQB.js";
import "./chunk-XK2XWWSS.js";
import "./chunk-MKGBXVED.js";
import "./chunk-JYBEL37R.js";
import "./chunk-AHXDHNZS.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-XZHVDBBJ.js";
import "./chunk-V3ABNZTF.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-EYKKL55W.js";
import "./chunk-T2AHH675.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-SB5SJHMK.js";
import "./chunk-UNBEHMKL.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
