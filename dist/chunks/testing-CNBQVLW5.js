import {
  runTestSuite,
  testingStage
} from "./chunk-XK7EO2RF.js";
import "./chunk-W7GZBQVP.js";
import "./chunk-R4WM47HZ.js";
import "./chunk-JYBEL37R.js";
import "./chunk-TDJYSOY6.js";
import "./chunk-VZCHTACS.js";
import "./chunk-QDEQBNGY.js";
import "./chunk-2R5D4IJT.js";
import "./chunk-HU5KFTCI.js";
import "./chunk-ZLMVAJEV.js";
import "./chunk-YJ4WECTM.js";
import "./chunk-JAHX4E5E.js";
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
