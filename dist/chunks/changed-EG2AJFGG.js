import {
  onChangedLines,
  patchCoverageOf
} from "./chunk-MEDZB3Q7.js";
import "./chunk-CH4V4NRA.js";
import "./chunk-GXAXOSZU.js";
import "./chunk-XJ6XKTHL.js";
import "./chunk-HYULKLIY.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-Z2SKUPYI.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-HANBNIMK.js";
export {
  onChangedLines,
  patchCoverageOf
};
