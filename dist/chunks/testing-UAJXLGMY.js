import {
  runTestSuite,
  testingStage
} from "./chunk-GNUTWHFP.js";
import "./chunk-SS7ZAZ7Z.js";
import "./chunk-AHNJLQ64.js";
import "./chunk-7X542W7E.js";
import "./chunk-CKTVBRNL.js";
import "./chunk-OCFPQOPK.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-FHEQNACH.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
