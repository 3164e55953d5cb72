import {
  runTestSuite,
  testingStage
} from "./chunk-VZMGN44Q.js";
import "./chunk-RZLNZIDJ.js";
import "./chunk-NDYIC344.js";
import "./chunk-JYBEL37R.js";
import "./chunk-FTGUSBIA.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-KDNDN4WI.js";
import "./chunk-CME52BVJ.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-HYULKLIY.js";
import "./chunk-GXR6DONQ.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-RIICU2DO.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-4BCAUY6V.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-V5KI2VEC.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
