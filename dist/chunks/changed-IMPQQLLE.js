import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-BXQDAKFM.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-LTUBHQA7.js";
import "./chunk-LR57US2A.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-J5FNZRHM.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
