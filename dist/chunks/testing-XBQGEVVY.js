import {
  runTestSuite,
  testingStage
} from "./chunk-KMH6ICHO.js";
import "./chunk-CH6XOKIE.js";
import "./chunk-BULCF243.js";
import "./chunk-P4XJJREQ.js";
import "./chunk-KAV6KYAB.js";
import "./chunk-OCFPQOPK.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-FHEQNACH.js";
import "./chunk-KDNRSWYP.js";
import "./chunk-T2AHH675.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
