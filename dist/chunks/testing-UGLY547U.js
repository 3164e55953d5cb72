import {
  runTestSuite,
  testingStage
} from "./chunk-F4EOKN6B.js";
import "./chunk-CH6XOKIE.js";
import "./chunk-BULCF243.js";
import "./chunk-OWYYOH6G.js";
import "./chunk-UVCWECXZ.js";
import "./chunk-OCFPQOPK.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-FHEQNACH.js";
import "./chunk-NMD64EUK.js";
import "./chunk-T2AHH675.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
