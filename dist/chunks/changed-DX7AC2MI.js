import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-GUTUDWGD.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-ZDIJENY2.js";
import "./chunk-LVE5LOEJ.js";
import "./chunk-HYULKLIY.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-ZL3HYHWV.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
