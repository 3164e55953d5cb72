import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-YISPRI47.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-UB37VFSW.js";
import "./chunk-VRJMOAB5.js";
import "./chunk-TGYDXOQN.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-Z2SKUPYI.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
