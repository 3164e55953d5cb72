import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-G5B6VHCS.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-S4F6VJZF.js";
import "./chunk-EOPLPWZD.js";
import "./chunk-MKGBXVED.js";
import "./chunk-WBXXZJVE.js";
import "./chunk-T2AHH675.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
