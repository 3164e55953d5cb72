import {
  runTestSuite,
  testingStage
} from "./chunk-ENJ5IQBW.js";
import "./chunk-6EDTRVUH.js";
import "./chunk-S2CMJ7EV.js";
import "./chunk-KE4FIIO5.js";
import "./chunk-KAV6KYAB.js";
import "./chunk-OCFPQOPK.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-6GL7J2IG.js";
import "./chunk-T2AHH675.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
