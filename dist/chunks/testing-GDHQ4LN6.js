import {
  runTestSuite,
  testingStage
} from "./chunk-3SX2WYCC.js";
import "./chunk-JOXACW4Z.js";
import "./chunk-QDP5GLN7.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-JYBEL37R.js";
import "./chunk-LDCSGZPZ.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-YGN7UKGT.js";
import "./chunk-CME52BVJ.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-J5FNZRHM.js";
import "./chunk-7IL6LCIS.js";
import "./chunk-RIICU2DO.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-4BCAUY6V.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-UNBEHMKL.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
