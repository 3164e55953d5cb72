import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-EIOESQI7.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-7TF4KHT7.js";
import "./chunk-VSS5QLGM.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-L5NPJB3T.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
