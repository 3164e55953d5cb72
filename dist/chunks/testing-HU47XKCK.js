import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runTestSuite,
  testingStage
} from "./chunk-LGXYU772.js";
import "./chunk-M5S5O4CX.js";
import "./chunk-VUQQCLJI.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-FHEQNACH.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
