import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-USYPHMNP.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-O675OH4W.js";
import "./chunk-MKGBXVED.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-T2AHH675.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
