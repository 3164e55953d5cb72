import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runTestSuite,
  testingStage
} from "./chunk-SJKFFOJ5.js";
import "./chunk-36K3OUP4.js";
import "./chunk-UWJNR5OH.js";
import "./chunk-CKTVBRNL.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-FHEQNACH.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
