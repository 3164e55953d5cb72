import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-XYEP2YYA.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-5KTPICJI.js";
import "./chunk-MKGBXVED.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-T2AHH675.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
