import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-EHBLILDY.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-27QPBA24.js";
import "./chunk-LVE5LOEJ.js";
import "./chunk-HYULKLIY.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-ETVTLQDI.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
