import {
  runTestSuite,
  testingStage
} from "./chunk-2DKVJKG5.js";
import "./chunk-QZZLH76B.js";
import "./chunk-R4WM47HZ.js";
import "./chunk-JYBEL37R.js";
import "./chunk-TDJYSOY6.js";
import "./chunk-HM47C6IF.js";
import "./chunk-AIFAJVIK.js";
import "./chunk-2R5D4IJT.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-YVVYAGKQ.js";
import "./chunk-VC5EVCL6.js";
import "./chunk-WNJ4GSZR.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-V5KI2VEC.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-HYULKLIY.js";
import "./chunk-ZKR3GZX6.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-IA6DIEBA.js";
import "./chunk-4CLWEP5D.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";
export {
  runTestSuite,
  testingStage
};
