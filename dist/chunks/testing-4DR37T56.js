import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runTestSuite,
  testingStage
} from "./chunk-AFMT2JWG.js";
import "./chunk-PG5KGU6I.js";
import "./chunk-UWJNR5OH.js";
import "./chunk-3LFYQVMG.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-FHEQNACH.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
